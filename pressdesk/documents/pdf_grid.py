"""Draw the grid tables of a PDF: rows fitted once, laid out a page at a time, drawn straight
on the canvas (a platypus table per page would measure and style every cell again)."""

from __future__ import annotations

import itertools
import operator
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import FILL_NON_ZERO, PATH_OPS
from reportlab.platypus import Flowable

from pressdesk.documents.tablefit import (
    CELL_LEADING,
    CELL_PAD_BOTTOM,
    CELL_PAD_TOP,
    CELL_PAD_X,
    TABLE_SIZE,
    TextFitter,
)
from pressdesk.documents.textbreak import NBSP

GRID_COLOR: Final = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL: Final = colors.Color(0.9, 0.9, 0.9)
GRID_LINE: Final = 0.5
# A heading is never left at the foot of a page: it moves on with at least this many rows.
ROWS_WITH_HEADING: Final = 2
_BREAKS: Final = operator.methodcaller("count", "\n")
_STROKE: Final = PATH_OPS[1, 0, FILL_NON_ZERO]


def row_height(cells: Sequence[str], least: float = 0.0) -> float:
    """Return the height of a table row of fitted cells (at least ``least``)."""
    lines = max(map(_BREAKS, cells), default=0) + 1
    return max(CELL_LEADING * lines + (CELL_PAD_BOTTOM + CELL_PAD_TOP), least)


@dataclass(frozen=True)
class GridLook:
    """How the rows of one table are drawn: column widths, alignments and fonts."""

    widths: Sequence[float]
    aligns: Sequence[str]
    body: TextFitter
    body_font: str
    header: TextFitter
    header_font: str


@dataclass(frozen=True)
class Grid:
    """The fitted cells of one table, their heights and how they are drawn."""

    look: GridLook
    header: Sequence[str]
    rows: Sequence[Sequence[str]]
    heights: Sequence[float]
    header_height: float
    repeat_header: bool

    def block(self, start: int, end: int, first: bool) -> GridBlock:
        """Return rows ``start:end`` as one page's block, under the header where it belongs."""
        return GridBlock(self, start, end, with_header=first or self.repeat_header)


class GridBlock(Flowable):  # type: ignore[misc]
    """The rows of a table that go on one page, drawn as text lines and rules."""

    def __init__(self, grid: Grid, start: int, end: int, *, with_header: bool) -> None:
        super().__init__()
        self._grid = grid
        self._start = start
        self._end = end
        self._with_header = with_header
        self.width = sum(grid.look.widths)
        self.height = (grid.header_height if with_header else 0.0) + sum(grid.heights[start:end])

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the block's size; it was cut to the page before it got here."""
        return self.width, self.height

    def draw(self) -> None:
        """Draw the header's shading, the text of every cell, then the rules."""
        grid = self._grid
        look = grid.look
        canvas = self.canv
        top = self.height
        rules = [top]
        # One text object for the block: a text object per cell costs more than its text.
        text = _TextLines(canvas)
        if self._with_header:
            height = grid.header_height
            canvas.saveState()
            canvas.setFillColor(HEADER_FILL)
            canvas.rect(0, top - height, self.width, height, stroke=0, fill=1)
            canvas.restoreState()
            centred = ["center"] * len(look.widths)
            text.set_font(look.header_font)
            self._cells(text, grid.header, top, height, aligns=centred, middle=True)
            top -= height
            rules.append(top)
        text.set_font(look.body_font)
        rules += self._body(text, top)
        text.draw()
        canvas.saveState()
        canvas.setStrokeColor(GRID_COLOR)
        canvas.setLineWidth(GRID_LINE)
        # The rules as drawPath writes a new path of moveTo/lineTo pairs, its numbers
        # formatted once per block (a block has a few dozen rules, a document thousands of
        # blocks).
        number = _Numbers()
        right = number[self.width]
        path = ["n", *(f"0 {number[y]} m {right} {number[y]} l" for y in rules)]
        bottom, top_text = number[rules[-1]], number[rules[0]]
        path += [
            f"{number[x]} {top_text} m {number[x]} {bottom} l"
            for x in itertools.accumulate(look.widths, initial=0.0)
        ]
        canvas.addLiteral(" ".join(path))
        canvas.addLiteral(_STROKE)
        canvas.restoreState()

    def _body(self, text: _TextLines, top: float) -> list[float]:
        """Add the lines of the block's rows to ``text``, each aligned in its column; return
        where each row ends."""
        grid = self._grid
        look = grid.look
        measure = look.body.width
        # Where a column's lines start: a left edge is the same for every line.
        columns: list[tuple[str, float, float]] = []
        left = 0.0
        for width, align in zip(look.widths, look.aligns, strict=True):
            columns.append((align, left + CELL_PAD_X if align == "left" else left, width))
            left += width
        line = text.line
        ends: list[float] = []
        for row, height in zip(
            grid.rows[self._start : self._end],
            grid.heights[self._start : self._end],
            strict=True,
        ):
            first = top - CELL_PAD_TOP
            for cell, (align, left, width) in zip(row, columns, strict=True):
                if not cell:
                    continue
                baseline = first - TABLE_SIZE
                for part in cell.split("\n") if "\n" in cell else (cell,):
                    if part:
                        if align == "left":
                            x = left
                        elif align == "right":
                            x = left + width - CELL_PAD_X - measure(part)
                        else:
                            x = left + (width - measure(part)) / 2
                        line(x, baseline, part)
                    baseline -= CELL_LEADING
            top -= height
            ends.append(top)
        return ends

    def _cells(
        self,
        text: _TextLines,
        cells: Sequence[str],
        top: float,
        height: float,
        *,
        aligns: Sequence[str],
        middle: bool,
    ) -> None:
        """Add one row's cells to ``text``, each line aligned in its column and ended with a
        line break (so that text extraction keeps the cells apart)."""
        look = self._grid.look
        fitter = look.header if middle else look.body
        left = 0.0
        for cell, width, align in zip(cells, look.widths, aligns, strict=True):
            if cell:
                lines = cell.split("\n")
                if middle:
                    room = height - CELL_PAD_TOP - CELL_PAD_BOTTOM
                    first = top - CELL_PAD_TOP - (room - len(lines) * CELL_LEADING) / 2
                else:
                    first = top - CELL_PAD_TOP
                baseline = first - TABLE_SIZE
                for line in lines:
                    if line:
                        if align == "right":
                            x = left + width - CELL_PAD_X - fitter.width(line)
                        elif align == "center":
                            x = left + (width - fitter.width(line)) / 2
                        else:
                            x = left + CELL_PAD_X
                        text.line(x, baseline, line)
                    baseline -= CELL_LEADING
            left += width


