"""Build printable documents once and render them to DOCX, PDF or HTML."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressdesk import collector

if TYPE_CHECKING:
    from pressdesk.documents.fonts import FontNotFoundError, FontSet, find_font
    from pressdesk.documents.html_render import render_html
    from pressdesk.documents.locale import (
        Lang,
        format_date,
        format_date_short,
        format_month_year,
        label,
        month_name,
    )
    from pressdesk.documents.model import (
        BULLET,
        Approval,
        Block,
        BulletList,
        Chart,
        Clause,
        Column,
        Document,
        DocumentError,
        Heading,
        KeyValue,
        NumberedBlock,
        PageBreak,
        Paragraph,
        Section,
        Signature,
        Spacer,
        Table,
        bullet_texts,
        number_document,
    )

# The names above are imported from their modules on first use: a module that only needs the
# date words (``pressdesk.documents.locale``) does not load the document model and fonts too.
_LAZY: dict[str, str] = {
    **dict.fromkeys(("FontNotFoundError", "FontSet", "find_font"), "fonts"),
    "render_html": "html_render",
    **dict.fromkeys(
        ("Lang", "format_date", "format_date_short", "format_month_year", "label", "month_name"),
        "locale",
    ),
    **dict.fromkeys(
        (
            "BULLET", "Approval", "Block", "BulletList", "Chart", "Clause", "Column", "Document",
            "DocumentError", "Heading", "KeyValue", "NumberedBlock", "PageBreak", "Paragraph",
            "Section", "Signature", "Spacer", "Table", "bullet_texts", "number_document",
        ),
        "model",
    ),
}  # fmt: skip


def __getattr__(name: str) -> Any:
    """Import a name of the package from its module the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "BULLET",
    "FORMATS",
    "Approval",
    "Block",
    "BulletList",
    "Chart",
    "Clause",
    "Column",
    "Document",
    "DocumentError",
    "FontNotFoundError",
    "FontSet",
    "Heading",
    "KeyValue",
    "Lang",
    "NumberedBlock",
    "PageBreak",
    "Paragraph",
    "Section",
    "Signature",
    "Spacer",
    "Table",
    "bullet_texts",
    "find_font",
    "format_date",
    "format_date_short",
    "format_month_year",
    "label",
    "month_name",
    "number_document",
    "render",
    "render_html",
]

FORMATS = (".docx", ".pdf")


def render(doc: Document, path: str | os.PathLike[str], font_path: str | None = None) -> None:
    """Write ``doc`` to ``path`` as DOCX or PDF, chosen by the file extension.

    ``font_path`` is the TrueType font set in Settings: PDF embeds it, DOCX names its family.
    """
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        from pressdesk.documents.docx_render import render_docx

        with collector.paused():
            render_docx(doc, path, font_path=font_path)
    elif suffix == ".pdf":
        from pressdesk.documents.pdf_render import render_pdf

        with collector.paused():
            render_pdf(doc, path, font_path=font_path)
    else:
        raise ValueError(
            f"Cannot save a document as {suffix or 'a file without extension'!r}: "
            f"use one of {', '.join(FORMATS)}"
        )
