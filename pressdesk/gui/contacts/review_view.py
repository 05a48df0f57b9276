"""Review of the base: records not verified for long, and likely duplicates to merge."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pressdesk import clock
from pressdesk.gui import dialogs
from pressdesk.gui.contacts.labels import date_text, label
from pressdesk.gui.contacts.models import PEOPLE_WIDTHS, DuplicatesModel, PeopleModel, reason_text
from pressdesk.gui.messages import with_reason
from pressdesk.gui.widgets.ask_dialog import AskDialog, ask
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.jobs import JobRunner, Progress
from pressdesk.gui.widgets.record_undo import RecordUndo
from pressdesk.gui.widgets.table_panel import TablePanel, size_columns, stack
from pressdesk.services.contacts.duplicates import DuplicatePair, find_duplicates, merge_people
from pressdesk.services.contacts.records import mark_verified, stale_cutoff
from pressdesk.services.contacts.values import (
    ContactError,
    ContactNotFound,
    PersonFilter,
    PersonRow,
)
from pressdesk.storage.engine import Database


class MergeDialog(AskDialog):
    """Choose which of two records to keep; everything of the other one is merged into it."""

    def __init__(self, pair: DuplicatePair, parent: QWidget | None = None) -> None:
        super().__init__("mergeDialog", parent, form=False)
        self.pair = pair
        layout = self.column
        assert layout is not None
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
        self.finish(self.tr("Merge duplicates"), self.tr("Merge"), 640)

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
    #: The page's undo of changes to people (None: the changes are not recorded).
    undo: RecordUndo | None = None

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
        self.stale_model = PeopleModel(db)
        self.stale_model.sort_key = "last_verified"
        self.stale = TablePanel(self.stale_model, "staleTable", heading="staleLabel", top_margin=8)
        self.stale_table = self.stale.table
        self.stale_label = self.stale.heading
        self.stale_label.setWordWrap(True)
        self.stale.open_with(self._open_stale)
        self.verify_button = self.stale.button(
            self.tr("Mark selected verified"), "markSelectedVerified", self.verify_selected
        )
        self.stale_model.total_changed.connect(self._show_stale_count)
        size_columns(self.stale_table, PEOPLE_WIDTHS)
        self.dup_model = DuplicatesModel()
        self.dups = TablePanel(
            self.dup_model, "duplicatesTable", heading="duplicatesLabel", single=True, top_margin=4
        )
        self.dup_table = self.dups.table
        self.dup_label = self.dups.heading
        self.find_button = self.dups.button(
            self.tr("Look for duplicates"), "findDuplicates", self.find_duplicates, in_menu=False
        )
        self.merge_button = self.dups.button(
            self.tr("Merge…"), "mergeDuplicates", self.merge_current, role="open"
        )
        header = self.dup_table.horizontalHeader()
        header.resizeSection(0, 300)
        header.resizeSection(1, 300)
        stack(self, (self.stale, self.dups), (420, 220))

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
        ids = [person.id for person in self.stale.selected_rows()]
        if not ids:
            dialogs.info(
                self, self.tr("Mark verified"), self.tr("Select records in the table first.")
            )
            return 0
        if self.undo is not None:
            text = self.tr("Mark {count} people verified").format(count=len(ids))
            count = self.undo.track(text, ids, lambda: mark_verified(self.db, ids, self.today()))
        else:
            count = mark_verified(self.db, ids, self.today())
        self.load_stale()
        self.changed.emit()
        return count

    @Slot()
    def _open_stale(self) -> None:
        person: PersonRow | None = self.stale.current_row()
        if person is not None:
            self.open_person_requested.emit(person.id)

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
        pair: DuplicatePair | None = self.dups.current_row()
        if pair is None:
            return False
        chosen = ask(MergeDialog(pair, self), MergeDialog.keep_and_drop)
        if chosen is None:
            return False
        keep, drop = chosen
        names = {pair.first.id: pair.first.full_name, pair.second.id: pair.second.full_name}
        try:
            if self.undo is not None:
                text = self.tr("Merge {drop} into {keep}").format(
                    drop=names.get(drop, ""), keep=names.get(keep, "")
                )
                self.undo.track(text, [keep, drop], lambda: merge_people(self.db, keep, drop))
            else:
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
