"""A real SMTP server on 127.0.0.1 (aiosmtpd) that can be made to fail on purpose."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult


def free_port() -> int:
    """Return a port nobody listens on now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Received:
    """One message the server accepted (or took in before dropping the line)."""

    rcpt_tos: list[str]
    content: bytes

    def parsed(self) -> EmailMessage:
        """Return the message parsed, headers decoded."""
        parsed = message_from_bytes(self.content, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class Handler:
    """Accepts mail, except where told to refuse, defer or drop the line."""

    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    defer_once: set[str] = field(default_factory=set)
    drop_on_data: set[str] = field(default_factory=set)
    rcpt_calls: int = 0

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        self.rcpt_calls += 1
        if address in self.refuse:
            return "550 5.1.1 <" + address + ">: mailbox unavailable"
        if address in self.defer_once:
            self.defer_once.discard(address)
            return "451 4.7.1 Greylisted, try again later"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(Received(list(envelope.rcpt_tos), bytes(envelope.content)))
        if set(envelope.rcpt_tos) & self.drop_on_data:
            # The message is in, the reply never comes: the client cannot tell.
            self.drop_on_data -= set(envelope.rcpt_tos)
            server.transport.close()
        return "250 2.0.0 Queued"

    def addresses(self) -> list[str]:
        """Return every recipient of every message taken in, repeats kept."""
        return [a for r in self.received for a in r.rcpt_tos]


@contextmanager
def smtp_server(
    *, password: str | None = None, size_limit: int = 33554432
) -> Iterator[tuple[Handler, int]]:
    """Run the server; with ``password`` it checks logins (any user, that password)."""
    handler = Handler()

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> Any:
        login = getattr(auth, "password", b"")
        ok = login == (password or "").encode()
        return AuthResult(success=ok, handled=False)

    options: dict[str, Any] = {"data_size_limit": size_limit}
    if password is not None:
        options.update(authenticator=authenticate, auth_require_tls=False)
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **options)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()


@contextmanager
def silent_server() -> Iterator[int]:
    """A port that takes connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    try:
        yield int(listener.getsockname()[1])
    finally:
        listener.close()
