"""A typed registry of user settings, stored as JSON in the data folder."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from pressdesk.fileio import atomic_write_text

log = logging.getLogger(__name__)

T = TypeVar("T")

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Option(Generic[T]):
    """One setting: its key, type, default and an optional validator."""

    key: str
    default: T
    kind: type
    validate: Callable[[Any], bool] | None = None

    def coerce(self, raw: Any) -> T:
        """Return ``raw`` if it is a valid value of this option, else the default."""
        if raw is None:
            return self.default
        if self.kind is float and isinstance(raw, int) and not isinstance(raw, bool):
            raw = float(raw)
        if not isinstance(raw, self.kind) or (self.kind is int and isinstance(raw, bool)):
            return self.default
        if self.validate is not None and not self.validate(raw):
            return self.default
        return raw  # type: ignore[return-value]


UI_LANGUAGES = ("", "ky", "ru", "en")  # "" follows the system locale

UI_LANGUAGE: Option[str] = Option("ui/language", "", str, lambda v: v in UI_LANGUAGES)
WINDOW_GEOMETRY: Option[str] = Option("ui/window_geometry", "", str)
WINDOW_STATE: Option[str] = Option("ui/window_state", "", str)
LAST_SECTION: Option[str] = Option("ui/last_section", "contacts", str)
RECENT_DATABASES: Option[list] = Option("ui/recent_databases", [], list)  # type: ignore[type-arg]
PDF_FONT: Option[str] = Option("documents/pdf_font", "", str)
STALE_MONTHS: Option[int] = Option("contacts/stale_months", 6, int, lambda v: 1 <= v <= 120)
APPROVAL_WAIT_DAYS: Option[int] = Option("plan/approval_wait_days", 3, int, lambda v: 1 <= v <= 90)
# «Кызматтык пайдалануу үчүн» / «Для служебного пользования» on the act, the contact base and
# the accounts export.
OFFICIAL_USE_MARK: Option[bool] = Option("documents/official_use_mark", False, bool)
# How far ahead the handover act lists plan items and events the successor must act on.
HANDOVER_PLAN_DAYS: Option[int] = Option("handover/plan_days", 30, int, lambda v: 1 <= v <= 366)

# Automatic backups at start: at most one per interval, the newest kept, a copy to a second place
# (a USB stick or a network share) if one is set.
BACKUP_INTERVAL_DAYS: Option[int] = Option("backup/interval_days", 1, int, lambda v: 0 <= v <= 90)
BACKUP_KEEP: Option[int] = Option("backup/keep", 14, int, lambda v: 1 <= v <= 365)
BACKUP_SECOND_FOLDER: Option[str] = Option("backup/second_folder", "", str)

# Check the keyword watch's feeds once, in the background, after the window shows.
COVERAGE_CHECK_AT_START: Option[bool] = Option("coverage/check_at_start", False, bool)

# The organisation's mailbox that sends to the media (the password is in the OS keyring).
MAIL_SECURITY_CHOICES = ("starttls", "tls", "none")
MAIL_HOST: Option[str] = Option("mail/host", "", str)
MAIL_PORT: Option[int] = Option("mail/port", 587, int, lambda v: 1 <= v <= 65535)
MAIL_SECURITY: Option[str] = Option(
    "mail/security", "starttls", str, lambda v: v in MAIL_SECURITY_CHOICES
)
MAIL_USER: Option[str] = Option("mail/user", "", str)
MAIL_FROM: Option[str] = Option("mail/from", "", str)
# At most this many messages a minute (mail providers block faster senders as spam).
MAIL_RATE_PER_MINUTE: Option[int] = Option("mail/rate_per_minute", 30, int, lambda v: v >= 0)

# The legal term of a written request under the law on access to information: two weeks by
# default, counted in calendar days (or working days, if the organisation's rules say so).
INQUIRY_TERM_DAYS: Option[int] = Option("inquiries/term_days", 14, int, lambda v: 1 <= v <= 90)
INQUIRY_TERM_WORKING: Option[bool] = Option("inquiries/term_working_days", False, bool)

# The shared PostgreSQL server of a press centre (team mode); no host means this computer's
# database. The password is in the OS keyring.
SERVER_HOST: Option[str] = Option("server/host", "", str)
SERVER_PORT: Option[int] = Option("server/port", 5432, int, lambda v: 1 <= v <= 65535)
SERVER_DATABASE: Option[str] = Option("server/database", "pressdesk", str)
SERVER_USER: Option[str] = Option("server/user", "pressdesk", str)
SERVER_SSLMODE: Option[str] = Option(
    "server/sslmode", "prefer", str, lambda v: v in ("prefer", "require", "disable")
)

# Who works at this computer, per database (its file or masked server URL): a staff member's id.
TEAM_MEMBERS: Option[dict] = Option("team/members", {}, dict)  # type: ignore[type-arg]

REGISTRY: dict[str, Option[Any]] = {
    opt.key: opt
    for opt in (
        UI_LANGUAGE,
        WINDOW_GEOMETRY,
        WINDOW_STATE,
        LAST_SECTION,
        RECENT_DATABASES,
        PDF_FONT,
        STALE_MONTHS,
        APPROVAL_WAIT_DAYS,
        OFFICIAL_USE_MARK,
        HANDOVER_PLAN_DAYS,
        BACKUP_INTERVAL_DAYS,
        BACKUP_KEEP,
        BACKUP_SECOND_FOLDER,
        COVERAGE_CHECK_AT_START,
        MAIL_HOST,
        MAIL_PORT,
        MAIL_SECURITY,
        MAIL_USER,
        MAIL_FROM,
        MAIL_RATE_PER_MINUTE,
        INQUIRY_TERM_DAYS,
        INQUIRY_TERM_WORKING,
        SERVER_HOST,
        SERVER_PORT,
        SERVER_DATABASE,
        SERVER_USER,
        SERVER_SSLMODE,
        TEAM_MEMBERS,
    )
}


class Settings:
    """Settings read from and written back to one JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        #: Where an unreadable settings file was kept when defaults replaced it (tell the user).
        self.kept_aside: Path | None = None
        self.load()

    def load(self) -> None:
        """Read the file; a missing or damaged file falls back to defaults (and is kept aside)."""
        self._values = {}
        if not self.path.exists():
            return
        try:
            # utf-8-sig: Notepad saves UTF-8 with a byte-order mark.
            data = json.loads(self.path.read_text(encoding="utf-8-sig"))
        except (OSError, ValueError) as exc:
            aside = self._aside_name()
            log.warning("Settings file %s unreadable (%s); kept as %s", self.path, exc, aside)
            try:
                self.path.replace(aside)
            except OSError as move_error:
                log.warning("Settings file could not be kept aside: %s", move_error)
                return
            self.kept_aside = aside
            return
        if isinstance(data, dict):
            values = data.get("values", {})
            if isinstance(values, dict):
                self._values = values

    def _aside_name(self) -> Path:
        """Return a name for the damaged file that keeps any earlier one too."""
        candidate = self.path.with_suffix(".json.damaged")
        counter = 1
        while candidate.exists():
            counter += 1
            candidate = self.path.with_suffix(f".json.damaged-{counter}")
        return candidate

    def get(self, option: Option[T]) -> T:
        """Return the value of ``option``."""
        return option.coerce(self._values.get(option.key))

    def set(self, option: Option[T], value: T) -> None:
        """Change ``option`` and save the file."""
        if option.coerce(value) != value:
            raise ValueError(f"Invalid value for setting {option.key}: {value!r}")
        self._values[option.key] = value
        self.save()

    def save(self) -> None:
        """Write all settings atomically."""
        payload = {"version": SETTINGS_VERSION, "values": self._values}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.path, json.dumps(payload, ensure_ascii=False, indent=2))
