"""The map widget, real Qt offscreen: relays from a test City database, circuits, input."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QWidget

from bench.synthetic_consensus import synthetic_ns_all
from onionpanel.core.relays import Relay
from onionpanel.geo.locator import GeoLocator
from onionpanel.geo.world import load_world
from onionpanel.ui.relays.loader import RelayLoader
from onionpanel.ui.relays.map_view import MapView, dot_radius
from tests.conftest import ARTIFACTS
from tests.geodb import TEST_CITIES, build_city_db

FLAGS = ("Exit Fast Running Valid", "Fast Guard Running Stable Valid", "Fast Running Valid")


def sandbox_like_ns_all() -> str:
    """One relay per test city, at 127.0.0.x like a sandbox relay, with mixed roles."""
    lines = []
    base = synthetic_ns_all(len(TEST_CITIES)).split("\nr ")
    for index, (entry, ip) in enumerate(zip(base, TEST_CITIES, strict=True)):
        entry = entry if entry.startswith("r ") else "r " + entry
        head, *rest = entry.strip().split("\n")
        words = head.split()
        words[1] = f"test{index:03d}"
        words[6] = ip
        body = [line for line in rest if not line.startswith("s ")]
        lines.append("\n".join([" ".join(words), f"s {FLAGS[index % 3]}", *body]))
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def city_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_city_db(tmp_path_factory.mktemp("geo") / "GeoLite2-City.mmdb")


@pytest.fixture
def loaded(city_db: Path) -> RelayLoader:
    text = sandbox_like_ns_all()

    async def get_info(key: str) -> str:
        if key == "ns/all":
            return text
        # a client without UseMicrodescriptors 0 says this (fake: no tor needed for a widget test)
        raise RuntimeError("not configured to retrieve server descriptors")

    loader = RelayLoader(get_info, GeoLocator(city_db))
    asyncio.run(loader.load())
    return loader


def show_map(qtbot: QtBot, loader: RelayLoader) -> MapView:
    view = MapView()
    qtbot.addWidget(view)
    view.resize(1100, 620)
    view.set_world(load_world())
    view.set_geo_source(f"{loader.locator.database_path} (test City database)")
    view.set_relays(loader.relays, loader.positions)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(view.canvas.layer_complete)  # the picture comes in slices on the loop
    return view


def circuit_of(loader: RelayLoader, *nicknames: str) -> list[str]:
    by_name = {relay.nickname: relay.fingerprint for relay in loader.relays.values()}
    return [by_name[name] for name in nicknames]


def test_relays_are_drawn_at_their_database_cities(qtbot: QtBot, loaded: RelayLoader) -> None:
    assert len(loaded.relays) == len(TEST_CITIES)
    assert "desc/all-recent" in loaded.errors[0]  # said, not fatal
    view = show_map(qtbot, loaded)
    canvas = view.canvas
    for relay in loaded.relays.values():
        _, _, lon, lat = TEST_CITIES[relay.ip]
        assert loaded.positions[relay.fingerprint] == pytest.approx((lon, lat))
        point = canvas.position_of(relay.fingerprint)
        assert point is not None
        assert canvas.relay_at(point) == relay.fingerprint
    assert "10 of 10" in view.count_label.text()
    assert "test City database" in view.source_label.text()


def test_map_with_a_circuit_screenshot(qtbot: QtBot, loaded: RelayLoader) -> None:
    view = show_map(qtbot, loaded)
    view.set_circuits(
        {
            "7": circuit_of(loaded, "test001", "test008", "test000"),
            "8": circuit_of(loaded, "test002", "test004", "test006"),
        }
    )
    view.select_circuit("7")
    ARTIFACTS.mkdir(exist_ok=True)
    assert view.grab().save(str(ARTIFACTS / "map.png"))
    assert view.fit_to_circuit()
    assert view.canvas.zoom > 1.0
    view.canvas.finish_layer()
    assert view.grab().save(str(ARTIFACTS / "map-fit-circuit.png"))


def test_clicks_select_relays_and_circuits(qtbot: QtBot, loaded: RelayLoader) -> None:
    view = show_map(qtbot, loaded)
    canvas = view.canvas
    hops = circuit_of(loaded, "test001", "test008")
    view.set_circuits({"3": hops})
    canvas.repaint()  # lays out the arcs for hit-testing
    target = canvas.position_of(hops[0])
    assert target is not None
    with qtbot.waitSignal(canvas.relay_clicked) as clicked:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=target.toPoint())
    assert clicked.args == [hops[0]]
    assert "test001" in canvas.tooltip_at(target)
    start, end = canvas.position_of(hops[0]), canvas.position_of(hops[1])
    assert start is not None
    assert end is not None
    on_arc = next(
        point
        for point in canvas.circuit_lines()["3"][1][4:-4]
        if not canvas.relay_at(point) and canvas.circuit_at(point) == "3"
    )
    with qtbot.waitSignal(canvas.circuit_clicked) as circuit:
        qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=on_arc.toPoint())
    assert circuit.args == ["3"]
    assert canvas.selected_circuit() == "3"


def test_keyboard_zoom_and_pan(qtbot: QtBot, loaded: RelayLoader) -> None:
    view = show_map(qtbot, loaded)
    canvas = view.canvas
    canvas.setFocus()
    fp = next(iter(loaded.positions))
    qtbot.keyClick(canvas, Qt.Key.Key_Plus)
    assert canvas.zoom == pytest.approx(1.5)
    before = canvas.position_of(fp)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    after = canvas.position_of(fp)
    assert before is not None
    assert after is not None
    assert after.x() == pytest.approx(before.x() - 60, abs=1)
    qtbot.keyClick(canvas, Qt.Key.Key_0)
    assert canvas.zoom == 1.0
    assert canvas.relay_at(QPointF(-100, -100)) == ""


def test_keyboard_picks_circuits_as_a_click_would(qtbot: QtBot, loaded: RelayLoader) -> None:
    view = show_map(qtbot, loaded)
    canvas = view.canvas
    fps = sorted(loaded.positions)
    view.set_circuits({"7": fps[:3], "12": fps[3:6]})
    canvas.setFocus()
    clicked: list[str] = []
    canvas.circuit_clicked.connect(clicked.append)
    qtbot.keyClick(canvas, Qt.Key.Key_N)
    qtbot.keyClick(canvas, Qt.Key.Key_N)
    qtbot.keyClick(canvas, Qt.Key.Key_N)
    qtbot.keyClick(canvas, Qt.Key.Key_P)
    assert clicked == ["7", "12", "7", "12"]
    assert canvas.selected_circuit() == "12"
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert clicked[-1] == ""
    assert canvas.selected_circuit() == ""
    assert "N and P" in canvas.accessibleDescription()


def test_every_control_has_an_accessible_name(qtbot: QtBot, loaded: RelayLoader) -> None:
    view = show_map(qtbot, loaded)
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus or widget.inherits("QLabel"):
            assert widget.accessibleName(), widget


def test_dot_size_grows_with_bandwidth() -> None:
    assert dot_radius(0) == 1.5
    assert dot_radius(10) < dot_radius(10_000) <= 5.0


def test_ns_event_moves_a_relay(qtbot: QtBot, loaded: RelayLoader) -> None:
    relay: Relay = next(r for r in loaded.relays.values() if r.ip == "127.0.0.1")
    moved = sandbox_like_ns_all().split("\nr ")[0].replace("127.0.0.1 ", "127.0.0.5 ", 1)
    change = asyncio.run(loaded.apply_event("NS", moved))
    assert change.changed == {relay.fingerprint}
    assert loaded.positions[relay.fingerprint] == pytest.approx(TEST_CITIES["127.0.0.5"][2:])


def test_one_request_per_document_never_per_relay(city_db: Path) -> None:
    asked: list[str] = []
    text = sandbox_like_ns_all()

    async def get_info(key: str) -> str:
        asked.append(key)
        if key == "ns/all":
            return text
        raise RuntimeError(f"{key} not available")  # fake: a client with neither document

    loader = RelayLoader(get_info, GeoLocator(city_db))
    asyncio.run(loader.load())
    # md/all never: a microdescriptor client's details come per relay looked at (md/id/<fp>)
    assert asked == ["ns/all", "desc/all-recent"]
    assert loader.details_on_demand
    assert len(loader.relays) == len(TEST_CITIES)


def test_events_apply_in_order(city_db: Path) -> None:
    text = sandbox_like_ns_all()

    async def get_info(key: str) -> str:
        return text if key == "ns/all" else ""

    async def run() -> RelayLoader:
        loader = RelayLoader(get_info, GeoLocator(city_db))
        await loader.load()
        first = text.split("\nr ")[0]
        loader.on_events(
            [
                ("NS", first.replace("127.0.0.1 ", "127.0.0.2 ", 1)),
                ("NEWCONSENSUS", "r " + text.split("\nr ")[1]),  # one relay left
            ]
        )
        await asyncio.gather(*list(loader._tasks))
        return loader

    loader = asyncio.run(run())
    assert len(loader.relays) == 1
    assert set(loader.positions) == set(loader.relays)
    assert not loader.errors


def test_drag_pans_and_does_not_click(qtbot: QtBot, loaded: RelayLoader) -> None:
    view = show_map(qtbot, loaded)
    canvas = view.canvas
    canvas.zoom_by(4)
    fp = next(iter(loaded.positions))
    before = canvas.position_of(fp)
    assert before is not None
    start = QPointF(300, 300).toPoint()
    with qtbot.assertNotEmitted(canvas.relay_clicked):
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
        for step in range(1, 6):
            qtbot.mouseMove(canvas, pos=start + QPointF(10 * step, 0).toPoint())
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=start + QPointF(50, 0).toPoint())
    after = canvas.position_of(fp)
    assert after is not None
    assert after.x() - before.x() > 20
