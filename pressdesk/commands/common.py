"""Helpers the section subcommands share: date options and running a use case on the database."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TypeVar

from pressdesk.exitcodes import EXIT_USAGE, CliError
from pressdesk.runtime import Runtime

if TYPE_CHECKING:
    from pressdesk.services.preflight import Ref
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


def add_strict_option(parser: argparse.ArgumentParser) -> None:
    """Add ``--strict``: a text missing in the document's language stops the command."""
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit with code 1, writing nothing, when a text is missing in the document's "
        "language (by default the missing texts are listed and the document is written)",
    )


def check_texts(db: Database, refs: Iterable[Ref], lang: str, strict: bool) -> None:
    """List on stderr every text the document lacks in ``lang``; ``strict`` makes it an error."""
    from pressdesk.services.preflight import LANGUAGE_NAMES, describe_missing, find_missing

    missing = find_missing(db, refs, lang)
    if not missing:
        return
    lines = describe_missing(missing, lang)
    language = LANGUAGE_NAMES[lang]
    head = f"{len(missing)} text(s) missing in {language}:"
    if strict:
        raise CliError("\n".join([head, *lines, "Nothing was written (--strict)."]))
    print(
        "\n".join([head, *lines, "The document was written with the texts as entered."]),
        file=sys.stderr,
    )
