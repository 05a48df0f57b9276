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
from pressdesk.services.accounts import AccountRow, save_account
from pressdesk.services.archive import ArchiveRow, add_archive_sets, clean_archive_set
from pressdesk.services.demo import DemoPart
from pressdesk.services.inventory import ItemRow, find_item, save_item
from pressdesk.services.inventory_history import check_in, check_out, set_condition
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

# inventory number, name, category, model, condition, purchased, cost, funding, place, custodian,
# notes
# fmt: off
_ITEMS: list[tuple[str, str, str, str, str, str, int | None, str, str, str, str]] = [
    ("ИН-0001", "Басма сөз катчысынын жумушчу компьютери", "computer", "Dell OptiPlex 3070", "good",
     "2019-03-12", 58000, BUDGET, "214-кабинет", SECRETARY, ""),
    ("ИН-0002", "Монитор 24 дюйм", "display", "Samsung S24R350", "good", "2019-03-12", 14500,
     BUDGET, "214-кабинет", SECRETARY, ""),
    ("ИН-0003", "Компьютер переводчика", "computer", "HP ProDesk 400 G6", "needs_repair",
     "2018-11-20", 52000, BUDGET, "214-кабинет", TRANSLATOR,
     "Шумит вентилятор блока питания"),
    ("ИН-0004", "Ноутбук", "laptop", "Lenovo ThinkPad E14", "good", "2021-07-05", 72500,
     GRANT, "214-кабинет", SECRETARY, "Иш сапарлары үчүн"),
    ("ИН-0005", "Ноутбук", "laptop", "Acer Aspire 5", "broken", "2017-02-14", 41000,
     BUDGET, "Склад", SECRETARY,
     "Разбит экран, ремонт нецелесообразен"),
    ("ИН-0006", "Жумушчу смартфон", "phone", "Samsung Galaxy A54", "good", "2023-09-01", 32900,
     BUDGET, "Басма сөз катчысында", SECRETARY,
     "Сүрөт жана видео тартуу үчүн да колдонулат"),
    ("ИН-0007", "Мобильный телефон", "phone", "Xiaomi Redmi Note 9", "written_off", "2020-06-10",
     15800, BUDGET, "Склад", SECRETARY,
     "Списан актом от 12.01.2024"),
    ("ИН-0008", "Фотоаппарат", "photo_camera", "Canon EOS 250D Kit 18-55", "good", "2020-10-02",
     61000, GRANT, "214-кабинет, сейф", SECRETARY, ""),
    ("ИН-0009", "Объектив 50 мм", "other", "Canon EF 50mm f/1.8 STM", "good", "2021-04-16", 16000,
     GRANT, "214-кабинет, сейф", SECRETARY, ""),
    ("ИН-0010", "Видеокамера", "video_camera", "Panasonic HC-V770", "good", "2016-05-23", 64000,
     BUDGET, "214-кабинет, сейф", SECRETARY,
     "Жалгыз видеокамера"),
    ("ИН-0011", "Микрофон для пресс-конференций", "microphone", "Shure SM58", "good", "2019-08-30",
     12500, BUDGET, "Пресс-борбор", SECRETARY, ""),
    ("ИН-0012", "Накамерный микрофон", "microphone", "Rode VideoMicro", "needs_repair",
     "2020-10-02", 7200, GRANT, "214-кабинет", SECRETARY,
     "Отходит контакт кабеля"),
    ("ИН-0013", "Диктофон", "audio_recorder", "Sony ICD-UX570", "good", "2021-02-11", 9800,
     BUDGET, "214-кабинет", SECRETARY, ""),
    ("ИН-0014", "Штатив", "tripod", "Manfrotto Compact Action", "good", "2020-10-02", 6900,
     GRANT, "214-кабинет", SECRETARY, ""),
    ("ИН-0015", "Смартфон үчүн стабилизатор", "tripod", "DJI Osmo Mobile 6", "new", "2024-03-18",
     13900, BUDGET, "214-кабинет", SECRETARY, ""),
    ("ИН-0016", "Светодиодный осветитель", "lighting", "Godox SL60W", "new", "2024-03-18", 18500,
     BUDGET, "Пресс-борбор", SECRETARY, ""),
    ("ИН-0017", "Көп функциялуу түзүлүш (МФУ)", "printer", "Canon i-SENSYS MF3010", "good",
     "2019-03-12", 19900, BUDGET, "214-кабинет", SECRETARY, ""),
    ("ИН-0018", "Принтер", "printer", "HP LaserJet P1102", "needs_repair", "2015-09-07", 11000,
     BUDGET, "Иш кагаздарын жүргүзүү бөлүмү", CLERK,
     "Мнет бумагу, нужен ролик захвата"),
    ("ИН-0019", "Проектор", "projector", "Epson EB-X06", "good", "2018-04-25", 38000,
     BUDGET, "Пресс-борбор", IT, ""),
    ("ИН-0020", "Телевизор-панель 55 дюйм", "display", "LG 55UQ75006LF", "good", "2022-12-20",
     45000, BUDGET, "Пресс-борбор", IT,
     "Видеоконференциялар үчүн"),
    ("ИН-0021", "Внешний диск «АРХИВ-1»", "storage_drive", "WD Elements 2 ТБ", "good", "2019-12-05",
     6200, BUDGET, "214-кабинет, сейф", SECRETARY,
     "Фото- и видеоархив 2019–2023"),
    ("ИН-0022", "Сырткы диск «АРХИВ-2»", "storage_drive", "Seagate Expansion 4 ТБ", "new",
     "2024-01-22", 9400, BUDGET, "214-кабинет, сейф", SECRETARY,
     "Архив 2024 жана андан кийин"),
    ("ИН-0023", "Эс тутум картасы 128 ГБ", "storage_drive", "SanDisk Extreme", "good", "2022-05-14",
     2400, BUDGET, "214-кабинет", SECRETARY, ""),
    ("ИН-0024", "Wi-Fi роутер", "network", "TP-Link Archer C6", "good", "2021-09-09", 3900,
     BUDGET, "214-кабинет", IT, ""),
    ("ИН-0025", "USB-модем 4G", "network", "Huawei E3372", "good", "2022-02-01", 2900,
     BUDGET, "Басма сөз катчысында", SECRETARY,
     "Мобилдик интернет ай сайын төлөнөт"),
    ("ИН-0026", "«Пресса» жилети", "press_vest", "", "new", "2024-06-03", 2500,
     GRANT, "214-кабинет", SECRETARY, ""),
    ("ИН-0027", "Adobe Creative Cloud (1 колдонуучу, 1 жыл)", "software_licence", "", "good",
     "2025-02-01", 36000, GRANT, "Ноутбук ИН-0004",
     SECRETARY, "Мөөнөтү: 01.02.2026"),
    ("ИН-0028", "Microsoft Office 2021 Home and Business", "software_licence", "", "good",
     "2022-03-15", 24000, BUDGET, "Компьютер ИН-0001", SECRETARY,
     ""),
    ("ИН-0029", "Zoom Pro подписка", "subscription", "", "good", "2025-01-10", 19000,
     BUDGET, "Онлайн", SECRETARY, "Жылдык жазылуу"),
    ("ИН-0030", "Подписка на информационно-правовую базу", "subscription", "", "good", "2025-01-10",
     12000, BUDGET, "Онлайн", SECRETARY, ""),
    ("ИН-0031", "Үн күчөткүч колонка", "other", "Behringer Europort PPA500BT", "good", "2018-04-25",
     42000, BUDGET, "Пресс-борбор", IT,
     "Пресс-борбордун үн системасы"),
]
# fmt: on

