"""The two permanent labels of the window's status bar: the database in use and the last backup."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel, QListWidget, QWidget

from pressdesk import clock
from pressdesk.gui import dialogs, tones
from pressdesk.gui.messages import problem_text
from pressdesk.gui.widgets import dates
from pressdesk.messages import Message
from pressdesk.runtime import Runtime
from pressdesk.settings import BACKUP_INTERVAL_DAYS, BACKUP_KEEP, BACKUP_SECOND_FOLDER
from pressdesk.storage.backup import ScheduledBackup, scheduled_backup
from pressdesk.storage.engine import Database

log = logging.getLogger(__name__)


class DatabaseLabel(QLabel):
    """Names the open database; a demo is flagged in red, a network drive is explained."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseLabel")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def show_database(self, runtime: Runtime, db: Database | None, *, demo: bool) -> None:
        """Show which database is open: ``db`` as opened by ``runtime``, the demo if ``demo``."""
        text = self.tr("Database: {path}").format(path=runtime.db_label)
        tip = runtime.db_label
        if demo and db is not None and db.file is not None:
            text = self.tr(
                "DEMO with invented data: {path}. Your own database is not touched; "
                "Help → Leave the demo returns to it."
            ).format(path=db.file)
            tip = str(db.file)
        self.setStyleSheet(f"color: {tones.text('bad').name()}; font-weight: bold;" if demo else "")
        if db is not None and db.on_network:
            text += " — " + self.tr("on a network drive: one person at a time")
            tip += "\n\n" + self.tr(
                "The database lies on a network drive. PressDesk works on it safely, but only "
                "one person can have it open at a time, and every save waits for the network. "
                "For several people working together, use a database server (team mode)."
            )
        self.setText(text)
        self.setToolTip(tip)


class BackupLabel(QLabel):
    """Says when the last good backup was made, in red once it is older than the interval.

    The automatic backup is copied by a thread of its own: copying and checking a large base,
    or writing the second copy to a slow USB stick, must not freeze the window. Whatever closes
    the database calls ``wait`` first.
    """

    _copied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupLabel")
        self._copier: threading.Thread | None = None
        self._outcome: ScheduledBackup | None = None
        # The interval, the backup folder and the parent of a warning, for the copy under way.
        self._shown: tuple[int, Path, QWidget] | None = None
        self._copied.connect(self.wait)

    @property
    def running(self) -> bool:
        """Return True while an automatic backup is being copied."""
        return self._copier is not None

    def run_scheduled(self, runtime: Runtime, db: Database | None, parent: QWidget) -> None:
        """Start the automatic backup of ``db`` if one is due; show the outcome when it ends."""
        if self.running:
            return
        if db is None or db.file is None:
            self.clear()
            return
        settings = runtime.settings
        interval = settings.get(BACKUP_INTERVAL_DAYS)
        second = settings.get(BACKUP_SECOND_FOLDER).strip()
        folder = runtime.paths.backup_dir
        keep = settings.get(BACKUP_KEEP)

        def copy() -> None:
            try:
                self._outcome = scheduled_backup(
                    db,
                    folder,
                    interval_days=interval,
                    keep=keep,
                    second_folder=Path(second) if second else None,
                )
            except Exception as exc:  # a fault of ours: logged, and said to the user
                log.error("Automatic backup failed", exc_info=exc)
                failed = Message("backup.auto_failed", folder=folder, reason=str(exc))
                self._outcome = ScheduledBackup(None, None, (failed,))
            with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
                self._copied.emit()

        self._shown = (interval, folder, parent)
        self._copier = threading.Thread(target=copy, name="automatic-backup")
        self.setText(self.tr("Backing up…"))
        self.setToolTip(
            self.tr("The automatic backup is being copied to {folder}.").format(folder=folder)
        )
        self._copier.start()

    @Slot()
    def wait(self) -> None:
        """Let the automatic backup under way finish, and show its outcome now (nothing when
        none is under way: the copy's own signal comes after a wait has shown it)."""
        copier, shown = self._copier, self._shown
        if copier is None or shown is None:
            return
        copier.join()
        result, self._copier, self._outcome, self._shown = self._outcome, None, None, None
        if result is None:
            return
        interval, folder, parent = shown
        if result.written is not None:
            log.info("Automatic backup written to %s", result.written)
        self.show_backup(result.last_good, interval, folder)
        if result.problems:
            dialogs.warning(
                parent,
                self.tr("Automatic backup"),
                self.tr("The automatic backup did not fully succeed:")
                + "\n\n"
                + "\n".join(problem_text(problem) for problem in result.problems),
            )

    def show_backup(self, last: dt.datetime | None, interval: int, folder: Path) -> None:
        """Show the time of the ``last`` good backup, flagged when older than ``interval`` days."""
        if last is None:
            self.setText(self.tr("No backup yet"))
            overdue = interval > 0
        else:
            self.setText(self.tr("Last backup: {when}").format(when=dates.datetime_text(last)))
            overdue = interval > 0 and clock.now() - last > dt.timedelta(days=interval)
        colour = tones.text("bad").name() if overdue else ""
        self.setStyleSheet(f"color: {colour};" if colour else "")
        self.setToolTip(
            self.tr("The last automatic backup is older than the interval set in Preferences.")
            if overdue
            else self.tr("Automatic backups are kept in {folder}.").format(folder=folder)
        )


# How long after start-up the overdue count is read: after the first page is built.
START_DELAY_MS = 400


class OverdueLabel(QLabel):
    """Says how many media inquiries are past their deadline, in red and in words, and adds
    the count to the section's entry in ``sidebar``; hidden while there are none."""

    SECTION = "inquiries"

    def __init__(self, sidebar: QListWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overdueLabel")
        self.sidebar = sidebar
        self.count = 0
        # The database whose count is read a moment after start-up (None: nothing waits).
        self._later: tuple[Database | None] | None = None
        self.hide()

    def show_count(self, db: Database | None) -> None:
        """Read the count of overdue inquiries of ``db`` and show it; before the window is on
        screen (at start-up), a moment after the first page is, which does not wait for it."""
        if self.window().isVisible():
            self._later = None
            self._read(db)
            return
        if self._later is None:
            QTimer.singleShot(START_DELAY_MS, self._read_later)
        self._later = (db,)

    def _read_later(self) -> None:
        if self._later is None:
            return
        (db,), self._later = self._later, None
        try:
            self._read(db)
        except Exception:  # the database went away meanwhile: the window says so when used
            log.warning("The overdue inquiries could not be counted", exc_info=True)

    def _read(self, db: Database | None) -> None:
        # Imported here, so that the window starts without the inquiry services.
        from pressdesk.services.inquiries.deadlines import overdue_count

        self.count = overdue_count(db) if db is not None else 0
        self.setText(self.tr("Overdue inquiries: {count}").format(count=self.count))
        self.setToolTip(self.tr("Media inquiries past the journalist's deadline or the legal term"))
        self.setStyleSheet(f"color: {tones.text('bad').name()}; font-weight: bold;")
        self.setVisible(self.count > 0)
        self._mark_sidebar()

    def _mark_sidebar(self) -> None:
        from pressdesk.gui.sections import SECTIONS

        if self.sidebar is None:
            return
        for row, section in enumerate(SECTIONS):
            item = self.sidebar.item(row)
            if section.key == self.SECTION and item is not None:
                title = section.title
                item.setText(f"{title} ({self.count})" if self.count else title)
