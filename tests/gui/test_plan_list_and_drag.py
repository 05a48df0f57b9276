"""The plan's list view quick add, dragging several items, and the menu buttons' arrows."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QByteArray, QDate, QEvent, QMimeData, QModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

from pressdesk.gui.plan.agenda_model import ROW_ROLE
from pressdesk.gui.plan.calendar_view import DRAG_STACK, MIME_TYPE
from pressdesk.gui.plan.filters import CHANNEL_BUTTON_WIDTH
from pressdesk.gui.plan.page import PlanSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.undo import UndoStack
from pressdesk.services.plan.items import PlanItemInput, create_item, get_item, list_items
from pressdesk.services.plan.periods import period_containing
from pressdesk.services.plan.workflow import change_status, item_history
from pressdesk.services.staff import list_staff
from tests.gui.test_plan_page import demo_plan_file
from tests.support.pinned import PINNED_TODAY

TODAY = PINNED_TODAY


@pytest.fixture
def plan_db(runtime, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A fresh copy of the demo plan database, open."""
    shutil.copyfile(demo_plan_file(tmp_path_factory), runtime.paths.database_file)
    db = runtime.open_db()
    yield db
    db.close()


def _show(qtbot, runtime, plan_db) -> PlanSectionPage:  # type: ignore[no-untyped-def]
    widget = PlanSectionPage(SectionContext(runtime, plan_db))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def page(qtbot, runtime, plan_db):  # type: ignore[no-untyped-def]
    """The plan page on the demo plan at 1366 × 768."""
    return _show(qtbot, runtime, plan_db)


# --- the menu buttons ---------------------------------------------------------------------------


def _text_room(button: QPushButton) -> int:
    """Return the width the style leaves the text of ``button`` beside its menu arrow."""
    option = QStyleOptionButton()
    button.initStyleOption(option)
    assert option.features & QStyleOptionButton.ButtonFeature.HasMenu
    style = button.style()
    contents = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    return contents.width() - arrow


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_menu_buttons_leave_room_for_text_and_arrow(qtbot, runtime, plan_db, ui_language, lang):
    ui_language(lang)
    page = _show(qtbot, runtime, plan_db)
    buttons = (page.more_button, page.filters.channel)
    assert page.more_button.text() not in ("", "More")
    for button in buttons:
        assert isinstance(button, QPushButton) and button.menu() is not None
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert _text_room(button) >= needed, (button.objectName(), button.text())
        assert button.width() >= button.sizeHint().width()
    # Every channel chosen: the text is shortened, never pushed under the arrow.
    for code in list(page.filters._channel_names):
        page.filters.choose_channel(code, True)
    channel = page.filters.channel
    assert channel.text().endswith("…")
    qtbot.waitUntil(lambda: channel.width() >= channel.sizeHint().width())
    assert channel.sizeHint().width() <= CHANNEL_BUTTON_WIDTH
    assert _text_room(channel) >= channel.fontMetrics().horizontalAdvance(channel.text())
    assert all(name in channel.toolTip() for name in page.filters._channel_names.values())


# --- dragging several items ---------------------------------------------------------------------


