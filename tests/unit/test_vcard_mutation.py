"""vCard values: escapes, structured components, birthdays and parameters, accepted and refused."""

from __future__ import annotations

import dataclasses

import pytest

from pressdesk.exchange import vcard
from pressdesk.exchange.limits import LimitExceeded
from pressdesk.exchange.vcard import VCardError, normalise_birthday, parse_vcards
from pressdesk.exchange.vcard_card import Address, VCard, components, unescape


def one(body: str, *, eol: str = "\r\n") -> VCard:
    """Read one card made of ``body``'s lines between BEGIN and END."""
    lines = ["BEGIN:VCARD", "VERSION:3.0", *body.strip("\n").split("\n"), "END:VCARD"]
    cards = parse_vcards(eol.join(lines).encode("utf-8"))
    assert len(cards) == 1
    return cards[0]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain", "plain"),
        (r"a\,b\;c\\d", "a,b;c\\d"),
        (r"one\ntwo\Nthree", "one\ntwo\nthree"),
        (r"x\qy", "xqy"),
        (r"\X\Nx", "X\nx"),
        ("ends\\", "ends\\"),
    ],
)
def test_unescape(raw: str, expected: str) -> None:
    assert unescape(raw) == expected


@pytest.mark.parametrize(
    ("raw", "sep", "expected"),
    [
        ("", ";", [""]),
        ("a;b;;c", ";", ["a", "b", "", "c"]),
        (r"a\;b;c", ";", ["a;b", "c"]),
        (r"a\,b,c;d", ",", ["a,b", "c;d"]),
        ("a;b", ",", ["a;b"]),
        ("a\\", ";", ["a\\"]),
        (r"x\nz;", ";", ["x\nz", ""]),
    ],
)
def test_components(raw: str, sep: str, expected: list[str]) -> None:
    assert components(raw, sep) == expected


def test_address_text_joins_the_filled_parts_on_one_line() -> None:
    address = Address("work", "", " ", "Чүй  проспекти,\n 106", "Бишкек", "", "720040", "KG")
    assert address.text() == "Чүй проспекти, 106, Бишкек, 720040, KG"
    assert Address().text() == ""
    assert Address(pobox="a/я 5", extended="каб. 3", region="Чүй").text() == "a/я 5, каб. 3, Чүй"


def test_card_name_is_fn_else_the_parts_of_n() -> None:
    assert VCard(full_name="  Айгүл Жумабаева ", family="X").name == "Айгүл Жумабаева"
    card = VCard(full_name=" ", family="Жумабаева", given=" ", middle="Бекеновна")
    assert card.name == "Жумабаева Бекеновна"
    assert VCard().name == ""
    parts = VCard(family="F", given="G", middle="M", prefix="P", suffix="S").name_structure()
    assert (parts.family, parts.given, parts.middle, parts.prefix, parts.suffix) == tuple("FGMPS")


@pytest.mark.parametrize(
    ("value", "text", "expected"),
    [
        ("", False, ""),
        ("  1985-04-12 ", False, "1985-04-12"),
        ("19850412", False, "1985-04-12"),
        ("1985-04-12T00:00:00Z", False, "1985-04-12"),
        ("12.04.1985", False, "1985-04-12"),
        ("1.2.1985", False, "1985-02-01"),
        ("1604-02-29", False, "--02-29"),
        ("16040229", False, "--02-29"),
        ("1605-04-12", False, "1605-04-12"),
        ("1985-02-30", False, "1985-02-30"),
        ("30.02.1985", False, "30.02.1985"),
        ("--04-12", False, "--04-12"),
        ("-0412", False, "--04-12"),
        ("0412", False, "--04-12"),
        ("0229", False, "--02-29"),
        ("--02-29", False, "--02-29"),
        ("--02-30", False, "--02-30"),
        ("--13-01", False, "--13-01"),
        ("1985-04-12", True, "1985-04-12"),
        ("  апрелдин   12си ", True, "апрелдин 12си"),
        ("12 апреля", False, "12 апреля"),
    ],
)
def test_normalise_birthday(value: str, text: bool, expected: str) -> None:
    assert normalise_birthday(value, text=text) == expected


