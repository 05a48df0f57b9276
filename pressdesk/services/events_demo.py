"""Demo events around today: past and coming ones, checklists in several states, accreditation."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, replace

from sqlalchemy import select, update

from pressdesk import clock
from pressdesk.services.contacts_query import list_people
from pressdesk.services.demo import DemoPart
from pressdesk.services.events import (
    EventInput,
    LinkedPlanItem,
    create_event,
    plan_item_choices,
    update_event,
)
from pressdesk.services.events_accreditation import (
    AccreditationInput,
    accreditation_list,
    add_entry,
    add_people,
    set_status,
)
from pressdesk.services.events_tasks import list_tasks, set_done
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import EventTask


@dataclass(frozen=True)
class _Demo:
    day: int  # days from today
    hour: int
    minutes: int  # duration
    kind: str
    title: str
    place: str
    speakers: tuple[str, ...] = ()
    topic: str = ""
    messages: tuple[str, ...] = ()
    protocol: bool = False
    accreditation: int = 0  # how many journalists from the contact base


PRESS_CENTRE = "Министрликтин пресс-борбору, Бишкек ш., Киев көчөсү, 96а"
MINISTER = "Асанов Бакыт Токтогулович, министр"
DEPUTY = "Өмүрбеков Нурлан Сапарбекович, министрдин орун басары"

# Titles, places and messages are invented for the demo ministry. These events suit any
# time of the year; the ones that follow the farming year come from _SEASONAL below.
_EVENTS = (
    _Demo(-3, 14, 45, "briefing", "Брифинг о ценах на муку и хлеб", PRESS_CENTRE,
          ("Бообеков Тилек Асанович, начальник управления продовольственной безопасности",),
          "Запасы зерна, цены на муку", ("Запасов зерна достаточно до нового урожая",)),
    _Demo(1, 10, 120, "internal", "Министрликтин коллегиясынын отуруму",
          "Министрликтин чоң залы", (MINISTER,), protocol=True),
    _Demo(2, 14, 60, "briefing", "Брифинг: жеңилдетилген агрокредиттердин жаңы шарттары",
          PRESS_CENTRE, (DEPUTY,), "Кредиттин пайызы, мөөнөтү жана аны алуу тартиби",
          ("Агрокредит сом менен жылдык 6 % менен берилет",
           "Кредиттин мөөнөтү 36 айга чейин, негизги карызды төлөө 6 айга чейин кийинкиге "
           "калтырылат")),
    _Demo(4, 11, 60, "interview", "Интервью министра «Биринчи радио»: пастбищная реформа",
          "Студия «Биринчи радио»", (MINISTER,), "Пастбищные комитеты и новые правила выпаса"),
    _Demo(6, 10, 180, "round_table", "Тегерек стол: жайыттарды башкаруу реформасы",
          "«Ак-Кеме» мейманканасы, Бишкек ш.", (DEPUTY, "Эксперттер, жайыт комитеттери"),
          "Жайыт мыйзамына өзгөртүүлөр"),
    _Demo(8, 15, 60, "live_broadcast", "Түз эфир: «Ачык министрлик» — дыйкандардын суроолору",
          "Министрликтин Facebook баракчасы", (MINISTER,)),
    _Demo(18, 9, 240, "reception_day", "Жарандарды кабыл алуу күнү", "Министрликтин кабылдамасы",
          (MINISTER,)),
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
              "Малды кыштоого даярдык боюнча пресс-конференция", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Тоют запасы, ветеринардык коопсуздук, кыштоодогу мал",
              ("Облустарда тоют запасы кыштоо үчүн жетиштүү",
               "Ветеринардык кызматтар кыштоолордогу малды текшерип жатат"), accreditation=8),
        _Demo(-9, 8, 60 * 34, "press_tour",
              "Чүй облусундагы асыл тукум мал чарбасына пресс-тур", "Чүй облусу, Ысык-Ата району",
              (DEPUTY,), "Кыш мезгилинде малды багуу жана тоют даярдоо", accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip", "Министрдин Нарын облусуна иш сапары",
              "Нарын облусу, Ат-Башы жана Кочкор райондору", (MINISTER,),
              "Кыштоолордогу малдын абалы, тоют запасы"),
        _Demo(14, 10, 90, "press_conference",
              "Пресс-конференция: итоги сельскохозяйственного года", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Урожай, экспорт, субсидии, подготовка к весеннему севу",
              ("Урожай зерновых выше прошлого года", "Экспорт овощей вырос на 12 %"),
              accreditation=10),
    ),
    "before_sowing": (
        _Demo(-20, 10, 90, "press_conference",
              "Жазгы талаа иштерине даярдык боюнча пресс-конференция", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Үрөн, жер семирткич, күйүүчү май жана техника",
              ("Сорттуу үрөндүн запасы түзүлдү",
               "Жеңилдетилген агрокредиттерге өтүнмөлөр кабыл алынууда"), accreditation=8),
        _Demo(-9, 8, 60 * 34, "press_tour",
              "Чүй облусундагы үрөнчүлүк чарбасына пресс-тур", "Чүй облусу, Сокулук району",
              (DEPUTY,), "Сорттуу үрөн даярдоо жана сактоо", accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip", "Министрдин Талас облусуна иш сапары",
              "Талас облусу, Талас жана Бакай-Ата райондору", (MINISTER,),
              "Жазгы талаа иштерине даярдык, техниканын абалы"),
        _Demo(14, 10, 90, "press_conference",
              "Пресс-конференция: готовность к весенним полевым работам", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Семена, удобрения, горючее, льготные кредиты",
              ("Семенной фонд сформирован полностью",), accreditation=10),
    ),
    "sowing": (
        _Demo(-20, 10, 90, "press_conference",
              "Жазгы талаа иштеринин жүрүшү боюнча пресс-конференция", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Себилген аянттар, үрөн жана күйүүчү май менен камсыздоо",
              ("Себүү пландагы мөөнөттө жүрүп жатат",), accreditation=8),
        _Demo(-9, 8, 60 * 34, "press_tour",
              "Чүй өрөөнүндөгү талааларга пресс-тур", "Чүй облусу, Аламүдүн району",
              (DEPUTY,), "Жазгы себүү, тамчылатып сугаруу", accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip", "Министрдин Нарын облусуна иш сапары",
              "Нарын облусу, Ат-Башы жана Кочкор райондору", (MINISTER,),
              "Малды жайыттарга чыгаруу, жайыттарды пайдалануу"),
        _Demo(14, 10, 90, "press_conference",
              "Пресс-конференция: итоги весеннего сева", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Засеянные площади, поливной сезон",
              ("Весенний сев завершён в срок",), accreditation=10),
    ),
    "harvest": (
        _Demo(-20, 10, 90, "press_conference",
              "Орум-жыйым иштеринин жүрүшү боюнча пресс-конференция", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Дан эгиндерин оруу, түшүмдүүлүк, дан сатып алуу",
              ("Түшүмдүүлүк өткөн жылдагыдан жогору",), accreditation=8),
        _Demo(-9, 8, 60 * 34, "press_tour",
              "Ысык-Көл облусундагы интенсивдүү бактарга пресс-тур", "Ысык-Көл облусу, Түп району",
              (DEPUTY,), "Интенсивдүү бакчылык жана экспорттук мүмкүнчүлүктөр", accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip", "Министрдин Нарын облусуна иш сапары",
              "Нарын облусу, Ат-Башы жана Кочкор райондору", (MINISTER,),
              "Жайлоолордогу мал, кышка тоют даярдоо"),
        _Demo(14, 10, 90, "press_conference",
              "Пресс-конференция: ход уборочной кампании", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Уборка зерновых, закуп зерна",
              ("Уборка идёт по графику",), accreditation=10),
    ),
    "autumn": (
        _Demo(-20, 10, 90, "press_conference",
              "Күзгү талаа иштери боюнча пресс-конференция", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Түшүм жыйноо, күздүк эгиндерди себүү",
              ("Күздүк буудай пландагы аянтка себилүүдө",), accreditation=8),
        _Demo(-9, 8, 60 * 34, "press_tour",
              "Жалал-Абад облусундагы жашылча сактоочу жайларга пресс-тур",
              "Жалал-Абад облусу, Сузак району", (DEPUTY,),
              "Түшүмдү сактоо жана кайра иштетүү", accreditation=5),
        _Demo(10, 9, 60 * 32, "business_trip", "Министрдин Нарын облусуна иш сапары",
              "Нарын облусу, Ат-Башы жана Кочкор райондору", (MINISTER,),
              "Малды кыштоого даярдык, тоют запасы"),
        _Demo(14, 10, 90, "press_conference",
              "Пресс-конференция: итоги уборки урожая", PRESS_CENTRE,
              (MINISTER, DEPUTY), "Урожай, экспорт, закуп зерна",
              ("Урожай зерновых выше прошлого года",), accreditation=10),
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
    stems = _stems(demo.title)
    return {item.id for item in choices if stems & _stems(item.title)}


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
            outlet_name="«Агро-Блог» Telegram каналы",
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
            organisers=("Айыл чарба министрлигинин басма сөз кызматы",),
            speakers=demo.speakers,
            topic=demo.topic,
            key_messages=demo.messages,
            protocol=demo.protocol,
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
