"""Plan a contact import row by row, without writing: who is new, who changes, what merges."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.documents.locale import LANGS
from pressdesk.exchange.phones import check_email, check_phone, clean_value
from pressdesk.messages import Message
from pressdesk.services.contacts.records import PersonValues, check_person, person_records
from pressdesk.services.contacts.values import (
    EmailValue,
    MessengerValue,
    PersonRecord,
    PhoneValue,
    text_to_codes,
)
from pressdesk.services.contacts.vocabulary import Vocabulary, same_topics
from pressdesk.storage.contacts_models import Outlet, Person, PersonEmail, PersonPhone
from pressdesk.storage.contacts_search import search_fold
from pressdesk.textfold import fold

Progress = Callable[[int, int], bool]

# Rows between progress reports, and rows matched against the base at a time.
_PROGRESS_EVERY = 200
_WINDOW = 500


class Cancelled(Exception):
    """Raised inside the import transaction when the progress callback asks to stop."""


def merge_text(existing: Bi, new: Bi) -> Bi:
    """The value after an import brings ``new``: it fills empty languages; a changed one wins.

    A file that says the same (or nothing) keeps the stored value; a file that gives another
    text in a language replaces the whole value, as the other language described the old one.
    """
    if new.empty:
        return existing
    merged = existing
    for lang in LANGS:
        text = new.get(lang)
        if not text:
            continue
        if existing.get(lang) and fold(existing.get(lang)) != fold(text):
            return new
        merged = merged.with_value(lang, existing.get(lang) or text)
    return merged


def merge_person(existing: PersonRecord, new: PersonRecord, outlet_id: int | None) -> PersonRecord:
    """Return a stored person after an import brings ``new``: values added, none lost."""
    phones = {p.e164 or p.raw for p in existing.phones}
    emails = {e.address.casefold() for e in existing.emails}
    handles = {(m.service, m.handle) for m in existing.messengers}
    return replace(
        existing,
        position=merge_text(existing.position, new.position),
        outlet_id=outlet_id if outlet_id is not None else existing.outlet_id,
        kind=new.kind if new.kind != "journalist" else existing.kind,
        phones=existing.phones
        + tuple(
            p for p in new.phones if (check_phone(p.raw).e164 or clean_value(p.raw)) not in phones
        ),
        emails=existing.emails
        + tuple(
            e
            for e in new.emails
            if (check_email(e.address).address or e.address).casefold() not in emails
        ),
        messengers=existing.messengers
        + tuple(m for m in new.messengers if (m.service, m.handle) not in handles),
        topics=existing.topics
        + tuple(t for t in new.topics if not any(same_topics(t, o) for o in existing.topics)),
        languages=existing.languages | new.languages,
        source=new.source or existing.source,
        birthday=new.birthday or existing.birthday,
        last_verified=new.last_verified or existing.last_verified,
        do_not_contact=existing.do_not_contact or new.do_not_contact,
        notes=existing.notes
        if not new.notes or new.notes.strip() in existing.notes
        else f"{existing.notes}\n{new.notes}".strip(),
    )


@dataclass
class Change:
    """A person the import creates or changes, as it will be stored."""

    values: PersonValues
    outlet_id: int | None
    outlet_since: dt.date | None
    last_contacted: dt.date | None
    # The vCard UID and structured name kept with the person (see contacts_models.Person).
    card: tuple[str, str] = ("", "")
    # The person's topics in the vocabulary (ids below zero are topics the import creates).
    topic_ids: tuple[int, ...] = ()
    # own_search_text of ``values`` when it was made while the file was read.
    search: tuple[str, str] | None = None


class Checked(NamedTuple):
    """A row that passed the checks, with the card keys it brings."""

    line: int
    record: PersonRecord
    outlet: str
    card: tuple[str, str]
    # check_person of the record, made while the file is read; None leaves it to the plan.
    values: PersonValues | None = None
    # own_search_text of those values: the folded name and the person's own search text.
    search: tuple[str, str] | None = None


def _keys(item: Checked) -> tuple[list[str], list[str], str]:
    """The keys a row is matched by: its normalised e-mails, its phones in E.164, its UID."""
    values = item.values
    if values is not None:
        # The checked values keep each address and number once, in the file's order.
        return (
            [normalized for _address, normalized, _valid in values.emails],
            [e164 for _raw, e164, _kind, _valid in values.phones],
            item.card[0],
        )
    return (
        [check_email(e.address).normalized for e in item.record.emails],
        [check_phone(p.raw).e164 for p in item.record.phones],
        item.card[0],
    )


class Plan:
    """Decide row by row what to create and change, without writing; keys < 0 are new rows."""

    def __init__(self, session: Session, rows: int, progress: Progress | None) -> None:
        self.session = session
        # Each row is two steps, planning and writing; ``rows`` may be an estimate.
        self.steps = 2 * rows
        self.progress = progress
        self.today = clock.today()
        self.created = self.updated = self.unchanged = 0
        self.warnings: list[str] = []
        self.outlets = {
            folded: oid for oid, folded in session.execute(select(Outlet.id, Outlet.name_folded))
        }
        self.names: dict[int, str] = dict(session.execute(select(Outlet.id, Outlet.name)).all())
        self.new_outlets: dict[int, str] = {}
        self.topics = Vocabulary.load(session)
        # Resolving names again gives the same topics once they are planned, and a file repeats
        # a few topic names on most rows: each distinct list is resolved once.
        self._resolved: dict[tuple[Bi, ...], tuple[int, ...]] = {}
        self.by_email: dict[str, int] = dict(
            session.execute(select(PersonEmail.normalized, PersonEmail.person_id)).all()
        )
        self.by_email.pop("", None)
        self.by_phone: dict[str, int] = dict(
            session.execute(select(PersonPhone.e164, PersonPhone.person_id)).all()
        )
        self.by_phone.pop("", None)
        self.db_emails = set(self.by_email)
        self.db_phones = set(self.by_phone)
        self.by_uid: dict[str, int] = dict(
            session.execute(select(Person.vcard_uid, Person.id).where(Person.vcard_uid != "")).all()
        )
        self.db_uids = set(self.by_uid)
        self.cards: dict[int, tuple[str, str]] = {}
        self.changes: dict[int, Change] = {}
        self.history: list[dict[str, Any]] = []
        self._next_key = -1
        self._folded: dict[str, str] = {}
        # The match keys given to people since the last write: they take their real ids and,
        # once written, are stored keys.
        self._planned_keys: list[tuple[dict[str, int], set[str], str]] = []
        #: Stored topics given a name in another language, over every write.
        self.completed_topics: set[int] = set()
        self.outlets_created = 0

    def written(self, ids: dict[int, int], outlet_ids: dict[int, int]) -> None:
        """Take the real ids of what was just written and start planning the next rows.

        ``ids`` maps each planned person (key < 0) to its new id, ``outlet_ids`` each planned
        outlet. Later rows then match these people as stored ones, read back from the base.
        """
        for index, known, key in self._planned_keys:
            pid = index[key]
            index[key] = ids.get(pid, pid)
            known.add(key)
        self._planned_keys.clear()
        for folded, oid in self.outlets.items():
            if oid < 0:
                self.outlets[folded] = outlet_ids[oid]
        for planned, real in outlet_ids.items():
            self.names[real] = self.names.pop(planned)
        self.outlets_created += len(self.new_outlets)
        self.new_outlets.clear()
        self.changes.clear()
        self.history.clear()

    def report(self, done: int) -> None:
        """Pass progress on; raise Cancelled when the caller asks to stop."""
        if self.progress is not None and not self.progress(done, self.steps):
            raise Cancelled

    def resolve_topics(self, names: Sequence[Bi]) -> tuple[int, ...]:
        """Return the topic ids of ``names``, planning new topics for unknown names."""
        key = tuple(names)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = tuple(self.topics.resolve(key))
        return found

    def _new_key(self) -> int:
        key = self._next_key
        self._next_key -= 1
        return key

    def topics_written(self, real: dict[int, int]) -> None:
        """Take the real ids of topics just written (planned id → id)."""
        if real:
            self._resolved = {
                names: tuple(real.get(t, t) for t in ids) for names, ids in self._resolved.items()
            }
        self.completed_topics.update(self.topics.completed)

    def run(self, checked: list[Checked], done: int = 0) -> None:
        """Plan checked rows in file order, as if each were saved one after another.

        Rows are taken out of ``checked`` as they are planned, so a row is held once: as read
        or as planned. ``done`` is the progress step the rows start at.
        """
        folded = self._folded
        for item in checked:
            outlet = item.outlet
            if not outlet or outlet in folded:
                continue
            key = folded[outlet] = search_fold(outlet)
            if key not in self.outlets:
                oid = self._new_key()
                self.outlets[key] = oid
                self.names[oid] = self.new_outlets[oid] = outlet
        checked.reverse()
        start = done
        while checked:
            window = [checked.pop() for _ in range(min(_WINDOW, len(checked)))]
            keys = [_keys(item) for item in window]
            # Stored people this window can match; people changed earlier are in self.changes.
            wanted = {
                pid
                for emails, phones, uid in keys
                if (pid := self._match(emails, phones, uid, stored_only=True)) is not None
                and pid not in self.changes
            }
            stored = person_records(self.session, wanted) if wanted else {}
            if wanted:
                self.cards.update(
                    (pid, (uid, parts))
                    for pid, uid, parts in self.session.execute(
                        select(Person.id, Person.vcard_uid, Person.name_parts).where(
                            Person.id.in_(sorted(wanted))
                        )
                    )
                )
            for offset, (item, row_keys) in enumerate(zip(window, keys, strict=True)):
                if (start + offset) % _PROGRESS_EVERY == 0:
                    self.report(start + offset)
                self._row(item, row_keys, stored)
            start += len(window)

    def _match(
        self, emails: list[str], phones: list[str], uid: str, *, stored_only: bool
    ) -> int | None:
        by_email, by_phone = self.by_email, self.by_phone
        if uid and uid in self.by_uid and (not stored_only or uid in self.db_uids):
            return self.by_uid[uid]
        for e in emails:
            if e and e in by_email and (not stored_only or e in self.db_emails):
                return by_email[e]
        for p in phones:
            if p and p in by_phone and (not stored_only or p in self.db_phones):
                return by_phone[p]
        return None

    def _row(
        self,
        item: Checked,
        keys: tuple[list[str], list[str], str],
        stored: dict[int, PersonRecord],
    ) -> None:
        line, record, outlet = item.line, item.record, item.outlet
        emails, phones, uid = keys
        # The file's topic names complete the vocabulary even for a person left unchanged.
        self.resolve_topics(record.topics)
        outlet_id = self.outlets.get(self._folded[outlet]) if outlet else None
        key = self._match(emails, phones, uid, stored_only=False)
        if key is not None:
            change = self.changes.get(key)
            existing = self._record(key, change) if change is not None else stored[key]
            old_card = change.card if change is not None else self.cards.get(key, ("", ""))
            # The person keeps the UID and name structure they have; a first one is taken.
            card = (old_card[0] or item.card[0], old_card[1] or item.card[1])
            merged = merge_person(existing, record, outlet_id)
            if merged == existing and card == old_card:
                self.unchanged += 1
                return
            values = check_person(merged)
            since = existing.outlet_since
            if existing.outlet_id != merged.outlet_id:
                if existing.outlet_id is not None:
                    self.history.append(
                        {
                            "person_id": key,
                            "outlet_id": existing.outlet_id,
                            "outlet_name": self.names[existing.outlet_id],
                            "position_ky": existing.position.ky,
                            "position_ru": existing.position.ru,
                            "started_on": existing.outlet_since,
                            "ended_on": self.today,
                        }
                    )
                since = self.today if merged.outlet_id is not None else None
            self.changes[key] = Change(
                values,
                merged.outlet_id,
                since,
                existing.last_contacted,
                card,
                self.resolve_topics(values.topics),
            )
            self.updated += 1
        else:
            search = None
            if item.values is not None:
                values, search = item.values, item.search
            else:
                values = check_person(record)
            key = self._new_key()
            since = record.outlet_since or (self.today if outlet_id else None)
            self.changes[key] = Change(
                values,
                outlet_id,
                since,
                None,
                item.card,
                self.resolve_topics(values.topics),
                search,
            )
            self.created += 1
        if values.warnings:
            self.warnings += [Message("problem.row", line=line, problem=w) for w in values.warnings]
        planned = self._planned_keys
        for index, known, found in (
            (self.by_email, self.db_emails, emails),
            (self.by_phone, self.db_phones, phones),
            (self.by_uid, self.db_uids, (uid,)),
        ):
            for one in found:
                if one and one not in index:
                    index[one] = key
                    planned.append((index, known, one))

    def _record(self, key: int, change: Change) -> PersonRecord:
        """Return the record of a planned person as reading it back after the save would."""
        v = change.values
        return PersonRecord(
            id=key,
            full_name=v.full_name,
            kind=v.kind,
            position=v.position,
            outlet_id=change.outlet_id,
            outlet_name=self.names.get(change.outlet_id, "") if change.outlet_id else "",
            outlet_since=change.outlet_since,
            topics=self.topics.ordered(change.topic_ids),
            phones=tuple(
                PhoneValue(raw, kind, e164, valid, "" if valid else f"{raw!r} is invalid")
                for raw, e164, kind, valid in v.phones
            ),
            emails=tuple(
                EmailValue(address, valid, "" if valid else f"{address!r} is invalid")
                for address, _normalized, valid in v.emails
            ),
            messengers=tuple(MessengerValue(service, handle) for service, handle in v.messengers),
            languages=text_to_codes(v.languages),
            preferred_channel=v.preferred_channel,
            birthday=v.birthday,
            source=v.source,
            last_verified=v.last_verified,
            last_contacted=change.last_contacted,
            do_not_contact=v.do_not_contact,
            notes=v.notes,
        )
