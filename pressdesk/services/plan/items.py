"""Content plan items: create, edit, and list by date range with series expanded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select
from sqlalchemy.orm import Session, selectinload

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.messages import Term
from pressdesk.services.concurrency import claim_unchanged
from pressdesk.services.plan.periods import Period, PeriodError, date_range
from pressdesk.services.plan.recurrence import (
    RuleError,
    check_rule,
    format_exdates,
    occurrences,
)
from pressdesk.services.plan.rows import (
    BI_FIELDS,
    DEFAULT_WAIT_DAYS,
    INPUT_FIELDS,
    LINE_FIELDS,
    PlanError,
    PlanFilter,
    PlanItemInput,
    PlanItemRow,
    PlanNotFound,
    as_bi,
    item_flags,
    row_from_values,
    status_flags,
    to_row,
    utcnow,
)
from pressdesk.services.profile import document_language
from pressdesk.storage.engine import Database, by_name_in
from pressdesk.storage.models import StaffMember
from pressdesk.storage.plan_models import (
    PLAN_FORMATS,
    PLAN_LANGUAGES,
    Channel,
    PlanCampaign,
    PlanItem,
    PlanItemHistory,
    plan_item_channel,
)
from pressdesk.textfold import fold, sort_key

MAX_TITLE = 500
MAX_AUDIENCE = 500

__all__ = [
    "DEFAULT_WAIT_DAYS",
    "INPUT_FIELDS",
    "PlanError",
    "PlanFilter",
    "PlanItemInput",
    "PlanItemRow",
    "PlanNotFound",
    "create_item",
    "delete_item",
    "get_item",
    "item_flags",
    "items_by_ids",
    "list_items",
    "list_period",
    "list_series",
    "to_row",
    "update_item",
    "utcnow",
]


def _names(session: Session, item: PlanItem) -> tuple[str, Bi]:
    person = session.get(StaffMember, item.responsible_id) if item.responsible_id else None
    campaign = session.get(PlanCampaign, item.campaign_id) if item.campaign_id else None
    return (person.full_name if person else "", campaign.name if campaign else Bi())


def title_text(value: Bi) -> str:
    """The title as messages quote it: the Kyrgyz value, else the Russian one."""
    return value.ky or value.ru


def row_in(session: Session, item: PlanItem) -> PlanItemRow:
    """Return the row of ``item`` with names and flags filled in, inside a session."""
    session.flush()
    session.refresh(item)
    return to_row(item, *_names(session, item), today=clock.today())


def load_item(session: Session, item_id: int) -> PlanItem:
    """Return the stored item or raise PlanNotFound."""
    item = session.get(PlanItem, item_id)
    if item is None:
        raise PlanNotFound(f"There is no plan item with id {item_id}.")
    return item


def _one_line(value: Bi) -> Bi:
    return Bi(" ".join(value.ky.split()), " ".join(value.ru.split()))


def plain_inputs(db: Database, data: PlanItemInput) -> PlanItemInput:
    """``data`` with any plain-string text placed into the language it is written in."""
    plain = [name for name in BI_FIELDS if isinstance(getattr(data, name), str)]
    if not plain:
        return data
    lang = document_language(db)
    values: dict[str, Any] = {name: as_bi(getattr(data, name), lang) for name in plain}
    return replace(data, **values)


def _clean(data: PlanItemInput) -> PlanItemInput:
    title = _one_line(data.title)
    if title.empty:
        raise PlanError("plan.needs_title")
    if max(len(title.ky), len(title.ru)) > MAX_TITLE:
        raise PlanError("field.too_long", field=Term("title"), limit=MAX_TITLE)
    if data.format not in PLAN_FORMATS:
        raise PlanError(
            "field.unknown", field=Term("format"), value=data.format, allowed=PLAN_FORMATS
        )
    if data.language not in PLAN_LANGUAGES:
        raise PlanError(
            "field.unknown", field=Term("language"), value=data.language, allowed=PLAN_LANGUAGES
        )
    if not 0 <= data.duration_minutes <= 1440:
        raise PlanError("plan.duration_range")
    audience = data.audience.stripped()
    if max(len(audience.ky), len(audience.ru)) > MAX_AUDIENCE:
        raise PlanError("field.too_long", field=Term("target audience"), limit=MAX_AUDIENCE)
    try:
        rule, _ = check_rule(data.rrule, data.date)
    except RuleError as exc:
        raise PlanError(exc.code, **exc.values) from exc
    if data.exdates and not rule:
        raise PlanError("plan.exdates_need_rule")
    return replace(
        data,
        title=title,
        topic=data.topic.stripped(),
        audience=audience,
        notes=data.notes.strip(),
        rrule=rule,
        channels=tuple(dict.fromkeys(c.strip() for c in data.channels if c.strip())),
        outlets=tuple(o.strip() for o in data.outlets if o.strip()),
        file_links=tuple(o.strip() for o in data.file_links if o.strip()),
        published_links=tuple(o.strip() for o in data.published_links if o.strip()),
        exdates=tuple(sorted(set(data.exdates))),
    )


def _channels(session: Session, codes: Sequence[str]) -> list[Channel]:
    if not codes:
        return []
    found = {c.code: c for c in session.scalars(select(Channel).where(Channel.code.in_(codes)))}
    missing = [code for code in codes if code not in found]
    if missing:
        raise PlanError("plan.unknown_channels", codes=missing)
    return [found[code] for code in codes]


def _check_refs(session: Session, data: PlanItemInput) -> None:
    if data.responsible_id is not None and session.get(StaffMember, data.responsible_id) is None:
        raise PlanError("staff.missing", id=data.responsible_id)
    if data.campaign_id is not None and session.get(PlanCampaign, data.campaign_id) is None:
        raise PlanError("plan.no_campaign", id=data.campaign_id)


def stored_value(data: PlanItemInput, name: str) -> object:
    """Return the column value of input field ``name`` as stored."""
    value = getattr(data, name)
    if name in LINE_FIELDS:
        return "\n".join(value)
    if name == "exdates":
        return format_exdates(value)
    return value


def history_text(value: object) -> str:
    """Return a value as written into the item history."""
    if value is None:
        return ""
    if isinstance(value, Bi):
        # Kyrgyz first, then Russian; the letters tell the languages apart.
        return " / ".join(text for text in (value.ky, value.ru) if text)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, (tuple, list)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def apply_input(
    session: Session, item: PlanItem, data: PlanItemInput
) -> list[tuple[str, str, str]]:
    """Write cleaned ``data`` into ``item``; return (field, old, new) for every change."""
    changes: list[tuple[str, str, str]] = []
    for name in INPUT_FIELDS:
        if name == "channels":
            old_codes = tuple(c.code for c in item.channels)
            # Channels are kept in their configured order, so the order picked does not count.
            chosen = sorted(_channels(session, data.channels), key=lambda c: (c.sort_order, c.id))
            new_codes = tuple(c.code for c in chosen)
            if old_codes != new_codes:
                item.channels = chosen
                changes.append((name, history_text(old_codes), history_text(new_codes)))
            continue
        new = stored_value(data, name)
        old = getattr(item, name)
        if old != new:
            setattr(item, name, new)
            changes.append((name, history_text(old), history_text(new)))
    if item.series_id is not None and data.rrule:
        raise PlanError("plan.occurrence_repeats")
    item.is_series = bool(item.rrule)
    item.series_end = check_rule(item.rrule, item.date)[1] if item.rrule else None
    return changes


def add_history(
    session: Session,
    item: PlanItem,
    kind: str,
    *,
    at: dt.datetime,
    field_name: str = "",
    old: str = "",
    new: str = "",
    by_name: str = "",
    by_id: int | None = None,
    comment: str = "",
) -> None:
    """Append one entry to the item's history."""
    session.add(
        PlanItemHistory(
            item_id=item.id,
            at=at,
            kind=kind,
            field=field_name,
            old_value=old,
            new_value=new,
            by_name=by_name_in(session, by_name),
            by_id=by_id,
            comment=comment.strip(),
        )
    )


