"""The equipment inventory: saving, finding, check-out history, the gap view, import and export."""

from __future__ import annotations

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pressdesk import cli
from pressdesk.bilingual import Bi
from pressdesk.services.assets.files import export_inventory, import_inventory
from pressdesk.services.inventory.gap import (
    RecommendedRow,
    gap_view,
    recommended_list,
    remove_recommended,
    replace_recommended,
    reset_recommended,
    set_recommended,
)
from pressdesk.services.inventory.history import (
    check_in,
    check_out,
    item_history,
    overdue_items,
    set_condition,
)
from pressdesk.services.inventory.items import (
    ItemFilter,
    ItemRow,
    count_items,
    custodian_names,
    delete_item,
    find_item,
    get_item,
    list_items,
    save_item,
)
from pressdesk.services.inventory.summary import inventory_summary
from pressdesk.services.staff import StaffRow, delete_staff, save_staff
from pressdesk.services.validation import NotFound, ValidationError
from tests.support.pinned import PINNED_TODAY

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
TODAY = PINNED_TODAY


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def item(name: str, number: str, **fields) -> ItemRow:
    """An item whose texts are Kyrgyz only."""
    for key in ("location", "notes"):
        if isinstance(fields.get(key), str):
            fields[key] = Bi(fields[key])
    return ItemRow(name=Bi(name), inventory_number=number, **fields)


# --- saving and validation --------------------------------------------------------------------


def test_save_cleans_and_returns_the_row(db):
    saved = save_item(
        db,
        item(
            "  Видео   камера ",
            " ИН-1 ",
            category="video_camera",
            cost=Decimal("64000.456"),
            purchase_date=dt.date(2020, 1, 2),
            custodian_name="  Кимдир  Бирөө ",
        ),
    )
    assert saved.id is not None
    assert saved.name == Bi("Видео камера")
    assert saved.inventory_number == "ИН-1"
    assert saved.cost == Decimal("64000.46")
    assert saved.custodian_name == "Кимдир Бирөө"
    assert saved.custodian_id is None
    assert get_item(db, saved.id) == saved


def test_validation_lists_every_field(db):
    with pytest.raises(ValidationError) as caught:
        save_item(
            db,
            ItemRow(
                name=Bi(),
                inventory_number="",
                category="spaceship",
                condition="shiny",
                cost=Decimal(-1),
                purchase_date=TODAY + dt.timedelta(days=1),
                custodian_id=999,
            ),
        )
    assert caught.value.fields() == {
        "name",
        "inventory_number",
        "category",
        "condition",
        "cost",
        "purchase_date",
        "custodian_id",
    }
    assert count_items(db) == 0


def test_inventory_numbers_are_unique_ignoring_case(db):
    save_item(db, item("Ноутбук", "ин-7"))
    with pytest.raises(ValidationError, match="already used by «Ноутбук»"):
        save_item(db, item("Другой", "ИН-7"))
    other = save_item(db, item("Другой", "ИН-8"))
    with pytest.raises(ValidationError, match="inventory_number"):
        save_item(db, ItemRow(**{**other.__dict__, "inventory_number": "Ин-7"}))
    assert find_item(db, " ИН-7 ").name == Bi("Ноутбук")
    with pytest.raises(NotFound):
        find_item(db, "ИН-9")


def test_custodian_is_linked_to_staff_by_name_and_survives_its_deletion(db):
    member = save_staff(db, StaffRow("Өмүрбеков Нурлан"))
    saved = save_item(db, item("Ноутбук", "1", custodian_name="өмүрбеков  нурлан"))
    assert saved.custodian_id == member.id
    assert saved.custodian_name == "өмүрбеков нурлан"
    by_id = save_item(db, ItemRow(**{**saved.__dict__, "custodian_id": member.id}))
    assert by_id.custodian_name == "Өмүрбеков Нурлан"
    delete_staff(db, member.id)
    after = get_item(db, saved.id)
    assert after.custodian_id is None
    assert after.custodian_name == "Өмүрбеков Нурлан"
    assert custodian_names(db) == ["Өмүрбеков Нурлан"]


