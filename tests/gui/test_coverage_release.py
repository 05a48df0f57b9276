"""The publication editor links a press release, and shows the one linked when opened again."""

from __future__ import annotations

import datetime as dt

import pytest

from pressdesk.bilingual import Bi
from pressdesk.gui.coverage.editor import CoverageEditor
from pressdesk.services.coverage.records import get_record, list_records, records_for_release
from pressdesk.services.releases.records import ReleaseInput, add_release
from tests.gui import test_coverage_page as coverage_page
from tests.gui.test_i18n import _english_leftovers, _visible_texts

demo_file = coverage_page.demo_file
cdb = coverage_page.cdb


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_the_editor_links_a_press_release(qtbot, ui_language, cdb, lang):
    ui_language(lang)
    row = list_records(cdb, limit=1).rows[0]
    release = add_release(
        cdb,
        ReleaseInput(
            title=Bi("Үрөн фонду толукталды", "Семенной фонд пополнен"),
            date=row.published_at.date() - dt.timedelta(days=2),
        ),
    )
    editor = CoverageEditor(cdb, row)
    qtbot.addWidget(editor)
    combo = editor.release
    assert combo.itemData(0) is None
    index = combo.findData(release)
    assert index > 0
    expected = "Үрөн фонду" if lang == "ky" else "Семенной фонд"
    assert expected in combo.itemText(index)
    combo.setCurrentIndex(index)
    assert editor.save()
    assert get_record(cdb, row.id).release_id == release
    assert [r.id for r in records_for_release(cdb, release)] == [row.id]
    # Opened again, the editor shows the release linked; "none" unlinks it.
    again = CoverageEditor(cdb, get_record(cdb, row.id))
    qtbot.addWidget(again)
    assert again.release.currentData() == release
    again.resize(900, 760)
    again.grab().save(f"/tmp/coverage-editor-release-{lang}.png")
    assert _english_leftovers(_visible_texts(again)) == []
    again.release.setCurrentIndex(0)
    assert again.save()
    assert get_record(cdb, row.id).release_id is None
