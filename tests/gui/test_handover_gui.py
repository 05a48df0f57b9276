"""The Handover section: the wizard previews the act, edits reach the files, issue and re-print."""

from __future__ import annotations

from pathlib import Path

from docx import Document as read_docx
from PySide6.QtCore import Qt

from pressdesk.gui.handover.page import HandoverSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.services.handover import list_acts, sha256_of


def _page(qtbot, runtime, db) -> HandoverSectionPage:  # type: ignore[no-untyped-def]
    page = HandoverSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    page.resize(1300, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _docx_text(path: Path) -> str:
    doc = read_docx(str(path))
    cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def test_wizard_edits_preview_issue_and_reprint(qtbot, runtime, demo_db, answers, tmp_path):
    page = _page(qtbot, runtime, demo_db)
    wizard = page.wizard
    assert wizard.draft is not None
    wizard.lang.setCurrentIndex(wizard.lang.findData("ru"))
    assert wizard.draft.lang == "ru"
    for edit, name in ((wizard.outgoing, "Асанова Айгүл"), (wizard.incoming, "Осмонов Нурлан")):
        edit.setText(name)
        edit.textEdited.emit(name)
    wizard.refresh_preview()
    html = wizard.preview.toHtml()
    assert "Акт приёма-передачи дел" in html and "Осмонов Нурлан" in html

    # Step 2: untick the first document, annotate the first equipment line.
    wizard.go_to(1)
    wizard.section_list.setCurrentRow(0)
    first = wizard.editor.table.item(0, 0)
    first.setCheckState(Qt.CheckState.Unchecked)
    wizard.section_list.setCurrentRow(1)
    note_column = wizard.editor.table.columnCount() - 1
    wizard.editor.table.item(0, note_column).setText("трещина на экране")
    wizard.editor.add_line()
    wizard.editor.table.item(wizard.editor.table.rowCount() - 1, 0).setText("Штатив Benro")
    # Step 3: remarks of the receiving party.
    wizard.go_to(2)
    wizard.remarks.setPlainText("Пароль от YouTube не подошёл")
    wizard.refresh_preview()
    html = wizard.preview.toPlainText()
    assert "положение о пресс-службе" not in html
    assert "трещина на экране" in html and "Штатив Benro" in html
    assert "Пароль от YouTube не подошёл." in html

    # Step 4: issue DOCX and PDF with the contact base beside them.
    wizard.go_to(3)
    answers.files.append(tmp_path / "act.docx")
    answers.messages.append("ok")
    with qtbot.waitSignal(wizard.act_issued, timeout=120_000):
        wizard.choose_and_issue()
    qtbot.waitUntil(lambda: not answers.messages, timeout=10_000)
    for name in ("act.docx", "act.pdf", "act-media-base.csv"):
        assert (tmp_path / name).exists()
    text = _docx_text(tmp_path / "act.docx")
    assert "трещина на экране" in text and "Штатив Benro" in text
    assert "Пароль от YouTube не подошёл." in text
    acts = list_acts(demo_db)
    assert len(acts) == 1 and acts[0].docx_sha256 == sha256_of(tmp_path / "act.docx")

    # The list shows it; a re-print is identical.
    panel = page.acts
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 3)) == "Асанова Айгүл"
    answers.files.append(tmp_path / "copy.pdf")
    answers.messages.append("ok")
    panel.choose_and_reprint()
    qtbot.waitUntil(lambda: panel.last_reprint is not None, timeout=120_000)
    assert panel.last_reprint is not None and panel.last_reprint.matches is True
    assert sha256_of(tmp_path / "copy.pdf") == acts[0].pdf_sha256
    assert "identical" in answers.asked[-1].text
    answers.assert_all_used()


def test_correction_opens_the_wizard_on_the_earlier_act(qtbot, runtime, demo_db, tmp_path):
    from pressdesk.services.handover import issue_act
    from pressdesk.services.handover_build import build_draft

    draft = build_draft(demo_db, lang="ky", outgoing="Асанова А.", incoming="Осмонов Н.")
    act = issue_act(demo_db, draft, [tmp_path / "a.docx"], export_format=None)
    page = _page(qtbot, runtime, demo_db)
    page.acts.reload()
    page.tabs.setCurrentWidget(page.acts)
    page.acts.view.selectRow(0)
    page.acts.correct_button.click()
    assert page.tabs.currentWidget() is page.wizard
    assert page.wizard.draft is not None and page.wizard.draft.replaces_id == act.id
    assert page.wizard.number.text() == "2"
    assert page.wizard.replaces.text()
    page.wizard.refresh_preview()
    assert "№ 1 актынын ордуна" in page.wizard.preview.toPlainText()
