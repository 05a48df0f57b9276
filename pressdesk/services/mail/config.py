"""The SMTP settings of the organisation's mailbox; its password lives only in the OS keyring."""

from __future__ import annotations

from dataclasses import dataclass

from pressdesk import secrets, settings
from pressdesk.messages import UserError
from pressdesk.services.mail.addresses import is_address

SECRET_NAMESPACE = "mail"


@dataclass(frozen=True)
class SmtpConfig:
    """Where and as whom to send: host, port, security, login and the From address."""

    host: str
    port: int
    security: str
    user: str
    sender: str
    #: Seconds to wait for any answer of the server before giving up.
    timeout: float = 30.0

    @property
    def server(self) -> str:
        """Return ``host:port`` for messages."""
        return f"{self.host}:{self.port}"

    @property
    def secret_key(self) -> str:
        """Return the key of the password in the keyring: one per login and server."""
        return f"{self.user}@{self.host}:{self.port}"


def check_config(config: SmtpConfig) -> None:
    """Raise ``UserError`` naming the first setting that is not valid."""
    if not config.host.strip() or any(c.isspace() for c in config.host.strip()):
        raise UserError("mail.bad_setting", field="host")
    if not 1 <= config.port <= 65535:
        raise UserError("mail.bad_setting", field="port")
    if config.security not in settings.MAIL_SECURITY_CHOICES:
        raise UserError("mail.bad_setting", field="security")
    if not is_address(config.sender):
        raise UserError("mail.bad_setting", field="from")


def load_config(store: settings.Settings) -> SmtpConfig | None:
    """Return the saved settings, or None when no mail server is set up."""
    host = store.get(settings.MAIL_HOST)
    if not host:
        return None
    return SmtpConfig(
        host=host,
        port=store.get(settings.MAIL_PORT),
        security=store.get(settings.MAIL_SECURITY),
        user=store.get(settings.MAIL_USER),
        sender=store.get(settings.MAIL_FROM),
    )


def save_config(store: settings.Settings, config: SmtpConfig, password: str | None) -> None:
    """Check and save ``config``; a given password goes to the keyring, never to the settings.

    The password is stored first, so a keyring that refuses it leaves the old settings as they
    were.
    """
    check_config(config)
    if password is not None and config.user:
        secrets.save_secret(SECRET_NAMESPACE, config.secret_key, password)
    store.set(settings.MAIL_HOST, config.host.strip())
    store.set(settings.MAIL_PORT, config.port)
    store.set(settings.MAIL_SECURITY, config.security)
    store.set(settings.MAIL_USER, config.user)
    store.set(settings.MAIL_FROM, config.sender)


def read_password(config: SmtpConfig) -> str | None:
    """Return the stored password of the mailbox, or None (no login, or none stored)."""
    if not config.user:
        return None
    return secrets.read_secret(SECRET_NAMESPACE, config.secret_key)
