"""Demo equipment, accounts (no secrets) and archive sets: the ``ASSETS_DEMO`` part.

Everyone named is one of the invented demo staff; addresses use reserved example domains.
The kit has a realistic gap: no lapel microphone, and the only video camera is broken. As in a
real ministry, some kit is out on loan (a laptop with the deputy minister on a trip, a recorder
not yet returned), some is kept by other employees, one personal account is used for work, and
the archive index holds the press service's registered documents with numbers and sheets.
"""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from pressdesk import clock
from pressdesk.bilingual import Bi
from pressdesk.services.accounts.records import AccountRow, save_account
from pressdesk.services.archive.records import ArchiveRow, add_archive_sets, clean_archive_set
from pressdesk.services.demo import DemoPart
from pressdesk.services.inventory.history import check_in, check_out, set_condition
from pressdesk.services.inventory.items import ItemRow, find_item, save_item
from pressdesk.storage.engine import Database

SECRETARY = "Жумабаева Айгүл Бекеновна"
IT = "Исаков Эрлан Дөөлөтович"
TRANSLATOR = "Петрова Елена Викторовна"
CLERK = "Кадырова Бүбүсара Асылбековна"
DEPUTY = "Өмүрбеков Нурлан Сапарбекович"
DRIVER = "Сыдыков Азамат Үсөнович"
BUDGET = "Республикалык бюджет"
GRANT = "Донордук долбоор (грант)"
_NO_SERIAL = {"software_licence", "subscription", "press_vest"}

# Places, each in Kyrgyz and in Russian.
ROOM = Bi("214-кабинет", "Кабинет 214")
SAFE = Bi("214-кабинет, сейф", "Кабинет 214, сейф")
STORE = Bi("Кампа", "Склад")
PRESS_CENTRE = Bi("Пресс-борбор", "Пресс-центр")
WITH_SECRETARY = Bi("Басма сөз катчысында", "У пресс-секретаря")
ONLINE = Bi.same("Онлайн")
NONE = Bi()

