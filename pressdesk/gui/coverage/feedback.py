"""Feedback on publications: the lines noted for one publication or for a period (comments,
reactions, calls, letters, questions), each added, edited and deleted as a step of the undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import code_combo, namer
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.ask_dialog import closing_column
from pressdesk.gui.widgets.dates import date_text, pydate, qdate
from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.gui.widgets.record_model import ListTableModel
from pressdesk.gui.widgets.record_undo import RecordUndo
from pressdesk.gui.widgets.table_panel import TablePanel, size_columns
from pressdesk.messages import UserError
from pressdesk.services.coverage.feedback import (
    FeedbackRow,
    add_feedback,
    delete_feedback,
    get_feedback,
    list_feedback,
    update_feedback,
)
from pressdesk.storage.coverage_models import FEEDBACK_KINDS, CoverageFeedback
from pressdesk.storage.engine import Database

if TYPE_CHECKING:
    from pressdesk.gui.widgets.undo import UndoStack

_CONTEXT = "CoverageFeedback"
# Translated in the window's catalogue, where the record pages' delete question has it.
_UNDO_HINT = "The deletion can be undone (Ctrl+Z)."
translate = QCoreApplication.translate

FEEDBACK_NAMES: dict[str, str] = {
    "comments": QT_TRANSLATE_NOOP("CoverageFeedback", "Comments"),
    "reactions": QT_TRANSLATE_NOOP("CoverageFeedback", "Reactions"),
    "calls": QT_TRANSLATE_NOOP("CoverageFeedback", "Calls"),
    "letters": QT_TRANSLATE_NOOP("CoverageFeedback", "Letters"),
    "questions": QT_TRANSLATE_NOOP("CoverageFeedback", "Questions"),
    "other": QT_TRANSLATE_NOOP("CoverageFeedback", "Other"),
}
# A kind of feedback named in the interface language.
feedback_name = namer(_CONTEXT, FEEDBACK_NAMES)


class _Counts(QObject):
    """The counted forms of the kinds of feedback ("3 calls"), translated by number."""

    def text(self, kind: str, count: int) -> str:
        """Return ``count`` of ``kind`` as words."""
        if kind == "comments":
            return self.tr("%n comment(s)", "", count)
        if kind == "reactions":
            return self.tr("%n reaction(s)", "", count)
        if kind == "calls":
            return self.tr("%n call(s)", "", count)
        if kind == "letters":
            return self.tr("%n letter(s)", "", count)
        if kind == "questions":
            return self.tr("%n question(s)", "", count)
        return self.tr("other: %n", "", count)


def count_text(kind: str, count: int) -> str:
    """Return "3 calls", "1 letter"… in the interface language."""
    return _Counts().text(kind, count)


def counts_text(counts: Mapping[str, int]) -> str:
    """Return the counts by kind as one line: "3 calls, 2 letters" ("" when there are none)."""
    return ", ".join(count_text(kind, counts[kind]) for kind in FEEDBACK_KINDS if counts.get(kind))


def totals(rows: list[FeedbackRow]) -> dict[str, int]:
    """Return the counts of ``rows`` added up by kind."""
    result: dict[str, int] = {}
    for row in rows:
        result[row.kind] = result.get(row.kind, 0) + row.count
    return result


KIND, COUNT, PERIOD, NOTE = range(4)


class FeedbackModel(ListTableModel):
    """Feedback lines: kind, count, the period noted for, and a note."""

    TITLES = (
        QT_TRANSLATE_NOOP("FeedbackModel", "Kind"),
        QT_TRANSLATE_NOOP("FeedbackModel", "Count"),
        QT_TRANSLATE_NOOP("FeedbackModel", "Period"),
        QT_TRANSLATE_NOOP("FeedbackModel", "Note"),
    )

    RIGHT_ALIGNED = frozenset({COUNT})

    def row_texts(self, row: FeedbackRow) -> dict[int, str]:
        span = f"{date_text(row.start)} – {date_text(row.end)}" if row.start else ""
        return {KIND: feedback_name(row.kind), COUNT: str(row.count), PERIOD: span, NOTE: row.note}


class FeedbackEditor(RecordEditor):
    """One feedback line: its kind, count, (for a period) its dates, and a note."""

    saved: FeedbackRow | None

    def __init__(self, db: Database, row: FeedbackRow, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("New feedback") if not row.id else self.tr("Feedback"),
            "feedbackEditor",
            parent,
        )
        self.db = db
        self.row = row
        self.kind = code_combo(FEEDBACK_KINDS, feedback_name, row.kind)
        self.kind.setObjectName("feedbackKind")
        self.count = QSpinBox()
        self.count.setObjectName("feedbackCount")
        self.count.setRange(0, 10_000_000)
        self.count.setGroupSeparatorShown(True)
        self.count.setValue(row.count)
        self.add_field("kind", self.kind, self.tr("Kind"))
        self.add_field("count", self.count, self.tr("Count"))
        self.start: QDateEdit | None = None
        self.end: QDateEdit | None = None
        if row.record_id is None and row.start is not None and row.end is not None:
            self.start = self._date(row.start, "feedbackStart")
            self.end = self._date(row.end, "feedbackEnd")
            self.add_field("start", self.start, self.tr("From"))
            self.add_field("end", self.end, self.tr("To"))
        self.note = QLineEdit(row.note)
        self.note.setObjectName("feedbackNote")
        self.note.setCursorPosition(0)
        self.note.setPlaceholderText(self.tr("For example: calls to the hotline"))
        self.add_field("note", self.note, self.tr("Note"))
        self.finish(min_width=420)
        self.count.setFocus()
        self.count.selectAll()

    @staticmethod
    def _date(day: dt.date, name: str) -> QDateEdit:
        edit = QDateEdit(qdate(day))
        edit.setObjectName(name)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.setCalendarPopup(True)
        return edit

    def period(self) -> tuple[dt.date, dt.date] | None:
        """Return the dates entered for a period's feedback (None for a publication's)."""
        if self.start is None or self.end is None:
            return None
        return pydate(self.start.date()), pydate(self.end.date())

    def value(self) -> object:
        return (self.kind.currentData(), self.count.value(), self.period(), self.note.text())

    def save(self) -> bool:
        """Store the line; a refusal is shown and the editor stays open."""
        kind, count, period = str(self.kind.currentData()), self.count.value(), self.period()
        try:
            if self.row.id:
                update_feedback(
                    self.db, self.row.id, kind, count, period=period, note=self.note.text()
                )
                feedback_id = self.row.id
            else:
                feedback_id = add_feedback(
                    self.db,
                    kind,
                    count,
                    record_id=self.row.record_id,
                    period=period,
                    note=self.note.text(),
                )
        except UserError as exc:
            dialogs.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        self.saved = get_feedback(self.db, feedback_id)
        return True


class FeedbackDialog(QDialog):
    """The feedback of one publication (``record_id``) or that noted for a period (``period``)."""

    #: Feedback was added, changed or deleted; the figures are counted again.
    changed = Signal()

    def __init__(
        self,
        db: Database,
        heading: str,
        *,
        record_id: int | None = None,
        period: tuple[dt.date, dt.date] | None = None,
        stack: UndoStack | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        assert (record_id is None) != (period is None)
        self.db = db
        self.record_id = record_id
        self.period = period
        self.undo = RecordUndo(db, stack, "coverage", CoverageFeedback, self)
        self.setObjectName("coverageFeedback")
        self.setWindowTitle(
            self.tr("Feedback on the publication")
            if record_id is not None
            else self.tr("Feedback for the period")
        )
        self.heading = QLabel(heading)
        self.heading.setObjectName("feedbackHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        hint = QLabel(
            self.tr(
                "Comments and reactions under the publication, calls, letters and questions "
                "it brought."
            )
            if record_id is not None
            else self.tr(
                "Calls, letters and questions not tied to one publication: for example, "
                "calls to the hotline over the month. The figures and the report count them "
                "in every period that holds their dates."
            )
        )
        hint.setWordWrap(True)
        self.model = FeedbackModel(self)
        self.panel = TablePanel(self.model, "feedbackTable", single=True)
        self.table = self.panel.table
        self.panel.button(self.tr("Add…"), "addFeedback", self.add, in_menu=False)
        self.edit_button = self.panel.button(
            self.tr("Edit…"), "editFeedback", self.edit, role="open"
        )
        self.delete_button = self.panel.button(
            self.tr("Delete"), "deleteFeedback", self.delete, role="delete"
        )
        self.table.setColumnHidden(PERIOD, record_id is not None)
        size_columns(self.table, {KIND: 22, COUNT: 9, PERIOD: 25})
        self.total = QLabel()
        self.total.setObjectName("feedbackTotal")
        self.total.setWordWrap(True)
        closing_column(
            self,
            self.tr("Close"),
            self.heading,
            hint,
            (self.panel, 1),
            self.total,
            on_close=self.accept,
        )
        self.setMinimumSize(640, 380)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def rows(self) -> list[FeedbackRow]:
        """Return the lines the dialog shows, as stored."""
        return list_feedback(self.db, record_id=self.record_id, period=self.period)

    def reload(self, select: int | None = None) -> None:
        """Read the lines again and select the line ``select``."""
        rows = self.rows()
        self.model.set_rows(rows)
        counted = counts_text(totals(rows))
        self.total.setText(self.tr("In all: {counts}").format(counts=counted or "—"))
        number = self.model.row_of(select)
        if number >= 0:
            self.table.selectRow(number)
        self._update_buttons()

    def current(self) -> FeedbackRow | None:
        """Return the selected line."""
        return self.panel.current_row() if self.table.selectionModel().hasSelection() else None

    def _update_buttons(self) -> None:
        chosen = self.current() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def step_text(self, action: str, row: FeedbackRow) -> str:
        """Name a change in the undo history: "Add feedback: 3 calls"."""
        texts = {
            "new": self.tr("Add feedback: {counts}"),
            "edit": self.tr("Edit feedback: {counts}"),
            "delete": self.tr("Delete feedback: {counts}"),
        }
        return texts[action].format(counts=count_text(row.kind, row.count))

    def _run(self, row: FeedbackRow) -> FeedbackRow | None:
        editor = FeedbackEditor(self.db, row, self)
        before = self.undo.capture([row.id] if row.id else [])
        saved = editor.saved if dialogs.run_dialog(editor) else None
        editor.deleteLater()
        if saved is not None:
            self.undo.settle(self.step_text("edit" if row.id else "new", saved), before, [saved.id])
            self.reload(saved.id)
            self.changed.emit()
        return saved

    def add(self) -> FeedbackRow | None:
        """Note a new line: for the publication, or for the dialog's period."""
        kind = "comments" if self.record_id is not None else "calls"
        start, end = self.period if self.period is not None else (None, None)
        return self._run(FeedbackRow(0, kind, 1, self.record_id, start, end))

    def edit(self) -> FeedbackRow | None:
        """Change the selected line."""
        row = self.current()
        return self._run(row) if row is not None else None

    def delete(self) -> None:
        """Delete the selected line, after asking."""
        row = self.current()
        if row is None:
            return
        hint = "\n\n" + translate("RecordPage", _UNDO_HINT) if self.undo.enabled else ""
        if not dialogs.question(
            self,
            self.tr("Delete feedback"),
            self.tr("Delete the line «{counts}»?").format(counts=count_text(row.kind, row.count))
            + hint,
            yes=self.tr("Delete"),
            no=self.tr("Cancel"),
        ):
            return
        try:
            self.undo.track(
                self.step_text("delete", row), [row.id], lambda: delete_feedback(self.db, row.id)
            )
        except UserError as exc:
            dialogs.warning(self, self.tr("Not deleted"), error_text(exc))
        self.reload()
        self.changed.emit()