# fmt: off
_ACCOUNTS: list[AccountRow] = [
    AccountRow("website_cms", "press-admin", "Расмий сайт (WordPress)",
               "https://agro.example.kg/wp-admin",
               access_holders="Жумабаева Айгүл Бекеновна; Исаков Эрлан Дөөлөтович",
               two_factor_method="Authenticator колдонмосу (жумушчу смартфон ИН-0006)",
               recovery_location="Сейф, 214-кабинет, конверт №1"),
    AccountRow("domain_hosting", "agro-ministry", "Домен agro.example.kg жана хостинг",
               "https://hosting.example.kg/client", access_holders=IT,
               two_factor_method="SMS на служебный номер", notes="Домен оплачен до 15.03.2027"),
    AccountRow("email", "press@agro.example.kg", "Басма сөз кызматынын почтасы",
               "https://mail.example.kg",
               access_holders="Жумабаева Айгүл Бекеновна; Петрова Елена Викторовна",
               two_factor_method="SMS", recovery_location="Сейф, 214-кабинет, конверт №2"),
    AccountRow("facebook", "press@agro.example.kg", "Айыл чарба министрлиги (баракча)",
               "https://facebook.example.org/agro.ministry.kg", access_holders=SECRETARY,
               two_factor_method="Authenticator колдонмосу",
               recovery_location="Сейф, 214-кабинет, конверт №3"),
    AccountRow("facebook", "a.jumabaeva@example.org", "Басма сөз катчысынын жеке аккаунту",
               "https://facebook.example.org/aigul.jumabaeva", owner_type="personal",
               owner_name=SECRETARY, access_holders=SECRETARY,
               notes="Баракчага мураскорду администратор кылып кошуу, андан кийин бул жеке "
               "аккаунтту администраторлордон чыгаруу"),
    AccountRow("instagram", "agro_kg", "Instagram баракчасы",
               "https://instagram.example.org/agro_kg", access_holders=SECRETARY,
               two_factor_method="SMS на служебный смартфон",
               recovery_location="Сейф, 214-кабинет, конверт №3"),
    AccountRow("telegram", "+996 555 123 456", "Telegram-канал «Агро жаңылыктар»",
               "https://t.example.org/agro_news_kg",
               access_holders="Жумабаева Айгүл Бекеновна; Петрова Елена Викторовна",
               two_factor_method="Облачный пароль Telegram"),
    AccountRow("youtube", "press@agro.example.kg", "YouTube-канал министрлиги",
               "https://youtube.example.org/@agro-kg", access_holders=SECRETARY,
               two_factor_method="Через почтовый аккаунт Google"),
    AccountRow("tiktok", "agro.kg.official", "TikTok", "https://tiktok.example.org/@agro.kg",
               owner_type="personal", owner_name=SECRETARY, access_holders=SECRETARY,
               recovery_location="Сейф, 214-кабинет, конверт №4",
               notes="Зарегистрирован на личный номер — перевести на служебный номер и почту "
               "министерства"),
    AccountRow("x", "agro_kg", "X (Twitter)", "https://x.example.org/agro_kg",
               access_holders=SECRETARY, notes="Иш жүзүндө колдонулбайт"),
    AccountRow("other", "press@agro.example.kg", "Zoom Pro", "https://zoom.example.org",
               access_holders="Жумабаева Айгүл Бекеновна; Исаков Эрлан Дөөлөтович",
               notes="Жазылуу ИН-0029"),
]
# fmt: on

