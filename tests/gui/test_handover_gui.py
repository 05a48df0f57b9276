"""The Handover section: the wizard previews the act, edits reach the files, issue and re-print."""

from __future__ import annotations

from pathlib import Path

from docx import Document as read_docx
from PySide6.QtCore import Qt

from pressdesk.gui.handover.page import HandoverSectionPage
from pressdesk.gui.handover.wizard import EDITED_SECTIONS
from pressdesk.gui.sections import SectionContext
from pressdesk.services.handover.acts import list_acts, sha256_of
from pressdesk.settings import HANDOVER_PLAN_DAYS, OFFICIAL_USE_MARK


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
    header = [p.text for s in doc.sections for p in s.header.paragraphs]
    text = "\n".join([p.text for p in doc.paragraphs] + cells + header)
    return text.replace("\u00ad", "").replace("\u200b", "")


def _type(edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setText(text)
    edit.textEdited.emit(text)


def test_wizard_edits_preview_issue_and_reprint(qtbot, runtime, demo_db, answers, tmp_path):
    page = _page(qtbot, runtime, demo_db)
    wizard = page.wizard
    assert wizard.draft is not None
    wizard.lang.setCurrentIndex(wizard.lang.findData("ru"))
    assert wizard.draft.lang == "ru"
    assert wizard.parties.place.text() == "г. Бишкек"
    _type(wizard.outgoing, "Жумабаева Айгүл Бекеновна")
    _type(wizard.incoming, "Осмонов Нурлан")
    _type(wizard.parties.chair, "Токтосунова Гүлнара Маратовна")
    wizard.parties.official_use.setChecked(True)
    wizard.refresh_preview()
    html = wizard.preview.toPlainText()
    assert "Акт приёма-передачи дел" in html and "Осмонов Нурлан" in html
    # The chair's post comes from the staff list.
    assert "Руководитель службы управления персоналом" in html
    assert "Для служебного пользования" in html and wizard.draft.official_use

    # Step 2: untick the first document, annotate the first equipment line.
    wizard.go_to(1)
    wizard.section_list.setCurrentRow(EDITED_SECTIONS.index("documents"))
    wizard.editor.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    wizard.section_list.setCurrentRow(EDITED_SECTIONS.index("equipment"))
    note_column = wizard.editor.table.columnCount() - 1
    wizard.editor.table.item(0, note_column).setText("трещина на экране")
    wizard.editor.add_line()
    wizard.editor.table.item(wizard.editor.table.rowCount() - 1, 0).setText("Штатив Benro")
    # The secrets option says what it would list, here that nothing is stored.
    wizard.section_list.setCurrentRow(EDITED_SECTIONS.index("accounts"))
    wizard.secrets_annex.setChecked(True)
    assert "No password or recovery code is stored" in wizard.secrets_status.text()
    # Step 3: remarks of the receiving party and the service ID card, as typed.
    wizard.go_to(2)
    wizard.remarks.setPlainText("Пароль от YouTube не подошёл")
    _type(wizard.id_card, "Служебное удостоверение сдано 03.12.2026.")
    wizard.refresh_preview()
    html = wizard.preview.toPlainText()
    assert "Положение о пресс-службе министерства" not in html
    assert "трещина на экране" in html and "Штатив Benro" in html
    assert "Пароль от YouTube не подошёл." in html
    assert "Служебное удостоверение сдано 03.12.2026." in html
    assert "не сохранено ни одного пароля" in html

    # Step 4: attach another file, issue DOCX and PDF with the contact base beside them.
    wizard.go_to(3)
    extra = tmp_path / "опись.pdf"
    extra.write_bytes(b"%PDF-1.4 list of files")
    answers.files.append(extra)
    wizard.options.choose_attachment()
    wizard.refresh_preview()
    assert "Приложение № 2. опись.pdf." in wizard.preview.toPlainText()
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
    assert f"SHA-256: {sha256_of(tmp_path / 'act-media-base.csv')}." in text
    assert f"SHA-256: {sha256_of(extra)}." in text
    assert "Для служебного пользования" in text
    assert "Г.М. Токтосунова" in text
    acts = list_acts(demo_db)
    assert len(acts) == 1 and acts[0].docx_sha256 == sha256_of(tmp_path / "act.docx")

    # The list shows it; a re-print is identical.
    panel = page.acts
    assert panel.model.rowCount() == 1
    assert panel.model.data(panel.model.index(0, 3)) == "Жумабаева Айгүл Бекеновна"
    answers.files.append(tmp_path / "copy.pdf")
    answers.messages.append("ok")
    panel.choose_and_reprint()
    qtbot.waitUntil(lambda: panel.last_reprint is not None, timeout=120_000)
    assert panel.last_reprint is not None and panel.last_reprint.matches is True
    assert sha256_of(tmp_path / "copy.pdf") == acts[0].pdf_sha256
    assert "identical" in answers.asked[-1].text
    answers.assert_all_used()


def test_settings_give_the_defaults_and_the_wizard_reads_again(qtbot, runtime, demo_db):
    runtime.settings.set(HANDOVER_PLAN_DAYS, 3)
    runtime.settings.set(OFFICIAL_USE_MARK, True)
    page = _page(qtbot, runtime, demo_db)
    wizard = page.wizard
    assert wizard.draft is not None
    assert wizard.parties.plan_days.value() == 3 and wizard.draft.plan_days == 3
    assert wizard.parties.official_use.isChecked() and wizard.draft.official_use
    short = len(wizard.draft.section("plan").lines)
    wizard.parties.plan_days.setValue(60)
    wizard.refresh_preview()
    assert len(wizard.draft.section("plan").lines) > short
    assert "(60 күн)" in wizard.preview.toPlainText()
    # Another outgoing person: the kit in the secretary's custody is no longer theirs to hand.
    handed = len(wizard.draft.section("equipment").lines)
    assert handed > 0
    _type(wizard.outgoing, "Петрова Елена Викторовна")
    wizard.refresh_preview()
    equipment = wizard.draft.section("equipment").lines
    assert [line.cells[1] for line in equipment] == ["ИН-0003"]
    wizard.go_to(1)
    wizard.section_list.setCurrentRow(EDITED_SECTIONS.index("equipment"))
    assert wizard.editor.table.rowCount() == 1


def test_correction_opens_the_wizard_on_the_earlier_act(qtbot, runtime, demo_db, tmp_path):
    from pressdesk.services.handover.acts import issue_act
    from pressdesk.services.handover.build import build_draft

    draft = build_draft(demo_db, lang="ky", outgoing="Асанова А.", incoming="Осмонов Н.")
    act = issue_act(demo_db, draft, [tmp_path / "a.docx"], export_format=None)
    page = _page(qtbot, runtime, demo_db)
    page.tabs.setCurrentIndex(1)  # the issued acts, read as the tab is first shown
    page.acts.view.selectRow(0)
    page.acts.correct_button.click()
    assert page.tabs.currentWidget() is page.wizard
    assert page.wizard.draft is not None and page.wizard.draft.replaces_id == act.id
    assert page.wizard.number.text() == "2"
    assert page.wizard.replaces.text()
    assert page.wizard.export_format.currentData() == ""
    page.wizard.refresh_preview()
    assert "№ 1 актынын ордуна" in page.wizard.preview.toPlainText()


def test_the_issued_acts_are_read_when_shown_and_again_when_one_is_issued(
    qtbot, runtime, demo_db, tmp_path
):
    from pressdesk.services.handover.acts import issue_act
    from pressdesk.services.handover.build import build_draft

    page = _page(qtbot, runtime, demo_db)
    assert page._acts.built is None  # nothing read before the tab is shown
    page.tabs.setCurrentIndex(1)
    assert page._acts.built is page.acts and page.acts.model.rowCount() == 0
    draft = build_draft(demo_db, lang="ky", outgoing="Асанова А.", incoming="Осмонов Н.")
    act = issue_act(demo_db, draft, [tmp_path / "a.docx"], export_format=None)
    page.wizard.act_issued.emit(act)
    assert page.acts.model.rowCount() == 1
