"""Media inquiries: validation, the approval flow, the answer, deadlines and quick capture."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.contacts.records import save_outlet, save_person
from pressdesk.services.contacts.values import EmailValue, OutletRecord, PersonRecord, PhoneValue
from pressdesk.services.inquiries.capture import (
    MESSAGE_LIMIT,
    capture_input,
    capture_message,
    new_contact,
)
from pressdesk.services.inquiries.deadlines import (
    LegalTerm,
    due_counts,
    due_view,
    legal_due,
)
from pressdesk.services.inquiries.queries import InquiryFilter, get_inquiry, list_inquiries
from pressdesk.services.inquiries.records import (
    AnswerInput,
    InquiryError,
    InquiryInput,
    InquiryNotFound,
    add_inquiry,
    answer_inquiry,
    delete_inquiry,
    find_sender,
    set_status,
    update_inquiry,
)
from pressdesk.services.plan.holidays import HolidayRow, save_holiday
from pressdesk.storage.inquiries_models import Inquiry

NOW = dt.datetime(2026, 11, 20, 10, 0)  # a Friday


def _codes(exc: InquiryError) -> list[str]:
    lines = exc.values.get("lines")
    return [line.code for line in lines] if lines else [exc.code]


def _count(db) -> int:
    with db.session() as session:
        return session.query(Inquiry).count()


def _journalist(db, name: str, email: str, phone: str = "", outlet_id: int | None = None) -> int:
    record = PersonRecord(
        full_name=name,
        emails=(EmailValue(email),),
        phones=(PhoneValue(phone),) if phone else (),
        outlet_id=outlet_id,
    )
    saved = save_person(db, record)
    assert saved.record.id is not None
    return saved.record.id


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"question": "  "}, "inquiry.needs_question"),
        (
            {"journalist_due": dt.date(2026, 11, 19), "received_at": NOW},
            "inquiry.due_before_received",
        ),
        ({"channel": "written"}, "inquiry.written_needs_number"),
        ({"kind": "written_request"}, "inquiry.written_needs_number"),
        ({"question": "с" * 60_000}, "field.too_long"),
        ({"kind": "gossip"}, "field.unknown"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_saved(db, changes, code):
    data = InquiryInput(**{"question": "Сколько тонн семян закуплено?", **changes})
    with pytest.raises(InquiryError) as caught:
        add_inquiry(db, data)
    assert code in _codes(caught.value)
    assert _count(db) == 0


def test_a_written_request_gets_its_legal_term_and_both_deadlines_are_kept(db):
    data = InquiryInput(
        question="Просим предоставить данные о субсидиях за 2026 год.",
        kind="data",
        channel="written",
        incoming_number="Вх-1234",
        received_at=NOW,
        journalist_due=dt.date(2026, 11, 25),
    )
    row = get_inquiry(db, add_inquiry(db, data))
    # 14 calendar days from Friday 20 November end on Friday 4 December.
    assert row.legal_due == dt.date(2026, 12, 4)
    assert row.journalist_due == dt.date(2026, 11, 25)
    assert row.due_on == dt.date(2026, 11, 25)
    assert row.history[0].kind == "created"


def test_the_legal_term_skips_holidays_in_working_days_and_moves_off_a_day_off(db):
    off = frozenset({dt.date(2026, 12, 1)})
    assert legal_due(dt.date(2026, 11, 20), LegalTerm(5, working=True), off) == dt.date(
        2026, 11, 27
    )
    assert legal_due(dt.date(2026, 11, 27), LegalTerm(3, working=True), off) == dt.date(2026, 12, 3)
    # Calendar days ending on a Saturday move to Monday, past a holiday to Wednesday.
    assert legal_due(dt.date(2026, 11, 14), LegalTerm(14), off) == dt.date(2026, 11, 30)
    assert legal_due(dt.date(2026, 11, 15), LegalTerm(16), off) == dt.date(2026, 12, 2)
    save_holiday(db, HolidayRow(12, 4, "Майрам", "Праздник", year=2026))
    data = InquiryInput(question="Запрос", channel="written", incoming_number="17", received_at=NOW)
    assert get_inquiry(db, add_inquiry(db, data)).legal_due == dt.date(2026, 12, 7)


def test_the_due_view_sorts_open_inquiries_into_overdue_today_and_soon(db):
    def add(due: dt.date, answered: bool = False) -> int:
        received = dt.datetime(2026, 11, 10, 9, 0)
        iid = add_inquiry(
            db, InquiryInput(question="Вопрос", received_at=received, journalist_due=due)
        )
        if answered:
            answer_inquiry(db, iid, AnswerInput(text="Ответ"))
        return iid

    late = add(dt.date(2026, 11, 18))
    add(dt.date(2026, 11, 17), answered=True)
    today = add(dt.date(2026, 11, 20))
    soon = add(dt.date(2026, 11, 22))
    add(dt.date(2026, 11, 30))
    view = due_view(db)
    assert [r.id for r in view.overdue] == [late]
    assert [r.id for r in view.due_today] == [today]
    assert [r.id for r in view.soon] == [soon]
    counts = due_counts(db)
    assert (counts.overdue, counts.due_today, counts.soon) == (1, 1, 1)
    assert [r.id for r in list_inquiries(db, InquiryFilter(overdue=True))] == [late]


def test_the_approval_flow_keeps_its_trail_and_refuses_wrong_steps(db):
    iid = add_inquiry(db, InquiryInput(question="Интервью с министром?", kind="interview"))
    with pytest.raises(InquiryError) as caught:
        set_status(db, iid, "approved")
    assert caught.value.code == "inquiry.bad_step"
    set_status(db, iid, "sent", by_name="Жумабаева А.")
    with pytest.raises(InquiryError) as caught:
        set_status(db, iid, "returned")
    assert caught.value.code == "inquiry.return_needs_comment"
    set_status(db, iid, "returned", by_name="Асанов Б.", comment="Уточните цифры")
    set_status(db, iid, "sent")
    set_status(db, iid, "approved", by_name="Асанов Б.")
    with pytest.raises(InquiryError) as caught:
        set_status(db, iid, "answered")
    assert caught.value.code == "inquiry.answer_via_answer"
    row = get_inquiry(db, iid)
    steps = [(h.old_value, h.new_value, h.by_name) for h in row.history if h.kind == "status"]
    assert steps[1] == ("sent", "returned", "Асанов Б.")
    assert steps[-1] == ("sent", "approved", "Асанов Б.")
    assert all(h.at == NOW for h in row.history)


def test_an_answer_records_outcome_and_a_refusal_needs_its_ground(db):
    iid = add_inquiry(db, InquiryInput(question="Покажите договор поставки."))
    with pytest.raises(InquiryError) as caught:
        answer_inquiry(db, iid, AnswerInput(text="Отказ", outcome="refused"))
    assert _codes(caught.value) == ["inquiry.refusal_needs_ground"]
    with pytest.raises(InquiryError) as caught:
        answer_inquiry(db, iid, AnswerInput(text=" "))
    assert _codes(caught.value) == ["inquiry.answer_needs_text"]
    assert get_inquiry(db, iid).status == "new"
    with clock.frozen(NOW + dt.timedelta(days=1)):
        answer_inquiry(
            db,
            iid,
            AnswerInput(
                text="Сведения составляют коммерческую тайну.",
                outcome="refused",
                ground=Bi("Мыйзамдын 5-беренеси", "Статья 5 Закона"),
            ),
        )
    row = get_inquiry(db, iid)
    assert (row.status, row.outcome, row.ground.ru) == ("answered", "refused", "Статья 5 Закона")
    assert row.answered_at == NOW + dt.timedelta(days=1)
    assert row.history[-1].kind == "answer"


def test_an_answer_without_a_question_is_refused(db):
    iid = add_inquiry(db, InquiryInput(question="Вопрос"))
    with db.session() as session:
        session.get(Inquiry, iid).question = ""  # type: ignore[union-attr]
    with pytest.raises(InquiryError) as caught:
        answer_inquiry(db, iid, AnswerInput(text="Ответ"))
    assert caught.value.code == "inquiry.answer_without_question"
    assert get_inquiry(db, iid).answered_at is None


def test_a_sender_is_found_by_address_or_phone_and_two_matches_are_refused(db):
    outlet = save_outlet(db, OutletRecord(name="Азаттык", email="info@azattyk.example.kg"))
    first = _journalist(
        db, "Асанова Айгерим", "aigerim@azattyk.example.kg", "0555 111 222", outlet.record.id
    )
    found = find_sender(db, "Aigerim@Azattyk.example.kg")
    assert (found.person_id, found.outlet_id) == (first, outlet.record.id)
    assert find_sender(db, "+996 555 111 222").person_id == first
    assert find_sender(db, "new@example.kg").person_id is None
    _journalist(db, "Асанова Айгерим Бакытовна", "other@example.kg", "0555111222")
    with pytest.raises(InquiryError) as caught:
        find_sender(db, "0555 111 222")
    assert caught.value.code == "inquiry.sender_ambiguous"
    assert "Асанова Айгерим Бакытовна" in str(caught.value)


def test_a_pasted_email_proposes_person_outlet_question_and_keeps_the_history_apart(db):
    outlet = save_outlet(db, OutletRecord(name="Kaktus Media", email="news@kaktus.example.kg"))
    person = _journalist(db, "Бакиев Эрлан", "erlan@kaktus.example.kg", "", outlet.record.id)
    text = (
        "From: Erlan Bakiev <erlan@kaktus.example.kg>\n"
        "Subject: Цены на семена\n"
        "Date: Thu, 19 Nov 2026 16:20:00 +0600\n"
        "\n"
        "Здравствуйте! Прокомментируйте, пожалуйста, рост цен на семена.\n"
        "Нужен ответ до пятницы.\n"
        "\n"
        "С уважением,\nЭрлан, +996 700 123 456\n"
        "\n"
        "On Wed, 18 Nov 2026 Press <press@agro.example.kg> wrote:\n"
        "> Ваш прошлый запрос получен.\n"
    )
    capture = capture_message(db, text)
    assert capture.person_id == person
    assert capture.outlet_id == outlet.record.id
    assert capture.question.startswith("Здравствуйте!")
    assert "Ваш прошлый запрос" not in capture.question
    assert "Ваш прошлый запрос" in capture.quoted
    assert "С уважением" not in capture.question
    assert capture.received_at is not None
    assert capture.received_at.date() == dt.date(2026, 11, 19)
    iid = add_inquiry(db, capture_input(capture))
    row = get_inquiry(db, iid)
    assert row.sender == "Бакиев Эрлан" and row.outlet_name == "Kaktus Media"
    assert row.quoted.startswith("On Wed")


def test_a_message_from_an_unknown_sender_offers_a_new_contact_and_finds_the_outlet(db):
    save_outlet(db, OutletRecord(name="24.kg", email="info@24.example.kg"))
    capture = capture_message(
        db, "Саламатсызбы! 24.kg агенттигинен жазып жатам. Түшүмдүүлүк канча?\n+996 777 000 111"
    )
    assert capture.person_id is None and capture.new_contact
    assert capture.outlet_name == "24.kg"
    assert capture.channel == "telegram"


def test_a_megabyte_paste_is_refused_clearly(db):
    with pytest.raises(InquiryError) as caught:
        capture_message(db, "а" * MESSAGE_LIMIT)
    assert caught.value.code == "inquiry.message_too_large"
    assert "KB" in str(caught.value)


def test_delete_removes_the_inquiry_and_a_missing_one_is_reported(db):
    iid = add_inquiry(db, InquiryInput(question="Вопрос"))
    delete_inquiry(db, iid)
    with pytest.raises(InquiryNotFound):
        get_inquiry(db, iid)


def test_an_update_keeps_the_receipt_and_recomputes_the_legal_term(db):
    data = InquiryInput(question="Вопрос", received_at=NOW, journalist_due=dt.date(2026, 11, 23))
    iid = add_inquiry(db, data)
    assert get_inquiry(db, iid).legal_due is None
    written = replace(data, received_at=None, channel="written", incoming_number="Вх-9")
    update_inquiry(db, iid, written, by_name="Жумабаева А.")
    row = get_inquiry(db, iid)
    assert row.received_at == NOW
    assert (row.legal_due, row.due_on) == (dt.date(2026, 12, 4), dt.date(2026, 11, 23))
    assert row.history[-1].kind == "edit"
    with pytest.raises(InquiryError) as caught:
        update_inquiry(db, iid, replace(written, incoming_number=""))
    assert _codes(caught.value) == ["inquiry.written_needs_number"]
    assert get_inquiry(db, iid).incoming_number == "Вх-9"


def test_an_unknown_sender_is_offered_as_a_new_contact(db):
    capture = capture_message(
        db, "From: Нурлан Асанов <nurlan@example.kg>\n\nКанча гектар себилди?\n"
    )
    assert capture.new_contact and capture.person_id is None
    record = new_contact(capture)
    saved = save_person(db, record)
    assert saved.record.full_name == "Нурлан Асанов"
    assert find_sender(db, "nurlan@example.kg").person_id == saved.record.id


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Просим ответить до 25.11, спасибо.", dt.date(2026, 11, 25)),
        ("Жоопту 24.11.2026-ж. чейин күтөбүз.", dt.date(2026, 11, 24)),
        ("Please answer by 05.01.", dt.date(2027, 1, 5)),
        ("Ответ нужен до 31.02.", None),
        ("Сколько тонн семян закуплено?", None),
    ],
)
def test_a_deadline_named_in_the_message_is_proposed(db, text, due):
    capture = capture_message(db, text)
    assert capture.journalist_due == due
    assert capture_input(capture).journalist_due == due
