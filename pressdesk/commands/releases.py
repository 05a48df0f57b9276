"""The ``pressdesk releases …`` subcommands: add, list, status, export, approval-sheet, show,
diff, channels; sending to the media (send, recipients, settle) lives in ``releases_send``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pressdesk.commands.common import with_database
from pressdesk.commands.releases_send import register_sending
from pressdesk.exitcodes import EXIT_OK, EXIT_USAGE, CliError
from pressdesk.runtime import Runtime
from pressdesk.settings import PDF_FONT

if TYPE_CHECKING:
    from pressdesk.storage.engine import Database

T = TypeVar("T")

KINDS = ("press_release", "information", "media_advisory", "statement", "fact_sheet")
STATUSES = ("draft", "sent", "returned", "approved", "distributed")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``releases`` and its actions to the ``pressdesk`` parser."""
    p = subparsers.add_parser("releases", help="press releases: write, approve, print")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = sub.add_parser("add", help="add a draft release; prints its id")
    add.add_argument("--title", required=True, metavar="TEXT", help="the title in Kyrgyz")
    add.add_argument("--title-ru", default="", metavar="TEXT", help="the title in Russian")
    add.add_argument("--body", type=Path, metavar="FILE", help="the Kyrgyz text (UTF-8 file)")
    add.add_argument("--body-ru", type=Path, metavar="FILE", help="the Russian text (UTF-8 file)")
    add.add_argument("--kind", choices=KINDS, default="press_release")
    add.add_argument("--plan", type=int, metavar="ID", help="the plan item it fulfils")
    add.add_argument("--event", type=int, metavar="ID", help="the event it is about")
    add.set_defaults(handler=cmd_add)

    lst = sub.add_parser("list", help="print releases: id, number, date, kind, status, titles")
    lst.add_argument("--year", type=int, metavar="YEAR")
    lst.add_argument("--status", choices=STATUSES)
    lst.add_argument("--kind", choices=KINDS)
    lst.set_defaults(handler=cmd_list)

    status = sub.add_parser("status", help="move a release on: sent, returned, approved …")
    status.add_argument("release", type=int, metavar="ID")
    status.add_argument("status", choices=STATUSES)
    status.add_argument("--by", metavar="STAFF", help="the staff member's full name")
    status.add_argument("--comment", default="", metavar="TEXT", help="required to return")
    status.set_defaults(handler=cmd_status)

    exp = sub.add_parser("export", help="write the release on the letterhead (.docx .pdf)")
    exp.add_argument("release", type=int, metavar="ID")
    exp.add_argument("file", type=Path)
    exp.add_argument("--lang", choices=("ky", "ru"), help="document language")
    exp.set_defaults(handler=cmd_export)

    show = sub.add_parser("show", help="print a release's steps and approved versions")
    show.add_argument("release", type=int, metavar="ID")
    show.set_defaults(handler=cmd_show)

    diff = sub.add_parser("diff", help="print what changed between approved versions")
    diff.add_argument("release", type=int, metavar="ID")
    diff.add_argument("old", type=int, metavar="VERSION")
    diff.add_argument(
        "new", type=int, nargs="?", metavar="VERSION", help="by default the text being written"
    )
    diff.add_argument("--lang", choices=("ky", "ru"), default="ky", help="which text to compare")
    diff.set_defaults(handler=cmd_diff)

    sheet = sub.add_parser("approval-sheet", help="write the approval sheet (.docx .pdf)")
    sheet.add_argument("release", type=int, metavar="ID")
    sheet.add_argument("file", type=Path)
    sheet.add_argument("--lang", choices=("ky", "ru"), help="document language")
    sheet.set_defaults(handler=cmd_approval_sheet)

    register_sending(sub)

    channels = sub.add_parser(
        "channels", help="print the texts for the website, Facebook, Instagram and Telegram"
    )
    channels.add_argument("release", type=int, metavar="ID")
    channels.add_argument("--lang", choices=("ky", "ru"), help="the texts' language")
    channels.set_defaults(handler=cmd_channels)


def _run(runtime: Runtime, action: Callable[[Database], T]) -> T:
    from pressdesk.services.releases.records import ReleaseError, ReleaseNotFound

    return with_database(runtime, action, (ReleaseError, ReleaseNotFound))


