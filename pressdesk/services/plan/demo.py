"""Demo content plan: this month and the next for a ministry of agriculture, with the work of
the farming year in each month, a campaign and a weekly rubric."""

from __future__ import annotations

import calendar
import datetime as dt
import random
from dataclasses import dataclass, replace

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.demo import DemoPart
from pressdesk.services.plan.campaigns import CampaignRow, save_campaign
from pressdesk.services.plan.items import PlanItemInput, create_item, utcnow
from pressdesk.services.plan.rows import EMPTY
from pressdesk.services.plan.workflow import change_status
from pressdesk.services.staff import list_staff
from pressdesk.storage.engine import Database


@dataclass(frozen=True)
class _Demo:
    month: int  # -1 = the month before, 0 = this month, 1 = the next
    day: int
    title: Bi
    format: str
    channels: tuple[str, ...]
    language: str
    who: str  # key into the responsible persons below
    time: str = ""
    topic: Bi = EMPTY
    audience: Bi = EMPTY
    campaign: bool = False
    status: str = ""  # forced status; otherwise it follows the date


def _t(ky: str, ru: str) -> Bi:
    return Bi(ky, ru)


# Titles, topics and outlets are invented for the demo ministry; every text is written in
# Kyrgyz and in Russian, so a plan printed in either language is in that language alone.
# These items suit any month; the work of the farming year comes from _SEASONAL below.
_ITEMS = (
    # The end of the month before: published material, whatever day of the month it is now.
    _Demo(-1, 20, _t("Маалыматтык бюллетень: декаданын айыл чарба жаңылыктары",
                     "Информационный бюллетень: новости сельского хозяйства за декаду"),
          "bulletin", ("website", "telegram"), "both", "translator"),
    _Demo(-1, 24, _t("Фоторепортаж: жаңы ветеринардык лабораториянын ачылышы",
                     "Фоторепортаж: открытие новой ветеринарной лаборатории"),
          "photo_report", ("website", "instagram", "facebook"), "both", "press"),
    _Demo(-1, 27, _t("Айлык маалыматтык бюллетень", "Ежемесячный информационный бюллетень"),
          "bulletin", ("website",), "both", "translator"),
    _Demo(0, 2, _t("Министрликтин коллегиясынын жыйынтыктары боюнча пресс-релиз",
                   "Пресс-релиз по итогам заседания коллегии министерства"),
          "press_release", ("website", "telegram", "agency"), "both", "press", "10:00",
          _t("Коллегиянын чечимдери жана министрдин тапшырмалары",
             "Решения коллегии и поручения министра"),
          _t("ЖМК, дыйкандар", "СМИ, фермеры")),
    _Demo(0, 5, _t("Министрдин орун басарынын «Биринчи радиого» маеги: жайыт реформасы",
                   "Интервью заместителя министра «Биринчи радио»: реформа пастбищ"),
          "interview", ("radio",), "ky", "deputy", "11:00"),
    _Demo(0, 7, _t("Фоторепортаж: Ош облусундагы үрөн сактоочу жайдын ачылышы",
                   "Фоторепортаж: открытие семенохранилища в Ошской области"),
          "photo_report", ("website", "instagram", "facebook"), "both", "press",
          status="cancelled"),
    _Demo(0, 9, _t("24.kg агенттиги үчүн ундун баасы боюнча комментарий",
                   "Комментарий для 24.kg о ценах на муку"),
          "comment", ("agency",), "ru", "press", "14:00",
          _t("Дан запасы, ундун баасы жана аны жөнгө салуу чаралары",
             "Запасы зерна, цены на муку и меры регулирования")),
    _Demo(0, 10, _t("Маалыматтык бюллетень: декаданын айыл чарба жаңылыктары",
                    "Информационный бюллетень: новости сельского хозяйства за декаду"),
          "bulletin", ("website", "telegram"), "both", "translator"),
    _Demo(0, 12, _t("Түз эфир: «Ачык министрлик» — дыйкандардын суроолоруна жооптор",
                    "Прямой эфир «Открытое министерство»: ответы на вопросы фермеров"),
          "live", ("facebook", "youtube"), "ky", "it", "15:00",
          audience=_t("дыйкандар, фермерлер", "дехкане, фермеры")),
    _Demo(0, 13, _t("«Слово Кыргызстана» гезитиндеги макала: жеңилдетилген агрокредитти "
                    "кантип алууга болот",
                    "Статья в «Слово Кыргызстана»: как получить льготный агрокредит"),
          "article", ("print",), "ru", "press",
          audience=_t("фермерлер, айылдык ишкерлер", "фермеры, сельские предприниматели")),
    _Demo(0, 14, _t("Instagram пост: органикалык продукцияга сертификат алуу",
                    "Пост в Instagram: как получить сертификат на органическую продукцию"),
          "post", ("instagram", "tiktok"), "ky", "press"),
    _Demo(0, 16, _t("Жетекчилик үчүн маалымкат: субсидиялар темасынын ЖМКда чагылдырылышы",
                    "Справка для руководства: освещение темы субсидий в СМИ"),
          "reference_note", (), "ru", "press"),
    _Demo(0, 17, _t("Жер кадастрын санариптештирүү долбоорунун башталышы",
                    "Старт проекта цифровизации земельного кадастра"),
          "press_release", ("website", "agency", "telegram"), "both", "press", "11:00",
          _t("Жер үлүштөрүнүн онлайн реестри ишке кирди",
             "Заработал онлайн-реестр земельных долей"),
          _t("жер ээлери, айыл өкмөттөрү",
             "владельцы земельных долей, органы местного самоуправления"), True),
    _Demo(0, 18, _t("Министрдин ЭлТР телеканалына маеги: жерлерди санариптештирүү",
                    "Интервью министра телеканалу ЭлТР о цифровизации земель"),
          "interview", ("tv",), "ru", "head", "18:00", campaign=True),
    _Demo(0, 20, _t("Жер үлүштөрүнүн онлайн реестри: көп берилүүчү суроолор",
                    "Онлайн-реестр земельных долей: ответы на частые вопросы"),
          "news", ("website", "facebook", "telegram"), "ky", "press", campaign=True),
    _Demo(0, 21, _t("Министрдин Жогорку Кеңештеги сөзү: бюджеттин аткарылышы",
                    "Выступление министра в Жогорку Кенеше: исполнение бюджета"),
          "speech", (), "both", "deputy", "10:00"),
    _Demo(0, 23, _t("Telegram: мал дарылоо пункттарынын картасы",
                    "Telegram: карта ветеринарных пунктов"),
          "post", ("telegram",), "ky", "it"),
    _Demo(0, 24, _t("Министрликтин кант баасы боюнча билдирүүсү",
                    "Заявление министерства о ситуации с ценами на сахар"),
          "comment", ("website", "agency"), "ru", "press", "12:00"),
    _Demo(0, 26, _t("Видео: жаш фермерлердин ийгилик окуялары",
                    "Видео: истории успеха молодых фермеров"),
          "video", ("youtube", "instagram", "tiktok"), "ky", "it"),
    _Demo(0, 27, _t("Айлык маалыматтык бюллетень", "Ежемесячный информационный бюллетень"),
          "bulletin", ("website",), "both", "translator"),
    _Demo(1, 16, _t("Жер кадастры: биринчи айдын жыйынтыгы",
                    "Земельный кадастр: итоги первого месяца"),
          "press_release", ("website", "agency"), "both", "press", "10:00", campaign=True),
    _Demo(1, 5, _t("Биринчи радиодогу түз эфир: фермерлердин онлайн реестр боюнча суроолору",
                   "Прямой эфир на Биринчи радио: вопросы фермеров об онлайн-реестре"),
          "live", ("radio",), "ru", "deputy", "11:00", campaign=True),
    _Demo(1, 8, _t("Жаңылык: күнөсканаларга субсидия алууга арыздарды кабыл алуу",
                   "Новость: приём заявок на субсидии для теплиц"),
          "news", ("website", "facebook", "telegram"), "ru", "press"),
    _Demo(1, 10, _t("Облустук телеканалдар үчүн маек (Нарын, Талас)",
                    "Интервью для областных телеканалов (Нарын, Талас)"),
          "interview", ("tv",), "ky", "deputy", campaign=True),
    _Demo(1, 12, _t("Фоторепортаж: министрдин Баткен облусуна иш сапары",
                    "Фоторепортаж: рабочая поездка министра в Баткенскую область"),
          "photo_report", ("website", "instagram"), "both", "press"),
    _Demo(1, 17, _t("TikTok: жер үлүшүн онлайн текшерүү — 60 секундда",
                    "TikTok: проверка земельной доли онлайн за 60 секунд"),
          "post", ("tiktok", "instagram"), "ky", "it", campaign=True),
    _Demo(1, 19, _t("Маалымкат: өнөктүктүн бир айдагы ЖМКда чагылдырылышы",
                    "Справка о медиаосвещении кампании за месяц"),
          "reference_note", (), "ru", "press", campaign=True),
    _Demo(1, 22, _t("Эт экспорту боюнча жаңы келишим", "Новое соглашение об экспорте мяса"),
          "press_release", ("website", "agency"), "both", "press"),
    _Demo(1, 27, _t("Айдын видеосереби", "Видеообзор месяца"), "video", ("youtube",), "ru",
          "it"),
)  # fmt: skip

