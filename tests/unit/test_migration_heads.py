"""The revisions of the migration scripts are read without parsing each script whole."""

from __future__ import annotations

import ast

import pytest

from pressdesk.storage import migrate

SCRIPTS = sorted((migrate.MIGRATIONS_DIR / "versions").glob("0*.py"))


def _parsed(source: str) -> dict[str, object]:
    values: dict[str, object] = {}
    for node in ast.parse(source).body:
        target = node.targets[0] if isinstance(node, ast.Assign) else None
        if isinstance(target, ast.Name) and target.id in {"revision", "down_revision"}:
            values[target.id] = ast.literal_eval(node.value)
    return values


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.stem)
def test_each_script_reads_as_parsing_it_reads(script):
    source = script.read_text(encoding="utf-8")
    assert migrate.script_revisions(source) == _parsed(source)


def test_the_scripts_form_one_chain():
    graph = migrate._revision_graph(migrate.MIGRATIONS_DIR)
    assert len(graph) == len(SCRIPTS)
    assert list(graph.values()).count(None) == 1
    assert migrate.head_revision() == max(graph)


@pytest.mark.parametrize(
    "source",
    [
        # A merge of two heads, written over several lines.
        'revision = "0009"\ndown_revision = (\n    "0007",\n    "0008",\n)\n',
        # Annotated, as newer Alembic templates write it: only plain assignments count.
        'revision: str = "0009"\ndown_revision: str | None = "0008"\n',
        # A comment after the value.
        'revision = "0009"  # the merge\ndown_revision = "0008"\n',
    ],
)
def test_other_spellings_fall_back_to_parsing(source):
    assert migrate.script_revisions(source) == _parsed(source)


def test_a_one_line_script_is_read_without_parsing(monkeypatch):
    class NoParsing:
        literal_eval = staticmethod(ast.literal_eval)

        @staticmethod
        def parse(*args: object, **kwargs: object) -> None:
            raise AssertionError("parsed")

    monkeypatch.setattr(migrate, "ast", NoParsing)
    source = '"""Doc."""\nrevision = "0002"\ndown_revision = "0001"\n\ndef upgrade(): ...\n'
    assert migrate.script_revisions(source) == {"revision": "0002", "down_revision": "0001"}
