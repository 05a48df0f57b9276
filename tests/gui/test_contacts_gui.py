"""The Contacts section: views, paging, the editors, lists, log, review, import and export."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, insert, select

from pressdesk.gui.contacts.export_dialog import ExportDialog
from pressdesk.gui.contacts.import_wizard import MAPPING_FILE, ImportWizard
from pressdesk.gui.contacts.log_panel import LogEntryDialog
from pressdesk.gui.contacts.models import (
    DuplicatesModel,
    InteractionModel,
    ListsModel,
    OutletModel,
    PeopleModel,
)
from pressdesk.gui.contacts.page import ContactsSectionPage
from pressdesk.gui.contacts.person_editor import PersonEditor
from pressdesk.gui.contacts.review_view import MergeDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.services.contacts.duplicates import find_duplicates
from pressdesk.services.contacts.lists import ListRecord, list_lists, save_list
from pressdesk.services.contacts.log import list_interactions
from pressdesk.services.contacts.query import count_people, list_people
from pressdesk.services.contacts.records import get_person, sort_text
from pressdesk.services.contacts.values import PersonFilter
from pressdesk.storage.contacts_models import Person
from pressdesk.storage.contacts_search import person_search_columns
from tests.gui.conftest import ts_translation
from tests.support.templates import DatabaseTemplates


@pytest.fixture(scope="module")
def demo_template(database_templates: DatabaseTemplates) -> Path:
    """A demo database filled once; each test works on its own copy."""
    return database_templates.demo()


@pytest.fixture
def demo_db(runtime, demo_template):  # type: ignore[no-untyped-def]
    """A copy of the module's demo database, open."""
    for suffix in ("", "-wal", "-shm"):
        source = demo_template.with_name(demo_template.name + suffix)
        if source.exists():
            shutil.copyfile(source, runtime.paths.database_file.with_name(source.name))
    database = runtime.open_db()
    yield database
    database.close()


@pytest.fixture
def page(qtbot, runtime, demo_db):  # type: ignore[no-untyped-def]
    """The Contacts page on the demo base, shown."""
    widget = ContactsSectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(widget)
    widget.resize(1300, 720)
    widget.show()
    return widget


def _select_rows(table, rows):  # type: ignore[no-untyped-def]
    selection = table.selectionModel()
    selection.clearSelection()
    for row in rows:
        index = table.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection.select(index, flags)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_page_opens_in_both_languages(qtbot, ui_language, runtime, demo_db, lang):
    ui_language(lang)
    widget = ContactsSectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(widget)
    widget.show()
    assert widget.tabs.tabText(0) == ts_translation(lang, "ContactsSectionPage", "People")
    header = widget.people.model.headerData(0, Qt.Orientation.Horizontal)
    assert header == ts_translation(lang, "PeopleModel", "Full name")
    assert widget.people.model.rowCount() > 0
    for index in range(widget.tabs.count()):
        widget.tabs.setCurrentIndex(index)
    assert widget.review.stale_model.total > 0


def test_the_window_opens_the_section(window):
    window.show_section("contacts")
    assert isinstance(window.page("contacts"), ContactsSectionPage)


def test_typing_searches_case_insensitively_in_kyrgyz(qtbot, page):
    model = page.people.model
    everyone = model.total
    page.people.filters.search.setText("ҮСӨН")
    qtbot.waitUntil(lambda: model.total < everyone, timeout=2000)
    assert model.total > 0
    names = [model.row_at(row).full_name for row in range(model.rowCount())]
    assert all("үсөн" in name.casefold() for name in names)
    assert model.sort_key == "relevance"
    assert page.people.count_label.text().endswith(str(model.total))


def test_filters_narrow_the_people(qtbot, page):
    bar = page.people.filters
    bar.kind.setCurrentIndex(bar.kind.findData("editor"))
    model = page.people.model
    assert all(model.row_at(r).kind == "editor" for r in range(model.rowCount()))
    bar.outlet.load()
    bar.outlet.setCurrentIndex(2)
    outlet_id = bar.outlet.currentData()
    assert all(model.row_at(r).outlet_id == outlet_id for r in range(model.rowCount()))
    bar.clear()
    assert model.total == count_people(page.db)


