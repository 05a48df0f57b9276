"""The handover act: draft from live data, numbering, directions, issue, re-print, correction."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pressdesk.documents import Clause, KeyValue, Section, Table, number_document, render_html
from pressdesk.services.accounts import list_accounts
from pressdesk.services.handover import (
    correction_draft,
    get_act,
    issue_act,
    list_acts,
    next_number,
    reprint_act,
    sha256_of,
)
from pressdesk.services.handover_build import build_draft
from pressdesk.services.handover_document import act_document
from pressdesk.services.handover_draft import (
    SECTION_KEYS,
    DraftLine,
    HandoverError,
    draft_from_json,
    draft_to_json,
)
from pressdesk.services.handover_labels import LABELS
from pressdesk.services.inventory import ItemFilter, list_items, save_item
from pressdesk.storage.handover_models import HandoverAct

TODAY = dt.date(2026, 11, 23)
STAMP = dt.datetime(2026, 11, 23, 9, 30)


def _draft(db, **options):  # type: ignore[no-untyped-def]
    values = {"outgoing": "Асанова Айгүл", "incoming": "Осмонов Нурлан", "today": TODAY}
    values.update(options)
    return build_draft(db, **values)


def test_labels_have_both_languages():
    assert all(set(pair) == {"ky", "ru"} and all(pair.values()) for pair in LABELS.values())


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_draft_has_nine_sections_with_continuous_clauses(demo_db, lang):
    draft = _draft(demo_db, lang=lang)
    assert [s.key for s in draft.sections] == list(SECTION_KEYS)
    doc = act_document(draft)
    numbered = number_document(doc)
    sections = [n.number for n in numbered if isinstance(n.block, Section)]
    assert sections == [f"{i}." for i in range(1, 10)]
    clauses = [int(n.number[:-1]) for n in numbered if isinstance(n.block, Clause)]
    assert clauses == list(range(1, len(clauses) + 1))
    # Every section holds at least one clause, so numbering really runs across sections.
    owners = []
    current = 0
    for n in numbered:
        if isinstance(n.block, Section):
            current += 1
        elif isinstance(n.block, Clause):
            owners.append(current)
    assert set(owners) == set(range(1, 10))


def test_equipment_leaves_out_written_off_items(demo_db):
    items = list_items(demo_db, ItemFilter()).rows
    gone = items[0]
    save_item(demo_db, gone.__class__(**{**gone.__dict__, "condition": "written_off"}))
    draft = _draft(demo_db)
    numbers = [line.cells[1] for line in draft.section("equipment").lines]
    assert gone.inventory_number not in numbers
    everything = list_items(demo_db, ItemFilter(include_written_off=True)).rows
    assert len(numbers) == len(everything) - sum(
        1 for i in everything if i.condition == "written_off"
    )


def test_accounts_section_lists_access_but_no_password(demo_db):
    draft = _draft(demo_db, lang="ru")
    accounts = list_accounts(demo_db)
    section = draft.section("accounts")
    assert len(section.lines) == len(accounts)
    assert {line.cells[2] for line in section.lines} == {a.login for a in accounts}
    assert any("Пароли в акт не вносятся" in text for text in section.closing)


def test_parties_are_printed_as_label_value(demo_db):
    draft = _draft(demo_db, lang="ky", commission=["Токтогулов Бакыт"])
    doc = act_document(draft)
    general = doc.blocks[0]
    assert isinstance(general, Section)
    pairs = [p for b in general.blocks if isinstance(b, KeyValue) for p in b.pairs]
    assert ("Өткөрүп берүүчү тарап", "Асанова Айгүл, " + draft.position) in pairs
    assert ("Комиссиянын мүчөсү", "Токтогулов Бакыт") in pairs
    assert [s.name for s in doc.signatures] == [
        "Асанова Айгүл",
        "Осмонов Нурлан",
        "Токтогулов Бакыт",
    ]
    assert doc.approval is not None and doc.approval.name == draft.head.name


def test_hiring_reads_the_other_way(demo_db):
    dismissal = act_document(_draft(demo_db, lang="ru"))
    hiring = act_document(_draft(demo_db, lang="ru", direction="hiring"))
    html_d, html_h = render_html(dismissal), render_html(hiring)
    assert "Передаются следующие документы" in html_d
    assert "Получены следующие документы" in html_h
    assert "подтверждает получение" in html_h and "подтверждает получение" not in html_d
    assert hiring.signatures[1].role == "Получил, с перечнем ознакомлен"
    assert dismissal.signatures[1].role == "Принял"


def test_edits_reach_the_document(demo_db):
    draft = _draft(demo_db, lang="ru")
    draft.section("documents").lines[0].included = False
    draft.section("equipment").lines[0].note = "царапина на корпусе"
    draft.section("duties").lines.append(DraftLine(["ведение страницы в Threads"]))
    html = render_html(act_document(draft))
    assert "положение о пресс-службе" not in html
    assert "царапина на корпусе" in html and "Примечание" in html
    assert "ведение страницы в Threads." in html


def test_snapshot_round_trips(demo_db):
    draft = _draft(demo_db, lang="ky", commission=["А"])
    draft.basis_number, draft.basis_date = "12-к", dt.date(2026, 11, 20)
    text = draft_to_json(draft, STAMP)
    again, stamp = draft_from_json(text)
    assert again == draft and stamp == STAMP
    assert json.loads(text)["draft"]["sections"][2]["key"] == "equipment"
    with pytest.raises(HandoverError):
        draft_from_json("{}")


def test_issue_and_reprint_give_identical_files(demo_db, tmp_path: Path):
    draft = _draft(demo_db, lang="ru")
    act = issue_act(demo_db, draft, [tmp_path / "act.docx", tmp_path / "act.pdf"], now=STAMP)
    assert act.number == "1" and act.generated_at == STAMP
    assert act.docx_sha256 == sha256_of(tmp_path / "act.docx")
    assert act.pdf_sha256 == sha256_of(tmp_path / "act.pdf")
    assert act.export_name == "act-media-base.csv"
    assert act.export_sha256 == sha256_of(tmp_path / "act-media-base.csv")
    for suffix in (".docx", ".pdf"):
        again = reprint_act(demo_db, act.id, tmp_path / f"again{suffix}")
        assert again.matches is True
        assert (tmp_path / f"again{suffix}").read_bytes() == (
            tmp_path / f"act{suffix}"
        ).read_bytes()
    assert [a.id for a in list_acts(demo_db)] == [act.id]
    assert next_number(demo_db) == "2"


def test_reprint_reports_a_mismatch(demo_db, tmp_path: Path):
    act = issue_act(demo_db, _draft(demo_db), [tmp_path / "act.docx"], export_format=None)
    with demo_db.session() as session:
        # The only way a stored act changes is tampering; the hash check must notice.
        row = session.get(HandoverAct, act.id)
        assert row is not None
        row.snapshot = row.snapshot.replace("Асанова Айгүл", "Башка Адам")
    again = reprint_act(demo_db, act.id, tmp_path / "again.docx")
    assert again.matches is False and again.expected == act.docx_sha256
    assert reprint_act(demo_db, act.id, tmp_path / "again.pdf").matches is None


def test_correction_refers_to_the_earlier_act(demo_db, tmp_path: Path):
    first = issue_act(
        demo_db, _draft(demo_db, lang="ru", on=dt.date(2026, 11, 20)), [tmp_path / "a.docx"]
    )
    draft = correction_draft(demo_db, first.id, today=TODAY)
    assert draft.number == "2" and draft.replaces_id == first.id
    draft.incoming.name = "Осмонов Нурлан Бакытович"
    second = issue_act(demo_db, draft, [tmp_path / "b.docx"], export_format=".csv")
    assert second.replaces_id == first.id and second.export_name == "b-media-base.csv"
    html = render_html(act_document(draft))
    assert "взамен акта № 1 от 20.11.2026" in html
    assert get_act(demo_db, first.id).incoming_name == "Осмонов Нурлан"


def test_issue_refuses_bad_targets(demo_db, tmp_path: Path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    draft = _draft(demo_db)
    with pytest.raises(HandoverError, match="use one of"):
        issue_act(demo_db, draft, [tmp_path / "act.txt"])
    with pytest.raises(HandoverError, match="at least one"):
        issue_act(demo_db, draft, [])
    draft.outgoing.name = draft.incoming.name = ""
    with pytest.raises(HandoverError, match="party"):
        issue_act(demo_db, draft, [tmp_path / "act.pdf"])
    with pytest.raises(HandoverError, match="no issued"):
        get_act(demo_db, 99)
    assert not list(tmp_path.iterdir())


def test_secrets_annex_names_what_was_handed_over(demo_db):
    from pressdesk.services.accounts import set_password, set_recovery_codes

    account = list_accounts(demo_db)[0]
    set_password(demo_db, account.id, "Секрет-1234")
    set_recovery_codes(demo_db, account.id, "AAA-111")
    draft = _draft(demo_db, lang="ru")
    draft.secrets_annex = True
    line = next(line for line in draft.annex_lines if line.cells[1] == account.login)
    assert line.cells[2] == "пароль, коды восстановления"
    doc = act_document(draft)
    assert any(isinstance(b, Table) and len(b.columns) == 4 for b in doc.blocks)
    assert "Секрет-1234" not in render_html(doc)
