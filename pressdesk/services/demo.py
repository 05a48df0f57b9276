"""Fill a database with realistic invented demo data in Kyrgyz and Russian."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select

from pressdesk.bilingual import Bi
from pressdesk.services.profile import OrgProfile, save_profile
from pressdesk.services.staff import StaffRow, save_staff
from pressdesk.storage.backup import undo_on_failure
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember


@dataclass(frozen=True)
class DemoPart:
    """One section's contribution to the demo data."""

    name: str
    fill: Callable[[Database, random.Random], int]


class DemoRefused(RuntimeError):
    """The database already holds data; demo data would mix with it."""


# Persons, phones and e-mails below are invented; e-mails use reserved example domains.
DEMO_PROFILE = OrgProfile(
    name_ky="Кыргыз Республикасынын Айыл чарба министрлиги",
    name_ru="Министерство сельского хозяйства Кыргызской Республики",
    short_name_ky="Айыл чарба министрлиги",
    short_name_ru="Минсельхоз КР",
    address_ky="Бишкек ш., Киев көчөсү, 96а",
    address_ru="г. Бишкек, ул. Киевская, 96а",
    phone="+996 312 62-34-56",
    email="press@agro.example.kg",
    website="https://agro.example.kg",
    head_name="Асанов Бакыт Токтогулович",
    # The full post, as the approval block of a document prints it.
    head_title_ky="Кыргыз Республикасынын айыл чарба министри",
    head_title_ru="Министр сельского хозяйства Кыргызской Республики",
    secretary_name="Жумабаева Айгүл Бекеновна",
    secretary_title_ky="Басма сөз катчысы",
    secretary_title_ru="Пресс-секретарь",
    default_doc_lang="ky",
    place_ky="Бишкек ш.",
    place_ru="г. Бишкек",
)

DEMO_STAFF = [
    StaffRow(
        "Асанов Бакыт Токтогулович",
        "Министр",
        "Министр",
        Bi("Жетекчилик", "Руководство"),
        "+996 312 62-34-50",
        "minister@agro.example.kg",
        is_signatory=True,
    ),
    StaffRow(
        "Өмүрбеков Нурлан Сапарбекович",
        "Министрдин орун басары",
        "Заместитель министра",
        Bi("Жетекчилик", "Руководство"),
        "+996 312 62-34-51",
        "deputy@agro.example.kg",
        is_signatory=True,
    ),
    StaffRow(
        "Жумабаева Айгүл Бекеновна",
        "Басма сөз катчысы",
        "Пресс-секретарь",
        Bi("Басма сөз кызматы", "Пресс-служба"),
        "+996 555 123 456",
        "press@agro.example.kg",
        is_signatory=True,
    ),
    StaffRow(
        "Токтосунова Гүлнара Маратовна",
        "Персоналды башкаруу кызматынын башчысы",
        "Руководитель службы управления персоналом",
        Bi("Персоналды башкаруу кызматы", "Служба управления персоналом"),
        "+996 312 62-34-60",
        "hr@agro.example.kg",
        is_signatory=True,
    ),
    StaffRow(
        "Исаков Эрлан Дөөлөтович",
        "Башкы адис",
        "Главный специалист",
        Bi("Маалыматтык технологиялар бөлүмү", "Отдел информационных технологий"),
        "+996 700 654 321",
        "it@agro.example.kg",
    ),
    StaffRow(
        "Кадырова Бүбүсара Асылбековна",
        "Жетектөөчү адис",
        "Ведущий специалист",
        Bi("Иш кагаздарын жүргүзүү бөлүмү", "Отдел делопроизводства"),
        "+996 772 111 222",
        "docs@agro.example.kg",
    ),
    StaffRow(
        "Петрова Елена Викторовна",
        "Котормочу",
        "Переводчик",
        Bi("Басма сөз кызматы", "Пресс-служба"),
        "+996 555 987 654",
        "translate@agro.example.kg",
    ),
    StaffRow(
        "Сыдыков Азамат Үсөнович",
        "Айдоочу",
        "Водитель",
        Bi("Чарба бөлүмү", "Хозяйственный отдел"),
        "+996 709 333 444",
        "",
        active=True,
    ),
]


def _fill_foundation(db: Database, _rng: random.Random) -> int:
    save_profile(db, DEMO_PROFILE)
    for row in DEMO_STAFF:
        save_staff(db, row)
    return 1 + len(DEMO_STAFF)


DEMO_PARTS: list[DemoPart] = [DemoPart("organisation and staff", _fill_foundation)]


# Each section's demo module, in the order their data builds on each other, and the name of
# its DemoPart. Imported only when demo data is written.
SECTION_DEMOS: tuple[tuple[str, str], ...] = (
    ("pressdesk.services.contacts.demo", "DEMO_PART"),
    ("pressdesk.services.plan.demo", "PLAN_DEMO"),
    ("pressdesk.services.events.demo", "DEMO_PART"),
    ("pressdesk.services.assets.demo", "ASSETS_DEMO"),
    ("pressdesk.services.coverage.demo", "COVERAGE_DEMO"),
    ("pressdesk.services.releases.demo", "RELEASES_DEMO"),
    ("pressdesk.services.inquiries.demo", "INQUIRIES_DEMO"),
    ("pressdesk.services.crisis.demo", "CRISIS_DEMO"),
)


def demo_parts() -> list[DemoPart]:
    """Return every demo part in order, each once: the foundation's, then the sections'."""
    import importlib

    parts: list[DemoPart] = []
    candidates = [
        *DEMO_PARTS,
        *(getattr(importlib.import_module(m), a) for m, a in SECTION_DEMOS),
    ]
    for part in candidates:
        if all(existing.name != part.name for existing in parts):
            parts.append(part)
    return parts


def has_user_data(db: Database) -> bool:
    """Return True if the database already holds staff (the first thing anyone enters)."""
    with db.session() as session:
        return bool(session.scalar(select(func.count()).select_from(StaffMember)))


def fill_demo(
    db: Database,
    *,
    seed: int = 2026,
    force: bool = False,
    progress: Callable[[int, int], object] | None = None,
) -> dict[str, int]:
    """Fill the database with demo data; return how many records each part created.

    ``progress(done, total)`` is told after each part (the parts are the sections).
    """
    if not force and has_user_data(db):
        raise DemoRefused(
            "This database already holds data; demo data would mix with it. "
            "Use another data folder (--data-dir) for the demo."
        )
    rng = random.Random(seed)
    parts = demo_parts()
    counts: dict[str, int] = {}
    with undo_on_failure(db) as target:
        for done, part in enumerate(parts, start=1):
            counts[part.name] = part.fill(target, rng)
            if progress is not None:
                progress(done, len(parts))
    return counts
