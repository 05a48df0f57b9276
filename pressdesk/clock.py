"""The one clock PressDesk asks for "today" and "now".

Services, documents and widgets never read the wall clock themselves: they call :func:`today`,
:func:`now` or :func:`utcnow` here. Tests freeze the clock with :func:`frozen`; the environment
variable ``PRESSDESK_NOW`` (``2026-11-25`` or ``2026-11-25T09:30``, local time) freezes it for a
whole process, which lets a command be run as it would run on another day.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

__all__ = ["ENV_VAR", "frozen", "now", "parse_instant", "set_source", "today", "utcnow"]

#: Returns the current moment as an aware datetime.
Source = Callable[[], dt.datetime]

ENV_VAR = "PRESSDESK_NOW"


def _system() -> dt.datetime:
    return dt.datetime.now(dt.UTC).astimezone()


def parse_instant(text: str) -> dt.datetime:
    """Read ``YYYY-MM-DD`` or an ISO date and time (local unless it names an offset)."""
    value = dt.datetime.fromisoformat(text.strip())
    if value.tzinfo is None:
        value = value.astimezone()  # naive means local time
    return value


def _from_environment() -> Source:
    text = os.environ.get(ENV_VAR, "").strip()
    if not text:
        return _system
    try:
        fixed = parse_instant(text)
    except ValueError:
        return _system
    return lambda: fixed


_source: Source | None = None


def _current() -> dt.datetime:
    global _source
    if _source is None:
        _source = _from_environment()
    return _source()


def set_source(source: Source | None) -> Source | None:
    """Put ``source`` in charge of the time (``None``: back to the default); return the old one."""
    global _source
    previous = _source
    _source = source
    return previous


@contextmanager
def frozen(moment: dt.datetime | dt.date | str) -> Iterator[dt.datetime]:
    """Stop the clock at ``moment`` (local time unless it is aware) for the ``with`` block."""
    if isinstance(moment, str):
        fixed = parse_instant(moment)
    elif isinstance(moment, dt.datetime):
        fixed = moment if moment.tzinfo else moment.astimezone()
    else:
        fixed = dt.datetime.combine(moment, dt.time(9, 0)).astimezone()
    previous = set_source(lambda: fixed)
    try:
        yield fixed
    finally:
        set_source(previous)


def now() -> dt.datetime:
    """Return the local date and time, naive, to whole microseconds."""
    return _current().astimezone().replace(tzinfo=None)


def today() -> dt.date:
    """Return the local calendar date."""
    return now().date()


def utcnow() -> dt.datetime:
    """Return the current UTC time without tzinfo, as the database stores times."""
    return _current().astimezone(dt.UTC).replace(tzinfo=None)


def utcnow_aware() -> dt.datetime:
    """Return the current time as an aware UTC datetime (file stamps, calendar DTSTAMP)."""
    return _current().astimezone(dt.UTC)
