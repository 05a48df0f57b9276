"""The Coverage dashboard's period switch and trend, and the feedback of a publication or a
period: listed, added, edited and deleted, each change a step of the undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from pressdesk import clock
from pressdesk.documents.locale import check_lang
from pressdesk.gui.coverage.dashboard import CoverageDashboard, signed
from pressdesk.gui.coverage.feedback import FeedbackDialog, FeedbackEditor, count_text
from pressdesk.gui.coverage.labels import tone_name
from pressdesk.gui.coverage.report import scope_of
from pressdesk.gui.widgets.undo import UndoStack
from pressdesk.services.coverage.feedback import add_feedback, list_feedback
from pressdesk.services.coverage.report import previous_scope, scope_label
from pressdesk.services.coverage.stats import period_summary
from tests.gui import test_coverage_page as coverage_page
from tests.gui.test_i18n import _english_leftovers, _visible_texts

# The demo database of the section's tests, made once.
demo_file = coverage_page.demo_file
cdb = coverage_page.cdb
make_page = coverage_page.make_page
select_rows = coverage_page.select_rows


def choose(board: CoverageDashboard, kind: str) -> None:
    board.kind.setCurrentIndex(board.kind.findData(kind))


def total_of(board: CoverageDashboard) -> int:
    return int(board.values["total"].text())


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_dashboard_switches_the_period_and_steps_back(qtbot, ui_language, runtime, cdb, lang):
    ui_language(lang)
    page = make_page(qtbot, runtime, cdb)
    board = page.dashboard
    today = clock.today()
    # The current month first, named in the interface language.
    month = scope_of("month", today)
    assert board.shown_scope() == month
    label = scope_label(month, check_lang(lang))
    assert board.title.text().lower() == label.lower()
    assert not board.current_button.isEnabled()
    # A quarter: the figures, the change against the quarter before, bars per month.
    choose(board, "quarter")
    quarter = scope_of("quarter", today)
    before = previous_scope(quarter)
    assert before is not None
    now = period_summary(cdb, quarter.start, quarter.end)
    then = period_summary(cdb, before.start, before.end)
    assert now.total > then.total >= 0
    assert total_of(board) == now.total
    assert board.changes["total"].text() == signed(now.total - then.total)
    assert board.changes["mentions"].text() == signed(now.mentions - then.mentions)
    assert len(board.weeks.chart.values) == 3
    assert sum(board.weeks.chart.values) == now.total
    negative = now.by_tone.get("negative", 0) - then.by_tone.get("negative", 0)
    assert f"{tone_name('negative')} {signed(negative)}" in board.trend.text()
    # One step back is the quarter before; the current one is a click away.
    board.back.click()
    assert board.shown_scope() == before
    assert total_of(board) == then.total
    assert board.current_button.isEnabled()
    board.forward.click()
    assert board.shown_scope() == quarter and not board.current_button.isEnabled()
    # Ten days: a bar per day; back to the month before, whose figures are counted.
    choose(board, "decade")
    decade = scope_of("decade", today)
    assert len(board.weeks.chart.values) == (decade.end - decade.start).days + 1
    assert total_of(board) == period_summary(cdb, decade.start, decade.end).total
    choose(board, "month")
    board.back.click()
    earlier = previous_scope(month)
    assert earlier is not None and board.shown_scope() == earlier
    assert total_of(board) == period_summary(cdb, earlier.start, earlier.end).total
    # A kind chosen while an earlier period is shown keeps to that time.
    choose(board, "year")
    assert board.shown_scope() == scope_of("year", earlier.start)
    for kind in ("half", "year"):
        board.current_button.click()
        choose(board, kind)
        scope = scope_of(kind, today)
        assert total_of(board) == period_summary(cdb, scope.start, scope.end).total
        assert len(board.weeks.chart.values) == (12 if kind == "year" else 6)
    texts = _visible_texts(board)
    assert _english_leftovers(texts) == []


def test_a_publications_feedback_is_added_edited_deleted_and_undone(
    qtbot, ui_language, runtime, cdb, answers
):
    ui_language("en")
    undo = UndoStack()
    page = make_page(qtbot, runtime, cdb, undo)
    select_rows(page, 0)
    row = page.selected()
    assert row.published_at.date() >= page.dashboard.shown_scope().start  # in the month shown
    before = list_feedback(cdb, record_id=row.id)
    shown: dict[str, object] = {}

    def add(editor: FeedbackEditor) -> int:
        editor.kind.setCurrentIndex(editor.kind.findData("calls"))
        editor.count.setValue(4)
        editor.note.setText("Фермерлер чалышты")
        assert editor.start is None  # a publication's line has no dates of its own
        editor.accept()
        return editor.result()

    def edit(editor: FeedbackEditor) -> int:
        assert editor.count.value() == 4
        editor.count.setValue(6)
        editor.accept()
        return editor.result()

    def run(dialog: FeedbackDialog) -> int:
        assert dialog.table.isColumnHidden(2)  # no period column for a publication
        dialog.add()
        added = list_feedback(cdb, record_id=row.id)
        assert [(f.kind, f.count) for f in added[len(before) :]] == [("calls", 4)]
        shown["figures"] = page.dashboard.values["feedback"].text()
        dialog.table.selectRow(dialog.model.row_of(added[-1].id))
        dialog.edit()
        shown["total"] = dialog.total.text()
        dialog.delete()
        return QDialog.DialogCode.Accepted

    answers.dialogs.extend([run, add, edit])
    answers.messages.append("yes")
    page.feedback_action.trigger()
    assert "4 calls" in str(shown["figures"])
    assert "6 calls" in str(shown["total"])
    assert "Delete the line «6 calls»?" in answers.asked[-1].text
    assert list_feedback(cdb, record_id=row.id) == before
    # Three steps of the undo: delete, edit, add.
    assert undo.undo_text == "Delete feedback: 6 calls"
    undo.undo()
    assert [f.count for f in list_feedback(cdb, record_id=row.id) if f.kind == "calls"] == [6]
    undo.undo()
    assert [f.count for f in list_feedback(cdb, record_id=row.id) if f.kind == "calls"] == [4]
    assert undo.undo_text == "Add feedback: 4 calls"
    undo.undo()
    assert list_feedback(cdb, record_id=row.id) == before
    answers.assert_all_used()


def test_the_periods_feedback_is_noted_from_the_dashboard(
    qtbot, ui_language, runtime, cdb, answers
):
    ui_language("en")
    page = make_page(qtbot, runtime, cdb)
    board = page.dashboard
    board.back.click()  # the month before, with the demo's calls to the hotline
    scope = board.shown_scope()
    assert "37 calls" in board.values["feedback"].text()

    def wrong_dates(editor: FeedbackEditor) -> int:
        assert editor.start is not None and editor.end is not None
        assert (editor.period()) == (scope.start, scope.end)  # the dashboard's period
        editor.start.setDate(editor.end.date().addDays(1))
        answers.messages.append("ok")
        assert not editor.save()
        editor.start.setDate(editor.end.date().addDays(-9))
        editor.kind.setCurrentIndex(editor.kind.findData("letters"))
        editor.count.setValue(2)
        editor.accept()
        return editor.result()

    def run(dialog: FeedbackDialog) -> int:
        assert [(f.kind, f.count) for f in dialog.model.rows] == [("calls", 37)]
        dialog.add()
        assert dialog.total.text() == "In all: 37 calls, 2 letters"
        return QDialog.DialogCode.Accepted

    answers.dialogs.extend([run, wrong_dates])
    board.feedback_button.click()
    assert "ends" in answers.asked[-1].text and "before it starts" in answers.asked[-1].text
    answers.assert_all_used()
    lines = list_feedback(cdb, period=(scope.start, scope.end))
    assert [(f.kind, f.count, f.start, f.end) for f in lines][-1] == (
        "letters",
        2,
        scope.end.replace(day=scope.end.day - 9),
        scope.end,
    )
    assert "37 calls, 2 letters" in board.values["feedback"].text()


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_english_in_the_feedback_dialogs(qtbot, ui_language, runtime, cdb, lang):
    ui_language(lang)
    page = make_page(qtbot, runtime, cdb)
    board = page.dashboard
    board.back.click()
    scope = board.shown_scope()
    select_rows(page, 0)
    row = page.selected()
    add_feedback(cdb, "questions", 5, record_id=row.id)
    dialogs = (
        FeedbackDialog(cdb, row.title, record_id=row.id),
        FeedbackDialog(cdb, board.period_title(scope), period=(scope.start, scope.end)),
    )
    texts = _visible_texts(board) + _visible_texts(page)
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.table.selectRow(0)
        texts.extend(_visible_texts(dialog))
        editor = FeedbackEditor(cdb, dialog.model.rows[0], dialog)
        texts.extend(_visible_texts(editor))
    assert _english_leftovers(texts) == []
    assert dialogs[0].total.text().endswith({"ky": "5 суроо", "ru": "5 вопросов"}[lang])
    assert count_text("calls", 37) == {"ky": "37 чалуу", "ru": "37 звонков"}[lang]
    assert count_text("letters", 1) == {"ky": "1 кат", "ru": "1 письмо"}[lang]


def test_a_deleted_publication_comes_back_with_its_feedback(qtbot, runtime, cdb, answers):
    undo = UndoStack()
    page = make_page(qtbot, runtime, cdb, undo)
    select_rows(page, 0)
    row = page.selected()
    add_feedback(cdb, "letters", 3, record_id=row.id)
    kept = list_feedback(cdb, record_id=row.id)
    answers.messages.append("yes")
    page.delete_selected()
    assert list_feedback(cdb, record_id=row.id) == []
    undo.undo()
    assert list_feedback(cdb, record_id=row.id) == kept
