"""The Contacts section shows no English in Kyrgyz or Russian, in every view and dialog."""

from __future__ import annotations

import pytest

from pressdesk.gui.contacts.export_dialog import ExportDialog
from pressdesk.gui.contacts.import_wizard import ImportWizard
from pressdesk.gui.contacts.lists_view import ListDialog
from pressdesk.gui.contacts.log_panel import LogEntryDialog
from pressdesk.gui.contacts.outlet_editor import OutletEditor
from pressdesk.gui.contacts.page import ContactsSectionPage
from pressdesk.gui.contacts.person_editor import PersonEditor
from pressdesk.gui.contacts.topics_dialog import NewTopicDialog, TopicsDialog
from pressdesk.gui.sections import SectionContext
from pressdesk.services.contacts.lists import ListRecord
from pressdesk.services.contacts.values import PersonFilter
from tests.gui.test_i18n import _english_leftovers, _visible_texts

# Names of file formats and programs the user knows by these names in every language.
PRODUCTS = ("CSV", "Excel", "XLSX", "vCard", "Outlook", "Google", "Word")


def _without_products(text: str) -> str:
    for name in PRODUCTS:
        text = text.replace(name, "")
    return text


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_english_in_the_contacts_section(qtbot, ui_language, runtime, db, lang):
    ui_language(lang)
    page = ContactsSectionPage(SectionContext(runtime, db))
    qtbot.addWidget(page)
    page.show()
    texts = []
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        texts.extend(_visible_texts(page))
    for widget in (
        PersonEditor(db),
        OutletEditor(db),
        LogEntryDialog(),
        ListDialog(ListRecord("")),
        ListDialog(ListRecord("", kind="filter", filter=PersonFilter())),
        ImportWizard(db, runtime.paths.data_dir),
        ExportDialog(runtime, db, PersonFilter()),
        TopicsDialog(db),
        NewTopicDialog(),
    ):
        qtbot.addWidget(widget)
        texts.extend(_visible_texts(widget))
    assert _english_leftovers([_without_products(text) for text in texts]) == []
