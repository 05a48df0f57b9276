"""The people list on the paged model: a new search starts at the top, an edit keeps the place."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, insert, select

from pressdesk.gui.contacts.people_view import PeopleView
from pressdesk.services.contacts.records import get_person, save_person, sort_text
from pressdesk.storage.contacts_models import Person
from pressdesk.storage.contacts_search import person_search_columns


@pytest.fixture
def view(qtbot, demo_db):
    with demo_db.session() as session:
        first = (session.scalar(select(func.max(Person.id))) or 0) + 1
        rows = []
        for pid in range(first, first + 600):
            name = f"Асанов Бакыт {pid}"
            search_name, search_text = person_search_columns(name)
            rows.append(
                {
                    "id": pid,
                    "full_name": name,
                    "kind": "journalist",
                    "name_sort": sort_text(name),
                    "search_name": search_name,
                    "search_text": search_text,
                }
            )
        session.execute(insert(Person), rows)
    widget = PeopleView(demo_db)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.reload()
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_new_search_shows_its_best_matches_from_the_top(qtbot, view):
    bar = view.table.verticalScrollBar()
    view.table.scrollToBottom()
    assert bar.value() == bar.maximum() > 0
    view.filters.search.setText("бакыт")
    qtbot.waitUntil(lambda: view.model.sort_key == "relevance" and bar.value() == 0)
    assert "бакыт" in view.model.index(0, 0).data().casefold()


def test_an_edit_far_down_the_list_keeps_the_row_selected(qtbot, view):
    model = view.model
    row = model.rowCount() - 5
    view.table.scrollToBottom()
    view.table.selectRow(row)
    person = get_person(view.db, model.row_at(row).id)
    save_person(view.db, replace(person, notes="changed"))
    model.refresh()
    assert [i.row() for i in view.table.selectionModel().selectedRows()] == [row]
    assert view.selected_rows()[0].id == person.id
    assert model.loaded <= model.kept_pages * model.page_size
