"""The relay list: model, filters, sorting, details panel and copy buttons, real Qt offscreen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from bench.synthetic_consensus import (
    synthetic_descriptors,
    synthetic_fingerprint,
    synthetic_ns_all,
)
from onionpanel.core.relay_details import parse_server_descriptors
from onionpanel.core.relay_set import with_details
from onionpanel.core.relays import Flag, parse_ns
from onionpanel.ui.relays.table import (
    FILL_CHUNK,
    RelayListView,
    format_bandwidth,
    format_uptime,
)
from tests.conftest import ARTIFACTS

COUNTRIES = ("DE", "NL", "US", "SE")


def make_view(qtbot: QtBot, count: int = 200) -> RelayListView:
    relays = {r.fingerprint: r for r in parse_ns(synthetic_ns_all(count))}
    relays = with_details(relays, parse_server_descriptors(synthetic_descriptors(count)))
    countries = {fp: COUNTRIES[i % 4] for i, fp in enumerate(relays)}
    view = RelayListView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.set_relays(relays, countries)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown_nicknames(view: RelayListView) -> list[str]:
    proxy = view.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_search_by_name_fingerprint_and_ip(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    assert view.proxy.rowCount() == 200
    view.search.setText("relay00042")
    assert shown_nicknames(view) == ["relay00042"]
    view.search.setText(synthetic_fingerprint(7)[:12].lower())
    assert shown_nicknames(view) == ["relay00007"]
    ip = view.model.rows()[view.model.row_of(synthetic_fingerprint(9))].ip
    view.search.setText(ip)
    assert "relay00009" in shown_nicknames(view)
    assert view.count_label.text().endswith(f"{view.proxy.rowCount()} of 200")


def test_filter_by_flag_and_country(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.flag_filter.setCurrentIndex(view.flag_filter.findText("Exit"))
    exits = view.proxy.rowCount()
    assert 0 < exits < 200
    for row in range(exits):
        fp = view.model.rows()[view.proxy.mapToSource(view.proxy.index(row, 0)).row()]
        assert fp.has(Flag.EXIT)
    view.country_filter.setCurrentIndex(view.country_filter.findData("NL"))
    assert all(view.proxy.index(r, 1).data() == "NL" for r in range(view.proxy.rowCount()))
    assert view.proxy.rowCount() < exits


def test_sorting_by_bandwidth_uses_the_numbers(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    bandwidths = [relay.bandwidth for relay in view.model.rows()]
    assert bandwidths == sorted(bandwidths, reverse=True)
    assert view.proxy.index(0, 3).data() == format_bandwidth(bandwidths[0])


def test_select_relay_shows_details_and_copies(qtbot: QtBot) -> None:
    view = make_view(qtbot)
    view.search.setText("relay00001")  # hides relay 3: select_relay must clear the filter
    fp = synthetic_fingerprint(3)
    with qtbot.waitSignal(view.relay_selected) as selected:
        assert view.select_relay(fp)
    assert selected.args == [fp]
    assert view.details.value("fingerprint") == fp
    assert view.details.value("family") == "$" + synthetic_fingerprint(2)
    assert "reject *:*" in view.details.value("exit_policy")
    qtbot.mouseClick(view.details.copy_buttons["fingerprint"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == fp
    qtbot.wait(20)  # let the details panel lay out its new, longer texts
    ARTIFACTS.mkdir(exist_ok=True)
    assert view.grab().save(str(ARTIFACTS / "relay-list.png"))


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    view = make_view(qtbot, 10)
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisibleTo(view):
            name = widget.accessibleName() or (widget.parent() and widget.parent().accessibleName())
            assert name, widget


def test_formats() -> None:
    assert format_bandwidth(999) == "999 kB/s"
    assert format_bandwidth(2500) == "2.5 MB/s"
    assert format_uptime(None) == "\u2014"
    assert format_uptime(90061) == "1 d 1 h"
    assert format_uptime(3720) == "1 h 02 min"


def test_thousands_of_relays_come_in_chunks_a_turn_each(qtbot: QtBot) -> None:
    """Issue 18: 8,000 rows in one reset held the loop 18-50 ms; the list now takes
    FILL_CHUNK rows per turn of the loop. Filters, selection and the count see every relay."""
    count = 3 * FILL_CHUNK + 17
    relays = {r.fingerprint: r for r in parse_ns(synthetic_ns_all(count))}
    countries = {fp: COUNTRIES[i % 4] for i, fp in enumerate(relays)}
    view = RelayListView()
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.country_filter.setCurrentIndex(0)
    view.set_relays(relays, countries)
    assert view.model.rowCount() == FILL_CHUNK, "one chunk now, the rest on later turns"
    assert view.model.filling()
    assert [view.country_filter.itemData(i) for i in range(1, 5)] == sorted(COUNTRIES)
    qtbot.waitUntil(lambda: not view.model.filling())
    assert view.model.rowCount() == view.proxy.rowCount() == count
    assert view.count_label.text() == f"{count} of {count}"
    nicknames = shown_nicknames(view)
    assert nicknames == sorted(nicknames)

    view.country_filter.setCurrentIndex(view.country_filter.findData("NL"))
    view.set_relays(relays, countries)  # a new consensus while a filter is on
    qtbot.waitUntil(lambda: not view.model.filling())
    assert view.proxy.rowCount() == count // 4 + (count % 4 > 1)
    assert {view.model.country_of(r) for r in view.model.rows()} == set(COUNTRIES)

    last = max(relays.values(), key=lambda r: r.nickname)
    view.set_relays(relays, countries)
    assert view.select_relay(last.fingerprint), "a row still to come is filled in at once"
    assert view.current_fingerprint() == last.fingerprint
    assert not view.model.filling()


def test_a_selection_far_down_the_list_survives_a_new_list_without_a_whole_fill(
    qtbot: QtBot,
) -> None:
    count = 3 * FILL_CHUNK
    relays = {r.fingerprint: r for r in parse_ns(synthetic_ns_all(count))}
    view = RelayListView()
    qtbot.addWidget(view)
    view.set_relays(relays, {})
    last = max(relays.values(), key=lambda r: r.nickname)
    first = min(relays.values(), key=lambda r: r.nickname)
    assert view.select_relay(last.fingerprint)
    view.set_relays(relays, {})  # a new consensus with the same relays
    assert view.model.filling(), "not filled in one go for the selection's sake"
    qtbot.waitUntil(lambda: not view.model.filling())
    assert view.current_fingerprint() == last.fingerprint
    assert view.select_relay(first.fingerprint)
    view.set_relays(relays, {})
    assert view.current_fingerprint() == first.fingerprint, "in the first chunk: at once"
