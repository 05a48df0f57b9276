"""The plan's export dialog (preview, background save, errors) and the campaigns dialog."""

from __future__ import annotations

import datetime as dt
import shutil

import docx
import icalendar
import pypdf
import pytest
from PySide6.QtWidgets import QDialog

from pressdesk.bilingual import Bi
from pressdesk.documents.fonts import FontNotFoundError, install_hint
from pressdesk.gui.plan.campaigns import CampaignsDialog
from pressdesk.gui.plan.export import PlanExportDialog
from pressdesk.services.events.records import EventInput, create_event
from pressdesk.services.plan.campaigns import list_campaigns
from pressdesk.services.plan.items import PlanItemInput, create_item
from pressdesk.services.plan.periods import period_containing
from tests.gui.test_plan_page import demo_plan_file
from tests.support.pinned import PINNED_TODAY

TODAY = PINNED_TODAY
WEEK = period_containing("week", TODAY)


@pytest.fixture
def plan_db(runtime, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A fresh copy of the demo plan database with one known item this week, open."""
    shutil.copyfile(demo_plan_file(tmp_path_factory), runtime.paths.database_file)
    db = runtime.open_db()
    create_item(
        db, PlanItemInput(date=WEEK.start, title="Жер үлүштөрү: өнөктүк ң ө ү"), status="draft"
    )
    yield db
    db.close()


@pytest.fixture
def export_dialog(qtbot, runtime, plan_db):  # type: ignore[no-untyped-def]
    dialog = PlanExportDialog(runtime, plan_db, WEEK)
    qtbot.addWidget(dialog)
    return dialog


def _save(qtbot, dialog, path, fmt):  # type: ignore[no-untyped-def]
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.start_save(path)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15000)


def test_preview_shows_the_plan_in_the_chosen_language(export_dialog):
    export_dialog.language.setCurrentIndex(export_dialog.language.findData("ky"))
    text = export_dialog.preview.toPlainText()
    assert "БЕКИТЕМ" in text
    assert "Жер үлүштөрү: өнөктүк ң ө ү" in text
    export_dialog.language.setCurrentIndex(export_dialog.language.findData("ru"))
    assert "УТВЕРЖДАЮ" in export_dialog.preview.toPlainText()
    assert export_dialog.period_label.text() == WEEK.label("ru")
    export_dialog.kind.setCurrentIndex(export_dialog.kind.findData("month"))
    assert export_dialog.period == period_containing("month", WEEK.start)


def test_export_writes_real_pdf_docx_and_ics(qtbot, export_dialog, answers, tmp_path):
    export_dialog.language.setCurrentIndex(export_dialog.language.findData("ky"))
    answers.messages.extend(["ok", "ok", "ok"])

    pdf = tmp_path / "out" / "plan.pdf"
    pdf.parent.mkdir()
    _save(qtbot, export_dialog, pdf, ".pdf")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    assert "БЕКИТЕМ" in text and "өнөктүк" in text

    word = tmp_path / "out" / "plan.docx"
    _save(qtbot, export_dialog, word, ".docx")
    document = docx.Document(str(word))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert any("Жер үлүштөрү: өнөктүк ң ө ү" in cell for cell in cells)

    ics = tmp_path / "out" / "plan.ics"
    _save(qtbot, export_dialog, ics, ".ics")
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert "Жер үлүштөрү: өнөктүк ң ө ү" in summaries

    assert [m.kind for m in answers.asked] == ["info"] * 3
    assert str(ics) in answers.asked[-1].text
    assert sorted(p.name for p in pdf.parent.iterdir()) == ["plan.docx", "plan.ics", "plan.pdf"]
    assert export_dialog.saved_path == ics


def test_export_through_the_file_chooser(qtbot, export_dialog, answers, tmp_path):
    target = tmp_path / "chosen"
    answers.files.append(target)
    answers.messages.append("folder")
    export_dialog.format.setCurrentIndex(export_dialog.format.findData(".docx"))
    export_dialog.choose_and_save()
    qtbot.waitUntil(lambda: export_dialog.job is None, timeout=15000)
    assert (tmp_path / "chosen.docx").stat().st_size > 0
    assert answers.folders_opened == [tmp_path]
    assert answers.file_requests[0].start.endswith(export_dialog.default_name())


def test_a_disk_error_is_shown_and_leaves_nothing(qtbot, export_dialog, answers, tmp_path):
    # A folder in the way of the file: the final rename fails as on a full or locked disk.
    blocked = tmp_path / "out" / "plan.pdf"
    blocked.mkdir(parents=True)
    answers.messages.append("ok")
    _save(qtbot, export_dialog, blocked, ".pdf")
    error = answers.asked[-1]
    assert error.kind == "error"
    assert "could not be written" in error.text
    assert error.details
    assert [p.name for p in blocked.parent.iterdir()] == ["plan.pdf"]
    assert export_dialog.save_button.isEnabled()


def test_a_missing_font_is_explained(qtbot, export_dialog, answers, tmp_path, monkeypatch):
    def no_font(*_args: object, **_kwargs: object) -> int:
        raise FontNotFoundError(install_hint())

    monkeypatch.setattr("pressdesk.gui.plan.export.export_plan", no_font)
    answers.messages.append("ok")
    _save(qtbot, export_dialog, tmp_path / "plan.pdf", ".pdf")
    error = answers.asked[-1]
    assert error.kind == "error"
    assert "DejaVu Sans" in error.text
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_cancelled_save_writes_no_file(qtbot, export_dialog, tmp_path):
    target = tmp_path / "out" / "plan.docx"
    target.parent.mkdir()
    export_dialog.format.setCurrentIndex(export_dialog.format.findData(".docx"))
    export_dialog.start_save(target)
    assert export_dialog.progress is not None
    export_dialog.progress.cancel()
    qtbot.waitUntil(lambda: export_dialog.job is None, timeout=15000)
    assert list(target.parent.iterdir()) == []


def test_campaigns_dialog_creates_and_shows_progress(qtbot, answers, plan_db):
    dialog = CampaignsDialog(plan_db)
    qtbot.addWidget(dialog)
    demo = list_campaigns(plan_db)[0]
    assert dialog.name.value() == demo.name
    assert "%" not in dialog.counts.text() and dialog.counts.text()

    dialog.new_campaign()
    answers.messages.append("ok")
    assert not dialog.save()
    assert answers.asked[-1].kind == "warning"
    dialog.name.setValue(Bi("Суу үнөмдөө айлыгы", "Месячник экономии воды"))
    dialog.messages.editor("ky").setPlainText("Тамчылатып сугаруу\n\nСуу — байлык")
    dialog.messages.editor("ru").setPlainText("Капельное орошение\nВода — богатство")
    assert dialog.save()
    saved = next(c for c in list_campaigns(plan_db) if c.name.ky == "Суу үнөмдөө айлыгы")
    assert saved.name.ru == "Месячник экономии воды"
    assert saved.messages("ky") == ["Тамчылатып сугаруу", "Суу — байлык"]
    assert saved.messages("ru") == ["Капельное орошение", "Вода — богатство"]
    assert dialog.changed
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_ideas_are_printed_only_when_ticked_and_events_always(
    qtbot, export_dialog, plan_db, answers, tmp_path
):
    create_item(plan_db, PlanItemInput(date=WEEK.start, title="Идея ң: кышкы рубрика"))
    create_event(
        plan_db,
        EventInput(
            kind="briefing",
            title="Брифинг: малды кыштоо",
            starts_at=dt.datetime.combine(WEEK.start, dt.time(14, 0)),
            ends_at=dt.datetime.combine(WEEK.start, dt.time(15, 0)),
        ),
    )
    export_dialog.language.setCurrentIndex(export_dialog.language.findData("ky"))
    export_dialog.update_preview()
    text = export_dialog.preview.toPlainText()
    assert "Брифинг: малды кыштоо" in text and "Иш-чаралар" in text
    assert "Идея ң: кышкы рубрика" not in text
    assert not export_dialog.include_all.isChecked()
    export_dialog.include_all.setChecked(True)
    assert "Идея ң: кышкы рубрика" in export_dialog.preview.toPlainText()
    answers.messages.append("ok")
    target = tmp_path / "all.docx"
    _save(qtbot, export_dialog, target, ".docx")
    document = docx.Document(str(target))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert "Идея ң: кышкы рубрика" in " ".join(cells)
    assert "Брифинг: малды кыштоо" in " ".join(cells)


@pytest.mark.parametrize(
    ("lang", "shown"),
    [("ru", ["1 раз", "2 раза", "5 раз", "21 раз", "22 раза"]), ("en", ["1 time", "2 times"])],
)
def test_the_repeat_count_takes_the_form_its_number_needs(qtbot, ui_language, lang, shown):
    from pressdesk.gui.plan.repeat import TimesSpinBox

    ui_language(lang)
    box = TimesSpinBox()
    qtbot.addWidget(box)
    box.setRange(1, 500)
    values = [int(text.split()[0]) for text in shown]
    assert [box.textFromValue(value) for value in values] == shown
    assert box.valueFromText("22 раза") == 22
