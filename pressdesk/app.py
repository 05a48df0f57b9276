"""Composition root: decide between the CLI and the window, then build what is needed."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Run a subcommand if one is given, otherwise open the main window."""
    from pressdesk import cli

    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = cli.build_parser()
    args = parser.parse_args(args_list)
    if args.command is not None:
        return cli.run(args)
    from pressdesk.gui.application import run_gui

    return run_gui(data_dir=args.data_dir, db_url=args.db)
