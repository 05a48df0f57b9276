"""The Kyrgyz number check read from phonenumbers' metadata says what the library says."""

from __future__ import annotations

import random

import phonenumbers

from pressdesk.exchange.phones import KG_CODE, _kg_display, _kg_national, _kg_valid


def _library(national: str) -> bool:
    number = phonenumbers.PhoneNumber(country_code=KG_CODE, national_number=int(national))
    return bool(phonenumbers.is_valid_number(number))


def test_known_numbers() -> None:
    """Mobile, Bishkek fixed line, toll-free; too short, too long and unassigned prefixes."""
    cases = {
        "555123456": True,
        "700123456": True,
        "312623456": True,
        "8001234567": True,
        "55512345": False,
        "5551234567": False,
        "412345678": False,
        "100000000": False,
    }
    assert {n: _kg_valid(n) for n in cases} == cases
    assert {n: _library(n) for n in cases} == cases


def test_agrees_with_the_library_on_random_numbers() -> None:
    """Thousands of national numbers of every length around the valid ones, both ways."""
    rng = random.Random(996)
    numbers = [
        str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(length))
        for length in (6, 7, 8, 9) * 5000
    ]
    # Prefixes that are valid, so the sample holds many valid numbers and not only refusals.
    numbers += [f"{prefix}{rng.randint(0, 999_999):06d}" for prefix in ("555", "700", "312")] * 500
    disagree = [n for n in numbers if _kg_valid(n) != _library(n)]
    assert disagree == []
    assert sum(map(_kg_valid, numbers)) > 1000


def test_plain_numbers_still_read() -> None:
    """A local and an international form give the same national number; a bad one is left."""
    assert _kg_national("0555 123 456") == "555123456"
    assert _kg_national("+996 (312) 62-34-56") == "312623456"
    assert _kg_national("0412 345 678") is None


def _library_display(national: str) -> str:
    number = phonenumbers.PhoneNumber(country_code=KG_CODE, national_number=int(national))
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def test_display_of_known_numbers() -> None:
    """Each of the library's Kyrgyz layouts, and a number none of them fits."""
    cases = {
        "555123456": "+996 555 123 456",
        "312623456": "+996 312 623 456",
        "322212345": "+996 3222 12345",
        "220123456": "+996 220 123 456",
        "8001234567": "+996 800 123 4 567",
        "80012345678": "+996 80012345678",
        "1234": "+996 1234",
    }
    assert {n: _kg_display(n) for n in cases} == cases
    assert {n: _library_display(n) for n in cases} == cases


def test_display_agrees_with_the_library_on_random_numbers() -> None:
    """The layouts read once give the library's form for numbers of every length and prefix."""
    rng = random.Random(312)
    numbers = [
        str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(length))
        for length in (3, 6, 7, 8, 9, 10) * 2000
    ]
    numbers += [f"{prefix}{rng.randint(0, 999_999):06d}" for prefix in ("555", "312", "880")] * 300
    assert [n for n in numbers if _kg_display(n) != _library_display(n)] == []
