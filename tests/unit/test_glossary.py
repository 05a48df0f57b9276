"""One term per concept: the glossary beside the catalogues, checked in the interface and in
every text a document builder prints."""

from __future__ import annotations

import ast
import csv
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
# Where the printed documents' own words live.
DOCUMENT_SOURCES = [
    *sorted((ROOT / "pressdesk" / "documents").glob("*.py")),
    *sorted((ROOT / "pressdesk" / "services").rglob("labels.py")),
    *sorted((ROOT / "pressdesk" / "services").rglob("printing.py")),
    ROOT / "pressdesk" / "services" / "handover" / "document.py",
    ROOT / "pressdesk" / "services" / "plan" / "ical.py",
    ROOT / "pressdesk" / "assets_vocab.py",
]


def _glossary() -> list[dict[str, str]]:
    lines = [
        line
        for line in (I18N / "glossary.tsv").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    return list(csv.DictReader(lines, delimiter="\t"))


def _avoided(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    found = []
    for row in _glossary():
        for variant in filter(None, (row[f"{lang}_avoid"] or "").split(" | ")):
            found.append((row["concept"], re.compile(rf"(?<!\w){variant}", re.IGNORECASE)))
    return found


def _translations(lang: str) -> list[tuple[str, str, str]]:
    texts = []
    for ts in sorted(I18N.glob(f"*_{lang}.ts")):
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("obsolete", "vanished"):
                    continue
                texts.append((ts.name, message.findtext("source", ""), translation.text or ""))
    return texts


def _document_strings() -> list[tuple[str, str]]:
    texts = []
    for path in DOCUMENT_SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.search("[А-Яа-яЁёӨөҮүҢң]", node.value)
            ):
                texts.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    return texts


def test_the_glossary_names_every_language_of_every_concept():
    rows = _glossary()
    assert len(rows) >= 8
    for row in rows:
        assert row["en"] and row["ky"] and row["ru"], row["concept"]
        for lang in ("ky", "ru"):
            for variant in filter(None, (row[f"{lang}_avoid"] or "").split(" | ")):
                re.compile(variant)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_interface_uses_one_term_per_concept(lang):
    avoided = _avoided(lang)
    problems = [
        f"{name}: «{concept}» as «{pattern.search(text).group(0)}» in {text!r} (for {source!r})"  # type: ignore[union-attr]
        for name, source, text in _translations(lang)
        for concept, pattern in avoided
        if pattern.search(text)
    ]
    assert problems == []


def test_documents_use_the_glossary_terms():
    avoided = _avoided("ky") + _avoided("ru")
    problems = [
        f"{where}: «{concept}» as «{pattern.search(text).group(0)}» in {text!r}"  # type: ignore[union-attr]
        for where, text in _document_strings()
        for concept, pattern in avoided
        if pattern.search(text)
    ]
    assert problems == []


def test_the_checks_find_what_they_look_for():
    ky = _avoided("ky")
    hits = {concept for concept, pattern in ky if pattern.search("Мурунку жума, ЖМК басылмалары")}
    assert hits == {"week", "media outlet"}
    assert not any(pattern.search("жума күнү саат 10:00да") for _c, pattern in ky)


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_a_kyrgyz_postposition_has_a_word_to_carry_its_ending(lang):
    """«{date} чейин» glues no case ending to a date: «{date} күнгө чейин» does."""
    if lang != "ky":
        pytest.skip("a Kyrgyz rule")
    bare = re.compile(r"\{\w+\}\s+(чейин|бери|баштап|кийин|мурун)\b")
    problems = [(name, text) for name, _source, text in _translations("ky") if bare.search(text)]
    assert problems == []
