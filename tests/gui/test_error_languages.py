"""Each converted error path, triggered through its service, reads in Kyrgyz and in Russian.

The error is raised by the service as a user would meet it, then worded as the window words it:
``error_text`` for a refusal, ``problem_text`` for each field of a refused record. The text must
hold no English word of the template or of a term, no placeholder left unfilled, and the names,
numbers and dates of the case, dates in the interface's form.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import pytest

from pressdesk.bilingual import Bi
from pressdesk.gui.messages import error_text, problem_text
from pressdesk.messages import Message, Term, UserError
from pressdesk.services.validation import ValidationError
from pressdesk.storage.engine import Database
from tests.gui.test_languages_dialogs import english


def _raised(action: Callable[[], object]) -> Exception:
    try:
        action()
    except (UserError, ValidationError) as exc:
        return exc
    raise AssertionError("no error was raised")


def _data_values(values: dict[str, object]) -> list[str]:
    """Return the values typed in or stored (not terms the interface translates, not dates)."""
    shown: list[str] = []
    for value in values.values():
        if isinstance(value, dt.date):
            continue  # shown in the interface's form; each case names the form it expects
        if isinstance(value, Message):
            shown.extend(_data_values(value.values))
        elif isinstance(value, (list, tuple)):
            shown.extend(str(v) for v in value if not isinstance(v, Term))
        elif not isinstance(value, Term):
            shown.append(str(value))
    return shown


def _worded(exc: Exception) -> tuple[str, list[str]]:
    """Return the text the window shows for ``exc`` and the data values in it."""
    if isinstance(exc, ValidationError):
        messages = [p.message for p in exc.problems]
        data = [v for m in messages if isinstance(m, Message) for v in _data_values(m.values)]
        return "\n".join(problem_text(m) for m in messages), data
    assert isinstance(exc, UserError)
    if exc.code == "lines":
        lines = exc.values["lines"]
        data = [v for m in lines if isinstance(m, Message) for v in _data_values(m.values)]
        return error_text(exc), data
    return error_text(exc), _data_values(exc.values)


# --- the cases: each raises through a service and names what the text must show ------------


def _inventory_item(db: Database) -> Exception:
    from pressdesk.services.inventory.items import ItemRow, save_item

    row = ItemRow(
        name=Bi("", ""),
        category="spaceship",
        cost=Decimal("-5"),
        purchase_date=dt.date(2027, 1, 1),
    )
    return _raised(lambda: save_item(db, row))


def _inventory_checkout(db: Database) -> Exception:
    from pressdesk.services.inventory.history import check_out
    from pressdesk.services.inventory.items import ItemRow, save_item

    item = save_item(db, ItemRow(name=Bi("Камера", "Камера"), inventory_number="INV-7"))
    assert item.id is not None
    check_out(db, item.id, person="Асанов Бакыт", on=dt.date(2026, 11, 20))
    return _raised(lambda: check_out(db, item.id or 0, person="Орозова Айгүл"))


def _account(db: Database) -> Exception:
    from pressdesk.services.accounts.records import AccountRow, save_account

    row = AccountRow(service="facebook", login="", owner_type="personal", url="ftp:/x")
    return _raised(lambda: save_account(db, row))


def _account_secret(db: Database) -> Exception:
    from pressdesk.services.accounts.records import AccountRow, save_account

    row = AccountRow(service="facebook", login="minjust", notes="сыр: Jolbors2026!")
    return _raised(lambda: save_account(db, row, password="Jolbors2026!"))


def _archive(db: Database) -> Exception:
    from pressdesk.services.archive.records import ArchiveRow, save_archive_set

    row = ArchiveRow(title=Bi("", ""), item_count=-3, cloud_link="dropbox")
    return _raised(lambda: save_archive_set(db, row))


def _event(db: Database) -> Exception:
    from pressdesk.services.events.records import EventInput, create_event

    data = EventInput(
        kind="briefing",
        title=Bi("", ""),
        starts_at=dt.datetime(2026, 11, 25, 10, 0),
        ends_at=dt.datetime(2026, 11, 25, 8, 0),
    )
    return _raised(lambda: create_event(db, data))


def _template(db: Database) -> Exception:
    from pressdesk.services.events.templates import (
        TemplateInput,
        TemplateItemInput,
        save_template,
    )

    data = TemplateInput(
        kind="briefing",
        name_ky="Брифинг",
        name_ru="Брифинг",
        follow_up_days=3,
        items=(
            TemplateItemInput("before", 2, "Пресс-релиз", "Пресс-релиз"),
            TemplateItemInput("after", -1, "Отчёт", "Отчёт"),
            TemplateItemInput("after", 9, "Мониторинг", "Мониторинг"),
        ),
    )
    return _raised(lambda: save_template(db, data))


def _week(_db: Database) -> Exception:
    from pressdesk.services.events.tasks import parse_week

    return _raised(lambda: parse_week("2026-W60"))


def _accreditation(db: Database) -> Exception:
    from pressdesk.services.events.accreditation import AccreditationInput, add_entry
    from pressdesk.services.events.records import EventInput, create_event

    event = create_event(
        db,
        EventInput(
            "briefing",
            Bi("Брифинг", "Брифинг"),
            dt.datetime(2026, 11, 25, 10),
            dt.datetime(2026, 11, 25, 11),
        ),
    )
    return _raised(lambda: add_entry(db, event.id, AccreditationInput(full_name=" ")))


def _plan_item(db: Database) -> Exception:
    from pressdesk.services.plan.items import create_item
    from pressdesk.services.plan.rows import PlanItemInput

    data = PlanItemInput(dt.date(2026, 11, 25), Bi("Ж" * 600, ""))
    return _raised(lambda: create_item(db, data))


def _repeat_rule(db: Database) -> Exception:
    from pressdesk.services.plan.items import create_item
    from pressdesk.services.plan.rows import PlanItemInput

    data = PlanItemInput(dt.date(2026, 11, 25), Bi("Пресс-тур", ""), rrule="FREQ=DAILY;COUNT=0")
    return _raised(lambda: create_item(db, data))


def _period(_db: Database) -> Exception:
    from pressdesk.services.plan.periods import parse_period

    return _raised(lambda: parse_period("2026-13"))


def _weeks_of_year(_db: Database) -> Exception:
    from pressdesk.services.plan.periods import parse_period

    return _raised(lambda: parse_period("2026-W54"))


def _range(_db: Database) -> Exception:
    from pressdesk.services.plan.periods import date_range

    return _raised(lambda: date_range(dt.date(2026, 11, 30), dt.date(2026, 11, 1)))


def _transition(db: Database) -> Exception:
    from pressdesk.services.plan.items import create_item
    from pressdesk.services.plan.rows import PlanItemInput
    from pressdesk.services.plan.workflow import change_status

    item = create_item(db, PlanItemInput(dt.date(2026, 11, 25), Bi("Маек", "")))
    return _raised(lambda: change_status(db, item.id, "published"))


def _holiday(db: Database) -> Exception:
    from pressdesk.services.plan.holidays import HolidayRow, save_holiday

    return _raised(lambda: save_holiday(db, HolidayRow(2, 30, "Майрам", "Праздник")))


def _staff(db: Database) -> Exception:
    from pressdesk.services.staff import StaffRow, save_staff

    return _raised(lambda: save_staff(db, StaffRow("Ы" * 201)))


def _profile(db: Database) -> Exception:
    from pressdesk.services.profile import OrgProfile, save_profile

    profile = OrgProfile(name_ky="Министрлик", email="press.gov.kg", default_doc_lang="kk")
    return _raised(lambda: save_profile(db, profile))


def _handover(db: Database) -> Exception:
    from pressdesk.services.handover.acts import get_act

    return _raised(lambda: get_act(db, 99))


def _topic(_db: Database) -> Exception:
    from pressdesk.services.contacts.vocabulary import clean_topic

    return _raised(lambda: clean_topic(Bi("Т" * 101, "")))


def _export_format(_db: Database) -> Exception:
    from pressdesk.services.events.printing import check_export_path

    return _raised(lambda: check_export_path("анонс"))


# case → what the text shows besides the data values: dates in the interface's form
CASES: dict[str, tuple[Callable[[Database], Exception], tuple[str, ...]]] = {
    "inventory item": (_inventory_item, ()),
    "inventory check-out": (_inventory_checkout, ("20.11.2026",)),
    "account": (_account, ()),
    "account secret": (_account_secret, ()),
    "archive set": (_archive, ()),
    "event": (_event, ("25.11.2026 08:00", "25.11.2026 10:00")),
    "checklist template": (_template, ()),
    "ISO week": (_week, ()),
    "accreditation": (_accreditation, ()),
    "plan item": (_plan_item, ()),
    "repeat rule": (_repeat_rule, ()),
    "period": (_period, ()),
    "weeks of a year": (_weeks_of_year, ()),
    "range": (_range, ("30.11.2026", "01.11.2026")),
    "status": (_transition, ()),
    "holiday": (_holiday, ()),
    "staff": (_staff, ()),
    "profile": (_profile, ()),
    "handover act": (_handover, ()),
    "topic": (_topic, ()),
    "export format": (_export_format, ()),
}


@pytest.mark.parametrize("lang", ["ky", "ru"])
@pytest.mark.parametrize("case", sorted(CASES))
def test_error_path_speaks_the_language(  # type: ignore[no-untyped-def]
    ui_language, db, lang, case
):
    ui_language(lang)
    trigger, shown = CASES[case]
    exc = trigger(db)
    text, data = _worded(exc)
    assert text.strip() and "{" not in text, text
    left = text
    for value in sorted(data, key=len, reverse=True):
        if value not in {"", "None"} and not value.lstrip("-").isdigit():
            assert value in left, (value, text)
            left = left.replace(value, " ")  # the data's own words are not the interface's
    assert english(left) == [], text
    for part in shown:
        assert part in text, (part, text)
    if exc.__class__.__name__ != "ValidationError":
        assert text != str(exc)  # the English sentence is not what the window shows


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_field_lines_of_a_refused_item_name_every_field(  # type: ignore[no-untyped-def]
    ui_language, db, lang
):
    from pressdesk.gui.inventory import labels
    from pressdesk.gui.inventory.common import problems_text

    ui_language(lang)
    exc = _inventory_item(db)
    assert isinstance(exc, ValidationError)
    text = problems_text(exc, labels.field_labels())
    assert len(text.splitlines()) == len(exc.problems) >= 4
    assert "spaceship" in text and english(text.replace("spaceship", "")) == [], text
