"""Team mode: searching people on PostgreSQL finds what the SQLite index finds, names first.

The search tests of the contact base run here again, on a database of the test server.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from pressdesk.services.contacts.query import list_people
from pressdesk.services.contacts.values import PersonFilter
from pressdesk.services.demo import fill_demo
from pressdesk.storage.engine import Database
from pressdesk.storage.opening import open_database
from tests.unit.test_contacts_records import (  # noqa: F401 - collected here on PostgreSQL
    test_outlet_rename_updates_search,
    test_search_as_you_type_across_fields_and_alphabets,
    test_search_ranks_name_matches_first_and_handles_odd_input,
)


@pytest.fixture
def db(pg_url, tmp_path) -> Iterator[Database]:
    """The contact-base tests' database, on the PostgreSQL test server."""
    database = open_database(pg_url, tmp_path / "backups")
    yield database
    database.close()


QUERIES = ["ай", "асан", "кабар", "редактор", "0555", "эконом", "бишкек", "kg", "н", "жума ай"]


def _found(database: Database, query: str) -> list[str]:
    page = list_people(database, PersonFilter(text=query), limit=500)
    return [row.full_name for row in page.rows]


def test_the_demo_base_gives_the_same_people_on_both(runtime, pg_url, tmp_path):
    sqlite = runtime.open_db()
    server = open_database(pg_url, tmp_path / "backups")
    try:
        fill_demo(sqlite)
        fill_demo(server)
        for query in QUERIES:
            here, there = _found(sqlite, query), _found(server, query)
            assert sorted(here) == sorted(there), query
        # Names first: on the server every name match comes before any match in the other text
        # (ties among names may fall in another order than the SQLite index gives them).
        rows = list_people(server, PersonFilter(text="асан"), limit=500).rows
        names = [bool(re.search(r"(^|\W)асан", row.full_name.casefold())) for row in rows]
        assert names and names[0]
        assert names == sorted(names, reverse=True)
    finally:
        sqlite.close()
        server.close()
