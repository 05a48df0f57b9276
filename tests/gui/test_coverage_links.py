"""Pasting a link in the Coverage page: the empty fields fill from the page, never blocking."""

from __future__ import annotations

import datetime as dt
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog

from pressdesk.gui.coverage import linkfill
from pressdesk.gui.coverage.editor import CoverageEditor
from pressdesk.gui.coverage.page import CoverageSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.services.contacts.records import save_outlet
from pressdesk.services.contacts.values import OutletRecord
from pressdesk.services.coverage.links import link_details
from pressdesk.services.coverage.records import list_records
from tests.unit.test_coverage_links import server  # noqa: F401  (the local web server)


@pytest.fixture(autouse=True)
def short_timeout(monkeypatch):
    monkeypatch.setattr(linkfill, "link_details", partial(link_details, timeout=0.5))


def make_page(qtbot, runtime, db) -> CoverageSectionPage:
    page = CoverageSectionPage(SectionContext(runtime, db, None))
    qtbot.addWidget(page)
    page.resize(1146, 708)
    page.show()
    return page


def paste(qtbot, field, text: str) -> None:
    QApplication.clipboard().setText(text)
    field.setFocus()
    field.paste()


def test_a_pasted_link_fills_outlet_and_title_and_enter_adds_it(qtbot, runtime, db, server):  # noqa: F811
    save_outlet(db, OutletRecord(name="24.kg"))
    page = make_page(qtbot, runtime, db)
    quick = page.quick
    paste(qtbot, quick.url, f"{server}/ru/news/5")
    # Enter at once: the row waits for the page, then adds the record.
    qtbot.keyClick(quick.url, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: list_records(db).total == 1, timeout=10_000)
    row = list_records(db).rows[0]
    assert row.title == "Минсельхоз провёл совещание по весеннему севу"
    assert row.outlet == "24.kg" and row.outlet_id is not None
    assert row.published_at.date() == dt.date(2026, 12, 3)
    assert row.summary.startswith("Министр сельского хозяйства")
    assert quick.title.text() == "" and quick.url.text() == ""


def test_only_empty_fields_are_filled(qtbot, runtime, db, server):  # noqa: F811
    page = make_page(qtbot, runtime, db)
    quick = page.quick
    quick.title.setText("Свой заголовок")
    paste(qtbot, quick.url, f"{server}/ky")
    qtbot.waitUntil(lambda: not quick.filler.running and quick.page is not None, timeout=10_000)
    assert quick.title.text() == "Свой заголовок"
    assert quick.outlet.text() == "Kabar"
    assert "02.12.2026" in quick.status.text()


def test_a_page_that_stalls_does_not_block_the_window(qtbot, runtime, db, server, answers):  # noqa: F811
    page = make_page(qtbot, runtime, db)
    quick = page.quick
    paste(qtbot, quick.url, f"{server}/stall")
    assert quick.filler.running
    # No progress dialog, nothing modal: the user goes on typing.
    assert QApplication.activeModalWidget() is None
    assert not [d for d in page.findChildren(QProgressDialog) if d.isVisible()]
    qtbot.keyClicks(quick.title, "Typed by hand")
    assert quick.title.text() == "Typed by hand"
    qtbot.waitUntil(lambda: not quick.filler.running, timeout=10_000)
    assert "did not answer" in quick.status.text()
    assert quick.url.text() == f"{server}/stall"  # the link is kept
    assert quick.title.text() == "Typed by hand"
    assert answers.asked == []


def test_a_binary_link_or_404_is_told_on_the_row(qtbot, runtime, db, server):  # noqa: F811
    page = make_page(qtbot, runtime, db)
    quick = page.quick
    paste(qtbot, quick.url, f"{server}/pdf")
    qtbot.waitUntil(lambda: "not a web page" in quick.status.text(), timeout=10_000)
    quick.url.clear()
    paste(qtbot, quick.url, f"{server}/missing")
    qtbot.waitUntil(lambda: "HTTP error 404" in quick.status.text(), timeout=10_000)


def test_a_fetched_link_already_recorded_is_refused(qtbot, runtime, db, server, answers):  # noqa: F811
    save_outlet(db, OutletRecord(name="24.kg"))
    page = make_page(qtbot, runtime, db)
    quick = page.quick
    for _ in range(2):
        paste(qtbot, quick.url, f"{server}/ru/news/9")
        answers.messages.append("ok")
        quick.submit()
        qtbot.waitUntil(lambda: not quick.filler.running and not quick.submit_when_read)
    assert list_records(db).total == 1
    assert "already recorded" in answers.asked[-1].text


def test_the_editor_fills_its_empty_fields_from_a_pasted_link(qtbot, runtime, db, server):  # noqa: F811
    page = make_page(qtbot, runtime, db)
    editor = CoverageEditor(db, page.blank_record(), page)
    qtbot.addWidget(editor)
    editor.outlet.setText("Своё СМИ")
    paste(qtbot, editor.url, f"{server}/ru")
    qtbot.waitUntil(lambda: editor.title.text() != "", timeout=10_000)
    assert editor.title.text() == "Минсельхоз провёл совещание по весеннему севу"
    assert editor.outlet.text() == "Своё СМИ"
    assert editor.summary.toPlainText().startswith("Министр сельского")
    assert editor.value().published_at.date() == dt.date(2026, 12, 3)
