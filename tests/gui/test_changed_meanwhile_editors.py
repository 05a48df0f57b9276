"""The inquiry, press release, equipment, archive set and monitoring editors, saving a record a
colleague changed meanwhile: the save is refused, the changed field is named in the form's
words, and the user sees their version, saves over it, or goes back to editing."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from pressdesk.bilingual import Bi
from pressdesk.gui.archive.editor import ArchiveEditDialog
from pressdesk.gui.coverage.editor import CoverageEditor
from pressdesk.gui.inquiries.editor import InquiryEditor
from pressdesk.gui.inventory.editor import ItemEditDialog
from pressdesk.gui.releases.editor import ReleaseEditor
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.services.archive.records import ArchiveRow, get_archive_set, save_archive_set
from pressdesk.services.contacts.records import save_outlet
from pressdesk.services.contacts.values import OutletRecord
from pressdesk.services.coverage.records import CoverageInput, add_record, get_record
from pressdesk.services.coverage.records import update_record as update_coverage
from pressdesk.services.inquiries.queries import get_inquiry
from pressdesk.services.inquiries.records import InquiryInput, add_inquiry, update_inquiry
from pressdesk.services.inventory.items import ItemRow, get_item, save_item
from pressdesk.services.releases.reading import get_release
from pressdesk.services.releases.records import ReleaseInput, add_release, update_release
from pressdesk.services.validation import NotFound
from pressdesk.storage.engine import Database
from tests.gui.conftest import Answers, ts_translation

RECEIVED = dt.datetime(2026, 11, 20, 9, 30)
PUBLISHED = dt.datetime(2026, 11, 20, 14, 0)


@dataclass(frozen=True)
class Case:
    """One editor: how a record is made and opened, what the colleague changes (``theirs``, a
    field labelled ``label`` = (context, source)) and what the user types (``mine``)."""

    make: Callable[[Database], int]
    open: Callable[[Database, int], RecordEditor]
    colleague: Callable[[Database, int], None]
    theirs: Callable[[Database, int], object]
    theirs_shown: Callable[[Any], object]
    theirs_value: object
    type_mine: Callable[[Any, str], None]
    mine: Callable[[Database, int], object]
    label: tuple[str, str]
    not_named: tuple[str, str]


# --- the inquiry ---------------------------------------------------------------------------

INQUIRY = InquiryInput("Когда откроется новая школа?", received_at=RECEIVED, draft="")


def _inquiry_colleague(db: Database, inquiry_id: int) -> None:
    changed = dataclasses.replace(INQUIRY, question="Когда откроется школа в Токмоке?")
    update_inquiry(db, inquiry_id, changed)


INQUIRY_CASE = Case(
    make=lambda db: add_inquiry(db, INQUIRY),
    open=lambda db, key: InquiryEditor(db, get_inquiry(db, key)),
    colleague=_inquiry_colleague,
    theirs=lambda db, key: get_inquiry(db, key).question,
    theirs_shown=lambda editor: editor.question.toPlainText(),
    theirs_value="Когда откроется школа в Токмоке?",
    type_mine=lambda editor, text: editor.draft.setPlainText(text),
    mine=lambda db, key: get_inquiry(db, key).draft,
    label=("InquiryEditor", "Question"),
    not_named=("InquiryEditor", "Draft answer"),
)

# --- the press release ---------------------------------------------------------------------

RELEASE = ReleaseInput(Bi("Жаңы мектеп", "Новая школа"), date=dt.date(2026, 11, 20))


def _release_colleague(db: Database, release_id: int) -> None:
    changed = dataclasses.replace(RELEASE, links=("https://gov.kg/school",))
    update_release(db, release_id, changed)


RELEASE_CASE = Case(
    make=lambda db: add_release(db, RELEASE),
    open=lambda db, key: ReleaseEditor(db, get_release(db, key)),
    colleague=_release_colleague,
    theirs=lambda db, key: get_release(db, key).links,
    theirs_shown=lambda editor: editor.links.toPlainText(),
    theirs_value="https://gov.kg/school",
    type_mine=lambda editor, text: editor.leads["ru"].setPlainText(text),
    mine=lambda db, key: get_release(db, key).lead.ru,
    label=("ReleaseEditor", "Links:"),
    not_named=("ReleaseEditor", "Lead:"),
)

# --- the equipment item --------------------------------------------------------------------

CAMERA = ItemRow(name=Bi("Камера", "Камера"), inventory_number="ИН-0042")


def _item_colleague(db: Database, item_id: int) -> None:
    save_item(db, dataclasses.replace(get_item(db, item_id), condition="needs_repair"))


ITEM_CASE = Case(
    make=lambda db: int(save_item(db, CAMERA).id or 0),
    open=lambda db, key: ItemEditDialog(db, get_item(db, key)),
    colleague=_item_colleague,
    theirs=lambda db, key: get_item(db, key).condition,
    theirs_shown=lambda editor: editor.condition.currentData(),
    theirs_value="needs_repair",
    type_mine=lambda editor, text: editor.serial.setText(text),
    mine=lambda db, key: get_item(db, key).serial_number,
    label=("InventoryLabels", "Condition"),
    not_named=("InventoryLabels", "Serial number"),
)

# --- the archive set -----------------------------------------------------------------------

PHOTOS = ArchiveRow(
    title=Bi("Мектептин ачылышы", "Открытие школы"),
    taken_on=dt.date(2026, 9, 1),
    folder_path="D:/Архив/2026/мектеп",
)


def _archive_colleague(db: Database, set_id: int) -> None:
    changed = dataclasses.replace(get_archive_set(db, set_id), event_title="Билим күнү")
    save_archive_set(db, changed)


ARCHIVE_CASE = Case(
    make=lambda db: int(save_archive_set(db, PHOTOS).id or 0),
    open=lambda db, key: ArchiveEditDialog(db, get_archive_set(db, key)),
    colleague=_archive_colleague,
    theirs=lambda db, key: get_archive_set(db, key).event_title,
    theirs_shown=lambda editor: editor.event_edit.text(),
    theirs_value="Билим күнү",
    type_mine=lambda editor, text: editor.notes.setPlainText(text),
    mine=lambda db, key: get_archive_set(db, key).notes,
    label=("ArchiveLabels", "Event"),
    not_named=("ArchiveLabels", "Notes"),
)

# --- the monitoring record -----------------------------------------------------------------

ARTICLE = CoverageInput(PUBLISHED, "Кабар", "Новая школа откроется в декабре")


def _make_article(db: Database) -> int:
    save_outlet(db, OutletRecord("Кабар"))
    return add_record(db, ARTICLE)


def _coverage_colleague(db: Database, record_id: int) -> None:
    update_coverage(db, record_id, dataclasses.replace(ARTICLE, title="Школа откроется в январе"))


COVERAGE_CASE = Case(
    make=_make_article,
    open=lambda db, key: CoverageEditor(db, get_record(db, key)),
    colleague=_coverage_colleague,
    theirs=lambda db, key: get_record(db, key).title,
    theirs_shown=lambda editor: editor.title.text(),
    theirs_value="Школа откроется в январе",
    type_mine=lambda editor, text: editor.notes.setText(text),
    mine=lambda db, key: get_record(db, key).notes,
    label=("CoverageEditor", "Title"),
    not_named=("CoverageEditor", "Notes"),
)

CASES = {
    "inquiry": INQUIRY_CASE,
    "release": RELEASE_CASE,
    "item": ITEM_CASE,
    "archive": ARCHIVE_CASE,
    "coverage": COVERAGE_CASE,
}


def _opened(qtbot: QtBot, db: Database, case: Case) -> tuple[int, Any]:
    key = case.make(db)
    editor = case.open(db, key)
    qtbot.addWidget(editor)
    case.colleague(db, key)  # a colleague saves the record while the editor is open
    case.type_mine(editor, "first answer")
    return key, editor


@pytest.mark.parametrize("lang", ["ky", "ru"])
@pytest.mark.parametrize("name", list(CASES))
def test_their_version_is_named_shown_clean_and_can_be_worked_on(
    qtbot: QtBot,
    db: Database,
    answers: Answers,
    ui_language: Callable[[str], None],
    name: str,
    lang: str,
) -> None:
    case = CASES[name]
    ui_language(lang)
    key, editor = _opened(qtbot, db, case)
    answers.messages.append("theirs")
    assert editor.save() is False
    shown = answers.asked[-1].text
    named, other = (
        ts_translation(lang, *label).rstrip(":") for label in (case.label, case.not_named)
    )
    assert named and other, "both labels are translated"
    assert named in shown
    assert other not in shown
    assert case.mine(db, key) == ""  # nothing of this editor was saved
    assert case.theirs_shown(editor) == case.theirs_value  # their version, on screen
    assert not editor.is_dirty()
    case.type_mine(editor, "second answer")
    assert editor.save() is True
    assert case.mine(db, key) == "second answer"
    assert case.theirs_shown(editor) == case.theirs_value
    answers.assert_all_used()


@pytest.mark.parametrize("name", list(CASES))
def test_saving_mine_over_theirs_overwrites_their_change(
    qtbot: QtBot, db: Database, answers: Answers, name: str
) -> None:
    case = CASES[name]
    key, editor = _opened(qtbot, db, case)
    changed = case.theirs(db, key)
    answers.messages.append("mine")
    assert editor.save() is True
    assert case.mine(db, key) == "first answer"
    assert case.theirs(db, key) != changed  # the whole form, as this editor held it
    answers.assert_all_used()


@pytest.mark.parametrize("name", list(CASES))
def test_going_back_to_editing_saves_nothing(
    qtbot: QtBot, db: Database, answers: Answers, name: str
) -> None:
    case = CASES[name]
    key, editor = _opened(qtbot, db, case)
    changed = case.theirs(db, key)
    answers.messages.append("back")
    assert editor.save() is False
    assert case.mine(db, key) == ""
    assert case.theirs(db, key) == changed
    assert editor.is_dirty()  # still as typed
    assert case.theirs_shown(editor) != case.theirs_value
    answers.assert_all_used()


def test_a_record_deleted_before_their_version_is_read_is_called_gone(
    qtbot: QtBot, db: Database, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    _key, editor = _opened(qtbot, db, ITEM_CASE)

    def gone(_db: Database, item_id: int) -> ItemRow:
        raise NotFound(f"No inventory item with id {item_id}.")

    monkeypatch.setattr("pressdesk.gui.inventory.editor.get_item", gone)
    answers.messages.append("ok")
    assert editor.save() is False
    assert answers.asked[-1].text == editor.gone_text()
    answers.assert_all_used()
