"""Build a handover draft from the data as it is now: equipment, accounts, archives, contacts.

The act is in one language: every text comes in that language only, never the other one, and
each line keeps the records it names so that the texts missing in the act's language can be
listed (and filled in) before it is issued.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import func, select

from pressdesk import clock
from pressdesk.assets_vocab import KIND_VOCAB, format_size
from pressdesk.documents.locale import Lang, check_lang, format_date_short
from pressdesk.exchange.contacts_io import label_of
from pressdesk.services.archive.records import (
    ArchiveFilter,
    ArchiveRow,
    Carrier,
    list_archive,
    resolve_carriers,
)
from pressdesk.services.contacts.lists import list_lists
from pressdesk.services.handover.assets import account_sections, equipment_sections
from pressdesk.services.handover.document import printed_sections
from pressdesk.services.handover.draft import DraftLine, DraftSection, HandoverDraft, Party
from pressdesk.services.handover.labels import (
    Direction,
    check_direction,
    counted,
    joined,
    way,
    word,
)
from pressdesk.services.handover.names import same_person
from pressdesk.services.handover.plan import plan_section
from pressdesk.services.preflight import Ref
from pressdesk.services.profile import OrgProfile, get_profile
from pressdesk.services.staff import StaffRow, list_staff
from pressdesk.storage.contacts_models import Outlet, Person
from pressdesk.storage.engine import Database

DEFAULT_PLAN_DAYS = 30
# Rows left empty to fill in by hand where nothing was entered (documents, duties, remarks).
BLANK_ROWS = 3
_ARCHIVE_KINDS = ("photo", "video", "audio")


def _date(value: dt.date | None) -> str:
    return format_date_short(value) if value else ""


def _general(lang: Lang, direction: Direction) -> DraftSection:
    return DraftSection(
        "general", word("section.general", lang), word(f"purpose.{direction}", lang), "clauses"
    )


def _carrier_text(label: str, carriers: dict[str, Carrier]) -> str:
    carrier = carriers.get(label)
    if carrier is None:
        return label
    if carrier.inventory_number.casefold() == label.casefold():
        return carrier.inventory_number
    return f"{carrier.inventory_number} ({label})"


def archive_location(
    row: ArchiveRow, lang: Lang, carriers: dict[str, Carrier] | None = None
) -> str:
    """Return where an archive set is kept: the carrier by its inventory number (or the drive
    label, the place of a paper original, in ``lang``), folder, link."""
    label = row.drive_label.get(lang)
    drive = _carrier_text(label, carriers or {}) if label else ""
    return "; ".join(part for part in (drive, row.folder_path, row.cloud_link) if part)


def _archive_ref(row: ArchiveRow) -> Ref:
    return Ref("archive", row.id or 0, ("title", "drive_label"))


def _labels(rows: Iterable[ArchiveRow], lang: Lang) -> list[str]:
    return [r.drive_label.get(lang) for r in rows]


def _volume(row: ArchiveRow, lang: Lang) -> str:
    if row.sheets is not None:
        return counted("plural.sheets", row.sheets, lang)
    if row.item_count is not None:
        return counted("plural.files", row.item_count, lang)
    return ""


def _documents(db: Database, lang: Lang, direction: Direction) -> DraftSection:
    rows = list_archive(
        db, ArchiveFilter(kind="document"), order="taken_on", descending=False, lang=lang
    ).rows
    carriers = resolve_carriers(db, _labels(rows, lang))
    return DraftSection(
        "documents",
        word("section.documents", lang),
        word(f"documents.{way(direction)}", lang),
        "table",
        columns=[
            word(f"col.{key}", lang)
            for key in ("doc_title", "doc_number", "date", "volume", "location")
        ],
        lines=[
            DraftLine(
                [
                    r.title.get(lang),
                    r.doc_number,
                    _date(r.taken_on),
                    _volume(r, lang),
                    archive_location(r, lang, carriers),
                ],
                refs=[_archive_ref(r)],
            )
            for r in rows
        ],
        empty=word("empty", lang),
        blank_rows=BLANK_ROWS,
        blank_intro=word("documents.blank", lang),
    )


def archive_heading(kinds: Sequence[str], lang: Lang) -> str:
    """Return the archive section's heading naming the kinds it lists ("Фото- и видеоархивы")."""
    present = [k for k in _ARCHIVE_KINDS if k in kinds]
    if not present:
        return word("archive.any", lang)
    words = [word(f"archive.word.{k}", lang) for k in present]
    if lang == "ru":
        # "фото-, видео- и аудио" + "архивы": every part but the last takes a hyphen.
        words = [f"{w}-" for w in words[:-1]] + [words[-1]]
    text = word("archive.heading", lang).format(kinds=joined(words, lang))
    return text[:1].upper() + text[1:]


