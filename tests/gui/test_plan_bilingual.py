"""The plan's two-language fields in the item and campaign editors, and the check of missing
texts before the plan is exported."""

from __future__ import annotations

import shutil

import docx
import pytest
from PySide6.QtWidgets import QDialog, QPlainTextEdit

from pressdesk.bilingual import Bi
from pressdesk.gui.plan.agenda_model import TITLE, PlanAgendaModel
from pressdesk.gui.plan.campaigns import CampaignsDialog
from pressdesk.gui.plan.editor import PlanItemEditor
from pressdesk.gui.plan.export import PlanExportDialog
from pressdesk.gui.widgets.bilingual import BiLineEdit, BiTextEdit
from pressdesk.gui.widgets.preflight import MissingTextsDialog
from pressdesk.services.plan.campaigns import list_campaigns
from pressdesk.services.plan.items import PlanItemInput, create_item, get_item, list_items
from pressdesk.services.plan.periods import period_containing
from tests.gui.test_plan_page import demo_plan_file
from tests.support.pinned import PINNED_TODAY

WEEK = period_containing("week", PINNED_TODAY)
TITLE_TEXT = Bi("Жер үлүштөрү: өнөктүк", "Земельные доли: кампания")


@pytest.fixture
def plan_db(runtime, tmp_path_factory):  # type: ignore[no-untyped-def]
    """The demo plan with one draft this week whose title has no Russian text."""
    shutil.copyfile(demo_plan_file(tmp_path_factory), runtime.paths.database_file)
    db = runtime.open_db()
    yield db
    db.close()


def _draft(db, title: Bi) -> int:  # type: ignore[no-untyped-def]
    return create_item(db, PlanItemInput(date=WEEK.start, title=title), status="draft").id


def test_item_editor_keeps_both_languages(qtbot, ui_language, plan_db):
    ui_language("ru")
    editor = PlanItemEditor(plan_db, day=WEEK.start)
    qtbot.addWidget(editor)
    assert isinstance(editor.title, BiLineEdit) and isinstance(editor.topic, BiTextEdit)
    editor.title.setValue(Bi("  Жер үлүштөрү  ", "Земельные доли"))
    editor.topic.editor("ky").setPlainText("Реестр ишке кирди")
    editor.topic.editor("ru").setPlainText("Реестр заработал")
    editor.audience.editor("ru").setText("владельцы долей")
    assert editor.audience.missing("ky")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = get_item(plan_db, editor.saved.id)
    assert saved.title == Bi("Жер үлүштөрү", "Земельные доли")
    assert saved.topic == Bi("Реестр ишке кирди", "Реестр заработал")
    assert saved.audience == Bi("", "владельцы долей")

    again = PlanItemEditor(plan_db, saved)
    qtbot.addWidget(again)
    assert again.title.value() == saved.title and again.topic.value() == saved.topic
    assert again.audience.value() == saved.audience
    # Lists show the interface language's text, the other one where it is missing.
    model = PlanAgendaModel()
    model.set_rows([saved, get_item(plan_db, _draft(plan_db, Bi("Жалгыз кыргызча", "")))])
    assert [model.data(model.index(r, TITLE)) for r in range(2)] == [
        "Земельные доли",
        "Жалгыз кыргызча",
    ]


def test_campaign_editor_keeps_both_languages(qtbot, ui_language, plan_db):
    ui_language("ky")
    dialog = CampaignsDialog(plan_db)
    qtbot.addWidget(dialog)
    dialog.new_campaign()
    dialog.name.setValue(Bi("Суу үнөмдөө", "Экономия воды"))
    dialog.goal.setValue(Bi("Түшүндүрүү", "Разъяснить"))
    dialog.audiences.setValue(Bi("дыйкандар", "фермеры"))
    dialog.messages.setValue(Bi("Бир\nЭки", "Один\nДва"))
    assert dialog.save()
    saved = next(c for c in list_campaigns(plan_db) if c.name.ky == "Суу үнөмдөө")
    assert saved.name.ru == "Экономия воды"
    assert (saved.goal, saved.audiences) == (
        Bi("Түшүндүрүү", "Разъяснить"),
        Bi("дыйкандар", "фермеры"),
    )
    assert saved.messages("ru") == ["Один", "Два"]
    dialog.reload(saved.id)
    assert dialog.value().name == saved.name and dialog.value().key_messages == saved.key_messages
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert any(text.startswith("Суу үнөмдөө\n") for text in texts)


def test_missing_russian_title_is_typed_in_before_the_export(
    qtbot, runtime, plan_db, answers, tmp_path
):
    item_id = _draft(plan_db, Bi(TITLE_TEXT.ky, ""))
    dialog = PlanExportDialog(runtime, plan_db, WEEK)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    dialog.format.setCurrentIndex(dialog.format.findData(".docx"))

    def fill(missing: QDialog) -> int:
        assert isinstance(missing, MissingTextsDialog)
        assert [m.key for m in missing.missing] == [("plan_item", item_id, "title")]
        editor = missing.editors[("plan_item", item_id, "title")]
        assert not isinstance(editor, QPlainTextEdit)
        editor.setText(TITLE_TEXT.ru)
        missing.save_button.click()
        return missing.result()

    answers.dialogs.append(fill)
    answers.files.append(tmp_path / "plan.docx")
    answers.messages.append("ok")
    dialog.choose_and_save()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)
    answers.assert_all_used()
    assert get_item(plan_db, item_id).title == TITLE_TEXT
    cells = [
        cell.text
        for table in docx.Document(str(tmp_path / "plan.docx")).tables
        for row in table.rows
        for cell in row.cells
    ]
    assert any(TITLE_TEXT.ru in cell for cell in cells)
    assert not any(TITLE_TEXT.ky in cell for cell in cells)
    assert TITLE_TEXT.ru in dialog.preview.toPlainText()


def test_going_back_from_the_missing_texts_writes_nothing(qtbot, runtime, plan_db, answers):
    _draft(plan_db, Bi(TITLE_TEXT.ky, ""))
    dialog = PlanExportDialog(runtime, plan_db, WEEK)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))

    def back(missing: QDialog) -> int:
        missing.reject()
        return missing.result()

    answers.dialogs.append(back)
    dialog.choose_and_save()
    answers.assert_all_used()
    assert answers.file_requests == [] and dialog.job is None
    assert [
        r for r in list_items(plan_db, WEEK.start, WEEK.start) if r.title.ru == TITLE_TEXT.ru
    ] == []
