"""WordprocessingML pieces of a DOCX: runs with their allowed breaks, table cells, the fixed
grid and cell margins of a table, borders and fields."""

from __future__ import annotations

import re
from typing import Any, Final
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm

from pressdesk.documents import model as m
from pressdesk.documents import textbreak as tb
from pressdesk.documents.tablefit import CELL_PAD_BOTTOM, CELL_PAD_TOP, CELL_PAD_X, TextFitter

# Word breaks a line at these only when it must: a soft hyphen prints "-" then, the other nothing.
SOFT_HYPHEN: Final = "\xad"
ZERO_WIDTH_BREAK: Final = "\u200b"
HEADER_FILL: Final = "E6E6E6"
JC: Final = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def runs_xml(text: str, room: float | None = None, fitter: TextFitter | None = None) -> str:
    """Return the WordprocessingML runs for ``text``, keeping line breaks and tabs.

    In a table cell ``room`` points wide, spans that must not break (dates, phone numbers,
    codes) are tied together, and a word wider than the cell gets break opportunities where
    :mod:`textbreak` allows them: an invisible break in links and addresses, a soft hyphen in
    long words, so Word never cuts a word at an arbitrary letter.
    """
    if not text:
        return ""
    parts: list[str] = []
    cleaned = m.clean_text(text).replace("\r\n", "\n")
    if room is not None:
        cleaned = tb.protect(cleaned)
    for number, line in enumerate(cleaned.split("\n")):
        if number:
            parts.append("<w:br/>")
        for index, chunk in enumerate(line.split("\t")):
            if index:
                parts.append("<w:tab/>")
            if chunk and room is not None and fitter is not None:
                parts.append(breakable_xml(chunk, room, fitter))
            elif chunk:
                parts.append(f'<w:t xml:space="preserve">{escape(chunk)}</w:t>')
    return f"<w:r>{''.join(parts)}</w:r>"


def breakable_xml(chunk: str, room: float, fitter: TextFitter) -> str:
    """Return ``chunk`` as run content with the breaks a word processor may take."""
    out: list[str] = []
    text = ""
    for token in re.split(r"([^\S\xa0]+)", chunk):
        if not token or tb.BREAKABLE_SPACE.fullmatch(token) or fitter.width(token) <= room:
            text += token
            continue
        if tb.is_protected(token):
            # A code such as ИН-0004 keeps its hyphen unbreakable.
            for index, piece in enumerate(token.split("-")):
                if index:
                    out.append(f'<w:t xml:space="preserve">{escape(text)}</w:t><w:noBreakHyphen/>')
                    text = ""
                text += piece
            continue
        pieces = tb.soft_pieces(token)
        if any(fitter.width(piece.text) > room for piece in pieces):
            pieces = tb.hyphenated_pieces(token, fitter.lang)
        for index, piece in enumerate(pieces):
            text += piece.text
            if index < len(pieces) - 1:
                text += SOFT_HYPHEN if piece.hyphen else ZERO_WIDTH_BREAK
    out.append(f'<w:t xml:space="preserve">{escape(text)}</w:t>')
    return "".join(out)


def cell_xml(
    runs: str,
    width: int,
    style_id: str,
    align: str,
    header: bool = False,
    *,
    keep_next: bool = False,
) -> str:
    """Return one table cell holding the runs ``runs`` as WordprocessingML; ``keep_next``
    keeps its row on the page of the next row."""
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{HEADER_FILL}"/>' if header else ""
    valign = '<w:vAlign w:val="center"/>' if header else ""
    keep = "<w:keepNext/>" if keep_next else ""
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shade}{valign}</w:tcPr>'
        f'<w:p><w:pPr><w:pStyle w:val="{style_id}"/>{keep}<w:jc w:val="{JC[align]}"/></w:pPr>'
        f"{runs}</w:p></w:tc>"
    )


def set_grid(table: Any, widths: list[int]) -> None:
    """Give ``table`` fixed column widths (twips) so Word does not re-flow them."""
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        old = tbl_pr.find(qn(tag))
        if old is not None:
            tbl_pr.remove(old)
    tbl_w = parse_xml(f'<w:tblW {nsdecls("w")} w:w="{sum(widths)}" w:type="dxa"/>')
    layout = parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    tbl_pr.insert_element_before(
        tbl_w,
        "w:jc",
        "w:tblCellSpacing",
        "w:tblInd",
        "w:tblBorders",
        "w:shd",
        "w:tblLayout",
        "w:tblCellMar",
        "w:tblLook",
        "w:tblCaption",
        "w:tblDescription",
    )
    tbl_pr.insert_element_before(layout, "w:tblCellMar", "w:tblLook", "w:tblCaption")
    grid = tbl.tblGrid
    for col in list(grid):
        grid.remove(col)
    for width in widths:
        col = OxmlElement("w:gridCol")
        col.set(qn("w:w"), str(width))
        grid.append(col)


def set_cell_margins(table: Any) -> None:
    """Give ``table`` the PDF's cell margins, which its column widths were planned with."""
    tbl_pr = table._tbl.tblPr
    old = tbl_pr.find(qn("w:tblCellMar"))
    if old is not None:
        tbl_pr.remove(old)
    sides = (
        ("top", CELL_PAD_TOP),
        ("left", CELL_PAD_X),
        ("bottom", CELL_PAD_BOTTOM),
        ("right", CELL_PAD_X),
    )
    margins = "".join(
        f'<w:{side} w:w="{round(points * 20)}" w:type="dxa"/>' for side, points in sides
    )
    element = parse_xml(f"<w:tblCellMar {nsdecls('w')}>{margins}</w:tblCellMar>")
    tbl_pr.insert_element_before(element, "w:tblLook", "w:tblCaption", "w:tblDescription")


def fix_widths(table: Any, widths_mm: list[float]) -> None:
    """Apply ``widths_mm`` to the grid and to every cell of a small layout table."""
    table.autofit = False
    widths = [twips(w) for w in widths_mm]
    set_grid(table, widths)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Mm(width * 25.4 / 1440)


def bottom_border(cell: Any) -> None:
    """Draw a signature line under ``cell``."""
    borders = parse_xml(
        f'<w:tcBorders {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="0" '
        'w:color="000000"/></w:tcBorders>'
    )
    cell._tc.get_or_add_tcPr().insert_element_before(
        borders,
        "w:shd",
        "w:noWrap",
        "w:tcMar",
        "w:textDirection",
        "w:tcFitText",
        "w:vAlign",
        "w:hideMark",
    )


def add_field(paragraph: Any, code: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) that the word processor fills in."""
    w = nsdecls("w")
    for xml in (
        f'<w:fldChar {w} w:fldCharType="begin"/>',
        f'<w:instrText {w} xml:space="preserve"> {code} </w:instrText>',
        f'<w:fldChar {w} w:fldCharType="separate"/>',
        f"<w:t {w}>1</w:t>",
        f'<w:fldChar {w} w:fldCharType="end"/>',
    ):
        paragraph.add_run()._r.append(parse_xml(xml))
