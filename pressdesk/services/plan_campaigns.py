"""Campaign media plans: goal, audiences, key messages, their items and progress."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, fields

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from pressdesk.services.plan_items import PlanError, PlanFilter, PlanItemRow, PlanNotFound
from pressdesk.services.plan_items import list_items as _list_items
from pressdesk.storage.engine import Database
from pressdesk.storage.plan_models import PLAN_STATUSES, PlanCampaign
from pressdesk.textfold import fold, sort_key

MAX_NAME = 300


@dataclass(frozen=True)
class CampaignRow:
    """A campaign as a plain value; ``id`` is None before the first save."""

    name: str
    start_date: dt.date
    end_date: dt.date
    goal: str = ""
    audiences: str = ""
    key_messages: tuple[str, ...] = ()
    notes: str = ""
    id: int | None = None


_FIELDS = [f.name for f in fields(CampaignRow) if f.name not in ("id", "key_messages")]


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
        key_messages=tuple(line for line in c.key_messages.splitlines() if line.strip()),
        **{name: getattr(c, name) for name in _FIELDS},
    )


def save_campaign(db: Database, row: CampaignRow) -> CampaignRow:
    """Create or update a campaign; return it with its id."""
    name = " ".join(row.name.split())
    if not name:
        raise PlanError("A campaign needs a name.")
    if len(name) > MAX_NAME:
        raise PlanError(f"The campaign name is longer than {MAX_NAME} characters.")
    if row.end_date < row.start_date:
        raise PlanError(
            f"The campaign ends ({row.end_date.isoformat()}) before it starts "
            f"({row.start_date.isoformat()})."
        )
    try:
        with db.session() as session:
            if row.id is None:
                campaign = PlanCampaign(name=name)
                session.add(campaign)
            else:
                found = session.get(PlanCampaign, row.id)
                if found is None:
                    raise PlanNotFound(f"There is no campaign with id {row.id}.")
                campaign = found
            for name_ in _FIELDS:
                value = getattr(row, name_)
                setattr(campaign, name_, value.strip() if isinstance(value, str) else value)
            campaign.name = name
            campaign.key_messages = "\n".join(m.strip() for m in row.key_messages if m.strip())
            session.flush()
            return _row(campaign)
    except IntegrityError as exc:
        raise PlanError(f"A campaign named {name!r} already exists.") from exc


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
    return sorted(rows, key=lambda r: (r.start_date, sort_key(r.name)))


def find_campaign(db: Database, name: str) -> CampaignRow:
    """Return the campaign named ``name`` (case-insensitive; a unique prefix also works)."""
    wanted = fold(" ".join(name.split()))
    campaigns = list_campaigns(db)
    exact = [c for c in campaigns if fold(c.name) == wanted]
    if exact:
        return exact[0]
    partial = [c for c in campaigns if fold(c.name).startswith(wanted)] if wanted else []
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = "; ".join(c.name for c in partial[:5])
        raise PlanError(f"Several campaigns start with {name!r}: {names}. Give the full name.")
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
