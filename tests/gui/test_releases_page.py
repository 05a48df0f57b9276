"""The Press releases section: list and filters, the side-by-side editor with its counts and
templates, approval steps with their history, versions and differences, documents, channel
texts, the Send hook, and undo of a new, changed or deleted release."""

from __future__ import annotations

from collections.abc import Callable

from docx import Document as DocxDocument
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from pressdesk.bilingual import Bi
from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.releases.dialogs import (
    ChannelsDialog,
    DiffDialog,
    ReleaseExportDialog,
    StepDialog,
)
from pressdesk.gui.releases.editor import ReleaseEditor
from pressdesk.gui.releases.page import ReleasesSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.services.releases.reading import get_release, list_releases
from pressdesk.services.releases.records import ReleaseFilter, ReleaseInput, add_release
from pressdesk.services.releases.templates import TEMPLATES


def _page(window: MainWindow) -> ReleasesSectionPage:
    window.show_section("releases")
    page = window.page("releases")
    assert isinstance(page, ReleasesSectionPage)
    return page


def _select(page: ReleasesSectionPage, release_id: int) -> None:
    page.select(release_id)
    assert page.selected().id == release_id


def _run(action: Callable[[QDialog], object]) -> Callable[[QDialog], int]:
    def run(dialog: QDialog) -> int:
        action(dialog)
        return int(dialog.result())

    return run


def test_the_list_filters_by_status_kind_and_words(demo_db, window):
    page = _page(window)
    QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert page.model.rowCount() == len(list_releases(demo_db)) == 5
    assert not page.empty.showing_empty
    page.status_filter.setCurrentIndex(page.status_filter.findData("returned"))
    assert [r.status for r in page.model.rows] == ["returned"]
    page.status_filter.setCurrentIndex(0)
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("statement"))
    assert [r.kind for r in page.model.rows] == ["statement"]
    page.kind_filter.setCurrentIndex(0)
    word = page.model.rows[0].title.ky.split()[0]
    page.search.setText(word)
    page.reload()
    assert page.model.rows and all(word in r.title.ky for r in page.model.rows)


def test_an_empty_base_says_what_to_do(qtbot, runtime, db):
    empty = ReleasesSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(empty)
    assert empty.model.rowCount() == 0 and empty.empty.showing_empty
    assert empty.empty.empty.title.text() == "No press releases yet"


def test_the_editor_shows_both_languages_side_by_side_counts_live_and_fills_templates(
    qtbot, demo_db, answers
):
    editor = ReleaseEditor(demo_db, get_release(demo_db, list_releases(demo_db)[-1].id))
    qtbot.addWidget(editor)
    editor.show()
    ky, ru = editor.titles["ky"], editor.titles["ru"]
    assert ky.mapTo(editor, ky.rect().topLeft()).x() < ru.mapTo(editor, ru.rect().topLeft()).x()
    assert ky.mapTo(editor, ky.rect().topLeft()).y() == ru.mapTo(editor, ru.rect().topLeft()).y()
    editor.bodies["ky"].setPlainText("")
    editor.leads["ky"].setPlainText("")
    ky.setText("Үч сөз бар")
    assert "10" in editor.counts["ky"].text() and "3" in editor.counts["ky"].text()
    editor.kind.setCurrentIndex(editor.kind.findData("fact_sheet"))
    answers.messages.append("yes")  # texts are there: replace them?
    editor.fill_template()
    title, lead, body = TEMPLATES["fact_sheet"]
    assert editor.leads["ky"].toPlainText() == lead.ky
    assert (ky.text(), ru.text()) == (title.ky, title.ru)
    assert editor.bodies["ru"].toPlainText() == body.ru
    answers.assert_all_used()
    editor.mark_clean()


def test_a_new_release_is_written_saved_listed_and_undone(window, demo_db, answers):
    page = _page(window)
    before = page.model.rowCount()

    def write(editor: QDialog) -> None:
        assert isinstance(editor, ReleaseEditor)
        assert not editor.version_note.isVisibleTo(editor)
        editor.titles["ky"].setText("Жаңы көпүрө ачылды")
        editor.titles["ru"].setText("Открыт новый мост")
        box = editor.add_quote(None)
        box.speaker.setEditText("Асанов Бакыт")
        box.texts["ky"].setPlainText("Көпүрө элге кызмат кылат.")
        editor.links.setPlainText("https://example.kg/news")
        editor.embargo_check.setChecked(True)
        editor.accept()

    answers.dialogs.append(_run(write))
    page.add()
    assert page.model.rowCount() == before + 1
    saved = page.selected()
    assert saved.title.ru == "Открыт новый мост" and saved.embargo_at is not None
    full = get_release(demo_db, saved.id)
    assert full.quotes[0].speaker == "Асанов Бакыт" and full.links == ("https://example.kg/news",)
    assert window.undo_stack.undo_text == f"Write release {saved.label}"
    window.undo_actions.undo()
    assert all(r.id != saved.id for r in list_releases(demo_db))
    assert page.model.rowCount() == before


def test_an_approved_release_warns_that_a_change_makes_a_new_version(window, demo_db, answers):
    page = _page(window)
    approved = list_releases(demo_db, ReleaseFilter(status="approved"))[0]
    _select(page, approved.id)

    def change(editor: QDialog) -> None:
        assert isinstance(editor, ReleaseEditor)
        assert editor.version_note.isVisibleTo(editor)
        assert "2" in editor.version_note.text()
        editor.bodies["ky"].setPlainText(editor.bodies["ky"].toPlainText() + "\n\nКошумча сап.")
        editor.accept()

    answers.dialogs.append(_run(change))
    page.edit_selected()
    row = get_release(demo_db, approved.id)
    assert (row.status, row.version) == ("draft", 2)
    # The panel lists the approved version and compares it with the text being written.
    assert page.panel.compare.isEnabled()
    assert page.panel.versions.count() == 1

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, DiffDialog)
        assert dialog.old.currentData() == 1 and dialog.new.currentData() is None
        html = dialog.view.toHtml()
        assert "Кошумча сап." in html and "#e6f4ea" in html

    answers.dialogs.append(_run(look))
    page.compare_versions()
    window.undo_actions.undo()
    assert get_release(demo_db, approved.id).status == "approved"
    answers.assert_all_used()


