"""The Archive section: list, filters, editor with a folder chooser, open folder, totals, export."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog, QFileDialog

from pressdesk.bilingual import Bi
from pressdesk.gui.archive import model as cols
from pressdesk.gui.archive.editor import ArchiveEditDialog
from pressdesk.gui.archive.model import ArchiveModel
from pressdesk.gui.archive.page import ArchiveSectionPage
from pressdesk.gui.inventory.transfer import ExportDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.services.archive.records import (
    ArchiveFilter,
    ArchiveRow,
    list_archive,
    save_archive_set,
)
from tests.gui.conftest import ts_translation


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


def make_page(qtbot, runtime, adb) -> ArchiveSectionPage:
    widget = ArchiveSectionPage(SectionContext(runtime, adb))
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_page_opens_in_kyrgyz_and_russian(qtbot, ui_language, runtime, adb, lang):
    ui_language(lang)
    page = make_page(qtbot, runtime, adb)
    assert page.model.headerData(cols.PLACE, Qt.Orientation.Horizontal) == ts_translation(
        lang, "ArchiveModel", "Where it is kept"
    )
    assert page.kind.itemText(0) == ts_translation(lang, "ArchiveSectionPage", "All kinds")
    assert page.model.total == 24
    assert "24" in page.status.text()


def shown(model: ArchiveModel) -> list[ArchiveRow]:
    """Return every row the paged model shows, in order."""
    return [model.row_at(row) for row in range(model.rowCount())]


def test_model_passes_the_tester(qtbot, adb):
    model = ArchiveModel(adb)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == 24
    model.sort(cols.TITLE, Qt.SortOrder.AscendingOrder)
    first, second = (row.title.text(model.lang) for row in shown(model)[:2])
    assert first <= second or first[0] != "Ө"


def test_filters_narrow_the_list(qtbot, runtime, adb):
    page = make_page(qtbot, runtime, adb)
    page.kind.setCurrentIndex(page.kind.findData("video"))
    assert page.model.total == list_archive(adb, ArchiveFilter(kind="video")).total < 20
    page.kind.setCurrentIndex(0)
    page.year.setCurrentIndex(page.year.findData(2024))
    assert page.model.total > 0
    assert all(r.taken_on.year == 2024 for r in shown(page.model))
    page.year.setCurrentIndex(0)
    page.search.setText("Нооруз")
    qtbot.waitUntil(lambda: page.model.total == 1)


def test_editor_saves_a_set_with_a_chosen_folder(qtbot, runtime, adb, answers, tmp_path):
    folder = tmp_path / "2025-11-03 брифинг"
    folder.mkdir()
    page = make_page(qtbot, runtime, adb)

    def pick(chooser: QFileDialog) -> int:
        chooser.setDirectory(str(folder.parent))
        chooser.selectFile(str(folder))
        return QDialog.DialogCode.Accepted

    def fill(dialog: ArchiveEditDialog) -> int:
        dialog.title.setValue(Bi("Брифинг: күзгү талаа иштери", "Брифинг: осенние полевые работы"))
        dialog.kind.setCurrentIndex(dialog.kind.findData("video"))
        answers.dialogs.insert(0, pick)
        dialog.choose_folder()
        dialog.drive.setValue(Bi.same("АРХИВ-3"))
        dialog.count.setValue(4)
        dialog.size_edit.setValue(1.5)
        dialog.accept()
        return dialog.result()

    answers.dialogs.append(fill)
    page.add()
    saved = list_archive(adb, ArchiveFilter(search="күзгү талаа")).rows
    assert len(saved) == 1
    assert saved[0].title.ru == "Брифинг: осенние полевые работы"
    assert saved[0].folder_path.rstrip("/").endswith("брифинг")
    assert saved[0].item_count == 4 and saved[0].size_bytes == round(1.5 * 1024**3)
    assert page.selected() is not None and page.selected().id == saved[0].id

    page.open_folder()
    assert [p.name for p in answers.folders_opened] == [folder.name]


def test_open_folder_warns_when_the_drive_is_not_connected(qtbot, runtime, adb, answers):
    missing = save_archive_set(
        adb,
        list_archive(adb)
        .rows[0]
        .__class__(
            title=Bi("Сырткы дисктеги топтом"),
            folder_path="/nonexistent/архив",
            drive_label=Bi.same("АРХИВ-9"),
        ),
    )
    page = make_page(qtbot, runtime, adb)
    page.table.selectRow(page.model.row_of(missing.id))
    answers.messages.append("ok")
    page.open_folder()
    assert "АРХИВ-9" in answers.asked[0].text
    assert answers.folders_opened == []


def test_archive_is_exported_as_xlsx(qtbot, runtime, adb, answers, tmp_path):
    page = make_page(qtbot, runtime, adb)
    page.kind.setCurrentIndex(page.kind.findData("audio"))

    def choose(chooser: ExportDialog) -> int:
        chooser.format.setCurrentIndex(chooser.format.findData(".xlsx"))
        chooser.language.setCurrentIndex(chooser.language.findData("ky"))
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(choose)
    answers.files.append(tmp_path / "archive.xlsx")
    answers.messages.append("ok")
    page.export()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    sheet = load_workbook(tmp_path / "archive.xlsx").active
    rows = [r for r in sheet.iter_rows(min_row=2, values_only=True) if any(r)]
    assert len(rows) == list_archive(adb, ArchiveFilter(kind="audio")).total == 2


def test_a_registered_document_keeps_its_number_and_sheets(qtbot, adb):
    dialog = ArchiveEditDialog(adb, ArchiveRow(title=Bi("Аккредитация тартиби, жаңы редакция")))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("photo"))
    assert not dialog.doc_number.isVisible() and not dialog.sheets.isVisible()
    dialog.kind.setCurrentIndex(dialog.kind.findData("document"))
    assert dialog.doc_number.isVisible() and dialog.sheets.isVisible()
    dialog.doc_number.setText("04-КН/17")
    dialog.sheets.setValue(5)
    dialog.drive.setValue(Bi("Сейф, 214-кабинет", "Сейф, кабинет 214"))
    dialog.accept()
    saved = list_archive(adb, ArchiveFilter(search="жаңы редакция")).rows
    assert [(row.doc_number, row.sheets) for row in saved] == [("04-КН/17", 5)]
