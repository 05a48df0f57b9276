"""``pressdesk inventory``, ``pressdesk accounts`` and ``pressdesk archive`` subcommands.

Passwords are read from standard input (or typed without echo), never from the command line,
where they would stay in the shell history and the process list. Texts kept in Kyrgyz and in
Russian are given as ``--name-ky``/``--name-ru``; the one-language option (``--name``) puts the
text into the language it is written in. A DOCX or PDF export first lists on stderr the texts
missing in its language (``--strict`` stops instead).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import getpass
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pressdesk.bilingual import Bi
from pressdesk.commands.common import add_strict_option, check_texts
from pressdesk.console import decode_piped, strip_line_end
from pressdesk.exitcodes import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.storage.engine import Database

if TYPE_CHECKING:
    from pressdesk.services.preflight import Ref

    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def register(sub: Subparsers) -> None:
    """Add the inventory, accounts and archive subcommands."""
    _register_inventory(sub)
    _register_accounts(sub)
    _register_archive(sub)


def _date_arg(text: str) -> dt.date:
    from pressdesk.exchange.tabular import parse_date

    try:
        value = parse_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if value is None:
        raise argparse.ArgumentTypeError("a date is required")
    return value


def _lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang", choices=("ky", "ru"), help="document language (default: the profile's)"
    )


def _list_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--lang",
        choices=("ky", "ru"),
        help="print texts in this language (the other one where it is empty); "
        "by default both are printed, «Kyrgyz / Russian»",
    )


def _bi_options(parser: argparse.ArgumentParser, option: str, what: str) -> None:
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


def _bi_value(args: argparse.Namespace, dest: str, default_lang: str) -> Bi:
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


def _check(db: Database, args: argparse.Namespace, refs: list[Ref], lang: str) -> None:
    """Before a DOCX or PDF is written: list its missing texts, or stop with ``--strict``."""
    from pressdesk.services.assets.files import is_document

    if is_document(args.file):
        check_texts(db, refs, lang, args.strict)


def _register_inventory(sub: Subparsers) -> None:
    p = sub.add_parser("inventory", help="equipment inventory: list, export, import, check-out")
    isub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = isub.add_parser("list", help="print items, one per line")
    lst.add_argument("--search", default="", help="words to find in name, numbers, place, people")
    lst.add_argument("--category", help="category code or word (e.g. laptop, Ноутбук)")
    lst.add_argument("--condition", help="condition code or word (e.g. broken, Бузук)")
    lst.add_argument("--custodian", help="custodian's name as stored")
    lst.add_argument("--out", action="store_true", help="only items checked out now")
    lst.add_argument("--all", action="store_true", help="include written-off items")
    _list_lang_option(lst)
    lst.set_defaults(handler=cmd_inventory_list)

    show = isub.add_parser("show", help="print one item and its history")
    show.add_argument("inventory_number")
    show.set_defaults(handler=cmd_inventory_show)

    exp = isub.add_parser("export", help="write the inventory to FILE (.csv .xlsx .docx .pdf)")
    exp.add_argument("file", type=Path)
    _lang_option(exp)
    exp.add_argument("--all", action="store_true", help="include written-off items")
    exp.add_argument("--approval", action="store_true", help="add the head's approval block")
    add_strict_option(exp)
    exp.set_defaults(handler=cmd_inventory_export)

    imp = isub.add_parser("import", help="add items from FILE (.csv .xlsx), all or nothing")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, skip the invalid ones"
    )
    imp.add_argument("--dry-run", action="store_true", help="check the file, change nothing")
    imp.set_defaults(handler=cmd_inventory_import)

    gap = isub.add_parser("gap", help="compare the items with the recommended kit")
    gap.add_argument("--export", dest="file", type=Path, help="also write FILE (.docx .pdf ...)")
    _lang_option(gap)
    gap.add_argument("--approval", action="store_true", help="add the head's approval block")
    add_strict_option(gap)
    gap.set_defaults(handler=cmd_inventory_gap)

    out = isub.add_parser("checkout", help="hand an item to a person")
    out.add_argument("inventory_number")
    out.add_argument("person", help="staff member's name (or part of it) or any name")
    out.add_argument("--due", type=_date_arg, help="return date, e.g. 15.03.2026")
    out.add_argument("--note", default="")
    out.set_defaults(handler=cmd_inventory_checkout)

    back = isub.add_parser("checkin", help="record that an item came back")
    back.add_argument("inventory_number")
    back.add_argument("--note", default="")
    back.set_defaults(handler=cmd_inventory_checkin)


def _register_accounts(sub: Subparsers) -> None:
    p = sub.add_parser("accounts", help="official accounts; passwords go to the OS keyring")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = asub.add_parser("add", help="register an account")
    add.add_argument("service", help="website_cms, facebook, instagram, telegram, youtube, …")
    add.add_argument("login")
    _bi_options(add, "name", "the account's display name")
    add.add_argument("--url", default="")
    add.add_argument("--owner", choices=("official", "personal"), default="official")
    add.add_argument("--owner-name", default="", help="whose personal account it is")
    add.add_argument("--holders", default="", help="who has access")
    _bi_options(add, "two-factor", "the two-factor method")
    _bi_options(add, "recovery-location", "where the recovery codes are kept")
    add.add_argument(
        "--notes",
        default="",
        help="notes in one language; documents print them only in that language",
    )
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input: typed without echo on a terminal, or piped "
        "(everything before the line break is the password, spaces included: on Windows write "
        "`echo secret| pressdesk …` with no space before the bar; text from cmd is read in the "
        "console's code page)",
    )
    add.set_defaults(handler=cmd_accounts_add)

    lst = asub.add_parser("list", help="print accounts; never prints a secret")
    lst.add_argument("--search", default="")
    _list_lang_option(lst)
    lst.set_defaults(handler=cmd_accounts_list)

    pw = asub.add_parser("password", help="store or remove an account's password")
    pw.add_argument("id", type=int)
    pw.add_argument("--clear", action="store_true", help="remove the stored password")
    pw.set_defaults(handler=cmd_accounts_password)

    codes = asub.add_parser("recovery-codes", help="store or remove 2FA recovery codes (stdin)")
    codes.add_argument("id", type=int)
    codes.add_argument("--clear", action="store_true", help="remove the stored codes")
    codes.set_defaults(handler=cmd_accounts_codes)

    rm = asub.add_parser("delete", help="delete an account and its keyring entries")
    rm.add_argument("id", type=int)
    rm.set_defaults(handler=cmd_accounts_delete)

    exp = asub.add_parser(
        "export", help="write the register to FILE (.csv .xlsx .docx .pdf), no secrets"
    )
    exp.add_argument("file", type=Path)
    _lang_option(exp)
    exp.add_argument(
        "--official-use",
        action="store_true",
        help="mark the file «Кызматтык пайдалануу үчүн» / «Для служебного пользования» "
        "(.docx .pdf .xlsx; always when the setting documents/official_use_mark is on)",
    )
    add_strict_option(exp)
    exp.set_defaults(handler=cmd_accounts_export)


def _register_archive(sub: Subparsers) -> None:
    p = sub.add_parser("archive", help="photo, video and audio archive index")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = asub.add_parser("list", help="print archive sets, newest first")
    lst.add_argument("--search", default="")
    lst.add_argument("--kind", help="photo, video, audio, document, mixed")
    lst.add_argument("--from", dest="date_from", type=_date_arg)
    lst.add_argument("--to", dest="date_to", type=_date_arg)
    _list_lang_option(lst)
    lst.set_defaults(handler=cmd_archive_list)

    exp = asub.add_parser("export", help="write the archive index to FILE (.csv .xlsx .docx .pdf)")
    exp.add_argument("file", type=Path)
    _lang_option(exp)
    exp.add_argument("--approval", action="store_true", help="add the head's approval block")
    add_strict_option(exp)
    exp.set_defaults(handler=cmd_archive_export)

    imp = asub.add_parser("import", help="add archive sets from FILE (.csv .xlsx)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--skip-invalid", action="store_true")
    imp.add_argument("--dry-run", action="store_true")
    imp.set_defaults(handler=cmd_archive_import)


# --- shared -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _database(runtime: Runtime) -> Iterator[Database]:
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


def _doc_lang(args: argparse.Namespace, db: Database) -> str:
    from pressdesk.services.profile import get_profile

    return str(args.lang or get_profile(db).default_doc_lang or "ky")


def _font(runtime: Runtime) -> str | None:
    from pressdesk.settings import PDF_FONT

    return runtime.settings.get(PDF_FONT) or None


def _code(text: str | None, parse: Callable[[str], str | None], what: str) -> str | None:
    if text is None:
        return None
    code = parse(text)
    if code is None:
        raise CliError(f"Unknown {what} {text!r}.", EXIT_USAGE)
    return code


def _print_rows(rows: Iterable[Sequence[str]]) -> None:
    for row in rows:
        print("\t".join(row))


# --- inventory --------------------------------------------------------------------------------


def cmd_inventory_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print items: number, name, category, condition, custodian, holder."""
    from pressdesk.assets_vocab import CATEGORY_VOCAB, CONDITION_VOCAB
    from pressdesk.services.inventory.items import ItemFilter, inventory_summary, list_items

    flt = ItemFilter(
        search=args.search,
        category=_code(args.category, CATEGORY_VOCAB.parse, "category"),
        condition=_code(args.condition, CONDITION_VOCAB.parse, "condition"),
        custodian_name=args.custodian,
        include_written_off=args.all,
        checked_out=True if args.out else None,
    )
    with _database(runtime) as db:
        rows = list_items(db, flt, order="inventory_number").rows
        summary = inventory_summary(db, flt)
    _print_rows(
        [
            r.inventory_number,
            shown(r.name, args.lang),
            CATEGORY_VOCAB.label(r.category, "en"),
            CONDITION_VOCAB.label(r.condition, "en"),
            r.custodian_name,
            f"out: {r.holder_name} since {r.out_since}" + (f", due {r.due_on}" if r.due_on else "")
            if r.checked_out
            else "",
        ]
        for r in rows
    )
    print(f"{summary.items} items, total cost {summary.total_cost} som, {summary.checked_out} out")
    return EXIT_OK


