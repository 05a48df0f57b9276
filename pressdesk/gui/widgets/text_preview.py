"""How on-screen previews of documents lay out their text."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument, QTextOption
from PySide6.QtWidgets import QTextEdit


def keep_words_whole(view: QTextEdit | QTextDocument) -> None:
    """Wrap the text of ``view`` between words only.

    By default Qt breaks a word that does not fit its line, so a narrow table column of a
    preview showed "Министрликт|ин". The printed document never cuts a word: the column is
    made as wide as its longest word instead, and so is the preview's.
    """
    if isinstance(view, QTextDocument):
        option = view.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        view.setDefaultTextOption(option)
    else:
        view.setWordWrapMode(QTextOption.WrapMode.WordWrap)