def test_edits_and_condition_changes_are_in_the_history(db):
    saved = save_item(db, item("Принтер", "П-1", category="printer"))
    changed = save_item(
        db,
        ItemRow(
            **{
                **saved.__dict__,
                "condition": "broken",
                "location": Bi("Кампа", "Склад"),
                "custodian_name": "Петрова Е.",
            }
        ),
    )
    set_condition(db, changed.id, "needs_repair", note="передан в сервис")
    set_condition(db, changed.id, "needs_repair")  # no change, no entry
    history = item_history(db, saved.id)
    assert [(m.action, m.note) for m in history] == [
        ("created", ""),
        ("condition", "good → broken"),
        ("edited", "location, custodian: — → Петрова Е."),
        ("condition", "broken → needs_repair: передан в сервис"),
    ]


def test_delete_removes_item_and_history(db):
    saved = save_item(db, item("Штатив", "Ш-1"))
    delete_item(db, saved.id)
    with pytest.raises(NotFound):
        get_item(db, saved.id)
    with pytest.raises(NotFound):
        item_history(db, saved.id)
    with pytest.raises(NotFound):
        delete_item(db, saved.id)


# --- listing ----------------------------------------------------------------------------------


def _fill(db) -> None:
    for number, name, category, condition in [
        ("ИН-10", "Пульт", "other", "good"),
        ("ИН-2", "Өтүкчө", "other", "broken"),
        ("ИН-1", "Оператордук камера", "video_camera", "good"),
        ("ИН-3", "Ноутбук", "laptop", "written_off"),
        ("ИН-4", "Үн күчөткүч", "other", "needs_repair"),
        ("ИН-5", "Ууч микрофон", "microphone", "new"),
    ]:
        save_item(db, item(name, number, category=category, condition=condition))


def test_names_sort_in_kyrgyz_dictionary_order(db):
    _fill(db)
    names = [r.name.ky for r in list_items(db, ItemFilter(include_written_off=True)).rows]
    assert names == [
        "Ноутбук",
        "Оператордук камера",
        "Өтүкчө",
        "Пульт",
        "Ууч микрофон",
        "Үн күчөткүч",
    ]
    page = list_items(db, ItemFilter(include_written_off=True), offset=1, limit=3)
    assert [r.name.ky for r in page.rows] == names[1:4]
    assert page.total == 6
    backwards = list_items(db, offset=0, limit=2, order="name", descending=True)
    assert [r.name.ky for r in backwards.rows] == ["Үн күчөткүч", "Ууч микрофон"]


def test_other_orders(db):
    _fill(db)
    numbers = [r.inventory_number for r in list_items(db, order="inventory_number").rows]
    assert numbers == ["ИН-1", "ИН-2", "ИН-4", "ИН-5", "ИН-10"]
    by_condition = [r.condition for r in list_items(db, order="condition", limit=10).rows]
    assert by_condition == ["new", "good", "good", "needs_repair", "broken"]
    with pytest.raises(ValueError, match="Unknown order"):
        list_items(db, order="colour")  # type: ignore[arg-type]


def test_filters(db):
    _fill(db)

    def names(**kw) -> list[str]:
        return [r.name.ky for r in list_items(db, ItemFilter(**kw)).rows]

    assert names() == ["Оператордук камера", "Өтүкчө", "Пульт", "Ууч микрофон", "Үн күчөткүч"]
    assert names(search="ҮН КҮЧ") == ["Үн күчөткүч"]
    assert names(search="ин-1") == ["Оператордук камера", "Пульт"]
    assert names(search="камера ин-1") == ["Оператордук камера"]
    assert names(search="100%") == []
    assert names(category="other") == ["Өтүкчө", "Пульт", "Үн күчөткүч"]
    assert names(condition="written_off") == ["Ноутбук"]
    assert names(category="other", condition="broken", search="өтүк") == ["Өтүкчө"]
    assert count_items(db, ItemFilter(include_written_off=True)) == 6


