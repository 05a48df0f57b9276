"""Send a mailing: one message per recipient, in waves, with a rate limit and safe resume.

Every message goes through MAIL FROM and RCPT TO first; the recipient is then marked «sending»
and that is committed before DATA, and marked «sent» once the server has accepted the message.
A run that stops between the two (a crash, a lost connection) leaves at most one recipient
«sending»; the next run turns it «in doubt» and lists it, and never sends it again by itself.
"""

from __future__ import annotations

import base64
import datetime as dt
import email.policy
import logging
import re
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

from sqlalchemy import func, select

from pressdesk.fileio import atomic_write_bytes
from pressdesk.messages import UserError
from pressdesk.services.mail.batches import recover
from pressdesk.services.mail.compose import build_message, load_attachments
from pressdesk.services.mail.config import SmtpConfig
from pressdesk.storage.engine import Database
from pressdesk.storage.mail_models import MailBatch, MailRecipient
from pressdesk.storage.models import stored_now

log = logging.getLogger(__name__)

#: How messages are written on the wire (CRLF line ends, long headers folded).
WIRE_POLICY = email.policy.SMTP


class Outcome:
    """What one delivery attempt came to."""

    SENT = "sent"
    REFUSED = "refused"  # the server said no for good (5xx)
    TEMPORARY = "temporary"  # the server said not now (4xx): nothing was accepted
    IN_DOUBT = "in_doubt"  # the connection broke during DATA


class DeliveryAttempt(Exception):
    """Raised by a transport with the outcome of a message that was not sent."""

    def __init__(self, outcome: str, reply: str, *, connection_lost: bool = False) -> None:
        super().__init__(reply)
        self.outcome = outcome
        self.reply = reply
        self.connection_lost = connection_lost


class Transport(Protocol):
    """Where messages go: an SMTP server, or a folder of .eml files."""

    def open(self) -> None:
        """Connect (and log in); raise ``UserError`` if that fails."""

    def close(self) -> None:
        """Close the connection; never raises."""

    def size_limit(self) -> int | None:
        """Return the largest message the server takes, in bytes, if it says."""

    def prepare(self, sender: str, address: str) -> None:
        """Announce the sender and the recipient; raise ``DeliveryAttempt`` if refused."""

    def deliver(self, message: bytes, name_hint: str) -> str:
        """Hand over the message; return the server's reply or the file written."""


