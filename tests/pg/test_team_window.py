"""Team mode in the window: another person's change shows on the page shown within seconds,
and when a section is opened again."""

from __future__ import annotations

import pytest

from pressdesk.bilingual import Bi
from pressdesk.gui.live_refresh import INTERVAL_MS, listening_connection
from pressdesk.gui.main_window import MainWindow
from pressdesk.runtime import Runtime
from pressdesk.services.demo import fill_demo
from pressdesk.services.inventory.items import ItemRow, save_item
from pressdesk.storage.assets_models import EquipmentItem
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


def test_a_colleagues_change_appears_on_the_page_shown_without_reopening_it(
    qtbot, data_dir, pg_url
):
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
    assert window.server_actions.listener is not None
    # This window's own changes are not announced back to it.
    save_item(db, ItemRow(name=Bi("Микрофон", "Микрофон"), inventory_number="ИН-9000"))
    qtbot.wait(2 * INTERVAL_MS + 500)
    assert page.model.total == before

    colleague = open_database(pg_url, data_dir / "other")
    try:
        save_item(colleague, ItemRow(name=Bi("Штатив", "Штатив"), inventory_number="ИН-9001"))
    finally:
        colleague.close()
    qtbot.waitUntil(lambda: page.model.total == before + 2, timeout=3 * INTERVAL_MS + 2000)
    window.close()
    db.close()


def test_changes_are_announced_only_when_they_commit(pg_url, tmp_path):
    from pressdesk.storage.changes import parse

    db = open_database(pg_url, tmp_path)
    with listening_connection(db) as listener:
        save_item(db, ItemRow(name=Bi("Камера", "Камера"), inventory_number="ИН-1"))
        with pytest.raises(RuntimeError), db.session() as session:
            session.add(
                EquipmentItem(
                    name_ky="Жарык", name_ru="Свет", category="other", inventory_number="x"
                )
            )
            session.flush()
            raise RuntimeError("given up")
        notes = [parse(n.payload) for n in listener.notifies(timeout=1)]
    db.close()
    assert len(notes) == 1
    assert "equipment_item" in notes[0][1]
