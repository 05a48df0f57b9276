"""Translated wording for files an import cannot read: damaged, mixed encodings, over a limit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from pressdesk.exchange.errors import ImportFileError
from pressdesk.exchange.limits import MB
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "FileProblems"

# One sentence per limit; {file} is the file's name, {value} the limit, {line} where it was met.
_LIMITS = {
    "contact_table_bytes": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} is larger than {value} MB, the most a contact table (CSV or XLSX) may be.",
    ),
    "contact_rows": QT_TRANSLATE_NOOP(
        "FileProblems", "{file} has more than {value} rows, the most a contact table may have."
    ),
    "asset_table_bytes": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} is larger than {value} MB, the most an inventory or archive table may be.",
    ),
    "asset_rows": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} has more than {value} rows, the most an inventory or archive table may have.",
    ),
    "cell_chars": QT_TRANSLATE_NOOP(
        "FileProblems",
        "Row {line} of {file} has a cell of more than {value} characters, the most a cell "
        "may hold.",
    ),
    "xlsx_unpacked_bytes": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} unpacks to more than {value} MB, the most an Excel workbook (XLSX) may unpack to.",
    ),
    "xlsx_shared_strings_bytes": QT_TRANSLATE_NOOP(
        "FileProblems",
        "The text of the workbook {file} unpacks to more than {value} MB, the most it may.",
    ),
    "xlsx_text_chars": QT_TRANSLATE_NOOP(
        "FileProblems",
        "The cells of the workbook {file} hold more than {value} characters of text, the most "
        "a table may hold.",
    ),
    "xlsx_part_bytes": QT_TRANSLATE_NOOP(
        "FileProblems",
        "A part of the workbook {file} other than its sheets unpacks to more than {value} MB, "
        "the most it may.",
    ),
    "vcard_file_bytes": QT_TRANSLATE_NOOP(
        "FileProblems", "{file} is larger than {value} MB, the most a vCard file may be."
    ),
    "vcard_cards": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} holds more than {value} contacts, the most a vCard file may hold.",
    ),
    "vcard_text_bytes": QT_TRANSLATE_NOOP(
        "FileProblems",
        "The contacts in {file} hold more than {value} MB of text besides their photos, the "
        "most a vCard file may.",
    ),
    "vcard_property_bytes": QT_TRANSLATE_NOOP(
        "FileProblems",
        "The value on line {line} of {file} is longer than {value} MB, the most one value "
        "other than a photo may be.",
    ),
    "ics_file_bytes": QT_TRANSLATE_NOOP(
        "FileProblems", "{file} is larger than {value} MB, the most a calendar file may be."
    ),
    "ics_events": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} holds more than {value} events, the most a calendar file may hold.",
    ),
}

_KINDS = {
    "damaged_xlsx": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} is damaged or is not an Excel workbook (XLSX), and cannot be read. Open it in "
        "Excel or LibreOffice and save it again as XLSX, or save it as CSV.",
    ),
    "damaged_xlsx_row": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} is damaged and cannot be read from row {row} on. Open it in Excel or "
        "LibreOffice and save it again as XLSX, or save it as CSV.",
    ),
    "bom_not_utf8": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} starts with the mark of UTF-8 text, but line {line} is not UTF-8: the file "
        "mixes two encodings. Save it again as “CSV UTF-8”.",
    ),
    "utf16_cut": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} is UTF-16 text that ends in the middle of a letter: it is cut short or "
        "damaged. Save it again from the program that made it.",
    ),
    "csv_malformed": QT_TRANSLATE_NOOP(
        "FileProblems",
        "The CSV text of {file} is malformed on line {line}. Open it in a spreadsheet program "
        "and save it again as CSV.",
    ),
    "empty": QT_TRANSLATE_NOOP(
        "FileProblems", "{file} is empty: there is nothing to import in it."
    ),
    "folder": QT_TRANSLATE_NOOP(
        "FileProblems", "{file} is a folder, not a file. Choose the file itself."
    ),
    "cannot_open": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} cannot be opened: it was moved or deleted, or you may not read it. Check that "
        "the file is there and that you have the right to read it.",
    ),
    "wrong_type": QT_TRANSLATE_NOOP(
        "FileProblems", "{file} cannot be imported: choose a file of one of these kinds: {formats}."
    ),
    "old_xls": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} is an old Excel 97–2003 workbook (XLS). Open it in Excel or LibreOffice, save "
        "it as XLSX or CSV and try again.",
    ),
    "no_header": QT_TRANSLATE_NOOP(
        "FileProblems",
        "No row naming the columns was found in {file}; the first row should name them. If "
        "the letters of the file look wrong, its encoding is not known: save it again as "
        "“CSV UTF-8”.",
    ),
    "no_header_missing": QT_TRANSLATE_NOOP(
        "FileProblems", "Columns the import needs are missing in {file}: {missing}."
    ),
    "no_sheets": QT_TRANSLATE_NOOP("FileProblems", "The workbook {file} has no sheets."),
    "no_rows": QT_TRANSLATE_NOOP(
        "FileProblems", "{file} has a row naming the columns, but no contacts under it."
    ),
    "no_contact_columns": QT_TRANSLATE_NOOP(
        "FileProblems",
        "No column of names, e-mail addresses or phone numbers was found in {file}. Name a "
        "column ФИО or Аты-жөнү, or choose the columns by hand.",
    ),
    "vcard_cut": QT_TRANSLATE_NOOP(
        "FileProblems",
        "{file} ends inside the contact that starts on line {line}: it is probably cut short. "
        "Export the contacts again.",
    ),
    "vcard_none": QT_TRANSLATE_NOOP("FileProblems", "{file} holds no vCard contacts."),
}

_NOTHING = QT_TRANSLATE_NOOP("FileProblems", "Nothing was imported.")


def describe(exc: ImportFileError) -> str | None:
    """Return the translated sentence for ``exc``, or None when it has no wording of its own."""
    values = exc.values
    locale = QLocale()
    if exc.code == "limit":
        template = _LIMITS.get(str(values.get("limit", "")))
        if template is None:
            return None
        value = int(values.get("value", 0))
        shown = value // MB if "bytes" in str(values["limit"]) else value
        text = QCoreApplication.translate(_CONTEXT, template).format(
            file=values.get("file", ""), value=locale.toString(shown), line=values.get("line")
        )
    else:
        code = exc.code
        if code == "damaged_xlsx" and values.get("row"):
            code = "damaged_xlsx_row"
        if code == "no_header" and values.get("missing"):
            code = "no_header_missing"
        template = _KINDS.get(code)
        if template is None or ("{file}" in template and not values.get("file")):
            return None
        text = QCoreApplication.translate(_CONTEXT, template).format(
            file=values.get("file", ""),
            line=values.get("line"),
            row=values.get("row"),
            formats=values.get("formats", ""),
            missing=values.get("missing", ""),
        )
    return f"{text} {QCoreApplication.translate(_CONTEXT, _NOTHING)}"
