"""Write files atomically so that a failed export never leaves half a file behind."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

#: How long a replace waits for another program to let go of the target (Windows antivirus and
#: indexers hold new files for a moment; Word and Excel hold them until closed).
REPLACE_ATTEMPTS = 6
TEMP_PREFIX = "~pd"
STALE_AFTER_SECONDS = 12 * 3600
REPLACE_DELAY = 0.25


class FileInUseError(PermissionError):
    """The target file could not be replaced: another program has it open (or it is protected)."""

    def __init__(self, target: Path) -> None:
        super().__init__(
            errno.EACCES,
            f"{target.name} is open in another program (Word, Excel…) or write-protected; "
            "close it there, or save under another name",
            str(target),
        )
        self.target = target


def replace_file(source: Path, target: Path) -> None:
    """Move ``source`` onto ``target``; retry briefly while another program holds ``target``.

    Raises :class:`FileInUseError` if it is still held. ``source`` is left in place then, so the
    caller can try another name or remove it.
    """
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            source.replace(target)
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                break
            time.sleep(REPLACE_DELAY)
    raise FileInUseError(target)


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    If the body raises, the temporary file is removed and ``target`` is untouched. The file
    stays readable by its owner only, as the temporary file was created: exports, backups and
    the settings all hold personal data.
    """
    target_path = Path(target)
    tmp_path = temporary_sibling(target_path)
    try:
        yield tmp_path
        _fsync_file(tmp_path)
        replace_file(tmp_path, target_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


def temporary_sibling(target: Path) -> Path:
    """Create an empty temporary file beside ``target``, with the same extension; return it.

    The name is short (``~pdXXXXXXXX.pdf``), so it adds little to Windows' 260-character path
    limit; it is hidden on Windows, and one a crash left behind is removed at the next start
    (:func:`remove_stale_temporaries`).
    """
    folder = target.parent if str(target.parent) else Path()
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=target.suffix, dir=folder)
    os.close(fd)
    path = Path(name)
    hide(path)
    return path


def hide(path: Path) -> None:
    """Mark ``path`` hidden where the file system has such a mark (Windows)."""
    if sys.platform == "win32":
        import ctypes

        file_attribute_hidden = 0x2
        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.kernel32.SetFileAttributesW(str(path), file_attribute_hidden)


def remove_stale_temporaries(folder: Path, max_age: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Remove temporary files older than ``max_age`` seconds that a crash left in ``folder``."""
    removed = []
    now = time.time()  # wall clock: file times are real, whatever day PressDesk is told it is
    with contextlib.suppress(OSError):
        for path in folder.glob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                if path.is_file() and now - path.stat().st_mtime > max_age:
                    path.unlink()
                    removed.append(path)
    return removed


def atomic_write_bytes(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` atomically."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def atomic_write_text(
    target: str | os.PathLike[str], text: str, encoding: str = "utf-8", newline: str | None = None
) -> None:
    """Write ``text`` to ``target`` atomically."""
    with atomic_path(target) as tmp, tmp.open("w", encoding=encoding, newline=newline) as fh:
        fh.write(text)


def atomic_write_with(target: str | os.PathLike[str], writer: Callable[[IO[bytes]], None]) -> None:
    """Call ``writer`` with a binary file object whose content replaces ``target`` on success."""
    with atomic_path(target) as tmp, tmp.open("wb") as fh:
        writer(fh)


def _fsync_file(path: Path) -> None:
    with contextlib.suppress(OSError), path.open("rb+") as fh:
        os.fsync(fh.fileno())
