"""RSS and Atom feeds: fetch them with a short timeout and a size cap, and read their items.

Reading goes through ``feedparser`` from bytes only (a string would be taken for an address),
so a saved feed file and a fetched one are read the same way. Every failure is a FeedError with
its own message code, naming the feed; nothing here touches the database.
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import feedparser

from pressdesk.messages import UserError
from pressdesk.services.coverage.keys import is_web_address

__all__ = [
    "FEED_FILE_TYPES",
    "FETCH_TIMEOUT",
    "MAX_FEED_BYTES",
    "FeedEntry",
    "FeedError",
    "ParsedFeed",
    "fetch_feed",
    "parse_feed",
    "read_feed_file",
    "source_name",
]

#: Seconds a feed may take to answer, and to send all of itself.
FETCH_TIMEOUT = 10.0
#: The largest feed read; news feeds are a few hundred kilobytes, so a bigger one is refused.
MAX_FEED_BYTES = 10 * 1024 * 1024
FEED_FILE_TYPES = (".rss", ".atom", ".xml")
_CHUNK = 64 * 1024
_USER_AGENT = "PressDesk feed reader"

# The first bytes of files that are certainly not feeds, and what to call them.
_MAGIC = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP, DOCX or XLSX"),
    (b"\x89PNG", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF8", "GIF"),
    (b"MZ", "EXE"),
    (b"\x1f\x8b", "GZIP"),
    (b"ID3", "MP3"),
    (b"\xd0\xcf\x11\xe0", "DOC or XLS"),
    (b"Rar!", "RAR"),
    (b"7z\xbc\xaf", "7Z"),
)
_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_XML_START = re.compile(rb"^\s*<(\?xml|rss|feed|rdf:RDF)\b", re.I)
_TAG = re.compile(r"<[^>]+>")


class FeedError(UserError, ValueError):
    """A feed cannot be fetched or read; the code says why, ``feed`` names it."""


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, its texts plain (tags and entities removed)."""

    guid: str
    url: str
    title: str
    summary: str
    # Local time, naive; None when the feed gives no date.
    published: dt.datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    """A feed's own title and link, and its items in feed order."""

    title: str
    link: str
    entries: list[FeedEntry]


