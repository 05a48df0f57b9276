"""Turn a handover draft into the printable act: numbered sections, parties, signatures."""

from __future__ import annotations

import datetime as dt
from itertools import groupby
from pathlib import Path

from pressdesk.assets_vocab import format_size
from pressdesk.documents.locale import Lang, format_date_of, order_reference
from pressdesk.documents.model import (
    Approval,
    Block,
    BulletList,
    Clause,
    Column,
    Document,
    KeyValue,
    Section,
    Signature,
    Table,
)
from pressdesk.services.handover.draft import (
    Annex,
    DraftLine,
    DraftSection,
    HandoverDraft,
    Party,
)
from pressdesk.services.handover.labels import counted, joined, word
from pressdesk.services.handover.names import initials_surname

# Relative column widths of the generated tables; a note column, when used, gets 1.2.
_WIDTHS: dict[str, tuple[float, ...]] = {
    "documents": (3.2, 1.2, 1.2, 1.0, 2.6),
    "equipment": (3.0, 1.3, 1.5, 1.5, 1.4),
    "equipment_out": (2.6, 1.2, 2.0, 1.2, 1.5, 1.4),
    "equipment_other": (3.0, 1.3, 1.5, 2.8),
    "accounts": (2.6, 1.6, 2.4, 1.4, 1.5),
    "recovery": (3.0, 3.0, 1.5),
    "secrets": (2.4, 2.0, 2.0, 1.6),
    "personal": (2.4, 1.6, 1.8, 2.4, 1.5),
    "archive": (2.8, 1.2, 0.9, 1.0, 1.4, 2.8),
    "plan": (1.6, 1.4, 3.4, 2.0),
}
_TOTALS = {
    "documents": "documents.total",
    "equipment": "equipment.total",
    "equipment_out": "equipment_out.total",
    "accounts": "accounts.total",
}
# Rows left to write in by hand are this tall, so a line of handwriting fits.
_HAND_ROW_MM = 9.0
_HAND_COLUMN_MM = 28.0


def _with_note(text: str, line: DraftLine) -> str:
    note = line.note.strip()
    return f"{text} ({note})" if note else text


def _parties(draft: HandoverDraft) -> list[list[str]]:
    lang = draft.lang
    incoming_key = "party.acting" if draft.direction == "temporary" else "party.incoming"
    rows = [
        (word("party.outgoing", lang), draft.outgoing),
        (word(incoming_key, lang), draft.incoming),
        (word("party.chair", lang), draft.chair),
    ]
    rows += [(word("party.commission", lang), member) for member in draft.commission]
    return [[label, p.name.strip(), p.title.strip()] for label, p in rows if p.name.strip()]


def _files_total(lines: list[DraftLine]) -> int:
    total = 0
    for line in lines:
        digits = "".join(ch for ch in line.cells[2] if ch.isdigit()) if len(line.cells) > 2 else ""
        total += int(digits) if digits else 0
    return total


def _total(section: DraftSection, lines: list[DraftLine], lang: Lang) -> list[Block]:
    if section.key == "archive":
        files = counted("plural.files", _files_total(lines), lang)
        return [Clause(word("archive.total", lang).format(n=len(lines), files=files))]
    key = _TOTALS.get(section.key)
    return [Clause(word(key, lang).format(n=len(lines)))] if key else []


# Columns dropped when every row leaves them empty: they report a state (where an item is
# now), unlike the columns left empty on purpose to be filled in by hand.
_OPTIONAL_COLUMNS = {"equipment_other": (3,)}


def _table(section: DraftSection, lines: list[DraftLine], lang: Lang) -> Table:
    titles = list(section.columns)
    rows = [[*line.cells, *([""] * len(titles))][: len(titles)] for line in lines]
    widths = list(_WIDTHS.get(section.key, ()))
    if len(widths) != len(titles):
        widths = [1.0 for _ in titles]
    for index in sorted(_OPTIONAL_COLUMNS.get(section.key, ()), reverse=True):
        if index < len(titles) and not any(row[index].strip() for row in rows):
            del titles[index], widths[index]
            rows = [row[:index] + row[index + 1 :] for row in rows]
    # A column no row fills is there to be filled in by hand: it keeps room for a signature.
    columns = [
        Column(
            title,
            width,
            min_width_mm=0.0 if any(row[index].strip() for row in rows) else _HAND_COLUMN_MM,
        )
        for index, (title, width) in enumerate(zip(titles, widths, strict=True))
    ]
    if any(line.note.strip() for line in lines):
        columns.append(Column(word("col.note", lang), 1.2))
        rows = [[*row, line.note.strip()] for row, line in zip(rows, lines, strict=True)]
    return Table(columns, rows, numbered=True)