# inventory number, name, category, model, condition, purchased, cost, funding, place, custodian,
# notes
# fmt: off
_ITEMS: list[tuple[str, Bi, str, str, str, str, int | None, str, Bi, str, Bi]] = [
    ("ИН-0001", Bi("Басма сөз катчысынын жумушчу компьютери", "Рабочий компьютер пресс-секретаря"),
     "computer", "Dell OptiPlex 3070", "good", "2019-03-12", 58000, BUDGET, ROOM, SECRETARY, NONE),
    ("ИН-0002", Bi("24 дюймдук монитор", "Монитор 24 дюйма"), "display", "Samsung S24R350", "good",
     "2019-03-12", 14500, BUDGET, ROOM, SECRETARY, NONE),
    ("ИН-0003", Bi("Котормочунун компьютери", "Компьютер переводчика"), "computer",
     "HP ProDesk 400 G6", "needs_repair", "2018-11-20", 52000, BUDGET, ROOM, TRANSLATOR,
     Bi("Кубат берүү блогунун желдеткичи ызылдайт", "Шумит вентилятор блока питания")),
    ("ИН-0004", Bi.same("Ноутбук"), "laptop", "Lenovo ThinkPad E14", "good", "2021-07-05", 72500,
     GRANT, ROOM, SECRETARY, Bi("Иш сапарлары үчүн", "Для командировок")),
    ("ИН-0005", Bi.same("Ноутбук"), "laptop", "Acer Aspire 5", "broken", "2017-02-14", 41000,
     BUDGET, STORE, SECRETARY,
     Bi("Экраны сынган, оңдоо максатка ылайык эмес", "Разбит экран, ремонт нецелесообразен")),
    ("ИН-0006", Bi("Кызматтык смартфон", "Служебный смартфон"), "phone", "Samsung Galaxy A54",
     "good", "2023-09-01", 32900, BUDGET, WITH_SECRETARY, SECRETARY,
     Bi("Сүрөт жана видео тартуу үчүн да колдонулат",
        "Используется также для фото- и видеосъёмки")),
    ("ИН-0007", Bi("Мобилдик телефон", "Мобильный телефон"), "phone", "Xiaomi Redmi Note 9",
     "written_off", "2020-06-10", 15800, BUDGET, STORE, SECRETARY,
     Bi("12.01.2024-жылдагы акт менен эсептен чыгарылган", "Списан актом от 12.01.2024")),
    ("ИН-0008", Bi.same("Фотоаппарат"), "photo_camera", "Canon EOS 250D Kit 18-55", "good",
     "2020-10-02", 61000, GRANT, SAFE, SECRETARY, NONE),
    ("ИН-0009", Bi("50 мм объектив", "Объектив 50 мм"), "other", "Canon EF 50mm f/1.8 STM", "good",
     "2021-04-16", 16000, GRANT, SAFE, SECRETARY, NONE),
    ("ИН-0010", Bi.same("Видеокамера"), "video_camera", "Panasonic HC-V770", "good", "2016-05-23",
     64000, BUDGET, SAFE, SECRETARY, Bi("Жалгыз видеокамера", "Единственная видеокамера")),
    ("ИН-0011", Bi("Пресс-конференциялар үчүн микрофон", "Микрофон для пресс-конференций"),
     "microphone", "Shure SM58", "good", "2019-08-30", 12500, BUDGET, PRESS_CENTRE, SECRETARY,
     NONE),
    ("ИН-0012", Bi("Камерага орнотулуучу микрофон", "Накамерный микрофон"), "microphone",
     "Rode VideoMicro", "needs_repair", "2020-10-02", 7200, GRANT, ROOM, SECRETARY,
     Bi("Кабелдин байланышы начар", "Отходит контакт кабеля")),
    ("ИН-0013", Bi.same("Диктофон"), "audio_recorder", "Sony ICD-UX570", "good", "2021-02-11",
     9800, BUDGET, ROOM, SECRETARY, NONE),
    ("ИН-0014", Bi.same("Штатив"), "tripod", "Manfrotto Compact Action", "good", "2020-10-02",
     6900, GRANT, ROOM, SECRETARY, NONE),
    ("ИН-0015", Bi("Смартфон үчүн стабилизатор", "Стабилизатор для смартфона"), "tripod",
     "DJI Osmo Mobile 6", "new", "2024-03-18", 13900, BUDGET, ROOM, SECRETARY, NONE),
    ("ИН-0016", Bi("Светодиоддук жарык булагы", "Светодиодный осветитель"), "lighting",
     "Godox SL60W", "new", "2024-03-18", 18500, BUDGET, PRESS_CENTRE, SECRETARY, NONE),
    ("ИН-0017", Bi("Көп функциялуу түзүлүш (МФУ)", "Многофункциональное устройство (МФУ)"),
     "printer", "Canon i-SENSYS MF3010", "good", "2019-03-12", 19900, BUDGET, ROOM, SECRETARY,
     NONE),
    ("ИН-0018", Bi.same("Принтер"), "printer", "HP LaserJet P1102", "needs_repair", "2015-09-07",
     11000, BUDGET, Bi("Иш кагаздарын жүргүзүү бөлүмү", "Отдел делопроизводства"), CLERK,
     Bi("Кагазды бырыштырат, кагаз алуучу ролик керек", "Мнёт бумагу, нужен ролик захвата")),
    ("ИН-0019", Bi.same("Проектор"), "projector", "Epson EB-X06", "good", "2018-04-25", 38000,
     BUDGET, PRESS_CENTRE, IT, NONE),
    ("ИН-0020", Bi("55 дюймдук телевизор-панель", "Телевизор-панель 55 дюймов"), "display",
     "LG 55UQ75006LF", "good", "2022-12-20", 45000, BUDGET, PRESS_CENTRE, IT,
     Bi("Видеоконференциялар үчүн", "Для видеоконференций")),
    ("ИН-0021", Bi("«АРХИВ-1» сырткы диски", "Внешний диск «АРХИВ-1»"), "storage_drive",
     "WD Elements 2 ТБ", "good", "2019-12-05", 6200, BUDGET, SAFE, SECRETARY,
     Bi("2019–2023-жылдардын сүрөт жана видео архиви", "Фото- и видеоархив 2019–2023")),
    ("ИН-0022", Bi("«АРХИВ-2» сырткы диски", "Внешний диск «АРХИВ-2»"), "storage_drive",
     "Seagate Expansion 4 ТБ", "new", "2024-01-22", 9400, BUDGET, SAFE, SECRETARY,
     Bi("2024-жылдан баштап архив", "Архив с 2024 года")),
    ("ИН-0023", Bi("128 ГБ эс тутум картасы", "Карта памяти 128 ГБ"), "storage_drive",
     "SanDisk Extreme", "good", "2022-05-14", 2400, BUDGET, ROOM, SECRETARY, NONE),
    ("ИН-0024", Bi.same("Wi-Fi роутер"), "network", "TP-Link Archer C6", "good", "2021-09-09",
     3900, BUDGET, ROOM, IT, NONE),
    ("ИН-0025", Bi.same("USB-модем 4G"), "network", "Huawei E3372", "good", "2022-02-01", 2900,
     BUDGET, WITH_SECRETARY, SECRETARY,
     Bi("Мобилдик интернет ай сайын төлөнөт", "Мобильный интернет оплачивается ежемесячно")),
    ("ИН-0026", Bi("«Пресса» жилети", "Жилет «Пресса»"), "press_vest", "", "new", "2024-06-03",
     2500, GRANT, ROOM, SECRETARY, NONE),
    ("ИН-0027", Bi("Adobe Creative Cloud (1 колдонуучу, 1 жыл)",
                   "Adobe Creative Cloud (1 пользователь, 1 год)"), "software_licence", "",
     "good", "2025-02-01", 36000, GRANT, Bi("ИН-0004 ноутбугу", "Ноутбук ИН-0004"), SECRETARY,
     Bi("Мөөнөтү: 01.02.2026-жылга чейин", "Действует до 01.02.2026")),
    ("ИН-0028", Bi.same("Microsoft Office 2021 Home and Business"), "software_licence", "",
     "good", "2022-03-15", 24000, BUDGET, Bi("ИН-0001 компьютери", "Компьютер ИН-0001"),
     SECRETARY, NONE),
    ("ИН-0029", Bi("Zoom Pro жазылуусу", "Подписка Zoom Pro"), "subscription", "", "good",
     "2025-01-10", 19000, BUDGET, ONLINE, SECRETARY, Bi("Жылдык жазылуу", "Годовая подписка")),
    ("ИН-0030", Bi("Маалыматтык-укуктук базага жазылуу",
                   "Подписка на информационно-правовую базу"), "subscription", "", "good",
     "2025-01-10", 12000, BUDGET, ONLINE, SECRETARY, NONE),
    ("ИН-0031", Bi("Үн күчөткүч колонка", "Акустическая колонка"), "other",
     "Behringer Europort PPA500BT", "good", "2018-04-25", 42000, BUDGET, PRESS_CENTRE, IT,
     Bi("Пресс-борбордун үн системасы", "Звуковая система пресс-центра")),
]
# fmt: on