def _archive(db: Database, lang: Lang, direction: Direction) -> DraftSection:
    rows = [
        r
        for r in list_archive(db, order="taken_on", descending=False, lang=lang).rows
        if r.kind != "document"
    ]
    carriers = resolve_carriers(db, _labels(rows, lang))
    lines = [
        DraftLine(
            [
                "\n".join(
                    p for p in (r.title.get(lang), KIND_VOCAB.label(r.kind, lang).lower()) if p
                ),
                _date(r.taken_on),
                f"{r.item_count:,}".replace(",", "\u00a0") if r.item_count is not None else "",
                format_size(r.size_bytes, lang) if r.size_bytes is not None else "",
                _carrier_text(r.drive_label.get(lang), carriers) if r.drive_label.get(lang) else "",
                "\n".join(p for p in (r.folder_path, r.cloud_link) if p),
            ],
            refs=[_archive_ref(r)],
        )
        for r in rows
    ]
    return DraftSection(
        "archive",
        archive_heading(sorted({r.kind for r in rows}), lang),
        word(f"archive.{way(direction)}", lang),
        "table",
        columns=[
            word(f"col.{key}", lang)
            for key in ("title_kind", "date", "files", "size", "carrier", "folder")
        ],
        lines=lines,
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


def _free(key: str, lang: Lang, intro: str, blank_intro: str) -> DraftSection:
    return DraftSection(
        key,
        word(f"section.{key}", lang),
        intro,
        "bullets",
        [word("col.text", lang)],
        blank_rows=BLANK_ROWS,
        blank_intro=blank_intro,
    )


def parse_member(text: str) -> Party:
    """Return a commission member from "Name" or "Name, position" as typed."""
    name, _, title = text.partition(",")
    return Party(" ".join(name.split()), title.strip())


def staff_member(staff: Sequence[StaffRow], name: str) -> StaffRow | None:
    """Return the staff member ``name`` names, or None."""
    for member in staff:
        if name.strip() and same_person(member.full_name, name):
            return member
    return None


def staff_position(staff: Sequence[StaffRow], name: str, lang: Lang) -> str:
    """Return the post of the staff member ``name`` names in ``lang`` exactly ("" if none does
    or the post is not written in that language)."""
    member = staff_member(staff, name)
    return member.positions.get(lang) if member is not None else ""


def _party(staff: Sequence[StaffRow], party: Party, lang: Lang, fallback: str = "") -> Party:
    if party.title:
        return Party(party.name.strip(), party.title)
    member = staff_member(staff, party.name)
    if member is not None and not member.positions.empty:
        # The staff member's own post, even when it is not written in the act's language yet:
        # the check before issue asks for it rather than printing someone else's title.
        return Party(party.name.strip(), member.positions.get(lang))
    return Party(party.name.strip(), fallback)


def build_draft(
    db: Database,
    *,
    lang: str = "ky",
    direction: str = "dismissal",
    outgoing: str = "",
    incoming: str = "",
    number: str = "",
    on: dt.date | None = None,
    place: str | None = None,
    commission: Sequence[str] = (),
    chair: str = "",
    plan_days: int = DEFAULT_PLAN_DAYS,
    official_use: bool = False,
    today: dt.date | None = None,
) -> HandoverDraft:
    """Return a draft of the act from the database's current data; every line can be edited.

    ``commission`` members and the ``chair`` are given as "Name" or "Name, position"; a post
    not given is taken from the staff list. ``place`` defaults to the profile's place.
    """
    doc_lang = check_lang(lang)
    way_ = check_direction(direction)
    today = today or clock.today()
    profile = get_profile(db)
    staff = list_staff(db)
    position = profile.secretary_title(doc_lang)
    out_party = _party(staff, Party(outgoing), doc_lang, position if way_ != "hiring" else "")
    accounts, recovery, secrets, personal = account_sections(db, doc_lang, way_)
    sections = [
        _general(doc_lang, way_),
        _documents(db, doc_lang, way_),
        *equipment_sections(db, doc_lang, way_, custody_holder(out_party.name, profile), today),
        accounts,
        recovery,
        secrets,
        personal,
        _archive(db, doc_lang, way_),
        _contacts(db, doc_lang, way_),
        plan_section(db, doc_lang, today, plan_days),
        _free("duties", doc_lang, word("duties.intro", doc_lang), word("duties.blank", doc_lang)),
        _free(
            "remarks",
            doc_lang,
            word(f"remarks.{way(way_)}", doc_lang),
            word("remarks.blank", doc_lang),
        ),
    ]
    members = [parse_member(text) for text in commission if text.strip()]
    return HandoverDraft(
        lang=doc_lang,
        direction=way_,
        number=number,
        date=on or today,
        place=profile.place(doc_lang) if place is None else place,
        org_name=profile.name(doc_lang),
        position=position,
        outgoing=out_party,
        incoming=_party(staff, Party(incoming), doc_lang, position),
        commission=[_party(staff, m, doc_lang) for m in members],
        chair=_party(staff, parse_member(chair), doc_lang) if chair.strip() else Party(),
        head=Party(profile.head_name, profile.head_title(doc_lang)),
        sections=sections,
        plan_days=plan_days,
        official_use=official_use,
    )


def custody_holder(outgoing: str, profile: OrgProfile) -> str:
    """Return whose equipment the act hands over: the outgoing person's, else the press
    secretary's named in the profile (an act of hiring may have no outgoing person)."""
    return outgoing.strip() or profile.secretary_name


def regroup_equipment(draft: HandoverDraft, db: Database, *, today: dt.date | None = None) -> None:
    """Sort the equipment sections again for the draft's outgoing person (after a name change)."""
    holder = custody_holder(draft.outgoing.name, get_profile(db))
    fresh = equipment_sections(db, draft.lang, draft.direction, holder, today or clock.today())
    by_key = {section.key: section for section in fresh}
    draft.sections = [by_key.get(section.key, section) for section in draft.sections]


def complete_posts(draft: HandoverDraft, db: Database) -> None:
    """Give the chair and commission members without a post theirs from the staff list."""
    staff = list_staff(db)
    if draft.chair.name.strip():
        draft.chair = _party(staff, draft.chair, draft.lang)
    draft.commission = [_party(staff, member, draft.lang) for member in draft.commission]


def refresh_plan(draft: HandoverDraft, db: Database, *, today: dt.date | None = None) -> None:
    """Read the plan section again for the draft's horizon (after the number of days changed)."""
    fresh = plan_section(db, draft.lang, today or clock.today(), draft.plan_days)
    draft.sections = [fresh if s.key == "plan" else s for s in draft.sections]


def act_refs(db: Database, draft: HandoverDraft) -> list[Ref]:
    """Return the records whose texts the act prints: every equipment item, account, archive
    set and staff member its included lines name, and the staff members among its parties."""
    refs: list[Ref] = []
    for section in printed_sections(draft):
        for line in section.included():
            refs.extend(line.refs)
    staff = list_staff(db)
    parties = [draft.outgoing, draft.incoming, draft.chair, *draft.commission]
    for party in parties:
        member = staff_member(staff, party.name)
        if member is None or member.id is None:
            continue
        # A post typed by hand is the user's; one that is empty or from the staff list is
        # the staff member's text.
        if not party.title.strip() or party.title in (member.position_ky, member.position_ru):
            refs.append(Ref("staff", member.id, ("position",)))
    return list(dict.fromkeys(refs))


def refresh_texts(
    draft: HandoverDraft,
    db: Database,
    records: Iterable[tuple[str, int]],
    *,
    today: dt.date | None = None,
) -> None:
    """Read again the lines and posts that name ``records`` (section, id) after their texts
    were filled in; other lines stay as the user edited them, and each refreshed line keeps
    whether it is included and its note."""
    changed = set(records)
    if not changed:
        return
    fresh = build_draft(
        db,
        lang=draft.lang,
        direction=draft.direction,
        outgoing=draft.outgoing.name,
        incoming=draft.incoming.name,
        plan_days=draft.plan_days,
        today=today,
    )
    for section in draft.sections:
        try:
            new_lines = fresh.section(section.key).lines
        except KeyError:
            continue
        by_refs = {tuple(line.refs): line for line in new_lines if line.refs}
        for line in section.lines:
            if not any((ref.section, ref.record_id) in changed for ref in line.refs):
                continue
            new = by_refs.get(tuple(line.refs))
            if new is not None:
                line.cells, line.group = list(new.cells), new.group
    staff = {m.id: m for m in list_staff(db)}
    for party in [draft.outgoing, draft.incoming, draft.chair, *draft.commission]:
        member = staff_member(list(staff.values()), party.name)
        if member is None or ("staff", member.id or 0) not in changed:
            continue
        post = member.positions.get(draft.lang)
        if post and not party.title.strip():
            party.title = post


def _known_titles(db: Database, profile: OrgProfile) -> set[str]:
    titles = {
        profile.secretary_title_ky,
        profile.secretary_title_ru,
        profile.head_title_ky,
        profile.head_title_ru,
    }
    for member in list_staff(db):
        titles |= {member.position_ky, member.position_ru}
    return {t for t in titles if t}


def _retitled(old: Party, fresh: Party, known: set[str]) -> Party:
    # A post taken from the staff list or the profile follows the language; one typed by hand
    # is kept as typed.
    keep = old.title.strip() and old.title not in known
    return Party(old.name, old.title if keep else fresh.title)


def relabel(draft: HandoverDraft, db: Database, *, today: dt.date | None = None) -> HandoverDraft:
    """Return a fresh draft in ``draft``'s language and direction that keeps its parties."""
    profile = get_profile(db)
    fresh = build_draft(
        db,
        lang=draft.lang,
        direction=draft.direction,
        outgoing=draft.outgoing.name,
        incoming=draft.incoming.name,
        commission=[p.name for p in draft.commission],
        chair=draft.chair.name,
        on=draft.date,
        plan_days=draft.plan_days,
        official_use=draft.official_use,
        today=today,
    )
    known = _known_titles(db, profile)
    fresh.number = draft.number
    # A place taken from the profile follows the language; one typed by hand is kept.
    if draft.place.strip() and draft.place not in (profile.place_ky, profile.place_ru):
        fresh.place = draft.place
    fresh.outgoing = _retitled(draft.outgoing, fresh.outgoing, known)
    fresh.incoming = _retitled(draft.incoming, fresh.incoming, known)
    fresh.chair = _retitled(draft.chair, fresh.chair, known)
    fresh.commission = [
        _retitled(old, new, known)
        for old, new in zip(draft.commission, fresh.commission, strict=False)
    ]
    fresh.head = _retitled(draft.head, fresh.head, known)
    fresh.basis_number, fresh.basis_date = draft.basis_number, draft.basis_date
    fresh.secrets_annex = draft.secrets_annex
    fresh.id_card, fresh.media_export = draft.id_card, draft.media_export
    fresh.attachments = list(draft.attachments)
    for key in ("duties", "remarks"):
        fresh.section(key).lines = draft.section(key).lines
    fresh.replaces_id = draft.replaces_id
    fresh.replaces_number, fresh.replaces_date = draft.replaces_number, draft.replaces_date
    return fresh
