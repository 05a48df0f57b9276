"""Phones, e-mails, names and notes at their limits: empty, one character, the limit, one over.

Each case asserts the whole result (the value kept, its normal form, valid or not, the problem),
since a check that says "valid" for the wrong reason is still wrong.
"""

from __future__ import annotations

import pytest

from pressdesk.bilingual import Bi
from pressdesk.exchange import phones
from pressdesk.exchange.phones import (
    MAX_EMAIL_LENGTH,
    MAX_PHONE_LENGTH,
    EmailCheck,
    PhoneCheck,
    check_email,
    check_phone,
    clean_value,
    display_phone,
    split_multi,
)
from pressdesk.services.contacts.records import (
    MAX_NAME,
    MAX_TEXT,
    MAX_TOPIC,
    ContactError,
    check_person,
)
from pressdesk.services.contacts.values import EmailValue, PersonRecord, PhoneValue

MOBILE = "+996555123456"


@pytest.mark.parametrize(
    ("value", "cleaned"),
    [
        ("", ""),
        ("   ", ""),
        ("a", "a"),
        ("  0555   123\t456 ", "0555 123 456"),
        ("0555\x00123\x07456", "0555 123 456"),
        ("a\x1fb\x7fc", "a b c"),
        ("line\nbreak", "line break"),
        ("\x0b\x0c", ""),
        ("Асан\u00a0Үсөнов", "Асан Үсөнов"),
    ],
)
def test_values_are_cleaned_to_one_line(value, cleaned):
    assert clean_value(value) == cleaned


# ---- phones ---------------------------------------------------------------------------------


EMPTY = "the phone number is empty"
NOT_A_NUMBER = "{!r} is not a phone number"
NOT_VALID = "{!r} is not a valid phone number"


@pytest.mark.parametrize(
    ("raw", "kept", "e164", "problem"),
    [
        ("", "", "", EMPTY),
        (" \t ", "", "", EMPTY),
        ("\x00", "", "", EMPTY),
        ("5", "5", "", NOT_A_NUMBER),
        ("+", "+", "", NOT_A_NUMBER),
        ("0055", "0055", "", NOT_A_NUMBER),
        ("+996 555 12", "+996 555 12", "", NOT_VALID),
        ("0 555 123 456 7", "0 555 123 456 7", "", NOT_VALID),
        ("8 (495) 123-45-67", "8 (495) 123-45-67", "", NOT_VALID),
        ("0555 123 456", "0555 123 456", MOBILE, ""),
        (" 0555  123 456 ", "0555 123 456", MOBILE, ""),
        ("0555123456", "0555123456", MOBILE, ""),
        ("+996 555 123 456", "+996 555 123 456", MOBILE, ""),
        ("+996 (555) 12-34-56", "+996 (555) 12-34-56", MOBILE, ""),
        ("0555.123.456", "0555.123.456", MOBILE, ""),
        ("00996 555 123 456", "00996 555 123 456", MOBILE, ""),
        ("+996 0555 123 456", "+996 0555 123 456", MOBILE, ""),
        ("0312 62 34 56", "0312 62 34 56", "+996312623456", ""),
        ("+996 (312) 62-34-56", "+996 (312) 62-34-56", "+996312623456", ""),
        ("０５５５ １２３ ４５６", "０５５５ １２３ ４５６", MOBILE, ""),
        ("+7 495 123-45-67", "+7 495 123-45-67", "+74951234567", ""),
        ("007 495 123 45 67", "007 495 123 45 67", "+74951234567", ""),
    ],
)
def test_phone_results(raw, kept, e164, problem):
    assert check_phone(raw) == PhoneCheck(kept, e164, not problem, problem.format(kept))


def test_a_phone_of_the_region_given():
    assert check_phone("8 (495) 123-45-67", "RU") == PhoneCheck(
        "8 (495) 123-45-67", "+74951234567", True
    )
    # 00 starts an international number whatever the region's own prefix (810 in Russia).
    assert check_phone("007 495 123 45 67", "RU") == PhoneCheck(
        "007 495 123 45 67", "+74951234567", True
    )


