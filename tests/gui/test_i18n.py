"""Translations: complete for Kyrgyz and Russian, in step with the code, and really shown."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)

from pressdesk import secrets
from pressdesk.gui import i18n
from pressdesk.gui.about import AboutDialog
from pressdesk.gui.main_window import MainWindow
from pressdesk.gui.messages import describe
from pressdesk.gui.sections import SECTIONS
from pressdesk.gui.settings.dialog import SettingsDialog
from pressdesk.gui.settings.staff_page import StaffEditDialog
from pressdesk.services.staff import StaffRow
from pressdesk.storage.errors import (
    BackupError,
    CorruptDatabaseError,
    DatabaseLockedError,
    DatabaseTooNewError,
    DatabaseUnavailableError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
)
from tests.gui.conftest import ROOT, ts_messages, ts_translation

PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_every_string_is_translated(lang):
    missing = []
    for message in ts_messages(lang):
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") or not all(t.strip() for t in _translations(message)):
            missing.append(message.findtext("source"))
    assert missing == []


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_translations_keep_placeholders_and_accelerators(lang):
    problems = []
    for message in ts_messages(lang):
        source = message.findtext("source") or ""
        for text in _translations(message):
            if not text:
                continue
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
                problems.append((source, text))
            if message.get("numerus") == "yes" and "%n" not in text:
                problems.append((source, text))
            has_key = bool(re.search(r"&[^&\s]", source))
            if has_key and len(re.findall(r"&[^&\s]", text)) != 1:
                problems.append((source, text))
            if source.endswith("…") != text.endswith("…"):
                problems.append((source, text))
    assert problems == []


def test_ts_files_are_in_step_with_the_code(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    def keys(path):
        root = ET.parse(path).getroot()
        return {
            (ctx.findtext("name"), m.findtext("source"))
            for ctx in root.iter("context")
            for m in ctx.iter("message")
        }

    for catalogue, files in module.catalogues().items():
        fresh = tmp_path / f"{catalogue}.ts"
        subprocess.run(
            [*module.find_lupdate(), "-silent", *map(str, files), "-ts", str(fresh)],
            check=True,
            capture_output=True,
        )
        expected = keys(fresh)
        for lang in ("ky", "ru", "en"):
            ts = module.ts_file(catalogue, lang)
            assert ts.exists() and keys(ts) == expected, (
                f"run packaging/update_translations.py and translate {ts.name}"
            )


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("ky", "ru_RU", "ky"),
        ("en", "ky_KG", "en"),
        ("", "ky_KG", "ky"),
        ("", "ru_KG", "ru"),
        ("", "en_US", "en"),
        ("", "de_DE", "ru"),
        ("", "C", "ru"),
        ("xx", "uz_UZ", "ru"),
    ],
)
def test_choose_language(setting, system, expected):
    assert i18n.choose_language(setting, system) == expected


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_translators_are_installed_and_removed(qapp, lang):
    installed = i18n.install_translators(qapp, lang)
    try:
        assert i18n.current_language() == lang
        expected = ts_translation(lang, "Sections", "Contacts")
        assert QCoreApplication.translate("Sections", "Contacts") == expected
        # Qt's own texts are Kyrgyz too, though Qt ships no Kyrgyz catalogue.
        assert QCoreApplication.translate("QMessageBox", "Show Details...") == ts_translation(
            lang, "QMessageBox", "Show Details..."
        )
    finally:
        i18n.remove_translators(qapp, installed)
    assert QCoreApplication.translate("Sections", "Contacts") == "Contacts"


def test_language_names_come_from_the_locale_data():
    names = {lang: i18n.native_name(lang) for lang in i18n.SUPPORTED}
    assert len(set(names.values())) == 3
    assert all(name and name[0].isupper() for name in names.values())


# --- nothing English left on screen ---------------------------------------------------------

# Words that stay as they are in every language: names, formats, and English in the list of
# interface languages, which names each language in its own words.
KEEP = {
    "PressDesk",
    "Qt",
    "PySide",
    "Python",
    "PNG",
    "JPEG",
    "SVG",
    "PDF",
    "TrueType",
    "Linux",
    "English",
    # Key names and the programs a contact base is brought from, with their file formats.
    "Ctrl",
    "Enter",
    "Del",
    "Esc",
    "Excel",
    "Google",
    "Outlook",
    "CSV",
    "XLSX",
    "vCard",
    # Platforms and feed formats the monitoring log names as they are written everywhere.
    "Facebook",
    "Instagram",
    "Telegram",
    "YouTube",
    "TikTok",
    "Twitter",
    "RSS",
    "Atom",
    "XML",
    "HTTP",
    # The mail header of hidden copies, named so in every mail program.
    "BCC",
    "SMTP",
    # The database server of team mode and its driver, by their own names.
    "PostgreSQL",
    "psycopg",
}
PATHS_AND_ADDRESSES = re.compile(r"\S*[/\\@.:]\S*|\S*\d\S*")
ENGLISH_WORD = re.compile(r"\b[A-Za-z]{3,}\b")


def _english_words(text: str) -> list[str]:
    text = PATHS_AND_ADDRESSES.sub(" ", text.replace("&", ""))
    return [w for w in ENGLISH_WORD.findall(text) if w not in KEEP]


def _visible_texts(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            texts.extend(child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QAbstractSpinBox):
            texts.append(child.text())
        elif isinstance(child, QTabWidget):
            texts.extend(child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            texts.extend(
                str(model.headerData(c, child.horizontalHeader().orientation()))
                for c in range(model.columnCount())
            )
        texts.append(child.toolTip())
        texts.extend(action.text() for action in child.actions())
        texts.extend(action.toolTip() for action in child.actions() if action.menu())
    return texts


def _english_leftovers(texts: list[str]) -> list[str]:
    return [text for text in texts if text and len(_english_words(text)) >= 1]


@pytest.mark.parametrize("lang", ["ky", "ru"])
def test_no_english_is_left_on_screen(qtbot, ui_language, runtime, demo_db, answers, lang):
    ui_language(lang)
    window = MainWindow(runtime, demo_db)
    qtbot.addWidget(window)
    window.show()
    texts = []
    for section in SECTIONS:
        window.show_section(section.key)
        texts.extend(_visible_texts(window))
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        menu = menu_action.menu()
        texts.extend(a.text() for a in menu.actions())
    window.recent_menu.aboutToShow.emit()
    texts.extend(a.text() for a in window.recent_menu.actions())

    settings = SettingsDialog(runtime, demo_db)
    qtbot.addWidget(settings)
    texts.extend(_visible_texts(settings))
    settings.profile_page.clear_logo()
    texts.extend(_visible_texts(settings.profile_page))
    about = AboutDialog(runtime)
    qtbot.addWidget(about)
    backend = secrets.backend_name()
    texts.extend(text.replace(backend, "") for text in _visible_texts(about))
    editor = StaffEditDialog(demo_db, StaffRow(""))
    qtbot.addWidget(editor)
    texts.extend(_visible_texts(editor))
    for error in (
        NotADatabaseError,
        ReadOnlyDatabaseError,
        DatabaseLockedError,
        CorruptDatabaseError,
        DatabaseTooNewError,
        DatabaseUnavailableError,
        BackupError,
    ):
        texts.append(describe(error("English details stay in the details")))
    assert _english_leftovers(texts) == []
