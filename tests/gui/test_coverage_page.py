"""The Coverage section: dashboard, list, quick add, tone keys, inbox, feed check, empty state."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from pressdesk import clock
from pressdesk.gui.coverage.dashboard import month_bounds
from pressdesk.gui.coverage.editor import CoverageEditor
from pressdesk.gui.coverage.inbox import InboxDialog, WatchSettingsDialog
from pressdesk.gui.coverage.page import CoverageSectionPage
from pressdesk.gui.coverage.report import ReportPeriodDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.undo import UndoStack
from pressdesk.services.contacts.records import save_outlet
from pressdesk.services.contacts.values import OutletRecord
from pressdesk.services.coverage.inbox import add_feed, inbox_count, list_inbox
from pressdesk.services.coverage.records import (
    CoverageFilter,
    get_record,
    list_records,
    outlet_names,
)
from pressdesk.services.coverage.stats import period_summary
from tests.gui.test_i18n import _english_leftovers, _visible_texts

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Кабар агенттиги</title><link>https://kabar.example.kg</link>
<item><title>Минсельхоз открыл новый семенной центр в Чуйской области</title>
<link>https://kabar.example.kg/news/seed-centre</link><guid>seed-centre</guid>
<pubDate>Thu, 19 Nov 2026 09:30:00 +0600</pubDate><description>Открытие центра.</description></item>
<item><title>Погода на выходные</title><link>https://kabar.example.kg/news/weather</link>
<guid>weather</guid><pubDate>Thu, 19 Nov 2026 08:00:00 +0600</pubDate></item>
</channel></rss>"""


@pytest.fixture(scope="module")
def demo_file(database_templates):
    """The whole demo (with two months of monitoring), made once and copied for each test."""
    return database_templates.demo()


@pytest.fixture
def cdb(runtime, demo_file):
    shutil.copy2(demo_file, runtime.paths.database_file)
    db = runtime.open_db()
    yield db
    db.close()


def make_page(qtbot, runtime, db, undo=None) -> CoverageSectionPage:
    page = CoverageSectionPage(SectionContext(runtime, db, undo))
    qtbot.addWidget(page)
    page.resize(1146, 708)
    page.show()
    return page