# title, kind, date, event, folder, drive, cloud, count, size in MB, responsible, notes
# fmt: off
_ARCHIVE: list[tuple[str, str, str, str, str, str, str, int, int, str, str]] = [
    ("Пресс-конференция по итогам посевной кампании", "photo", "2024-05-28",
     "Пресс-конференция министра", "D:\\Архив\\2024\\2024-05-28_пресс-конференция", "АРХИВ-2", "",
     214, 1850, SECRETARY, ""),
    ("Пресс-конференция по итогам посевной кампании (видео)", "video", "2024-05-28",
     "Пресс-конференция министра", "D:\\Архив\\2024\\2024-05-28_пресс-конференция\\video",
     "АРХИВ-2", "https://drive.example.org/agro/2024-05-28", 6, 14200, SECRETARY,
     "Толук жазуу жана 2 мүнөттүк сюжет"),
    ("Министрдин Ысык-Көл облусуна иш сапары", "photo", "2024-07-11", "Иш сапары, Ысык-Көл облусу",
     "D:\\Архив\\2024\\2024-07-11_Ысык-Көл", "АРХИВ-2", "", 356, 3120, SECRETARY,
     ""),
    ("Министрдин Ысык-Көл облусуна иш сапары: маектер", "audio", "2024-07-11",
     "Иш сапары, Ысык-Көл облусу", "D:\\Архив\\2024\\2024-07-11_Ысык-Көл\\audio", "АРХИВ-2", "", 12,
     640, TRANSLATOR, "Фермерлер менен маектер"),
    ("Айыл чарба көргөзмөсү «Агро-2024»", "photo", "2024-09-19", "Көргөзмө «Агро-2024»",
     "D:\\Архив\\2024\\2024-09-19_Агро-2024", "АРХИВ-2", "https://drive.example.org/agro/agro-2024",
     498, 4410, SECRETARY, ""),
    ("Айыл чарба көргөзмөсү «Агро-2024»: видеосюжет", "video", "2024-09-19", "Көргөзмө «Агро-2024»",
     "D:\\Архив\\2024\\2024-09-19_Агро-2024\\video", "АРХИВ-2", "", 3, 5200,
     SECRETARY, ""),
    ("Брифинг о подготовке к осенне-зимнему периоду", "video", "2024-10-08", "Брифинг",
     "D:\\Архив\\2024\\2024-10-08_брифинг", "АРХИВ-2", "", 2, 2900, SECRETARY,
     ""),
    ("Тегерек стол: суу ресурстарын үнөмдөө", "photo", "2024-11-14", "Тегерек стол",
     "D:\\Архив\\2024\\2024-11-14_тегерек_стол", "АРХИВ-2", "", 87, 690, TRANSLATOR,
     ""),
    ("Итоговая коллегия министерства за 2024 год", "mixed", "2025-01-24", "Коллегия",
     "D:\\Архив\\2025\\2025-01-24_коллегия", "АРХИВ-2",
     "https://drive.example.org/agro/collegium-2024", 265, 9800, SECRETARY,
     "Сүрөттөр, видео, баяндама жана презентация"),
    ("Пресс-чай с журналистами аграрной тематики", "photo", "2025-02-20", "Пресс-чай",
     "D:\\Архив\\2025\\2025-02-20_пресс-чай", "АРХИВ-2", "", 64, 520, SECRETARY,
     ""),
    ("Нооруз майрамы: министрликтин жамааты", "photo", "2025-03-20", "Нооруз",
     "D:\\Архив\\2025\\2025-03-20_Нооруз", "АРХИВ-2", "", 143, 1200, TRANSLATOR,
     ""),
    ("Фермерлер менен жолугушуу, Чүй облусу", "video", "2025-04-16", "Жолугушуу, Чүй облусу",
     "D:\\Архив\\2025\\2025-04-16_Чүй", "АРХИВ-2", "", 5, 7300, SECRETARY, ""),
    ("Интервью министра республиканскому телеканалу", "video", "2025-05-06", "Интервью",
     "D:\\Архив\\2025\\2025-05-06_интервью", "АРХИВ-2",
     "https://drive.example.org/agro/interview-2025-05", 1, 3400, SECRETARY,
     "Эфирдик версия, 28 мүнөт"),
    ("Пресс-релиздер, 2024-жыл", "document", "2024-12-31", "", "D:\\Архив\\2024\\Пресс-релиздер",
     "АРХИВ-2", "https://drive.example.org/agro/releases-2024", 118, 46,
     SECRETARY, "DOCX жана PDF"),
    ("Медиа-пландар жана отчеттор, 2024-жыл", "document", "2024-12-31", "",
     "D:\\Архив\\2024\\Пландар", "АРХИВ-2", "", 36, 28, SECRETARY, ""),
    ("Фотоархив 2019–2023 (эски ноутбуктан көчүрүлгөн)", "photo", "2023-12-29", "", "E:\\Фото",
     "АРХИВ-1", "", 8420, 61300, SECRETARY,
     "Иш-чаралар боюнча толук эмес иреттелген"),
    ("Видеоархив 2019–2023", "video", "2023-12-29", "", "E:\\Видео", "АРХИВ-1", "", 212, 388000,
     SECRETARY, "Папкалар жылдар боюнча"),
    ("Радио маектердин жазуулары 2022–2024", "audio", "2024-06-30", "", "D:\\Архив\\Аудио",
     "АРХИВ-2", "", 41, 2100, TRANSLATOR, ""),
    ("Дүйнөлүк азык-түлүк күнү: акция", "photo", "2025-10-16", "Акция",
     "D:\\Архив\\2025\\2025-10-16", "АРХИВ-2", "", 120, 980, SECRETARY, ""),
    ("Соцтармактар үчүн кыска видеолор, 2025", "video", "", "", "D:\\Архив\\2025\\Reels", "",
     "https://drive.example.org/agro/reels-2025", 54, 2600, SECRETARY,
     "Күнү ар кандай; телефондон тартылган"),
]
# fmt: on


