"""Translated wording for problems reported by the storage and services layers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from pressdesk.exchange.errors import ImportFileError
from pressdesk.gui.file_problems import describe as file_problems_describe
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.widgets import dates
from pressdesk.messages import CONTEXT, Message, UserError, render
from pressdesk.storage.errors import StorageError

_CONTEXT = "StorageMessages"


@dataclass(frozen=True)
class Explanation:
    """A headline and advice for one kind of storage problem."""

    headline: str
    advice: str


_BY_KIND: dict[str, tuple[str, str]] = {
    "not_a_database": (
        QT_TRANSLATE_NOOP("StorageMessages", "This file is not a PressDesk database."),
        QT_TRANSLATE_NOOP(
            "StorageMessages",
            "It may be another kind of file, or a database of another program. "
            "Choose the right file or restore a backup.",
        ),
    ),
    "read_only": (
        QT_TRANSLATE_NOOP("StorageMessages", "PressDesk cannot write to this database."),
        QT_TRANSLATE_NOOP(
            "StorageMessages",
            "The file or its folder is read-only, for example on a CD, a flash drive with "
            "write protection or a network folder without write access. Copy the file to a "
            "folder you can write to, or ask for write access.",
        ),
    ),
    "locked": (
        QT_TRANSLATE_NOOP("StorageMessages", "This database is already open."),
        QT_TRANSLATE_NOOP(
            "StorageMessages",
            "Another PressDesk window, perhaps on another computer, is using it. "
            "Close PressDesk there first, or open another database.",
        ),
    ),
    "corrupt": (
        QT_TRANSLATE_NOOP("StorageMessages", "This database is damaged."),
        QT_TRANSLATE_NOOP(
            "StorageMessages",
            "Restore the latest backup. The damaged file is kept, so nothing is deleted.",
        ),
    ),
    "too_new": (
        QT_TRANSLATE_NOOP("StorageMessages", "This database was made by a newer PressDesk."),
        QT_TRANSLATE_NOOP(
            "StorageMessages",
            "Install the newer version of PressDesk to open it, or open another database.",
        ),
    ),
    "unavailable": (
        QT_TRANSLATE_NOOP("StorageMessages", "The database cannot be opened."),
        QT_TRANSLATE_NOOP(
            "StorageMessages",
            "Check that the disk or network folder is available and has free space, "
            "then try again.",
        ),
    ),
    "upgrade": (
        QT_TRANSLATE_NOOP(
            "StorageMessages", "The database could not be brought up to this version."
        ),
        QT_TRANSLATE_NOOP(
            "StorageMessages",
            "The database was left exactly as it was, and a copy was taken before the attempt. "
            "Try again; if it fails again, restore that copy or open the database with the "
            "previous PressDesk, and send the log file to the administrator.",
        ),
    ),
    "backup": (
        QT_TRANSLATE_NOOP("StorageMessages", "The backup or restore did not complete."),
        QT_TRANSLATE_NOOP(
            "StorageMessages",
            "Check that the chosen file is a PressDesk backup and that the folder can be "
            "written to. The current database was not replaced.",
        ),
    ),
}

_GENERIC = (
    QT_TRANSLATE_NOOP("StorageMessages", "The database cannot be used."),
    QT_TRANSLATE_NOOP("StorageMessages", "Check the file and try again."),
)


def explain(exc: StorageError) -> Explanation:
    """Return the translated headline and advice for ``exc``."""
    headline, advice = _BY_KIND.get(exc.kind, _GENERIC)
    return Explanation(
        QCoreApplication.translate(_CONTEXT, headline),
        QCoreApplication.translate(_CONTEXT, advice),
    )


def describe(exc: StorageError, file: Path | None = None, *, unchanged: bool = False) -> str:
    """Return the full translated text for ``exc``: headline, advice and the file concerned."""
    explanation = explain(exc)
    parts = [explanation.headline, explanation.advice]
    # The error may name a helper file (the lock file); the database file is what the user knows.
    shown = file or exc.path
    if shown is not None:
        parts.append(
            QCoreApplication.translate("StorageMessages", "File: {path}").format(path=shown)
        )
    if unchanged:
        parts.append(
            QCoreApplication.translate("StorageMessages", "The file has not been changed.")
        )
    backup = getattr(exc, "backup", None)
    if backup is not None:
        parts.append(
            QCoreApplication.translate("StorageMessages", "Copy taken before: {path}").format(
                path=backup
            )
        )
    return "\n\n".join(parts)


def error_text(exc: BaseException) -> str:
    """Return what ``exc`` means in the interface's language, names and numbers filled in.

    Errors with a code (``UserError``, import file and storage errors) are worded from the
    catalogues; any other error's sentence is translated as a whole where the catalogue has it.
    A service's error that only passes on a file error's sentence is worded by that file error.
    """
    cause = exc.__cause__
    if isinstance(exc, UserError) and exc.code == "text" and isinstance(cause, ImportFileError):
        return error_text(cause)
    if isinstance(exc, ImportFileError):
        worded = file_problems_describe(exc)
        if worded is not None:
            return worded
    if isinstance(exc, StorageError):
        return describe(exc)
    if isinstance(exc, UserError):
        return render(exc.code, exc.values, _translate, _shown_value)
    if isinstance(exc, OSError):
        # The system's words are English; they belong under the details (``technical_details``).
        return QCoreApplication.translate(
            "StorageMessages",
            "The disk or a file could not be used. Check that the disk is available and has "
            "free space and that the file is not open in another program.",
        )
    return service_text(str(exc))


def problem_text(message: str) -> str:
    """Return a listed problem (a ``Message`` or a fixed line) in the interface's language."""
    if isinstance(message, Message):
        return render(message.code, message.values, _translate, _shown_value)
    return service_text(message)


def with_reason(headline: str, exc: BaseException) -> str:
    """Return ``headline`` ("Not saved.") followed by what ``exc`` means, for a message box."""
    return f"{headline}\n\n{error_text(exc)}"


def _translate(context: str, text: str) -> str:
    if context == CONTEXT:
        # A sentence not yet given a code: the services' fixed sentences, line by line.
        translated = QCoreApplication.translate(context, text)
        return translated if translated != text else service_text(text)
    return QCoreApplication.translate(context, text)


def _shown_value(value: object) -> str:
    """Show a date as 25.11.2026, a number in the interface's digits, anything else as is."""
    if isinstance(value, dt.datetime):
        return dates.datetime_text(value)
    if isinstance(value, dt.date):
        return dates.date_text(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return QLocale().toString(value)
    return str(value)


def service_text(message: str) -> str:
    """Translate a services-layer message line by line; unknown lines stay as they are."""
    return "\n".join(
        QCoreApplication.translate("ServiceMessages", line) for line in message.splitlines()
    )
