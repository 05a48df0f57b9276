"""Demo crisis kit of the ministry: a working group, the notice list and one scenario (an
outbreak of an animal disease) with statements the minister has approved."""

from __future__ import annotations

import random

from sqlalchemy import select

from pressdesk.bilingual import Bi
from pressdesk.services.crisis.records import (
    ContactInput,
    ScenarioInput,
    StatementInput,
    add_contact,
    add_scenario,
    set_member,
)
from pressdesk.services.crisis.statements import add_statement, set_statement_status
from pressdesk.services.demo import DemoPart
from pressdesk.storage.engine import Database
from pressdesk.storage.models import StaffMember

_HEAD = "Асанов Бакыт Токтогулович"
_DEPUTY = "Өмүрбеков Нурлан Сапарбекович"
_SECRETARY = "Жумабаева Айгүл Бекеновна"
_HR = "Токтосунова Гүлнара Маратовна"
_IT = "Исаков Эрлан Дөөлөтович"

# Staff name -> (role, duty in the group).
_GROUP: dict[str, tuple[str, Bi]] = {
    _HEAD: (
        "head",
        Bi("Чечим кабыл алат, билдирүүлөрдү бекитет", "Принимает решения, утверждает заявления"),
    ),
    _DEPUTY: (
        "unit",
        Bi("Тармактагы абал боюнча маалымат берет", "Предоставляет сведения о ситуации в отрасли"),
    ),
    _SECRETARY: (
        "press",
        Bi(
            "ЖМК менен байланыш, билдирүүлөрдү даярдоо жана жарыялоо",
            "Связь со СМИ, подготовка и публикация заявлений",
        ),
    ),
    _HR: ("lawyer", Bi("Билдирүүлөрдүн укуктук экспертизасы", "Правовая экспертиза заявлений")),
    _IT: (
        "unit",
        Bi("Сайтты жана социалдык тармактарды колдоо", "Поддержка сайта и социальных сетей"),
    ),
}

_SCENARIO = ScenarioInput(
    name=Bi("Жаныбарлардын жугуштуу оорусунун чыгышы", "Вспышка заразной болезни животных"),
    description=Bi(
        "Облустардын биринде жаныбарлардын жугуштуу оорусу катталды. Карантин киргизилиши, "
        "эт жана сүт сатууга чектөөлөр коюлушу мүмкүн. Калктын, фермерлердин жана ЖМКнын "
        "кызыгуусу жогору болот.",
        "В одной из областей зарегистрирована заразная болезнь животных. Возможны карантин и "
        "ограничения на продажу мяса и молока. Ожидается повышенный интерес населения, "
        "фермеров и СМИ.",
    ),
)

_STATEMENTS = [
    StatementInput(
        title=Bi("Алгачкы билдирүү", "Первое заявление"),
        text=Bi(
            "Кыргыз Республикасынын Айыл чарба министрлиги [облустун] [районунда] "
            "жаныбарлардын жугуштуу оорусу катталганы тууралуу маалыматты тастыктайт. "
            "Оорунун таралышына жол бербөө үчүн мал дарыгерлик кызмат чараларды көрүүдө.\n\n"
            "Кырдаал министрликтин көзөмөлүндө. Кошумча маалымат расмий сайтта жарыяланат.",
            "Министерство сельского хозяйства Кыргызской Республики подтверждает информацию о "
            "регистрации заразной болезни животных в [районе] [области]. Ветеринарная служба "
            "принимает меры, чтобы не допустить распространения болезни.\n\n"
            "Ситуация находится под контролем министерства. Дополнительная информация будет "
            "опубликована на официальном сайте.",
        ),
    ),
    StatementInput(
        title=Bi("Калкка кайрылуу", "Обращение к населению"),
        text=Bi(
            "Урматтуу жарандар! Малды үй шартында союуга жана этти текшерилбеген жерлерден "
            "сатып алууга жол бербеңиз. Жаныбарлардын оорусунун белгилерин байкасаңыз, жакынкы "
            "мал дарыгерлик мекемеге кайрылыңыз.",
            "Уважаемые граждане! Не допускайте подворного убоя скота и не покупайте мясо в "
            "непроверенных местах. Заметив признаки болезни животных, обращайтесь в ближайшее "
            "ветеринарное учреждение.",
        ),
    ),
]


def fill_crisis_demo(db: Database, _rng: random.Random) -> int:
    """Write the demo crisis kit; both statements are approved by the minister."""
    with db.session() as session:
        found = session.execute(
            select(StaffMember.full_name, StaffMember.id).where(
                StaffMember.full_name.in_(list(_GROUP))
            )
        )
        ids: dict[str, int] = {str(name): int(sid) for name, sid in found}
    for name, (role, duty) in _GROUP.items():
        if name in ids:
            set_member(db, ids[name], role, duty)
    for name in (_HEAD, _SECRETARY, _DEPUTY):
        if name in ids:
            add_contact(db, ContactInput(staff_id=ids[name]))
    add_contact(
        db,
        ContactInput(
            full_name="Бейшеналиев Талант Акылбекович",
            phone="+996 312 62-00-00",
            role=Bi(
                "Мамлекеттик мал дарыгерлик инспекциянын кезметчиси",
                "Дежурный государственной ветеринарной инспекции",
            ),
        ),
    )
    scenario = add_scenario(
        db,
        ScenarioInput(
            name=_SCENARIO.name,
            description=_SCENARIO.description,
            decides_id=ids.get(_HEAD),
            speaker_id=ids.get(_DEPUTY),
        ),
    )
    for data in _STATEMENTS:
        statement = add_statement(db, scenario, data, by_name=_SECRETARY)
        set_statement_status(db, statement, "sent", by_id=ids.get(_SECRETARY))
        set_statement_status(db, statement, "approved", by_id=ids.get(_HEAD))
    return 1 + len(_STATEMENTS)


CRISIS_DEMO = DemoPart("crisis kit", fill_crisis_demo)
