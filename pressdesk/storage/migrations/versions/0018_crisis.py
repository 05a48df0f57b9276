"""crisis kit: scenarios, working group, contacts, holding statements, the crisis checklist

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 06:08:09.644897
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


# Event kinds before and after this revision: a crisis becomes a kind of event of its own.
OLD_KINDS = (
    "press_conference",
    "briefing",
    "presentation",
    "interview",
    "press_tea",
    "press_tour",
    "round_table",
    "business_trip",
    "live_broadcast",
    "media_training",
    "reception_day",
    "internal",
    "other",
)
NEW_KINDS = (*OLD_KINDS[:11], "crisis", *OLD_KINDS[11:])

# The checklist a crisis starts with: the template of the "crisis" kind, first hour and first
# day on the day it begins, the follow-up counted from its last day. (phase, days, ky, ru)
CRISIS_TEMPLATE = (
    "Кризистик кырдаал: биринчи саат жана биринчи күн",
    "Кризисная ситуация: первый час и первые сутки",
)
CRISIS_STEPS: list[tuple[str, int, str, str]] = [
    (
        "during",
        0,
        "Биринчи саат: жетекчиге кабарлоо жана кризис боюнча жумушчу топту чакыруу",
        "Первый час: доложить руководителю и созвать рабочую группу по кризису",
    ),
    (
        "during",
        0,
        "Биринчи саат: фактыларды чогултуу жана текшерүү (эмне болду, кайда, качан, ким жабыркады)",
        "Первый час: собрать и проверить факты (что произошло, где, когда, кто пострадал)",
    ),
    (
        "during",
        0,
        "Биринчи саат: шашылыш кабарлоо тизмесиндеги адамдарга кабар берүү",
        "Первый час: оповестить всех по списку экстренного оповещения",
    ),
    (
        "during",
        0,
        "Биринчи саат: сценарий боюнча алдын ала даярдалган билдирүүнү тандап, жетекчи менен "
        "макулдашуу",
        "Первый час: выбрать заготовленное заявление по сценарию и согласовать его с руководителем",
    ),
    (
        "during",
        0,
        "Биринчи саат: алгачкы билдирүүнү расмий сайтка жана социалдык тармактарга жарыялоо",
        "Первый час: опубликовать первое заявление на официальном сайте и в социальных сетях",
    ),
    (
        "during",
        0,
        "Биринчи саат: расмий спикерди дайындоо жана ЖМКга кимге кайрылуу керектигин билдирүү",
        "Первый час: назначить официального спикера и сообщить СМИ, к кому обращаться",
    ),
    (
        "during",
        0,
        "Биринчи күн: ЖМКга жана социалдык тармактарга мониторинг жүргүзүү, жарыялоолорду каттоо",
        "Первые сутки: вести мониторинг СМИ и социальных сетей, учитывать публикации",
    ),
    (
        "during",
        0,
        "Биринчи күн: журналисттердин суроо-талаптарын каттоо жана белгиленген мөөнөттө жооп берүү",
        "Первые сутки: регистрировать запросы журналистов и отвечать в установленные сроки",
    ),
    (
        "during",
        0,
        "Биринчи күн: текшерилген маалыматтар менен пресс-релиз даярдап, жетекчи менен макулдашуу",
        "Первые сутки: подготовить пресс-релиз с проверенными данными и согласовать его с "
        "руководителем",
    ),
    (
        "during",
        0,
        "Биринчи күн: зарыл болсо, ЖМК үчүн брифинг өткөрүү",
        "Первые сутки: при необходимости провести брифинг для СМИ",
    ),
    (
        "during",
        0,
        "Биринчи күн: органдын кызматкерлерин расмий позиция жана ЖМК менен баарлашуу тартиби "
        "тууралуу маалымдоо",
        "Первые сутки: довести до сотрудников органа официальную позицию и порядок общения со СМИ",
    ),
    (
        "during",
        0,
        "Биринчи күн: жаңы фактылар келип түшкөн сайын сайттагы маалыматты жаңылап туруу",
        "Первые сутки: обновлять сведения на сайте по мере поступления новых фактов",
    ),
    (
        "after",
        1,
        "Жарыяланган материалдардын жана аудиториянын пикирлеринин кыскача сереби",
        "Подготовить обзор публикаций и реакции аудитории",
    ),
    (
        "after",
        3,
        "ЖМКнын калган суроо-талаптарына жооп берүү, чындыкка дал келбеген маалыматтарды төгүндөө",
        "Ответить на оставшиеся запросы СМИ, опровергнуть недостоверные сведения",
    ),
    (
        "after",
        7,
        "Жумушчу топ менен жыйынтык чыгаруу жана кризиске каршы планга өзгөртүүлөрдү киргизүү",
        "Подвести итоги с рабочей группой и внести изменения в антикризисный план",
    ),
]

_template = sa.table(
    "checklist_template",
    sa.column("id", sa.Integer()),
    sa.column("kind", sa.String()),
    sa.column("name_ky", sa.String()),
    sa.column("name_ru", sa.String()),
    sa.column("follow_up_days", sa.Integer()),
)
_template_item = sa.table(
    "checklist_template_item",
    sa.column("template_id", sa.Integer()),
    sa.column("position", sa.Integer()),
    sa.column("phase", sa.String()),
    sa.column("offset_days", sa.Integer()),
    sa.column("text_ky", sa.String()),
    sa.column("text_ru", sa.String()),
    sa.column("responsible_id", sa.Integer()),
)


def _add_crisis_template() -> None:
    name_ky, name_ru = CRISIS_TEMPLATE
    op.bulk_insert(
        _template,
        [{"kind": "crisis", "name_ky": name_ky, "name_ru": name_ru, "follow_up_days": 30}],
    )
    # The id is read back rather than given, so that PostgreSQL's sequence stays in step.
    template_id = op.get_bind().scalar(
        sa.select(sa.func.max(_template.c.id)).where(_template.c.kind == "crisis")
    )
    op.bulk_insert(
        _template_item,
        [
            {
                "template_id": template_id,
                "position": position,
                "phase": phase,
                "offset_days": days,
                "text_ky": text_ky,
                "text_ru": text_ru,
                "responsible_id": None,
            }
            for position, (phase, days, text_ky, text_ru) in enumerate(CRISIS_STEPS)
        ],
    )


def _drop_crisis_template() -> None:
    ids = sa.select(_template.c.id).where(_template.c.kind == "crisis")
    op.execute(_template_item.delete().where(_template_item.c.template_id.in_(ids)))
    op.execute(_template.delete().where(_template.c.id.in_(ids)))
    # Crises recorded meanwhile stay as events of the "other" kind.
    event = sa.table("event", sa.column("kind", sa.String()))
    op.execute(event.update().where(event.c.kind == "crisis").values(kind="other"))


def _set_kinds(kinds: tuple[str, ...]) -> None:
    """Replace the kind check of events and templates.

    SQLite cannot alter a constraint, so batch mode copies each table once; the upgrade runs
    without foreign-key enforcement, so dropping the old copy takes no task or list with it.
    Other databases alter the constraint in place.
    """
    allowed = f"kind IN ({', '.join(repr(k) for k in kinds)})"
    for table in ("event", "checklist_template"):
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_constraint(op.f(f"ck_{table}_kind"), type_="check")
            batch_op.create_check_constraint(op.f(f"ck_{table}_kind"), allowed)


def upgrade() -> None:
    # ### commands auto generated by Alembic - please adjust! ###
    op.create_table(
        "crisis_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role_ky", sa.String(length=300), nullable=False),
        sa.Column("role_ru", sa.String(length=300), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.CheckConstraint("full_name <> ''", name=op.f("ck_crisis_contact_name")),
        sa.CheckConstraint("phone <> ''", name=op.f("ck_crisis_contact_phone")),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_crisis_contact_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_member.id"],
            name=op.f("fk_crisis_contact_staff_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_contact")),
    )
    op.create_table(
        "crisis_group_member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("duty_ky", sa.String(length=500), nullable=False),
        sa.Column("duty_ru", sa.String(length=500), nullable=False),
        sa.CheckConstraint(
            "role IN ('head', 'press', 'lawyer', 'unit')", name=op.f("ck_crisis_group_member_role")
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_member.id"],
            name=op.f("fk_crisis_group_member_staff_id_staff_member"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_group_member")),
        sa.UniqueConstraint("staff_id", name=op.f("uq_crisis_group_member_staff_id")),
    )
    op.create_table(
        "crisis_scenario",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name_ky", sa.String(length=300), nullable=False),
        sa.Column("name_ru", sa.String(length=300), nullable=False),
        sa.Column("description_ky", sa.Text(), nullable=False),
        sa.Column("description_ru", sa.Text(), nullable=False),
        sa.Column("decides_id", sa.Integer(), nullable=True),
        sa.Column("speaker_id", sa.Integer(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint("name_ky <> '' OR name_ru <> ''", name=op.f("ck_crisis_scenario_name")),
        sa.ForeignKeyConstraint(
            ["decides_id"],
            ["staff_member.id"],
            name=op.f("fk_crisis_scenario_decides_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["speaker_id"],
            ["staff_member.id"],
            name=op.f("fk_crisis_scenario_speaker_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_scenario")),
    )
    op.create_table(
        "holding_statement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scenario_id", sa.Integer(), nullable=False),
        sa.Column("title_ky", sa.String(length=500), nullable=False),
        sa.Column("title_ru", sa.String(length=500), nullable=False),
        sa.Column("text_ky", sa.Text(), nullable=False),
        sa.Column("text_ru", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("approved_by", sa.String(length=200), nullable=False),
        sa.Column("approved_by_id", sa.Integer(), nullable=True),
        sa.Column("approved_at", sa.DateTime(), nullable=True),
        sa.Column(
            "created_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(),
            server_default=sa.text("(CURRENT_TIMESTAMP)"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "status IN ('draft', 'sent', 'returned', 'approved')",
            name=op.f("ck_holding_statement_status"),
        ),
        sa.ForeignKeyConstraint(
            ["approved_by_id"],
            ["staff_member.id"],
            name=op.f("fk_holding_statement_approved_by_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["scenario_id"],
            ["crisis_scenario.id"],
            name=op.f("fk_holding_statement_scenario_id_crisis_scenario"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holding_statement")),
    )
    with op.batch_alter_table("holding_statement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_holding_statement_scenario_id"), ["scenario_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_holding_statement_status"), ["status"], unique=False)

    op.create_table(
        "holding_statement_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("statement_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("old_value", sa.String(length=10), nullable=False),
        sa.Column("new_value", sa.String(length=10), nullable=False),
        sa.Column("by_name", sa.String(length=200), nullable=False),
        sa.Column("by_id", sa.Integer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["by_id"],
            ["staff_member.id"],
            name=op.f("fk_holding_statement_history_by_id_staff_member"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["statement_id"],
            ["holding_statement.id"],
            name=op.f("fk_holding_statement_history_statement_id_holding_statement"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holding_statement_history")),
    )
    with op.batch_alter_table("holding_statement_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_holding_statement_history_statement_id"), ["statement_id"], unique=False
        )

    # ### end Alembic commands ###
    _set_kinds(NEW_KINDS)
    _add_crisis_template()


def downgrade() -> None:
    _drop_crisis_template()
    _set_kinds(OLD_KINDS)
    # ### commands auto generated by Alembic - please adjust! ###
    with op.batch_alter_table("holding_statement_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holding_statement_history_statement_id"))

    op.drop_table("holding_statement_history")
    with op.batch_alter_table("holding_statement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_holding_statement_status"))
        batch_op.drop_index(batch_op.f("ix_holding_statement_scenario_id"))

    op.drop_table("holding_statement")
    op.drop_table("crisis_scenario")
    op.drop_table("crisis_group_member")
    op.drop_table("crisis_contact")
    # ### end Alembic commands ###
