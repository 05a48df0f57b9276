"""Where a database file lies: URIs SQLite accepts for every kind of path, and network drives.

A ministry often keeps its files on a mapped drive (``P:\\`` → ``\\\\server\\share``). SQLite's
WAL journal needs shared memory that a network file system does not give, so a database found
there is opened with a rollback journal, by one person at a time.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath
from urllib.parse import quote

# File systems reached over a network, as /proc/mounts names them.
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p", "davfs", "fuse.davfs2", "afs"}
)
DRIVE_REMOTE = 4  # GetDriveTypeW's answer for a network drive


def sqlite_uri(path: str | os.PathLike[str], *, windows: bool | None = None, **params: str) -> str:
    """Return a ``file:`` URI for SQLite, right for drive letters, UNC paths and POSIX paths."""
    on_windows = sys.platform == "win32" if windows is None else windows
    if on_windows:
        win = PureWindowsPath(path)
        text = win.as_posix()
        # A UNC path keeps its two leading slashes after "file://", as SQLite expects.
        uri = "file:" + ("//" if text.startswith("//") else "///") + quote(text, safe="/:")
    else:
        uri = "file://" + quote(Path(path).as_posix(), safe="/")
    if params:
        uri += "?" + "&".join(f"{key}={quote(value)}" for key, value in params.items())
    return uri


def is_network_location(path: str | os.PathLike[str]) -> bool:
    """Return True if ``path`` lies on a network share (UNC, mapped drive, NFS/SMB mount)."""
    if sys.platform == "win32":
        text = str(path)
        if text.startswith(("\\\\", "//")):
            return True
        drive = PureWindowsPath(text).drive
        if len(drive) == 2 and drive[1] == ":":
            return _windows_drive_type(drive + "\\") == DRIVE_REMOTE
        return False
    # Linux names its mounts in /proc/mounts; elsewhere the file is missing and nothing matches.
    return _linux_filesystem(Path(path)) in NETWORK_FILESYSTEMS


def _windows_drive_type(root: str) -> int:
    if sys.platform == "win32":
        import ctypes

        try:
            return int(ctypes.windll.kernel32.GetDriveTypeW(root))
        except (AttributeError, OSError):
            return 0
    return 0


def _linux_filesystem(path: Path, mounts: Path = Path("/proc/mounts")) -> str:
    """Return the file system type of the mount holding ``path`` ("" if unknown)."""
    try:
        lines = mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    target = str(path if path.is_absolute() else path.absolute())
    best, kind = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind
