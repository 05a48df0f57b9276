"""The inquiry report: the indicators computed from known inquiries, and the three formats read
back (DOCX, PDF, XLSX) in Kyrgyz and Russian."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from pypdf import PdfReader

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.documents.builders_inquiries_report import word
from pressdesk.services.contacts.records import save_outlet
from pressdesk.services.contacts.values import OutletRecord
from pressdesk.services.inquiries.records import (
    AnswerInput,
    InquiryError,
    InquiryInput,
    add_inquiry,
    answer_inquiry,
)
from pressdesk.services.inquiries.report import export_inquiry_report, inquiry_stats, period_scope
from tests.support.one_language import docx_text

GROUND = Bi("Мыйзамдын 5-беренеси", "Статья 5 Закона")


def _fill(db) -> None:  # type: ignore[no-untyped-def]
    state = save_outlet(db, OutletRecord(name="КТРК", ownership="state")).record.id
    private = save_outlet(db, OutletRecord(name="Kloop", ownership="private")).record.id

    def add(day: int, kind: str, outlet: int, due: int | None, answer: tuple[int, str] | None):
        received = dt.datetime(2026, 10, day, 10, 0)
        iid = add_inquiry(
            db,
            InquiryInput(
                question=f"Вопрос {day}",
                kind=kind,
                channel="email",
                received_at=received,
                outlet_id=outlet,
                journalist_due=dt.date(2026, 10, due) if due else None,
            ),
        )
        if answer is not None:
            after, outcome = answer
            answer_inquiry(
                db,
                iid,
                AnswerInput(
                    text="Ответ",
                    outcome=outcome,
                    ground=GROUND if outcome == "refused" else Bi("", ""),
                    answered_at=received + dt.timedelta(hours=after),
                ),
            )

    add(1, "comment", state, 2, (6, "answered"))  # on time, 6 h
    add(2, "interview", private, 3, (48, "answered"))  # late, 48 h, granted
    add(5, "interview", private, None, (10, "refused"))  # refused, 10 h
    add(6, "data", state, 7, (20, "partly"))  # on time, 20 h
    add(8, "data", private, 9, None)  # open and overdue
    add_inquiry(
        db, InquiryInput(question="Другой месяц", received_at=dt.datetime(2026, 11, 2, 9, 0))
    )


def test_the_indicators_are_the_ones_the_inquiries_give(db):
    _fill(db)
    stats = inquiry_stats(db, dt.date(2026, 10, 1), dt.date(2026, 10, 31), "ru")
    assert (stats.total, stats.answered, stats.open, stats.overdue) == (5, 4, 1, 1)
    assert stats.median_hours == 15.0
    assert stats.on_time == 0.75
    assert stats.full == 0.5
    assert (stats.interviews, stats.interviews_granted) == (2, 1)
    assert stats.by_kind == [("comment", 1), ("interview", 2), ("data", 2)]
    assert stats.by_ownership == [("state", 2), ("private", 3)]
    assert stats.by_outlet == [("Kloop", "private", 3), ("КТРК", "state", 2)]
    assert [(r.outlet, r.ground) for r in stats.refusals] == [("Kloop", "Статья 5 Закона")]


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_report_is_written_in_three_formats_and_read_back(db, tmp_path, lang):
    _fill(db)
    scope = period_scope("quarter", "2026-Q4")
    for suffix in (".docx", ".pdf"):
        path = tmp_path / f"report{suffix}"
        assert export_inquiry_report(db, path, scope, lang=lang) == 6
        if suffix == ".pdf":
            text = " ".join(page.extract_text() for page in PdfReader(path).pages)
        else:
            text = docx_text(path)
        text = " ".join(text.split())
        assert word("title", lang) in text and word("i.on_time", lang) in text
        assert GROUND.get(lang) in text and "Kloop" in text
    xlsx = tmp_path / "report.xlsx"
    export_inquiry_report(db, xlsx, period_scope("month", "2026-10"), lang=lang)
    book = openpyxl.load_workbook(xlsx)
    main = {row[0]: row[1] for row in book.worksheets[0].iter_rows(min_row=2, values_only=True)}
    assert main[word("i.total", lang)] == 5
    assert main[word("i.on_time", lang)] == 0.75
    assert len(book.sheetnames) == 6


def test_a_report_in_another_format_is_refused(db, tmp_path):
    with pytest.raises(InquiryError):
        export_inquiry_report(db, tmp_path / "r.csv", period_scope("year", "2026"), lang="ru")
    assert not (tmp_path / "r.csv").exists()


def test_an_empty_period_says_so(db, tmp_path):
    with clock.frozen(dt.datetime(2026, 11, 20, 10, 0)):
        path = tmp_path / "r.docx"
        export_inquiry_report(db, path, period_scope("half", "2026-H1"), lang="ky")
    assert word("empty", "ky") in docx_text(path)