class _Numbers(dict[float, str]):
    """Numbers as PDF operators write them (``fp_str``), each formatted once."""

    def __missing__(self, value: float) -> str:
        text: str = fp_str(value)
        self[value] = text
        return text


#: The PDF operators of a text in the first font subset (nearly every text), or the font
#: subsets and operators of its pieces.
Shown = str | tuple[tuple[int, str], ...]
#: The operators of each text already drawn in a document, per font: a long table repeats its
#: texts (outlets, positions, phone prefixes), and encoding a text is most of drawing it. The
#: values are strings or tuples of them, which the cycle collector need not walk: the cache
#: lives as long as the PDF document, which reportlab builds of reference cycles.
_ENCODED: weakref.WeakKeyDictionary[Any, dict[str, dict[str, Shown]]] = weakref.WeakKeyDictionary()


class _TextLines:
    """The text of a block as one PDF text object, each line placed where it starts.

    For a TrueType font (the documents' fonts) the operators are written here, with the
    encoding of each distinct text kept for the document, instead of reportlab encoding every
    line anew; the output is the same as ``textLine`` gives. Other fonts go through reportlab's
    text object.
    """

    def __init__(self, canvas: Any) -> None:
        self._canvas = canvas
        self._doc = canvas._doc
        # The text matrix starts at the origin, as reportlab's text objects do.
        self._code: list[str] = ["BT 1 0 0 1 0 0 Tm"]
        self._font: Any = None
        self._texts: dict[str, Shown] = {}
        self._switch = ""
        self._subset = -1
        self._fallback: Any = None
        # The numbers of the text matrices as written: a table's lines start at few places
        # (a column's left edge, a row's baselines).
        self._numbers = _Numbers()

    def set_font(self, name: str) -> None:
        """Set the lines that follow in the font ``name`` at the table's size."""
        font = pdfmetrics.getFont(name)
        if not getattr(font, "_dynamicFont", False) or not self._canvas.bottomup:
            if self._fallback is None:
                self._fallback = self._canvas.beginText()
            self._fallback.setFont(name, TABLE_SIZE, CELL_LEADING)
            self._font = None
            return
        self._font = font
        self._texts = _ENCODED.setdefault(self._doc, {}).setdefault(name, {})
        self._switch = f"{fp_str(TABLE_SIZE)} Tf {fp_str(CELL_LEADING)} TL"
        self._subset = -1

    def line(self, x: float, y: float, line: str) -> None:
        """Add ``line`` starting at (``x``, ``y``), ended with a line break."""
        if self._font is None:
            self._fallback.setTextOrigin(x, y)
            self._fallback.textLine(line)
            return
        shown = self._texts.get(line)
        if shown is None:
            shown = self._texts[line] = self._encode(line)
        numbers = self._numbers
        x_text = numbers[x]
        y_text = numbers[y]
        code = self._code
        if isinstance(shown, str):
            # The operators of a line go in as one piece when they need no change of font
            # subset (nearly always): the same text as one piece per operator once joined by
            # line breaks.
            if self._subset == 0:
                code.append(f"1 0 0 1 {x_text} {y_text} Tm\n{shown}\nT*")
                return
            shown = ((0, shown),)
        code.append(f"1 0 0 1 {x_text} {y_text} Tm")
        for subset, operators in shown:
            if subset != self._subset:
                name = self._font.getSubsetInternalName(subset, self._doc)
                code.append(f"{name} {self._switch}")
                self._subset = subset
            code.append(operators)
        code.append("T*")

    def _encode(self, line: str) -> Shown:
        """Return the text operators of ``line`` (with their font subsets where the line
        needs another than the first), as ``splitString`` and ``textLine`` make them."""
        state = self._font.state.get(self._doc)
        if state is not None:
            # Characters the document has already used have their codes; a line of those in
            # the first subset (most of a Cyrillic and Latin text) is one piece. A no-break
            # space is printed as a space, as splitString does.
            assignments = state.assignments
            try:
                codes = bytes(map(assignments.__getitem__, map(ord, line.replace(NBSP, " "))))
            except (KeyError, ValueError):
                pass
            else:
                return f"({escapePDF(codes)}) Tj"
        parts = self._font.splitString(line, self._doc)
        if len(parts) == 1 and parts[0][0] == 0:
            return f"({escapePDF(parts[0][1])}) Tj"
        return tuple((subset, f"({escapePDF(part)}) Tj") for subset, part in parts)

    def draw(self) -> None:
        """Put the text on the canvas."""
        if len(self._code) > 1:
            self._code.append("ET")
            self._canvas.addLiteral("\n".join(self._code))
        if self._fallback is not None:
            self._canvas.drawText(self._fallback)


