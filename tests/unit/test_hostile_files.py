"""Every hostile file of the corpus is a message, never a traceback, and never half an import.

The corpus (tests/support/hostile.py) is made once per run in a temporary folder: a file per
fault per importer — damaged workbooks, mixed encodings, values the database cannot hold,
files over each limit. Each is imported through the command line into a database that already
holds the demo data; the row counts of every table must be the same afterwards unless the
file is one the import reads past as documented.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from pressdesk import cli
from tests.support.hostile import Hostile, corpus, good_files
from tests.support.templates import DatabaseTemplates

COMMAND = {
    "contacts": ("contacts", "import"),
    "inventory": ("inventory", "import"),
    "archive": ("archive", "import"),
    "plan": ("plan", "import"),
}
# The table each section's import fills, for the rows a readable file adds.
TABLE = {
    "contacts": "person",
    "inventory": "equipment_item",
    "archive": "archive_set",
    "plan": "plan_item",
}


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Hostile]]:
    folder = tmp_path_factory.mktemp("hostile")
    return folder, corpus(folder)


@pytest.fixture(scope="module")
def demo_template(
    tmp_path_factory: pytest.TempPathFactory, database_templates: DatabaseTemplates
) -> Path:
    """A database with the demo data, made once and copied for each test."""
    folder = tmp_path_factory.mktemp("template")
    database_templates.copy_demo(folder / "pressdesk.db")
    return folder / "pressdesk.db"


@pytest.fixture
def data(demo_template: Path, data_dir: Path) -> Path:
    data_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_template, data_dir / "pressdesk.db")
    return data_dir


def counts(db_file: Path) -> dict[str, int]:
    """Return the number of rows of every table."""
    conn = sqlite3.connect(db_file)
    try:
        tables = [
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def run(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> tuple[int, str, str]:
    code = cli.main(["--data-dir", str(data), *argv])
    out, err = capsys.readouterr()
    return code, out, err


# The names are known without making the files; they are made once, in the fixture.
NAMES = [h.name for h in corpus(Path("not-made"), make=False)]


def test_the_corpus_covers_every_importer_and_format():
    suffixes = {(name.split("-")[0], Path(name).suffix) for name in NAMES}
    assert suffixes >= {
        ("contacts", ".csv"),
        ("contacts", ".xlsx"),
        ("contacts", ".vcf"),
        ("inventory", ".csv"),
        ("inventory", ".xlsx"),
        ("archive", ".csv"),
        ("archive", ".xlsx"),
        ("plan", ".ics"),
    }
    assert len(NAMES) >= 40


@pytest.mark.parametrize("name", NAMES)
def test_a_hostile_file_is_a_message_and_changes_nothing(name, hostile_dir, data, capsys):
    folder, made = hostile_dir
    item = next(h for h in made if h.name == name)
    db_file = data / "pressdesk.db"
    before = counts(db_file)
    code, out, err = run(capsys, data, *COMMAND[item.section], str(folder / name))
    assert "Traceback" not in out + err and "internal error" not in err, err
    after = counts(db_file)
    if item.outcome == "read":
        assert code == 0, err
        added = {t: after[t] - before[t] for t in after if after[t] != before[t]}
        assert added.get(TABLE[item.section], 0) == item.added, added
        message = out
    else:
        assert code == 1, out + err
        assert after == before
        message = out if item.outcome == "rows" else err
        if item.outcome != "rows":
            assert name in message
    for words in item.expect:
        assert words in message, message


@pytest.mark.parametrize(
    "name",
    [
        "good",
        "inventory-bom-cp1251.csv",
        "inventory-cost-forty-digits.csv",
        "archive-count-over-2-63.csv",
        "archive-count-over-2-63.xlsx",
        "contacts-string-index.xlsx",
        "contacts-too-many-rows.csv",
        "contacts-long-note.vcf",
        "contacts-charset-rot13.vcf",
    ],
)
def test_a_dry_run_says_what_the_import_does(
    name, hostile_dir, demo_template, data, capsys, tmp_path
):
    folder, made = hostile_dir
    if name == "good":
        folder, items = tmp_path / "good", good_files(tmp_path / "good")
    else:
        items = [h for h in made if h.name == name]
    db_file = data / "pressdesk.db"
    for item in items:
        shutil.copy(demo_template, db_file)
        path = folder / item.name
        before = counts(db_file)
        command = (*COMMAND[item.section], str(path))
        dry_code, dry_out, dry_err = run(capsys, data, *command, "--dry-run")
        assert counts(db_file) == before
        code, out, err = run(capsys, data, *command)
        assert (dry_code, dry_err) == (code, err), (dry_out, out)
        added = counts(db_file)[TABLE[item.section]] - before[TABLE[item.section]]
        assert added == (item.added if code == 0 else 0)
        if item.section == "contacts" and code == 0:
            # "Would import: 2 new, …" and "Imported: 2 new, …" give the same figures.
            assert dry_out.split("import: ", 1)[1] == out.split("Imported: ", 1)[1]
        elif code == 0:
            assert f"{added} " in dry_out and f"{added} " in out