# The farming year, month by month: what a ministry of agriculture speaks about then.
# {year} is the year of the item, {prev} and {next} the years before and after it.
_SEASONAL: dict[int, tuple[_Demo, ...]] = {
    1: (
        _Demo(0, 12, _t("{prev}-жылдагы айыл чарбасынын жыйынтыктары: дүң продукция жана экспорт",
                        "Итоги сельского хозяйства за {prev} год: валовая продукция и экспорт"),
              "press_release", ("website", "agency", "telegram"), "both", "press", "10:00"),
        _Demo(0, 15, _t("Жазгы талаа иштерине жеңилдетилген агрокредиттерге арыздарды кабыл "
                        "алуу башталды",
                        "Открыт приём заявок на льготные агрокредиты к весенним полевым работам"),
              "news", ("website", "facebook", "telegram"), "ru", "press",
              topic=_t("Жылдык 6 %, сом менен, мөөнөтү 36 айга чейин, негизги карызды төлөө "
                       "6 айга чейин жылдырылат",
                       "6 % годовых в сомах, срок до 36 месяцев, отсрочка основного долга до "
                       "6 месяцев"),
              audience=_t("фермерлер, айыл чарба кооперативдери",
                          "фермеры, сельхозкооперативы")),
        _Demo(0, 19, _t("Маалымкат: облустар боюнча тоют запасы жана кыштоонун жүрүшү",
                        "Справка: запасы кормов и ход зимовки скота по областям"),
              "reference_note", (), "ky", "press"),
        _Demo(0, 24, _t("Макала: кышында малды оорулардан кантип сактоо керек",
                        "Статья: как уберечь скот от болезней в зимний период"),
              "article", ("website", "print"), "ru", "translator",
              audience=_t("малчылар", "животноводы")),
        _Demo(0, 28, _t("Жазгы себүүгө үрөн фондун даярдоо",
                        "Подготовка семенного фонда к весеннему севу"),
              "news", ("website", "telegram"), "ky", "press",
              topic=_t("Сорттуу үрөндүн запасы жана аны бөлүштүрүү",
                       "Запасы сортовых семян и их распределение")),
    ),
    2: (
        _Demo(0, 4, _t("Жазгы талаа иштерине техниканы даярдоо: райондордогу текшерүү",
                       "Подготовка техники к весенним полевым работам: проверка в районах"),
              "news", ("website", "telegram"), "ru", "press"),
        _Demo(0, 9, _t("Жер семирткичтерди жана күйүүчү майды жеңилдетилген баада сатуу",
                       "Продажа удобрений и горючего по льготным ценам"),
              "press_release", ("website", "agency"), "both", "press", "10:00"),
        _Demo(0, 14, _t("Министрдин орун басары менен маек: жазгы талаа иштерине даярдык",
                        "Интервью с заместителем министра: готовность к весенним полевым работам"),
              "interview", ("tv",), "ky", "deputy"),
        _Demo(0, 18, _t("Комментарий: себүү алдында үрөн менен жер семирткичтин баасы",
                        "Комментарий: цены на семена и удобрения перед посевной"),
              "comment", ("agency",), "ru", "press"),
        _Demo(0, 24, _t("Видео: кышкы күнөсканаларда жашылча өстүрүү тажрыйбасы",
                        "Видео: опыт выращивания овощей в зимних теплицах"),
              "video", ("youtube", "tiktok"), "ky", "it"),
    ),
    3: (
        _Demo(0, 3, _t("Жазгы талаа иштери башталды: облустардагы абал",
                       "Начались весенние полевые работы: положение в областях"),
              "press_release", ("website", "agency", "telegram"), "both", "press", "10:00"),
        _Demo(0, 10, _t("Малды шарп ооруусуна каршы жазгы эмдөө: облустар боюнча график",
                        "Весенняя вакцинация скота против ящура: график по областям"),
              "news", ("website", "facebook"), "ru", "press",
              audience=_t("фермерлер, ветеринардык кызматтар", "фермеры, ветеринарные службы")),
        _Demo(0, 20, _t("Нооруз майрамы менен куттуктоо", "Поздравление с праздником Нооруз"),
              "greeting", ("website", "facebook"), "both", "translator"),
        _Demo(0, 24, _t("Фоторепортаж: Чүй өрөөнүндө дан эгиндерин себүү",
                        "Фоторепортаж: сев зерновых в Чуйской долине"),
              "photo_report", ("website", "instagram"), "ky", "press"),
        _Demo(0, 27, _t("Макала: тамчылатып сугарууга субсидияны кантип алууга болот",
                        "Статья: как получить субсидию на капельное орошение"),
              "article", ("print",), "ru", "press"),
    ),
    4: (
        _Demo(0, 2, _t("Жазгы себүүнүн жүрүшү: облустар боюнча маалымат",
                       "Ход весеннего сева: сведения по областям"),
              "news", ("website", "telegram"), "ky", "press"),
        _Demo(0, 8, _t("Жазгы ветеринардык өнөктүк: малды эмдөөнүн жүрүшү",
                       "Весенняя ветеринарная кампания: ход вакцинации скота"),
              "press_release", ("website", "agency"), "ru", "press", "10:00"),
        _Demo(0, 14, _t("Видеосюжет: суу үнөмдөөчү тамчылатып сугаруу",
                        "Видеосюжет: водосберегающее капельное орошение"),
              "video", ("youtube", "tiktok", "tv"), "both", "it"),
        _Demo(0, 21, _t("Сугат мезгилине даярдык боюнча комментарий",
                        "Комментарий о подготовке к поливному сезону"),
              "comment", ("agency",), "ru", "press"),
        _Demo(0, 28, _t("Маек: малды жайыттарга чыгаруу жана жайыт билеттери",
                        "Интервью: выгон скота на пастбища и пастбищные билеты"),
              "interview", ("radio",), "ky", "deputy", "11:00"),
    ),
    5: (
        _Demo(0, 4, _t("Конституция күнү менен куттуктоо", "Поздравление с Днём Конституции"),
              "greeting", ("website", "facebook"), "both", "translator"),
        _Demo(0, 8, _t("Жеңиш күнү менен куттуктоо", "Поздравление с Днём Победы"), "greeting",
              ("website", "facebook"), "both", "translator"),
        _Demo(0, 13, _t("Жазгы талаа иштеринин жыйынтыктары", "Итоги весенних полевых работ"),
              "press_release", ("website", "agency", "telegram"), "both", "press", "10:00"),
        _Demo(0, 19, _t("Сугат мезгили башталды: каналдар боюнча суу берүү графиги",
                        "Начался поливной сезон: график подачи воды по каналам"),
              "news", ("website", "telegram"), "ru", "press"),
        _Demo(0, 26, _t("Фоторепортаж: малдын жайлоого көчүшү",
                        "Фоторепортаж: перегон скота на летние пастбища"),
              "photo_report", ("website", "instagram"), "ky", "press"),
    ),
    6: (
        _Demo(0, 5, _t("Чөп чабык: Нарын жана Ысык-Көл облустарында чөп даярдоонун жүрүшү",
                       "Заготовка сена: ход сенокоса в Нарынской и Иссык-Кульской областях"),
              "news", ("website", "telegram"), "ru", "press"),
        _Demo(0, 11, _t("Буудай оруу башталды: түшүмдүн алгачкы көрсөткүчтөрү",
                        "Началась уборка пшеницы: первые показатели урожая"),
              "press_release", ("website", "agency"), "both", "press", "10:00"),
        _Demo(0, 17, _t("Макала: сугат суусун үнөмдүү пайдалануу",
                        "Статья: бережное использование поливной воды"),
              "article", ("print",), "ky", "press"),
        _Demo(0, 22, _t("Комментарий: жаңы түшүмдүн данынын баасы",
                        "Комментарий: цены на зерно нового урожая"),
              "comment", ("agency",), "ru", "press"),
        _Demo(0, 27, _t("Видео: жайлоодогу малчылардын турмушу",
                        "Видео: жизнь чабанов на летних пастбищах"),
              "video", ("youtube",), "ky", "it"),
    ),
    7: (
        _Demo(0, 3, _t("Дан эгиндерин оруу: аянттардын үчтөн биринен ашыгы жыйналды",
                       "Уборка зерновых: обмолочено более трети площадей"),
              "press_release", ("website", "agency"), "ru", "press", "10:00"),
        _Demo(0, 9, _t("Жайкы ветеринардык текшерүү: жайлоолордогу мал",
                       "Летний ветеринарный осмотр скота на пастбищах"),
              "news", ("website", "telegram"), "ky", "press"),
        _Demo(0, 15, _t("Маек: мамлекеттик резервге дан сатып алуу",
                        "Интервью: закуп зерна в государственный резерв"),
              "interview", ("tv",), "ru", "deputy"),
        _Demo(0, 21, _t("Фоторепортаж: Ысык-Көлдөгү өрүк жана алма бактары",
                        "Фоторепортаж: абрикосовые и яблоневые сады Иссык-Куля"),
              "photo_report", ("website", "instagram"), "ky", "press"),
        _Demo(0, 27, _t("Instagram: жайкы мөмө-жемиштин экспорту",
                        "Instagram: экспорт летних фруктов"),
              "post", ("instagram",), "ky", "it"),
    ),
    8: (
        _Demo(0, 4, _t("Дан эгиндерин оруу аяктап баратат: түшүмдүүлүк",
                       "Уборка зерновых близится к концу: урожайность"),
              "news", ("website", "telegram"), "ky", "press"),
        _Demo(0, 11, _t("Жети айдагы жемиш-жашылча продукциясынын экспорту",
                        "Экспорт плодоовощной продукции за семь месяцев"),
              "press_release", ("website", "agency"), "ru", "press", "10:00"),
        _Demo(0, 18, _t("Макала: кышка тоют даярдоо боюнча сунуштар",
                        "Статья: рекомендации по заготовке кормов на зиму"),
              "article", ("print",), "ky", "press"),
        _Demo(0, 25, _t("Маалымкат: облустар боюнча кышка тоют даярдоо",
                        "Справка: заготовка кормов на зиму по областям"),
              "reference_note", (), "ru", "press"),
        _Demo(0, 30, _t("Эгемендүүлүк күнү менен куттуктоо", "Поздравление с Днём независимости"),
              "greeting", ("website", "facebook"), "both", "translator"),
    ),
    9: (
        _Demo(0, 3, _t("Кант кызылчасын жана картошканы жыйноо: иштердин жүрүшү",
                       "Уборка сахарной свёклы и картофеля: ход работ"),
              "news", ("website", "telegram"), "ru", "press"),
        _Demo(0, 10, _t("Күздүк буудай себүү башталды", "Начался сев озимой пшеницы"),
              "press_release", ("website", "agency"), "both", "press", "10:00"),
        _Demo(0, 17, _t("Фоторепортаж: «Агро-Экспо» көргөзмөсү",
                        "Фоторепортаж: выставка «Агро-Экспо»"),
              "photo_report", ("website", "instagram"), "ky", "press"),
        _Demo(0, 23, _t("Маек: күзүндө картошка менен жашылчанын баасы",
                        "Интервью: цены на картофель и овощи осенью"),
              "interview", ("radio",), "ru", "deputy", "11:00"),
        _Demo(0, 28, _t("Видео: күзгү жарманке — дыйкандардан түз сатуу",
                        "Видео: осенняя ярмарка — продажа напрямую от фермеров"),
              "video", ("youtube", "tiktok"), "ky", "it"),
    ),
    10: (
        _Demo(0, 2, _t("Жашылча-жемиш жыйноонун жүрүшү: облустар боюнча маалымат",
                       "Ход уборки овощей и фруктов: сведения по областям"),
              "news", ("website", "telegram"), "ky", "press"),
        _Demo(0, 9, _t("Күздүк эгиндерди себүү: аянттардын жарымынан ашыгы себилди",
                       "Осенний сев озимых: засеяно более половины площадей"),
              "press_release", ("website", "agency"), "ru", "press", "10:00"),
        _Demo(0, 15, _t("Маалымкат: малды кыштоого даярдык жана тоют запасы",
                        "Справка: подготовка к зимовке скота и запасы кормов"),
              "reference_note", (), "ky", "press"),
        _Demo(0, 22, _t("Комментарий: жаңы түшүмдүн буудайын мамлекеттик резервге сатып алуу",
                        "Комментарий: закупка пшеницы нового урожая в госрезерв"),
              "comment", ("agency",), "ru", "press"),
        _Demo(0, 28, _t("Макала: күзгү ветеринардык иш-чаралар",
                        "Статья: осенние ветеринарные мероприятия"),
              "article", ("print",), "ky", "press"),
    ),
    11: (
        _Demo(0, 3, _t("Күздүк эгиндерди себүү аяктады", "Завершён сев озимых"),
              "press_release", ("website", "agency"), "both", "press", "10:00"),
        _Demo(0, 9, _t("Малды кыштоого даярдык: облустар боюнча чөп жана саман запасы",
                       "Подготовка к зимовке скота: запасы сена и соломы по областям"),
              "news", ("website", "telegram"), "ru", "press",
              audience=_t("малчылар, жергиликтүү өз алдынча башкаруу органдары",
                          "животноводы, органы местного самоуправления")),
        _Demo(0, 16, _t("Макала: кышкы мезгилде малды багуу боюнча ветеринарлардын сунуштары",
                        "Статья: советы ветеринаров по содержанию скота зимой"),
              "article", ("print", "website"), "ky", "translator",
              audience=_t("малчылар", "животноводы")),
        _Demo(0, 22, _t("Кышкы мезгилде эттин баасы боюнча комментарий",
                        "Комментарий о ценах на мясо в зимний период"),
              "comment", ("agency",), "ru", "press", "14:00"),
        _Demo(0, 27, _t("Маалымкат: {year}-жылдын түшүмү боюнча алдын ала маалыматтар",
                        "Справка: предварительные данные об урожае {year} года"),
              "reference_note", (), "ky", "press"),
    ),
    12: (
        _Demo(0, 4, _t("{year}-жылдын айыл чарба жылынын жыйынтыктары: түшүм, экспорт, "
                       "субсидиялар",
                       "Итоги сельскохозяйственного {year} года: урожай, экспорт, субсидии"),
              "press_release", ("website", "agency", "telegram"), "both", "press", "10:00",
              _t("Дүң продукция, дан жана жашылча түшүмү, экспорт",
                 "Валовая продукция, урожай зерна и овощей, экспорт"),
              _t("ЖМК, коомчулук", "СМИ, общественность")),
        _Demo(0, 10, _t("Малды кыштоо: ветеринардык кызматтар Нарын облусундагы фермаларды "
                        "текшерүүдө",
                        "Зимовка скота: ветеринарные службы проверяют фермы Нарынской области"),
              "news", ("website", "facebook", "telegram"), "ru", "press",
              audience=_t("малчылар, ветеринардык кызматтар",
                          "животноводы, ветеринарные службы")),
        _Demo(0, 15, _t("{next}-жылга жеңилдетилген агрокредиттер: жылдык 6 %, мөөнөтү 36 айга "
                        "чейин",
                        "Льготные агрокредиты на {next} год: 6 % годовых, срок до 36 месяцев"),
              "article", ("website", "print"), "ru", "press",
              topic=_t("Жазгы талаа иштерине насыя берүүнүн шарттары жана аны ким ала алат",
                       "Условия кредитования к весенним полевым работам, кто может получить"),
              audience=_t("фермерлер, айыл чарба кооперативдери",
                          "фермеры, сельхозкооперативы")),
        _Demo(0, 19, _t("Маалымкат: жылдык отчет үчүн ведомстволук мекемелерден маалымат "
                        "чогултуу",
                        "Справка: сбор сведений от подведомственных учреждений для годового "
                        "отчёта"),
              "reference_note", (), "ky", "press"),
        _Demo(0, 22, _t("Жазгы талаа иштерине даярдык: үрөн фонду жана жер семирткичтер",
                        "Подготовка к весенним полевым работам: семенной фонд и удобрения"),
              "news", ("website", "telegram"), "ky", "press"),
        _Demo(0, 30, _t("Жаңы жыл менен куттуктоо", "Поздравление с Новым годом"), "greeting",
              ("website", "facebook"), "both", "translator"),
    ),
}  # fmt: skip