# Where recovery codes are kept, on paper in the press secretary's safe.
_ENVELOPE = {
    n: Bi(f"Сейф, 214-кабинет, №{n} конверт", f"Сейф, кабинет 214, конверт №{n}")
    for n in range(1, 5)
}
_AUTHENTICATOR = Bi("Authenticator колдонмосу", "Приложение Authenticator")

# The notes of an account are single texts, written in one language; documents print each only
# in its own language.
# fmt: off
_ACCOUNTS: list[AccountRow] = [
    AccountRow("website_cms", "press-admin",
               Bi("Расмий сайт (WordPress)", "Официальный сайт (WordPress)"),
               "https://agro.example.kg/wp-admin",
               access_holders="Жумабаева Айгүл Бекеновна; Исаков Эрлан Дөөлөтович",
               two_factor_method=Bi("Authenticator колдонмосу (ИН-0006 кызматтык смартфону)",
                                    "Приложение Authenticator (служебный смартфон ИН-0006)"),
               recovery_location=_ENVELOPE[1]),
    AccountRow("domain_hosting", "agro-ministry",
               Bi("agro.example.kg домени жана хостинг", "Домен agro.example.kg и хостинг"),
               "https://hosting.example.kg/client", access_holders=IT,
               two_factor_method=Bi("Кызматтык номерге SMS", "SMS на служебный номер"),
               notes="Домен оплачен до 15.03.2027"),
    AccountRow("email", "press@agro.example.kg",
               Bi("Басма сөз кызматынын почтасы", "Почта пресс-службы"),
               "https://mail.example.kg",
               access_holders="Жумабаева Айгүл Бекеновна; Петрова Елена Викторовна",
               two_factor_method=Bi.same("SMS"), recovery_location=_ENVELOPE[2]),
    AccountRow("facebook", "press@agro.example.kg",
               Bi("Айыл чарба министрлигинин баракчасы",
                  "Страница Министерства сельского хозяйства"),
               "https://facebook.example.org/agro.ministry.kg", access_holders=SECRETARY,
               two_factor_method=_AUTHENTICATOR, recovery_location=_ENVELOPE[3]),
    AccountRow("facebook", "a.jumabaeva@example.org",
               Bi("Басма сөз катчысынын жеке аккаунту", "Личный аккаунт пресс-секретаря"),
               "https://facebook.example.org/aigul.jumabaeva", owner_type="personal",
               owner_name=SECRETARY, access_holders=SECRETARY,
               notes="Баракчага мураскорду администратор кылып кошуу, андан кийин бул жеке "
               "аккаунтту администраторлордон чыгаруу"),
    AccountRow("instagram", "agro_kg", Bi("Instagram баракчасы", "Страница в Instagram"),
               "https://instagram.example.org/agro_kg", access_holders=SECRETARY,
               two_factor_method=Bi("Кызматтык смартфонго SMS", "SMS на служебный смартфон"),
               recovery_location=_ENVELOPE[3]),
    AccountRow("telegram", "+996 555 123 456",
               Bi("«Агро жаңылыктар» Telegram-каналы", "Telegram-канал «Агро жаңылыктар»"),
               "https://t.example.org/agro_news_kg",
               access_holders="Жумабаева Айгүл Бекеновна; Петрова Елена Викторовна",
               two_factor_method=Bi("Telegram'дын булуттагы сыр сөзү", "Облачный пароль Telegram")),
    AccountRow("youtube", "press@agro.example.kg",
               Bi("Министрликтин YouTube-каналы", "YouTube-канал министерства"),
               "https://youtube.example.org/@agro-kg", access_holders=SECRETARY,
               two_factor_method=Bi("Google почта аккаунту аркылуу",
                                    "Через почтовый аккаунт Google")),
    AccountRow("tiktok", "agro.kg.official", Bi.same("TikTok"),
               "https://tiktok.example.org/@agro.kg",
               owner_type="personal", owner_name=SECRETARY, access_holders=SECRETARY,
               recovery_location=_ENVELOPE[4],
               notes="Зарегистрирован на личный номер — перевести на служебный номер и почту "
               "министерства"),
    AccountRow("x", "agro_kg", Bi.same("X (Twitter)"), "https://x.example.org/agro_kg",
               access_holders=SECRETARY, notes="Иш жүзүндө колдонулбайт"),
    AccountRow("other", "press@agro.example.kg", Bi.same("Zoom Pro"), "https://zoom.example.org",
               access_holders="Жумабаева Айгүл Бекеновна; Исаков Эрлан Дөөлөтович",
               notes="Жазылуу: ИН-0029"),
]
# fmt: on

