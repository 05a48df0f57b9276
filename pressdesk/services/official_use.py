"""The restricted-use mark («Кызматтык пайдалануу үчүн» / «Для служебного пользования») on
exports that are not documents.

DOCX and PDF carry the mark through the document model. An XLSX workbook gets it in a line
above the table and in the header of every printed page. CSV and vCard files are data for
other programs, which a line of text before the data would break, so they carry no mark.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

from pressdesk.documents.locale import Lang, label
from pressdesk.fileio import atomic_path

#: Formats that can carry the mark.
MARKABLE_FORMATS: Final = (".docx", ".pdf", ".xlsx")


def can_mark(path: str | os.PathLike[str]) -> bool:
    """Return True if a file of this type can carry the restricted-use mark."""
    return suffix_can_mark(Path(path).suffix)


def suffix_can_mark(suffix: str) -> bool:
    """Return True if files ending in ``suffix`` (".pdf") can carry the restricted-use mark."""
    return suffix.lower() in MARKABLE_FORMATS


def mark_text(lang: Lang) -> str:
    """Return the mark in ``lang``."""
    return label("official_use", lang)


def mark_workbook(path: str | os.PathLike[str], lang: Lang) -> None:
    """Put the mark above the table of every sheet of the XLSX file ``path`` and in the header
    of its printed pages; frozen rows and the filter move down with the table."""
    from openpyxl import load_workbook  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.styles import Font  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.utils import range_boundaries  # type: ignore[import-untyped,unused-ignore]
    from openpyxl.utils.cell import (  # type: ignore[import-untyped,unused-ignore]
        coordinate_from_string,
        get_column_letter,
    )

    text = mark_text(lang)
    workbook = load_workbook(path)
    for sheet in workbook.worksheets:
        frozen = sheet.freeze_panes
        ref = sheet.auto_filter.ref
        sheet.insert_rows(1)
        sheet.cell(row=1, column=1, value=text).font = Font(bold=True)
        if frozen:
            column, row = coordinate_from_string(frozen)
            sheet.freeze_panes = f"{column}{row + 1}"
        if ref:
            first_col, first_row, last_col, last_row = range_boundaries(ref)
            if first_col and first_row and last_col and last_row:
                sheet.auto_filter.ref = (
                    f"{get_column_letter(first_col)}{first_row + 1}:"
                    f"{get_column_letter(last_col)}{last_row + 1}"
                )
        for header in (sheet.oddHeader, sheet.evenHeader, sheet.firstHeader):
            if header is not None:
                header.right.text = text
    with atomic_path(path) as tmp:
        workbook.save(tmp)
