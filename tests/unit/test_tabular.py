"""Reading CSV/XLSX in the encodings and layouts people have, and writing them safely."""

from __future__ import annotations

import codecs
import datetime as dt
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from pressdesk.exchange.tabular import (
    FieldSpec,
    RowInvalid,
    SourceRow,
    TableFormatError,
    check_rows,
    decode_text,
    header_key,
    neutralise,
    parse_amount,
    parse_count,
    parse_date,
    read_csv_bytes,
    read_table,
    sniff_delimiter,
    write_csv,
    write_table,
    write_xlsx,
)
from tests.support import xlsx_build
from tests.support.xlsx_build import MAIN

FIELDS = (
    FieldSpec("name", ("Аталышы", "Наименование", "Name"), required=True),
    FieldSpec(
        "number", ("Инвентардык номер", "Инвентарный номер", "Inventory number"), required=True
    ),
    FieldSpec("cost", ("Баасы", "Стоимость", "Cost")),
    FieldSpec("phone", ("Телефон", "Phone")),
)
DATA = Path(__file__).resolve().parent.parent / "data" / "import"


def test_decode_utf8_with_and_without_bom_cp1251_and_utf16():
    text = "Аталышы;Баасы\nҮн күчөткүч;100\n"
    assert decode_text(codecs.BOM_UTF8 + text.encode()) == (text, "utf-8-sig")
    assert decode_text(text.encode()) == (text, "utf-8")
    russian = "Наименование;Стоимость\nНоутбук;100\n"
    assert decode_text(russian.encode("cp1251")) == (russian, "cp1251")
    assert decode_text(text.encode("utf-16"))[0] == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a;b;c\n1;2,5;3\n", ";"),
        ("a,b,c\n1,2,3\n", ","),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('a,b\n"x; y; z",2\n', ","),
        ('Name;Cost\n"Ноутбук, 15""";45 000,50\n', ";"),
    ],
)
def test_sniff_delimiter(text, expected):
    assert sniff_delimiter(text) == expected


def test_header_found_below_a_title_and_matched_in_any_language():
    data = (
        "Инвентаризационная опись;;;\n"
        ";;;\n"
        "№;Наименование;Инвентарный номер;Стоимость, сом;Примечание\n"
        "1;Ноутбук;ИН-1;45 000,00;x\n"
    ).encode("cp1251")
    table = read_csv_bytes(data, FIELDS)
    assert table.header_line == 3
    assert table.encoding == "cp1251"
    assert table.delimiter == ";"
    assert table.columns == {
        "name": "Наименование",
        "number": "Инвентарный номер",
        "cost": "Стоимость, сом",
    }
    assert table.ignored_columns == ["№", "Примечание"]
    assert [(r.line, dict(r.values)) for r in table.rows] == [
        (4, {"name": "Ноутбук", "number": "ИН-1", "cost": "45 000,00"})
    ]


def test_header_key_folds_kyrgyz_letters_and_punctuation():
    assert header_key("  ИНВЕНТАРДЫК  номер: ") == "инвентардык номер"
    assert header_key("Сүрөт (файл)") == header_key("сҮрөт файл")
    assert header_key("Дата приобретения") == header_key("дата приобретения")


def test_missing_required_column_is_named():
    with pytest.raises(TableFormatError, match="Инвентардык номер"):
        read_csv_bytes(b"Name;Cost\nx;1\n", FIELDS)


def test_file_without_a_header_is_refused():
    with pytest.raises(TableFormatError, match="No header row"):
        read_csv_bytes(b"1;2;3\n4;5;6\n", FIELDS)


def test_line_numbers_count_physical_lines_of_multiline_cells():
    data = b'Name;Inventory number\n"two\nlines";A\nnext;B\n'
    table = read_csv_bytes(data, FIELDS)
    assert [(r.line, r.get("number")) for r in table.rows] == [(2, "A"), (4, "B")]
    assert table.rows[0].get("name") == "two\nlines"


def test_missing_cells_and_blank_rows():
    table = read_csv_bytes(b"Name;Inventory number;Cost\nx;1\n;;\n\ny;2;3\n", FIELDS)
    assert [dict(r.values) for r in table.rows] == [
        {"name": "x", "number": "1", "cost": ""},
        {"name": "y", "number": "2", "cost": "3"},
    ]