def test_phone_length_limit():
    assert MAX_PHONE_LENGTH == 100
    at_limit = "0555 123 456" + "-" * (MAX_PHONE_LENGTH - 12)
    assert len(at_limit) == MAX_PHONE_LENGTH
    assert check_phone(at_limit) == PhoneCheck(at_limit, MOBILE, True)
    over = at_limit + "-"
    assert check_phone(over) == PhoneCheck(at_limit, "", False, "the phone number is too long")
    # The limit is counted after white space is collapsed.
    spaced = "0555   123   456" + "-" * (MAX_PHONE_LENGTH - 12)
    assert check_phone(spaced) == PhoneCheck(at_limit, MOBILE, True)
    digits = "1" * (MAX_PHONE_LENGTH + 1)
    assert check_phone(digits) == PhoneCheck(
        digits[:MAX_PHONE_LENGTH], "", False, "the phone number is too long"
    )


@pytest.mark.parametrize(
    ("raw", "why"),
    [
        ("+996 55 512 345", "a Kyrgyz number of 8 digits"),
        ("+996 555 123 4567", "a Kyrgyz number of 10 digits"),
        ("055 512 345", "a local number of 9 digits"),
        ("05551234567", "a local number of 11 digits"),
        ("+996 055 512 345", "the national part starting with 0"),
    ],
)
def test_kyrgyz_numbers_of_the_wrong_length_are_not_valid(raw, why):
    result = check_phone(raw)
    assert (result.e164, result.valid) == ("", False), why
    assert result.problem.endswith("is not a valid phone number") or result.problem.endswith(
        "is not a phone number"
    )


@pytest.mark.parametrize(
    ("e164", "raw", "shown"),
    [
        ("", "", ""),
        ("", "0555 abc", "0555 abc"),
        (MOBILE, "", "+996 555 123 456"),
        (MOBILE, "0555 123 456", "+996 555 123 456"),
        ("+996312623456", "", "+996 312 623 456"),
        ("+74951234567", "", "+7 495 123-45-67"),
        ("+9960555", "", "+996 0555"),
        ("garbage", "as typed", "as typed"),
        ("garbage", "", "garbage"),
    ],
)
def test_phones_are_displayed(e164, raw, shown):
    assert display_phone(e164, raw) == shown


# ---- e-mails --------------------------------------------------------------------------------


def long_address(length: int) -> str:
    """Return a well-formed address of ``length`` (250–260) characters, 64 before the @."""
    last_label = length - 65 - (63 + 1 + 63 + 1) - len(".kg")
    address = f"{'x' * 64}@{'d' * 63}.{'d' * 63}.{'d' * last_label}.kg"
    assert len(address) == length
    return address


@pytest.mark.parametrize(
    ("raw", "kept", "normalized", "why"),
    [
        ("a@b.kg", "a@b.kg", "a@b.kg", ""),
        ("A@Example.COM", "A@example.com", "a@example.com", ""),
        (" Press.Office@Gov.KG ", "Press.Office@gov.kg", "press.office@gov.kg", ""),
        ("MAILTO:Foo@Example.COM", "Foo@example.com", "foo@example.com", ""),
        ("mailto:foo@example.com", "foo@example.com", "foo@example.com", ""),
        ("пресс@мвд.kg", "пресс@мвд.kg", "пресс@мвд.kg", ""),
        ("Пресс@МВД.kg", "Пресс@мвд.kg", "пресс@мвд.kg", ""),
        ("a", "a", "", "An email address must have an @-sign."),
        ("@", "@", "", "There must be something before the @-sign."),
        ("a@b", "a@b", "", "The part after the @-sign is not valid. It should have a period."),
        ("a..b@b.kg", "a..b@b.kg", "", "An email address cannot have two periods in a row."),
        ("a@b@c.kg", "a@b@c.kg", "", "The part after the @-sign contains invalid characters: '@'."),
        (
            "a@-b.kg",
            "a@-b.kg",
            "",
            "An email address cannot have a hyphen immediately after the @-sign.",
        ),
    ],
)
def test_email_results(raw, kept, normalized, why):
    problem = f"{kept!r} is not a valid e-mail address: {why}" if why else ""
    assert check_email(raw) == EmailCheck(kept, normalized, not why, problem)