def create_item(
    db: Database,
    data: PlanItemInput,
    *,
    status: str = "idea",
    by_name: str = "",
    by_id: int | None = None,
    now: dt.datetime | None = None,
) -> PlanItemRow:
    """Create a plan item in status "idea" or "draft"; return it with its id."""
    if status not in ("idea", "draft"):
        raise PlanError("plan.new_item_status")
    cleaned = _clean(plain_inputs(db, data))
    at = now or utcnow()
    with db.session() as session:
        _check_refs(session, cleaned)
        item = PlanItem(date=cleaned.date, title=cleaned.title, status=status, status_at=at)
        session.add(item)
        apply_input(session, item, cleaned)
        session.flush()
        add_history(session, item, "created", at=at, new=status, by_name=by_name, by_id=by_id)
        return row_in(session, item)


# What the head saw when approving: a change to any of these sends the item back to draft.
APPROVAL_FIELDS = ("date", "time", "title", "topic", "audience", "channels")
# The statuses whose approval (given or asked for) a change of those fields withdraws.
APPROVAL_STATUSES = frozenset({"sent", "approved"})


def approval_changes(status: str, changed: Iterable[str]) -> tuple[str, ...]:
    """Return the changed fields that withdraw the approval of an item in ``status``."""
    if status not in APPROVAL_STATUSES:
        return ()
    names = set(changed)
    return tuple(name for name in APPROVAL_FIELDS if name in names)


