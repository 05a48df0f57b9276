"""The Crisis kit section: the demo scenario and its approved statements, scenario editing and
refusals, an approval step with its trail, the working group and notice list, the plan export,
the crisis checklist as an event, and the crisis view's counts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from docx import Document as DocxDocument
from PySide6.QtGui import QTextOption
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui.crisis.documents import LocalDocumentDialog, OpenCrisisDialog, PlanExportDialog
from pressdesk.gui.crisis.editors import (
    CrisisContactDialog,
    CrisisMemberDialog,
    ScenarioEditor,
    StatementStepDialog,
)
from pressdesk.gui.crisis.page import CrisisSectionPage
from pressdesk.gui.main_window import MainWindow
from pressdesk.services.coverage.stats import period_summary
from pressdesk.services.crisis.records import (
    StatementInput,
    list_contacts,
    list_group,
    list_scenarios,
)
from pressdesk.services.crisis.statements import add_statement
from pressdesk.services.events.crisis import crisis_template
from pressdesk.services.events.records import list_events
from pressdesk.services.events.tasks import list_tasks
from pressdesk.services.inquiries.queries import InquiryFilter, list_inquiries
from pressdesk.services.staff import list_staff

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def _page(window: MainWindow) -> CrisisSectionPage:
    window.show_section("crisis")
    page = window.page("crisis")
    assert isinstance(page, CrisisSectionPage)
    return page


def _run(
    action: Callable[[QDialog], object], result: int | None = None
) -> Callable[[QDialog], int]:
    def run(dialog: QDialog) -> int:
        action(dialog)
        return int(dialog.result()) if result is None else result

    return run


def test_the_page_opens_on_the_demo_scenario_with_its_approved_statements(window, demo_db):
    page = _page(window)
    tab = page.scenarios
    for model in (
        tab.scenarios,
        tab.statements,
        page.people.group_model,
        page.people.contacts_model,
        page.view.statements_model,
        page.view.inquiries_model,
        page.view.publications_model,
    ):
        QAbstractItemModelTester(model, FATAL)
    demo = list_scenarios(demo_db)
    assert tab.scenarios.rowCount() == len(demo) == 1
    assert tab.scenario() is not None and tab.scenario().id == demo[0].id
    assert tab.statements.rowCount() == 2
    assert all(s.status == "approved" for s in tab.statements.rows)
    assert tab.scenarios.index(0, 3).data() == "2 / 2"
    statement = tab.statement()
    assert statement is not None
    assert tab.ready["ky"].text.toPlainText().startswith(statement.title.ky)
    assert statement.text.ru in tab.ready["ru"].text.toPlainText()
    # An approved statement can only go back to draft.
    enabled = {s for s, b in tab.step_buttons.items() if b.isEnabled()}
    assert enabled == {"draft"}
    assert tab.history.count() == 3  # created, sent, approved
    tab.ready["ru"].copy.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == tab.ready["ru"].text.toPlainText()


def test_a_scenario_is_added_and_invalid_input_saves_nothing(window, demo_db, answers):
    page = _page(window)
    tab = page.scenarios
    head = next(m for m in list_staff(demo_db) if m.is_signatory)

    def refused(dialog: QDialog) -> None:
        assert isinstance(dialog, ScenarioEditor)
        dialog.description.setValue(Bi("Сүрөттөмө", "Описание"))
        assert dialog.save() is False

    answers.dialogs.append(_run(refused, 0))
    answers.messages.append("ok")
    tab.add_scenario()
    assert "name" in answers.asked[-1].text.lower() or "аты" in answers.asked[-1].text.lower()
    assert len(list_scenarios(demo_db)) == 1

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ScenarioEditor)
        dialog.name.setValue(Bi("Суу ташкыны", "Наводнение"))
        dialog.decides.setCurrentIndex(dialog.decides.findData(head.id))
        dialog.accept()

    answers.dialogs.append(_run(fill))
    tab.add_scenario()
    rows = list_scenarios(demo_db)
    assert [r.name.ru for r in rows] == ["Вспышка заразной болезни животных", "Наводнение"]
    assert rows[1].decides_id == head.id
    assert tab.scenario() is not None and tab.scenario().id == rows[1].id
    assert tab.statements.rowCount() == 0
    answers.assert_all_used()


def test_a_statement_is_sent_returned_and_approved_with_its_trail(window, demo_db, answers):
    page = _page(window)
    tab = page.scenarios
    scenario = list_scenarios(demo_db)[0]
    new = add_statement(
        demo_db, scenario.id, StatementInput(Bi("Үчүнчү", "Третье"), Bi("Текст", "Текст"))
    )
    tab.reload(statement_id=new)
    assert tab.statement().id == new
    assert {s for s, b in tab.step_buttons.items() if b.isEnabled()} == {"sent"}

    answers.dialogs.append(_run(lambda d: d.accept()))
    tab.step_buttons["sent"].click()
    assert tab.statement().status == "sent"

    # Returning needs a comment: the services' message is shown and nothing changes.
    def no_comment(dialog: QDialog) -> None:
        assert isinstance(dialog, StatementStepDialog)
        dialog.accept()

    answers.dialogs.append(_run(no_comment))
    answers.messages.append("ok")
    tab.step_buttons["returned"].click()
    assert tab.statement().status == "sent"

    answers.dialogs.append(_run(lambda d: d.accept()))
    tab.step_buttons["approved"].click()
    statement = tab.statement()
    assert statement.status == "approved" and statement.approved_by
    assert [s.new_value for s in statement.trail] == ["draft", "sent", "approved"]
    assert tab.history.count() == 3
    assert statement.approved_by in tab.history.item(2).text()
    answers.assert_all_used()


def test_the_working_group_and_contacts_are_added_and_removed(window, demo_db, answers):
    page = _page(window)
    people = page.people
    in_group = {m.staff_id for m in list_group(demo_db)}
    outside = next(m for m in list_staff(demo_db, active_only=True) if m.id not in in_group)

    def member(dialog: QDialog) -> None:
        assert isinstance(dialog, CrisisMemberDialog)
        dialog.staff.setCurrentIndex(dialog.staff.findData(outside.id))
        dialog.role.setCurrentIndex(dialog.role.findData("lawyer"))
        dialog.duty.setValue(Bi("Кеңеш берет", "Консультирует"))

    answers.dialogs.append(_run(member, 1))
    people.add_member()
    added = next(m for m in list_group(demo_db) if m.staff_id == outside.id)
    assert added.role == "lawyer" and added.duty.ru == "Консультирует"
    assert people.group_model.rowCount() == len(in_group) + 1

    people.group.table.selectRow(people.group_model.row_of(outside.id))
    answers.messages.append("yes")
    people.group.button_of("removeMember").click()
    assert outside.id not in {m.staff_id for m in list_group(demo_db)}

    before = len(list_contacts(demo_db))

    def no_phone(dialog: QDialog) -> None:
        assert isinstance(dialog, CrisisContactDialog)
        dialog.name.setText("Дежурный МЧС")
        dialog.accept()
        assert dialog.isVisible() is False or dialog.added is None
        dialog.phone.setText("112")
        dialog.accept()

    answers.messages.append("ok")
    answers.dialogs.append(_run(no_phone))
    people.add_contact()
    assert len(list_contacts(demo_db)) == before + 1
    assert list_contacts(demo_db)[-1].phone == "112"
    people.contacts.table.selectRow(people.contacts_model.rowCount() - 1)
    answers.messages.append("yes")
    people.contacts.button_of("removeContact").click()
    assert len(list_contacts(demo_db)) == before
    answers.assert_all_used()


def test_the_plan_is_exported_in_russian_as_a_readable_file(window, answers, tmp_path, qtbot):
    page = _page(window)
    target = tmp_path / "plan.docx"

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanExportDialog)
        dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        assert "Вспышка заразной болезни животных" in dialog.preview.toPlainText()
        # The preview, like the printed plan, never cuts a word to fit a column.
        assert dialog.preview.wordWrapMode() == QTextOption.WrapMode.WordWrap
        dialog.start_save(target)
        qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30000)

    answers.dialogs.append(_run(save))
    answers.messages.append("ok")
    page.export_plan()
    text = "\n".join(p.text for p in DocxDocument(str(target)).paragraphs)
    text += "\n".join(
        c.text for t in DocxDocument(str(target)).tables for r in t.rows for c in r.cells
    )
    assert "Вспышка заразной болезни животных" in text
    assert "Обращение к населению" in text

    def local(dialog: QDialog) -> None:
        assert isinstance(dialog, LocalDocumentDialog)
        assert dialog.template.count() >= 3 and dialog.save_button.isEnabled()
        assert dialog.preview.toPlainText()

    answers.dialogs.append(_run(local))
    page.local_documents()
    answers.assert_all_used()


def test_the_checklist_creates_an_event_and_says_where(window, demo_db, answers):
    page = _page(window)
    before = len(list_events(demo_db))

    def start(dialog: QDialog) -> None:
        assert isinstance(dialog, OpenCrisisDialog)
        assert dialog.title.value().ru == "Вспышка заразной болезни животных"
        dialog.accept()

    answers.dialogs.append(_run(start))
    answers.messages.append("events")
    page.open_action.trigger()
    events = list_events(demo_db)
    assert len(events) == before + 1
    assert page.opened is not None and page.opened.kind == "crisis"
    assert page.opened.starts_at.date() == clock.today()
    assert page.opened.tasks_total > 0
    assert str(page.opened.tasks_total) in answers.asked[-1].text
    # The tasks are dated from the day the crisis began, as far on as the checklist says.
    template = crisis_template(demo_db)
    assert template is not None
    tasks = list_tasks(demo_db, page.opened.id)
    assert len(tasks) == page.opened.tasks_total
    offsets = {item.offset_days for item in template.items}
    assert {(t.due_date - clock.today()).days for t in tasks} <= offsets
    assert window.current_section.key == "events"
    answers.assert_all_used()


def test_the_crisis_view_counts_match_the_services(window, demo_db):
    page = _page(window)
    view = page.view
    page.tabs.setCurrentWidget(view)
    today = clock.today()
    start = today - dt.timedelta(days=60)
    from pressdesk.gui.widgets import dates

    view.start.setDate(dates.qdate(start))
    inquiries = list_inquiries(demo_db, InquiryFilter(received_from=start, received_to=today))
    summary = period_summary(demo_db, start, today)
    scenario = list_scenarios(demo_db)[0]
    negative = summary.by_tone.get("negative", 0)
    assert view.counts == (2, 2, len(inquiries), summary.total, negative)
    assert view.inquiries_model.rowCount() == len(inquiries) > 0
    assert view.publications_model.rowCount() == min(summary.total, 500)
    assert view.statements_model.rowCount() == len(scenario.statements)
    assert f"{len(inquiries)}" in view.inquiries.heading.text()
    share = round(100 * negative / summary.total) if summary.total else 0
    assert f"({share} %)" in view.publications.heading.text()


def test_an_empty_base_says_what_to_do_and_the_plan_says_why_it_cannot_be_written(
    qtbot, runtime, db, answers
):
    from pressdesk.gui.sections import SectionContext

    page = CrisisSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    tab = page.scenarios
    assert tab.scenarios.rowCount() == 0 and tab.statements.rowCount() == 0
    assert "No scenario yet" in tab.roles.text()
    assert not tab.list.button_of("editScenario").isEnabled()
    assert not tab.panel.button_of("addStatement").isEnabled()
    assert not any(b.isEnabled() for b in tab.step_buttons.values())
    assert page.view.counts[:2] == (0, 0)

    def refused(dialog: QDialog) -> None:
        assert isinstance(dialog, PlanExportDialog)
        assert not dialog.save_button.isEnabled()
        assert "scenario" in dialog.preview.toPlainText().lower()

    answers.dialogs.append(_run(refused))
    page.export_plan()
    answers.assert_all_used()


def test_a_scenario_is_deleted_with_its_statements_after_asking(window, demo_db, answers):
    page = _page(window)
    tab = page.scenarios
    answers.messages.append("no")
    tab.delete_scenario()
    assert len(list_scenarios(demo_db)) == 1
    assert "2" in answers.asked[-1].text
    answers.messages.append("yes")
    tab.list.button_of("deleteScenario").click()
    assert list_scenarios(demo_db) == []
    assert tab.scenarios.rowCount() == 0 and tab.statements.rowCount() == 0
    assert page.view.statements_model.rowCount() == 0
    answers.assert_all_used()


def test_a_statement_is_deleted_after_asking_and_an_approved_one_says_so(window, demo_db, answers):
    page = _page(window)
    tab = page.scenarios
    before = list_scenarios(demo_db)[0].statements
    assert before[0].status == "approved"
    tab.panel.table.selectRow(0)
    answers.messages.append("no")
    tab.delete_statement()
    asked = answers.asked[-1].text
    assert before[0].title.ky in asked or before[0].title.ru in asked
    assert len(list_scenarios(demo_db)[0].statements) == len(before)
    answers.messages.append("yes")
    tab.panel.button_of("deleteStatement").click()
    after = list_scenarios(demo_db)[0].statements
    assert [s.id for s in after] == [s.id for s in before[1:]]
    assert tab.statements.rowCount() == len(after)
    assert page.view.statements_model.rowCount() == len(after)
    answers.assert_all_used()


def test_the_group_and_the_crisis_view_are_built_when_first_shown(window, demo_db):
    page = _page(window)
    assert page._people.built is None and page._view.built is None
    page.scenarios.changed.emit()  # nothing to reload yet
    assert page._view.built is None
    page.tabs.setCurrentIndex(2)
    assert page._view.built is page.view and page._people.built is None
    assert page.view.isVisible()
    reloads: list[bool] = []
    page.view.reload = lambda: reloads.append(True)  # type: ignore[method-assign]
    page.scenarios.changed.emit()
    assert reloads == [True]
    page.refresh()
    assert reloads == [True, True] and page._people.built is None
