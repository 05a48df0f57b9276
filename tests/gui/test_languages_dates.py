"""Dates read 25.11.2026 and times 14:30 in every view and date field, in every language."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDateTimeEdit,
    QLabel,
    QTabWidget,
    QTimeEdit,
    QWidget,
)

from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.sections import SECTIONS
from pressdesk.gui.widgets import dates

LANGUAGES = ["ky", "ru", "en"]

# Forms a date must not take: the locale's short forms (6/9/26, 09.06.26) and ISO (2026-06-09).
WRONG_DATE = re.compile(
    r"(?<![\d.])\d{1,4}/\d{1,2}/\d{2,4}(?![\d/])"
    r"|(?<![\d.])\d{1,2}\.\d{1,2}\.\d{2}(?![\d.])"
    # ISO dates in a folder or file name (D:\\Архив\\2024-05-28_…) are the user's own text.
    r"|(?<![\d\-\\/])\d{4}-\d{2}-\d{2}(?![\d\-_])"
)
RIGHT_DATE = re.compile(r"(?<![\d.])\d{2}\.\d{2}\.\d{4}(?![\d.])")
MAX_ROWS = 60


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_form_of_date_and_time_in_every_language(ui_language, lang):
    ui_language(lang)
    day = dt.date(2026, 6, 9)
    assert dates.date_text(day) == "09.06.2026"
    assert dates.date_text(None) == ""
    assert dates.date_text(day, weekday=True).startswith("09.06.2026, ")
    assert dates.time_text(dt.time(7, 5)) == "07:05"
    assert dates.datetime_text(dt.datetime(2026, 6, 9, 14, 30)) == "09.06.2026 14:30"
    assert dates.date_edit(day).text() == "09.06.2026"
    moment = dates.datetime_edit(dt.datetime(2026, 6, 9, 14, 30))
    assert moment.text() == "09.06.2026 14:30"
    time = dates.time_edit()
    time.setTime(dates.qdatetime(dt.datetime(2026, 6, 9, 7, 5)).time())
    assert time.text() == "07:05"


def test_short_form_leaves_out_only_this_year():
    assert dates.date_text(dt.date(2026, 11, 25), short=True) == "25.11"
    assert dates.date_text(dt.date(2027, 1, 2), short=True) == "02.01.2027"


def test_local_time_reads_a_stored_utc_moment(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Bishkek")
    import time

    time.tzset()
    try:
        assert dates.local_time_text(dt.datetime(2026, 12, 31, 20, 15)) == "01.01.2027 02:15"
    finally:
        monkeypatch.undo()
        time.tzset()


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> list[str]:
    texts: list[str] = []
    flat = isinstance(model, QAbstractListModel)
    columns = 1 if flat else model.columnCount(parent)
    for row in range(min(model.rowCount(parent), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
        first = model.index(row, 0, parent)
        if not flat and depth < 2 and model.rowCount(first) > 0:
            texts.extend(_model_texts(model, first, depth + 1))
    return texts


def _shown_texts(widget: QWidget) -> list[str]:
    texts: list[str] = []
    for tabs in widget.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is not None:
            texts.extend(_model_texts(model, QModelIndex()))
    texts.extend(label.text() for label in widget.findChildren(QLabel))
    return texts


def wrong_date_fields(widget: QWidget) -> list[str]:
    """Return the date, time and date-time fields in ``widget`` not shown in the one form."""
    wrong = []
    for edit in widget.findChildren(QDateTimeEdit):
        if isinstance(edit, QTimeEdit):
            expected = dates.TIME_FORMAT
        elif isinstance(edit, QDateEdit):
            expected = dates.DATE_FORMAT
        else:
            expected = dates.DATETIME_FORMAT
        if edit.displayFormat() != expected:
            wrong.append(f"{edit.objectName() or type(edit).__name__}: {edit.displayFormat()}")
    return wrong


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_section_shows_dates_in_one_form(qtbot, ui_language, runtime, demo_db, lang):
    ui_language(lang)
    window = MainWindow(runtime, demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    texts: list[str] = []
    for section in SECTIONS:
        window.show_section(section.key)
        qtbot.wait(20)
        page = window.page(section.key)
        texts.extend(_shown_texts(page))
        assert wrong_date_fields(page) == [], section.key
    wrong = sorted({m.group(0) + " in " + t for t in texts for m in WRONG_DATE.finditer(t)})
    assert wrong == [], "\n".join(wrong)
    shown = [t for t in texts if RIGHT_DATE.search(t)]
    # The demo base has dates in the contacts, plan, events, inventory and archive lists.
    assert len(shown) > 50
