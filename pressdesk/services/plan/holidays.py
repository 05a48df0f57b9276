"""Public holidays shown in the plan, and the organisation's list of channels."""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, func, or_, select
from sqlalchemy.exc import IntegrityError

from pressdesk.documents.locale import Lang
from pressdesk.paths import resources_dir
from pressdesk.services.plan.items import PlanError, PlanNotFound
from pressdesk.storage.engine import Database
from pressdesk.storage.plan_models import (
    CHANNEL_KINDS,
    Channel,
    Holiday,
    PlanItem,
    plan_item_channel,
)


def shipped_holidays_file() -> Path:
    """Return the holiday list shipped with the app."""
    return resources_dir() / "data" / "holidays_kg.json"


@dataclass(frozen=True)
class HolidayRow:
    """A holiday rule: every year on month/day, or once in ``year``."""

    month: int
    day: int
    name_ky: str
    name_ru: str
    year: int | None = None
    approximate: bool = False
    day_off: bool = True
    id: int | None = None

    def name(self, lang: Lang) -> str:
        """Return the holiday's name in ``lang``."""
        return self.name_ky if lang == "ky" else self.name_ru


@dataclass(frozen=True)
class HolidayOn:
    """A holiday falling on a given date."""

    date: dt.date
    name_ky: str
    name_ru: str
    approximate: bool = False
    day_off: bool = True

    def name(self, lang: Lang) -> str:
        """Return the holiday's name in ``lang``."""
        return self.name_ky if lang == "ky" else self.name_ru


def _row(h: Holiday) -> HolidayRow:
    return HolidayRow(
        id=h.id,
        month=h.month,
        day=h.day,
        year=h.year,
        name_ky=h.name_ky,
        name_ru=h.name_ru,
        approximate=h.approximate,
        day_off=h.day_off,
    )


def _check(row: HolidayRow) -> None:
    if not row.name_ky.strip() and not row.name_ru.strip():
        raise PlanError("plan.holiday_needs_name")
    if not 1 <= row.month <= 12:
        raise PlanError("plan.no_month", month=row.month)
    year = row.year if row.year is not None else 2024  # a leap year allows 29 February
    if row.year is not None and not 1 <= row.year <= 9999:
        raise PlanError("plan.year_outside", year=str(row.year))
    last = calendar.monthrange(year, row.month)[1]
    if not 1 <= row.day <= last:
        raise PlanError("plan.no_day", day=row.day, month=row.month, days=last)


def read_holiday_file(path: Path | None = None) -> list[HolidayRow]:
    """Read a holiday list in the shipped JSON format; raise PlanError if it is unusable."""
    source = path or shipped_holidays_file()
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        rows = [
            HolidayRow(
                month=int(e["month"]),
                day=int(e["day"]),
                year=int(e["year"]) if e.get("year") else None,
                name_ky=str(e.get("name_ky", "")),
                name_ru=str(e.get("name_ru", "")),
                approximate=bool(e.get("approximate", False)),
                day_off=bool(e.get("day_off", True)),
            )
            for e in data["holidays"]
        ]
    except OSError as exc:
        raise PlanError("plan.holidays_unreadable", file=str(source)) from exc
    except (ValueError, KeyError, TypeError) as exc:
        raise PlanError("plan.holidays_damaged", file=str(source)) from exc
    for row in rows:
        _check(row)
    return rows


def list_holidays(db: Database) -> list[HolidayRow]:
    """Return every holiday rule, yearly ones first, then by date."""
    with db.session() as session:
        rows = [_row(h) for h in session.scalars(select(Holiday))]
    return sorted(rows, key=lambda r: (r.year or 0, r.month, r.day))


def save_holiday(db: Database, row: HolidayRow) -> HolidayRow:
    """Create or update a holiday rule."""
    _check(row)
    with db.session() as session:
        if row.id is None:
            holiday = Holiday(month=row.month, day=row.day, name_ky="", name_ru="")
            session.add(holiday)
        else:
            found = session.get(Holiday, row.id)
            if found is None:
                raise PlanNotFound(f"There is no holiday with id {row.id}.")
            holiday = found
        holiday.month, holiday.day, holiday.year = row.month, row.day, row.year
        holiday.name_ky = row.name_ky.strip() or row.name_ru.strip()
        holiday.name_ru = row.name_ru.strip() or row.name_ky.strip()
        holiday.approximate, holiday.day_off = row.approximate, row.day_off
        session.flush()
        return _row(holiday)


def delete_holiday(db: Database, holiday_id: int) -> None:
    """Delete a holiday rule."""
    with db.session() as session:
        found = session.get(Holiday, holiday_id)
        if found is None:
            raise PlanNotFound(f"There is no holiday with id {holiday_id}.")
        session.delete(found)


