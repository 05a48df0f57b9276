"""The main window: sidebar of sections, their pages, menus and the database in use."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QWidget,
)

from pressdesk import APP_NAME
from pressdesk.gui import dialogs
from pressdesk.gui.icons import icon
from pressdesk.gui.pages import PlannedSectionPage
from pressdesk.gui.section_menu import section_actions, window_action
from pressdesk.gui.sections import SECTIONS, Section, SectionContext, followers, section_by_key
from pressdesk.gui.server_actions import ServerActions
from pressdesk.gui.status_labels import BackupLabel, DatabaseLabel, OverdueLabel
from pressdesk.gui.widgets.undo import UndoActions, UndoStack
from pressdesk.gui.window_database import WindowDatabase
from pressdesk.runtime import Runtime
from pressdesk.settings import LAST_SECTION, WINDOW_GEOMETRY, WINDOW_STATE
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)

_SECTION_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(WindowDatabase, QMainWindow):
    """The PressDesk window; it owns the open database and wires every page's requests."""

    def __init__(
        self,
        runtime: Runtime,
        db: Database,
        parent: QWidget | None = None,
        *,
        defer_first_page: bool = False,
    ) -> None:
        super().__init__(parent)
        self.runtime = runtime
        self.db: Database | None = db
        # At start-up the window is shown first and the last section's page is built right
        # after, so the window appears at once even when that page reads a large base.
        self._defer_pages = defer_first_page
        self._pending_row: int | None = None
        self.setObjectName("MainWindow")
        self.setWindowIcon(icon("pressdesk"))
        self._pages: dict[str, QWidget] = {}
        self.welcome: QWidget | None = None
        #: The user's own database URL while the demo is open in its place, else None.
        self.demo_of: str | None = None

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setIconSize(QSize(22, 22))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = DatabaseLabel()
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.backup_label = BackupLabel()
        self.statusBar().addPermanentWidget(self.backup_label)
        self.overdue_label = OverdueLabel(self.sidebar)
        self.statusBar().addPermanentWidget(self.overdue_label)

        self.undo_stack = UndoStack(self)
        self.undo_stack.applied.connect(self._after_undo)
        self.undo_stack.touched.connect(self._refresh_followers)
        self.undo_actions = UndoActions(self.undo_stack, self)
        self._build_actions()
        self._build_menus()
        self._fill_sidebar()
        self.sidebar.currentRowChanged.connect(self._on_section_row_changed)
        self.sidebar.setFixedWidth(self._sidebar_width())
        self._show_database()
        self._restore_window()

    # --- construction -------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.action_open = window_action(
            self,
            self.tr("&Open another database…"),
            self.open_database,
            QKeySequence.StandardKey.Open,
        )
        self.action_backup = window_action(self, self.tr("&Back up…"), self.backup)
        self.action_restore = window_action(self, self.tr("&Restore from backup…"), self.restore)
        self.action_quit = window_action(self, self.tr("&Quit"), self.close, "Ctrl+Q")
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_profile = window_action(
            self, self.tr("&Organisation profile…"), lambda: self.open_settings("profile")
        )
        self.action_staff = window_action(
            self, self.tr("&Staff…"), lambda: self.open_settings("staff")
        )
        self.action_preferences = window_action(
            self, self.tr("&Preferences…"), lambda: self.open_settings("preferences"), "Ctrl+,"
        )
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.action_about = window_action(self, self.tr("&About PressDesk"), self.show_about, "F1")
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_data_folder = window_action(
            self, self.tr("Open the &data folder"), self.open_data_folder
        )
        self.action_welcome = window_action(
            self, self.tr("&Welcome and first steps"), self.show_welcome
        )
        self.action_demo = window_action(self, self.tr("Open the de&mo"), self.open_demo)
        self.action_leave_demo = window_action(self, self.tr("&Leave the demo"), self.leave_demo)
        self.action_leave_demo.setEnabled(False)
        self.action_find = window_action(
            self,
            self.tr("&Find in this section"),
            self.find_in_section,
            QKeySequence.StandardKey.Find,
        )
        self.action_new = window_action(
            self, self.tr("&New record…"), self.new_record, QKeySequence.StandardKey.New
        )
        others = (self.action_new.text(), self.action_find.text())
        self.section_actions = section_actions(self, others, self.sidebar.setCurrentRow)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.action_open)
        self.recent_menu = QMenu(self.tr("Recen&t databases"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        self.server_actions = ServerActions(self, file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.action_backup)
        file_menu.addAction(self.action_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_actions.undo_action)
        edit_menu.addAction(self.undo_actions.redo_action)

        sections_menu = bar.addMenu(self.tr("Se&ctions"))
        sections_menu.addActions(self.section_actions)
        sections_menu.addSeparator()
        sections_menu.addAction(self.action_new)
        sections_menu.addAction(self.action_find)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.action_profile)
        settings_menu.addAction(self.action_staff)
        settings_menu.addAction(self.server_actions.identity_action)
        settings_menu.addSeparator()
        settings_menu.addAction(self.action_preferences)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.action_welcome)
        help_menu.addAction(self.action_demo)
        help_menu.addAction(self.action_leave_demo)
        help_menu.addSeparator()
        help_menu.addAction(self.action_data_folder)
        help_menu.addSeparator()
        help_menu.addAction(self.action_about)

    def _fill_sidebar(self) -> None:
        greyed = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for section in SECTIONS:
            item = QListWidgetItem(icon(section.icon, disabled=not section.built), section.title)
            item.setData(_SECTION_ROLE, section.key)
            tooltip = f"{section.description}\n{section.shortcut}"
            if not section.built:
                # Still selectable, so its page can say what the section will hold.
                item.setForeground(greyed)
                tooltip = f"{section.description}\n{self.tr('Not built yet.')}  {section.shortcut}"
            item.setToolTip(tooltip.rstrip())
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, section.description)
            item.setSizeHint(QSize(0, 38))
            self.sidebar.addItem(item)

    def _sidebar_width(self) -> int:
        metrics = self.sidebar.fontMetrics()
        widest = max(metrics.horizontalAdvance(section.title) for section in SECTIONS)
        return max(200, widest + 22 + 48)

    # --- sections -----------------------------------------------------------------------------

    @property
    def current_section(self) -> Section:
        """Return the section shown now."""
        return SECTIONS[max(self.sidebar.currentRow(), 0)]

    def show_section(self, key: str) -> None:
        """Select the section ``key`` in the sidebar and show its page."""
        for row, section in enumerate(SECTIONS):
            if section.key == key:
                self.sidebar.setCurrentRow(row)
                return
        raise KeyError(key)

    def page(self, key: str) -> QWidget:
        """Return the page of section ``key``, building it on first use."""
        existing = self._pages.get(key)
        if existing is not None:
            return existing
        section = section_by_key(key)
        if section is None:
            raise KeyError(key)
        widget: QWidget
        if section.factory is not None and self.db is not None:
            widget = section.factory(SectionContext(self.runtime, self.db, self.undo_stack))
            self._wire_page(widget)
        else:
            widget = PlannedSectionPage(section)
        self._pages[key] = widget
        self.stack.addWidget(widget)
        return widget

    def _wire_page(self, widget: QWidget) -> None:
        """Connect the ``*_requested`` signals a page offers to the window's actions."""
        handlers = {
            "profile_requested": lambda: self.open_settings("profile"),
            "staff_requested": lambda: self.open_settings("staff"),
            "preferences_requested": lambda: self.open_settings("preferences"),
            "backup_requested": self.backup,
            "restore_requested": self.restore,
            "open_database_requested": self.open_database,
            "data_folder_requested": self.open_data_folder,
            "overdue_changed": lambda: self.overdue_label.show_count(self.db),
        }
        for name, handler in handlers.items():
            signal = getattr(widget, name, None)
            if signal is not None:
                signal.connect(handler)

    @Slot(int)
    def _on_section_row_changed(self, row: int) -> None:
        if row < 0:
            return
        section = SECTIONS[row]
        self._set_title(section.title)
        if self._defer_pages and section.key not in self._pages:
            self._defer_pages = False
            self._pending_row = row
            return
        built = section.key in self._pages
        self.stack.setCurrentWidget(self.page(section.key))
        if built and self.db is not None and not self.db.is_sqlite:
            # On a shared server others may have changed the records since it was last shown.
            self.refresh_page(section.key)

    def _set_title(self, title: str) -> None:
        if self.demo_of is not None:
            title = self.tr("DEMO") + " — " + title
        self.setWindowTitle(f"{title} — {APP_NAME}")

    def showEvent(self, event: QShowEvent) -> None:
        """Build the page held back at start-up once the window is on screen."""
        super().showEvent(event)
        if self._pending_row is not None:
            row, self._pending_row = self._pending_row, None
            QTimer.singleShot(0, lambda: self._show_built_page(row))

    def _show_built_page(self, row: int) -> None:
        if self.sidebar.currentRow() == row:
            self.stack.setCurrentWidget(self.page(SECTIONS[row].key))
            log.info("Window ready on the %s page", SECTIONS[row].key)

    def _drop_pages(self) -> None:
        """Forget built pages, so they are rebuilt on the database now open."""
        for widget in self._pages.values():
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages.clear()
        if self.sidebar.currentRow() >= 0:
            self._on_section_row_changed(self.sidebar.currentRow())

    @Slot(str)
    def _after_undo(self, key: str) -> None:
        """Show the section whose records an undo or redo changed, read afresh."""
        self.refresh_page(key)
        if section_by_key(key) is not None and self.current_section.key != key:
            self.show_section(key)

    @Slot(str)
    def _refresh_followers(self, key: str) -> None:
        """Read afresh the built pages that also show the records of section ``key``."""
        for other in followers(key):
            self.refresh_page(other)

    def refresh_page(self, key: str) -> None:
        """Read the page of section ``key`` afresh, if it is built."""
        refresh = getattr(self._pages.get(key), "refresh", None)
        if callable(refresh):
            refresh()

    def _refresh_pages(self) -> None:
        for key in list(self._pages):
            self.refresh_page(key)

    @Slot()
    def find_in_section(self) -> None:
        """Put the focus in the search field of the section shown (Ctrl+F)."""
        finder = getattr(self.stack.currentWidget(), "focus_search", None)
        if not (callable(finder) and finder()):
            self.statusBar().showMessage(self.tr("This page has no search field."), 4000)

    @Slot()
    def new_record(self) -> None:
        """Start a new record in the section shown (Ctrl+N)."""
        create = getattr(self.stack.currentWidget(), "new_record", None)
        if callable(create):
            create()
        else:
            self.statusBar().showMessage(self.tr("Nothing is added on this page."), 4000)

    # --- settings and help --------------------------------------------------------------------

    def open_settings(self, tab: str) -> None:
        """Show the settings dialog on ``tab`` (profile, staff or preferences)."""
        if self.db is None:
            return
        from pressdesk.gui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.runtime, self.db, tab, self)
        dialogs.run_dialog(dialog)
        if dialog.changed:
            self._refresh_pages()
        dialog.deleteLater()

    @Slot()
    def show_about(self) -> None:
        """Show version, folders and the password store in use."""
        from pressdesk.gui.about import AboutDialog

        dialog = AboutDialog(self.runtime, self)
        dialogs.run_dialog(dialog)
        dialog.deleteLater()

    @Slot()
    def open_data_folder(self) -> None:
        """Show the data folder in the file manager."""
        dialogs.open_folder(self.runtime.paths.data_dir)

    # --- window state -------------------------------------------------------------------------

    def _restore_window(self) -> None:
        settings = self.runtime.settings
        geometry = settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray.fromBase64(geometry.encode())):
            self.resize(1100, 700)
        state = settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))
        last = section_by_key(settings.get(LAST_SECTION)) or SECTIONS[0]
        self.show_section(last.key)

    def save_window(self) -> None:
        """Store geometry, toolbar state and the section shown."""
        settings = self.runtime.settings
        settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().toBase64().data()).decode())
        settings.set(WINDOW_STATE, bytes(self.saveState().toBase64().data()).decode())
        settings.set(LAST_SECTION, self.current_section.key)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the window's state and close the database."""
        try:
            self.save_window()
        except OSError as exc:
            log.warning("Window settings not saved: %s", exc)
        if self.db is not None:
            self.backup_label.wait()
            self.db.close()
            self.db = None
        super().closeEvent(event)
