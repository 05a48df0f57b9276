"""Fields that edit a text in Kyrgyz and in Russian at once.

Each field shows two rows, the interface language first, each with a small language tag. When
one value is filled and the other is empty, the empty row's tag turns into a warning and a
button copies the filled value across as a starting point for the translation the user types.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

from pressdesk.bilingual import Bi, other_language
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP, current_language

_CONTEXT = "Bilingual"
_TAGS = {
    "ky": QT_TRANSLATE_NOOP("Bilingual", "KY"),
    "ru": QT_TRANSLATE_NOOP("Bilingual", "RU"),
}
_NAMES = {
    "ky": QT_TRANSLATE_NOOP("Bilingual", "Kyrgyz"),
    "ru": QT_TRANSLATE_NOOP("Bilingual", "Russian"),
}
# Per language, so that each translation is a whole sentence with its own grammar.
_COPY_TIPS = {
    "ky": QT_TRANSLATE_NOOP("Bilingual", "Copy the Russian text here as a starting point"),
    "ru": QT_TRANSLATE_NOOP("Bilingual", "Copy the Kyrgyz text here as a starting point"),
}
_MISSING_TIPS = {
    "ky": QT_TRANSLATE_NOOP("Bilingual", "No Kyrgyz text: documents in Kyrgyz will lack it"),
    "ru": QT_TRANSLATE_NOOP("Bilingual", "No Russian text: documents in Russian will lack it"),
}
_MISSING_STYLE = "QLabel { color: palette(bright-text); background: #b3261e; padding: 0 3px; }"
_TAG_STYLE = "QLabel { color: palette(mid); padding: 0 3px; }"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def first_language() -> str:
    """The language shown first: the interface language, Kyrgyz for the English interface."""
    lang = current_language()
    return lang if lang in ("ky", "ru") else "ky"


def language_tag(lang: str) -> str:
    """The short tag of a document language, translated («КЫР», «РУС»)."""
    return _tr(_TAGS[lang])


def language_name(lang: str) -> str:
    """The name of a document language, translated."""
    return _tr(_NAMES[lang])


class _BiField(QWidget):
    """Two editors, one per language, with tags and a copy button on the empty one."""

    valueChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order = (first_language(), other_language(first_language()))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(4)
        layout.setVerticalSpacing(2)
        self._editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._tags: dict[str, QLabel] = {}
        self._copy: dict[str, QToolButton] = {}
        for row, lang in enumerate(self._order):
            tag = QLabel(language_tag(lang), self)
            tag.setObjectName(f"tag_{lang}")
            editor = self._make_editor()
            editor.setObjectName(f"edit_{lang}")
            editor.setAccessibleName(language_name(lang))
            copy = QToolButton(self)
            copy.setObjectName(f"copy_{lang}")
            copy.setText("⇅")
            copy.setAutoRaise(True)
            copy.setToolTip(_tr(_COPY_TIPS[lang]))
            copy.clicked.connect(lambda _=False, target=lang: self.copy_into(target))
            layout.addWidget(tag, row, 0)
            layout.addWidget(editor, row, 1)
            layout.addWidget(copy, row, 2)
            self._editors[lang] = editor
            self._tags[lang] = tag
            self._copy[lang] = copy
            self._connect(editor)
        layout.setColumnStretch(1, 1)
        self._refresh()

    # -- to be provided by the two kinds of field --------------------------------------------

    def _make_editor(self) -> QLineEdit | QPlainTextEdit:
        raise NotImplementedError

    def _connect(self, editor: QLineEdit | QPlainTextEdit) -> None:
        editor.textChanged.connect(self._changed)

    def setPlaceholderText(self, text: str) -> None:
        """Show ``text`` in both editors while they are empty."""
        for editor in self._editors.values():
            editor.setPlaceholderText(text)

    def _text(self, lang: str) -> str:
        raise NotImplementedError

    def _set_text(self, lang: str, text: str) -> None:
        raise NotImplementedError

    # -- the value ---------------------------------------------------------------------------

    def value(self) -> Bi:
        """Both texts, trimmed."""
        return Bi(self._text("ky").strip(), self._text("ru").strip())

    def setValue(self, value: Bi) -> None:
        for lang in ("ky", "ru"):
            self._set_text(lang, value.get(lang))
        self._refresh()

    def editor(self, lang: str) -> QLineEdit | QPlainTextEdit:
        """The editor of one language (for focus and tests)."""
        return self._editors[lang]

    def missing(self, lang: str) -> bool:
        """True when ``lang`` is empty while the other language holds a text."""
        return self.value().missing(lang)

    def copy_into(self, lang: str) -> None:
        """Copy the other language's text into ``lang``, to be translated by the user."""
        source = self._text(other_language(lang))
        if source.strip():
            self._set_text(lang, source)
            editor = self._editors[lang]
            editor.setFocus()
            editor.selectAll()

    def _changed(self) -> None:
        self._refresh()
        self.valueChanged.emit()

    def _refresh(self) -> None:
        value = self.value()
        for lang in ("ky", "ru"):
            missing = value.missing(lang)
            tag = self._tags[lang]
            tag.setStyleSheet(_MISSING_STYLE if missing else _TAG_STYLE)
            tag.setToolTip(_tr(_MISSING_TIPS[lang]) if missing else language_name(lang))
            self._copy[lang].setVisible(missing)
            self._editors[lang].setProperty("missing", missing)


class BiLineEdit(_BiField):
    """A one-line text in Kyrgyz and Russian."""

    def __init__(self, parent: QWidget | None = None, max_length: int = 500) -> None:
        self._max_length = max_length
        super().__init__(parent)
        self.setMaximumHeight(self.sizeHint().height())

    def _make_editor(self) -> QLineEdit:
        editor = QLineEdit(self)
        editor.setMaxLength(self._max_length)
        editor.setClearButtonEnabled(True)
        return editor

    def _text(self, lang: str) -> str:
        editor = self._editors.get(lang)
        return editor.text() if isinstance(editor, QLineEdit) else ""

    def _set_text(self, lang: str, text: str) -> None:
        editor = self._editors[lang]
        assert isinstance(editor, QLineEdit)
        editor.setText(text)


class BiTextEdit(_BiField):
    """A text of several lines in Kyrgyz and Russian (one item per line where that matters)."""

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        self._lines = lines
        super().__init__(parent)

    def _make_editor(self) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setTabChangesFocus(True)
        height = editor.fontMetrics().lineSpacing() * self._lines + 12
        editor.setMinimumHeight(height)
        editor.setMaximumHeight(height * 2)
        return editor

    def _text(self, lang: str) -> str:
        editor = self._editors.get(lang)
        return editor.toPlainText() if isinstance(editor, QPlainTextEdit) else ""

    def _set_text(self, lang: str, text: str) -> None:
        editor = self._editors[lang]
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(text)
