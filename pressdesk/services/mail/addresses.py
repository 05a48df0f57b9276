"""Whether a text is one plain e-mail address a mail server will take."""

from __future__ import annotations

import re

# One address, no display name, no spaces, a dot in the domain; what the servers of the
# media take. Non-Latin addresses need SMTPUTF8 or IDNA, which not every server offers.
_ADDRESS = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
    r"[A-Za-z]{2,63}$"
)


def is_address(text: str) -> bool:
    """Return True if ``text`` is a single e-mail address (``name@example.kg``)."""
    if len(text) > 254 or ".." in text:
        return False
    local = text.partition("@")[0]
    if local.startswith(".") or local.endswith("."):
        return False
    return bool(_ADDRESS.match(text))
