"""Sample documents shared by the DOCX and PDF export checks."""

from __future__ import annotations

import datetime

from pressdesk.documents import (
    Approval,
    BulletList,
    Clause,
    Column,
    Document,
    KeyValue,
    Paragraph,
    Section,
    Signature,
    Table,
)

# Kyrgyz ң ө ү and Kazakh ә і ғ қ ұ һ with their capitals.
LETTERS = "ңөүәіғқұһ ҢӨҮӘІҒҚҰҺ"
ORG = "Кыргыз Республикасынын Маданият, маалымат жана жаштар саясаты министрлиги"
TITLE = "ИШТЕРДИ КАБЫЛ АЛУУ-ӨТКӨРҮП БЕРҮҮ АКТЫСЫ"
GENERATED_AT = datetime.datetime(2026, 11, 21, 9, 30, tzinfo=datetime.UTC)
MARKUP = "<b>Сүрөт & видео</b>"
COLUMNS_2000 = ("Аты-жөнү", "Басылма", "Телефон")


def kyrgyz_act(**changes: object) -> Document:
    """Return an act-like Kyrgyz document that uses every block type."""
    fields: dict[str, object] = {
        "lang": "ky",
        "title": TITLE,
        "number": "7",
        "subtitle": "Басма сөз катчысы",
        "org_name": ORG,
        "place": "Бишкек ш.",
        "date": datetime.date(2026, 11, 21),
        "approval": Approval("Министрдин орун басары", "Асанов Бакыт", None),
        "official_use": True,
        "author": "Басма сөз кызматы",
        "subject": "Иштерди өткөрүп берүү",
        "generated_at": GENERATED_AT,
        "blocks": [
            Section(
                "Жалпы жоболор",
                [
                    Clause("Бул акт иштерди өткөрүп берүүнү тариздейт."),
                    Clause(f"Тамгалар: {LETTERS}"),
                ],
            ),
            Section(
                "Өткөрүлүп берилүүчү документтер",
                [
                    Clause("Төмөнкүлөр өткөрүлүп берилет:"),
                    BulletList(["медиа байланыштардын тизмеси", "контент-план", "журналдар;"]),
                    KeyValue(
                        [("Өткөрүп берген", "Токтогулова Айгүл"), ("Кабыл алган", "Үсөнов Өмүр")]
                    ),
                    Paragraph("Эскертүү: баары толук.", italic=True, align="justify"),
                ],
            ),
            Section(
                "Жабдуулар",
                [
                    Table(
                        [
                            Column("Аталышы", 3),
                            Column("Инв. №", 1.2, "center"),
                            Column("Саны", 0.8, "right"),
                        ],
                        [["Ноутбук Lenovo", "INV-0001", "1"], [MARKUP, "INV-0002", "2"]],
                        caption="Жабдуулардын тизмеси",
                        numbered=True,
                    ),
                    Clause("Жабдуулар толук абалда."),
                ],
            ),
        ],
        "signatures": [
            Signature("Өткөрүп берди", "Токтогулова А."),
            Signature("Кабыл алды", "Үсөнов Ө."),
            Signature("Персоналды башкаруу кызматы", "Жумабаева Г.", date_line=False),
        ],
    }
    fields.update(changes)
    return Document(**fields)  # type: ignore[arg-type]


def long_table(rows: int = 2000, **changes: object) -> Document:
    """Return a Kyrgyz document whose single numbered table has ``rows`` rows."""
    body = [
        [f"Журналист Өмүрбеков {i}", f"«Кабар» агенттиги {i}", f"+996 555 {i:06d}"]
        for i in range(1, rows + 1)
    ]
    fields: dict[str, object] = {
        "lang": "ky",
        "title": "Аккредитацияланган журналисттер",
        "org_name": ORG,
        "generated_at": GENERATED_AT,
        "blocks": [Table([Column(title, 2) for title in COLUMNS_2000], body, numbered=True)],
    }
    fields.update(changes)
    return Document(**fields)  # type: ignore[arg-type]
