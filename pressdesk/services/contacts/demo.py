"""Demo media base: real public Kyrgyz outlets, invented people, lists and log entries."""

from __future__ import annotations

import datetime as dt
import random

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.contacts.lists import ListRecord, add_to_list, save_list
from pressdesk.services.contacts.log import InteractionRecord, log_interaction
from pressdesk.services.contacts.records import get_person, save_outlet, save_person
from pressdesk.services.contacts.values import (
    EmailValue,
    MessengerValue,
    OutletRecord,
    PersonFilter,
    PersonRecord,
    PhoneValue,
)
from pressdesk.services.demo import DemoPart
from pressdesk.storage.engine import Database

F = frozenset

# Outlet names are public media; their phones and e-mails are left empty on purpose.
# name|kind|scale|region|languages|ownership|platforms|formats|first wave|slug
OUTLETS_TABLE = """
КТРК|tv|national||ky ru|state|tv website social|video live|1|ktrk
ЭлТР|tv|national||ky|state|tv website|video live|1|eltr
Биринчи радио|radio|national||ky|state|radio|audio live|1|radio1
Кабар|news_agency|national||ky ru en|state|website social|article post|1|kabar
АКИpress|news_agency|national||ru ky|private|website social|article|1|akipress
24.kg|news_agency|national||ru ky en|private|website social|article post|1|24kg
Kaktus.media|online|national||ru ky|private|website social video|article video post|1|kaktus
Азаттык|online|national||ky ru|private|website social video radio|article video|0|azattyk
Sputnik Кыргызстан|news_agency|national||ru ky|private|website social radio|article audio|0|sputnik
Апрель ТВ|tv|national||ru ky|private|tv website|video|0|aprel
НТС|tv|national||ru ky|private|tv website|video live|0|nts
Вечерний Бишкек|print|regional|bishkek|ru|private|print website|print article|0|vb
Кыргыз Туусу|print|national||ky|state|print website|print article|1|tuusu
Слово Кыргызстана|print|national||ru|state|print website|print article|1|slovo
Knews|online|national||ru|private|website social|article post|0|knews
Economist.kg|online|national||ru|private|website|article|0|economist
Kloop|online|national||ru ky|private|website social video|article video|0|kloop
Санарип Медиа|online|national||ky|private|website social|article post|0|sanarip
Пятый канал|tv|national||ru ky|private|tv website|video|0|5kanal
Next TV|tv|national||ru|private|tv website|video|0|nexttv
Маданият жана тарых|tv|national||ky|state|tv|video|0|madaniyat
Баластан|tv|national||ky|state|tv|video|0|balastan
Кыргыз радиосу|radio|national||ky|state|radio website|audio live|0|kgradio
Европа+ Кыргызстан|radio|national||ru|private|radio|audio|0|europa
Жаңы Ордо|print|national||ky|private|print|print|0|jany-ordo
Эркин Тоо|print|national||ky|state|print website|print article|0|erkin-too
Superinfo|print|national||ky|private|print website social|print article|0|superinfo
Майдан ТВ (Ош)|tv|regional|osh_city|ky uz ru|private|tv|video|0|maidan
Ош ТВ|tv|regional|osh_city|ky uz|private|tv website|video live|0|oshtv
Ынтымак (Ош)|print|regional|osh|ky|state|print|print|0|yntymak
Жалал-Абад ТВ|tv|regional|jalal_abad|ky uz|state|tv|video|0|jatv
Аксы-Ала-Бука ТВ|tv|regional|jalal_abad|ky|private|tv|video|0|aksy
Нарын ТВ|tv|regional|naryn|ky|state|tv|video|0|naryntv
Нарын радиосу|radio|regional|naryn|ky|state|radio|audio|0|narynfm
Ысык-Көл ТВ|tv|regional|issyk_kul|ky ru|state|tv|video|0|iktv
Талас ТВ|tv|regional|talas|ky|state|tv|video|0|talastv
Баткен ТВ|tv|regional|batken|ky|state|tv|video|0|batkentv
Чүй баяны|print|regional|chuy|ky|state|print|print|0|chuy
Makal.kg (блог)|blog|national||ky|private|social video|post video|0|makal
Reuters (Алматы бюросу)|foreign|regional|abroad|en ru|private|website|article|0|reuters
"""


def _outlet_rows() -> list[tuple[str, str, str, str, str, str, str, str, bool, str]]:
    rows = []
    for line in OUTLETS_TABLE.strip().splitlines():
        name, kind, scale, region, langs, own, platforms, formats, wave, slug = line.split("|")
        rows.append((name, kind, scale, region, langs, own, platforms, formats, wave == "1", slug))
    return rows


OUTLETS = _outlet_rows()

