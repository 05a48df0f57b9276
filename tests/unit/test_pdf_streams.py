"""PDF streams are written compressed as they are, with reportlab's C helpers."""

from __future__ import annotations

import re

from pypdf import PdfReader

from pressdesk.documents.model import Column, Document, Paragraph, Table
from pressdesk.documents.pdf_render import render_pdf


def test_streams_are_not_ascii85_and_tables_read_back(tmp_path):
    rows = [[f"Штатив {i}", f"ИН-{i:05d}", "13.04.2016"] for i in range(120)]
    doc = Document(
        title="Акт",
        lang="ky",
        blocks=[
            Paragraph("Төмөнкү техника өткөрүлүп берилет:"),
            Table([Column("Аталышы"), Column("Инв. номери"), Column("Күнү")], rows, numbered=True),
        ],
    )
    target = tmp_path / "act.pdf"
    render_pdf(doc, target)
    data = target.read_bytes()
    assert b"ASCII85Decode" not in data
    assert b"FlateDecode" in data
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    # Every row drawn, once, with its header repeated on the following pages.
    assert all(f"ИН-{i:05d}" in text for i in range(120))
    assert len(re.findall(r"Инв\. номери", text)) == len(PdfReader(target).pages)


def test_reportlab_uses_its_c_helpers():
    from reportlab.lib import rl_accel

    # The C versions are builtins; the pure-Python fallbacks are functions of rl_accel.
    assert type(rl_accel.fp_str).__name__ == "builtin_function_or_method"
    assert type(rl_accel.asciiBase85Encode).__name__ == "builtin_function_or_method"
