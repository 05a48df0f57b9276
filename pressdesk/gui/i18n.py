"""Pick the interface language and load its translations."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pressdesk.paths import resources_dir

log = logging.getLogger(__name__)

SUPPORTED = ("ky", "ru", "en")
FALLBACK = "ru"

# Qt has no Kyrgyz catalogue of its own; Russian is the language every Kyrgyz user also reads.
_QT_CATALOGUE = {"ky": ("ky", "ru"), "ru": ("ru",), "en": ()}
_LOCALE_NAMES = {"ky": "ky_KG", "ru": "ru_RU", "en": "en_GB"}

_current = "en"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for lupdate under ``context``; translate it later, where it is shown."""
    return text


def current_language() -> str:
    """Return the language whose translations are installed (``en`` before any)."""
    return _current


# Qt's own texts a user meets (message box details, text field and spin box menus), listed so
# that PressDesk's catalogue can carry them in Kyrgyz, for which Qt ships no translation.
QT_OWN_TEXTS = (
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Undo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Redo"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Cu&t"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Copy"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "&Paste"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Delete"),
    QT_TRANSLATE_NOOP("QWidgetTextControl", "Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Select All"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "&Step up"),
    QT_TRANSLATE_NOOP("QAbstractSpinBox", "Step &down"),
    # The folder chooser Qt draws itself where the system has none (archive storage places).
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directory:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Directories"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Choose"),
    QT_TRANSLATE_NOOP("QFileDialog", "Back"),
    QT_TRANSLATE_NOOP("QFileDialog", "Forward"),
    QT_TRANSLATE_NOOP("QFileDialog", "Parent Directory"),
    QT_TRANSLATE_NOOP("QFileDialog", "Create New Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "List View"),
    QT_TRANSLATE_NOOP("QFileDialog", "Detail View"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
)


def choose_language(setting: str, system_locale: str) -> str:
    """Return the UI language: the setting, else the system's if supported, else Russian."""
    if setting in SUPPORTED:
        return setting
    system = system_locale.replace("-", "_").split("_")[0].lower()
    return system if system in SUPPORTED else FALLBACK


def system_locale_name() -> str:
    """Return the system locale's name, e.g. ``ky_KG``."""
    return QLocale.system().name()


def native_name(lang: str) -> str:
    """Return a language's name in that language (from the locale data, so no literals)."""
    locale = QLocale(_LOCALE_NAMES.get(lang, lang))
    if locale.language() == QLocale.Language.English:
        # The locale data names a variety ("British English"); the language is what is meant.
        return QLocale.languageToString(QLocale.Language.English)
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:]


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load PressDesk's and Qt's catalogues for ``lang`` into ``app``; return them for removal."""
    global _current
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for qt_lang in _QT_CATALOGUE.get(lang, ()):
        translator = QTranslator(app)
        if translator.load(f"qtbase_{qt_lang}", qt_dir):
            app.installTranslator(translator)
            installed.append(translator)
            break
    folder = resources_dir() / "i18n"
    # The window's catalogue, then one per section (pressdesk-<section>_<lang>.qm).
    catalogues = [folder / f"pressdesk_{lang}.qm", *sorted(folder.glob(f"pressdesk-*_{lang}.qm"))]
    for qm in catalogues:
        own = QTranslator(app)
        if own.load(str(qm)):
            app.installTranslator(own)
            installed.append(own)
        elif lang != "en":
            log.warning("Translation %s not found; the interface stays in English", qm)
    QLocale.setDefault(QLocale(_LOCALE_NAMES.get(lang, lang)))
    _current = lang
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators`."""
    global _current
    _current = "en"
    for translator in translators:
        app.removeTranslator(translator)
        translator.deleteLater()
