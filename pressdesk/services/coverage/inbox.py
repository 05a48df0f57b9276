"""The keyword watch: its feeds, a check that fills the inbox, and accepting or dismissing items.

A check fetches every feed first, outside any transaction, so a slow feed never holds the
database; each feed that fails is reported with its own message and the others go on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from pressdesk import clock
from pressdesk.services.coverage.feeds import (
    FeedEntry,
    FeedError,
    ParsedFeed,
    fetch_feed,
    parse_feed,
    source_name,
)
from pressdesk.services.coverage.keys import canonical_url, is_web_address
from pressdesk.services.coverage.keywords import KeywordMatcher, matcher_for
from pressdesk.services.coverage.records import (
    CoverageError,
    CoverageInput,
    CoverageNotFound,
    insert_record,
)
from pressdesk.storage.coverage_models import CoverageFeed, CoverageInboxItem, CoverageRecord
from pressdesk.storage.engine import Database

__all__ = [
    "FeedProblem",
    "FeedRow",
    "InboxRow",
    "WatchReport",
    "accept_item",
    "add_feed",
    "check_feeds",
    "delete_feed",
    "dismiss_item",
    "inbox_count",
    "list_feeds",
    "list_inbox",
    "watch_parsed",
]

#: Fetches a feed's bytes and content type (``fetch_feed``, or a test's stand-in).
Fetcher = Callable[[str], tuple[bytes, str]]


@dataclass(frozen=True)
class FeedRow:
    """A feed of the watch."""

    id: int
    name: str
    url: str
    active: bool
    last_checked_at: dt.datetime | None
    last_problem: str


@dataclass(frozen=True)
class InboxRow:
    """An inbox item as the list shows it."""

    id: int
    feed_title: str
    title: str
    url: str
    published_at: dt.datetime | None
    summary: str
    matched: tuple[str, ...]
    status: str
    record_id: int | None = None


@dataclass(frozen=True)
class FeedProblem:
    """A feed that could not be read this time, and why."""

    feed: str
    error: FeedError


@dataclass
class WatchReport:
    """What a check did: new inbox items, items seen, and the feeds that failed."""

    new: list[InboxRow] = field(default_factory=list)
    seen: int = 0
    problems: list[FeedProblem] = field(default_factory=list)


def add_feed(db: Database, url: str, name: str = "") -> int:
    """Add a feed to the watch and return its id."""
    clean = url.strip()
    if not is_web_address(clean):
        raise CoverageError("coverage.bad_url", url=clean[:200])
    with db.session() as session:
        if session.scalar(select(CoverageFeed.id).where(CoverageFeed.url == clean)):
            raise CoverageError("coverage.feed_exists", url=clean)
        feed = CoverageFeed(url=clean, name=" ".join(name.split()), active=True)
        session.add(feed)
        session.flush()
        return feed.id


def list_feeds(db: Database, *, active_only: bool = False) -> list[FeedRow]:
    """Return the feeds in the order they were added."""
    query = select(CoverageFeed).order_by(CoverageFeed.id)
    if active_only:
        query = query.where(CoverageFeed.active.is_(True))
    with db.session() as session:
        return [
            FeedRow(f.id, f.name, f.url, f.active, f.last_checked_at, f.last_problem)
            for f in session.scalars(query)
        ]


def delete_feed(db: Database, feed_id: int) -> None:
    """Remove a feed; the items it brought stay in the inbox."""
    with db.session() as session:
        result = session.execute(delete(CoverageFeed).where(CoverageFeed.id == feed_id))
        if getattr(result, "rowcount", 0):
            return
    raise CoverageNotFound()


def _row(item: CoverageInboxItem) -> InboxRow:
    return InboxRow(
        item.id,
        item.feed_title,
        item.title,
        item.url,
        item.published_at,
        item.summary,
        tuple(line for line in item.matched.splitlines() if line),
        item.status,
        item.record_id,
    )


def watch_parsed(
    db: Database,
    feeds: Sequence[tuple[int | None, ParsedFeed]],
    matcher: KeywordMatcher | None = None,
) -> WatchReport:
    """Put the items of already-read feeds that match a keyword into the inbox.

    An item already in the inbox (same guid or link) or already recorded is left out.
    """
    matcher = matcher if matcher is not None else matcher_for(db)
    report = WatchReport()
    if not matcher:
        return report
    with db.session() as session:
        for feed_id, parsed in feeds:
            for entry in parsed.entries:
                report.seen += 1
                found = matcher.match(entry.title, entry.summary)
                if not found:
                    continue
                item = _new_item(session, feed_id, source_name(parsed, entry), entry, found)
                if item is not None:
                    report.new.append(_row(item))
    return report


def _new_item(
    session: Session, feed_id: int | None, feed_title: str, entry: FeedEntry, found: list[str]
) -> CoverageInboxItem | None:
    link = canonical_url(entry.url) if is_web_address(entry.url) else ""
    same = [CoverageInboxItem.guid == entry.guid[:2000]]
    if link:
        same.append(CoverageInboxItem.canonical_url == link)
        if session.scalar(select(CoverageRecord.id).where(CoverageRecord.canonical_url == link)):
            return None
    if session.scalar(select(CoverageInboxItem.id).where(or_(*same)).limit(1)):
        return None
    item = CoverageInboxItem(
        feed_id=feed_id,
        feed_title=feed_title[:300],
        guid=entry.guid[:2000],
        url=entry.url[:2000],
        canonical_url=link,
        title=entry.title[:1000],
        published_at=entry.published,
        summary=entry.summary,
        matched="\n".join(found),
        status="new",
    )
    session.add(item)
    session.flush()
    return item


def check_feeds(db: Database, fetch: Fetcher = fetch_feed) -> WatchReport:
    """Fetch every active feed, match its items, and fill the inbox; failures are reported."""
    feeds = list_feeds(db, active_only=True)
    read: list[tuple[int | None, ParsedFeed]] = []
    problems: list[FeedProblem] = []
    outcome: dict[int, str] = {}
    for feed in feeds:
        label = feed.name or feed.url
        try:
            data, content_type = fetch(feed.url)
            parsed = parse_feed(data, label, content_type)
        except FeedError as exc:
            # The message names the feed as the user knows it, not only by its address.
            named = FeedError(exc.code, **{**exc.values, "feed": label})
            problems.append(FeedProblem(label, named))
            outcome[feed.id] = exc.code
            continue
        if not parsed.title:
            parsed = ParsedFeed(
                feed.name or urlsplit(feed.url).hostname or "", parsed.link, parsed.entries
            )
        outcome[feed.id] = ""
        read.append((feed.id, parsed))
    report = watch_parsed(db, read)
    report.problems = problems
    checked = clock.utcnow().replace(tzinfo=None, microsecond=0)
    with db.session() as session:
        for feed_id, problem in outcome.items():
            stored = session.get(CoverageFeed, feed_id)
            if stored is not None:
                stored.last_checked_at = checked
                stored.last_problem = problem
    return report


def list_inbox(db: Database, status: str = "new", *, limit: int = 500) -> list[InboxRow]:
    """Return inbox items of ``status``, newest publication first."""
    with db.session() as session:
        items = session.scalars(
            select(CoverageInboxItem)
            .where(CoverageInboxItem.status == status)
            .order_by(CoverageInboxItem.published_at.desc(), CoverageInboxItem.id.desc())
            .limit(limit)
        )
        return [_row(item) for item in items]


def inbox_count(db: Database) -> int:
    """Return how many items wait in the inbox."""
    with db.session() as session:
        return int(
            session.scalar(select(func.count()).where(CoverageInboxItem.status == "new")) or 0
        )


_PLATFORM_HOSTS = {
    "t.me": "telegram",
    "telegram.me": "telegram",
    "facebook.com": "facebook",
    "instagram.com": "instagram",
    "youtube.com": "youtube",
    "youtu.be": "youtube",
    "tiktok.com": "tiktok",
    "x.com": "x",
    "twitter.com": "x",
}


def platform_of(url: str) -> str:
    """Return the platform a link belongs to: a social network by its host, else website."""
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.").removeprefix("m.")
    return _PLATFORM_HOSTS.get(host, "website")


def accept_item(db: Database, item_id: int, outlet: str = "") -> int:
    """Turn an inbox item into a record (tone still to set) and return the record's id.

    ``outlet`` names the outlet when the feed's title is not its name. A duplicate of an
    existing record raises DuplicateCoverage and leaves the item in the inbox.
    """
    with db.session() as session:
        item = session.get(CoverageInboxItem, item_id)
        if item is None:
            raise CoverageNotFound()
        if item.status != "new":
            raise CoverageError("coverage.inbox_closed")
        name = outlet.strip() or item.feed_title or urlsplit(item.url).hostname or ""
        moment = item.published_at or item.found_at
        record_id = insert_record(
            session,
            CoverageInput(
                published_at=moment,
                outlet=name,
                title=item.title or item.url,
                url=item.url if is_web_address(item.url) else "",
                platform=platform_of(item.url),
                summary=item.summary[:2000],
                tone="",
            ),
        )
        item.status = "accepted"
        item.record_id = record_id
        return record_id


def dismiss_item(db: Database, item_id: int) -> None:
    """Mark an inbox item as not about the body; it is not brought in again."""
    with db.session() as session:
        item = session.get(CoverageInboxItem, item_id)
        if item is None:
            raise CoverageNotFound()
        if item.status != "new":
            raise CoverageError("coverage.inbox_closed")
        item.status = "dismissed"
