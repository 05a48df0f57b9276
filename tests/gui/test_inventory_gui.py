"""The Equipment section: list, filters, editor, check-out, gap view, import and export."""

from __future__ import annotations

import shutil

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from pressdesk.bilingual import Bi
from pressdesk.gui.inventory import models as cols
from pressdesk.gui.inventory.editor import ItemEditDialog, MovementDialog
from pressdesk.gui.inventory.gap import GapDialog
from pressdesk.gui.inventory.models import GapModel, HistoryModel, ItemModel
from pressdesk.gui.inventory.page import InventorySectionPage
from pressdesk.gui.inventory.transfer import ExportDialog, ImportReportDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.services.inventory.gap import gap_view
from pressdesk.services.inventory.history import item_history
from pressdesk.services.inventory.items import ItemFilter, ItemRow, find_item, list_items
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


@pytest.fixture
def page(qtbot, runtime, adb):
    widget = InventorySectionPage(SectionContext(runtime, adb))
    qtbot.addWidget(widget)
    widget.resize(1166, 700)
    widget.show()
    return widget


def wait_idle(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.transfers.runner.busy, timeout=20000)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_page_opens_in_kyrgyz_and_russian(qtbot, ui_language, runtime, adb, lang):
    ui_language(lang)
    widget = InventorySectionPage(SectionContext(runtime, adb))
    qtbot.addWidget(widget)
    assert widget.model.headerData(cols.NAME, Qt.Orientation.Horizontal) == ts_translation(
        lang, "ItemModel", "Name"
    )
    assert widget.add_action.text() == ts_translation(lang, "RecordPage", "Add…")
    assert widget.model.total == 30
    assert ts_translation(lang, "InventorySectionPage", "Items: {count}").split(":")[0] in (
        widget.status.text()
    )


def test_filters_narrow_the_list(qtbot, page, adb):
    all_items = page.model.total
    page.category.setCurrentIndex(page.category.findData("microphone"))
    expected = list_items(adb, ItemFilter(category="microphone")).total
    assert 0 < page.model.total == expected < all_items
    page.category.setCurrentIndex(0)
    page.out_only.setChecked(True)
    assert page.model.total == 2
    assert all(row.checked_out for row in shown(page.model))
    page.out_only.setChecked(False)
    page.search.setText("ноутбук")
    found = list_items(adb, ItemFilter(search="ноутбук")).rows
    qtbot.waitUntil(lambda: page.model.total == len(found) < all_items)
    assert [r.id for r in shown(page.model)] == [r.id for r in found]


def shown(model: ItemModel) -> list[ItemRow]:
    """Return every row the paged model shows, in order."""
    return [model.row_at(row) for row in range(model.rowCount())]


def test_models_pass_the_model_tester(qtbot, page, adb):
    model = ItemModel(adb)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.reload()
    assert model.rowCount() == 30
    model.sort(cols.COST, Qt.SortOrder.DescendingOrder)
    costs = [r.cost for r in shown(model) if r.cost is not None]
    assert costs == sorted(costs, reverse=True)

    history = HistoryModel()
    QAbstractItemModelTester(history, QAbstractItemModelTester.FailureReportingMode.Fatal)
    history.set_rows(item_history(adb, model.row_at(0).id))
    gap = GapModel()
    QAbstractItemModelTester(gap, QAbstractItemModelTester.FailureReportingMode.Fatal)
    gap.set_rows(gap_view(adb))
    assert gap.rowCount() == 5


def test_editor_saves_an_item(qtbot, page, adb, answers):
    def fill(dialog: ItemEditDialog) -> int:
        dialog.name.setValue(Bi("Петличка микрофону Rode", "Петличный микрофон Rode"))
        dialog.category.setCurrentIndex(dialog.category.findData("lapel_microphone"))
        dialog.number.setText("ИН-0777")
        dialog.cost.setText("12 500,50")
        dialog.custodian.setEditText("Токтогулов Нурбек")
        dialog.location.editor("ky").setText("214-кабинет")
        dialog.accept()
        return dialog.result()

    answers.dialogs.append(fill)
    page.add()
    saved = find_item(adb, "ин-0777")
    assert saved.name == Bi("Петличка микрофону Rode", "Петличный микрофон Rode")
    assert saved.location == Bi("214-кабинет")
    assert str(saved.cost) == "12500.50"
    assert saved.custodian_name == "Токтогулов Нурбек"
    assert page.selected() is not None and page.selected().id == saved.id


def test_editor_refuses_a_duplicate_number_and_stays_open(qtbot, page, adb, answers):
    def fill(dialog: ItemEditDialog) -> int:
        dialog.name.editor("ru").setText("Дубль")
        dialog.number.setText("ИН-0001")
        dialog.accept()
        assert dialog.result() == 0 and dialog.saved is None
        assert dialog.number.property("problem") and dialog.number.toolTip()
        dialog.reject()
        return dialog.result()

    answers.dialogs.append(fill)
    answers.messages.extend(["ok", "yes"])  # the refusal, then "discard the changes"
    page.add()
    assert "ИН-0001" not in answers.asked[0].text or "«" in answers.asked[0].text
    assert list_items(adb, ItemFilter(search="Дубль")).total == 0


