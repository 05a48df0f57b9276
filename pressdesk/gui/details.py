"""The technical details of a failure: the system's or a library's own words, never ours.

A message box says in the interface's language what went wrong and what to do; under "Show
Details" it may add what the operating system or a library reported (``[Errno 28] No space
left on device``, ``BadZipFile: File is not a zip file``), which helps an administrator and
cannot be translated. A sentence PressDesk composes itself is never put there: its own errors
are worded from their codes, and of an exception raised in PressDesk's code only the class
name is kept (the log has the rest).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

import pressdesk

_PACKAGE = Path(pressdesk.__file__).resolve().parent


def technical_details(exc: BaseException | None) -> str:
    """Return what the system or a library said about ``exc``, under a translated label.

    Empty when there is nothing but PressDesk's own words (a refusal worded from its code).
    """
    lines: list[str] = []
    ours: list[str] = []  # the class names of PressDesk's own errors, if nothing else is said
    seen: set[int] = set()
    current = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        line = _raw(current)
        kept = ours if type(current).__module__.startswith("pressdesk") else lines
        if line and line not in kept:
            kept.append(line)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    lines = lines or ours
    if not lines:
        return ""
    label = QCoreApplication.translate(
        "TechnicalDetails", "As reported by the system (for the administrator):"
    )
    return "\n".join([label, *lines])


def _raw(exc: BaseException) -> str:
    """Return one exception as the system or a library put it; "" for PressDesk's sentences."""
    from pressdesk.messages import UserError

    if isinstance(exc, OSError) and exc.errno is not None:
        text = f"[Errno {exc.errno}] {exc.strerror or ''}".rstrip()
        return f"{text}: {exc.filename}" if exc.filename else text
    if isinstance(exc, UserError):
        reason = exc.values.get("reason")
        return str(reason) if reason else ""
    name = type(exc).__name__
    if _raised_by_us(exc):
        return name
    message = str(exc)
    return f"{name}: {message}" if message else name


def _raised_by_us(exc: BaseException) -> bool:
    """Return True when the exception's sentence is PressDesk's own, not a library's."""
    if type(exc).__module__.startswith("pressdesk"):
        return True
    tb = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    try:
        Path(tb.tb_frame.f_code.co_filename).resolve().relative_to(_PACKAGE)
    except ValueError:
        return False
    return True
