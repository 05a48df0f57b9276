"""The contact base in two languages on screen: the person's position and topics, the topic
vocabulary dialog, and the texts missing before an export."""

from __future__ import annotations

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from pressdesk.bilingual import Bi
from pressdesk.gui.contacts.export_dialog import ExportDialog
from pressdesk.gui.contacts.page import ContactsSectionPage
from pressdesk.gui.contacts.person_editor import PersonEditor
from pressdesk.gui.contacts.topics_dialog import NewTopicDialog, TopicsDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.preflight import MissingTextsDialog
from pressdesk.services.contacts.query import list_people
from pressdesk.services.contacts.records import get_person, save_person
from pressdesk.services.contacts.topics import list_topics
from pressdesk.services.contacts.values import PersonFilter, PersonRecord

AGRICULTURE = Bi("Айыл чарба", "Сельское хозяйство")


def _name_new_topic(name: Bi):  # type: ignore[no-untyped-def]
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, NewTopicDialog)
        dialog.name.editor("ky").setText(name.ky)
        dialog.name.editor("ru").setText(name.ru)
        dialog.buttons.accepted.emit()
        return dialog.result()

    return run


def test_editor_keeps_both_values_and_creates_a_topic_with_both_names(
    qtbot, db, answers, ui_language
):
    ui_language("ru")
    save_person(db, PersonRecord("Петрова Елена", topics=(AGRICULTURE,)))
    editor = PersonEditor(db)
    qtbot.addWidget(editor)
    editor.name.setText("Асанов Бакыт")
    editor.position.editor("ky").setText("Кабарчы")
    editor.position.editor("ru").setText("Корреспондент")
    picker = editor.topics
    # The vocabulary shows in the interface language; a search finds it in either one.
    assert [picker.list.item(i).text() for i in range(picker.list.count())] == [
        "Сельское хозяйство"
    ]
    picker.search.setText("айыл")
    assert not picker.list.item(0).isHidden()
    picker.search.setText("суу")
    assert picker.list.item(0).isHidden()
    picker.search.clear()
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    answers.dialogs.append(_name_new_topic(Bi("Суу ресурстары", "Водные ресурсы")))
    picker.new_button.click()
    # A name the vocabulary already has ticks that topic instead of adding another.
    answers.dialogs.append(_name_new_topic(Bi("", "сельское хозяйство")))
    picker.new_button.click()
    assert set(picker.value()) == {AGRICULTURE, Bi("Суу ресурстары", "Водные ресурсы")}
    assert editor.save()
    answers.assert_all_used()
    saved = editor.record
    assert saved.id is not None

    again = PersonEditor(db, saved.id)
    qtbot.addWidget(again)
    assert again.position.value() == Bi("Кабарчы", "Корреспондент")
    assert set(again.topics.value()) == {AGRICULTURE, Bi("Суу ресурстары", "Водные ресурсы")}
    assert [again.topics.list.item(i).text() for i in range(2)] == [
        "Водные ресурсы",
        "Сельское хозяйство",
    ]
    assert get_person(db, saved.id).position == Bi("Кабарчы", "Корреспондент")
    assert len(list_topics(db)) == 2


def test_the_table_shows_the_position_in_the_interface_language(qtbot, runtime, db, ui_language):
    ui_language("ky")
    save_person(db, PersonRecord("Асанов Бакыт", position=Bi("Кабарчы", "Корреспондент")))
    save_person(db, PersonRecord("Ким Ольга", position=Bi("", "Оператор")))
    page = ContactsSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    page.show()
    model = page.people.model
    shown = {
        model.index(row, 0).data(): model.index(row, 2).data() for row in range(model.rowCount())
    }
    assert shown == {"Асанов Бакыт": "Кабарчы", "Ким Ольга": "Оператор"}


