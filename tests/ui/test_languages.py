"""Twelve languages: the files stay current, every language is complete, the panel loads the
language of the session or of its menu, and right-to-left languages mirror every page."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from onionpanel.ui.shell import language
from onionpanel.ui.shell.language import LANGUAGES, LanguageMenu, install_translators
from onionpanel.ui.shell.tray import Tray
from tests.geodb import build_city_db
from tests.ui.conftest import CONNECTED
from tests.ui.panel_pages import PAGE_NAMES, filled_window

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
RTL = ("fa", "ar")
needs_lupdate = pytest.mark.skipif(
    shutil.which("pyside6-lupdate") is None, reason="needs pyside6-lupdate (PySide6 wheel)"
)


def load_fill() -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("ts_fill", str(TRANSLATIONS / "fill"))
    spec = importlib.util.spec_from_loader("ts_fill", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["ts_fill"] = module  # dataclasses look their module up
    loader.exec_module(module)
    return module


fill = load_fill()


@pytest.fixture(scope="module")
def city_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_city_db(tmp_path_factory.mktemp("geo") / "GeoLite2-City.mmdb")


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """speak(code): the panel's translations for code, removed after the test."""
    installed: list[language.Installed] = []

    def install(code: str) -> QLocale:
        installed.append(install_translators(qapp, code))
        return installed[-1].locale

    yield install
    for item in installed:
        item.remove(qapp)


# --- the files --------------------------------------------------------------------------------


def test_twelve_languages_ship_with_a_compiled_file() -> None:
    assert len(LANGUAGES) >= 12
    assert set(fill.languages()) == {*LANGUAGES, "en"}
    for code in [*LANGUAGES, "en"]:
        assert (language.translations_folder() / f"onionpanel_{code}.qm").stat().st_size > 0


@needs_lupdate
def test_update_leaves_no_diff(tmp_path: Path) -> None:
    """translations/update on a copy of the tree changes nothing: the files are current."""
    shutil.copytree(TRANSLATIONS, tmp_path / "translations")
    shutil.copytree(ROOT / "onionpanel" / "ui", tmp_path / "onionpanel" / "ui")
    subprocess.run(
        [str(tmp_path / "translations" / "update")], check=True, capture_output=True, cwd=tmp_path
    )
    stale = [
        ts.name
        for ts in sorted(TRANSLATIONS.glob("*.ts"))
        if (tmp_path / "translations" / ts.name).read_bytes() != ts.read_bytes()
    ]
    compiled = tmp_path / "onionpanel" / "resources" / "translations"
    stale += [
        qm.name
        for qm in sorted(language.translations_folder().glob("*.qm"))
        if (compiled / qm.name).read_bytes() != qm.read_bytes()
    ]
    assert stale == [], "run translations/update and commit the result"


@pytest.mark.parametrize("code", [*sorted(LANGUAGES), "en"])
def test_language_is_complete_with_the_same_placeholders(code: str) -> None:
    tree = ET.parse(fill.ts_path(code))
    template = {e.key for e in fill.entries(ET.parse(fill.TEMPLATE))}
    entries = list(fill.entries(tree))
    problems = [f"{e.key} {e.source[:50]!r}: {p}" for e in entries for p in fill.problems(e)]
    assert problems == []
    if code != "en":  # English carries only its plural forms
        assert {e.key for e in entries} == template


def test_plural_entries_are_exactly_those_with_a_count() -> None:
    """lupdate marks a plural where a tr() call has a count, and also where a multi-line call
    ends in a trailing comma: a source without %n must not become a plural, nor the reverse."""
    wrong = [
        e.source for e in fill.entries(ET.parse(fill.TEMPLATE)) if e.plural != ("%n" in e.source)
    ]
    assert wrong == []


def _message(xml: str) -> object:
    context = ET.fromstring(f"<context><name>C</name>{xml}</context>")
    return fill.Entry("C", context.find("message"))


def test_the_checker_catches_lost_placeholders_and_unfinished_entries() -> None:
    lost = _message(
        "<message><source>Tor {version} at %1</source>"
        "<translation>Tor {versión} en %1</translation></message>"
    )
    assert fill.problems(lost) == ["form 0 has ['%1', '{versión}'], source has ['%1', '{version}']"]
    unfinished = _message(
        '<message><source>Ready</source><translation type="unfinished"/></message>'
    )
    assert fill.problems(unfinished) == ["unfinished"]
    plural = _message(
        '<message numerus="yes"><source>%n circuit(s)</source><translation>'
        "<numerusform>%n circuit</numerusform><numerusform>circuits</numerusform>"
        "</translation></message>"
    )
    assert fill.problems(plural) == ["form 1 has [], source has ['%n']"]


