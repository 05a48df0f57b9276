"""What the inventory, accounts and archive subcommands share: language and two-language
options, the database with the services' failures as CLI errors, and printing rows."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from pressdesk.bilingual import Bi
from pressdesk.commands.common import check_texts
from pressdesk.exitcodes import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime

if TYPE_CHECKING:
    from pressdesk.services.preflight import Ref
    from pressdesk.storage.engine import Database

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def date_arg(text: str) -> dt.date:
    from pressdesk.exchange.tabular import parse_date

    try:
        value = parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if value is None:
        raise argparse.ArgumentTypeError("a date is required")
    return value


def lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("ky", "ru"), help="document language (default: the profile's)"
    )


def list_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("ky", "ru"),
        help="print texts in this language (the other one where it is empty); "
        "by default both are printed, «Kyrgyz / Russian»",
    )


def bi_options(parser: argparse.ArgumentParser, option: str, what: str) -> None:
    """Add ``--OPTION-ky``, ``--OPTION-ru`` and the one-language ``--OPTION``."""
    dest = option.replace("-", "_")
    parser.add_argument(
        f"--{option}-ky", dest=f"{dest}_ky", default=None, help=f"{what}, in Kyrgyz"
    )
    parser.add_argument(
        f"--{option}-ru", dest=f"{dest}_ru", default=None, help=f"{what}, in Russian"
    )
    parser.add_argument(
        f"--{option}",
        dest=dest,
        default=None,
        help=f"{what} in one language: it is kept as the Kyrgyz or the Russian text, as it is "
        "written",
    )


def bi_value(args: argparse.Namespace, dest: str, default_lang: str) -> Bi:
    """The value of a bilingual option: both languages given, or one text placed by its
    language (an explicit ``-ky``/``-ru`` wins over the one-language option)."""
    ky, ru = getattr(args, f"{dest}_ky"), getattr(args, f"{dest}_ru")
    single = getattr(args, dest)
    guessed = Bi.guess(single.strip(), default_lang) if single else Bi()
    return Bi(ky if ky is not None else guessed.ky, ru if ru is not None else guessed.ru)


def shown(value: Bi, lang: str | None) -> str:
    """A bilingual text for the terminal: in ``lang`` (else the other), or both."""
    if lang is not None:
        return value.text(lang)
    if not value.ky or not value.ru or value.ky == value.ru:
        return value.ky or value.ru
    return f"{value.ky} / {value.ru}"


def check_refs(db: Database, args: argparse.Namespace, refs: list[Ref], lang: str) -> None:
    """Before a DOCX or PDF is written: list its missing texts, or stop with ``--strict``."""
    from pressdesk.services.assets.files import is_document

    if is_document(args.file):
        check_texts(db, refs, lang, args.strict)


@contextlib.contextmanager
def database(runtime: Runtime) -> Iterator[Database]:
    """Open the database and turn the services' expected failures into CliError."""
    from pressdesk.documents.model import DocumentError
    from pressdesk.exchange.errors import TableFormatError
    from pressdesk.secrets import SecretStoreError, SecretStoreUnavailable
    from pressdesk.services.assets.files import ExportFormatError
    from pressdesk.services.validation import NotFound, ValidationError

    db = runtime.open_db()
    try:
        yield db
    except ExportFormatError as exc:
        raise CliError(str(exc), EXIT_USAGE) from exc
    except ValidationError as exc:
        raise CliError("\n".join(str(p) for p in exc.problems)) from exc
    except (NotFound, TableFormatError, DocumentError, SecretStoreError) as exc:
        raise CliError(str(exc)) from exc
    except SecretStoreUnavailable as exc:
        raise CliError(f"{exc} Nothing was saved.") from exc
    except OSError as exc:
        raise CliError(f"{exc.filename or ''} {exc.strerror or exc}".strip()) from exc
    finally:
        db.close()


def doc_lang(args: argparse.Namespace, db: Database) -> str:
    from pressdesk.services.profile import get_profile

    return str(args.lang or get_profile(db).default_doc_lang or "ky")


def pdf_font(runtime: Runtime) -> str | None:
    from pressdesk.settings import PDF_FONT

    return runtime.settings.get(PDF_FONT) or None


def parse_code(text: str | None, parse: Callable[[str], str | None], what: str) -> str | None:
    if text is None:
        return None
    code = parse(text)
    if code is None:
        raise CliError(f"Unknown {what} {text!r}.", EXIT_USAGE)
    return code


def print_rows(rows: Iterable[Sequence[str]]) -> None:
    for row in rows:
        print("\t".join(row))


def report_import(result: Any, noun: str, describe: Callable[[Any], str]) -> int:
    table = result.table
    how = (
        f"sheet {table.sheet!r}"
        if table.sheet
        else f"{table.encoding}, separator {table.delimiter!r}"
    )
    print(f"Read {how}; header on row {table.header_line}: {', '.join(table.columns.values())}")
    if table.ignored_columns:
        print(f"Columns not imported: {', '.join(table.ignored_columns)}")
    if not result.accepted and not result.rejected:
        print(f"The file has no {noun} rows; nothing was imported.")
        return EXIT_PROBLEMS
    if result.stopped:
        print(
            f"Nothing was imported: {len(result.rejected)} row(s) have errors. Fix them, or run "
            f"again with --skip-invalid to import the other {len(result.accepted)} row(s)."
        )
    elif result.dry_run:
        print(f"Dry run: {len(result.accepted)} {noun}(s) would be imported:")
    else:
        print(f"Imported {len(result.accepted)} {noun}(s):")
    if not result.stopped:
        for row in result.accepted:
            print(f"  {describe(row)}")
    if result.rejected:
        print("Rejected rows:" if result.stopped else "Skipped rows:")
        for problem in result.rejected:
            print(f"  {problem}")
    return EXIT_PROBLEMS if result.stopped or not result.accepted else EXIT_OK
