"""The routing helper's [[router]] entries on real Qt widgets: the Routing menu and the status
page name the routed interfaces and their policy, show the blocked count and update it in place,
warn when forwarding is off, and a stream whose SOURCE_ADDR lies in a routed network reads
"from ADDRESS via INTERFACE" in the circuits view. The entries are GetRouters' reply values
(what tests/helper/test_helper_dbus_routers.py reads from the real helper); the stream comes
from a STREAM event line as tor sends it, through the panel's own stem translation."""

from __future__ import annotations

import time

import pytest

from PySide6.QtWidgets import QApplication, QWidget

from onionpanel.core.circuits import NetworkState, Stream, StreamEvent, apply_event
from onionpanel.core.routers import RouterInfo, routed_interface, routers_from_reply
from onionpanel.core.routing import RoutingState
from onionpanel.core.status import ConnectionPhase, TorStatus
from onionpanel.tor.translate import parse_event, translate
from onionpanel.ui.circuits.cells import CircuitCells
from onionpanel.ui.circuits.feed import CircuitFeed
from onionpanel.ui.circuits.model import CircuitModel
from onionpanel.ui.circuits.page import CircuitsPage
from onionpanel.ui.circuits.roles import Column
from onionpanel.ui.common.routers import RouterPoll
from onionpanel.ui.routing.menu import RoutingMenu
from onionpanel.ui.status.page import StatusPage
from tests.conftest import ARTIFACTS

BRIDGE: tuple[object, ...] = (
    "router[0]", ["br-vms"], "tor", "192.168.50.1", "", 9140, 9153, "block",
    [("192.168.50.0/24", "br-vms"), ("fd50::/64", "br-vms")], [], 0,
)  # fmt: skip
LAN: tuple[object, ...] = (
    "router[1]", ["lan0", "lan1"], "allow", "", "", 0, 0, "block",
    [("192.168.60.0/24", "lan1")], ["net.ipv4.ip_forward"], 0,
)  # fmt: skip
WARNING = (
    "net.ipv4.ip_forward is off, but the router entry for lan0, lan1 forwards some traffic as "
    "is and needs it. OnionPanel never changes it: set net.ipv4.ip_forward = 1 in the system's "
    "configuration."
)
STATE = RoutingState("tor", "tor", ("off", "tor", "lockdown"))


def with_blocked(item: tuple[object, ...], count: int) -> tuple[object, ...]:
    return (*item[:-1], count)


def routers(blocked: int = 0) -> tuple[RouterInfo, ...]:
    return routers_from_reply(([with_blocked(BRIDGE, blocked), LAN],))


def test_the_menu_names_the_routed_interfaces_and_updates_the_count_in_place(
    qapp: QApplication,
) -> None:
    menu = RoutingMenu()
    menu.show_state(STATE)
    assert menu.router_lines() == []  # before GetRouters answered: as before
    menu.show_routers(routers())
    assert menu.router_lines() == [
        "VMs and devices on br-vms go through Tor",
        "VMs and devices on lan0, lan1 are forwarded without Tor",
        "Forwarding for lan0, lan1 is off (net.ipv4.ip_forward = 0)",
    ]
    assert menu.actions_by_text()[menu.router_lines()[2]].toolTip() == WARNING
    menu.show_routers(routers(blocked=1))
    assert menu.router_lines()[1] == ("Blocked 1 packet from br-vms trying to leave around Tor")
    line = menu.actions_by_text()[menu.router_lines()[1]]
    menu.show_routers(routers(blocked=42))  # only the count changed: the same line, new words
    assert line.text().startswith("Blocked 42 packets from br-vms")
    assert menu.actions_by_text()["Tor (all traffic)"].isCheckable()  # the modes stay below
    menu.show_state(RoutingState("off", "off", ("off", "tor", "lockdown")))
    assert menu.router_lines()[0] == (
        "VMs and devices on br-vms are forwarded as the system is set up (mode Off)"
    )
    assert not any("Blocked" in line for line in menu.router_lines())  # off counts nothing
    menu.show_state(STATE)
    menu.show_routers(routers(blocked=42))
    menu.adjustSize()
    ARTIFACTS.mkdir(exist_ok=True)
    assert menu.grab().save(str(ARTIFACTS / "routing_menu_routers.png"))


def test_the_status_page_shows_the_routers_the_count_and_the_warning(qapp: QApplication) -> None:
    page = StatusPage()
    page.show_status(TorStatus(phase=ConnectionPhase.CONNECTED))
    page.resize(640, 720)
    page.show()
    assert page.routers_box.isHidden()  # no [[router]] entries: nothing about them
    page.show_routers(routers(blocked=3), "tor")
    assert page.routers_box.isVisible()
    assert page.routers_box.texts() == [
        "VMs and devices on br-vms go through Tor",
        "TCP goes to Tor's TransPort 192.168.50.1:9140, DNS to its DNSPort 192.168.50.1:9153; "
        "UDP, ICMP and IPv6 are blocked.",
        "Blocked 3 packets from br-vms that tried to leave around Tor (since the last switch)",
        "VMs and devices on lan0, lan1 are forwarded without Tor",
        WARNING,
    ]
    labels = page.routers_box.findChildren(QWidget)
    page.show_routers(routers(blocked=4), "tor")  # a new count: the same labels
    assert page.routers_box.findChildren(QWidget) == labels
    assert page.routers_box.texts()[2].startswith("Blocked 4 packets")
    qapp.processEvents()
    ARTIFACTS.mkdir(exist_ok=True)
    assert page.grab().save(str(ARTIFACTS / "status_routers.png"))
    page.show_routers(routers(blocked=4), "lockdown")
    assert page.routers_box.texts()[0] == "VMs and devices on br-vms reach nothing (Lockdown)"
    page.show_routers((), "tor")
    assert page.routers_box.isHidden()
    page.close()


