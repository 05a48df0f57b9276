"""Render a :class:`~pressdesk.documents.model.Document` to DOCX with python-docx."""

from __future__ import annotations

import datetime
import io
import os
import re
import zipfile
from pathlib import Path
from typing import Any, Final

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from pressdesk import clock
from pressdesk.documents import model as m
from pressdesk.documents.charts import CHART_WIDTH_MM, chart_png
from pressdesk.documents.docx_xml import (
    add_field,
    bottom_border,
    cell_xml,
    fix_widths,
    runs_xml,
    set_cell_margins,
    set_grid,
    twips,
)
from pressdesk.documents.fonts import find_font, register_fonts
from pressdesk.documents.locale import format_date, label
from pressdesk.documents.tablefit import (
    CELL_LEADING,
    CELL_PAD_X,
    TablePlanner,
    TextFitter,
)
from pressdesk.fileio import atomic_path

# As in the PDF: headings go to the next page with a table's header and at least this many
# rows, carrying up to this many paragraphs between them and the table.
ROWS_WITH_HEADING: Final = 2
PARAGRAPHS_WITH_HEADING: Final = 2
_HEADING_STYLES: Final = ("PressDesk Heading", "PressDesk Section")

DEFAULT_FONT: Final = "Times New Roman"
# Liberation Serif is made to the metrics of Times New Roman: a DOCX names the font Word has.
_DOCX_FAMILY: Final = {"Liberation Serif": "Times New Roman", "Liberation Sans": "Arial"}


def docx_family(family: str) -> str:
    """Return the font family a DOCX names for the PDF's ``family``."""
    return _DOCX_FAMILY.get(family, family)


def _mm_to_pt(value: float) -> float:
    return value * 72 / 25.4


PAGE_WIDTH_MM: Final = 210.0
PAGE_HEIGHT_MM: Final = 297.0
# Official style margins: left 30 mm for binding, right 15 mm, top and bottom 20 mm.
MARGIN_LEFT_MM: Final = 30.0
MARGIN_RIGHT_MM: Final = 15.0
MARGIN_TOP_MM: Final = 20.0
MARGIN_BOTTOM_MM: Final = 20.0
APPROVAL_WIDTH_MM: Final = 80.0
INDENT: Final = Mm(12.5)
BODY_PT: Final = 12
TABLE_PT: Final = 10
FURNITURE_PT: Final = 8
GREY: Final = RGBColor(0x66, 0x66, 0x66)
DOCX_LANG: Final = {"ky": "ky-KG", "ru": "ru-RU"}
# Zip entries need a timestamp; this one stands in when the document gives none.
_ZIP_EPOCH: Final = datetime.datetime(1980, 1, 1)
_ALIGN: Final = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


def render_docx(
    doc: m.Document, target: str | os.PathLike[str], font_path: str | None = None
) -> None:
    """Write ``doc`` as a DOCX file to ``target`` atomically.

    The font is only named, not embedded: the family of the PDF font (Times New Roman, whose
    metrics Liberation Serif shares, unless another font is chosen in Settings), so that the
    two formats look alike. Tables are laid out with that font's metrics, as in the PDF.
    With ``doc.generated_at`` set, the same document gives the same bytes.
    """
    document = _Builder(doc, font_path).build()
    buffer = io.BytesIO()
    document.save(buffer)
    stamp = _naive_utc(doc.generated_at) if doc.generated_at else _ZIP_EPOCH
    with atomic_path(target) as tmp:
        _write_package(buffer.getvalue(), tmp, stamp)