def select_rows(page: CoverageSectionPage, *numbers: int) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for number in numbers:
        selection.select(
            page.model.index(number, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_opens_on_the_month_and_the_list(qtbot, runtime, cdb):
    page = make_page(qtbot, runtime, cdb)
    start, end = month_bounds(clock.today())
    summary = period_summary(cdb, start, end)
    assert summary.total > 0
    assert not page.empty.showing_empty
    assert page.dashboard.isVisible()
    assert page.dashboard.values["total"].text() == str(summary.total)
    assert page.dashboard.values["mentions"].text() == str(summary.mentions)
    assert str(inbox_count(cdb)) in page.dashboard.inbox_label.text()
    assert page.model.total == list_records(cdb).total
    # Newest first, with date and time as dd.MM.yyyy HH:mm.
    newest = list_records(cdb, limit=1).rows[0]
    assert page.model.index(0, 0).data() == newest.published_at.strftime("%d.%m.%Y %H:%M")
    assert page.model.index(0, 2).data() == newest.title
    # The period filter narrows the list in SQL; so does an outlet typed in.
    page.period.setCurrentIndex(page.period.findData("month"))
    assert page.model.total == summary.total
    top = summary.by_outlet[0]
    page.outlet.setText(top.name)
    page.reload()
    assert page.model.total == top.count


def test_quick_add_dates_today_and_selects_it(qtbot, runtime, cdb):
    page = make_page(qtbot, runtime, cdb)
    before = page.model.total
    outlet = outlet_names(cdb)[0]
    page.quick.outlet.setText(outlet)
    page.quick.title.setText("Министр встретился с фермерами Таласа")
    qtbot.keyClick(page.quick.title, Qt.Key.Key_Return)
    assert page.model.total == before + 1
    row = page.selected()
    assert row.title == "Министр встретился с фермерами Таласа"
    assert row.published_at.date() == clock.today()
    assert row.outlet_id is not None  # linked to the contact base
    assert page.quick.title.text() == ""


def test_a_duplicate_is_refused_and_the_existing_record_shown(qtbot, runtime, cdb, answers):
    page = make_page(qtbot, runtime, cdb)
    existing = next(r for r in list_records(cdb, limit=200).rows[60:] if r.url)
    page.period.setCurrentIndex(page.period.findData("month"))
    before = list_records(cdb).total
    page.quick.outlet.setText("Любое СМИ")
    page.quick.title.setText("Другой заголовок")
    page.quick.url.setText(existing.url + "?utm_source=telegram")
    answers.messages.append("keep")  # the outlet is not in the base: keep the name only
    answers.messages.append("ok")
    page.quick.submit()
    assert list_records(cdb).total == before
    assert "already recorded" in answers.asked[-1].text
    assert page.selected().id == existing.id


def test_keys_1_2_3_set_the_tone_of_the_selected_rows(qtbot, runtime, cdb):
    page = make_page(qtbot, runtime, cdb)
    select_rows(page, 0, 1, 2)
    ids = [row.id for row in page.selected_rows()]
    assert len(ids) == 3
    page.table.setFocus()
    for key, tone in ((Qt.Key.Key_3, "negative"), (Qt.Key.Key_1, "positive")):
        qtbot.keyClick(page.table, key)
        assert {get_record(cdb, record_id).tone for record_id in ids} == {tone}
    # The selection stays, so the next key acts on the same rows.
    assert [row.id for row in page.selected_rows()] == ids
    assert page.model.index(0, 5).data() == "Positive"


def test_delete_tone_and_quick_add_are_steps_of_the_undo(qtbot, runtime, cdb, answers):
    undo = UndoStack()
    page = make_page(qtbot, runtime, cdb, undo)
    select_rows(page, 0)
    row = page.selected()
    total = page.model.total
    answers.messages.append("yes")
    page.delete_selected()
    assert page.model.total == total - 1
    assert row.title[:20] in undo.undo_text
    undo.undo()
    assert get_record(cdb, row.id).title == row.title  # back with its id
    page.refresh()
    assert page.model.total == total
    # Two rows given a tone at once are one step.
    select_rows(page, 0, 1)
    ids = [r.id for r in page.selected_rows()]
    tones = [get_record(cdb, i).tone for i in ids]
    page.set_selected_tone("negative")
    assert {get_record(cdb, i).tone for i in ids} == {"negative"}
    undo.undo()
    assert [get_record(cdb, i).tone for i in ids] == tones
    # A quick add is undone by deleting the record again.
    page.quick.outlet.setText(outlet_names(cdb)[0])
    page.quick.title.setText("Брифинг о весеннем севе")
    page.quick.submit()
    assert page.model.total == total + 1
    undo.undo()
    assert list_records(cdb).total == total


def test_editor_saves_a_change(qtbot, runtime, cdb):
    row = list_records(cdb, limit=1).rows[0]
    editor = CoverageEditor(cdb, row)
    qtbot.addWidget(editor)
    editor.title.setText("Исправленный заголовок")
    editor.tone.setCurrentIndex(editor.tone.findData("negative"))
    editor.mentions.setValue(7)
    assert editor.save()
    stored = get_record(cdb, row.id)
    assert (stored.title, stored.tone, stored.mentions) == ("Исправленный заголовок", "negative", 7)
    assert stored.published_at == row.published_at.replace(second=0, microsecond=0)


def test_inbox_accepts_and_dismisses(qtbot, runtime, cdb):
    waiting = list_inbox(cdb)
    assert len(waiting) >= 2
    dialog = InboxDialog(cdb)
    qtbot.addWidget(dialog)
    changes = []
    dialog.changed.connect(lambda: changes.append(1))
    dialog.table.selectRow(0)
    dialog.accept_selected()
    accepted = waiting[0]
    found = list_records(cdb, CoverageFilter(text=accepted.title[:40])).rows
    assert any(r.title == accepted.title and r.tone == "" for r in found)
    dialog.table.selectRow(0)
    dialog.dismiss_selected()
    assert inbox_count(cdb) == len(waiting) - 2
    assert dialog.model.rowCount() == len(waiting) - 2
    assert len(changes) == 2


def test_check_now_reads_a_saved_feed_in_the_background(qtbot, runtime, cdb, tmp_path):
    saved = tmp_path / "feed.xml"
    saved.write_text(FEED, encoding="utf-8")
    add_feed(cdb, "https://kabar.example.kg/rss", "Кабар")
    add_feed(cdb, "https://broken.example.kg/rss", "Сломанная лента")

    def fetch(url: str) -> tuple[bytes, str]:
        if "broken" in url:
            return b"<html><body>Not a feed</body></html>", "text/html"
        return saved.read_bytes(), "application/rss+xml"

    dialog = InboxDialog(cdb)
    qtbot.addWidget(dialog)
    dialog.watch.fetch = fetch
    before = dialog.model.rowCount()
    dialog.check_now()
    qtbot.waitUntil(lambda: not dialog.watch.running, timeout=20000)
    # The matching item came in; the weather did not; the broken feed is named.
    titles = [row.title for row in dialog.model.rows]
    assert "Минсельхоз открыл новый семенной центр в Чуйской области" in titles
    assert "Погода на выходные" not in titles
    assert dialog.model.rowCount() == before + 1
    assert "new in the inbox 1" in dialog.report.text()
    assert "Сломанная лента" in dialog.report.text()
    assert dialog.check_button.isEnabled()


def test_an_empty_database_shows_what_the_section_is_for(qtbot, runtime, db, answers):
    page = make_page(qtbot, runtime, db)
    assert page.empty.showing_empty
    assert not page.dashboard.isVisible()
    texts = [b.text() for b in page.findChildren(type(page.quick.button)) if b.isVisible()]
    assert any("Add a publication" in t.replace("&", "") for t in texts)
    assert any("Import from a file" in t.replace("&", "") for t in texts)


def test_import_refuses_a_file_with_a_bad_row(qtbot, runtime, db, tmp_path):
    page = make_page(qtbot, runtime, db)
    table = tmp_path / "monitoring.csv"
    table.write_text(
        "Дата,СМИ,Заголовок,Ссылка\n"
        "19.11.2026,Кабар,Министр посетил Нарын,https://kabar.example.kg/1\n"
        "не дата,Кабар,Второй материал,https://kabar.example.kg/2\n",
        encoding="utf-8",
    )
    checked = page.read_import(table, False, True)
    assert len(checked.rejected) == 1 and checked.accepted == []
    good = tmp_path / "good.csv"
    good.write_text(
        "Дата,СМИ,Заголовок,Ссылка\n19.11.2026,Кабар,Министр посетил Нарын,https://k.kg/1\n",
        encoding="utf-8",
    )
    assert len(page.read_import(good, False, True).accepted) == 1
    assert list_records(db).total == 0
    result = page.read_import(good, False, False)
    assert result.written and list_records(db).total == 1


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_english_in_the_coverage_section(qtbot, ui_language, runtime, cdb, lang):
    ui_language(lang)
    page = make_page(qtbot, runtime, cdb)
    texts = _visible_texts(page)
    row = list_records(cdb, limit=1).rows[0]
    widgets = (InboxDialog(cdb), WatchSettingsDialog(cdb), CoverageEditor(cdb, row))
    for widget in (*widgets, ReportPeriodDialog()):
        qtbot.addWidget(widget)
        texts.extend(_visible_texts(widget))
    assert "Publications" not in " ".join(texts)
    assert _english_leftovers(texts) == []


def test_editor_offers_to_add_an_outlet_missing_from_the_base(qtbot, runtime, cdb, answers):
    row = list_records(cdb, limit=1).rows[0]
    editor = CoverageEditor(cdb, row)
    qtbot.addWidget(editor)
    editor.outlet.setText("Новая газета Таласа")
    plan = editor.plan_item.findData(row.plan_item_id) if row.plan_item_id else 1
    editor.plan_item.setCurrentIndex(plan)
    answers.messages.append("add")
    assert editor.save()
    stored = get_record(cdb, row.id)
    assert stored.outlet == "Новая газета Таласа"
    assert stored.outlet_id is not None  # added to the contact base and linked
    assert "Новая газета Таласа" in outlet_names(cdb)
    assert stored.plan_item_id == editor.plan_item.currentData()


def test_a_saved_feed_file_is_imported(qtbot, runtime, cdb, answers, tmp_path):
    saved = tmp_path / "feed.rss"
    saved.write_text(FEED, encoding="utf-8")
    page = make_page(qtbot, runtime, cdb)
    before = list_records(cdb).total
    answers.files.append(saved)
    answers.messages.append("ok")
    page.import_feed_file()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    assert list_records(cdb).total == before + 2
    assert "Imported: 2." in answers.asked[-1].text
    assert page.model.total == before + 2


def test_an_outlet_a_colleague_added_meanwhile_is_linked_not_refused(
    qtbot, runtime, cdb, answers, monkeypatch
):
    from pressdesk.gui.coverage import editor as editor_module

    row = list_records(cdb, limit=1).rows[0]
    editor = CoverageEditor(cdb, row)
    qtbot.addWidget(editor)
    editor.outlet.setText("Жаңы Талас")
    # Offered as missing, then added by someone else before "Add to the base" is answered.
    monkeypatch.setattr(editor_module, "known_outlet", lambda _db, _name: False)
    save_outlet(cdb, OutletRecord("ЖАҢЫ ТАЛАС"))
    answers.messages.append("add")
    assert editor.save()
    assert get_record(cdb, row.id).outlet_id is not None
    assert [n for n in outlet_names(cdb) if n.casefold() == "жаңы талас"] == ["ЖАҢЫ ТАЛАС"]
    assert len(answers.asked) == 1  # the offer only, no error


def test_editor_offers_the_outlets_journalists_as_author(qtbot, runtime, cdb):
    from pressdesk.services.contacts.query import list_people
    from pressdesk.services.contacts.values import PersonFilter

    rows = list_records(cdb, limit=200).rows
    row, people = next(
        (r, p)
        for r in rows
        if r.outlet_id
        and (p := list_people(cdb, PersonFilter(outlet_ids=frozenset({r.outlet_id}))).rows)
    )
    editor = CoverageEditor(cdb, row)
    qtbot.addWidget(editor)
    offered = {editor.author.itemData(i) for i in range(1, editor.author.count())}
    assert {p.id for p in people} <= offered
    editor.author.setCurrentIndex(editor.author.findData(people[0].id))
    assert editor.save()
    assert get_record(cdb, row.id).author_id == people[0].id


def test_report_for_the_month_is_written_from_the_page(qtbot, runtime, cdb, answers, tmp_path):
    from docx import Document as Docx

    from pressdesk.gui.coverage.report import scope_of

    chooser = ReportPeriodDialog()
    qtbot.addWidget(chooser)
    chooser.kind.setCurrentIndex(chooser.kind.findData("half"))
    assert chooser.scope() == scope_of("half", clock.today())
    assert chooser.span.text() == "01.07.2026 – 31.12.2026"

    page = make_page(qtbot, runtime, cdb)
    target = tmp_path / "report.docx"
    answers.dialogs.append(lambda dialog: 1)  # the month of today
    answers.dialogs.append(lambda dialog: 1)  # the first format, DOCX, in the profile's language
    answers.files.append(target)
    answers.messages.append(lambda message: message.buttons[-1][0])
    page.report()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30000)
    assert target.exists()
    document = Docx(str(target))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    start, end = month_bounds(clock.today())
    # The publications of the month are counted in the report's figures.
    assert str(period_summary(cdb, start, end).total) in cells


def test_check_now_leaves_the_window_usable_and_says_how_it_goes(
    qtbot, runtime, cdb, tmp_path, answers
):
    """The check runs with no progress dialog: the list still works, the status line says the
    feeds are being read, and at the end what came in; the inbox opened meanwhile waits for
    the same check."""
    import threading

    from PySide6.QtWidgets import QApplication, QProgressDialog

    add_feed(cdb, "https://kabar.example.kg/rss", "Кабар")
    release = threading.Event()

    def fetch(url: str) -> tuple[bytes, str]:
        release.wait()  # the test lets it finish
        return FEED.encode("utf-8"), "application/rss+xml"

    page = make_page(qtbot, runtime, cdb)
    page.watch.fetch = fetch
    waiting = inbox_count(cdb)
    try:
        page.check_feeds()
        assert page.watch.running
        assert not page.dashboard.check_button.isEnabled()
        assert page.watch_status.isVisible()
        assert "Checking the feeds" in page.watch_status.text()
        assert QApplication.activeModalWidget() is None
        assert page.findChildren(QProgressDialog) == []
        # The window goes on working: a filter, a tone key, the inbox.
        page.search.setText("семенной")
        assert page.model.rowCount() >= 0
        seen = []

        def look(dialog) -> int:
            seen.append((dialog.check_button.isEnabled(), dialog.report.text()))
            return 0

        answers.dialogs.append(look)
        page.open_inbox()
        assert seen and seen[0][0] is False and "Checking the feeds" in seen[0][1]
    finally:
        release.set()
    qtbot.waitUntil(lambda: not page.watch.running, timeout=20000)
    assert page.dashboard.check_button.isEnabled()
    assert "new in the inbox 1" in page.watch_status.text()
    assert inbox_count(cdb) == waiting + 1
    assert str(waiting + 1) in page.dashboard.inbox_label.text()


def test_check_now_without_a_feed_says_so(qtbot, runtime, cdb):
    from pressdesk.services.coverage.inbox import list_feeds

    page = make_page(qtbot, runtime, cdb)
    assert list_feeds(cdb, active_only=True) == []
    page.check_feeds()
    assert not page.watch.running
    assert "No feed is switched on" in page.watch_status.text()


def test_the_filter_and_the_quick_add_complete_outlets_from_one_read(
    qtbot, runtime, cdb, monkeypatch
):
    from pressdesk.gui.coverage import editor as editor_module
    from pressdesk.gui.coverage import page as page_module

    reads: list[int] = []
    real = page_module.outlet_names

    def counted(db):  # type: ignore[no-untyped-def]
        names = real(db)
        reads.append(len(names))
        return names

    monkeypatch.setattr(page_module, "outlet_names", counted)
    monkeypatch.setattr(editor_module, "outlet_names", counted)
    page = make_page(qtbot, runtime, cdb)
    assert len(reads) == 1 and reads[0] > 0
    for field in (page.outlet, page.quick.outlet):
        completer = field.completer()
        assert completer is not None and completer.model().rowCount() == reads[0]
    save_outlet(cdb, OutletRecord(name="Жаңы сайт"))
    page.refresh()
    assert len(reads) == 2
    assert page.quick.outlet.completer().model().rowCount() == reads[0] + 1
