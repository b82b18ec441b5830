"""Issue 12, item 9 ("Words") on the real widgets: counts in real plurals, tor's reason codes in
words and never "Closed (misc)", no "??" for a country, no excuses in the relay details, uptimes
a person reads, flags cut at a whole flag, a tray badge that leaves the warning mark visible
and a tray menu that says Sandbox. Screenshots go to artifacts/."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot
from stem.response import ControlMessage

from PySide6.QtCore import QModelIndex, QRect
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QStyleOptionViewItem

from bench.tor_lines import RELAYS
from onionpanel.core.relays import Flag, Relay, RelayDetails
from onionpanel.core.status import TorStatus
from onionpanel.tor.translate import translate
from onionpanel.ui.circuits.feed import CircuitFeed
from onionpanel.ui.circuits.model import CircuitModel
from onionpanel.ui.circuits.roles import Column
from onionpanel.ui.common.views import WordElideDelegate
from onionpanel.ui.common.words import plural
from onionpanel.ui.relays.details import RelayDetailsPanel
from onionpanel.ui.relays.table import RelayListView, format_uptime
from onionpanel.ui.shell.tray import IconKind, Tray, draw_icon

NOW = 1_795_300_000.0
FP = [fp for fp, _ in RELAYS]


def feed(model: CircuitModel, lines: list[str]) -> None:
    circuit_feed = CircuitFeed(model, clock=lambda: NOW)
    messages = [ControlMessage.from_str(line + "\r\n", "EVENT", arrived_at=NOW) for line in lines]
    circuit_feed.on_events([translate(message) for message in messages])
    circuit_feed.flush()


def test_counts_are_real_plurals() -> None:
    assert (
        plural("Closed %n circuit(s) through sbexit1.", 1) == "Closed %n circuit through sbexit1."
    )
    assert (
        plural("Closed %n circuit(s) through sbexit1.", 3) == "Closed %n circuits through sbexit1."
    )


def test_reasons_are_words_and_misc_says_nothing(qtbot: QtBot) -> None:
    model = CircuitModel(country_of=lambda fp: "??", clock=lambda: NOW)
    path = ",".join(f"${fp}~{name}" for fp, name in RELAYS[:3])
    feed(
        model,
        [
            f"650 CIRC 7 BUILT {path} PURPOSE=GENERAL",
            f"650 CIRC 8 BUILT {path} PURPOSE=GENERAL",
            "650 STREAM 21 NEW 0 10.0.0.1:443 SOURCE_ADDR=127.0.0.1:5000 PURPOSE=USER",
            "650 STREAM 21 SENTCONNECT 7 10.0.0.1:443",
            "650 STREAM 21 CLOSED 7 10.0.0.1:443 REASON=END REMOTE_REASON=MISC",
            "650 STREAM 22 NEW 0 10.0.0.2:25 SOURCE_ADDR=127.0.0.1:5001 PURPOSE=USER",
            "650 STREAM 22 SENTCONNECT 7 10.0.0.2:25",
            "650 STREAM 22 FAILED 7 10.0.0.2:25 REASON=END REMOTE_REASON=EXITPOLICY",
            f"650 CIRC 7 CLOSED {path} PURPOSE=GENERAL REASON=FINISHED",
            f"650 CIRC 8 CLOSED {path} PURPOSE=GENERAL REASON=MISC",
        ],
    )
    circuit = model.index_of_circuit("7")
    texts = [model.index(row, Column.STATUS, circuit).data() for row in range(3, 5)]
    assert texts == ["Closed", "Failed (the exit does not allow it)"]
    assert model.index_of_circuit("7").siblingAtColumn(Column.STATUS).data() == "Closed (used up)"
    assert model.index_of_circuit("8").siblingAtColumn(Column.STATUS).data() == "Closed"
    hop_country = model.index(0, Column.STATUS, circuit).data()
    assert hop_country == "\u2014"  # tor's "??": no country, and it says so without "??"


def relay(**changes: object) -> Relay:
    base = Relay(
        FP[5],
        "sbexit1",
        "127.0.0.1",
        9001,
        flags=int(Flag.EXIT | Flag.FAST | Flag.RUNNING | Flag.VALID | Flag.GUARD | Flag.STABLE),
        bandwidth=120,
        version="Tor 0.4.9.11",
    )
    fields = {**{f: getattr(base, f) for f in base.__dataclass_fields__}, **changes}
    return Relay(**fields)  # type: ignore[arg-type]


def test_relay_details_show_only_what_tor_gave(qtbot: QtBot, artifacts: Path) -> None:
    panel = RelayDetailsPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 520)
    panel.show()
    assert panel.placeholder.isVisibleTo(panel)  # nothing selected: it says what to do
    assert not panel.row_shown("nickname")
    panel.grab().save(str(artifacts / "relay_details_empty.png"))

    panel.show_relay(relay(), "??")  # a microdescriptor consensus, no descriptor yet
    assert not panel.placeholder.isVisibleTo(panel)
    for empty in ("published", "uptime", "family", "country", "contact", "ipv6"):
        assert not panel.row_shown(empty), empty
    assert not panel.copy_buttons["family"].isVisibleTo(panel)  # no Copy beside nothing
    assert panel.copy_buttons["fingerprint"].isVisibleTo(panel)
    assert "microdescriptor" not in " ".join(panel.shown(k) for k in ("published", "uptime"))

    panel.show_relay(relay(published=1795300000, details=RelayDetails(uptime_s=20)), "de")
    assert panel.row_shown("published")
    assert panel.row_shown("uptime")
    assert panel.shown("uptime") == "under a minute"  # not "0h 0m"
    assert panel.shown("country") == "Germany (DE)"
    qtbot.wait(20)
    panel.grab().save(str(artifacts / "relay_details.png"))


def test_uptime_in_words() -> None:
    assert format_uptime(0) == "under a minute"
    assert format_uptime(59) == "under a minute"
    assert format_uptime(12 * 60) == "12m"
    assert format_uptime(3720) == "1h 2m"


def test_relay_list_country_and_flags_at_word_boundaries(qtbot: QtBot) -> None:
    view = RelayListView()
    qtbot.addWidget(view)
    view.set_relays({FP[5]: relay()}, {FP[5]: "??"})
    assert view.proxy.index(0, 1).data() == "\u2014"
    flags_index = view.proxy.index(0, 2)
    text = flags_index.data()
    delegate = view.table.itemDelegateForColumn(2)
    assert isinstance(delegate, WordElideDelegate)
    metrics = QFontMetrics(view.table.font())
    for width in (40, 90, 140, metrics.horizontalAdvance(text) // 2):
        option = QStyleOptionViewItem()
        option.initFrom(view.table)
        option.rect = QRect(0, 0, width, 20)
        delegate.initStyleOption(option, flags_index)
        shown = option.text
        assert shown.endswith(" …"), shown
        words = shown.removesuffix(" …").split(" ")
        assert words == text.split(" ")[: len(words)], (width, shown)  # whole flags only


def test_word_elide_leaves_a_single_word_to_qt(qtbot: QtBot) -> None:
    delegate = WordElideDelegate()
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 30, 20)
    option.text = "ABCDEF0123456789ABCDEF0123456789ABCDEF01"
    delegate.initStyleOption(option, QModelIndex())
    assert option.text in ("", "ABCDEF0123456789ABCDEF0123456789ABCDEF01")


def _pixels(image: QImage, wanted: Callable[[QColor], bool]) -> set[tuple[int, int]]:
    return {
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if QColor.fromRgba(image.pixel(x, y)).alpha() > 200
        and wanted(QColor.fromRgba(image.pixel(x, y)))
    }


def _is_mark(colour: QColor) -> bool:  # the exclamation mark's near-black ink
    return colour.lightness() < 40  # darker than the triangle's brown outline


def _is_badge(colour: QColor) -> bool:  # the badge's orange (#e65100) and its white
    orange = colour.red() > 200 and colour.green() < 100 and colour.blue() < 40
    return orange or colour.lightness() > 235


def test_the_clearnet_badge_leaves_the_warning_mark_visible(qapp: object, artifacts: Path) -> None:
    for size in (22, 32, 64):
        image = draw_icon(IconKind.WARNING, 0, size, "C").toImage()
        mark, badge = _pixels(image, _is_mark), _pixels(image, _is_badge)
        assert mark
        assert badge
        touching = {
            (x, y)
            for x, y in mark
            for dx in (-1, 0, 1)
            for dy in (-1, 0, 1)
            if (x + dx, y + dy) in badge
        }
        assert not touching, f"{size} px: the badge touches the mark at {sorted(touching)[:5]}"
    draw_icon(IconKind.WARNING, 0, 64, "C").save(str(artifacts / "tray_warning_clearnet.png"))


def test_the_tray_menu_says_sandbox(qtbot: QtBot) -> None:
    tray = Tray()
    assert not tray.sandbox_action.isVisible()
    tray.set_sandbox(True)
    assert tray.sandbox_action.isVisible()
    assert "Sandbox" in tray.sandbox_action.text()
    assert not tray.sandbox_action.isEnabled()  # a label, not a command
    other = Tray()
    other.show_status(TorStatus(sandbox=True))
    assert other.sandbox_action.isVisible()


def test_the_empty_graph_says_every_hour_not_every_1_hour(qapp: object) -> None:
    from onionpanel.ui.bandwidth.page import collecting_text

    assert collecting_text(3600) == "Collecting data: a point every hour."
    assert collecting_text(1) == "Collecting data: a point every second."
    assert collecting_text(5) == "Collecting data: a point every 5 seconds."
