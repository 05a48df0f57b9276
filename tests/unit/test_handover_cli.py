"""``pressdesk handover``: FILE issues an act, ``list`` and ``reprint`` work on issued ones."""

from __future__ import annotations

import pytest

from pressdesk import cli
from pressdesk.services.handover.acts import sha256_of


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_issue_list_and_reprint(capsys, data_dir, tmp_path, write_demo):
    write_demo()
    act = tmp_path / "act.docx"
    code, out, err = run(
        capsys,
        "handover",
        str(act),
        "--outgoing",
        "Жумабаева Айгүл",
        "--incoming",
        "Осмонов Нурлан",
        "--lang",
        "ru",
        "--number",
        "7",
        "--date",
        "2026-11-20",
        "--commission",
        "Токтосунов Б.",
        "--basis",
        "112-к",
        "--basis-date",
        "2026-11-19",
    )
    assert code == 0, err
    assert "№ 7 (id 1)" in out
    assert (tmp_path / "act-media-base.csv").exists()
    assert sha256_of(act) in out

    code, out, _ = run(capsys, "handover", "list")
    assert code == 0
    assert out.strip().split("\t")[:3] == ["1", "2026-11-20", "№ 7"]
    assert "Жумабаева Айгүл → Осмонов Нурлан" in out

    code, out, _ = run(capsys, "handover", "reprint", "1", str(tmp_path / "copy.docx"))
    assert code == 0 and "Identical" in out
    assert (tmp_path / "copy.docx").read_bytes() == act.read_bytes()
    code, out, _ = run(capsys, "handover", "reprint", "1", str(tmp_path / "copy.pdf"))
    assert code == 0 and "nothing to compare" in out


def test_commission_plan_days_mark_annexes_and_typed_lines(
    capsys, data_dir, tmp_path, runtime, write_demo
):
    import docx

    from pressdesk.services.handover.acts import act_snapshot
    from pressdesk.settings import HANDOVER_PLAN_DAYS

    write_demo()
    runtime.settings.set(HANDOVER_PLAN_DAYS, 7)
    extra = tmp_path / "ведомость.xlsx"
    extra.write_bytes(b"PK annex")
    act = tmp_path / "act.docx"
    code, out, err = run(
        capsys,
        "handover",
        str(act),
        "--outgoing",
        "Жумабаева Айгүл Бекеновна",
        "--incoming",
        "Осмонов Нурлан",
        "--lang",
        "ru",
        "--chair",
        "Токтосунова Гүлнара Маратовна",
        "--commission",
        "Сыдыков Азамат, водитель",
        "--official-use",
        "--attach",
        str(extra),
        "--remark",
        "Пароль от YouTube не подошёл",
        "--id-card",
        "Удостоверение сдано.",
        "--secrets-annex",
    )
    assert code == 0, err
    assert f"Annex 2: ведомость.xlsx SHA-256 {sha256_of(extra)}" in out
    assert "no password or recovery code is stored" in out
    text = "\n".join(p.text for p in docx.Document(str(act)).paragraphs)
    assert "Для служебного пользования" in "\n".join(
        p.text for s in docx.Document(str(act)).sections for p in s.header.paragraphs
    )
    assert "Пароль от YouTube не подошёл." in text and "Удостоверение сдано." in text
    assert f"SHA-256: {sha256_of(extra)}." in text
    assert "(7 дн.)" in text
    db = runtime.open_db()
    try:
        draft, _stamp, _font = act_snapshot(db, 1)
    finally:
        db.close()
    assert draft.chair.title == "Руководитель службы управления персоналом"
    assert draft.commission[0].title == "водитель" and draft.official_use
    assert draft.plan_days == 7

    code, _out, err = run(
        capsys, "handover", str(act), "--outgoing", "А", "--incoming", "Б", "--plan-days", "0"
    )
    assert code == cli.EXIT_USAGE and "--plan-days" in err
    code, _out, err = run(
        capsys, "handover", str(act), "--outgoing", "А", "--incoming", "Б", "--attach", "нет.pdf"
    )
    assert code == cli.EXIT_USAGE and "no such file" in err


def test_reprint_mismatch_is_reported(capsys, data_dir, tmp_path, runtime):
    from pressdesk.storage.handover_models import HandoverAct

    act = tmp_path / "act.docx"
    args = ("handover", str(act), "--outgoing", "А", "--incoming", "Б", "--export", "none")
    assert run(capsys, *args)[0] == 0
    assert not list(tmp_path.glob("act-media-base.*"))
    db = runtime.open_db()
    try:
        with db.session() as session:
            row = session.get(HandoverAct, 1)
            assert row is not None
            row.docx_sha256 = "0" * 64
    finally:
        db.close()
    code, _out, err = run(capsys, "handover", "reprint", "1", str(tmp_path / "copy.docx"))
    assert code == cli.EXIT_PROBLEMS and "MISMATCH" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("handover", "act.docx"), "Name both parties"),
        (("handover", "list", "extra"), "takes no arguments"),
        (("handover", "reprint", "1"), "usage"),
        (("handover", "reprint", "x", "a.pdf"), "must be a number"),
        (("handover", "act.docx", "more", "--outgoing", "A", "--incoming", "B"), "Unexpected"),
        (("handover", "act.docx", "--outgoing", "A", "--incoming", "B", "--date", "x"), "date"),
    ],
)
def test_usage_errors(capsys, data_dir, argv, message):
    code, _out, err = run(capsys, *argv)
    assert code == cli.EXIT_USAGE and message in err


def test_unknown_act_and_bad_format(capsys, data_dir, tmp_path):
    code, _out, err = run(capsys, "handover", "reprint", "5", str(tmp_path / "a.pdf"))
    assert code == cli.EXIT_PROBLEMS and "no issued handover act" in err
    code, _out, err = run(
        capsys, "handover", str(tmp_path / "a.txt"), "--outgoing", "A", "--incoming", "B"
    )
    assert code == cli.EXIT_PROBLEMS and "use one of" in err


def test_help_shows_both_forms(capsys):
    with pytest.raises(SystemExit):
        cli.main(["handover", "--help"])
    out = capsys.readouterr().out
    assert "pressdesk handover list" in out and "reprint ID FILE" in out
