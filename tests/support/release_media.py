"""A small media base and press releases to send in the release-sending tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from pressdesk.bilingual import Bi
from pressdesk.services.contacts.lists import ListRecord, add_to_list, save_list
from pressdesk.services.releases.records import ReleaseInput, add_release, set_status
from pressdesk.storage.contacts_models import Outlet, Person, PersonEmail
from pressdesk.storage.contacts_search import search_fold
from pressdesk.storage.engine import Database

SENDER = "press@gov.example.kg"
LIST_NAME = "Пресс-релиздер"

TITLE = Bi("Жазгы талаа иштери башталды", "Начались весенние полевые работы")


@dataclass
class Media:
    """The people made, by short name, and the distribution list that holds them."""

    people: dict[str, int] = field(default_factory=dict)
    addresses: dict[str, str] = field(default_factory=dict)
    list_id: int = 0


# short name: (outlet, languages, e-mail, do not contact)
_PEOPLE = {
    "kabar": ("Кабар", "ky", "aibek@kabar.example.kg", False),
    "vb": ("Вечерний Бишкек", "ru", "olga@vb.example.kg", False),
    "akipress": ("АКИpress", "ru, ky", "timur@akipress.example.kg", False),
    "ktrk": ("КТРК", "ky", "nurlan@ktrk.example.kg", False),
    "noemail": ("Вечерний Бишкек", "ru", "", False),
    "dnc": ("АКИpress", "ky", "dnc@akipress.example.kg", True),
}
# outlet: (ownership, first wave)
_OUTLETS = {
    "Кабар": ("state", True),
    "КТРК": ("state", False),
    "Вечерний Бишкек": ("private", False),
    "АКИpress": ("private", True),
}


def make_media(db: Database, names: tuple[str, ...] = tuple(_PEOPLE)) -> Media:
    """Make the outlets and the named people, all on one distribution list."""
    media = Media()
    with db.session() as session:
        outlets: dict[str, int] = {}
        for name, (ownership, first) in _OUTLETS.items():
            outlet = Outlet(
                name=name,
                name_folded=search_fold(name),
                kind="news_agency",
                ownership=ownership,
                first_wave=first,
            )
            session.add(outlet)
            session.flush()
            outlets[name] = outlet.id
        for short in names:
            outlet_name, languages, address, dnc = _PEOPLE[short]
            person = Person(
                full_name=f"Журналист {short}",
                outlet_id=outlets[outlet_name],
                languages=languages,
                do_not_contact=dnc,
            )
            session.add(person)
            session.flush()
            if address:
                session.add(PersonEmail(person_id=person.id, address=address))
            media.people[short] = person.id
            media.addresses[short] = address
    saved = save_list(db, ListRecord(LIST_NAME))
    assert saved.id is not None
    media.list_id = saved.id
    add_to_list(db, saved.id, person_ids=media.people.values())
    return media


def add_person(db: Database, media: Media, short: str, address: str, outlet: str) -> int:
    """Add one more person of ``outlet`` to the list; return the id."""
    from sqlalchemy import select

    with db.session() as session:
        outlet_id = session.scalar(select(Outlet.id).where(Outlet.name == outlet))
        person = Person(full_name=f"Журналист {short}", outlet_id=outlet_id, languages="ky")
        session.add(person)
        session.flush()
        session.add(PersonEmail(person_id=person.id, address=address))
        pid = person.id
    media.people[short] = pid
    media.addresses[short] = address
    add_to_list(db, media.list_id, person_ids=[pid])
    return pid


def make_release(
    db: Database,
    *,
    approved: bool = True,
    attachment: Path | None = None,
    embargo: dt.datetime | None = None,
) -> int:
    """Add a release with a Kyrgyz and a Russian text; approve it unless told not to."""
    rid = add_release(
        db,
        ReleaseInput(
            title=TITLE,
            lead=Bi("Министрлик маалымдайт.", "Министерство сообщает."),
            body=Bi("Кыргызча негизги текст.", "Основной текст на русском."),
            attachments=(str(attachment),) if attachment is not None else (),
            embargo_at=embargo,
        ),
    )
    if approved:
        set_status(db, rid, "sent", by_name="Секретарь")
        set_status(db, rid, "approved", by_name="Министр")
    return rid
