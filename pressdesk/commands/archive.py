"""``pressdesk archive``: the photo, video and audio archive index."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.commands.assets_common import (
    check_refs,
    database,
    date_arg,
    doc_lang,
    lang_option,
    list_lang_option,
    parse_code,
    pdf_font,
    print_rows,
    report_import,
    shown,
)
from pressdesk.commands.common import add_strict_option
from pressdesk.exitcodes import EXIT_OK
from pressdesk.runtime import Runtime

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]


def register_archive(sub: Subparsers) -> None:
    p = sub.add_parser("archive", help="photo, video and audio archive index")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = asub.add_parser("list", help="print archive sets, newest first")
    lst.add_argument("--search", default="")
    lst.add_argument("--kind", help="photo, video, audio, document, mixed")
    lst.add_argument("--from", dest="date_from", type=date_arg)
    lst.add_argument("--to", dest="date_to", type=date_arg)
    list_lang_option(lst)
    lst.set_defaults(handler=cmd_archive_list)

    exp = asub.add_parser("export", help="write the archive index to FILE (.csv .xlsx .docx .pdf)")
    exp.add_argument("file", type=Path)
    lang_option(exp)
    exp.add_argument("--approval", action="store_true", help="add the head's approval block")
    add_strict_option(exp)
    exp.set_defaults(handler=cmd_archive_export)

    imp = asub.add_parser("import", help="add archive sets from FILE (.csv .xlsx)")
    imp.add_argument("file", type=Path)
    imp.add_argument("--skip-invalid", action="store_true")
    imp.add_argument("--dry-run", action="store_true")
    imp.set_defaults(handler=cmd_archive_import)


def cmd_archive_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print archive sets: date, kind, title, where, count and size."""
    from pressdesk.assets_vocab import KIND_VOCAB, format_size
    from pressdesk.services.archive.records import ArchiveFilter, archive_totals, list_archive

    flt = ArchiveFilter(
        search=args.search,
        kind=parse_code(args.kind, KIND_VOCAB.parse, "kind"),
        date_from=args.date_from,
        date_to=args.date_to,
    )
    with database(runtime) as db:
        rows = list_archive(db, flt).rows
        totals = archive_totals(db, flt)
    print_rows(
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

    with database(runtime) as db:
        lang = doc_lang(args, db)
        check_refs(db, args, archive_refs(db), lang)
        count = export_archive(
            db,
            args.file,
            lang=lang,
            approval=args.approval,
            font_path=pdf_font(runtime),
        )
    print(f"{count} archive sets written to {args.file}")
    return EXIT_OK


def cmd_archive_import(args: argparse.Namespace, runtime: Runtime) -> int:
    """Import archive sets from CSV/XLSX; print what was imported and every rejected row."""
    from pressdesk.services.assets.files import import_archive

    with database(runtime) as db:
        result = import_archive(db, args.file, skip_invalid=args.skip_invalid, dry_run=args.dry_run)
    return report_import(
        result, "archive set", lambda r: f"{r.taken_on or ''}\t{shown(r.title, None)}"
    )
