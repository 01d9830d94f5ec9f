"""Loading the user's language: our own .qm files and Qt's, and the matching locale.

Source strings in code are English; Danish is the default language. Qt's own
texts (standard buttons, the file and print dialogs) come from two layers:

- `qtbase_da` from Qt's translations folder (QLibraryInfo.TranslationsPath; the
  PySide6 wheel ships da, en and Nynorsk, no bokmål). It lags behind Qt's
  sources: in Qt 6 the file dialog asks for "&Look in:" and "Files of &type:",
  and its folder type moved to QAbstractFileIconProvider, which `qtbase_da`
  does not have, so the dialog read "Look in:" beside "Filnavn".
- our `qt_<language>` in resources/translations, installed after it and so
  searched first: for Danish only what `qtbase_da` misses, for bokmål every Qt
  text the app shows (Nynorsk is not bokmål, so it is not used underneath).

tests/ui/test_qt_translations.py records every Qt text the file and print
dialogs ask for and fails on one that no installed translator has.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QKeySequence

from ips_desktop.domain import messages
from ips_desktop.paths import resources_dir

LANGUAGES = {"da": "Dansk", "nb": "Norsk bokmål", "en": "English"}
DEFAULT_LANGUAGE = "da"
_LOCALES = {"da": "da_DK", "nb": "nb_NO", "en": "en_DK"}  # en_DK: English, Danish dates

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resources_dir() / "translations")


def apply_language(language: str) -> list[str]:
    """Install the translators for `language`; returns the .qm files that loaded."""
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("create the QApplication before choosing a language")
    # First: the widgets' LanguageChange handlers read it (service texts, name order).
    messages.set_language(language)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(f"ips_desktop_{language}", translations_dir())]
    if language != "en":  # Qt's source texts are English
        candidates.append((f"qtbase_{language}", qt_dir))  # none for "nb": skipped
        candidates.append((f"qt_{language}", translations_dir()))  # searched first: last in
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(name)
    QLocale.setDefault(QLocale(_LOCALES[language]))
    return loaded


def week_label(iso_week: int) -> str:
    """'uge 47' / 'uke 47' / 'week 47' (ISO 8601 weeks in all three)."""
    return QCoreApplication.translate("Calendar", "week %1").replace("%1", str(iso_week))


def native_keys(keys: str | QKeySequence) -> str:
    """A shortcut as the platform writes it ("Ctrl+P", "⌘P"): for tooltips and buttons."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