def test_the_approval_buttons_follow_the_flow_and_the_history_names_the_person(
    window, demo_db, answers
):
    page = _page(window)
    rid = add_release(demo_db, ReleaseInput(title=Bi("Текшерүү", "Проверка")))
    page.refresh()
    _select(page, rid)
    steps = page.panel.steps
    assert [s for s, b in steps.items() if b.isEnabled()] == ["sent"]

    def by(name: str, comment: str = "") -> Callable[[QDialog], int]:
        def answer(dialog: QDialog) -> None:
            assert isinstance(dialog, StepDialog)
            dialog.who.setEditText(name)
            dialog.comment.setPlainText(comment)
            dialog.accept()

        return _run(answer)

    answers.dialogs.append(by("Маматов Улан"))
    steps["sent"].click()
    assert {s for s, b in steps.items() if b.isEnabled()} == {"returned", "approved", "draft"}
    # Returning without a comment is refused with the service's reason; nothing changes.
    answers.dialogs.append(by("Башчы"))
    answers.messages.append("ok")
    steps["returned"].click()
    assert "Say what to change" in answers.asked[-1].text
    assert get_release(demo_db, rid).status == "sent"
    answers.dialogs.append(by("Башчы", "Кыскартыңыз"))
    steps["returned"].click()
    answers.dialogs.append(by("Маматов Улан"))
    steps["sent"].click()
    answers.dialogs.append(by("Башчы"))
    steps["approved"].click()
    row = get_release(demo_db, rid)
    assert row.status == "approved" and row.versions[0].approved_by == "Башчы"
    history = page.panel.history
    cells = [
        [history.item(r, c).text() for c in range(history.columnCount())]
        for r in range(history.rowCount())
    ]
    assert cells[1][2] == "Маматов Улан" and "Кыскартыңыз" in cells[2][1]
    assert cells[-1][2] == "Башчы" and cells[-1][0]
    assert [s for s, b in steps.items() if b.isEnabled()] == ["distributed"]
    answers.assert_all_used()


def test_documents_channel_texts_and_the_send_hook(qtbot, window, demo_db, answers, tmp_path):
    page = _page(window)
    approved = list_releases(demo_db, ReleaseFilter(status="approved"))[0]
    _select(page, approved.id)
    assert page.send_action.isEnabled() and "later" not in page.send_action.toolTip()
    assert page.export_action.isEnabled() and page.channels_action.isEnabled()

    target = tmp_path / "release.docx"

    def save(dialog: QDialog) -> None:
        assert isinstance(dialog, ReleaseExportDialog)
        dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        assert approved.title.ru in dialog.preview.toPlainText()
        dialog.start_save(target)
        qtbot.waitUntil(lambda: dialog.saved_path is not None, timeout=30000)

    answers.dialogs.append(_run(save))
    answers.messages.append("ok")
    page.export_document("release")
    text = "\n".join(p.text for p in DocxDocument(str(target)).paragraphs)
    assert approved.title.ru in text

    def sheet(dialog: QDialog) -> None:
        assert isinstance(dialog, ReleaseExportDialog)
        assert dialog.save_button.isEnabled() and dialog.preview.toPlainText()

    answers.dialogs.append(_run(sheet))
    page.export_document("sheet")

    def channels(dialog: QDialog) -> None:
        assert isinstance(dialog, ChannelsDialog)
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        assert dialog.texts["telegram"].toPlainText().startswith(approved.title.ru)
        assert "4096" in dialog.lengths["telegram"].text()
        assert "2200" in dialog.lengths["instagram"].text()
        dialog.copies["instagram"].click()
        assert QGuiApplication.clipboard().text() == dialog.texts["instagram"].toPlainText()

    answers.dialogs.append(_run(channels))
    page.show_channels()
    answers.assert_all_used()


def test_a_deleted_draft_comes_back_with_its_number_on_undo(window, demo_db, answers):
    page = _page(window)
    rows = list_releases(demo_db)
    drafts = [r for r in rows if r.status == "draft"]
    newest = max(rows, key=lambda r: r.number)
    first = add_release(demo_db, ReleaseInput(title=Bi("Өчүрүлөт", "Удаляется")))
    later = add_release(demo_db, ReleaseInput(title=Bi("Кийинки", "Следующий")))
    page.refresh()
    _select(page, first)
    answers.messages.append("yes")
    page.delete_selected()
    assert "Ctrl+Z" in answers.asked[-1].text
    assert get_release(demo_db, later).number == newest.number + 1
    window.undo_actions.undo()
    assert get_release(demo_db, first).number == newest.number + 1
    assert get_release(demo_db, later).number == newest.number + 2
    assert drafts  # the demo has a draft to show
    # An approved release cannot be deleted: the reason is shown, nothing changes.
    approved = list_releases(demo_db, ReleaseFilter(status="approved"))[0]
    _select(page, approved.id)
    answers.messages.extend(["yes", "ok"])
    page.delete_selected()
    assert get_release(demo_db, approved.id).status == "approved"
    answers.assert_all_used()