def test_a_birthday_marked_as_text_is_kept_as_written() -> None:
    assert one("BDAY;VALUE=TEXT:1985-04-12").birthday == "1985-04-12"
    assert one("BDAY;VALUE=text:12.04.1985").birthday == "12.04.1985"
    assert one("BDAY:12.04.1985").birthday == "1985-04-12"


def test_every_kind_of_line_end_and_folding_is_read() -> None:
    data = (
        b"BEGIN:VCARD\rVERSION:3.0\nFN:\xd0\x90\xd0\xb9\r\n \xd0\xb3\xd2\xaf\xd0\xbb\r\n"
        b"NOTE:one\n\ttwo\r\nEND:VCARD"
    )
    (card,) = parse_vcards(data)
    assert card.full_name == "Айгүл"
    assert card.note == "onetwo"
    assert card.version == "3.0"
    assert card.line == 1


def test_quoted_printable_soft_breaks_are_joined() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        b"N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=96=D1=83=D0=BC=D0=B0=\r\n"
        b"  =D0=B1=D0=B0=D0=B5=D0=B2=D0=B0;=D0=90=D0=B9\r\n"
        b"NOTE;QUOTED-PRINTABLE:a=\r\n=\r\nb\r\n"
        b"TITLE:x\r\n"
        b"END:VCARD\r\n"
    )
    (card,) = parse_vcards(data)
    assert (card.family, card.given) == ("Жумабаева", "Ай")
    assert card.note == "ab"
    assert card.title == "x"
    assert card.problems == []


def test_parameters_quoted_bare_and_grouped() -> None:
    card = one(
        'item1.TEL;TYPE="work,voice";type=CELL:+996 555 123 456\n'
        "TEL;HOME;VOICE:0312 62 34 56\n"
        "TEL:tel:+996700000001\n"
        "TEL:Tel:\n"
        "TEL: \n"
        'X-FOO;PARAM="a:b";X=1:skipped value\n'
        "EMAIL;TYPE=INTERNET:MAILTO:a@example.kg\n"
        "EMAIL:mailto:\n"
        "EMAIL:b@example.kg\n"
    )
    assert card.phones == [
        ("+996 555 123 456", "work,voice,cell"),
        ("0312 62 34 56", "home,voice"),
        ("+996700000001", ""),
    ]
    assert card.emails == ["a@example.kg", "b@example.kg"]
    assert card.problems == []


def test_the_first_name_title_and_organisation_win() -> None:
    card = one(
        "FN:Биринчи\n"
        "FN:Экинчи\n"
        "N:Жумабаева;Айгүл;Бекеновна;Айым;PhD;extra\n"
        "N;ALTID=2:Other;Script;;;\n"
        "ROLE:Кабарчы\n"
        "TITLE:Редактор\n"
        "ORG:Кабар;Саясат бөлүмү;;Түз эфир\n"
        "ORG:Экинчи уюм\n"
        "NICKNAME:Айка,Айгүл, ,Айка\n"
        "NICKNAME:Гүл\n"
        "LANG:KY\n"
        "LANG: RU \n"
        "URL:\n"
        "URL: https://kabar.kg \n"
        "CATEGORIES:Press, ,TV\n"
        "CATEGORIES:Radio\n"
        "UID: abc-1 \n"
        "PHOTO;ENCODING=b;TYPE=JPEG:AAAA\n"
    )
    assert card.full_name == "Биринчи"
    assert (card.family, card.given, card.middle, card.prefix, card.suffix) == (
        "Жумабаева",
        "Айгүл",
        "Бекеновна",
        "Айым",
        "PhD",
    )
    assert card.title == "Кабарчы"
    assert (card.org, card.department) == ("Кабар", "Саясат бөлүмү, Түз эфир")
    assert card.nickname == "Айка, Айгүл, Гүл"
    assert card.languages == ["ky", "ru"]
    assert card.urls == ["https://kabar.kg"]
    assert card.categories == ["Press", "TV", "Radio"]
    assert card.uid == "abc-1"
    assert card.photo is True


