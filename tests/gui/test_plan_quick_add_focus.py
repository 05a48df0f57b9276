"""Escape in the calendar's quick add gives the keyboard back to the calendar on the same day."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from pressdesk.gui.plan.page import PlanSectionPage
from pressdesk.services.plan.periods import period_containing
from tests.gui.test_plan_list_fit import _show
from tests.gui.test_plan_page import demo_plan_file
from tests.support.pinned import PINNED_TODAY


@pytest.fixture
def plan_db(runtime, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A fresh copy of the demo plan database, open."""
    shutil.copyfile(demo_plan_file(tmp_path_factory), runtime.paths.database_file)
    db = runtime.open_db()
    yield db
    db.close()


def _free_spot(page: PlanSectionPage, day: dt.date) -> QPoint:
    cell = page.calendar.cell_rect(day)
    assert cell is not None
    return QPoint(cell.left() + 12, cell.bottom() - 6)


@pytest.mark.parametrize("view", ["week", "month"])
def test_escape_in_quick_add_gives_the_keyboard_back_to_the_calendar(qtbot, runtime, plan_db, view):
    page = _show(qtbot, runtime, plan_db)
    page.set_view(view)
    day = period_containing("week", PINNED_TODAY).start + dt.timedelta(days=2)
    with qtbot.waitActive(page):
        page.activateWindow()
    page.calendar.setFocus()
    qtbot.mouseClick(page.calendar, Qt.MouseButton.LeftButton, pos=_free_spot(page, day))
    assert page.calendar.hasFocus() and page.calendar.current_day == day
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            page.calendar, QKeyEvent(kind, Qt.Key.Key_Insert, Qt.KeyboardModifier.NoModifier)
        )
    assert page.quick_add.isVisible() and page.quick_add.hasFocus()
    qtbot.keyClick(page.quick_add, Qt.Key.Key_Escape)
    assert not page.quick_add.isVisible()
    assert page.calendar.hasFocus()
    assert page.calendar.current_day == day
    # The keyboard works on that day again: Insert opens the field there once more.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Insert)
    assert page.quick_add.isVisible() and page.quick_add.day == day
