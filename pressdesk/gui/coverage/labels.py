"""The interface's names of the coverage codes: tones, platforms, material kinds, languages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pressdesk.gui.contacts.labels import label
from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.inventory.common import namer

_CONTEXT = "CoverageLabels"

TONE_NAMES: dict[str, str] = {
    "positive": QT_TRANSLATE_NOOP("CoverageLabels", "Positive"),
    "neutral": QT_TRANSLATE_NOOP("CoverageLabels", "Neutral"),
    "negative": QT_TRANSLATE_NOOP("CoverageLabels", "Negative"),
    "": QT_TRANSLATE_NOOP("CoverageLabels", "Not set"),
}
PLATFORM_NAMES: dict[str, str] = {
    "website": QT_TRANSLATE_NOOP("CoverageLabels", "Website"),
    "facebook": QT_TRANSLATE_NOOP("CoverageLabels", "Facebook"),
    "instagram": QT_TRANSLATE_NOOP("CoverageLabels", "Instagram"),
    "telegram": QT_TRANSLATE_NOOP("CoverageLabels", "Telegram"),
    "youtube": QT_TRANSLATE_NOOP("CoverageLabels", "YouTube"),
    "tiktok": QT_TRANSLATE_NOOP("CoverageLabels", "TikTok"),
    "x": QT_TRANSLATE_NOOP("CoverageLabels", "X (Twitter)"),
    "tv": QT_TRANSLATE_NOOP("CoverageLabels", "TV"),
    "radio": QT_TRANSLATE_NOOP("CoverageLabels", "Radio"),
    "print": QT_TRANSLATE_NOOP("CoverageLabels", "Print"),
}
KIND_NAMES: dict[str, str] = {
    "news": QT_TRANSLATE_NOOP("CoverageLabels", "News"),
    "article": QT_TRANSLATE_NOOP("CoverageLabels", "Article"),
    "interview": QT_TRANSLATE_NOOP("CoverageLabels", "Interview"),
    "tv_story": QT_TRANSLATE_NOOP("CoverageLabels", "TV story"),
    "radio_programme": QT_TRANSLATE_NOOP("CoverageLabels", "Radio programme"),
    "post": QT_TRANSLATE_NOOP("CoverageLabels", "Post"),
    "video": QT_TRANSLATE_NOOP("CoverageLabels", "Video"),
    "photo_report": QT_TRANSLATE_NOOP("CoverageLabels", "Photo report"),
    "comment": QT_TRANSLATE_NOOP("CoverageLabels", "Comment"),
}
LANGUAGE_NAMES: dict[str, str] = {
    "": QT_TRANSLATE_NOOP("CoverageLabels", "Not stated"),
    "ky": QT_TRANSLATE_NOOP("CoverageLabels", "Kyrgyz"),
    "ru": QT_TRANSLATE_NOOP("CoverageLabels", "Russian"),
    "uz": QT_TRANSLATE_NOOP("CoverageLabels", "Uzbek"),
    "en": QT_TRANSLATE_NOOP("CoverageLabels", "English"),
    "other": QT_TRANSLATE_NOOP("CoverageLabels", "Other"),
}

OWNER_NAMES: dict[str, str] = {
    "state": QT_TRANSLATE_NOOP("CoverageLabels", "State outlets"),
    "private": QT_TRANSLATE_NOOP("CoverageLabels", "Private outlets"),
    "": QT_TRANSLATE_NOOP("CoverageLabels", "Outlets not in the base"),
}
#: An outlet kind unknown because the outlet is not in the contact base.
NOT_IN_BASE = QT_TRANSLATE_NOOP("CoverageLabels", "Not in the base")

#: A code's name in the interface language.
tone_name = namer(_CONTEXT, TONE_NAMES)
platform_name = namer(_CONTEXT, PLATFORM_NAMES)
kind_name = namer(_CONTEXT, KIND_NAMES)
language_name = namer(_CONTEXT, LANGUAGE_NAMES)
owners_name = namer(_CONTEXT, OWNER_NAMES)


def outlet_kind_name(code: str) -> str:
    """Return the name of an outlet kind, as the contact base names it."""
    if not code:
        return QCoreApplication.translate(_CONTEXT, NOT_IN_BASE)
    return label("outlet_kind", code)
