"""The settings dialog: organisation profile, staff and preferences are saved, nothing is lost."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from pressdesk.gui.settings.dialog import SettingsDialog
from pressdesk.gui.settings.preferences_page import PreferencesPage
from pressdesk.gui.settings.staff_page import StaffEditDialog, StaffPage
from pressdesk.services.profile import get_profile
from pressdesk.services.staff import StaffRow, list_staff, save_staff
from pressdesk.settings import (
    APPROVAL_WAIT_DAYS,
    INQUIRY_TERM_DAYS,
    INQUIRY_TERM_WORKING,
    PDF_FONT,
    STALE_MONTHS,
    UI_LANGUAGE,
)


def _click(dialog, which: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(which).click()


OK = QDialogButtonBox.StandardButton.Ok
CANCEL = QDialogButtonBox.StandardButton.Cancel
SAVE = QDialogButtonBox.StandardButton.Save


def _png(path: Path, size: int = 32) -> Path:
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f5b86"))
    assert image.save(str(path), "PNG")
    return path


def test_profile_edited_in_the_dialog_is_saved(window, answers, demo_db, tmp_path):
    logo = _png(tmp_path / "emblem.png")

    def edit(dialog: SettingsDialog) -> int:
        page = dialog.profile_page
        assert dialog.tabs.currentWidget() is page
        page.edits["name_ky"].setText("Жаңы аталыш")
        page.edits["head_title_ru"].setText("Директор")
        page.doc_lang.setCurrentIndex(page.doc_lang.findData("ru"))
        answers.files.append(logo)
        page.choose_logo_button.click()
        assert not page.logo_preview.pixmap().isNull()
        _click(dialog, OK)
        return dialog.result()

    answers.dialogs.append(edit)
    window.action_profile.trigger()

    saved = get_profile(demo_db)
    assert saved.name_ky == "Жаңы аталыш"
    assert saved.head_title_ru == "Директор"
    assert saved.default_doc_lang == "ru"
    assert saved.logo == logo.read_bytes()
    assert saved.logo_mime == "image/png"
    # The Settings page shows the new name at once.
    window.show_section("settings")
    texts = [label.text() for label in window.page("settings").findChildren(QLabel)]
    assert "Жаңы аталыш" in texts


def test_a_refused_profile_keeps_the_dialog_and_the_input(qtbot, runtime, answers, demo_db):
    dialog = SettingsDialog(runtime, demo_db, "preferences")
    qtbot.addWidget(dialog)
    page = dialog.profile_page
    page.edits["email"].setText("not an address")
    page.edits["phone"].setText("+996 555 000 111")
    answers.messages.append("ok")
    _click(dialog, OK)

    (warning,) = answers.asked
    assert warning.kind == "warning"
    assert "e-mail" in warning.text
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is page
    assert page.edits["email"].text() == "not an address"
    assert page.edits["phone"].text() == "+996 555 000 111"
    assert get_profile(demo_db).phone != "+996 555 000 111"

    page.edits["email"].setText("press@example.kg")
    _click(dialog, OK)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert get_profile(demo_db).phone == "+996 555 000 111"


def test_cancel_with_changes_asks_first(qtbot, runtime, answers, demo_db):
    dialog = SettingsDialog(runtime, demo_db)
    qtbot.addWidget(dialog)
    finished = []
    dialog.finished.connect(finished.append)
    dialog.profile_page.edits["website"].setText("https://changed.example.kg")
    answers.messages.append("no")
    _click(dialog, CANCEL)
    assert finished == []
    assert dialog.profile_page.edits["website"].text() == "https://changed.example.kg"
    answers.messages.append("yes")
    _click(dialog, CANCEL)
    assert finished == [SettingsDialog.DialogCode.Rejected.value]
    assert get_profile(demo_db).website != "https://changed.example.kg"
    assert len(answers.asked) == 2


def test_logo_too_large_or_not_an_image_is_refused(qtbot, runtime, answers, demo_db, tmp_path):
    dialog = SettingsDialog(runtime, demo_db)
    qtbot.addWidget(dialog)
    page = dialog.profile_page
    before = page.profile().logo
    big = tmp_path / "huge.png"
    big.write_bytes(b"\x89PNG" + b"0" * 2_100_000)
    text = tmp_path / "logo.txt"
    text.write_text("no", encoding="utf-8")
    fake = tmp_path / "fake.png"
    fake.write_bytes(b"not really a png")
    for path in (big, text, fake):
        answers.messages.append("ok")
        assert page.set_logo_file(path) is False
    assert [m.kind for m in answers.asked] == ["warning"] * 3
    assert page.profile().logo == before
    page.clear_logo()
    assert page.profile().logo is None
    assert page.logo_preview.text()


def test_preferences_are_saved(qtbot, runtime, answers, demo_db):
    dialog = SettingsDialog(runtime, demo_db, "preferences")
    qtbot.addWidget(dialog)
    prefs = dialog.preferences_page
    assert dialog.tabs.currentWidget() is prefs
    prefs.language.setCurrentIndex(prefs.language.findData("ky"))
    prefs.font_path.setText("  /fonts/DejaVuSans.ttf ")
    prefs.stale_months.setValue(9)
    prefs.approval_days.setValue(5)
    answers.messages.append("ok")  # the language is used after a restart
    _click(dialog, OK)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    settings = runtime.settings
    assert settings.get(UI_LANGUAGE) == "ky"
    assert settings.get(PDF_FONT) == "/fonts/DejaVuSans.ttf"
    assert settings.get(STALE_MONTHS) == 9
    assert settings.get(APPROVAL_WAIT_DAYS) == 5
    assert answers.asked[0].kind == "info"


def test_font_check_reports_the_font_found(qtbot, runtime, monkeypatch, tmp_path):
    fonts = pytest.importorskip("pressdesk.documents.fonts")
    regular = tmp_path / "Good.ttf"
    monkeypatch.setattr(
        fonts, "find_font", lambda explicit=None, search=None: fonts.FontSet("Good Sans", regular)
    )
    page = PreferencesPage(runtime.settings)
    qtbot.addWidget(page)
    page.font_path.setText(str(regular))
    page.check_button.click()
    assert "Good Sans" in page.font_result.text()
    assert str(regular) in page.font_result.text()

    page.font_path.setText(str(tmp_path / "Other.ttf"))
    page.check_button.click()
    assert "Good Sans" in page.font_result.text()
    assert "cannot be used" in page.font_result.text()

    def missing(explicit=None, search=None):
        raise fonts.FontNotFoundError("Install DejaVu Sans")

    monkeypatch.setattr(fonts, "find_font", missing)
    page.check_button.click()
    assert "Install DejaVu Sans" in page.font_result.text()


def test_font_check_without_the_fonts_module(qtbot, runtime, monkeypatch):
    monkeypatch.setitem(sys.modules, "pressdesk.documents.fonts", None)
    page = PreferencesPage(runtime.settings)
    qtbot.addWidget(page)
    page.check_button.click()
    assert "not available" in page.font_result.text()


def test_the_legal_term_of_written_requests_is_a_preference(qtbot, runtime):
    page = PreferencesPage(runtime.settings)
    qtbot.addWidget(page)
    assert page.term_days.value() == 14
    assert page.term_kind.currentData() is False
    assert not page.is_modified()

    page.term_days.setValue(10)
    page.term_kind.setCurrentIndex(page.term_kind.findData(True))
    assert page.is_modified()
    page.save()
    assert runtime.settings.get(INQUIRY_TERM_DAYS) == 10
    assert runtime.settings.get(INQUIRY_TERM_WORKING) is True

    again = PreferencesPage(runtime.settings)
    qtbot.addWidget(again)
    assert (again.term_days.value(), again.term_kind.currentData()) == (10, True)
    assert not again.is_modified()


# --- staff --------------------------------------------------------------------------------------


@pytest.fixture
def staff_page(qtbot, demo_db):
    page = StaffPage(demo_db)
    qtbot.addWidget(page)
    return page


def _fill(dialog: StaffEditDialog, **values: str) -> None:
    for name, value in values.items():
        dialog.edits[name].setText(value)


def test_staff_add_edit_and_delete(staff_page, answers, demo_db):
    changes = []
    staff_page.changed.connect(lambda: changes.append(1))
    count = staff_page.model.rowCount()

    def add(dialog: StaffEditDialog) -> int:
        _fill(dialog, full_name="  Үсөнова   Нургүл ", position_ky="Адис", phone="+996 700 1")
        dialog.signatory.setChecked(True)
        _click(dialog, SAVE)
        return dialog.result()

    answers.dialogs.append(add)
    staff_page.add_button.click()
    assert staff_page.model.rowCount() == count + 1
    added = staff_page.selected()
    assert added is not None and added.full_name == "Үсөнова Нургүл"
    assert added.is_signatory

    def edit(dialog: StaffEditDialog) -> int:
        assert dialog.edits["full_name"].text() == "Үсөнова Нургүл"
        _fill(dialog, phone="+996 700 2")
        dialog.active.setChecked(False)
        _click(dialog, SAVE)
        return dialog.result()

    answers.dialogs.append(edit)
    staff_page.edit_button.click()
    stored = next(r for r in list_staff(demo_db) if r.id == added.id)
    assert stored.phone == "+996 700 2"
    assert not stored.active

    answers.messages.append("yes")
    staff_page.delete_button.click()
    assert added.id not in [r.id for r in list_staff(demo_db)]
    assert staff_page.model.rowCount() == count
    assert len(changes) == 3


def test_staff_with_an_empty_name_is_refused_and_the_form_kept(staff_page, answers, demo_db):
    count = len(list_staff(demo_db))

    def add(dialog: StaffEditDialog) -> int:
        _fill(dialog, full_name="   ", unit_ky="Басма сөз кызматы")
        answers.messages.append("ok")
        _click(dialog, SAVE)
        assert dialog.result() != StaffEditDialog.DialogCode.Accepted
        assert dialog.edits["unit_ky"].text() == "Басма сөз кызматы"
        return dialog.result()

    answers.dialogs.append(add)
    staff_page.add_button.click()
    assert answers.asked[0].kind == "warning"
    assert len(list_staff(demo_db)) == count


def test_staff_delete_declined_keeps_the_person(staff_page, answers, demo_db):
    staff_page.table.selectRow(0)
    person = staff_page.selected()
    answers.messages.append("no")
    staff_page.delete_button.click()
    assert person in list_staff(demo_db)


def test_staff_search_and_active_filter(qtbot, staff_page, demo_db):
    save_staff(demo_db, StaffRow("Former Person", active=False))
    staff_page.reload()
    everyone = staff_page.model.rowCount()
    staff_page.active_only.setChecked(True)
    assert staff_page.model.rowCount() == everyone - 1
    staff_page.active_only.setChecked(False)
    target = list_staff(demo_db)[0].full_name
    staff_page.search.setText(target.split()[0].upper())
    qtbot.waitUntil(lambda: staff_page.model.rowCount() < everyone, timeout=2000)
    names = [staff_page.model.row_at(r).full_name for r in range(staff_page.model.rowCount())]
    assert target in names


def test_ticking_a_checkbox_saves_the_staff_member(staff_page, demo_db):
    from pressdesk.gui.models.staff_model import SIGNATORY

    model = staff_page.model
    row = next(r for r in range(model.rowCount()) if not model.row_at(r).is_signatory)
    person = model.row_at(row)
    index = model.index(row, SIGNATORY)
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    stored = next(r for r in list_staff(demo_db) if r.id == person.id)
    assert stored == replace(person, is_signatory=True)


def test_a_refused_tick_is_undone(staff_page, answers, demo_db):
    from pressdesk.gui.models.staff_model import ACTIVE
    from pressdesk.services.staff import delete_staff

    model = staff_page.model
    person = model.row_at(0)
    delete_staff(demo_db, person.id)  # gone behind the page's back
    answers.messages.append("ok")
    model.setData(
        model.index(0, ACTIVE), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert answers.asked[0].kind == "warning"
    assert model.row_at(0) == person


def test_cancelling_a_changed_staff_member_asks_first(qtbot, answers, demo_db):
    member = list_staff(demo_db)[0]
    dialog = StaffEditDialog(demo_db, member)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing changed: no question
    assert answers.asked == [] and not dialog.isVisible()
    dialog.show()
    _fill(dialog, phone="+996 700 9")
    answers.messages.append("no")  # keep editing
    dialog.reject()
    assert dialog.isVisible() and answers.asked[-1].kind == "question"
    assert dialog.edits["phone"].text() == "+996 700 9"
    answers.messages.append("yes")  # throw the change away
    dialog.reject()
    assert not dialog.isVisible()
    assert list_staff(demo_db)[0].phone == member.phone
