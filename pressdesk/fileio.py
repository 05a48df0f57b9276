"""Write files atomically so that a failed export never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO


def _default_file_mode() -> int:
    # The temporary file is created 0600; finished files get the mode a plain open() would give.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_FILE_MODE = _default_file_mode()


@contextlib.contextmanager
def atomic_path(target: str | os.PathLike[str], *, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it replaces ``target``.

    If the body raises, the temporary file is removed and ``target`` is untouched.
    ``private`` keeps the file readable by its owner only (backups hold personal data).
    """
    target_path = Path(target)
    folder = target_path.parent if str(target_path.parent) else Path()
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target_path.name}.", suffix=".part", dir=folder)
    os.close(fd)
    tmp_path = Path(tmp_name)
    try:
        yield tmp_path
        _fsync_file(tmp_path)
        if not private:
            with contextlib.suppress(OSError):
                tmp_path.chmod(_FILE_MODE)
        tmp_path.replace(target_path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp_path.unlink()
        raise


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
