"""Failures of files, disks, the password store and doubtful contact details read in Kyrgyz and
Russian: no English sentence of PressDesk's own in a message box, its details included.

Each path is triggered as a user meets it (a file chosen for import, a disk that refuses the
export or the backup, a password store that fails, a phone number that is not one) and the
message box it shows is read. The main text must hold no English word at all; the details may
hold only what the system or a library reported (``[Errno 28] No space left on device``,
``KeyringError: …``), under a translated label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring.errors
import pytest
from PySide6.QtWidgets import QWidget

from pressdesk import secrets
from pressdesk.documents import fonts
from pressdesk.documents.fonts import FontNotFoundError
from pressdesk.exchange.errors import TableFormatError
from pressdesk.exchange.tabular import stream_table
from pressdesk.gui import database_ops
from pressdesk.gui.accounts import page as accounts_page
from pressdesk.gui.accounts.page import AccountsSectionPage
from pressdesk.gui.contacts.import_wizard import ImportWizard
from pressdesk.gui.contacts.person_editor import PersonEditor
from pressdesk.gui.details import technical_details
from pressdesk.gui.dialogs import Message
from pressdesk.gui.handover.jobs import Job as HandoverJob
from pressdesk.gui.handover.wizard import failure_text as handover_failure_text
from pressdesk.gui.handover.wizard import shown_details
from pressdesk.gui.inventory.page import InventorySectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.settings.preferences_page import PreferencesPage
from pressdesk.gui.status_labels import BackupLabel
from pressdesk.gui.welcome import demo as welcome_demo
from pressdesk.gui.widgets.export import FileWriter
from pressdesk.services.handover.draft import HandoverError
from pressdesk.settings import BACKUP_SECOND_FOLDER
from tests.gui.test_accounts_gui import adb, demo_file  # noqa: F401  (fixtures)
from tests.gui.test_languages_dialogs import english

LANGUAGES = ["ky", "ru"]
# What the system or a library reports: "[Errno 13] Permission denied: '/x'", "BadZipFile: …".
SYSTEM_LINE = re.compile(r"\[Errno \d+\][^\n]*|[A-Z][A-Za-z]*(?:\.[A-Za-z]+)*(?:: [^\n]*)?")


def ours_in_details(details: str) -> list[str]:
    """Return the English words of the details that are not the system's or a library's.

    The first line is the label PressDesk puts over the system's words; it must be translated.
    Every other line must be one the system or a library wrote.
    """
    if not details:
        return []
    label, _, rest = details.partition("\n")
    found = english(label)
    for line in rest.splitlines():
        if not SYSTEM_LINE.fullmatch(line):
            found.extend(english(line))
    return found


def check(message: Message) -> None:
    """Assert ``message`` has no English of ours in its title, text, buttons or details."""
    shown = [message.title, message.text, *(label for _key, label in message.buttons)]
    # The password store is named as the system names it ("SecretService Keyring").
    shown = [text.replace(secrets.backend_name(), "") for text in shown]
    assert not english("\n".join(shown)), (message.text, english("\n".join(shown)))
    assert not ours_in_details(message.details), message.details


@pytest.fixture(params=LANGUAGES)
def lang(request, ui_language) -> str:  # type: ignore[no-untyped-def]
    ui_language(request.param)
    return str(request.param)


# --- import files that cannot be read ---------------------------------------------------------


def _files(folder: Path) -> dict[str, Path]:
    """An empty file, a folder, a file that may not be read, one in an unknown encoding."""
    empty = folder / "бош.csv"
    empty.write_bytes(b"")
    a_folder = folder / "папка.csv"
    a_folder.mkdir()
    locked = folder / "жабык.csv"
    locked.write_text("ФИО;Телефон\nАсанов Бакыт;0555 123 456\n", encoding="utf-8")
    unknown = folder / "белгисиз.csv"
    unknown.write_bytes(bytes(range(0x80, 0x100)) * 8 + b"\n" + bytes(range(0x80, 0xC0)) * 4)
    return {"empty": empty, "folder": a_folder, "locked": locked, "unknown": unknown}


@pytest.fixture
def hard_files(tmp_path, monkeypatch) -> Iterator[dict[str, Path]]:
    """The four files; the locked one refuses to be read, as without the right to read it."""
    files = _files(tmp_path)
    locked = files["locked"]
    real_read = Path.read_bytes

    def read_bytes(path: Path) -> bytes:
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_read(path)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    yield files


@pytest.mark.parametrize("case", ["empty", "folder", "locked", "unknown"])
def test_the_contacts_import_says_why_a_file_cannot_be_read(
    qtbot, lang, runtime, demo_db, answers, hard_files, case
):
    wizard = ImportWizard(demo_db, runtime.paths.data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    path = hard_files[case]
    wizard.set_file(path)
    answers.messages.append("ok")
    wizard.next()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    (message,) = answers.asked
    check(message)
    assert path.name in message.text
    assert wizard.stack.currentIndex() == 0
    if case == "locked":
        assert "[Errno 13] Permission denied" in message.details


@pytest.mark.parametrize("case", ["empty", "folder", "locked", "unknown"])
def test_the_equipment_import_says_why_a_file_cannot_be_read(
    qtbot, lang, runtime, demo_db, answers, hard_files, case
):
    page = InventorySectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(page)
    page.show()
    path = hard_files[case]
    answers.files.append(path)
    answers.messages.append("ok")
    page.import_records()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    qtbot.waitUntil(lambda: not page.transfers.runner.busy, timeout=20000)
    (message,) = answers.asked
    assert message.kind == "error"
    check(message)
    assert path.name in message.text


# --- a disk that refuses a file -----------------------------------------------------------


def _full_disk(_path: Path) -> object:
    raise OSError(28, "No space left on device")


def test_an_export_on_a_full_disk(qtbot, lang, answers, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    writer = FileWriter(parent, "Экспорт")
    answers.messages.append("ok")
    with qtbot.waitSignal(writer.done, timeout=20000) as ended:
        writer.start([(_full_disk, tmp_path / "тизме.xlsx")])
    assert ended.args == [False]
    (message,) = answers.asked
    check(message)
    assert "[Errno 28] No space left on device" in message.details
    assert list(tmp_path.iterdir()) == []


def test_a_backup_into_a_folder_that_is_a_file(qtbot, lang, runtime, demo_db, answers, tmp_path):
    blocker = tmp_path / "файл"
    blocker.write_text("", encoding="utf-8")
    answers.files.append(blocker / "көчүрмө.db")
    answers.messages.append("ok")
    assert database_ops.backup_interactively(None, runtime, demo_db) is None
    (message,) = answers.asked
    check(message)
    assert "[Errno" in message.details


def test_a_demo_that_cannot_be_written(qtbot, lang, runtime, answers, monkeypatch):
    def broken(database, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(welcome_demo, "fill_demo", broken)
    answers.messages.append("ok")
    assert welcome_demo.open_demo(None, runtime) is None
    (message,) = answers.asked
    check(message)
    assert "No space left on device" in message.details


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        (OSError(28, "No space left on device"), "disk"),
        (RuntimeError("bug"), "unexpected"),
        (HandoverError("handover.no_act", id=7), "handover"),
    ],
)
def test_a_handover_act_that_cannot_be_written(qtbot, lang, failure, kind):
    def work(_step: Callable[[str], None]) -> object:
        raise failure

    job = HandoverJob(work)
    reported: list[tuple[str, str]] = []
    job.signals.failed.connect(lambda k, d: reported.append((k, d)))
    job.run()
    ((got, details),) = reported
    assert got == kind
    text = handover_failure_text(got, details)
    assert text and not english(text)
    shown = shown_details(got, details)
    assert not ours_in_details(shown)
    assert shown != text  # a refusal is said once, not repeated under the details


# --- the password store -----------------------------------------------------------------------


def test_a_password_store_that_fails(qtbot, lang, runtime, adb, answers, monkeypatch):  # noqa: F811
    def locked(_db: object, _id: int) -> str:
        try:
            raise keyring.errors.KeyringLocked("Collection is locked")
        except keyring.errors.KeyringError as exc:
            raise secrets.SecretStoreError(f"The password store could not be read: {exc}") from exc

    monkeypatch.setattr(accounts_page, "read_password", locked)
    page = AccountsSectionPage(SectionContext(runtime, adb))
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    assert page.selected() is not None
    answers.messages.append("ok")
    page.copy_password()
    (message,) = answers.asked
    check(message)
    assert "KeyringLocked: Collection is locked" in message.details
    assert "could not be read" not in message.details


# --- a contact saved with a doubtful phone number and e-mail address --------------------------


def test_doubtful_phones_and_addresses_are_listed_in_the_interface_language(
    qtbot, lang, demo_db, answers
):
    editor = PersonEditor(demo_db)
    qtbot.addWidget(editor)
    editor.name.setText("Тестова Үмүт")
    editor.phones.add_row("12-34", "work")
    editor.phones.add_row("телефон жок", "mobile")
    editor.emails.add_row("umut@@example")
    answers.messages.append("ok")
    assert editor.save() is False
    (message,) = answers.asked
    check(message)
    # Each value worded in the interface's language; the library's reason is left out.
    lines = message.details.splitlines()
    assert len(lines) == 3
    assert all(line.startswith("Тестова Үмүт: ") for line in lines)
    assert not english(message.details)
    assert "'12-34'" in lines[0] and "'umut@@example'" in lines[2]


def test_technical_details_keep_the_system_words_and_drop_ours(tmp_path):
    missing = tmp_path / "жок.csv"
    with pytest.raises(TableFormatError) as refused:
        stream_table(missing, [])
    details = technical_details(refused.value)
    assert "Cannot read" not in details  # the importer's own sentence
    assert f"[Errno 2] No such file or directory: {missing}" in details
    assert technical_details(None) == ""


# --- the automatic backup and the PDF font check ------------------------------------------


def test_an_automatic_backup_whose_second_folder_fails(qtbot, lang, runtime, db, answers, tmp_path):
    blocker = tmp_path / "флешка"
    blocker.write_text("", encoding="utf-8")  # a file where the second folder should be
    runtime.settings.set(BACKUP_SECOND_FOLDER, str(blocker))
    parent = QWidget()
    qtbot.addWidget(parent)
    label = BackupLabel(parent)
    answers.messages.append("ok")
    label.run_scheduled(runtime, db, parent)
    label.wait()
    (message,) = answers.asked
    check(message)
    assert str(blocker) in message.text
    assert len(list(runtime.paths.backup_dir.glob("pressdesk-auto-*.db"))) == 1


def test_the_font_check_says_no_font_was_found(qtbot, lang, runtime, monkeypatch):
    def no_font(_chosen: object = None) -> object:
        raise FontNotFoundError("No suitable TrueType font found in the system font folders.")

    monkeypatch.setattr(fonts, "find_font", no_font)
    page = PreferencesPage(runtime.settings)
    qtbot.addWidget(page)
    page.check_font()
    text = page.font_result.text()
    assert "ң, ө" in text
    assert not english(text.replace("DejaVu Sans", "")), text  # a font known by its name


# --- the remarks of a contact import: rows refused, values kept in the notes -------------------

CONTACT_DATA = Path(__file__).resolve().parents[1] / "data" / "contacts"


def _of_ours(text: str, source: str) -> list[str]:
    """Return the English words of ``text`` that are not copied from the file ``source``."""
    # A name made from an address ("Desk News" from desk.news@…) is the file's too.
    from_file = {word.casefold() for word in re.findall(r"[A-Za-z]+", source)}
    return [word for word in english(text) if word.casefold() not in from_file]


def test_the_remarks_of_a_vcard_import_are_worded_in_the_interface_language(
    qtbot, lang, runtime, db, answers
):
    path = CONTACT_DATA / "odd_values.vcf"
    wizard = ImportWizard(db, runtime.paths.data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    wizard.next()  # a vCard goes straight to the check
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20000)
    answers.messages.append("ok")
    wizard.next()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    (message,) = answers.asked
    assert not english(message.text)
    source = path.read_text(encoding="utf-8")
    remarks = message.details.splitlines()
    assert len(remarks) >= 6
    assert not _of_ours(message.details, source), message.details


def test_the_rows_a_contact_import_refuses_are_explained_in_the_interface_language(
    qtbot, lang, runtime, db, answers, tmp_path
):
    path = tmp_path / "тизме.csv"
    path.write_text(
        "ФИО;Телефон;Тип;Не беспокоить\n"
        "Асанов Бакыт;0555 123 456;маршал;может быть\n"
        "Орозова Айгүл;0555 654 321;;да\n",
        encoding="utf-8",
    )
    wizard = ImportWizard(db, runtime.paths.data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(path)
    wizard.next()  # the columns
    wizard.next()  # the check
    qtbot.waitUntil(lambda: wizard.report is not None, timeout=20000)
    table = wizard.rejected_table
    assert table.rowCount() == 1
    reasons = table.item(0, 2).text()
    assert "'маршал'" in reasons and "'может быть'" in reasons
    assert not english(reasons), reasons


# --- a calendar file brought into the plan: parts left out, a file refused ---------------------

CALENDARS = Path(__file__).resolve().parents[1] / "data" / "calendars"


def _import_calendar(qtbot, runtime, db, answers, path: Path) -> Message:  # type: ignore[no-untyped-def]
    from pressdesk.gui.plan.page import PlanSectionPage

    page = PlanSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    page.show()
    answers.files.append(path)
    answers.messages.append("ok")
    page.import_calendar()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    assert page.calendar_import is not None
    qtbot.waitUntil(lambda: not page.calendar_import.runner.running, timeout=20000)
    (message,) = answers.asked
    return message


def test_the_parts_a_calendar_import_leaves_out_are_explained_in_the_interface_language(
    qtbot, lang, runtime, db, answers
):
    path = CALENDARS / "broken_parts.ics"
    message = _import_calendar(qtbot, runtime, db, answers, path)
    assert message.kind == "warning"
    assert not english(message.title + "\n" + message.text), message.text
    source = path.read_text(encoding="utf-8")
    lines = message.details.splitlines()
    # A zone, a reminder, a length, two rules, mixed times, an unknown zone, no start.
    assert len(lines) >= 7
    assert not _of_ours(message.details, source), message.details
    # The library's own words about what it could not read are left out of the window.
    assert "about an hour" not in message.details
    assert "'Event without a start'" in message.details
    assert "'Middle Earth Standard Time'" in message.details


@pytest.mark.parametrize("case", ["only_tasks", "not_a_calendar", "no_events"])
def test_a_calendar_the_plan_cannot_import_is_refused_in_the_interface_language(
    qtbot, lang, runtime, db, answers, tmp_path, case
):
    texts = {
        "only_tasks": "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTODO\nUID:t\nSUMMARY:Жумуш\n"
        "END:VTODO\nEND:VCALENDAR\n",
        "not_a_calendar": "Бул календарь эмес.\n",
        "no_events": "BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n",
    }
    path = tmp_path / f"{case}.ics"
    path.write_text(texts[case], encoding="utf-8")
    message = _import_calendar(qtbot, runtime, db, answers, path)
    assert message.kind == "error"
    assert not ours_in_details(message.details), message.details
    assert not english(message.title + "\n" + message.text), message.text
    assert path.name in message.text


# --- rows an equipment or monitoring table import refuses -------------------------------------


def _import_report(qtbot, page, answers, path: Path) -> str:  # type: ignore[no-untyped-def]
    """Import ``path`` through the page and return the text of the report of refused rows."""
    from PySide6.QtWidgets import QDialog

    from pressdesk.gui.widgets.transfers import ImportReportDialog

    reports: list[str] = []

    def cancel(report: ImportReportDialog) -> int:
        reports.append(report.report.toPlainText())
        return QDialog.DialogCode.Rejected

    answers.files.append(path)
    answers.dialogs.append(cancel)
    page.import_records()
    qtbot.waitUntil(lambda: not answers.dialogs, timeout=20000)
    qtbot.waitUntil(lambda: not page.transfers.runner.busy, timeout=20000)
    (report,) = reports
    return report


def test_the_rows_an_equipment_import_refuses_are_explained_in_the_interface_language(
    qtbot, lang, runtime, db, answers, tmp_path
):
    path = tmp_path / "жабдуулар.csv"
    path.write_text(
        "Инвентарный номер;Наименование;Дата покупки;Стоимость\nИН-0950;Штатив;31.02.2024;дорого\n",
        encoding="utf-8",
    )
    page = InventorySectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    page.show()
    report = _import_report(qtbot, page, answers, path)
    lines = report.splitlines()
    # The header of the row and one line for the date and one for the cost.
    assert len(lines) == 3, report
    assert "'31.02.2024'" in lines[1] and "«Дата покупки»" in lines[1]
    assert "'дорого'" in lines[2] and "«Стоимость»" in lines[2]
    assert not english(report), report


def test_the_rows_a_coverage_import_refuses_are_explained_in_the_interface_language(
    qtbot, lang, runtime, db, answers, tmp_path
):
    from pressdesk.gui.coverage.page import CoverageSectionPage

    path = tmp_path / "мониторинг.csv"
    path.write_text(
        "Дата;СМИ;Заголовок;Охват\nвчера;Кабар;Брифинг министра;много\n", encoding="utf-8"
    )
    page = CoverageSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    page.show()
    report = _import_report(qtbot, page, answers, path)
    lines = report.splitlines()
    assert len(lines) == 3, report
    assert "«вчера»" in lines[1] and "«много»" in lines[2]
    assert not english(report), report
