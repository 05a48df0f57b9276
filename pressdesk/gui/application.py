"""Start the GUI: application object, translations, crash handling, database, main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from pressdesk import APP_NAME, __version__
from pressdesk.cli import EXIT_STORAGE
from pressdesk.gui import database_ops, i18n
from pressdesk.gui.crash import CrashHandler
from pressdesk.gui.icons import APP_ICON, icon
from pressdesk.logs import setup_logging
from pressdesk.paths import sqlite_url
from pressdesk.runtime import Runtime
from pressdesk.settings import UI_LANGUAGE

log = logging.getLogger(__name__)

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}

# Kept calm on purpose: the system palette decides the colours, this only adds spacing.
STYLE_SHEET = """
QListWidget#sidebar {
    border: none; border-right: 1px solid palette(midlight); padding: 8px 0;
    background: palette(base); outline: 0;
}
QListWidget#sidebar::item { padding: 4px 8px; margin: 1px 8px; border-radius: 4px; }
QListWidget#sidebar::item:hover { background: palette(alternate-base); }
QListWidget#sidebar::item:selected {
    background: palette(highlight); color: palette(highlighted-text);
}
QLabel[hint="true"] { color: palette(placeholder-text); }
QFrame#plannedBox, QFrame#settingsCard {
    background: palette(base); border: 1px solid palette(midlight); border-radius: 6px;
}
"""


def _qt_message(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    logging.getLogger("qt").log(_QT_LEVELS.get(mode, logging.WARNING), "%s", message)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """Return the QApplication, creating it with PressDesk's name, version and icon."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv or sys.argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(APP_NAME)
    app.setWindowIcon(icon(APP_ICON))
    app.setStyleSheet(STYLE_SHEET)
    return app


def run_gui(
    data_dir: str | None,
    db_url: str | None,
    argv: Sequence[str] | None = None,
    open_file: str | None = None,
) -> int:
    """Open the main window on the database and run until it closes; return the exit code.

    ``open_file`` is a database file given on the command line (a double-click in the file
    manager); a backup given so is restored after asking, never worked in unasked.
    """
    app = create_application(argv)
    runtime = Runtime.create(data_dir, db_url)
    setup_logging(runtime.paths.log_file)
    previous_handler = qInstallMessageHandler(_qt_message)
    lang = i18n.choose_language(runtime.settings.get(UI_LANGUAGE), i18n.system_locale_name())
    translators = i18n.install_translators(app, lang)
    crash = CrashHandler(runtime.paths.log_file)
    crash.install()
    log.info("PressDesk %s starting (UI language %s, data %s)", __version__, lang, runtime.paths)
    try:
        if open_file:
            chosen = database_ops.file_to_open(None, runtime, Path(open_file).expanduser())
            if chosen is not None:
                runtime.db_url = sqlite_url(chosen)
        db = database_ops.open_with_recovery(None, runtime)
        if db is None:
            log.info("No database opened; quitting")
            return EXIT_STORAGE
        from pressdesk.gui.main_window import MainWindow

        window = MainWindow(runtime, db, defer_first_page=True)
        window.show()
        code = app.exec()
        log.info("PressDesk closed (exit code %s)", code)
        return code
    finally:
        crash.uninstall()
        i18n.remove_translators(app, translators)
        qInstallMessageHandler(previous_handler)