def test_read_table_refuses_other_formats(tmp_path):
    old = tmp_path / "list.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(TableFormatError, match="97"):
        read_table(old, FIELDS)
    with pytest.raises(TableFormatError, match=r"\.csv"):
        read_table(tmp_path / "list.ods", FIELDS)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(TableFormatError, match="not a readable"):
        read_table(broken, FIELDS)
    with pytest.raises(TableFormatError, match="Cannot read"):
        read_table(tmp_path / "missing.csv", FIELDS)


def test_read_xlsx_with_typed_cells_and_title_rows():
    table = read_table(
        DATA / "inventory_en.xlsx",
        (
            FieldSpec("number", ("Inventory No",), required=True),
            FieldSpec("date", ("Purchase date",)),
            FieldSpec("cost", ("Cost",)),
        ),
    )
    assert table.sheet == "Equipment"
    assert table.header_line == 3
    assert [(r.line, dict(r.values)) for r in table.rows] == [
        (4, {"number": "XL-1", "date": "2025-11-03", "cost": "98000"}),
        (5, {"number": "XL-2", "date": "2024-05-17", "cost": "12500.5"}),
        (6, {"number": "XL-3", "date": "2014-03-01", "cost": "7 200"}),
    ]


def test_read_xlsx_takes_the_first_sheet_with_a_header(tmp_path):
    workbook = Workbook()
    workbook.active.append(["Notes only"])
    second = workbook.create_sheet("Тизме")
    second.append(["Аталышы", "Инвентардык номер"])
    second.append(["Үн күчөткүч", "ИН-7"])
    path = tmp_path / "two.xlsx"
    workbook.save(path)
    table = read_table(path, FIELDS)
    assert table.sheet == "Тизме"
    assert table.rows[0].get("name") == "Үн күчөткүч"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("2024-03-15", dt.date(2024, 3, 15)),
        ("15.03.2024", dt.date(2024, 3, 15)),
        ("15/03/2024", dt.date(2024, 3, 15)),
        ("5.3.24", dt.date(2024, 3, 5)),
        ("2024-03-15 00:00:00", dt.date(2024, 3, 15)),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31.02.2024", "yesterday", "2024/13/01", "15.03"])
def test_parse_date_rejects(text):
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("45000", Decimal("45000.00")),
        ("45 000,50", Decimal("45000.50")),
        ("45\u00a0000 сом", Decimal("45000.00")),
        ("45000.5", Decimal("45000.50")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("1,234,567.89", Decimal("1234567.89")),
        ("1,234,567", Decimal("1234567.00")),
        ("12,5", Decimal("12.50")),
        ("0", Decimal("0.00")),
    ],
)
def test_parse_amount(text, expected):
    assert parse_amount(text) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1,500", "ambiguous"),
        ("-5", "negative"),
        ("abc", "not an amount"),
        ("1e9", "not an amount"),
        ("9999999999999", "too large"),
    ],
)
def test_parse_amount_rejects(text, message):
    with pytest.raises(ValueError, match=message):
        parse_amount(text)


def test_parse_count():
    assert parse_count("1 250") == 1250
    assert parse_count("12.0") == 12
    assert parse_count("") is None
    with pytest.raises(ValueError, match="whole number"):
        parse_count("-3")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://example.org")', '\'=HYPERLINK("http://example.org")'),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("+996 555 123 456", "+996 555 123 456"),
        ("+996 (312) 62-34-56", "+996 (312) 62-34-56"),
        ("+996 555 123 456 =1", "'+996 555 123 456 =1"),
        ("Ноутбук", "Ноутбук"),
        ("", ""),
    ],
)
def test_neutralise(text, expected):
    assert neutralise(text) == expected


def _row(*values):
    return list(values)


