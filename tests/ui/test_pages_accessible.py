"""Every page, filled as a user sees it: named controls, Tab in reading order, tray changes
spoken, and readable in a dark and a high-contrast palette (screenshots under artifacts/)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessibleAnnouncementEvent, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from onionpanel.core.status import Bootstrap, ConnectionPhase, TorStatus
from onionpanel.ui.bandwidth.page import series_colors
from onionpanel.ui.common import accessibility
from onionpanel.ui.shell.language import install_translators
from onionpanel.ui.shell.main_window import MainWindow
from onionpanel.ui.shell.tray import Tray
from tests.geodb import build_city_db
from tests.ui.conftest import CLOCK_SKEW, CONNECTED
from tests.ui.panel_pages import PAGE_NAMES, filled_window
from tests.ui.test_accessibility import unnamed_controls

ROW = 6  # pixels: widgets whose tops differ by less sit on one line


@pytest.fixture(scope="module")
def city_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_city_db(tmp_path_factory.mktemp("geo") / "GeoLite2-City.mmdb")


def _tab_stops(window: MainWindow) -> list[QWidget]:
    """The widgets Tab visits on the current page, in the order it visits them."""
    page = window.pages.currentWidget()
    stops: list[QWidget] = []
    widget: QWidget = window.navigation
    for _ in range(1000):
        widget = widget.nextInFocusChain()
        if widget is window.navigation:
            break
        tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if tab and widget.isVisible() and widget.isEnabled() and page.isAncestorOf(widget):
            stops.append(widget)
    return stops


def _box(window: QWidget, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _out_of_reading_order(window: MainWindow) -> list[str]:
    rtl = window.layoutDirection() is Qt.LayoutDirection.RightToLeft
    stops = _tab_stops(window)
    wrong = []
    for before, after in itertools.pairwise(stops):
        a, b = _box(window, before), _box(window, after)
        same_line = abs(a.top() - b.top()) < ROW
        onwards = (b.left() < a.left()) if rtl else (b.left() > a.left())
        if (same_line and not onwards) or (not same_line and b.top() < a.top()):
            wrong.append(f"{before.accessibleName()!r} -> {after.accessibleName()!r}")
    return wrong


@pytest.fixture(params=["", "fa"])
def direction(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each test once left to right (the source language) and once right to left (Persian)."""
    installed = install_translators(qapp, request.param) if request.param else None
    yield request.param or "en"
    if installed is not None:
        installed.remove(qapp)


def test_every_page_names_every_control_and_tabs_in_reading_order(
    qtbot: QtBot, city_db: Path, direction: str
) -> None:
    window, _pages = filled_window(qtbot, city_db)
    for index, name in enumerate(PAGE_NAMES):
        window.show_page(index)
        qtbot.wait(20)
        assert unnamed_controls(window) == [], name
        assert _tab_stops(window), f"{name}: nothing on the page takes the keyboard"
        assert _out_of_reading_order(window) == [], name


def test_the_reading_order_check_notices_a_jump_back_up(qtbot: QtBot, qapp: object) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    window = MainWindow()
    qtbot.addWidget(window)
    page = QWidget()
    layout = QVBoxLayout(page)
    bottom = QPushButton("bottom", page)  # created first: Tab's order is creation order
    top = QPushButton("top", page)
    top.setAccessibleName("top")
    bottom.setAccessibleName("bottom")
    layout.addWidget(top)
    layout.addWidget(bottom)
    window.show_page(window.add_page("Test", page))
    window.show()
    qtbot.waitExposed(window)
    assert _out_of_reading_order(window) == ["'bottom' -> 'top'"]


# --- the tray speaks ------------------------------------------------------------------------


