"""The interface's names of the coverage codes: tones, platforms, material kinds, languages."""

from __future__ import annotations

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

#: A code's name in the interface language.
tone_name = namer(_CONTEXT, TONE_NAMES)
platform_name = namer(_CONTEXT, PLATFORM_NAMES)
kind_name = namer(_CONTEXT, KIND_NAMES)
language_name = namer(_CONTEXT, LANGUAGE_NAMES)

#: The colours of the tones in the list and the charts (positive, neutral, negative, not set).
TONE_COLOURS: dict[str, str] = {
    "positive": "#2e7d32",
    "neutral": "#78909c",
    "negative": "#c62828",
    "": "#d7dde2",
}