def test_csv_is_utf8_with_bom_semicolons_and_neutralised(tmp_path):
    path = tmp_path / "out.csv"
    rows = [
        _row("Үн күчөткүч", "ИН-1", Decimal("45000.50"), "+996 555 123 456"),
        _row("=cmd|'/C calc'!A0", "ИН-2", Decimal("1500"), None),
        _row("Принтер; лазерный", "ИН-3", None, "-"),
    ]
    assert write_csv(path, ["Аталышы", "Инвентардык номер", "Баасы", "Телефон"], rows) == 3
    raw = path.read_bytes()
    assert raw.startswith(codecs.BOM_UTF8)
    lines = raw[3:].decode("utf-8").split("\r\n")
    assert lines[0] == "Аталышы;Инвентардык номер;Баасы;Телефон"
    assert lines[1] == "Үн күчөткүч;ИН-1;45000,50;+996 555 123 456"
    assert lines[2] == "'=cmd|'/C calc'!A0;ИН-2;1500;"
    assert lines[3] == '"Принтер; лазерный";ИН-3;;\'-'
    # Our own files read back as they were written, apostrophes gone.
    table = read_csv_bytes(raw, FIELDS)
    assert [r.get("name") for r in table.rows] == [
        "Үн күчөткүч",
        "=cmd|'/C calc'!A0",
        "Принтер; лазерный",
    ]
    assert table.rows[0].get("phone") == "+996 555 123 456"
    assert table.rows[2].get("phone") == "-"


def test_xlsx_has_header_widths_frozen_row_filter_and_typed_cells(tmp_path):
    path = tmp_path / "out.xlsx"
    rows = [
        _row("Үн күчөткүч", "ИН-1", Decimal("45000.50"), dt.date(2024, 3, 15), "+996 555 123 456"),
        _row('=HYPERLINK("http://example.org","x")', "ИН-2", None, None, "@SUM(A1)"),
        _row("bell\x07 char", "ИН-3", 7, None, "-5"),
    ]
    write_xlsx(
        path,
        ["Аталышы", "Инв. №", "Баасы", "Күнү", "Телефон"],
        rows,
        widths=[30, 12, 14, 12, 20],
        sheet_title="Жабдуулар: тизме [1]",
    )
    sheet = load_workbook(path).active
    assert sheet.title == "Жабдуулар  тизме  1"
    assert [c.value for c in sheet[1]] == ["Аталышы", "Инв. №", "Баасы", "Күнү", "Телефон"]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E4"
    assert sheet.column_dimensions["A"].width == 30
    assert sheet["C2"].value == 45000.5 and sheet["C2"].data_type == "n"
    assert sheet["D2"].value == dt.datetime(2024, 3, 15)
    assert sheet["E2"].value == "+996 555 123 456"
    for ref in ("A3", "E3", "E4"):
        cell = sheet[ref]
        assert cell.data_type == "s", ref
        assert cell.quotePrefix, ref
    assert sheet["A3"].value.startswith("=HYPERLINK")
    assert sheet["A4"].value == "bell char"
    assert not sheet["A2"].quotePrefix


def test_xlsx_widths_are_measured_when_not_given(tmp_path):
    path = tmp_path / "auto.xlsx"
    write_xlsx(path, ["A", "Long header here"], [["x" * 30, "y"]])
    sheet = load_workbook(path).active
    assert sheet.column_dimensions["A"].width == 32
    assert sheet.column_dimensions["B"].width == 16


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_failed_write_leaves_no_file(tmp_path, suffix):
    path = tmp_path / f"out{suffix}"

    def rows():
        yield ["a", "b"]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        write_table(path, ["A", "B"], rows())
    assert list(tmp_path.iterdir()) == []


def test_write_table_refuses_unknown_formats(tmp_path):
    with pytest.raises(TableFormatError):
        write_table(tmp_path / "x.ods", ["A"], [])


def test_check_rows_collects_every_problem():
    def convert(row: SourceRow) -> int:
        if not row.get("n").isdigit():
            raise RowInvalid([f"{row.get('n')!r} is not a number", "second reason"])
        return int(row.get("n"))

    rows = [SourceRow(2, {"n": "1"}), SourceRow(3, {"n": "x"}), SourceRow(5, {"n": "7"})]
    result = check_rows(rows, convert, lambda r: f"n={r.get('n')}")
    assert result.accepted == [(2, 1), (5, 7)]
    assert [str(p) for p in result.rejected] == ["row 3 (n=x): 'x' is not a number; second reason"]
    assert not result.ok


def test_decode_detects_utf16_without_bom_and_8bit_code_pages():
    text = "Аталышы;Баасы\nҮн күчөткүч;100\n"
    assert decode_text(text.encode("utf-16-le")) == (text, "utf-16-le")
    assert decode_text(text.encode("utf-16-be")) == (text, "utf-16-be")
    russian = "ФИО;Должность\nИванова Елена;Корреспондент\n"
    assert decode_text(russian.encode("koi8-r")) == (russian, "koi8_r")
    assert decode_text(russian.encode("cp866")) == (russian, "cp866")
    western = "Name;City\nHélène Lefèvre;Besançon\n"
    assert decode_text(western.encode("cp1252"))[0] == western