def _reply(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{code} {text}".strip()[:1000]


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; a login or password with non-Latin letters goes as UTF-8 over AUTH PLAIN.

    smtplib sends credentials as ASCII only, and a Kyrgyz or Russian password is common.
    """
    text = user + password
    mechanisms = smtp.esmtp_features.get("auth", "").upper().split()
    if text.isascii() or "PLAIN" not in mechanisms:
        smtp.login(user, password)
        return
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code not in (235, 503):
        raise smtplib.SMTPAuthenticationError(code, reply)


class SmtpTransport:
    """One connection to the mailbox's SMTP server."""

    def __init__(self, config: SmtpConfig, password: str | None) -> None:
        self.config = config
        self._password = password
        self._smtp: smtplib.SMTP | None = None

    def open(self) -> None:
        """Connect, secure the connection as set, and log in."""
        cfg = self.config
        context = ssl.create_default_context()
        try:
            if cfg.security == "tls":
                smtp: smtplib.SMTP = smtplib.SMTP_SSL(
                    cfg.host, cfg.port, timeout=cfg.timeout, context=context
                )
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, timeout=cfg.timeout)
            self._smtp = smtp
            smtp.ehlo()
            if cfg.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
        except TimeoutError:
            self.close()
            raise UserError(
                "mail.no_answer", server=cfg.server, seconds=f"{cfg.timeout:g}"
            ) from None
        except (ssl.SSLError, smtplib.SMTPNotSupportedError) as exc:
            self.close()
            raise UserError("mail.secure_failed", server=cfg.server, reason=str(exc)) from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            if isinstance(exc.__context__, TimeoutError):
                # smtplib reports a greeting that never came as a closed connection.
                raise UserError(
                    "mail.no_answer", server=cfg.server, seconds=f"{cfg.timeout:g}"
                ) from None
            raise UserError("mail.cannot_connect", server=cfg.server, reason=str(exc)) from None
        if cfg.user:
            try:
                _login(smtp, cfg.user, self._password or "")
            except smtplib.SMTPAuthenticationError as exc:
                self.close()
                raise UserError(
                    "mail.login_refused", user=cfg.user, reply=_reply(exc.smtp_code, exc.smtp_error)
                ) from None
            except UnicodeEncodeError:
                self.close()
                raise UserError(
                    "mail.login_refused", user=cfg.user, reply="non-Latin letters (no AUTH PLAIN)"
                ) from None
            except (OSError, smtplib.SMTPException) as exc:
                self.close()
                raise UserError("mail.cannot_connect", server=cfg.server, reason=str(exc)) from None

    def close(self) -> None:
        """Say goodbye if the server still listens; never raises."""
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()

    def size_limit(self) -> int | None:
        """Return the SIZE the server announced, if any."""
        if self._smtp is None:
            return None
        value = self._smtp.esmtp_features.get("size", "")
        return int(value) if value.strip().isdigit() and int(value) > 0 else None

    def _live(self) -> smtplib.SMTP:
        if self._smtp is None:
            raise DeliveryAttempt(Outcome.TEMPORARY, "not connected", connection_lost=True)
        return self._smtp

    def prepare(self, sender: str, address: str) -> None:
        """MAIL FROM and RCPT TO; nothing is delivered yet, so any failure is safe to retry."""
        smtp = self._live()
        try:
            code, text = smtp.mail(sender)
            if code != 250:
                smtp.rset()
                if 400 <= code < 500:
                    raise DeliveryAttempt(Outcome.TEMPORARY, _reply(code, text))
                raise UserError("mail.sender_refused", address=sender, reply=_reply(code, text))
            code, text = smtp.rcpt(address)
            if code not in (250, 251):
                smtp.rset()
                outcome = Outcome.TEMPORARY if 400 <= code < 500 else Outcome.REFUSED
                raise DeliveryAttempt(outcome, _reply(code, text))
        except (OSError, smtplib.SMTPServerDisconnected) as exc:
            self.close()
            raise DeliveryAttempt(Outcome.TEMPORARY, str(exc), connection_lost=True) from None

    def deliver(self, message: bytes, name_hint: str) -> str:
        """DATA: a broken connection here leaves the message in doubt."""
        smtp = self._live()
        try:
            code, text = smtp.data(message)
        except smtplib.SMTPDataError as exc:
            outcome = Outcome.TEMPORARY if 400 <= exc.smtp_code < 500 else Outcome.REFUSED
            try:
                smtp.rset()
            except (OSError, smtplib.SMTPException):
                self.close()
            raise DeliveryAttempt(outcome, _reply(exc.smtp_code, exc.smtp_error)) from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise DeliveryAttempt(
                Outcome.IN_DOUBT, str(exc) or type(exc).__name__, connection_lost=True
            ) from None
        return _reply(code, text)


class EmlFolderTransport:
    """Without a mail server: one .eml file per recipient for the user's mail client."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._count = 0

    def open(self) -> None:
        """Create the folder."""
        self.folder.mkdir(parents=True, exist_ok=True)

    def close(self) -> None:
        """Nothing to close."""

    def size_limit(self) -> int | None:
        """A folder takes any size."""
        return None

    def prepare(self, sender: str, address: str) -> None:
        """Nothing to announce."""

    def deliver(self, message: bytes, name_hint: str) -> str:
        """Write the message as ``<hint>.eml``; return the file's path."""
        path = self.folder / f"{name_hint}.eml"
        atomic_write_bytes(path, message)
        return str(path)


