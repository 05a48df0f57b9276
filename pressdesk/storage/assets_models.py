"""Typed ORM models of the equipment inventory, the accounts register and the archive index."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    func,
)
from sqlalchemy.orm import Mapped, composite, mapped_column, relationship

from pressdesk.bilingual import Bi
from pressdesk.storage.models import Base, StaffMember, TimestampMixin, stored_now

EQUIPMENT_CATEGORIES = (
    "computer",
    "laptop",
    "phone",
    "photo_camera",
    "video_camera",
    "microphone",
    "lapel_microphone",
    "audio_recorder",
    "lighting",
    "tripod",
    "printer",
    "projector",
    "display",
    "editing_station",
    "storage_drive",
    "network",
    "press_vest",
    "software_licence",
    "subscription",
    "other",
)
CONDITIONS = ("new", "good", "needs_repair", "broken", "written_off")
ACCOUNT_SERVICES = (
    "website_cms",
    "facebook",
    "instagram",
    "telegram",
    "youtube",
    "tiktok",
    "x",
    "email",
    "domain_hosting",
    "other",
)
OWNER_TYPES = ("official", "personal")
ARCHIVE_KINDS = ("photo", "video", "audio", "document", "mixed")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class EquipmentItem(TimestampMixin, Base):
    """One piece of equipment, licence or subscription of the press service."""

    __tablename__ = "equipment_item"
    __table_args__ = (
        CheckConstraint(_in("category", EQUIPMENT_CATEGORIES), name="category"),
        CheckConstraint(_in("condition", CONDITIONS), name="condition"),
        CheckConstraint("cost IS NULL OR cost >= 0", name="cost"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Raised by one on every change, so a save made from an older copy is refused: two
    #: people working on the same item on a shared server cannot overwrite each other unseen.
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy
    name_ky: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    name: Mapped[Bi] = composite(Bi, "name_ky", "name_ru")
    category: Mapped[str] = mapped_column(String(40), index=True)
    inventory_number: Mapped[str] = mapped_column(String(100), unique=True)
    serial_number: Mapped[str] = mapped_column(String(200), default="")
    model: Mapped[str] = mapped_column(String(200), default="")
    purchase_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    cost: Mapped[Decimal | None] = mapped_column(Numeric(14, 2), nullable=True)
    funding_source: Mapped[str] = mapped_column(String(300), default="")
    condition: Mapped[str] = mapped_column(String(20), default="good", index=True)
    location_ky: Mapped[str] = mapped_column(String(300), default="")
    location_ru: Mapped[str] = mapped_column(String(300), default="")
    location: Mapped[Bi] = composite(Bi, "location_ky", "location_ru")
    custodian_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # Kept as text too: the custodian may not be on the staff list, and the name must outlive a
    # deleted staff record for the handover act.
    custodian_name: Mapped[str] = mapped_column(String(200), default="")
    notes_ky: Mapped[str] = mapped_column(Text, default="")
    notes_ru: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[Bi] = composite(Bi, "notes_ky", "notes_ru")
    photo_path: Mapped[str] = mapped_column(String(1000), default="")
    # Folded name, numbers, model, location, custodian and notes (both languages of each), for
    # search in any alphabet.
    search_text: Mapped[str] = mapped_column(Text, default="")

    custodian: Mapped[StaffMember | None] = relationship(lazy="joined")
    movements: Mapped[list["EquipmentMovement"]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="EquipmentMovement.id"
    )


class EquipmentMovement(Base):
    """A check-out to a person, a check-in, or another event in an item's history."""

    __tablename__ = "equipment_movement"
    __table_args__ = (
        CheckConstraint(
            _in("action", ("created", "check_out", "check_in", "condition", "edited", "audit")),
            name="action",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(
        ForeignKey("equipment_item.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(20))
    happened_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    staff_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    # The person's name is kept as text so history survives deleting the staff record.
    person_name: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False), default=stored_now, server_default=func.current_timestamp()
    )

    item: Mapped[EquipmentItem] = relationship(back_populates="movements")


class RecommendedEquipment(Base):
    """A line of the recommended minimum kit: a category and how many are needed."""

    __tablename__ = "recommended_equipment"
    __table_args__ = (
        CheckConstraint(_in("category", EQUIPMENT_CATEGORIES), name="category"),
        CheckConstraint("quantity >= 1", name="quantity"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    category: Mapped[str] = mapped_column(String(40), unique=True)
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(String(300), default="")


class Account(TimestampMixin, Base):
    """An official (or personal, used for work) account; its secrets live only in the keyring."""

    __tablename__ = "account"
    __table_args__ = (
        CheckConstraint(_in("service", ACCOUNT_SERVICES), name="service"),
        CheckConstraint(_in("owner_type", OWNER_TYPES), name="owner_type"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Names the keyring entries; random so that two databases on one computer never share them.
    secret_ref: Mapped[str] = mapped_column(String(36), unique=True)
    service: Mapped[str] = mapped_column(String(30), index=True)
    # The display name; the login, the address and the owner are proper names and stay single.
    name_ky: Mapped[str] = mapped_column(String(300), default="")
    name_ru: Mapped[str] = mapped_column(String(300), default="")
    name: Mapped[Bi] = composite(Bi, "name_ky", "name_ru")
    url: Mapped[str] = mapped_column(String(1000), default="")
    login: Mapped[str] = mapped_column(String(300))
    owner_type: Mapped[str] = mapped_column(String(20), default="official")
    owner_name: Mapped[str] = mapped_column(String(200), default="")
    access_holders: Mapped[str] = mapped_column(Text, default="")
    two_factor_method_ky: Mapped[str] = mapped_column(String(200), default="")
    two_factor_method_ru: Mapped[str] = mapped_column(String(200), default="")
    two_factor_method: Mapped[Bi] = composite(Bi, "two_factor_method_ky", "two_factor_method_ru")
    # Where the recovery codes are kept on paper («Сейф, 214-кабинет, №1 конверт»).
    recovery_location_ky: Mapped[str] = mapped_column(Text, default="")
    recovery_location_ru: Mapped[str] = mapped_column(Text, default="")
    recovery_location: Mapped[Bi] = composite(Bi, "recovery_location_ky", "recovery_location_ru")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Whether a password / recovery codes are in the keyring; never the secrets themselves.
    has_password: Mapped[bool] = mapped_column(Boolean, default=False)
    has_recovery_codes: Mapped[bool] = mapped_column(Boolean, default=False)
    secret_changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy


class ArchiveSet(TimestampMixin, Base):
    """A set of photos, videos, audio or documents and where it is stored."""

    __tablename__ = "archive_set"
    __table_args__ = (
        CheckConstraint(_in("kind", ARCHIVE_KINDS), name="kind"),
        CheckConstraint("item_count IS NULL OR item_count >= 0", name="item_count"),
        CheckConstraint("size_bytes IS NULL OR size_bytes >= 0", name="size_bytes"),
        CheckConstraint("sheets IS NULL OR sheets >= 0", name="sheets"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Raised by one on every change, so a save made from an older copy is refused: two
    #: people working on the same archive set on a shared server cannot overwrite each other unseen.
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy
    title_ky: Mapped[str] = mapped_column(String(500), default="")
    title_ru: Mapped[str] = mapped_column(String(500), default="")
    title: Mapped[Bi] = composite(Bi, "title_ky", "title_ru")
    kind: Mapped[str] = mapped_column(String(20), default="photo", index=True)
    taken_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    # Free text now; linked to an event record once events exist.
    event_title: Mapped[str] = mapped_column(String(500), default="")
    event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    folder_path: Mapped[str] = mapped_column(String(1000), default="")
    # The label of the drive or the place the set is kept («АРХИВ-2», «№2 шкаф»).
    drive_label_ky: Mapped[str] = mapped_column(String(200), default="")
    drive_label_ru: Mapped[str] = mapped_column(String(200), default="")
    drive_label: Mapped[Bi] = composite(Bi, "drive_label_ky", "drive_label_ru")
    cloud_link: Mapped[str] = mapped_column(String(1000), default="")
    item_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Video archives pass 2 GB: a 64-bit column on every database.
    size_bytes: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_member.id", ondelete="SET NULL"), nullable=True
    )
    responsible_name: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # A registered document (kind "document"): its number and how many sheets the paper
    # original has; empty for photo, video and audio sets.
    doc_number: Mapped[str] = mapped_column(String(100), default="")
    sheets: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Folded texts of the set (both languages of the title and the drive), for search.
    search_text: Mapped[str] = mapped_column(Text, default="")
