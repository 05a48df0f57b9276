"""Demo press releases of the ministry in different states: a draft, one with the head, one
returned with a comment, an approved one and a distributed one with a corrected version, sent
to a distribution list with its recipients and their interaction-log entries."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

from sqlalchemy import select

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.demo import DemoPart
from pressdesk.services.mail.sender import DeliveryAttempt, Outcome
from pressdesk.services.profile import get_profile
from pressdesk.services.releases.records import (
    QuoteInput,
    ReleaseInput,
    add_release,
    set_status,
    update_release,
)
from pressdesk.services.releases.sending import choose_people, send_release
from pressdesk.storage.contacts_models import PersonEmail
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember

_HEAD = "Асанов Бакыт Токтогулович"
_SECRETARY = "Жумабаева Айгүл Бекеновна"

_QUOTE = QuoteInput(
    text=Bi(
        "Фермерлердин ар бири үрөн менен өз убагында камсыз болушу керек.",
        "Каждый фермер должен получить семена вовремя.",
    ),
    speaker=_HEAD,
    speaker_title=Bi("айыл чарба министри", "министр сельского хозяйства"),
)

_RELEASES: list[tuple[str, Bi, Bi, Bi, list[str]]] = [
    (
        "press_release",
        Bi(
            "Жазгы талаа иштерине даярдык башталды",
            "Началась подготовка к весенним полевым работам",
        ),
        Bi(
            "Министрлик жазгы талаа иштерине даярдыкты баштады.",
            "Министерство начало подготовку к весенним полевым работам.",
        ),
        Bi(
            "Быйыл 120 миң гектар аянтка эгин себилет.\n\nФермерлерге жеңилдетилген насыя берилет.",
            "В этом году будет засеяно 120 тысяч гектаров.\n\n"
            "Фермерам будут выданы льготные кредиты.",
        ),
        ["sent", "approved", "distributed"],
    ),
    (
        "information",
        Bi("Үрөн фондунун абалы жөнүндө", "О состоянии семенного фонда"),
        Bi("Үрөн фонду толук түзүлдү.", "Семенной фонд сформирован полностью."),
        Bi(
            "Үрөндөрдүн сапаты лабораторияда текшерилди.",
            "Качество семян проверено в лаборатории.",
        ),
        ["sent", "approved"],
    ),
    (
        "statement",
        Bi("Мал дарыгерлик коопсуздук боюнча билдирүү", "Заявление о ветеринарной безопасности"),
        Bi(
            "Министрлик өлкөдөгү эпизоотиялык абал туруктуу экенин билдирет.",
            "Министерство заявляет, что эпизоотическая обстановка в стране стабильна.",
        ),
        Bi(
            "Чек арадагы текшерүү күчөтүлдү.",
            "Усилен контроль на границе.",
        ),
        ["sent", "returned"],
    ),
    (
        "media_advisory",
        Bi("Айыл чарба көргөзмөсү боюнча анонс", "Анонс: сельскохозяйственная выставка"),
        Bi(
            "Бишкекте айыл чарба көргөзмөсү өтөт.",
            "В Бишкеке пройдёт сельскохозяйственная выставка.",
        ),
        Bi(
            "ЖМК өкүлдөрүн катышууга чакырабыз.",
            "Приглашаем представителей СМИ.",
        ),
        ["sent"],
    ),
    (
        "fact_sheet",
        Bi("Сугат тутумдары боюнча маалымкат", "Справка по ирригационным системам"),
        Bi(
            "Өлкөдө 5 миң чакырымдан ашык сугат каналы бар.",
            "В стране более 5 тысяч километров оросительных каналов.",
        ),
        Bi("", ""),
        [],
    ),
]


def fill_releases_demo(db: Database, _rng: random.Random) -> int:
    """Write the demo releases; the distributed one has a corrected second version."""
    with db.session() as session:
        head_id = session.scalar(select(StaffMember.id).where(StaffMember.full_name == _HEAD))
        secretary_id = session.scalar(
            select(StaffMember.id).where(StaffMember.full_name == _SECRETARY)
        )
    today = clock.today()
    for offset, (kind, title, lead, body, steps) in enumerate(_RELEASES):
        data = ReleaseInput(
            title=title,
            lead=lead,
            body=body,
            kind=kind,
            date=today - dt.timedelta(days=2 * (len(_RELEASES) - offset)),
            quotes=(_QUOTE,) if kind == "press_release" else (),
            media_contact_id=secretary_id,
            links=("https://agro.example.kg/news",) if kind == "press_release" else (),
            embargo_at=dt.datetime.combine(today, dt.time(10, 0))
            if kind == "information"
            else None,
        )
        rid = add_release(db, data, by_name=_SECRETARY)
        for status in steps:
            if status == "returned":
                set_status(
                    db, rid, status, by_id=head_id, comment="Сандарды текшерип, кыскартыңыз."
                )
            elif status == "approved":
                set_status(db, rid, status, by_id=head_id)
            else:
                set_status(db, rid, status, by_id=secretary_id)
        if kind == "press_release":
            corrected = Bi(
                body.ky.replace("120 миң", "125 миң"), body.ru.replace("120 тысяч", "125 тысяч")
            )
            update_release(db, rid, replace(data, body=corrected), by_name=_SECRETARY)
            set_status(db, rid, "sent", by_id=secretary_id)
            set_status(db, rid, "approved", by_id=head_id)
            _send_out(db, rid)
    return len(_RELEASES)


# The demo's mailing list, its share of people, and the one address whose server says no.
_LIST = "Пресс-релиздер — баары"
_RECIPIENTS = 14
_REFUSING = 3


class _DemoPost:
    """A mail server that is not there: takes every message but one, sends nothing anywhere."""

    def __init__(self) -> None:
        self.refused = ""

    def open(self) -> None:
        """Nothing to connect to."""

    def close(self) -> None:
        """Nothing to close."""

    def size_limit(self) -> int | None:
        """No limit."""
        return None

    def prepare(self, sender: str, address: str) -> None:
        """Refuse the chosen address as a mailbox that no longer exists."""
        if address == self.refused:
            raise DeliveryAttempt(Outcome.REFUSED, "550 5.1.1 Mailbox unavailable")

    def deliver(self, message: bytes, name_hint: str) -> str:
        """Accept the message."""
        return "250 2.0.0 Queued"


def _send_out(db: Database, release_id: int) -> None:
    """Send the approved release to part of the demo list through the mail engine."""
    people = choose_people(db, list_name=_LIST)[:_RECIPIENTS]
    post = _DemoPost()
    with db.session() as session:
        emails = list(
            session.scalars(
                select(PersonEmail.address)
                .where(PersonEmail.person_id.in_(people))
                .order_by(PersonEmail.person_id)
            )
        )
    post.refused = emails[_REFUSING] if len(emails) > _REFUSING else ""
    sender = get_profile(db).email
    send_release(db, release_id, people, post, sender, rest_now=True, by_name=_SECRETARY)


RELEASES_DEMO = DemoPart("press releases", fill_releases_demo)
