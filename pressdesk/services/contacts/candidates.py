"""Check one contact read from a file: the person record, what goes to the notes, and why not.

A value PressDesk has no field for (nickname, department, address, website, a birthday without
a year or given as text, a language without a code) is kept as a labelled line of the notes
(see exchange.contact_notes). In files other programs wrote such a value never refuses the
contact: the import report says where it went. A contact without a name is named after its
e-mail address, phone or organisation and flagged in its notes for review.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from pressdesk.bilingual import Bi
from pressdesk.exchange.contact_candidates import ContactCandidate
from pressdesk.exchange.contact_notes import join_notes, line, partial_birthday
from pressdesk.exchange.contacts_io import NO_WORDS, YES_WORDS, code_of
from pressdesk.exchange.im_services import SERVICES
from pressdesk.exchange.names import NameParts, name_matches
from pressdesk.exchange.phones import clean_value
from pressdesk.exchange.tabular import parse_date
from pressdesk.exchange.vcard import format_name_parts, normalise_birthday
from pressdesk.messages import Message, Term
from pressdesk.services.contacts.records import MAX_NAME, MAX_TEXT, MAX_TOPIC
from pressdesk.services.contacts.values import (
    MESSENGERS,
    EmailValue,
    MessengerValue,
    PersonRecord,
    PhoneValue,
)

MAX_UID = 300
# Written into the notes of a person whose name had to be made up, so the flag stays visible.
REVIEW_NOTE = "Имя составлено при импорте из {source} — проверьте."
_REVIEW_SOURCES = {
    "email": "адреса эл. почты",
    "phone": "номера телефона",
    "organisation": "названия организации",
    "nickname": "псевдонима",
}
# Positions and topics repeat from row to row; guessing their language is the slow part.
_guess = lru_cache(maxsize=4096)(Bi.guess)
_YES_NO = YES_WORDS | NO_WORDS
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_BDAY_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


@dataclass
class CheckedCandidate:
    """The outcome of checking one candidate.

    ``reasons`` refuse the row; ``warnings`` only report (values moved to the notes, a photo
    left out, a made-up name). ``uid`` and ``name_parts`` are kept with the person.
    """

    record: PersonRecord
    outlet: str
    reasons: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    uid: str = ""
    name_parts: str = ""


def _words_of_address(address: str) -> str:
    local = address.partition("@")[0]
    words = [w for w in re.split(r"[._\-+]+", local) if w]
    if len(words) >= 2 and all(w.isalpha() for w in words):
        return " ".join(w.capitalize() for w in words)
    return address


def derived_name(candidate: ContactCandidate) -> tuple[str, str]:
    """Return a name for a contact without one and what it was made from ("" if nothing)."""
    for address in candidate.emails:
        if clean_value(address):
            return _words_of_address(clean_value(address)), "email"
    for number, _kind in candidate.phones:
        if clean_value(number):
            return clean_value(number), "phone"
    if clean_value(candidate.outlet):
        return clean_value(candidate.outlet), "organisation"
    if clean_value(candidate.nickname):
        return clean_value(candidate.nickname), "nickname"
    return "", ""


def last_verified_date(text: str, reasons: list[str]) -> dt.date | None:
    """Read a "last verified" date; a bad one is a reason to refuse the row."""
    value = text.strip()
    match = _BDAY_COMPACT.match(value)
    if match:
        value = f"{match[1]}-{match[2]}-{match[3]}"
    try:
        return parse_date(value)
    except ValueError as exc:
        reasons.append(Message("problem.verified_bad", value=repr(value), reason=str(exc)))
        return None


def _birthday(
    candidate: ContactCandidate, notes: list[str], warnings: list[str], reasons: list[str]
) -> dt.date | None:
    raw = " ".join(candidate.birthday.split())
    if not raw:
        return None
    value = normalise_birthday(raw)
    if _ISO_DATE.match(value):
        return dt.date.fromisoformat(value)
    if value.startswith("--"):
        notes.append(line("birthday", partial_birthday(int(value[2:4]), int(value[5:7]))))
        warnings.append(Message("problem.birthday_no_year", value=repr(raw)))
        return None
    try:
        return parse_date(raw)
    except ValueError as exc:
        if not candidate.lenient:
            reasons.append(Message("problem.birthday_bad", value=repr(raw), reason=str(exc)))
            return None
    notes.append(line("birthday", raw))
    warnings.append(Message("problem.birthday_kept", value=repr(raw)))
    return None


def _languages(
    candidate: ContactCandidate, notes: list[str], warnings: list[str]
) -> frozenset[str]:
    codes: set[str] = set()
    if not candidate.languages:
        return frozenset(codes)
    unknown: list[str] = []
    for word in re.split(r"[,;/+\s]+", candidate.languages):
        if word:
            code = code_of("language", word)
            if code is None:
                unknown.append(word)
            else:
                codes.add(code)
    if unknown:
        notes.append(line("languages", ", ".join(unknown)))
        listed = ", ".join(repr(w) for w in unknown)
        warnings.append(Message("problem.unknown_language", value=listed))
    return frozenset(codes)


def _messengers(candidate: ContactCandidate) -> tuple[MessengerValue, ...]:
    found: list[MessengerValue] = []
    for service, raw in candidate.messengers:
        handle = clean_value(raw)
        if not handle:
            continue
        if service in MESSENGERS:
            value = MessengerValue(service, handle[:200])
        else:
            # The service is kept with the handle, so the export writes it back by name.
            label = SERVICES.get(service, service.strip())
            value = MessengerValue("other", f"{label}: {handle}"[:200] if label else handle)
        if value not in found:
            found.append(value)
    return tuple(found)


def _position(candidate: ContactCandidate, lang: str) -> Bi:
    """The position from a file's Kyrgyz and Russian columns, or its one column.

    A one-language text fills the language it is written in (``lang`` when it gives no clue);
    beside the two columns it only fills a language they leave empty.
    """
    return _position_of(candidate.position, candidate.position_ky, candidate.position_ru, lang)


# A file repeats a few positions and topic lists on most of its rows.
@lru_cache(maxsize=4096)
def _position_of(position: str, position_ky: str, position_ru: str, lang: str) -> Bi:
    both = Bi(clean_value(position_ky), clean_value(position_ru))
    single = clean_value(position)
    if not single:
        return both
    guessed = _guess(single, lang)
    if both.empty:
        return guessed
    target = "ky" if guessed.ky else "ru"
    return both if both.get(target) else both.with_value(target, single)


def _topics(candidate: ContactCandidate, lang: str) -> tuple[Bi, ...]:
    """Topic names from the file: pairs from two columns of equal length, else each alone."""
    return _topics_of(
        tuple(candidate.topics), tuple(candidate.topics_ky), tuple(candidate.topics_ru), lang
    )


@lru_cache(maxsize=4096)
def _topics_of(
    topics: tuple[str, ...], topics_ky: tuple[str, ...], topics_ru: tuple[str, ...], lang: str
) -> tuple[Bi, ...]:
    ky = [t for t in map(clean_value, topics_ky) if t]
    ru = [t for t in map(clean_value, topics_ru) if t]
    if ky and ru and len(ky) == len(ru):
        found = [Bi(a, b) for a, b in zip(ky, ru, strict=True)]
    else:
        found = [Bi.one(t, "ky") for t in ky] + [Bi.one(t, "ru") for t in ru]
    found += [_guess(t, lang) for t in map(clean_value, topics) if t]
    return tuple(found)


@lru_cache(maxsize=4096)
def _topic_too_long(topics: tuple[Bi, ...]) -> bool:
    return any(max(len(t.ky), len(t.ru)) > MAX_TOPIC for t in topics)


@lru_cache(maxsize=4096)
def _stored_topics(topics: tuple[Bi, ...]) -> tuple[Bi, ...]:
    return tuple(Bi(t.ky[:MAX_TOPIC], t.ru[:MAX_TOPIC]) for t in topics)


def check_candidate(candidate: ContactCandidate, lang: str = "ky") -> CheckedCandidate:
    """Check one candidate; see the module docstring for what is kept where.

    ``lang`` is the organisation's document language, for texts that give no clue of theirs.
    """
    reasons: list[str] = []
    warnings = list(candidate.problems)
    notes: list[str] = []
    name = clean_value(candidate.full_name)
    if not name and candidate.name_optional:
        name, made_from = derived_name(candidate)
        if name:
            notes.append(REVIEW_NOTE.format(source=_REVIEW_SOURCES[made_from]))
            warnings.append(Message("problem.named_after", name=repr(name), source=Term(made_from)))
        else:
            reasons.append(Message("problem.no_name_at_all"))
    elif not name:
        reasons.append(Message("problem.name_empty"))
    if len(name) > MAX_NAME:
        reasons.append(Message("problem.name_too_long", limit=MAX_NAME, length=len(name)))
    position = _position(candidate, lang)
    if max(len(position.ky), len(position.ru)) > MAX_NAME:
        reasons.append(Message("problem.position_too_long", limit=MAX_NAME))
    outlet = clean_value(candidate.outlet)
    if len(outlet) > MAX_NAME:
        reasons.append(Message("problem.outlet_too_long", limit=MAX_NAME))
    kind = "journalist"
    if candidate.kind.strip():
        found = code_of("person_kind", candidate.kind)
        if found is None:
            reasons.append(Message("problem.unknown_kind", value=repr(candidate.kind.strip())))
        else:
            kind = found
    nickname = clean_value(candidate.nickname)
    if nickname and nickname.casefold() != name.casefold():
        notes.append(line("nickname", nickname))
    department = clean_value(candidate.department)
    if department:
        notes.append(line("department", department))
    notes += [line("address", a.text(), a.kind) for a in candidate.addresses if a.text()]
    notes += [line("website", url) for url in map(clean_value, candidate.urls) if url]
    birthday = _birthday(candidate, notes, warnings, reasons)
    languages = _languages(candidate, notes, warnings)
    if candidate.photo:
        warnings.append(Message("problem.photo_skipped"))
    topics = _topics(candidate, lang)
    if _topic_too_long(topics):
        reasons.append(Message("problem.topic_too_long", limit=MAX_TOPIC))
    all_notes = join_notes(candidate.notes, notes)
    if len(all_notes) > MAX_TEXT:
        reasons.append(Message("problem.notes_too_long", limit=MAX_TEXT))
    dnc = candidate.do_not_contact.strip().casefold()
    if dnc not in _YES_NO:
        reasons.append(Message("problem.yes_or_no", value=repr(candidate.do_not_contact)))
    last_verified = (
        last_verified_date(candidate.last_verified, reasons)
        if candidate.last_verified.strip()
        else None
    )
    record = PersonRecord(
        full_name=name[:MAX_NAME],
        kind=kind,
        position=Bi(position.ky[:MAX_NAME], position.ru[:MAX_NAME]),
        topics=_stored_topics(topics),
        phones=tuple(PhoneValue(raw, phone_kind) for raw, phone_kind in candidate.phones),
        emails=tuple(EmailValue(e) for e in candidate.emails),
        messengers=_messengers(candidate),
        languages=languages,
        source=clean_value(candidate.source)[:300],
        birthday=birthday,
        last_verified=last_verified,
        do_not_contact=dnc in YES_WORDS,
        notes=all_notes[:MAX_TEXT],
    )
    parts = NameParts()
    if any(candidate.name_parts):
        parts = NameParts(*(clean_value(p) for p in candidate.name_parts))
    if any(parts) and not name_matches(name, parts):
        # A structure that does not spell the name PressDesk shows would contradict it on export.
        parts = NameParts()
    return CheckedCandidate(
        record,
        outlet[:MAX_NAME],
        reasons,
        warnings,
        clean_value(candidate.uid)[:MAX_UID],
        format_name_parts(parts)[:600] if any(parts) else "",
    )
