"""Issue 12, item 8, on the real widgets: an empty page says why it is empty and what to do
(not connected, tor has no circuits or relays yet, only internal circuits), and the tor
version's verdict says what is unknown. Screenshots of the empty pages go to artifacts/."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from onionpanel.core.status import TorStatus
from onionpanel.ui.shell.pages import LivePages
from onionpanel.ui.status.notices import version_text
from tests.ui.test_one_selection import circ, feed_lines, path


def test_empty_pages_say_why_and_what_to_do(qtbot: QtBot, artifacts: Path) -> None:
    pages = LivePages()
    circuits, relays = pages.circuits, pages.relays
    for page in (circuits, relays):
        qtbot.addWidget(page)
        page.resize(900, 500)
        page.show()
    assert circuits.empty_label.isVisible()
    assert not circuits.tree.isVisible()
    assert circuits.empty_label.text().startswith("Not connected to tor.")
    assert relays.empty_label.isVisible()
    assert "Not connected to tor" in relays.empty_label.text()
    assert "Status page" in relays.empty_label.text()
    circuits.grab().save(str(artifacts / "circuits_not_connected.png"))
    relays.grab().save(str(artifacts / "relays_not_connected.png"))

    circuits.set_connected(True)
    relays.set_connected(True)
    assert circuits.empty_label.text().startswith("Tor has no circuits yet.")
    assert "consensus" in relays.empty_label.text()
    relays.grab().save(str(artifacts / "relays_no_consensus.png"))

    internal = circ(3, "BUILT", path(0, 2, 5)).replace("PURPOSE=GENERAL", "PURPOSE=HS_VANGUARDS")
    feed_lines(pages.circuit_feed, [internal])
    assert "internal circuits" in circuits.empty_label.text()
    circuits.grab().save(str(artifacts / "circuits_only_internal.png"))
    circuits.show_internal.setChecked(True)
    assert circuits.tree.isVisible()
    assert not circuits.empty_label.isVisible()
    circuits.show_internal.setChecked(False)
    feed_lines(pages.circuit_feed, [circ(4, "BUILT", path(0, 2, 6))])
    assert circuits.tree.isVisible()
    pages.detach()
    assert circuits.empty_label.text().startswith("Not connected to tor.")


def test_the_version_verdict_says_what_is_unknown() -> None:
    text = version_text(TorStatus(version="0.4.9.11", version_status="unknown"))
    assert text != "0.4.9.11 (unknown)"
    assert "recommended versions" in text
    assert version_text(TorStatus(version="0.4.9.11", version_status="recommended")) == (
        "0.4.9.11 (recommended)"
    )
