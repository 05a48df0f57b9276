"""How on-screen previews of documents lay out their text: as the printed document does."""

from __future__ import annotations

import logging
from functools import cache

from PySide6.QtGui import QFontDatabase, QTextDocument, QTextOption
from PySide6.QtWidgets import QTextEdit

from pressdesk.paths import resources_dir

log = logging.getLogger(__name__)

# The families the previews' style sheet asks for (see pressdesk.documents.html_render).
PRINTED_FAMILIES = ("Liberation Serif", "Times New Roman")


@cache
def _register_document_fonts() -> None:
    """Make the typeface the documents are printed in known to Qt, once.

    The previews ask for Liberation Serif (or Times New Roman, which has its widths); a
    computer that has neither still shows the preview in the printed typeface.
    """
    if any(QFontDatabase.hasFamily(family) for family in PRINTED_FAMILIES):
        return
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("Font not loaded for previews: %s", path)


def prepare_document_view(view: QTextEdit | QTextDocument) -> None:
    """Set ``view`` up to preview documents: the printed typeface, and words never cut.

    By default Qt breaks a word that does not fit its line, so a narrow table column of a
    preview showed "Министрликт|ин". The printed document never cuts a word: the column is
    made as wide as its longest word instead, and so is the preview's.
    """
    _register_document_fonts()
    if isinstance(view, QTextDocument):
        option = view.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        view.setDefaultTextOption(option)
    else:
        view.setWordWrapMode(QTextOption.WrapMode.WordWrap)
