"""Show every message box, file chooser and modal dialog through hooks tests can answer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

MessageKind = Literal["info", "warning", "error", "question"]


@dataclass(frozen=True)
class Message:
    """A message box to show: its kind, texts and the buttons as (key, label) pairs."""

    kind: MessageKind
    title: str
    text: str
    buttons: tuple[tuple[str, str], ...]
    default: str
    escape: str
    details: str = ""

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(key for key, _label in self.buttons)


@dataclass(frozen=True)
class FileRequest:
    """A file chooser to show: open an existing file or pick a name to save to."""

    mode: Literal["open", "save", "folder"]
    title: str
    filters: str
    start: str


Responder = Callable[[Message], str]
FileResponder = Callable[[FileRequest], Path | None]
DialogRunner = Callable[[QDialog], int]
FolderOpener = Callable[[Path], bool]

_responder: Responder | None = None
_file_responder: FileResponder | None = None
_dialog_runner: DialogRunner | None = None
_folder_opener: FolderOpener | None = None


def set_responder(responder: Responder | None) -> Responder | None:
    """Answer message boxes with ``responder`` instead of showing them; return the previous one."""
    global _responder
    previous, _responder = _responder, responder
    return previous


def set_file_responder(responder: FileResponder | None) -> FileResponder | None:
    """Answer file choosers with ``responder`` instead of showing them; return the previous one."""
    global _file_responder
    previous, _file_responder = _file_responder, responder
    return previous


def set_dialog_runner(runner: DialogRunner | None) -> DialogRunner | None:
    """Run modal dialogs with ``runner`` instead of ``exec()``; return the previous one."""
    global _dialog_runner
    previous, _dialog_runner = _dialog_runner, runner
    return previous


def set_folder_opener(opener: FolderOpener | None) -> FolderOpener | None:
    """Open folders with ``opener`` instead of the desktop file manager; return the previous one."""
    global _folder_opener
    previous, _folder_opener = _folder_opener, opener
    return previous


_ICONS = {
    "info": QMessageBox.Icon.Information,
    "warning": QMessageBox.Icon.Warning,
    "error": QMessageBox.Icon.Critical,
    "question": QMessageBox.Icon.Question,
}


def ask(parent: QWidget | None, message: Message) -> str:
    """Show ``message`` and return the key of the button pressed (``escape`` if closed)."""
    if _responder is not None:
        answer = _responder(message)
        if answer not in message.keys:
            raise ValueError(f"Answer {answer!r} is not one of {message.keys}")
        return answer
    box = QMessageBox(parent)
    box.setIcon(_ICONS[message.kind])
    box.setWindowTitle(message.title)
    box.setText(message.text)
    if message.details:
        box.setDetailedText(message.details)
    by_button: dict[object, str] = {}
    for key, label in message.buttons:
        role = QMessageBox.ButtonRole.AcceptRole
        if key == message.escape:
            role = QMessageBox.ButtonRole.RejectRole
        button = box.addButton(label, role)
        by_button[button] = key
        if key == message.default:
            box.setDefaultButton(button)
        if key == message.escape:
            box.setEscapeButton(button)
    box.exec()
    return by_button.get(box.clickedButton(), message.escape)


def _notify(parent: QWidget | None, kind: MessageKind, title: str, text: str, details: str) -> None:
    ok = (("ok", QCoreApplication.translate("Dialogs", "OK")),)
    ask(parent, Message(kind, title, text, ok, "ok", "ok", details))


def info(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Tell the user something went as expected."""
    _notify(parent, "info", title, text, details)


def warning(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Warn the user about something they can act on."""
    _notify(parent, "warning", title, text, details)


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Tell the user an action failed and why."""
    _notify(parent, "error", title, text, details)


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    yes: str | None = None,
    no: str | None = None,
    *,
    default_yes: bool = False,
) -> bool:
    """Ask a yes/no question; the buttons can carry verbs instead of Yes and No."""
    buttons = (
        ("yes", yes or QCoreApplication.translate("Dialogs", "Yes")),
        ("no", no or QCoreApplication.translate("Dialogs", "No")),
    )
    message = Message("question", title, text, buttons, "yes" if default_yes else "no", "no")
    return ask(parent, message) == "yes"


def choice(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: Sequence[tuple[str, str]],
    *,
    kind: MessageKind = "question",
    default: str | None = None,
    escape: str | None = None,
    details: str = "",
) -> str:
    """Offer several actions as buttons and return the key of the one chosen."""
    pairs = tuple(buttons)
    keys = [key for key, _label in pairs]
    message = Message(kind, title, text, pairs, default or keys[0], escape or keys[-1], details)
    return ask(parent, message)


def open_file(
    parent: QWidget | None, title: str, filters: str, start: str | Path = ""
) -> Path | None:
    """Let the user choose an existing file; return None if cancelled."""
    request = FileRequest("open", title, filters, str(start))
    if _file_responder is not None:
        return _file_responder(request)
    name, _selected = QFileDialog.getOpenFileName(parent, title, request.start, filters)
    return Path(name) if name else None


def save_file(
    parent: QWidget | None, title: str, filters: str, start: str | Path = ""
) -> Path | None:
    """Let the user choose where to save; return None if cancelled."""
    request = FileRequest("save", title, filters, str(start))
    if _file_responder is not None:
        return _file_responder(request)
    name, _selected = QFileDialog.getSaveFileName(parent, title, request.start, filters)
    return Path(name) if name else None


def choose_folder(parent: QWidget | None, title: str, start: str | Path = "") -> Path | None:
    """Let the user choose a folder; return None if cancelled."""
    request = FileRequest("folder", title, "", str(start))
    if _file_responder is not None:
        return _file_responder(request)
    name = QFileDialog.getExistingDirectory(parent, title, request.start)
    return Path(name) if name else None


def run_dialog(dialog: QDialog) -> bool:
    """Run ``dialog`` modally; return True if it was accepted."""
    if _dialog_runner is not None:
        return _dialog_runner(dialog) == QDialog.DialogCode.Accepted
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_folder(path: Path) -> bool:
    """Show ``path`` in the desktop's file manager."""
    if _folder_opener is not None:
        return _folder_opener(path)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
