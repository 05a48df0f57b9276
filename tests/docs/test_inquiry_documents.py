"""The request note to a unit: one language per document, the letterhead and signature, the
deadlines it asks by, read back from DOCX and PDF."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from pressdesk.bilingual import Bi
from pressdesk.documents.builders_inquiries import word
from pressdesk.services.demo import DEMO_PROFILE
from pressdesk.services.inquiries.printing import export_request_note, note_due
from pressdesk.services.inquiries.records import InquiryError, InquiryInput, add_inquiry
from pressdesk.services.profile import save_profile
from tests.support.one_language import docx_text, flat, foreign_words

QUESTIONS = {
    "ky": "Быйыл канча гектар аянтка буудай себилди?",
    "ru": "Сколько гектаров пшеницы засеяно в этом году?",
}
UNIT = Bi("Өсүмдүк өстүрүү бөлүмү", "Отдел растениеводства")


def _text(path: Path) -> str:
    if path.suffix == ".pdf":
        return flat("\n".join(page.extract_text() for page in PdfReader(path).pages))
    return docx_text(path)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_note_is_in_one_language_and_asks_by_a_day_before_the_deadline(
    db, tmp_path, lang, suffix
):
    save_profile(db, DEMO_PROFILE)
    iid = add_inquiry(
        db,
        InquiryInput(
            question=QUESTIONS[lang],
            kind="written_request",
            channel="written",
            incoming_number="Вх-77",
            sender="Асанова Айгерим",
            outlet_name="Kaktus Media",
            received_at=dt.datetime(2026, 11, 20, 9, 30),
            unit=UNIT,
        ),
    )
    path = tmp_path / f"note-{lang}{suffix}"
    export_request_note(db, iid, path, lang=lang)
    text = " ".join(_text(path).split())
    assert word("title", lang) in text
    assert UNIT.get(lang) in text and QUESTIONS[lang] in text
    assert DEMO_PROFILE.name(lang) in text and DEMO_PROFILE.secretary_name in text
    assert "Вх-77" in text and "Kaktus Media" in text
    # The legal term ends on 4 December; the unit is asked for the material by 3 December.
    legal, asked = ("4-декабры", "3-декабрына чейин") if lang == "ky" else ("4 декабря", "до 3")
    assert legal in text and asked in text
    assert foreign_words(text, lang) == []


def test_the_note_date_never_falls_before_today_or_the_receipt():
    today = dt.date(2026, 11, 20)
    assert note_due(today, dt.date(2026, 11, 25), today) == dt.date(2026, 11, 24)
    assert note_due(today, dt.date(2026, 11, 18), today) == today
    assert note_due(today, None, today) == dt.date(2026, 11, 21)


def test_a_note_without_a_unit_or_before_the_receipt_is_refused(db, tmp_path):
    iid = add_inquiry(db, InquiryInput(question="Вопрос", received_at=dt.datetime(2026, 11, 20)))
    path = tmp_path / "note.pdf"
    with pytest.raises(InquiryError) as caught:
        export_request_note(db, iid, path, lang="ru")
    assert caught.value.code == "inquiry.note_needs_unit"
    with pytest.raises(InquiryError) as caught:
        export_request_note(db, iid, path, lang="ru", unit="Отдел", due=dt.date(2026, 11, 1))
    assert caught.value.code == "inquiry.due_before_received"
    assert not path.exists()
