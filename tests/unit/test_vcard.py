"""vCard reading (2.1 quoted-printable, 3.0, 4.0) and writing (3.0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.exchange.vcard import VCard, VCardError, fold_line, parse_vcards, write_vcards

DATA = Path(__file__).resolve().parents[1] / "data" / "contacts"


def test_outlook_21_quoted_printable_utf8_and_cp1251():
    cards = parse_vcards((DATA / "outlook_21.vcf").read_bytes())
    assert len(cards) == 2
    first, second = cards
    assert first.version == "2.1"
    assert first.name == "Жумабаева Айгүл"
    assert (first.family, first.given, first.middle) == ("Жумабаева", "Айгүл", "Бекеновна")
    assert first.org == "Кабар"
    assert first.title == "Кабарчы"
    assert first.phones == [("0555 123 456", "cell,voice"), ("(0312) 62-34-56", "work,voice")]
    assert first.emails == ["aigul@kabar.example.kg"]
    assert first.note == "Биринчи сап\nэкинчи сап"
    assert second.name == "Петров Алексей"
    assert second.org == "Вечерний Бишкек"
    assert second.phones == [("+996 700 111 999", "home")]


def test_google_30_escapes_groups_and_categories():
    (card,) = parse_vcards((DATA / "google_30.vcf").read_bytes())
    assert card.name == "Токтогулов Бакыт"
    assert card.org == "24.kg"
    assert card.title == "Шеф-редактор"
    assert card.note == "Эскертүү, үтүр менен\nжаңы сап"
    assert card.categories == ["myContacts", "экономика"]
    assert card.birthday == "1985-04-12"


def test_apple_40_uri_phones_and_impp():
    (card,) = parse_vcards((DATA / "apple_40.vcf").read_bytes())
    assert card.phones == [("+996-555-321-654", "cell,voice")]
    assert card.messengers == [("telegram", "natalya_kim")]
    assert card.emails == ["natalya.kim@kaktus.example.kg"]


@pytest.mark.parametrize(
    ("name", "message"),
    [("truncated.vcf", "cut short"), ("not_vcard.vcf", "no vCard contacts")],
)
def test_broken_files_give_a_clear_error(name, message):
    with pytest.raises(VCardError, match=message):
        parse_vcards((DATA / name).read_bytes())


def test_raw_cp1251_without_charset_is_read():
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Иванов Сергей\r\nEND:VCARD\r\n".encode("cp1251")
    assert parse_vcards(data)[0].name == "Иванов Сергей"


def test_write_then_read_round_trip_with_kyrgyz_letters_and_escapes():
    card = VCard(
        full_name="Өмүрбеков Нурлан; «Ңөү»",
        org="Кабар, агенттик",
        title="Кабарчы",
        phones=[("+996555123456", "mobile"), ("+996312623456", "work")],
        emails=["nurlan@kabar.example.kg"],
        messengers=[("telegram", "@nurlan")],
        note="Биринчи сап\nэкинчи сап " + "ө" * 80,
        categories=["айыл чарба", "суу, жер"],
    )
    text = write_vcards([card])
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    (back,) = parse_vcards(text.encode())
    assert back.version == "3.0"
    assert back.name == card.full_name
    assert back.org == card.org
    assert back.note == card.note
    assert back.categories == card.categories
    assert back.phones == [("+996555123456", "cell"), ("+996312623456", "work")]
    assert back.messengers == [("telegram", "@nurlan")]


def test_fold_line_never_splits_a_character():
    folded = fold_line("NOTE:" + "ң" * 100)
    parts = folded.split("\r\n ")
    assert "".join(parts) == "NOTE:" + "ң" * 100
    assert all(len(p.encode()) <= 75 for p in parts)
