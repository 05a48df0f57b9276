"""The plan's list view quick add, dragging several items, and the menu buttons' arrows."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionButton

from pressdesk.gui.plan.filters import CHANNEL_BUTTON_WIDTH
from pressdesk.gui.plan.page import PlanSectionPage
from pressdesk.gui.sections import SectionContext
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
