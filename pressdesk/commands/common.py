"""Helpers the section subcommands share: date options and running a use case on the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TypeVar

from pressdesk.cli import EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.storage.engine import Database

T = TypeVar("T")


def date_option(text: str | None, option: str) -> dt.date | None:
    """Parse an ISO date given to ``option``; a bad one is a usage error naming the option."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise CliError(
            f"{option} {text!r} is not a date; write it as 2026-11-25.", EXIT_USAGE
        ) from exc


def with_database(
    runtime: Runtime,
    action: Callable[[Database], T],
    expected: tuple[type[Exception], ...],
) -> T:
    """Run ``action`` on the open database; ``expected`` errors and file errors become messages."""
    from pressdesk.documents import DocumentError, FontNotFoundError

    reported: tuple[type[Exception], ...] = (*expected, DocumentError, FontNotFoundError)
    db = runtime.open_db()
    try:
        return action(db)
    except reported as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"Cannot write the file: {exc.strerror or exc}") from exc
    finally:
        db.close()
