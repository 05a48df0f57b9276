"""When to greet a new user, and the demo kept in its own database beside the user's."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from pressdesk.gui import database_ops, dialogs
from pressdesk.gui.details import technical_details
from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.jobs import JobRunner
from pressdesk.messages import UserError
from pressdesk.paths import sqlite_url
from pressdesk.runtime import Runtime
from pressdesk.services.demo import fill_demo, has_user_data
from pressdesk.services.profile import get_profile
from pressdesk.settings import Option
from pressdesk.storage.engine import Database
from pressdesk.storage.errors import StorageError

log = logging.getLogger(__name__)

#: Set once the welcome was finished or skipped; Help → Welcome shows it again.
WELCOME_DONE: Option[bool] = Option("ui/welcome_done", False, bool)

DEMO_FOLDER = "demo"
DEMO_FILE = "pressdesk-demo.db"


def is_empty(db: Database) -> bool:
    """Return True if nothing has been entered yet: no staff, no organisation name, no contacts."""
    if has_user_data(db):
        return False
    profile = get_profile(db)
    if profile.name_ky or profile.name_ru:
        return False
    # The contacts service is loaded by the contacts page, after the window shows.
    from pressdesk.services.contacts.query import count_people

    return count_people(db) == 0


def should_welcome(runtime: Runtime, db: Database) -> bool:
    """Return True if the window should open on the welcome page."""
    return not runtime.settings.get(WELCOME_DONE) and is_empty(db)


def demo_path(runtime: Runtime) -> Path:
    """Return the demo database file: in a folder of its own inside the data folder."""
    return runtime.paths.data_dir / DEMO_FOLDER / DEMO_FILE


def open_demo(parent: QWidget | None, runtime: Runtime) -> Database | None:
    """Open the demo database, filling it with invented data the first time; None on trouble.

    The user's own database and ``runtime.db_url`` are left as they are.
    """
    path = demo_path(runtime)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = runtime.open_db(sqlite_url(path))
    except (OSError, StorageError) as exc:
        log.warning("Demo database not opened: %s", exc)
        title = QCoreApplication.translate("Welcome", "The demo was not opened")
        if isinstance(exc, StorageError):
            database_ops.show_storage_error(parent, title, exc, path)
        else:
            dialogs.error(
                parent,
                title,
                QCoreApplication.translate(
                    "Welcome", "The demo folder cannot be created: {folder}"
                ).format(folder=path.parent),
                details=technical_details(exc),
            )
        return None
    if not has_user_data(db):
        try:
            counts = _fill_with_progress(parent, db)
        except Exception as exc:  # the demo file stays for the next try; the user's is untouched
            db.close()
            log.warning("Demo data not written: %s", exc)
            dialogs.error(
                parent,
                QCoreApplication.translate("Welcome", "The demo was not opened"),
                error_text(exc)
                if isinstance(exc, UserError)
                else QCoreApplication.translate(
                    "Welcome",
                    "The invented data could not be written into the demo database. Check that "
                    "the disk has free space, then try again.",
                ),
                technical_details(exc),
            )
            return None
        log.info("Demo database filled at %s: %s", path, counts)
    return db


def _fill_with_progress(parent: QWidget | None, db: Database) -> dict[str, int]:
    """Write the demo data in a worker thread behind a progress dialog; wait for the end."""
    runner = JobRunner(
        parent,
        QCoreApplication.translate("Welcome", "Filling the demo with invented data…"),
    )
    outcome: dict[str, object] = {}
    loop = QEventLoop()

    def done(result: object) -> None:
        outcome["counts"] = result
        loop.quit()

    def failed(_details: str) -> None:
        outcome["error"] = runner.error or RuntimeError(_details)
        loop.quit()

    runner.start(
        lambda progress: fill_demo(db, progress=progress),
        QCoreApplication.translate("Welcome", "Opening the demo"),
        cancellable=False,
        on_done=done,
        on_failed=failed,
    )
    loop.exec()
    runner.deleteLater()
    error = outcome.get("error")
    if isinstance(error, BaseException):
        raise error
    counts = outcome["counts"]
    assert isinstance(counts, dict)
    return counts
