"""Exit codes of the ``pressdesk …`` commands and the error a command reports without a traceback.

The command line, its section commands and the window's console entry point all use these, so they
live apart from any of them.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2
EXIT_STORAGE = 3


class CliError(Exception):
    """A failure to report on stderr with a non-zero exit code, without a traceback."""

    def __init__(self, message: str, code: int = EXIT_PROBLEMS) -> None:
        super().__init__(message)
        self.code = code
