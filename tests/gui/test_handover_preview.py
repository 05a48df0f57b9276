"""The act preview: printed pages fitted to the pane, zoom, a running text not justified."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from pressdesk.documents import model as m
from pressdesk.documents import render_html
from pressdesk.gui.handover.page import HandoverSectionPage
from pressdesk.gui.handover.preview import PAGE_SIZE, ActPreview, text_view_html
from pressdesk.gui.sections import SectionContext
from pressdesk.gui.widgets.text_preview import prepare_document_view

LONG_ACT = (
    "<html><head><style>body { font-size: 12pt; } .indent { text-align: justify; }</style>"
    "</head><body>"
    + "".join(
        f'<p class="indent" align="justify">{n}. Берилүүчү документтердин тизмеси. '
        "Комиссия төмөнкүлөрдү текшерди жана кабыл алды.</p>"
        for n in range(1, 160)
    )
    + "</body></html>"
)


def _preview(qtbot, width: int = 700) -> ActPreview:  # type: ignore[no-untyped-def]
    preview = ActPreview()
    qtbot.addWidget(preview)
    preview.resize(width, 600)
    preview.show()
    qtbot.waitExposed(preview)
    preview.set_html(LONG_ACT)
    return preview


def test_pages_are_shown_fitted_to_the_width(qtbot):
    preview = _preview(qtbot)
    assert preview.page_view
    assert preview.canvas.page_count > 1
    assert preview.pages_label.text().endswith(str(preview.canvas.page_count))
    viewport = preview.page_scroll.viewport().width()
    assert preview.canvas.width() <= viewport
    assert preview.canvas.width() >= viewport - 40
    narrow = preview.zoom
    preview.resize(1000, 600)
    qtbot.waitUntil(lambda: preview.zoom > narrow)
    assert abs(preview.zoom * PAGE_SIZE.width() - preview.page_scroll.viewport().width()) < 60


def test_zoom_steps_leave_fit_width_and_show_the_percentage(qtbot):
    preview = _preview(qtbot)
    fitted = preview.zoom
    preview.zoom_in()
    assert preview.zoom > fitted
    assert not preview.fit_action.isChecked()
    assert preview.zoom_label.text() == f"{round(preview.zoom * 100)} %"
    height = preview.canvas.height()
    preview.zoom_in()
    assert preview.canvas.height() > height
    preview.zoom_out()
    preview.zoom_out()
    preview.zoom_out()
    assert preview.zoom < fitted
    preview.fit_action.setChecked(True)
    assert abs(preview.zoom - fitted) < 0.01


def test_zoom_from_the_keyboard(qtbot):
    preview = _preview(qtbot)
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    before = preview.zoom
    qtbot.keyClick(preview, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom > before
    assert "Ctrl" in preview.zoom_in_button.toolTip()
    enlarged = preview.zoom
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom < enlarged
    qtbot.keyClick(preview, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.fit_action.isChecked()


def test_the_text_view_is_ragged_and_scaled(qtbot):
    assert "justify" not in text_view_html(LONG_ACT, 1.0)
    assert "font-size: 18.0pt" in text_view_html(LONG_ACT, 1.5)
    preview = _preview(qtbot)
    preview.text_button.click()
    assert not preview.page_view
    assert not preview.fit_action.isEnabled()
    assert "160" not in preview.text.toPlainText()
    assert "159. Берилүүчү" in preview.text.toPlainText()


def test_the_wizard_preview_is_readable_at_1366_by_768(qtbot, runtime, demo_db):
    page = HandoverSectionPage(SectionContext(runtime, demo_db))
    qtbot.addWidget(page)
    # The page beside the window's sidebar at 1366 × 768.
    page.resize(1366 - 246, 700)
    page.show()
    qtbot.waitExposed(page)
    wizard = page.wizard
    preview = wizard.act_preview
    assert preview.page_view
    assert preview.canvas.page_count >= 2
    # A page as wide as the pane, at no less than half its printed size.
    assert preview.zoom >= 0.5
    assert not wizard.splitter.childrenCollapsible()
    left, right = wizard.splitter.sizes()
    wizard.splitter.moveSplitter(left - 200, 1)
    qtbot.waitUntil(lambda: wizard.splitter.sizes()[1] > right)
    assert preview.zoom > 0.6
    # The running text is kept up to date too, for the text view.
    assert wizard.draft is not None and wizard.draft.outgoing.name
    assert wizard.draft.outgoing.name in wizard.preview.toPlainText()


# --- words are never cut -------------------------------------------------------------------


def cut_words(document: QTextDocument) -> list[str]:
    """Return every place where ``document`` as laid out breaks a line inside a word."""
    cuts: list[str] = []
    block = document.begin()
    while block.isValid():
        text, layout = block.text(), block.layout()
        for index in range(layout.lineCount() - 1):
            line = layout.lineAt(index)
            end = line.textStart() + line.textLength()
            if 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
                cuts.append(f"{text[line.textStart() : end]}|{text[end:]}")
        block = block.next()
    return cuts


def _narrow_table_html() -> str:
    """The act's table of documents: Qt shares the width by the length of each column's text,
    which leaves the first column narrower than its longest word."""
    place = "214-кабинет, №2 шкаф, «Ченемдик документтер» папкасы"
    table = m.Table(
        columns=[
            m.Column("Документтин аталышы", 3),
            m.Column("Номери"),
            m.Column("Күнү"),
            m.Column("Көлөмү"),
            m.Column("Сакталган жери", 3),
        ],
        rows=[
            (
                "Министрликтин басма сөз кызматы жөнүндө жобо (министрдин буйругу менен "
                "бекитилген)",
                "112",
                "15.01.2024",
                "9 барак",
                place,
            ),
            ("ЖМК өкүлдөрүн аккредитациялоо тартиби", "78", "10.06.2024", "6 барак", place),
        ],
        numbered=True,
    )
    return render_html(m.Document(lang="ky", title="Акт", blocks=(table,)))


def test_a_narrow_column_of_the_act_keeps_its_words_whole(qtbot):
    preview = _preview(qtbot)
    preview.set_html(_narrow_table_html())
    assert "Министрликтин" in preview.canvas.document.toPlainText()
    assert cut_words(preview.canvas.document) == []
    preview.text_button.click()
    assert cut_words(preview.text.document()) == []


def test_a_narrow_column_of_an_export_preview_keeps_its_words_whole(qtbot):
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    prepare_document_view(browser)
    browser.resize(420, 400)
    browser.show()
    qtbot.waitExposed(browser)
    browser.setHtml(_narrow_table_html())
    assert cut_words(browser.document()) == []
    plain = QTextBrowser()  # Qt's own wrapping, for the contrast: it does cut the words
    qtbot.addWidget(plain)
    plain.resize(420, 400)
    plain.show()
    plain.setHtml(_narrow_table_html())
    assert cut_words(plain.document()) != []


def test_the_act_preview_counts_about_the_pages_of_the_printed_act(qtbot, demo_db, tmp_path):
    from pypdf import PdfReader

    from pressdesk.documents import render
    from pressdesk.services.handover.build import build_draft
    from pressdesk.services.handover.document import act_document

    draft = build_draft(
        demo_db, outgoing="Жумабаева Айгүл Бекеновна", incoming="Осмонов Нурлан Бакытович"
    )
    doc = act_document(draft)
    render(doc, tmp_path / "act.pdf")
    printed = len(PdfReader(tmp_path / "act.pdf").pages)
    preview = _preview(qtbot)
    preview.set_html(render_html(doc))
    # The preview sets the act in the printed typeface and sizes: the user is told about as
    # many pages as the printer will give (Qt and the PDF writer break lines a little apart).
    assert abs(preview.canvas.page_count - printed) <= 1, (preview.canvas.page_count, printed)
    assert cut_words(preview.canvas.document) == []
