"""Short texts of a release for the website, Facebook, Instagram and Telegram, each within the
platform's length limit.

The limits are those the platforms enforce on one post (checked in their help pages, 2026):

- website: the organisation's own news page has no limit; the whole release is given;
- Facebook: a post holds at most 63 206 characters; the text is the title, the lead and the
  body, so a long release is still cut only where Facebook would refuse it;
- Instagram: a caption holds at most 2 200 characters and its links cannot be clicked, so the
  caption is the title, the lead and as much of the body as fits, without links;
- Telegram: a text message holds at most 4 096 characters (a photo's caption only 1 024; the
  text is meant to be sent as a message, with the photo apart): title, lead, body, first link.

A text that is too long is cut after the last whole word that fits, ending in "…". Lengths are
counted in characters as the platforms count Cyrillic text (every letter of Kyrgyz and Russian
is one UTF-16 unit).
"""

from __future__ import annotations

from dataclasses import dataclass

from pressdesk.services.releases.reading import get_release
from pressdesk.services.releases.records import ReleaseError, ReleaseRow
from pressdesk.storage.engine import Database

__all__ = ["CHANNELS", "LIMITS", "ChannelText", "channel_texts", "fit", "texts_of"]

#: The channels in the order they are shown.
CHANNELS: tuple[str, ...] = ("website", "facebook", "instagram", "telegram")
#: The most characters one post may hold on each channel; None where there is no limit.
LIMITS: dict[str, int | None] = {
    "website": None,
    "facebook": 63_206,
    "instagram": 2_200,
    "telegram": 4_096,
}
_ELLIPSIS = "…"


@dataclass(frozen=True)
class ChannelText:
    """The text for one channel, its length and the channel's limit (None: no limit)."""

    channel: str
    text: str
    limit: int | None

    @property
    def length(self) -> int:
        """Return the text's length in characters."""
        return len(self.text)

    @property
    def fits(self) -> bool:
        """Return True if the text is within the channel's limit."""
        return self.limit is None or self.length <= self.limit


def fit(text: str, limit: int | None) -> str:
    """Return ``text`` cut after the last whole word within ``limit`` characters, with "…"."""
    if limit is None or len(text) <= limit:
        return text
    room = text[: max(limit - len(_ELLIPSIS), 0)]
    cut = room.rstrip()
    if not text[len(room) : len(room) + 1].isspace():
        # The cut fell inside a word: drop that word's beginning.
        head, space, _tail = cut.rpartition(" ")
        if space and head.strip():
            cut = head
    return cut.rstrip(" ,;:—–-\n") + _ELLIPSIS


def _paragraphs(*parts: str) -> str:
    return "\n\n".join(p.strip() for p in parts if p.strip())


def texts_of(row: ReleaseRow, lang: str) -> list[ChannelText]:
    """Return the text for each channel of ``row`` in ``lang`` (the row read in full)."""
    title = row.title.get(lang).strip()
    if not title:
        raise ReleaseError("release.no_text", lang=lang)
    lead, body = row.lead.get(lang), row.body.get(lang)
    quotes = [
        f"«{q.text.get(lang).strip()}» — "
        + ", ".join(p for p in (q.speaker, q.speaker_title.get(lang)) if p.strip())
        for q in row.quotes
        if q.text.get(lang).strip()
    ]
    links = [link for link in row.links if link.strip()]
    full = _paragraphs(title, lead, body, *quotes, "\n".join(links))
    telegram = _paragraphs(title, lead, body)
    if links:
        # The link stays whole at the end, whatever of the text has to be cut.
        room = LIMITS["telegram"] or 0
        telegram = fit(telegram, room - len(links[0]) - 2) + "\n\n" + links[0]
    texts = {
        "website": full,
        "facebook": full,
        "instagram": _paragraphs(title, lead, body, *quotes),
        "telegram": telegram,
    }
    return [
        ChannelText(channel, fit(texts[channel], LIMITS[channel]), LIMITS[channel])
        for channel in CHANNELS
    ]


def channel_texts(db: Database, release_id: int, lang: str) -> list[ChannelText]:
    """Return the website, Facebook, Instagram and Telegram texts of a release in ``lang``."""
    if lang not in ("ky", "ru"):
        raise ReleaseError("release.no_text", lang=lang)
    return texts_of(get_release(db, release_id), lang)
