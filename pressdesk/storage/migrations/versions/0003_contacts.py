"""media contact base: outlets, people, lists, interaction log, full-text search

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 23:58:44.854552
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# The full-text index mirrors person.search_name and person.search_text (folded by the app);
# the triggers keep it in step with every write, whichever code path makes it.
FTS_STATEMENTS = (
    "CREATE VIRTUAL TABLE person_fts USING fts5(search_name, search_text, "
    "content='person', content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER person_fts_ai AFTER INSERT ON person BEGIN "
    "INSERT INTO person_fts(rowid, search_name, search_text) "
    "VALUES (new.id, new.search_name, new.search_text); END",
    "CREATE TRIGGER person_fts_ad AFTER DELETE ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_name, search_text) "
    "VALUES ('delete', old.id, old.search_name, old.search_text); END",
    "CREATE TRIGGER person_fts_au AFTER UPDATE OF search_name, search_text ON person BEGIN "
    "INSERT INTO person_fts(person_fts, rowid, search_name, search_text) "
    "VALUES ('delete', old.id, old.search_name, old.search_text); "
    "INSERT INTO person_fts(rowid, search_name, search_text) "
    "VALUES (new.id, new.search_name, new.search_text); END",
)
FTS_DROP = (
    "DROP TRIGGER IF EXISTS person_fts_au",
    "DROP TRIGGER IF EXISTS person_fts_ad",
    "DROP TRIGGER IF EXISTS person_fts_ai",
    "DROP TABLE IF EXISTS person_fts",
)


def _is_sqlite() -> bool:
    return bool(op.get_bind().dialect.name == "sqlite")


def upgrade() -> None:
    op.create_table(
        "contact_list",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("filter_json", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint("kind IN ('static', 'filter')", name=op.f("ck_contact_list_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_list")),
        sa.UniqueConstraint("name", name=op.f("uq_contact_list_name")),
    )
    op.create_table(
        "outlet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("platforms", sa.String(length=200), nullable=False),
        sa.Column("scale", sa.String(length=20), nullable=False),
        sa.Column("region", sa.String(length=20), nullable=False),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("ownership", sa.String(length=20), nullable=False),
        sa.Column("formats", sa.String(length=200), nullable=False),
        sa.Column("circulation", sa.Integer(), nullable=True),
        sa.Column("periodicity", sa.String(length=100), nullable=False),
        sa.Column("audience", sa.Integer(), nullable=True),
        sa.Column("audience_note", sa.String(length=500), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("social_links", sa.Text(), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("first_wave", sa.Boolean(), nullable=False),
        sa.Column("exclusive_partner", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("name_sort", sa.String(length=700), nullable=False),
        sa.Column("name_folded", sa.String(length=300), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint(
            "kind IN ('tv', 'radio', 'print', 'online', 'news_agency', 'blog', 'foreign', 'other')",
            name=op.f("ck_outlet_kind"),
        ),
        sa.CheckConstraint("ownership IN ('state', 'private')", name=op.f("ck_outlet_ownership")),
        sa.CheckConstraint(
            "region IN ('', 'bishkek', 'osh_city', 'chuy', 'issyk_kul', 'naryn', 'talas', 'jalal_abad', 'osh', 'batken', 'abroad')",
            name=op.f("ck_outlet_region"),
        ),
        sa.CheckConstraint("scale IN ('national', 'regional')", name=op.f("ck_outlet_scale")),
        sa.CheckConstraint("audience IS NULL OR audience >= 0", name=op.f("ck_outlet_audience")),
        sa.CheckConstraint(
            "circulation IS NULL OR circulation >= 0", name=op.f("ck_outlet_circulation")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlet")),
    )
    with op.batch_alter_table("outlet", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outlet_kind"), ["kind"], unique=False)
        batch_op.create_index(batch_op.f("ix_outlet_name_sort"), ["name_sort"], unique=False)

    op.create_table(
        "topic",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("name_folded", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_topic")),
        sa.UniqueConstraint("name_folded", name=op.f("uq_topic_name_folded")),
    )
    op.create_table(
        "contact_list_outlet",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["contact_list.id"],
            name=op.f("fk_contact_list_outlet_list_id_contact_list"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"],
            ["outlet.id"],
            name=op.f("fk_contact_list_outlet_outlet_id_outlet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("list_id", "outlet_id", name=op.f("pk_contact_list_outlet")),
    )
    with op.batch_alter_table("contact_list_outlet", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_list_outlet_outlet_id"), ["outlet_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("full_name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("outlet_since", sa.Date(), nullable=True),
        sa.Column("languages", sa.String(length=100), nullable=False),
        sa.Column("preferred_channel", sa.String(length=20), nullable=False),
        sa.Column("birthday", sa.Date(), nullable=True),
        sa.Column("source", sa.String(length=300), nullable=False),
        sa.Column("last_verified", sa.Date(), nullable=True),
        sa.Column("last_contacted", sa.Date(), nullable=True),
        sa.Column("do_not_contact", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("name_sort", sa.String(length=700), nullable=False),
        sa.Column("search_name", sa.String(length=300), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("invalid_values", sa.Integer(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint(
            "kind IN ('journalist', 'editor', 'camera_operator', 'photographer', 'blogger', 'influencer', 'expert', 'press_service', 'mission_abroad', 'public_org', 'other')",
            name=op.f("ck_person_kind"),
        ),
        sa.CheckConstraint(
            "preferred_channel IN ('', 'phone', 'email', 'telegram', 'whatsapp', 'viber', 'sms', 'meeting', 'event', 'other')",
            name=op.f("ck_person_preferred_channel"),
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"],
            ["outlet.id"],
            name=op.f("fk_person_outlet_id_outlet"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_kind"), ["kind"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_person_last_contacted"), ["last_contacted"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_person_last_verified"), ["last_verified"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_name_sort"), ["name_sort"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_outlet_id"), ["outlet_id"], unique=False)

    op.create_table(
        "contact_list_person",
        sa.Column("list_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["contact_list.id"],
            name=op.f("fk_contact_list_person_list_id_contact_list"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_contact_list_person_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("list_id", "person_id", name=op.f("pk_contact_list_person")),
    )
    with op.batch_alter_table("contact_list_person", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_contact_list_person_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "interaction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("happened_on", sa.Date(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column(
            "created_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(), server_default=sa.func.current_timestamp(), nullable=False
        ),
        sa.CheckConstraint(
            "channel IN ('phone', 'email', 'telegram', 'whatsapp', 'viber', 'sms', 'meeting', 'event', 'other')",
            name=op.f("ck_interaction_channel"),
        ),
        sa.CheckConstraint(
            "person_id IS NOT NULL OR outlet_id IS NOT NULL", name=op.f("ck_interaction_subject")
        ),
        sa.ForeignKeyConstraint(
            ["outlet_id"],
            ["outlet.id"],
            name=op.f("fk_interaction_outlet_id_outlet"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_interaction_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction")),
    )
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_interaction_happened_on"), ["happened_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_interaction_outlet_id"), ["outlet_id"], unique=False)
        batch_op.create_index(
            "ix_interaction_person_day", ["person_id", "happened_on"], unique=False
        )

    op.create_table(
        "outlet_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("outlet_id", sa.Integer(), nullable=True),
        sa.Column("outlet_name", sa.String(length=300), nullable=False),
        sa.Column("position", sa.String(length=300), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["outlet_id"],
            ["outlet.id"],
            name=op.f("fk_outlet_history_outlet_id_outlet"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_outlet_history_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outlet_history")),
    )
    with op.batch_alter_table("outlet_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_outlet_history_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "person_email",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("normalized", sa.String(length=320), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_email_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_email")),
    )
    with op.batch_alter_table("person_email", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_email_normalized"), ["normalized"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_person_email_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_messenger",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=20), nullable=False),
        sa.Column("handle", sa.String(length=200), nullable=False),
        sa.CheckConstraint(
            "service IN ('telegram', 'whatsapp', 'viber', 'signal', 'other')",
            name=op.f("ck_person_messenger_service"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_messenger_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_messenger")),
    )
    with op.batch_alter_table("person_messenger", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_person_messenger_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "person_phone",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("raw", sa.String(length=100), nullable=False),
        sa.Column("e164", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('mobile', 'work', 'home', 'fax', 'other')", name=op.f("ck_person_phone_kind")
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_phone_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_phone")),
    )
    with op.batch_alter_table("person_phone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_phone_e164"), ["e164"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_phone_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_topic",
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("topic_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_person_topic_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["topic_id"],
            ["topic.id"],
            name=op.f("fk_person_topic_topic_id_topic"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("person_id", "topic_id", name=op.f("pk_person_topic")),
    )
    with op.batch_alter_table("person_topic", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_topic_topic_id"), ["topic_id"], unique=False)

    if _is_sqlite():
        for statement in FTS_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if _is_sqlite():
        for statement in FTS_DROP:
            op.execute(statement)
    with op.batch_alter_table("person_topic", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_topic_topic_id"))

    op.drop_table("person_topic")
    with op.batch_alter_table("person_phone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_phone_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_phone_e164"))

    op.drop_table("person_phone")
    with op.batch_alter_table("person_messenger", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_messenger_person_id"))

    op.drop_table("person_messenger")
    with op.batch_alter_table("person_email", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_email_person_id"))
        batch_op.drop_index(batch_op.f("ix_person_email_normalized"))

    op.drop_table("person_email")
    with op.batch_alter_table("outlet_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outlet_history_person_id"))

    op.drop_table("outlet_history")
    with op.batch_alter_table("interaction", schema=None) as batch_op:
        batch_op.drop_index("ix_interaction_person_day")
        batch_op.drop_index(batch_op.f("ix_interaction_outlet_id"))
        batch_op.drop_index(batch_op.f("ix_interaction_happened_on"))

    op.drop_table("interaction")
    with op.batch_alter_table("contact_list_person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_list_person_person_id"))

    op.drop_table("contact_list_person")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_outlet_id"))
        batch_op.drop_index(batch_op.f("ix_person_name_sort"))
        batch_op.drop_index(batch_op.f("ix_person_last_verified"))
        batch_op.drop_index(batch_op.f("ix_person_last_contacted"))
        batch_op.drop_index(batch_op.f("ix_person_kind"))

    op.drop_table("person")
    with op.batch_alter_table("contact_list_outlet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_list_outlet_outlet_id"))

    op.drop_table("contact_list_outlet")
    op.drop_table("topic")
    with op.batch_alter_table("outlet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outlet_name_sort"))
        batch_op.drop_index(batch_op.f("ix_outlet_kind"))

    op.drop_table("outlet")
    op.drop_table("contact_list")
