"""The kinds of material and the platforms of the coverage log, without the database layer:
the command line offers them as choices, and `pressdesk --help` does not load SQLAlchemy."""

from __future__ import annotations

MATERIAL_KINDS = (
    "news",
    "article",
    "interview",
    "tv_story",
    "radio_programme",
    "post",
    "video",
    "photo_report",
    "comment",
)
COVERAGE_PLATFORMS = (
    "website",
    "facebook",
    "instagram",
    "telegram",
    "youtube",
    "tiktok",
    "x",
    "tv",
    "radio",
    "print",
)