def _years(value: Bi, day: dt.date) -> Bi:
    """``value`` with {year}, {prev} and {next} filled in, in both languages."""
    years = {"year": day.year, "prev": day.year - 1, "next": day.year + 1}
    return Bi(value.ky.format(**years), value.ru.format(**years))


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
        result.append((day, replace(demo, title=_years(demo.title, day))))
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
            name=_t("Жер үлүштөрүнүн онлайн реестри", "Онлайн-реестр земельных долей"),
            start_date=first + dt.timedelta(days=15),
            end_date=second + dt.timedelta(days=24),
            goal=_t(
                "Жер ээлерине өз үлүшүн онлайн реестрден кантип текшерүүгө болорун түшүндүрүү "
                "жана кызматты айыл жергесине жеткирүү.",
                "Разъяснить владельцам земельных долей, как проверить свою долю в онлайн-"
                "реестре, и довести услугу до сельских жителей.",
            ),
            audiences=_t(
                "жер ээлери, айыл өкмөттөрү, фермерлер, облустук ЖМК",
                "владельцы земельных долей, органы местного самоуправления, фермеры, "
                "региональные СМИ",
            ),
            key_messages=_t(
                "Жер үлүшүңүздү үйдөн чыкпай, акысыз текшериңиз.\n"
                "Реестрдеги маалыматтар мамлекет тарабынан корголот.\n"
                "Онлайн текшерүү беш мүнөттөй убакытты алат.\n"
                "Айыл өкмөттөрү жана консультациялык борборлор жардам берет.",
                "Проверьте свою земельную долю бесплатно, не выходя из дома.\n"
                "Сведения реестра защищены государством.\n"
                "Проверка онлайн занимает около пяти минут.\n"
                "Помогут органы местного самоуправления и консультационные центры.",
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
            title=_t(
                "«Министр менен бир саат» — апталык рубрика",
                "«Час с министром» — еженедельная рубрика",
            ),
            time=dt.time(15, 0),
            duration_minutes=60,
            topic=_t(
                "Министр жарандардын суроолоруна түз эфирде жооп берет",
                "Министр отвечает на вопросы граждан в прямом эфире",
            ),
            audience=_t("жарандар, дыйкандар", "граждане, фермеры"),
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
