"""Demo content plan: this month and the next for a ministry of agriculture, with the work of
the farming year in each month, a campaign and a weekly rubric."""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, replace

from pressdesk import clock
from pressdesk.services.demo import DemoPart
from pressdesk.services.plan_campaigns import CampaignRow, save_campaign
from pressdesk.services.plan_items import PlanItemInput, create_item, utcnow
from pressdesk.services.plan_workflow import change_status
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database


@dataclass(frozen=True)
class _Demo:
    month: int  # -1 = the month before, 0 = this month, 1 = the next
    day: int
    title: str
    format: str
    channels: tuple[str, ...]
    language: str
    who: str  # key into the responsible persons below
    time: str = ""
    topic: str = ""
    audience: str = ""
    campaign: bool = False
    status: str = ""  # forced status; otherwise it follows the date


# Titles, topics and outlets are invented for the demo ministry. These items suit any month;
# the work of the farming year comes from _SEASONAL below, by the month an item falls in.
_ITEMS = (
    # The end of the month before: published material, whatever day of the month it is now.
    _Demo(-1, 20, "Маалыматтык бюллетень: декаданын айыл чарба жаңылыктары", "bulletin",
          ("website", "telegram"), "both", "translator"),
    _Demo(-1, 24, "Фоторепортаж: жаңы ветеринардык лабораториянын ачылышы", "photo_report",
          ("website", "instagram", "facebook"), "both", "press"),
    _Demo(-1, 27, "Айлык маалыматтык бюллетень", "bulletin", ("website",), "both",
          "translator"),
    _Demo(0, 2, "Министрликтин коллегиясынын жыйынтыктары боюнча пресс-релиз", "press_release",
          ("website", "telegram", "agency"), "both", "press", "10:00",
          "Коллегиянын чечимдери жана министрдин тапшырмалары", "ЖМК, дыйкандар"),
    _Demo(0, 5, "Министрдин орун басарынын «Биринчи радиого» маеги: жайыт реформасы",
          "interview", ("radio",), "ky", "deputy", "11:00"),
    _Demo(0, 7, "Фоторепортаж: Ош облусундагы үрөн сактоочу жайдын ачылышы", "photo_report",
          ("website", "instagram", "facebook"), "both", "press", status="cancelled"),
    _Demo(0, 9, "Комментарий для 24.kg о ценах на муку", "comment", ("agency",), "ru",
          "press", "14:00", "Запасы зерна, цены на муку и меры регулирования"),
    _Demo(0, 10, "Маалыматтык бюллетень: декаданын айыл чарба жаңылыктары", "bulletin",
          ("website", "telegram"), "both", "translator"),
    _Demo(0, 12, "Түз эфир: «Ачык министрлик» — дыйкандардын суроолоруна жооптор", "live",
          ("facebook", "youtube"), "ky", "it", "15:00", audience="дыйкандар, фермерлер"),
    _Demo(0, 13, "Статья в «Слово Кыргызстана»: как получить льготный агрокредит", "article",
          ("print",), "ru", "press", audience="фермеры, сельские предприниматели"),
    _Demo(0, 14, "Instagram пост: органикалык продукцияга сертификат алуу", "post",
          ("instagram", "tiktok"), "ky", "press"),
    _Demo(0, 16, "Справка для руководства: освещение темы субсидий в СМИ", "reference_note",
          (), "ru", "press"),
    _Demo(0, 17, "Жер кадастрын санариптештирүү долбоорунун башталышы", "press_release",
          ("website", "agency", "telegram"), "both", "press", "11:00",
          "Жер үлүштөрүнүн онлайн реестри ишке кирди", "жер ээлери, айыл өкмөттөрү", True),
    _Demo(0, 18, "Интервью министра телеканалу ЭлТР о цифровизации земель", "interview",
          ("tv",), "ru", "head", "18:00", campaign=True),
    _Demo(0, 20, "Жер үлүштөрүнүн онлайн реестри: көп берилүүчү суроолор", "news",
          ("website", "facebook", "telegram"), "ky", "press", campaign=True),
    _Demo(0, 21, "Министрдин Жогорку Кеңештеги сөзү: бюджеттин аткарылышы", "speech", (),
          "both", "deputy", "10:00"),
    _Demo(0, 23, "Telegram: мал дарылоо пункттарынын картасы", "post", ("telegram",), "ky",
          "it"),
    _Demo(0, 24, "Заявление министерства о ситуации с ценами на сахар", "comment",
          ("website", "agency"), "ru", "press", "12:00"),
    _Demo(0, 26, "Видео: жаш фермерлердин ийгилик окуялары", "video",
          ("youtube", "instagram", "tiktok"), "ky", "it"),
    _Demo(0, 27, "Айлык маалыматтык бюллетень", "bulletin", ("website",), "both",
          "translator"),
    _Demo(1, 16, "Жер кадастры: биринчи айдын жыйынтыгы", "press_release",
          ("website", "agency"), "both", "press", "10:00", campaign=True),
    _Demo(1, 5, "Прямой эфир на Биринчи радио: вопросы фермеров об онлайн-реестре", "live",
          ("radio",), "ru", "deputy", "11:00", campaign=True),
    _Demo(1, 8, "Новость: приём заявок на субсидии для теплиц", "news",
          ("website", "facebook", "telegram"), "ru", "press"),
    _Demo(1, 10, "Облустук телеканалдар үчүн маек (Нарын, Талас)", "interview", ("tv",),
          "ky", "deputy", campaign=True),
    _Demo(1, 12, "Фоторепортаж: министрдин Баткен облусуна иш сапары", "photo_report",
          ("website", "instagram"), "both", "press"),
    _Demo(1, 17, "TikTok: жер үлүшүн онлайн текшерүү — 60 секундда", "post",
          ("tiktok", "instagram"), "ky", "it", campaign=True),
    _Demo(1, 19, "Справка о медиаосвещении кампании за месяц", "reference_note", (), "ru",
          "press", campaign=True),
    _Demo(1, 22, "Эт экспорту боюнча жаңы келишим", "press_release", ("website", "agency"),
          "both", "press"),
    _Demo(1, 27, "Видеообзор месяца", "video", ("youtube",), "ru", "it"),
)  # fmt: skip