def _hand_table(section: DraftSection, lang: Lang) -> Table:
    return Table(
        [Column(word("col.text", lang))],
        [[""] for _ in range(section.blank_rows)],
        numbered=True,
        min_row_height_mm=_HAND_ROW_MM,
    )


def _grouped(section: DraftSection, lines: list[DraftLine], lang: Lang) -> list[Block]:
    blocks: list[Block] = []
    for group, members in groupby(lines, key=lambda line: line.group):
        name = group.strip() or word("custodian.none", lang)
        blocks += [
            KeyValue([(word("custodian", lang), name)]),
            _table(section, list(members), lang),
        ]
    return blocks


def _lines(section: DraftSection, lang: Lang) -> list[Block]:
    """Return the section's opening clause and its lines in the section's layout."""
    lines = section.included()
    if not lines:
        if section.blank_rows:
            return [Clause(section.blank_intro or section.intro), _hand_table(section, lang)]
        return [Clause(section.empty)] if section.empty else []
    blocks: list[Block] = [Clause(section.intro.strip())] if section.intro.strip() else []
    if section.layout == "clauses":
        return blocks + [Clause(_with_note(line.cells[0], line)) for line in lines]
    if section.layout == "bullets":
        return [*blocks, BulletList([_with_note(line.cells[0], line) for line in lines])]
    if section.layout == "pairs":
        pairs = [(line.cells[0], _with_note(line.cells[1], line)) for line in lines]
        return [*blocks, KeyValue(pairs)]
    if any(line.group for line in lines):
        blocks += _grouped(section, lines, lang)
    else:
        blocks.append(_table(section, lines, lang))
    return blocks + _total(section, lines, lang)


def _general(draft: HandoverDraft, section: DraftSection) -> list[Block]:
    lang = draft.lang
    blocks: list[Block] = []
    if section.intro.strip():
        blocks.append(Clause(section.intro.strip()))
    parties = _parties(draft)
    if parties:
        columns = [
            Column(word("col.party", lang), 1.6),
            Column(word("col.person", lang), 2.0),
            Column(word("col.position", lang), 2.6),
        ]
        blocks += [Clause(word("parties", lang)), Table(columns, parties)]
    if draft.basis_number.strip():
        reference = order_reference(draft.basis_number, draft.basis_date, lang)
        blocks.append(KeyValue([(word("basis", lang), reference)]))
    if draft.replaces_number:
        when = f"{format_date_of(draft.replaces_date, lang)} " if draft.replaces_date else ""
        blocks.append(
            Clause(word("replaces", lang).format(number=draft.replaces_number, when=when))
        )
    blocks += [Clause(_with_note(line.cells[0], line)) for line in section.included()]
    return blocks


def annex_lines(draft: HandoverDraft) -> list[str]:
    """Return one line per annex, numbered: the media base first, then other files.

    Before the act is issued the files do not exist yet, and the lines say that their names
    and SHA-256 are written at issue.
    """
    lang = draft.lang
    annexes = list(draft.annexes)
    if not annexes:
        if draft.media_export:
            annexes.append(Annex("media", word("annex.media", lang)))
        annexes += [Annex("file", Path(path).name) for path in draft.attachments]
    result = []
    for number, annex in enumerate(annexes, start=1):
        label = word("annex.label", lang).format(n=number)
        if not annex.sha256:
            key = "annex.pending" if annex.kind == "media" else "annex.pending_file"
            result.append(word(key, lang).format(label=label, title=annex.title))
        elif annex.kind == "media":
            records = f"{annex.records or 0:,}".replace(",", "\u00a0")
            result.append(
                word("annex.media_line", lang).format(
                    label=label,
                    title=annex.title,
                    file=annex.file_name,
                    records=records,
                    sha=annex.sha256,
                )
            )
        else:
            size = format_size(annex.size_bytes or 0, lang)
            result.append(
                word("annex.file_line", lang).format(
                    label=label,
                    title=annex.title,
                    file=annex.file_name,
                    size=size,
                    sha=annex.sha256,
                )
            )
    return result


