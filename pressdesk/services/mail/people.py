"""Recipients of a mailing from the contact base: address, language, wave, reason to skip."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from pressdesk.services.mail.batches import RecipientDraft
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.engine import Database
from pressdesk.storage.mail_models import MAIL_LANGUAGES


def _language(languages: str, default: str) -> str:
    for word in re.split(r"[,;/+\s]+", languages.lower()):
        if word in MAIL_LANGUAGES:
            return word
    return default


def recipients_from_people(
    db: Database, person_ids: Iterable[int], *, default_language: str = "ky"
) -> list[RecipientDraft]:
    """Return one recipient per person, in the order given (unknown ids are left out).

    The address is the person's first valid e-mail; the language the first of theirs a mailing
    can have (ky, ru, en); the wave is «first» when their outlet is flagged first-wave or an
    exclusive partner. People marked «do not contact» come back with that reason, to be listed
    as skipped.
    """
    ids = list(dict.fromkeys(person_ids))
    with db.session() as session:
        people = {
            p.id: p
            for p in session.scalars(
                select(Person).where(Person.id.in_(ids)).options(selectinload(Person.emails))
            )
        }
        outlet_ids = {p.outlet_id for p in people.values() if p.outlet_id is not None}
        first_wave = set(
            session.scalars(
                select(Outlet.id).where(
                    Outlet.id.in_(outlet_ids),
                    Outlet.first_wave.is_(True) | Outlet.exclusive_partner.is_(True),
                )
            )
        )
        drafts: list[RecipientDraft] = []
        for pid in ids:
            person = people.get(pid)
            if person is None:
                continue
            valid = [e.address for e in person.emails if e.valid]
            address = (valid or [e.address for e in person.emails] or [""])[0]
            drafts.append(
                RecipientDraft(
                    address=address,
                    language=_language(person.languages, default_language),
                    wave="first" if person.outlet_id in first_wave else "rest",
                    person_id=person.id,
                    name=person.full_name,
                    skip_reason="problem.do_not_contact" if person.do_not_contact else "",
                )
            )
    return drafts
