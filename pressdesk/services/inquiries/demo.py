"""Demo media inquiries: three months of questions from the demo journalists, most answered,
some refused with their legal ground, a few written requests, and some open past their
deadline."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.demo import DemoPart
from pressdesk.services.inquiries.records import (
    AnswerInput,
    InquiryInput,
    add_inquiry,
    answer_inquiry,
    set_status,
)
from pressdesk.storage.contacts_models import Person
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember

_SECRETARY = "Жумабаева Айгүл Бекеновна"
_HEAD = "Асанов Бакыт Токтогулович"

# (kind, channel, question, the unit that prepares the answer)
_QUESTIONS: list[tuple[str, str, str, Bi]] = [
    (
        "comment",
        "phone",
        "Прокомментируйте рост цен на семена пшеницы перед весенним севом.",
        Bi("Өсүмдүк өстүрүү бөлүмү", "Отдел растениеводства"),
    ),
    (
        "data",
        "email",
        "Сколько гектаров засеяно озимыми в этом году по областям?",
        Bi("Статистика бөлүмү", "Отдел статистики"),
    ),
    (
        "interview",
        "telegram",
        "Министрден сугат суусу боюнча маек алсак болобу?",
        Bi("Жетекчилик", "Руководство"),
    ),
    (
        "filming",
        "whatsapp",
        "Можно ли снять сюжет на семенной станции в Чуйской области?",
        Bi("Үрөнчүлүк бөлүмү", "Отдел семеноводства"),
    ),
    (
        "accreditation",
        "email",
        "Просим аккредитовать съёмочную группу на коллегию министерства.",
        Bi("Басма сөз кызматы", "Пресс-служба"),
    ),
    (
        "written_request",
        "written",
        "Просим предоставить сведения о распределении субсидий фермерам за 2026 год.",
        Bi("Финансы бөлүмү", "Финансовый отдел"),
    ),
    (
        "comment",
        "in_person",
        "Мал дарыгерлик абал жөнүндө комментарий бериңизчи.",
        Bi("Ветеринардык кызмат", "Ветеринарная служба"),
    ),
    (
        "data",
        "letter",
        "Какой объём экспорта плодоовощной продукции за девять месяцев?",
        Bi("Экспорт бөлүмү", "Отдел экспорта"),
    ),
]

_GROUND = Bi(
    "«Маалыматка жетүү жөнүндө» Мыйзамдын 5-беренеси: коммерциялык сыр",
    "Статья 5 Закона «О доступе к информации»: коммерческая тайна",
)


def fill_inquiries_demo(db: Database, rng: random.Random) -> int:
    """Write about ninety days of inquiries and return how many."""
    with db.session() as session:
        people = list(session.scalars(select(Person.id).order_by(Person.id).limit(40)))
        secretary = session.scalar(
            select(StaffMember.id).where(StaffMember.full_name == _SECRETARY)
        )
        head = session.scalar(select(StaffMember.id).where(StaffMember.full_name == _HEAD))
    now = clock.now().replace(tzinfo=None, second=0, microsecond=0)
    count = 0
    for days_ago in range(90, 0, -2):
        kind, channel, question, unit = _QUESTIONS[rng.randrange(len(_QUESTIONS))]
        received = (now - dt.timedelta(days=days_ago)).replace(hour=rng.randint(9, 17))
        written = kind == "written_request"
        iid = add_inquiry(
            db,
            InquiryInput(
                question=question,
                kind=kind,
                channel=channel,
                received_at=received,
                incoming_number=f"{received:%m}-{100 + count}" if written else "",
                person_id=rng.choice(people) if people else None,
                sender="" if people else "Журналист",
                journalist_due=None if written else received.date() + dt.timedelta(days=2),
                unit=unit,
                staff_id=secretary,
            ),
            by_name=_SECRETARY,
        )
        count += 1
        # The last two weeks stay partly open; some of them are now overdue.
        if days_ago < 14 and rng.random() < 0.6:
            continue
        late = rng.random() < 0.2
        when = received + dt.timedelta(days=rng.randint(3, 6) if late else rng.randint(0, 1))
        when = min(when, now)
        if kind in ("interview", "written_request"):
            set_status(db, iid, "sent", by_id=secretary)
            set_status(db, iid, "approved", by_id=head)
        roll = rng.random()
        if roll < 0.1:
            answer = AnswerInput(
                text="Сведения составляют коммерческую тайну поставщиков.",
                outcome="refused",
                ground=_GROUND,
                answered_at=when,
            )
        elif roll < 0.2:
            answer = AnswerInput(
                text="Вопрос в ведении Министерства экономики.",
                outcome="redirected",
                redirected_to="Министерство экономики и коммерции",
                answered_at=when,
            )
        elif roll < 0.3:
            answer = AnswerInput(
                text="Данные по двум областям будут позже.", outcome="partly", answered_at=when
            )
        else:
            answer = AnswerInput(
                text="Ответ подготовлен отделом и согласован.", outcome="answered", answered_at=when
            )
        answer_inquiry(db, iid, answer, by_id=secretary)
    return count


INQUIRIES_DEMO = DemoPart("media inquiries", fill_inquiries_demo)