# The farming year, month by month: what a ministry of agriculture speaks about then.
# {year} is the year of the item, {prev} and {next} the years before and after it.
_SEASONAL: dict[int, tuple[_Demo, ...]] = {
    1: (
        _Demo(0, 12, "{prev}-жылдагы айыл чарбасынын жыйынтыктары: дүң продукция жана экспорт",
              "press_release", ("website", "agency", "telegram"), "both", "press", "10:00"),
        _Demo(0, 15, "Открыт приём заявок на льготные агрокредиты к весенним полевым работам",
              "news", ("website", "facebook", "telegram"), "ru", "press",
              topic="6 % годовых в сомах, срок до 36 месяцев, отсрочка основного долга до "
              "6 месяцев", audience="фермеры, сельхозкооперативы"),
        _Demo(0, 19, "Маалымкат: облустар боюнча тоют запасы жана кыштоонун жүрүшү",
              "reference_note", (), "ky", "press"),
        _Demo(0, 24, "Статья: как уберечь скот от болезней в зимний период", "article",
              ("website", "print"), "ru", "translator", audience="животноводы"),
        _Demo(0, 28, "Жазгы себүүгө үрөн фондун даярдоо", "news", ("website", "telegram"),
              "ky", "press", topic="Сорттуу үрөндүн запасы жана аны бөлүштүрүү"),
    ),
    2: (
        _Demo(0, 4, "Подготовка техники к весенним полевым работам: проверка в районах",
              "news", ("website", "telegram"), "ru", "press"),
        _Demo(0, 9, "Жер семирткичтерди жана күйүүчү майды жеңилдетилген баада сатуу",
              "press_release", ("website", "agency"), "both", "press", "10:00"),
        _Demo(0, 14, "Министрдин орун басары менен маек: жазгы талаа иштерине даярдык",
              "interview", ("tv",), "ky", "deputy"),
        _Demo(0, 18, "Комментарий: цены на семена и удобрения перед посевной", "comment",
              ("agency",), "ru", "press"),
        _Demo(0, 24, "Видео: кышкы күнөсканаларда жашылча өстүрүү тажрыйбасы", "video",
              ("youtube", "tiktok"), "ky", "it"),
    ),
    3: (
        _Demo(0, 3, "Жазгы талаа иштери башталды: облустардагы абал", "press_release",
              ("website", "agency", "telegram"), "both", "press", "10:00"),
        _Demo(0, 10, "Весенняя вакцинация скота против ящура: график по областям", "news",
              ("website", "facebook"), "ru", "press", audience="фермеры, ветеринарные службы"),
        _Demo(0, 20, "Нооруз майрамы менен куттуктоо", "greeting", ("website", "facebook"),
              "both", "translator"),
        _Demo(0, 24, "Фоторепортаж: Чүй өрөөнүндө дан эгиндерин себүү", "photo_report",
              ("website", "instagram"), "ky", "press"),
        _Demo(0, 27, "Статья: как получить субсидию на капельное орошение", "article",
              ("print",), "ru", "press"),
    ),
    4: (
        _Demo(0, 2, "Жазгы себүүнүн жүрүшү: облустар боюнча маалымат", "news",
              ("website", "telegram"), "ky", "press"),
        _Demo(0, 8, "Весенняя ветеринарная кампания: ход вакцинации скота", "press_release",
              ("website", "agency"), "ru", "press", "10:00"),
        _Demo(0, 14, "Видеосюжет: суу үнөмдөөчү тамчылатып сугаруу", "video",
              ("youtube", "tiktok", "tv"), "both", "it"),
        _Demo(0, 21, "Комментарий о подготовке к поливному сезону", "comment", ("agency",),
              "ru", "press"),
        _Demo(0, 28, "Маек: малды жайыттарга чыгаруу жана жайыт билеттери", "interview",
              ("radio",), "ky", "deputy", "11:00"),
    ),
    5: (
        _Demo(0, 4, "Конституция күнү менен куттуктоо", "greeting", ("website", "facebook"),
              "both", "translator"),
        _Demo(0, 8, "Жеңиш күнү менен куттуктоо", "greeting", ("website", "facebook"), "both",
              "translator"),
        _Demo(0, 13, "Жазгы талаа иштеринин жыйынтыктары", "press_release",
              ("website", "agency", "telegram"), "both", "press", "10:00"),
        _Demo(0, 19, "Начался поливной сезон: график подачи воды по каналам", "news",
              ("website", "telegram"), "ru", "press"),
        _Demo(0, 26, "Фоторепортаж: малдын жайлоого көчүшү", "photo_report",
              ("website", "instagram"), "ky", "press"),
    ),
    6: (
        _Demo(0, 5, "Заготовка сена: ход сенокоса в Нарынской и Иссык-Кульской областях",
              "news", ("website", "telegram"), "ru", "press"),
        _Demo(0, 11, "Буудай оруу башталды: түшүмдүн алгачкы көрсөткүчтөрү", "press_release",
              ("website", "agency"), "both", "press", "10:00"),
        _Demo(0, 17, "Макала: сугат суусун үнөмдүү пайдалануу", "article", ("print",), "ky",
              "press"),
        _Demo(0, 22, "Комментарий: цены на зерно нового урожая", "comment", ("agency",), "ru",
              "press"),
        _Demo(0, 27, "Видео: жайлоодогу малчылардын турмушу", "video", ("youtube",), "ky",
              "it"),
    ),
    7: (
        _Demo(0, 3, "Уборка зерновых: обмолочено более трети площадей", "press_release",
              ("website", "agency"), "ru", "press", "10:00"),
        _Demo(0, 9, "Жайкы ветеринардык текшерүү: жайлоолордогу мал", "news",
              ("website", "telegram"), "ky", "press"),
        _Demo(0, 15, "Интервью: закуп зерна в государственный резерв", "interview", ("tv",),
              "ru", "deputy"),
        _Demo(0, 21, "Фоторепортаж: Ысык-Көлдөгү өрүк жана алма бактары", "photo_report",
              ("website", "instagram"), "ky", "press"),
        _Demo(0, 27, "Instagram: жайкы мөмө-жемиштин экспорту", "post", ("instagram",), "ky",
              "it"),
    ),
    8: (
        _Demo(0, 4, "Дан эгиндерин оруу аяктап баратат: түшүмдүүлүк", "news",
              ("website", "telegram"), "ky", "press"),
        _Demo(0, 11, "Экспорт плодоовощной продукции за семь месяцев", "press_release",
              ("website", "agency"), "ru", "press", "10:00"),
        _Demo(0, 18, "Макала: кышка тоют даярдоо боюнча сунуштар", "article", ("print",), "ky",
              "press"),
        _Demo(0, 25, "Справка: заготовка кормов на зиму по областям", "reference_note", (),
              "ru", "press"),
        _Demo(0, 30, "Эгемендүүлүк күнү менен куттуктоо", "greeting", ("website", "facebook"),
              "both", "translator"),
    ),
    9: (
        _Demo(0, 3, "Уборка сахарной свёклы и картофеля: ход работ", "news",
              ("website", "telegram"), "ru", "press"),
        _Demo(0, 10, "Күздүк буудай себүү башталды", "press_release", ("website", "agency"),
              "both", "press", "10:00"),
        _Demo(0, 17, "Фоторепортаж: «Агро-Экспо» көргөзмөсү", "photo_report",
              ("website", "instagram"), "ky", "press"),
        _Demo(0, 23, "Интервью: цены на картофель и овощи осенью", "interview", ("radio",),
              "ru", "deputy", "11:00"),
        _Demo(0, 28, "Видео: күзгү жарманке — дыйкандардан түз сатуу", "video",
              ("youtube", "tiktok"), "ky", "it"),
    ),
    10: (
        _Demo(0, 2, "Жашылча-жемиш жыйноонун жүрүшү: облустар боюнча маалымат", "news",
              ("website", "telegram"), "ky", "press"),
        _Demo(0, 9, "Осенний сев озимых: засеяно более половины площадей", "press_release",
              ("website", "agency"), "ru", "press", "10:00"),
        _Demo(0, 15, "Маалымкат: малды кыштоого даярдык жана тоют запасы", "reference_note",
              (), "ky", "press"),
        _Demo(0, 22, "Комментарий: закупка пшеницы нового урожая в госрезерв", "comment",
              ("agency",), "ru", "press"),
        _Demo(0, 28, "Макала: күзгү ветеринардык иш-чаралар", "article", ("print",), "ky",
              "press"),
    ),
    11: (
        _Demo(0, 3, "Күздүк эгиндерди себүү аяктады", "press_release", ("website", "agency"),
              "both", "press", "10:00"),
        _Demo(0, 9, "Подготовка к зимовке скота: запасы грубых кормов по областям", "news",
              ("website", "telegram"), "ru", "press",
              audience="животноводы, органы местного самоуправления"),
        _Demo(0, 16, "Макала: кышкы мезгилде малды багуу боюнча ветеринарлардын сунуштары",
              "article", ("print", "website"), "ky", "translator", audience="малчылар"),
        _Demo(0, 22, "Комментарий о ценах на мясо в зимний период", "comment", ("agency",),
              "ru", "press", "14:00"),
        _Demo(0, 27, "Маалымкат: {year}-жылдын түшүмү боюнча алдын ала маалыматтар",
              "reference_note", (), "ky", "press"),
    ),
    12: (
        _Demo(0, 4, "{year}-жылдын айыл чарба жылынын жыйынтыктары: түшүм, экспорт, "
              "субсидиялар", "press_release", ("website", "agency", "telegram"), "both",
              "press", "10:00", "Дүң продукция, дан жана жашылча түшүмү, экспорт",
              "ЖМК, коомчулук"),
        _Demo(0, 10, "Зимовка скота: ветеринарные службы проверяют фермы Нарынской области",
              "news", ("website", "facebook", "telegram"), "ru", "press",
              audience="животноводы, ветеринарные службы"),
        _Demo(0, 15, "Льготные агрокредиты на {next} год: 6 % годовых, срок до 36 месяцев",
              "article", ("website", "print"), "ru", "press",
              topic="Условия кредитования к весенним полевым работам, кто может получить",
              audience="фермеры, сельхозкооперативы"),
        _Demo(0, 19, "Маалымкат: жылдык отчет үчүн ведомстволук мекемелерден маалымат чогултуу",
              "reference_note", (), "ky", "press"),
        _Demo(0, 22, "Жазгы талаа иштерине даярдык: үрөн фонду жана жер семирткичтер", "news",
              ("website", "telegram"), "ky", "press"),
        _Demo(0, 30, "Жаңы жыл менен куттуктоо", "greeting", ("website", "facebook"), "both",
              "translator"),
    ),
}  # fmt: skip