ARCHIVE_1 = Bi.same("АРХИВ-1")
ARCHIVE_2 = Bi.same("АРХИВ-2")

# title, kind, date, event, folder, drive, cloud, count, size in MB, responsible, notes; the event
# and the notes are single texts, as typed.
# fmt: off
_ARCHIVE: list[tuple[Bi, str, str, str, str, Bi, str, int, int, str, str]] = [
    (Bi("Себүү өнөктүгүнүн жыйынтыктары боюнча пресс-конференция",
        "Пресс-конференция по итогам посевной кампании"), "photo", "2024-05-28",
     "Пресс-конференция министра", "D:\\Архив\\2024\\2024-05-28_пресс-конференция", ARCHIVE_2,
     "", 214, 1850, SECRETARY, ""),
    (Bi("Себүү өнөктүгүнүн жыйынтыктары боюнча пресс-конференция (видео)",
        "Пресс-конференция по итогам посевной кампании (видео)"), "video", "2024-05-28",
     "Пресс-конференция министра", "D:\\Архив\\2024\\2024-05-28_пресс-конференция\\video",
     ARCHIVE_2, "https://drive.example.org/agro/2024-05-28", 6, 14200, SECRETARY,
     "Толук жазуу жана 2 мүнөттүк сюжет"),
    (Bi("Министрдин Ысык-Көл облусуна иш сапары",
        "Рабочая поездка министра в Иссык-Кульскую область"), "photo", "2024-07-11",
     "Иш сапары, Ысык-Көл облусу", "D:\\Архив\\2024\\2024-07-11_Ысык-Көл", ARCHIVE_2, "", 356,
     3120, SECRETARY, ""),
    (Bi("Министрдин Ысык-Көл облусуна иш сапары: маектер",
        "Рабочая поездка министра в Иссык-Кульскую область: интервью"), "audio", "2024-07-11",
     "Иш сапары, Ысык-Көл облусу", "D:\\Архив\\2024\\2024-07-11_Ысык-Көл\\audio", ARCHIVE_2,
     "", 12, 640, TRANSLATOR, "Фермерлер менен маектер"),
    (Bi("«Агро-2024» айыл чарба көргөзмөсү", "Сельскохозяйственная выставка «Агро-2024»"),
     "photo", "2024-09-19", "Көргөзмө «Агро-2024»", "D:\\Архив\\2024\\2024-09-19_Агро-2024",
     ARCHIVE_2, "https://drive.example.org/agro/agro-2024", 498, 4410, SECRETARY, ""),
    (Bi("«Агро-2024» айыл чарба көргөзмөсү: видеосюжет",
        "Сельскохозяйственная выставка «Агро-2024»: видеосюжет"), "video", "2024-09-19",
     "Көргөзмө «Агро-2024»", "D:\\Архив\\2024\\2024-09-19_Агро-2024\\video", ARCHIVE_2, "",
     3, 5200, SECRETARY, ""),
    (Bi("Күзгү-кышкы мезгилге даярдык боюнча брифинг",
        "Брифинг о подготовке к осенне-зимнему периоду"), "video", "2024-10-08", "Брифинг",
     "D:\\Архив\\2024\\2024-10-08_брифинг", ARCHIVE_2, "", 2, 2900, SECRETARY, ""),
    (Bi("Тегерек стол: суу ресурстарын үнөмдөө", "Круглый стол: экономия водных ресурсов"),
     "photo", "2024-11-14", "Тегерек стол", "D:\\Архив\\2024\\2024-11-14_тегерек_стол",
     ARCHIVE_2, "", 87, 690, TRANSLATOR, ""),
    (Bi("Министрликтин 2024-жылдын жыйынтыктары боюнча коллегиясы",
        "Итоговая коллегия министерства за 2024 год"), "mixed", "2025-01-24", "Коллегия",
     "D:\\Архив\\2025\\2025-01-24_коллегия", ARCHIVE_2,
     "https://drive.example.org/agro/collegium-2024", 265, 9800, SECRETARY,
     "Сүрөттөр, видео, баяндама жана презентация"),
    (Bi("Агрардык тематикадагы журналисттер менен пресс-чай",
        "Пресс-чай с журналистами аграрной тематики"), "photo", "2025-02-20", "Пресс-чай",
     "D:\\Архив\\2025\\2025-02-20_пресс-чай", ARCHIVE_2, "", 64, 520, SECRETARY, ""),
    (Bi("Нооруз майрамы: министрликтин жамааты", "Праздник Нооруз: коллектив министерства"),
     "photo", "2025-03-20", "Нооруз", "D:\\Архив\\2025\\2025-03-20_Нооруз", ARCHIVE_2, "",
     143, 1200, TRANSLATOR, ""),
    (Bi("Фермерлер менен жолугушуу, Чүй облусу", "Встреча с фермерами, Чуйская область"),
     "video", "2025-04-16", "Жолугушуу, Чүй облусу", "D:\\Архив\\2025\\2025-04-16_Чүй",
     ARCHIVE_2, "", 5, 7300, SECRETARY, ""),
    (Bi("Министрдин республикалык телеканалга берген маеги",
        "Интервью министра республиканскому телеканалу"), "video", "2025-05-06", "Интервью",
     "D:\\Архив\\2025\\2025-05-06_интервью", ARCHIVE_2,
     "https://drive.example.org/agro/interview-2025-05", 1, 3400, SECRETARY,
     "Эфирдик версия, 28 мүнөт"),
    (Bi("Пресс-релиздер, 2024-жыл", "Пресс-релизы, 2024 год"), "document", "2024-12-31", "",
     "D:\\Архив\\2024\\Пресс-релиздер", ARCHIVE_2, "https://drive.example.org/agro/releases-2024",
     118, 46, SECRETARY, "DOCX, PDF"),
    (Bi("Контент-пландар жана отчеттор, 2024-жыл", "Контент-планы и отчёты, 2024 год"),
     "document", "2024-12-31", "", "D:\\Архив\\2024\\Пландар", ARCHIVE_2, "", 36, 28,
     SECRETARY, ""),
    (Bi("2019–2023-жылдардын фотоархиви (эски ноутбуктан көчүрүлгөн)",
        "Фотоархив 2019–2023 (перенесён со старого ноутбука)"), "photo", "2023-12-29", "",
     "E:\\Фото", ARCHIVE_1, "", 8420, 61300, SECRETARY,
     "Иш-чаралар боюнча толук эмес иреттелген"),
    (Bi("2019–2023-жылдардын видеоархиви", "Видеоархив 2019–2023"), "video", "2023-12-29", "",
     "E:\\Видео", ARCHIVE_1, "", 212, 388000, SECRETARY, "Папкалар жылдар боюнча"),
    (Bi("2022–2024-жылдардагы радио маектердин жазуулары", "Записи радиоинтервью 2022–2024"),
     "audio", "2024-06-30", "", "D:\\Архив\\Аудио", ARCHIVE_2, "", 41, 2100, TRANSLATOR, ""),
    (Bi("Дүйнөлүк азык-түлүк күнү: акция", "Всемирный день продовольствия: акция"), "photo",
     "2025-10-16", "Акция", "D:\\Архив\\2025\\2025-10-16", ARCHIVE_2, "", 120, 980, SECRETARY,
     ""),
    (Bi("Социалдык тармактар үчүн кыска видеолор, 2025", "Короткие видео для соцсетей, 2025"),
     "video", "", "", "D:\\Архив\\2025\\Reels", NONE,
     "https://drive.example.org/agro/reels-2025", 54, 2600, SECRETARY,
     "Күнү ар кандай; телефондон тартылган"),
]
# fmt: on

