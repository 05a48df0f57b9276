"""The Content plan page: languages, views, periods, editing, approvals, drag and drop."""

from __future__ import annotations

import datetime as dt
import random
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialog

from pressdesk.bilingual import Bi
from pressdesk.gui.plan.actions import TextPrompt
from pressdesk.gui.plan.agenda_model import DATE, STATUS, TITLE, PlanAgendaModel
from pressdesk.gui.plan.calendar_view import MIME_TYPE
from pressdesk.gui.plan.editor import PlanItemEditor
from pressdesk.gui.plan.page import PlanSectionPage
from pressdesk.gui.sections import SectionContext
from pressdesk.runtime import Runtime
from pressdesk.services.demo import DEMO_PROFILE, DEMO_STAFF
from pressdesk.services.plan.demo import fill_plan_demo
from pressdesk.services.plan.items import PlanItemInput, create_item, get_item, list_items
from pressdesk.services.plan.periods import period_containing
from pressdesk.services.plan.workflow import change_status, item_history
from pressdesk.services.profile import save_profile
from pressdesk.services.staff import list_staff, save_staff
from pressdesk.textfold import sort_key
from tests.gui.conftest import ts_translation
from tests.support.pinned import PINNED_TODAY

TODAY = PINNED_TODAY


_TEMPLATE: list[Path] = []


def demo_plan_file(factory: pytest.TempPathFactory) -> Path:
    """Return a database file with the organisation, staff and the demo plan, built once."""
    if not _TEMPLATE:
        runtime = Runtime.create(str(factory.mktemp("plan-template")))
        db = runtime.open_db()
        save_profile(db, DEMO_PROFILE)
        for row in DEMO_STAFF:
            save_staff(db, row)
        fill_plan_demo(db, random.Random(3))
        db.close()
        _TEMPLATE.append(runtime.paths.database_file)
    return _TEMPLATE[0]


