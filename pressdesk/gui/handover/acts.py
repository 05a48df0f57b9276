"""The list of issued acts: re-print one (checked against its fingerprint) or correct it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.handover.jobs import Job
from pressdesk.gui.handover.wizard import failure_text, shown_details
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.widgets import dates
from pressdesk.gui.widgets.record_model import ListTableModel
from pressdesk.gui.widgets.record_page import list_table
from pressdesk.services.handover.acts import IssuedAct, Reprint, list_acts, reprint_act
from pressdesk.storage.engine import Database


class ActsModel(ListTableModel):
    """Issued acts, newest first: number, date, direction, parties, the act replaced."""

    TITLES = (
        QT_TRANSLATE_NOOP("ActsModel", "№"),
        QT_TRANSLATE_NOOP("ActsModel", "Date"),
        QT_TRANSLATE_NOOP("ActsModel", "Direction"),
        QT_TRANSLATE_NOOP("ActsModel", "Outgoing"),
        QT_TRANSLATE_NOOP("ActsModel", "Incoming"),
        QT_TRANSLATE_NOOP("ActsModel", "Language"),
        QT_TRANSLATE_NOOP("ActsModel", "Replaces"),
    )
    DIRECTIONS: ClassVar[dict[str, str]] = {
        "dismissal": QT_TRANSLATE_NOOP("ActsModel", "Dismissal"),
        "hiring": QT_TRANSLATE_NOOP("ActsModel", "Hiring"),
        "temporary": QT_TRANSLATE_NOOP("ActsModel", "Temporary replacement"),
    }
    rows: list[IssuedAct]

    def set_rows(self, rows: Sequence[IssuedAct]) -> None:
        """Show ``rows`` (oldest first, as the service gives them) newest first."""
        super().set_rows(list(reversed(rows)))

    def row_data(self, act: IssuedAct, column: int, role: int) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        by_id = {row.id: row for row in self.rows}
        replaced = by_id.get(act.replaces_id) if act.replaces_id else None
        direction = self.DIRECTIONS.get(act.direction)
        values = (
            act.number,
            dates.date_text(act.act_date),
            self.tr(direction) if direction else act.direction,
            act.outgoing_name,
            act.incoming_name,
            act.lang,
            f"№ {replaced.number}" if replaced else "",
        )
        return values[column]

    def act_at(self, row: int) -> IssuedAct | None:
        """Return the act on ``row``, if any."""
        return self.rows[row] if 0 <= row < len(self.rows) else None


class IssuedActsPanel(QWidget):
    """The issued acts with re-print and correction."""

    correction_requested = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverActs")
        self.db = db
        self.job: Job | None = None
        self.last_reprint: Reprint | None = None
        self.model = ActsModel(self)
        self.view = list_table("handoverActsView", self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.reprint_button = QPushButton(self.tr("Re-print…"))
        self.reprint_button.setObjectName("handoverReprint")
        self.reprint_button.setToolTip(
            self.tr("Make the act's file again and check it is identical to the one issued")
        )
        self.reprint_button.clicked.connect(self.choose_and_reprint)
        self.correct_button = QPushButton(self.tr("Issue a correction…"))
        self.correct_button.setObjectName("handoverCorrect")
        self.correct_button.clicked.connect(self._correct)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reprint_button)
        buttons.addWidget(self.correct_button)
        buttons.addStretch(1)
        self.empty = QLabel(self.tr("No act has been issued yet."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the issued acts again."""
        self.model.set_rows(list_acts(self.db))
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.reprint_button.setEnabled(has_rows)
        self.correct_button.setEnabled(has_rows)
        if has_rows:
            self.view.selectRow(0)
        self.view.resizeColumnsToContents()

    def current_act(self) -> IssuedAct | None:
        """Return the selected act."""
        return self.model.act_at(self.view.currentIndex().row())

    @Slot()
    def _correct(self) -> None:
        act = self.current_act()
        if act is not None:
            self.correction_requested.emit(act.id)

    @Slot()
    def choose_and_reprint(self) -> None:
        """Ask where to save the copy and re-print the selected act."""
        act = self.current_act()
        if act is None or self.job is not None:
            return
        suffix = ".pdf" if act.pdf_sha256 else ".docx"
        name = self.tr("handover-act-{number}-copy").format(number=act.number)
        start = Path.home() / f"{name}{suffix}"
        chosen = dialogs.save_file(
            self, self.tr("Re-print the act"), self.tr("Documents (*.docx *.pdf)"), start
        )
        if chosen is not None:
            self.start_reprint(act.id, chosen)

    def start_reprint(self, act_id: int, target: Path) -> None:
        """Re-print act ``act_id`` to ``target`` in a worker thread."""
        if self.job is not None:
            return
        self.job = Job(lambda _step: reprint_act(self.db, act_id, target))
        self.job.signals.finished.connect(self._reprinted)
        self.job.signals.failed.connect(self._failed)
        self.reprint_button.setEnabled(False)
        QThreadPool.globalInstance().start(self.job)

    @Slot(object)
    def _reprinted(self, result: object) -> None:
        self.job = None
        self.reprint_button.setEnabled(True)
        if not isinstance(result, Reprint):
            return
        self.last_reprint = result
        if result.matches is None:
            dialogs.info(
                self,
                self.tr("Act re-printed"),
                self.tr(
                    "The copy is saved:\n{path}\nThis format was not issued, so there is no "
                    "fingerprint to compare it with."
                ).format(path=result.path),
            )
        elif result.matches:
            dialogs.info(
                self,
                self.tr("Act re-printed"),
                self.tr("The copy is saved and is identical to the issued file:\n{path}").format(
                    path=result.path
                ),
            )
        else:
            dialogs.warning(
                self,
                self.tr("The copy differs from the issued act"),
                self.tr(
                    "The copy is saved, but its fingerprint differs from the issued file. The "
                    "fonts or the program's wording changed since the act was issued; treat the "
                    "issued copy as the original:\n{path}"
                ).format(path=result.path),
                self.tr("Issued act: SHA-256 {issued}\nThis copy: SHA-256 {copy}").format(
                    issued=result.expected, copy=result.sha256
                ),
            )

    @Slot(str, str)
    def _failed(self, kind: str, details: str) -> None:
        self.job = None
        self.reprint_button.setEnabled(True)
        dialogs.error(
            self,
            self.tr("Act not re-printed"),
            failure_text(kind, details),
            shown_details(kind, details),
        )