def test_check_out_and_in_with_history(demo_db):
    laptop = find_item(demo_db, "ИН-0005")
    mic = find_item(demo_db, "ИН-0011")
    out = check_out(
        demo_db,
        mic.id,
        "  Петрова  Елена Викторовна ",
        due=TODAY + dt.timedelta(days=2),
        note="брифинг",
    )
    assert out.staff_id is not None
    assert out.person_name == "Петрова Елена Викторовна"
    current = get_item(demo_db, mic.id)
    assert current.checked_out
    assert (current.holder_name, current.out_since, current.due_on) == (
        "Петрова Елена Викторовна",
        TODAY,
        TODAY + dt.timedelta(days=2),
    )
    with pytest.raises(ValidationError, match="already with Петрова"):
        check_out(demo_db, mic.id, "Кто-то")
    outs = list_items(demo_db, ItemFilter(checked_out=True)).rows
    assert {r.inventory_number for r in outs} == {"ИН-0004", "ИН-0011", "ИН-0013"}
    assert [r.inventory_number for r in overdue_items(demo_db)] == ["ИН-0013"]
    back = check_in(demo_db, mic.id, note="ok")
    assert back.person_name == "Петрова Елена Викторовна"
    assert not get_item(demo_db, mic.id).checked_out
    assert [m.action for m in item_history(demo_db, mic.id)] == ["created", "check_out", "check_in"]
    with pytest.raises(ValidationError, match="not checked out"):
        check_in(demo_db, mic.id)
    assert check_out(demo_db, laptop.id, "Guest Person").staff_id is None


def test_check_out_refusals(demo_db):
    phone = find_item(demo_db, "ИН-0007")  # written off
    mic = find_item(demo_db, "ИН-0011")
    with pytest.raises(ValidationError, match="written off"):
        check_out(demo_db, phone.id, "Петрова Елена Викторовна")
    with pytest.raises(ValidationError) as caught:
        check_out(demo_db, mic.id, " ", on=TODAY + dt.timedelta(days=1), due=TODAY)
    assert caught.value.fields() == {"person", "happened_on", "due_on"}
    check_out(demo_db, mic.id, "X", on=TODAY - dt.timedelta(days=3))
    with pytest.raises(ValidationError, match="before the check-out"):
        check_in(demo_db, mic.id, on=TODAY - dt.timedelta(days=4))
    with pytest.raises(ValidationError, match="no such staff"):
        check_out(demo_db, find_item(demo_db, "ИН-0009").id, staff_id=9999)


def test_summary(demo_db):
    summary = inventory_summary(demo_db)
    assert summary.items == 30
    assert summary.by_condition == {"new": 4, "good": 21, "needs_repair": 3, "broken": 2}
    assert summary.checked_out == 2
    assert summary.total_cost == Decimal("754900.00")
    everything = inventory_summary(demo_db, ItemFilter(include_written_off=True))
    assert everything.items == 31


# --- recommended kit and gap ------------------------------------------------------------------


def test_gap_view_of_the_demo(demo_db):
    gap = {g.category: (g.needed, g.usable, g.faulty, g.missing) for g in gap_view(demo_db)}
    assert gap == {
        "video_camera": (1, 0, 1, 1),
        "microphone": (1, 1, 1, 0),
        "lapel_microphone": (1, 0, 0, 1),
        "photo_camera": (1, 1, 0, 0),
        "printer": (1, 1, 1, 0),
    }


