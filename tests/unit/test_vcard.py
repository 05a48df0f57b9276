"""vCard reading (2.1 quoted-printable, 3.0, 4.0) and writing (3.0)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk.exchange.vcard import (
    VCard,
    VCardError,
    fold_line,
    normalise_birthday,
    parse_vcards,
    write_vcards,
)

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


# --- what other programs write ----------------------------------------------------------------


def test_structured_name_uid_and_odd_values_are_read():
    greg, asel, desk, radio = parse_vcards((DATA / "odd_values.vcf").read_bytes())
    assert greg.uid == "urn:uuid:7d8f2b3c-1111-4a2b-9c3d-000000000001"
    assert greg.name_structure() == ("Exampleton", "Greg", "", "", "")
    assert (greg.nickname, greg.org, greg.department) == (
        "Greggy",
        "Example Wire",
        "Central Asia desk",
    )
    assert greg.messengers == [
        ("skype", "greg.exampleton"),
        ("telegram", "gregd"),
        ("twitter", "https://twitter.com/gregd_example"),
    ]
    assert [a.text() for a in greg.addresses] == ["Erkindik 1, Bishkek, 720040, Kyrgyzstan"]
    assert greg.addresses[0].kind == "work"
    assert (greg.birthday, greg.languages, greg.photo) == ("--02-10", ["fr", "en-gb"], True)
    assert greg.urls == ["https://wire.example.com/greg"]
    assert asel.birthday == "весна 1990"
    # Android writes cards with only an address or an organisation and no name.
    assert (desk.name, desk.emails, radio.name, radio.org) == (
        "",
        ["desk.news@example.kg"],
        "",
        "Радио Пример",
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1985-04-12", "1985-04-12"),
        ("19850412", "1985-04-12"),
        ("1985-04-12T00:00:00Z", "1985-04-12"),
        ("12.04.1985", "1985-04-12"),
        ("--0210", "--02-10"),
        ("--02-10", "--02-10"),
        ("02-10", "--02-10"),
        ("1604-02-10", "--02-10"),
        ("16040101", "--01-01"),
        ("1985-02-30", "1985-02-30"),
        ("circa 1800", "circa 1800"),
    ],
)
def test_birthday_forms(value, expected):
    assert normalise_birthday(value) == expected


def test_export_writes_the_structured_name_family_first():
    text = write_vcards(
        [
            VCard(full_name="Greg Exampleton", name_parts="Exampleton;Greg;;;", uid="u-1"),
            VCard(full_name="Жумабаева Айгүл Бекеновна"),
            VCard(full_name="Greg Exampleton"),
            VCard(full_name="Иван Петрович Сидоров"),
            VCard(full_name="Mr. John Q. Public Jr."),
            # A stored structure no longer matching the edited name is not written.
            VCard(full_name="Айгүл Токтогулова", name_parts="Жумабаева;Айгүл;;;"),
        ]
    )
    names = [line for line in text.split("\r\n") if line.startswith("N:")]
    assert names == [
        "N:Exampleton;Greg;;;",
        "N:Жумабаева;Айгүл;Бекеновна;;",
        "N:Exampleton;Greg;;;",
        "N:Сидоров;Иван;Петрович;;",
        "N:Public;John;Q.;Mr.;Jr.",
        "N:Токтогулова;Айгүл;;;",
    ]
    assert "UID:u-1\r\n" in text
    # Without a stored UID a card still gets one, the same on every export.
    assert text.count("UID:pressdesk-") == 5
    assert write_vcards([VCard(full_name="A", emails=["a@example.kg"])]) == write_vcards(
        [VCard(full_name="A b", emails=["a@example.kg"])]
    ).replace("FN:A b", "FN:A").replace("N:b;A;;;", "N:;A;;;")


def test_notes_lines_become_their_properties_and_messengers_keep_their_service():
    card = VCard(
        full_name="Greg Exampleton",
        org="Example Wire",
        phones=[("+996312000111", "other")],
        messengers=[
            ("telegram", "gregd"),
            ("other", "Skype: greg.exampleton"),
            ("other", "Twitter: https://twitter.com/gregd_example"),
            ("other", "Jami: greg-d"),
        ],
        note=(
            "Met at the forum\nПсевдоним: Greggy\nОтдел: Central Asia desk\n"
            "Адрес (рабочий): Erkindik 1, Bishkek\nСайт: https://wire.example.com/greg\n"
            "День рождения: 10.02\nЯзыки: fr"
        ),
    )
    text = write_vcards([card])
    lines = text.split("\r\n")
    assert "NICKNAME:Greggy" in lines
    assert "ORG:Example Wire;Central Asia desk" in lines
    assert "ADR;TYPE=WORK:;;Erkindik 1\\, Bishkek;;;;" in lines
    assert "URL:https://wire.example.com/greg" in lines
    assert "BDAY:--0210" in lines
    assert "LANG:fr" in lines
    assert "TEL;TYPE=OTHER:+996312000111" in lines
    assert "IMPP;X-SERVICE-TYPE=Telegram:tg:gregd" in lines
    assert "IMPP;X-SERVICE-TYPE=Skype:skype:greg.exampleton" in lines
    assert "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/gregd_example" in lines
    assert "IMPP;X-SERVICE-TYPE=Jami:x-jami:greg-d" in lines
    assert "NOTE:Met at the forum" in lines
    assert not any(line.startswith("X-OTHER") for line in lines)
    (back,) = parse_vcards(text.encode())
    assert back.messengers == [
        ("telegram", "gregd"),
        ("skype", "greg.exampleton"),
        ("twitter", "https://twitter.com/gregd_example"),
        ("Jami", "greg-d"),
    ]
    assert (back.nickname, back.department, back.birthday, back.languages) == (
        "Greggy",
        "Central Asia desk",
        "--02-10",
        ["fr"],
    )
    assert back.phones == [("+996312000111", "other")]


def test_utf16_without_bom_and_8bit_without_charset_are_detected():
    (card,) = parse_vcards((DATA / "utf16_no_bom.vcf").read_bytes())
    assert (card.name, card.org) == ("Тестова Айнура", "Пример Медиа")
    for name in ("cp1251_no_charset.vcf", "koi8r_no_charset.vcf"):
        (card,) = parse_vcards((DATA / name).read_bytes())
        assert (card.name, card.org, card.note) == (
            "Примеров Сергей",
            "Вечерняя газета",
            "звонить утром",
        ), name
    latin = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Hélène Müller\r\nEND:VCARD\r\n".encode("cp1252")
    assert parse_vcards(latin)[0].name == "Hélène Müller"


def test_sloppy_cards_are_read_with_remarks():
    data = (
        b"VERSION:3.0\r\nFN:No Begin\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:With Agent\r\nAGENT:\r\nBEGIN:VCARD\r\n"
        b"FN:Assistant\r\nEND:VCARD\r\nthis line is not a property\r\nTEL:0555 111 222\r\n"
        b"END:VCARD\r\n"
    )
    first, second = parse_vcards(data)
    assert (first.name, first.problems) == ("No Begin", ["the contact has no BEGIN:VCARD line"])
    assert (second.name, second.phones) == ("With Agent", [("0555 111 222", "")])
    assert "line 11 is not a vCard property" in second.problems[0]