def _working_day(day: dt.date, demo: _Demo) -> dt.date:
    """Move an item off a weekend to the nearest working day of the same month; greetings keep
    the day of their holiday and posts go out on any day."""
    if day.weekday() < 5 or demo.format in ("greeting", "post"):
        return day
    before = day - dt.timedelta(days=day.weekday() - 4)
    after = day + dt.timedelta(days=7 - day.weekday())
    prefer = (after, before) if day.weekday() == 6 else (before, after)
    return next((d for d in prefer if d.month == day.month), day)


def _items_of(month_start: dt.date, offset: int) -> list[tuple[dt.date, _Demo]]:
    """Return the demo items of one month: the general ones, then the season's."""
    last = calendar.monthrange(month_start.year, month_start.month)[1]
    chosen = [demo for demo in _ITEMS if demo.month == offset]
    if offset >= 0:
        chosen += list(_SEASONAL[month_start.month])
    result = []
    for demo in chosen:
        day = _working_day(month_start.replace(day=min(demo.day, last)), demo)
        title = demo.title.format(year=day.year, prev=day.year - 1, next=day.year + 1)
        result.append((day, replace(demo, title=title)))
    return sorted(result, key=lambda pair: pair[0])


_PATHS = {
    "idea": (),
    "draft": ("draft",),
    "sent": ("draft", "sent"),
    "returned": ("draft", "sent", "returned"),
    "approved": ("draft", "sent", "approved"),
    "published": ("draft", "sent", "approved", "published"),
    "cancelled": ("draft", "cancelled"),
}
_WHO = {
    "head": "Асанов",
    "deputy": "Өмүрбеков",
    "press": "Жумабаева",
    "translator": "Петрова",
    "it": "Исаков",
}


