"""Names imported on first use resolve to the same objects as an eager import would give."""

from __future__ import annotations

import importlib
from xml.sax.saxutils import escape

import pytest

import pressdesk.documents as documents
from pressdesk.documents.model import escape_markup
from pressdesk.services import overview, preflight, preflight_sections


@pytest.mark.parametrize("name", sorted(set(documents.__all__) - {"FORMATS", "render"}))
def test_every_documents_name_is_the_one_of_its_module(name):
    module = importlib.import_module(f"pressdesk.documents.{documents._LAZY[name]}")
    assert getattr(documents, name) is getattr(module, name)


def test_an_unknown_documents_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = documents.no_such_name
    with pytest.raises(ImportError):
        from pressdesk.documents import no_such_name  # noqa: F401


@pytest.mark.parametrize(
    "text",
    ["", "plain", "a & b", "<b>bold</b>", "&amp; already", "x > y < z", "«Бишкек» & <i>"],
)
def test_markup_is_escaped_as_saxutils_escapes_it(text):
    assert escape_markup(text) == escape(text)


@pytest.mark.parametrize("key", sorted(preflight_sections._GROUPS))
def test_every_preflight_section_registers_on_first_use(key):
    section = preflight.section(key)
    assert section.key == key
    assert section.fields
    assert hasattr(section.model, "__tablename__")


def test_an_unknown_preflight_section_is_a_key_error():
    with pytest.raises(KeyError):
        preflight.section("no_such_section")


@pytest.mark.parametrize("key", sorted(overview.SECTION_ENTITIES))
def test_every_section_counts_mapped_entities(key):
    entities = overview.section_entities(key)
    assert entities
    assert all(hasattr(entity, "__tablename__") for entity in entities)


def test_section_counts_on_a_filled_base(runtime, database_templates):
    db = runtime.open_db()
    try:
        database_templates.fill_demo(db)
        assert overview.record_count(db, "contacts") > 0
        assert not overview.is_section_empty(db, "plan")
    finally:
        db.close()
