"""Why a file cannot be imported at all, with a code and values an interface can word itself."""

from __future__ import annotations

from typing import Any

from pressdesk.messages import Message, UserError


class ImportFileError(UserError, ValueError):
    """A file cannot be imported at all; nothing was imported.

    ``str()`` is the English sentence the command line prints. ``code`` names the kind of
    problem and ``values`` its particulars (``file``, ``line``, ``row``, ``limit`` …), so the
    window can say the same in Kyrgyz or Russian (``gui/file_problems.py`` words them).
    """

    code = "unreadable"

    def __init__(self, message: str, *, code: str | None = None, **values: Any) -> None:
        # The sentence is the importer's own; the codes are worded by the window's file problems.
        ValueError.__init__(self, message)
        if code is not None:
            self.code = code
        self.values = values


class TableFormatError(ImportFileError):
    """The file cannot be read as a table: wrong type, unreadable, or no recognisable header."""


class VCardError(ImportFileError):
    """The file cannot be read as vCards; the message says where and why."""


class IcsError(ImportFileError):
    """An iCalendar file cannot be read or written; the message says why."""


class ContactFileError(ImportFileError):
    """A contact file cannot be read at all; the message tells the user what to do."""

    @classmethod
    def wrap(cls, exc: ImportFileError, message: str) -> ContactFileError:
        """Return ``exc`` reworded as a contact file error, keeping its code and values."""
        return cls(message, code=exc.code, **exc.values)


def ical_phrase(name: str, /, **values: Any) -> Message:
    """Return a phrase of an iCalendar import's report, coded ``problem.ical_<name>``."""
    return Message(f"problem.ical_{name}", **values)
