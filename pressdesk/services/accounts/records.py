"""Keep the register of official accounts; their passwords and recovery codes live in the keyring.

The database holds only whether a secret is stored. Secrets pass through this module to
``pressdesk.secrets`` and back, and are never logged, exported or written anywhere else.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import uuid
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk import clock, secrets
from pressdesk.assets_vocab import SERVICE_VOCAB
from pressdesk.bilingual import Bi
from pressdesk.messages import Message, Term
from pressdesk.services.concurrency import claim_unchanged
from pressdesk.services.validation import (
    FieldProblem,
    NotFound,
    ValidationError,
    text_limit,
    unknown_value,
)
from pressdesk.storage.assets_models import ACCOUNT_SERVICES, OWNER_TYPES, Account
from pressdesk.storage.engine import Database
from pressdesk.textfold import fold, sort_key

log = logging.getLogger(__name__)

SECRET_NAMESPACE = "accounts"
SecretKind = Literal["password", "recovery_codes"]
# Windows Credential Manager holds at most 2,560 bytes of UTF-16 per entry.
MAX_PASSWORD_CHARS = 512
MAX_RECOVERY_CHARS = 1200
_URL_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_BARE_HOST = re.compile(r"^[\w.-]+\.[\w-]{2,}(/\S*)?$")
_ALLOWED_URL = re.compile(r"^(https?://|tg://|mailto:)\S+$", re.IGNORECASE)


# The default of a bilingual field: no text in either language.
NO_TEXT = Bi()


@dataclass(frozen=True)
class AccountRow:
    """An account as a plain value; ``id`` is None before the first save.

    The display name, the two-factor method and where the recovery codes are kept are texts in
    Kyrgyz and in Russian; the login, the address and people's names are single, and so are the
    notes (printed only in documents of the language they are written in).
    ``has_password``, ``has_recovery_codes`` and ``secret_changed_at`` say what the keyring
    holds; :func:`save_account` ignores them. ``row_version`` is the version read for editing:
    a save refuses a record changed since (None checks nothing).
    """

    service: str
    login: str
    name: Bi = NO_TEXT
    url: str = ""
    owner_type: str = "official"
    owner_name: str = ""
    access_holders: str = ""
    two_factor_method: Bi = NO_TEXT
    recovery_location: Bi = NO_TEXT
    notes: str = ""
    id: int | None = None
    has_password: bool = False
    has_recovery_codes: bool = False
    secret_changed_at: dt.datetime | None = None
    row_version: int | None = field(default=None, compare=False)

    def title(self, lang: str = "en") -> str:
        """Return a short name for lists and messages: the given name (in ``lang`` if it has
        one, else the other language), else the service and login."""
        shown = self.name.text(lang if lang in ("ky", "ru") else "ru")
        return shown or f"{SERVICE_VOCAB.label(self.service, lang)}: {self.login}"

    def display_name(self, lang: str) -> str:
        """Return the name a document in ``lang`` prints: the name in that language exactly,
        else the service's name (never the other language's text)."""
        return self.name.get(lang) or SERVICE_VOCAB.label(self.service, lang)


_STORED = [
    f.name
    for f in fields(AccountRow)
    if f.name
    not in {"id", "has_password", "has_recovery_codes", "secret_changed_at", "row_version"}
]
#: The fields kept in two languages.
BILINGUAL = ("name", "two_factor_method", "recovery_location")
# Fields where a pasted password would end up in the database.
_FREE_TEXT = (
    "name",
    "url",
    "owner_name",
    "access_holders",
    "two_factor_method",
    "recovery_location",
    "notes",
)


@dataclass(frozen=True)
class AccountFilter:
    """What to show: folded words to find, a service, an owner type."""

    search: str = ""
    service: str | None = None
    owner_type: str | None = None


def _to_row(account: Account) -> AccountRow:
    return AccountRow(
        id=account.id,
        has_password=account.has_password,
        has_recovery_codes=account.has_recovery_codes,
        secret_changed_at=account.secret_changed_at,
        row_version=account.row_version,
        **{name: getattr(account, name) for name in _STORED},
    )


def _texts(row: AccountRow, name: str) -> list[str]:
    value = getattr(row, name)
    return [value.ky, value.ru] if isinstance(value, Bi) else [value]


def _matches(row: AccountRow, words: list[str]) -> bool:
    haystack = fold(" ".join(text for name in _STORED for text in _texts(row, name)))
    haystack += " " + fold(SERVICE_VOCAB.label(row.service, "ky"))
    haystack += " " + fold(SERVICE_VOCAB.label(row.service, "ru"))
    return all(word in haystack for word in words)


def list_accounts(
    db: Database, flt: AccountFilter | None = None, *, lang: str = "ky"
) -> list[AccountRow]:
    """Return accounts in service order, then by name (in ``lang``) and login; a register
    stays small."""
    flt = flt or AccountFilter()
    with db.session() as session:
        query = select(Account)
        if flt.service:
            query = query.where(Account.service == flt.service)
        if flt.owner_type:
            query = query.where(Account.owner_type == flt.owner_type)
        rows = [_to_row(a) for a in session.scalars(query)]
    words = fold(flt.search).split()
    rows = [r for r in rows if _matches(r, words)]
    order = {code: i for i, code in enumerate(ACCOUNT_SERVICES)}
    return sorted(
        rows,
        key=lambda r: (order.get(r.service, 99), sort_key(r.name.text(lang)), fold(r.login)),
    )


def get_account(db: Database, account_id: int) -> AccountRow:
    """Return one account."""
    with db.session() as session:
        return _to_row(_load(session, account_id))


def _load(session: Session, account_id: int) -> Account:
    account = session.get(Account, account_id)
    if account is None:
        raise NotFound(f"No account with id {account_id}.")
    return account


def normalise_url(url: str) -> str:
    """Return ``url`` with https:// added to a bare host name such as "example.kg/admin"."""
    url = url.strip()
    if url and not _URL_SCHEME.match(url) and _BARE_HOST.match(url):
        return "https://" + url
    return url


