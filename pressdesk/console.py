"""Standard streams of the command line, set up so Kyrgyz letters never end a command.

Windows writes redirected output (``pressdesk … > out.txt``) in the ANSI code page (cp1251),
which has no ң ө ү, and ``cmd`` pipes text in the console's code page (cp866). Output that goes
to a file or a pipe is therefore written as UTF-8, a console or an encoding the user chose keeps
its encoding with unknown letters replaced, and piped secrets are decoded by the code page that
wrote them.
"""

from __future__ import annotations

import codecs
import io
import locale
import os
import sys
from typing import IO, Any

UTF8_BOM = codecs.BOM_UTF8


def _is_utf8(encoding: str | None) -> bool:
    try:
        return codecs.lookup(encoding or "").name == "utf-8"
    except LookupError:
        return False


def configure_stream(stream: IO[str] | Any | None) -> None:
    """Make ``stream`` unable to fail on a character (see the module's description)."""
    if not isinstance(stream, io.TextIOWrapper) or _is_utf8(stream.encoding):
        return
    chosen = bool(os.environ.get("PYTHONIOENCODING"))
    try:
        interactive = stream.isatty()
    except (OSError, ValueError):
        interactive = False
    if not chosen and not interactive:
        stream.reconfigure(encoding="utf-8", errors="replace")
    else:
        stream.reconfigure(errors="replace")


def configure_streams() -> None:
    """Set up standard output and error at the start of a command."""
    configure_stream(sys.stdout)
    configure_stream(sys.stderr)


def console_code_page() -> str | None:
    """Return the encoding ``cmd`` uses for text it pipes (Windows only; None elsewhere)."""
    if sys.platform == "win32":
        import ctypes

        try:
            kernel32 = ctypes.windll.kernel32
            page = int(kernel32.GetConsoleCP()) or int(kernel32.GetOEMCP())
        except (AttributeError, OSError):
            return None
        if page == 65001:
            return "utf-8"
        name = f"cp{page}"
        try:
            codecs.lookup(name)
        except LookupError:
            return None
        return name
    return None


def decode_piped(data: bytes) -> str:
    """Decode text piped into a command: a UTF-8 mark wins, then the console's code page
    (Windows), then UTF-8, then the locale's encoding.

    Bytes the chosen encoding cannot read raise UnicodeDecodeError: piped text is a secret,
    and a secret with a character replaced would be stored wrong without anyone noticing.
    """
    if data.startswith(UTF8_BOM):
        return data[len(UTF8_BOM) :].decode("utf-8")
    page = console_code_page()
    if page is not None:
        return data.decode(page)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        fallback = locale.getpreferredencoding(False)
        if _is_utf8(fallback):
            raise
        return data.decode(fallback)


def strip_line_end(text: str) -> str:
    """Drop the one line break ``echo`` or a file adds; everything else is kept as typed."""
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\n", "\r")):
        return text[:-1]
    return text
