"""``pressdesk accounts``: the register of official accounts.

Passwords are read from standard input (or typed without echo), never from the command line,
where they would stay in the shell history and the process list.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.commands.assets_common import (
    bi_options,
    bi_value,
    check_refs,
    database,
    doc_lang,
    lang_option,
    list_lang_option,
    parse_code,
    pdf_font,
    print_rows,
    shown,
)
from pressdesk.commands.common import add_strict_option
from pressdesk.console import decode_piped, strip_line_end
from pressdesk.exitcodes import EXIT_OK, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def register_accounts(sub: Subparsers) -> None:
    p = sub.add_parser("accounts", help="official accounts; passwords go to the OS keyring")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = asub.add_parser("add", help="register an account")
    add.add_argument("service", help="website_cms, facebook, instagram, telegram, youtube, …")
    add.add_argument("login")
    bi_options(add, "name", "the account's display name")
    add.add_argument("--url", default="")
    add.add_argument("--owner", choices=("official", "personal"), default="official")
    add.add_argument("--owner-name", default="", help="whose personal account it is")
    add.add_argument("--holders", default="", help="who has access")
    bi_options(add, "two-factor", "the two-factor method")
    bi_options(add, "recovery-location", "where the recovery codes are kept")
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
    list_lang_option(lst)
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
    lang_option(exp)
    exp.add_argument(
        "--official-use",
        action="store_true",
        help="mark the file «Кызматтык пайдалануу үчүн» / «Для служебного пользования» "
        "(.docx .pdf .xlsx; always when the setting documents/official_use_mark is on)",
    )
    add_strict_option(exp)
    exp.set_defaults(handler=cmd_accounts_export)


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

    service = parse_code(args.service, parse_service, "service")
    assert service is not None
    password = None
    if args.password_stdin:
        _require_keyring()
        password = read_secret_input("Password: ")
        if not password:
            raise CliError("The password read from standard input is empty.", EXIT_USAGE)
    with database(runtime) as db:
        default_lang = get_profile(db).default_doc_lang
        row = AccountRow(
            service=service,
            login=args.login,
            name=bi_value(args, "name", default_lang),
            url=args.url,
            owner_type=args.owner,
            owner_name=args.owner_name,
            access_holders=args.holders,
            two_factor_method=bi_value(args, "two_factor", default_lang),
            recovery_location=bi_value(args, "recovery_location", default_lang),
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

    with database(runtime) as db:
        rows = list_accounts(db, AccountFilter(search=args.search))
    print_rows(
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
    with database(runtime) as db:
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
    with database(runtime) as db:
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

    with database(runtime) as db:
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
    with database(runtime) as db:
        lang = doc_lang(args, db)
        check_refs(db, args, accounts_refs(db), lang)
        count = export_accounts_register(
            db,
            args.file,
            lang=lang,
            official_use=official_use,
            font_path=pdf_font(runtime),
        )
    print(f"{count} accounts written to {args.file} (no passwords or codes)")
    if args.official_use and not can_mark(args.file):
        print("No restricted-use mark: a CSV file cannot carry one.")
    return EXIT_OK
