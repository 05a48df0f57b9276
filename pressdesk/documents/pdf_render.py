"""Render a :class:`~pressdesk.documents.model.Document` to PDF with reportlab."""

from __future__ import annotations

import datetime
import functools
import logging
import os
from dataclasses import dataclass
from typing import Any, Final

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageTemplate,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Spacer as RLSpacer
from reportlab.platypus import Table as RLTable

from pressdesk import clock
from pressdesk.documents import model as m
from pressdesk.documents.charts import CHART_WIDTH_MM, chart_drawing, chart_texts
from pressdesk.documents.fonts import RegisteredFonts, find_font, register_fonts
from pressdesk.documents.locale import Lang, format_date, label, page_of
from pressdesk.documents.pdf_grid import Grid, GridLook, TableFlow, row_height
from pressdesk.documents.pdf_styles import (
    BODY_SIZE,
    FURNITURE_COLOR,
    FURNITURE_SIZE,
    Paragraphs,
    PdfStyles,
    esc,
)
from pressdesk.documents.tablefit import (
    CELL_PAD_X,
    TablePlanner,
    TextFitter,
)
from pressdesk.fileio import atomic_path

log = logging.getLogger(__name__)

# Official style margins: left 30 mm for binding, right 15 mm, top and bottom 20 mm.
MARGIN_LEFT: Final = 30 * mm
MARGIN_RIGHT: Final = 15 * mm
MARGIN_TOP: Final = 20 * mm
MARGIN_BOTTOM: Final = 20 * mm
TABLE_SIZE: Final = 10.0
APPROVAL_WIDTH: Final = 80 * mm
PDF_LANG: Final = {"ky": "ky-KG", "ru": "ru-RU"}
PORTRAIT_PAGE: Final = "portrait"
LANDSCAPE_PAGE: Final = "landscape"
# Table cells are plain strings, which reportlab can only align, not justify.
_CELL_ALIGN: Final = {"left": "left", "center": "center", "right": "right", "justify": "left"}
# A heading also carries along this many paragraphs between it and its table.
PARAGRAPHS_WITH_HEADING: Final = 2


def render_pdf(
    doc: m.Document, target: str | os.PathLike[str], font_path: str | None = None
) -> None:
    """Write ``doc`` as a PDF to ``target`` atomically, embedding a Kyrgyz-capable font.

    ``font_path`` is a TrueType file chosen in Settings; without it a system font is used.
    With ``doc.generated_at`` set, the same document and font give the same bytes.
    """
    # Binary streams (pages, the embedded font) go in compressed as they are: ASCII-85 makes
    # them a quarter larger and costs an encoding pass, for mail systems of another age.
    rl_config.useA85 = 0
    fonts = register_fonts(find_font(font_path))
    pagesize = landscape(A4) if doc.landscape else A4
    styles = PdfStyles(fonts)
    story = _Story(
        doc,
        styles,
        pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT,
        turned_width=A4[1] - MARGIN_LEFT - MARGIN_RIGHT,
    ).build()
    _warn_missing_glyphs(doc, fonts)
    with atomic_path(target) as tmp:
        template = BaseDocTemplate(
            str(tmp),
            pagesize=pagesize,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=doc.title,
            author=doc.author or doc.org_name,
            subject=doc.subject or "",
            creator="PressDesk",
            lang=PDF_LANG[doc.lang],
            invariant=True,
            displayDocTitle=True,
            initialFontName=fonts.regular,
        )
        # The first template is the document's orientation; the other one takes the tables
        # too wide for a portrait page.
        sizes = [(PORTRAIT_PAGE, A4), (LANDSCAPE_PAGE, landscape(A4))]
        if doc.landscape:
            sizes.reverse()
        template.addPageTemplates([_page_template(name, size) for name, size in sizes])
        furniture = _Furniture(doc.lang, doc.org_name, doc.official_use, fonts, pagesize)
        template.build(
            story,
            canvasmaker=functools.partial(
                _NumberedCanvas, furniture=furniture, generated_at=doc.generated_at
            ),
        )


