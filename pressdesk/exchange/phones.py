"""Check and normalise phone numbers (E.164, Kyrgyzstan by default) and e-mail addresses."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

# phonenumbers and email-validator are imported by the functions that parse (about 40 ms):
# a list showing stored numbers and a window starting up do not load them.
from pressdesk.messages import Message

if TYPE_CHECKING:
    from email_validator import ValidatedEmail

DEFAULT_REGION = "KG"
MAX_PHONE_LENGTH = 100
MAX_EMAIL_LENGTH = 320
KG_CODE = 996

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Plain Kyrgyz numbers ("0555 123 456", "+996 (312) 62-34-56"): ASCII digits and punctuation only.
_KG_PLAIN = re.compile(r"^(?:\+996|0)[0-9 ()\-.]*$")
_SEPARATORS = frozenset(";,\n")
_NOT_DIGIT = re.compile(r"[^0-9]")
# An ASCII dot-atom local part, which email-validator keeps exactly as written.
_PLAIN_LOCAL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"
)
_MAX_LOCAL = 64
_MAX_ADDRESS = 254


@dataclass(frozen=True)
class PhoneCheck:
    """The outcome of checking one phone number; ``e164`` is empty if it is not valid."""

    raw: str
    e164: str
    valid: bool
    problem: str = ""


@dataclass(frozen=True)
class EmailCheck:
    """The outcome of checking one e-mail address; ``normalized`` is lower-case if valid."""

    address: str
    normalized: str
    valid: bool
    problem: str = ""


def clean_value(value: str) -> str:
    """Drop control characters and collapse white space of a single-line value."""
    if not value:
        # Most optional cells of a file are empty.
        return value
    if value.isprintable():
        return " ".join(value.split())
    return " ".join(_CONTROL.sub(" ", value).split())


# Import checks each value twice (matching, then saving); parsing is the slow part. The cached
# functions only call the plain ones below them, which mutation testing can change.
@lru_cache(maxsize=65536)
def check_phone(raw: str, region: str = DEFAULT_REGION) -> PhoneCheck:
    """Parse ``raw`` as a phone number (local forms like 0555 123 456 allowed) into E.164."""
    return _check_phone(raw, region)


def _check_phone(raw: str, region: str) -> PhoneCheck:
    value = clean_value(raw)
    if not value:
        return PhoneCheck(value, "", False, Message("problem.phone_empty"))
    if len(value) > MAX_PHONE_LENGTH:
        return PhoneCheck(value[:MAX_PHONE_LENGTH], "", False, Message("problem.phone_too_long"))
    candidate = value
    if candidate.startswith("00"):
        candidate = "+" + candidate[2:]
    national = _kg_national(candidate)
    if national is not None:
        return PhoneCheck(value, f"+{KG_CODE}{national}", True)
    import phonenumbers

    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return PhoneCheck(value, "", False, Message("problem.not_phone", value=repr(value)))
    if not phonenumbers.is_valid_number(number):
        return PhoneCheck(value, "", False, Message("problem.phone_invalid", value=repr(value)))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return PhoneCheck(value, e164, True)


def _kg_national(candidate: str) -> str | None:
    """Return the national number of a plain, valid Kyrgyz number; None means "ask the parser".

    Parsing is the slow part of an import; for these forms phonenumbers would strip the same
    prefix, so only the validity check of the library is needed.
    """
    if not _KG_PLAIN.match(candidate):
        return None
    digits = _NOT_DIGIT.sub("", candidate)
    if candidate.startswith("+"):
        national = digits[3:] if len(digits) == 12 else ""
    else:
        national = digits[1:] if len(digits) == 10 else ""
    if not national or national.startswith("0"):
        return None
    return national if _kg_valid(national) else None


# The kinds of number phonenumbers tells apart: a national number is valid if it fits the
# country's general pattern and the pattern of one of them.
_NUMBER_KINDS = (
    "premium_rate", "toll_free", "shared_cost", "voip", "personal_number", "pager", "uan",
    "voicemail", "fixed_line", "mobile",
)  # fmt: skip


_Rule = tuple[frozenset[int], re.Pattern[str]]


@lru_cache(maxsize=1)
def _kg_rules() -> tuple[_Rule | None, tuple[_Rule, ...]]:
    """The Kyrgyz general rule and the rules of the kinds it has: (lengths, pattern)."""
    import phonenumbers

    metadata = phonenumbers.PhoneMetadata.metadata_for_region(DEFAULT_REGION)
    if metadata is None:
        return None, ()
    rules: list[_Rule | None] = []
    for desc in (metadata.general_desc, *(getattr(metadata, k) for k in _NUMBER_KINDS)):
        pattern = desc.national_number_pattern if desc is not None else None
        rules.append((frozenset(desc.possible_length), re.compile(pattern)) if pattern else None)
    return rules[0], tuple(rule for rule in rules[1:] if rule is not None)


def _kg_valid(national: str) -> bool:
    """Return what phonenumbers.is_valid_number says of a Kyrgyz national number, faster.

    The library walks its metadata objects for every number (most of an import's phone
    checks); the same rules are read from them once here. No lengths means any length.
    """
    general, kinds = _kg_rules()
    if general is None:
        return False
    size = len(national)
    lengths, pattern = general
    if (lengths and size not in lengths) or pattern.fullmatch(national) is None:
        return False
    for lengths, pattern in kinds:
        if (not lengths or size in lengths) and pattern.fullmatch(national) is not None:
            return True
    return False


# phonenumbers' international layouts of Kyrgyz numbers (its metadata for KG) in its order of
# preference: (leading digits, whole number, groups as literals and group numbers by turns).
# Written out so that a list of stored numbers is laid out without importing the library; a
# test compares them with the installed library's metadata.
_KG_LAYOUTS: tuple[tuple[re.Pattern[str] | None, re.Pattern[str], list[str]], ...] = (
    (re.compile(r"3(?:1[346]|[24-79])"), re.compile(r"(\d{4})(\d{5})"), ["", "1", " ", "2", ""]),
    (
        re.compile(r"[235-79]|88"),
        re.compile(r"(\d{3})(\d{3})(\d{3})"),
        ["", "1", " ", "2", " ", "3", ""],
    ),
    (
        re.compile(r"8"),
        re.compile(r"(\d{3})(\d{3})(\d)(\d{2,3})"),
        ["", "1", " ", "2", " ", "3", " ", "4", ""],
    ),
)


def _kg_display(national: str) -> str:
    """Return the international form of a Kyrgyz national number as phonenumbers writes it
    (+996 555 123 456), from the layouts read once instead of a walk through the metadata."""
    for leading, whole, groups in _KG_LAYOUTS:
        if leading is not None and leading.match(national) is None:
            continue
        found = whole.fullmatch(national)
        if found is not None:
            laid = "".join(
                found.group(int(piece)) or "" if index % 2 else piece
                for index, piece in enumerate(groups)
            )
            return f"+{KG_CODE} {laid}"
    return f"+{KG_CODE} {national}"


@lru_cache(maxsize=65536)
def display_phone(e164: str, raw: str = "") -> str:
    """Return a readable international form (+996 555 123 456), or ``raw`` if unparsed."""
    return _display_phone(e164, raw)


def _display_phone(e164: str, raw: str) -> str:
    if not e164:
        return raw
    national = e164[4:]
    if e164.startswith(f"+{KG_CODE}") and national.isdigit() and not national.startswith("0"):
        return _kg_display(national)
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return raw or e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def validate_email(address: str, *, check_deliverability: bool = False) -> ValidatedEmail:
    """email-validator's check of ``address`` (the library is imported on first use)."""
    from email_validator import validate_email as check

    return check(address, check_deliverability=check_deliverability)


