"""Describe a printable document once, independent of DOCX, PDF or HTML output."""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final, Literal

from pressdesk.documents.locale import LANGS, Lang, label

Align = Literal["left", "center", "right", "justify"]
ALIGNS: Final[frozenset[str]] = frozenset(("left", "center", "right", "justify"))

# Official style: list items start with an en dash (U+2013) and a space.
BULLET: Final = "– "
# Endings after which official punctuation adds nothing.
_TERMINAL: Final = (".", ";", ":", "!", "?", "…")
# XML 1.0 (DOCX) and reportlab's markup forbid most control characters; text pasted from
# other programs can carry them.
_CONTROL: Final = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


class DocumentError(Exception):
    """A document cannot be built or rendered; the message says why."""


def _check_align(align: str, where: str) -> None:
    if align not in ALIGNS:
        raise DocumentError(f"{where}: unknown alignment {align!r}")


@dataclass(frozen=True)
class Heading:
    """A free-standing heading; level 1 is centred, level 2 is left-aligned."""

    text: str
    level: Literal[1, 2] = 1

    def __post_init__(self) -> None:
        if self.level not in (1, 2):
            raise DocumentError(f"Heading level must be 1 or 2, got {self.level!r}")


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of plain text; line breaks in ``text`` are kept."""

    text: str
    bold: bool = False
    italic: bool = False
    align: Align = "left"

    def __post_init__(self) -> None:
        _check_align(self.align, "Paragraph")


@dataclass(frozen=True)
class BulletList:
    """A dash list; ``official`` applies the ";" … "." punctuation of official texts."""

    items: Sequence[str]
    official: bool = True


@dataclass(frozen=True)
class Clause:
    """A numbered clause; numbers run on through the whole document, across sections."""

    text: str


@dataclass(frozen=True)
class Column:
    """A table column: its title, relative width and text alignment.

    ``min_width_mm`` keeps room in a column filled in by hand at signing (a signature, a date),
    which its printed text alone would make narrow.
    """

    title: str
    width: float = 1.0
    align: Align = "left"
    min_width_mm: float = 0.0

    def __post_init__(self) -> None:
        if not self.width > 0:
            raise DocumentError(f"Column {self.title!r}: width must be positive")
        _check_align(self.align, f"Column {self.title!r}")


@dataclass(frozen=True)
class Table:
    """A grid with a header row; ``numbered`` adds a leading "№" column.

    ``min_row_height_mm`` makes every body row at least that tall (a sign-in sheet leaves room
    to sign by hand). Tables with the same non-empty ``column_group`` (one per outlet in a
    directory) get one set of column widths, planned from all their rows together, so their
    columns line up from table to table.
    """

    columns: Sequence[Column]
    rows: Sequence[Sequence[str]]
    caption: str | None = None
    repeat_header: bool = True
    numbered: bool = False
    min_row_height_mm: float = 0.0
    column_group: str = ""

    def __post_init__(self) -> None:
        if not self.columns:
            raise DocumentError("A table needs at least one column")
        width = len(self.columns)
        for index, row in enumerate(self.rows, start=1):
            if len(row) != width:
                raise DocumentError(
                    f"Table row {index} has {len(row)} cells but the table has {width} columns"
                )


@dataclass(frozen=True)
class KeyValue:
    """ "Label: value" lines; values such as names stay in the nominative, untouched."""

    pairs: Sequence[tuple[str, str]]


@dataclass(frozen=True)
class PageBreak:
    """Start a new page."""


@dataclass(frozen=True)
class Spacer:
    """Vertical white space of ``height_mm`` millimetres."""

    height_mm: float = 5.0


ChartKind = Literal["bar", "column", "pie"]
CHART_KINDS: Final[frozenset[str]] = frozenset(("bar", "column", "pie"))


@dataclass(frozen=True)
class Chart:
    """A small chart described by its data; each renderer draws it the same way.

    ``bar`` draws horizontal bars (categories with long names), ``column`` vertical ones (a
    series in time, such as weeks), ``pie`` a circle with a legend. ``colors`` gives one
    "#rrggbb" per value (a tone has its own colour); without it a fixed palette is used.
    """

    kind: ChartKind
    title: str
    labels: Sequence[str]
    values: Sequence[float]
    colors: Sequence[str] = ()

    def __post_init__(self) -> None:
        if self.kind not in CHART_KINDS:
            raise DocumentError(f"Chart {self.title!r}: unknown kind {self.kind!r}")
        if len(self.labels) != len(self.values):
            raise DocumentError(
                f"Chart {self.title!r} has {len(self.labels)} labels for {len(self.values)} values"
            )
        if any(value < 0 for value in self.values):
            raise DocumentError(f"Chart {self.title!r}: values cannot be negative")
        if self.colors and len(self.colors) != len(self.values):
            raise DocumentError(f"Chart {self.title!r}: give one colour per value, or none")


@dataclass(frozen=True)
class Section:
    """A numbered section: "1. Title" followed by its blocks and clauses."""

    title: str
    blocks: Sequence[Block]


Block = (
    Heading
    | Paragraph
    | BulletList
    | Clause
    | Section
    | Table
    | KeyValue
    | PageBreak
    | Spacer
    | Chart
)


@dataclass(frozen=True)
class Approval:
    """The approval stamp printed top right: БЕКИТЕМ / УТВЕРЖДАЮ, title, signature, date."""

    title: str
    name: str
    date: datetime.date | None = None


@dataclass(frozen=True)
class Signature:
    """One signing party: role, a line to sign on, the name and optionally a date line."""

    role: str
    name: str
    date_line: bool = True


@dataclass(frozen=True)
class Document:
    """A whole printable document in one language."""

    lang: Lang
    title: str
    subtitle: str | None = None
    org_name: str = ""
    blocks: Sequence[Block] = field(default_factory=tuple)
    approval: Approval | None = None
    signatures: Sequence[Signature] = field(default_factory=tuple)
    landscape: bool = False
    official_use: bool = False
    number: str | None = None
    place: str | None = None
    date: datetime.date | None = None
    author: str | None = None
    subject: str | None = None
    generated_at: datetime.datetime | None = None

    def __post_init__(self) -> None:
        if self.lang not in LANGS:
            raise DocumentError(
                f"Unsupported document language {self.lang!r}; use one of {', '.join(LANGS)}"
            )


@dataclass(frozen=True)
class NumberedBlock:
    """A block in reading order with the number printed before it ("3."), if any.

    For a :class:`Section` only its title is meant; its blocks follow as their own entries.
    """

    block: Block
    number: str | None = None
    in_section: bool = False


def number_document(doc: Document) -> list[NumberedBlock]:
    """Flatten ``doc.blocks`` in reading order and number sections and clauses.

    Sections are numbered "1.", "2.", …; clauses are numbered "1.", "2.", … continuously through
    the whole document, not restarting in each section, as Kyrgyz official texts do.
    """
    result: list[NumberedBlock] = []
    section_no = 0
    clause_no = 0
    for block in doc.blocks:
        if isinstance(block, Section):
            section_no += 1
            result.append(NumberedBlock(block, f"{section_no}."))
            for inner in block.blocks:
                if isinstance(inner, Section):
                    raise DocumentError(
                        f"Section {block.title!r} contains another section; sections do not nest"
                    )
                if isinstance(inner, Clause):
                    clause_no += 1
                    result.append(NumberedBlock(inner, f"{clause_no}.", in_section=True))
                else:
                    result.append(NumberedBlock(inner, None, in_section=True))
        elif isinstance(block, Clause):
            clause_no += 1
            result.append(NumberedBlock(block, f"{clause_no}."))
        else:
            result.append(NumberedBlock(block))
    return result


def bullet_texts(bullets: BulletList) -> list[str]:
    """Return the item texts as printed (without the dash), punctuated if the list is official.

    Official lists end every item with ";" and the last one with "."; an item that already ends
    in . ; : ! ? or … keeps its own ending, except that a last item ending in ";" gets ".".
    """
    items = [item.rstrip() for item in bullets.items]
    if not bullets.official:
        return items
    last = len(items) - 1
    result: list[str] = []
    for index, item in enumerate(items):
        if not item:
            result.append(item)
        elif index == last and item.endswith((";", ",")):
            result.append(item[:-1] + ".")
        elif item.endswith(_TERMINAL):
            result.append(item)
        elif item.endswith(","):
            result.append(item[:-1] + ";")
        else:
            result.append(item + ("." if index == last else ";"))
    return result


def clean_text(text: str) -> str:
    """Drop control characters that DOCX and PDF cannot hold; tabs and line breaks stay."""
    if text.isprintable():
        return text  # the usual case, told in C: control characters are not printable
    return _CONTROL.sub("", text)


def escape_markup(text: str) -> str:
    """Escape ``&``, ``<`` and ``>`` for XML and reportlab markup (as ``xml.sax.saxutils``
    does, without importing it: it loads ``urllib.request`` and the e-mail package)."""
    return text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")


def key_label(label: str) -> str:
    """Return ``label`` ending in exactly one colon, for a "Label: value" line."""
    return label.rstrip().rstrip(":").rstrip() + ":"


def table_header(table: Table, lang: Lang) -> list[str]:
    """Return the header cells as printed, including the "№" column of a numbered table."""
    titles = [column.title for column in table.columns]
    return [label("number_sign", lang), *titles] if table.numbered else titles


def table_aligns(table: Table) -> list[Align]:
    """Return the alignment of each printed column, the "№" column centred."""
    aligns: list[Align] = [column.align for column in table.columns]
    return ["center", *aligns] if table.numbered else aligns


def table_body(table: Table) -> list[list[str]]:
    """Return the body rows as printed, with row numbers when the table is numbered."""
    if table.numbered:
        return [[str(index), *row] for index, row in enumerate(table.rows, start=1)]
    return [list(row) for row in table.rows]


def column_widths(table: Table, available: float, number_width: float) -> list[float]:
    """Split ``available`` width between the columns by weight; "№" gets ``number_width``."""
    rest = available - number_width if table.numbered else available
    total = sum(column.width for column in table.columns)
    widths = [rest * column.width / total for column in table.columns]
    return [number_width, *widths] if table.numbered else widths


def number_column_chars(table: Table) -> int:
    """Return how many characters the widest "№" cell needs."""
    return max(len(str(len(table.rows))), 2)


def column_groups(doc: Document) -> dict[str, tuple[Table, int]]:
    """Return, per column group of ``doc``, one table holding the rows of all its tables and
    how many characters the widest "№" cell of any of them needs."""
    grouped: dict[str, list[Table]] = {}
    for item in number_document(doc):
        block = item.block
        if isinstance(block, Table) and block.column_group:
            grouped.setdefault(block.column_group, []).append(block)
    result: dict[str, tuple[Table, int]] = {}
    for key, tables in grouped.items():
        first = tables[0]
        rows = [row for table in tables for row in table.rows]
        union = Table(first.columns, rows, numbered=any(t.numbered for t in tables))
        result[key] = (union, max(number_column_chars(t) for t in tables))
    return result
