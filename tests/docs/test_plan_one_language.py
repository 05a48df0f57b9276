"""Every plan document made from the demo data, in Kyrgyz and in Russian, is in that language
alone: the plan for approval of a week, a ten-day period and a month (DOCX, PDF), the campaign's
plan, the calendar file, each written through the command line, and the act's plan section."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass
from pathlib import Path

import icalendar
import keyring
import pytest
from pypdf import PdfReader

from pressdesk import cli, clock
from pressdesk.runtime import Runtime
from pressdesk.services.handover.plan import plan_section, plan_section_refs
from pressdesk.services.plan.campaigns import list_campaigns
from pressdesk.services.plan.periods import period_containing
from pressdesk.services.preflight import find_missing
from tests.support.memkeyring import MemoryKeyring
from tests.support.one_language import docx_text, flat, foreign_words
from tests.support.templates import DatabaseTemplates

LANGS = ("ky", "ru")
# Proper names whose words are in the lists: the letter of the house number «96а» in the
# ministry's address.
ALLOWED = {"ky": frozenset({"а"}), "ru": frozenset()}
# The sections whose texts these documents print.
OWN_SECTIONS = ("Content plan #", "Campaigns #", "Events #")


@dataclass(frozen=True)
class Written:
    """One document written by the command line, with what it said on stderr."""

    name: str
    lang: str
    path: Path
    code: int
    err: str


def _text(path: Path) -> str:
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return flat("\n".join(page.extract_text() for page in PdfReader(path).pages))
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    parts = [str(calendar.get("X-WR-CALNAME", ""))]
    for vevent in calendar.walk("VEVENT"):
        parts += [str(vevent.get(key, "")) for key in ("SUMMARY", "DESCRIPTION")]
        if "CATEGORIES" in vevent:
            parts += [str(c) for c in vevent["CATEGORIES"].cats]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def demo_folder(
    tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates
) -> Path:
    """One data folder with the demo data in it."""
    folder = tmp_path_factory.mktemp("plan-one-language")
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        runtime = Runtime.create(str(folder / "data"))
        database_templates.copy_demo(runtime.paths.database_file)
    finally:
        keyring.set_keyring(previous)
    return folder


@pytest.fixture(scope="module")
def written(demo_folder: Path) -> list[Written]:
    """Write every plan document from the demo in both languages."""
    out = demo_folder / "documents"
    out.mkdir()
    today = clock.today()
    year, week, _ = today.isocalendar()
    decade = min((today.day - 1) // 10 + 1, 3)
    following = period_containing("month", today).next()
    periods = [
        ("week", ["--week", f"{year}-W{week:02d}"]),
        ("decade", ["--decade", f"{today:%Y-%m}-{decade}"]),
        ("month", ["--month", f"{today:%Y-%m}"]),
        ("next-month", ["--month", f"{following.start:%Y-%m}"]),
        ("campaign", ["--campaign", "Жер үлүштөрүнүн онлайн реестри"]),
    ]
    jobs: list[tuple[str, list[str]]] = []
    for lang in LANGS:
        for name, option in periods:
            for suffix in (".docx", ".pdf"):
                jobs.append((f"{name}-{lang}{suffix}", option))
            jobs.append((f"{name}-all-{lang}.docx", [*option, "--all"]))
        jobs.append((f"month-{lang}.ics", periods[2][1]))
        jobs.append((f"campaign-{lang}.ics", periods[4][1]))
    results = []
    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        for name, option in jobs:
            lang = name.rsplit("-", 1)[1].split(".")[0]
            path = out / name
            err = io.StringIO()
            argv = ["--data-dir", str(demo_folder / "data"), "plan", "export", str(path)]
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                code = cli.main([*argv, *option, "--lang", lang, "--strict"])
            results.append(Written(name, lang, path, code, err.getvalue()))
    finally:
        keyring.set_keyring(previous)
    return results


def test_every_kind_of_document_was_written(written):
    assert {item.path.suffix for item in written} == {".docx", ".pdf", ".ics"}
    # --strict: nothing of the plan, its campaign or its events is missing in either language.
    assert [(item.name, item.err) for item in written if item.code != 0] == []
    assert len(written) == 34


@pytest.mark.parametrize("lang", LANGS)
def test_demo_documents_are_in_one_language(written, lang):
    found: dict[str, list[str]] = {}
    for item in written:
        if item.lang != lang:
            continue
        assert not [line for line in item.err.splitlines() if line.startswith(OWN_SECTIONS)]
        text = _text(item.path)
        assert text.strip(), item.name
        words = foreign_words(text, lang, ALLOWED[lang])
        if words:
            found[item.name] = sorted(set(words))
    assert found == {}


def test_the_two_languages_carry_the_same_plan(written):
    by_name = {item.name: item for item in written}
    ky, ru = _text(by_name["campaign-ky.pdf"].path), _text(by_name["campaign-ru.pdf"].path)
    assert "Маалымат өнөктүгүнүн контент-планы" in ky and "Жер үлүштөрүнүн онлайн реестри" in ky
    assert "Контент-план информационной кампании" in ru and "Онлайн-реестр земельных долей" in ru
    assert "Проверьте свою земельную долю бесплатно, не выходя из дома." in ru
    assert "Жер үлүшүңүздү үйдөн чыкпай, акысыз текшериңиз." in ky
    for lang in LANGS:
        calendar = icalendar.Calendar.from_ical(by_name[f"month-{lang}.ics"].path.read_bytes())
        assert all(str(vevent["SUMMARY"]) for vevent in calendar.walk("VEVENT"))


@pytest.mark.parametrize("lang", LANGS)
def test_the_acts_plan_section_is_in_one_language(demo_folder, lang):
    runtime = Runtime.create(str(demo_folder / "data"))
    db = runtime.open_db()
    try:
        today = clock.today()
        refs = plan_section_refs(db, today, 30)
        assert refs and find_missing(db, refs, lang) == []
        section = plan_section(db, lang, today, 30)
        assert list_campaigns(db)
    finally:
        db.close()
    text = "\n".join(
        [section.title, section.intro, *(c for line in section.lines for c in line.cells)]
    )
    assert len(section.lines) > 3
    assert foreign_words(text, lang, ALLOWED[lang]) == []