def media_annex_number(draft: HandoverDraft) -> int | None:
    """Return the number of the media base annex, or None if the act has none."""
    if draft.annexes:
        for number, annex in enumerate(draft.annexes, start=1):
            if annex.kind == "media":
                return number
        return None
    return 1 if draft.media_export else None


def copies_clause(draft: HandoverDraft) -> str:
    """Return the clause on copies: one for each named party and one for the HR service."""
    lang = draft.lang
    holders = []
    if draft.outgoing.name.strip():
        holders.append(word("copies.outgoing", lang))
    if draft.incoming.name.strip():
        key = "copies.acting" if draft.direction == "temporary" else "copies.incoming"
        holders.append(word(key, lang))
    holders.append(word("copies.hr", lang))
    count = max(len(holders), 2)
    number = word(f"copies.count.{count}", lang) if 2 <= count <= 5 else str(count)
    return word("copies", lang).format(count=number, holders=joined(holders, lang))


def _remarks(draft: HandoverDraft, section: DraftSection) -> list[Block]:
    lang = draft.lang
    blocks = _lines(section, lang)
    if draft.id_card.strip():
        blocks.append(Clause(draft.id_card.strip()))
    elif draft.direction != "temporary":
        blocks.append(Clause(word(f"id_card.{draft.direction}", lang)))
    blocks += [Clause(text.strip()) for text in section.closing if text.strip()]
    blocks.append(Clause(copies_clause(draft)))
    # One clause per annex: a list heading could be left alone at the foot of a page.
    blocks += [Clause(text) for text in annex_lines(draft)]
    return blocks


def _section(draft: HandoverDraft, section: DraftSection) -> Section:
    lang = draft.lang
    if section.key == "general":
        return Section(section.title, _general(draft, section))
    if section.key == "remarks":
        return Section(section.title, _remarks(draft, section))
    blocks = _lines(section, lang)
    if section.key == "contacts":
        number = media_annex_number(draft)
        if number is not None:
            blocks.append(Clause(word("contacts.file", lang).format(n=number)))
    blocks += [Clause(text.strip()) for text in section.closing if text.strip()]
    return Section(section.title, blocks)


def printed_sections(draft: HandoverDraft) -> list[DraftSection]:
    """Return the sections the act prints: optional ones only with lines, the section on
    secrets handed over in person only when asked for."""
    shown = []
    for section in draft.sections:
        if section.key == "secrets" and not draft.secrets_annex:
            continue
        if section.optional and not section.included():
            continue
        shown.append(section)
    return shown


def _role(role: str, party: Party) -> str:
    return "\n".join(part for part in (role, party.title.strip()) if part)


def _signatures(draft: HandoverDraft) -> list[Signature]:
    lang = draft.lang
    if draft.direction == "hiring":
        out_role, in_role = word("sign.outgoing_hiring", lang), word("sign.incoming_hiring", lang)
    elif draft.direction == "temporary":
        out_role, in_role = word("sign.outgoing", lang), word("sign.acting", lang)
    else:
        out_role, in_role = word("sign.outgoing", lang), word("sign.incoming", lang)
    signing = [(out_role, draft.outgoing), (in_role, draft.incoming)]
    signing.append((word("sign.chair", lang), draft.chair))
    signing += [(word("sign.commission", lang), member) for member in draft.commission]
    return [
        Signature(_role(role, party), initials_surname(party.name))
        for role, party in signing
        if party.name.strip()
    ]


def act_document(draft: HandoverDraft, generated_at: dt.datetime | None = None) -> Document:
    """Return the act as a document; with ``generated_at`` its files are byte-for-byte stable."""
    blocks: list[Block] = [_section(draft, section) for section in printed_sections(draft)]
    approval = None
    if draft.head.name.strip() or draft.head.title.strip():
        approval = Approval(draft.head.title.strip(), initials_surname(draft.head.name), None)
    title = word("title", draft.lang)
    return Document(
        lang=draft.lang,
        title=title,
        subtitle=draft.org_name or None,
        org_name=draft.org_name,
        blocks=tuple(blocks),
        approval=approval,
        signatures=tuple(_signatures(draft)),
        official_use=draft.official_use,
        number=draft.number.strip() or None,
        place=draft.place.strip() or None,
        date=draft.date,
        author=draft.org_name or None,
        subject=title,
        generated_at=generated_at,
    )