def test_refine_sees_the_header_and_chooses_the_columns():
    seen: list[list[str]] = []

    def refine(header, matched):
        seen.append(list(header))
        return {**matched, "cost": header.index("Extra")}

    table = read_csv_bytes(
        "Аталышы;Инвентарный номер;Extra\nНоутбук;A-1;42\n".encode(), FIELDS, refine=refine
    )
    assert seen == [["Аталышы", "Инвентарный номер", "Extra"]]
    assert table.rows[0].get("cost") == "42"
    assert table.ignored_columns == []


def test_read_xlsx_the_way_excel_and_libreoffice_write_cells(tmp_path):
    """Rich text and phonetic hints, escapes, booleans, errors, formulas' cached values, dates
    by built-in and custom formats, the 1904 date system, cells and rows without references."""
    records = [["Name", "Inventory number", "Cost", "Date"], ["x", "1", "2", "3"]]
    strings = (
        f'<sst xmlns="{MAIN}"><si><t>Name</t></si><si><t>Inventory number</t></si>'
        "<si><t>Cost</t></si><si><t>Date</t></si>"
        "<si><r><rPr><b/></rPr><t>Үн </t></r><r><t>күчөткүч</t></r>"
        "<rPh><t>phonetic</t></rPh></si>"
        "<si><t>line_x000D_two _x005F_x000D_</t></si></sst>"
    ).encode()
    styles = (
        f'<styleSheet xmlns="{MAIN}"><numFmts count="1">'
        '<numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>'
        '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>'
        "</cellXfs></styleSheet>"
    ).encode()
    rows = (
        '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" t="str"><f>A1</f><v>ИН-1</v></c>'
        '<c r="C2"><v>12500.5</v></c><c r="D2" s="1"><v>45000</v></c></row>'
        '<row><c t="s"><v>5</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>'
        '<c s="2"><v>45000.5</v></c></row>'
        '<row r="5"><c r="B5" t="inlineStr"><is><t>ИН-3</t></is></c><c r="C5"><v>7E3</v></c>'
        '<c r="D5" s="1"><v>0.5</v></c></row>'
    )

    def sheet(_old: bytes) -> bytes:
        return (
            f'<worksheet xmlns="{MAIN}"><sheetData><row r="1">'
            + "".join(f'<c r="{c}1" t="s"><v>{i}</v></c>' for i, c in enumerate("ABCD"))
            + "</row>"
            + rows
            + "</sheetData></worksheet>"
        ).encode()

    def book_1904(old: bytes) -> bytes:
        return old.replace(b"<sheets>", b'<workbookPr date1904="1"/><sheets>')

    def with_styles(rels: bytes) -> bytes:
        return rels.replace(
            b"</Relationships>",
            b'<Relationship Id="rId3" Target="styles.xml" Type="http://schemas.openxmlformats'
            b'.org/officeDocument/2006/relationships/styles"/></Relationships>',
        )

    def write(path, *, mac: bool) -> None:
        make = xlsx_build.workbook(
            records,
            strings=strings,
            sheet=sheet,
            workbook_rels=with_styles,
            **({"workbook": book_1904} if mac else {}),
        )
        make(path)
        with zipfile.ZipFile(path, "a") as archive:
            archive.writestr("xl/styles.xml", styles)

    fields = [
        FieldSpec("name", ("Name",)),
        FieldSpec("number", ("Inventory number",)),
        FieldSpec("cost", ("Cost",)),
        FieldSpec("date", ("Date",)),
    ]
    path = tmp_path / "excel.xlsx"
    write(path, mac=False)
    table = read_table(path, fields)
    assert [(r.line, dict(r.values)) for r in table.rows] == [
        (2, {"name": "Үн күчөткүч", "number": "ИН-1", "cost": "12500.5", "date": "2023-03-15"}),
        (
            3,
            {
                "name": "line\rtwo _x000D_",
                "number": "1",
                "cost": "#N/A",
                "date": "2023-03-15 12:00:00",
            },
        ),
        (5, {"name": "", "number": "ИН-3", "cost": "7000", "date": "12:00:00"}),
    ]
    write(path, mac=True)
    assert read_table(path, fields).rows[0].get("date") == "2027-03-16"
