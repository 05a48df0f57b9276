"""Values typed into table cells: dates, sums of money and counts, as people write them."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

_DATE_PATTERNS = (
    re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[ T].*)?$"),
    re.compile(r"^(?P<d>\d{1,2})[./-](?P<m>\d{1,2})[./-](?P<y>\d{4})(?:\s.*)?$"),
    re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{2})$"),
)
_AMOUNT_NOISE = re.compile(r"(?i)[\s\u00a0\u202f'’]|сом\.?|som|kgs|с\.$")
_MAX_AMOUNT = Decimal("999999999999.99")
_MAX_AMOUNT_DIGITS = 12
#: The largest whole number the database can store (SQLite's integers are 64-bit).
MAX_COUNT = 2**63 - 1


class CellValueError(ValueError):
    """A cell's text that is not a value of its kind; ``str()`` is the English sentence.

    ``kind`` names the problem ("date", "amount", "ambiguous", "count", "too_large",
    "negative") and ``value`` is the text as the sentence quotes it, so a caller can word the
    same meaning in the interface's language.
    """

    def __init__(self, kind: str, value: str, sentence: str) -> None:
        super().__init__(sentence)
        self.kind = kind
        self.value = value


def parse_date(text: str) -> dt.date | None:
    """Parse 2024-03-15, 15.03.2024, 15/03/2024 or 15.03.24; "" gives None; else ValueError."""
    text = text.strip()
    if not text:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text)
        if match:
            year = int(match["y"])
            if year < 100:
                year += 2000
            try:
                return dt.date(year, int(match["m"]), int(match["d"]))
            except ValueError:
                break
    raise CellValueError(
        "date", repr(text), f"{text!r} is not a date (write it as 15.03.2024 or 2024-03-15)"
    )


def parse_amount(text: str) -> Decimal | None:
    """Parse a money amount such as "45 000", "45 000,50 сом" or "45000.50"; "" gives None."""
    raw = text.strip()
    cleaned = _AMOUNT_NOISE.sub("", raw)
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        decimal_mark = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        thousands = "." if decimal_mark == "," else ","
        cleaned = cleaned.replace(thousands, "").replace(decimal_mark, ".")
    elif cleaned.count(",") > 1:
        cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        if re.fullmatch(r"-?\d{1,3},\d{3}", cleaned):
            raise CellValueError(
                "ambiguous",
                repr(raw),
                f"{raw!r} is ambiguous: write thousands without a comma (1500 or 1500,00)",
            )
        cleaned = cleaned.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", cleaned):
        raise CellValueError("amount", repr(_short(raw)), f"{_short(raw)!r} is not an amount")
    if len(cleaned.lstrip("-").split(".")[0].lstrip("0")) > _MAX_AMOUNT_DIGITS:
        # Checked on the text: a number of thousands of digits would stop Decimal's rounding.
        raise CellValueError("too_large", repr(_short(raw)), f"{_short(raw)!r} is too large")
    value = Decimal(cleaned).quantize(Decimal("0.01"))
    if value < 0:
        raise CellValueError("negative", repr(raw), f"{raw!r} is negative")
    if value > _MAX_AMOUNT:
        raise CellValueError("too_large", repr(raw), f"{raw!r} is too large")
    return value


def parse_count(text: str) -> int | None:
    """Parse a non-negative whole number such as "1 250"; "" gives None; else ValueError."""
    cleaned = re.sub(r"[\s\u00a0\u202f]", "", text)
    if not cleaned:
        return None
    if cleaned.endswith(".0"):
        cleaned = cleaned[:-2]
    if not cleaned.isascii() or not cleaned.isdigit():
        raise CellValueError(
            "count", repr(_short(text.strip())), f"{_short(text.strip())!r} is not a whole number"
        )
    if len(cleaned.lstrip("0")) > len(str(MAX_COUNT)) or int(cleaned) > MAX_COUNT:
        raise CellValueError(
            "too_large", repr(_short(cleaned)), f"{_short(cleaned)!r} is too large"
        )
    return int(cleaned)


def _short(text: str) -> str:
    """Return ``text`` cut for a message: a cell may hold a hundred thousand characters."""
    return text if len(text) <= 40 else text[:39] + "…"
