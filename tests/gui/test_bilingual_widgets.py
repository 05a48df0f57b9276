"""The two-language fields and the list of texts missing before a document is written."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.widgets.bilingual import BiLineEdit, BiTextEdit
from pressdesk.gui.widgets.preflight import MissingTextsDialog, confirm_texts
from pressdesk.services.preflight import Ref, find_missing
from pressdesk.storage.models import StaffMember


def test_interface_language_comes_first_and_missing_value_is_marked(qtbot, ui_language):
    ui_language("ru")
    field = BiLineEdit()
    qtbot.addWidget(field)
    layout = field.layout()
    assert layout.itemAtPosition(0, 1).widget() is field.editor("ru")
    assert layout.itemAtPosition(0, 0).widget().text() == "РУС"
    field.setValue(Bi("Брифинг", ""))
    assert field.missing("ru")
    assert not field.findChild(type(field.editor("ru")), "edit_ru").text()
    copy = field._copy["ru"]
    assert not copy.isHidden() and field._copy["ky"].isHidden()
    copy.click()
    assert field.value() == Bi("Брифинг", "Брифинг")
    assert copy.isHidden()


def test_text_field_reports_changes(qtbot):
    field = BiTextEdit(lines=2)
    qtbot.addWidget(field)
    with qtbot.waitSignal(field.valueChanged):
        field.editor("ru").setPlainText("Первая строка\nВторая")
    assert field.value() == Bi("", "Первая строка\nВторая")
    assert field.missing("ky")


def _staff(db, position: Bi) -> int:
    with db.session() as session:
        member = StaffMember(full_name="Бекова Нургүл", position=position)
        session.add(member)
        session.commit()
        return member.id


def test_missing_texts_are_typed_in_place(qtbot, db, ui_language):
    ui_language("ky")
    member = _staff(db, Bi("Басма сөз катчысы", ""))
    refs = [Ref("staff", member)]

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, MissingTextsDialog)
        assert dialog.windowTitle() == "Орус тилинде жок тексттер"
        editor = dialog.editors[("staff", member, "position")]
        assert isinstance(editor, QLineEdit)
        editor.setText("Пресс-секретарь")
        dialog.save_button.click()
        return dialog.result()

    previous = dialogs.set_dialog_runner(fill)
    try:
        assert confirm_texts(None, db, refs, "ru")
    finally:
        dialogs.set_dialog_runner(previous)
    assert find_missing(db, refs, "ru") == []


def test_document_can_be_written_as_entered_or_cancelled(qtbot, db):
    member = _staff(db, Bi("Басма сөз катчысы", ""))
    refs = [Ref("staff", member)]
    answers = iter(["as_is", "back"])

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, MissingTextsDialog)
        if next(answers) == "as_is":
            dialog.as_is_button.click()
        else:
            dialog.reject()
        return dialog.result()

    previous = dialogs.set_dialog_runner(answer)
    try:
        assert confirm_texts(None, db, refs, "ru")
        assert not confirm_texts(None, db, refs, "ru")
    finally:
        dialogs.set_dialog_runner(previous)
    assert len(find_missing(db, refs, "ru")) == 1
    assert confirm_texts(None, db, refs, "ky")


def test_the_same_missing_text_of_many_records_is_typed_once(qtbot, db, ui_language):
    ui_language("ru")
    members = [_staff(db, Bi("Кабарчы", "")) for _ in range(40)]
    other = _staff(db, Bi("Редактор", ""))
    refs = [Ref("staff", m) for m in [*members, other]]
    missing = find_missing(db, refs, "ru")
    assert len(missing) == 41
    dialog = MissingTextsDialog(missing, "ru")
    qtbot.addWidget(dialog)
    assert dialog.rows == 2
    assert any("и ещё 39" in label.text() for label in dialog.findChildren(QLabel))
    editor = dialog.editors[("staff", members[0], "position")]
    assert isinstance(editor, QLineEdit)
    editor.setText("Корреспондент")
    values = dialog.values()
    assert len(values) == 40 and set(values.values()) == {"Корреспондент"}