@pytest.mark.parametrize("raw", ["", "  ", "\x00\t"])
def test_an_empty_email(raw):
    assert check_email(raw) == EmailCheck("", "", False, "the e-mail address is empty")


def test_email_length_limits():
    assert MAX_EMAIL_LENGTH == 320
    longest = long_address(254)
    assert check_email(longest) == EmailCheck(longest, longest, True)
    too_long = long_address(255)
    result = check_email(too_long)
    assert (result.address, result.normalized, result.valid) == (too_long, "", False)
    assert "too long" in result.problem
    at_limit = "x" * (MAX_EMAIL_LENGTH - len("@example.com")) + "@example.com"
    result = check_email(at_limit)
    assert (result.address, result.normalized, result.valid) == (at_limit, "", False)
    assert result.problem.startswith(f"{at_limit!r} is not a valid e-mail address: ")
    over = "x" + at_limit
    assert check_email(over) == EmailCheck(
        over[:MAX_EMAIL_LENGTH], "", False, "the e-mail address is too long"
    )


def test_local_part_of_64_characters():
    address = "x" * 64 + "@example.com"
    assert check_email(address) == EmailCheck(address, address, True)


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("", []),
        ("   ", []),
        ("a", ["a"]),
        ("  a  ", ["a"]),
        ("a;b", ["a", "b"]),
        ("a, b ,c", ["a", "b", "c"]),
        ("a\nb", ["a", "b"]),
        ("a;;\n, b;", ["a", "b"]),
        (";,\n", []),
        ("0555 123 456", ["0555 123 456"]),
    ],
)
def test_cells_with_several_values_are_split(value, parts):
    assert split_multi(value) == parts


# ---- a person's name, notes, position and topics ------------------------------------------


def person(**fields) -> PersonRecord:
    return PersonRecord(**{"full_name": "Асан Үсөнов", **fields})


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("А", "А"),
        ("  Асан   Үсөнов ", "Асан Үсөнов"),
        ("Ө" * MAX_NAME, "Ө" * MAX_NAME),
    ],
)
def test_names_up_to_the_limit_are_kept(name, kept):
    values = check_person(person(full_name=name))
    assert values.full_name == kept
    assert values.warnings == ()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"full_name": ""}, "The full name cannot be empty."),
        ({"full_name": " \t"}, "The full name cannot be empty."),
        ({"full_name": "Ө" * (MAX_NAME + 1)}, "The full name is longer than 300 characters."),
        ({"position": Bi("п" * (MAX_NAME + 1), "")}, "The position is longer than 300 characters."),
        (
            {"topics": (Bi("т" * (MAX_TOPIC + 1), ""),)},
            f"The topic {'т' * (MAX_TOPIC + 1)!r} is longer than 100 characters.",
        ),
        ({"notes": "н" * (MAX_TEXT + 1)}, "The notes is longer than 20000 characters."),
        ({"source": "s" * 301}, "The source is longer than 300 characters."),
    ],
)
def test_values_over_their_limit_are_refused(fields, message):
    with pytest.raises(ContactError) as caught:
        check_person(person(**fields))
    assert str(caught.value) == message