def resets_approval(row: PlanItemRow, data: PlanItemInput) -> tuple[str, ...]:
    """Return the fields whose change would send ``row`` back to draft (empty: none would).

    The window asks the person before saving an edit or a drag that does this.
    """
    changed = [
        name
        for name in APPROVAL_FIELDS
        if (tuple(sorted(getattr(data, name))) if name == "channels" else getattr(data, name))
        != (tuple(sorted(getattr(row, name))) if name == "channels" else getattr(row, name))
    ]
    return approval_changes(row.status, changed)


def reset_approval_in(
    session: Session,
    item: PlanItem,
    changed: Iterable[str],
    *,
    at: dt.datetime,
    by_name: str = "",
    by_id: int | None = None,
) -> bool:
    """Send a sent or approved ``item`` back to draft if ``changed`` touches what was approved.

    The history entry (field "approval") names the changed fields in its comment.
    """
    fields = approval_changes(item.status, changed)
    if not fields:
        return False
    previous = item.status
    item.status = "draft"
    item.status_at = at
    item.approved_at = None
    item.approved_by = ""
    item.approved_by_id = None
    add_history(
        session,
        item,
        "status",
        at=at,
        field_name="approval",
        old=previous,
        new="draft",
        by_name=by_name,
        by_id=by_id,
        comment=", ".join(fields),
    )
    return True


def update_item(
    db: Database,
    item_id: int,
    data: PlanItemInput,
    *,
    by_name: str = "",
    by_id: int | None = None,
    now: dt.datetime | None = None,
    seen_sequence: int | None = None,
) -> PlanItemRow:
    """Save edited fields of an item (a series master edits the whole series); log each change.

    Changing the date, time, texts or channels of a sent or approved item takes it back to
    draft: the approval covered what the head saw (see :func:`resets_approval`). With
    ``seen_sequence`` (the item's sequence when the editor read it) a save is refused with
    :class:`ChangedMeanwhile` when someone else edited the item since.
    """
    cleaned = _clean(plain_inputs(db, data))
    at = now or utcnow()
    with db.session() as session:
        claim_unchanged(session, PlanItem, item_id, seen_sequence, version="sequence")
        _check_refs(session, cleaned)
        item = load_item(session, item_id)
        changes = apply_input(session, item, cleaned)
        if changes:
            item.sequence += 1
            for name, old, new in changes:
                add_history(
                    session,
                    item,
                    "edit",
                    at=at,
                    field_name=name,
                    old=old,
                    new=new,
                    by_name=by_name,
                    by_id=by_id,
                )
            reset_approval_in(
                session,
                item,
                (name for name, _old, _new in changes),
                at=at,
                by_name=by_name,
                by_id=by_id,
            )
        return row_in(session, item)


def quick_input(db: Database, day: dt.date, title: str) -> PlanItemInput:
    """Return a new item for ``day`` titled ``title`` (placed into the language it is written
    in) with the format, channels, language and responsible person of the last item added."""
    with db.session() as session:
        last = session.scalars(
            select(PlanItem)
            .where(PlanItem.is_series.is_(False))
            .order_by(PlanItem.id.desc())
            .limit(1)
        ).first()
        if last is None:
            return PlanItemInput(date=day, title=as_bi(title, document_language(db)))
        return PlanItemInput(
            date=day,
            title=as_bi(title, document_language(db)),
            format=last.format,
            channels=tuple(c.code for c in last.channels),
            language=last.language,
            responsible_id=last.responsible_id,
        )


def get_item(db: Database, item_id: int) -> PlanItemRow:
    """Return one stored item (a series master is returned as the master)."""
    with db.session() as session:
        return row_in(session, load_item(session, item_id))


def delete_item(db: Database, item_id: int) -> None:
    """Delete an item with its history; deleting a series deletes its edited occurrences."""
    with db.session() as session:
        session.delete(load_item(session, item_id))


def _range(start: dt.date, end: dt.date) -> Period:
    try:
        return date_range(start, end)
    except PeriodError as exc:
        raise PlanError(exc.code, **exc.values) from exc


