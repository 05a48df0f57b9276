"""Demo events around today: past and coming ones, checklists in several states, accreditation."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from sqlalchemy import select, update

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.contacts.query import list_people
from pressdesk.services.demo import DemoPart
from pressdesk.services.events.accreditation import (
    AccreditationInput,
    accreditation_list,
    add_entry,
    add_people,
    set_status,
)
from pressdesk.services.events.records import (
    EMPTY,
    EventInput,
    LinkedPlanItem,
    create_event,
    plan_item_choices,
    update_event,
)
from pressdesk.services.events.tasks import list_tasks, set_done
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import EventTask


@dataclass(frozen=True)
class _Demo:
    day: int  # days from today
    hour: int
    minutes: int  # duration
    kind: str
    title: Bi
    place: Bi
    speakers: tuple[Bi, ...] = ()
    topic: Bi = EMPTY
    messages: tuple[Bi, ...] = ()
    protocol: bool = False
    accreditation: int = 0  # how many journalists from the contact base
    notes: Bi = EMPTY


PRESS_CENTRE = Bi(
    "Министрликтин пресс-борбору, Бишкек ш., Киев көчөсү, 96а",
    "Пресс-центр министерства, г. Бишкек, ул. Киевская, 96а",
)
MINISTER = Bi("Асанов Бакыт Токтогулович, министр", "Асанов Бакыт Токтогулович, министр")
DEPUTY = Bi(
    "Өмүрбеков Нурлан Сапарбекович, министрдин орун басары",
    "Өмүрбеков Нурлан Сапарбекович, заместитель министра",
)
ORGANISERS = Bi(
    "Айыл чарба министрлигинин басма сөз кызматы",
    "Пресс-служба Министерства сельского хозяйства",
)
NARYN_TRIP = Bi(
    "Министрдин Нарын облусуна иш сапары", "Рабочая поездка министра в Нарынскую область"
)
NARYN = Bi(
    "Нарын облусу, Ат-Башы жана Кочкор райондору",
    "Нарынская область, Ат-Башинский и Кочкорский районы",
)
AFTER_CONFERENCE = Bi(
    "Пресс-релиз жана спикерлердин сүрөттөрү ЖМКга иш-чарадан кийин ошол эле күнү жөнөтүлөт.",
    "Пресс-релиз и фотографии спикеров рассылаются СМИ в день проведения после мероприятия.",
)

# Titles, places and messages are invented for the demo ministry. These events suit any
# time of the year; the ones that follow the farming year come from _SEASONAL below.
_EVENTS = (
    _Demo(-3, 14, 45, "briefing",
          Bi("Ун жана нандын баасы боюнча брифинг", "Брифинг о ценах на муку и хлеб"),
          PRESS_CENTRE,
          (Bi("Бообеков Тилек Асанович, азык-түлүк коопсуздугу башкармалыгынын башчысы",
              "Бообеков Тилек Асанович, начальник управления продовольственной безопасности"),),
          Bi("Дан запастары, ундун баасы", "Запасы зерна, цены на муку"),
          (Bi("Жаңы түшүмгө чейин дан запасы жетиштүү",
              "Запасов зерна достаточно до нового урожая"),),
          notes=Bi("Брифингдин видеосу министрликтин сайтына жана Telegram каналына жарыяланат.",
                   "Видеозапись брифинга публикуется на сайте министерства и в Telegram-канале.")),
    _Demo(1, 10, 120, "internal",
          Bi("Министрликтин коллегиясынын отуруму", "Заседание коллегии министерства"),
          Bi("Министрликтин чоң залы", "Большой зал министерства"), (MINISTER,), protocol=True,
          notes=Bi("Отурум жабык өтөт. Чечимдер боюнча кабар отурумдан кийин сайтка жарыяланат.",
                   "Заседание закрытое. Сообщение о решениях публикуется на сайте после "
                   "заседания.")),
    _Demo(2, 14, 60, "briefing",
          Bi("Брифинг: жеңилдетилген агрокредиттердин жаңы шарттары",
             "Брифинг: новые условия льготных агрокредитов"),
          PRESS_CENTRE, (DEPUTY,),
          Bi("Кредиттин пайызы, мөөнөтү жана аны алуу тартиби",
             "Ставка и срок кредита, порядок его получения"),
          (Bi("Агрокредит сом менен жылдык 6 % менен берилет",
              "Агрокредит выдаётся в сомах под 6 % годовых"),
           Bi("Кредиттин мөөнөтү 36 айга чейин, негизги карызды төлөө 6 айга чейин кийинкиге "
              "калтырылат",
              "Срок кредита — до 36 месяцев, отсрочка погашения основного долга — до 6 "
              "месяцев"))),
    _Demo(4, 11, 60, "interview",
          Bi("Министрдин «Биринчи радиого» маеги: жайыт реформасы",
             "Интервью министра «Биринчи радио»: пастбищная реформа"),
          Bi("«Биринчи радио» студиясы", "Студия «Биринчи радио»"), (MINISTER,),
          Bi("Жайыт комитеттери жана мал жаюунун жаңы эрежелери",
             "Пастбищные комитеты и новые правила выпаса")),
    _Demo(6, 10, 180, "round_table",
          Bi("Тегерек стол: жайыттарды башкаруу реформасы",
             "Круглый стол: реформа управления пастбищами"),
          Bi("«Ак-Кеме» мейманканасы, Бишкек ш.", "Гостиница «Ак-Кеме», г. Бишкек"),
          (DEPUTY, Bi("Эксперттер, жайыт комитеттеринин өкүлдөрү",
                      "Эксперты, представители пастбищных комитетов")),
          Bi("Жайыт мыйзамына өзгөртүүлөр", "Изменения в закон о пастбищах")),
    _Demo(8, 15, 60, "live_broadcast",
          Bi("Түз эфир: «Ачык министрлик» — дыйкандардын суроолору",
             "Прямой эфир «Открытое министерство»: вопросы фермеров"),
          Bi("Министрликтин Facebook баракчасы", "Страница министерства в Facebook"),
          (MINISTER,),
          Bi("Дыйкандардын суроолоруна жооптор", "Ответы на вопросы фермеров"),
          notes=Bi("Суроолор эфирден бир апта мурун баракчадагы комментарийлерден чогултулат.",
                   "Вопросы собираются за неделю до эфира из комментариев на странице.")),
    _Demo(18, 9, 240, "reception_day",
          Bi("Жарандарды кабыл алуу күнү", "День приёма граждан"),
          Bi("Министрликтин кабылдамасы", "Приёмная министерства"), (MINISTER,),
          notes=Bi("Алдын ала жазылуу министрликтин кабылдамасынын телефону аркылуу.",
                   "Предварительная запись по телефону приёмной министерства.")),
)  # fmt: skip

# The season of an event's day: the work of the farming year then.
_SEASON_OF_MONTH = {
    11: "wintering", 12: "wintering", 1: "wintering",
    2: "before_sowing", 3: "before_sowing",
    4: "sowing", 5: "sowing",
    6: "harvest", 7: "harvest", 8: "harvest",
    9: "autumn", 10: "autumn",
}  # fmt: skip

# For each season: the press conference three weeks ago, the press tour, the minister's trip
# and the press conference in two weeks.
_SEASONAL: dict[str, tuple[_Demo, ...]] = {
    "wintering": (
        _Demo(-20, 10, 90, "press_conference",
              Bi("Малды кыштоого даярдык боюнча пресс-конференция",
                 "Пресс-конференция о подготовке скота к зимовке"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Тоют запасы, ветеринардык коопсуздук, кыштоодогу мал",
                 "Запасы кормов, ветеринарная безопасность, зимовка скота"),
              (Bi("Облустарда тоют запасы кыштоо үчүн жетиштүү",
                  "Запасов кормов в областях достаточно для зимовки"),
               Bi("Ветеринардык кызматтар кыштоолордогу малды текшерип жатат",
                  "Ветеринарные службы проверяют скот на зимовках")),
              accreditation=8, notes=AFTER_CONFERENCE),
        _Demo(-9, 8, 60 * 34, "press_tour",
              Bi("Чүй облусундагы асыл тукум мал чарбасына пресс-тур",
                 "Пресс-тур в племенное животноводческое хозяйство Чуйской области"),
              Bi("Чүй облусу, Ысык-Ата району", "Чуйская область, Иссык-Атинский район"),
              (DEPUTY,),
              Bi("Кыш мезгилинде малды багуу жана тоют даярдоо",
                 "Содержание скота зимой и заготовка кормов"),
              accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip", NARYN_TRIP, NARYN, (MINISTER,),
              Bi("Кыштоолордогу малдын абалы, тоют запасы",
                 "Состояние скота на зимовках, запасы кормов")),
        _Demo(14, 10, 90, "press_conference",
              Bi("Пресс-конференция: айыл чарба жылынын жыйынтыктары",
                 "Пресс-конференция: итоги сельскохозяйственного года"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Түшүм, экспорт, субсидиялар, жазгы себүүгө даярдык",
                 "Урожай, экспорт, субсидии, подготовка к весеннему севу"),
              (Bi("Дан эгиндеринин түшүмү өткөн жылдагыдан жогору",
                  "Урожай зерновых выше прошлого года"),
               Bi("Жашылча экспорту 12 %га өстү", "Экспорт овощей вырос на 12 %")),
              accreditation=10, notes=AFTER_CONFERENCE),
    ),
    "before_sowing": (
        _Demo(-20, 10, 90, "press_conference",
              Bi("Жазгы талаа иштерине даярдык боюнча пресс-конференция",
                 "Пресс-конференция о подготовке к весенним полевым работам"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Үрөн, жер семирткич, күйүүчү май жана техника",
                 "Семена, удобрения, горючее и техника"),
              (Bi("Сорттуу үрөндүн запасы түзүлдү", "Запас сортовых семян сформирован"),
               Bi("Жеңилдетилген агрокредиттерге өтүнмөлөр кабыл алынууда",
                  "Идёт приём заявок на льготные агрокредиты")),
              accreditation=8, notes=AFTER_CONFERENCE),
        _Demo(-9, 8, 60 * 34, "press_tour",
              Bi("Чүй облусундагы үрөнчүлүк чарбасына пресс-тур",
                 "Пресс-тур в семеноводческое хозяйство Чуйской области"),
              Bi("Чүй облусу, Сокулук району", "Чуйская область, Сокулукский район"),
              (DEPUTY,),
              Bi("Сорттуу үрөн даярдоо жана сактоо", "Заготовка и хранение сортовых семян"),
              accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip",
              Bi("Министрдин Талас облусуна иш сапары",
                 "Рабочая поездка министра в Таласскую область"),
              Bi("Талас облусу, Талас жана Бакай-Ата райондору",
                 "Таласская область, Таласский и Бакай-Атинский районы"),
              (MINISTER,),
              Bi("Жазгы талаа иштерине даярдык, техниканын абалы",
                 "Подготовка к весенним полевым работам, состояние техники")),
        _Demo(14, 10, 90, "press_conference",
              Bi("Пресс-конференция: жазгы талаа иштерине даярдык",
                 "Пресс-конференция: готовность к весенним полевым работам"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Үрөн, жер семирткич, күйүүчү май, жеңилдетилген кредиттер",
                 "Семена, удобрения, горючее, льготные кредиты"),
              (Bi("Үрөн фонду толук түзүлдү", "Семенной фонд сформирован полностью"),),
              accreditation=10, notes=AFTER_CONFERENCE),
    ),
    "sowing": (
        _Demo(-20, 10, 90, "press_conference",
              Bi("Жазгы талаа иштеринин жүрүшү боюнча пресс-конференция",
                 "Пресс-конференция о ходе весенних полевых работ"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Себилген аянттар, үрөн жана күйүүчү май менен камсыздоо",
                 "Засеянные площади, обеспечение семенами и горючим"),
              (Bi("Себүү пландагы мөөнөттө жүрүп жатат", "Сев идёт в плановые сроки"),),
              accreditation=8, notes=AFTER_CONFERENCE),
        _Demo(-9, 8, 60 * 34, "press_tour",
              Bi("Чүй өрөөнүндөгү талааларга пресс-тур", "Пресс-тур на поля Чуйской долины"),
              Bi("Чүй облусу, Аламүдүн району", "Чуйская область, Аламудунский район"),
              (DEPUTY,),
              Bi("Жазгы себүү, тамчылатып сугаруу", "Весенний сев, капельное орошение"),
              accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip", NARYN_TRIP, NARYN, (MINISTER,),
              Bi("Малды жайыттарга чыгаруу, жайыттарды пайдалануу",
                 "Выгон скота на пастбища, использование пастбищ")),
        _Demo(14, 10, 90, "press_conference",
              Bi("Пресс-конференция: жазгы себүүнүн жыйынтыктары",
                 "Пресс-конференция: итоги весеннего сева"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Себилген аянттар, сугат мезгили", "Засеянные площади, поливной сезон"),
              (Bi("Жазгы себүү өз убагында аяктады", "Весенний сев завершён в срок"),),
              accreditation=10, notes=AFTER_CONFERENCE),
    ),
    "harvest": (
        _Demo(-20, 10, 90, "press_conference",
              Bi("Орум-жыйым иштеринин жүрүшү боюнча пресс-конференция",
                 "Пресс-конференция о ходе уборочных работ"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Дан эгиндерин оруу, түшүмдүүлүк, дан сатып алуу",
                 "Уборка зерновых, урожайность, закупка зерна"),
              (Bi("Түшүмдүүлүк өткөн жылдагыдан жогору", "Урожайность выше прошлогодней"),),
              accreditation=8, notes=AFTER_CONFERENCE),
        _Demo(-9, 8, 60 * 34, "press_tour",
              Bi("Ысык-Көл облусундагы интенсивдүү бактарга пресс-тур",
                 "Пресс-тур в интенсивные сады Иссык-Кульской области"),
              Bi("Ысык-Көл облусу, Түп району", "Иссык-Кульская область, Тюпский район"),
              (DEPUTY,),
              Bi("Интенсивдүү бакчылык жана экспорттук мүмкүнчүлүктөр",
                 "Интенсивное садоводство и экспортные возможности"),
              accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip", NARYN_TRIP, NARYN, (MINISTER,),
              Bi("Жайлоолордогу мал, кышка тоют даярдоо",
                 "Скот на летних пастбищах, заготовка кормов на зиму")),
        _Demo(14, 10, 90, "press_conference",
              Bi("Пресс-конференция: орум-жыйым иштеринин жүрүшү",
                 "Пресс-конференция: ход уборочной кампании"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Дан эгиндерин жыйноо, дан сатып алуу", "Уборка зерновых, закуп зерна"),
              (Bi("Орум-жыйым график боюнча жүрүп жатат", "Уборка идёт по графику"),),
              accreditation=10, notes=AFTER_CONFERENCE),
    ),
    "autumn": (
        _Demo(-20, 10, 90, "press_conference",
              Bi("Күзгү талаа иштери боюнча пресс-конференция",
                 "Пресс-конференция об осенних полевых работах"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Түшүм жыйноо, күздүк эгиндерди себүү", "Уборка урожая, сев озимых"),
              (Bi("Күздүк буудай пландагы аянтка себилүүдө",
                  "Озимая пшеница высевается на плановой площади"),),
              accreditation=8, notes=AFTER_CONFERENCE),
        _Demo(-9, 8, 60 * 34, "press_tour",
              Bi("Жалал-Абад облусундагы жашылча сактоочу жайларга пресс-тур",
                 "Пресс-тур на овощехранилища Джалал-Абадской области"),
              Bi("Жалал-Абад облусу, Сузак району", "Джалал-Абадская область, Сузакский район"),
              (DEPUTY,),
              Bi("Түшүмдү сактоо жана кайра иштетүү", "Хранение и переработка урожая"),
              accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip", NARYN_TRIP, NARYN, (MINISTER,),
              Bi("Малды кыштоого даярдык, тоют запасы",
                 "Подготовка скота к зимовке, запасы кормов")),
        _Demo(14, 10, 90, "press_conference",
              Bi("Пресс-конференция: түшүм жыйноонун жыйынтыктары",
                 "Пресс-конференция: итоги уборки урожая"),
              PRESS_CENTRE, (MINISTER, DEPUTY),
              Bi("Түшүм, экспорт, дан сатып алуу", "Урожай, экспорт, закуп зерна"),
              (Bi("Дан эгиндеринин түшүмү өткөн жылдагыдан жогору",
                  "Урожай зерновых выше прошлого года"),),
              accreditation=10, notes=AFTER_CONFERENCE),
    ),
}  # fmt: skip


def demo_events(today: dt.date) -> list[_Demo]:
    """Return the demo events around ``today`` in time order, each seasonal one chosen by the
    month it falls in."""
    chosen = list(_EVENTS)
    for slot in range(4):
        day = _SEASONAL["wintering"][slot].day
        season = _SEASON_OF_MONTH[(today + dt.timedelta(days=day)).month]
        chosen.append(_SEASONAL[season][slot])
    return sorted(chosen, key=lambda demo: demo.day)


# Stems too common in titles to tell what an item is about.
_COMMON_STEMS = frozenset({"минист", "пресс-", "облуст", "боюнч"})


def _stems(text: str) -> set[str]:
    words = "".join(ch if ch.isalnum() or ch == "-" else " " for ch in text.casefold()).split()
    return {word[:6] for word in words if len(word) >= 6} - _COMMON_STEMS


def _related(demo: _Demo, choices: list[LinkedPlanItem]) -> set[int]:
    """Return the plan items of the event's day or the days just after it (its coverage) whose
    titles speak of the same thing, to link to it."""
    stems = _stems(f"{demo.title.ky} {demo.title.ru}")
    return {item.id for item in choices if stems & _stems(f"{item.title.ky} {item.title.ru}")}


def _lines(items: tuple[Bi, ...]) -> Bi:
    return Bi("\n".join(item.ky for item in items), "\n".join(item.ru for item in items))


def _start(demo: _Demo, today: dt.date) -> dt.datetime:
    return dt.datetime.combine(today + dt.timedelta(days=demo.day), dt.time(demo.hour, 0))


def _assign(db: Database, event_id: int, press_id: int | None, camera_id: int | None) -> None:
    with db.session() as session:
        session.execute(
            update(EventTask).where(EventTask.event_id == event_id).values(responsible_id=press_id)
        )
        if camera_id is not None:
            photo = select(EventTask.id).where(
                EventTask.event_id == event_id,
                EventTask.text_ky.contains("видео"),
                EventTask.phase != "before",
            )
            session.execute(
                update(EventTask).where(EventTask.id.in_(photo)).values(responsible_id=camera_id)
            )


def _tick(db: Database, event_id: int, today: dt.date, rng: random.Random) -> None:
    # Preparation that was due is done; some follow-up slips, as in real work.
    for task in list_tasks(db, event_id, today=today):
        slips = task.phase == "after" or task.due_date >= today - dt.timedelta(days=3)
        if task.due_date < today and (not slips or rng.random() < 0.7):
            moment = dt.datetime.combine(task.due_date, dt.time(rng.randint(9, 17), 0))
            set_done(db, task.id, at=moment)


def _accredit(db: Database, event_id: int, people: list[int], demo: _Demo, today: dt.date) -> int:
    chosen = people[: demo.accreditation]
    added = add_people(db, event_id, chosen) if chosen else []
    past = demo.day < 0
    for index, row in enumerate(added):
        if past:
            status = "refused" if index == 2 else "attended" if index % 4 else "accredited"
        else:
            status = "accredited" if index % 3 else "requested"
        set_status(db, row.id, status)
    add_entry(
        db,
        event_id,
        AccreditationInput(
            "Сатыбалдиева Жылдыз",
            outlet_name="«Агро-Блог» (Telegram)",
            phone="+996 555 010 203",
            status="attended" if past else "requested",
            note="Эркин блогер",
        ),
    )
    return len(accreditation_list(db, event_id))


def fill_events_demo(db: Database, rng: random.Random) -> int:
    """Write the demo events with their checklists and accreditation; return how many records."""
    today = clock.today()
    staff = {row.full_name: row.id for row in list_staff(db)}
    press_id = staff.get("Жумабаева Айгүл Бекеновна")
    camera_id = staff.get("Исаков Эрлан Дөөлөтович")
    page = list_people(db, sort="name", limit=60)
    people = [row.id for row in page.rows if row.outlet_id is not None and not row.do_not_contact]
    rng.shuffle(people)
    count = 0
    for demo in demo_events(today):
        starts_at = _start(demo, today)
        data = EventInput(
            kind=demo.kind,
            title=demo.title,
            starts_at=starts_at,
            ends_at=starts_at + dt.timedelta(minutes=demo.minutes),
            place=demo.place,
            organisers=ORGANISERS,
            speakers=_lines(demo.speakers),
            topic=demo.topic,
            key_messages=_lines(demo.messages),
            protocol=demo.protocol,
            notes=demo.notes,
        )
        row = create_event(db, data)
        around = plan_item_choices(db, starts_at.date(), days=3)
        related = _related(demo, [item for item in around if item.date >= starts_at.date()])
        if related:
            linked = replace(data, plan_item_ids=frozenset(related))
            row = update_event(db, row.id, linked)
        _assign(db, row.id, press_id, camera_id)
        _tick(db, row.id, today, rng)
        count += 1 + len(list_tasks(db, row.id))
        if demo.accreditation and not demo.protocol:
            count += _accredit(db, row.id, people, demo, today)
    return count


DEMO_PART = DemoPart("events", fill_events_demo)
