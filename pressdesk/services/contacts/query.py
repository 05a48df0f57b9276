"""Find, filter, sort and page through outlets and people; SQL does the work."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, false, func, or_, select, true
from sqlalchemy.orm import Session

from pressdesk.bilingual import Bi
from pressdesk.services.contacts.values import (
    OUTLET_SORTS,
    PERSON_SORTS,
    ContactError,
    ContactNotFound,
    OutletFilter,
    OutletRow,
    Page,
    PersonFilter,
    PersonRow,
    PhoneValue,
    text_to_codes,
)
from pressdesk.services.contacts.vocabulary import Vocabulary, topic_order
from pressdesk.storage.contacts_models import (
    ContactList,
    Outlet,
    Person,
    PersonEmail,
    PersonPhone,
    Topic,
    contact_list_outlet,
    contact_list_person,
    person_topic,
)
from pressdesk.storage.contacts_search import (
    count_matches,
    match_subquery,
    ranked_ids,
    search_fold,
)
from pressdesk.storage.engine import Database

MAX_PAGE = 1000


def _outlet_conditions(session: Session, flt: OutletFilter) -> list[ColumnElement[bool]]:
    cond: list[ColumnElement[bool]] = []
    if flt.text.strip():
        for term in search_fold(flt.text).split():
            cond.append(Outlet.name_folded.contains(term, autoescape=True))
    for values, column in (
        (flt.kinds, Outlet.kind),
        (flt.scales, Outlet.scale),
        (flt.regions, Outlet.region),
        (flt.ownerships, Outlet.ownership),
    ):
        if values:
            cond.append(column.in_(sorted(values)))
    for values, column in (
        (flt.languages, Outlet.languages),
        (flt.platforms, Outlet.platforms),
        (flt.formats, Outlet.formats),
    ):
        if values:
            cond.append(or_(*(column.contains(f",{v},", autoescape=True) for v in values)))
    for flag, flag_column in (
        (flt.first_wave, Outlet.first_wave),
        (flt.exclusive_partner, Outlet.exclusive_partner),
    ):
        if flag is not None:
            cond.append(flag_column.is_(flag))
    if flt.list_id is not None:
        cond.append(
            Outlet.id.in_(
                select(contact_list_outlet.c.outlet_id).where(
                    contact_list_outlet.c.list_id == flt.list_id
                )
            )
        )
    if flt.ids:
        cond.append(Outlet.id.in_(sorted(flt.ids)))
    return cond


def list_outlets(
    db: Database,
    flt: OutletFilter | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
    counted: bool = True,
) -> Page[OutletRow]:
    """Return a page of outlets matching ``flt``, sorted on any column.

    Without ``counted`` the total is not counted (a list that counted once already): the page
    then says only how far it reaches.
    """
    flt = flt or OutletFilter()
    _check_page(sort, OUTLET_SORTS, offset, limit)
    people = select(func.count(Person.id)).where(Person.outlet_id == Outlet.id).scalar_subquery()
    columns: dict[str, Any] = {
        "name": Outlet.name_sort,
        "kind": Outlet.kind,
        "scale": Outlet.scale,
        "region": Outlet.region,
        "languages": Outlet.languages,
        "ownership": Outlet.ownership,
        "platforms": Outlet.platforms,
        "circulation": Outlet.circulation,
        "audience": Outlet.audience,
        "first_wave": Outlet.first_wave,
        "exclusive_partner": Outlet.exclusive_partner,
        "people": people,
        "updated": Outlet.updated_at,
    }
    with db.session() as session:
        cond = _outlet_conditions(session, flt)
        total = (session.scalar(select(func.count(Outlet.id)).where(*cond)) or 0) if counted else 0
        key = columns[sort]
        order = [key.desc() if descending else key.asc(), Outlet.name_sort, Outlet.id]
        stmt = (
            select(Outlet, people.label("people"))
            .where(*cond)
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        rows = [
            OutletRow(
                id=o.id,
                name=o.name,
                kind=o.kind,
                platforms=text_to_codes(o.platforms),
                scale=o.scale,
                region=o.region,
                languages=text_to_codes(o.languages),
                ownership=o.ownership,
                formats=text_to_codes(o.formats),
                circulation=o.circulation,
                audience=o.audience,
                website=o.website,
                phone=o.phone,
                email=o.email,
                first_wave=o.first_wave,
                exclusive_partner=o.exclusive_partner,
                people_count=count or 0,
            )
            for o, count in session.execute(stmt)
        ]
    return Page(rows, total if counted else offset + len(rows), offset, limit)


def count_outlets(db: Database, flt: OutletFilter | None = None) -> int:
    """Return how many outlets match ``flt``."""
    with db.session() as session:
        cond = _outlet_conditions(session, flt or OutletFilter())
        return session.scalar(select(func.count(Outlet.id)).where(*cond)) or 0


def outlet_choices(db: Database) -> list[tuple[int, str]]:
    """Return (id, name) of every outlet in dictionary order, for pickers."""
    with db.session() as session:
        return [
            (i, n)
            for i, n in session.execute(select(Outlet.id, Outlet.name).order_by(Outlet.name_sort))
        ]


# --- people queries ---------------------------------------------------------------------------


def person_conditions(
    session: Session, flt: PersonFilter, depth: int = 0
) -> list[ColumnElement[bool]]:
    """Return SQL conditions for a people filter (a saved-filter list is expanded once)."""
    cond: list[ColumnElement[bool]] = []
    if flt.kinds:
        cond.append(Person.kind.in_(sorted(flt.kinds)))
    if flt.outlet_ids or flt.without_outlet:
        parts: list[ColumnElement[bool]] = []
        if flt.outlet_ids:
            parts.append(Person.outlet_id.in_(sorted(flt.outlet_ids)))
        if flt.without_outlet:
            parts.append(Person.outlet_id.is_(None))
        cond.append(or_(*parts))
    outlet_filter = OutletFilter(
        kinds=flt.outlet_kinds,
        scales=flt.scales,
        regions=flt.regions,
        ownerships=flt.ownerships,
        platforms=flt.platforms,
        languages=flt.outlet_languages,
        first_wave=flt.first_wave,
        exclusive_partner=flt.exclusive_partner,
    )
    outlet_cond = _outlet_conditions(session, outlet_filter)
    if outlet_cond:
        cond.append(Person.outlet_id.in_(select(Outlet.id).where(*outlet_cond)))
    if flt.languages:
        cond.append(
            or_(*(Person.languages.contains(f",{v},", autoescape=True) for v in flt.languages))
        )
    if flt.topics:
        # A saved filter names topics in either language; a name no topic carries any more
        # matches nobody rather than dropping the condition.
        vocabulary = Vocabulary.load(session)
        ids = sorted({i for t in flt.topics if (i := vocabulary.find_name(t)) is not None})
        cond.append(
            Person.id.in_(select(person_topic.c.person_id).where(person_topic.c.topic_id.in_(ids)))
            if ids
            else false()
        )
    if flt.preferred_channels:
        cond.append(Person.preferred_channel.in_(sorted(flt.preferred_channels)))
    if flt.do_not_contact is not None:
        cond.append(Person.do_not_contact.is_(flt.do_not_contact))
    if flt.has_invalid is not None:
        cond.append(Person.invalid_values > 0 if flt.has_invalid else Person.invalid_values == 0)
    if flt.verified_before is not None:
        cond.append(or_(Person.last_verified.is_(None), Person.last_verified < flt.verified_before))
    if flt.contacted_since is not None:
        cond.append(Person.last_contacted >= flt.contacted_since)
    if flt.list_id is not None:
        cond.append(list_condition(session, flt.list_id, depth))
    return cond


def list_condition(session: Session, list_id: int, depth: int = 0) -> ColumnElement[bool]:
    """Return the condition "is a recipient of list ``list_id``"."""
    found = session.get(ContactList, list_id)
    if found is None:
        raise ContactNotFound(f"No distribution list with id {list_id}.")
    if found.kind == "filter":
        if depth > 0:
            return false()
        saved = PersonFilter.from_json(found.filter_json)
        inner = person_conditions(session, saved, depth + 1)
        if saved.text.strip():
            match = match_subquery(session, saved.text)
            if match is not None:
                inner.append(Person.id.in_(select(match.c.person_id)))
        return and_(true(), *inner)
    return or_(
        Person.id.in_(
            select(contact_list_person.c.person_id).where(contact_list_person.c.list_id == list_id)
        ),
        Person.outlet_id.in_(
            select(contact_list_outlet.c.outlet_id).where(contact_list_outlet.c.list_id == list_id)
        ),
    )


def _check_page(sort: str, allowed: Sequence[str], offset: int, limit: int) -> None:
    if sort not in allowed:
        raise ContactError("contacts.sort", sort=sort, allowed=allowed)
    if offset < 0 or not 0 < limit <= MAX_PAGE:
        raise ContactError("contacts.page", limit=MAX_PAGE)


def people_select(session: Session, flt: PersonFilter) -> tuple[Select[Any], Any]:
    """Return (SELECT of Person ids with filters and search applied, the rank column)."""
    stmt: Select[Any] = select(Person.id)
    rank: Any = None
    match = match_subquery(session, flt.text) if flt.text.strip() else None
    if match is not None:
        stmt = stmt.join(match, match.c.person_id == Person.id)
        rank = match.c.rank
    return stmt.where(*person_conditions(session, flt)), rank


def _sort_column(sort: str, lang: str = "ky") -> Any:
    first_phone = (
        select(func.min(PersonPhone.e164)).where(PersonPhone.person_id == Person.id)
    ).scalar_subquery()
    first_email = (
        select(func.min(PersonEmail.normalized)).where(PersonEmail.person_id == Person.id)
    ).scalar_subquery()
    outlet = select(Outlet.name_sort).where(Outlet.id == Person.outlet_id).scalar_subquery()
    return {
        "name": Person.name_sort,
        "kind": Person.kind,
        # The position as the list shows it: in ``lang``, else in the other language.
        "position": func.coalesce(
            func.nullif(Person.position_ru if lang == "ru" else Person.position_ky, ""),
            Person.position_ky if lang == "ru" else Person.position_ru,
        ),
        "outlet": outlet,
        "phone": first_phone,
        "email": first_email,
        "languages": Person.languages,
        "preferred_channel": Person.preferred_channel,
        "last_verified": Person.last_verified,
        "last_contacted": Person.last_contacted,
        "do_not_contact": Person.do_not_contact,
        "created": Person.created_at,
        "updated": Person.updated_at,
    }[sort]


def person_ids(
    db: Database, flt: PersonFilter, *, sort: str = "name", descending: bool = False
) -> list[int]:
    """Return the ids of every person matching ``flt`` in display order (for export, lists)."""
    _check_page(sort, PERSON_SORTS, 0, 1)
    with db.session() as session:
        stmt, rank = people_select(session, flt)
        return list(session.scalars(_ordered(stmt, rank, sort, descending)))


def _ordered(
    stmt: Select[Any],
    rank: Any,
    sort: str,
    descending: bool,
    lang: str = "ky",
    *,
    backwards: bool = False,
) -> Select[Any]:
    """Order ``stmt`` for display; ``backwards`` gives exactly the reverse (the id ends ties)."""

    def way(column: Any, down: bool = False) -> Any:
        return column.desc() if down != backwards else column.asc()

    if sort == "relevance":
        if rank is None:
            return stmt.order_by(way(Person.name_sort), way(Person.id))
        # Equal ranks keep id order, as the index-only page does (see ranked_ids).
        return stmt.order_by(way(rank), way(Person.id))
    key = _sort_column(sort, lang)
    return stmt.order_by(way(key, descending), way(Person.name_sort), way(Person.id))


def list_people(
    db: Database,
    flt: PersonFilter | None = None,
    *,
    sort: str = "relevance",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
    lang: str = "ky",
) -> Page[PersonRow]:
    """Return a page of people matching ``flt`` and how many match; "relevance" ranks search
    hits by bm25.

    ``lang`` is the language the list shows positions in, which sorting by position follows.
    """
    flt = flt or PersonFilter()
    _check_page(sort, PERSON_SORTS, offset, limit)
    with db.session() as session:
        ids = _page_ids(
            session, flt, sort=sort, descending=descending, offset=offset, limit=limit, lang=lang
        )
        total = _count(session, flt)
        rows = person_rows(session, ids)
    return Page(rows, total, offset, limit)


def people_page(
    db: Database,
    flt: PersonFilter | None = None,
    *,
    sort: str = "relevance",
    descending: bool = False,
    offset: int = 0,
    limit: int = 100,
    lang: str = "ky",
    total: int | None = None,
) -> list[PersonRow]:
    """Return one page of people matching ``flt``, without counting them (see count_people).

    Given ``total`` (what count_people said), a page in the second half of the list is read
    from its end, so the last page of any order costs what the first does.
    """
    flt = flt or PersonFilter()
    _check_page(sort, PERSON_SORTS, offset, limit)
    with db.session() as session:
        return person_rows(
            session,
            _page_ids(
                session,
                flt,
                sort=sort,
                descending=descending,
                offset=offset,
                limit=limit,
                lang=lang,
                total=total,
            ),
        )


def _plain_search(flt: PersonFilter) -> bool:
    return bool(flt.text.strip()) and flt == PersonFilter(text=flt.text)


def _page_ids(
    session: Session,
    flt: PersonFilter,
    *,
    sort: str,
    descending: bool,
    offset: int,
    limit: int,
    lang: str,
    total: int | None = None,
) -> list[int]:
    if sort == "relevance" and _plain_search(flt):
        ranked = ranked_ids(session, flt.text, offset, limit)
        if ranked is not None:
            return ranked
    stmt, rank = people_select(session, flt)
    if total is not None and offset > total // 2 and offset < total:
        # SQLite sorts keeping OFFSET + LIMIT rows and walks past the offset: near the end
        # of 100,000 that is the whole list. Read backwards from the end instead.
        end = min(total, offset + limit)
        ordered = _ordered(stmt, rank, sort, descending, lang, backwards=True)
        ids = list(session.scalars(ordered.offset(total - end).limit(end - offset)))
        return ids[::-1]
    return list(
        session.scalars(_ordered(stmt, rank, sort, descending, lang).offset(offset).limit(limit))
    )


def _count(session: Session, flt: PersonFilter) -> int:
    if _plain_search(flt):
        found = count_matches(session, flt.text)
        if found is not None:
            return found
    if flt == PersonFilter():
        return session.scalar(select(func.count(Person.id))) or 0
    stmt, _rank = people_select(session, flt)
    return session.scalar(select(func.count()).select_from(stmt.subquery())) or 0


@cache
def _row_statements() -> tuple[Select[Any], Select[Any]]:
    """Build once the two statements of :func:`person_rows`; ids are an expanding parameter."""
    first_phone = (
        select(PersonPhone.id)
        .where(PersonPhone.person_id == Person.id)
        .order_by(PersonPhone.position, PersonPhone.id)
        .limit(1)
        .scalar_subquery()
    )
    first_email = (
        select(PersonEmail.address)
        .where(PersonEmail.person_id == Person.id)
        .order_by(PersonEmail.position, PersonEmail.id)
        .limit(1)
        .scalar_subquery()
    )
    people = (
        select(
            Person.id,
            Person.full_name,
            Person.kind,
            Person.position_ky,
            Person.position_ru,
            Person.outlet_id,
            Outlet.name.label("outlet_name"),
            Person.languages,
            Person.preferred_channel,
            Person.last_verified,
            Person.last_contacted,
            Person.do_not_contact,
            Person.invalid_values,
            first_phone.label("phone_id"),
            first_email.label("email"),
        )
        .outerjoin(Outlet, Outlet.id == Person.outlet_id)
        .where(Person.id.in_(bindparam("ids", expanding=True)))
        .subquery()
    )
    rows = select(people, PersonPhone.raw, PersonPhone.e164).outerjoin(
        PersonPhone, PersonPhone.id == people.c.phone_id
    )
    topics = (
        select(person_topic.c.person_id, Topic.name_ky, Topic.name_ru)
        .join(Topic, Topic.id == person_topic.c.topic_id)
        .where(person_topic.c.person_id.in_(bindparam("ids", expanding=True)))
    )
    return rows, topics


def person_rows(session: Session, ids: Sequence[int]) -> list[PersonRow]:
    """Load table rows for ``ids`` in that order: one query for the people, one for topics."""
    if not ids:
        return []
    # A page is read on every scroll and keystroke: the statements are built once, not per page.
    people_stmt, topics_stmt = _row_statements()
    found: dict[int, Any] = {}
    topics: dict[int, list[Bi]] = defaultdict(list)
    for start in range(0, len(ids), 900):
        chunk = {"ids": list(ids[start : start + 900])}
        for row in session.execute(people_stmt, chunk):
            found[row.id] = row
        for pid, name_ky, name_ru in session.execute(topics_stmt, chunk):
            topics[pid].append(Bi(name_ky, name_ru))
    rows: list[PersonRow] = []
    for pid in ids:
        r = found.get(pid)
        if r is None:
            continue
        rows.append(
            PersonRow(
                id=r.id,
                full_name=r.full_name,
                kind=r.kind,
                position=Bi(r.position_ky, r.position_ru),
                outlet_id=r.outlet_id,
                outlet_name=r.outlet_name or "",
                phone=PhoneValue(r.raw, e164=r.e164).display if r.phone_id is not None else "",
                email=r.email or "",
                topics=tuple(sorted(topics.get(pid, []), key=topic_order)),
                languages=text_to_codes(r.languages),
                preferred_channel=r.preferred_channel,
                last_verified=r.last_verified,
                last_contacted=r.last_contacted,
                do_not_contact=r.do_not_contact,
                invalid_values=r.invalid_values,
            )
        )
    return rows


def count_people(db: Database, flt: PersonFilter | None = None) -> int:
    """Return how many people match ``flt``."""
    with db.session() as session:
        return _count(session, flt or PersonFilter())
