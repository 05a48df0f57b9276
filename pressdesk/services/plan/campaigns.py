"""Campaign media plans: goal, audiences, key messages, their items and progress."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pressdesk.bilingual import Bi
from pressdesk.messages import Term
from pressdesk.services.plan.items import (
    PlanError,
    PlanFilter,
    PlanItemRow,
    PlanNotFound,
)
from pressdesk.services.plan.items import list_items as _list_items
from pressdesk.services.plan.rows import EMPTY, as_bi
from pressdesk.services.profile import document_language
from pressdesk.storage.engine import Database
from pressdesk.storage.plan_models import PLAN_STATUSES, PlanCampaign
from pressdesk.textfold import fold, sort_key

MAX_NAME = 300


@dataclass(frozen=True)
class CampaignRow:
    """A campaign as a plain value; ``id`` is None before the first save.

    Name, goal, audiences and key messages (one per line) hold a Kyrgyz and a Russian value;
    a plain string (or a tuple of messages) is placed into the language it is written in.
    """

    name: Bi
    start_date: dt.date
    end_date: dt.date
    goal: Bi = EMPTY
    audiences: Bi = EMPTY
    key_messages: Bi = EMPTY
    notes: str = ""
    id: int | None = None

    def messages(self, lang: str) -> list[str]:
        """The key messages in ``lang``, one per item."""
        return self.key_messages.lines(lang)

    @property
    def label(self) -> str:
        """The name as messages quote it: the Kyrgyz value, else the Russian one."""
        return self.name.ky or self.name.ru


_BI_FIELDS = ("name", "goal", "audiences", "key_messages")


@dataclass(frozen=True)
class CampaignProgress:
    """How far a campaign is: items per status and the share published."""

    total: int
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def published(self) -> int:
        """Return the number of published items."""
        return self.by_status.get("published", 0)

    @property
    def percent_published(self) -> float:
        """Return the published share of the items that were not cancelled, 0–100."""
        live = self.total - self.by_status.get("cancelled", 0)
        return 100.0 * self.published / live if live else 0.0


def _row(c: PlanCampaign) -> CampaignRow:
    return CampaignRow(
        id=c.id,
        name=c.name,
        start_date=c.start_date,
        end_date=c.end_date,
        goal=c.goal,
        audiences=c.audiences,
        key_messages=c.key_messages,
        notes=c.notes,
    )


def _message_lines(text: str) -> str:
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def _plain(db: Database, row: CampaignRow) -> CampaignRow:
    """``row`` with plain strings (and a tuple of messages) placed into their language."""
    values: dict[str, Any] = {}
    lang = ""
    for name in _BI_FIELDS:
        value: object = getattr(row, name)
        if isinstance(value, Bi):
            continue
        lang = lang or document_language(db)
        if isinstance(value, (tuple, list)):
            value = "\n".join(str(v) for v in value)
        values[name] = as_bi(str(value), lang)
    return replace(row, **values) if values else row


def _clean(row: CampaignRow) -> CampaignRow:
    name = Bi(" ".join(row.name.ky.split()), " ".join(row.name.ru.split()))
    if name.empty:
        raise PlanError("plan.campaign_needs_name")
    if max(len(name.ky), len(name.ru)) > MAX_NAME:
        raise PlanError("field.too_long", field=Term("campaign name"), limit=MAX_NAME)
    if row.end_date < row.start_date:
        raise PlanError("plan.campaign_ends_early", end=row.end_date, start=row.start_date)
    messages = Bi(_message_lines(row.key_messages.ky), _message_lines(row.key_messages.ru))
    return replace(
        row,
        name=name,
        goal=row.goal.stripped(),
        audiences=row.audiences.stripped(),
        key_messages=messages,
        notes=row.notes.strip(),
    )


def name_clash(db: Database, name: Bi, campaign_id: int | None = None) -> CampaignRow | None:
    """The other campaign that already has one of the names of ``name``, in either language."""
    wanted = {fold(text) for text in (name.ky, name.ru) if text.strip()}
    for other in list_campaigns(db):
        if other.id == campaign_id:
            continue
        if wanted & {fold(text) for text in (other.name.ky, other.name.ru) if text.strip()}:
            return other
    return None


def save_campaign(db: Database, row: CampaignRow) -> CampaignRow:
    """Create or update a campaign; return it with its id.

    No two campaigns share a name, in either language (a Kyrgyz name may not be another
    campaign's Russian name either): the plan and the command line find campaigns by name.
    """
    row = _clean(_plain(db, row))
    clash = name_clash(db, row.name, row.id)
    if clash is not None:
        raise PlanError("plan.campaign_taken", name=clash.label)
    try:
        with db.session() as session:
            if row.id is None:
                campaign = PlanCampaign(name=row.name)
                session.add(campaign)
            else:
                found = session.get(PlanCampaign, row.id)
                if found is None:
                    raise PlanNotFound(f"There is no campaign with id {row.id}.")
                campaign = found
            campaign.name = row.name
            campaign.start_date = row.start_date
            campaign.end_date = row.end_date
            campaign.goal = row.goal
            campaign.audiences = row.audiences
            campaign.key_messages = row.key_messages
            campaign.notes = row.notes
            session.flush()
            return _row(campaign)
    except IntegrityError as exc:
        raise PlanError("plan.campaign_taken", name=row.label) from exc


def get_campaign(db: Database, campaign_id: int) -> CampaignRow:
    """Return one campaign."""
    with db.session() as session:
        found = session.get(PlanCampaign, campaign_id)
        if found is None:
            raise PlanNotFound(f"There is no campaign with id {campaign_id}.")
        return _row(found)


def list_campaigns(db: Database, *, active_on: dt.date | None = None) -> list[CampaignRow]:
    """Return campaigns by start date, optionally only those running on ``active_on``."""
    with db.session() as session:
        query = select(PlanCampaign)
        if active_on is not None:
            query = query.where(
                PlanCampaign.start_date <= active_on, PlanCampaign.end_date >= active_on
            )
        rows = [_row(c) for c in session.scalars(query)]
    return sorted(rows, key=lambda r: (r.start_date, sort_key(r.label)))


def _names(row: CampaignRow) -> list[str]:
    return [fold(text) for text in (row.name.ky, row.name.ru) if text.strip()]


def find_campaign(db: Database, name: str) -> CampaignRow:
    """Return the campaign named ``name`` in either language (case-insensitive; a unique
    prefix also works)."""
    wanted = fold(" ".join(name.split()))
    campaigns = list_campaigns(db)
    exact = [c for c in campaigns if wanted in _names(c)]
    if exact:
        return exact[0]
    partial = (
        [c for c in campaigns if any(n.startswith(wanted) for n in _names(c))] if wanted else []
    )
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = "; ".join(c.label for c in partial[:5])
        raise PlanError("plan.campaign_ambiguous", name=name, names=names)
    raise PlanNotFound(f"There is no campaign named {name!r}.")


def delete_campaign(db: Database, campaign_id: int) -> None:
    """Delete a campaign; its items stay in the plan without a campaign."""
    with db.session() as session:
        found = session.get(PlanCampaign, campaign_id)
        if found is None:
            raise PlanNotFound(f"There is no campaign with id {campaign_id}.")
        session.delete(found)


def campaign_items(db: Database, campaign_id: int) -> list[PlanItemRow]:
    """Return the campaign's items in its date range, series occurrences included."""
    campaign = get_campaign(db, campaign_id)
    return _list_items(
        db,
        campaign.start_date,
        campaign.end_date,
        filters=PlanFilter(campaign_ids=frozenset({campaign_id})),
    )


def campaign_progress(db: Database, campaign_id: int) -> CampaignProgress:
    """Return the campaign's item counts by status and its published share."""
    rows = campaign_items(db, campaign_id)
    counts = Counter(r.status for r in rows)
    return CampaignProgress(
        total=len(rows), by_status={s: counts[s] for s in PLAN_STATUSES if counts[s]}
    )