def test_an_empty_n_lets_a_later_n_name_the_card() -> None:
    card = one("N:;;;;\nN:Family;Given;;;")
    assert (card.family, card.given) == ("Family", "Given")
    assert one("N:Solo").family == "Solo"


def test_addresses_and_notes() -> None:
    card = one(
        "ADR;TYPE=HOME,POSTAL:;;Киев көч.  96;Бишкек;;720000;Кыргызстан\n"
        "ADR;TYPE=WORK:;;;;;;\n"
        "ADR:a/я 1\n"
        "NOTE:биринчи\\nсап\n"
        "NOTE: \n"
        "NOTE:экинчи\n"
    )
    assert [(a.kind, a.text()) for a in card.addresses] == [
        ("home", "Киев көч. 96, Бишкек, 720000, Кыргызстан"),
        ("", "a/я 1"),
    ]
    assert card.note == "биринчи\nсап\nэкинчи"


def test_messengers_from_impp_social_profiles_and_x_fields() -> None:
    card = one(
        "IMPP;X-SERVICE-TYPE=Telegram:x-apple:aigul_kg\n"
        "X-SOCIALPROFILE;TYPE=facebook;X-USER=aigul.j:https://facebook.com/aigul.j\n"
        "X-TELEGRAM:aigul_kg\n"
        "X-SKYPE: \n"
    )
    assert ("telegram", "aigul_kg") in card.messengers
    assert len(card.messengers) == len(set(card.messengers)) == 2
    assert card.messengers[1] == ("facebook", "https://facebook.com/aigul.j")


@pytest.mark.parametrize(
    ("charset", "expected"),
    [
        ("windows-1251", "Айгүл".encode("cp1251", errors="replace").decode("cp1251")),
        ("rot13", "Айгүл"),
        ("no-such-charset", "Айгүл"),
        ("", "Айгүл"),
    ],
)
def test_a_declared_charset_is_used_only_when_it_is_a_text_encoding(
    charset: str, expected: str
) -> None:
    raw = expected.encode("cp1251" if charset == "windows-1251" else "utf-8")
    param = f";CHARSET={charset}" if charset else ""
    data = b"BEGIN:VCARD\r\nFN" + param.encode() + b":" + raw + b"\r\nEND:VCARD\r\n"
    assert parse_vcards(data)[0].full_name == expected


def test_bytes_wrong_for_the_declared_charset_are_read_with_the_file_s() -> None:
    # Not UTF-8 as declared: read with the encoding detected for the whole file (cp1251).
    data = b"BEGIN:VCARD\r\nFN;CHARSET=UTF-8:\xc0\xe9\r\nEND:VCARD\r\n"
    assert parse_vcards(data)[0].full_name == "Ай"


def test_stray_lines_and_a_missing_begin_are_noted() -> None:
    data = (
        b"VERSION:3.0\r\nFN:Loose\r\nEND:VCARD\r\n"
        b"NOTE:before\r\nBEGIN:VCARD\r\nFN:Second\r\nthis is not a property\r\n"
        b"BAD NAME:x\r\nEND:VCARD\r\n"
    )
    first, second = parse_vcards(data)
    assert first.name == "Loose"
    assert first.line == 1
    assert first.problems == ["the contact has no BEGIN:VCARD line"]
    assert second.line == 5
    assert second.problems == [
        "lines 4–4 stand outside any contact and were ignored",
        "line 7 is not a vCard property and was ignored: 'this is not a property'",
        "line 8 is not a vCard property and was ignored: 'BAD NAME:x'",
    ]


def test_a_long_stray_line_is_shown_cut_to_forty_characters() -> None:
    data = ("BEGIN:VCARD\r\nFN:A\r\n" + "я" * 30 + "\r\nEND:VCARD\r\n").encode()
    (card,) = parse_vcards(data)
    assert card.problems == [f"line 3 is not a vCard property and was ignored: '{'я' * 20}'"]


def test_a_card_inside_a_card_is_passed_over() -> None:
    data = (
        b"BEGIN:VCARD\r\nFN:Outer\r\nAGENT:\r\nBEGIN:VCARD\r\nFN:Inner\r\nTEL:1\r\n"
        b"END:VCARD\r\nTEL:2\r\nEND:VCARD\r\n"
    )
    (card,) = parse_vcards(data)
    assert card.full_name == "Outer"
    assert card.phones == [("2", "")]


