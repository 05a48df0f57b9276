"""The plan list at 1366 × 768 shows every header and value whole, the title taking the rest."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from pressdesk.gui.plan import agenda_model as agenda
from pressdesk.gui.plan.list_columns import cell_option, channels_text, shown_text, text_room
from pressdesk.gui.plan.page import PlanSectionPage
from pressdesk.gui.sections import SectionContext
from tests.gui.test_plan_page import demo_plan_file


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


def _header_room(page: PlanSectionPage, column: int) -> int:
    """Return the width a header label has beside its margins and a sort arrow."""
    header = page.table.horizontalHeader()
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    return header.sectionSize(column) - 2 * margin - arrow - margin


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_list_column_shows_its_header_and_values_whole(
    qtbot, runtime, plan_db, ui_language, lang
):
    ui_language(lang)
    page = _show(qtbot, runtime, plan_db)
    page.set_view("agenda")
    table, model = page.table, page.model
    assert model.rowCount() >= 5
    header = table.horizontalHeader()
    # Nothing runs past the window: the columns share the list's width.
    assert header.length() <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    metrics = table.fontMetrics()
    for column in range(agenda.COLUMNS):
        title = model.headerData(column, Qt.Orientation.Horizontal)
        room = _header_room(page, column)
        assert header.fontMetrics().horizontalAdvance(title) <= room, (lang, title, room)
        if column == agenda.TITLE:
            continue  # the free text column elides; its tooltip holds the whole title
        for row in range(model.rowCount()):
            text = shown_text(table, row, column)
            room = text_room(cell_option(table, row, column), table)
            assert metrics.horizontalAdvance(text) <= room, (lang, column, text, room)
    # Dates as 20.11.2026; the weekday and the whole name and warnings are in the tooltips.
    first = model.index(0, agenda.DATE)
    assert first.data() == model.row_at(0).date.strftime("%d.%m.%Y")
    flagged = next(r for r in range(model.rowCount()) if model.row_at(r).flags)
    flags = model.index(flagged, agenda.FLAGS)
    assert metrics.horizontalAdvance(
        flags.data(Qt.ItemDataRole.ToolTipRole)
    ) > metrics.horizontalAdvance(flags.data())
    who = model.index(0, agenda.RESPONSIBLE)
    assert who.data(Qt.ItemDataRole.ToolTipRole) == model.row_at(0).responsible_name


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_title_takes_the_room_the_other_columns_leave(
    qtbot, runtime, plan_db, ui_language, lang
):
    ui_language(lang)
    page = _show(qtbot, runtime, plan_db)
    page.set_view("agenda")
    header = page.table.horizontalHeader()
    assert header.sectionSize(agenda.TITLE) >= 0.3 * page.table.viewport().width()
    # A narrower window takes the room from the title, not from the other columns.
    before = {c: header.sectionSize(c) for c in range(agenda.COLUMNS) if c != agenda.TITLE}
    page.resize(1200, 768)
    assert header.length() <= page.table.viewport().width()
    for column, width in before.items():
        if column != agenda.CHANNELS:
            assert header.sectionSize(column) == width


def test_channels_show_whole_names_and_count_the_rest(qtbot, runtime, plan_db):
    page = _show(qtbot, runtime, plan_db)
    metrics = page.table.fontMetrics()
    names = ["Official website", "Telegram", "Print media"]
    whole = ", ".join(names)
    assert channels_text(names, metrics, metrics.horizontalAdvance(whole)) == whole
    narrow = metrics.horizontalAdvance("Official website, Telegram +1")
    assert channels_text(names, metrics, narrow) == "Official website, Telegram +1"
    assert channels_text(names, metrics, narrow - 1) == "Official website +2"
