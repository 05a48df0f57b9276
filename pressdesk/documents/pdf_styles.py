"""The paragraph styles of a PDF, built on its embedded font, the paragraphs made in them,
and the escaping of user text."""

from __future__ import annotations

from typing import Final

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from pressdesk.documents import model as m
from pressdesk.documents.fonts import RegisteredFonts

BODY_SIZE: Final = 12.0
# Single spacing of a Times-like face, as a word processor sets the DOCX.
BODY_LEADING: Final = BODY_SIZE * 1.15
FURNITURE_SIZE: Final = 8.0
INDENT: Final = 12.5 * mm
FURNITURE_COLOR: Final = colors.Color(0.4, 0.4, 0.4)
ALIGN: Final = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}


class PdfStyles:
    """The paragraph styles of one render, built on the registered font."""

    def __init__(self, fonts: RegisteredFonts) -> None:
        self.fonts = fonts
        body = ParagraphStyle(
            "body", fontName=fonts.regular, fontSize=BODY_SIZE, leading=BODY_LEADING
        )
        self.body = body
        self.title = ParagraphStyle(
            "title",
            parent=body,
            fontName=fonts.bold,
            fontSize=14,
            leading=14 * 1.15,
            alignment=TA_CENTER,
            spaceBefore=4,
            spaceAfter=2,
        )
        self.subtitle = ParagraphStyle("subtitle", parent=body, alignment=TA_CENTER, spaceAfter=2)
        self.heading1 = ParagraphStyle(
            "heading1",
            parent=body,
            fontName=fonts.bold,
            fontSize=13,
            leading=13 * 1.15,
            alignment=TA_CENTER,
            spaceBefore=8,
            spaceAfter=4,
        )
        self.heading2 = ParagraphStyle(
            "heading2", parent=body, fontName=fonts.bold, spaceBefore=6, spaceAfter=3
        )
        self.section = ParagraphStyle(
            "section",
            parent=body,
            fontName=fonts.bold,
            alignment=TA_CENTER,
            spaceBefore=8,
            spaceAfter=4,
        )
        self.clause = ParagraphStyle(
            "clause", parent=body, alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceAfter=2
        )
        self.bullet = ParagraphStyle(
            "bullet", parent=body, alignment=TA_JUSTIFY, firstLineIndent=INDENT
        )
        self.keyvalue = ParagraphStyle("keyvalue", parent=body, spaceAfter=1)
        self.caption = ParagraphStyle(
            "caption", parent=body, fontName=fonts.bold, spaceBefore=4, spaceAfter=3
        )
        self.small = ParagraphStyle(
            "small", parent=body, fontSize=8, leading=10, textColor=FURNITURE_COLOR
        )
        self.centered = ParagraphStyle("centered", parent=body, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=body, alignment=TA_RIGHT)
        self.hint = ParagraphStyle("hint", parent=self.small, alignment=TA_CENTER)
        self._paragraphs: dict[tuple[str, bool, bool], ParagraphStyle] = {}

    def paragraph(self, align: str, bold: bool, italic: bool) -> ParagraphStyle:
        """Return the style of a free paragraph."""
        key = (align, bold, italic)
        style = self._paragraphs.get(key)
        if style is None:
            font = {
                (False, False): self.fonts.regular,
                (True, False): self.fonts.bold,
                (False, True): self.fonts.italic,
                (True, True): self.fonts.bold_italic,
            }[(bold, italic)]
            style = ParagraphStyle(
                f"p-{align}-{bold}-{italic}",
                parent=self.body,
                fontName=font,
                alignment=ALIGN[align],
                spaceAfter=4,
            )
            self._paragraphs[key] = style
        return style


class LaidParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph whose lines are broken once per width: the frame, and the table a heading
    goes with, ask for its size several times, and the answer is the same each time."""

    _laid: tuple[float, float, float] | None = None

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        """Return the size of the paragraph set ``avail_width`` wide."""
        laid = self._laid
        # A split that finds no room drops the lines; they are broken again then.
        if laid is not None and laid[0] == avail_width and "blPara" in self.__dict__:
            return laid[1], laid[2]
        width, height = super().wrap(avail_width, avail_height)
        self._laid = (avail_width, width, height)
        return width, height


class Paragraphs:
    """Make the paragraphs of one document, each markup parsed once per style.

    A long document repeats some texts (the description of an outlet's kind and ownership,
    say) in thousands of paragraphs; parsing the markup is most of making one. A parse of
    one plain run of text is shared: reportlab only reads it when laying out and drawing.
    """

    def __init__(self) -> None:
        # By the markup and the style's id; the style is kept with the parse, so that its id
        # stays its own.
        self._parsed: dict[tuple[str, int], tuple[ParagraphStyle, Paragraph]] = {}

    def __call__(self, markup: str, style: ParagraphStyle) -> Paragraph:
        """Return a paragraph of ``markup`` in ``style``."""
        key = (markup, id(style))
        parsed = self._parsed.get(key)
        if parsed is not None:
            first = parsed[1]
            return LaidParagraph(first.text, first.style, frags=list(first.frags))
        paragraph = LaidParagraph(markup, style)
        if len(paragraph.frags) == 1 and paragraph.bulletText is None:
            first = Paragraph(paragraph.text, paragraph.style, frags=list(paragraph.frags))
            self._parsed[key] = (style, first)
        return paragraph


def esc(text: str) -> str:
    """Escape user text for reportlab's paragraph markup, keeping line breaks."""
    return m.escape_markup(m.clean_text(text)).replace("\r\n", "\n").replace("\n", "<br/>")
