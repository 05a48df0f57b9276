"""Issue handover acts as immutable records, list them, re-print them and issue corrections."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from pressdesk import clock
from pressdesk.documents import FORMATS, render
from pressdesk.fileio import atomic_path
from pressdesk.services.contacts.export import export_contacts
from pressdesk.services.handover.document import act_document
from pressdesk.services.handover.draft import (
    Annex,
    HandoverDraft,
    HandoverError,
    draft_from_json,
    draft_to_json,
)
from pressdesk.services.handover.labels import word
from pressdesk.storage.engine import Database
from pressdesk.storage.handover_models import HandoverAct

log = logging.getLogger(__name__)

EXPORT_SUFFIX = "-media-base"
EXPORT_FORMATS = (".xlsx", ".csv")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class IssuedAct:
    """An issued act as listed: number, date, parties, files' hashes and what it replaces."""

    id: int
    number: str
    act_date: dt.date
    lang: str
    direction: str
    outgoing_name: str
    incoming_name: str
    place: str
    replaces_id: int | None
    generated_at: dt.datetime
    docx_sha256: str
    pdf_sha256: str
    export_name: str
    export_sha256: str

    def expected_sha256(self, suffix: str) -> str:
        """Return the recorded SHA-256 of the act file with ``suffix`` ("" if none was issued)."""
        return {".docx": self.docx_sha256, ".pdf": self.pdf_sha256}.get(suffix.lower(), "")


@dataclass(frozen=True)
class Reprint:
    """A re-printed file, its SHA-256 and whether it equals the issued one (None: unknown)."""

    path: Path
    sha256: str
    expected: str

    @property
    def matches(self) -> bool | None:
        return (self.sha256 == self.expected) if self.expected else None


