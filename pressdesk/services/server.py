"""The shared PostgreSQL server a press centre works on; its password lives only in the keyring.

The connection is kept in the settings (host, port, database, login, encryption) and chosen in
the window; it is used at every start until the user goes back to the database on this computer.
A database named on the command line or in ``PRESSDESK_DB`` still comes first.
"""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import dataclass

from pressdesk import secrets, settings
from pressdesk.messages import Term, UserError

log = logging.getLogger(__name__)

SECRET_NAMESPACE = "server"
#: How the connection is encrypted: libpq's sslmode values offered in the window.
SSL_MODES = ("prefer", "require", "disable")
#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT = 8


@dataclass(frozen=True)
class ServerConnection:
    """Where the shared database is and as whom to log in."""

    host: str
    port: int = 5432
    database: str = "pressdesk"
    user: str = "pressdesk"
    sslmode: str = "prefer"

    @property
    def secret_key(self) -> str:
        """The key of the password in the keyring: one per login, server and database."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def shown(self) -> str:
        """The connection as messages name it, without a password."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        """The SQLAlchemy URL of the database, with ``password`` when there is one."""
        from sqlalchemy import URL

        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query={"sslmode": self.sslmode, "connect_timeout": str(CONNECT_TIMEOUT)},
        ).render_as_string(hide_password=False)


class ServerError(UserError, ValueError):
    """The server settings are not valid, or the server cannot be used; nothing was changed."""


def check_connection_settings(conn: ServerConnection) -> None:
    """Raise ``ServerError`` naming the first setting that is not valid."""
    named = (
        ("server address", conn.host),
        ("database name", conn.database),
        ("login", conn.user),
    )
    for field, value in named:
        if not value.strip() or any(c.isspace() for c in value.strip()):
            raise ServerError("server.bad_setting", field=Term(field))
    if not 1 <= conn.port <= 65535:
        raise ServerError("server.bad_setting", field=Term("port"))
    if conn.sslmode not in SSL_MODES:
        raise ServerError("server.bad_setting", field=Term("encryption"))


def driver_present() -> bool:
    """Return True if the PostgreSQL driver (psycopg) is installed."""
    return importlib.util.find_spec("psycopg") is not None


def try_connection(conn: ServerConnection, password: str | None) -> str:
    """Connect once and return the server's version; raise ``ServerError`` saying why not."""
    check_connection_settings(conn)
    if not driver_present():
        raise ServerError("server.no_driver")
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    from pressdesk.storage.engine import driver_reason

    url = conn.url(password)
    engine = create_engine(url, pool_pre_ping=False)
    try:
        with engine.connect() as connection:
            version = connection.execute(text("SHOW server_version")).scalar_one()
    except SQLAlchemyError as exc:
        reason = driver_reason(getattr(exc, "orig", None) or exc, url)
        raise ServerError("server.unreachable", server=conn.shown, reason=reason) from exc
    finally:
        engine.dispose()
    return str(version)


def load_connection(store: settings.Settings) -> ServerConnection | None:
    """Return the saved server, or None when PressDesk works on this computer's database."""
    host = store.get(settings.SERVER_HOST)
    if not host:
        return None
    return ServerConnection(
        host=host,
        port=store.get(settings.SERVER_PORT),
        database=store.get(settings.SERVER_DATABASE),
        user=store.get(settings.SERVER_USER),
        sslmode=store.get(settings.SERVER_SSLMODE),
    )


def save_connection(store: settings.Settings, conn: ServerConnection, password: str | None) -> None:
    """Check and keep ``conn`` for the next starts; a password goes to the keyring only.

    The password is stored first, so a keyring that refuses it leaves the settings as they were.
    """
    check_connection_settings(conn)
    if password:
        secrets.save_secret(SECRET_NAMESPACE, conn.secret_key, password)
    store.set(settings.SERVER_HOST, conn.host.strip())
    store.set(settings.SERVER_PORT, conn.port)
    store.set(settings.SERVER_DATABASE, conn.database.strip())
    store.set(settings.SERVER_USER, conn.user.strip())
    store.set(settings.SERVER_SSLMODE, conn.sslmode)


def forget_connection(store: settings.Settings) -> None:
    """Work on this computer's database from now on; the server's password stays in the
    keyring, so choosing the server again does not ask for it."""
    store.set(settings.SERVER_HOST, "")


def read_password(conn: ServerConnection) -> str | None:
    """Return the stored password, or None (none stored, or no secure keyring here)."""
    try:
        return secrets.read_secret(SECRET_NAMESPACE, conn.secret_key)
    except (secrets.SecretStoreUnavailable, secrets.SecretStoreError) as exc:
        log.warning("The server's password cannot be read from the keyring: %s", exc)
        return None


def saved_server_url(store: settings.Settings) -> str | None:
    """The URL of the saved server with its password from the keyring, or None if none is set."""
    conn = load_connection(store)
    if conn is None:
        return None
    return conn.url(read_password(conn))
