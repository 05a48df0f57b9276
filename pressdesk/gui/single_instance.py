"""One PressDesk window per data folder: a second start hands its file to the first and exits.

A double-click on the desktop icon while PressDesk is open brings the open window to the front
instead of failing on the database lock; "Open with PressDesk" on a file opens it there.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import json
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, Signal, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_MS = 500
WRITE_TIMEOUT_MS = 1000
READ_TIMEOUT_MS = 1000


def server_name(data_dir: Path) -> str:
    """Return the local socket name of the PressDesk using ``data_dir`` for this user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    digest = hashlib.sha256(f"{user}\0{Path(data_dir).resolve()}".encode()).hexdigest()[:16]
    return f"pressdesk-{digest}"


def hand_over(name: str, open_file: str | None) -> bool:
    """Pass ``open_file`` (or only "come forward") to a running PressDesk; True if one took it."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    allow_foreground_switch()
    message = json.dumps({"open": str(Path(open_file).resolve()) if open_file else ""})
    socket.write(QByteArray((message + "\n").encode("utf-8")))
    delivered = socket.waitForBytesWritten(WRITE_TIMEOUT_MS)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(WRITE_TIMEOUT_MS)
    return delivered


def allow_foreground_switch() -> None:
    """Let the running PressDesk bring its window to the front (Windows refuses it otherwise)."""
    if sys.platform == "win32":
        import ctypes

        asfw_any = -1
        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.user32.AllowSetForegroundWindow(asfw_any)


class InstanceServer(QObject):
    """Listens for later starts; emits ``activation_requested`` with the file they were given."""

    activation_requested = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)

    def listen(self) -> bool:
        """Start listening; a name left behind by a crashed PressDesk is taken over."""
        if self.server.listen(self.name):
            return True
        QLocalServer.removeServer(self.name)
        if self.server.listen(self.name):
            return True
        log.warning("Single-instance server not started: %s", self.server.errorString())
        return False

    def close(self) -> None:
        self.server.close()

    @Slot()
    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            # The other start writes its one line right after connecting; waiting for it here
            # keeps no socket alive across events.
            if socket.canReadLine() or socket.waitForReadyRead(READ_TIMEOUT_MS):
                self._read(socket)
            socket.disconnectFromServer()
            socket.deleteLater()

    def _read(self, socket: QLocalSocket) -> None:
        line = bytes(socket.readLine().data()).decode("utf-8", errors="replace").strip()
        try:
            request = json.loads(line)
        except ValueError:
            log.warning("Ignored a malformed message from another PressDesk: %r", line[:80])
            return
        path = request.get("open", "") if isinstance(request, dict) else ""
        self.activation_requested.emit(path if isinstance(path, str) else "")
