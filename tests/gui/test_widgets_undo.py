"""The window's undo history: order, limits, refusals, the Edit menu and a database switch."""

from __future__ import annotations

import pytest

from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.widgets.undo import Step, UndoFailed, UndoStack


def _counter_step(state: dict[str, int], text: str, by: int, section: str = "plan") -> Step:
    """A step that adds ``by`` to state["value"]; undo subtracts it."""

    def redo() -> None:
        state["value"] += by

    def undo() -> None:
        state["value"] -= by

    redo()
    return Step(text, undo, redo, section)


def test_steps_are_undone_newest_first_and_redone_in_order(qapp):
    state = {"value": 0}
    stack = UndoStack()
    applied: list[str] = []
    stack.applied.connect(applied.append)
    assert not stack.can_undo and not stack.can_redo and stack.undo_text == ""
    stack.push(_counter_step(state, "add one", 1, "plan"))
    stack.push(_counter_step(state, "add ten", 10, "contacts"))
    assert state["value"] == 11 and stack.undo_text == "add ten"

    assert stack.undo() is not None and state["value"] == 1
    assert stack.undo_text == "add one" and stack.redo_text == "add ten"
    assert stack.undo() is not None and state["value"] == 0
    assert stack.undo() is None and state["value"] == 0  # nothing left: nothing happens
    assert stack.redo() is not None and state["value"] == 1
    assert applied == ["contacts", "plan", "plan"]

    # A new change after an undo: what was undone can no longer be redone.
    stack.push(_counter_step(state, "add hundred", 100))
    assert not stack.can_redo and state["value"] == 101
    assert stack.redo() is None


def test_the_history_keeps_only_the_newest_steps(qapp):
    state = {"value": 0}
    stack = UndoStack(limit=3)
    for n in range(1, 6):
        stack.push(_counter_step(state, f"add {n}", n))
    undone = []
    while (step := stack.undo()) is not None:
        undone.append(step.text)
    assert undone == ["add 5", "add 4", "add 3"]
    assert state["value"] == 1 + 2  # the two oldest steps stay done


def test_a_refused_undo_clears_the_history(qapp):
    state = {"value": 0}
    stack = UndoStack()
    stack.push(_counter_step(state, "add one", 1))

    def refuse() -> None:
        raise LookupError("the item was deleted")

    stack.push(Step("move items", refuse, lambda: None, "plan"))
    with pytest.raises(UndoFailed) as failed:
        stack.undo()
    assert failed.value.step.text == "move items"
    assert isinstance(failed.value.cause, LookupError)
    assert not stack.can_undo and not stack.can_redo
    assert state["value"] == 1  # the older step was not replayed over unknown data


def test_the_edit_menu_names_the_step_and_words_a_refusal(qtbot, runtime, db, answers):
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    undo, redo = window.undo_actions.undo_action, window.undo_actions.redo_action
    assert not undo.isEnabled() and not redo.isEnabled()
    assert undo.shortcut().toString() == "Ctrl+Z"
    assert [k.toString() for k in redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Edit") == menus.index("&File") + 1

    state = {"value": 0}
    window.undo_stack.push(_counter_step(state, "Move 3 items by 7 days", 3, "plan"))
    assert undo.isEnabled() and undo.text() == "&Undo: Move 3 items by 7 days"
    assert "Ctrl+Z" in undo.toolTip()
    undo.trigger()
    assert state["value"] == 0
    assert window.current_section.key == "plan"  # the page of the records undone is shown
    assert redo.text() == "&Redo: Move 3 items by 7 days" and not undo.isEnabled()
    redo.trigger()
    assert state["value"] == 3

    def refuse() -> None:
        raise LookupError("gone")

    window.undo_stack.push(Step("Delete 2 items", refuse, lambda: None, "plan"))
    answers.messages.append("ok")
    undo.trigger()
    message = answers.asked[-1]
    assert message.title == "Cannot undo" and "Delete 2 items" in message.text
    assert not undo.isEnabled() and not redo.isEnabled()

    # Another database: the history of the first one is forgotten.
    window.undo_stack.push(_counter_step(state, "add one", 1))
    window._switch_database(db)
    assert not window.undo_stack.can_undo