def _month_start(today: dt.date, months: int) -> dt.date:
    index = today.year * 12 + today.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _status_for(day: dt.date, today: dt.date, rng: random.Random) -> str:
    ahead = (day - today).days
    if ahead < 0:
        return "published"
    if ahead <= 3:
        return rng.choice(("approved", "approved", "sent"))
    if ahead <= 10:
        return rng.choice(("sent", "draft", "returned", "approved"))
    return rng.choice(("draft", "idea", "idea"))


def _advance(
    db: Database, item_id: int, status: str, day: dt.date, head: tuple[str, int | None]
) -> None:
    steps = _PATHS[status]
    now = utcnow()
    # Stamps run up to the item's day for past items, up to now for future ones.
    end = min(dt.datetime.combine(day, dt.time(9, 0)), now)
    for index, step in enumerate(steps):
        at = end - dt.timedelta(days=len(steps) - index, hours=3)
        if status == "sent" and step == "sent":
            at = now - dt.timedelta(days=5 if item_id % 2 else 1)
        change_status(
            db,
            item_id,
            step,
            by_name=head[0] if step == "approved" else "",
            by_id=head[1] if step == "approved" else None,
            comment="Сандарды тактап, орусча вариантын кошуңуз." if step == "returned" else "",
            published_link=f"https://agro.example.kg/news/{item_id}" if step == "published" else "",
            now=at,
        )


