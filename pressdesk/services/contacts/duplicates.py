"""Find likely duplicate people and merge two records without losing anything."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.contacts.log import refresh_last_contacted
from pressdesk.services.contacts.query import person_rows
from pressdesk.services.contacts.records import get_person, reindex_people
from pressdesk.services.contacts.values import (
    ContactError,
    ContactNotFound,
    PersonRecord,
    PersonRow,
    codes_to_text,
    text_to_codes,
)
from pressdesk.storage.contacts_models import (
    Interaction,
    Outlet,
    OutletHistory,
    Person,
    PersonEmail,
    PersonMessenger,
    PersonPhone,
    contact_list_person,
)
from pressdesk.storage.engine import Database

NAME_THRESHOLD = 0.88
# Beyond this many people at one outlet, only names with the same first letter are compared.
FULL_COMPARE_LIMIT = 300


@dataclass(frozen=True)
class DuplicatePair:
    """Two people who are probably the same, and why."""

    first: PersonRow
    second: PersonRow
    reasons: tuple[str, ...]
    score: float


def name_similarity(a: str, b: str) -> float:
    """Return 0–1 similarity of two folded names, ignoring word order."""
    if not a or not b:
        return 0.0
    straight = SequenceMatcher(None, a, b).ratio()
    sorted_a, sorted_b = " ".join(sorted(a.split())), " ".join(sorted(b.split()))
    return max(straight, SequenceMatcher(None, sorted_a, sorted_b).ratio())


def _similar_enough(a: tuple[str, str], b: tuple[str, str], threshold: float) -> float | None:
    """Return the similarity of two (name, sorted name) pairs if it reaches ``threshold``.

    The cheap upper bounds of SequenceMatcher rule out most pairs before the full ratio.
    """
    best: float | None = None
    for x, y in ((a[0], b[0]), (a[1], b[1])):
        matcher = SequenceMatcher(None, x, y)
        if matcher.real_quick_ratio() < threshold or matcher.quick_ratio() < threshold:
            continue
        score = matcher.ratio()
        if score >= threshold and (best is None or score > best):
            best = score
    return best


def _shared(
    session: Session,
    column: InstrumentedAttribute[str],
    person: InstrumentedAttribute[int],
    label: str,
) -> dict[tuple[int, int], list[str]]:
    found: dict[tuple[int, int], list[str]] = defaultdict(list)
    groups: dict[str, list[int]] = defaultdict(list)
    dup_values = (
        select(column)
        .where(column != "")
        .group_by(column)
        .having(func.count(func.distinct(person)) > 1)
    )
    for value, pid in session.execute(select(column, person).where(column.in_(dup_values))):
        if pid not in groups[value]:
            groups[value].append(pid)
    for value, ids in groups.items():
        ids.sort()
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                found[(a, b)].append(f"{label} {value}")
    return found


def find_duplicates(db: Database, *, threshold: float = NAME_THRESHOLD) -> list[DuplicatePair]:
    """Return pairs with the same phone or e-mail, or a very similar name at the same outlet."""
    with db.session() as session:
        reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
        scores: dict[tuple[int, int], float] = defaultdict(float)
        for column, person, label in (
            (PersonPhone.e164, PersonPhone.person_id, "same phone"),
            (PersonEmail.normalized, PersonEmail.person_id, "same e-mail"),
        ):
            for pair, why in _shared(session, column, person, label).items():
                reasons[pair].extend(why)
                scores[pair] = 1.0
        by_outlet: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for pid, outlet_id, name in session.execute(
            select(Person.id, Person.outlet_id, Person.search_name).where(
                Person.outlet_id.is_not(None)
            )
        ):
            by_outlet[outlet_id or 0].append((pid, name))
        for people in by_outlet.values():
            blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
            if len(people) > FULL_COMPARE_LIMIT:
                for pid, name in people:
                    blocks[name[:1]].append((pid, name))
            else:
                blocks[""] = people
            for block in blocks.values():
                block.sort()
                keyed = [
                    (pid, (name, " ".join(sorted(name.split())))) for pid, name in block if name
                ]
                for i, (a, name_a) in enumerate(keyed):
                    for b, name_b in keyed[i + 1 :]:
                        score = _similar_enough(name_a, name_b, threshold)
                        if score is not None:
                            reasons[(a, b)].append(f"similar name at the same outlet ({score:.2f})")
                            scores[(a, b)] = max(scores[(a, b)], score)
        ids = sorted({pid for pair in reasons for pid in pair})
        rows = {row.id: row for row in person_rows(session, ids)}
    pairs = [
        DuplicatePair(rows[a], rows[b], tuple(why), scores[(a, b)])
        for (a, b), why in reasons.items()
        if a in rows and b in rows
    ]
    return sorted(pairs, key=lambda p: (-p.score, p.first.id, p.second.id))


def merge_people(db: Database, keep_id: int, drop_id: int) -> PersonRecord:
    """Merge ``drop_id`` into ``keep_id``: phones, e-mails, topics, lists and log all move."""
    if keep_id == drop_id:
        raise ContactError("contacts.merge_self")
    with db.session() as session:
        keep = session.get(Person, keep_id)
        drop = session.get(Person, drop_id)
        if keep is None or drop is None:
            raise ContactNotFound(f"No person with id {keep_id if keep is None else drop_id}.")
        phones = {p.e164 or p.raw for p in keep.phones}
        for phone in list(drop.phones):
            if (phone.e164 or phone.raw) not in phones:
                keep.phones.append(
                    PersonPhone(
                        position=len(keep.phones),
                        raw=phone.raw,
                        e164=phone.e164,
                        kind=phone.kind,
                        valid=phone.valid,
                    )
                )
        emails = {e.normalized or e.address.casefold() for e in keep.emails}
        for email in list(drop.emails):
            if (email.normalized or email.address.casefold()) not in emails:
                keep.emails.append(
                    PersonEmail(
                        position=len(keep.emails),
                        address=email.address,
                        normalized=email.normalized,
                        valid=email.valid,
                    )
                )
        handles = {(m.service, m.handle.casefold()) for m in keep.messengers}
        for messenger in list(drop.messengers):
            if (messenger.service, messenger.handle.casefold()) not in handles:
                keep.messengers.append(
                    PersonMessenger(
                        position=len(keep.messengers),
                        service=messenger.service,
                        handle=messenger.handle,
                    )
                )
        keep.topics = list({t.id: t for t in [*keep.topics, *drop.topics]}.values())
        _merge_fields(session, keep, drop)
        for table, column in ((contact_list_person, contact_list_person.c.person_id),):
            lists = set(session.scalars(select(table.c.list_id).where(column == drop_id)))
            have = set(session.scalars(select(table.c.list_id).where(column == keep_id)))
            new = sorted(lists - have)
            if new:
                session.execute(insert(table), [{"list_id": i, "person_id": keep_id} for i in new])
            session.execute(delete(table).where(column == drop_id))
        session.execute(
            update(Interaction).where(Interaction.person_id == drop_id).values(person_id=keep_id)
        )
        session.execute(
            update(OutletHistory)
            .where(OutletHistory.person_id == drop_id)
            .values(person_id=keep_id)
        )
        session.flush()
        session.delete(drop)
        session.flush()
        reindex_people(session, [keep_id])
        refresh_last_contacted(session, [keep_id])
    return get_person(db, keep_id)


def _merge_fields(session: Session, keep: Person, drop: Person) -> None:
    for name in ("source", "preferred_channel"):
        if not getattr(keep, name):
            setattr(keep, name, getattr(drop, name))
    # The position fills each language the kept record has no text in.
    keep.position = Bi(keep.position.ky or drop.position.ky, keep.position.ru or drop.position.ru)
    if keep.birthday is None:
        keep.birthday = drop.birthday
    if drop.notes and drop.notes not in keep.notes:
        keep.notes = f"{keep.notes}\n{drop.notes}".strip()
    keep.languages = codes_to_text(text_to_codes(keep.languages) | text_to_codes(drop.languages))
    dates = [d for d in (keep.last_verified, drop.last_verified) if d is not None]
    keep.last_verified = max(dates) if dates else None
    keep.do_not_contact = keep.do_not_contact or drop.do_not_contact
    if drop.outlet_id is not None and keep.outlet_id is None:
        keep.outlet_id = drop.outlet_id
        keep.outlet_since = drop.outlet_since
    elif drop.outlet_id is not None and drop.outlet_id != keep.outlet_id:
        outlet = session.get(Outlet, drop.outlet_id)
        session.add(
            OutletHistory(
                person_id=keep.id,
                outlet_id=drop.outlet_id,
                outlet_name=outlet.name if outlet else "",
                position=drop.position,
                started_on=drop.outlet_since,
                ended_on=clock.today(),
            )
        )
