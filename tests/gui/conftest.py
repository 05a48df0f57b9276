"""GUI test helpers: scripted answers for every dialog, UI languages and the main window."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog

from pressdesk.gui import dialogs
from pressdesk.gui.dialogs import FileRequest, Message

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"

MessageAnswer = str | Callable[[Message], str]
DialogScript = Callable[[QDialog], int]


@dataclass
class Answers:
    """Queued answers for message boxes, file choosers and modal dialogs, in order of asking.

    Anything asked without a queued answer fails the test, so no dialog can block or slip by.
    """

    messages: list[MessageAnswer] = field(default_factory=list)
    files: list[Path | None] = field(default_factory=list)
    dialogs: list[DialogScript] = field(default_factory=list)
    asked: list[Message] = field(default_factory=list)
    file_requests: list[FileRequest] = field(default_factory=list)
    folders_opened: list[Path] = field(default_factory=list)

    def respond(self, message: Message) -> str:
        self.asked.append(message)
        if not self.messages:
            raise AssertionError(f"Unexpected message box: {message.title!r}: {message.text!r}")
        answer = self.messages.pop(0)
        return answer(message) if callable(answer) else answer

    def choose_file(self, request: FileRequest) -> Path | None:
        self.file_requests.append(request)
        if not self.files:
            raise AssertionError(f"Unexpected file chooser: {request.title!r}")
        return self.files.pop(0)

    def run_dialog(self, dialog: QDialog) -> int:
        if not self.dialogs:
            raise AssertionError(f"Unexpected dialog: {dialog.objectName()}")
        return self.dialogs.pop(0)(dialog)

    def open_folder(self, path: Path) -> bool:
        self.folders_opened.append(path)
        return True

    def assert_all_used(self) -> None:
        assert not self.messages, f"unused message answers: {self.messages}"
        assert not self.files, f"unused file answers: {self.files}"
        assert not self.dialogs, f"unused dialog scripts: {self.dialogs}"


@pytest.fixture(autouse=True)
def answers() -> Iterator[Answers]:
    """Route every dialog through scripted answers for the length of the test."""
    script = Answers()
    previous = (
        dialogs.set_responder(script.respond),
        dialogs.set_file_responder(script.choose_file),
        dialogs.set_dialog_runner(script.run_dialog),
        dialogs.set_folder_opener(script.open_folder),
    )
    yield script
    dialogs.set_responder(previous[0])
    dialogs.set_file_responder(previous[1])
    dialogs.set_dialog_runner(previous[2])
    dialogs.set_folder_opener(previous[3])


@pytest.fixture
def ui_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Return a function that switches the UI language; translations are removed afterwards."""
    from pressdesk.gui import i18n

    installed: list[QTranslator] = []

    def switch(lang: str) -> None:
        installed.extend(i18n.install_translators(qapp, lang))

    yield switch
    i18n.remove_translators(qapp, installed)


@pytest.fixture
def window(qtbot, runtime, demo_db):  # type: ignore[no-untyped-def]
    """The main window on the demo database, shown."""
    from pressdesk.gui.main_window import MainWindow

    win = MainWindow(runtime, demo_db)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def ts_files(lang: str) -> list[Path]:
    """Return every .ts file of ``lang``: the window's and one per section."""
    return [I18N / f"pressdesk_{lang}.ts", *sorted(I18N.glob(f"pressdesk-*_{lang}.ts"))]


def ts_messages(lang: str) -> list[ET.Element]:
    """Return the <message> elements of all catalogues of ``lang``."""
    messages: list[ET.Element] = []
    for path in ts_files(lang):
        messages.extend(ET.parse(path).getroot().iter("message"))
    return messages


def ts_translation(lang: str, context: str, source: str) -> str:
    """Return the translation of ``source`` in ``context`` from the .ts file of ``lang``."""
    for path in ts_files(lang):
        for ctx in ET.parse(path).getroot().iter("context"):
            if ctx.findtext("name") != context:
                continue
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise KeyError((lang, context, source))