@pytest.fixture
def plan_db(runtime, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A fresh copy of the demo plan database, open."""
    shutil.copyfile(demo_plan_file(tmp_path_factory), runtime.paths.database_file)
    db = runtime.open_db()
    yield db
    db.close()


@pytest.fixture
def page(qtbot, runtime, plan_db):  # type: ignore[no-untyped-def]
    """The plan page on the demo plan, shown at a laptop's size."""
    widget = PlanSectionPage(SectionContext(runtime, plan_db))
    qtbot.addWidget(widget)
    widget.resize(1160, 680)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _accept(script):  # type: ignore[no-untyped-def]
    """Return a dialog script that runs ``script(dialog)`` and then accepts the dialog."""

    def run(dialog: QDialog) -> int:
        script(dialog)
        dialog.accept()
        return dialog.result()

    return run


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_page_opens_in_kyrgyz_and_russian(qtbot, ui_language, runtime, plan_db, lang):
    ui_language(lang)
    page = PlanSectionPage(SectionContext(runtime, plan_db))
    qtbot.addWidget(page)
    assert page.view_buttons["week"].text() == ts_translation(lang, "PlanSectionPage", "Week")
    assert page.view_buttons["week"].isChecked()
    assert page.period_label.text() == period_containing("week", TODAY).label(lang)
    page.set_view("agenda")
    header = page.model.headerData(STATUS, Qt.Orientation.Horizontal)
    assert header == ts_translation(lang, "PlanAgendaModel", "Status")
    page.set_view("month")
    assert page.rows, "the demo plan fills the current month"
    status = page.rows[0].status
    from pressdesk.gui.plan.labels import status_name

    expected = {"ky": "Долбоор", "ru": "Черновик"}
    assert status_name("draft") == expected[lang]
    assert status_name(status) != status


def test_views_switch_and_periods_move(page):
    week = period_containing("week", TODAY)
    assert (page.view, page.period) == ("week", week)
    page.go_next()
    assert page.period == week.next()
    page.go_previous()
    page.go_previous()
    assert page.period == week.previous()
    page.go_today()
    assert page.period == week

    page.set_view("decade")
    assert page.period == period_containing("decade", TODAY)
    page.go_next()
    assert page.period.start.day in (1, 11, 21)
    page.set_view("month")
    assert page.period == period_containing("month", page.period.start)
    page.go_today()
    month = page.period
    assert page.calendar.cell_rect(TODAY) is not None
    assert [row.key for row in page.rows] == [
        row.key for row in list_items(page.db, month.start, month.end)
    ]

    page.set_view("agenda")
    assert page.period == month, "the list keeps the period shown"
    assert page.stack.currentWidget() is page.table
    assert page.model.rowCount() == len(page.rows)
    page.set_view("week")
    assert page.stack.currentWidget() is page.calendar_scroll


def test_filters_narrow_every_view(page):
    page.set_view("month")
    everything = len(page.rows)
    index = page.filters.status.findData("published")
    page.filters.status.setCurrentIndex(index)
    assert page.rows and all(row.status == "published" for row in page.rows)
    assert len(page.rows) < everything
    page.filters.choose_channel("website", True)
    assert all("website" in row.channels for row in page.rows)
    page.filters.clear()
    assert len(page.rows) == everything


def test_new_item_through_the_editor_is_saved(page, answers, plan_db):
    person = next(s for s in list_staff(plan_db) if s.active)

    def fill(editor: PlanItemEditor) -> None:
        editor.title.setValue(Bi("Брифинг: жазгы талаа иштери", "Брифинг: весенние полевые работы"))
        editor.topic.editor("ky").setPlainText("Себүү өнөктүгүнүн жыйынтыктары")
        editor.all_day.setChecked(False)
        editor.time.setTime(editor.time.time().fromString("11:30", "HH:mm"))
        editor.format.setCurrentIndex(editor.format.findData("press_release"))
        editor.language.setCurrentIndex(editor.language.findData("ky"))
        editor.responsible.setCurrentIndex(editor.responsible.findData(person.id))
        for i in range(editor.channels.count()):
            item = editor.channels.item(i)
            if item.data(Qt.ItemDataRole.UserRole) in ("website", "telegram"):
                item.setCheckState(Qt.CheckState.Checked)
        editor.outlets.setPlainText("Кабар\nАКИpress")

    answers.dialogs.append(_accept(fill))
    day = page.period.start + dt.timedelta(days=2)
    page.new_item(day)
    answers.assert_all_used()

    saved = [r for r in list_items(plan_db, day, day) if r.title.ky.startswith("Брифинг")]
    assert len(saved) == 1
    row = saved[0]
    assert row.title == Bi("Брифинг: жазгы талаа иштери", "Брифинг: весенние полевые работы")
    assert row.topic == Bi("Себүү өнөктүгүнүн жыйынтыктары", "")
    assert (row.time, row.format, row.language) == (dt.time(11, 30), "press_release", "ky")
    assert set(row.channels) == {"website", "telegram"}
    assert row.outlets == ("Кабар", "АКИpress")
    assert row.responsible_id == person.id
    assert row.status == "draft"
    assert row.key in {r.key for r in page.rows}


def test_a_refused_save_is_shown_and_keeps_the_input(qtbot, ui_language, answers, plan_db):
    ui_language("ru")
    editor = PlanItemEditor(plan_db, day=TODAY)
    qtbot.addWidget(editor)
    editor.topic.editor("ru").setPlainText("Повод есть, названия нет")
    editor.audience.editor("ru").setText("фермеры")
    answers.messages.append("ok")
    editor.accept()
    assert editor.result() != QDialog.DialogCode.Accepted
    shown = answers.asked[-1]
    assert shown.kind == "warning"
    assert shown.text == "У материала должно быть название."
    assert editor.topic.value() == Bi("", "Повод есть, названия нет")
    assert editor.audience.value() == Bi("", "фермеры")
    assert editor.saved is None

    editor.title.editor("ru").setText("Теперь с названием")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = get_item(plan_db, editor.saved.id)
    assert saved.topic == Bi("", "Повод есть, названия нет")
    assert saved.title == Bi("", "Теперь с названием")


def test_approval_actions_record_who_approved(qtbot, answers, plan_db):
    row = create_item(plan_db, PlanItemInput(date=TODAY, title="Маек"), status="draft")
    editor = PlanItemEditor(plan_db, row)
    qtbot.addWidget(editor)
    assert set(editor.approval.buttons) == {"sent", "idea", "cancelled"}
    editor.approval.buttons["sent"].click()
    assert get_item(plan_db, row.id).status == "sent"

    offered = []

    def who(prompt: TextPrompt) -> None:
        offered.append(prompt.value())
        prompt.set_value("Асанов Бакыт Токтогулович (телефон аркылуу)")

    answers.dialogs.append(_accept(who))
    editor.approval.buttons["approved"].click()
    answers.assert_all_used()
    assert offered == [DEMO_PROFILE.head_name]
    stored = get_item(plan_db, row.id)
    assert stored.status == "approved"
    assert stored.approved_by == "Асанов Бакыт Токтогулович (телефон аркылуу)"
    last = item_history(plan_db, row.id)[-1]
    assert (last.kind, last.old_value, last.new_value) == ("status", "sent", "approved")
    assert last.by_name == stored.approved_by
    assert editor.approval.history.topLevelItemCount() == 3
    assert stored.approved_by in editor.approval.history.topLevelItem(0).text(1)
    assert set(editor.approval.buttons) == {"published", "draft", "cancelled"}
    assert editor.changed


def test_returning_an_item_asks_for_the_comment(qtbot, answers, plan_db):
    row = create_item(plan_db, PlanItemInput(date=TODAY, title="Пост"), status="draft")
    change_status(plan_db, row.id, "sent")
    editor = PlanItemEditor(plan_db, get_item(plan_db, row.id))
    qtbot.addWidget(editor)
    answers.dialogs.append(_accept(lambda prompt: prompt.set_value("Сандарды текшериңиз")))
    editor.change_status("returned")
    assert get_item(plan_db, row.id).return_comment == "Сандарды текшериңиз"
    assert "Сандарды текшериңиз" in editor.approval.status_label.text()


def test_dropping_an_item_on_another_day_moves_it(page, plan_db):
    row = create_item(plan_db, PlanItemInput(date=page.period.start, title="Жылдырылчу"))
    page.reload()
    target = page.period.start + dt.timedelta(days=3)
    cell = page.calendar.cell_rect(target)
    assert cell is not None and page.calendar.chip_rect(row.key) is not None
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(row.key.encode()))
    drop = QDropEvent(
        QPointF(cell.center()),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.calendar.dropEvent(drop)
    assert get_item(plan_db, row.id).date == target
    assert next(r for r in page.rows if r.id == row.id).date == target
    assert item_history(plan_db, row.id)[-1].field == "date"


def test_moving_a_series_occurrence_asks_which(page, answers, plan_db):
    monday = page.period.start
    series = create_item(
        plan_db, PlanItemInput(date=monday, title="Рубрика", rrule="FREQ=WEEKLY;BYDAY=MO,WE")
    )
    page.reload()
    occurrence = next(r for r in page.rows if r.id == series.id and r.date == monday)
    answers.messages.append("one")
    page.calendar.drop(occurrence.key, monday + dt.timedelta(days=1))
    assert "This occurrence only" in [label for _k, label in answers.asked[-1].buttons]
    week = list_items(plan_db, monday, monday + dt.timedelta(days=6))
    mine = [r for r in week if r.title.ky == "Рубрика"]
    assert sorted(r.date.weekday() for r in mine) == [1, 2]
    assert get_item(plan_db, series.id).date == monday


def test_context_menu_offers_status_copy_and_delete(page, answers, plan_db):
    row = create_item(plan_db, PlanItemInput(date=page.period.start, title="Меню"))
    page.reload()
    shown = next(r for r in page.rows if r.id == row.id)
    menu = page.context_menu(shown, shown.date)
    texts = [a.text() for a in menu.actions() if a.text()]
    assert "Open…" in texts and "Delete…" in texts
    status_menu = next(a.menu() for a in menu.actions() if a.menu() is not None)
    assert [a.text() for a in status_menu.actions()] == ["Make it a draft", "Cancel the item…"]
    copy = next(a for a in menu.actions() if a.text() == "Copy to the next week")
    copy.trigger()
    later = list_items(plan_db, shown.date + dt.timedelta(days=7), shown.date + dt.timedelta(7))
    assert any(r.title.text("ky") == "Меню" and r.status == "idea" for r in later)
    answers.messages.append("yes")
    next(a for a in menu.actions() if a.text() == "Delete…").trigger()
    assert all(r.id != row.id for r in page.rows)


def test_copy_week_forward(page, answers, plan_db):
    week = page.period
    create_item(plan_db, PlanItemInput(date=week.start, title="Апталык отчёт"))
    page.reload()
    singles = [r for r in page.rows if r.series_id is None and r.status != "cancelled"]
    answers.messages.extend(["yes", "ok"])
    page.copy_week_forward()
    assert page.period == week.next()
    copied = [r for r in page.rows if r.title.text("ky") == "Апталык отчёт"]
    assert len(copied) == 1 and copied[0].status == "idea"
    assert str(len(singles)) in answers.asked[-1].text


def test_agenda_model_passes_the_model_tester(qtbot, plan_db):
    model = PlanAgendaModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    start = TODAY.replace(day=1)
    rows = list_items(plan_db, start, start + dt.timedelta(days=60))
    model.set_rows(rows, {"website": "Сайт"}, 3)
    assert model.rowCount() == len(rows) > 30
    model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    titles = [model.index(i, TITLE).data() for i in range(model.rowCount())]
    assert titles == sorted(titles, key=sort_key, reverse=True)
    model.sort(DATE)
    dates = [model.row_at(i).date for i in range(model.rowCount())]
    assert dates == sorted(dates)
    model.set_rows(rows[:5])
    assert model.rowCount() == 5
    assert model.index(0, STATUS).data(Qt.ItemDataRole.DecorationRole) is not None