TRANS_STREAM = (
    "650 STREAM 42 NEW 0 198.51.100.1:80 SOURCE_ADDR={source}:51234 PURPOSE=USER "
    "CLIENT_PROTOCOL=TRANS NYM_EPOCH=0 SESSION_GROUP=-5 ISO_FIELDS=DESTADDR,DESTPORT"
)


def stream_from(line: str) -> Stream:
    event = translate(parse_event(line))
    assert isinstance(event, StreamEvent)
    state, _ = apply_event(NetworkState(), event)
    return state.streams["42"]


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("192.168.50.23", "from 192.168.50.23 via br-vms"),
        ("[fd50::23]", "from fd50::23 via br-vms"),
        ("192.168.60.9", "from 192.168.60.9 via lan1"),
        ("127.0.0.1", "transparent proxy"),  # the machine's own: as before
        ("192.168.50.1", "transparent proxy"),  # the host's own address on the bridge
        ("192.168.70.5", "transparent proxy"),  # in no routed network
    ],
)
def test_a_stream_from_a_routed_network_says_where_it_came_from(
    qapp: QApplication, source: str, text: str
) -> None:
    stream = stream_from(TRANS_STREAM.format(source=source))
    cells = CircuitCells()
    before = cells.stream(stream)[Column.PURPOSE]
    cells.routers = routers()
    assert cells.stream(stream)[Column.PURPOSE][0] == text  # DisplayRole
    assert before[0] == "transparent proxy"  # without routers: unchanged


def test_routed_interface_ignores_what_is_no_address() -> None:
    assert routed_interface("", routers()) == ""
    assert routed_interface("unix:/run/x", routers()) == ""
    assert routed_interface("192.168.50.23", ()) == ""


def test_the_count_is_read_only_while_something_shows_it(qapp: QApplication) -> None:
    poll = RouterPoll(interval_ms=20)
    asked: list[float] = []
    poll.due.connect(lambda: asked.append(time.monotonic()))
    page, menu = QWidget(), QWidget()
    poll.watch(page)
    poll.watch(menu)
    assert not poll.active
    assert asked == []
    page.show()
    qapp.processEvents()
    assert poll.active
    assert len(asked) == 1  # at once when it appears
    deadline = time.monotonic() + 5
    while len(asked) < 3 and time.monotonic() < deadline:
        qapp.processEvents()
    assert len(asked) >= 3  # then slowly, while visible
    page.hide()
    for _ in range(5):
        qapp.processEvents()
    assert not poll.active
    settled = len(asked)
    menu.show()
    qapp.processEvents()
    assert poll.active
    assert len(asked) == settled + 1
    menu.close()
    menu.deleteLater()
    for _ in range(5):
        qapp.processEvents()
    assert not poll.active


LIVE_LINES = [
    "650 CIRC 7 BUILT $" + "A" * 40 + "~guard1,$" + "B" * 40 + "~middle1,$" + "C" * 40 + "~exit1"
    " BUILD_FLAGS=NEED_CAPACITY PURPOSE=GENERAL TIME_CREATED=2026-12-02T07:00:00.000000",
    "650 STREAM 42 SUCCEEDED 7 198.51.100.1:80 SOURCE_ADDR=192.168.50.23:51234 PURPOSE=USER"
    " CLIENT_PROTOCOL=TRANS",
    "650 STREAM 43 SUCCEEDED 7 example.com:443 SOURCE_ADDR=127.0.0.1:40000 PURPOSE=USER"
    ' CLIENT_PROTOCOL=SOCKS5 SOCKS_USERNAME="firefox"',
]


def test_the_circuits_view_names_the_guest_once_the_routers_are_known(qtbot) -> None:  # type: ignore[no-untyped-def]
    model = CircuitModel(clock=time.time)
    feed = CircuitFeed(model, clock=time.time)
    page = CircuitsPage(model)
    qtbot.addWidget(page)
    page.resize(1000, 300)
    page.show()
    feed.on_events([translate(parse_event(line)) for line in LIVE_LINES])
    feed.flush()

    def source_of(stream_id: str) -> str:
        return str(model.index_of_stream(stream_id).siblingAtColumn(Column.PURPOSE).data())

    assert source_of("42") == "transparent proxy"  # before GetRouters answered
    model.set_routers(routers(blocked=5))  # the rows already shown change their words
    assert source_of("42") == "from 192.168.50.23 via br-vms"
    assert source_of("43") == "app “firefox”"  # the machine's own: as before
    page.tree.expandAll()
    page.select_stream("42")
    ARTIFACTS.mkdir(exist_ok=True)
    assert page.grab().save(str(ARTIFACTS / "circuits_routed_stream.png"))
