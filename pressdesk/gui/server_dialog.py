"""The dialog that connects the window to the press centre's shared PostgreSQL server.

It asks for the server's address, the database, the login and the password, and tries the
connection before it closes; the File menu's actions (:mod:`server_actions`) open and keep it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from pressdesk.gui.messages import error_text
from pressdesk.gui.widgets.ask_dialog import AskDialog
from pressdesk.gui.widgets.jobs import JobRunner
from pressdesk.services.profile import get_profile
from pressdesk.services.server import (
    SSL_MODES,
    ServerConnection,
    read_password,
    try_connection,
)
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database

translate = QCoreApplication.translate


class ServerDialog(AskDialog):
    """The server's address, database, login, password and encryption, tried before kept."""

    def __init__(self, saved: ServerConnection | None, parent: QWidget | None = None) -> None:
        super().__init__("serverDialog", parent, form=False)
        assert self.column is not None
        self.fields = QFormLayout()
        saved = saved or ServerConnection(host="")
        intro = QLabel(
            translate(
                "ServerDialog",
                "A press centre of several people can keep one database on a PostgreSQL server "
                "and work on it together. Ask whoever looks after the server for these details.",
            )
        )
        intro.setWordWrap(True)
        self.column.addWidget(intro)
        self.column.addLayout(self.fields)
        self.host = QLineEdit(saved.host)
        self.host.setObjectName("serverHost")
        self.host.setPlaceholderText(translate("ServerDialog", "for example 192.168.1.10"))
        self.fields.addRow(translate("ServerDialog", "Server address:"), self.host)
        self.port = QSpinBox()
        self.port.setObjectName("serverPort")
        self.port.setRange(1, 65535)
        self.port.setValue(saved.port)
        self.fields.addRow(translate("ServerDialog", "Port:"), self.port)
        self.database = QLineEdit(saved.database)
        self.database.setObjectName("serverDatabase")
        self.fields.addRow(translate("ServerDialog", "Database:"), self.database)
        self.user = QLineEdit(saved.user)
        self.user.setObjectName("serverUser")
        self.fields.addRow(translate("ServerDialog", "Login:"), self.user)
        self.password = QLineEdit()
        self.password.setObjectName("serverPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.stored = saved.host != "" and read_password(saved) is not None
        if self.stored:
            self.password.setPlaceholderText(
                translate("ServerDialog", "kept in the password store; type to change")
            )
        self.fields.addRow(translate("ServerDialog", "Password:"), self.password)
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("serverSslmode")
        names = {
            "prefer": translate("ServerDialog", "When the server offers it"),
            "require": translate("ServerDialog", "Always (refuse an unencrypted connection)"),
            "disable": translate("ServerDialog", "Never (only on a trusted office network)"),
        }
        for mode in SSL_MODES:
            self.sslmode.addItem(names[mode], mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(saved.sslmode)))
        self.fields.addRow(translate("ServerDialog", "Encryption:"), self.sslmode)
        self.check = QPushButton(translate("ServerDialog", "Check the connection"))
        self.check.setObjectName("serverCheck")
        self.check.clicked.connect(self.check_connection)
        self.result_label = QLabel()
        self.result_label.setObjectName("serverResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.check)
        self.column.addWidget(self.result_label)
        #: The server's version once a connection worked.
        self.version = ""
        #: The check runs off the window's thread: a server out of reach takes seconds to say so.
        self.runner = JobRunner(self, translate("ServerDialog", "Connecting to the server…"))
        self._accept_after = False
        self.finish(
            translate("ServerDialog", "Connect to a server"),
            translate("ServerDialog", "Connect"),
            520,
        )
        # The wrapped introduction and the result of a check are never cut: the dialog grows.
        self.column.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def connection(self) -> ServerConnection:
        """Return the server as entered."""
        return ServerConnection(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.sslmode.currentData()),
        )

    def typed_password(self) -> str | None:
        """Return the password typed, or the stored one when nothing was typed."""
        if self.password.text():
            return self.password.text()
        return read_password(self.connection())

    @Slot()
    def check_connection(self) -> None:
        """Try the connection in the background; how it went shows under the button."""
        if self.runner.running:
            return
        conn, password = self.connection(), self.typed_password()
        self.check.setEnabled(False)
        self.ok_button.setEnabled(False)
        self.result_label.setText("")
        self.runner.start(
            lambda _progress: try_connection(conn, password),
            translate("ServerDialog", "Connect to a server"),
            on_done=self._connected,
            on_failed=self._refused,
        )

    def _connected(self, version: object) -> None:
        self.check.setEnabled(True)
        self.ok_button.setEnabled(True)
        if self.runner.cancelled:
            self._accept_after = False
            return
        self.version = str(version)
        self.result_label.setText(
            translate("ServerDialog", "Connected: PostgreSQL {version}.").format(
                version=self.version
            )
        )
        if self._accept_after:
            super().accept()

    def _refused(self, _details: str) -> None:
        self.check.setEnabled(True)
        self.ok_button.setEnabled(True)
        self._accept_after = False
        self.version = ""
        error = self.runner.error
        self.result_label.setText(error_text(error) if error is not None else "")

    def accept(self) -> None:
        """Close only once the connection works: check it first."""
        self._accept_after = True
        self.check_connection()


class IdentityDialog(AskDialog):
    """Which staff member works at this computer: the name histories and approvals record."""

    def __init__(self, db: Database, current: int | None, parent: QWidget | None = None) -> None:
        super().__init__("identityDialog", parent)
        assert self.form is not None
        note = QLabel(
            translate(
                "ServerDialog",
                "Changes made here are recorded in the name of the person chosen: approvals, "
                "status changes and edits. Each computer of a press centre chooses its own.",
            )
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.who = QComboBox()
        self.who.setObjectName("identityWho")
        secretary = get_profile(db).secretary_name
        self.who.addItem(
            translate("ServerDialog", "The press secretary of the profile ({name})").format(
                name=secretary or "—"
            ),
            None,
        )
        for member in list_staff(db, active_only=True):
            self.who.addItem(member.full_name, member.id)
        self.who.setCurrentIndex(max(0, self.who.findData(current)) if current else 0)
        self.form.addRow(translate("ServerDialog", "Who works here:"), self.who)
        self.finish(
            translate("ServerDialog", "Who works at this computer"),
            translate("ServerDialog", "Choose"),
            460,
        )
        self.form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    def staff_id(self) -> int | None:
        """Return the chosen staff member's id, or None for the profile's press secretary."""
        data = self.who.currentData()
        return int(data) if isinstance(data, int) else None