@lru_cache(maxsize=65536)
def check_email(raw: str) -> EmailCheck:
    """Check the syntax of an e-mail address without any network access."""
    return _check_email(raw)


def _check_email(raw: str) -> EmailCheck:
    value = clean_value(raw)
    if not value:
        return EmailCheck(value, "", False, Message("problem.email_empty"))
    if len(value) > MAX_EMAIL_LENGTH:
        return EmailCheck(value[:MAX_EMAIL_LENGTH], "", False, Message("problem.email_too_long"))
    if value.lower().startswith("mailto:"):
        value = value[7:]
    local, at, domain = value.rpartition("@")
    if at and len(local) <= _MAX_LOCAL and _PLAIN_LOCAL.match(local):
        # Checking the domain is most of the library's work, and a file repeats a few domains.
        checked_domain = _check_domain(domain)
        if checked_domain is not None:
            normalized = f"{local}@{checked_domain}"
            if len(normalized.encode("utf-8")) <= _MAX_ADDRESS:
                return EmailCheck(normalized, normalized.casefold(), True)
    from email_validator import EmailNotValidError

    try:
        info = validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        problem = Message("problem.email_invalid", value=repr(value), reason=str(exc))
        return EmailCheck(value, "", False, problem)
    normalized = info.normalized
    return EmailCheck(normalized, normalized.casefold(), True)


@lru_cache(maxsize=4096)
def _check_domain(domain: str) -> str | None:
    """Return the normalised domain of an address, or None if it is not valid."""
    return _read_domain(domain)


def _read_domain(domain: str) -> str | None:
    from email_validator import EmailNotValidError

    try:
        return str(validate_email(f"a@{domain}", check_deliverability=False).domain)
    except EmailNotValidError:
        return None


def split_multi(value: str) -> list[str]:
    """Split a cell holding several phones or e-mails ("a; b, c" or one per line)."""
    if not _SEPARATORS.intersection(value):
        stripped = value.strip()
        return [stripped] if stripped else []
    return [part.strip() for part in re.split(r"[;,\n]+", value) if part.strip()]
