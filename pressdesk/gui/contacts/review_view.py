"""Review of the base: records not verified for long, and likely duplicates to merge."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.contacts.labels import date_text, label
from pressdesk.gui.contacts.models import DuplicatesModel, PeopleModel, reason_text
from pressdesk.gui.contacts.people_view import configure_table, size_people_columns
from pressdesk.gui.messages import with_reason
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.jobs import JobRunner, Progress
from pressdesk.services.contacts.duplicates import DuplicatePair, find_duplicates, merge_people
from pressdesk.services.contacts.records import mark_verified, stale_cutoff
from pressdesk.services.contacts.values import (
    ContactError,
    ContactNotFound,
    PersonFilter,
    PersonRow,
)
from pressdesk.storage.engine import Database


class MergeDialog(QDialog):
    """Choose which of two records to keep; everything of the other one is merged into it."""

    def __init__(self, pair: DuplicatePair, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.pair = pair
        layout = QVBoxLayout(self)
        reasons = "; ".join(reason_text(r) for r in pair.reasons)
        intro = QLabel(
            self.tr("These records look like the same person: {why}.").format(why=reasons)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        row = QHBoxLayout()
        self.keep_first = self._option(pair.first, row)
        self.keep_second = self._option(pair.second, row)
        self.keep_first.setChecked(True)
        layout.addLayout(row)
        note = QLabel(
            self.tr(
                "Phones, e-mails, messengers, topics, list memberships and the contact log of "
                "the other record are added to the one you keep; then the other record is "
                "deleted."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def _option(self, person: PersonRow, row: QHBoxLayout) -> QRadioButton:
        box = QVBoxLayout()
        button = QRadioButton(self.tr("Keep this record"))
        self.group.addButton(button)
        details = [
            f"<b>{person.full_name}</b>",
            label("person_kind", person.kind),
            person.position.text(first_language()),
            person.outlet_name,
            person.phone,
            person.email,
        ]
        if person.last_verified:
            when = date_text(person.last_verified)
            details.append(self.tr("verified {date}").format(date=when))
        text = QLabel("<br>".join(d for d in details if d))
        text.setTextFormat(Qt.TextFormat.RichText)
        box.addWidget(button)
        box.addWidget(text)
        box.addStretch(1)
        row.addLayout(box, 1)
        return button

    def keep_and_drop(self) -> tuple[int, int]:
        """Return (id to keep, id to merge into it)."""
        first, second = self.pair.first.id, self.pair.second.id
        return (first, second) if self.keep_first.isChecked() else (second, first)


class ReviewView(QWidget):
    """Stale records with "mark verified", and duplicate pairs with "merge"."""

    changed = Signal()
    open_person_requested = Signal(int)

    def __init__(self, db: Database, months: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.db = db
        self.months = months
        self.today = clock.today
        self.searched = False
        self.runner = JobRunner(self, self.tr("Comparing the records…"), self.tr("Cancel"))
        self.runner.done.connect(self._duplicates_found)
        self.runner.failed.connect(self._search_failed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        splitter = QSplitter(Qt.Orientation.Vertical)
        stale = QWidget()
        stale_layout = QVBoxLayout(stale)
        stale_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.stale_label = QLabel()
        self.stale_label.setObjectName("staleLabel")
        self.stale_label.setWordWrap(True)
        top.addWidget(self.stale_label, 1)
        self.verify_button = QPushButton(self.tr("Mark selected verified"))
        self.verify_button.setObjectName("markSelectedVerified")
        self.verify_button.clicked.connect(self.verify_selected)
        top.addWidget(self.verify_button)
        stale_layout.addLayout(top)
        self.stale_model = PeopleModel(db, self)
        self.stale_model.sort_key = "last_verified"
        self.stale_model.total_changed.connect(self._show_stale_count)
        self.stale_table = QTableView()
        configure_table(self.stale_table, "staleTable")
        self.stale_table.setModel(self.stale_model)
        size_people_columns(self.stale_table)
        self.stale_table.doubleClicked.connect(self._open_stale)
        stale_layout.addWidget(self.stale_table)
        splitter.addWidget(stale)
        dups = QWidget()
        dups_layout = QVBoxLayout(dups)
        dups_layout.setContentsMargins(0, 4, 0, 0)
        top = QHBoxLayout()
        self.dup_label = QLabel()
        self.dup_label.setObjectName("duplicatesLabel")
        top.addWidget(self.dup_label, 1)
        self.find_button = QPushButton(self.tr("Look for duplicates"))
        self.find_button.setObjectName("findDuplicates")
        self.find_button.clicked.connect(self.find_duplicates)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("mergeDuplicates")
        self.merge_button.clicked.connect(self.merge_current)
        top.addWidget(self.find_button)
        top.addWidget(self.merge_button)
        dups_layout.addLayout(top)
        self.dup_model = DuplicatesModel(self)
        self.dup_table = QTableView()
        configure_table(self.dup_table, "duplicatesTable")
        self.dup_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.dup_table.setModel(self.dup_model)
        header = self.dup_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)
        header.resizeSection(1, 300)
        header.setStretchLastSection(True)
        self.dup_table.doubleClicked.connect(self.merge_current)
        dups_layout.addWidget(self.dup_table)
        splitter.addWidget(dups)
        splitter.setSizes([420, 220])
        layout.addWidget(splitter, 1)

    def reload(self) -> None:
        """Read the stale records; duplicates are looked for on request (slow on a big base)."""
        self.load_stale()
        if not self.searched:
            self.dup_label.setText(
                self.tr("Press “Look for duplicates” to compare the records of the whole base.")
            )
            self.merge_button.setEnabled(False)

    def load_stale(self) -> None:
        """Show people not verified since the cut-off (or never)."""
        cutoff = stale_cutoff(self.months, self.today())
        self.stale_model.set_filter(PersonFilter(verified_before=cutoff))

    @Slot(int)
    def _show_stale_count(self, total: int) -> None:
        self.stale_label.setText(
            self.tr("Not verified for {months} months or never: {count}").format(
                months=self.months, count=total
            )
        )
        self.verify_button.setEnabled(total > 0)

    @Slot()
    def verify_selected(self) -> int:
        """Mark the selected stale people verified today; return how many."""
        rows = self.stale_table.selectionModel().selectedRows()
        ids = [self.stale_model.row_at(index.row()).id for index in rows]
        if not ids:
            dialogs.info(
                self, self.tr("Mark verified"), self.tr("Select records in the table first.")
            )
            return 0
        count = mark_verified(self.db, ids, self.today())
        self.load_stale()
        self.changed.emit()
        return count

    @Slot(QModelIndex)
    def _open_stale(self, index: QModelIndex) -> None:
        self.open_person_requested.emit(self.stale_model.row_at(index.row()).id)

    @Slot()
    def find_duplicates(self) -> None:
        """Look for likely duplicates in the whole base, off the GUI thread."""
        db = self.db

        def work(_progress: Progress) -> list[DuplicatePair]:
            return find_duplicates(db)

        self.find_button.setEnabled(False)
        self.runner.start(work, self.tr("Look for duplicates"))

    @Slot(object)
    def _duplicates_found(self, pairs: object) -> None:
        self.find_button.setEnabled(True)
        if self.runner.cancelled or not isinstance(pairs, list):
            return
        self.searched = True
        self.dup_model.set_rows(pairs)
        self.dup_label.setText(self.tr("Likely duplicates: {count}").format(count=len(pairs)))
        self.merge_button.setEnabled(bool(pairs))

    @Slot(str)
    def _search_failed(self, details: str) -> None:
        self.find_button.setEnabled(True)
        dialogs.error(self, self.tr("Look for duplicates"), self.tr("The search stopped."), details)

    @Slot()
    def merge_current(self) -> bool:
        """Open the merge dialog on the selected pair and merge as chosen."""
        index = self.dup_table.currentIndex()
        if not index.isValid():
            return False
        pair: DuplicatePair = self.dup_model.row_at(index.row())
        dialog = MergeDialog(pair, self)
        try:
            if not dialogs.run_dialog(dialog):
                return False
            keep, drop = dialog.keep_and_drop()
        finally:
            dialog.deleteLater()
        try:
            merge_people(self.db, keep, drop)
        except (ContactError, ContactNotFound) as exc:
            dialogs.warning(
                self, self.tr("Merge duplicates"), with_reason(self.tr("Not merged."), exc)
            )
            return False
        self.load_stale()
        self.find_duplicates()
        self.changed.emit()
        return True
