"""The ``pressdesk templates …`` subcommands: list and write the press service's local
documents (the regulation, the job description, the reglaments)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from pressdesk.commands.common import with_database
from pressdesk.exitcodes import EXIT_OK
from pressdesk.runtime import Runtime
from pressdesk.settings import PDF_FONT

if TYPE_CHECKING:
    from pressdesk.storage.engine import Database


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``templates`` and its actions to the ``pressdesk`` parser."""
    p = subparsers.add_parser("templates", help="local documents of the press service")
    sub = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    lst = sub.add_parser("list", help="print the documents: name, Kyrgyz and Russian titles")
    lst.set_defaults(handler=cmd_list)

    write = sub.add_parser("write", help="write a document filled from the profile (.docx .pdf)")
    write.add_argument("name", metavar="NAME", help="a name from `pressdesk templates list`")
    write.add_argument("file", type=Path)
    write.add_argument("--lang", choices=("ky", "ru"), help="document language")
    write.set_defaults(handler=cmd_write)


def cmd_list(args: argparse.Namespace, runtime: Runtime) -> int:
    """Print every local document: its name, then its titles in Kyrgyz and Russian."""
    from pressdesk.services.local_documents import list_local_documents

    for info in list_local_documents():
        print(f"{info.name}\t{info.title_ky}\t{info.title_ru}")
    return EXIT_OK


def cmd_write(args: argparse.Namespace, runtime: Runtime) -> int:
    """Write one local document in one language."""
    from pressdesk.services.local_documents import LocalDocumentError, export_local_document
    from pressdesk.services.profile import get_profile

    font = runtime.settings.get(PDF_FONT) or None

    def write(db: Database) -> None:
        lang = args.lang or get_profile(db).default_doc_lang
        export_local_document(db, args.name, args.file, lang=lang, font_path=font)

    with_database(runtime, write, (LocalDocumentError,))
    print(f"{args.name} written to {args.file}")
    return EXIT_OK
