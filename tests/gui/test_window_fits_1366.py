"""Every section fits a 1366 × 768 screen in Kyrgyz and Russian: no page widens the window."""

from __future__ import annotations

import pytest

from pressdesk.gui.main_window import MainWindow


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_section_widens_the_window(qtbot, runtime, demo_db, ui_language, lang):  # type: ignore[no-untyped-def]
    ui_language(lang)
    window = MainWindow(runtime, demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    wider = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        qtbot.wait(10)
        if window.width() > 1366 or window.minimumSizeHint().width() > 1366:
            wider[window.sidebar.item(row).text()] = window.minimumSizeHint().width()
    assert wider == {}
