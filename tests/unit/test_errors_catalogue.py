"""Every error code is translated, with its values, and no service composes an English sentence."""

from __future__ import annotations

import ast
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pressdesk.messages import LINES, TERMS, TEXTS

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
SERVICES = ROOT / "pressdesk" / "services"

# Errors whose class carries the code (a record not found is worded as "record.missing").
CODED_BY_CLASS = {
    "NotFound",
    "ContactNotFound",
    "EventNotFound",
    "PlanNotFound",
    "StaffNotFound",
}

# Raise sites left with a sentence of their own, and why.
LEFT_AS_SENTENCES = {
    # Programming errors: the value comes from the code, never from what the user typed.
    ("contacts/records.py", "AssertionError"),
    ("handover/labels.py", "ValueError"),
    ("inventory/item_order.py", "ValueError"),
    ("archive/records.py", "ValueError"),
    # The demo refuses a database with data: a command-line only refusal (`pressdesk demo`).
    ("demo.py", "DemoRefused"),
}


def _translations(lang: str, context: str) -> dict[str, str | None]:
    found: dict[str, str | None] = {}
    root = ET.parse(I18N / f"pressdesk_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") != context:
            continue
        for message in ctx.iter("message"):
            translation = message.find("translation")
            finished = translation is not None and translation.get("type") is None
            text = translation.text if finished and translation is not None else None
            found[message.findtext("source") or ""] = text
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_code_has_a_translation_with_the_same_values(lang: str) -> None:
    catalogue = _translations(lang, "Messages")
    problems = []
    for code, template in sorted(TEXTS.items()):
        translated = catalogue.get(template)
        if not translated:
            problems.append(f"{code}: no finished translation")
            continue
        wanted, got = _fields(template), _fields(translated)
        if got != wanted:
            problems.append(f"{code}: {sorted(got)} instead of {sorted(wanted)}")
        elif translated == template and re.search(r"[A-Za-z]", re.sub(r"\{\w+\}", "", template)):
            problems.append(f"{code}: left in English")
    assert problems == []


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_term_put_into_a_message_is_translated(lang: str) -> None:
    catalogue = _translations(lang, "MessageTerms")
    assert sorted(term for term in TERMS if not catalogue.get(term)) == []


def _first_text(call: ast.Call) -> ast.expr | None:
    return call.args[0] if call.args else None


def _composed_sentences() -> list[str]:
    """Return the raise sites of the services whose first argument is not a code."""
    found = []
    for path in sorted(SERVICES.rglob("*.py")):
        where = path.relative_to(SERVICES).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Raise) or not isinstance(node.exc, ast.Call):
                continue
            func = node.exc.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if name in CODED_BY_CLASS or (where, name) in LEFT_AS_SENTENCES:
                continue
            first = _first_text(node.exc)
            if isinstance(first, ast.JoinedStr):
                found.append(f"{where}:{node.lineno} {name}(f-string)")
            elif (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and first.value not in TEXTS
                and first.value != LINES
            ):
                found.append(f"{where}:{node.lineno} {name}({first.value!r})")
    return found


def test_no_service_raises_an_english_sentence() -> None:
    assert _composed_sentences() == []


def test_the_scan_sees_a_composed_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sample.py").write_text(
        'def f(n):\n    raise PlanError(f"There are {n} items.")\n', encoding="utf-8"
    )
    monkeypatch.setattr(f"{__name__}.SERVICES", tmp_path)
    assert _composed_sentences() == ["sample.py:2 PlanError(f-string)"]