SURNAMES_KY = [
    "Асанов",
    "Токтогулов",
    "Жумабаев",
    "Сыдыков",
    "Өмүрбеков",
    "Абдыкадыров",
    "Бейшеналиев",
    "Турдубаев",
    "Мамытов",
    "Эсенгулов",
    "Кененбаев",
    "Сатыбалдиев",
    "Үсөнов",
    "Нурматов",
    "Дөөлөтбеков",
    "Аманбаев",
    "Керимбеков",
    "Осмонов",
    "Ташиев",
    "Бообеков",
]
GIVEN_KY_M = [
    "Бакыт",
    "Нурлан",
    "Азамат",
    "Эрлан",
    "Үмөт",
    "Бектур",
    "Тилек",
    "Дастан",
    "Чыңгыз",
    "Мирлан",
    "Айбек",
    "Өмүрбек",
]
GIVEN_KY_F = [
    "Айгүл",
    "Гүлнара",
    "Бүбүсара",
    "Жылдыз",
    "Асель",
    "Нургүл",
    "Айпери",
    "Чолпон",
    "Мээрим",
    "Гүлзат",
    "Айжан",
    "Бермет",
]
SURNAMES_RU = [
    "Петров",
    "Иванов",
    "Смирнов",
    "Кузнецов",
    "Ким",
    "Попов",
    "Васильев",
    "Соколов",
    "Морозов",
    "Волков",
    "Лебедев",
    "Зайцев",
]
GIVEN_RU_M = ["Алексей", "Дмитрий", "Сергей", "Андрей", "Игорь", "Владимир", "Евгений", "Артём"]
GIVEN_RU_F = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Анна", "Юлия", "Мария"]
# (kind, position in Kyrgyz, in Russian): every position is kept in both languages, so a
# directory in either language prints it.
POSITIONS = [
    ("journalist", "Кабарчы", "Корреспондент"),
    ("journalist", "Журналист", "Журналист"),
    ("editor", "Башкы редактор", "Главный редактор"),
    ("editor", "Бөлүм редактору", "Редактор отдела"),
    ("camera_operator", "Оператор", "Оператор"),
    ("photographer", "Фотокабарчы", "Фотокорреспондент"),
    ("journalist", "Кабарчы", "Корреспондент"),
    ("editor", "Чыгаруучу редактор", "Выпускающий редактор"),
    ("journalist", "Серепчи", "Обозреватель"),
]
# The shared topic vocabulary, named in Kyrgyz and in Russian.
TOPICS = [
    Bi("Айыл чарба", "Сельское хозяйство"),
    Bi("Экономика", "Экономика"),
    Bi("Саясат", "Политика"),
    Bi("Социалдык чөйрө", "Социальная сфера"),
    Bi("Экология", "Экология"),
    Bi("Суу ресурстары", "Водные ресурсы"),
    Bi("Мал чарбасы", "Животноводство"),
    Bi("Коррупцияга каршы күрөш", "Противодействие коррупции"),
    Bi("Аймактар", "Регионы"),
    Bi("Бизнес", "Бизнес"),
    Bi("Азык-түлүк коопсуздугу", "Продовольственная безопасность"),
    Bi("Соода", "Торговля"),
]
# People without an outlet: (kind, position in Kyrgyz, in Russian).
FREELANCE = [
    ("blogger", "Блогер", "Блогер"),
    ("expert", "Эксперт-экономист", "Эксперт-экономист"),
    ("influencer", "Коомдук ишмер", "Общественный деятель"),
]
# What the press service talks to journalists about, all year and by season (winter, spring,
# summer, autumn), so that the log of a December reads like a December.
SUBJECTS = [
    "Пресс-релиз жөнөтүлдү",
    "Маек боюнча сүйлөшүү",
    "Брифингге чакыруу",
    "Комментарий суралды",
    "Пресс-турга чакыруу",
]
SEASON_SUBJECTS = (
    [
        "Айыл чарба жылынын жыйынтыктары боюнча маалымат суралды",
        "Малды кыштоо жана тоют запасы боюнча комментарий",
        "Жеңилдетилген агрокредиттер боюнча суроолор",
    ],
    [
        "Жазгы талаа иштери боюнча маалымат суралды",
        "Малды эмдөө боюнча комментарий",
    ],
    [
        "Орум-жыйым боюнча маалымат суралды",
        "Сугат суусу боюнча комментарий",
    ],
    [
        "Түшүм жыйноо боюнча маалымат суралды",
        "Малды кыштоого даярдык боюнча комментарий",
    ],
)
MOBILE_PREFIXES = ["555", "700", "770", "777", "550", "990", "500", "705", "709", "772"]
_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнңоөпрстуүфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "yo",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "ng",
            "o",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "sch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
        strict=True,
    )
)


def _latin(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower() if ch.isalnum())


def _name(rng: random.Random) -> tuple[str, str, str]:
    if rng.random() < 0.7:
        surname = rng.choice(SURNAMES_KY)
        female = rng.random() < 0.5
        given = rng.choice(GIVEN_KY_F if female else GIVEN_KY_M)
        if female:
            surname += "а"
        return f"{surname} {given}", surname, given
    surname = rng.choice(SURNAMES_RU)
    female = rng.random() < 0.5
    given = rng.choice(GIVEN_RU_F if female else GIVEN_RU_M)
    if female:
        surname += "а" if not surname.endswith("ий") else ""
    return f"{surname} {given}", surname, given