def list_items(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    filters: PlanFilter | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    wait_days: int = DEFAULT_WAIT_DAYS,
    expand: bool = True,
) -> list[PlanItemRow]:
    """Return the items dated ``start`` … ``end`` sorted by day and time, series expanded.

    Series masters are not listed themselves: each of their dates in the range appears as a
    virtual occurrence, except dates excluded or replaced by an edited occurrence.
    """
    _range(start, end)
    today = today or clock.today()
    now = now or utcnow()
    rows: list[PlanItemRow] = []
    in_range = and_(PlanItem.date >= start, PlanItem.date <= end, PlanItem.is_series.is_(False))
    with db.session() as session:
        # Plain column rows instead of ORM objects: views re-read often and must stay fast.
        channels = _channel_codes(session, in_range)
        query = (
            select(
                PlanItem.__table__,
                StaffMember.full_name.label("_person"),
                PlanCampaign.name_ky.label("_campaign_ky"),
                PlanCampaign.name_ru.label("_campaign_ru"),
            )
            .outerjoin(StaffMember, StaffMember.id == PlanItem.responsible_id)
            .outerjoin(PlanCampaign, PlanCampaign.id == PlanItem.campaign_id)
            .where(in_range)
        )
        for values in session.execute(query).mappings():
            flags = status_flags(
                values["status"],
                values["date"],
                values["sent_at"],
                today=today,
                now=now,
                wait_days=wait_days,
            )
            rows.append(
                row_from_values(
                    values,
                    channels.get(values["id"], ()),
                    values["_person"] or "",
                    Bi(values["_campaign_ky"] or "", values["_campaign_ru"] or ""),
                    flags,
                )
            )
        if expand:
            rows.extend(_occurrence_rows(session, start, end))
    if filters is not None:
        rows = [row for row in rows if filters.matches(row)]
    rows.sort(key=row_order)
    return rows


def row_order(row: PlanItemRow) -> tuple[dt.date, int, dt.time, str]:
    """Sort key: day, all-day items first, then time and title."""
    return (
        row.date,
        0 if row.time is None else 1,
        row.time or dt.time(),
        fold(title_text(row.title)),
    )


def _channel_codes(session: Session, where: ColumnElement[bool]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    query = (
        select(plan_item_channel.c.item_id, Channel.code)
        .join(Channel, Channel.id == plan_item_channel.c.channel_id)
        .join(PlanItem, PlanItem.id == plan_item_channel.c.item_id)
        .where(where)
        .order_by(Channel.sort_order, Channel.id)
    )
    for item_id, code in session.execute(query):
        found.setdefault(item_id, []).append(code)
    return {item_id: tuple(codes) for item_id, codes in found.items()}


def _occurrence_rows(session: Session, start: dt.date, end: dt.date) -> list[PlanItemRow]:
    base = (
        select(PlanItem, StaffMember.full_name, PlanCampaign.name_ky, PlanCampaign.name_ru)
        .outerjoin(StaffMember, StaffMember.id == PlanItem.responsible_id)
        .outerjoin(PlanCampaign, PlanCampaign.id == PlanItem.campaign_id)
        .options(selectinload(PlanItem.channels))
    )
    masters = base.where(
        PlanItem.is_series.is_(True),
        PlanItem.date <= end,
        or_(PlanItem.series_end.is_(None), PlanItem.series_end >= start),
    )
    found = list(session.execute(masters))
    if not found:
        return []
    ids = [item.id for item, *_ in found]
    replaced: set[tuple[int | None, dt.date | None]] = set(
        session.execute(
            select(PlanItem.series_id, PlanItem.original_date).where(
                and_(
                    PlanItem.series_id.in_(ids),
                    PlanItem.original_date >= start,
                    PlanItem.original_date <= end,
                )
            )
        ).all()
    )
    rows: list[PlanItemRow] = []
    for item, person, campaign_ky, campaign_ru in found:
        master = to_row(item, person or "", Bi(campaign_ky or "", campaign_ru or ""))
        for day in occurrences(item.rrule, item.date, start, end, exdates=master.exdates):
            if (item.id, day) in replaced:
                continue
            rows.append(
                replace(master, date=day, series_id=item.id, original_date=day, virtual=True)
            )
    return rows


def list_period(db: Database, period: Period, **options: object) -> list[PlanItemRow]:
    """Return the items of a planning period (see list_items for the options)."""
    return list_items(db, period.start, period.end, **options)  # type: ignore[arg-type]


def list_series(db: Database) -> list[PlanItemRow]:
    """Return every recurring series master."""
    with db.session() as session:
        items = session.scalars(select(PlanItem).where(PlanItem.is_series.is_(True))).all()
        return sorted(
            (to_row(i, *_names(session, i)) for i in items),
            key=lambda r: sort_key(title_text(r.title)),
        )


def items_by_ids(db: Database, ids: Iterable[int]) -> list[PlanItemRow]:
    """Return stored items by id, in date order; unknown ids are skipped."""
    wanted = list(dict.fromkeys(ids))
    if not wanted:
        return []
    with db.session() as session:
        items = session.scalars(select(PlanItem).where(PlanItem.id.in_(wanted))).all()
        rows = [to_row(i, *_names(session, i)) for i in items]
    return sorted(rows, key=row_order)
