"""The press service's local documents (Table 10 of the handbook), filled from the profile.

The regulation on the press service, the press secretary's job description and the reglaments
of interaction with the media, within the body and with the public: each in Kyrgyz or Russian,
approved by the head, written as DOCX or PDF.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pressdesk.documents import FORMATS, Document, render
from pressdesk.documents.local_docs import NAMES, OrgFacts, build_local_document, wording
from pressdesk.documents.locale import Lang, check_lang
from pressdesk.messages import Term, UserError
from pressdesk.services.profile import get_profile
from pressdesk.storage.engine import Database

__all__ = [
    "NAMES",
    "LocalDocumentError",
    "TemplateInfo",
    "export_local_document",
    "list_local_documents",
    "local_document",
]


class LocalDocumentError(UserError, ValueError):
    """A local document cannot be written; the message says why."""


@dataclass(frozen=True)
class TemplateInfo:
    """A local document as the list shows it: its name and its title and summary in ky and ru."""

    name: str
    title_ky: str
    title_ru: str
    summary_ky: str
    summary_ru: str


def list_local_documents() -> list[TemplateInfo]:
    """Return every local document the press service can write, in the handbook's order."""
    ky, _ = wording("ky")
    ru, _ = wording("ru")
    return [
        TemplateInfo(name, ky[name].title, ru[name].title, ky[name].summary, ru[name].summary)
        for name in NAMES
    ]


def _check_name(name: str) -> None:
    if name not in NAMES:
        raise LocalDocumentError("templates.unknown", name=name, allowed=NAMES)


def local_document(db: Database, name: str, *, lang: Lang | str) -> Document:
    """Return local document ``name`` filled with the organisation's details, in one language."""
    _check_name(name)
    language = check_lang(lang)
    profile = get_profile(db)
    org_name = profile.name(language)
    if not org_name.strip():
        raise LocalDocumentError("templates.no_profile")
    facts = OrgFacts(
        org_name=org_name,
        address=profile.address_ky if language == "ky" else profile.address_ru,
        phone=profile.phone,
        email=profile.email,
        website=profile.website,
        head_name=profile.head_name,
        head_title=profile.head_title(language),
        secretary_title=profile.secretary_title(language),
        place=profile.place(language),
    )
    return build_local_document(name, facts, lang=language)


def export_local_document(
    db: Database,
    name: str,
    path: str | os.PathLike[str],
    *,
    lang: Lang | str,
    font_path: str | None = None,
) -> None:
    """Write local document ``name`` to ``path`` (.docx or .pdf) at once or not at all."""
    _check_name(name)
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise LocalDocumentError(
            "file.cannot_write_as",
            what=Term("a local document"),
            suffix=suffix or Term("a file without extension"),
            allowed=FORMATS,
        )
    render(local_document(db, name, lang=lang), path, font_path=font_path)
