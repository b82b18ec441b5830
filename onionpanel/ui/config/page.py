"""The Configuration page: what tor is configured to do, read-only, with where to change it.

  ConfigPage(parent=None)
  |- show_report(report)         fill every section from a core.torconfig.ConfigReport
  |- show_unavailable(reason)    not connected, or tor refused to say
  |- reload_requested            signal: the Reload button
  |- sections                    {"ports", "bridges", "onions", "relay", "other"} -> tree item
  |- rows(section) -> list[tuple[str, str, str, str]]   setting, value, meaning, where
  |- answer                      the label that says which port applications should use
  |- copy_where / copy_line      copy the selected row's source (file:line or NixOS option)
                                 or the line as written; nothing on this page edits

Bridge addresses stay hidden until the person ticks "Show bridge addresses".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from onionpanel.core.nixos_options import nixos_option
from onionpanel.core.torconfig import Bridge, ConfigReport, OnionService
from onionpanel.core.torports import Listener
from onionpanel.core.torrc import Source
from onionpanel.ui.config.words import (
    bridge_state_text,
    isolation_text,
    origin_text,
    purpose_text,
    source_text,
    yes_no_unknown,
)

COPY_ROLE = Qt.ItemDataRole.UserRole  # (where to change it, the line as written)
SECTIONS = ("ports", "bridges", "onions", "relay", "other")


def _selectable(label: QLabel, name: str) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setAccessibleName(name)
    return label


class ConfigPage(QWidget):
    reload_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Configuration"))
        self._report: ConfigReport | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "What tor is configured to do. OnionPanel only shows it: change a setting "
                "where it comes from, then reload tor."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.answer = _selectable(QLabel(), self.tr("Which port applications should use"))
        self.answer.setStyleSheet("QLabel { background: #e8f0fe; padding: 6px; }")
        layout.addWidget(self.answer)
        self.files = _selectable(QLabel(), self.tr("Configuration files"))
        layout.addWidget(self.files)
        self.tree = self._make_tree()
        layout.addWidget(self.tree, stretch=1)
        self.notes = _selectable(QLabel(), self.tr("Notes about the configuration"))
        self.notes.setStyleSheet("QLabel { color: #6b4e00; }")
        layout.addWidget(self.notes)
        layout.addLayout(self._make_buttons())
        self.sections: dict[str, QTreeWidgetItem] = {}
        self.show_unavailable(self.tr("Not connected to tor."))

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(self.tr("Tor configuration"))
        tree.setColumnCount(4)
        tree.setHeaderLabels(
            [
                self.tr("Setting"),
                self.tr("Value"),
                self.tr("What it means"),
                self.tr("Where to change it"),
            ]
        )
        tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tree.setAlternatingRowColors(True)
        # meanings hold one rule per line; long paths lose their middle, never the ":line"
        tree.setWordWrap(False)
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = tree.header()
        header.setAccessibleName(self.tr("Configuration columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((150, 230, 360)):
            tree.setColumnWidth(column, width)
        header.setStretchLastSection(True)
        tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        return tree

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.show_addresses = QCheckBox(self.tr("Show bridge addresses"))
        self.show_addresses.setAccessibleName(self.tr("Show bridge addresses"))
        self.show_addresses.toggled.connect(lambda _on: self._refill())
        self.copy_where = QPushButton(self.tr("Copy where to change it"))
        self.copy_where.setAccessibleName(self.tr("Copy where to change the selected setting"))
        self.copy_where.clicked.connect(lambda: self._copy(0))
        self.copy_line = QPushButton(self.tr("Copy line"))
        self.copy_line.setAccessibleName(self.tr("Copy the selected setting's line"))
        self.copy_line.clicked.connect(lambda: self._copy(1))
        self.reload = QPushButton(self.tr("Reload"))
        self.reload.setAccessibleName(self.tr("Read the configuration again"))
        self.reload.clicked.connect(self.reload_requested)
        row.addWidget(self.show_addresses)
        row.addStretch(1)
        for button in (self.copy_where, self.copy_line, self.reload):
            row.addWidget(button)
        return row

    # --- filling -----------------------------------------------------------------------

    def show_unavailable(self, reason: str) -> None:
        self._report = None
        self.tree.clear()
        self.sections = {}
        self.answer.setText(reason)
        self.files.setText("")
        self.notes.setText("")
        self._update_buttons()

    def show_report(self, report: ConfigReport) -> None:
        self._report = report
        self._refill()

    def _refill(self) -> None:
        report = self._report
        if report is None:
            return
        selected = self._selected_key()
        self.tree.clear()
        self.sections = {key: self._section(key) for key in SECTIONS}
        self._fill_ports(report)
        self._fill_bridges(report)
        self._fill_onions(report)
        self._fill_relay(report)
        self._fill_other(report)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.answer.setText(self._answer_text(report))
        self.files.setText(self._files_text(report))
        self.notes.setText("\n".join(report.notes))
        self.notes.setVisible(bool(report.notes))
        self._reselect(selected)
        self._update_buttons()

    def _section(self, key: str) -> QTreeWidgetItem:
        titles = {
            "ports": self.tr("Ports"),
            "bridges": self.tr("Bridges"),
            "onions": self.tr("Onion services"),
            "relay": self.tr("Relay"),
            "other": self.tr("Other options"),
        }
        item = QTreeWidgetItem(self.tree, [titles[key]])
        item.setFirstColumnSpanned(True)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _row(
        self, key: str, cells: tuple[str, str, str], source: Source | None, option: str
    ) -> QTreeWidgetItem:
        report = self._report
        nixos = report.nixos if report is not None else False
        where = source_text(source, option, nixos) if source is not None else ""
        item = QTreeWidgetItem(self.sections[key], [*cells, where])
        if source is not None:
            copy_where = source.where
            if nixos:
                copy_where = nixos_option(option, source.text)
            item.setData(0, COPY_ROLE, (copy_where, source.text or f"{option} {cells[1]}"))
            item.setToolTip(3, f"{where}\n{source.text}" if source.text else where)
        for column in (0, 1, 2):
            item.setToolTip(column, cells[column])
        return item

    def _fill_ports(self, report: ConfigReport) -> None:
        if not report.listeners:
            self._row("ports", (self.tr("none"), "", self.tr("tor listens on no port")), None, "")
        for listener in report.listeners:
            self._row("ports", self._port_cells(listener), listener.source, listener.option)

    def _port_cells(self, listener: Listener) -> tuple[str, str, str]:
        meaning = [purpose_text(listener.option)]
        meaning += [isolation_text(rule, listener) for rule in listener.isolation]
        if listener.other_flags:
            meaning.append(self.tr("flags: {flags}").format(flags=" ".join(listener.other_flags)))
        value = listener.address
        if not listener.listening:
            value = self.tr("{address} (not listening)").format(address=value)
        return listener.option, value, "\n".join(meaning)

    def _fill_bridges(self, report: ConfigReport) -> None:
        if report.use_bridges:
            cells = ("UseBridges", self.tr("yes"), self.tr("tor connects only through bridges"))
        else:
            cells = (
                "UseBridges",
                self.tr("no"),
                self.tr("tor connects to the Tor network directly"),
            )
        self._row("bridges", cells, None, "UseBridges")
        for bridge in report.bridges:
            self._row("bridges", self._bridge_cells(bridge), bridge.source, "Bridge")
        for plugin in report.transports:
            words = self.tr("program that speaks a bridge transport")
            self._row("bridges", (plugin.key, plugin.value, words), plugin.source, plugin.key)

    def _bridge_cells(self, bridge: Bridge) -> tuple[str, str, str]:
        kind = bridge.transport or self.tr("plain")
        shown = self.show_addresses.isChecked()
        address = bridge.address if shown else self.tr("hidden")
        state = bridge_state_text(bridge.state)
        if bridge.reason:
            state = self.tr("{state} ({reason})").format(state=state, reason=bridge.reason)
        return self.tr("Bridge ({kind})").format(kind=kind), address, state

    def _fill_onions(self, report: ConfigReport) -> None:
        if not report.onion_services:
            self._row(
                "onions",
                (self.tr("none"), "", self.tr("this tor serves no onion site")),
                None,
                "",
            )
        for service in report.onion_services:
            source = service.source if service.directory else None
            self._row("onions", self._onion_cells(service), source, "HiddenServiceDir")

    def _onion_cells(self, service: OnionService) -> tuple[str, str, str]:
        name = service.name or self.tr("hostname not readable: {why}").format(why=service.problem)
        meaning = [origin_text(service.origin)]
        if service.ports:
            ports = ", ".join(service.ports)
            meaning.append(
                self.tr("ports (onion port, then where it goes): {ports}").format(ports=ports)
            )
        if service.directory:
            meaning.append(self.tr("keys in {directory}").format(directory=service.directory))
        return self.tr("Onion service"), name, "\n".join(meaning)

    def _fill_relay(self, report: ConfigReport) -> None:
        relay = report.relay
        if not relay.role:
            words = self.tr("this tor is a client only (no ORPort)")
            self._row("relay", (self.tr("Relay"), self.tr("no"), words), None, "ORPort")
            return
        role = self.tr("bridge") if relay.role == "bridge" else self.tr("relay")
        rows = [
            (self.tr("Role"), role, self.tr("this tor carries traffic for others")),
            (self.tr("Nickname"), relay.nickname, ""),
            (self.tr("Fingerprint"), relay.fingerprint or self.tr("not known yet"), ""),
            (self.tr("ORPort"), ", ".join(relay.or_ports), purpose_text("ORPort")),
            (self.tr("Reachable"), yes_no_unknown(relay.reachable_or), self.tr("tor's self-test")),
            (self.tr("Accounting"), relay.accounting or self.tr("off"), ""),
        ]
        for cells in rows:
            self._row("relay", cells, None, "")

    def _fill_other(self, report: ConfigReport) -> None:
        for setting in report.other:
            self._row("other", (setting.key, setting.value, ""), setting.source, setting.key)

    # --- the summary lines -----------------------------------------------------------

    def _answer_text(self, report: ConfigReport) -> str:
        socks = [item for item in report.socks_ports if item.listening]
        if not socks:
            return self.tr(
                "Tor offers no SOCKS port, so applications cannot use it directly. A SocksPort "
                "line in the torrc adds one."
            )
        # most applications take host and port; a port of a session group serves a profile
        first = min(
            socks, key=lambda i: (i.address.startswith("unix:"), i.session_group is not None)
        )
        where = source_text(first.source, first.option, report.nixos)
        if first.address.startswith("unix:"):
            return self.tr(
                "Applications such as a mail client: set their proxy to the SOCKS5 socket {path}, "
                "and let the proxy resolve names. Change it at {where}."
            ).format(path=first.address.removeprefix("unix:"), where=where)
        host, _, port = first.address.rpartition(":")
        return self.tr(
            "Applications such as a mail client: set their proxy to SOCKS5, host {host}, "
            "port {port}, and let the proxy resolve names. Change the port at {where}."
        ).format(host=host.strip("[]"), port=port, where=where)

    def _files_text(self, report: ConfigReport) -> str:
        text = self.tr("torrc: {path}").format(path=report.config_file or self.tr("unknown"))
        if report.defaults_file:
            text += "    " + self.tr("defaults: {path}").format(path=report.defaults_file)
        if report.nixos:
            text += "    " + self.tr("NixOS: change services.tor in configuration.nix")
        return text

    # --- copying -----------------------------------------------------------------------

    def _copy_data(self) -> tuple[str, str] | None:
        item = self.tree.currentItem()
        data = item.data(0, COPY_ROLE) if item is not None else None
        return (str(data[0]), str(data[1])) if data else None

    def _copy(self, which: int) -> None:
        data = self._copy_data()
        if data is not None:
            QGuiApplication.clipboard().setText(data[which])

    def _update_buttons(self) -> None:
        has_source = self._copy_data() is not None
        self.copy_where.setEnabled(has_source)
        self.copy_line.setEnabled(has_source)

    def _selected_key(self) -> tuple[str, ...] | None:
        item = self.tree.currentItem()
        return tuple(item.text(c) for c in (0, 3)) if item is not None else None

    def _children(self, section: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        children = (section.child(index) for index in range(section.childCount()))
        return [child for child in children if child is not None]

    def _reselect(self, key: tuple[str, ...] | None) -> None:
        if key is None:
            return
        for section in self.sections.values():
            for child in self._children(section):
                if tuple(child.text(c) for c in (0, 3)) == key:
                    self.tree.setCurrentItem(child)
                    return

    def rows(self, section: str) -> list[tuple[str, str, str, str]]:
        parent = self.sections.get(section)
        if parent is None:
            return []
        return [
            (child.text(0), child.text(1), child.text(2), child.text(3))
            for child in self._children(parent)
        ]