def sha256_of(path: str | os.PathLike[str]) -> str:
    """Return the hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def export_path_for(target: Path, suffix: str = ".csv") -> Path:
    """Return where the contact-base export attached to the act ``target`` is written."""
    return target.with_name(f"{target.stem}{EXPORT_SUFFIX}{suffix}")


def _row(act: HandoverAct) -> IssuedAct:
    return IssuedAct(
        act.id,
        act.number,
        act.act_date,
        act.lang,
        act.direction,
        act.outgoing_name,
        act.incoming_name,
        act.place,
        act.replaces_id,
        act.generated_at,
        act.docx_sha256,
        act.pdf_sha256,
        act.export_name,
        act.export_sha256,
    )


def list_acts(db: Database) -> list[IssuedAct]:
    """Return every issued act, oldest first."""
    with db.session() as session:
        acts = session.scalars(select(HandoverAct).order_by(HandoverAct.act_date, HandoverAct.id))
        return [_row(act) for act in acts]


def get_act(db: Database, act_id: int) -> IssuedAct:
    """Return the issued act ``act_id`` or raise HandoverError."""
    with db.session() as session:
        act = session.get(HandoverAct, act_id)
        if act is None:
            raise HandoverError("handover.no_act", id=act_id)
        return _row(act)


def act_snapshot(db: Database, act_id: int) -> tuple[HandoverDraft, dt.datetime, str]:
    """Return the stored draft, generation time and PDF font of the issued act ``act_id``."""
    with db.session() as session:
        act = session.get(HandoverAct, act_id)
        if act is None:
            raise HandoverError("handover.no_act", id=act_id)
        snapshot, generated_at, font = act.snapshot, act.generated_at, act.pdf_font
        export_name, export_sha256 = act.export_name, act.export_sha256
    draft, stored_at = draft_from_json(snapshot)
    if export_name and not draft.annexes:
        # An act issued before annexes were recorded in the snapshot: its export is known
        # from the act's own record.
        draft.annexes = [
            Annex("media", word("annex.media", draft.lang), export_name, export_sha256)
        ]
    return draft, stored_at or generated_at, font


def next_number(db: Database) -> str:
    """Return the number after the highest numeric act number issued so far."""
    with db.session() as session:
        numbers = list(session.scalars(select(HandoverAct.number)))
    found = [int(m.group()) for n in numbers if (m := re.search(r"\d+", n))]
    return str(max(found, default=0) + 1)


def correction_draft(db: Database, act_id: int, *, today: dt.date | None = None) -> HandoverDraft:
    """Return a draft of a new act that replaces ``act_id``: same content, new number and date."""
    draft, _stamp, _font = act_snapshot(db, act_id)
    act = get_act(db, act_id)
    draft.replaces_id = act.id
    draft.replaces_number = act.number
    draft.replaces_date = act.act_date
    draft.number = next_number(db)
    draft.date = today or clock.today()
    draft.export_name = ""
    # The files are written again at issue; until then the annexes are only planned.
    media = [Path(a.file_name).suffix.lower() for a in draft.annexes if a.kind == "media"]
    draft.media_export = media[0] if media and media[0] in EXPORT_FORMATS else ""
    draft.annexes = []
    return draft


def _check_targets(targets: Sequence[Path]) -> list[Path]:
    if not targets:
        raise HandoverError("handover.choose_file")
    seen: dict[str, Path] = {}
    for target in targets:
        suffix = target.suffix.lower()
        if suffix not in FORMATS:
            raise HandoverError("handover.act_format", name=target.name, allowed=FORMATS)
        if suffix in seen:
            raise HandoverError("handover.same_format", name=target.name)
        seen[suffix] = target
    return list(targets)


def _now() -> dt.datetime:
    # Whole seconds in naive UTC: what the database stores comes back unchanged.
    return clock.utcnow().replace(microsecond=0)


def _write_act(doc_draft: HandoverDraft, target: Path, stamp: dt.datetime, font: str | None) -> str:
    with atomic_path(target) as tmp:
        partial = tmp.with_name(tmp.name + target.suffix)
        try:
            render(act_document(doc_draft, stamp), partial, font_path=font)
            partial.replace(tmp)
        finally:
            partial.unlink(missing_ok=True)
    return sha256_of(target)


def _attachments(draft: HandoverDraft) -> list[Annex]:
    annexes = []
    for name in draft.attachments:
        path = Path(name)
        try:
            size = path.stat().st_size
            digest = sha256_of(path)
        except OSError as exc:
            raise HandoverError(
                "handover.attachment_unreadable", file=str(path), reason=str(exc.strerror)
            ) from exc
        annexes.append(Annex("file", word("annex.file", draft.lang), path.name, digest, None, size))
    return annexes


def issue_act(
    db: Database,
    draft: HandoverDraft,
    targets: Sequence[str | os.PathLike[str]],
    *,
    # CSV (UTF-8 with BOM, opens in Excel) by default: writing 20,000 contacts to XLSX takes
    # several times longer than the act itself.
    export_format: str | None = ".csv",
    font_path: str | None = None,
    now: dt.datetime | None = None,
    progress: Progress | None = None,
) -> IssuedAct:
    """Write the act to each of ``targets`` (.docx, .pdf) with the contact-base export beside the
    first one, then record the act with its snapshot and the files' SHA-256.
    """
    paths = _check_targets([Path(t) for t in targets])
    if export_format is not None and export_format not in EXPORT_FORMATS:
        raise HandoverError("handover.export_format", allowed=EXPORT_FORMATS)
    if not (draft.outgoing.name.strip() or draft.incoming.name.strip()):
        raise HandoverError("handover.name_party")
    # Numbering, writing and recording happen under one lock, so two people issuing acts at
    # once on a shared database take turns and never get the same number.
    with db.serialized("handover-act-number"):
        _claim_number(db, draft)
        return _issue(
            db, draft, paths, export_format, font_path=font_path, now=now, progress=progress
        )


def _claim_number(db: Database, draft: HandoverDraft) -> None:
    """Give the draft the next number, or refuse a number another act already has."""
    number = draft.number.strip()
    if not number:
        draft.number = next_number(db)
        return
    with db.session() as session:
        taken = session.scalar(select(HandoverAct.id).where(HandoverAct.number == number))
    if taken is not None:
        raise HandoverError("handover.number_taken", number=number, next=next_number(db))


def _issue(
    db: Database,
    draft: HandoverDraft,
    paths: list[Path],
    export_format: str | None,
    *,
    font_path: str | None,
    now: dt.datetime | None,
    progress: Progress | None,
) -> IssuedAct:
    stamp = (now or _now()).replace(tzinfo=None, microsecond=0)
    attached = _attachments(draft)
    export_hash = ""
    draft.export_name = ""
    draft.media_export = export_format or ""
    draft.annexes = []
    if export_format is not None:
        export = export_path_for(paths[0], export_format)
        if progress:
            progress("export")
        result = export_contacts(
            db, export, lang=draft.lang, on=draft.date, official_use=draft.official_use
        )
        draft.export_name = export.name
        export_hash = sha256_of(export)
        draft.annexes.append(
            Annex("media", word("annex.media", draft.lang), export.name, export_hash, result.people)
        )
    draft.annexes += attached
    hashes: dict[str, str] = {}
    for path in paths:
        if progress:
            progress(path.suffix.lower())
        hashes[path.suffix.lower()] = _write_act(draft, path, stamp, font_path)
    act = HandoverAct(
        number=draft.number.strip(),
        act_date=draft.date,
        lang=draft.lang,
        direction=draft.direction,
        outgoing_name=draft.outgoing.name.strip(),
        incoming_name=draft.incoming.name.strip(),
        place=draft.place.strip(),
        replaces_id=draft.replaces_id,
        snapshot=draft_to_json(draft, stamp),
        generated_at=stamp,
        docx_sha256=hashes.get(".docx", ""),
        pdf_sha256=hashes.get(".pdf", ""),
        pdf_font=(font_path or "") if ".pdf" in hashes else "",
        export_name=draft.export_name,
        export_sha256=export_hash,
    )
    with db.session() as session:
        session.add(act)
        session.flush()
        act_id = act.id
    log.info("Handover act %s (id %s) issued: %s", draft.number, act_id, [p.name for p in paths])
    return get_act(db, act_id)


def reprint_act(
    db: Database,
    act_id: int,
    target: str | os.PathLike[str],
    *,
    font_path: str | None = None,
) -> Reprint:
    """Re-render the issued act ``act_id`` from its snapshot and compare the SHA-256 with the
    one recorded at issue; ``font_path`` overrides the font the PDF was issued with.
    """
    path = _check_targets([Path(target)])[0]
    draft, stamp, stored_font = act_snapshot(db, act_id)
    act = get_act(db, act_id)
    font = font_path if font_path is not None else (stored_font or None)
    digest = _write_act(draft, path, stamp, font)
    result = Reprint(path, digest, act.expected_sha256(path.suffix))
    if result.matches is False:
        log.warning("Re-print of handover act id %s differs from the issued file", act_id)
    return result