@dataclass
class SendReport:
    """What a run did, by recipient address."""

    sent: list[str] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    in_doubt: list[str] = field(default_factory=list)
    #: Recipients of the rest wave still waiting, and from when they may go.
    rest_waiting: int = 0
    rest_due: dt.datetime | None = None


def _mark(db: Database, recipient_id: int, **values: object) -> None:
    with db.session() as session:
        row = session.get(MailRecipient, recipient_id)
        assert row is not None
        for key, value in values.items():
            setattr(row, key, value)


_UNSAFE = re.compile(r"[^A-Za-z0-9@._-]+")


def send_batch(
    db: Database,
    batch_id: int,
    transport: Transport,
    sender: str,
    *,
    wave: str = "all",
    rest_now: bool = False,
    per_minute: int = 0,
    attempts: int = 3,
    retry_pause: float = 5.0,
    sleep: Callable[[float], None] = time.sleep,
    on_progress: Callable[[int, int], None] | None = None,
) -> SendReport:
    """Send the queued messages of ``wave`` ("first", "rest" or "all") and return the report.

    The rest wave goes only after the first one is done and the batch's delay has passed since,
    unless ``rest_now``. Recipients left «sending» by an interrupted run become «in doubt» first
    and are reported, not sent. ``per_minute`` limits the pace (0: no limit); a temporary
    refusal is tried ``attempts`` times, ``retry_pause`` seconds apart. ``UserError`` stops the
    run (login refused, server gone, an attachment missing or too large) with everything done
    so far recorded.
    """
    report = SendReport(in_doubt=[r.address for r in recover(db, batch_id)])
    with db.session() as session:
        batch = session.get(MailBatch, batch_id)
        if batch is None:
            raise UserError("record.missing")
        session.expunge(batch)
    attachments = load_attachments(batch)
    waves = ("first", "rest") if wave == "all" else (wave,)
    run = _Run(db, transport, sender, report, attempts, retry_pause, sleep)
    opened = False
    last_sent = 0.0
    try:
        for current in waves:
            if current == "rest" and not rest_now:
                due = _rest_due(db, batch)
                if due is None or due > stored_now():
                    report.rest_waiting = len(_queued(db, batch_id, "rest"))
                    report.rest_due = due
                    continue
            queue = _queued(db, batch_id, current)
            for done, (rid, address, language) in enumerate(queue):
                message = build_message(
                    batch,
                    sender=sender,
                    address=address,
                    language=language,
                    attachments=attachments,
                )
                data = message.as_bytes(policy=WIRE_POLICY)
                if not opened:
                    transport.open()
                    opened = True
                _check_size(transport, data)
                if per_minute > 0:
                    wait = last_sent + 60.0 / per_minute - time.monotonic()
                    if wait > 0:
                        sleep(wait)
                _send_one(run, rid, address, message, data)
                last_sent = time.monotonic()
                if on_progress is not None:
                    on_progress(done + 1, len(queue))
            if current == "first":
                _finish_first_wave(db, batch_id)
    finally:
        if opened:
            transport.close()
    return report


def _check_size(transport: Transport, data: bytes) -> None:
    limit = transport.size_limit()
    if limit is not None and len(data) > limit:
        raise UserError("mail.too_large", size=len(data), limit=limit)


@dataclass
class _Run:
    """What every message of one run shares."""

    db: Database
    transport: Transport
    sender: str
    report: SendReport
    attempts: int
    retry_pause: float
    sleep: Callable[[float], None]