_CABINET_2 = Bi(
    "214-кабинет, №2 шкаф, «Ченемдик документтер» папкасы",
    "Кабинет 214, шкаф №2, папка «Нормативные документы»",
)

# Registered documents of the press service, kept on paper: title, number, date (months
# before today, so the content plan is always this year's), sheets, where kept, the folder of
# the electronic copy, responsible.
# fmt: off
_DOCUMENTS: list[tuple[Bi, str, str, int, Bi, str, str]] = [
    (Bi("Министрликтин басма сөз кызматы жөнүндө жобо (министрдин буйругу менен бекитилген)",
        "Положение о пресс-службе министерства (утверждено приказом министра)"),
     "112", "2024-01-15", 9, _CABINET_2, "", SECRETARY),
    (Bi("Басма сөз катчысынын кызматтык нускамасы", "Должностная инструкция пресс-секретаря"),
     "04-КН/17", "2024-02-01", 5,
     Bi("Персоналды башкаруу кызматы, өздүк иш; көчүрмөсү: 214-кабинет, №2 шкаф",
        "Служба управления персоналом, личное дело; копия: кабинет 214, шкаф №2"),
     "", SECRETARY),
    (Bi("ЖМК өкүлдөрүн аккредитациялоо тартиби", "Порядок аккредитации представителей СМИ"),
     "78", "2024-06-10", 6, _CABINET_2, "", SECRETARY),
    (Bi("Айыл чарба министрлигинин {year}-жылга контент-планы",
        "Контент-план Министерства сельского хозяйства на {year} год"),
     "01-14/312", "{previous}-12-26", 14,
     Bi("214-кабинет, №2 шкаф, «Пландар» папкасы", "Кабинет 214, шкаф №2, папка «Планы»"),
     "D:\\Архив\\Пландар", SECRETARY),
]
# fmt: on


