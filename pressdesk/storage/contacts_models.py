"""Typed ORM models of the media contact base: outlets, people, lists and the interaction log."""

import datetime as dt

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import Mapped, composite, mapped_column, relationship

from pressdesk.bilingual import Bi
from pressdesk.storage.models import Base, TimestampMixin

OUTLET_KINDS = (
    "tv",
    "radio",
    "print",
    "online",
    "news_agency",
    "blog",
    "foreign",
    "other",
)
PLATFORMS = ("tv", "radio", "print", "website", "social", "messenger", "video")
SCALES = ("national", "regional")
REGIONS = (
    "",
    "bishkek",
    "osh_city",
    "chuy",
    "issyk_kul",
    "naryn",
    "talas",
    "jalal_abad",
    "osh",
    "batken",
    "abroad",
)
LANGUAGES = ("ky", "ru", "uz", "en", "other")
OWNERSHIPS = ("state", "private")
COVERAGE_FORMATS = ("video", "audio", "print", "article", "live", "post")
PERSON_KINDS = (
    "journalist",
    "editor",
    "camera_operator",
    "photographer",
    "blogger",
    "influencer",
    "expert",
    "press_service",
    "mission_abroad",
    "public_org",
    "other",
)
CHANNELS = ("phone", "email", "telegram", "whatsapp", "viber", "sms", "meeting", "event", "other")
PHONE_KINDS = ("mobile", "work", "home", "fax", "other")
MESSENGERS = ("telegram", "whatsapp", "viber", "signal", "other")
LIST_KINDS = ("static", "filter")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Outlet(TimestampMixin, Base):
    """A media outlet (editorial office); its people come and go, the outlet stays."""

    __tablename__ = "outlet"
    __table_args__ = (
        CheckConstraint(_in("kind", OUTLET_KINDS), name="kind"),
        CheckConstraint(_in("scale", SCALES), name="scale"),
        CheckConstraint(_in("region", REGIONS), name="region"),
        CheckConstraint(_in("ownership", OWNERSHIPS), name="ownership"),
        CheckConstraint("circulation IS NULL OR circulation >= 0", name="circulation"),
        CheckConstraint("audience IS NULL OR audience >= 0", name="audience"),
        # One outlet per name, whatever its case or ё: two people adding the same outlet on a
        # shared server at once cannot make two of it.
        Index("ux_outlet_name_folded", "name_folded", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Raised by one on every change, so a save made from an older copy is refused: two
    #: people editing the same outlet on a shared server cannot overwrite each other unseen.
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), index=True)
    # Sets of codes are stored as ",a,b," so that a portable LIKE '%,a,%' filters on them.
    platforms: Mapped[str] = mapped_column(String(200), default="")
    scale: Mapped[str] = mapped_column(String(20), default="national")
    region: Mapped[str] = mapped_column(String(20), default="")
    languages: Mapped[str] = mapped_column(String(100), default="")
    ownership: Mapped[str] = mapped_column(String(20), default="private")
    formats: Mapped[str] = mapped_column(String(200), default="")
    circulation: Mapped[int | None] = mapped_column(Integer, nullable=True)
    periodicity: Mapped[str] = mapped_column(String(100), default="")
    audience: Mapped[int | None] = mapped_column(Integer, nullable=True)
    audience_note: Mapped[str] = mapped_column(String(500), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    social_links: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    first_wave: Mapped[bool] = mapped_column(Boolean, default=False)
    exclusive_partner: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Dictionary-order key (see textfold.sort_key) so SQL can sort Kyrgyz names correctly.
    name_sort: Mapped[str] = mapped_column(String(700), default="", index=True)
    name_folded: Mapped[str] = mapped_column(String(300), default="")


class Person(TimestampMixin, Base):
    """A journalist, editor, blogger or other contact; belongs to at most one outlet."""

    __tablename__ = "person"
    __table_args__ = (
        CheckConstraint(_in("kind", PERSON_KINDS), name="kind"),
        CheckConstraint(_in("preferred_channel", ("", *CHANNELS)), name="preferred_channel"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    #: Raised by one on every change, so a save made from an older copy is refused: two
    #: people editing the same person on a shared server cannot overwrite each other unseen.
    row_version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - read by SQLAlchemy
    full_name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(30), default="journalist", index=True)
    # The position («корреспондент», «башкы редактор») goes into documents in either language;
    # the name is a proper name and stays single.
    position_ky: Mapped[str] = mapped_column(String(300), default="")
    position_ru: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[Bi] = composite(Bi, "position_ky", "position_ru")
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlet.id", ondelete="SET NULL"), nullable=True, index=True
    )
    outlet_since: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    languages: Mapped[str] = mapped_column(String(100), default="")
    preferred_channel: Mapped[str] = mapped_column(String(20), default="")
    birthday: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    source: Mapped[str] = mapped_column(String(300), default="")
    last_verified: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    last_contacted: Mapped[dt.date | None] = mapped_column(Date, nullable=True, index=True)
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    name_sort: Mapped[str] = mapped_column(String(700), default="", index=True)
    # Folded text for search; the SQLite full-text index is kept in step by triggers.
    search_name: Mapped[str] = mapped_column(String(300), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Number of stored phones or e-mails that failed validation, for the "needs fixing" filter.
    invalid_values: Mapped[int] = mapped_column(Integer, default=0)
    # The UID of the card the person came from, so a re-import updates the person and an
    # export lets Apple or Google update their copy instead of adding it again.
    vcard_uid: Mapped[str] = mapped_column(String(300), default="", index=True)
    # The structured name of that card ("family;given;middle;prefix;suffix", vCard N).
    name_parts: Mapped[str] = mapped_column(String(600), default="")

    phones: Mapped[list["PersonPhone"]] = relationship(
        order_by="PersonPhone.position", cascade="all, delete-orphan", passive_deletes=True
    )
    emails: Mapped[list["PersonEmail"]] = relationship(
        order_by="PersonEmail.position", cascade="all, delete-orphan", passive_deletes=True
    )
    messengers: Mapped[list["PersonMessenger"]] = relationship(
        order_by="PersonMessenger.position", cascade="all, delete-orphan", passive_deletes=True
    )
    topics: Mapped[list["Topic"]] = relationship(secondary="person_topic", order_by="Topic.id")


class PersonPhone(Base):
    """A phone number of a person; ``e164`` is empty when the raw value could not be parsed."""

    __tablename__ = "person_phone"
    __table_args__ = (CheckConstraint(_in("kind", PHONE_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    raw: Mapped[str] = mapped_column(String(100))
    e164: Mapped[str] = mapped_column(String(20), default="", index=True)
    kind: Mapped[str] = mapped_column(String(10), default="mobile")
    valid: Mapped[bool] = mapped_column(Boolean, default=True)


class PersonEmail(Base):
    """An e-mail address of a person; ``normalized`` is lower-cased for matching."""

    __tablename__ = "person_email"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    address: Mapped[str] = mapped_column(String(320))
    normalized: Mapped[str] = mapped_column(String(320), default="", index=True)
    valid: Mapped[bool] = mapped_column(Boolean, default=True)


class PersonMessenger(Base):
    """A messenger handle of a person (Telegram, WhatsApp, …)."""

    __tablename__ = "person_messenger"
    __table_args__ = (CheckConstraint(_in("service", MESSENGERS), name="service"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    service: Mapped[str] = mapped_column(String(20))
    handle: Mapped[str] = mapped_column(String(200))


class Topic(Base):
    """A beat of the shared topic vocabulary, named in Kyrgyz and in Russian.

    ``name_folded`` (both names folded, see ``bilingual.pair_key``) keeps two topics from
    carrying the same pair of names; the topic service also keeps any one name, in either
    language, from belonging to two topics.
    """

    __tablename__ = "topic"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name_ky: Mapped[str] = mapped_column(String(100), default="")
    name_ru: Mapped[str] = mapped_column(String(100), default="")
    name: Mapped[Bi] = composite(Bi, "name_ky", "name_ru")
    name_folded: Mapped[str] = mapped_column(String(100), unique=True)


person_topic = Table(
    "person_topic",
    Base.metadata,
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True),
    Column("topic_id", ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class OutletHistory(Base):
    """A past place of work: a person left ``outlet_name`` on ``ended_on``."""

    __tablename__ = "outlet_history"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlet.id", ondelete="SET NULL"), nullable=True
    )
    # The name is kept so the line stays readable after the outlet is deleted.
    outlet_name: Mapped[str] = mapped_column(String(300))
    position_ky: Mapped[str] = mapped_column(String(300), default="")
    position_ru: Mapped[str] = mapped_column(String(300), default="")
    position: Mapped[Bi] = composite(Bi, "position_ky", "position_ru")
    started_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[dt.date] = mapped_column(Date)


class ContactList(TimestampMixin, Base):
    """A distribution list: static members (people, whole outlets) or a saved filter."""

    __tablename__ = "contact_list"
    __table_args__ = (CheckConstraint(_in("kind", LIST_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    kind: Mapped[str] = mapped_column(String(10), default="static")
    filter_json: Mapped[str] = mapped_column(Text, default="")


contact_list_person = Table(
    "contact_list_person",
    Base.metadata,
    Column("list_id", ForeignKey("contact_list.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("person.id", ondelete="CASCADE"), primary_key=True, index=True),
)

contact_list_outlet = Table(
    "contact_list_outlet",
    Base.metadata,
    Column("list_id", ForeignKey("contact_list.id", ondelete="CASCADE"), primary_key=True),
    Column("outlet_id", ForeignKey("outlet.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Interaction(TimestampMixin, Base):
    """One entry of the interaction log, about a person, an outlet or both."""

    __tablename__ = "interaction"
    __table_args__ = (
        CheckConstraint(_in("channel", CHANNELS), name="channel"),
        CheckConstraint("person_id IS NOT NULL OR outlet_id IS NOT NULL", name="subject"),
        Index("ix_interaction_person_day", "person_id", "happened_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("person.id", ondelete="CASCADE"), nullable=True
    )
    outlet_id: Mapped[int | None] = mapped_column(
        ForeignKey("outlet.id", ondelete="CASCADE"), nullable=True, index=True
    )
    happened_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(20), default="phone")
    subject: Mapped[str] = mapped_column(String(500), default="")
    note: Mapped[str] = mapped_column(Text, default="")
