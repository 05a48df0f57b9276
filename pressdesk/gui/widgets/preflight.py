"""Before a document is written: list the texts missing in its language and fill them in place.

``confirm_texts`` is called by every export: with nothing missing it returns at once; otherwise
the user types the missing texts (the other language's text is shown beside each as the source),
or writes the document with the texts as entered, or goes back.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.widgets.bilingual import language_name
from pressdesk.services.preflight import MissingValue, Ref, fill_missing, find_missing
from pressdesk.storage.engine import Database

_CONTEXT = "Preflight"

# Section and field labels the services give in English (pressdesk/services/preflight_sections).
LABELS = (
    QT_TRANSLATE_NOOP("Preflight", "Staff"),
    QT_TRANSLATE_NOOP("Preflight", "Checklist"),
    QT_TRANSLATE_NOOP("Preflight", "Events"),
    QT_TRANSLATE_NOOP("Preflight", "Content plan"),
    QT_TRANSLATE_NOOP("Preflight", "Campaigns"),
    QT_TRANSLATE_NOOP("Preflight", "Equipment"),
    QT_TRANSLATE_NOOP("Preflight", "Accounts"),
    QT_TRANSLATE_NOOP("Preflight", "Archive"),
    QT_TRANSLATE_NOOP("Preflight", "Contact topics"),
    QT_TRANSLATE_NOOP("Preflight", "Journalists"),
    QT_TRANSLATE_NOOP("Preflight", "Position"),
    QT_TRANSLATE_NOOP("Preflight", "Unit"),
    QT_TRANSLATE_NOOP("Preflight", "Task"),
    QT_TRANSLATE_NOOP("Preflight", "Title"),
    QT_TRANSLATE_NOOP("Preflight", "Place"),
    QT_TRANSLATE_NOOP("Preflight", "Organisers"),
    QT_TRANSLATE_NOOP("Preflight", "Speakers"),
    QT_TRANSLATE_NOOP("Preflight", "Topic"),
    QT_TRANSLATE_NOOP("Preflight", "Key messages"),
    QT_TRANSLATE_NOOP("Preflight", "Notes"),
    QT_TRANSLATE_NOOP("Preflight", "Audience"),
    QT_TRANSLATE_NOOP("Preflight", "Name"),
    QT_TRANSLATE_NOOP("Preflight", "Goal"),
    QT_TRANSLATE_NOOP("Preflight", "Audiences"),
    QT_TRANSLATE_NOOP("Preflight", "Location"),
    QT_TRANSLATE_NOOP("Preflight", "Two-factor method"),
    QT_TRANSLATE_NOOP("Preflight", "Recovery codes kept at"),
    QT_TRANSLATE_NOOP("Preflight", "Drive label"),
)

_COLUMNS = {
    "ky": QT_TRANSLATE_NOOP("Preflight", "In Kyrgyz"),
    "ru": QT_TRANSLATE_NOOP("Preflight", "In Russian"),
}
_TITLES = {
    "ky": QT_TRANSLATE_NOOP("Preflight", "Texts missing in Kyrgyz"),
    "ru": QT_TRANSLATE_NOOP("Preflight", "Texts missing in Russian"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


class MissingTextsDialog(QDialog):
    """The list of missing texts, each with the other language's text and a field to type in."""

    def __init__(
        self, missing: list[MissingValue], lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.missing = missing
        self.choice = "cancel"
        self.setWindowTitle(_tr(_TITLES[lang]))
        layout = QVBoxLayout(self)
        intro = QLabel(
            QCoreApplication.translate(
                "Preflight",
                "The document needs these texts in its language, but they exist only in the "
                "other language or hold both languages at once. Type them here, or write the "
                "document with the texts as entered.",
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        headers = (
            QCoreApplication.translate("Preflight", "Record"),
            QCoreApplication.translate("Preflight", "As entered"),
            _tr(_COLUMNS[lang]),
        )
        for column, text in enumerate(headers):
            head = QLabel(f"<b>{text}</b>", body)
            grid.addWidget(head, 0, column)
        # Records with the same text missing (forty journalists who are all «Кабарчы») share
        # one row: what is typed there goes to each of them.
        groups: dict[tuple[str, str, str, str, bool], list[MissingValue]] = {}
        for item in missing:
            groups.setdefault(
                (item.section, item.attr, item.other, item.current, item.doubled), []
            ).append(item)
        self.editors: dict[tuple[str, int, str], QLineEdit | QPlainTextEdit] = {}
        for row, group in enumerate(groups.values(), start=1):
            item = group[0]
            record = item.record_label(lang)
            if len(group) > 1:
                record += " " + self.tr("and %n more", "records", len(group) - 1)
            what = QLabel(
                f"{_tr(item.section_label)} · {record}\n{_tr(item.field_label)}"
                + (
                    f" — {QCoreApplication.translate('Preflight', 'holds both languages')}"
                    if item.doubled
                    else ""
                ),
                body,
            )
            what.setWordWrap(True)
            source = QLabel(item.current if item.doubled else item.other, body)
            source.setWordWrap(True)
            source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            editor: QLineEdit | QPlainTextEdit
            if item.multiline:
                editor = QPlainTextEdit(body)
                editor.setTabChangesFocus(True)
                editor.setMaximumHeight(editor.fontMetrics().lineSpacing() * 4 + 12)
                editor.setPlainText(item.current)
            else:
                editor = QLineEdit(body)
                editor.setMaxLength(item.limit)
                editor.setText(item.current)
            editor.setAccessibleName(f"{_tr(item.field_label)} ({language_name(lang)})")
            grid.addWidget(what, row, 0)
            grid.addWidget(source, row, 1)
            grid.addWidget(editor, row, 2)
            for member in group:
                self.editors[member.key] = editor
        self.rows = len(groups)
        # Rows keep their height; the space left over goes below them.
        grid.setRowStretch(self.rows + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout.addWidget(scroll, 1)

        buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(
            QCoreApplication.translate("Preflight", "&Save and write"), self
        )
        self.as_is_button = QPushButton(
            QCoreApplication.translate("Preflight", "&Write as entered"), self
        )
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("Preflight", "&Back"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.as_is_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.clicked.connect(lambda: self._finish("save"))
        self.as_is_button.clicked.connect(lambda: self._finish("as_is"))
        cancel.clicked.connect(self.reject)
        self.save_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(900, min(640, 160 + 70 * self.rows))

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def values(self) -> dict[tuple[str, int, str], str]:
        """The texts typed, for the values the user filled in."""
        result = {}
        for key, editor in self.editors.items():
            text = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            if text.strip():
                result[key] = text
        return result


def confirm_texts(parent: QWidget | None, db: Database, refs: Iterable[Ref], lang: str) -> bool:
    """Check the texts a document needs in ``lang``; False when the user goes back."""
    missing = find_missing(db, refs, lang)
    if not missing:
        return True
    dialog = MissingTextsDialog(missing, lang, parent)
    if not dialogs.run_dialog(dialog):
        return False
    if dialog.choice == "save":
        fill_missing(db, dialog.values(), lang)
    return True
