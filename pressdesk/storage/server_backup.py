"""Back up and restore a shared PostgreSQL database with ``pg_dump`` and ``pg_restore``.

A backup is one file in PostgreSQL's custom format, written beside its final name and renamed
when ``pg_restore --list`` has read it back, so a failed backup leaves no half-written file.
The password travels in the programs' environment (``PGPASSWORD``), never on a command line
that other users of the computer could see, and never in a message.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import make_url

from pressdesk.fileio import atomic_path
from pressdesk.storage.errors import BackupError

#: The first bytes of a dump in PostgreSQL's custom format.
DUMP_HEADER = b"PGDMP"
TOOLS = ("pg_dump", "pg_restore")
#: How long a dump or a restore may take before it is given up.
TIMEOUT_SECONDS = 3600


def _tool_folders() -> list[Path]:
    if sys.platform == "win32":
        roots = [Path(os.environ.get(v, "")) for v in ("ProgramFiles", "ProgramW6432")]
        found = [f for r in roots if str(r) for f in (r / "PostgreSQL").glob("*/bin")]
    else:
        found = list(Path("/usr/lib/postgresql").glob("*/bin"))
    # The newest version first: pg_dump reads servers of its own version and older ones.
    return sorted(found, key=lambda p: _version(p.parent.name), reverse=True)


def _version(name: str) -> tuple[int, ...]:
    parts = [int(p) for p in name.split(".") if p.isdigit()]
    return tuple(parts) or (0,)


def find_tool(name: str) -> Path | None:
    """Return PostgreSQL's program ``name`` from PATH or its usual folders, or None."""
    exe = f"{name}.exe" if sys.platform == "win32" else name
    for folder in _tool_folders():
        if (folder / exe).exists():
            return folder / exe
    found = shutil.which(name)
    return Path(found) if found else None


def tools_present() -> bool:
    """Return True if both pg_dump and pg_restore can be found."""
    return all(find_tool(name) for name in TOOLS)


def _tool(name: str) -> Path:
    found = find_tool(name)
    if found is None:
        raise BackupError(
            f"Backing up or restoring a database server needs PostgreSQL's programs "
            f"{' and '.join(TOOLS)}, and {name} was not found. Install PostgreSQL's client "
            "programs (on Debian and Ubuntu: the postgresql-client package; on Windows: the "
            "command line tools of the PostgreSQL installer) and try again."
        )
    return found


def _connection(url: str) -> tuple[list[str], dict[str, str]]:
    """Return the connection arguments and environment of ``url``; the password is in the
    environment only."""
    parsed = make_url(url)
    args = ["--no-password"]
    if parsed.host:
        args += ["--host", parsed.host]
    if parsed.port:
        args += ["--port", str(parsed.port)]
    if parsed.username:
        args += ["--username", parsed.username]
    env = {**os.environ}
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    sslmode = parsed.query.get("sslmode")
    if isinstance(sslmode, str):
        env["PGSSLMODE"] = sslmode
    return args, env


def _database(url: str) -> str:
    return make_url(url).database or ""


def _run(command: list[str], env: dict[str, str], secret: str | None, what: str) -> str:
    try:
        done = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise BackupError(f"{what} failed: {exc}") from exc
    if done.returncode != 0:
        reason = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[0]
        if secret:
            reason = reason.replace(secret, "***")
        raise BackupError(f"{what} failed: {reason}")
    return done.stdout


def _secret(url: str) -> str | None:
    password = make_url(url).password
    return str(password) if password else None


def dump_server(url: str, target: Path) -> Path:
    """Write the database at ``url`` to ``target`` in PostgreSQL's custom format."""
    target = Path(target)
    pg_dump = _tool("pg_dump")
    args, env = _connection(url)
    try:
        with atomic_path(target) as tmp:
            _run(
                [
                    str(pg_dump),
                    *args,
                    "--format=custom",
                    "--no-owner",
                    "--file",
                    str(tmp),
                    "--dbname",
                    _database(url),
                ],
                env,
                _secret(url),
                f"The backup to {target}",
            )
            validate_dump(tmp)
    except OSError as exc:
        raise BackupError(f"The backup to {target} could not be written: {exc}", target) from exc
    return target


def is_dump(path: Path) -> bool:
    """Return True if ``path`` starts like a dump in PostgreSQL's custom format."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(DUMP_HEADER)) == DUMP_HEADER
    except OSError:
        return False


def validate_dump(path: Path) -> None:
    """Raise BackupError unless ``path`` is a readable dump of a PressDesk database."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"The backup file {path} does not exist.", path)
    if not is_dump(path):
        raise BackupError(
            f"{path} is not a backup of a database server (PostgreSQL's custom format).", path
        )
    listing = _run(
        [str(_tool("pg_restore")), "--list", str(path)],
        {**os.environ},
        None,
        f"Reading the backup {path}",
    )
    if "alembic_version" not in listing:
        raise BackupError(f"{path} is not a backup of a PressDesk database.", path)


def restore_server(backup: Path, url: str) -> None:
    """Replace the contents of the database at ``url`` with the dump ``backup``.

    Tables the dump does not hold (made by a later version of PressDesk) are dropped first;
    then everything the dump holds is dropped and created again in one transaction, so a
    failure there leaves the tables as they were.
    """
    validate_dump(backup)
    pg_restore = _tool("pg_restore")
    _drop_tables_not_in(backup, url)
    args, env = _connection(url)
    _run(
        [
            str(pg_restore),
            *args,
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            "--dbname",
            _database(url),
            str(backup),
        ],
        env,
        _secret(url),
        f"The restore from {backup}",
    )


def dump_tables(backup: Path) -> set[str]:
    """Return the names of the tables in the dump ``backup``."""
    listing = _run(
        [str(_tool("pg_restore")), "--list", str(backup)],
        {**os.environ},
        None,
        f"Reading the backup {backup}",
    )
    names: set[str] = set()
    for line in listing.splitlines():
        parts = line.split()
        # "215; 1259 16390 TABLE public person owner"
        if len(parts) >= 6 and not line.startswith(";") and parts[3] == "TABLE":
            names.add(parts[5])
    return names


def _drop_tables_not_in(backup: Path, url: str) -> None:
    from sqlalchemy import create_engine, inspect
    from sqlalchemy.pool import NullPool

    keep = dump_tables(backup)
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            extra = sorted(set(inspect(conn).get_table_names()) - keep)
            preparer = conn.dialect.identifier_preparer
            for name in extra:
                conn.exec_driver_sql(f"DROP TABLE IF EXISTS {preparer.quote(name)} CASCADE")
    finally:
        engine.dispose()