class TableFlow(Flowable):  # type: ignore[misc]
    """A long table laid out one page at a time, together with the headings before it.

    Each page gets a block of only the rows that fit there, worked out from the row heights
    of the fitted text, so a table of thousands of rows costs no more per page than a short
    one, and the header row repeats on every page without ever showing in the middle of one.
    The headings (and a short introduction) stay with the header and the first rows, never
    alone at the foot of a page.
    """

    def __init__(self, grid: Grid, lead: Sequence[Any], start: int = 0) -> None:
        super().__init__()
        self._grid = grid
        self._lead = list(lead)
        self._start = start

    def getSpaceBefore(self) -> float:
        """Return the space before the first heading, as the frame would leave it."""
        return float(self._lead[0].getSpaceBefore()) if self._lead else 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Claim more room than any frame has, so that the frame asks for a split."""
        return avail_width, 0xFFFFFF

    def draw(self) -> None:  # pragma: no cover - the frame only ever splits this flowable
        raise AssertionError("a table flow is split, never drawn")

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        """Return the headings, a block of the rows that fit here and a flow of the rest."""
        grid = self._grid
        start = self._start
        first = start == 0
        room = avail_height - self._lead_height(avail_width, avail_height)
        used = grid.header_height if first or grid.repeat_header else 0.0
        heights = grid.heights
        end = start
        while end < len(heights) and used + heights[end] <= room:
            used += heights[end]
            end += 1
        needed = min(len(heights) - start, ROWS_WITH_HEADING) if self._lead else 1
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        if end - start < needed and not at_top:
            return []
        if end == start:
            if self._lead:
                return [*self._lead, TableFlow(grid, (), start)]
            # A row taller than a page: the frame reports it as too large.
            return [grid.block(start, start + 1, first)]
        block = grid.block(start, end, first)
        if end == len(grid.rows):
            return [*self._lead, block]
        return [*self._lead, block, TableFlow(grid, (), end)]

    def _lead_height(self, avail_width: float, avail_height: float) -> float:
        """Return the height the headings take, with the spaces the frame leaves."""
        height = 0.0
        after = 0.0
        for index, flowable in enumerate(self._lead):
            height += flowable.wrap(avail_width, avail_height)[1]
            if index:
                # The frame lets a space after overlap the next flowable's space before.
                height += max(after, flowable.getSpaceBefore())
            after = flowable.getSpaceAfter()
        return height + after
