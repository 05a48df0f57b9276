"""Equipment, accounts, archive and staff in two languages on screen: the editors keep both
values, and a document lacking a text in its language asks for it before it is written."""

from __future__ import annotations

from dataclasses import replace

import docx
from PySide6.QtWidgets import QDialog

from pressdesk.bilingual import Bi
from pressdesk.gui.accounts.editor import AccountEditDialog
from pressdesk.gui.handover.page import HandoverSectionPage
from pressdesk.gui.inventory.page import InventorySectionPage
from pressdesk.gui.inventory.transfer import ExportDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.settings.staff_page import StaffEditDialog
from pressdesk.gui.widgets.preflight import MissingTextsDialog
from pressdesk.services.accounts.records import AccountRow, get_account
from pressdesk.services.inventory.items import find_item, save_item
from pressdesk.services.preflight import find_missing
from pressdesk.services.staff import StaffRow, get_staff, list_staff, save_staff


def test_staff_editor_keeps_position_and_unit_in_both_languages(qtbot, db):
    dialog = StaffEditDialog(db, StaffRow(""))
    qtbot.addWidget(dialog)
    dialog.edits["full_name"].setText("Исаков Эрлан Дөөлөтович")
    dialog.position.setValue(Bi("Башкы адис", "Главный специалист"))
    dialog.unit.setValue(Bi("Маалыматтык технологиялар бөлүмү", ""))
    assert dialog.unit.missing("ru")
    dialog.unit.editor("ru").setText("Отдел информационных технологий")
    dialog.accept()
    assert dialog.saved is not None
    stored = get_staff(db, dialog.saved.id)
    assert stored.positions == Bi("Башкы адис", "Главный специалист")
    assert stored.unit == Bi("Маалыматтык технологиялар бөлүмү", "Отдел информационных технологий")
    again = StaffEditDialog(db, stored)
    qtbot.addWidget(again)
    assert again.unit.value() == stored.unit and again.position.value() == stored.positions


def test_account_editor_keeps_name_two_factor_and_recovery_place(qtbot, db):
    dialog = AccountEditDialog(db, AccountRow(service="facebook", login=""))
    qtbot.addWidget(dialog)
    dialog.login.setText("press@example.org")
    dialog.name.setValue(Bi("Министрликтин баракчасы", "Страница министерства"))
    dialog.two_factor.setValue(Bi("Кызматтык смартфонго SMS", "SMS на служебный смартфон"))
    dialog.recovery_location.setValue(
        Bi("Сейф, 214-кабинет, №3 конверт", "Сейф, кабинет 214, конверт №3")
    )
    dialog.accept()
    assert dialog.saved is not None
    stored = get_account(db, dialog.saved.id or 0)
    assert stored.name == Bi("Министрликтин баракчасы", "Страница министерства")
    assert stored.two_factor_method.ru == "SMS на служебный смартфон"
    assert stored.recovery_location.ky == "Сейф, 214-кабинет, №3 конверт"
    again = AccountEditDialog(db, stored)
    qtbot.addWidget(again)
    assert again.recovery_location.value() == stored.recovery_location


def test_a_document_export_asks_for_the_missing_texts_first(
    qtbot, runtime, demo_db, answers, tmp_path
):
    item = find_item(demo_db, "ИН-0003")
    current = find_item(demo_db, "ИН-0003")
    save_item(demo_db, replace(current, name=Bi(current.name.ky, "")))
    page = InventorySectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(page)

    def choose_docx(chooser: ExportDialog) -> int:
        chooser.format.setCurrentIndex(chooser.format.findData(".docx"))
        chooser.language.setCurrentIndex(chooser.language.findData("ru"))
        chooser.only_shown.setChecked(False)
        return QDialog.DialogCode.Accepted

    def fill(dialog: MissingTextsDialog) -> int:
        assert isinstance(dialog, MissingTextsDialog)
        [key] = dialog.editors
        assert key == ("equipment", item.id, "name")
        dialog.editors[key].setText("Компьютер переводчика")
        dialog.save_button.click()
        return dialog.result()

    answers.dialogs += [choose_docx, fill]
    answers.files.append(tmp_path / "inventory.docx")
    answers.messages.append("ok")
    page.export()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30000)
    assert find_item(demo_db, "ИН-0003").name.ru == "Компьютер переводчика"
    document = docx.Document(str(tmp_path / "inventory.docx"))
    cells = {cell.text for table in document.tables for row in table.rows for cell in row.cells}
    assert any(text.startswith("Компьютер переводчика") for text in cells)

    # Going back writes nothing.
    current = find_item(demo_db, "ИН-0003")
    save_item(demo_db, replace(current, name=Bi(current.name.ky, "")))
    answers.dialogs += [choose_docx, lambda dialog: dialog.reject() or dialog.result()]
    page.export()  # no file is asked for: the answers list would run dry
    answers.assert_all_used()


def test_the_act_asks_for_a_missing_unit_and_reads_that_line_again(
    qtbot, runtime, demo_db, answers, tmp_path
):
    it = next(m for m in list_staff(demo_db) if m.full_name.startswith("Исаков"))
    save_staff(demo_db, replace(it, unit=Bi(it.unit.ky, "")))
    page = HandoverSectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(page)
    wizard = page.wizard
    wizard.ensure_draft()
    wizard.lang.setCurrentIndex(wizard.lang.findData("ru"))
    assert wizard.draft is not None
    heading = "Исаков Эрлан Дөөлөтович (Главный специалист)"
    assert heading in {line.group for line in wizard.draft.section("equipment_other").lines}

    def fill(dialog: MissingTextsDialog) -> int:
        [key] = dialog.editors
        assert key == ("staff", it.id, "unit")
        dialog.editors[key].setText("Отдел информационных технологий")
        dialog.save_button.click()
        return dialog.result()

    answers.dialogs.append(fill)
    assert wizard.confirm_texts()
    groups = {line.group for line in wizard.draft.section("equipment_other").lines}
    assert "Исаков Эрлан Дөөлөтович (Главный специалист, Отдел информационных технологий)" in (
        groups
    )
    assert "Отдел информационных технологий" in wizard.preview.toPlainText()
    assert find_missing(demo_db, [], "ru") == []
    answers.assert_all_used()
