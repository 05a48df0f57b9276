"""``pressdesk crisis …`` and ``pressdesk templates …``: the kit from the command line to paper,
and bad input answered with a sentence and an exit code, never a traceback."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from pressdesk import cli
from pressdesk.documents.local_docs import NAMES
from pressdesk.services.profile import OrgProfile, save_profile
from pressdesk.services.staff import StaffRow, save_staff


def _run(data_dir: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(data_dir), *argv])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def ready(runtime):  # type: ignore[no-untyped-def]
    """A database with a profile and two staff members, closed again for the commands."""
    db = runtime.open_db()
    save_profile(
        db,
        OrgProfile(
            name_ky="Өзгөчө кырдаалдар министрлиги",
            name_ru="Министерство чрезвычайных ситуаций",
            head_name="Асанов Бакыт",
            head_title_ky="Министр",
            head_title_ru="Министр",
            default_doc_lang="ru",
        ),
    )
    save_staff(db, StaffRow("Асанов Бакыт", "Министр", "Министр"))
    save_staff(db, StaffRow("Жумабаева Айгүл", "Басма сөз катчысы", "Пресс-секретарь"))
    db.close()


def test_a_scenario_and_its_statement_go_to_the_plan(data_dir, ready, tmp_path):
    code, _, err = _run(data_dir, "crisis", "plan", str(tmp_path / "empty.pdf"))
    assert code == 1 and "no scenarios" in err and "Traceback" not in err
    code, out, err = _run(
        data_dir,
        "crisis", "scenario", "add",
        "--name", "Жер титирөө",
        "--name-ru", "Землетрясение",
        "--decides", "асанов бакыт",
        "--speaker", "Жумабаева Айгүл",
    )  # fmt: skip
    assert code == 0, err
    sid = out.strip()
    ky, ru = tmp_path / "ky.txt", tmp_path / "ru.txt"
    ky.write_text("Куткаруучулар иштеп жатышат.", encoding="utf-8")
    ru.write_text("Спасатели работают на месте.", encoding="utf-8")
    code, out, err = _run(
        data_dir, "crisis", "statement", "add", sid, "--text", str(ky), "--text-ru", str(ru),
        "--title-ru", "Первое заявление",
    )  # fmt: skip
    assert code == 0, err
    statement = out.strip()
    code, out, _ = _run(data_dir, "crisis", "scenario", "list")
    assert "Землетрясение" in out and f"statement {statement}\tdraft" in out
    assert _run(data_dir, "crisis", "statement", "approve", statement)[0] == 0
    code, out, _ = _run(data_dir, "crisis", "scenario", "list")
    assert f"statement {statement}\tapproved\tАсанов Бакыт" in out
    assert _run(data_dir, "crisis", "group", "set", "Асанов Бакыт", "--role", "head")[0] == 0
    code, _, err = _run(
        data_dir, "crisis", "group", "set", "Жумабаева Айгүл", "--role", "press",
        "--duty-ru", "Связь со СМИ",
    )  # fmt: skip
    assert code == 0, err
    code, out, _ = _run(data_dir, "crisis", "group", "list")
    assert [line.split("\t")[0] for line in out.splitlines()] == ["head", "press"]
    code, _, err = _run(data_dir, "crisis", "contact", "add", "--staff", "Асанов Бакыт")
    assert code == 1 and "phone" in err  # no phone in the staff list
    code, out, err = _run(
        data_dir, "crisis", "contact", "add", "--name", "Дежурная часть МЧС",
        "--phone", "112", "--role-ru", "Дежурная служба",
    )  # fmt: skip
    assert code == 0 and out.strip().isdigit(), err
    assert "Дежурная часть МЧС\t112" in _run(data_dir, "crisis", "contact", "list")[1]
    plan = tmp_path / "plan.pdf"
    code, _, err = _run(data_dir, "crisis", "plan", str(plan))
    assert code == 0, err
    printed = " ".join(p.extract_text() or "" for p in PdfReader(plan).pages)
    assert "Спасатели работают на месте." in " ".join(printed.split())
    assert "Антикризисный план" in printed  # the profile's language by default
    assert "Связь со СМИ" in printed and "Дежурная часть МЧС" in printed
    docx = tmp_path / "plan.docx"
    assert _run(data_dir, "crisis", "plan", str(docx), "--lang", "ky")[0] == 0
    assert docx.stat().st_size > 1000


def test_bad_input_is_a_sentence_and_an_exit_code(data_dir, ready, tmp_path):
    code, _, err = _run(data_dir, "crisis", "scenario", "add", "--name", " ")
    assert code == 1 and "needs a name" in err
    code, _, err = _run(data_dir, "crisis", "scenario", "add", "--name", "Өрт", "--decides", "Жок")
    assert code == 1 and "Жок" in err
    code, _, err = _run(data_dir, "crisis", "statement", "approve", "42")
    assert code == 1 and "42" in err and "Traceback" not in err
    code, _, err = _run(data_dir, "crisis", "statement", "add", "1", "--text", "gone.txt")
    assert code == 2 and "gone.txt" in err
    code, _, err = _run(data_dir, "crisis", "plan", str(tmp_path / "plan.odt"))
    assert code == 1 and ".docx" in err
    code, _, err = _run(data_dir, "crisis", "start", "--title", "Өрт", "--at", "кечээ")
    assert code == 2 and "--at" in err


def test_a_crisis_starts_as_an_event_with_the_checklist(data_dir, ready):
    code, out, err = _run(
        data_dir, "crisis", "start", "--title", "Сел жүрдү", "--at", "2026-12-06 09:30"
    )
    assert code == 0, err
    assert out.strip().isdigit()
    code, out, _ = _run(data_dir, "events", "tasks", "--week", "2026-W49", "--lang", "ru")
    assert code == 0
    assert "Первый час: доложить руководителю" in out and "Первые сутки:" in out


def test_templates_are_listed_and_written(data_dir, ready, tmp_path):
    code, out, _ = _run(data_dir, "templates", "list")
    assert code == 0
    assert [line.split("\t")[0] for line in out.strip().splitlines()] == list(NAMES)
    assert "Положение о пресс-службе" in out and "Басма сөз кызматы жөнүндө жобо" in out
    for name in NAMES:
        path = tmp_path / f"{name}.pdf"
        code, _, err = _run(data_dir, "templates", "write", name, str(path), "--lang", "ky")
        assert code == 0, err
        assert "Өзгөчө кырдаалдар министрлиги" in " ".join(
            p.extract_text() or "" for p in PdfReader(path).pages
        )
    code, _, err = _run(data_dir, "templates", "write", "charter", str(tmp_path / "c.pdf"))
    assert code == 1 and "charter" in err and not (tmp_path / "c.pdf").exists()


def test_a_statement_is_deleted_and_an_unknown_one_is_a_sentence(data_dir, ready, tmp_path):
    code, out, err = _run(data_dir, "crisis", "scenario", "add", "--name", "Суу ташкыны")
    assert code == 0, err
    text = tmp_path / "ru.txt"
    text.write_text("Вода уходит.", encoding="utf-8")
    code, out, err = _run(
        data_dir, "crisis", "statement", "add", out.strip(), "--text-ru", str(text)
    )
    assert code == 0, err
    statement = out.strip()
    code, out, err = _run(data_dir, "crisis", "statement", "delete", statement)
    assert (code, out.strip()) == (0, f"Statement {statement} is deleted"), err
    assert f"statement {statement}" not in _run(data_dir, "crisis", "scenario", "list")[1]
    code, _, err = _run(data_dir, "crisis", "statement", "delete", statement)
    assert code == 1 and statement in err and "Traceback" not in err