def test_models_pass_the_model_tester(qtmodeltester, demo_db):
    people = PeopleModel(demo_db)
    people.reload()
    qtmodeltester.check(people, force_py=True)
    outlets = OutletModel(demo_db)
    outlets.reload()
    qtmodeltester.check(outlets, force_py=True)
    lists = ListsModel()
    lists.set_rows(list_lists(demo_db))
    qtmodeltester.check(lists, force_py=True)
    log = InteractionModel(demo_db)
    log.show_log(outlet_id=outlets.row_at(0).id)
    qtmodeltester.check(log, force_py=True)
    duplicates = DuplicatesModel()
    duplicates.set_rows(find_duplicates(demo_db))
    qtmodeltester.check(duplicates, force_py=True)


def _generate_people(db, count: int) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(3)
    with db.session() as session:
        first = (session.scalar(select(func.max(Person.id))) or 0) + 1
        rows = []
        for pid in range(first, first + count):
            name = f"{rng.choice(['Асанов', 'Үсөнова', 'Петров'])} {pid}"
            search_name, search_text = person_search_columns(name)
            rows.append(
                {
                    "id": pid,
                    "full_name": name,
                    "kind": "journalist",
                    "name_sort": sort_text(name),
                    "search_name": search_name,
                    "search_text": search_text,
                }
            )
        session.execute(insert(Person), rows)


def test_people_model_shows_everyone_in_the_service_order(qtbot, demo_db):
    _generate_people(demo_db, 1000)
    model = PeopleModel(demo_db)
    model.reload()
    total = count_people(demo_db)
    assert model.rowCount() == model.total == total > 1000
    last = list_people(demo_db, PersonFilter(), sort="name", offset=total - 1, limit=1).rows[0]
    assert model.row_at(total - 1).id == last.id
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert len(set(ids)) == total
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.loaded == 0
    first = list_people(demo_db, PersonFilter(), sort="name", descending=True, limit=1).rows[0]
    assert model.row_at(0).id == first.id


def test_editor_keeps_and_flags_an_invalid_phone(qtbot, demo_db, answers):
    editor = PersonEditor(demo_db)
    qtbot.addWidget(editor)
    editor.name.setText("Тестова Үмүт")
    editor.phones.add_row("0555 123 456", "mobile")
    editor.phones.add_row("12-34", "work")
    editor.emails.add_row("umut@example.kg")
    assert editor.phones.problem_rows() == [1]
    answers.messages.append("ok")
    assert editor.save() is False  # saved, but left open to show what to correct
    assert "not valid" in answers.asked[-1].text
    assert editor.record.id is not None
    stored = get_person(demo_db, editor.record.id)
    assert [(p.raw, p.valid) for p in stored.phones] == [
        ("0555 123 456", True),
        ("12-34", False),
    ]
    assert stored.phones[0].e164 == "+996555123456"
    assert editor.phones.problem_rows() == [1]
    assert editor.tabs.currentIndex() == 1


def test_editor_moves_a_person_and_shows_the_history(qtbot, demo_db):
    person = list_people(demo_db, PersonFilter(without_outlet=False), sort="name").rows[0]
    editor = PersonEditor(demo_db, person.id)
    qtbot.addWidget(editor)
    other = next(
        i for i in range(1, editor.outlet.count()) if editor.outlet.itemData(i) != person.outlet_id
    )
    editor.outlet.setCurrentIndex(other)
    editor.mark_verified()
    assert editor.save() is True
    assert editor.history.rowCount() >= 1
    assert get_person(demo_db, person.id).last_verified is not None


def test_people_are_added_to_a_list(qtbot, page):
    pool = save_list(page.db, ListRecord("Тест тизмеси"))
    assert pool.id is not None
    _select_rows(page.people.table, [0, 1, 2])
    assert page.people.add_selected_to_list(pool.id) == 3
    row = next(r for r in list_lists(page.db) if r.id == pool.id)
    assert row.person_count == 3
    page.tabs.setCurrentIndex(2)
    lists = page.lists
    target = next(r for r in range(lists.model.rowCount()) if lists.model.row_at(r).id == pool.id)
    lists.table.selectRow(target)
    assert lists.members.total == 3
    _select_rows(lists.members_table, [0])
    lists.remove_selected_members()
    assert next(r for r in list_lists(page.db) if r.id == pool.id).person_count == 2