def test_files_that_are_cut_or_hold_no_card_are_refused() -> None:
    with pytest.raises(VCardError) as caught:
        parse_vcards(b"BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:B\r\n")
    assert str(caught.value) == (
        "The file ends inside the contact that starts on line 4: it is probably cut short."
    )
    with pytest.raises(VCardError) as caught:
        parse_vcards(b"FN:A\r\nTEL:1\r\n")
    assert "holds no vCard contacts" in str(caught.value)


def test_byte_order_marks_and_utf16() -> None:
    text = "BEGIN:VCARD\r\nFN:Айгүл\r\nEND:VCARD\r\n"
    assert parse_vcards(b"\xef\xbb\xbf" + text.encode())[0].full_name == "Айгүл"
    assert parse_vcards(text.encode("utf-16"))[0].full_name == "Айгүл"
    assert parse_vcards(text.encode("utf-16-le"))[0].full_name == "Айгүл"
    with pytest.raises(VCardError) as caught:
        parse_vcards(text.encode("utf-16")[:-1], name="cards.vcf")
    assert (caught.value.code, caught.value.values) == ("utf16_cut", {"file": "cards.vcf"})
    assert str(caught.value) == (
        "cards.vcf is UTF-16 text that ends in the middle of a character: it is cut short "
        "or damaged. Export the contacts again."
    )


def _cards(n: int) -> bytes:
    return "".join(f"BEGIN:VCARD\r\nFN:{i}\r\nEND:VCARD\r\n" for i in range(n)).encode()


def test_the_number_of_cards_is_limited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard, "VCARD_CARDS", dataclasses.replace(vcard.VCARD_CARDS, value=3))
    assert len(parse_vcards(_cards(3))) == 3
    with pytest.raises(LimitExceeded) as caught:
        parse_vcards(_cards(4), name="big.vcf")
    assert caught.value.limit.key == "vcard_cards"
    assert str(caught.value).startswith("big.vcf: ")
    # Cards nested in AGENT are not counted; a stray END does not count a card.
    nested = b"END:VCARD\r\n" + _cards(3).replace(b"FN:0\r\n", b"FN:0\r\n" + _cards(2))
    assert [c.full_name for c in parse_vcards(nested)] == ["0", "1", "2"]


def test_the_cards_counted_while_reading_are_limited_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vcard, "VCARD_CARDS", dataclasses.replace(vcard.VCARD_CARDS, value=2))
    # Cards without BEGIN are not seen by the quick count, only by the reading.
    loose = b"FN:a\r\nEND:VCARD\r\nFN:b\r\nEND:VCARD\r\n"
    assert len(parse_vcards(loose)) == 2
    with pytest.raises(LimitExceeded) as caught:
        parse_vcards(loose + b"FN:c\r\nEND:VCARD\r\n", name="loose.vcf")
    assert str(caught.value).startswith("loose.vcf: the file holds more than 2 contacts")


