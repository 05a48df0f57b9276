"""What a pasted link says about itself: the title, outlet, date and summary of a web page.

The page is fetched with a short timeout and only its first two megabytes are read: the
metadata a news site gives (OpenGraph and Twitter tags, ``<title>``, ``<time datetime>`` and
JSON-LD ``datePublished``) stands in the ``<head>`` or near the top of the article. The
standard ``html.parser`` reads it; nothing else is needed. Any failure is a LinkError with its
own message code, and the link itself is kept by the caller.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, replace
from html.parser import HTMLParser
from typing import Any

from pressdesk.messages import UserError
from pressdesk.services.coverage.keys import is_web_address
from pressdesk.services.coverage.records import resolve_outlet
from pressdesk.storage.engine import Database

__all__ = [
    "LINK_TIMEOUT",
    "MAX_PAGE_BYTES",
    "LinkDetails",
    "LinkError",
    "fetch_page",
    "link_details",
    "read_page",
]

#: Seconds a page may take to answer; a pasted link must not keep the user waiting long.
LINK_TIMEOUT = 5.0
#: How much of a page is read: the metadata is at the top, the rest is not needed.
MAX_PAGE_BYTES = 2 * 1024 * 1024
_CHUNK = 64 * 1024
_USER_AGENT = "Mozilla/5.0 (compatible; PressDesk link reader)"
_PAGE_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.I)
_LIMITS = {"title": 500, "site_name": 200, "summary": 2000}

#: Opens a request with a timeout; tests give one that records or fails.
Opener = Callable[..., Any]


class LinkError(UserError, ValueError):
    """A link's page cannot be read; the code says why, ``url`` names it."""


@dataclass(frozen=True)
class LinkDetails:
    """What a page says about itself; empty strings and None where it says nothing.

    ``outlet`` is the contact base's name of the outlet when the site's name matches one,
    else the site's own name with ``outlet_known`` False (to be offered for adding).
    """

    url: str
    title: str = ""
    site_name: str = ""
    published_at: dt.datetime | None = None
    summary: str = ""
    outlet: str = ""
    outlet_known: bool = False

    @property
    def empty(self) -> bool:
        """Return True if the page gave nothing to fill in."""
        return not (self.title or self.site_name or self.published_at or self.summary)


def _clean(text: str, limit: int) -> str:
    return " ".join(text.split())[:limit]


def _moment(text: str) -> dt.datetime | None:
    """Read an ISO 8601 date or date and time; an offset is turned into local time."""
    text = text.strip()
    if not text:
        return None
    try:
        value = dt.datetime.fromisoformat(text.replace(" ", "T", 1) if "T" not in text else text)
    except ValueError:
        try:
            value = dt.datetime.combine(dt.date.fromisoformat(text[:10]), dt.time())
        except ValueError:
            return None
    if value.tzinfo is not None:
        value = value.astimezone().replace(tzinfo=None)
    return value.replace(second=0, microsecond=0)


def _json_dates(data: Any) -> list[str]:
    """Return the ``datePublished`` (then ``dateModified``) values anywhere in JSON-LD."""
    found: list[str] = []
    later: list[str] = []
    stack = [data]
    while stack:
        item = stack.pop(0)
        if isinstance(item, dict):
            for key, value in item.items():
                if key == "datePublished" and isinstance(value, str):
                    found.append(value)
                elif key == "dateModified" and isinstance(value, str):
                    later.append(value)
                elif isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
    return found + later


def _json_titles(data: Any) -> list[str]:
    """Return the ``headline`` values of JSON-LD, for a page with no other title."""
    if isinstance(data, list):
        return [t for item in data for t in _json_titles(item)]
    if isinstance(data, dict):
        own = [data["headline"]] if isinstance(data.get("headline"), str) else []
        return own + _json_titles(data.get("@graph", []))
    return []


