"""No English in any dialog or message of a Kyrgyz or Russian session, dates in one form.

Every button and action of every section page is pressed once on the demo base, with a row
selected in each table; every dialog this opens is read and closed, every message box read and
answered with its escape button, every file chooser cancelled. Dialogs no button reaches on the
demo base are opened directly, and the error paths that carry a code are triggered on purpose.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QTabWidget,
    QWidget,
)

from pressdesk import secrets
from pressdesk.bilingual import Bi
from pressdesk.gui import dialogs
from pressdesk.gui.dialogs import FileRequest, Message
from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.messages import error_text
from pressdesk.gui.sections import SECTIONS
from pressdesk.messages import TERMS, TEXTS, Term, UserError
from tests.gui.test_i18n import _english_words, _visible_texts
from tests.gui.test_languages_dates import wrong_date_fields

# Names of formats, programs and services the user knows by these names in every language.
NAMES = {
    "CSV",
    "Excel",
    "XLSX",
    "DOCX",
    "vCard",
    "Outlook",
    "Google",
    "Word",
    "LibreOffice",
    "iCalendar",
    "ICS",
    "UTF",
    "RRULE",
    # Parts of an iCalendar repeat rule, typed in as they are.
    "BYMONTH",
    "BYMONTHDAY",
    "INTERVAL",
    "UNTIL",
    "COUNT",
    "FREQ",
    "DAILY",
    "WEEKLY",
    "MONTHLY",
    "YEARLY",
    "BYSETPOS",
    "NAME",
    "VALUE",
    "SMS",
    # Parts of an iCalendar file, named as the file writes them.
    "BEGIN",
    "END",
    "VCALENDAR",
    "VEVENT",
    "VTODO",
    "VJOURNAL",
    "VFREEBUSY",
    "VALARM",
    "VTIMEZONE",
    "TZID",
    "DTSTART",
    "DTEND",
    "DURATION",
    "UID",
    "RECURRENCE",
    "LAST",
    "MODIFIED",
    # Services and outlets of the demo base, known by these names.
    "Facebook",
    "Instagram",
    "Telegram",
    "TikTok",
    "Twitter",
    "YouTube",
    "WordPress",
    "Kloop",
    "Knews",
    "Next",
    "Reuters",
    "Sputnik",
    "Superinfo",
}
# Buttons that leave the section (quit, open another database) are not pressed.
SKIPPED_ACTIONS = re.compile(r"quit|exit|close", re.IGNORECASE)


def english(text: str) -> list[str]:
    """Return the English words of ``text`` that are not names of formats and programs."""
    return [word for word in _english_words(text) if word not in NAMES]


@dataclass
class Seen:
    """What the session showed: texts by where they were seen, and the dialogs opened."""

    texts: list[tuple[str, str]] = field(default_factory=list)
    dialogs: set[str] = field(default_factory=set)
    wrong_dates: list[str] = field(default_factory=list)
    pressed: set[str] = field(default_factory=set)

    def add(self, where: str, texts: list[str]) -> None:
        self.texts.extend((where, text) for text in texts if text)

    def message(self, message: Message) -> str:
        self.add(f"message {message.title!r}", [message.title, message.text, message.details])
        self.add("message buttons", [label for _key, label in message.buttons])
        return message.escape

    depth: int = 0

    def dialog(self, dialog: QDialog) -> int:
        name = dialog.objectName() or type(dialog).__name__
        self.dialogs.add(name)
        self.add(f"dialog {name}", _visible_texts(dialog))
        self.wrong_dates.extend(f"{name}: {w}" for w in wrong_date_fields(dialog))
        if self.depth == 0 and name not in self.pressed:
            # The dialogs a dialog opens (a picker, a prompt) are read too, once each.
            self.pressed.add(name)
            self.depth += 1
            try:
                _press_buttons(dialog, lambda: None)
            finally:
                self.depth -= 1
        return 0

    def file(self, request: FileRequest) -> None:
        self.add("file chooser", [request.title])

    def english(self) -> list[str]:
        # The password store is named as the system calls it.
        backend = secrets.backend_name()
        return sorted(
            {
                f"{where}: {text!r}"
                for where, text in self.texts
                if english(text.replace(backend, ""))
            }
        )


@pytest.fixture
def seen() -> Iterator[Seen]:
    """Read every dialog and message instead of answering from a script."""
    record = Seen()
    previous = (
        dialogs.set_responder(record.message),
        dialogs.set_file_responder(record.file),
        dialogs.set_dialog_runner(record.dialog),
        dialogs.set_folder_opener(lambda _path: True),
    )
    yield record
    dialogs.set_responder(previous[0])
    dialogs.set_file_responder(previous[1])
    dialogs.set_dialog_runner(previous[2])
    dialogs.set_folder_opener(previous[3])


def _select_first_rows(page: QWidget) -> None:
    for view in page.findChildren(QAbstractItemView):
        model, selection = view.model(), view.selectionModel()
        if model is None or selection is None or model.rowCount() == 0:
            continue
        selection.setCurrentIndex(
            model.index(0, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def _press_buttons(widget: QWidget, wait: Callable[[], None]) -> None:
    """Press every visible, enabled button and action of ``widget`` once."""
    for button in widget.findChildren(QAbstractButton):
        # A button with a menu opens a popup, which waits for a click of its own.
        pressable = (
            button.isVisibleTo(widget)
            and button.isEnabled()
            and not button.isCheckable()
            and getattr(button, "menu", lambda: None)() is None
        )
        if pressable and not SKIPPED_ACTIONS.search(button.objectName()):
            button.click()
            wait()
    for action in widget.findChildren(QAction):
        pressable = action.isEnabled() and not action.isCheckable() and not action.menu()
        if pressable and not SKIPPED_ACTIONS.search(action.objectName()):
            action.trigger()
            wait()


def _press_everything(qtbot, page: QWidget, seen: Seen) -> None:  # type: ignore[no-untyped-def]
    tab_widgets = page.findChildren(QTabWidget) or [None]
    for tabs in tab_widgets:
        for index in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(index)
            _select_first_rows(page)
            seen.add("page", _visible_texts(page))
            _press_buttons(page, lambda: qtbot.wait(5))


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_english_in_any_dialog_of_any_section(  # type: ignore[no-untyped-def]
    qtbot, ui_language, runtime, demo_db, seen, lang
):
    ui_language(lang)
    window = MainWindow(runtime, demo_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for section in SECTIONS:
        window.show_section(section.key)
        _press_everything(qtbot, window.page(section.key), seen)
    assert len(seen.dialogs) >= 15, sorted(seen.dialogs)
    assert seen.english() == [], "\n".join(seen.english())
    assert seen.wrong_dates == []


def _sample(name: str) -> object:
    samples: dict[str, object] = {
        "limit": 200,
        "count": 1200,
        "date": dt.date(2026, 11, 25),
        "start": dt.date(2026, 11, 25),
        "end": dt.date(2026, 11, 1),
        "until": dt.date(2026, 11, 1),
        "allowed": ["онлайн", "басма"],
    }
    return samples.get(name, "Кабар")


@pytest.mark.parametrize("lang", ["ky", "ru"])
@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_error_code_is_worded_in_the_language(ui_language, lang, code):
    ui_language(lang)
    names = re.findall(r"\{(\w+)\}", TEXTS[code])
    fields = TERMS if "field" in names else ("",)
    for term in fields:
        values = {name: _sample(name) for name in names}
        if term:
            values["field"] = Term(term)
        text = error_text(UserError(code, **values))
        assert "{" not in text and english(text) == [], text
        if "date" in names or "start" in names:
            assert "25.11.2026" in text


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_converted_error_paths_speak_the_language(  # type: ignore[no-untyped-def]
    qtbot, ui_language, runtime, demo_db, seen, lang, monkeypatch
):
    from pressdesk.gui.contacts.lists_view import ListDialog, ListsView
    from pressdesk.gui.plan.campaigns import CampaignsDialog
    from pressdesk.gui.widgets import dates
    from pressdesk.services.contacts.lists import ListRecord, save_list

    ui_language(lang)
    # A distribution list under a name already taken.
    save_list(demo_db, ListRecord("Пресс-тур"))
    view = ListsView(demo_db)
    qtbot.addWidget(view)
    monkeypatch.setattr(ListDialog, "value", lambda _self: ListRecord("пресс-тур"))
    dialogs.set_dialog_runner(lambda dialog: (seen.dialog(dialog), 1)[1])  # accept the dialog
    assert view._run(ListRecord("")) is False
    # A campaign that ends before it starts, and one under a name already taken.
    campaigns = CampaignsDialog(demo_db)
    qtbot.addWidget(campaigns)
    campaigns.new_campaign()
    campaigns.name.setValue(Bi("Кампания", "Кампания"))
    campaigns.start.setDate(dates.qdate(dt.date(2026, 12, 1)))
    campaigns.end.setDate(dates.qdate(dt.date(2026, 11, 1)))
    assert campaigns.save() is False
    warnings = [text for where, text in seen.texts if where.startswith("message")]
    assert any("«пресс-тур»" in text or "“пресс-тур”" in text for text in warnings), warnings
    assert any("01.11.2026" in text and "01.12.2026" in text for text in warnings), warnings
    assert seen.english() == [], "\n".join(seen.english())


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_english_in_the_dialogs_no_section_button_opens(  # type: ignore[no-untyped-def]
    qtbot, ui_language, runtime, demo_db, seen, lang
):
    from pressdesk.gui.about import AboutDialog
    from pressdesk.gui.accounts.editor import SecretDialog
    from pressdesk.gui.contacts.log_panel import LogEntryDialog
    from pressdesk.gui.contacts.review_view import MergeDialog
    from pressdesk.gui.events.forms import JournalistDialog, PeoplePicker
    from pressdesk.gui.events.invite import InvitationDialog
    from pressdesk.gui.inventory.editor import MovementDialog
    from pressdesk.gui.plan.actions import TextPrompt
    from pressdesk.gui.settings.staff_page import StaffEditDialog
    from pressdesk.gui.widgets.preflight import MissingTextsDialog
    from pressdesk.services.contacts.duplicates import DuplicatePair
    from pressdesk.services.contacts.query import list_people
    from pressdesk.services.events.accreditation import AccreditationInput
    from pressdesk.services.events.records import list_events
    from pressdesk.services.inventory.items import list_items
    from pressdesk.services.preflight import Ref, find_missing
    from pressdesk.services.staff import StaffRow, list_staff, save_staff

    ui_language(lang)
    event = list_events(demo_db)[0]
    item = list_items(demo_db, limit=1).rows[0]
    first, second = list_people(demo_db, limit=2).rows[:2]
    # A position written in Kyrgyz only: the Russian document lacks it.
    save_staff(demo_db, StaffRow("Асанова Айгүл", position_ky="Кабарчы"))
    refs = [Ref("staff", s.id) for s in list_staff(demo_db) if s.id is not None]
    missing = find_missing(demo_db, refs, "ru")
    assert missing
    opened = [
        TextPrompt("—", "—"),
        InvitationDialog(runtime, demo_db, event),
        JournalistDialog(AccreditationInput("")),
        PeoplePicker(demo_db, "—"),
        LogEntryDialog(),
        MergeDialog(DuplicatePair(first, second, ("name",), 0.9)),
        StaffEditDialog(demo_db, StaffRow("")),
        MovementDialog(demo_db, item, out=True),
        MovementDialog(demo_db, item, out=False),
        SecretDialog("—", "secret"),
        AboutDialog(runtime),
        MissingTextsDialog(missing, "ru"),
    ]
    for dialog in opened:
        qtbot.addWidget(dialog)
        seen.dialog(dialog)
    assert len(seen.dialogs) >= len(opened) - 1  # the two hand-out dialogs share a name
    assert seen.english() == [], "\n".join(seen.english())
    assert seen.wrong_dates == []