def clean_account(row: AccountRow) -> AccountRow:
    """Return ``row`` with text trimmed and a bare host name turned into a URL."""
    changes: dict[str, Any] = {
        name: getattr(row, name).stripped()
        if name in BILINGUAL
        else str(getattr(row, name)).strip()
        for name in _STORED
    }
    changes["url"] = normalise_url(row.url)
    changes["owner_name"] = " ".join(row.owner_name.split())
    return replace(row, **changes)


def validate_account(row: AccountRow) -> list[FieldProblem]:
    """Return what is wrong with a cleaned ``row``."""
    problems: list[FieldProblem] = []
    if row.service not in ACCOUNT_SERVICES:
        problems.append(unknown_value("service", row.service))
    if not row.login:
        problems.append(FieldProblem("login", Message("problem.required")))
    if row.owner_type not in OWNER_TYPES:
        problems.append(
            FieldProblem(
                "owner_type",
                Message("problem.unknown", what=Term("owner type"), value=row.owner_type),
            )
        )
    elif row.owner_type == "personal" and not row.owner_name:
        problems.append(FieldProblem("owner_name", Message("problem.say_whose")))
    if row.url and not _ALLOWED_URL.match(row.url):
        problems.append(FieldProblem("url", Message("problem.not_web_address")))
    for name, limit in (("url", 1000), ("login", 300), ("owner_name", 200)):
        text_limit(problems, name, getattr(row, name), limit)
    for name, limit in (("name", 300), ("two_factor_method", 200)):
        value: Bi = getattr(row, name)
        text_limit(problems, name, max(value.ky, value.ru, key=len), limit)
    return problems


def save_account(
    db: Database,
    row: AccountRow,
    *,
    password: str | None = None,
    recovery_codes: str | None = None,
) -> AccountRow:
    """Create or update an account; a given password or codes go to the keyring in one step.

    An account changed since ``row.row_version`` was read is refused with ChangedMeanwhile.
    """
    # If the keyring refuses, the transaction rolls back: no account is left half-created.
    cleaned = clean_account(row)
    problems = validate_account(cleaned)
    given: list[tuple[SecretKind, str]] = []
    if password is not None:
        given.append(("password", password))
    if recovery_codes is not None:
        given.append(("recovery_codes", recovery_codes))
    for kind, secret in given:
        problems.extend(_check_secret(cleaned, kind, secret))
    if problems:
        raise ValidationError(problems)
    created: list[str] = []
    try:
        with db.session() as session:
            if cleaned.id is None:
                account = Account(secret_ref=str(uuid.uuid4()))
                session.add(account)
            else:
                claim_unchanged(session, Account, cleaned.id, row.row_version)
                account = _load(session, cleaned.id)
            for name in _STORED:
                setattr(account, name, getattr(cleaned, name))
            session.flush()
            for kind, secret in given:
                _store(account, kind, secret)
                if cleaned.id is None:
                    created.append(f"{account.secret_ref}/{kind}")
            session.flush()
            result = _to_row(account)
    except BaseException:
        # A new account that failed to commit must not leave its secrets behind.
        for key in created:
            with contextlib.suppress(Exception):
                secrets.delete_secret(SECRET_NAMESPACE, key)
        raise
    log.info("Account %s saved", result.id)
    return result


