"""The keys that find the same publication twice: the canonical link and the folded title."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from pressdesk.storage.contacts_search import search_fold

# Query parameters that only say where a click came from; the page is the same without them.
_TRACKING = re.compile(
    r"^(utm_.*|fbclid|gclid|yclid|dclid|igshid|mc_cid|mc_eid|_openstat|ref_src|si)$", re.I
)
_PUNCT = re.compile(r"[^\w]+")


def canonical_url(url: str) -> str:
    """Return ``url`` reduced to what names the page; "" for an empty link.

    The scheme becomes https, the host loses "www." and its case, tracking parameters (utm_*,
    fbclid…) and the fragment go, and a trailing slash of the path is dropped.
    """
    text = url.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    kept = urlencode([(k, v) for k, v in query if not _TRACKING.match(k)])
    path = parts.path.rstrip("/")
    return urlunsplit(("https", host, path, kept, ""))


def is_web_address(url: str) -> bool:
    """Return True if ``url`` is an http(s) address with a host."""
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def title_key(title: str) -> str:
    """Return ``title`` folded as the contact search folds it, punctuation and spaces as one."""
    return " ".join(_PUNCT.sub(" ", search_fold(title)).split())


def outlet_key(name: str) -> str:
    """Return an outlet name folded the way titles are, for grouping and duplicate checks."""
    return title_key(name)
