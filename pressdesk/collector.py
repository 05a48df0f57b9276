"""Python's cyclic garbage collector: off while PressDesk starts and while it builds big things.

Starting imports several hundred modules (SQLAlchemy, Qt, the sections), whose objects live as
long as the program. The collector would walk them again and again as they are made, about a
tenth of a start, without finding anything to free. A long document or a large import makes
millions of short-lived objects freed by reference counting; walking them costs about a fifth
of the job. Cycles are rare in both, so the collector waits until the work is done.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_held_for_start = False


def hold_for_start() -> None:
    """Turn the collector off for the start of this process.

    A command then runs to its end without it: it is short, and ends the process. The window
    turns it back on with :func:`start_done` once the first page is on screen.
    """
    global _held_for_start
    if gc.isenabled():
        gc.disable()
        _held_for_start = True


def start_done() -> None:
    """After a start held by :func:`hold_for_start`: set aside what the start made, so the
    collector never walks it again, and turn the collector back on. Otherwise do nothing."""
    global _held_for_start
    if _held_for_start:
        _held_for_start = False
        gc.freeze()
        gc.enable()


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """Hold the collector off while a big document or import is built, then restore it."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