def test_check_out_then_check_in_appear_in_history(qtbot, page, adb, answers):
    item = find_item(adb, "ИН-0021")
    page.table.selectRow(page.model.row_of(item.id))
    assert page.out_action.isEnabled() and not page.in_action.isEnabled()

    def hand_out(dialog: MovementDialog) -> int:
        dialog.person.setEditText("Сыдыков Азамат")
        dialog.note.setPlainText("Для съёмки")
        dialog.accept()
        return dialog.result()

    answers.dialogs.append(hand_out)
    page.check_out_selected()
    assert find_item(adb, "ИН-0021").holder_name == "Сыдыков Азамат"
    assert page.in_action.isEnabled()

    answers.dialogs.append(lambda dialog: (dialog.accept(), dialog.result())[1])
    page.check_in_selected()
    actions = [m.action for m in item_history(adb, item.id)]
    assert actions[-2:] == ["check_out", "check_in"]
    assert page.history.rowCount() == len(actions)
    assert "Сыдыков Азамат" in page.history.data(page.history.index(1, 2))


def test_gap_view_shows_the_missing_lapel_microphone(qtbot, runtime, adb):
    dialog = GapDialog(adb, "ky")
    qtbot.addWidget(dialog)
    rows = {r.category: r for r in dialog.model.rows}
    assert rows["lapel_microphone"].missing == 1
    assert rows["photo_camera"].missing == 0
    lapel = list(rows).index("lapel_microphone")
    assert dialog.model.data(dialog.model.index(lapel, 0), Qt.ItemDataRole.BackgroundRole)
    photo = list(rows).index("photo_camera")
    assert not dialog.model.data(dialog.model.index(photo, 0), Qt.ItemDataRole.BackgroundRole)
    assert "2" in dialog.summary.text()


def test_gap_list_is_exported_as_pdf(qtbot, adb, answers, tmp_path):
    dialog = GapDialog(adb, "ru")
    qtbot.addWidget(dialog)

    def choose_pdf(chooser: ExportDialog) -> int:
        chooser.format.setCurrentIndex(chooser.format.findData(".pdf"))
        chooser.language.setCurrentIndex(chooser.language.findData("ru"))
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(choose_pdf)
    answers.files.append(tmp_path / "gap")
    answers.messages.append("ok")
    dialog.export()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=30000)
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "gap.pdf").pages)
    assert "Петличный" in text and "микрофон" in text
    assert not list(tmp_path.glob(".*part*"))


def write_csv(path, rows: list[str]) -> None:
    header = "Инвентарный номер;Наименование;Категория;Состояние;Стоимость"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")


def test_import_with_a_bad_row_reports_it_then_imports_valid_rows_only(
    qtbot, page, adb, answers, tmp_path
):
    source = tmp_path / "items.csv"
    write_csv(
        source,
        [
            "ИН-0901;Штатив Manfrotto;Штатив;Исправное;8500",
            "ИН-0001;Дубликат номера;Компьютер;Исправное;1000",
            "ИН-0902;Петличка Boya;петличный;новое;2300",
        ],
    )
    reports: list[str] = []

    def cancel(report: ImportReportDialog) -> int:
        reports.append(report.report.toPlainText())
        return QDialog.DialogCode.Rejected

    answers.files.append(source)
    answers.dialogs.append(cancel)
    page.import_records()
    qtbot.waitUntil(lambda: not answers.dialogs, timeout=20000)
    wait_idle(qtbot, page)
    assert "ИН-0001" in reports[0] and "3" in reports[0]
    assert list_items(adb, ItemFilter(search="ИН-090")).total == 0

    answers.files.append(source)
    answers.dialogs.append(lambda report: QDialog.DialogCode.Accepted)
    answers.messages.append("ok")
    page.import_records()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    assert {r.inventory_number for r in list_items(adb, ItemFilter(search="ИН-090")).rows} == {
        "ИН-0901",
        "ИН-0902",
    }
    assert page.model.total == 32


def test_inventory_is_exported_as_xlsx(qtbot, page, adb, answers, tmp_path):
    page.condition.setCurrentIndex(page.condition.findData("broken"))

    def choose_xlsx(chooser: ExportDialog) -> int:
        chooser.format.setCurrentIndex(chooser.format.findData(".xlsx"))
        assert chooser.only_shown.isChecked()
        return QDialog.DialogCode.Accepted

    answers.dialogs.append(choose_xlsx)
    answers.files.append(tmp_path / "inventory.xlsx")
    answers.messages.append("ok")
    page.export()
    qtbot.waitUntil(lambda: bool(answers.asked), timeout=20000)
    sheet = load_workbook(tmp_path / "inventory.xlsx").active
    numbers = {row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]}
    broken = {r.inventory_number for r in list_items(adb, ItemFilter(condition="broken")).rows}
    assert numbers == broken and len(broken) == 2


def test_an_imported_items_history_note_is_in_the_interface_language(ui_language):
    from pressdesk.gui.inventory.labels import history_note

    ui_language("ru")
    assert history_note("created", "imported from items.csv") == "импортировано из items.csv"
    ui_language("ky")
    assert history_note("created", "imported from items.csv") == "items.csv файлынан импорттолгон"
    assert history_note("created", "гарантия 2 жыл") == "гарантия 2 жыл"
