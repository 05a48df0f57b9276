"""The People and Outlets lists open in the service's order, with no column chosen for people."""

from __future__ import annotations

from pressdesk.gui.contacts.page import OUTLETS, ContactsSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.services.contacts.query import people_page
from pressdesk.services.contacts.values import PersonFilter


def test_the_lists_open_in_the_service_order(qtbot, runtime, demo_db):
    page = ContactsSectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(page)
    page.show()
    people = page.people.model
    assert (people.sort_key, people.descending) == ("relevance", False)
    assert page.people.table.horizontalHeader().sortIndicatorSection() == -1
    expected = people_page(demo_db, PersonFilter(), sort="relevance", offset=0, limit=5)
    assert [people.row_at(i).id for i in range(5)] == [row.id for row in expected]
    page.tabs.setCurrentIndex(OUTLETS)
    outlets = page.outlets.model
    assert (outlets.sort_key, outlets.descending) == ("name", False)