def test_the_filter_is_saved_as_a_list(qtbot, page, answers):
    page.people.filters.kind.setCurrentIndex(page.people.filters.kind.findData("blogger"))

    def name_it(dialog: QDialog) -> int:
        dialog.name.setText("Блогерлер")  # type: ignore[attr-defined]
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(name_it)
    page.people.save_filter_button.click()
    row = next(r for r in list_lists(page.db) if r.name == "Блогерлер")
    assert row.kind == "filter"
    assert row.recipient_count == count_people(page.db, PersonFilter(kinds=frozenset({"blogger"})))


def test_an_interaction_is_logged(qtbot, demo_db, answers):
    person = list_people(demo_db, PersonFilter(), sort="name").rows[0]
    editor = PersonEditor(demo_db, person.id)
    qtbot.addWidget(editor)
    before = editor.log.model.total

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, LogEntryDialog)
        dialog.subject.setText("Брифингге чакыруу")
        dialog.channel.setCurrentIndex(dialog.channel.findData("telegram"))
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(fill)
    editor.log.add_button.click()
    assert editor.log.model.total == before + 1
    entries = list_interactions(demo_db, person_id=person.id).rows
    assert entries[0].subject == "Брифингге чакыруу"
    assert entries[0].channel == "telegram"
    assert get_person(demo_db, person.id).last_contacted is not None


def test_stale_records_are_marked_verified(qtbot, page):
    page.tabs.setCurrentIndex(3)
    review = page.review
    before = review.stale_model.total
    assert before >= 3
    _select_rows(review.stale_table, [0, 1, 2])
    assert review.verify_selected() == 3
    assert review.stale_model.total == before - 3


def test_duplicates_are_merged(qtbot, page, answers):
    page.tabs.setCurrentIndex(3)
    review = page.review
    assert review.dup_model.rowCount() == 0
    review.find_button.click()
    _wait_job(qtbot, review.runner)
    assert review.dup_model.rowCount() >= 1
    pair = review.dup_model.row_at(0)
    review.dup_table.setCurrentIndex(review.dup_model.index(0, 0))
    people = count_people(page.db)

    def keep_second(dialog: QDialog) -> int:
        assert isinstance(dialog, MergeDialog)
        dialog.keep_second.setChecked(True)
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(keep_second)
    assert review.merge_current() is True
    _wait_job(qtbot, review.runner)
    assert count_people(page.db) == people - 1
    kept = get_person(page.db, pair.second.id)
    assert kept.full_name == pair.second.full_name


def _wait_job(qtbot, runner):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not runner.running, timeout=20000)