def _read(path: Path | None, option: str) -> str:
    if path is None:
        return ""
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CliError(f"{option} {path}: the file is not UTF-8 text.", EXIT_USAGE) from exc
    except OSError as exc:
        raise CliError(f"{option} {path}: {exc.strerror or exc}", EXIT_USAGE) from exc


def _lang(db: Database, chosen: str | None) -> str:
    from pressdesk.services.profile import get_profile

    return chosen or get_profile(db).default_doc_lang


def cmd_add(args: argparse.Namespace, runtime: Runtime) -> int:
    """Add a draft release and print its id."""
    from pressdesk.bilingual import Bi
    from pressdesk.services.releases.records import ReleaseInput, add_release

    data = ReleaseInput(
        title=Bi(args.title, args.title_ru),
        body=Bi(_read(args.body, "--body"), _read(args.body_ru, "--body-ru")),
        kind=args.kind,
        plan_item_id=args.plan,
        event_id=args.event,
    )
    print(_run(runtime, lambda db: add_release(db, data)))
    return EXIT_OK


def cmd_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the releases, newest number first."""
    from pressdesk.services.releases.reading import list_releases
    from pressdesk.services.releases.records import ReleaseFilter

    where = ReleaseFilter(year=args.year, status=args.status or "", kind=args.kind or "")
    for row in _run(runtime, lambda db: list_releases(db, where)):
        print(
            f"{row.id}\t{row.label}\t{row.date.isoformat()}\t{row.kind}\t{row.status}"
            f"\tv{row.version}\t{row.title.ky}\t{row.title.ru}"
        )
    return EXIT_OK


def cmd_status(args: argparse.Namespace, runtime: Runtime) -> int:
    """Move a release one step on, in the name of a staff member if given."""
    from pressdesk.services.releases.records import resolve_staff, set_status

    def act(db: Database) -> None:
        by_id = resolve_staff(db, args.by) if args.by else None
        set_status(db, args.release, args.status, by_id=by_id, comment=args.comment)

    _run(runtime, act)
    print(f"Release {args.release} is now {args.status}")
    return EXIT_OK


def cmd_export(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the release as .docx or .pdf in one language."""
    from pressdesk.services.releases.printing import export_release

    font = runtime.settings.get(PDF_FONT) or None

    def write(db: Database) -> None:
        export_release(db, args.release, args.file, lang=_lang(db, args.lang), font_path=font)

    _run(runtime, write)
    print(f"Release {args.release} written to {args.file}")
    return EXIT_OK


def cmd_approval_sheet(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write the approval sheet of a release."""
    from pressdesk.services.releases.printing import export_approval_sheet

    font = runtime.settings.get(PDF_FONT) or None

    def write(db: Database) -> None:
        export_approval_sheet(
            db, args.release, args.file, lang=_lang(db, args.lang), font_path=font
        )

    _run(runtime, write)
    print(f"Approval sheet of release {args.release} written to {args.file}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print a release's number and status, every step with time and person, and its versions."""
    from pressdesk.services.releases.reading import get_release

    row = _run(runtime, lambda db: get_release(db, args.release))
    print(f"{row.label}\t{row.kind}\t{row.status}\tv{row.version}\t{row.title.ky}\t{row.title.ru}")
    for step in row.history:
        change = f"{step.old_value} -> {step.new_value}" if step.kind == "status" else step.kind
        print(f"{step.at:%Y-%m-%d %H:%M}\t{change}\t{step.by_name}\t{step.comment}")
    for version in row.versions:
        when = f"{version.approved_at:%Y-%m-%d %H:%M}"
        print(f"v{version.number}\tapproved {when}\t{version.approved_by}")
    return EXIT_OK


def cmd_diff(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print the line differences between two approved versions, or a version and the draft."""
    from pressdesk.services.releases.reading import version_diff

    text = _run(
        runtime,
        lambda db: version_diff(db, args.release, args.old, args.new, lang=args.lang),
    )
    if text:
        print(text)
    return EXIT_OK


def cmd_channels(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print each channel's text under a line with its name, length and limit."""
    from pressdesk.services.releases.channels import channel_texts

    texts = _run(runtime, lambda db: channel_texts(db, args.release, _lang(db, args.lang)))
    for number, item in enumerate(texts):
        limit = "no limit" if item.limit is None else f"limit {item.limit}"
        if number:
            print()
        print(f"== {item.channel} ({item.length} characters, {limit})")
        print(item.text)
    return EXIT_OK