def reset_holidays(db: Database, path: Path | None = None) -> int:
    """Replace the holiday table with the shipped list (or ``path``); return the count."""
    rows = read_holiday_file(path)
    with db.session() as session:
        session.execute(delete(Holiday))
        for row in rows:
            session.add(
                Holiday(
                    month=row.month,
                    day=row.day,
                    year=row.year,
                    name_ky=row.name_ky,
                    name_ru=row.name_ru,
                    approximate=row.approximate,
                    day_off=row.day_off,
                )
            )
    return len(rows)


def holidays_between(db: Database, start: dt.date, end: dt.date) -> list[HolidayOn]:
    """Return the holidays falling in ``start`` … ``end``, by date."""
    if end < start:
        raise PlanError("plan.range_ends_early")
    with db.session() as session:
        rules = session.scalars(
            select(Holiday).where(
                or_(Holiday.year.is_(None), Holiday.year.between(start.year, end.year))
            )
        ).all()
        result: list[HolidayOn] = []
        for rule in rules:
            years = [rule.year] if rule.year is not None else range(start.year, end.year + 1)
            for year in years:
                if rule.day > calendar.monthrange(year, rule.month)[1]:
                    continue
                day = dt.date(year, rule.month, rule.day)
                if start <= day <= end:
                    result.append(
                        HolidayOn(day, rule.name_ky, rule.name_ru, rule.approximate, rule.day_off)
                    )
    return sorted(result, key=lambda h: h.date)


@dataclass(frozen=True)
class ChannelRow:
    """A channel of the plan: an own account or a kind of media."""

    code: str
    name_ky: str
    name_ru: str
    kind: str = "own"
    sort_order: int = 0
    active: bool = True
    id: int | None = None

    def name(self, lang: Lang) -> str:
        """Return the channel's name in ``lang``."""
        return self.name_ky if lang == "ky" else self.name_ru


def list_channels(db: Database, *, active_only: bool = False) -> list[ChannelRow]:
    """Return the channels in their display order."""
    with db.session() as session:
        query = select(Channel).order_by(Channel.sort_order, Channel.id)
        if active_only:
            query = query.where(Channel.active.is_(True))
        return [
            ChannelRow(c.code, c.name_ky, c.name_ru, c.kind, c.sort_order, c.active, c.id)
            for c in session.scalars(query)
        ]


def save_channel(db: Database, row: ChannelRow) -> ChannelRow:
    """Create or update a channel (the code is how items and exports refer to it)."""
    code = row.code.strip().lower()
    if not code or len(code) > 30 or not code.replace("_", "").isalnum():
        raise PlanError("plan.channel_code")
    if row.kind not in CHANNEL_KINDS:
        raise PlanError("plan.channel_kind", allowed=CHANNEL_KINDS)
    if not row.name_ky.strip() and not row.name_ru.strip():
        raise PlanError("plan.channel_needs_name")
    try:
        with db.session() as session:
            if row.id is None:
                channel = Channel(code=code, name_ky="", name_ru="")
                if not row.sort_order:
                    top = session.scalar(select(func.max(Channel.sort_order))) or 0
                    row = ChannelRow(**{**row.__dict__, "sort_order": top + 10})
                session.add(channel)
            else:
                found = session.get(Channel, row.id)
                if found is None:
                    raise PlanNotFound(f"There is no channel with id {row.id}.")
                channel = found
            channel.code = code
            channel.name_ky = row.name_ky.strip() or row.name_ru.strip()
            channel.name_ru = row.name_ru.strip() or row.name_ky.strip()
            channel.kind, channel.sort_order, channel.active = row.kind, row.sort_order, row.active
            session.flush()
            return ChannelRow(
                channel.code,
                channel.name_ky,
                channel.name_ru,
                channel.kind,
                channel.sort_order,
                channel.active,
                channel.id,
            )
    except IntegrityError as exc:
        raise PlanError("plan.channel_taken", code=code) from exc


def delete_channel(db: Database, channel_id: int) -> None:
    """Delete an unused channel; one that items use can only be retired (made inactive)."""
    with db.session() as session:
        found = session.get(Channel, channel_id)
        if found is None:
            raise PlanNotFound(f"There is no channel with id {channel_id}.")
        used = session.scalar(
            select(func.count())
            .select_from(plan_item_channel)
            .join(PlanItem, PlanItem.id == plan_item_channel.c.item_id)
            .where(plan_item_channel.c.channel_id == channel_id)
        )
        if used:
            raise PlanError("plan.channel_used", name=found.name_ru or found.code, count=used)
        session.delete(found)


def channel_names(db: Database, lang: Lang) -> dict[str, str]:
    """Return channel code → name in ``lang``, for printing and export."""
    return {row.code: row.name(lang) for row in list_channels(db)}