def _send_one(run: _Run, rid: int, address: str, message: EmailMessage, data: bytes) -> None:
    db, transport, sender, report = run.db, run.transport, run.sender, run.report
    attempts, retry_pause, sleep = run.attempts, run.retry_pause, run.sleep
    hint = f"{rid:06d}-{_UNSAFE.sub('_', address)}"
    reconnected = False
    for attempt in range(1, max(1, attempts) + 1):
        try:
            transport.prepare(sender, address)
            _mark(
                db,
                rid,
                status="sending",
                attempts=attempt,
                started_at=stored_now(),
                message_id=str(message["Message-ID"] or ""),
            )
            reply = transport.deliver(data, hint)
        except DeliveryAttempt as failure:
            if failure.outcome == Outcome.IN_DOUBT:
                _mark(db, rid, status="in_doubt", reason=failure.reply[:1000])
                report.in_doubt.append(address)
                _reconnect(db, transport, rid, failure)
                return
            if failure.outcome == Outcome.REFUSED:
                _mark(db, rid, status="refused", reason=failure.reply, finished_at=stored_now())
                report.refused.append((address, failure.reply))
                return
            # Temporary: nothing was accepted; back to the queue and try again.
            _mark(db, rid, status="queued", attempts=attempt, reason=failure.reply)
            if failure.connection_lost:
                if reconnected:
                    _lost(db, rid, failure)
                _reconnect(db, transport, rid, failure)
                reconnected = True
            if attempt < attempts:
                sleep(retry_pause * attempt)
            continue
        _mark(db, rid, status="sent", reason=reply[:1000], finished_at=stored_now())
        report.sent.append(address)
        return
    with db.session() as session:
        row = session.get(MailRecipient, rid)
        assert row is not None
        last = row.reason
    _mark(db, rid, status="refused", reason=last, finished_at=stored_now())
    report.refused.append((address, last))


def _reconnect(db: Database, transport: Transport, rid: int, failure: DeliveryAttempt) -> None:
    """Open a new connection after a lost one; stop the run if the server is gone."""
    transport.close()
    try:
        transport.open()
    except UserError:
        _lost(db, rid, failure)


def _lost(db: Database, rid: int, failure: DeliveryAttempt) -> None:
    """Stop the run: the server is gone; say how many messages are still to send."""
    with db.session() as session:
        batch_id = session.scalar(select(MailRecipient.batch_id).where(MailRecipient.id == rid))
        count = session.scalar(
            select(func.count(MailRecipient.id)).where(
                MailRecipient.batch_id == batch_id, MailRecipient.status == "queued"
            )
        )
    raise UserError("mail.connection_lost", reason=failure.reply, count=count or 0)


def _queued(db: Database, batch_id: int, wave: str) -> list[tuple[int, str, str]]:
    with db.session() as session:
        rows = session.execute(
            select(MailRecipient.id, MailRecipient.address, MailRecipient.language)
            .where(
                MailRecipient.batch_id == batch_id,
                MailRecipient.wave == wave,
                MailRecipient.status == "queued",
            )
            .order_by(MailRecipient.id)
        ).all()
    return [(r[0], r[1], r[2]) for r in rows]


def _finish_first_wave(db: Database, batch_id: int) -> None:
    """Stamp the end of the first wave once none of it is queued or sending."""
    with db.session() as session:
        batch = session.get(MailBatch, batch_id)
        assert batch is not None
        if batch.first_wave_done_at is not None:
            return
        pending = session.scalar(
            select(MailRecipient.id)
            .where(
                MailRecipient.batch_id == batch_id,
                MailRecipient.wave == "first",
                MailRecipient.status.in_(("queued", "sending")),
            )
            .limit(1)
        )
        if pending is None:
            batch.first_wave_done_at = stored_now()


def _rest_due(db: Database, batch: MailBatch) -> dt.datetime | None:
    """Return when the rest wave may go: the first wave's end plus the delay (None: not yet)."""
    with db.session() as session:
        fresh = session.get(MailBatch, batch.id)
        assert fresh is not None
        has_first = session.scalar(
            select(MailRecipient.id)
            .where(MailRecipient.batch_id == batch.id, MailRecipient.wave == "first")
            .limit(1)
        )
        if has_first is None:
            return stored_now() - dt.timedelta(seconds=1)
        if fresh.first_wave_done_at is None:
            return None
        return fresh.first_wave_done_at + dt.timedelta(minutes=fresh.wave_delay_minutes)