def _check_secret(row: AccountRow, kind: SecretKind, secret: str) -> list[FieldProblem]:
    limit = MAX_PASSWORD_CHARS if kind == "password" else MAX_RECOVERY_CHARS
    if not secret.strip():
        return [FieldProblem(kind, Message("problem.empty"))]
    if len(secret) > limit:
        return [FieldProblem(kind, Message("problem.too_long", limit=limit))]
    if secrets.stored_size(secret) > secrets.MAX_SECRET_BYTES:
        return [FieldProblem(kind, Message("problem.too_long_for_store"))]
    probe = secret.strip()
    if len(probe) >= 4:
        for name in _FREE_TEXT:
            if any(probe in text for text in _texts(row, name)):
                # The message names the field only; the secret itself is never repeated.
                return [
                    FieldProblem(
                        name,
                        Message("problem.contains_secret", secret=Term(kind.replace("_", " "))),
                    )
                ]
    return []


def _store(account: Account, kind: SecretKind, secret: str) -> None:
    secrets.save_secret(SECRET_NAMESPACE, f"{account.secret_ref}/{kind}", secret)
    if kind == "password":
        account.has_password = True
    else:
        account.has_recovery_codes = True
    account.secret_changed_at = clock.now().replace(microsecond=0)


def _set_secret(db: Database, account_id: int, kind: SecretKind, secret: str) -> AccountRow:
    with db.session() as session:
        account = _load(session, account_id)
        problems = _check_secret(_to_row(account), kind, secret)
        if problems:
            raise ValidationError(problems)
        _store(account, kind, secret)
        session.flush()
        log.info("%s stored for account %s", kind, account_id)
        return _to_row(account)


def _read_secret(db: Database, account_id: int, kind: SecretKind) -> str | None:
    with db.session() as session:
        ref = _load(session, account_id).secret_ref
    return secrets.read_secret(SECRET_NAMESPACE, f"{ref}/{kind}")


def _clear_secret(db: Database, account_id: int, kind: SecretKind) -> AccountRow:
    with db.session() as session:
        account = _load(session, account_id)
        secrets.delete_secret(SECRET_NAMESPACE, f"{account.secret_ref}/{kind}")
        if kind == "password":
            account.has_password = False
        else:
            account.has_recovery_codes = False
        account.secret_changed_at = clock.now().replace(microsecond=0)
        session.flush()
        log.info("%s removed from account %s", kind, account_id)
        return _to_row(account)


def set_password(db: Database, account_id: int, password: str) -> AccountRow:
    """Store the account's password in the keyring; raise SecretStoreUnavailable without one."""
    return _set_secret(db, account_id, "password", password)


def read_password(db: Database, account_id: int) -> str | None:
    """Return the stored password, or None."""
    return _read_secret(db, account_id, "password")


def clear_password(db: Database, account_id: int) -> AccountRow:
    """Remove the password from the keyring."""
    return _clear_secret(db, account_id, "password")


def set_recovery_codes(db: Database, account_id: int, codes: str) -> AccountRow:
    """Store the account's 2FA recovery codes in the keyring."""
    return _set_secret(db, account_id, "recovery_codes", codes)


def read_recovery_codes(db: Database, account_id: int) -> str | None:
    """Return the stored recovery codes, or None."""
    return _read_secret(db, account_id, "recovery_codes")


def clear_recovery_codes(db: Database, account_id: int) -> AccountRow:
    """Remove the recovery codes from the keyring."""
    return _clear_secret(db, account_id, "recovery_codes")


def delete_account(db: Database, account_id: int) -> None:
    """Delete an account and its keyring entries; refuse if the keyring cannot be reached."""
    # Refusing keeps secrets from being orphaned in a keyring nobody could find them in later.
    with db.session() as session:
        account = _load(session, account_id)
        session.delete(account)
        session.flush()
        if account.has_password or account.has_recovery_codes or secrets.is_available():
            for kind in ("password", "recovery_codes"):
                secrets.delete_secret(SECRET_NAMESPACE, f"{account.secret_ref}/{kind}")
    log.info("Account %s deleted", account_id)


def refresh_secret_flags(db: Database) -> int:
    """Make the "stored" flags match the keyring; return how many accounts changed."""
    # Needed after restoring a backup on another computer, whose keyring lacks the secrets.
    changed = 0
    with db.session() as session:
        for account in session.scalars(select(Account)):
            has_password = secrets.has_secret(SECRET_NAMESPACE, f"{account.secret_ref}/password")
            has_codes = secrets.has_secret(SECRET_NAMESPACE, f"{account.secret_ref}/recovery_codes")
            if (has_password, has_codes) != (account.has_password, account.has_recovery_codes):
                account.has_password, account.has_recovery_codes = has_password, has_codes
                changed += 1
    return changed


def secret_store_ready() -> bool:
    """Return True if passwords can be stored on this computer."""
    return secrets.is_available()


def parse_service(text: str) -> str | None:
    """Return the service code for a code or a word such as "Facebook" or "сайт"."""
    return SERVICE_VOCAB.parse(text)