def test_topics_dialog_renames_merges_and_deletes(qtbot, runtime, db, answers, ui_language):
    ui_language("ky")
    save_person(db, PersonRecord("Асанов Бакыт", topics=(Bi("Айыл чарба", ""),)))
    save_person(db, PersonRecord("Ким Ольга", topics=(Bi("", "Аграрии"), Bi("Соода", "Торговля"))))
    page = ContactsSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    page.show()

    def keep(dialog: QDialog) -> int:
        assert isinstance(dialog, TopicsDialog)
        qtbot.addWidget(dialog)
        rows = [
            (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
            for r in range(dialog.table.rowCount())
        ]
        # In Kyrgyz order, a topic without a Kyrgyz name by its Russian one; a missing name
        # is marked.
        assert rows == [("(жок)", "Аграрии"), ("Айыл чарба", "(жок)"), ("Соода", "Торговля")]
        dialog.table.selectRow(1)
        assert dialog.name.value() == Bi("Айыл чарба", "")
        assert dialog.name.missing("ru")
        dialog.name.editor("ru").setText("Сельское хозяйство")
        dialog.rename_button.click()
        assert AGRICULTURE in [r.name for r in dialog.rows]
        # Merge «Аграрии» into «Айыл чарба».
        dialog.table.selectRow(0)
        assert dialog.current() is not None and dialog.current().name == Bi("", "Аграрии")
        dialog.target.setCurrentIndex(dialog.target.findText("Айыл чарба / Сельское хозяйство"))
        answers.messages.append("yes")
        dialog.merge_button.click()
        assert [r.name for r in dialog.rows] == [AGRICULTURE, Bi("Соода", "Торговля")]
        assert dialog.rows[0].people == 2
        dialog.table.selectRow(1)
        answers.messages.append("no")
        dialog.delete_button.click()
        assert len(dialog.rows) == 2
        answers.messages.append("yes")
        dialog.delete_button.click()
        assert [r.name for r in dialog.rows] == [AGRICULTURE]
        dialog.reject()
        return dialog.result()

    answers.dialogs.append(keep)
    page.topics_button.click()
    answers.assert_all_used()
    # The question counts in Kyrgyz: the merged topic carried one person.
    assert "Тема 1 байланышка өтөт" in answers.asked[0].text
    rows = list_people(db, PersonFilter(topics=frozenset({"Сельское хозяйство"})), sort="name")
    assert [r.full_name for r in rows.rows] == ["Асанов Бакыт", "Ким Ольга"]
    # The filter bar offers the renamed vocabulary.
    combo = page.people.filters.topic
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Айыл чарба"]


def test_export_asks_for_the_missing_texts_and_prints_what_was_typed(
    qtbot, runtime, db, answers, tmp_path
):
    person = save_person(
        db,
        PersonRecord("Асанов Бакыт", position=Bi("Кабарчы", ""), topics=(AGRICULTURE,)),
    ).record
    dialog = ExportDialog(runtime, db, PersonFilter())
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))

    def go_back(check: QDialog) -> int:
        assert isinstance(check, MissingTextsDialog)
        check.reject()
        return check.result()

    def fill(check: QDialog) -> int:
        assert isinstance(check, MissingTextsDialog)
        editor = check.editors[("person", person.id, "position")]
        assert isinstance(editor, QLineEdit)
        editor.setText("Корреспондент")
        check.save_button.click()
        return check.result()

    target = tmp_path / "база.docx"
    answers.dialogs.append(go_back)
    dialog.start_save(target)
    assert not dialog.runner.running and not target.exists()
    answers.dialogs.append(fill)
    answers.files.append(target)
    answers.messages.append("ok")
    dialog.choose_and_save()
    qtbot.waitUntil(lambda: not dialog.runner.running, timeout=20000)
    answers.assert_all_used()
    assert get_person(db, person.id).position == Bi("Кабарчы", "Корреспондент")
    text = "\n".join(
        cell.text
        for table in docx.Document(str(target)).tables
        for row in table.rows
        for cell in row.cells
    )
    assert "Корреспондент" in text and "Сельское хозяйство" in text and "Кабарчы" not in text