def test_one_value_and_all_text_are_limited(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        vcard, "VCARD_PROPERTY_BYTES", dataclasses.replace(vcard.VCARD_PROPERTY_BYTES, value=20)
    )
    assert parse_vcards(b"BEGIN:VCARD\r\nNOTE:123456789012345\r\nEND:VCARD\r\n")[0].note
    with pytest.raises(LimitExceeded) as caught:
        parse_vcards(b"BEGIN:VCARD\r\nNOTE:1234567890123456\r\nEND:VCARD\r\n", name="n.vcf")
    assert caught.value.line == 2
    assert str(caught.value).startswith("n.vcf: the value on line 2 is longer than 20 bytes")
    folded = b"BEGIN:VCARD\r\nNOTE:1234567890\r\n 12345\r\nEND:VCARD\r\n"
    assert parse_vcards(folded)[0].note == "123456789012345"
    with pytest.raises(LimitExceeded) as caught:
        parse_vcards(folded.replace(b" 12345", b" 123456"), name="f.vcf")
    assert caught.value.line == 2
    assert str(caught.value).startswith("f.vcf: the value on line 2 is longer")
    # Pictures and other binary values are not text values, whatever their property.
    for head in (b"X-CUSTOM;ENCODING=b:", b"X-CUSTOM;BASE64:"):
        binary = b"BEGIN:VCARD\r\n" + head + b"A" * 40 + b"\r\nFN:x\r\nEND:VCARD\r\n"
        assert parse_vcards(binary)[0].full_name == "x"
    # A picture's size is not a text value's.
    photo = b"BEGIN:VCARD\r\nPHOTO;ENCODING=b:" + b"A" * 40 + b"\r\n " + b"B" * 40
    assert parse_vcards(photo + b"\r\nEND:VCARD\r\n")[0].photo
    monkeypatch.undo()
    monkeypatch.setattr(
        vcard, "VCARD_TEXT_BYTES", dataclasses.replace(vcard.VCARD_TEXT_BYTES, value=40)
    )
    base = b"BEGIN:VCARD\r\nFN:12345\r\nEND:VCARD\r\n"  # 11 + 8 + 9 bytes of text
    assert len(parse_vcards(base + b"PHOTO;ENCODING=b:AAAAAAAAAAAAAAAAAAAA\r\n")) == 1
    assert len(parse_vcards(base.replace(b"12345", b"12345678901234567"))) == 1  # 40 bytes
    with pytest.raises(LimitExceeded) as caught:
        parse_vcards(base.replace(b"12345", b"123456789012345678"), name="t.vcf")
    assert caught.value.limit.key == "vcard_text_bytes"
    assert str(caught.value).startswith("t.vcf: the contacts hold more than 40 bytes of text")


def test_vcard_21_pictures_run_on_unfolded() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nPHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n"
        b"/9j/4AAQSkZJRgABAQ==\r\nAAECAwQF\r\n\r\nTEL;CELL:0555\r\nEND:VCARD\r\n"
    )
    (card,) = parse_vcards(data)
    assert card.photo
    assert card.phones == [("0555", "cell")]
    assert card.problems == []


def test_a_short_n_is_padded_and_a_sixth_part_ignored() -> None:
    card = one("N:Solo")
    assert (card.family, card.given, card.middle, card.prefix, card.suffix) == (
        "Solo",
        "",
        "",
        "",
        "",
    )
    card = one("N:;;;;;extra\nN:Family;Given")
    assert (card.family, card.given) == ("Family", "Given")


def test_parameter_values_with_equals_signs_quotes_and_bare_encodings() -> None:
    card = one(
        "TEL;TYPE=x=y:1\n"
        "TEL;TYPE=X-CUSTOM:2\n"
        'TEL;TYPE="work;cell":3\n'
        "TEL;CELL;8BIT;7BIT:4\n"
        "NOTE;QUOTED-PRINTABLE:a=3Db\n"
    )
    assert card.phones == [("1", "x=y"), ("2", "x-custom"), ("3", "work;cell"), ("4", "cell")]
    assert card.note == "a=b"


def test_a_colon_inside_a_quoted_parameter_is_not_the_value_s_start() -> None:
    assert one('NOTE;X-LABEL="a:b":text').note == "text"
    assert one('NOTE;X-LABEL="a:b";LANGUAGE=ky:текст').note == "текст"
    # A quote never closed: the whole line is the head, and the value is empty.
    card = one('NOTE;X-LABEL="a:b\nTITLE:x')
    assert (card.note, card.title) == ("", "x")


def test_messengers_by_type_scheme_or_user() -> None:
    card = one(
        "IMPP;TYPE=Telegram:aigul_kg\n"
        "IMPP:skype:ai.gul\n"
        "X-SOCIALPROFILE;TYPE=telegram;X-USER=aigul_t:\n"
        "X-SOCIALPROFILE;type=twitter:https://twitter.com/aigul_tw\n"
    )
    assert card.messengers == [
        ("telegram", "aigul_kg"),
        ("skype", "ai.gul"),
        ("telegram", "aigul_t"),
        ("twitter", "https://twitter.com/aigul_tw"),
    ]


