"""The records a plan document prints, for the check of missing texts before it is written."""

from __future__ import annotations

from collections.abc import Iterable

from pressdesk.services.events.records import EventRow
from pressdesk.services.plan.rows import PlanItemRow
from pressdesk.services.preflight import Ref

ITEM_SECTION = "plan_item"
CAMPAIGN_SECTION = "plan_campaign"
EVENT_SECTION = "event"
# The texts each document prints.
ITEM_TEXTS = ("title", "topic", "audience")
CAMPAIGN_TEXTS = ("name", "goal", "audiences", "key_messages")
EVENT_TEXTS = ("title", "topic", "place", "speakers")


def item_refs(
    rows: Iterable[PlanItemRow],
    *,
    fields: tuple[str, ...] = ITEM_TEXTS,
    campaigns: bool = False,
) -> list[Ref]:
    """The plan items of ``rows`` (a series once, for all its dates), and with ``campaigns``
    the names of their campaigns."""
    refs: dict[Ref, None] = {}
    campaign_ids: dict[int, None] = {}
    for row in rows:
        refs[Ref(ITEM_SECTION, row.id, fields)] = None
        if row.campaign_id is not None:
            campaign_ids[row.campaign_id] = None
    if campaigns:
        for campaign_id in campaign_ids:
            refs[Ref(CAMPAIGN_SECTION, campaign_id, ("name",))] = None
    return list(refs)


def campaign_refs(campaign_id: int, fields: tuple[str, ...] = CAMPAIGN_TEXTS) -> list[Ref]:
    """The campaign whose facts a document prints."""
    return [Ref(CAMPAIGN_SECTION, campaign_id, fields)]


def event_refs(events: Iterable[EventRow], fields: tuple[str, ...] = EVENT_TEXTS) -> list[Ref]:
    """The events a plan document lists, with the texts it prints of them."""
    return list(dict.fromkeys(Ref(EVENT_SECTION, event.id, fields) for event in events))
