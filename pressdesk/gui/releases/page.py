"""The Press releases section: the list with its filters, the approval panel beside it, the
editor, the documents, the channel texts and sending to the media."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QSplitter, QTableView, QToolBar, QWidget

from pressdesk.gui import dialogs
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import ShrinkingComboBox
from pressdesk.gui.messages import error_text
from pressdesk.gui.releases import model as cols
from pressdesk.gui.releases.detail import ReleasePanel
from pressdesk.gui.releases.dialogs import (
    ChannelsDialog,
    DiffDialog,
    ReleaseExportDialog,
    StepDialog,
)
from pressdesk.gui.releases.editor import ReleaseEditor, blank_release
from pressdesk.gui.releases.labels import KINDS, STATUSES, kind_name, status_name
from pressdesk.gui.releases.model import ReleasesModel
from pressdesk.gui.releases.send_dialog import SendDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.ask_dialog import ask
from pressdesk.gui.widgets.bilingual import first_language
from pressdesk.gui.widgets.filter_bar import FlowLayout
from pressdesk.gui.widgets.record_page import RecordPage, add_action
from pressdesk.messages import UserError
from pressdesk.services.coverage.records import records_for_release
from pressdesk.services.releases.deliveries import release_recipients, settle_recipient
from pressdesk.services.releases.reading import get_release, list_releases
from pressdesk.services.releases.records import (
    ReleaseFilter,
    ReleaseNotFound,
    ReleaseRow,
    delete_release,
    set_status,
)
from pressdesk.storage.releases_models import PressRelease

log = logging.getLogger(__name__)

translate = QCoreApplication.translate


class ReleasesSectionPage(RecordPage):
    """List, filter, write, approve, print and prepare press releases for the channels."""

    SECTION = "releases"
    NAME = "releases"
    RECORD = "Release"
    STRETCH = cols.TITLE
    EDITOR = ReleaseEditor
    UNDO_MODEL = PressRelease
    SEARCH_HINT = QT_TRANSLATE_NOOP("ReleasesSectionPage", "Search in the titles…")
    EMPTY = (
        "releases",
        QT_TRANSLATE_NOOP("ReleasesSectionPage", "No press releases yet"),
        QT_TRANSLATE_NOOP(
            "ReleasesSectionPage",
            "Write a release in Kyrgyz and Russian side by side, starting from the template "
            "of its kind; send it to the head for approval and print it on the letterhead.",
        ),
    )
    EMPTY_ACTIONS = ((QT_TRANSLATE_NOOP("ReleasesSectionPage", "&Write a release…"), "add"),)
    DELETE_TITLE = QT_TRANSLATE_NOOP("ReleasesSectionPage", "Delete the release")
    model: ReleasesModel

    def __init__(self, context: SectionContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table.selectionModel().selectionChanged.connect(self._show_selected)
        self._show_selected()

    # --- the list -----------------------------------------------------------------------------

    def make_model(self) -> ReleasesModel:
        return ReleasesModel(self)

    def make_body(self, table: QTableView) -> QWidget:
        self.panel = ReleasePanel()
        self.panel.step_requested.connect(self.take_step)
        self.panel.compare_requested.connect(self.compare_versions)
        self.panel.settle_requested.connect(self.settle)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("releasesSplitter")
        self.splitter.addWidget(table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([680, 440])
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    def add_filters(self, row: FlowLayout) -> None:
        self.status_filter = ShrinkingComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code in STATUSES:
            self.status_filter.addItem(status_name(code), code)
        self.kind_filter = ShrinkingComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), "")
        for code in KINDS:
            self.kind_filter.addItem(kind_name(code), code)
        for combo in (self.status_filter, self.kind_filter):
            combo.currentIndexChanged.connect(self.reload)
            row.addWidget(combo)

    def current_filter(self) -> ReleaseFilter:
        return ReleaseFilter(
            status=str(self.status_filter.currentData() or ""),
            kind=str(self.kind_filter.currentData() or ""),
            text=self.search.text(),
        )

    def load_rows(self) -> None:
        self.model.set_rows(list_releases(self.db, self.current_filter()))

    def column_widths(self) -> dict[int, int]:
        return {
            cols.NUMBER: 7,
            cols.DATE: 10,
            cols.KIND: 11,
            cols.TITLE: 28,
            cols.STATUS: 12,
            cols.EMBARGO: 12,
        }

    def status_text(self) -> str:
        rows = self.model.rows
        waiting = sum(1 for r in rows if r.status == "sent")
        return self.tr("Releases shown: {count} · awaiting approval: {waiting}").format(
            count=len(rows), waiting=waiting
        )

    def add_record_actions(self, bar: QToolBar) -> None:
        bar.addSeparator()
        self.channels_action = add_action(
            bar,
            self.tr("Channel texts…"),
            "releaseChannels",
            self.show_channels,
            self.tr("Short texts for the website, Facebook, Instagram and Telegram"),
        )
        self.send_action = add_action(
            bar,
            self.tr("Send…"),
            "sendRelease",
            self._send,
            self.tr("Send the release to the media by e-mail, one message per recipient"),
        )

    def add_file_actions(self, bar: QToolBar) -> None:
        self.export_action: QAction = add_action(
            bar,
            self.tr("Export…"),
            "exportRelease",
            lambda: self.export_document("release"),
            self.tr("The release on the letterhead as PDF or Word, in Kyrgyz or Russian"),
        )
        self.sheet_action = add_action(
            bar,
            self.tr("Approval sheet…"),
            "exportApprovalSheet",
            lambda: self.export_document("sheet"),
            self.tr("The approval sheet for the head's signature, as PDF or Word"),
        )

    def update_actions(self, row: ReleaseRow | None) -> None:
        for action in (
            self.channels_action,
            self.export_action,
            self.sheet_action,
            self.send_action,
        ):
            action.setEnabled(row is not None)

    # --- the panel ----------------------------------------------------------------------------

    def selected_release(self) -> ReleaseRow | None:
        """Return the selected release read in full (quotes, history, versions), or None."""
        row = self.selected()
        if row is None:
            return None
        try:
            return get_release(self.db, row.id)
        except ReleaseNotFound:
            return None

    @Slot()
    def _show_selected(self) -> None:
        row = self.selected_release()
        self.panel.show_release(row)
        if row is not None:
            self.panel.show_delivery(
                release_recipients(self.db, row.id), records_for_release(self.db, row.id)
            )

    @Slot(int, bool)
    def settle(self, recipient_id: int, was_sent: bool) -> None:
        """Record the user's decision on a recipient in doubt: sent, or to send again."""
        row = self.selected_release()
        if row is None:
            return
        try:
            settle_recipient(self.db, row.id, recipient_id, was_sent=was_sent)
        except UserError as exc:
            dialogs.warning(self, self.tr("Recipients"), error_text(exc))
        self._show_selected()

    def reload(self) -> None:
        super().reload()
        if hasattr(self, "panel"):
            self._show_selected()

    @Slot(str)
    def take_step(self, status: str) -> None:
        """Move the selected release to ``status`` after asking who and why."""
        row = self.selected_release()
        if row is None:
            return
        answer = ask(StepDialog(self.db, row, status, self), StepDialog.values)
        if answer is None:
            return
        staff_id, name, comment = answer
        try:
            set_status(self.db, row.id, status, by_id=staff_id, by_name=name, comment=comment)
        except UserError as exc:
            dialogs.warning(self, self.tr("Approval step"), error_text(exc))
            return
        self.refresh()

    @Slot()
    def compare_versions(self) -> None:
        """Show the differences between the selected release's versions."""
        row = self.selected_release()
        if row is None or not row.versions:
            return
        dialog = DiffDialog(self.db, row, first_language(), self)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    # --- documents, channels, sending ---------------------------------------------------------

    def export_document(self, document: str) -> None:
        """Preview and save the selected release (``release``) or its approval sheet (``sheet``)."""
        row = self.selected_release()
        if row is None:
            return
        dialog = ReleaseExportDialog(self.db, row, document, self.pdf_font or None, self)
        dialog.language.setCurrentIndex(max(dialog.language.findData(self.doc_lang), 0))
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    @Slot()
    def show_channels(self) -> None:
        """Show the selected release's texts for the website and social networks."""
        row = self.selected_release()
        if row is None:
            return
        dialog = ChannelsDialog(self.db, row, self.doc_lang, self)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    @Slot()
    def _send(self) -> None:
        """Show the Send dialog of the selected release; an interrupted mailing is offered first."""
        row = self.selected_release()
        if row is None:
            return
        dialog = SendDialog(self.db, self.context.runtime.settings, row, self)
        dialog.offer_resume()
        dialogs.run_dialog(dialog)
        dialog.deleteLater()
        self.refresh()

    # --- editing ------------------------------------------------------------------------------

    def blank_record(self) -> ReleaseRow:
        return blank_release()

    def make_editor(self, row: Any) -> ReleaseEditor:
        # The list holds rows without quotes and history: the editor gets the whole release.
        full = get_release(self.db, row.id) if row.id else row
        return ReleaseEditor(self.db, full, self)

    def delete_question(self, row: ReleaseRow) -> str:
        return self.tr(
            "Delete release {number} «{title}»? The releases after it in the year take the "
            "numbers one lower."
        ).format(number=row.label, title=self.model.row_texts(row)[cols.TITLE])

    def delete_record(self, record_id: int) -> None:
        delete_release(self.db, record_id)

    @Slot()
    def delete_selected(self) -> None:
        """Delete the selected release after asking; an approved one is refused with why."""
        row = self.selected()
        if row is None:
            return
        if not dialogs.question(
            self,
            self.own_text(self.DELETE_TITLE),
            self.delete_question(row) + self.undo.delete_hint(),
            yes=translate("RecordPage", "Delete"),
            no=translate("RecordPage", "Cancel"),
        ):
            return
        # The later releases of the year are renumbered: the step keeps them too.
        later = [
            r.id
            for r in list_releases(self.db, ReleaseFilter(year=row.year))
            if r.number > row.number
        ]
        try:
            self.undo.track(
                lambda _result: self.step_text("delete", row),
                [row.id, *later],
                lambda: self.delete_record(row.id),
            )
        except UserError as exc:
            dialogs.warning(self, self.own_text(self.DELETE_TITLE), error_text(exc))
        self.refresh()

    def step_text(self, action: str, row: ReleaseRow) -> str:
        """Name a change of a release in the undo history: "Edit release 3/2026"."""
        texts = {
            "new": self.tr("Write release {number}"),
            "edit": self.tr("Edit release {number}"),
            "delete": self.tr("Delete release {number}"),
        }
        return texts[action].format(number=row.label)
