"""Every field tor gave for one relay, each copyable.

RelayDetailsPanel(QWidget)
|- show_relay(relay, country)      None: empty
|- value(key) -> str               the field as tor gave it (what Copy puts on the clipboard)
|- shown(key) -> str               the field as the panel shows it
|- row_shown(key) -> bool          a field tor left empty is not shown at all
|- copy_buttons                    {key: QPushButton} for the copyable fields
|- placeholder                     what to do, shown while no relay is selected
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from onionpanel.core.relays import Relay
from onionpanel.ui.common.words import country_name, country_text
from onionpanel.ui.relays.words import format_bandwidth, format_uptime, relay_version


class RelayDetailsPanel(QWidget):
    """Every field tor gave for one relay, each copyable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Relay details"))
        self._form = QFormLayout(self)
        self.placeholder = QLabel(
            self.tr(
                "Select a relay in the list, or click one on the map, to see what tor knows of it."
            )
        )
        self.placeholder.setAccessibleName(self.tr("No relay selected"))
        self.placeholder.setWordWrap(True)
        self._form.addRow(self.placeholder)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._values: dict[str, QLabel] = {}
        self._rows: dict[str, int] = {}  # key -> form row
        self._raw: dict[str, str] = {}
        self.copy_buttons: dict[str, QPushButton] = {}
        fields = (
            ("nickname", self.tr("Nickname"), True),
            ("fingerprint", self.tr("Fingerprint"), True),
            ("address", self.tr("Address"), True),
            ("ipv6", self.tr("IPv6"), False),
            ("country", self.tr("Country"), False),
            ("flags", self.tr("Flags"), False),
            ("bandwidth", self.tr("Bandwidth (consensus)"), False),
            ("version", self.tr("Version"), False),
            ("published", self.tr("Published"), False),
            ("uptime", self.tr("Uptime"), False),
            ("policy", self.tr("Exit policy summary"), False),
            ("exit_policy", self.tr("Exit policy"), False),
            ("family", self.tr("Family"), True),
            ("platform", self.tr("Platform"), False),
            ("contact", self.tr("Contact"), False),
        )
        for key, label, copyable in fields:
            value = QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            value.setAccessibleName(label)
            row: QWidget = value
            if copyable:
                row = QWidget(self)
                line = QHBoxLayout(row)
                line.setContentsMargins(0, 0, 0, 0)
                line.addWidget(value, 1)
                button = QPushButton(self.tr("Copy"), row)
                button.setAccessibleName(self.tr("Copy {field}").format(field=label))
                button.clicked.connect(lambda _=False, k=key: self._copy(k))
                line.addWidget(button)
                self.copy_buttons[key] = button
            self._form.addRow(label, row)
            self._values[key] = value
            self._rows[key] = self._form.rowCount() - 1
        self._show_rows(set())

    def value(self, key: str) -> str:
        """The field as tor gave it (what Copy puts on the clipboard)."""
        return self._raw.get(key, "")

    def shown(self, key: str) -> str:
        return self._values[key].text()

    def _copy(self, key: str) -> None:
        QGuiApplication.clipboard().setText(self._raw.get(key, ""))

    def show_relay(self, relay: Relay | None, country: str = "") -> None:
        if relay is None:
            self._raw = {}
            for value in self._values.values():
                value.setText("")
            self._show_rows(set())
            return
        details = relay.details
        # a microdescriptor consensus has no publication time and no descriptor no uptime:
        # such rows are left out rather than filled with an excuse
        published = (
            time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(relay.published))
            if relay.published
            else ""
        )
        values = {
            "nickname": relay.nickname,
            "fingerprint": relay.fingerprint,
            "address": f"{relay.ip}:{relay.or_port}",
            "ipv6": relay.ipv6,
            "country": "" if country_text(country) == "\u2014" else country_text(country),
            "flags": " ".join(relay.flag_names),
            "bandwidth": format_bandwidth(relay.bandwidth),
            "version": relay_version(relay),
            "published": published,
            "uptime": format_uptime(details.uptime_s) if details else "",
            "policy": relay.policy_summary,
            "exit_policy": "\n".join(details.exit_policy) if details else "",
            "family": " ".join(details.family) if details else "",
            "platform": details.platform if details else "",
            "contact": details.contact if details else "",
        }
        self._raw = values
        readable = dict(values)
        readable["fingerprint"] = " ".join(
            relay.fingerprint[i : i + 4] for i in range(0, len(relay.fingerprint), 4)
        )
        # zero-width spaces let a 41-character family member wrap in a narrow panel
        readable["family"] = "\n".join(
            "\u200b".join(member[i : i + 8] for i in range(0, len(member), 8))
            for member in (details.family if details else ())
        )
        name = country_name(values["country"])
        if name and name != values["country"]:
            readable["country"] = self.tr("{name} ({code})").format(
                name=name, code=values["country"]
            )
        for key, text in readable.items():
            self._values[key].setText(text)
        self._show_rows({key for key, text in values.items() if text})

    def _show_rows(self, filled: set[str]) -> None:
        """Only the fields tor gave: no label, and no Copy button, beside an empty value."""
        self._form.setRowVisible(0, not filled)
        for key, row in self._rows.items():
            self._form.setRowVisible(row, key in filled)

    def row_shown(self, key: str) -> bool:
        return self._values[key].isVisibleTo(self)
