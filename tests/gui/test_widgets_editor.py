"""The record-editor base: problems at the field, the dirty check, a record gone meanwhile."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from pressdesk.gui.widgets.editor import RecordEditor
from pressdesk.services.validation import FieldProblem, NotFound, ValidationError


class NameEditor(RecordEditor):
    """A one-field editor whose store refuses what the test asks it to."""

    def __init__(self, refuse: Exception | None = None) -> None:
        super().__init__(
            "Аты",
            "nameEditor",
            labels={"name": "Аты-жөнү", "phone": "Телефон"},
            describe=lambda exc, labels: "\n".join(
                f"«{labels[p.field]}»: {p.message}" for p in exc.problems
            ),
        )
        self.refuse = refuse
        self.name = QLineEdit("Асанова Айгүл")
        self.phone = QLineEdit()
        self.add_field("name", self.name)
        self.add_field("phone", self.phone)
        self.finish()

    def value(self) -> object:
        return (self.name.text(), self.phone.text())

    def store(self) -> object:
        if self.refuse is not None:
            raise self.refuse
        return self.value()


def _saved(editor: RecordEditor) -> object:
    return editor.saved


def test_a_refusal_marks_each_field_and_keeps_the_form(qtbot, answers):  # type: ignore[no-untyped-def]
    refusal = ValidationError([FieldProblem("phone", "бош"), FieldProblem("name", "өтө узун")])
    editor = NameEditor(refusal)
    qtbot.addWidget(editor)
    label = editor.form.labelForField(editor.name)
    assert isinstance(label, QLabel) and label.text() == "Аты-жөнү:"
    answers.messages.append("ok")
    editor.accept()
    assert editor.result() == 0 and editor.saved is None
    assert answers.asked[0].kind == "warning"
    assert answers.asked[0].text == "«Телефон»: бош\n«Аты-жөнү»: өтө узун"
    assert editor.phone.toolTip() == "«Телефон»: бош" and editor.phone.property("problem")
    assert editor.name.toolTip() == "«Аты-жөнү»: өтө узун"
    editor.refuse = None
    editor.phone.setText("+996 555 123 456")
    editor.accept()
    assert editor.result() == 1
    assert editor.value() == ("Асанова Айгүл", "+996 555 123 456") == _saved(editor)
    assert not editor.phone.property("problem") and editor.phone.toolTip() == ""


def test_cancel_asks_only_when_something_changed(qtbot, answers):  # type: ignore[no-untyped-def]
    editor = NameEditor()
    qtbot.addWidget(editor)
    editor.show()
    editor.reject()  # nothing changed: no question
    assert answers.asked == [] and not editor.isVisible()
    editor.show()
    editor.name.setText("Асанова Айгүл Бакытовна")
    answers.messages.append("no")  # keep editing
    editor.reject()
    assert editor.isVisible() and answers.asked[-1].kind == "question"
    answers.messages.append("yes")  # throw the change away
    editor.reject()
    assert not editor.isVisible()


def test_a_record_deleted_meanwhile_is_said(qtbot, answers):  # type: ignore[no-untyped-def]
    editor = NameEditor(NotFound("person 7"))
    qtbot.addWidget(editor)
    answers.messages.append("ok")
    editor.accept()
    assert editor.saved is None and "deleted" in answers.asked[0].text
