"""Composition root: decide between the CLI and the window, then build what is needed."""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from collections.abc import Sequence

CLI_PROGRAM = "pressdesk-cli"


def split_file_argument(argv: Sequence[str], commands: set[str]) -> tuple[list[str], str | None]:
    """Take a file to open out of ``argv`` (``pressdesk FILE``, as a file manager calls it).

    The first word that is neither an option, an option's value nor a command is the file.
    """
    from pressdesk.cli import first_word

    args = list(argv)
    index = first_word(args)
    if index is None:
        return args, None
    word = args[index]
    if word == "--":
        rest = args[index + 1 :]
        return args[:index], rest[0] if rest else None
    if word in commands:
        return args, None
    return args[:index] + args[index + 1 :], word


def is_console_program(program: str) -> bool:
    """Return True when started as ``pressdesk-cli`` (the console twin of the window)."""
    # Split on both separators: a Windows path must be read right whatever system reads it.
    name = program.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return name.removesuffix(".exe") == CLI_PROGRAM


def preload_database_layer() -> None:
    """Import the database layer before Qt, which the window opens a database with anyway.

    Once PySide6 is imported it hooks every later import (for its ``__feature__`` switches),
    which makes SQLAlchemy's few hundred modules noticeably slower to load after it.
    """
    import sqlalchemy.dialects.sqlite  # noqa: F401  (loaded by the first engine)

    import pressdesk.storage.models
    import pressdesk.storage.opening  # noqa: F401


def window_start(args: list[str]) -> argparse.Namespace | None:
    """Return the options of a start that gives only the options every invocation accepts
    (``--data-dir``, ``--db``); None when there is more to read: a command, a file, --help."""
    from pressdesk.cli import add_global_options

    small = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    add_global_options(small)
    try:
        known, rest = small.parse_known_args(args)
    except argparse.ArgumentError:
        return None  # the full parser says what is wrong
    return known if not rest else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run a subcommand if one is given, otherwise open the main window (on a file if given)."""
    from pressdesk import collector

    if argv is None:
        # A start of the program (not a call from other code): see pressdesk.collector.
        collector.hold_for_start()
    from pressdesk import cli

    if argv is None and is_console_program(sys.argv[0]):
        return cli.main(sys.argv[1:])
    args_list = list(sys.argv[1:] if argv is None else argv)
    plain = window_start(args_list)
    if plain is not None:
        # The usual start (a shortcut, perhaps with a data folder): the window opens without
        # the parser of every command being built first.
        preload_database_layer()
        from pressdesk.gui.application import run_gui

        return run_gui(data_dir=plain.data_dir, db_url=plain.db, open_file=None)
    # Only the command given has its parser built (all of them for --help or a file to open).
    parser = cli.build_parser(cli.command_in(args_list))
    args_list, file = split_file_argument(args_list, cli.command_names())
    if sys.stderr is None:
        # The windowed program has no console (Windows): a usage error is shown, not lost.
        problem = io.StringIO()
        try:
            with contextlib.redirect_stderr(problem), contextlib.redirect_stdout(problem):
                args = parser.parse_args(args_list)
        except SystemExit as exc:
            from pressdesk.gui.application import show_start_output

            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
            if problem.getvalue().strip():
                show_start_output(problem.getvalue().strip(), problem=code != 0)
            return code
    else:
        args = parser.parse_args(args_list)
    if args.command is not None:
        return cli.run(args)
    preload_database_layer()
    from pressdesk.gui.application import run_gui

    return run_gui(data_dir=args.data_dir, db_url=args.db, open_file=file)
