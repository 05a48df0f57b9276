"""The Accounts section: secrets kept only in the keyring, shown and copied on demand."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from pressdesk.bilingual import Bi
from pressdesk.gui.accounts import page as accounts_page
from pressdesk.gui.accounts.editor import AccountEditDialog, SecretDialog
from pressdesk.gui.accounts.model import OWNER, AccountModel
from pressdesk.gui.accounts.page import AccountsSectionPage
from pressdesk.gui.inventory.transfer import ExportDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.services.accounts.records import AccountFilter, list_accounts, read_password
from pressdesk.storage.backup import backup_to
from tests.gui.conftest import ts_translation
from tests.unit.test_assets_security import scan

PASSWORD = "Gx4#Сыр-сөз-ҢҮӨ-5517!gui"
CODES = "RC-31337-ӨҮҢ RC-99120-QWXZ"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """Staff, equipment, accounts and archive of the demo, made once and copied for each test."""
    import random

    from pressdesk.runtime import Runtime
    from pressdesk.services.assets.demo import ASSETS_DEMO
    from pressdesk.services.demo import DEMO_PARTS

    cached = tmp_path_factory.getbasetemp() / "assets-demo" / "pressdesk.db"
    if cached.exists():
        return cached
    runtime = Runtime.create(str(cached.parent))
    db = runtime.open_db()
    rng = random.Random(2026)
    for part in (DEMO_PARTS[0], ASSETS_DEMO):
        part.fill(db, rng)
    db.close()
    return runtime.paths.database_file


@pytest.fixture
def adb(runtime, demo_file):
    shutil.copy2(demo_file, runtime.paths.database_file)
    db = runtime.open_db()
    yield db
    db.close()


def make_page(qtbot, runtime, adb) -> AccountsSectionPage:
    widget = AccountsSectionPage(SectionContext(runtime, adb))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def plant(qtbot, page, answers) -> None:
    """Add an account with a password and codes through the editor, as a user would."""

    def fill(dialog: AccountEditDialog) -> int:
        dialog.service.setCurrentIndex(dialog.service.findData("website_cms"))
        dialog.name.setValue(Bi("Сайттын админ панели", "Админ-панель сайта"))
        dialog.url.setText("agro.example.kg/admin")
        dialog.login.setText("press-gui")
        dialog.password.setText(PASSWORD)
        dialog.codes.setText(CODES)
        dialog.accept()
        return dialog.result()

    answers.dialogs.append(fill)
    page.add()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_page_opens_in_kyrgyz_and_russian(qtbot, ui_language, runtime, adb, lang):
    ui_language(lang)
    page = make_page(qtbot, runtime, adb)
    assert page.model.headerData(OWNER, Qt.Orientation.Horizontal) == ts_translation(
        lang, "AccountModel", "Owner"
    )
    assert page.show_action.text() == ts_translation(lang, "AccountsSectionPage", "Show password…")
    assert page.banner.isHidden()
    assert page.model.rowCount() == len(list_accounts(adb))


def test_model_passes_the_tester_and_marks_personal_accounts(qtbot, adb):
    model = AccountModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_rows(list_accounts(adb))
    personal = [i for i, r in enumerate(model.rows) if r.owner_type == "personal"]
    official = [i for i, r in enumerate(model.rows) if r.owner_type == "official"]
    assert personal and official
    background = Qt.ItemDataRole.BackgroundRole
    assert model.data(model.index(personal[0], OWNER), background) is not None
    assert model.data(model.index(official[0], OWNER), background) is None
    assert model.rows[personal[0]].owner_name in model.data(model.index(personal[0], OWNER))


def test_filter_narrows_the_list(qtbot, runtime, adb):
    page = make_page(qtbot, runtime, adb)
    page.owner.setCurrentIndex(page.owner.findData("personal"))
    assert page.model.rowCount() == len(list_accounts(adb, AccountFilter(owner_type="personal")))
    assert all(r.owner_type == "personal" for r in page.model.rows)


def test_password_planted_through_the_gui_is_nowhere_on_disk(
    qtbot, runtime, adb, answers, data_dir, tmp_path, memory_keyring
):
    page = make_page(qtbot, runtime, adb)
    plant(qtbot, page, answers)
    account = page.selected()
    assert account is not None and account.has_password and account.has_recovery_codes
    assert read_password(adb, account.id) == PASSWORD
    assert {PASSWORD, CODES} <= set(memory_keyring.store.values())

    # Show it, copy it from the dialog, and export the register in both formats.
    shown: list[str] = []

    def reveal(dialog: SecretDialog) -> int:
        shown.append(dialog.field.text())
        dialog.copy_requested.emit()
        dialog.accept()
        return dialog.result()

    answers.dialogs.append(reveal)
    page.show_password()
    assert shown == [PASSWORD]
    assert QGuiApplication.clipboard().text() == PASSWORD
    page.clear_clipboard()
    assert QGuiApplication.clipboard().text() == ""

    exports = tmp_path / "exports"
    exports.mkdir()
    for suffix in (".csv", ".xlsx"):

        def choose(chooser: ExportDialog, suffix=suffix) -> int:
            chooser.format.setCurrentIndex(chooser.format.findData(suffix))
            return QDialog.DialogCode.Accepted

        answers.dialogs.append(choose)
        answers.files.append(exports / f"accounts{suffix}")
        answers.messages.append("ok")
        page.export()
        qtbot.waitUntil(lambda: not page.transfers.runner.busy and not answers.messages)
    backup_to(adb, data_dir / "backups" / "after-gui.db")

    hits, files = scan([data_dir, exports], (PASSWORD, CODES))
    assert hits == []
    names = {p.name for p in files}
    assert {"pressdesk.db", "pressdesk.db-wal", "accounts.csv", "accounts.xlsx"} <= names
    assert "after-gui.db" in names
    assert "press-gui" in (exports / "accounts.csv").read_text(encoding="utf-8-sig")


def test_copied_password_leaves_the_clipboard_after_the_timeout(
    qtbot, runtime, adb, answers, monkeypatch
):
    monkeypatch.setattr(accounts_page, "CLIPBOARD_CLEAR_MS", 30)
    page = make_page(qtbot, runtime, adb)
    plant(qtbot, page, answers)
    clipboard = QGuiApplication.clipboard()
    page.copy_password()
    assert clipboard.text() == PASSWORD
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert page.status.text() == page.tr("The copied secret was removed from the clipboard.")

    # Something copied since is left alone.
    page.copy_password()
    clipboard.setText("a phone number copied later")
    qtbot.waitUntil(lambda: page._copied is None, timeout=2000)
    assert clipboard.text() == "a phone number copied later"


def test_without_a_secure_keyring_a_banner_shows_and_passwords_are_refused(
    qtbot, runtime, adb, answers
):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    page = make_page(qtbot, runtime, adb)
    assert page.banner.isVisibleTo(page)
    assert "Keyring" in page.banner.text()
    page.table.selectRow(0)
    assert not page.show_action.isEnabled() and not page.copy_action.isEnabled()
    before = len(list_accounts(adb))

    def force(dialog: AccountEditDialog) -> int:
        assert not dialog.password.isEnabled() and not dialog.codes.isEnabled()
        dialog.login.setText("no-store")
        dialog.password.setText(PASSWORD)
        dialog.accept()
        assert dialog.saved is None
        dialog.reject()
        return dialog.result()

    answers.dialogs.append(force)
    answers.messages.extend(["ok", "yes"])  # the refusal, then "discard the changes"
    page.add()
    assert answers.asked[0].kind == "error"
    assert PASSWORD not in answers.asked[0].text
    assert answers.asked[1].kind == "question"
    assert len(list_accounts(adb)) == before


def test_register_is_exported_as_a_document_marked_for_official_use(
    qtbot, runtime, adb, answers, tmp_path
):
    import docx
    from pypdf import PdfReader

    from pressdesk.settings import OFFICIAL_USE_MARK

    page = make_page(qtbot, runtime, adb)
    offered: list[list[str]] = []

    def choose(chooser: ExportDialog, suffix: str, mark: bool | None) -> int:
        offered.append([chooser.format.itemData(i) for i in range(chooser.format.count())])
        chooser.format.setCurrentIndex(chooser.format.findData(suffix))
        chooser.language.setCurrentIndex(chooser.language.findData("ru"))
        assert chooser.only_shown.isVisibleTo(chooser) == (mark is not None)
        if mark is not None:
            chooser.only_shown.setChecked(mark)
        return QDialog.DialogCode.Accepted

    def export(suffix: str, mark: bool | None) -> Path:
        target = tmp_path / f"register-{len(offered)}{suffix}"
        answers.dialogs.append(lambda chooser: choose(chooser, suffix, mark))
        answers.files.append(target)
        answers.messages.append("ok")
        page.export()
        qtbot.waitUntil(lambda: not page.transfers.runner.busy and not answers.messages)
        return target

    def pdf_text(path: Path) -> str:
        return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())

    marked = export(".pdf", True)
    assert set(offered[0]) == {".xlsx", ".csv", ".docx", ".pdf"}
    text = pdf_text(marked)
    assert "Реестр официальных аккаунтов" in text and "Для служебного пользования" in text
    assert "Двухфакторная аутентификация" in text
    plain = export(".pdf", False)
    assert "Для служебного пользования" not in pdf_text(plain)
    # With the setting on, every export is marked and the dialog does not ask.
    runtime.settings.set(OFFICIAL_USE_MARK, True)
    word = export(".docx", None)
    header = [p.text for s in docx.Document(str(word)).sections for p in s.header.paragraphs]
    header += [
        c.text
        for s in docx.Document(str(word)).sections
        for t in s.header.tables
        for r in t.rows
        for c in r.cells
    ]
    assert "Для служебного пользования" in " ".join(header)
