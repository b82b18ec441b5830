"""Which language the panel speaks, and loading its translations.

  LANGUAGES                          {code: the language's own name}, every shipped translation
  install_translators(app, language=None) -> Installed
                                     the panel's and Qt's own (qtbase) translations for the chosen
                                     language, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES,
                                     LANG as Qt reads them); sets the default QLocale, so numbers,
                                     sizes and times follow it, and the layout direction
  install_english_plurals(app)       only English's plural forms ("%n circuit(s)"), under any other
  Installed                          .locale, .translators, .remove(app): back to the source
  chosen_language() -> str           the language picked in the panel ('' = the system's)
  choose_language(code)              remember a pick (QSettings); it applies at the next start
  LanguageMenu(QMenu)                the window's Language menu: the system's, then every language
  translations_folder() -> Path      where the compiled onionpanel_<code>.qm files are

A language changes at the next start rather than live: every widget would have to re-read its
text, and a half-translated window is worse than a short wait.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from onionpanel.resources import resource_path

# Each language named in itself: someone who cannot read the current language finds their own.
LANGUAGES = {
    "ar": "العربية",
    "de": "Deutsch",
    "es": "Español",
    "fa": "فارسی",
    "fr": "Français",
    "it": "Italiano",
    "ja": "日本語",
    "pt_BR": "Português (Brasil)",
    "ru": "Русский",
    "tr": "Türkçe",
    "uk": "Українська",
    "zh_CN": "简体中文",
}
SETTINGS_KEY = "ui/language"


def translations_folder() -> Path:
    # Packaged inside onionpanel/ (translations/update compiles there), found wherever installed;
    # ONIONPANEL_RESOURCES points elsewhere (onionpanel.resources).
    return resource_path("translations")


def _settings() -> QSettings:
    return QSettings("OnionPanel", "onionpanel")


def chosen_language() -> str:
    value = _settings().value(SETTINGS_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def choose_language(code: str) -> None:
    settings = _settings()
    if code:
        settings.setValue(SETTINGS_KEY, code)
    else:
        settings.remove(SETTINGS_KEY)
    settings.sync()


@dataclass
class Installed:
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self, app: QCoreApplication) -> None:
        """Back to the source language (tests switch languages in one process)."""
        for translator in self.translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
        if isinstance(app, QGuiApplication):
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def install_translators(app: QCoreApplication, language: str | None = None) -> Installed:
    """Install the translations for `language`, the stored choice, or the system's locale."""
    code = language if language is not None else chosen_language()
    # QLocale(name), not QLocale.system(): the system's formats follow LC_NUMERIC ("C" in
    # many sessions) even when LANGUAGE asks for Persian; one locale for words and digits.
    locale = QLocale(code or QLocale.system().name())
    QLocale.setDefault(locale)
    installed = Installed(locale)
    english = install_english_plurals(app)
    if english is not None:
        installed.translators.append(english)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_folder), ("onionpanel", str(translations_folder()))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.translators.append(translator)
    if isinstance(app, QGuiApplication):
        app.setLayoutDirection(locale.textDirection())
    return installed


def install_english_plurals(app: QCoreApplication) -> QTranslator | None:
    """English's plural forms, under every language: a string it has no translation for reads
    "1 circuit", never "1 circuit(s)"."""
    english = QTranslator(app)
    if not english.load("onionpanel_en", str(translations_folder())):
        return None
    app.installTranslator(english)
    return english


class LanguageMenu(QMenu):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setAccessibleName(self.tr("Language"))
        group = QActionGroup(self)
        current = chosen_language()
        choices = [("", self.tr("System language"))]
        choices += sorted(LANGUAGES.items(), key=lambda item: item[1].casefold())
        for code, name in choices:
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.setData(code)
            action.triggered.connect(lambda _=False, chosen=code: self._choose(chosen))
            group.addAction(action)
            self.addAction(action)

    def _choose(self, code: str) -> None:
        choose_language(code)
        QMessageBox.information(
            self.parentWidget(),
            self.tr("Language"),
            self.tr("OnionPanel will use this language the next time it starts."),
        )