def test_fill_writes_back_what_todo_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copy(TRANSLATIONS / "onionpanel.ts", tmp_path / "onionpanel_xx.ts")
    tree = ET.parse(tmp_path / "onionpanel_xx.ts")
    tree.getroot().set("language", "ru")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        translation.set("type", "unfinished")
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform"):
                translation.remove(form)
            for _ in range(3):
                ET.SubElement(translation, "numerusform")
    tree.write(tmp_path / "onionpanel_xx.ts", encoding="utf-8")
    monkeypatch.setattr(fill, "FOLDER", tmp_path)

    assert fill.main(["todo", "xx"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines()[1:]]
    by_source = {row[2]: row for row in rows}
    single = by_source["Relay map"][0]
    plural = by_source["Tor reported %n warnings or errors"][0]
    answers = tmp_path / "answers.tsv"
    answers.write_text(
        f"# comment\n{single}\tКарта ретрансляторов\n"
        f"{plural}\tTor сообщил о %n предупреждении\tTor сообщил о %n предупреждениях"
        "\tTor сообщил о %n предупреждениях\n"
        "ffffffff\tnothing\n",
        encoding="utf-8",
    )
    assert fill.main(["apply", "xx", str(answers), "--no-update"]) == 1  # the unknown key
    assert "ffffffff: no such entry" in capsys.readouterr().err
    done = {e.source: e for e in fill.entries(ET.parse(tmp_path / "onionpanel_xx.ts"))}
    assert done["Relay map"].forms() == ["Карта ретрансляторов"]
    assert done["Relay map"].state == ""
    assert done["Tor reported %n warnings or errors"].forms()[2].endswith("предупреждениях")
    assert fill.main(["todo", "xx"]) == 0
    assert "Relay map\t" not in capsys.readouterr().out


# --- loading ----------------------------------------------------------------------------------


def _run_panel_python(code: str, env: dict[str, str]) -> str:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    environment.update(env, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


PROBE = """
from PySide6.QtWidgets import QApplication
from PySide6.QtCore import QCoreApplication as C, QSettings
QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, {settings!r})
app = QApplication([])
from onionpanel.ui.shell.language import install_translators
from onionpanel.ui.common.units import format_rate
installed = install_translators(app)
print(installed.locale.name(), app.layoutDirection().name, C.translate("MainWindow", "Status"),
      C.translate("QPlatformTheme", "Cancel"), format_rate(2560), sep="|")
"""


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGUAGE": "de", "LANG": "C.UTF-8"}, "de_DE|LeftToRight|Status|Abbrechen|2,5 KiB/s"),
        ({"LANG": "fa_IR.UTF-8"}, "fa_IR|RightToLeft|وضعیت|انصراف|۲٫۵ KiB بر ثانیه"),
        ({"LC_ALL": "ru_RU.UTF-8", "LANG": "C"}, "ru_RU|LeftToRight|Состояние|Отмена|2,5 КиБ/с"),
        ({"LANG": "C.UTF-8"}, "C|LeftToRight|Status|Cancel|2.5 KiB/s"),
    ],
)
def test_the_session_language_is_used(tmp_path: Path, env: dict[str, str], expected: str) -> None:
    """Qt reads LANGUAGE, LC_ALL and LANG; the panel's, Qt's own and number formats follow."""
    probe = PROBE.format(settings=str(tmp_path))
    assert _run_panel_python(probe, env) == expected


def test_the_menu_choice_wins_over_the_session(tmp_path: Path) -> None:
    chooser = (
        "from PySide6.QtCore import QSettings, QCoreApplication\n"
        "QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "
        f"{str(tmp_path)!r})\n"
        "app = QCoreApplication([])\n"
        "from onionpanel.ui.shell.language import choose_language\n"
        "choose_language('ar')\n"
    )
    _run_panel_python(chooser, {"LANG": "C.UTF-8"})
    shown = _run_panel_python(PROBE.format(settings=str(tmp_path)), {"LANGUAGE": "de"})
    assert shown.startswith("ar_")
    assert "|RightToLeft|" in shown