def _plain(text: str) -> str:
    """Return ``text`` with tags removed, entities decoded and spaces collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", text or "")).split())


def _real_link(link: str) -> str:
    """Return the page a Google Alerts redirect (google.com/url?…&url=…) points to."""
    parts = urlsplit(link)
    if (parts.hostname or "").endswith("google.com") and parts.path == "/url":
        target = parse_qs(parts.query).get("url") or parse_qs(parts.query).get("q")
        if target and is_web_address(target[0]):
            return target[0]
    return link


def source_name(feed: ParsedFeed, entry: FeedEntry) -> str:
    """Return the outlet an item comes from: the feed's title, or for an aggregator's feed
    (Google Alerts, a news search) the site of the item's own link.

    A Telegram channel's post is named by its channel, «t.me/channel».
    """
    parts = urlsplit(entry.url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    aggregator = feed.title.lower().startswith("google alert") or "google." in feed.link
    if host in ("t.me", "telegram.me") and parts.path.strip("/"):
        channel = parts.path.strip("/").split("/")[0]
        return f"t.me/{channel}" if aggregator or not feed.title else feed.title
    if (aggregator or not feed.title) and host:
        return host
    return feed.title


def _moment(value: Any) -> dt.datetime | None:
    if not value:
        return None
    try:
        utc = dt.datetime.fromtimestamp(calendar.timegm(value), dt.UTC)
    except (OverflowError, ValueError, TypeError):
        return None
    return utc.astimezone().replace(tzinfo=None, microsecond=0)


def sniff(data: bytes, feed: str, content_type: str = "") -> None:
    """Refuse bytes that are a web page or a binary file, before any XML parsing."""
    head = data[:2048]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            raise FeedError("coverage.feed_binary", feed=feed, type=name)
    text_head = head.lstrip(b"\xef\xbb\xbf")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FeedError("coverage.feed_binary", feed=feed, type=content_type or "binary")
    if _HTML_START.match(text_head):
        raise FeedError("coverage.feed_html", feed=feed)
    # Some sites serve their feed as text/html: the header alone does not make it a page.
    if content_type.lower().startswith("text/html") and not _XML_START.match(text_head):
        raise FeedError("coverage.feed_html", feed=feed)


def parse_feed(data: bytes, feed: str, content_type: str = "") -> ParsedFeed:
    """Read an RSS 0.9x/1.0/2.0 or Atom feed from ``data``; ``feed`` names it in messages."""
    sniff(data, feed, content_type)
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version") and not parsed.entries:
        raise FeedError("coverage.feed_not_xml", feed=feed)
    info = parsed.get("feed", {})
    entries: list[FeedEntry] = []
    for item in parsed.entries:
        link = _real_link(str(item.get("link", "") or ""))
        title = _plain(str(item.get("title", "") or ""))
        summary = _plain(str(item.get("summary", "") or item.get("description", "") or ""))
        guid = str(item.get("id", "") or link or title)
        published = _moment(item.get("published_parsed") or item.get("updated_parsed"))
        if title or link:
            entries.append(FeedEntry(guid, link, title, summary, published))
    return ParsedFeed(_plain(str(info.get("title", "") or "")), str(info.get("link", "")), entries)


def read_feed_file(path: Path) -> ParsedFeed:
    """Read a saved feed file (.rss .atom .xml); a larger one than a fetch allows is refused."""
    if path.suffix.lower() not in FEED_FILE_TYPES:
        raise FeedError("coverage.import_type", file=path.name)
    try:
        size = path.stat().st_size
        if size > MAX_FEED_BYTES:
            raise FeedError(
                "coverage.feed_too_large", feed=path.name, limit=MAX_FEED_BYTES // 2**20
            )
        data = path.read_bytes()
    except OSError as exc:
        raise FeedError("coverage.feed_unreachable", feed=path.name, reason=exc.strerror) from exc
    return parse_feed(data, path.name)


def _seconds(timeout: float) -> int | float:
    """Return a timeout as the message shows it: 10, or 0.5."""
    return int(timeout) if float(timeout).is_integer() else round(timeout, 1)


#: Opens a request with a timeout; tests give one that records or fails.
Opener = Callable[..., Any]


def fetch_feed(
    url: str,
    *,
    timeout: float = FETCH_TIMEOUT,
    max_bytes: int = MAX_FEED_BYTES,
    opener: Opener = urllib.request.urlopen,
) -> tuple[bytes, str]:
    """Download a feed and return its bytes and content type.

    A feed that does not answer within ``timeout`` seconds, or sends slower than that in all,
    is given up; one that says or turns out to be larger than ``max_bytes`` is refused as soon
    as that is known, without reading the rest.
    """
    if not is_web_address(url):
        raise FeedError("coverage.bad_url", url=url[:200])
    request = urllib.request.Request(
        url, headers={"User-Agent": _USER_AGENT, "Accept-Encoding": "identity"}
    )
    limit_mb = max(1, max_bytes // 2**20)
    started = time.monotonic()
    try:
        with opener(request, timeout=timeout) as response:
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FeedError("coverage.feed_too_large", feed=url, limit=limit_mb)
            content_type = response.headers.get("Content-Type", "") or ""
            chunks: list[bytes] = []
            size = 0
            while True:
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise FeedError("coverage.feed_too_large", feed=url, limit=limit_mb)
                if not chunks:
                    sniff(chunk, url, content_type)
                chunks.append(chunk)
                if time.monotonic() - started > timeout * 3:
                    raise FeedError("coverage.feed_timeout", feed=url, seconds=_seconds(timeout))
    except FeedError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise FeedError("coverage.feed_http", feed=url, status=exc.code) from exc
    except TimeoutError as exc:
        raise FeedError("coverage.feed_timeout", feed=url, seconds=_seconds(timeout)) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise FeedError("coverage.feed_timeout", feed=url, seconds=_seconds(timeout)) from exc
        raise FeedError("coverage.feed_unreachable", feed=url, reason=str(exc.reason)) from exc
    except (OSError, ValueError) as exc:
        raise FeedError("coverage.feed_unreachable", feed=url, reason=str(exc)) from exc
    return b"".join(chunks), content_type