def test_a_stray_line_cut_inside_a_letter_is_shown_with_a_replacement_mark() -> None:
    data = ("BEGIN:VCARD\r\nFN:A\r\na" + "я" * 30 + "\r\nEND:VCARD\r\n").encode()
    (card,) = parse_vcards(data)
    assert card.problems == [f"line 3 is not a vCard property and was ignored: 'a{'я' * 19}\ufffd'"]


def test_a_head_folded_before_its_colon_still_names_the_encoding() -> None:
    data = (
        b"BEGIN:VCARD\r\nNOTE;LANGUAGE=ky;ENCODING=QUOTED-PRI\r\n NTABLE:a=\r\nb=3D\r\n"
        b"TITLE:x\r\nEND:VCARD\r\n"
    )
    (card,) = parse_vcards(data)
    assert (card.note, card.title, card.problems) == ("ab=", "x", [])


def test_continuations_of_quoted_printable_and_of_folding() -> None:
    card = one("NOTE;QUOTED-PRINTABLE:a=\nXb\nTITLE:t")
    assert (card.note, card.title) == ("aXb", "t")
    card = one("NOTE:a=\n b\nTITLE:t")
    assert (card.note, card.title) == ("a=b", "t")


def test_a_picture_named_by_its_property_alone_runs_on_unfolded() -> None:
    data = b"BEGIN:VCARD\r\nPHOTO;JPEG:\r\n/9j/4AAQ\r\nAAEC\r\n\r\nFN:x\r\nEND:VCARD\r\n"
    (card,) = parse_vcards(data)
    assert (card.photo, card.full_name, card.problems) == (True, "x", [])


def test_a_line_without_a_colon_is_not_a_property_even_if_named_like_one() -> None:
    card = one("PHOTO\nFN:x")
    assert card.photo is False
    assert card.problems == ["line 3 is not a vCard property and was ignored: 'PHOTO'"]


def test_letters_in_a_head_and_groups_before_the_name() -> None:
    assert one('NOTE;X-LABEL="Айгүл":текст').note == "текст"
    assert one("NOTE;X-LABEL=Айгүл:текст").note == "текст"
    assert one("a.b.TEL:5\nitem1.EMAIL:a@b.kg").phones == [("5", "")]
    assert one("item1.EMAIL:a@b.kg").emails == ["a@b.kg"]


def test_a_social_profile_without_type_or_handle() -> None:
    card = one(
        "X-SOCIALPROFILE:https://example.kg/aigul\n"
        "X-SOCIALPROFILE;TYPE=twitter:\n"
        "X-SOCIALPROFILE;TYPE=twitter; X-USER = aigul_tw :\n"
    )
    assert card.messengers == [("other", "https://example.kg/aigul"), ("twitter", "aigul_tw")]


# --- counting cards before reading, UTF-8 check, declared character sets ----------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("", 0),
        ("BEGIN:VCARD\nFN:A\nEND:VCARD\n", 1),
        ("BEGIN:VCARD\nEND:VCARD\n" * 3, 3),
        ("begin:vcard\r\nend:VCard\r\n", 1),
        # An AGENT card inside a card is not a card of its own.
        ("BEGIN:VCARD\nAGENT:\nBEGIN:VCARD\nEND:VCARD\nEND:VCARD\n", 1),
        ("BEGIN:VCARD\nBEGIN:VCARD\nBEGIN:VCARD\nEND:VCARD\nEND:VCARD\nEND:VCARD\n", 1),
        # An END without its BEGIN, and a BEGIN never closed, make no card.
        ("END:VCARD\nBEGIN:VCARD\nEND:VCARD\n", 1),
        ("BEGIN:VCARD\nEND:VCARD\nBEGIN:VCARD\n", 1),
        ("NOTE:BEGIN:VCARD\nEND:VCARD\n", 0),
    ],
)
def test_count_cards(text: str, count: int) -> None:
    assert vcard._count_cards(text.encode("ascii")) == count