def _page_template(name: str, size: tuple[float, float]) -> PageTemplate:
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        size[0] - MARGIN_LEFT - MARGIN_RIGHT,
        size[1] - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=f"body-{name}",
    )
    return PageTemplate(id=name, frames=[frame], pagesize=size)


@dataclass(frozen=True)
class _Furniture:
    """What is drawn on every page around the text frame: org name, mark, page N of M.

    It holds only what it prints, not the document: the canvas and reportlab's document
    template hold each other, and so whatever the canvas holds waits for the cycle collector
    instead of going when the render is done.
    """

    lang: Lang
    org_name: str
    official_use: bool
    fonts: RegisteredFonts
    pagesize: tuple[float, float]

    @functools.cached_property
    def header_style(self) -> ParagraphStyle:
        """Return the small grey style of the org name in the page header."""
        return ParagraphStyle(
            "page-header",
            fontName=self.fonts.regular,
            fontSize=FURNITURE_SIZE,
            leading=FURNITURE_SIZE * 1.2,
            textColor=FURNITURE_COLOR,
        )

    @functools.cached_property
    def _headers(self) -> dict[float, RLParagraph]:
        return {}

    def header(self, width: float) -> RLParagraph:
        """Return the org name laid out ``width`` wide: the same on every page that wide."""
        found = self._headers.get(width)
        if found is None:
            found = RLParagraph(esc(self.org_name), self.header_style)
            found.wrap(width, MARGIN_TOP)
            self._headers[width] = found
        return found


