"""Before a document is written: the texts it needs that are missing in its language.

Every record whose texts can go into a document is registered here as a section with its
bilingual fields. A document builder lists the records it will print as :class:`Ref` values;
:func:`find_missing` returns every value that is empty in the document's language while the
other language holds one, and every value that holds both languages at once (pasted
«Брифинг / Брифинг»). The user fills them in (:func:`fill_missing`) or prints as entered.
Nothing is ever translated by machine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk.bilingual import Bi, looks_doubled
from pressdesk.documents.locale import check_lang
from pressdesk.storage.engine import Database

LANGUAGE_NAMES = {"ky": "Kyrgyz", "ru": "Russian"}


@dataclass(frozen=True)
class TextField:
    """One bilingual attribute of a record, with its label in English (translated in the GUI)."""

    attr: str
    label: str
    multiline: bool = False
    limit: int = 500


@dataclass(frozen=True)
class Section:
    """Records of one model whose bilingual fields can go into documents."""

    key: str
    label: str
    model: type[Any]
    fields: tuple[TextField, ...]
    # What names a record in the list: a bilingual text or a proper name.
    describe: Callable[[Any], Bi | str]
    # Called after a value was filled in, to refresh search keys kept beside the texts.
    after_fill: Callable[[Session, Any], None] | None = None

    def field(self, attr: str) -> TextField:
        for f in self.fields:
            if f.attr == attr:
                return f
        raise KeyError(attr)


SECTIONS: dict[str, Section] = {}


def register(section: Section) -> Section:
    """Add ``section`` to the registry (``preflight_sections`` registers them on first use)."""
    SECTIONS[section.key] = section
    return section


def section(key: str) -> Section:
    """The registered section ``key``; the registrations are imported on first use."""
    if key not in SECTIONS:
        # The registrations import their models; only the group of ``key`` is loaded.
        from pressdesk.services.preflight_sections import register_section

        register_section(key)
    return SECTIONS[key]


@dataclass(frozen=True, order=True)
class Ref:
    """A record a document prints; ``fields`` limits the check to some of its texts."""

    section: str
    record_id: int
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class MissingValue:
    """A text of a record that the document's language lacks, or that holds both languages."""

    section: str
    record_id: int
    attr: str
    section_label: str
    field_label: str
    record: Bi | str
    # The value as stored in the other language (to fill from), and in the document's one.
    other: str
    current: str
    doubled: bool
    multiline: bool
    limit: int

    @property
    def key(self) -> tuple[str, int, str]:
        return self.section, self.record_id, self.attr

    def record_label(self, lang: str) -> str:
        if isinstance(self.record, Bi):
            return self.record.text(lang)
        return self.record


def _unique(refs: Iterable[Ref]) -> dict[tuple[str, int], set[str]]:
    wanted: dict[tuple[str, int], set[str]] = {}
    for ref in refs:
        sec = section(ref.section)
        attrs = set(ref.fields) if ref.fields else {f.attr for f in sec.fields}
        wanted.setdefault((ref.section, ref.record_id), set()).update(attrs)
    return wanted


_BATCH = 500


def find_missing_in(session: Session, refs: Iterable[Ref], lang: str) -> list[MissingValue]:
    """Every text of the ``refs`` records missing in ``lang``, in the order of the refs."""
    check_lang(lang)
    wanted = _unique(refs)
    by_section: dict[str, list[int]] = {}
    for key, record_id in wanted:
        by_section.setdefault(key, []).append(record_id)
    records: dict[tuple[str, int], Any] = {}
    for key, ids in by_section.items():
        model = section(key).model
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            for record in session.scalars(select(model).where(model.id.in_(chunk))):
                records[(key, record.id)] = record
    result: list[MissingValue] = []
    for (key, record_id), attrs in wanted.items():
        sec = section(key)
        record = records.get((key, record_id))
        if record is None:
            continue
        for f in sec.fields:
            if f.attr not in attrs:
                continue
            value: Bi = getattr(record, f.attr)
            current = value.get(lang)
            doubled = looks_doubled(current)
            if not value.missing(lang) and not doubled:
                continue
            other = value.get("ru" if lang == "ky" else "ky")
            result.append(
                MissingValue(
                    section=key,
                    record_id=record_id,
                    attr=f.attr,
                    section_label=sec.label,
                    field_label=f.label,
                    record=sec.describe(record),
                    other=other,
                    current=current,
                    doubled=doubled,
                    multiline=f.multiline,
                    limit=f.limit,
                )
            )
    return result


def find_missing(db: Database, refs: Iterable[Ref], lang: str) -> list[MissingValue]:
    """:func:`find_missing_in` in a read-only session of ``db``."""
    refs = list(refs)
    with db.session() as session:
        return find_missing_in(session, refs, lang)


def fill_missing(db: Database, values: Mapping[tuple[str, int, str], str], lang: str) -> int:
    """Store the texts the user typed in ``lang``; returns how many values changed."""
    check_lang(lang)
    changed = 0
    with db.session() as session:
        for (key, record_id, attr), text in values.items():
            sec = section(key)
            f = sec.field(attr)
            record = session.get(sec.model, record_id)
            if record is None:
                continue
            new = text.strip()[: f.limit]
            old: Bi = getattr(record, attr)
            if old.get(lang) == new:
                continue
            setattr(record, attr, old.with_value(lang, new))
            if sec.after_fill is not None:
                sec.after_fill(session, record)
            changed += 1
        session.commit()
    return changed


def describe_missing(missing: Iterable[MissingValue], lang: str) -> list[str]:
    """One line per missing value, in English, for the command line."""
    language = LANGUAGE_NAMES[lang]
    lines = []
    for item in missing:
        what = "holds both languages" if item.doubled else f"has no {language} text"
        record = item.record_label(lang).splitlines()[0] if item.record_label(lang) else ""
        lines.append(
            f"{item.section_label} #{item.record_id} «{record}»: {item.field_label} {what}"
        )
    return lines
