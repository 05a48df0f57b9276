"""A plan item that publications cover is marked in the plan's list and calendar."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon

from pressdesk.gui.plan import agenda_model as agenda
from pressdesk.gui.plan.page import PlanSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.services.coverage.records import CoverageInput, add_record, outlet_names
from tests.gui.test_plan_page import demo_plan_file


@pytest.fixture
def plan_db(runtime, tmp_path_factory):
    shutil.copyfile(demo_plan_file(tmp_path_factory), runtime.paths.database_file)
    db = runtime.open_db()
    yield db
    db.close()


def _page(qtbot, runtime, db) -> PlanSectionPage:
    page = PlanSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def _cover(db, item_id: int, times: int) -> None:
    for n in range(times):
        add_record(
            db,
            CoverageInput(
                published_at=dt.datetime(2026, 11, 20, 10, n),
                outlet=f"Outlet {n}",
                title=f"Publication {item_id}-{n}",
            ),
        )
    from sqlalchemy import update

    from pressdesk.storage.coverage_models import CoverageRecord

    with db.session() as session:
        session.execute(
            update(CoverageRecord)
            .where(CoverageRecord.title.like(f"Publication {item_id}-%"))
            .values(plan_item_id=item_id)
        )


def test_a_covered_item_has_a_mark_and_a_tooltip_in_the_list(qtbot, runtime, plan_db):
    page = _page(qtbot, runtime, plan_db)
    page.set_view("agenda")
    model = page.model
    stored = [r for r in range(model.rowCount()) if not model.row_at(r).virtual]
    covered, plain = stored[0], stored[1]
    _cover(plan_db, model.row_at(covered).id, 2)
    page.reload()
    covered = model.row_of(next(r.key for r in page.rows if r.id == model.row_at(covered).id))
    title = model.index(covered, agenda.TITLE)
    assert isinstance(title.data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert title.data(Qt.ItemDataRole.ToolTipRole).endswith("Covered: 2 publication(s)")
    other = model.index(plain, agenda.TITLE)
    assert other.data(Qt.ItemDataRole.DecorationRole) is None
    assert "Covered" not in other.data(Qt.ItemDataRole.ToolTipRole)
    # The list still fits the window.
    header = page.table.horizontalHeader()
    assert header.length() <= page.table.viewport().width()


def test_a_covered_item_is_marked_in_the_calendar(qtbot, runtime, plan_db):
    page = _page(qtbot, runtime, plan_db)
    page.set_view("week")
    row = next(r for r in page.rows if not r.virtual)
    _cover(plan_db, row.id, 1)
    page.reload()
    calendar = page.calendar
    shown = next(r for r in calendar.ordered_rows() if r.id == row.id and not r.virtual)
    assert calendar.covered_count(shown) == 1
    assert "Covered: 1 publication(s)" in calendar.describe(shown)
    others = [r for r in calendar.ordered_rows() if r.id != row.id]
    assert others and all("Covered" not in calendar.describe(r) for r in others)
    page.grab().save("/tmp/plan_covered_week.png")


def test_the_plan_marks_an_item_as_soon_as_a_publication_links_it(qtbot, window, answers):
    """Linking a plan item in the Coverage section marks it in the open plan, without a
    reload; undoing the link takes the mark away again."""
    window.show_section("plan")
    plan = window.page("plan")
    plan.set_view("agenda")
    model = plan.model
    covered_ids = set(model._covered)
    item = next(
        model.row_at(r)
        for r in range(model.rowCount())
        if not model.row_at(r).virtual and model.row_at(r).id not in covered_ids
    )

    def marked() -> bool:
        number = next(n for n in range(model.rowCount()) if model.row_at(n).id == item.id)
        return isinstance(
            model.index(number, agenda.TITLE).data(Qt.ItemDataRole.DecorationRole), QIcon
        )

    assert not marked()
    window.show_section("coverage")
    coverage = window.page("coverage")

    def link(editor) -> int:
        editor.title.setText("Публикация по пункту плана")
        editor.outlet.setText(outlet_names(window.db)[0])
        editor.plan_item.setCurrentIndex(editor.plan_item.findData(item.id))
        assert editor.plan_item.currentData() == item.id
        return int(editor.save())

    answers.dialogs.append(link)
    coverage.add()
    answers.assert_all_used()
    assert marked()  # the plan page was read afresh, in the background
    window.undo_stack.undo()
    assert not marked()


def test_an_item_with_a_press_release_names_it_in_the_list(qtbot, runtime, plan_db):
    from pressdesk.bilingual import Bi
    from pressdesk.services.releases.reading import get_release
    from pressdesk.services.releases.records import ReleaseInput, add_release

    page = _page(qtbot, runtime, plan_db)
    page.set_view("agenda")
    model = page.model
    stored = [model.row_at(r) for r in range(model.rowCount()) if not model.row_at(r).virtual]
    item, other = stored[0], stored[1]
    rid = add_release(
        plan_db, ReleaseInput(title=Bi("Пресс-релиз", "Пресс-релиз"), plan_item_id=item.id)
    )
    label = get_release(plan_db, rid).label
    page.reload()
    tip = model.index(model.row_of(item.key), agenda.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Press release {label}: " in tip
    tip = model.index(model.row_of(other.key), agenda.TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Press release {label}" not in tip