def fill_plan_demo(db: Database, rng: random.Random, *, today: dt.date | None = None) -> int:
    """Create the demo campaign, the weekly rubric and the plan items; return how many."""
    today = today or clock.today()
    staff = {row.full_name.split()[0]: row for row in list_staff(db)}
    people = {key: staff.get(surname) for key, surname in _WHO.items()}
    head_row = people["head"]
    head = (head_row.full_name, head_row.id) if head_row else ("Министр", None)
    first = _month_start(today, 0)
    second = _month_start(today, 1)
    campaign = save_campaign(
        db,
        CampaignRow(
            name="Жер үлүштөрүнүн онлайн реестри",
            start_date=first + dt.timedelta(days=15),
            end_date=second + dt.timedelta(days=24),
            goal="Жер ээлерине жер үлүшүн онлайн текшерүү мүмкүнчүлүгүн түшүндүрүү; "
            "Разъяснить владельцам земельных долей онлайн-проверку.",
            audiences="жер ээлери, айыл өкмөттөрү, фермерлер, облустук ЖМК",
            key_messages=(
                "Жер үлүшүңүздү үйдөн чыкпай, акысыз текшериңиз.",
                "Реестр маалыматы мамлекет тарабынан корголот.",
                "Проверка земельной доли онлайн бесплатна и занимает пять минут.",
                "Айыл өкмөттөрү жана консультациялык борборлор жардам берет.",
            ),
        ),
    )
    count = 1
    forced_seen: set[str] = set()
    created: list[tuple[int, dt.date, str]] = []
    before = _month_start(today, -1)
    for day, demo in _items_of(before, -1) + _items_of(first, 0) + _items_of(second, 1):
        person = people.get(demo.who)
        row = create_item(
            db,
            PlanItemInput(
                date=day,
                title=demo.title,
                time=dt.time.fromisoformat(demo.time) if demo.time else None,
                topic=demo.topic,
                audience=demo.audience,
                format=demo.format,
                channels=demo.channels,
                language=demo.language,
                responsible_id=person.id if person else None,
                campaign_id=campaign.id if demo.campaign else None,
                outlets=("Биринчи радио",) if "radio" in demo.channels else (),
            ),
            now=dt.datetime.combine(min(day, today), dt.time(8, 0)) - dt.timedelta(days=7),
        )
        status = demo.status or _status_for(day, today, rng)
        forced_seen.add(status)
        created.append((row.id, day, status))
        count += 1
    # The latest past item was approved but never published: the overdue warning shows.
    past = [
        i for i, (_, day, status) in enumerate(created) if day < today and status == "published"
    ]
    if past:
        item_id, day, _ = created[past[-1]]
        created[past[-1]] = (item_id, day, "approved")
        forced_seen = {status for _, _, status in created}
    # Every status appears in the demo, whatever day of the month it is run on.
    missing = [s for s in _PATHS if s not in forced_seen]
    for index, status in enumerate(missing):
        item_id, day, _ = created[-(index * 2 + 1)]
        created[-(index * 2 + 1)] = (item_id, day, status)
    for item_id, day, status in created:
        _advance(db, item_id, status, day, head)
    rubric_start = first + dt.timedelta(days=(4 - first.weekday()) % 7)
    rubric = create_item(
        db,
        PlanItemInput(
            date=rubric_start,
            title="«Министр менен бир саат» — апталык рубрика",
            time=dt.time(15, 0),
            duration_minutes=60,
            topic="Министр жарандардын суроолоруна түз эфирде жооп берет",
            audience="жарандар, дыйкандар",
            format="live",
            channels=("facebook", "youtube"),
            language="ky",
            responsible_id=people["press"].id if people["press"] else None,
            rrule="FREQ=WEEKLY;BYDAY=FR",
        ),
    )
    _advance(db, rubric.id, "approved", today, head)
    return count + 1


PLAN_DEMO = DemoPart("content plan", fill_plan_demo)