def _fill_inventory(db: Database) -> int:
    for number, name, category, model, condition, bought, cost, fund, place, who, notes in _ITEMS:
        purchased = dt.date.fromisoformat(bought)
        save_item(
            db,
            ItemRow(
                name=name,
                category=category,
                inventory_number=number,
                serial_number="" if category in _NO_SERIAL else _serial(number),
                model=model,
                purchase_date=purchased,
                cost=Decimal(cost) if cost is not None else None,
                funding_source=fund,
                condition=condition,
                location=place,
                custodian_name=who,
                notes=notes,
            ),
            today=purchased,
        )
    today = clock.today()
    video = find_item(db, "ИН-0010")
    set_condition(
        db,
        video.id or 0,
        "broken",
        note="не включается после падения со штатива",
        on=today - dt.timedelta(days=40),
    )
    camera = find_item(db, "ИН-0008")
    check_out(
        db,
        camera.id or 0,
        TRANSLATOR,
        on=today - dt.timedelta(days=30),
        due=today - dt.timedelta(days=28),
        note="Тегерек стол үчүн",
    )
    check_in(db, camera.id or 0, on=today - dt.timedelta(days=28))
    laptop = find_item(db, "ИН-0004")
    check_out(
        db,
        laptop.id or 0,
        DEPUTY,
        on=today - dt.timedelta(days=3),
        due=today + dt.timedelta(days=4),
        note="Нарын облусуна иш сапары",
    )
    recorder = find_item(db, "ИН-0013")
    check_out(
        db,
        recorder.id or 0,
        DRIVER,
        on=today - dt.timedelta(days=12),
        due=today - dt.timedelta(days=5),
        note="Айылдагы жолугушууну жазуу үчүн",
    )
    return len(_ITEMS)