def _draw_furniture(furniture: _Furniture, canvas: Any, page: int, total: int) -> None:
    """Draw the page header (org name, official-use mark) and the "page N of M" footer."""
    fonts = furniture.fonts
    width, height = canvas._pagesize  # each page's own size: some pages are landscape
    right = width - MARGIN_RIGHT
    rule_y = height - MARGIN_TOP + 4 * mm
    canvas.saveState()
    mark = label("official_use", furniture.lang) if furniture.official_use else ""
    mark_width = stringWidth(mark, fonts.bold, FURNITURE_SIZE) + 6 * mm if mark else 0.0
    if mark:
        canvas.setFillColor(colors.black)
        canvas.setFont(fonts.bold, FURNITURE_SIZE)
        canvas.drawRightString(right, rule_y + 1.5 * mm, mark)
    if furniture.org_name:
        header = furniture.header(right - MARGIN_LEFT - mark_width)
        header.drawOn(canvas, MARGIN_LEFT, rule_y + 1 * mm)
    if furniture.org_name or mark:
        canvas.setStrokeColor(FURNITURE_COLOR)
        canvas.setLineWidth(0.3)
        canvas.line(MARGIN_LEFT, rule_y, right, rule_y)
    canvas.setFillColor(FURNITURE_COLOR)
    canvas.setFont(fonts.regular, FURNITURE_SIZE)
    canvas.drawRightString(right, MARGIN_BOTTOM - 10 * mm, page_of(page, total, furniture.lang))
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that holds pages back until the end so each footer can say "of M"."""

    def __init__(
        self,
        *args: Any,
        furniture: _Furniture,
        generated_at: datetime.datetime | None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._furniture = furniture
        self._page_states: list[dict[str, Any]] = []
        # invariant mode fixes the ID and the date to 2000-01-01; the real date goes back in,
        # taken from the document when it has one so that a re-print is byte-identical.
        stamp = _pdf_date(generated_at or clock.utcnow_aware())
        self.setDateFormatter(lambda *_parts: stamp)

    def showPage(self) -> None:
        """Keep the finished page; it is drawn out in :meth:`save`."""
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        """Add the page furniture now that the page count is known, then write the file."""
        total = len(self._page_states)
        for number, state in enumerate(self._page_states, start=1):
            self.__dict__.update(state)
            _draw_furniture(self._furniture, self, number, total)
            super().showPage()
        super().save()


def _pdf_date(when: datetime.datetime) -> str:
    """Format ``when`` as a PDF date string, in UTC when it carries a time zone."""
    if when.tzinfo is not None:
        when = when.astimezone(datetime.UTC)
        return when.strftime("D:%Y%m%d%H%M%S+00'00'")
    return when.strftime("D:%Y%m%d%H%M%S")


# Layout tables (approval, date line, signatures) have no borders and no padding.
_PLAIN: Final[list[tuple[Any, ...]]] = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
]


class _Story:
    """Turn a document into the list of platypus flowables."""

    def __init__(
        self, doc: m.Document, styles: PdfStyles, width: float, turned_width: float
    ) -> None:
        self.doc = doc
        self.styles = styles
        self.width = width
        self.turned_width = turned_width
        self.flow: list[Any] = []
        # Headings (and a short introduction after them) wait here for what they introduce.
        self._headings: list[Any] = []
        self._intro: list[Any] = []
        self._paragraph = Paragraphs()
        self._cell_text = TextFitter(styles.fonts.regular, TABLE_SIZE, doc.lang)
        self._header_text = TextFitter(styles.fonts.bold, TABLE_SIZE, doc.lang)
        self._tables = TablePlanner(
            doc,
            body=self._cell_text,
            header=self._header_text,
            number_width=lambda chars: (
                stringWidth("0" * chars, styles.fonts.regular, TABLE_SIZE) + 4 * mm
            ),
            portrait=width,
            landscape=None if doc.landscape else turned_width,
        )

    def build(self) -> list[Any]:
        """Return the flowables of the whole document, top to bottom."""
        doc = self.doc
        if doc.approval is not None:
            self._approval(doc.approval)
        title = doc.title
        if doc.number:
            title = f"{title} {label('number_sign', doc.lang)} {doc.number}"
        self.flow.append(RLParagraph(esc(title), self.styles.title))
        if doc.subtitle:
            self.flow.append(RLParagraph(esc(doc.subtitle), self.styles.subtitle))
        if doc.place or doc.date:
            self._place_date()
        for item in m.number_document(doc):
            self._block(item)
        self._release_headings()
        if doc.signatures:
            # The signing parties stay on one page where they fit, together with the last
            # paragraph of text, so that a signature never stands on a page of its own.
            block = [*self._pop_tail(), RLSpacer(1, 8 * mm)]
            for signature in doc.signatures:
                block += self._signature(signature)
            self.flow.append(KeepTogether(block))
        return self.flow

    def _introduce(self, heading: Any) -> None:
        """Hold ``heading`` back until the block it introduces is known."""
        if self._intro:
            self._release_headings()
        self._headings.append(heading)

    def _release_headings(self) -> None:
        """Put the waiting headings into the story, each kept with what follows it."""
        for heading in self._headings:
            heading.keepWithNext = True
        self.flow += self._headings + self._intro
        self._headings = []
        self._intro = []

    def _take_lead(self) -> list[Any]:
        """Return the waiting headings and introduction for a table to carry."""
        lead = self._headings + self._intro
        self._headings = []
        self._intro = []
        return lead

    def _pop_tail(self) -> list[Any]:
        """Remove and return the trailing paragraph and the spacers after it, if any."""
        index = len(self.flow)
        while index and isinstance(self.flow[index - 1], RLSpacer):
            index -= 1
        if not index or not isinstance(self.flow[index - 1], RLParagraph):
            return []
        tail = self.flow[index - 1 :]
        del self.flow[index - 1 :]
        return tail

    def _table_style(self, commands: list[tuple[Any, ...]]) -> TableStyle:
        """Return ``commands`` as a style whose plain-string cells use the embedded font too."""
        # Without FONT, reportlab selects Helvetica for every table and lists it in the PDF.
        font = ("FONT", (0, 0), (-1, -1), self.styles.fonts.regular, BODY_SIZE)
        return TableStyle([font, *commands])

    def _approval(self, approval: m.Approval) -> None:
        s = self.styles
        lang = self.doc.lang
        date_text = format_date(approval.date, lang) if approval.date else label("blank_date", lang)
        lines = [
            RLParagraph(esc(label("approve", lang)), s.heading2),
            RLParagraph(esc(approval.title), s.body),
            RLSpacer(1, 3 * mm),
            RLParagraph(f"________________ {esc(approval.name)}", s.body),
            RLSpacer(1, 1 * mm),
            RLParagraph(esc(date_text), s.body),
        ]
        table = RLTable(
            [["", lines]],
            colWidths=[self.width - APPROVAL_WIDTH, APPROVAL_WIDTH],
            style=self._table_style(_PLAIN),
            hAlign="LEFT",
        )
        self.flow += [table, RLSpacer(1, 6 * mm)]

    def _place_date(self) -> None:
        s = self.styles
        place = RLParagraph(esc(self.doc.place or ""), s.body)
        date = self.doc.date
        date_text = format_date(date, self.doc.lang) if date else ""
        right = RLParagraph(esc(date_text), s.right)
        half = self.width / 2
        self.flow.append(RLSpacer(1, 2 * mm))
        self.flow.append(
            RLTable([[place, right]], colWidths=[half, half], style=self._table_style(_PLAIN))
        )

    def _block(self, item: m.NumberedBlock) -> None:
        s = self.styles
        block = item.block
        number = item.number
        if isinstance(block, m.Section):
            text = f"{number} {block.title}" if number else block.title
            self._introduce(self._paragraph(esc(text), s.section))
            return
        if isinstance(block, m.Heading):
            style = s.heading1 if block.level == 1 else s.heading2
            self._introduce(self._paragraph(esc(block.text), style))
            return
        if isinstance(block, m.Paragraph):
            style = s.paragraph(block.align, block.bold, block.italic)
            paragraph = self._paragraph(esc(block.text), style)
            if self._headings and len(self._intro) < PARAGRAPHS_WITH_HEADING:
                self._intro.append(paragraph)
            else:
                self._release_headings()
                self.flow.append(paragraph)
            return
        if isinstance(block, m.Table):
            self._table(block)
            return
        if isinstance(block, m.Chart):
            fonts = s.fonts
            drawing = chart_drawing(
                block, min(self.width, CHART_WIDTH_MM * mm), fonts.regular, fonts.bold
            )
            # The headings before a chart go to the next page with it, never alone.
            self.flow += [KeepTogether([*self._take_lead(), drawing]), RLSpacer(1, 4 * mm)]
            return
        self._release_headings()
        if isinstance(block, m.Clause):
            self.flow.append(self._paragraph(esc(f"{number} {block.text}"), s.clause))
        elif isinstance(block, m.BulletList):
            for text in m.bullet_texts(block):
                self.flow.append(self._paragraph(esc(m.BULLET + text), s.bullet))
            self.flow.append(RLSpacer(1, 1.5 * mm))
        elif isinstance(block, m.KeyValue):
            for key, value in block.pairs:
                markup = f"<b>{esc(m.key_label(key))}</b> {esc(value)}"
                self.flow.append(self._paragraph(markup, s.keyvalue))
            self.flow.append(RLSpacer(1, 1.5 * mm))
        elif isinstance(block, m.PageBreak):
            self.flow.append(RLPageBreak())
        elif isinstance(block, m.Spacer):
            self.flow.append(RLSpacer(1, block.height_mm * mm))
        else:  # pragma: no cover - the Block union is exhaustive
            raise m.DocumentError(f"Unknown block {block!r}")

    def _table(self, table: m.Table) -> None:
        s = self.styles
        aligns = m.table_aligns(table)
        plan = self._tables.plan(table)
        widths = plan.widths
        room = [width - 2 * CELL_PAD_X for width in widths]
        header = [
            self._header_text.fit(text, width)
            for text, width in zip(m.table_header(table, self.doc.lang), room, strict=True)
        ]
        fit = self._cell_text.fit
        body = [
            [fit(text, width) for text, width in zip(row, room, strict=True)]
            for row in m.table_body(table)
        ]
        look = GridLook(
            widths,
            [_CELL_ALIGN[align] for align in aligns],
            self._cell_text,
            s.fonts.regular,
            self._header_text,
            s.fonts.bold,
        )
        least = table.min_row_height_mm * mm
        grid = Grid(
            look,
            header,
            body,
            [row_height(row, least) for row in body],
            row_height(header),
            table.repeat_header,
        )
        lead = self._take_lead()
        if table.caption:
            lead.append(self._paragraph(esc(table.caption), s.caption))
        if plan.landscape:
            # A table too wide for the page gets landscape pages of its own; two such tables
            # in a row share them.
            back = [NextPageTemplate(PORTRAIT_PAGE), RLPageBreak()]
            if len(self.flow) >= 2 and [type(f) for f in self.flow[-2:]] == [type(f) for f in back]:
                del self.flow[-2:]
                self.flow.append(RLSpacer(1, 3 * mm))
            else:
                self.flow += [NextPageTemplate(LANDSCAPE_PAGE), RLPageBreak()]
            self.flow += [TableFlow(grid, lead), *back]
            return
        self.flow += [TableFlow(grid, lead), RLSpacer(1, 3 * mm)]

    def _signature(self, signature: m.Signature) -> list[Any]:
        s = self.styles
        lang = self.doc.lang
        rows: list[list[Any]] = [
            [
                RLParagraph(esc(signature.role), s.body),
                "",
                RLParagraph(esc(signature.name), s.body),
            ],
            ["", RLParagraph(esc(label("signature_hint", lang)), s.hint), ""],
        ]
        commands = [
            *_PLAIN,
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
            ("LEFTPADDING", (2, 0), (2, -1), 4 * mm),
            ("RIGHTPADDING", (0, 0), (0, -1), 4 * mm),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
        ]
        if signature.date_line:
            rows.append([RLParagraph(esc(label("blank_date", lang)), s.body), "", ""])
            commands += [("SPAN", (0, 2), (-1, 2)), ("TOPPADDING", (0, 2), (-1, 2), 2 * mm)]
        widths = [self.width * 0.40, self.width * 0.28, self.width * 0.32]
        table = RLTable(rows, colWidths=widths, style=self._table_style(commands), hAlign="LEFT")
        return [table, RLSpacer(1, 7 * mm)]


def _warn_missing_glyphs(doc: m.Document, fonts: RegisteredFonts) -> None:
    """Log the characters of ``doc`` the embedded font cannot show."""
    from reportlab.pdfbase.pdfmetrics import getFont

    face = getattr(getFont(fonts.regular), "face", None)
    cmap = getattr(face, "charToGlyph", None)
    if not cmap:
        return
    used = set(_all_text(doc))
    lacking = sorted(
        ch for ch in used if ch.isprintable() and not ch.isspace() and ord(ch) not in cmap
    )
    if lacking:
        log.warning("The PDF font cannot show: %s", " ".join(lacking))


def _all_text(doc: m.Document) -> str:
    """Return all user text of ``doc`` joined, for the glyph check."""
    parts = [doc.title, doc.subtitle or "", doc.org_name, doc.place or "", doc.number or ""]
    if doc.approval:
        parts += [doc.approval.title, doc.approval.name]
    for signature in doc.signatures:
        parts += [signature.role, signature.name]
    for item in m.number_document(doc):
        block = item.block
        if isinstance(block, m.Section):
            parts.append(block.title)
        elif isinstance(block, m.Clause | m.Heading | m.Paragraph):
            parts.append(block.text)
        elif isinstance(block, m.BulletList):
            parts += block.items
        elif isinstance(block, m.KeyValue):
            parts += [f"{key}{value}" for key, value in block.pairs]
        elif isinstance(block, m.Table):
            parts += [column.title for column in block.columns]
            parts += ["".join(row) for row in block.rows]
        elif isinstance(block, m.Chart):
            parts += chart_texts(block)
    return "".join(parts)
