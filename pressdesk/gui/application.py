"""Start the GUI: application object, translations, crash handling, database, main window."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from pressdesk import APP_NAME, __version__, collector
from pressdesk.exitcodes import EXIT_STORAGE
from pressdesk.gui import database_ops, dialogs, i18n, single_instance
from pressdesk.gui.crash import CrashHandler
from pressdesk.gui.icons import APP_ICON, icon
from pressdesk.logs import setup_logging
from pressdesk.paths import sqlite_url
from pressdesk.runtime import Runtime
from pressdesk.settings import UI_LANGUAGE
from pressdesk.storage.errors import StorageError

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

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


APP_USER_MODEL_ID = "PressDesk.PressDesk"  # the same as the installer's shortcuts


def set_app_user_model_id() -> None:
    """Group PressDesk's windows under its own taskbar button and pinned shortcut (Windows)."""
    if sys.platform == "win32":
        import ctypes

        try:
            ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
        except (AttributeError, OSError) as exc:
            log.warning("Taskbar identity not set: %s", exc)


def show_start_output(text: str, *, problem: bool) -> None:
    """Show what the command line printed, for the windowed program that has no console:
    the version or help as information, a usage problem as an error."""
    create_application([sys.argv[0] if sys.argv else "pressdesk"])
    if problem:
        intro = translate("Application", "PressDesk was started with options it does not know:")
        dialogs.error(None, APP_NAME, intro + "\n\n" + text)
    else:
        dialogs.info(None, APP_NAME, text)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    """Return the QApplication, creating it with PressDesk's name, version and icon."""
    set_app_user_model_id()
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
    try:
        runtime = Runtime.create(data_dir, db_url)
    except StorageError as exc:
        # No data folder, so no settings yet: speak the system's language.
        lang = i18n.choose_language("", i18n.system_locale_name())
        translators = i18n.install_translators(app, lang)
        database_ops.show_storage_error(
            None, translate("Application", "PressDesk cannot start"), exc, exc.path
        )
        i18n.remove_translators(app, translators)
        return EXIT_STORAGE
    setup_logging(runtime.paths.log_file)
    previous_handler = qInstallMessageHandler(_qt_message)
    lang = i18n.choose_language(runtime.settings.get(UI_LANGUAGE), i18n.system_locale_name())
    translators = i18n.install_translators(app, lang)
    crash = CrashHandler(runtime.paths.log_file)
    crash.install()
    log.info("PressDesk %s starting (UI language %s, data %s)", __version__, lang, runtime.paths)
    instance_name = single_instance.server_name(runtime.paths.data_dir)
    server: single_instance.InstanceServer | None = None
    try:
        if single_instance.hand_over(instance_name, open_file):
            log.info("PressDesk is already open on %s; asked it to come forward", runtime.paths)
            return 0
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
        window.offer_welcome()
        window.show()
        if runtime.settings.kept_aside is not None:
            dialogs.warning(
                window,
                translate("Application", "Settings were reset"),
                translate(
                    "Application",
                    "The settings file could not be read, so PressDesk started with its default "
                    "settings. The old file is kept as:\n{path}",
                ).format(path=runtime.settings.kept_aside),
            )
        # After the window is on screen: the copy must not delay the start.
        QTimer.singleShot(0, window.run_scheduled_backup)
        QTimer.singleShot(0, window.run_startup_watch)
        # Queued after the first page's build (see MainWindow.showEvent): see
        # pressdesk.collector.
        QTimer.singleShot(0, collector.start_done)
        server = single_instance.InstanceServer(instance_name)
        server.activation_requested.connect(window.activate_from_outside)
        server.listen()
        code = app.exec()
        log.info("PressDesk closed (exit code %s)", code)
        return code
    finally:
        if server is not None:
            server.close()
        crash.uninstall()
        i18n.remove_translators(app, translators)
        qInstallMessageHandler(previous_handler)
