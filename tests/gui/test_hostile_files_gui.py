"""The contacts import wizard and the equipment and archive imports say why a file is refused.

The sentence is the window's own, in the interface language, naming the file and the row or
the limit; the English detail stays under "Show Details". Nothing is imported.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QLocale

from pressdesk.exchange.limits import CONTACT_ROWS
from pressdesk.gui.archive.page import ArchiveSectionPage
from pressdesk.gui.contacts.import_wizard import ImportWizard
from pressdesk.gui.inventory.page import InventorySectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.services.archive.records import ArchiveFilter, list_archive
from pressdesk.services.contacts.query import list_people
from pressdesk.services.contacts.values import PersonFilter
from pressdesk.services.inventory.items import ItemFilter, list_items
from tests.gui.conftest import ts_translation
from tests.support.hostile import corpus

DAMAGED_ROW = (
    "{file} is damaged and cannot be read from row {row} on. Open it in Excel or LibreOffice "
    "and save it again as XLSX, or save it as CSV."
)
CONTACTS_TOO_BIG = (
    "{file} is larger than {value} MB, the most a contact table (CSV or XLSX) may be."
)
CONTACT_ROWS_TEXT = "{file} has more than {value} rows, the most a contact table may have."
ASSETS_TOO_BIG = "{file} is larger than {value} MB, the most an inventory or archive table may be."
NOTHING = "Nothing was imported."
USED = {
    "contacts-string-index.xlsx",
    "contacts-too-big.csv",
    "contacts-too-many-rows.xlsx",
    "contacts-long-note.vcf",
    "inventory-number-not-number.xlsx",
    "inventory-too-big.csv",
    "archive-unpacked-bomb.xlsx",
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile-gui")
    corpus(folder, only=USED)
    return folder


def expected(lang: str, template: str, **values: object) -> str:
    text = ts_translation(lang, "FileProblems", template) if lang != "en" else template
    nothing = ts_translation(lang, "FileProblems", NOTHING) if lang != "en" else NOTHING
    return f"{text.format(**values)} {nothing}"


def _people(db) -> int:  # type: ignore[no-untyped-def]
    return list_people(db, PersonFilter(), limit=1).total


@pytest.mark.parametrize("lang", ["en", "ky", "ru"])
def test_the_wizard_names_the_damaged_row_of_a_workbook(
    qtbot, ui_language, runtime, demo_db, answers, hostile, lang
):
    if lang != "en":
        ui_language(lang)
    name = "contacts-string-index.xlsx"
    people = _people(demo_db)
    wizard = ImportWizard(demo_db, runtime.paths.data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(hostile / name)
    answers.messages.append("ok")
    wizard.next()
    (message,) = answers.asked
    assert message.kind == "warning"
    assert message.text == expected(lang, DAMAGED_ROW, file=name, row=1)
    assert "IndexError" in message.details
    assert wizard.stack.currentIndex() == 0
    assert _people(demo_db) == people


@pytest.mark.parametrize(
    ("name", "template", "value"),
    [
        ("contacts-too-big.csv", CONTACTS_TOO_BIG, 12),
        ("contacts-too-many-rows.xlsx", CONTACT_ROWS_TEXT, CONTACT_ROWS.value),
    ],
)
def test_the_wizard_names_the_limit_a_file_passes(
    qtbot, runtime, demo_db, answers, hostile, name, template, value
):
    people = _people(demo_db)
    wizard = ImportWizard(demo_db, runtime.paths.data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(hostile / name)
    answers.messages.append("ok")
    wizard.next()
    (message,) = answers.asked
    # Numbers are written the way the interface's locale writes them (50,000 or 50 000).
    shown = QLocale().toString(value)
    assert message.text == expected("en", template, file=name, value=shown)
    assert _people(demo_db) == people


def test_the_wizard_names_the_limit_of_a_vcard_read_off_the_gui_thread(
    qtbot, runtime, demo_db, answers, hostile
):
    # A vCard needs no column mapping: the wizard goes straight to the check, in a worker.
    name = "contacts-long-note.vcf"
    wizard = ImportWizard(demo_db, runtime.paths.data_dir)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.set_file(hostile / name)
    answers.messages.append("ok")
    wizard.next()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    (message,) = answers.asked
    assert message.text.startswith(f"The value on line 5 of {name} is longer than 1 MB")
    assert wizard.report is None


def _import(qtbot, page, answers, path, start) -> str:  # type: ignore[no-untyped-def]
    answers.files.append(path)
    answers.messages.append("ok")
    start()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    qtbot.waitUntil(lambda: not page.transfers.runner.busy, timeout=20000)
    (message,) = answers.asked
    assert message.kind == "error"
    return message.text


@pytest.mark.parametrize("lang", ["en", "ky", "ru"])
def test_the_equipment_import_names_the_damaged_row_and_the_size_limit(
    qtbot, ui_language, runtime, demo_db, answers, hostile, tmp_path, lang
):
    if lang != "en":
        ui_language(lang)
    page = InventorySectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(page)
    page.show()
    items = list_items(demo_db, ItemFilter(include_written_off=True)).total
    name = "inventory-number-not-number.xlsx"
    text = _import(qtbot, page, answers, hostile / name, page.import_records)
    assert text == expected(lang, DAMAGED_ROW, file=name, row=2)
    answers.asked.clear()
    big = tmp_path / "инвентарь.csv"
    shutil.copy(hostile / "inventory-too-big.csv", big)
    text = _import(qtbot, page, answers, big, page.import_records)
    assert text == expected(lang, ASSETS_TOO_BIG, file=big.name, value=12)
    assert list_items(demo_db, ItemFilter(include_written_off=True)).total == items


def test_the_archive_import_names_the_limit(qtbot, runtime, demo_db, answers, hostile):
    page = ArchiveSectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(page)
    page.show()
    sets = list_archive(demo_db, ArchiveFilter()).total
    name = "archive-unpacked-bomb.xlsx"
    text = _import(qtbot, page, answers, hostile / name, page.import_records)
    assert text.startswith(f"{name} unpacks to more than 100 MB")
    assert list_archive(demo_db, ArchiveFilter()).total == sets
