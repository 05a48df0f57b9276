"""The weekly routine through the widgets: quick add, select several, send, approve, print."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from pressdesk.gui.plan.bulk import BulkDialog
from pressdesk.gui.plan.export import PlanExportDialog
from pressdesk.gui.plan.page import PlanSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.services.demo import DEMO_PROFILE
from pressdesk.services.plan.items import PlanItemInput, create_item, get_item, list_items
from pressdesk.services.plan.periods import period_containing
from pressdesk.services.plan.workflow import change_status, item_history
from tests.gui.test_plan_page import demo_plan_file
from tests.support.pinned import PINNED_TODAY

TODAY = PINNED_TODAY
NEXT_WEEK = period_containing("week", TODAY).next()
TITLES = [
    "Жер үлүштөрү боюнча брифинг",
    "Министрдин маеги",
    "Сугат сезонунун жыйынтыгы",
    "Фермерлер менен жолугушуу",
    "Апталык дайджест",
]


@pytest.fixture
def plan_db(runtime, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A fresh copy of the demo plan database, open."""
    shutil.copyfile(demo_plan_file(tmp_path_factory), runtime.paths.database_file)
    db = runtime.open_db()
    yield db
    db.close()


@pytest.fixture
def page(qtbot, runtime, plan_db):  # type: ignore[no-untyped-def]
    """The plan page at 1366 × 768."""
    widget = PlanSectionPage(SectionContext(runtime, plan_db))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _free_spot(page: PlanSectionPage, day: dt.date) -> QPoint:
    """A point of the day's cell below its items."""
    cell = page.calendar.cell_rect(day)
    assert cell is not None
    return QPoint(cell.left() + 12, cell.bottom() - 6)


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` as key presses (QTest cannot type letters outside ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _quick_add(qtbot, page: PlanSectionPage, day: dt.date, title: str) -> int:  # type: ignore[no-untyped-def]
    """Click a day, type a title, press Enter; return the user actions taken (3)."""
    qtbot.mouseClick(page.calendar, Qt.MouseButton.LeftButton, pos=_free_spot(page, day))
    _type(page.calendar, title[0])
    assert page.quick_add.isVisible() and page.quick_add.day == day
    _type(page.quick_add, title[1:])
    qtbot.keyClick(page.quick_add, Qt.Key.Key_Return)
    return 3


def test_five_items_added_sent_approved_and_printed_in_25_actions(
    qtbot, page, plan_db, answers, tmp_path
):
    actions = 0
    page.next_button.click()
    actions += 1
    assert page.period == NEXT_WEEK
    # The first item takes the format and channels of the last item added before.
    before = {r.id for r in list_items(plan_db, NEXT_WEEK.start, NEXT_WEEK.end)}
    for offset, title in enumerate(TITLES):
        actions += _quick_add(qtbot, page, NEXT_WEEK.start + dt.timedelta(days=offset), title)
    added = [r for r in list_items(plan_db, NEXT_WEEK.start, NEXT_WEEK.end) if r.id not in before]
    assert sorted(r.title.ky for r in added) == sorted(TITLES)
    assert {r.status for r in added} == {"draft"}
    assert len({(r.format, r.channels, r.responsible_id) for r in added}) == 1

    confirmed: list[list[str]] = []

    def confirm(dialog: QDialog) -> int:
        assert isinstance(dialog, BulkDialog)
        confirmed.append([dialog.items.item(i).text() for i in range(dialog.items.count())])
        if dialog.approver is not None:
            assert dialog.approver.currentText() == DEMO_PROFILE.head_name
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(confirm)
    page.send_week_button.click()
    actions += 2  # the button, the confirmation
    drafts_before = [r for r in page.rows if r.status == "draft" and not r.virtual]
    assert not drafts_before
    assert {get_item(plan_db, r.id).status for r in added} == {"sent"}
    # What was sent stays selected: the head's approval is one button away.
    assert {r.id for r in added} <= {r.id for r in page.selected_rows()}
    answers.dialogs.append(confirm)
    page.bulk_buttons["approved"].click()
    actions += 2
    assert {get_item(plan_db, r.id).approved_by for r in added} == {DEMO_PROFILE.head_name}

    target = tmp_path / "plan.pdf"
    printed: list[PlanExportDialog] = []

    def print_approved(dialog: QDialog) -> int:
        assert isinstance(dialog, PlanExportDialog)
        printed.append(dialog)
        dialog.approved_only.setChecked(True)
        dialog.choose_and_save()
        qtbot.waitUntil(lambda: dialog.job is None and dialog.saved_path is not None, timeout=20000)
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(print_approved)
    answers.files.append(target)
    answers.messages.append("ok")
    page.export_button.click()
    actions += 5  # Print, the option, Save, the file chooser, the message saying where
    assert not printed[0].isVisible()
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(target).pages)
    text = " ".join(text.replace("\xad", "").split())
    for title in TITLES:
        assert title.split()[0] in text
    assert "Макулдашылды" in text and DEMO_PROFILE.head_name in text
    assert "Макулдашылган материалдар гана" in text
    assert actions <= 25, actions
    answers.assert_all_used()
    shots = os.environ.get("PRESSDESK_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, Path(shots) / "plan-approved.pdf")


def test_ctrl_shift_click_rubber_band_and_ctrl_a_select(qtbot, page, plan_db):
    week = period_containing("week", TODAY)
    rows = [r for r in page.rows if page.calendar.chip_rect(r.key) is not None]
    assert len(rows) >= 3
    calendar = page.calendar

    def click(row, modifier=Qt.KeyboardModifier.NoModifier):  # type: ignore[no-untyped-def]
        rect = calendar.chip_rect(row.key)
        qtbot.mouseClick(calendar, Qt.MouseButton.LeftButton, modifier, rect.center())

    ordered = calendar.ordered_rows()
    click(ordered[0])
    click(ordered[2], Qt.KeyboardModifier.ControlModifier)
    assert [r.key for r in page.selected_rows()] == [ordered[0].key, ordered[2].key]
    click(ordered[2], Qt.KeyboardModifier.ControlModifier)
    assert [r.key for r in page.selected_rows()] == [ordered[0].key]
    click(ordered[0])
    click(ordered[2], Qt.KeyboardModifier.ShiftModifier)
    assert [r.key for r in page.selected_rows()] == [r.key for r in ordered[:3]]
    assert page.selection_label.text().endswith("3")
    qtbot.keyClick(calendar, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert len(page.selected_rows()) == len(ordered)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    assert page.selected_rows() == []
    # A rubber band from an empty spot of Monday to Wednesday takes the chips it crosses.
    start = _free_spot(page, week.start)
    end_cell = calendar.cell_rect(week.start + dt.timedelta(days=2))
    qtbot.mousePress(calendar, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(
        calendar, QPoint(end_cell.center().x(), calendar.cell_rect(week.start).top() + 30)
    )
    qtbot.mouseRelease(
        calendar,
        Qt.MouseButton.LeftButton,
        pos=QPoint(end_cell.center().x(), calendar.cell_rect(week.start).top() + 30),
    )
    banded = page.selected_rows()
    assert banded and {r.date for r in banded} <= {
        week.start + dt.timedelta(days=n) for n in range(3)
    }
    # The list view selects several rows too, and the same bar acts on them.
    page.set_view("agenda")
    page.table.selectAll()
    assert len(page.selected_rows()) == len(page.rows)


def test_a_drag_of_an_approved_item_asks_first(qtbot, page, plan_db, answers):
    row = create_item(
        plan_db, PlanItemInput(date=TODAY, title="Бекитилген пресс-релиз"), status="draft"
    )
    change_status(plan_db, row.id, "sent")
    change_status(plan_db, row.id, "approved", by_name="Асанов")
    page.reload()
    answers.messages.append("no")
    page.drop_item(str(row.id), TODAY + dt.timedelta(days=1))
    assert "draft" in answers.asked[-1].text or "Go on" in answers.asked[-1].text
    assert get_item(plan_db, row.id).status == "approved"
    answers.messages.append("yes")
    page.drop_item(str(row.id), TODAY + dt.timedelta(days=1))
    moved = get_item(plan_db, row.id)
    assert (moved.date, moved.status) == (TODAY + dt.timedelta(days=1), "draft")
    assert item_history(plan_db, row.id)[-1].field == "approval"


def test_move_several_and_delete_several(qtbot, page, plan_db, answers):
    rows = [
        create_item(plan_db, PlanItemInput(date=TODAY, title=f"Материал {n}"), status="draft")
        for n in range(3)
    ]
    page.reload()
    page.select_keys({str(r.id) for r in rows})

    def by_seven(dialog: QDialog) -> int:
        assert isinstance(dialog, BulkDialog) and dialog.days is not None
        assert dialog.items.count() == 3
        dialog.days.setValue(7)
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(by_seven)
    page.shift_selected(copy=False)
    assert {get_item(plan_db, r.id).date for r in rows} == {TODAY + dt.timedelta(days=7)}
    assert page.last_reversal is not None and page.last_reversal.action == "move"
    page.go_next()
    page.select_keys({str(r.id) for r in rows})
    answers.dialogs.append(lambda dialog: QDialog.DialogCode.Accepted)
    page.delete_selected()
    remaining = {r.id for r in list_items(plan_db, TODAY, TODAY + dt.timedelta(days=14))}
    assert not remaining & {r.id for r in rows}


def test_week_view_with_a_selection_and_quick_add_in_kyrgyz(
    qtbot, runtime, plan_db, ui_language, tmp_path
):
    ui_language("ky")
    page = PlanSectionPage(SectionContext(runtime, plan_db))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    ordered = page.calendar.ordered_rows()
    chosen = {r.key for r in ordered[2:6]}
    page.calendar.select(chosen)
    assert page.bulk_buttons["sent"].text() != "Send for approval"
    assert page.selection_label.text() == "Тандалды: 4"
    day = period_containing("week", TODAY).start + dt.timedelta(days=4)
    qtbot.mouseClick(page.calendar, Qt.MouseButton.LeftButton, pos=_free_spot(page, day))
    page.calendar.select(chosen)
    qtbot.keyClick(page.calendar, Qt.Key.Key_Insert)
    _type(page.quick_add, "Өкмөттүн отурумунан пресс-релиз")
    assert page.quick_add.isVisible()
    image = page.grab()
    assert image.width() == 1366
    shots = os.environ.get("PRESSDESK_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(shots) / "plan-week-selection-ky.png"))


def test_editing_an_approved_title_asks_before_withdrawing(qtbot, runtime, plan_db, answers):
    from pressdesk.gui.plan.editor import PlanItemEditor

    row = create_item(plan_db, PlanItemInput(date=TODAY, title="Бекитилген"), status="draft")
    change_status(plan_db, row.id, "sent")
    approved = change_status(plan_db, row.id, "approved", by_name="Асанов")
    editor = PlanItemEditor(plan_db, approved, day=TODAY)
    qtbot.addWidget(editor)
    editor.title.setValue(approved.title.with_value("ky", "Жаңы аталыш"))
    answers.messages.append("no")
    assert editor.save() is False
    assert get_item(plan_db, row.id).status == "approved"
    answers.messages.append("yes")
    assert editor.save() is True
    assert get_item(plan_db, row.id).status == "draft"
    # Nothing the head saw changed: no question, the approval stays.
    other = change_status(plan_db, row.id, "sent")
    other = change_status(plan_db, row.id, "approved", by_name="Асанов")
    editor = PlanItemEditor(plan_db, other, day=TODAY)
    qtbot.addWidget(editor)
    assert editor.save() is True
    assert get_item(plan_db, row.id).status == "approved"
    assert [m.title for m in answers.asked] == [answers.asked[0].title] * 2


def test_quick_add_takes_the_last_items_format_and_ctrl_enter_opens_the_editor(
    qtbot, page, plan_db, answers
):
    last = create_item(
        plan_db,
        PlanItemInput(date=TODAY, title="Үлгү", format="interview", channels=("website",)),
        status="idea",
    )
    page.reload()
    day = period_containing("week", TODAY).start
    _quick_add(qtbot, page, day, "Тез кошулган")
    added = max(list_items(plan_db, day, day), key=lambda r: r.id)
    assert (added.title.ky, added.format, added.channels, added.status) == (
        "Тез кошулган",
        last.format,
        last.channels,
        "draft",
    )
    assert page.quick_add.isVisible()  # ready for the next title on the same day
    opened: list[str] = []

    def look(dialog: QDialog) -> int:
        opened.append(dialog.title.value().ky)
        return QDialog.DialogCode.Rejected

    answers.dialogs.append(look)
    _type(page.quick_add, "Толук")
    qtbot.keyClick(page.quick_add, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert opened == ["Толук"] and not page.quick_add.isVisible()


def test_the_context_menu_of_a_selection_acts_on_all(qtbot, page, plan_db):
    rows = [
        create_item(plan_db, PlanItemInput(date=TODAY, title=f"Тандалган {n}"), status="draft")
        for n in range(2)
    ]
    page.reload()
    page.select_keys({str(r.id) for r in rows})
    shown = next(r for r in page.rows if r.id == rows[0].id)
    menu = page.context_menu(shown, shown.date)
    texts = [a.text() for a in menu.actions()]
    assert "Selected: 2" in texts and "Move by days…" in texts
    send = next(a for a in menu.actions() if a.text() == "Send for approval")
    assert send.isEnabled()
    menu.deleteLater()


@pytest.mark.parametrize(
    ("key", "text", "expected"),
    [(Qt.Key.Key_Insert, "", ""), (Qt.Key.Key_N, "n", ""), (Qt.Key.Key_unknown, "Ж", "Ж")],
)
def test_insert_n_or_a_letter_opens_quick_add_on_the_day_clicked(qtbot, page, key, text, expected):
    day = period_containing("week", TODAY).start + dt.timedelta(days=3)
    qtbot.mouseClick(page.calendar, Qt.MouseButton.LeftButton, pos=_free_spot(page, day))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            page.calendar, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        )
    assert page.quick_add.isVisible() and page.quick_add.day == day
    assert page.quick_add.text() == expected
    qtbot.keyClick(page.quick_add, Qt.Key.Key_Escape)
    assert not page.quick_add.isVisible()


@pytest.mark.parametrize("lang", ["ky", "ru"])
@pytest.mark.parametrize("action", ["approved", "returned", "move", "assign", "delete", "week"])
def test_the_bulk_dialogs_speak_the_interface_language(
    qtbot, runtime, plan_db, ui_language, answers, lang, action
):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    ui_language(lang)
    page = PlanSectionPage(SectionContext(runtime, plan_db))
    qtbot.addWidget(page)
    rows = [
        create_item(plan_db, PlanItemInput(date=TODAY, title=f"Материал {n}"), status="draft")
        for n in range(2)
    ]
    for row in rows:
        change_status(plan_db, row.id, "sent")
    page.reload()
    shown = [r for r in page.rows if r.id in {row.id for row in rows}]
    texts: list[str] = []

    def read(dialog: QDialog) -> int:
        texts.append(dialog.windowTitle())
        texts.extend(w.text() for w in dialog.findChildren(QLabel))
        texts.extend(w.text() for w in dialog.findChildren(QAbstractButton))
        return QDialog.DialogCode.Rejected

    answers.dialogs.append(read)
    if action in ("approved", "returned"):
        page.bulk_actions.set_status(shown, action)
    elif action == "move":
        page.bulk_actions.shift(shown, copy=False)
    elif action == "assign":
        page.bulk_actions.set_responsible(shown)
    elif action == "delete":
        page.bulk_actions.delete(shown)
    else:
        for row in rows:
            change_status(plan_db, row.id, "draft")
        page.reload()
        page.send_period()
    english = {"Cancel", "Approved by:", "What to change:", "By:", "Responsible:", "Move", "Delete"}
    assert texts and not english & set(texts), texts
    assert not any(t.startswith(("Move ", "Delete ", "Send ", "Approve", "Who ")) for t in texts)