def test_recommended_list_is_editable(demo_db):
    assert [r.category for r in recommended_list(demo_db)] == [
        "video_camera",
        "microphone",
        "lapel_microphone",
        "photo_camera",
        "printer",
    ]
    set_recommended(demo_db, RecommendedRow("microphone", 3, " для пресс-борбора "))
    set_recommended(demo_db, RecommendedRow("press_vest", 2))
    assert remove_recommended(demo_db, "printer")
    assert not remove_recommended(demo_db, "printer")
    gap = {g.category: g for g in gap_view(demo_db)}
    assert gap["microphone"].missing == 2
    assert gap["microphone"].note == "для пресс-борбора"
    assert gap["press_vest"].usable == 1 and gap["press_vest"].missing == 1
    assert "printer" not in gap
    with pytest.raises(ValidationError) as caught:
        set_recommended(demo_db, RecommendedRow("unicorn", 0))
    assert caught.value.fields() == {"category", "quantity"}
    with pytest.raises(ValidationError, match="twice"):
        replace_recommended(demo_db, [RecommendedRow("laptop"), RecommendedRow("laptop", 2)])
    rows = replace_recommended(demo_db, [RecommendedRow("laptop", 2), RecommendedRow("computer")])
    assert rows == [RecommendedRow("laptop", 2), RecommendedRow("computer", 1)]
    assert reset_recommended(demo_db) == [
        RecommendedRow(c)
        for c in ("video_camera", "microphone", "lapel_microphone", "photo_camera", "printer")
    ]


# --- import -----------------------------------------------------------------------------------


def test_import_cp1251_semicolons_with_title_rows(demo_db):
    result = import_inventory(demo_db, DATA / "inventory_ru_cp1251_semicolon.csv")
    assert result.written and not result.rejected
    assert (result.table.encoding, result.table.delimiter) == ("cp1251", ";")
    laptop = find_item(demo_db, "БУХ-101")
    assert (laptop.category, laptop.condition, laptop.purchase_date, laptop.cost) == (
        "laptop",
        "good",
        dt.date(2021, 5, 14),
        Decimal("45000.00"),
    )
    assert laptop.custodian_id is not None  # matched the staff member by name
    # The file's one-language columns fill the language they are written in.
    assert find_item(demo_db, "БУХ-102").notes == Bi(ru="Не работает автофокус; сдан в сервис")
    assert find_item(demo_db, "БУХ-101").name.ru and not find_item(demo_db, "БУХ-101").name.ky
    assert find_item(demo_db, "БУХ-103").category == "lapel_microphone"
    assert find_item(demo_db, "БУХ-104").condition == "written_off"
    stranger = find_item(demo_db, "БУХ-105")
    assert (stranger.custodian_id, stranger.custodian_name) == (None, "Иванов Сергей Петрович")
    assert (
        item_history(demo_db, laptop.id)[0].note
        == "imported from inventory_ru_cp1251_semicolon.csv"
    )
    # The imported lapel microphone closes that gap.
    assert {g.category: g.missing for g in gap_view(demo_db)}["lapel_microphone"] == 0


def test_import_kyrgyz_utf8_bom_and_xlsx(db):
    ky = import_inventory(db, DATA / "inventory_ky_utf8bom_comma.csv")
    assert [r.inventory_number for r in ky.accepted] == ["КЫР-001", "КЫР-002", "КЫР-003"]
    assert [(r.category, r.condition) for r in ky.accepted] == [
        ("lapel_microphone", "new"),
        ("press_vest", "good"),
        ("audio_recorder", "needs_repair"),
    ]
    xl = import_inventory(db, DATA / "inventory_en.xlsx")
    assert xl.written
    assert find_item(db, "XL-2").cost == Decimal("12500.50")
    assert find_item(db, "XL-1").purchase_date == dt.date(2025, 11, 3)
    assert count_items(db) == 6


def test_import_with_bad_rows_imports_nothing_and_names_every_row(db):
    result = import_inventory(db, DATA / "inventory_bad_rows.csv")
    assert result.stopped and not result.written
    assert count_items(db, ItemFilter(include_written_off=True)) == 0
    assert [p.line for p in result.rejected] == [3, 4, 5, 6, 7, 8, 9, 10]
    text = "\n".join(str(p) for p in result.rejected)
    for expected in (
        "'spaceship'",
        "«Name» is empty",
        "'shiny'",
        "'31.02.2022' is not a date",
        "negative",
        "«BAD-001» is already used in row 2",
        "in the future",
        "ambiguous",
    ):
        assert expected in text
    assert [r.inventory_number for r in result.accepted] == ["BAD-001", "BAD-010"]