class _MetaReader(HTMLParser):
    """Collect the meta tags, the first ``<title>``, ``<time datetime>`` and JSON-LD blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.title = ""
        self.times: list[str] = []
        self.json_ld: list[Any] = []
        self._in: str = ""
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or "").strip().lower()
            if key and key not in self.meta and values.get("content"):
                self.meta[key] = values["content"]
        elif tag == "time" and values.get("datetime"):
            self.times.append(values["datetime"])
        elif tag == "title" and not self.title:
            self._in, self._text = "title", []
        elif tag == "script" and "ld+json" in values.get("type", "").lower():
            self._in, self._text = "json", []

    def handle_data(self, data: str) -> None:
        if self._in:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._in == "title" and tag == "title":
            self.title = "".join(self._text)
            self._in = ""
        elif self._in == "json" and tag == "script":
            self._in = ""
            # A broken block on someone else's page is skipped, not a failure.
            with contextlib.suppress(ValueError):
                self.json_ld.append(json.loads("".join(self._text)))


def _decode(data: bytes, content_type: str) -> str:
    """Return the page as text, in the charset the header or a meta tag names (else UTF-8)."""
    match = re.search(r"charset\s*=\s*[\"']?([\w-]+)", content_type, re.I)
    charset = match.group(1) if match else ""
    if not charset:
        found = _CHARSET.search(data[:4096])
        charset = found.group(1).decode("ascii") if found else "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def read_page(data: bytes, url: str, content_type: str = "") -> LinkDetails:
    """Read the title, site name, date and description of a page from its bytes."""
    reader = _MetaReader()
    try:
        reader.feed(_decode(data, content_type))
        reader.close()
    except (AssertionError, ValueError):
        pass  # keep what was read before the markup went wrong
    meta = reader.meta
    titles = [meta.get("og:title", ""), meta.get("twitter:title", ""), reader.title]
    for block in reader.json_ld:
        titles += _json_titles(block)
    dates = [
        meta.get("article:published_time", ""),
        meta.get("og:published_time", ""),
        meta.get("og:updated_time", ""),
        meta.get("article:modified_time", ""),
        *reader.times,
    ]
    for block in reader.json_ld:
        dates += _json_dates(block)
    published = next((m for m in map(_moment, dates) if m is not None), None)
    summary = meta.get("og:description") or meta.get("twitter:description") or ""
    summary = summary or meta.get("description", "")
    return LinkDetails(
        url=url,
        title=_clean(next((t for t in titles if t.strip()), ""), _LIMITS["title"]),
        site_name=_clean(meta.get("og:site_name", ""), _LIMITS["site_name"]),
        published_at=published,
        summary=_clean(summary, _LIMITS["summary"]),
    )


def _seconds(timeout: float) -> int | float:
    return int(timeout) if float(timeout).is_integer() else round(timeout, 1)


def fetch_page(
    url: str,
    *,
    timeout: float = LINK_TIMEOUT,
    max_bytes: int = MAX_PAGE_BYTES,
    opener: Opener = urllib.request.urlopen,
) -> tuple[bytes, str]:
    """Download the start of a web page and return its bytes and content type.

    Only HTML is read (a PDF, an image or a video link is refused at its header); at most
    ``max_bytes`` are read, and a page that answers or sends slower than ``timeout`` is given up.
    """
    if not is_web_address(url):
        raise LinkError("coverage.bad_url", url=url[:200])
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": _USER_AGENT,
            "Accept": "text/html,application/xhtml+xml",
            "Accept-Encoding": "identity",
        },
    )
    started = time.monotonic()
    try:
        with opener(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "") or ""
            kind = content_type.split(";")[0].strip().lower()
            if kind and kind not in _PAGE_TYPES:
                raise LinkError("coverage.link_not_page", url=url, type=kind)
            chunks: list[bytes] = []
            size = 0
            while size < max_bytes:
                chunk = response.read(min(_CHUNK, max_bytes - size))
                if not chunk:
                    break
                if not chunks and b"\x00" in chunk[:1024]:
                    raise LinkError("coverage.link_not_page", url=url, type=kind or "binary")
                chunks.append(chunk)
                size += len(chunk)
                if time.monotonic() - started > timeout * 2:
                    raise LinkError("coverage.link_timeout", url=url, seconds=_seconds(timeout))
    except LinkError:
        raise
    except urllib.error.HTTPError as exc:
        exc.close()
        raise LinkError("coverage.link_http", url=url, status=exc.code) from exc
    except TimeoutError as exc:
        raise LinkError("coverage.link_timeout", url=url, seconds=_seconds(timeout)) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise LinkError("coverage.link_timeout", url=url, seconds=_seconds(timeout)) from exc
        raise LinkError("coverage.link_unreachable", url=url, reason=str(exc.reason)) from exc
    except (OSError, ValueError) as exc:
        raise LinkError("coverage.link_unreachable", url=url, reason=str(exc)) from exc
    return b"".join(chunks), content_type


def link_details(
    db: Database,
    url: str,
    *,
    timeout: float = LINK_TIMEOUT,
    opener: Opener = urllib.request.urlopen,
) -> LinkDetails:
    """Fetch ``url`` and return what its page says, the outlet matched to the contact base.

    A page that says nothing usable is a LinkError too (``coverage.link_empty``), so the
    caller can tell the user why nothing was filled in.
    """
    url = url.strip()
    data, content_type = fetch_page(url, timeout=timeout, opener=opener)
    details = read_page(data, url, content_type)
    if details.empty:
        raise LinkError("coverage.link_empty", url=url)
    if not details.site_name:
        return details
    with db.session() as session:
        outlet = resolve_outlet(session, details.site_name)
        if outlet is not None:
            return replace(details, outlet=outlet.name, outlet_known=True)
    return replace(details, outlet=details.site_name)