@pytest.mark.parametrize(
    ("data", "utf8"),
    [
        (b"", True),
        ("Иван Үмөт".encode(), True),
        (b"\xff" + b"BEGIN:VCARD", False),  # a bad first byte
        (b"FN:" + "Иван".encode() + b"\xd0", False),  # cut inside the last character
        ("Иван".encode("cp1251"), False),
    ],
)
def test_is_utf8(data: bytes, utf8: bool) -> None:
    assert vcard._is_utf8(data) is utf8


def test_declared_charset_wins_over_the_files_own() -> None:
    # An 8-bit file whose values declare their character sets (Outlook): each is read as told,
    # whatever the file as a whole looks like.
    data = b"\r\n".join(
        [
            b"BEGIN:VCARD",
            b"VERSION:2.1",
            b"FN;CHARSET=UTF-8:" + "Айгүл Токтогулова".encode(),
            b"NOTE;CHARSET=WINDOWS-1251:" + "Пресс-служба министерства".encode("cp1251"),
            b"END:VCARD",
            b"",
        ]
    )
    card = parse_vcards(data)[0]
    assert card.full_name == "Айгүл Токтогулова"
    assert card.note == "Пресс-служба министерства"


def test_utf16_file_without_a_last_line_end() -> None:
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Нурлан Асанов\r\nEND:VCARD"
    for encoding in ("utf-16", "utf-16-be"):
        cards = parse_vcards(text.encode(encoding))
        assert [c.full_name for c in cards] == ["Нурлан Асанов"]


def test_quoted_printable_bytes_foreign_to_the_file_become_replacement_characters() -> None:
    card = one("FN:x\nNOTE;ENCODING=QUOTED-PRINTABLE:ok=FF=FEok")
    assert card.note == "ok\ufffd\ufffdok"


def test_a_card_two_deep_in_agent_leaves_the_outer_card_whole() -> None:
    card = one(
        "FN:Outer\nAGENT:\nBEGIN:VCARD\nFN:Agent\nAGENT:\nBEGIN:VCARD\nFN:Deep\nEND:VCARD\n"
        "END:VCARD\nTEL:+996 312 62 52 41"
    )
    assert card.full_name == "Outer"
    assert card.phones == [("+996 312 62 52 41", "")]


def test_lines_outside_the_cards_are_noted_on_the_card_that_follows() -> None:
    data = "NOTE:a\r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nNOTE:b\r\nNOTE:c\r\nBEGIN:VCARD\r\n"
    data += "FN:B\r\nEND:VCARD\r\n"
    first, second = parse_vcards(data.encode("ascii"))
    assert first.problems == ["lines 1–1 stand outside any contact and were ignored"]
    assert second.problems == ["lines 5–6 stand outside any contact and were ignored"]
    assert (first.full_name, second.full_name) == ("A", "B")


def test_a_value_that_reads_vcard_does_not_end_the_card() -> None:
    card = one("FN:A\nNOTE:vCard\nORG:Министерство")
    assert (card.note, card.org) == ("vCard", "Министерство")


def test_a_line_without_a_colon_ending_in_an_equals_sign_keeps_the_next_line() -> None:
    card = one("broken=\nFN:Айбек")
    assert card.full_name == "Айбек"
    assert card.problems == ["line 3 is not a vCard property and was ignored: 'broken='"]


def test_a_property_named_in_another_script_is_ignored_and_noted() -> None:
    card = one("FN:Айбек\nИМЯ:Айбек")
    assert card.full_name == "Айбек"
    assert len(card.problems) == 1 and card.problems[0].startswith("line 4 is not a vCard")


def test_pictures_in_every_form_are_not_text_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        vcard, "VCARD_PROPERTY_BYTES", dataclasses.replace(vcard.VCARD_PROPERTY_BYTES, value=40)
    )
    data_uri = b"data:image/jpeg;base64," + b"A" * 60
    for head in (b"item1.PHOTO:", b"PHOTO;TYPE=JPEG;VALUE=URI:", b"item2.LOGO;TYPE=PNG:"):
        card = parse_vcards(b"BEGIN:VCARD\r\nFN:x\r\n" + head + data_uri + b"\r\nEND:VCARD\r\n")
        assert card[0].full_name == "x", head
