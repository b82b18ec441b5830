"""Issue 18, tray-only memory: until the Relays page is first shown, the panel keeps of every
relay only what circuit rows name (address, flags, country): no map positions, no descriptor
details, no md/all fetched. A relay still reads right in a circuit row, and lands on the map,
at its country, once the page is shown.

The connection is a stand-in (the GETINFO answers of tests.fakeport.relay_info): no tor that can
run here places relays in countries (the sandbox's relays all sit on loopback), and the test
counts which keys the panel asks for. Circuit events are tor-shaped lines through stem's parser
and our translate; the widgets are real (offscreen).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication

from onionpanel.core.relays import parse_ns
from onionpanel.geo.places import land_share
from onionpanel.geo.world import load_world
from onionpanel.tor.info_many import InfoAnswers
from onionpanel.ui.common.flags import flags_text
from onionpanel.ui.shell.pages import LivePages
from tests.conftest import ARTIFACTS
from tests.fakeport import relay_info
from tests.test_map_load_steps import md_id_answers
from tests.ui.test_end_to_end import run_on_qasync
from tests.ui.test_one_selection import circ, feed_lines


class StandInConnection:
    def __init__(self, info: dict[str, str]) -> None:
        self.info = info
        self.asked: list[str] = []

    async def get_info(self, key: str) -> str:
        self.asked.append(key)
        await asyncio.sleep(0)
        if key not in self.info:
            raise LookupError(f"{key} is not available")
        return self.info[key]

    async def get_info_many(self, keys: Iterable[str]) -> InfoAnswers:
        keys = list(keys)
        self.asked.extend(keys)
        await asyncio.sleep(0)
        return InfoAnswers({key: self.info.get(key, "??") for key in keys})

    def add_event_handler(self, *_args: Any, **_kwargs: Any) -> Callable[[], None]:
        return lambda: None


def hop_texts(model: QAbstractItemModel, fingerprint: str) -> list[str]:
    for row in range(model.rowCount()):
        circuit = model.index(row, 0)
        for hop in range(model.rowCount(circuit)):
            cells = [model.index(hop, column, circuit) for column in range(5)]
            texts = [str(model.data(cell, Qt.ItemDataRole.DisplayRole) or "") for cell in cells]
            if fingerprint in texts:
                return texts
    return []


async def wait_until(condition: Callable[[], object]) -> None:
    for _ in range(500):  # 10 s
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError("timed out")


def test_tray_keeps_what_circuits_name_and_the_map_gets_the_rest_when_shown(
    qtbot,  # type: ignore[no-untyped-def]
    qapp: QApplication,
) -> None:
    info = relay_info(60)
    info.update(md_id_answers(info["ns/all"], info.pop("md/all")))
    relays = parse_ns(info["ns/all"])
    guard, middle, exit_relay = relays[3], relays[17], relays[42]
    assert exit_relay.flag_names
    connection = StandInConnection(info)
    pages = LivePages()

    async def scenario() -> None:
        pages._connection = connection  # what attach() sets before it loads the snapshots
        await pages._load_relays(connection)  # attach()'s relay step, with the tray alone
        loader = pages.loader
        assert loader is not None
        assert len(loader.relays) == 60
        assert pages.built_pages() == []
        assert loader.positions == {}, "no map shown: no places kept"
        assert "md/all" not in connection.asked, "no details fetched for the tray"
        assert not any(relay.details for relay in loader.relays.values())
        code = info[f"ip-to-country/{exit_relay.ip}"].upper()
        assert loader.countries[exit_relay.fingerprint] == code

        hops = ",".join(f"${r.fingerprint}~{r.nickname}" for r in (guard, middle, exit_relay))
        feed_lines(pages.circuit_feed, [circ(7, "BUILT", hops)])
        circuits = pages.circuits  # the window opens on the Circuits page
        qtbot.addWidget(circuits)
        circuits.resize(900, 400)
        circuits.show()
        await wait_until(lambda: hop_texts(circuits.tree.model(), exit_relay.fingerprint))
        row = hop_texts(circuits.tree.model(), exit_relay.fingerprint)
        assert row[:3] == [exit_relay.nickname, code, exit_relay.ip], row
        assert row[3] == flags_text(exit_relay.flag_names), row
        assert pages.built_pages() == ["circuits"]
        assert loader.positions == {}, "the Circuits page needs no places either"

        page = pages.relays  # then the Relays page: places and details now
        qtbot.addWidget(page)
        page.resize(1000, 700)
        page.show()
        canvas = page.map.canvas
        await wait_until(lambda: canvas.placed_count() == 60 and canvas.layer_complete())
        spot = loader.positions[exit_relay.fingerprint]
        assert land_share([spot], load_world().rings) == 1.0
        assert canvas.position_of(exit_relay.fingerprint) is not None
        assert sorted(canvas.circuit_ids()) == ["7"]
        assert connection.asked.count("ns/all") == 1, "the relays loaded for the tray are kept"
        listed = page.relay_list.model
        assert listed.country_of(exit_relay) == code
        # a microdescriptor client: the details of the relay looked at, never md/all
        assert page.relay_list.select_relay(exit_relay.fingerprint)
        await wait_until(lambda: loader.relays[exit_relay.fingerprint].details)
        assert connection.asked.count(f"md/id/{exit_relay.fingerprint}") == 1
        assert not any(key == "md/all" for key in connection.asked)
        shown = loader.relays[exit_relay.fingerprint].details
        assert shown is not None
        await wait_until(lambda: page.relay_list.details.isVisible())
        await asyncio.sleep(0.1)
        ARTIFACTS.mkdir(exist_ok=True)
        page.grab().save(str(ARTIFACTS / "tray_relays_then_map.png"))
        pages.detach()

    run_on_qasync(qapp, scenario, timeout=60)
