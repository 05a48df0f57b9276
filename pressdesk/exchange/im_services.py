"""Instant-messaging and social-network services in contact cards: names, URI schemes, lines.

A card names a service in several ways: IMPP with a URI scheme ("skype:jdoe") or an
X-SERVICE-TYPE parameter (Apple), X-SOCIALPROFILE with a TYPE, or an old X-SKYPE property.
PressDesk keeps Telegram, WhatsApp, Viber and Signal as messengers of their own; any other
service is kept as an "other" messenger whose handle starts with the service's name
("Skype: jdoe"), so the export writes it back under that name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Service codes and how people write their names.
SERVICES: dict[str, str] = {
    "telegram": "Telegram",
    "whatsapp": "WhatsApp",
    "viber": "Viber",
    "signal": "Signal",
    "skype": "Skype",
    "icq": "ICQ",
    "jabber": "Jabber",
    "aim": "AIM",
    "msn": "MSN",
    "yahoo": "Yahoo",
    "gtalk": "Google Talk",
    "qq": "QQ",
    "gadugadu": "Gadu-Gadu",
    "sip": "SIP",
    "matrix": "Matrix",
    "facebook": "Facebook",
    "twitter": "Twitter",
    "x": "X",
    "instagram": "Instagram",
    "linkedin": "LinkedIn",
    "vk": "VK",
    "odnoklassniki": "Odnoklassniki",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "flickr": "Flickr",
    "myspace": "Myspace",
    "sinaweibo": "Sina Weibo",
}
SOCIAL = frozenset(
    {
        "facebook",
        "twitter",
        "x",
        "instagram",
        "linkedin",
        "vk",
        "odnoklassniki",
        "tiktok",
        "youtube",
        "flickr",
        "myspace",
        "sinaweibo",
    }
)
SCHEMES: dict[str, str] = {
    "tg": "telegram",
    "telegram": "telegram",
    "whatsapp": "whatsapp",
    "viber": "viber",
    "signal": "signal",
    "sgnl": "signal",
    "skype": "skype",
    "callto": "skype",
    "icq": "icq",
    "xmpp": "jabber",
    "jabber": "jabber",
    "aim": "aim",
    "msnim": "msn",
    "msn": "msn",
    "ymsgr": "yahoo",
    "yahoo": "yahoo",
    "gtalk": "gtalk",
    "qq": "qq",
    "gg": "gadugadu",
    "gadugadu": "gadugadu",
    "sip": "sip",
    "matrix": "matrix",
}
URI_SCHEME = {
    "telegram": "tg",
    "whatsapp": "whatsapp",
    "viber": "viber",
    "signal": "sgnl",
    "skype": "skype",
    "icq": "icq",
    "jabber": "xmpp",
    "aim": "aim",
    "msn": "msnim",
    "yahoo": "ymsgr",
    "gtalk": "gtalk",
    "qq": "qq",
    "gadugadu": "gg",
    "sip": "sip",
    "matrix": "matrix",
}
X_SERVICES = {
    "X-TELEGRAM": "telegram",
    "X-WHATSAPP": "whatsapp",
    "X-VIBER": "viber",
    "X-SIGNAL": "signal",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-ICQ": "icq",
    "X-JABBER": "jabber",
    "X-AIM": "aim",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-GTALK": "gtalk",
    "X-GOOGLE-TALK": "gtalk",
    "X-QQ": "qq",
    "X-GADUGADU": "gadugadu",
    "X-TWITTER": "twitter",
}


def service_key(text: str) -> str | None:
    """Return the service code of a service name ("Telegram", "tg", "Google Talk"), or None."""
    folded = re.sub(r"[\s_.-]+", "", text.casefold())
    if folded in SERVICES:
        return folded
    if folded in SCHEMES:
        return SCHEMES[folded]
    return next((k for k, label in SERVICES.items() if label.casefold() == text.casefold()), None)


_GENERIC_TYPES = frozenset({"home", "work", "pref", "other", "internet", "voice", "cell"})


def read_impp(text: str, hints: Sequence[str]) -> tuple[str, str]:
    """Return (service, handle) of an IMPP value; ``hints`` are its service parameters.

    The service is a code of SERVICES, the name the file gives a service PressDesk does not
    know, or "other".
    """
    scheme, sep, rest = text.partition(":")
    scheme = scheme.strip().casefold() if sep else ""
    names = [h.strip() for h in hints if h.strip() and h.strip().casefold() not in _GENERIC_TYPES]
    named = next((key for h in names if (key := service_key(h)) is not None), None)
    by_scheme = SCHEMES.get(scheme)
    # "x-…:" (Apple's own scheme) and a scheme named like the service carry no information.
    plain = bool(
        sep and (by_scheme or scheme.startswith("x-") or any(scheme == h.casefold() for h in names))
    )
    handle = rest.strip().lstrip("/") if plain else text
    if named or by_scheme:
        return named or by_scheme or "other", handle
    return (names[0] if names else "other"), handle


def read_social(text: str, types: Sequence[str], user: str = "") -> tuple[str, str]:
    """Return (service, handle) of an X-SOCIALPROFILE value (a profile URL or a user name)."""
    service = next((key for hint in types if (key := service_key(hint)) is not None), "other")
    return service, text or user


def _param(name: str) -> str:
    return f'"{name}"' if re.search(r'[:;,"]', name) else name


def messenger_line(service: str, handle: str) -> str:
    """Return the vCard 3.0 line of a messenger: IMPP with the service, or X-SOCIALPROFILE."""
    key = service if service in SERVICES else None
    if key is None and service == "other":
        label, sep, rest = handle.partition(":")
        found = service_key(label) if sep and label.strip() else None
        if found is not None:
            key, handle = found, rest.strip()
    if key is None:
        label, sep, rest = handle.partition(":")
        name = label.strip().replace('"', "")
        if sep and name and rest.startswith(" ") and name.casefold() != "other":
            scheme = "x-" + re.sub(r"[^a-z0-9+.-]+", "-", name.casefold()).strip("-")
            return f"IMPP;X-SERVICE-TYPE={_param(name)}:{scheme}:{rest.strip()}"
        return f"IMPP;X-SERVICE-TYPE=Other:x-other:{handle}"
    if key in SOCIAL:
        return f"X-SOCIALPROFILE;TYPE={key}:{handle}"
    return f"IMPP;X-SERVICE-TYPE={SERVICES[key]}:{URI_SCHEME.get(key, 'x-' + key)}:{handle}"
