"""Settings → Who works at this computer: the chosen person is named in the plan's history."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialog

from pressdesk.bilingual import Bi
from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.plan.page import PlanSectionPage
from pressdesk.gui.server_dialog import IdentityDialog
from pressdesk.services.plan.items import PlanItemInput, create_item
from pressdesk.services.plan.workflow import item_history
from pressdesk.services.profile import OrgProfile, save_profile
from pressdesk.services.staff import StaffRow, save_staff


def _choose(name: str):  # type: ignore[no-untyped-def]
    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, IdentityDialog)
        dialog.who.setCurrentIndex(dialog.who.findText(name))
        dialog.accept()
        return int(dialog.result())

    return run


def test_the_person_chosen_here_is_recorded_and_kept_for_the_next_start(
    qtbot, runtime, db, answers
):
    save_profile(db, OrgProfile(name_ru="Министерство", secretary_name="Жумабаева Айгүл"))
    save_staff(db, StaffRow("Токтосунов Айбек", "Басма сөз катчысы", "Пресс-секретарь"))
    item = create_item(db, PlanItemInput(date=dt.date(2026, 11, 23), title=Bi("Пост", "Пост")))
    window = MainWindow(runtime, db)
    qtbot.addWidget(window)
    answers.dialogs.append(_choose("Токтосунов Айбек"))
    window.server_actions.identity_action.trigger()
    window.show_section("plan")
    page = window.page("plan")
    assert isinstance(page, PlanSectionPage)
    assert page.plan_actions.set_status(item, "draft") is not None
    assert item_history(db, item.id)[-1].by_name == "Токтосунов Айбек"

    # The next start on this computer names the same person without asking.
    db.acting_name = ""
    again = MainWindow(runtime, db)
    qtbot.addWidget(again)
    assert db.acting_name == "Токтосунов Айбек"
    answers.assert_all_used()