def test_other_fields_at_their_limit_are_kept():
    values = check_person(
        person(
            position=Bi("п" * MAX_NAME, ""),
            topics=(Bi("т" * MAX_TOPIC, ""), Bi("Т" * MAX_TOPIC, ""), Bi()),
            notes="н" * MAX_TEXT,
            source="s" * 300,
        )
    )
    assert values.position == Bi("п" * MAX_NAME, "")
    assert values.topics == (Bi("т" * MAX_TOPIC, ""),)  # the same topic twice is kept once
    assert values.notes == "н" * MAX_TEXT
    assert values.source == "s" * 300
    one = check_person(person(position=Bi("", "п"), topics=(Bi("т", ""),), notes="н", source="s"))
    assert (one.position, tuple(one.topics), one.notes, one.source) == (
        Bi("", "п"),
        (Bi("т", ""),),
        "н",
        "s",
    )


def test_notes_keep_their_lines_and_lose_outer_space():
    values = check_person(person(notes="  first   line \n\n second\x07line  \n"))
    assert values.notes == "first line\n\nsecond line"
    assert check_person(person(notes="")).notes == ""


def test_phones_and_emails_of_a_person_are_checked_and_kept_once():
    values = check_person(
        person(
            phones=(
                PhoneValue("0555 123 456"),
                PhoneValue("+996 555 123 456", kind="work"),
                PhoneValue(""),
                PhoneValue("12", kind="fax"),
                PhoneValue("0312 62 34 56", kind="pager"),
            ),
            emails=(
                EmailValue("Press@Gov.kg"),
                EmailValue("press@gov.kg"),
                EmailValue(""),
                EmailValue("not an address"),
            ),
        )
    )
    assert values.phones == (
        ("0555 123 456", MOBILE, "mobile", True),
        ("12", "", "fax", False),
        ("0312 62 34 56", "+996312623456", "other", True),
    )
    assert values.emails == (
        ("Press@gov.kg", "press@gov.kg", True),
        ("not an address", "", False),
    )
    assert values.warnings == (
        "Асан Үсөнов: '12' is not a valid phone number",
        "Асан Үсөнов: 'not an address' is not a valid e-mail address: "
        "An email address must have an @-sign.",
    )
    assert values.invalid_values == 2


# ---- the fast paths an import relies on -------------------------------------------------------


@pytest.fixture
def fresh_caches():
    """Empty the checks' caches before and after, so each call below really runs."""
    caches = [phones.check_phone, phones.display_phone, phones.check_email, phones._check_domain]
    for cached in caches:
        cached.cache_clear()
    yield
    for cached in caches:
        cached.cache_clear()


def test_plain_kyrgyz_numbers_need_no_parsing(monkeypatch, fresh_caches):
    """Parsing is the slow part of an import: plain Kyrgyz forms are read without it."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"parsed {args}")

    import phonenumbers

    monkeypatch.setattr(phonenumbers, "parse", refuse)
    for raw, e164 in [
        ("0555 123 456", MOBILE),
        ("0555123456", MOBILE),
        ("+996 555 123 456", MOBILE),
        ("00996 555 123 456", MOBILE),
        ("+996 (312) 62-34-56", "+996312623456"),
        ("0312 62 34 56", "+996312623456"),
    ]:
        assert check_phone(raw) == PhoneCheck(raw, e164, True)
    assert display_phone(MOBILE) == "+996 555 123 456"


def test_plain_addresses_check_only_their_domain(monkeypatch, fresh_caches):
    """A file repeats a few domains: a plain address costs one domain check per domain."""
    seen: list[str] = []
    real = phones.validate_email

    def recording(address: str, **kwargs: object):  # type: ignore[no-untyped-def]
        seen.append(address)
        return real(address, **kwargs)

    monkeypatch.setattr(phones, "validate_email", recording)
    local64 = "x" * 64 + "@gov.kg"
    longest = long_address(254)
    for address in ("Press@Gov.KG", "info@gov.kg", local64, longest):
        assert check_email(address).valid
    assert seen == ["a@Gov.KG", "a@gov.kg", f"a@{longest.partition('@')[2]}"]
