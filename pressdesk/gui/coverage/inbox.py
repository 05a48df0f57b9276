"""The keyword watch's inbox: new feed matches to accept or dismiss, a check of the feeds in
the background, and the lists of keywords and feeds."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pressdesk.gui import dialogs
from pressdesk.gui.coverage.watch import FeedWatch
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.ask_dialog import closing_column
from pressdesk.gui.widgets.dates import datetime_text
from pressdesk.gui.widgets.record_model import ListTableModel
from pressdesk.gui.widgets.record_page import list_table, set_column_widths
from pressdesk.messages import UserError
from pressdesk.services.coverage.inbox import (
    InboxRow,
    accept_item,
    add_feed,
    delete_feed,
    dismiss_item,
    list_feeds,
    list_inbox,
)
from pressdesk.services.coverage.keywords import add_keyword, delete_keyword, list_keywords
from pressdesk.settings import COVERAGE_CHECK_AT_START, Settings
from pressdesk.storage.engine import Database

#: Fetches a feed's bytes and content type; tests give one that reads a saved file.
Fetcher = Callable[[str], tuple[bytes, str]]

DATE, SOURCE, TITLE, MATCHED = range(4)


class InboxModel(ListTableModel):
    """The items of the inbox, newest publication first."""

    TITLES = (
        QT_TRANSLATE_NOOP("InboxModel", "Date"),
        QT_TRANSLATE_NOOP("InboxModel", "Source"),
        QT_TRANSLATE_NOOP("InboxModel", "Title"),
        QT_TRANSLATE_NOOP("InboxModel", "Keywords found"),
    )

    def row_tip(self, row: InboxRow, column: int) -> str | None:
        if column != TITLE:
            return None
        return "\n\n".join(part for part in (row.title, row.summary, row.url) if part)

    def row_texts(self, row: InboxRow) -> dict[int, str]:
        return {
            DATE: datetime_text(row.published_at),
            SOURCE: row.feed_title,
            TITLE: row.title or row.url,
            MATCHED: ", ".join(row.matched),
        }


class InboxDialog(QDialog):
    """Accept (a record, tone still to set) or dismiss what the keyword watch found."""

    #: Records were added or the inbox changed; the page reads its list again.
    changed = Signal()

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
        watch: FeedWatch | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.settings = settings
        self.setObjectName("coverageInbox")
        self.setWindowTitle(self.tr("Inbox of the keyword watch"))
        # The page's check when there is one: it goes on if the inbox is closed meanwhile.
        self.watch = watch if watch is not None else FeedWatch(db, self)
        self.watch.started.connect(self._check_started)
        self.watch.finished.connect(self._check_finished)
        self.model = InboxModel(self)
        self.table: QTableView = list_table("inboxTable", self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        set_column_widths(self.table, {DATE: 18, SOURCE: 20, TITLE: 50, MATCHED: 24})
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.accept_selected)
        self.hint = QLabel(
            self.tr(
                "Publications the feeds brought that name the body. Accept one to add it to the "
                "monitoring log (then set its tone), or dismiss it if it is not about the body."
            )
        )
        self.hint.setWordWrap(True)
        self.report = QLabel()
        self.report.setObjectName("inboxReport")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        self.accept_button = self._button(self.tr("Accept"), "acceptInbox", self.accept_selected)
        self.dismiss_button = self._button(
            self.tr("Dismiss"), "dismissInbox", self.dismiss_selected
        )
        self.check_button = self._button(self.tr("Check now"), "checkFeeds", self.check_now)
        self.watch_button = self._button(
            self.tr("Keywords and feeds…"), "watchSettings", self.edit_watch
        )
        for button in (self.accept_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.watch_button)
        closing_column(self, self.tr("Close"), self.hint, buttons, (self.table, 1), self.report)
        self.resize(980, 560)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.check_button.setEnabled(not self.watch.running)
        if self.watch.running:
            self.report.setText(self.watch.status)
        self.reload()

    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def reload(self) -> None:
        """Read the waiting items again."""
        self.model.set_rows(list_inbox(self.db))
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        chosen = bool(self.selected())
        self.accept_button.setEnabled(chosen)
        self.dismiss_button.setEnabled(chosen)

    def selected(self) -> list[InboxRow]:
        """Return the selected items."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.rows[row] for row in rows if row < len(self.model.rows)]

    @Slot()
    def accept_selected(self) -> None:
        """Make records of the selected items; a duplicate is named and stays in the inbox."""
        accepted, problems = self._each_selected(accept_item)
        self._done(self.tr("Accepted: %n. Set their tone in the list.", "", accepted), problems)

    @Slot()
    def dismiss_selected(self) -> None:
        """Mark the selected items as not about the body."""
        dismissed, problems = self._each_selected(dismiss_item)
        self._done(self.tr("Dismissed: %n.", "", dismissed), problems)

    def _each_selected(self, action: Callable[[Database, int], object]) -> tuple[int, list[str]]:
        """Apply ``action`` to every selected item; return how many it did and what refused."""
        problems: list[str] = []
        done = 0
        for item in self.selected():
            try:
                action(self.db, item.id)
                done += 1
            except UserError as exc:
                problems.append(error_text(exc))
        return done, problems

    def _done(self, text: str, problems: list[str]) -> None:
        self.report.setText("\n".join([text, *problems]))
        self.reload()
        self.changed.emit()

    @Slot()
    def check_now(self) -> None:
        """Fetch the active feeds in the background; failures are listed per feed."""
        self.watch.start()

    @Slot()
    def _check_started(self) -> None:
        self.check_button.setEnabled(False)
        self.report.setText(self.watch.status)

    @Slot()
    def _check_finished(self) -> None:
        self.check_button.setEnabled(True)
        self.report.setText(self.watch.status)
        self.reload()
        self.changed.emit()

    @Slot()
    def edit_watch(self) -> None:
        """Edit the keywords and feeds."""
        dialog = WatchSettingsDialog(self.db, self, settings=self.settings)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()


