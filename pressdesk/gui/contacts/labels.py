"""Translated names of the contact base's codes (kinds, languages, channels, regions…)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from pressdesk.gui.i18n import QT_TRANSLATE_NOOP
from pressdesk.gui.widgets import dates

_CONTEXT = "ContactLabels"

_GROUPS: dict[str, dict[str, str]] = {
    "person_kind": {
        "journalist": QT_TRANSLATE_NOOP("ContactLabels", "Journalist"),
        "editor": QT_TRANSLATE_NOOP("ContactLabels", "Editor"),
        "camera_operator": QT_TRANSLATE_NOOP("ContactLabels", "Camera operator"),
        "photographer": QT_TRANSLATE_NOOP("ContactLabels", "Photographer"),
        "blogger": QT_TRANSLATE_NOOP("ContactLabels", "Blogger"),
        "influencer": QT_TRANSLATE_NOOP("ContactLabels", "Opinion leader"),
        "expert": QT_TRANSLATE_NOOP("ContactLabels", "Expert"),
        "press_service": QT_TRANSLATE_NOOP("ContactLabels", "Press service of another body"),
        "mission_abroad": QT_TRANSLATE_NOOP("ContactLabels", "Mission abroad"),
        "public_org": QT_TRANSLATE_NOOP("ContactLabels", "Public organisation"),
        "other": QT_TRANSLATE_NOOP("ContactLabels", "Other"),
    },
    "outlet_kind": {
        "tv": QT_TRANSLATE_NOOP("ContactLabels", "TV channel"),
        "radio": QT_TRANSLATE_NOOP("ContactLabels", "Radio"),
        "print": QT_TRANSLATE_NOOP("ContactLabels", "Print"),
        "online": QT_TRANSLATE_NOOP("ContactLabels", "Online media"),
        "news_agency": QT_TRANSLATE_NOOP("ContactLabels", "News agency"),
        "blog": QT_TRANSLATE_NOOP("ContactLabels", "Blog or channel"),
        "foreign": QT_TRANSLATE_NOOP("ContactLabels", "Foreign media"),
        "other": QT_TRANSLATE_NOOP("ContactLabels", "Other"),
    },
    "platform": {
        "tv": QT_TRANSLATE_NOOP("ContactLabels", "TV"),
        "radio": QT_TRANSLATE_NOOP("ContactLabels", "Radio"),
        "print": QT_TRANSLATE_NOOP("ContactLabels", "Print"),
        "website": QT_TRANSLATE_NOOP("ContactLabels", "Website"),
        "social": QT_TRANSLATE_NOOP("ContactLabels", "Social networks"),
        "messenger": QT_TRANSLATE_NOOP("ContactLabels", "Messengers"),
        "video": QT_TRANSLATE_NOOP("ContactLabels", "Video hosting"),
    },
    "format": {
        "video": QT_TRANSLATE_NOOP("ContactLabels", "Video"),
        "audio": QT_TRANSLATE_NOOP("ContactLabels", "Audio"),
        "print": QT_TRANSLATE_NOOP("ContactLabels", "Print"),
        "article": QT_TRANSLATE_NOOP("ContactLabels", "Article"),
        "live": QT_TRANSLATE_NOOP("ContactLabels", "Live broadcast"),
        "post": QT_TRANSLATE_NOOP("ContactLabels", "Post"),
    },
    "scale": {
        "national": QT_TRANSLATE_NOOP("ContactLabels", "National"),
        "regional": QT_TRANSLATE_NOOP("ContactLabels", "Regional"),
    },
    "region": {
        "": QT_TRANSLATE_NOOP("ContactLabels", "No region"),
        "bishkek": QT_TRANSLATE_NOOP("ContactLabels", "Bishkek city"),
        "osh_city": QT_TRANSLATE_NOOP("ContactLabels", "Osh city"),
        "chuy": QT_TRANSLATE_NOOP("ContactLabels", "Chuy region"),
        "issyk_kul": QT_TRANSLATE_NOOP("ContactLabels", "Issyk-Kul region"),
        "naryn": QT_TRANSLATE_NOOP("ContactLabels", "Naryn region"),
        "talas": QT_TRANSLATE_NOOP("ContactLabels", "Talas region"),
        "jalal_abad": QT_TRANSLATE_NOOP("ContactLabels", "Jalal-Abad region"),
        "osh": QT_TRANSLATE_NOOP("ContactLabels", "Osh region"),
        "batken": QT_TRANSLATE_NOOP("ContactLabels", "Batken region"),
        "abroad": QT_TRANSLATE_NOOP("ContactLabels", "Abroad"),
    },
    "ownership": {
        "state": QT_TRANSLATE_NOOP("ContactLabels", "State"),
        "private": QT_TRANSLATE_NOOP("ContactLabels", "Private"),
    },
    "language": {
        "ky": QT_TRANSLATE_NOOP("ContactLabels", "Kyrgyz"),
        "ru": QT_TRANSLATE_NOOP("ContactLabels", "Russian"),
        "uz": QT_TRANSLATE_NOOP("ContactLabels", "Uzbek"),
        "en": QT_TRANSLATE_NOOP("ContactLabels", "English"),
        "other": QT_TRANSLATE_NOOP("ContactLabels", "Other language"),
    },
    "language_short": {
        "ky": QT_TRANSLATE_NOOP("ContactLabels", "KY"),
        "ru": QT_TRANSLATE_NOOP("ContactLabels", "RU"),
        "uz": QT_TRANSLATE_NOOP("ContactLabels", "UZ"),
        "en": QT_TRANSLATE_NOOP("ContactLabels", "EN"),
        "other": QT_TRANSLATE_NOOP("ContactLabels", "other"),
    },
    "channel": {
        "": QT_TRANSLATE_NOOP("ContactLabels", "Not set"),
        "phone": QT_TRANSLATE_NOOP("ContactLabels", "Phone"),
        "email": QT_TRANSLATE_NOOP("ContactLabels", "E-mail"),
        "telegram": QT_TRANSLATE_NOOP("ContactLabels", "Telegram"),
        "whatsapp": QT_TRANSLATE_NOOP("ContactLabels", "WhatsApp"),
        "viber": QT_TRANSLATE_NOOP("ContactLabels", "Viber"),
        "sms": QT_TRANSLATE_NOOP("ContactLabels", "SMS"),
        "meeting": QT_TRANSLATE_NOOP("ContactLabels", "Meeting"),
        "event": QT_TRANSLATE_NOOP("ContactLabels", "Event"),
        "other": QT_TRANSLATE_NOOP("ContactLabels", "Other"),
    },
    "phone_kind": {
        "mobile": QT_TRANSLATE_NOOP("ContactLabels", "Mobile"),
        "work": QT_TRANSLATE_NOOP("ContactLabels", "Work"),
        "home": QT_TRANSLATE_NOOP("ContactLabels", "Home"),
        "fax": QT_TRANSLATE_NOOP("ContactLabels", "Fax"),
        "other": QT_TRANSLATE_NOOP("ContactLabels", "Other"),
    },
    "messenger": {
        "telegram": QT_TRANSLATE_NOOP("ContactLabels", "Telegram"),
        "whatsapp": QT_TRANSLATE_NOOP("ContactLabels", "WhatsApp"),
        "viber": QT_TRANSLATE_NOOP("ContactLabels", "Viber"),
        "signal": QT_TRANSLATE_NOOP("ContactLabels", "Signal"),
        "other": QT_TRANSLATE_NOOP("ContactLabels", "Other"),
    },
    "list_kind": {
        "static": QT_TRANSLATE_NOOP("ContactLabels", "Chosen contacts"),
        "filter": QT_TRANSLATE_NOOP("ContactLabels", "Saved filter"),
    },
}


def label(group: str, code: str) -> str:
    """Return the translated name of ``code`` in ``group`` (the code itself if unknown)."""
    source = _GROUPS[group].get(code)
    return QCoreApplication.translate(_CONTEXT, source) if source is not None else code


def labels(group: str, codes: Iterable[str], *, short: bool = False) -> str:
    """Return the names of several codes, comma-separated, in the group's order."""
    table = _GROUPS["language_short" if short and group == "language" else group]
    wanted = set(codes)
    names = [QCoreApplication.translate(_CONTEXT, s) for c, s in table.items() if c in wanted]
    names.extend(sorted(wanted - set(table)))
    return ", ".join(names)


def choices(group: str) -> list[tuple[str, str]]:
    """Return (code, translated name) of every code in ``group`` in the group's order."""
    return [(code, QCoreApplication.translate(_CONTEXT, s)) for code, s in _GROUPS[group].items()]


# Dates are shown in one form in every section; the section's modules find them here too.
date_text = dates.date_text
qdate = dates.qdate
pydate = dates.pydate