def _drop(page: PlanSectionPage, key: str, day: dt.date) -> None:
    """Drop item ``key`` on ``day`` through the calendar's drop handler."""
    cell = page.calendar.cell_rect(day)
    assert cell is not None
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(key.encode()))
    event = QDropEvent(
        QPointF(cell.center()),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.calendar.dropEvent(event)
    assert event.isAccepted()


def test_dragging_several_items_moves_all_by_the_same_days(qtbot, page, plan_db, answers):
    monday = period_containing("week", TODAY).start
    rows = [
        create_item(
            plan_db,
            PlanItemInput(date=monday + dt.timedelta(days=offset), title=f"Бирге {offset}"),
            status="draft",
        )
        for offset in (0, 2, 4)
    ]
    change_status(plan_db, rows[1].id, "sent")
    change_status(plan_db, rows[1].id, "approved", by_name="Асанов")
    page.reload()
    page.calendar.select({r.key for r in rows})
    lead = next(r for r in page.rows if r.id == rows[0].id)
    assert [r.id for r in page.calendar.dragged_rows(lead)] == [r.id for r in rows]
    # One of them is approved: the person is told it goes back to draft, and may refuse.
    answers.messages.append("no")
    _drop(page, lead.key, monday + dt.timedelta(days=1))
    assert "draft" in answers.asked[-1].text
    assert [get_item(plan_db, r.id).date for r in rows] == [r.date for r in rows]
    answers.messages.append("yes")
    _drop(page, lead.key, monday + dt.timedelta(days=1))
    moved = [get_item(plan_db, r.id) for r in rows]
    assert [m.date for m in moved] == [r.date + dt.timedelta(days=1) for r in rows]
    assert moved[1].status == "draft"
    assert item_history(plan_db, rows[1].id)[-1].field == "approval"
    # The moved items stay selected, ready for the next drag.
    assert {r.id for r in page.calendar.selected_rows()} == {r.id for r in rows}


def test_a_drag_of_one_item_of_a_selection_it_is_not_in_moves_it_alone(qtbot, page, plan_db):
    monday = period_containing("week", TODAY).start
    rows = [
        create_item(plan_db, PlanItemInput(date=monday, title=f"Жалгыз {n}"), status="draft")
        for n in range(3)
    ]
    page.reload()
    page.calendar.select({str(rows[0].id), str(rows[1].id)})
    alone = next(r for r in page.rows if r.id == rows[2].id)
    assert page.calendar.dragged_rows(alone) == [alone]
    _drop(page, alone.key, monday + dt.timedelta(days=3))
    assert [get_item(plan_db, r.id).date for r in rows] == [
        monday,
        monday,
        monday + dt.timedelta(days=3),
    ]


def test_the_drag_image_of_several_items_carries_their_count(qtbot, page, plan_db):
    row = page.calendar.ordered_rows()[0]
    one = page.calendar.drag_image(row, 1)
    three = page.calendar.drag_image(row, 3)
    assert one is not None and three is not None
    chip = page.calendar.chip_rect(row.key)
    assert chip is not None and one.deviceIndependentSize().toSize() == chip.size()
    assert three.deviceIndependentSize().toSize() == chip.size() + QSize(DRAG_STACK, DRAG_STACK)
    # The badge at the top right corner is in the highlight colour, with the number on it.
    picture = three.toImage()
    ratio = three.devicePixelRatio()
    highlight = page.calendar.palette().color(QPalette.ColorRole.Highlight)
    right = int((chip.width() + DRAG_STACK - 3) * ratio)
    middle = int(page.calendar.fontMetrics().height() / 2 * ratio)
    assert picture.pixelColor(right, middle).rgb() == highlight.rgb()
    badge = {
        picture.pixelColor(x, y).rgb()
        for x in range(right - int(20 * ratio), right)
        for y in range(2, int(2 * middle))
    }
    text = page.calendar.palette().color(QPalette.ColorRole.HighlightedText)
    assert text.rgb() in badge
    assert highlight.rgb() not in {
        one.toImage().pixelColor(x, 1).rgb() for x in range(one.width() - 20, one.width())
    }


# --- quick add in the list ----------------------------------------------------------------------


def _type(widget: QWidget, text: str) -> None:
    """Type ``text`` as key presses (QTest cannot type letters outside ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )


def _row_of(page: PlanSectionPage, item_id: int) -> int:
    return next(
        n
        for n in range(page.model.rowCount())
        if page.model.index(n, 0).data(ROW_ROLE).id == item_id
        and not page.model.index(n, 0).data(ROW_ROLE).virtual
    )


@pytest.fixture
def list_page(qtbot, runtime, plan_db):  # type: ignore[no-untyped-def]
    """The plan page in the list view, with a window undo history."""
    widget = PlanSectionPage(SectionContext(runtime, plan_db, UndoStack()))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_view("agenda")
    return widget


def test_quick_add_in_the_list_takes_the_rows_day_and_the_last_items_defaults(
    qtbot, list_page, plan_db
):
    page = list_page
    monday = period_containing("week", TODAY).start
    on_monday = create_item(plan_db, PlanItemInput(date=monday, title="Дүйшөмбү"), status="idea")
    # The last item added (on another day) gives the new one its format, channels and person.
    last = create_item(
        plan_db,
        PlanItemInput(
            date=TODAY,
            title="Үлгү",
            format="interview",
            channels=("website",),
            responsible_id=list_staff(plan_db)[1].id,
        ),
        status="idea",
    )
    page.reload()
    table = page.table
    table.setFocus()
    table.selectRow(_row_of(page, on_monday.id))
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    line = page.list_quick_add
    assert line.isVisible() and line.day == monday and line.field.hasFocus()
    assert line.day_label.text().startswith(monday.strftime("%d.%m"))
    _type(line.field, "Тизмеден кошулган")
    qtbot.keyClick(line.field, Qt.Key.Key_Return)
    added = max(list_items(plan_db, monday, monday), key=lambda r: r.id)
    assert added.title.ky == "Тизмеден кошулган" and added.status == "draft"
    assert (added.format, added.channels, added.responsible_id) == (
        last.format,
        last.channels,
        last.responsible_id,
    )
    assert last.responsible_id is not None
    assert [r.id for r in page.selected_rows()] == [added.id]
    assert page.table.currentIndex().data(ROW_ROLE).id == added.id
    # Still open on the same day for the next title; Enter with nothing typed adds nothing.
    assert line.isVisible() and line.day == monday and line.field.text() == ""
    count = len(list_items(plan_db, monday, monday))
    qtbot.keyClick(line.field, Qt.Key.Key_Return)
    assert len(list_items(plan_db, monday, monday)) == count and line.isVisible()
    # Escape closes the line and gives the keyboard back to the list.
    qtbot.keyClick(line.field, Qt.Key.Key_Escape)
    assert not line.isVisible() and table.hasFocus()
    # The addition is one undo step.
    undo = page.context.undo
    assert undo is not None and undo.undo_text == "Add “Тизмеден кошулган”"
    undo.undo()
    assert added.id not in {r.id for r in list_items(plan_db, monday, monday)}


def test_quick_add_in_the_list_remembers_the_last_items_format(qtbot, list_page, plan_db):
    page = list_page
    last = create_item(
        plan_db,
        PlanItemInput(date=TODAY, title="Үлгү", format="interview", channels=("website",)),
        status="idea",
    )
    page.reload()
    page.table.setFocus()
    page.table.clearSelection()
    page.table.setCurrentIndex(QModelIndex())
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    line = page.list_quick_add
    assert line.isVisible() and line.day == TODAY  # no row chosen: today, from the clock
    _type(line.field, "Жаңы")
    qtbot.keyClick(line.field, Qt.Key.Key_Return)
    added = max(list_items(plan_db, TODAY, TODAY), key=lambda r: r.id)
    assert (added.title.ky, added.format, added.channels, added.status) == (
        "Жаңы",
        last.format,
        last.channels,
        "draft",
    )


def test_ctrl_enter_in_the_list_opens_the_full_editor_with_the_title(
    qtbot, list_page, plan_db, answers
):
    page = list_page
    page.table.setFocus()
    page.table.selectRow(0)
    day = page.table.currentIndex().data(ROW_ROLE).date
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    seen: list[tuple[str, dt.date]] = []

    def look(dialog: QDialog) -> int:
        seen.append((dialog.title.value().ky, dialog.date.date()))
        return QDialog.DialogCode.Rejected

    answers.dialogs.append(look)
    _type(page.list_quick_add.field, "Толук")
    qtbot.keyClick(
        page.list_quick_add.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert seen == [("Толук", QDate(day.year, day.month, day.day))]
    assert not page.list_quick_add.isVisible()
    answers.assert_all_used()


def test_the_list_line_closes_when_the_calendar_is_shown(qtbot, list_page):
    page = list_page
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Insert)
    assert page.list_quick_add.isVisible()
    page.set_view("week")
    assert not page.list_quick_add.isVisible()
