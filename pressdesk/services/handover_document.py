"""Turn a handover draft into the printable act: numbered sections, parties, signatures."""

from __future__ import annotations

import datetime as dt

from pressdesk.documents.locale import Lang, format_date_short
from pressdesk.documents.model import (
    Approval,
    Block,
    BulletList,
    Clause,
    Column,
    Document,
    Heading,
    KeyValue,
    Paragraph,
    Section,
    Signature,
    Table,
)
from pressdesk.services.handover_draft import DraftLine, DraftSection, HandoverDraft, Party
from pressdesk.services.handover_labels import word

# Relative column widths of the generated tables; a note column, when used, gets 1.2.
_WIDTHS: dict[str, tuple[float, ...]] = {
    "equipment": (2.8, 1.4, 1.6, 1.5, 1.8),
    "accounts": (2.4, 1.4, 1.3, 1.6, 1.9),
    "archive": (3.0, 1.0, 1.1, 3.0),
    "plan": (1.4, 1.3, 3.6, 1.8),
}
_TOTALS = {"equipment": "equipment.total", "accounts": "accounts.total", "archive": "archive.total"}


def _with_note(text: str, line: DraftLine) -> str:
    note = line.note.strip()
    return f"{text} ({note})" if note else text


def _party_value(party: Party) -> str:
    return ", ".join(part for part in (party.name.strip(), party.title.strip()) if part)


def _parties(draft: HandoverDraft) -> list[tuple[str, str]]:
    lang = draft.lang
    incoming_key = "party.acting" if draft.direction == "temporary" else "party.incoming"
    pairs = [
        (word("party.outgoing", lang), _party_value(draft.outgoing)),
        (word(incoming_key, lang), _party_value(draft.incoming)),
    ]
    pairs += [(word("party.commission", lang), _party_value(p)) for p in draft.commission]
    return [(label, value) for label, value in pairs if value]


def _basis(draft: HandoverDraft) -> str:
    if not draft.basis_number.strip():
        return ""
    if draft.basis_date is None:
        return word("basis.order", draft.lang).format(number=draft.basis_number.strip())
    return word("basis.order_dated", draft.lang).format(
        number=draft.basis_number.strip(), date=format_date_short(draft.basis_date)
    )


def _join(first: str, second: str, sep: str) -> str:
    return sep.join(part for part in (first.strip(), second.strip()) if part)


def _merge_account_columns(
    titles: list[str], rows: list[list[str]]
) -> tuple[list[str], list[list[str]]]:
    # Seven narrow columns do not fit a portrait page: the address goes under the service and
    # the recovery place beside the second factor.
    merged_titles = [
        f"{titles[0]}, {titles[1].lower()}",
        *titles[2:5],
        f"{titles[5]}; {titles[6].lower()}",
    ]
    merged = [[_join(r[0], r[1], "\n"), *r[2:5], _join(r[5], r[6], "; ")] for r in rows]
    return merged_titles, merged


def _lines(section: DraftSection, lang: Lang) -> list[Block]:
    lines = section.included()
    if not lines:
        return [Clause(section.empty)] if section.empty else []
    if section.layout == "clauses":
        return [Clause(_with_note(line.cells[0], line)) for line in lines]
    if section.layout == "bullets":
        return [BulletList([_with_note(line.cells[0], line) for line in lines])]
    if section.layout == "pairs":
        return [KeyValue([(line.cells[0], _with_note(line.cells[1], line)) for line in lines])]
    titles = list(section.columns)
    rows = [list(line.cells) for line in lines]
    if section.key == "accounts" and len(titles) == 7:
        titles, rows = _merge_account_columns(titles, rows)
    widths = _WIDTHS.get(section.key, tuple(1.0 for _ in titles))
    if len(widths) != len(titles):
        widths = tuple(1.0 for _ in titles)
    columns = [Column(title, width) for title, width in zip(titles, widths, strict=True)]
    if any(line.note.strip() for line in lines):
        columns.append(Column(word("col.note", lang), 1.2))
        rows = [[*row, line.note.strip()] for row, line in zip(rows, lines, strict=True)]
    blocks: list[Block] = [Table(columns, rows, numbered=True)]
    total = _TOTALS.get(section.key)
    if total:
        blocks.append(Clause(word(total, lang).format(n=len(lines))))
    return blocks


def _section(draft: HandoverDraft, section: DraftSection) -> Section:
    lang = draft.lang
    blocks: list[Block] = []
    if section.intro.strip():
        blocks.append(Clause(section.intro.strip()))
    if section.key == "general":
        parties = _parties(draft)
        if parties:
            blocks += [Clause(word("parties", lang)), KeyValue(parties)]
        basis = _basis(draft)
        if basis:
            blocks.append(KeyValue([(word("basis", lang), basis)]))
        if draft.replaces_number:
            when = format_date_short(draft.replaces_date) if draft.replaces_date else ""
            blocks.append(
                Clause(word("replaces", lang).format(number=draft.replaces_number, date=when))
            )
        blocks += [Clause(_with_note(line.cells[0], line)) for line in section.included()]
    else:
        blocks += _lines(section, lang)
    if section.key == "contacts" and draft.export_name:
        blocks.append(Clause(word("contacts.file", lang).format(file=draft.export_name)))
    blocks += [Clause(text.strip()) for text in section.closing if text.strip()]
    return Section(section.title, blocks)


def _annex(draft: HandoverDraft) -> list[Block]:
    lines = [line for line in draft.annex_lines if line.included]
    if not draft.secrets_annex or not lines:
        return []
    lang = draft.lang
    columns = [
        Column(word("col.service", lang), 2.0),
        Column(word("col.login", lang), 2.0),
        Column(word("annex.handed", lang), 2.5),
        Column(word("col.note", lang), 1.5),
    ]
    rows = [[*line.cells[:3], line.note.strip()] for line in lines]
    return [
        Heading(word("annex.title", lang), level=2),
        Paragraph(word("annex.intro", lang), italic=True),
        Table(columns, rows, numbered=True),
    ]


def _signatures(draft: HandoverDraft) -> list[Signature]:
    lang = draft.lang
    if draft.direction == "hiring":
        out_role, in_role = word("sign.outgoing_hiring", lang), word("sign.incoming_hiring", lang)
    elif draft.direction == "temporary":
        out_role, in_role = word("sign.outgoing", lang), word("sign.acting", lang)
    else:
        out_role, in_role = word("sign.outgoing", lang), word("sign.incoming", lang)
    signatures = [
        Signature(out_role, draft.outgoing.name.strip()),
        Signature(in_role, draft.incoming.name.strip()),
    ]
    signatures += [
        Signature(word("sign.commission", lang), member.name.strip())
        for member in draft.commission
        if member.name.strip()
    ]
    return signatures


def act_document(draft: HandoverDraft, generated_at: dt.datetime | None = None) -> Document:
    """Return the act as a document; with ``generated_at`` its files are byte-for-byte stable."""
    blocks: list[Block] = [_section(draft, section) for section in draft.sections]
    blocks += _annex(draft)
    approval = None
    if draft.head.name.strip() or draft.head.title.strip():
        approval = Approval(draft.head.title.strip(), draft.head.name.strip(), None)
    title = word("title", draft.lang)
    return Document(
        lang=draft.lang,
        title=title,
        subtitle=draft.org_name or None,
        org_name=draft.org_name,
        blocks=tuple(blocks),
        approval=approval,
        signatures=tuple(_signatures(draft)),
        number=draft.number.strip() or None,
        place=draft.place.strip() or None,
        date=draft.date,
        author=draft.org_name or None,
        subject=title,
        generated_at=generated_at,
    )