def test_import_wizard_is_all_or_nothing_unless_told_to_skip(
    qtbot, runtime, demo_db, answers, tmp_path
):
    path = tmp_path / "жмк.csv"
    path.write_text(
        "ФИО;Должность;СМИ;Телефон;E-mail\n"
        "Жаңы Айбек;Кабарчы;Жаңы ЖМК;0555 987 654;aibek@new.example.kg\n"
        "Нурланова Айпери;Редактор;Жаңы ЖМК;0700 765 432;aiperi@new.example.kg\n"
        ";Оператор;Жаңы ЖМК;;\n",
        encoding="utf-8-sig",
    )
    before = count_people(demo_db)
    wizard = ImportWizard(demo_db, runtime.paths.data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    wizard.next()
    assert wizard.stack.currentIndex() == 1
    assert wizard.combos["full_name"].currentData() == "ФИО"
    assert wizard.preview.rowCount() == 3
    wizard.next()
    _wait_job(qtbot, wizard.runner)
    assert (runtime.paths.data_dir / MAPPING_FILE).exists()
    assert wizard.stack.currentIndex() == 2
    assert wizard.rejected_table.rowCount() == 1
    assert wizard.rejected_table.item(0, 0).text() == "4"
    assert count_people(demo_db) == before

    answers.messages.append("ok")
    wizard.next()
    _wait_job(qtbot, wizard.runner)
    assert "Nothing was imported" in answers.asked[-1].text
    assert count_people(demo_db) == before

    wizard.skip_invalid.setChecked(True)
    answers.messages.append("ok")
    wizard.next()
    _wait_job(qtbot, wizard.runner)
    assert count_people(demo_db) == before + 2
    assert wizard.outcome is not None and wizard.outcome.created == 2
    assert wizard.result() == QDialog.DialogCode.Accepted


def test_import_can_be_cancelled(qtbot, runtime, demo_db, answers, tmp_path):
    path = tmp_path / "many.csv"
    lines = ["ФИО;Телефон"] + [f"Адам {i};0555 {100000 + i}" for i in range(400)]
    path.write_text("\n".join(lines), encoding="utf-8")
    before = count_people(demo_db)
    wizard = ImportWizard(demo_db, runtime.paths.data_dir)
    qtbot.addWidget(wizard)
    wizard.set_file(path)
    wizard.read_columns()
    wizard.report = wizard.outcome = None
    wizard._go(2)
    answers.messages.append("ok")
    wizard.start_import()
    assert wizard.runner.job is not None
    wizard.runner.cancel()
    _wait_job(qtbot, wizard.runner)
    assert "cancelled" in answers.asked[-1].text
    assert count_people(demo_db) == before


@pytest.mark.parametrize("suffix", [".xlsx", ".vcf"])
def test_export_writes_a_real_file(qtbot, runtime, demo_db, answers, tmp_path, suffix):
    target = tmp_path / f"база{suffix}"
    dialog = ExportDialog(runtime, demo_db, PersonFilter(kinds=frozenset({"editor"})))
    qtbot.addWidget(dialog)
    dialog.filtered.setChecked(True)
    dialog.format.setCurrentIndex(dialog.format.findData(suffix))
    dialog.language.setCurrentIndex(dialog.language.findData("ky"))
    answers.files.append(target)
    answers.messages.append("ok")
    dialog.choose_and_save()
    _wait_job(qtbot, dialog.runner)
    editors = count_people(demo_db, PersonFilter(kinds=frozenset({"editor"})))
    assert dialog.saved is not None and dialog.saved.people == editors
    assert not list(tmp_path.glob(".*part*"))
    if suffix == ".xlsx":
        book = load_workbook(target, read_only=True)
        rows = list(book.active.iter_rows(values_only=True))
        book.close()  # a read-only workbook keeps its file open until closed
        assert rows[0][0] == "Аты-жөнү"
        assert len(rows) == editors + 1
    else:
        text = target.read_text(encoding="utf-8")
        assert text.count("BEGIN:VCARD") == editors


def test_deleting_people_asks_first(qtbot, page, answers):
    model = page.people.model
    total = model.total
    _select_rows(page.people.table, [0])
    answers.messages.append("no")
    page.people.delete_selected()
    assert model.total == total
    answers.messages.append("yes")
    page.people.delete_selected()
    assert model.total == total - 1


def test_export_dialog_marks_the_directory_for_official_use(
    qtbot, runtime, demo_db, answers, tmp_path
):
    from pypdf import PdfReader

    from pressdesk.settings import OFFICIAL_USE_MARK

    dialog = ExportDialog(runtime, demo_db, PersonFilter(kinds=frozenset({"editor"})))
    qtbot.addWidget(dialog)
    assert not dialog.official_use.isChecked()  # the setting is off
    dialog.format.setCurrentIndex(dialog.format.findData(".vcf"))
    assert not dialog.official_use.isEnabled()  # a vCard cannot carry the mark
    dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
    assert dialog.official_use.isEnabled()
    dialog.official_use.setChecked(True)
    dialog.filtered.setChecked(True)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    target = tmp_path / "база.pdf"
    answers.files.append(target)
    answers.messages.append("ok")
    dialog.choose_and_save()
    _wait_job(qtbot, dialog.runner)
    first = PdfReader(target).pages[0].extract_text()
    assert "Для служебного пользования" in first

    # With the setting on, the mark is always there and cannot be unticked.
    runtime.settings.set(OFFICIAL_USE_MARK, True)
    marked = ExportDialog(runtime, demo_db, PersonFilter())
    qtbot.addWidget(marked)
    marked.format.setCurrentIndex(marked.format.findData(".docx"))
    assert marked.official_use.isChecked() and not marked.official_use.isEnabled()
    assert marked.marked
    marked.format.setCurrentIndex(marked.format.findData(".csv"))
    assert not marked.marked