def test_import_skip_invalid_and_dry_run(db):
    dry = import_inventory(db, DATA / "inventory_bad_rows.csv", skip_invalid=True, dry_run=True)
    assert dry.dry_run and not dry.written and len(dry.accepted) == 2
    assert count_items(db) == 0
    done = import_inventory(db, DATA / "inventory_bad_rows.csv", skip_invalid=True)
    assert done.written and all(r.id for r in done.accepted)
    assert count_items(db) == 2
    again = import_inventory(db, DATA / "inventory_bad_rows.csv", skip_invalid=True)
    assert not again.accepted
    assert "already in the database («Good laptop»)" in str(again.rejected[0])


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_export_then_import_gives_the_same_items(demo_db, runtime, tmp_path, suffix, lang):
    path = tmp_path / f"inventory{suffix}"
    flt = ItemFilter(include_written_off=True)
    assert export_inventory(demo_db, path, lang=lang, flt=flt) == 31
    other = runtime.open_db(f"sqlite:///{tmp_path / 'other.db'}")
    try:
        result = import_inventory(other, path)
        assert result.written, result.rejected
        assert set(result.table.ignored_columns) == (
            {"Кимде", "Кайтаруу мөөнөтү"} if lang == "ky" else {"У кого на руках", "Срок возврата"}
        )
        fields = (
            "name",
            "category",
            "inventory_number",
            "serial_number",
            "model",
            "purchase_date",
            "cost",
            "funding_source",
            "condition",
            "location",
            "custodian_name",
            "notes",
        )
        before = [tuple(getattr(r, f) for f in fields) for r in list_items(demo_db, flt).rows]
        after = [tuple(getattr(r, f) for f in fields) for r in list_items(other, flt).rows]
        assert after == before
    finally:
        other.close()


def test_xlsx_export_is_neutralised_and_typed(db, tmp_path):
    save_item(
        db,
        item(
            '=HYPERLINK("http://example.org","click")',
            "-1",
            notes="+996 555 123 456",
            cost=Decimal("1500.5"),
            purchase_date=dt.date(2023, 4, 5),
        ),
    )
    path = tmp_path / "inv.xlsx"
    export_inventory(db, path, lang="ru")
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:4] == [
        "Инвентарный номер",
        "Наименование (кырг.)",
        "Наименование (рус.)",
        "Категория",
    ]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref.startswith("A1:")
    number, name = sheet["A2"], sheet["B2"]
    assert number.value == "-1" and number.quotePrefix and number.data_type == "s"
    assert name.value.startswith("=HYPERLINK") and name.quotePrefix and name.data_type == "s"
    assert sheet.cell(2, header.index("Стоимость") + 1).value == 1500.5
    assert sheet.cell(2, header.index("Дата приобретения") + 1).value == dt.datetime(2023, 4, 5)
    assert sheet.cell(2, header.index("Примечание (кырг.)") + 1).value == "+996 555 123 456"
    csv_path = tmp_path / "inv.csv"
    export_inventory(db, csv_path, lang="ky")
    body = csv_path.read_bytes().decode("utf-8-sig")
    assert "\n'-1;\"'=HYPERLINK" in body
    assert ";+996 555 123 456;;" in body


# --- command line -----------------------------------------------------------------------------