class _EditableList(QWidget):
    """A list with a field and Add and Remove buttons; the services keep the values."""

    def __init__(
        self,
        name: str,
        placeholder: str,
        read: Callable[[], list[tuple[int, str]]],
        add: Callable[[str], object],
        remove: Callable[[int], object],
    ) -> None:
        super().__init__()
        self.read, self.add_value, self.remove_value = read, add, remove
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.field = QLineEdit()
        self.field.setObjectName(f"{name}Field")
        self.field.setPlaceholderText(placeholder)
        self.field.returnPressed.connect(self.add)
        add_button = QPushButton(self.tr("Add"))
        add_button.setObjectName(f"{name}Add")
        add_button.setAutoDefault(False)
        add_button.clicked.connect(self.add)
        remove_button = QPushButton(self.tr("Remove"))
        remove_button.setObjectName(f"{name}Remove")
        remove_button.setAutoDefault(False)
        remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(add_button)
        below = QHBoxLayout()
        below.addStretch(1)
        below.addWidget(remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        layout.addLayout(below)
        self.reload()

    def reload(self) -> None:
        """Show the stored values."""
        self.list.clear()
        for ident, text in self.read():
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            self.list.addItem(item)

    @Slot()
    def add(self) -> None:
        """Add the typed value, or say why not."""
        text = self.field.text().strip()
        if not text:
            return
        try:
            self.add_value(text)
        except UserError as exc:
            dialogs.warning(self, self.tr("Not added"), error_text(exc))
            return
        self.field.clear()
        self.reload()

    @Slot()
    def remove(self) -> None:
        """Remove the selected value."""
        item = self.list.currentItem()
        if item is not None:
            self.remove_value(int(item.data(Qt.ItemDataRole.UserRole)))
            self.reload()


class WatchSettingsDialog(QDialog):
    """The keywords the watch looks for and the feeds it reads."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, settings: Settings | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("watchSettings")
        self.setWindowTitle(self.tr("Keywords and feeds"))
        self.keywords = _EditableList(
            "keyword",
            self.tr("The body's name, the head's name, a hashtag…"),
            lambda: [(k.id, k.text) for k in list_keywords(db)],
            lambda text: add_keyword(db, text),
            lambda ident: delete_keyword(db, ident),
        )
        self.feeds = _EditableList(
            "feed",
            self.tr("Address of an RSS or Atom feed"),
            lambda: [(f.id, self._feed_text(f.name, f.url, f.active)) for f in list_feeds(db)],
            lambda url: add_feed(db, url),
            lambda ident: delete_feed(db, ident),
        )
        columns = QHBoxLayout()
        for title, part in (
            (self.tr("Keywords"), self.keywords),
            (self.tr("Feeds (news sites, alerts, Telegram channels)"), self.feeds),
        ):
            column = QVBoxLayout()
            column.addWidget(QLabel(title))
            column.addWidget(part, 1)
            columns.addLayout(column, 1)
        self.at_start = QCheckBox(self.tr("Check the feeds at start-up, in the background"))
        self.at_start.setObjectName("checkAtStart")
        self.at_start.setVisible(settings is not None)
        if settings is not None:
            self.at_start.setChecked(settings.get(COVERAGE_CHECK_AT_START))
            self.at_start.toggled.connect(self._set_at_start)
        closing_column(self, self.tr("Close"), (columns, 1), self.at_start)
        self.resize(960, 460)

    @Slot(bool)
    def _set_at_start(self, on: bool) -> None:
        if self.settings is not None:
            self.settings.set(COVERAGE_CHECK_AT_START, on)

    def _feed_text(self, name: str, url: str, active: bool) -> str:
        text = f"{name} — {url}" if name else url
        return text if active else self.tr("(switched off) {feed}").format(feed=text)
