"""Kyrgyz numbers in a list are written as phonenumbers writes them, without the library."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from pressdesk.exchange import phones


def _library(national: str) -> str:
    number = phonenumbers.PhoneNumber(country_code=phones.KG_CODE, national_number=int(national))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _nationals() -> list[str]:
    """Every leading one, two and three digits (no leading 0), at every length from 1 to 13,
    filled with zeros, nines and random digits."""
    pick = random.Random(996)
    found: set[str] = set()
    for length in range(1, 14):
        for lead in range(1, 1000):
            head = str(lead)
            if len(head) > length:
                continue
            rest = length - len(head)
            for tail in (
                "0" * rest,
                "9" * rest,
                "".join(pick.choice("0123456789") for _ in range(rest)),
            ):
                found.add(head + tail)
    return sorted(found)


def test_the_kyrgyz_formats_are_the_libraries():
    metadata = phonenumbers.PhoneMetadata.metadata_for_region("KG")
    assert metadata is not None
    library = [(f.leading_digits_pattern[-1], f.pattern) for f in metadata.number_format]
    ours = [(leading.pattern, pattern.pattern) for leading, pattern in phones._KG_FORMATS]
    assert ours == library


def test_every_kyrgyz_number_is_written_as_the_library_writes_it():
    differ = [n for n in _nationals() if phones._display_phone(f"+996{n}", "") != _library(n)]
    assert differ == []


@pytest.mark.parametrize(
    ("national", "shown"),
    [
        ("555123456", "+996 555 123 456"),
        ("312623456", "+996 312 623 456"),
        ("313623456", "+996 3136 23456"),
        ("800123456", "+996 800 123 4 56"),
        ("55512", None),  # no format fits: the library writes it
    ],
)
def test_kyrgyz_groups(national, shown):
    assert phones._kg_international(national) == shown