def fill_contacts(db: Database, rng: random.Random) -> int:
    """Write demo outlets, people, lists and log entries; return how many records were made."""
    today = clock.today()
    outlet_ids: list[int] = []
    slugs: dict[int, str] = {}
    first_wave: list[int] = []
    for name, kind, scale, region, langs, own, platforms, formats, wave, slug in OUTLETS:
        saved = save_outlet(
            db,
            OutletRecord(
                name,
                kind=kind,
                scale=scale,
                region=region,
                languages=F(langs.split()),
                ownership=own,
                platforms=F(platforms.split()),
                formats=F(formats.split()),
                first_wave=wave,
                exclusive_partner=slug == "kabar",
                circulation=rng.choice([3000, 5000, 12000]) if kind == "print" else None,
                periodicity="жумасына 2 жолу" if kind == "print" else "",
            ),
        ).record
        assert saved.id is not None
        outlet_ids.append(saved.id)
        slugs[saved.id] = slug
        if wave:
            first_wave.append(saved.id)
    people: list[int] = []
    for index in range(150):
        full, surname, given = _name(rng)
        outlet_id = outlet_ids[index % len(outlet_ids)] if index < 140 else None
        kind, position_ky, position_ru = rng.choice(POSITIONS)
        if outlet_id is None:
            kind, position_ky, position_ru = rng.choice(FREELANCE)
        position = Bi(position_ky, position_ru)
        domain = f"{slugs[outlet_id]}.example.kg" if outlet_id else "example.org"
        phone = (
            f"+996 {rng.choice(MOBILE_PREFIXES)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        )
        phones = [PhoneValue(phone)]
        if rng.random() < 0.2:
            phones.append(
                PhoneValue(
                    f"0 (312) {rng.randint(60, 69)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
                    kind="work",
                )
            )
        if index == 17:
            phones.append(PhoneValue("0555 12", kind="other"))  # kept for correction
        verified = None if rng.random() < 0.15 else today - dt.timedelta(days=rng.randint(5, 400))
        record = PersonRecord(
            full_name=full,
            kind=kind,
            position=position,
            outlet_id=outlet_id,
            topics=tuple(rng.sample(TOPICS, rng.randint(1, 3))),
            phones=tuple(phones),
            emails=(EmailValue(f"{_latin(given)}.{_latin(surname)}{index}@{domain}"),),
            messengers=(MessengerValue("telegram", f"@{_latin(given)}_{index}"),)
            if rng.random() < 0.5
            else (),
            languages=F(rng.choice([["ky"], ["ru"], ["ky", "ru"]])),
            preferred_channel=rng.choice(["phone", "email", "telegram", "whatsapp", ""]),
            source=rng.choice(["пресс-конференция", "аккредитация", "сунуш", ""]),
            last_verified=verified,
            do_not_contact=index % 47 == 0,
            notes="Эртең мененки эфирге чакырса болот." if index % 9 == 0 else "",
        )
        saved_person = save_person(db, record).record
        assert saved_person.id is not None
        people.append(saved_person.id)
    # A likely duplicate, as happens when two colleagues enter the same journalist.
    original = get_person(db, people[3])
    surname, _, rest = original.full_name.partition(" ")
    twin = save_person(
        db,
        PersonRecord(
            f"{rest} {surname}",
            outlet_id=original.outlet_id,
            position=original.position,
            emails=(EmailValue(f"{_latin(rest)}@{slugs[outlet_ids[3]]}.example.kg"),),
        ),
    ).record
    assert twin.id is not None
    people.append(twin.id)
    pool = save_list(db, ListRecord("Журналисттердин пулу", "Туруктуу иштешкен журналисттер"))
    releases = save_list(db, ListRecord("Пресс-релиздер — баары", "Ар бир пресс-релиз үчүн"))
    save_list(
        db,
        ListRecord(
            "Регионалдык ТВ",
            kind="filter",
            filter=PersonFilter(outlet_kinds=F({"tv"}), scales=F({"regional"})),
        ),
    )
    save_list(
        db,
        ListRecord(
            "Биринчи толкун",
            kind="filter",
            filter=PersonFilter(first_wave=True, do_not_contact=False),
        ),
    )
    assert pool.id is not None and releases.id is not None
    add_to_list(db, pool.id, person_ids=rng.sample(people, 25))
    add_to_list(db, releases.id, outlet_ids=outlet_ids[:20], person_ids=people[140:150])
    channels = ["phone", "email", "telegram", "meeting", "event"]
    for _ in range(90):
        day = today - dt.timedelta(days=rng.randint(0, 180))
        log_interaction(
            db,
            InteractionRecord(
                happened_on=day,
                channel=rng.choice(channels),
                subject=rng.choice(SUBJECTS + SEASON_SUBJECTS[day.month % 12 // 3]),
                person_id=rng.choice(people),
            ),
        )
    for outlet_id in first_wave[:5]:
        log_interaction(
            db,
            InteractionRecord(
                happened_on=today - dt.timedelta(days=rng.randint(0, 60)),
                channel="email",
                subject="Жумалык план жөнөтүлдү",
                outlet_id=outlet_id,
            ),
        )
    return len(outlet_ids) + len(people) + 4 + 95


DEMO_PART = DemoPart("media contacts", fill_contacts)
