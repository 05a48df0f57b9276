"""Team mode in the window: another person's change shows when a section is opened again."""

from __future__ import annotations

from pressdesk.bilingual import Bi
from pressdesk.gui.main_window import MainWindow
from pressdesk.runtime import Runtime
from pressdesk.services.demo import fill_demo
from pressdesk.services.inventory.items import ItemRow, save_item
from pressdesk.storage.opening import open_database


def test_a_section_shown_again_reads_the_shared_database_afresh(qtbot, data_dir, pg_url):
    runtime = Runtime.create(str(data_dir), pg_url)
    db = runtime.open_db()
    fill_demo(db)
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("inventory")
    page = window.page("inventory")
    qtbot.waitUntil(lambda: page.model.total > 0)
    before = page.model.total

    colleague = open_database(pg_url, data_dir / "other")
    try:
        save_item(colleague, ItemRow(name=Bi("Штатив", "Штатив"), inventory_number="ИН-9001"))
    finally:
        colleague.close()

    window.show_section("contacts")
    window.show_section("inventory")
    qtbot.waitUntil(lambda: page.model.total == before + 1)
    window.close()
    db.close()
