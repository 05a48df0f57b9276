"""The Events section: list, strip, checklist ticks, editor, week, invitations, accreditation."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui.events.editor import EventEditor
from pressdesk.gui.events.export import EventExportDialog
from pressdesk.gui.events.forms import JournalistDialog
from pressdesk.gui.events.invite import InvitationDialog
from pressdesk.gui.events.labels import overdue_colour, qdatetime
from pressdesk.gui.events.models import EventListModel
from pressdesk.gui.events.page import EventsSectionPage
from pressdesk.gui.events.templates import DAYS, PHASE, TemplatesDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.preflight import MissingTextsDialog
from pressdesk.runtime import Runtime
from pressdesk.services.contacts.log import list_interactions
from pressdesk.services.contacts.query import person_ids
from pressdesk.services.contacts.values import PersonFilter
from pressdesk.services.events.accreditation import accreditation_list
from pressdesk.services.events.records import EventInput, create_event, due_date_for, list_events
from pressdesk.services.events.tasks import list_tasks, set_done
from pressdesk.services.events.templates import default_template
from pressdesk.storage.engine import Database, sqlite_file_of
from tests.gui.conftest import Answers, ts_translation
from tests.support.templates import DatabaseTemplates

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


@pytest.fixture(scope="module")
def demo_file(database_templates: DatabaseTemplates) -> Path:
    """One demo database filled once; each test works on a copy of it."""
    return database_templates.demo()


@pytest.fixture
def events_db(runtime: Runtime, demo_file: Path) -> Iterator[Database]:
    """A copy of the demo database, opened through the usual checks."""
    target = sqlite_file_of(runtime.db_url)
    assert target is not None
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(demo_file) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    db = runtime.open_db()
    yield db
    db.close()


@pytest.fixture
def page(qtbot, runtime: Runtime, events_db: Database) -> EventsSectionPage:  # type: ignore[no-untyped-def]
    widget = EventsSectionPage(SectionContext(runtime, events_db))
    qtbot.addWidget(widget)
    widget.resize(1160, 700)
    return widget


def _open_event(db: Database, *, protocol: bool = False) -> int:
    upcoming = [row for row in list_events(db, start=clock.today()) if row.protocol == protocol]
    assert upcoming
    return upcoming[0].id


def _run(script):  # type: ignore[no-untyped-def]
    """Return a dialog runner that applies ``script`` and then accepts the dialog."""

    def run(dialog: QDialog) -> int:
        script(dialog)
        dialog.accept()
        return dialog.result()

    return run


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_page_opens_translated_with_a_selected_event(
    qtbot, ui_language, runtime, events_db, lang
):
    ui_language(lang)
    page = EventsSectionPage(SectionContext(runtime, events_db))
    qtbot.addWidget(page)
    page.show()
    context = "EventsSectionPage"
    assert page.new_button.text() == ts_translation(lang, context, "New event…")
    assert page.tabs.tabText(1) == ts_translation(lang, context, "This week")
    assert page.model.rowCount() > 0
    assert page.detail.current is not None
    assert page.detail.tasks.rowCount() > 0
    for model in (page.model, page.detail.tasks, page.detail.accreditation, page.week.model):
        QAbstractItemModelTester(model, FATAL)


def test_the_strip_counts_events_and_filters_by_day(page):
    today = clock.today()
    expected = sum(
        1
        for row in list_events(page.db, start=page.strip.first, end=page.strip.last)
        if row.starts_at.date() <= today <= row.ends_at.date()
    )
    assert page.strip.counts.get(today, 0) == expected
    busy = next(day for day, count in sorted(page.strip.counts.items()) if count)
    page.strip.cells[(busy - page.strip.first).days].click()
    assert page.day == busy
    rows = page.model.rows
    assert rows and all(r.starts_at.date() <= busy <= r.ends_at.date() for r in rows)
    page.strip.cells[(busy - page.strip.first).days].click()
    assert page.day is None


def test_a_new_event_gets_its_dated_checklist(page, answers: Answers):
    day = clock.today() + dt.timedelta(days=10)

    def fill(editor: EventEditor) -> None:
        editor.kind.setCurrentIndex(editor.kind.findData("press_conference"))
        editor.title.setValue(
            Bi(
                "Күзгү жыйынтыктар боюнча пресс-конференция",
                "Пресс-конференция по итогам осени",
            )
        )
        editor.starts.setDateTime(qdatetime(dt.datetime.combine(day, dt.time(11, 0))))
        editor.ends.setDateTime(qdatetime(dt.datetime.combine(day, dt.time(12, 0))))
        editor.messages.editor("ky").setPlainText("Биринчи билдирүү\n\nЭкинчи билдирүү")
        editor.messages.editor("ru").setPlainText("Первое сообщение\nВторое сообщение")
        assert editor.checklist.isChecked()

    answers.dialogs.append(_run(fill))
    page.new_event()
    answers.assert_all_used()
    event = page.detail.current
    assert event is not None and event.title.ky.startswith("Күзгү")
    assert event.title.ru == "Пресс-конференция по итогам осени"
    assert event.key_messages.lines("ky") == ["Биринчи билдирүү", "Экинчи билдирүү"]
    assert event.key_messages.lines("ru") == ["Первое сообщение", "Второе сообщение"]
    template = default_template(page.db, "press_conference")
    assert template is not None
    tasks = list_tasks(page.db, event.id)
    assert len(tasks) == len(template.items) > 0
    start = dt.datetime.combine(day, dt.time(11, 0))
    wanted = sorted(due_date_for(i.phase, i.offset_days, start, start) for i in template.items)
    assert sorted(t.due_date for t in tasks) == wanted
    assert len(page.detail.tasks.tasks()) == len(tasks)


def test_an_event_ending_before_it_starts_is_refused_and_the_input_kept(
    qtbot, events_db, answers: Answers
):
    editor = EventEditor(events_db)
    qtbot.addWidget(editor)
    editor.title.setValue(Bi("Брифинг", "Брифинг"))
    start = dt.datetime.combine(clock.today() + dt.timedelta(days=3), dt.time(15, 0))
    editor.starts.setDateTime(qdatetime(start))
    editor.ends.setDateTime(qdatetime(start - dt.timedelta(hours=2)))
    answers.messages.append("ok")
    before = len(list_events(events_db))
    editor.accept()
    assert answers.asked[0].kind == "warning"
    assert "13:00" in answers.asked[0].text and "15:00" in answers.asked[0].text
    assert editor.saved is None and editor.result() != QDialog.DialogCode.Accepted
    assert editor.title.value() == Bi("Брифинг", "Брифинг")
    assert len(list_events(events_db)) == before


def test_ticking_a_task_marks_it_done(page):
    model = page.detail.tasks
    row = next(r for r in range(model.rowCount()) if (t := model.task(r)) and not t.done)
    task = model.task(row)
    assert task is not None
    assert model.setData(
        model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    stored = {t.id: t for t in list_tasks(page.db, task.event_id)}
    assert stored[task.id].done and stored[task.id].done_at is not None
    shown = next(t for t in page.detail.tasks.tasks() if t.id == task.id)
    assert shown.done


def test_moving_an_event_moves_its_open_deadlines(qtbot, events_db, answers: Answers):
    start = dt.datetime.combine(clock.today() + dt.timedelta(days=12), dt.time(10, 0))
    event = create_event(
        events_db,
        EventInput("briefing", "Брифинг", start, start + dt.timedelta(hours=1)),
    )
    tasks = list_tasks(events_db, event.id)
    assert len(tasks) >= 2
    done = set_done(events_db, tasks[0].id)
    editor = EventEditor(events_db, event)
    qtbot.addWidget(editor)
    editor.starts.setDateTime(qdatetime(start + dt.timedelta(days=2)))
    editor.ends.setDateTime(qdatetime(start + dt.timedelta(days=2, hours=1)))
    answers.messages.append("ok")
    editor.accept()
    assert editor.saved is not None and editor.moved == len(tasks) - 1
    assert str(len(tasks) - 1) in answers.asked[0].text
    after = {t.id: t for t in list_tasks(events_db, event.id)}
    assert after[done.id].due_date == done.due_date
    for task in tasks[1:]:
        assert after[task.id].due_date == task.due_date + dt.timedelta(days=2)


def test_the_week_overview_lists_overdue_tasks_first(page):
    start = dt.datetime.combine(clock.today() - dt.timedelta(days=3), dt.time(10, 0))
    create_event(
        page.db, EventInput("press_tea", "Пресс-чай", start, start + dt.timedelta(hours=1))
    )
    page.tabs.setCurrentIndex(1)
    model = page.week.model
    tasks = model.tasks()
    assert tasks and tasks[0].overdue
    flags = [t.overdue for t in tasks]
    assert flags == sorted(flags, reverse=True)
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) == overdue_colour()
    assert str(page.week.week.overdue_count) in page.week.summary.text()
    page.week.shift(1)
    assert page.week.week is not None and page.week.week.monday > clock.today()


def test_the_week_is_read_when_its_tab_is_first_shown_and_kept_up_once_built(page):
    assert page._week.built is None  # the section opens on the list of events
    start = dt.datetime.combine(clock.today(), dt.time(10, 0))
    create_event(page.db, EventInput("briefing", "Брифинг", start, start + dt.timedelta(hours=1)))
    page.refresh()
    assert page._week.built is None
    page.tabs.setCurrentIndex(1)
    before = len(page.week.model.tasks())
    assert before > 0
    page.tabs.setCurrentIndex(0)
    create_event(page.db, EventInput("briefing", "Брифинг 2", start, start + dt.timedelta(hours=1)))
    page.refresh()  # built: kept up to date though hidden
    assert len(page.week.model.tasks()) > before


def test_inviting_only_state_media_warns_and_writes_the_files(
    qtbot, runtime, events_db, answers: Answers, tmp_path
):
    event_id = _open_event(events_db)
    event = next(r for r in list_events(events_db) if r.id == event_id)
    state = person_ids(events_db, PersonFilter(ownerships=frozenset({"state"})))[:3]
    assert len(state) == 3
    dialog = InvitationDialog(runtime, events_db, event)
    qtbot.addWidget(dialog)
    dialog.set_people(state)
    assert not dialog.warning.isHidden()
    assert "state" in dialog.warning.text()
    assert dialog.chosen.balance == "state_only"

    advisory, table = tmp_path / "advisory.pdf", tmp_path / "recipients.csv"
    answers.files.extend([advisory, table])
    answers.messages.append("ok")
    dialog.choose_and_save()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30000)
    assert answers.asked[-1].kind == "warning"
    text = "".join(page.extract_text() for page in PdfReader(advisory).pages)
    title = event.title.get(dialog.lang)
    assert title and title.split()[0] in text
    with table.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle, delimiter=";"))
    assert {line[0] for line in lines[1:]} == {r.full_name for r in dialog.chosen.recipients}
    assert len(lines) == 1 + len(state)
    assert all(title in ";".join(line) for line in lines[1:])
    for person_id in state:
        notes = [r.note for r in list_interactions(events_db, person_id=person_id).rows]
        assert f"event-{event_id}" in notes


def test_a_protocol_event_explains_why_it_has_no_invitations(page, answers: Answers):
    event_id = _open_event(page.db, protocol=True)
    page.show_event(event_id)
    assert not page.detail.invite_button.isEnabled()
    assert not page.detail.protocol_note.isHidden()
    answers.messages.append("ok")
    page.invite()
    assert answers.asked[0].kind == "info"


def test_a_typed_in_journalist_reaches_the_sign_in_sheet(page, qtbot, answers: Answers, tmp_path):
    page.show_event(_open_event(page.db))
    event = page.detail.current
    assert event is not None

    def fill(dialog: JournalistDialog) -> None:
        dialog.name.setText("Сүйөркулова Айгерим")
        dialog.outlet.setText("Азаттык")
        dialog.phone.setText("+996 555 123 456")
        dialog.status.setCurrentIndex(dialog.status.findData("accredited"))

    answers.dialogs.append(_run(fill))
    page.detail.add_journalist()
    entries = accreditation_list(page.db, event.id)
    entry = next(e for e in entries if e.full_name == "Сүйөркулова Айгерим")
    assert entry.text_only and entry.status == "accredited"
    assert any(r.full_name == entry.full_name for r in page.detail.accreditation.rows)

    sheet = tmp_path / "sheet.pdf"

    def save(dialog: EventExportDialog) -> None:
        dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
        dialog.start_save(sheet)
        qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30000)

    answers.dialogs.append(_run(save))
    answers.messages.append("ok")
    page.export("sheet")
    answers.assert_all_used()
    text = "".join(p.extract_text() for p in PdfReader(sheet).pages)
    assert "Сүйөркулова" in text and "Азаттык" in text


def test_a_template_line_beyond_the_follow_up_window_is_refused(qtbot, events_db, answers):
    dialog = TemplatesDialog(events_db, "briefing")
    qtbot.addWidget(dialog)
    rows = dialog.table.rowCount()
    assert rows > 0
    assert dialog.preview.toPlainText().count("\n") >= rows
    dialog.follow_up.setValue(5)
    dialog.table.selectRow(rows - 1)
    phase, days = dialog.table.cellWidget(rows - 1, PHASE), dialog.table.cellWidget(rows - 1, DAYS)
    phase.setCurrentIndex(phase.findData("after"))
    days.setValue(9)
    answers.messages.append("ok")
    assert not dialog.save()
    assert "9" in answers.asked[0].text and "5" in answers.asked[0].text
    days.setValue(2)
    answers.messages.append("ok")
    assert dialog.save()
    saved = default_template(events_db, "briefing")
    assert saved is not None and saved.follow_up_days == 5
    assert saved.items[-1].phase == "after" and saved.items[-1].offset_days == 2


TEXTS = {
    "title": Bi("Жайыт реформасы боюнча брифинг", "Брифинг о пастбищной реформе"),
    "place": Bi("Министрликтин пресс-борбору", "Пресс-центр министерства"),
    "topic": Bi("Жайыт комитеттери", "Пастбищные комитеты"),
    "organisers": Bi("Басма сөз кызматы", "Пресс-служба"),
    "speakers": Bi(
        "Асанов Бакыт, министр\nӨмүрбеков Нурлан, министрдин орун басары",
        "Асанов Бакыт, министр\nӨмүрбеков Нурлан, заместитель министра",
    ),
    "messages": Bi("Реформа жайыттарды сактайт", "Реформа сохраняет пастбища"),
    "notes": Bi("Видео сайтка жарыяланат", "Видео публикуется на сайте"),
}


def test_the_editor_keeps_every_text_in_both_languages(
    qtbot, runtime, events_db, answers, ui_language
):
    ui_language("ru")
    start = dt.datetime.combine(clock.today() + dt.timedelta(days=5), dt.time(11, 0))

    def fill(editor: EventEditor) -> None:
        editor.kind.setCurrentIndex(editor.kind.findData("briefing"))
        editor.starts.setDateTime(qdatetime(start))
        editor.ends.setDateTime(qdatetime(start + dt.timedelta(hours=1)))
        for name, value in TEXTS.items():
            getattr(editor, name).setValue(value)
        # The Russian interface puts the Russian value first.
        assert editor.title.layout().itemAtPosition(0, 1).widget() is editor.title.editor("ru")

    page = EventsSectionPage(SectionContext(runtime, events_db))
    qtbot.addWidget(page)
    answers.dialogs.append(_run(fill))
    page.new_event()
    saved = page.detail.current
    assert saved is not None
    assert saved.title == TEXTS["title"] and saved.key_messages == TEXTS["messages"]
    assert saved.speakers == TEXTS["speakers"] and saved.notes == TEXTS["notes"]
    # The list and the detail show the interface language.
    assert page.model.index(page.model.row_of(saved.id), EventListModel.TITLE).data() == (
        "Брифинг о пастбищной реформе"
    )
    assert page.detail.heading.text() == "Брифинг о пастбищной реформе"
    # The Kyrgyz title finds it too.
    page.when.setCurrentIndex(page.when.findData("all"))
    page.search.setText("реформасы боюнча")
    assert [row.id for row in page.model.rows] == [saved.id]

    editor = EventEditor(events_db, saved)
    qtbot.addWidget(editor)
    for name, value in TEXTS.items():
        assert getattr(editor, name).value() == value, name
    editor.title.editor("ru").setText("")
    assert editor.title.missing("ru")
    editor.accept()
    assert editor.saved is not None and editor.saved.title == Bi(TEXTS["title"].ky, "")


def test_the_editor_fits_its_texts(qtbot, events_db):
    row = next(r for r in list_events(events_db) if r.key_messages)
    editor = EventEditor(events_db, row)
    qtbot.addWidget(editor)
    editor.show()
    tabs = {0: (editor.title, editor.place, editor.topic), 1: (editor.speakers, editor.messages)}
    tabs[2] = (editor.notes,)
    for index, fields in tabs.items():
        editor.tabs.setCurrentIndex(index)
        page = editor.tabs.currentWidget()
        # The two languages of every field fit without squeezing any editor below its minimum.
        assert page.minimumSizeHint().height() <= page.height(), index
        assert page.minimumSizeHint().width() <= page.width(), index
        assert not editor.grab().isNull()
        for field in fields:
            for lang in ("ky", "ru"):
                shown = field.editor(lang)
                assert shown.isVisible() and shown.height() >= shown.minimumSizeHint().height()
                assert shown.width() > 300


def test_an_export_lists_missing_texts_and_writes_what_is_filled_in(
    qtbot, runtime, events_db, answers, tmp_path
):
    start = dt.datetime.combine(clock.today() + dt.timedelta(days=4), dt.time(10, 0))
    event = create_event(
        events_db,
        EventInput(
            "briefing",
            Bi("Жайыт реформасы боюнча брифинг", ""),
            start,
            start + dt.timedelta(hours=1),
            place=TEXTS["place"],
        ),
        with_checklist=False,
    )
    target = tmp_path / "advisory.pdf"

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, MissingTextsDialog)
        assert [item.attr for item in dialog.missing] == ["title"]
        dialog.editors[("event", event.id, "title")].setText("Брифинг о пастбищной реформе")
        dialog.save_button.click()
        return dialog.result()

    def save(dialog: EventExportDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
        answers.dialogs.append(fill)
        dialog.start_save(target)
        qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30000)
        assert "Брифинг о пастбищной реформе" in dialog.preview.toPlainText()

    page = EventsSectionPage(SectionContext(runtime, events_db))
    qtbot.addWidget(page)
    page.show_event(event.id)
    answers.dialogs.append(_run(save))
    answers.messages.append("ok")
    page.export("advisory")
    answers.assert_all_used()
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Брифинг о пастбищной реформе" in text and "Пресс-центр министерства" in text
    assert "Жайыт" not in text


def test_going_back_from_the_missing_texts_writes_nothing(qtbot, runtime, events_db, answers):
    start = dt.datetime.combine(clock.today() + dt.timedelta(days=4), dt.time(10, 0))
    event = create_event(
        events_db,
        EventInput("briefing", Bi("Брифинг", ""), start, start),
        with_checklist=False,
    )
    dialog = EventExportDialog(runtime, events_db, event.id, "card")
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))

    def back(missing: QDialog) -> int:
        missing.reject()
        return missing.result()

    answers.dialogs.append(back)
    dialog.start_save(Path(runtime.paths.data_dir) / "card.pdf")
    assert not dialog.writer.busy and dialog.saved_path is None
    assert not (Path(runtime.paths.data_dir) / "card.pdf").exists()
