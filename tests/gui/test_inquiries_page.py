"""The Media inquiries section: the attention list on the demo base, the overdue count in the
sidebar and the status bar, the editor (with its refusals), quick capture, approval steps, the
answer, the request note and the report, and undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from docx import Document as DocxDocument
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.gui.inquiries import model as cols
from pressdesk.gui.inquiries.capture import CaptureDialog
from pressdesk.gui.inquiries.dialogs import AnswerDialog, NoteDialog, StepDialog
from pressdesk.gui.inquiries.editor import InquiryEditor, blank_inquiry
from pressdesk.gui.inquiries.page import InquiriesSectionPage
from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.sections import SECTIONS, SectionContext
from pressdesk.gui.widgets.export import ExportDialog
from pressdesk.services.contacts.records import save_person
from pressdesk.services.contacts.values import EmailValue, PersonRecord
from pressdesk.services.inquiries.deadlines import (
    SOON_DAYS,
    LegalTerm,
    due_counts,
    overdue_count,
)
from pressdesk.services.inquiries.queries import InquiryFilter, get_inquiry, list_inquiries
from pressdesk.services.inquiries.records import set_status


def _page(window: MainWindow) -> InquiriesSectionPage:
    window.show_section("inquiries")
    page = window.page("inquiries")
    assert isinstance(page, InquiriesSectionPage)
    return page


def _run(action: Callable[[QDialog], object]) -> Callable[[QDialog], int]:
    def run(dialog: QDialog) -> int:
        action(dialog)
        return int(dialog.result())

    return run


def _accept(dialog: QDialog) -> None:
    dialog.accept()


def test_the_section_sits_between_releases_and_the_crisis_kit():
    keys = [section.key for section in SECTIONS]
    assert keys[-4:] == ["releases", "inquiries", "crisis", "settings"]


def test_the_section_opens_on_what_needs_attention(demo_db, window):
    page = _page(window)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    today = clock.today()
    horizon = today + dt.timedelta(days=SOON_DAYS)
    wanted = list_inquiries(demo_db, InquiryFilter(due_by=horizon))
    assert page.view.currentData() == "attention"
    assert [r.id for r in page.model.rows] == [r.id for r in wanted]
    assert page.model.rows, "the demo base has inquiries past their deadline"
    assert all(r.status != "answered" and r.due_on <= horizon for r in page.model.rows)
    # Overdue rows say so in words, not only in colour; both deadlines are columns.
    overdue = [n for n, r in enumerate(page.model.rows) if r.due_on < today]
    assert overdue
    index = page.model.index(overdue[0], cols.STATE)
    assert page.model.data(index) == "Overdue"
    assert page.model.data(index, Qt.ItemDataRole.ForegroundRole) is not None
    titles = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert "Journalist's deadline" in titles and "Legal term" in titles

    page.view.setCurrentIndex(page.view.findData("all"))
    assert len(page.model.rows) == len(list_inquiries(demo_db))
    page.view.setCurrentIndex(page.view.findData("answered"))
    assert page.model.rows and all(r.status == "answered" for r in page.model.rows)
    page.view.setCurrentIndex(page.view.findData("open"))
    assert page.model.rows and all(r.status != "answered" for r in page.model.rows)
    word = page.model.rows[0].question.split()[0]
    page.search.setText(word)
    page.reload()
    assert page.model.rows and all(word.lower() in r.question.lower() for r in page.model.rows)


def test_the_overdue_count_is_in_the_sidebar_and_the_status_bar(qtbot, demo_db, window):
    count = overdue_count(demo_db)
    assert count > 0
    # Read a moment after start-up, once the first page is on screen.
    qtbot.waitUntil(lambda: window.overdue_label.isVisibleTo(window))
    assert window.overdue_label.text() == f"Overdue inquiries: {count}"
    row = [s.key for s in SECTIONS].index("inquiries")
    assert window.sidebar.item(row).text() == f"Media inquiries ({count})"
    page = _page(window)
    counts = due_counts(demo_db)
    assert f"overdue: {counts.overdue}" in page.status.text()


def test_an_empty_base_says_what_to_do(qtbot, runtime, db):
    empty = InquiriesSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(empty)
    assert empty.model.rowCount() == 0 and empty.empty.showing_empty
    assert empty.empty.empty.title.text() == "No media inquiries yet"


def test_an_inquiry_is_added_in_the_editor_and_undone(demo_db, window, answers):
    page = _page(window)
    before = len(list_inquiries(demo_db))

    def fill(editor: QDialog) -> None:
        assert isinstance(editor, InquiryEditor)
        editor.person.setCurrentIndex(1)
        editor.question.setPlainText("Когда откроется новый семенной склад?")
        editor.written.setChecked(True)
        editor.number.setText("01-12/345")
        assert "counted from the day received" in editor.legal_due.text()
        editor.accept()

    answers.dialogs.append(_run(fill))
    page.add()
    rows = list_inquiries(demo_db)
    assert len(rows) == before + 1
    new = max(rows, key=lambda r: r.id)
    assert new.incoming_number == "01-12/345"
    assert new.kind == "written_request" and new.legal_due is not None
    assert new.person_id is not None and new.sender
    assert page.selected().id == new.id  # the view shows it even if not due soon
    window.undo_stack.undo()
    assert len(list_inquiries(demo_db)) == before


def test_bad_input_shows_the_services_message_and_saves_nothing(qtbot, demo_db, answers):
    before = len(list_inquiries(demo_db))
    editor = InquiryEditor(demo_db, blank_inquiry())
    qtbot.addWidget(editor)
    editor.question.setPlainText("Вопрос")
    editor.written.setChecked(True)  # a written request without its incoming number
    editor.journalist_due.set_date(clock.today() - dt.timedelta(days=3))
    answers.messages.append("ok")
    assert not editor.save()
    text = answers.asked[-1].text
    assert "incoming number" in text
    assert "is before the day the inquiry was received" in text
    assert len(list_inquiries(demo_db)) == before


def test_quick_capture_finds_the_journalist_of_a_pasted_mail(qtbot, demo_db, answers):
    saved = save_person(
        demo_db,
        PersonRecord(full_name="Бекова Айжан", emails=(EmailValue("aizhan@kabar.kg"),)),
    ).record
    message = (
        "From: Aizhan <aizhan@kabar.kg>\n"
        "Subject: Семена\n\n"
        "Сколько семян завезено в область? Ответ нужен до 20.11.\n\n"
        "On Mon, someone wrote:\n> Старое письмо\n"
    )
    dialog = CaptureDialog(demo_db, get_term())
    qtbot.addWidget(dialog)
    dialog.pasted.setPlainText(message)
    dialog.read()
    assert dialog.person.currentData() == saved.id
    assert "Сколько семян" in dialog.question.toPlainText()
    assert "Старое письмо" in dialog.quoted.toPlainText()
    assert "Старое письмо" not in dialog.question.toPlainText()
    assert "Found in the contact base" in dialog.found.text()
    dialog.accept()
    assert dialog.saved_id is not None
    stored = get_inquiry(demo_db, dialog.saved_id)
    assert stored.person_id == saved.id
    assert stored.quoted.endswith("Старое письмо")


def get_term() -> LegalTerm:
    return LegalTerm()


def test_capture_of_a_stranger_offers_adding_them(qtbot, demo_db, answers):
    dialog = CaptureDialog(demo_db, get_term())
    qtbot.addWidget(dialog)
    dialog.pasted.setPlainText("From: Нурлан Осмонов <nurlan@new-media.kg>\n\nДайте комментарий.")
    dialog.read()
    assert dialog.person.currentData() is None
    assert "not in the contact base" in dialog.found.text()
    dialog.outlet.clear()  # only the journalist is new here
    answers.messages.append("add")
    dialog.accept()
    assert dialog.saved_id is not None
    stored = get_inquiry(demo_db, dialog.saved_id)
    assert stored.person_id is not None and stored.sender == "Нурлан Осмонов"


def test_approval_steps_and_the_answer_with_its_outcome(demo_db, window, answers):
    page = _page(window)
    page.view.setCurrentIndex(page.view.findData("open"))
    row = next(r for r in page.model.rows if r.status in ("new", "assigned"))
    page.select(row.id)
    assert page.panel.buttons["sent"].isVisible()

    def send(dialog: QDialog) -> None:
        assert isinstance(dialog, StepDialog)
        dialog.accept()

    answers.dialogs.append(_run(send))
    page.take_step("sent")
    assert get_inquiry(demo_db, row.id).status == "sent"

    def refuse_without_ground(dialog: QDialog) -> None:
        assert isinstance(dialog, AnswerDialog)
        dialog.text.setPlainText("Сведения относятся к служебной тайне.")
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("refused"))
        answers.messages.append("ok")
        dialog.accept()  # refused: no legal ground
        assert dialog.result() == 0
        assert "ground" in answers.asked[-1].text
        dialog.ground.setValue(Bi("Мыйзамдын 5-беренеси", "Статья 5"))
        dialog.accept()

    page.select(row.id)
    answers.dialogs.append(_run(refuse_without_ground))
    page.answer()
    stored = get_inquiry(demo_db, row.id)
    assert stored.status == "answered" and stored.outcome == "refused"
    assert stored.ground.ru == "Статья 5"
    assert [h.kind for h in stored.history][-1] == "answer"
    window.undo_stack.undo()
    assert get_inquiry(demo_db, row.id).status == "sent"


def test_request_note_and_report_are_written(qtbot, demo_db, window, answers, tmp_path):
    page = _page(window)
    page.view.setCurrentIndex(page.view.findData("all"))
    row = page.model.rows[0]
    page.select(row.id)

    def note(dialog: QDialog) -> None:
        assert isinstance(dialog, NoteDialog)
        dialog.unit.setValue(Bi("Статистика бөлүмү", "Отдел статистики"))
        dialog.accept()

    target = tmp_path / "note.docx"
    answers.dialogs.append(_run(note))
    answers.dialogs.append(lambda dialog: 1)  # DOCX in the profile's language
    answers.files.append(target)
    answers.messages.append(lambda message: message.buttons[-1][0])
    page.request_note()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30000)
    text = "\n".join(p.text for p in DocxDocument(str(target)).paragraphs)
    assert "Статистика бөлүмү" in text or "Отдел статистики" in text

    pdf = tmp_path / "report.pdf"

    def pick_pdf(dialog: QDialog) -> int:
        assert isinstance(dialog, ExportDialog)
        dialog.format.setCurrentIndex(dialog.format.findData(".pdf"))
        return 1

    answers.asked.clear()
    answers.dialogs.append(lambda dialog: 1)  # this month
    answers.dialogs.append(pick_pdf)
    answers.files.append(pdf)
    answers.messages.append(lambda message: message.buttons[-1][0])
    page.report()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30000)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_delete_asks_and_is_undone_with_the_trail(demo_db, window, answers):
    page = _page(window)
    row = page.model.rows[0]
    page.select(row.id)
    trail = len(get_inquiry(demo_db, row.id).history)
    answers.messages.append(lambda message: message.buttons[0][0])  # Delete
    page.delete_selected()
    assert all(r.id != row.id for r in list_inquiries(demo_db))
    assert window.overdue_label.text() == f"Overdue inquiries: {overdue_count(demo_db)}"
    window.undo_stack.undo()
    assert len(get_inquiry(demo_db, row.id).history) == trail


def test_returning_needs_the_heads_comment(demo_db, window, answers):
    page = _page(window)
    page.view.setCurrentIndex(page.view.findData("open"))
    row = next(r for r in page.model.rows if r.status in ("new", "assigned"))
    set_status(demo_db, row.id, "sent")
    page.refresh()
    page.select(row.id)
    assert page.panel.buttons["returned"].isVisible()
    answers.dialogs.append(_run(_accept))  # no comment
    answers.messages.append("ok")
    page.take_step("returned")
    assert "comment" in answers.asked[-1].text
    assert get_inquiry(demo_db, row.id).status == "sent"

    def comment(dialog: QDialog) -> None:
        assert isinstance(dialog, StepDialog)
        dialog.comment.setPlainText("Уточните цифры по областям.")
        dialog.accept()

    answers.dialogs.append(_run(comment))
    page.take_step("returned")
    stored = get_inquiry(demo_db, row.id)
    assert stored.status == "returned" and stored.return_comment.startswith("Уточните")
    assert "Уточните" in page.panel.status.text()


def test_the_overdue_count_read_after_start_up_survives_a_database_gone(
    qtbot, db, monkeypatch, caplog
):
    from pressdesk.gui.status_labels import OverdueLabel
    from pressdesk.storage.errors import DatabaseUnavailableError

    def gone(_db):
        raise DatabaseUnavailableError("The server at 127.0.0.1 does not answer.")

    monkeypatch.setattr("pressdesk.services.inquiries.deadlines.overdue_count", gone)
    label = OverdueLabel()
    qtbot.addWidget(label)
    label.show_count(db)  # not on screen yet: read a moment later
    assert label.text() == ""
    qtbot.waitUntil(lambda: "could not be counted" in caplog.text)
    assert label.count == 0 and not label.isVisibleTo(label)