def test_language_menu_lists_every_language_and_remembers_the_pick(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "panel.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(language, "_settings", lambda: settings)
    monkeypatch.setattr(language.QMessageBox, "information", lambda *args: None)
    menu = LanguageMenu()
    qtbot.addWidget(menu)
    actions = menu.actions()
    assert actions[0].data() == ""
    assert {a.data() for a in actions[1:]} == set(LANGUAGES)
    assert actions[0].isChecked()
    persian = next(a for a in actions if a.data() == "fa")
    assert persian.text() == "فارسی"
    persian.trigger()
    assert language.chosen_language() == "fa"
    assert LanguageMenu().actions()[[a.data() for a in actions].index("fa")].isChecked()


def test_counts_take_the_plural_form_of_the_language(speak: object) -> None:
    translate = QCoreApplication.translate
    source = "Tor reported %n warnings or errors"
    speak("ru")  # type: ignore[operator]
    assert [translate("WarningNotifier", source, "", n) for n in (1, 3, 5, 21)] == [
        "Tor сообщил о %n предупреждении или ошибке".replace("%n", "1"),
        "Tor сообщил о 3 предупреждениях или ошибках",
        "Tor сообщил о 5 предупреждениях или ошибках",
        "Tor сообщил о %n предупреждении или ошибке".replace("%n", "21"),
    ]


def test_english_counts_read_as_english(qapp: QApplication) -> None:
    translate = QCoreApplication.translate
    assert translate("WarningNotifier", "Tor reported %n warnings or errors", "", 1) == (
        "Tor reported 1 warning or error"
    )
    assert translate("NewIdentity", "Closed %n circuit(s) through {exit}.", "", 2) == (
        "Closed 2 circuits through {exit}."
    )


# --- right to left ----------------------------------------------------------------------------


def _english_words() -> set[str]:
    """Source strings a translation changes: shown as they are, they are untranslated."""
    words = set()
    for code in RTL:
        for entry in fill.entries(ET.parse(fill.ts_path(code))):
            if not entry.plural and entry.forms() != [entry.source]:
                words.add(entry.source.replace("&", ""))
    return words


def _texts(widget: QWidget) -> list[str]:
    shown = [widget, *widget.findChildren(QWidget)]
    texts = [w.text() for w in shown if isinstance(w, QLabel | QAbstractButton) and w.isVisible()]
    texts += [w.windowTitle() for w in shown if w.isWindow()]
    return [t.replace("&", "") for t in texts if t]


def _text_margins(label: QLabel) -> tuple[int, int]:
    """Pixels left and right of the text of a label whose text is lighter than its background."""
    image = label.grab().toImage()
    columns = [
        x
        for x in range(image.width())
        if any(image.pixelColor(x, y).lightness() > 200 for y in range(0, image.height(), 2))
    ]
    assert columns, "no text drawn"
    return columns[0], image.width() - 1 - columns[-1]


@pytest.mark.parametrize("code", RTL)
def test_right_to_left_language_mirrors_every_page(
    qtbot: QtBot, speak: object, city_db: Path, artifacts: Path, code: str
) -> None:
    speak(code)  # type: ignore[operator]
    assert QApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft
    window, pages = filled_window(qtbot, city_db)
    english = _english_words()
    rtl = Qt.LayoutDirection.RightToLeft
    main_widgets = {
        "window": window,
        "navigation": window.navigation,
        "sandbox banner": window.sandbox_banner,
        "circuits": pages.circuits,
        "map": pages.relays.map,
        "relay list": pages.relays.relay_list,
        "log": pages.log,
        "bandwidth graph": pages.bandwidth.graph,
        "configuration": pages.config,
    }
    assert {name: w.layoutDirection() for name, w in main_widgets.items()} == dict.fromkeys(
        main_widgets, rtl
    )
    no_shaping = QFont.StyleStrategy.PreferNoShaping
    assert not pages.relays.relay_list.table.font().styleStrategy() & no_shaping, (
        "Arabic script falls apart unshaped"
    )
    left, right = _text_margins(window.sandbox_banner)
    assert right < left, "the banner's text keeps to the right, where a line begins"
    assert window.navigation.geometry().center().x() > window.pages.geometry().center().x()
    for index, name in enumerate(PAGE_NAMES):
        window.show_page(index)
        qtbot.wait(30)
        page = window.pages.currentWidget()
        assert page.layoutDirection() is rtl
        untranslated = sorted(set(_texts(window)) & english)
        assert untranslated == [], f"{name}: still English"
        assert window.grab().save(str(artifacts / f"lang-{code}-{name}.png"))


@pytest.mark.parametrize("code", RTL)
def test_tray_menu_is_right_to_left(
    qtbot: QtBot, speak: object, artifacts: Path, code: str
) -> None:
    speak(code)  # type: ignore[operator]
    tray = Tray()
    tray.show_status(CONNECTED)
    menu = tray.contextMenu()
    assert menu is not None
    menu.popup(menu.mapToGlobal(menu.rect().topLeft()))
    qtbot.waitExposed(menu)
    assert menu.layoutDirection() is Qt.LayoutDirection.RightToLeft
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert not set(texts) & _english_words()
    assert menu.grab().save(str(artifacts / f"lang-{code}-tray-menu.png"))
    menu.hide()
