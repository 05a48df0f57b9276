"""A password planted in the accounts register is in no byte of the act, its export or the logs."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressdesk import cli
from pressdesk.services.accounts.records import list_accounts, set_password, set_recovery_codes
from pressdesk.services.handover.acts import act_snapshot, list_acts
from pressdesk.services.handover.draft import draft_to_json
from pressdesk.storage.handover_models import HandoverAct
from tests.unit.test_assets_security import scan

PASSWORD = "Hq9#Акт-Сыр-Ңөү-5521!pass"
CODES = "HC-31337-ҮӨҢ"


def _run(capsys, *argv: str) -> str:  # type: ignore[no-untyped-def]
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out + err


@pytest.mark.sqlite_only("reads the bytes of the database file and its journal")
def test_planted_password_is_not_in_the_act(
    capsys, data_dir, runtime, tmp_path, memory_keyring, write_demo
):
    exports = tmp_path / "acts"
    write_demo()
    db = runtime.open_db()
    try:
        accounts = list_accounts(db)
        set_password(db, accounts[0].id, PASSWORD)
        set_recovery_codes(db, accounts[1].id, CODES)
        assert Path(f"{db.file}-wal").exists()
    finally:
        db.close()

    out = ""
    listed = _run(
        capsys,
        "handover",
        str(exports / "listed.docx"),
        "--outgoing",
        "А",
        "--incoming",
        "Б",
        "--secrets-annex",
        "--export",
        "none",
    )
    # The command says what the section lists: accounts, never their secrets.
    assert "Secrets section lists 2 account(s)" in listed and accounts[1].login in listed
    out += listed
    for lang, suffix in (("ky", ".docx"), ("ru", ".pdf"), ("ky", ".pdf"), ("ru", ".docx")):
        out += _run(
            capsys,
            "handover",
            str(exports / f"act-{lang}{suffix}"),
            "--outgoing",
            "Жумабаева Айгүл",
            "--incoming",
            "Осмонов Нурлан",
            "--lang",
            lang,
            "--secrets-annex",
            "--export",
            "xlsx" if suffix == ".docx" else "csv",
        )
    out += _run(capsys, "handover", "reprint", "1", str(exports / "reprint.docx"))
    out += _run(capsys, "handover", "list")

    db = runtime.open_db()
    try:
        snapshots = []
        for act in list_acts(db):
            draft, stamp, _font = act_snapshot(db, act.id)
            snapshots.append(draft_to_json(draft, stamp))
            # The secrets section says a password is handed over, never what it is.
            assert draft.secrets_annex and draft.section("secrets").lines
        with db.session() as session:
            stored = [row.snapshot for row in session.query(HandoverAct)]
        # Scan while open, so the WAL holds the newest pages.
        hits, files = scan([data_dir, exports], (PASSWORD, CODES))
        assert hits == []
    finally:
        db.close()
    assert {PASSWORD, CODES} <= set(memory_keyring.store.values())
    for text in [*snapshots, *stored, out]:
        assert PASSWORD not in text and CODES not in text
    hits, files = scan([data_dir, exports], (PASSWORD, CODES))
    assert hits == []
    names = {p.name for p in files}
    assert {
        "act-ky.docx",
        "act-ru.pdf",
        "act-ky-media-base.xlsx",
        "act-ru-media-base.csv",
        "reprint.docx",
        "pressdesk.db",
        "pressdesk.log",
    } <= names
