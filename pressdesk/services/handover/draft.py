"""The editable draft of a handover act: parties, sections of lines, annexes, and its JSON form."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from typing import Any, Final, Literal

from pressdesk.documents.locale import Lang, check_lang
from pressdesk.messages import UserError
from pressdesk.services.handover.labels import Direction, check_direction
from pressdesk.services.preflight import Ref

Layout = Literal["clauses", "bullets", "table", "pairs"]
LAYOUTS: Final = ("clauses", "bullets", "table", "pairs")
SECTION_KEYS: Final = (
    "general",
    "documents",
    "equipment",
    "equipment_out",
    "equipment_other",
    "accounts",
    "recovery",
    "secrets",
    "personal",
    "archive",
    "contacts",
    "plan",
    "duties",
    "remarks",
)
SNAPSHOT_VERSION: Final = 3
# Older snapshots are still read, so old acts can be re-printed: version 1 (nine sections, no
# annexes) and version 2 (lines without the records they name).
READABLE_VERSIONS: Final = (1, 2, 3)


class HandoverError(UserError, ValueError):
    """A handover act cannot be built, issued or re-printed; the message says why."""


@dataclass
class Party:
    """A person taking part in the act: name and post, printed as "Label: value"."""

    name: str = ""
    title: str = ""


@dataclass
class DraftLine:
    """One line of a section: its cells, whether it goes into the act, and a note.

    ``group`` puts lines under a sub-heading (the employee who answers for them). ``refs`` are
    the records whose texts the line prints, checked in the act's language before issue.
    """

    cells: list[str]
    included: bool = True
    note: str = ""
    group: str = ""
    refs: list[Ref] = field(default_factory=list)


@dataclass
class DraftSection:
    """A numbered section of the act: an opening clause, its lines, closing clauses."""

    key: str
    title: str
    intro: str
    layout: Layout
    columns: list[str] = field(default_factory=list)
    lines: list[DraftLine] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    empty: str = ""
    # Left out of the act when no line is included (equipment out, personal accounts …).
    optional: bool = False
    # With no lines: this many empty rows to fill in by hand, introduced by ``blank_intro``.
    blank_rows: int = 0
    blank_intro: str = ""

    def included(self) -> list[DraftLine]:
        """Return the lines that go into the act."""
        return [line for line in self.lines if line.included]


@dataclass
class Annex:
    """A file attached to the act: the media base export or another file, with its SHA-256.

    Annexes are numbered in the order of :attr:`HandoverDraft.annexes`.
    """

    kind: str
    title: str
    file_name: str = ""
    sha256: str = ""
    records: int | None = None
    size_bytes: int | None = None


@dataclass
class HandoverDraft:
    """Everything the act prints, in one language, editable until the act is issued."""

    lang: Lang
    direction: Direction
    number: str
    date: dt.date
    place: str = ""
    org_name: str = ""
    position: str = ""
    outgoing: Party = field(default_factory=Party)
    incoming: Party = field(default_factory=Party)
    commission: list[Party] = field(default_factory=list)
    head: Party = field(default_factory=Party)
    basis_number: str = ""
    basis_date: dt.date | None = None
    sections: list[DraftSection] = field(default_factory=list)
    # Whether the section on passwords and codes handed over in person is printed.
    secrets_annex: bool = False
    annex_lines: list[DraftLine] = field(default_factory=list)
    export_name: str = ""
    replaces_id: int | None = None
    replaces_number: str = ""
    replaces_date: dt.date | None = None
    chair: Party = field(default_factory=Party)
    official_use: bool = False
    plan_days: int = 30
    # What the user typed about the service ID card; empty prints a line to fill in by hand.
    id_card: str = ""
    # The media base export planned (".csv", ".xlsx" or "" for none) until the act is issued.
    media_export: str = ".csv"
    annexes: list[Annex] = field(default_factory=list)
    # Other files to attach, as paths; at issue each becomes an annex with its SHA-256.
    attachments: list[str] = field(default_factory=list)

    def section(self, key: str) -> DraftSection:
        """Return the section ``key`` (KeyError if the draft has none)."""
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)


def _date_text(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def draft_to_dict(draft: HandoverDraft) -> dict[str, Any]:
    """Return the draft as plain JSON-ready data."""
    data = asdict(draft)
    data["date"] = draft.date.isoformat()
    data["basis_date"] = _date_text(draft.basis_date)
    data["replaces_date"] = _date_text(draft.replaces_date)
    return data


def draft_to_json(draft: HandoverDraft, generated_at: dt.datetime | None = None) -> str:
    """Return the snapshot of the draft as stable JSON (sorted keys, Cyrillic kept readable)."""
    payload = {
        "version": SNAPSHOT_VERSION,
        "generated_at": generated_at.isoformat() if generated_at else None,
        "draft": draft_to_dict(draft),
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, indent=1)


def _ref(data: dict[str, Any]) -> Ref:
    return Ref(str(data["section"]), int(data["record_id"]), tuple(data.get("fields", ())))


def _line(data: dict[str, Any]) -> DraftLine:
    return DraftLine(
        [str(c) for c in data["cells"]],
        bool(data["included"]),
        str(data["note"]),
        str(data.get("group", "")),
        [_ref(ref) for ref in data.get("refs", [])],
    )


def _annex(data: dict[str, Any]) -> Annex:
    records, size = data.get("records"), data.get("size_bytes")
    return Annex(
        kind=str(data["kind"]),
        title=str(data["title"]),
        file_name=str(data.get("file_name", "")),
        sha256=str(data.get("sha256", "")),
        records=int(records) if records is not None else None,
        size_bytes=int(size) if size is not None else None,
    )


def _party(data: dict[str, Any]) -> Party:
    return Party(str(data.get("name", "")), str(data.get("title", "")))


def _layout(value: str) -> Layout:
    for known in ("clauses", "bullets", "table", "pairs"):
        if value == known:
            return known
    raise HandoverError("handover.content_unreadable", reason=f"layout {value!r}")


def draft_from_dict(data: dict[str, Any]) -> HandoverDraft:
    """Rebuild a draft from :func:`draft_to_dict` data."""
    try:
        sections = [
            DraftSection(
                key=s["key"],
                title=s["title"],
                intro=s["intro"],
                layout=_layout(s["layout"]),
                columns=list(s["columns"]),
                lines=[_line(line) for line in s["lines"]],
                closing=list(s["closing"]),
                empty=s["empty"],
                optional=bool(s.get("optional", False)),
                blank_rows=int(s.get("blank_rows", 0)),
                blank_intro=str(s.get("blank_intro", "")),
            )
            for s in data["sections"]
        ]
        return HandoverDraft(
            lang=check_lang(data["lang"]),
            direction=check_direction(data["direction"]),
            number=str(data["number"]),
            date=dt.date.fromisoformat(data["date"]),
            place=data["place"],
            org_name=data["org_name"],
            position=data["position"],
            outgoing=_party(data["outgoing"]),
            incoming=_party(data["incoming"]),
            commission=[_party(p) for p in data["commission"]],
            head=_party(data["head"]),
            basis_number=data["basis_number"],
            basis_date=_parse_date(data["basis_date"]),
            sections=sections,
            secrets_annex=bool(data["secrets_annex"]),
            annex_lines=[_line(line) for line in data["annex_lines"]],
            export_name=data["export_name"],
            replaces_id=data["replaces_id"],
            replaces_number=data["replaces_number"],
            replaces_date=_parse_date(data["replaces_date"]),
            chair=_party(data.get("chair") or {}),
            official_use=bool(data.get("official_use", False)),
            plan_days=int(data.get("plan_days", 30)),
            id_card=str(data.get("id_card", "")),
            media_export=str(data.get("media_export", "")),
            annexes=[_annex(a) for a in data.get("annexes", [])],
            attachments=[str(p) for p in data.get("attachments", [])],
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise HandoverError("handover.content_unreadable", reason=str(exc)) from exc


def draft_from_json(text: str) -> tuple[HandoverDraft, dt.datetime | None]:
    """Return the draft and the generation time stored in a snapshot."""
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HandoverError("handover.content_unreadable", reason=str(exc)) from exc
    if payload.get("version") not in READABLE_VERSIONS:
        raise HandoverError("handover.snapshot_version", version=str(payload.get("version")))
    stamp = payload.get("generated_at")
    return draft_from_dict(payload["draft"]), dt.datetime.fromisoformat(stamp) if stamp else None
