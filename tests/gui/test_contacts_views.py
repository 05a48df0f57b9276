"""The contact lists open in the service order; the tabs after People are built when shown."""

from __future__ import annotations

from pressdesk.gui.contacts.page import LISTS, OUTLETS, PEOPLE, REVIEW, ContactsSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.lazy_tab import LazyTab
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


def test_the_page_opens_with_people_built_and_builds_a_tab_when_shown(qtbot, runtime, demo_db):
    page = ContactsSectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(page)
    page.show()
    holders = [page.tabs.widget(i) for i in (OUTLETS, LISTS, REVIEW)]
    assert all(isinstance(h, LazyTab) and h.built is None for h in holders)
    assert page.tabs.count() == 4
    page.tabs.setCurrentIndex(LISTS)
    lists = holders[1]
    assert isinstance(lists, LazyTab) and lists.built is page.lists
    assert page.lists.isVisible() and page.lists.model.rowCount() > 0
    assert holders[0].built is None and holders[2].built is None  # only the tab shown


def test_a_change_in_a_tab_built_later_marks_the_others_to_reload(qtbot, runtime, demo_db):
    page = ContactsSectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(OUTLETS)
    assert OUTLETS not in page.stale and PEOPLE not in page.stale
    page.outlets.changed.emit()
    assert PEOPLE in page.stale and OUTLETS not in page.stale
    page.tabs.setCurrentIndex(PEOPLE)
    assert PEOPLE not in page.stale