# Registered documents of the press service, kept on paper: title, number, date (months
# before today, so the media plan is always this year's), sheets, where kept, responsible.
# fmt: off
_DOCUMENTS: list[tuple[str, str, str, int, str, str]] = [
    ("Министрликтин басма сөз кызматы жөнүндө жобо (министрдин буйругу менен бекитилген)",
     "112", "2024-01-15", 9, "214-кабинет, №2 шкаф, «Ченемдик документтер» папкасы", SECRETARY),
    ("Басма сөз катчысынын кызматтык нускамасы", "04-КН/17", "2024-02-01", 5,
     "Персоналды башкаруу кызматы, өздүк иш; көчүрмөсү 214-кабинет, №2 шкаф", SECRETARY),
    ("ЖМК өкүлдөрүн аккредитациялоо тартиби", "78", "2024-06-10", 6,
     "214-кабинет, №2 шкаф, «Ченемдик документтер» папкасы", SECRETARY),
    ("Айыл чарба министрлигинин {year}-жылга медиа-планы", "01-14/312", "{previous}-12-26", 14,
     "214-кабинет, №2 шкаф, «Пландар» папкасы; электрондук көчүрмөсү D:\\Архив\\Пландар",
     SECRETARY),
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
    for title, number, day, sheets, place, who in _DOCUMENTS:
        taken = dt.date.fromisoformat(day.format(previous=year - 1))
        rows.append(
            clean_archive_set(
                ArchiveRow(
                    title=title.format(year=year),
                    kind="document",
                    taken_on=taken,
                    folder_path=place,
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