def _serial(number: str) -> str:
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"S{int(digits) * 7919 + 104729:09d}"


def _fill_accounts(db: Database) -> int:
    for row in _ACCOUNTS:
        save_account(db, row)
    return len(_ACCOUNTS)


def _fill_archive(db: Database) -> int:
    rows = [
        clean_archive_set(
            ArchiveRow(
                title=title,
                kind=kind,
                taken_on=dt.date.fromisoformat(day) if day else None,
                event_title=event,
                folder_path=folder,
                drive_label=drive,
                cloud_link=cloud,
                item_count=count,
                size_bytes=size_mb * 1024 * 1024,
                responsible_name=who,
                notes=notes,
            )
        )
        for title, kind, day, event, folder, drive, cloud, count, size_mb, who, notes in _ARCHIVE
    ]
    year = clock.today().year
    for title, number, day, sheets, place, folder, who in _DOCUMENTS:
        taken = dt.date.fromisoformat(day.format(previous=year - 1))
        rows.append(
            clean_archive_set(
                ArchiveRow(
                    title=Bi(title.ky.format(year=year), title.ru.format(year=year)),
                    kind="document",
                    taken_on=taken,
                    drive_label=place,
                    folder_path=folder,
                    doc_number=number,
                    sheets=sheets,
                    responsible_name=who,
                )
            )
        )
    add_archive_sets(db, rows)
    return len(rows)


def fill_assets_demo(db: Database, _rng: random.Random) -> int:
    """Add the demo equipment, accounts and archive sets; return how many records."""
    return _fill_inventory(db) + _fill_accounts(db) + _fill_archive(db)


ASSETS_DEMO = DemoPart("equipment, accounts and archive", fill_assets_demo)
