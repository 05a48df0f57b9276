"""A password planted through the command line is found nowhere on disk outside the keyring.

Every file under the data folder (database, WAL, backups, logs) and every export is searched:
raw bytes, the members of DOCX/XLSX zip packages, and the text of PDFs (whose embedded font
subsets store glyph numbers, not characters, so only text extraction can see them).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from pressdesk import cli
from pressdesk.documents import Document, Paragraph, render
from pressdesk.services.accounts.records import AccountRow, save_account, set_password
from pressdesk.services.assets.files import (
    export_accounts,
    export_archive,
    export_gap,
    export_inventory,
)

PASSWORD = "Zq7#Сыр-сөз-Ңөү-9041!vault"
CODES = "RC-88417-ҮӨҢ\nRC-55120-QWXZ"
SECOND_PASSWORD = "Kx2$экинчи-Өрнөк-7730"


def needles(*secrets: str) -> dict[bytes, str]:
    """Return every byte form of every secret (and of each recovery code line)."""
    found: dict[bytes, str] = {}
    for secret in secrets:
        for part in {secret, *secret.splitlines()}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                found[part.encode(encoding)] = f"{part!r} as {encoding}"
    return found


def blobs(path: Path) -> Iterator[tuple[str, bytes]]:
    """Yield the searchable contents of a file: raw bytes, zip members, PDF text."""
    data = path.read_bytes()
    yield "bytes", data
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for name in package.namelist():
                yield f"zip member {name}", package.read(name)
    if data.startswith(b"%PDF"):
        reader = PdfReader(io.BytesIO(data))
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
        yield "pdf text", text.encode("utf-8")
        meta = " ".join(str(v) for v in (reader.metadata or {}).values())
        yield "pdf metadata", meta.encode("utf-8")


def scan(roots: list[Path], secrets: tuple[str, ...]) -> tuple[list[str], list[Path]]:
    """Return where any secret occurs under ``roots`` and every file that was searched."""
    forms = needles(*secrets)
    hits: list[str] = []
    files = sorted(p for root in roots for p in root.rglob("*") if p.is_file())
    for path in files:
        for where, blob in blobs(path):
            hits += [
                f"{path} ({where}): {what}" for needle, what in forms.items() if needle in blob
            ]
    return hits, files


def run(capsys, monkeypatch, *argv: str, stdin: str | None = None) -> str:
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out + err


def test_the_scanner_finds_a_secret_in_every_kind_of_file(tmp_path):
    control = tmp_path / "control"
    control.mkdir()
    doc = Document(lang="ky", title="Текшерүү", blocks=[Paragraph(f"Сыр сөз: {PASSWORD}")])
    render(doc, control / "leak.docx")
    render(doc, control / "leak.pdf")
    (control / "leak.log").write_text(f"x {PASSWORD} y", encoding="utf-8")
    (control / "leak16.txt").write_bytes(PASSWORD.encode("utf-16-le"))
    hits, files = scan([control], (PASSWORD,))
    assert {Path(h.split(" (")[0]).name for h in hits} == {p.name for p in files}
    assert any("pdf text" in h for h in hits)
    assert any("zip member word/document.xml" in h for h in hits)


@pytest.mark.sqlite_only("reads the bytes of the database file and its journal")
def test_planted_password_is_nowhere_on_disk(
    capsys, monkeypatch, data_dir, tmp_path, runtime, memory_keyring, write_demo
):
    exports = tmp_path / "exports"
    write_demo()
    out = run(
        capsys,
        monkeypatch,
        "accounts",
        "add",
        "website_cms",
        "press-admin",
        "--url",
        "https://agro.example.kg/admin",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    account_id = out.split("\t")[0]
    run(capsys, monkeypatch, "accounts", "recovery-codes", account_id, stdin=CODES + "\n")
    listing = run(capsys, monkeypatch, "accounts", "list")
    assert "password: stored" in listing

    # While the database is open its WAL holds the latest pages: search it then too.
    db = runtime.open_db()
    try:
        other = save_account(db, AccountRow("instagram", "agro_kg"))
        set_password(db, other.id, SECOND_PASSWORD)
        assert Path(f"{db.file}-wal").exists()
        hits, _ = scan([data_dir], (PASSWORD, CODES, SECOND_PASSWORD))
        assert hits == []
        for lang in ("ky", "ru"):
            for suffix in (".csv", ".xlsx", ".docx", ".pdf"):
                export_inventory(db, exports / f"inventory-{lang}{suffix}", lang=lang)
                export_archive(db, exports / f"archive-{lang}{suffix}", lang=lang)
            export_gap(db, exports / f"gap-{lang}.pdf", lang=lang)
            export_accounts(db, exports / f"accounts-{lang}.csv", lang=lang)
            export_accounts(db, exports / f"accounts-{lang}.xlsx", lang=lang)
    finally:
        db.close()

    for argv in (
        ("inventory", "export", str(exports / "cli-inventory.pdf")),
        ("archive", "export", str(exports / "cli-archive.xlsx")),
        ("accounts", "export", str(exports / "cli-accounts.csv")),
        ("backup", str(data_dir / "backups" / "manual.db")),
        ("backup", str(exports / "copy.db")),
    ):
        listing += run(capsys, monkeypatch, *argv)

    # The secrets really were planted, and only the keyring has them.
    assert {PASSWORD, CODES, SECOND_PASSWORD} <= set(memory_keyring.store.values())
    hits, files = scan([data_dir, exports], (PASSWORD, CODES, SECOND_PASSWORD))
    assert hits == []
    names = {p.name for p in files}
    assert {
        "pressdesk.db",
        "pressdesk.log",
        "manual.db",
        "copy.db",
        "accounts-ky.xlsx",
        "accounts-ru.csv",
        "inventory-ky.pdf",
        "archive-ru.docx",
    } <= names
    assert len(files) >= 25
    assert PASSWORD not in listing and "RC-88417" not in listing
    # The accounts export says a password is stored without holding it.
    assert "Ооба" in (exports / "accounts-ky.csv").read_text(encoding="utf-8-sig")
