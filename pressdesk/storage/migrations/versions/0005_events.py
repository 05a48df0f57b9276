"""events: checklist templates, dated tasks, accreditation lists, links to the content plan

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 00:20:04.969812
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

FOLLOW_UP_DAYS = 30

# Checklist lines assembled from the MPI handbook on press services (seed 000, §4.2): key →
# (phase, Kyrgyz text, Russian text). The templates below pick lines and give them deadlines.
STEPS: dict[str, tuple[str, str, str]] = {
    "plan": (
        "before",
        "Иш-чараны медиа-планга киргизүү, убактысын жетекчи менен макулдашуу",
        "Включить мероприятие в медиаплан, согласовать время с руководителем",
    ),
    "protocol": (
        "before",
        "Иш-чара протоколдук (ЖМКга жабык) же ачык экенин аныктоо",
        "Определить, протокольное ли мероприятие (закрыто для СМИ) или открытое",
    ),
    "advisory": (
        "before",
        "Пресс-анонсту мамлекеттик жана жеке ЖМКга бирдей жөнөтүү",
        "Разослать пресс-анонс государственным и частным СМИ одинаково",
    ),
    "accreditation": (
        "before",
        "Журналисттерди аккредитациялоону баштоо, тизме түзүү",
        "Открыть аккредитацию журналистов, составить список",
    ),
    "first_wave": (
        "before",
        "Биринчи толкундагы жана эксклюзивдүү ЖМКны аныктоо",
        "Определить СМИ первой волны и эксклюзивных партнёров",
    ),
    "experts": (
        "before",
        "Эксперттерди жана блогерлерди чакыруу",
        "Пригласить экспертов и блогеров",
    ),
    "press_kit": ("before", "Пресс-пакетти даярдоо", "Подготовить пресс-кит"),
    "speech": (
        "before",
        "Сүйлөнө турган сөздү жана негизги билдирүүлөрдү даярдоо",
        "Подготовить выступление и ключевые сообщения",
    ),
    "questions": (
        "before",
        "Маектин суроолорун жана форматын редакция менен макулдашуу",
        "Согласовать вопросы и формат интервью с редакцией",
    ),
    "transport": (
        "before",
        "Транспортту, каттамды жана коопсуздукту уюштуруу",
        "Организовать транспорт, маршрут и безопасность",
    ),
    "programme": (
        "before",
        "Программаны жана таратма материалдарды даярдоо",
        "Подготовить программу и раздаточные материалы",
    ),
    "posters": (
        "before",
        "Калкка жарыя, афиша даярдоо жана илүү",
        "Подготовить и разместить объявления и афиши для населения",
    ),
    "internal_notice": (
        "before",
        "Ички таркатма аркылуу кызматкерлерге кабарлоо",
        "Оповестить сотрудников через внутреннюю рассылку",
    ),
    "audience_questions": (
        "before",
        "Аудиториянын суроолорун чогултуу",
        "Собрать вопросы аудитории",
    ),
    "social_teaser": (
        "before",
        "Социалдык тармактарда алдын ала анонс жарыялоо",
        "Опубликовать анонс в социальных сетях",
    ),
    "brief_head": (
        "before",
        "Жетекчиге маалымат берүү: билдирүүлөр, убакыт, кийим, жай",
        "Проинструктировать руководителя: сообщения, тайминг, одежда, площадка",
    ),
    "confirm": (
        "before",
        "Журналисттердин катышуусун тактоо",
        "Подтвердить участие журналистов",
    ),
    "equipment": (
        "before",
        "Жабдууларды текшерүү: камера, микрофон, «Пресса» жилети",
        "Проверить оборудование: камера, микрофон, жилет «Пресса»",
    ),
    "register": (
        "during",
        "Журналисттерди аккредитация тизмеси боюнча каттоо",
        "Зарегистрировать журналистов по списку аккредитации",
    ),
    "safety": (
        "during",
        "Коопсуздук эрежелерин сактоо, «Пресса» жилетин кийүү",
        "Соблюдать технику безопасности, надеть жилет «Пресса»",
    ),
    "photo_video": (
        "during",
        "Сүрөткө, видеого тартуу жана үн жазуу",
        "Фото- и видеосъёмка, аудиозапись",
    ),
    "live": (
        "during",
        "Социалдык тармактарда түз эфир жүргүзүү",
        "Вести прямой эфир в социальных сетях",
    ),
    "release": (
        "after",
        "Пресс-релизди, сүрөт жана видеону ЖМКга таратуу, сайтка жана соцтармактарга жарыялоо",
        "Разослать пресс-релиз, фото и видео в СМИ, опубликовать на сайте и в соцсетях",
    ),
    "interview_text": (
        "after",
        "Маектин текстин жарыялоого чейин макулдашуу",
        "Согласовать текст интервью до публикации",
    ),
    "interview_post": (
        "after",
        "Маекти сайтка жана соцтармактарга жайгаштыруу",
        "Разместить интервью на сайте и в соцсетях",
    ),
    "recording": (
        "after",
        "Эфирдин жазылышын сайтка жана соцтармактарга жарыялоо",
        "Опубликовать запись эфира на сайте и в соцсетях",
    ),
    "internal_news": (
        "after",
        "Ички порталга жаңылык жарыялоо",
        "Опубликовать новость на внутреннем портале",
    ),
    "follow_up": (
        "after",
        "Журналисттердин кошумча суроолоруна жооп берүү",
        "Ответить на дополнительные вопросы журналистов",
    ),
    "video_report": ("after", "Видеосюжет даярдоо", "Подготовить видеосюжет"),
    "feedback": (
        "after",
        "Катышуучулардан пикир чогултуу",
        "Собрать отзывы участников",
    ),
    "appeals": (
        "after",
        "Жарандардын кайрылууларынын жыйынтыгын чыгаруу",
        "Подвести итоги обращений граждан",
    ),
    "coverage": (
        "after",
        "Чагылдырууга мониторинг: жарыялар, аянтчалар, тоналдуулук — жыйынтык маалымкат",
        "Мониторинг освещения: публикации, площадки, тональность — итоговая справка",
    ),
    "archive": (
        "after",
        "Сүрөт жана видеону архивге өткөрүү",
        "Сдать фото и видео в архив",
    ),
    "lessons": (
        "after",
        "Жыйынтыктарды медиа-планга киргизүү",
        "Учесть выводы в медиаплане",
    ),
}

# Kind → (Kyrgyz name, Russian name, "step days, …"). Days count from the first day of the
# event for "before" and "during" lines and from its last day for "after" lines.
TEMPLATES: list[tuple[str, str, str, str]] = [
    (
        "press_conference",
        "Пресс-конференция",
        "Пресс-конференция",
        "plan -14, protocol -10, advisory -7, accreditation -7, first_wave -5, "
        "press_kit -3, speech -3, brief_head -1, confirm -1, social_teaser -1, "
        "equipment -1, register 0, photo_video 0, live 0, release +1, follow_up +2, "
        "video_report +2, coverage +3, archive +7, lessons +7",
    ),
    (
        "briefing",
        "Брифинг",
        "Брифинг",
        "plan -7, advisory -3, accreditation -3, speech -1, brief_head -1, confirm -1, "
        "equipment 0, register 0, photo_video 0, release +1, follow_up +1, coverage +3, "
        "archive +7",
    ),
    (
        "presentation",
        "Презентация",
        "Презентация",
        "plan -14, protocol -10, experts -10, advisory -7, accreditation -7, "
        "press_kit -3, speech -3, brief_head -1, confirm -1, equipment -1, register 0, "
        "photo_video 0, live 0, release +1, follow_up +2, video_report +2, coverage +3, "
        "archive +7, lessons +7",
    ),
    (
        "interview",
        "Маек",
        "Интервью",
        "plan -7, questions -3, speech -2, brief_head -1, equipment 0, photo_video 0, "
        "interview_text +2, interview_post +5, coverage +7, archive +7",
    ),
    (
        "press_tea",
        "Пресс-чай",
        "Пресс-чай",
        "plan -10, first_wave -7, advisory -5, speech -2, brief_head -1, confirm -1, "
        "photo_video 0, follow_up +1, coverage +3, archive +7, lessons +7",
    ),
    (
        "press_tour",
        "Пресс-тур",
        "Пресс-тур",
        "plan -21, protocol -14, advisory -10, accreditation -10, transport -5, "
        "press_kit -3, confirm -2, brief_head -1, equipment -1, register 0, safety 0, "
        "photo_video 0, live 0, release +1, follow_up +2, video_report +2, coverage +5, "
        "archive +7, lessons +14",
    ),
    (
        "round_table",
        "Тегерек стол",
        "Круглый стол",
        "plan -14, experts -10, advisory -7, accreditation -7, press_kit -3, speech -3, "
        "confirm -1, equipment -1, register 0, photo_video 0, release +1, follow_up +2, "
        "coverage +3, archive +7, lessons +7",
    ),
    (
        "business_trip",
        "Жетекчинин иш сапары",
        "Рабочая поездка руководителя",
        "plan -7, protocol -5, advisory -3, speech -2, brief_head -1, equipment -1, "
        "safety 0, photo_video 0, release +1, video_report +2, coverage +3, archive +7",
    ),
    (
        "live_broadcast",
        "Түз эфир",
        "Прямой эфир",
        "plan -7, social_teaser -3, audience_questions -2, brief_head -1, equipment -1, "
        "live 0, recording +1, follow_up +2, coverage +3, archive +7",
    ),
    (
        "media_training",
        "ЖМК үчүн тренинг",
        "Тренинг для СМИ",
        "plan -30, advisory -14, accreditation -10, programme -5, confirm -2, "
        "equipment -1, register 0, photo_video 0, release +1, feedback +3, archive +7, "
        "lessons +14",
    ),
    (
        "reception_day",
        "Кабыл алуу күнү",
        "День приёма граждан",
        "plan -14, posters -7, social_teaser -3, brief_head -1, photo_video 0, "
        "release +1, appeals +3, archive +7",
    ),
    (
        "internal",
        "Ички иш-чара",
        "Внутреннее мероприятие",
        "plan -7, internal_notice -3, equipment -1, photo_video 0, internal_news +1, archive +7",
    ),
    (
        "other",
        "Башка иш-чара",
        "Другое мероприятие",
        "plan -7, protocol -5, advisory -5, brief_head -1, equipment -1, photo_video 0, "
        "release +1, coverage +3, archive +7",
    ),
]


def _steps(spec: str) -> list[tuple[str, int]]:
    return [(step, int(days)) for step, days in (part.split() for part in spec.split(","))]


def upgrade() -> None:
    template = op.create_table(
        "checklist_template",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("name_ky", sa.String(length=300), nullable=False),
        sa.Column("name_ru", sa.String(length=300), nullable=False),
        sa.Column("follow_up_days", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint(
            "kind IN ('press_conference', 'briefing', 'presentation', 'interview', 'press_tea', 'press_tour', 'round_table', 'business_trip', 'live_broadcast', 'media_training', 'reception_day', 'internal', 'other')",
            name=op.f("ck_checklist_template_kind"),
        ),
        sa.CheckConstraint(
            "follow_up_days BETWEEN 0 AND 365", name=op.f("ck_checklist_template_follow_up")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template")),
    )
    with op.batch_alter_table("checklist_template", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checklist_template_kind"), ["kind"], unique=False)

    op.create_table(
        "event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("organisers", sa.Text(), nullable=False),
        sa.Column("speakers", sa.Text(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("key_messages", sa.Text(), nullable=False),
        sa.Column("protocol", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint(
            "kind IN ('press_conference', 'briefing', 'presentation', 'interview', 'press_tea', 'press_tour', 'round_table', 'business_trip', 'live_broadcast', 'media_training', 'reception_day', 'internal', 'other')",
            name=op.f("ck_event_kind"),
        ),
        sa.CheckConstraint("ends_at >= starts_at", name=op.f("ck_event_time_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_starts_at"), ["starts_at"], unique=False)

    template_item = op.create_table(
        "checklist_template_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=10), nullable=False),
        sa.Column("offset_days", sa.Integer(), nullable=False),
        sa.Column("text_ky", sa.String(length=500), nullable=False),
        sa.Column("text_ru", sa.String(length=500), nullable=False),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "phase IN ('before', 'during', 'after')", name=op.f("ck_checklist_template_item_phase")
        ),
        sa.CheckConstraint(
            "offset_days BETWEEN -365 AND 365", name=op.f("ck_checklist_template_item_offset")
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["staff_member.id"],
            name=op.f("fk_checklist_template_item_responsible_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["checklist_template.id"],
            name=op.f("fk_checklist_template_item_template_id_checklist_template"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checklist_template_item")),
    )
    with op.batch_alter_table("checklist_template_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_checklist_template_item_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "event_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("phase", sa.String(length=10), nullable=False),
        sa.Column("text_ky", sa.String(length=500), nullable=False),
        sa.Column("text_ru", sa.String(length=500), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("responsible_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint(
            "phase IN ('before', 'during', 'after')", name=op.f("ck_event_task_phase")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_task_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_id"],
            ["staff_member.id"],
            name=op.f("fk_event_task_responsible_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_task")),
    )
    with op.batch_alter_table("event_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_task_due_date"), ["due_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_event_task_event_id"), ["event_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_event_task_responsible_id"), ["responsible_id"], unique=False
        )

    op.create_table(
        "accreditation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("outlet_name", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint("full_name <> ''", name=op.f("ck_accreditation_name")),
        sa.CheckConstraint(
            "status IN ('requested', 'accredited', 'refused', 'attended')",
            name=op.f("ck_accreditation_status"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_accreditation_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_accreditation_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accreditation")),
    )
    with op.batch_alter_table("accreditation", schema=None) as batch_op:
        batch_op.create_index(
            "ix_accreditation_event_person", ["event_id", "person_id"], unique=True
        )
        batch_op.create_index(batch_op.f("ix_accreditation_person_id"), ["person_id"], unique=False)

    op.create_table(
        "event_plan_item",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("plan_item_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["event.id"],
            name=op.f("fk_event_plan_item_event_id_event"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["plan_item_id"],
            ["plan_item.id"],
            name=op.f("fk_event_plan_item_plan_item_id_plan_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", "plan_item_id", name=op.f("pk_event_plan_item")),
    )
    with op.batch_alter_table("event_plan_item", schema=None) as batch_op:
        batch_op.create_index("ix_event_plan_item_plan_item_id", ["plan_item_id"], unique=False)

    op.bulk_insert(
        template,
        [
            {
                "kind": kind,
                "name_ky": name_ky,
                "name_ru": name_ru,
                "follow_up_days": FOLLOW_UP_DAYS,
            }
            for kind, name_ky, name_ru, _spec in TEMPLATES
        ],
    )
    # Ids are read back rather than given, so that PostgreSQL's sequence stays in step.
    rows = op.get_bind().execute(sa.select(template.c.kind, template.c.id))
    ids: dict[str, int] = {str(row[0]): int(row[1]) for row in rows}
    op.bulk_insert(
        template_item,
        [
            {
                "template_id": ids[kind],
                "position": position,
                "phase": STEPS[step][0],
                "offset_days": days,
                "text_ky": STEPS[step][1],
                "text_ru": STEPS[step][2],
                "responsible_id": None,
            }
            for kind, _ky, _ru, spec in TEMPLATES
            for position, (step, days) in enumerate(_steps(spec))
        ],
    )


def downgrade() -> None:
    with op.batch_alter_table("event_plan_item", schema=None) as batch_op:
        batch_op.drop_index("ix_event_plan_item_plan_item_id")

    op.drop_table("event_plan_item")
    with op.batch_alter_table("accreditation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accreditation_person_id"))
        batch_op.drop_index("ix_accreditation_event_person")

    op.drop_table("accreditation")
    with op.batch_alter_table("event_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_task_responsible_id"))
        batch_op.drop_index(batch_op.f("ix_event_task_event_id"))
        batch_op.drop_index(batch_op.f("ix_event_task_due_date"))

    op.drop_table("event_task")
    with op.batch_alter_table("checklist_template_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_template_item_template_id"))

    op.drop_table("checklist_template_item")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_starts_at"))
        batch_op.drop_index(batch_op.f("ix_event_kind"))

    op.drop_table("event")
    with op.batch_alter_table("checklist_template", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checklist_template_kind"))

    op.drop_table("checklist_template")
