"""Build a handover draft from the data as it is now: equipment, accounts, archives, contacts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, select

from pressdesk import clock
from pressdesk.assets_vocab import CONDITION_VOCAB, KIND_VOCAB, OWNER_VOCAB, SERVICE_VOCAB
from pressdesk.documents.builders_events import kind_label
from pressdesk.documents.locale import Lang, check_lang, format_date_short
from pressdesk.exchange.contacts_io import label_of
from pressdesk.services.accounts import AccountRow, list_accounts
from pressdesk.services.archive import ArchiveRow, list_archive
from pressdesk.services.contacts_lists import list_lists
from pressdesk.services.events import list_events
from pressdesk.services.handover_draft import DraftLine, DraftSection, HandoverDraft, Party
from pressdesk.services.handover_labels import Direction, check_direction, way, word
from pressdesk.services.inventory import ItemFilter, list_items
from pressdesk.services.plan_items import list_items as list_plan_items
from pressdesk.services.plan_labels import status_label
from pressdesk.services.plan_workflow import flagged_items
from pressdesk.services.profile import get_profile
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.engine import Database
from pressdesk.storage.events_models import Event, EventTask
from pressdesk.textfold import sort_key

DEFAULT_DOCUMENTS = (
    "doc.regulation",
    "doc.job",
    "doc.plans",
    "doc.media_plans",
    "doc.reports",
    "doc.releases",
    "doc.media_rules",
    "doc.strategy",
)
# Open plan items and events are looked for this far ahead (a quarter, as plans are made).
HORIZON_DAYS = 92
_CLOSED_STATUSES = frozenset(("published", "cancelled"))


def _date(value: dt.date | None) -> str:
    return format_date_short(value) if value else ""


def _general(lang: Lang, direction: Direction) -> DraftSection:
    return DraftSection(
        "general", word("section.general", lang), word(f"purpose.{direction}", lang), "clauses"
    )


def _documents(lang: Lang, direction: Direction) -> DraftSection:
    return DraftSection(
        "documents",
        word("section.documents", lang),
        word(f"documents.{way(direction)}", lang),
        "bullets",
        columns=[word("col.text", lang)],
        lines=[DraftLine([word(key, lang)]) for key in DEFAULT_DOCUMENTS],
        closing=[word(f"id_card.{direction}", lang)],
        empty=word("empty", lang),
    )


def _equipment(db: Database, lang: Lang, direction: Direction) -> DraftSection:
    items = list_items(db, ItemFilter(include_written_off=False), order="inventory_number").rows
    lines = [
        DraftLine(
            [
                ", ".join(part for part in (item.name, item.model) if part),
                item.inventory_number,
                item.serial_number,
                CONDITION_VOCAB.label(item.condition, lang),
                item.custodian_name,
            ]
        )
        for item in items
    ]
    return DraftSection(
        "equipment",
        word("section.equipment", lang),
        word(f"equipment.{way(direction)}", lang),
        "table",
        columns=[
            word(f"col.{key}", lang)
            for key in ("name", "inventory", "serial", "condition", "custodian")
        ],
        lines=lines,
        empty=word("empty", lang),
    )


def _account_cells(account: AccountRow, lang: Lang) -> list[str]:
    # Only what the register shows about an account; the secret store is never read here.
    return [
        account.name or SERVICE_VOCAB.label(account.service, lang),
        account.url,
        account.login,
        OWNER_VOCAB.label(account.owner_type, lang)
        + (f" ({account.owner_name})" if account.owner_name else ""),
        account.access_holders,
        account.two_factor_method,
        account.recovery_location,
    ]


def _accounts(
    db: Database, lang: Lang, direction: Direction
) -> tuple[DraftSection, list[DraftLine]]:
    accounts = list_accounts(db)
    section = DraftSection(
        "accounts",
        word("section.accounts", lang),
        word(f"accounts.{way(direction)}", lang),
        "table",
        columns=[
            word(f"col.{key}", lang)
            for key in ("service", "url", "login", "owner", "holders", "two_factor", "recovery")
        ],
        lines=[DraftLine(_account_cells(a, lang)) for a in accounts],
        closing=[word("accounts.no_passwords", lang)],
        empty=word("empty", lang),
    )
    annex: list[DraftLine] = []
    for account in accounts:
        what = [
            word(key, lang)
            for key, present in (
                ("annex.password", account.has_password),
                ("annex.codes", account.has_recovery_codes),
            )
            if present
        ]
        if what:
            service = account.name or SERVICE_VOCAB.label(account.service, lang)
            annex.append(DraftLine([service, account.login, ", ".join(what)]))
    return section, annex


def archive_location(row: ArchiveRow) -> str:
    """Return where an archive set is kept: folder, drive and cloud link, as given."""
    return "; ".join(part for part in (row.folder_path, row.drive_label, row.cloud_link) if part)


def _archive(db: Database, lang: Lang, direction: Direction) -> DraftSection:
    rows = list_archive(db, order="taken_on", descending=False).rows
    return DraftSection(
        "archive",
        word("section.archive", lang),
        word(f"archive.{way(direction)}", lang),
        "table",
        columns=[word(f"col.{key}", lang) for key in ("title", "kind", "date", "location")],
        lines=[
            DraftLine(
                [r.title, KIND_VOCAB.label(r.kind, lang), _date(r.taken_on), archive_location(r)]
            )
            for r in rows
        ],
        empty=word("empty", lang),
    )


def _counts(pairs: Sequence[tuple[str, int]]) -> str:
    return "; ".join(f"{name} – {count}" for name, count in pairs)


def _contacts(db: Database, lang: Lang, direction: Direction) -> DraftSection:
    with db.session() as session:
        people = session.scalar(select(func.count(Person.id))) or 0
        outlets = session.scalar(select(func.count(Outlet.id))) or 0
        by_kind = list(session.execute(select(Person.kind, func.count()).group_by(Person.kind)))
        by_outlet = list(session.execute(select(Outlet.kind, func.count()).group_by(Outlet.kind)))
    kinds = sorted(
        ((label_of("person_kind", k, lang), int(n)) for k, n in by_kind), key=lambda p: -p[1]
    )
    outlet_kinds = sorted(
        ((label_of("outlet_kind", k, lang), int(n)) for k, n in by_outlet), key=lambda p: -p[1]
    )
    lines = [
        DraftLine([word("contacts.people", lang), str(people)]),
        DraftLine([word("contacts.outlets", lang), str(outlets)]),
    ]
    if kinds:
        lines.append(DraftLine([word("contacts.by_kind", lang), _counts(kinds)]))
    if outlet_kinds:
        lines.append(DraftLine([word("contacts.by_outlet", lang), _counts(outlet_kinds)]))
    for row in list_lists(db):
        lines.append(
            DraftLine([f"{word('contacts.list', lang)} «{row.name}»", str(row.recipient_count)])
        )
    return DraftSection(
        "contacts",
        word("section.contacts", lang),
        word(f"contacts.{way(direction)}", lang),
        "pairs",
        columns=[word("col.item", lang), word("col.value", lang)],
        lines=lines,
        empty=word("empty", lang),
    )


def _plan(db: Database, lang: Lang, today: dt.date) -> DraftSection:
    end = today + dt.timedelta(days=HORIZON_DAYS)
    found: dict[tuple[int, dt.date], tuple[dt.date, str, str, str]] = {}
    for row in [*flagged_items(db, today=today), *list_plan_items(db, today, end, today=today)]:
        if row.status in _CLOSED_STATUSES:
            continue
        found[(row.id, row.date)] = (
            row.date,
            word("plan.item", lang),
            row.title,
            status_label(row.status, lang),
        )
    entries = list(found.values())
    for event in list_events(db, start=today, end=end, today=today):
        entries.append(
            (
                event.starts_at.date(),
                word("plan.event", lang),
                event.title,
                kind_label(event.kind, lang),
            )
        )
    with db.session() as session:
        tasks = session.execute(
            select(EventTask, Event.title)
            .join(Event, Event.id == EventTask.event_id)
            .where(EventTask.done_at.is_(None), EventTask.due_date < today)
        ).all()
        for task, event_title in tasks:
            text = (task.text_ky if lang == "ky" else task.text_ru) or task.text_ru or task.text_ky
            entries.append(
                (
                    task.due_date,
                    word("plan.task", lang),
                    f"{event_title}: {text}",
                    word("plan.overdue", lang),
                )
            )
    entries.sort(key=lambda e: (e[0], e[1], sort_key(e[2])))
    return DraftSection(
        "plan",
        word("section.plan", lang),
        word("plan.intro", lang),
        "table",
        columns=[word(f"col.{key}", lang) for key in ("date", "what", "title", "state")],
        lines=[DraftLine([_date(d), what, title, state]) for d, what, title, state in entries],
        empty=word("empty", lang),
    )


def _free(key: str, lang: Lang, intro: str, empty: str) -> DraftSection:
    return DraftSection(
        key, word(f"section.{key}", lang), intro, "bullets", [word("col.text", lang)], empty=empty
    )


def build_draft(
    db: Database,
    *,
    lang: str = "ky",
    direction: str = "dismissal",
    outgoing: str = "",
    incoming: str = "",
    number: str = "",
    on: dt.date | None = None,
    place: str = "",
    commission: Sequence[str] = (),
    today: dt.date | None = None,
) -> HandoverDraft:
    """Return a draft of the act from the database's current data; every line can be edited."""
    doc_lang = check_lang(lang)
    way_ = check_direction(direction)
    today = today or clock.today()
    profile = get_profile(db)
    accounts, annex = _accounts(db, doc_lang, way_)
    sections = [
        _general(doc_lang, way_),
        _documents(doc_lang, way_),
        _equipment(db, doc_lang, way_),
        accounts,
        _archive(db, doc_lang, way_),
        _contacts(db, doc_lang, way_),
        _plan(db, doc_lang, today),
        _free("duties", doc_lang, word("duties.intro", doc_lang), word("duties.none", doc_lang)),
        _free(
            "remarks",
            doc_lang,
            word(f"remarks.{way(way_)}", doc_lang),
            word("remarks.none", doc_lang),
        ),
    ]
    sections[-1].closing.append(word("copies", doc_lang))
    position = profile.secretary_title(doc_lang)
    return HandoverDraft(
        lang=doc_lang,
        direction=way_,
        number=number,
        date=on or today,
        place=place,
        org_name=profile.name(doc_lang),
        position=position,
        outgoing=Party(outgoing, position if way_ != "hiring" else ""),
        incoming=Party(incoming, position),
        commission=[Party(name) for name in commission if name.strip()],
        head=Party(profile.head_name, profile.head_title(doc_lang)),
        sections=sections,
        annex_lines=annex,
    )


def relabel(draft: HandoverDraft, db: Database, *, today: dt.date | None = None) -> HandoverDraft:
    """Return a fresh draft in ``draft``'s language and direction that keeps its parties."""
    fresh = build_draft(db, lang=draft.lang, direction=draft.direction, on=draft.date, today=today)
    fresh.number, fresh.place = draft.number, draft.place
    fresh.outgoing, fresh.incoming = draft.outgoing, draft.incoming
    fresh.commission, fresh.head = draft.commission, draft.head
    fresh.basis_number, fresh.basis_date = draft.basis_number, draft.basis_date
    fresh.secrets_annex = draft.secrets_annex
    fresh.replaces_id = draft.replaces_id
    fresh.replaces_number, fresh.replaces_date = draft.replaces_number, draft.replaces_date
    return fresh