@pytest.fixture
def spoken(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What reaches the accessibility layer (no screen reader's bus runs here, so the one
    call into Qt's updateAccessibility is where the test listens)."""
    said: list[str] = []

    def listen(event: QAccessibleAnnouncementEvent) -> None:
        said.append(event.message())

    monkeypatch.setattr(accessibility, "_send", listen)
    return said


def test_tray_changes_are_announced(qtbot: QtBot, spoken: list[str]) -> None:
    tray = Tray()
    tray.show_status(TorStatus(phase=ConnectionPhase.CONNECTING))
    tray.show_status(CONNECTED.with_(bootstrap=Bootstrap(50, "loading", "Loading")))
    tray.show_status(CONNECTED.with_(bootstrap=Bootstrap(60, "loading", "Loading")))
    tray.show_status(CONNECTED)
    tray.show_status(CONNECTED.with_(problem=CLOCK_SKEW))
    tray.notify("New Identity", "New identity: exit relay7 (Germany).")
    tray.set_routing_text("Now: Tor (all traffic)")
    tray.set_routing_text("Now: Tor (all traffic)")
    assert spoken[0].startswith("OnionPanel: Connecting")
    assert [s.splitlines()[0] for s in spoken[1:3]] == [
        "OnionPanel: Bootstrapping 50 %: Loading",
        "OnionPanel: Connected",
    ], "a progress step alone is not announced"
    assert "3600 seconds behind" in spoken[3]
    assert spoken[4:] == [
        "New Identity: New identity: exit relay7 (Germany).",
        "Now: Tor (all traffic)",
    ]


def test_announcements_reach_qt_as_announcement_events(qapp: object) -> None:
    """Without the test's listener: a real event object Qt accepts, from a named widget."""
    tray = Tray()
    menu = tray.contextMenu()
    assert menu is not None
    assert menu.accessibleName()
    accessibility.announce(menu, "OnionPanel: Connected")  # must not raise without a reader


# --- palettes -------------------------------------------------------------------------------


def _dark() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#121212",
        QPalette.ColorRole.AlternateBase: "#1e1e1e",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#303134",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#8ab4f8",
        QPalette.ColorRole.HighlightedText: "#202124",
        QPalette.ColorRole.ToolTipBase: "#303134",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def _high_contrast() -> QPalette:
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, QColor("black"))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(role, QColor("white"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#101010"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("yellow"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("black"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
    return palette


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio: 1 (none) to 21 (black on white)."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _best_contrast(image: QImage, box: QRect, background: QColor) -> float:
    """The strongest contrast any pixel in box has against the background: text is readable
    when its glyphs' cores stand out."""
    best = 1.0
    for y in range(box.top(), box.bottom(), 1):
        for x in range(box.left(), box.right(), 1):
            best = max(best, contrast(image.pixelColor(x, y), background))
    return best


@pytest.mark.parametrize(("name", "palette"), [("dark", _dark), ("high-contrast", _high_contrast)])
def test_pages_stay_readable_in_dark_and_high_contrast_palettes(
    qtbot: QtBot, qapp: QApplication, city_db: Path, artifacts: Path, name: str, palette: object
) -> None:
    before = qapp.palette()
    qapp.setPalette(palette())  # type: ignore[operator]
    try:
        window, pages = filled_window(qtbot, city_db)
        for index, page in enumerate(PAGE_NAMES):
            window.show_page(index)
            qtbot.wait(30)
            assert window.grab().save(str(artifacts / f"palette-{name}-{page}.png"))
        graph = pages.bandwidth.graph
        image = graph.grab().toImage()
        base = graph.palette().color(QPalette.ColorRole.Base)
        axis = QRect(0, 0, 60, graph.height())  # the rate labels at the left
        assert _best_contrast(image, axis, base) >= 7, "graph axis labels fade into the page"
        for line in series_colors(graph.palette()):  # WCAG: graphics at least 3:1
            assert contrast(line, base) >= 3, line.name()
        canvas = pages.relays.map.canvas
        window.show_page(PAGE_NAMES.index("relays"))
        qtbot.wait(30)
        legend = canvas.grab().toImage()
        corner = QRect(8, canvas.height() - 80, 140, 72)  # the legend, bottom left
        assert _best_contrast(legend, corner, QColor(255, 255, 255, 215)) >= 7
    finally:
        qapp.setPalette(before)
