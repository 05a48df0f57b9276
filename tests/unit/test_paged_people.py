"""Pages of people read from the end of the list are the same as pages read from its start."""

from __future__ import annotations

import pytest

from pressdesk.services.contacts.query import count_people, people_page
from pressdesk.services.contacts.values import PersonFilter

SORTS = ["relevance", "name", "outlet", "phone", "email", "last_verified", "last_contacted"]


@pytest.mark.parametrize("descending", [False, True])
def test_a_page_read_backwards_equals_the_page_read_forwards(demo_db, descending):
    for flt in (PersonFilter(), PersonFilter(kinds=frozenset({"journalist", "editor"}))):
        total = count_people(demo_db, flt)
        assert total > 20
        for sort in SORTS:
            for offset, limit in ((total - 7, 5), (total - 3, 5), (total // 2 + 1, 9)):
                forwards = people_page(
                    demo_db, flt, sort=sort, descending=descending, offset=offset, limit=limit
                )
                backwards = people_page(
                    demo_db,
                    flt,
                    sort=sort,
                    descending=descending,
                    offset=offset,
                    limit=limit,
                    total=total,
                )
                assert [r.id for r in backwards] == [r.id for r in forwards], (sort, offset)
                assert len(forwards) == min(limit, total - offset)
