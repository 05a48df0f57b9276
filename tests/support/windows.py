"""Windows behaviour imitated on Linux, so Windows-only code paths run in every test run.

On a real Windows machine the fixtures patch nothing and the same tests run against the system.
"""

from __future__ import annotations

import errno
import os
import sys
import types
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

ON_WINDOWS = sys.platform == "win32"


@dataclass
class FakeMsvcrt:
    """``msvcrt.locking`` with Windows' mandatory semantics: a region locked through one handle
    can be neither locked nor read through another."""

    LK_UNLCK: int = 0
    LK_LOCK: int = 1
    LK_NBLCK: int = 2
    LK_RLCK: int = 3
    LK_NBRLCK: int = 4
    regions: dict[tuple[int, int, int], int] = field(default_factory=dict)

    def _file(self, fd: int) -> tuple[int, int]:
        info = os.fstat(fd)
        return info.st_dev, info.st_ino

    def _clash(self, fd: int, start: int, length: int) -> bool:
        dev, ino = self._file(fd)
        for (r_dev, r_ino, r_start), owner in self.regions.items():
            if (r_dev, r_ino) == (dev, ino) and owner != fd and start <= r_start < start + length:
                return True
        return False

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        dev, ino = self._file(fd)
        if mode == self.LK_UNLCK:
            if self.regions.get((dev, ino, start)) != fd:
                raise PermissionError(errno.EACCES, "Permission denied")
            del self.regions[(dev, ino, start)]
            return
        if self._clash(fd, start, nbytes):
            raise OSError(errno.EDEADLK, "Resource deadlock avoided")
        self.regions[(dev, ino, start)] = fd

    def check_read(self, fd: int, start: int, length: int) -> None:
        """Raise as Windows does when reading a region another handle has locked."""
        if self._clash(fd, start, length):
            raise PermissionError(
                errno.EACCES, "The process cannot access the file because another process has "
                "locked a portion of the file"
            )  # fmt: skip


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeMsvcrt | None]:
    """Run the test as on Windows: ``sys.platform`` is "win32" and ``msvcrt`` is imitated."""
    if ON_WINDOWS:
        yield None
        return
    fake = FakeMsvcrt()
    module = types.ModuleType("msvcrt")
    for name in ("LK_UNLCK", "LK_LOCK", "LK_NBLCK", "LK_RLCK", "LK_NBRLCK"):
        setattr(module, name, getattr(fake, name))
    module.locking = fake.locking  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "msvcrt", module)
    monkeypatch.setattr(sys, "platform", "win32")
    yield fake
