"""Build the press service's local documents (regulation, job description, reglaments) from
their wording in one language and the organisation's details.

The wordings live in ``local_docs_ky`` and ``local_docs_ru``, one module per language, so a
translator or native speaker reviews one file. Square brackets mark what the user fills in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pressdesk.documents import model as dm
from pressdesk.documents.locale import Lang

__all__ = [
    "NAMES",
    "Items",
    "LocalText",
    "OrgFacts",
    "Part",
    "build_local_document",
    "wording",
]

# The documents of Table 10 of the handbook that the press service keeps, in the order listed.
NAMES = (
    "press-service-regulation",
    "job-description",
    "media-reglament",
    "internal-reglament",
    "public-reglament",
)


@dataclass(frozen=True)
class Items:
    """A numbered clause that introduces a dash list: "The main tasks are:" and the items."""

    lead: str
    items: Sequence[str]


@dataclass(frozen=True)
class Part:
    """A numbered section: its title and its clauses."""

    title: str
    clauses: Sequence[str | Items]


@dataclass(frozen=True)
class LocalText:
    """The wording of one document in one language."""

    title: str
    sections: Sequence[Part]
    # One line on what the document is for, for ``pressdesk templates list``.
    summary: str = ""


@dataclass(frozen=True)
class OrgFacts:
    """The organisation's details a local document is filled with."""

    org_name: str
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    head_name: str = ""
    head_title: str = ""
    secretary_title: str = ""
    place: str = ""
    extra: Mapping[str, str] = field(default_factory=dict)


def wording(lang: Lang) -> tuple[Mapping[str, LocalText], Mapping[str, str]]:
    """Return the documents' wordings and the fixed labels in ``lang``."""
    # Imported here: the wording modules import the types above.
    if lang == "ky":
        from pressdesk.documents import local_docs_ky

        return local_docs_ky.DOCUMENTS, local_docs_ky.LABELS
    from pressdesk.documents import local_docs_ru

    return local_docs_ru.DOCUMENTS, local_docs_ru.LABELS


def _facts_block(facts: OrgFacts, labels: Mapping[str, str], name: str) -> dm.KeyValue:
    contacts = ", ".join(v for v in (facts.phone, facts.email, facts.website) if v)
    pairs = [
        (labels["org"], facts.org_name),
        (labels["address"], facts.address),
        (labels["contacts"], contacts),
    ]
    if name == "job-description":
        pairs.append((labels["post"], facts.secretary_title or labels["post_blank"]))
    return dm.KeyValue([(k, v) for k, v in pairs if v])


def build_local_document(
    name: str,
    facts: OrgFacts,
    *,
    lang: Lang,
    date: dt.date | None = None,
    generated_at: dt.datetime | None = None,
) -> dm.Document:
    """Return document ``name`` for the organisation, approved by its head."""
    documents, labels = wording(lang)
    text = documents[name]
    blocks: list[dm.Block] = [_facts_block(facts, labels, name), dm.Spacer(2)]
    for part in text.sections:
        inner: list[dm.Block] = []
        for clause in part.clauses:
            if isinstance(clause, Items):
                inner.append(dm.Clause(clause.lead))
                inner.append(dm.BulletList(list(clause.items)))
            else:
                inner.append(dm.Clause(clause))
        blocks.append(dm.Section(part.title, inner))
    approval = (
        dm.Approval(title=facts.head_title, name=facts.head_name)
        if facts.head_name or facts.head_title
        else dm.Approval(title=labels["head_blank"], name="")
    )
    return dm.Document(
        lang=lang,
        title=text.title,
        org_name=facts.org_name,
        blocks=blocks,
        approval=approval,
        place=facts.place or None,
        date=date,
        author=facts.org_name or None,
        subject=text.title,
        generated_at=generated_at,
    )