def _write_package(data: bytes, dest: Path, stamp: datetime.datetime) -> None:
    """Copy the zip ``data`` to ``dest`` with every entry dated ``stamp``, for stable bytes."""
    date_time = max(stamp, _ZIP_EPOCH).timetuple()[:6]
    with (
        zipfile.ZipFile(io.BytesIO(data)) as source,
        zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            out.writestr(info, source.read(entry.filename))


def _naive_utc(when: datetime.datetime) -> datetime.datetime:
    """Return ``when`` in UTC without tzinfo; naive values are taken to be UTC already."""
    if when.tzinfo is not None:
        return when.astimezone(datetime.UTC).replace(tzinfo=None)
    return when


class _Builder:
    """Build one python-docx document from the model."""

    def __init__(self, doc: m.Document, font_path: str | None) -> None:
        self.doc = doc
        found = find_font(font_path)
        self.font_name = docx_family(found.family)
        fonts = register_fonts(found)
        self.fonts = fonts
        self.font_files = (str(found.regular), str(found.bold or found.regular))
        self.cell_text = TextFitter(fonts.regular, TABLE_PT, doc.lang)
        self.header_text = TextFitter(fonts.bold, TABLE_PT, doc.lang)
        self.document: Any = docx.Document()
        self.lang = doc.lang
        width = PAGE_HEIGHT_MM if doc.landscape else PAGE_WIDTH_MM
        self.width_mm = width - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
        self.turned_mm = PAGE_HEIGHT_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
        self.tables = TablePlanner(
            doc,
            body=self.cell_text,
            header=self.header_text,
            number_width=lambda chars: self.cell_text.width("0" * chars) + _mm_to_pt(4),
            portrait=_mm_to_pt(self.width_mm),
            landscape=None if doc.landscape else _mm_to_pt(self.turned_mm),
        )

    def build(self) -> Any:
        """Return the finished python-docx document."""
        self._setup_package()
        self._setup_styles()
        self._setup_section()
        doc = self.doc
        if doc.approval is not None:
            self._approval(doc.approval)
        title = doc.title
        if doc.number:
            title = f"{title} {label('number_sign', self.lang)} {doc.number}"
        self._para(title, "PressDesk Title")
        if doc.subtitle:
            self._para(doc.subtitle, "PressDesk Subtitle")
        if doc.place or doc.date:
            self._place_date()
        for item in m.number_document(doc):
            self._block(item)
        if doc.signatures:
            # A signature must not stand on a page of its own: keep the last paragraph of text
            # with the signing parties (a trailing table is left free to break).
            self._keep_tail_with_next()
            self._spacer(8, keep_next=True)
            for index, signature in enumerate(doc.signatures, start=1):
                self._signature(signature, keep_next=index < len(doc.signatures))
        return self.document

    def _keep_tail_with_next(self) -> None:
        """Tie the trailing paragraph (and empty spacers after it) to what follows."""
        body = self.document.element.body
        for element in reversed(body[:-1]):  # the last child is the section properties
            if element.tag != qn("w:p"):
                return
            paragraph = DocxParagraph(element, self.document._body)
            paragraph.paragraph_format.keep_with_next = True
            if paragraph.text.strip():
                return

    def _keep_lead_with_table(self) -> bool:
        """Keep the headings before a table, and up to two paragraphs between them and it,
        with the table's first rows, as the PDF does; return whether there were any."""
        body = self.document.element.body
        lead: list[DocxParagraph] = []
        texts = 0
        for element in reversed(body[:-1]):  # the last child is the section properties
            if element.tag != qn("w:p"):
                break
            paragraph = DocxParagraph(element, self.document._body)
            style = paragraph.style.name if paragraph.style is not None else ""
            if style.startswith(_HEADING_STYLES):
                lead.append(paragraph)
                continue
            if any(p.style is not None and p.style.name.startswith(_HEADING_STYLES) for p in lead):
                break
            if paragraph.text.strip():
                texts += 1
                if texts > PARAGRAPHS_WITH_HEADING:
                    break
            lead.append(paragraph)
        headings = [
            p for p in lead if p.style is not None and p.style.name.startswith(_HEADING_STYLES)
        ]
        if not headings:
            return False
        last_heading = lead.index(headings[-1])
        for paragraph in lead[: last_heading + 1]:
            paragraph.paragraph_format.keep_with_next = True
        return True

    # Setup ---------------------------------------------------------------------------------

    def _setup_package(self) -> None:
        doc = self.doc
        package = self.document.part.package
        # The template's thumbnail shows python-docx's sample page, not this document.
        for rid, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                del package.rels[rid]
        props = self.document.core_properties
        props.title = m.clean_text(doc.title)
        props.subject = m.clean_text(doc.subject or "")
        props.author = m.clean_text(doc.author or doc.org_name)
        props.last_modified_by = m.clean_text(doc.author or doc.org_name)
        props.language = DOCX_LANG[doc.lang]
        props.comments = ""
        props.keywords = ""
        props.category = ""
        props.revision = 1
        when = _naive_utc(doc.generated_at or clock.utcnow_aware())
        props.created = when.replace(microsecond=0)
        props.modified = when.replace(microsecond=0)

    def _setup_styles(self) -> None:
        styles = self.document.styles
        defaults = styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        fonts = rpr.find(qn("w:rFonts"))
        # Theme font attributes would override the explicit font names, so they go.
        for attr in list(fonts.attrib):
            del fonts.attrib[attr]
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), self.font_name)
        rpr.find(qn("w:sz")).set(qn("w:val"), str(BODY_PT * 2))
        rpr.find(qn("w:szCs")).set(qn("w:val"), str(BODY_PT * 2))
        rpr.find(qn("w:lang")).set(qn("w:val"), DOCX_LANG[self.doc.lang])
        spacing = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr")).find(qn("w:spacing"))
        spacing.set(qn("w:after"), "0")
        spacing.set(qn("w:line"), "240")

        def add(
            name: str,
            *,
            size: float = BODY_PT,
            bold: bool = False,
            align: str = "left",
            before: float = 0,
            after: float = 0,
            first_indent: Any = None,
            keep_next: bool = False,
            outline: int | None = None,
            color: RGBColor | None = None,
        ) -> None:
            style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = styles["Normal"]
            style.font.size = Pt(size)
            style.font.bold = bold
            if color is not None:
                style.font.color.rgb = color
            fmt = style.paragraph_format
            fmt.alignment = _ALIGN[align]
            fmt.space_before = Pt(before)
            fmt.space_after = Pt(after)
            fmt.keep_with_next = keep_next
            if first_indent is not None:
                fmt.first_line_indent = first_indent
            if outline is not None:
                # Outline levels make headings show in Word's navigation pane.
                level = OxmlElement("w:outlineLvl")
                level.set(qn("w:val"), str(outline))
                style.element.get_or_add_pPr().append(level)

        add("PressDesk Title", size=14, bold=True, align="center", before=4, after=2, outline=0)
        add("PressDesk Subtitle", align="center", after=2)
        add(
            "PressDesk Heading 1",
            size=13,
            bold=True,
            align="center",
            before=8,
            after=4,
            keep_next=True,
            outline=0,
        )
        add("PressDesk Heading 2", bold=True, before=6, after=3, keep_next=True, outline=1)
        add(
            "PressDesk Section",
            bold=True,
            align="center",
            before=8,
            after=4,
            keep_next=True,
            outline=0,
        )
        add("PressDesk Clause", align="justify", after=2, first_indent=INDENT)
        add("PressDesk Bullet", align="justify", first_indent=INDENT)
        add("PressDesk Body", after=1)
        add("PressDesk Caption", bold=True, before=4, after=3, keep_next=True)
        add("PressDesk Table", size=TABLE_PT)
        add("PressDesk Table Header", size=TABLE_PT, bold=True, align="center")
        for name in ("PressDesk Table", "PressDesk Table Header"):
            # The PDF's line pitch, so the word processor's rows are as tall as the PDF's.
            styles[name].paragraph_format.line_spacing = Pt(CELL_LEADING)
        add("PressDesk Small", size=FURNITURE_PT, align="center", color=GREY)
        add("PressDesk Furniture", size=FURNITURE_PT, color=GREY)

    def _setup_section(self) -> None:
        section = self.document.sections[0]
        if self.doc.landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = Mm(PAGE_HEIGHT_MM), Mm(PAGE_WIDTH_MM)
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
        section.left_margin = Mm(MARGIN_LEFT_MM)
        section.right_margin = Mm(MARGIN_RIGHT_MM)
        section.top_margin = Mm(MARGIN_TOP_MM)
        section.bottom_margin = Mm(MARGIN_BOTTOM_MM)
        section.header_distance = Mm(10)
        section.footer_distance = Mm(10)
        self._header(section.header.paragraphs[0])
        self._footer(section.footer.paragraphs[0])

    def _header(self, paragraph: Any) -> None:
        paragraph.style = self.document.styles["PressDesk Furniture"]
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(self.width_mm), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(m.clean_text(self.doc.org_name))
        if self.doc.official_use:
            paragraph.add_run("\t")
            mark = paragraph.add_run(label("official_use", self.lang))
            mark.bold = True
            mark.font.color.rgb = RGBColor(0, 0, 0)
        if not (self.doc.org_name or self.doc.official_use):
            return
        border = parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" '
            'w:color="666666"/></w:pBdr>'
        )
        paragraph._p.get_or_add_pPr().insert_element_before(
            border, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc"
        )

    def _footer(self, paragraph: Any) -> None:
        paragraph.style = self.document.styles["PressDesk Furniture"]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        template = label("page_of", self.lang)
        for piece in re.split(r"(\{page\}|\{total\})", template):
            if piece == "{page}":
                add_field(paragraph, "PAGE")
            elif piece == "{total}":
                add_field(paragraph, "NUMPAGES")
            elif piece:
                paragraph.add_run(piece)

    # Blocks --------------------------------------------------------------------------------

    def _para(self, text: str, style: str) -> Any:
        return self.document.add_paragraph(m.clean_text(text), style=style)

    def _spacer(self, height_mm: float, keep_next: bool = False) -> None:
        paragraph = self.document.add_paragraph(style="PressDesk Body")
        fmt = paragraph.paragraph_format
        fmt.keep_with_next = keep_next or None
        fmt.space_after = Mm(height_mm)
        fmt.line_spacing = Pt(1)

    def _approval(self, approval: m.Approval) -> None:
        date_text = (
            format_date(approval.date, self.lang)
            if approval.date
            else label("blank_date", self.lang)
        )
        table = self.document.add_table(rows=1, cols=2)
        fix_widths(table, [self.width_mm - APPROVAL_WIDTH_MM, APPROVAL_WIDTH_MM])
        cell = table.cell(0, 1)
        first = cell.paragraphs[0]
        first.style = self.document.styles["PressDesk Heading 2"]
        first.paragraph_format.space_before = Pt(0)
        first.add_run(label("approve", self.lang))
        cell.add_paragraph(m.clean_text(approval.title), style="PressDesk Body")
        signed = cell.add_paragraph(
            f"________________ {m.clean_text(approval.name)}", style="PressDesk Body"
        )
        signed.paragraph_format.space_before = Pt(8)
        cell.add_paragraph(date_text, style="PressDesk Body")
        self._spacer(6)

    def _place_date(self) -> None:
        date = self.doc.date
        paragraph = self.document.add_paragraph(style="PressDesk Body")
        paragraph.paragraph_format.space_before = Pt(6)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(self.width_mm), WD_TAB_ALIGNMENT.RIGHT)
        paragraph.add_run(m.clean_text(self.doc.place or ""))
        if date is not None:
            paragraph.add_run("\t" + format_date(date, self.lang))

    def _block(self, item: m.NumberedBlock) -> None:
        block = item.block
        number = item.number
        if isinstance(block, m.Section):
            text = f"{number} {block.title}" if number else block.title
            self._para(text, "PressDesk Section")
        elif isinstance(block, m.Clause):
            self._para(f"{number} {block.text}", "PressDesk Clause")
        elif isinstance(block, m.Heading):
            self._para(block.text, f"PressDesk Heading {block.level}")
        elif isinstance(block, m.Paragraph):
            paragraph = self.document.add_paragraph(style="PressDesk Body")
            paragraph.paragraph_format.space_after = Pt(4)
            paragraph.alignment = _ALIGN[block.align]
            run = paragraph.add_run(m.clean_text(block.text))
            run.bold = block.bold or None
            run.italic = block.italic or None
        elif isinstance(block, m.BulletList):
            for text in m.bullet_texts(block):
                self._para(m.BULLET + text, "PressDesk Bullet")
            self._spacer(1.5)
        elif isinstance(block, m.KeyValue):
            for key, value in block.pairs:
                paragraph = self.document.add_paragraph(style="PressDesk Body")
                paragraph.add_run(m.clean_text(m.key_label(key))).bold = True
                paragraph.add_run(" " + m.clean_text(value))
            self._spacer(1.5)
        elif isinstance(block, m.Table):
            self._table(block)
        elif isinstance(block, m.Chart):
            self._chart(block)
        elif isinstance(block, m.PageBreak):
            self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif isinstance(block, m.Spacer):
            self._spacer(block.height_mm)
        else:  # pragma: no cover - the Block union is exhaustive
            raise m.DocumentError(f"Unknown block {block!r}")

    def _table(self, table: m.Table) -> None:
        styles = self.document.styles
        body_style = styles["PressDesk Table"].style_id
        header_style = styles["PressDesk Table Header"].style_id
        plan = self.tables.plan(table)
        kept = not plan.landscape and self._keep_lead_with_table()
        if plan.landscape:
            self._orientation(landscape=True)
        if table.caption:
            caption = self._para(table.caption, "PressDesk Caption")
            caption.paragraph_format.keep_with_next = True
            kept = True
        points = plan.widths
        widths = [round(w * 20) for w in points]  # points to twips
        room = [w - 2 * CELL_PAD_X for w in points]
        aligns = m.table_aligns(table)
        grid = self.document.add_table(rows=0, cols=len(widths))
        grid.style = styles["Table Grid"]
        grid.alignment = WD_TABLE_ALIGNMENT.LEFT
        set_grid(grid, widths)
        set_cell_margins(grid)
        header_cells = "".join(
            cell_xml(
                runs_xml(text, space, self.header_text),
                width,
                header_style,
                "center",
                keep_next=kept,
            )
            for text, width, space in zip(
                m.table_header(table, self.lang), widths, room, strict=True
            )
        )
        repeat = "<w:tblHeader/>" if table.repeat_header else ""
        rows = [f"<w:tr><w:trPr><w:cantSplit/>{repeat}</w:trPr>{header_cells}</w:tr>"]
        height = (
            f'<w:trHeight w:val="{twips(table.min_row_height_mm)}" w:hRule="atLeast"/>'
            if table.min_row_height_mm
            else ""
        )
        # A row never breaks across pages; a sign-in sheet's rows keep room to sign.
        row_props = f"<w:trPr><w:cantSplit/>{height}</w:trPr>"
        for index, row in enumerate(m.table_body(table)):
            # The first rows stay with the header (and the headings kept with it).
            keep = kept and index < ROWS_WITH_HEADING - 1
            cells = "".join(
                cell_xml(
                    runs_xml(text, space, self.cell_text),
                    width,
                    body_style,
                    align,
                    keep_next=keep,
                )
                for text, width, space, align in zip(row, widths, room, aligns, strict=True)
            )
            rows.append(f"<w:tr>{row_props}{cells}</w:tr>")
        parsed = parse_xml(f"<w:tbl {nsdecls('w')}>{''.join(rows)}</w:tbl>")
        grid._tbl.extend(list(parsed))
        if plan.landscape:
            self._orientation(landscape=False)
        else:
            self._spacer(3)

    def _chart(self, chart: m.Chart) -> None:
        """Add ``chart`` as a picture drawn from the PDF's layout, sharp enough to print."""
        width_mm = min(self.width_mm, CHART_WIDTH_MM)
        data = chart_png(
            chart, _mm_to_pt(width_mm), self.fonts.regular, self.fonts.bold, self.font_files
        )
        self._keep_lead_with_table()
        paragraph = self.document.add_paragraph(style="PressDesk Body")
        paragraph.add_run().add_picture(io.BytesIO(data), width=Mm(width_mm))
        self._spacer(4)

    def _orientation(self, *, landscape: bool) -> None:
        """Start a new section (on a new page) in the given orientation."""
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        long_side, short_side = Mm(PAGE_HEIGHT_MM), Mm(PAGE_WIDTH_MM)
        if landscape:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = long_side, short_side
        else:
            section.orientation = WD_ORIENT.PORTRAIT
            section.page_width, section.page_height = short_side, long_side

    def _signature(self, signature: m.Signature, keep_next: bool) -> None:
        table = self.document.add_table(rows=3 if signature.date_line else 2, cols=3)
        fix_widths(table, [self.width_mm * 0.40, self.width_mm * 0.28, self.width_mm * 0.32])
        top = table.rows[0].cells
        top[0].paragraphs[0].add_run(m.clean_text(signature.role))
        top[2].paragraphs[0].add_run(m.clean_text(signature.name))
        top[2].paragraphs[0].paragraph_format.left_indent = Mm(4)
        bottom_border(top[1])
        for cell in top:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
        hint = table.rows[1].cells[1].paragraphs[0]
        hint.style = self.document.styles["PressDesk Small"]
        hint.add_run(label("signature_hint", self.lang))
        if signature.date_line:
            merged = table.cell(2, 0).merge(table.cell(2, 2))
            merged.paragraphs[0].add_run(label("blank_date", self.lang))
            merged.paragraphs[0].paragraph_format.space_before = Pt(6)
        # Word keeps rows on one page when every paragraph in them keeps with the next;
        # that holds all signing parties together.
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
        self._spacer(7, keep_next=keep_next)
