"""Fit table text into columns: widths that follow the content, lines that never cut a word.

Both renderers plan a table here with the PDF font's metrics, so a DOCX table has the same
columns as the PDF one (DOCX names Times New Roman, whose metrics Liberation Serif shares).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Final

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth

from pressdesk.documents import model as m
from pressdesk.documents import textbreak as tb

TABLE_SIZE: Final = 10.0
MM: Final = 72 / 25.4  # points in a millimetre
# One cell box for both renderers, so a DOCX printed by a word processor has the PDF's rows:
# the text's line pitch (single spacing of a Times-like face) and the cell margins, in points.
CELL_LEADING: Final = TABLE_SIZE * 1.15
CELL_PAD_X: Final = 3.0
CELL_PAD_TOP: Final = 1.5
CELL_PAD_BOTTOM: Final = 2.0
# A column is first made wide enough for this share of its cells on one line, so that a few
# long texts wrap instead of every row of the table taking two lines.
TYPICAL_SHARE: Final = 0.9
# Rows are tried at 1, 2, ... this many lines before the widths follow the longest texts.
MOST_LINES: Final = 4
# The longest of a column's typical cells that are measured for each number of lines.
SAMPLE_CELLS: Final = 5


class CharWidths(dict[str, float]):
    """Advance widths of single characters at 1000 pt, looked up once per character."""

    def __init__(self, font_name: str) -> None:
        super().__init__()
        self.font_name = font_name

    def __missing__(self, char: str) -> float:
        # A no-break space is as wide as a space (some fonts give it no advance of its own).
        width = float(stringWidth(" " if char == tb.NBSP else char, self.font_name, 1000.0))
        self[char] = width
        return width


class TextFitter:
    """Break plain text into lines of one font the way reportlab's Paragraph does, but fast,
    and never inside a word, a date or a number (see :mod:`textbreak`).

    Table cells hold the broken text as plain strings: a Paragraph per cell costs several
    times more to lay out and draw, and it is nearly all of the time of a long table.
    """

    def __init__(self, font_name: str, size: float, lang: str = "ru") -> None:
        self._chars = CharWidths(font_name)
        self._scale = size / 1000.0
        self._space = self.width(" ")
        self.lang = lang
        # Paragraph lets the spaces of a line shrink by this share to fit one more word.
        self._shrink = float(ParagraphStyle("fit").spaceShrinkage) * self._space
        self._words: dict[str, float] = {}
        self._fitted: dict[tuple[str, float], str] = {}
        # Each text is cleaned and protected once, though it is measured and fitted again.
        self._prepared: dict[str, str] = {}
        # A long document repeats its texts (positions, topics, phones) in many tables.
        self._narrowest: dict[tuple[str, bool], float] = {}
        self._widest: dict[str, float] = {}
        self._word_narrowest: dict[bool, dict[str, float]] = {False: {}, True: {}}

    def width(self, text: str) -> float:
        """Return the printed width of ``text`` in points."""
        return sum(map(self._chars.__getitem__, text)) * self._scale

    def min_width(self, text: str, *, hyphens: bool = False) -> float:
        """Return the narrowest line ``text`` can be set in without cutting a word."""
        key = (text, hyphens)
        found = self._narrowest.get(key)
        if found is None:
            narrowest = self._word_narrowest[hyphens]
            found = 0.0
            for line in self._prepare(text).split("\n"):
                for word in tb.words(line):
                    width = narrowest.get(word)
                    if width is None:
                        width = narrowest[word] = tb.word_min_width(
                            word, self._word_width, hyphens=hyphens, lang=self.lang
                        )
                    found = max(found, width)
            self._narrowest[key] = found
        return found

    def max_width(self, text: str) -> float:
        """Return the width ``text`` takes with no breaks but its own."""
        found = self._widest.get(text)
        if found is None:
            prepared = self._prepare(text)
            # One line (nearly every cell) is measured as it is.
            found = self._widest[text] = (
                tb.max_width(prepared, self.width) if "\n" in prepared else self.width(prepared)
            )
        return found

    def fit(self, text: str, width: float) -> str:
        """Return ``text`` with line breaks so that each line fits ``width`` points."""
        key = (text, width)
        fitted = self._fitted.get(key)
        if fitted is None:
            prepared = self._prepare(text)
            if "\n" not in prepared:
                # Most cells are one line that fits: the words as they are, one space apart.
                joined = " ".join(tb.words(prepared))
                used = self.max_width(text) if joined == prepared else self.width(joined)
                if used <= width:
                    self._fitted[key] = joined
                    return joined
            lines: list[str] = []
            for part in prepared.split("\n"):
                self._fit_line(part, width, lines)
            while len(lines) > 1 and not lines[-1]:
                lines.pop()
            fitted = self._fitted[key] = "\n".join(lines)
        return fitted

    def _prepare(self, text: str) -> str:
        """Return ``text`` cleaned, its unbreakable spans protected, with plain line breaks."""
        found = self._prepared.get(text)
        if found is None:
            found = tb.protect(m.clean_text(text)).replace("\r\n", "\n")
            self._prepared[text] = found
        return found

    def _word_width(self, word: str) -> float:
        width = self._words.get(word)
        if width is None:
            width = self._words[word] = self.width(word)
        return width

    def _fit_line(self, text: str, width: float, lines: list[str]) -> None:
        """Append the lines of one hard line of ``text`` to ``lines``."""
        line: list[str] = []
        used = -self._space
        for word in tb.words(text):
            word_width = self._word_width(word)
            wider = used + self._space + word_width
            limit = width + self._shrink * len(line)
            if wider <= limit or (not line and word_width <= width):
                line.append(word)
                used = wider
            elif word_width <= width:
                lines.append(" ".join(line))
                line = [word]
                used = word_width
            else:
                line, used = self._break_word(word, used, width, line, lines)
        lines.append(" ".join(line))

    def _break_word(
        self, word: str, used: float, width: float, line: list[str], lines: list[str]
    ) -> tuple[list[str], float]:
        """Set a word wider than the column over several lines, breaking it only where
        :mod:`textbreak` allows (a character split is the very last resort)."""
        pieces = tb.soft_pieces(word)
        if any(self._word_width(p.text) > width for p in pieces):
            pieces = tb.hyphenated_pieces(word, self.lang)
        if any(self._word_width(p.text + "-") > width for p in pieces if p.hyphen) or any(
            self._word_width(p.text) > width for p in pieces
        ):
            pieces = [tb.Piece(char) for char in word]
        start = used + self._space if line else 0.0
        chunk = ""
        chunk_width = 0.0
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            candidate = chunk_width + self._word_width(piece.text)
            mark = "-" if piece.hyphen and not last else ""
            if chunk and start + candidate + self._word_width(mark) > width:
                # Close the line after the previous piece.
                previous = pieces[index - 1]
                line.append(chunk + ("-" if previous.hyphen else ""))
                lines.append(" ".join(line))
                line, start, chunk, chunk_width = [], 0.0, "", 0.0
                candidate = self._word_width(piece.text)
            elif not chunk and line and start + candidate + self._word_width(mark) > width:
                lines.append(" ".join(line))
                line, start = [], 0.0
            chunk += piece.text
            chunk_width = candidate
        line.append(chunk)
        return line, self.width(" ".join(line))


@dataclass(frozen=True)
class TablePlan:
    """Column widths in points (the "№" column first, if any), and the page they need."""

    widths: list[float]
    landscape: bool


def plan_table(
    table: m.Table,
    *,
    body: TextFitter,
    header: TextFitter,
    number_width: float,
    portrait: float,
    landscape: float | None,
) -> TablePlan:
    """Choose the column widths of ``table`` for a page ``portrait`` points wide.

    Every column is at least as wide as its widest word (so no word is cut), then grows with
    its text. If the words do not fit, the table goes on a ``landscape`` page when one is
    offered; if they fit neither way, long words are hyphenated; only text that fits no page
    at all is shared out by the columns' weights.
    """
    titles = [column.title for column in table.columns]
    pad = 2 * CELL_PAD_X
    columns = list(zip(*table.rows, strict=True)) if table.rows else [() for _ in titles]
    weights = [column.width for column in table.columns]

    def bounds(hyphens: bool) -> tuple[list[float], list[float]]:
        mins, maxs = [], []
        for column, title, cells in zip(table.columns, titles, columns, strict=True):
            low = max(header.min_width(title, hyphens=True), column.min_width_mm * MM - pad)
            # Widest single lines first: a cell's narrowest setting is never wider than its
            # single line, so once a line is no wider than the narrowest so far, no cell after
            # it can widen the column.
            ranked = sorted(set(cells), key=body.max_width, reverse=True)
            high = max(header.max_width(title), body.max_width(ranked[0]) if ranked else 0.0)
            for cell in ranked:
                if body.max_width(cell) <= low:
                    break
                low = max(low, body.min_width(cell, hyphens=hyphens))
            mins.append(low + pad)
            maxs.append(high + pad)
        return mins, maxs

    def samples() -> list[list[str]]:
        """Return the longest few of the cells that make up most of each column."""
        found = []
        for cells in columns:
            ranked = sorted(Counter(cells).items(), key=lambda item: body.max_width(item[0]))
            goal = len(cells) * TYPICAL_SHARE
            seen = 0
            kept: list[str] = []
            for cell, count in ranked:
                seen += count
                kept.append(cell)
                if seen >= goal:
                    break
            found.append(kept[-SAMPLE_CELLS:])
        return found

    def level(lines: int, typical: list[list[str]]) -> list[float]:
        """Return the width each column needs so that most of its cells take at most
        ``lines`` lines."""
        return [
            max((_width_in_lines(body, cell, lines) for cell in sample), default=0.0) + pad
            for sample in typical
        ]

    lead = number_width if table.numbered else 0.0
    pages = [(portrait, False)] + ([(landscape, True)] if landscape is not None else [])
    mins, maxs = bounds(hyphens=False)
    usual = _Levels(samples, level)
    for hyphens in (False, True):
        least = bounds(hyphens=True)[0] if hyphens else mins
        for width, turned in pages:
            widths = tb.fit_columns(least, maxs, weights, width - lead, levels=usual)
            if widths is not None:
                return TablePlan([lead, *widths] if lead else widths, turned)
    page = landscape or portrait
    return TablePlan(m.column_widths(table, page, number_width), landscape is not None)


class TablePlanner:
    """Plans the tables of one document; tables of one column group share a plan.

    ``number_width`` gives the width of the "№" column for a number of characters.
    """

    def __init__(
        self,
        doc: m.Document,
        *,
        body: TextFitter,
        header: TextFitter,
        number_width: Callable[[int], float],
        portrait: float,
        landscape: float | None,
    ) -> None:
        self._groups = m.column_groups(doc)
        self._shared: dict[str, TablePlan] = {}
        self._body = body
        self._header = header
        self._number_width = number_width
        self._portrait = portrait
        self._landscape = landscape

    def _plan(self, table: m.Table, chars: int) -> TablePlan:
        return plan_table(
            table,
            body=self._body,
            header=self._header,
            number_width=self._number_width(chars),
            portrait=self._portrait,
            landscape=self._landscape,
        )

    def plan(self, table: m.Table) -> TablePlan:
        """Return the column widths and page of ``table``."""
        group = table.column_group
        if not group or group not in self._groups:
            return self._plan(table, m.number_column_chars(table))
        found = self._shared.get(group)
        if found is None:
            found = self._shared[group] = self._plan(*self._groups[group])
        return found


def _width_in_lines(fitter: TextFitter, text: str, lines: int) -> float:
    """Return about the narrowest room in which ``text`` takes at most ``lines`` lines."""
    high = fitter.max_width(text)
    if lines <= 1 or not text:
        return high
    low = fitter.min_width(text)
    if low >= high:
        return high
    for _ in range(10):
        middle = (low + high) / 2
        if fitter.fit(text, middle).count("\n") < lines:
            high = middle
        else:
            low = middle
    return high


class _Levels:
    """The column widths for rows of 1, 2, ... lines, worked out only when asked for: most
    tables fit their longest texts and never need them."""

    def __init__(
        self,
        samples: Callable[[], list[list[str]]],
        level: Callable[[int, list[list[str]]], list[float]],
    ) -> None:
        self._samples = samples
        self._level = level
        self._sampled: list[list[str]] | None = None
        self._found: list[list[float]] = []

    def __iter__(self) -> Iterator[list[float]]:
        for lines in range(1, MOST_LINES + 1):
            if len(self._found) < lines:
                if self._sampled is None:
                    self._sampled = self._samples()
                self._found.append(self._level(lines, self._sampled))
            yield self._found[lines - 1]
