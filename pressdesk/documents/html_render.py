"""Render a :class:`~pressdesk.documents.model.Document` to simple HTML for on-screen previews."""

from __future__ import annotations

from html import escape
from typing import Final

from pressdesk.documents import model as m
from pressdesk.documents.locale import Lang, format_date, label

# Qt's rich-text engine understands only a subset of CSS, so layout uses tables and attributes.
# The sizes and the typeface are the printed document's (Liberation Serif has the widths of
# Times New Roman), so a preview breaks its lines and pages about as the print does.
_STYLE: Final = (
    "body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 12pt; }"
    " .furniture { color: #666666; font-size: 8pt; }"
    " .furniture td { border-bottom: 1px solid #666666; }"
    " .title { font-size: 14pt; font-weight: bold; text-align: center; margin-top: 6px; }"
    " .subtitle { text-align: center; }"
    " .section { font-weight: bold; text-align: center; margin-top: 10px; }"
    " .indent { text-indent: 36px; text-align: justify; }"
    " .caption { font-weight: bold; margin-top: 6px; }"
    " .grid td { font-size: 10pt; }"
    " .grid th { background-color: #e6e6e6; font-size: 10pt; }"
    " .hint { color: #666666; font-size: 8pt; }"
)
_HTML_ALIGN: Final = {"left": "left", "center": "center", "right": "right", "justify": "justify"}


def _t(text: str) -> str:
    """Escape user text for HTML, keeping its line breaks."""
    return escape(m.clean_text(text)).replace("\r\n", "\n").replace("\n", "<br/>")


def render_html(doc: m.Document) -> str:
    """Return ``doc`` as a self-contained HTML page."""
    lang = doc.lang
    out: list[str] = [
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"/>',
        f"<title>{_t(doc.title)}</title><style>{_STYLE}</style></head><body>",
    ]
    mark = f"<b>{_t(label('official_use', lang))}</b>" if doc.official_use else ""
    if doc.org_name or mark:
        out.append(
            # A rule under the furniture: an <hr/> on a page of Qt's is drawn past the margin.
            '<table width="100%" class="furniture" cellspacing="0"'
            ' style="border-collapse: collapse; margin-bottom: 6px;"><tr>'
            f'<td align="left">{_t(doc.org_name)}</td><td align="right">{mark}</td></tr></table>'
        )
    if doc.approval is not None:
        approval = doc.approval
        date = format_date(approval.date, lang) if approval.date else label("blank_date", lang)
        out.append(
            '<table width="100%"><tr><td width="55%"></td><td>'
            f"<b>{_t(label('approve', lang))}</b><br/>{_t(approval.title)}<br/><br/>"
            f"________________ {_t(approval.name)}<br/>{_t(date)}</td></tr></table>"
        )
    title = doc.title
    if doc.number:
        title = f"{title} {label('number_sign', lang)} {doc.number}"
    out.append(f'<p class="title" align="center">{_t(title)}</p>')
    if doc.subtitle:
        out.append(f'<p class="subtitle" align="center">{_t(doc.subtitle)}</p>')
    if doc.place or doc.date:
        date = format_date(doc.date, lang) if doc.date else ""
        out.append(
            f'<table width="100%"><tr><td align="left">{_t(doc.place or "")}</td>'
            f'<td align="right">{_t(date)}</td></tr></table>'
        )
    for item in m.number_document(doc):
        out.append(_block(item, lang))
    for signature in doc.signatures:
        out.append(_signature(signature, lang))
    out.append("</body></html>")
    return "".join(out)


def _block(item: m.NumberedBlock, lang: Lang) -> str:
    block = item.block
    if isinstance(block, m.Section):
        return f'<p class="section" align="center">{_t(f"{item.number} {block.title}")}</p>'
    if isinstance(block, m.Clause):
        return f'<p class="indent" align="justify">{_t(f"{item.number} {block.text}")}</p>'
    if isinstance(block, m.Heading):
        if block.level == 1:
            return f'<h2 align="center">{_t(block.text)}</h2>'
        return f"<h3>{_t(block.text)}</h3>"
    if isinstance(block, m.Paragraph):
        text = _t(block.text)
        if block.bold:
            text = f"<b>{text}</b>"
        if block.italic:
            text = f"<i>{text}</i>"
        return f'<p align="{_HTML_ALIGN[block.align]}">{text}</p>'
    if isinstance(block, m.BulletList):
        return "".join(
            f'<p class="indent" style="margin: 0;">{_t(m.BULLET + text)}</p>'
            for text in m.bullet_texts(block)
        )
    if isinstance(block, m.KeyValue):
        return "".join(
            f'<p style="margin: 0;"><b>{_t(m.key_label(key))}</b> {_t(value)}</p>'
            for key, value in block.pairs
        )
    if isinstance(block, m.Table):
        return _table(block, lang)
    if isinstance(block, m.Chart):
        # The preview shows a chart's figures; the window draws charts of its own.
        rows = "".join(
            f'<tr><td>{_t(text)}</td><td align="right">{value:g}</td></tr>'
            for text, value in zip(block.labels, block.values, strict=True)
        )
        return (
            f'<p class="caption">{_t(block.title)}</p>'
            f'<table class="grid" border="1" cellspacing="0" cellpadding="3">{rows}</table>'
        )
    if isinstance(block, m.PageBreak):
        return "<hr/>"
    if isinstance(block, m.Spacer):
        return f'<div style="height: {block.height_mm:g}mm;"></div>'
    raise m.DocumentError(f"Unknown block {block!r}")  # pragma: no cover


def _table(table: m.Table, lang: Lang) -> str:
    aligns = m.table_aligns(table)
    header = "".join(f"<th>{_t(text)}</th>" for text in m.table_header(table, lang))
    total = sum(column.width for column in table.columns)
    widths = "".join(
        f'<col width="{round(100 * column.width / total)}%"/>' for column in table.columns
    )
    number_col = "<col/>" if table.numbered else ""
    rows = [
        "<tr>"
        + "".join(
            f'<td align="{_HTML_ALIGN[align]}">{_t(text)}</td>'
            for text, align in zip(row, aligns, strict=True)
        )
        + "</tr>"
        for row in m.table_body(table)
    ]
    caption = f'<p class="caption">{_t(table.caption)}</p>' if table.caption else ""
    return (
        f'{caption}<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="3">'
        f"{number_col}{widths}<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody>"
        "</table>"
    )


def _signature(signature: m.Signature, lang: Lang) -> str:
    date = f'<tr><td colspan="3">{_t(label("blank_date", lang))}</td></tr>'
    return (
        '<table width="100%" style="margin-top: 12px;"><tr>'
        f'<td width="40%">{_t(signature.role)}</td>'
        '<td width="28%" align="center">______________________</td>'
        f'<td width="32%">{_t(signature.name)}</td></tr>'
        f'<tr><td></td><td align="center" class="hint">{_t(label("signature_hint", lang))}</td>'
        f"<td></td></tr>{date if signature.date_line else ''}</table>"
    )