def cmd_inventory_show(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print one item's fields and its history."""
    from dataclasses import asdict

    from pressdesk.services.inventory.history import item_history
    from pressdesk.services.inventory.items import find_item

    with _database(runtime) as db:
        item = find_item(db, args.inventory_number)
        history = item_history(db, item.id or 0)
    for name, value in asdict(item).items():
        if isinstance(value, dict):  # a text in two languages
            for lang in ("ky", "ru"):
                if value[lang]:
                    print(f"{name}_{lang}: {value[lang]}")
        elif value not in ("", None):
            print(f"{name}: {value}")
    print("history:")
    for m in history:
        extra = f" {m.person_name}" if m.person_name else ""
        due = f" due {m.due_on}" if m.due_on else ""
        note = f" — {m.note}" if m.note else ""
        print(f"  {m.happened_on} {m.action}{extra}{due}{note}")
    return EXIT_OK


def cmd_inventory_export(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the inventory to a file; the format follows the extension."""
    from pressdesk.services.assets.files import export_inventory, inventory_refs
    from pressdesk.services.inventory.items import ItemFilter

    flt = ItemFilter(include_written_off=args.all)
    with _database(runtime) as db:
        lang = _doc_lang(args, db)
        _check(db, args, inventory_refs(db, flt), lang)
        count = export_inventory(
            db,
            args.file,
            lang=lang,
            flt=flt,
            approval=args.approval,
            font_path=_font(runtime),
        )
    print(f"{count} items written to {args.file}")
    return EXIT_OK


def _report_import(result: Any, noun: str, describe: Callable[[Any], str]) -> int:
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


def cmd_inventory_import(args: argparse.Namespace, runtime: Runtime) -> int:
    """Import items from CSV/XLSX; print what was imported and every rejected row."""
    from pressdesk.services.assets.files import import_inventory

    with _database(runtime) as db:
        result = import_inventory(
            db, args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run
        )
    return _report_import(result, "item", lambda r: f"{r.inventory_number}\t{shown(r.name, None)}")


def cmd_inventory_gap(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the gap against the recommended kit; optionally write it to a file."""
    from pressdesk.assets_vocab import CATEGORY_VOCAB
    from pressdesk.services.assets.files import export_gap
    from pressdesk.services.inventory.gap import gap_view

    with _database(runtime) as db:
        rows = gap_view(db)
        if args.file is not None:
            export_gap(
                db,
                args.file,
                lang=_doc_lang(args, db),
                approval=args.approval,
                font_path=_font(runtime),
            )
    print("category\tneeded\tusable\tneeds repair/broken\tmissing")
    _print_rows(
        [
            CATEGORY_VOCAB.label(r.category, "en"),
            str(r.needed),
            str(r.usable),
            str(r.faulty),
            str(r.missing),
        ]
        for r in rows
    )
    print(f"Missing in total: {sum(r.missing for r in rows)}")
    if args.file is not None:
        print(f"Written to {args.file}")
    return EXIT_OK


def cmd_inventory_checkout(args: argparse.Namespace, runtime: Runtime) -> int:
    """Hand an item to a staff member or another person."""
    from pressdesk.services.inventory.history import check_out
    from pressdesk.services.inventory.items import find_item
    from pressdesk.services.staff import list_staff

    with _database(runtime) as db:
        item = find_item(db, args.inventory_number)
        matches = list_staff(db, search=args.person)
        if len(matches) > 1 and not any(m.full_name == args.person for m in matches):
            names = "; ".join(m.full_name for m in matches)
            raise CliError(f"{args.person!r} matches several staff members ({names}); be exact.")
        staff_id = matches[0].id if len(matches) == 1 else None
        movement = check_out(
            db, item.id or 0, args.person, staff_id=staff_id, due=args.due, note=args.note
        )
    due = f" until {movement.due_on}" if movement.due_on else ""
    print(
        f"{item.inventory_number} {shown(item.name, None)} is now with {movement.person_name}{due}"
    )
    return EXIT_OK


def cmd_inventory_checkin(args: argparse.Namespace, runtime: Runtime) -> int:
    """Record the return of a checked-out item."""
    from pressdesk.services.inventory.history import check_in
    from pressdesk.services.inventory.items import find_item

    with _database(runtime) as db:
        item = find_item(db, args.inventory_number)
        movement = check_in(db, item.id or 0, note=args.note)
    print(f"{item.inventory_number} {shown(item.name, None)} returned by {movement.person_name}")
    return EXIT_OK


# --- accounts ---------------------------------------------------------------------------------


def read_secret_input(prompt: str, *, multiline: bool = False) -> str:
    """Read a secret from a terminal without echo, or from piped standard input."""
    # Only the line break that ``echo`` or a file adds is dropped; the secret is kept as typed.
    stream = sys.stdin
    if stream is None:
        raise CliError("No standard input to read the secret from.", EXIT_USAGE)
    if stream.isatty() and not multiline:
        return getpass.getpass(prompt)
    buffer = getattr(stream, "buffer", None)
    try:
        text = decode_piped(buffer.read()) if buffer is not None else stream.read()
    except UnicodeDecodeError as exc:
        # Neither the secret nor the bytes around the fault are shown: only where to look.
        raise CliError(
            f"The secret read from standard input is not {exc.encoding} text (it has a byte "
            "that is no letter in that encoding). Nothing was stored. Pipe it as UTF-8, or "
            "run the command in a terminal and type it when asked.",
            EXIT_USAGE,
        ) from None
    return text.rstrip() if multiline else strip_line_end(text)


def _require_keyring() -> None:
    """Refuse before asking for a secret that could not be stored safely."""
    from pressdesk.secrets import backend_name, is_available

    if not is_available():
        raise CliError(
            "No secure password store is available on this computer "
            f"(keyring backend: {backend_name()}). PressDesk never keeps passwords in plain "
            "files, so nothing was saved. Windows and macOS use the system store; on Linux "
            "install and unlock GNOME Keyring or KWallet (Secret Service)."
        )


def cmd_accounts_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Register an account; with --password-stdin its password goes to the keyring."""
    from pressdesk.services.accounts.records import AccountRow, parse_service, save_account
    from pressdesk.services.profile import get_profile

    service = _code(args.service, parse_service, "service")
    assert service is not None
    password = None
    if args.password_stdin:
        _require_keyring()
        password = read_secret_input("Password: ")
        if not password:
            raise CliError("The password read from standard input is empty.", EXIT_USAGE)
    with _database(runtime) as db:
        default_lang = get_profile(db).default_doc_lang
        row = AccountRow(
            service=service,
            login=args.login,
            name=_bi_value(args, "name", default_lang),
            url=args.url,
            owner_type=args.owner,
            owner_name=args.owner_name,
            access_holders=args.holders,
            two_factor_method=_bi_value(args, "two_factor", default_lang),
            recovery_location=_bi_value(args, "recovery_location", default_lang),
            notes=args.notes,
        )
        saved = save_account(db, row, password=password)
    stored = " (password stored in the keyring)" if saved.has_password else ""
    print(f"{saved.id}\t{saved.title()}{stored}")
    return EXIT_OK


def cmd_accounts_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print accounts with whether a password and recovery codes are stored."""
    from pressdesk.assets_vocab import SERVICE_VOCAB
    from pressdesk.services.accounts.records import AccountFilter, list_accounts

    with _database(runtime) as db:
        rows = list_accounts(db, AccountFilter(search=args.search))
    _print_rows(
        [
            str(r.id),
            SERVICE_VOCAB.label(r.service, "en"),
            r.login,
            r.url,
            r.owner_type + (f" ({r.owner_name})" if r.owner_name else ""),
            "password: stored" if r.has_password else "password: not stored",
            "recovery codes: stored" if r.has_recovery_codes else "recovery codes: not stored",
            shown(r.name, args.lang),
        ]
        for r in rows
    )
    return EXIT_OK


def cmd_accounts_password(args: argparse.Namespace, runtime: Runtime) -> int:
    """Store (from stdin) or clear an account's password."""
    from pressdesk.services.accounts.records import clear_password, set_password

    if not args.clear:
        _require_keyring()
        secret = read_secret_input("Password: ")
    with _database(runtime) as db:
        row = clear_password(db, args.id) if args.clear else set_password(db, args.id, secret)
    print(f"{row.id}\t{row.title()}: password {'stored' if row.has_password else 'removed'}")
    return EXIT_OK


def cmd_accounts_codes(args: argparse.Namespace, runtime: Runtime) -> int:
    """Store (from stdin, all lines) or clear an account's recovery codes."""
    from pressdesk.services.accounts.records import clear_recovery_codes, set_recovery_codes

    if not args.clear:
        _require_keyring()
        if sys.stdin is not None and sys.stdin.isatty():
            print("Paste the recovery codes, then press Ctrl+D (Ctrl+Z, Enter on Windows):")
        codes = read_secret_input("", multiline=True)
    with _database(runtime) as db:
        if args.clear:
            row = clear_recovery_codes(db, args.id)
        else:
            row = set_recovery_codes(db, args.id, codes)
    state = "stored" if row.has_recovery_codes else "removed"
    print(f"{row.id}\t{row.title()}: recovery codes {state}")
    return EXIT_OK


def cmd_accounts_delete(args: argparse.Namespace, runtime: Runtime) -> int:
    """Delete an account and its keyring entries."""
    from pressdesk.services.accounts.records import delete_account, get_account

    with _database(runtime) as db:
        row = get_account(db, args.id)
        delete_account(db, args.id)
    print(f"Deleted {row.id}\t{row.title()}")
    return EXIT_OK


def cmd_accounts_export(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the accounts register (no secrets) to CSV, XLSX, DOCX or PDF."""
    from pressdesk.services.accounts.register import export_accounts_register
    from pressdesk.services.assets.files import accounts_refs
    from pressdesk.services.official_use import can_mark
    from pressdesk.settings import OFFICIAL_USE_MARK

    official_use = bool(args.official_use or runtime.settings.get(OFFICIAL_USE_MARK))
    with _database(runtime) as db:
        lang = _doc_lang(args, db)
        _check(db, args, accounts_refs(db), lang)
        count = export_accounts_register(
            db,
            args.file,
            lang=lang,
            official_use=official_use,
            font_path=_font(runtime),
        )
    print(f"{count} accounts written to {args.file} (no passwords or codes)")
    if args.official_use and not can_mark(args.file):
        print("No restricted-use mark: a CSV file cannot carry one.")
    return EXIT_OK


# --- archive ----------------------------------------------------------------------------------


def cmd_archive_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print archive sets: date, kind, title, where, count and size."""
    from pressdesk.assets_vocab import KIND_VOCAB, format_size
    from pressdesk.services.archive.records import ArchiveFilter, archive_totals, list_archive

    flt = ArchiveFilter(
        search=args.search,
        kind=_code(args.kind, KIND_VOCAB.parse, "kind"),
        date_from=args.date_from,
        date_to=args.date_to,
    )
    with _database(runtime) as db:
        rows = list_archive(db, flt).rows
        totals = archive_totals(db, flt)
    _print_rows(
        [
            str(r.id),
            str(r.taken_on or ""),
            r.kind,
            shown(r.title, args.lang),
            "; ".join(
                p for p in (shown(r.drive_label, args.lang), r.folder_path, r.cloud_link) if p
            ),
            str(r.item_count or ""),
            format_size(r.size_bytes, "en") if r.size_bytes is not None else "",
        ]
        for r in rows
    )
    print(f"{totals.sets} sets, {totals.items} files, {format_size(totals.size_bytes, 'en')}")
    return EXIT_OK


def cmd_archive_export(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the archive index to a file; the format follows the extension."""
    from pressdesk.services.assets.files import archive_refs, export_archive

    with _database(runtime) as db:
        lang = _doc_lang(args, db)
        _check(db, args, archive_refs(db), lang)
        count = export_archive(
            db,
            args.file,
            lang=lang,
            approval=args.approval,
            font_path=_font(runtime),
        )
    print(f"{count} archive sets written to {args.file}")
    return EXIT_OK


def cmd_archive_import(args: argparse.Namespace, runtime: Runtime) -> int:
    """Import archive sets from CSV/XLSX; print what was imported and every rejected row."""
    from pressdesk.services.assets.files import import_archive

    with _database(runtime) as db:
        result = import_archive(db, args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    return _report_import(
        result, "archive set", lambda r: f"{r.taken_on or ''}\t{shown(r.title, None)}"
    )