def test_cli_list_gap_checkout_checkin(capsys, data_dir, tmp_path, write_demo):
    write_demo()
    code, out, _ = run(capsys, "inventory", "list", "--category", "Видеокамера")
    assert code == 0
    assert "ИН-0010\tВидеокамера\tVideo camera\tBroken" in out
    code, out, _ = run(capsys, "inventory", "list", "--condition", "бузук", "--search", "ноутбук")
    assert "ИН-0005" in out and "ИН-0010" not in out
    code, out, _ = run(capsys, "inventory", "gap", "--export", str(tmp_path / "gap.docx"))
    assert code == 0
    assert "Lapel microphone\t1\t0\t0\t1" in out
    assert "Missing in total: 2" in out
    assert (tmp_path / "gap.docx").exists()
    code, out, _ = run(capsys, "inventory", "checkout", "ин-0011", "Петрова", "--due", "31.12.2099")
    assert code == 0
    assert "is now with Петрова Елена Викторовна until 2099-12-31" in out
    code, _, err = run(capsys, "inventory", "checkout", "ИН-0011", "Петрова")
    assert code == 1 and "already with" in err
    code, out, _ = run(capsys, "inventory", "checkin", "ИН-0011")
    assert code == 0 and "returned by Петрова" in out
    code, out, _ = run(capsys, "inventory", "show", "ИН-0011")
    assert "check_out Петрова Елена Викторовна due 2099-12-31" in out
    code, _, err = run(capsys, "inventory", "checkout", "ИН-0011", "ва")  # several staff match
    assert code == 1 and "several staff" in err
    code, _, err = run(capsys, "inventory", "checkin", "НЕТ-1")
    assert code == 1 and "No inventory item" in err


def test_cli_export_every_format(capsys, data_dir, tmp_path, write_demo):
    write_demo()
    for suffix in (".csv", ".xlsx", ".docx", ".pdf"):
        target = tmp_path / f"list{suffix}"
        code, out, _ = run(capsys, "inventory", "export", str(target), "--lang", "ru")
        assert code == 0, out
        assert out.startswith("30 items written")
        assert target.stat().st_size > 0
    code, out, _ = run(capsys, "inventory", "export", str(tmp_path / "all.csv"), "--all")
    assert out.startswith("31 items")
    code, _, err = run(capsys, "inventory", "export", str(tmp_path / "list.odt"))
    assert code == 2 and "use a .csv, .xlsx, .docx, .pdf file" in err
    assert not (tmp_path / "list.odt").exists()


def test_cli_import_reports_and_exit_codes(capsys, data_dir, tmp_path, write_demo):
    write_demo()
    bad = str(DATA / "inventory_bad_rows.csv")
    code, out, _ = run(capsys, "inventory", "import", bad)
    assert code == 1
    assert "Nothing was imported: 8 row(s) have errors" in out
    assert (
        "row 8 (BAD-001 Second laptop): inventory number «BAD-001» is already used in row 2" in out
    )
    code, out, _ = run(capsys, "inventory", "import", bad, "--skip-invalid", "--dry-run")
    assert code == 0 and "Dry run: 2 item(s) would be imported" in out
    code, out, _ = run(capsys, "inventory", "import", bad, "--skip-invalid")
    assert code == 0 and "Imported 2 item(s)" in out and "Skipped rows:" in out
    code, out, _ = run(capsys, "inventory", "import", bad, "--skip-invalid")
    assert code == 1 and "already in the database" in out
    good = tmp_path / "Жабдуулар.csv"
    shutil.copy(DATA / "inventory_ru_cp1251_semicolon.csv", good)
    code, out, _ = run(capsys, "inventory", "import", str(good))
    assert code == 0
    assert "Read cp1251, separator ';'; header on row 3" in out
    assert "Columns not imported: № п/п" in out
    assert "БУХ-105\tВидеокамера" in out
    empty = tmp_path / "empty.csv"
    empty.write_text("Name;Inventory number\n", encoding="utf-8")
    code, out, _ = run(capsys, "inventory", "import", str(empty))
    assert code == 1 and "no item rows" in out
    code, _, err = run(capsys, "inventory", "import", str(tmp_path / "none.csv"))
    assert code == 1 and "Cannot read" in err
