"""A throw-away PostgreSQL cluster on 127.0.0.1 for the team-mode tests.

The cluster is made with ``initdb`` in a temporary folder and started with ``pg_ctl`` on a free
port; it is stopped and removed when the tests end. PostgreSQL refuses to run as root, so under
root (a container, CI) the server runs as the ``postgres`` system user of Debian's package.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "pressdesk_test"
PASSWORD = "s3cret-Пароль"


def find_bin(name: str) -> Path | None:
    """Return the PostgreSQL program ``name`` from PATH or Debian's versioned folders."""
    found = shutil.which(name)
    if found:
        return Path(found)
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for folder in versions:
        if (folder / name).exists():
            return folder / name
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    """A running cluster: where it listens and how to make a database on it."""

    port: int
    folder: Path

    def url(self, database: str, *, password: bool = True) -> str:
        secret = f":{PASSWORD}" if password else ""
        return f"postgresql+psycopg://{SUPERUSER}{secret}@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """Create an empty database and return its URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            host="127.0.0.1",
            port=self.port,
            user=SUPERUSER,
            password=PASSWORD,
            dbname="postgres",
            autocommit=True,
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _as_server_user() -> tuple[list[str], int | None, int | None]:
    """Return the command prefix and ids that run programs as a user PostgreSQL accepts."""
    if os.geteuid() != 0:
        return [], None, None
    user = pwd.getpwnam("postgres")
    runuser = shutil.which("runuser") or "runuser"
    return [runuser, "-u", "postgres", "--"], user.pw_uid, user.pw_gid


@contextlib.contextmanager
def running_server() -> Iterator[PgServer]:
    """Start a cluster for the tests and stop it afterwards."""
    initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
    if initdb is None or pg_ctl is None:
        raise RuntimeError(
            "PostgreSQL's initdb and pg_ctl are needed for the team-mode tests; "
            "install Debian's postgresql package (the test command does this)."
        )
    prefix, uid, gid = _as_server_user()
    folder = Path(tempfile.mkdtemp(prefix="pressdesk-pg-"))
    data, sockets = folder / "data", folder / "sockets"
    sockets.mkdir()
    password_file = folder / "password"
    password_file.write_text(PASSWORD + "\n", encoding="utf-8")
    if uid is not None and gid is not None:
        for path in (folder, sockets, password_file):
            os.chown(path, uid, gid)
    port = _free_port()
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    subprocess.run(
        [
            *prefix,
            str(initdb),
            "-D",
            str(data),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(password_file),
            "-A",
            "scram-sha-256",
            "-E",
            "UTF8",
            "--no-sync",
        ],
        check=True,
        capture_output=True,
        env=env,
    )
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={sockets} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60"
    )
    start = [str(pg_ctl), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w"]
    subprocess.run(
        [*prefix, *start, "start"],
        check=True,
        capture_output=True,
        env=env,
    )
    try:
        yield PgServer(port, folder)
    finally:
        subprocess.run(
            [*prefix, str(pg_ctl), "-D", str(data), "-m", "immediate", "-w", "stop"],
            check=False,
            capture_output=True,
            env=env,
        )
        shutil.rmtree(folder, ignore_errors=True)
