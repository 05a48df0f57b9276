"""Read and change the organisation profile used on every document."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING

from pressdesk.messages import LINES, Message, UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from pressdesk.storage.engine import Database

# The command line reads OrgProfile's fields to build its options: the database layer is
# imported by the functions that use it, so `pressdesk --help` does not load it.

LOGO_MAX_BYTES = 2_000_000
LOGO_MIME_BY_SUFFIX = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".svg": "image/svg+xml",
}
LOGO_TYPES = set(LOGO_MIME_BY_SUFFIX.values())


@dataclass(frozen=True)
class OrgProfile:
    """The organisation profile as a plain value; ``row_version`` is the version read for
    editing: a save refuses a profile changed since (None checks nothing)."""

    name_ky: str = ""
    name_ru: str = ""
    short_name_ky: str = ""
    short_name_ru: str = ""
    address_ky: str = ""
    address_ru: str = ""
    place_ky: str = ""
    place_ru: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    head_name: str = ""
    head_title_ky: str = ""
    head_title_ru: str = ""
    secretary_name: str = ""
    secretary_title_ky: str = ""
    secretary_title_ru: str = ""
    default_doc_lang: str = "ky"
    logo: bytes | None = None
    logo_mime: str = ""
    row_version: int | None = field(default=None, compare=False)

    def name(self, lang: str) -> str:
        """Return the organisation name in ``lang``, falling back to the other language."""
        primary, other = (
            (self.name_ky, self.name_ru) if lang == "ky" else (self.name_ru, self.name_ky)
        )
        return primary or other

    def place(self, lang: str) -> str:
        """Return where documents are drawn up («Бишкек ш.», «г. Бишкек») in ``lang``.

        No fallback to the other language: a Russian place would be wrong in a Kyrgyz document.
        """
        return self.place_ky if lang == "ky" else self.place_ru

    def head_title(self, lang: str) -> str:
        """Return the head's title in ``lang``, falling back to the other language."""
        primary, other = (
            (self.head_title_ky, self.head_title_ru)
            if lang == "ky"
            else (self.head_title_ru, self.head_title_ky)
        )
        return primary or other

    def secretary_title(self, lang: str) -> str:
        """Return the press secretary's title in ``lang``, falling back to the other language."""
        primary, other = (
            (self.secretary_title_ky, self.secretary_title_ru)
            if lang == "ky"
            else (self.secretary_title_ru, self.secretary_title_ky)
        )
        return primary or other

    @property
    def is_blank(self) -> bool:
        return not (self.name_ky or self.name_ru)


_FIELDS = [f.name for f in fields(OrgProfile) if f.name != "row_version"]


class ProfileError(UserError, ValueError):
    """The profile cannot be saved as given."""


def validate(profile: OrgProfile) -> list[Message]:
    """Return what is wrong with ``profile`` (empty list if it can be saved)."""
    from pressdesk.storage.models import DOC_LANGUAGES

    problems: list[Message] = []
    if profile.default_doc_lang not in DOC_LANGUAGES:
        problems.append(Message("profile.doc_language"))
    if profile.logo is not None:
        if len(profile.logo) > LOGO_MAX_BYTES:
            problems.append(Message("profile.logo_too_large"))
        if profile.logo_mime not in LOGO_TYPES:
            problems.append(Message("profile.logo_type"))
    if profile.email and "@" not in profile.email:
        problems.append(Message("profile.email"))
    return problems


def get_profile(db: Database) -> OrgProfile:
    """Return the profile (blank if none has been saved)."""
    from pressdesk.storage.models import Organisation

    with db.session() as session:
        row = session.get(Organisation, 1)
        if row is None:
            return OrgProfile()
        return OrgProfile(
            row_version=row.row_version, **{name: getattr(row, name) for name in _FIELDS}
        )


def document_language_in(session: Session) -> str:
    """The organisation's document language, where a text of unknown language goes."""
    from pressdesk.storage.models import Organisation

    row = session.get(Organisation, 1)
    return row.default_doc_lang if row is not None else "ky"


def document_language(db: Database) -> str:
    """:func:`document_language_in` on a session of its own."""
    with db.session() as session:
        return document_language_in(session)


def save_profile(db: Database, profile: OrgProfile) -> OrgProfile:
    """Validate and store ``profile``; raise ProfileError listing the problems, and
    ChangedMeanwhile if the profile changed since ``profile.row_version`` was read."""
    from pressdesk.services.concurrency import claim_unchanged
    from pressdesk.storage.models import Organisation

    cleaned = replace(
        profile,
        **{
            name: getattr(profile, name).strip()
            for name in _FIELDS
            if isinstance(getattr(profile, name), str)
        },
    )
    problems = validate(cleaned)
    if problems:
        raise ProfileError(LINES, lines=problems)
    with db.session() as session:
        claim_unchanged(session, Organisation, 1, profile.row_version)
        row = session.get(Organisation, 1)
        if row is None:
            row = Organisation(id=1)
            session.add(row)
        for name in _FIELDS:
            setattr(row, name, getattr(cleaned, name))
        session.flush()
        return replace(cleaned, row_version=row.row_version)


def acting_name(db: Database) -> str:
    """Return whose name goes into histories and approvals for changes made here: the staff
    member chosen on this computer (team mode), else the press secretary of the profile."""
    return db.acting_name or get_profile(db).secretary_name
