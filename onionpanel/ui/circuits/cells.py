"""Every role of every cell of the circuits tree, computed once per change.

  CircuitCells(country_of=..., relay_info=..., clock=...)
  |- circuit(circuit, has_streams) / hop(circuit, hop) / stream(stream) -> one dict per column
  |- profile_groups           SessionGroup -> routing profile name (streams say their profile)
  |- routers                  the routing helper's [[router]] entries (streams from guests)
  |- circuit_text(circuit, column)   what a circuit row shows in that column

The words live here, the rows' bookkeeping in CircuitModel.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from onionpanel.core.circuit_text import (
    is_internal,
    listener_number,
    path_summary,
    path_text,
    source_profile,
    stream_group,
)
from onionpanel.core.circuits import (
    Circuit,
    Hop,
    Stream,
)
from onionpanel.core.routers import RouterInfo, routed_interface
from onionpanel.ui.circuits.roles import (
    CIRCUIT_ID_ROLE,
    CLOSED_ROLE,
    COPY_TEXT_ROLE,
    FINGERPRINT_ROLE,
    HAS_STREAMS_ROLE,
    INTERNAL_ROLE,
    KIND_ROLE,
    SHOWN,
    SORT_ROLE,
    STREAM_ID_ROLE,
    VISIBLE_ROLE,
    Column,
    RelayBrief,
    closed_look,
    format_age,
    format_bytes,
    text_roles,
)
from onionpanel.ui.common.flags import flags_text
from onionpanel.ui.common.reasons import circuit_reason, stream_reason
from onionpanel.ui.common.words import country_text


def _no_country(_fingerprint: str) -> str:
    return ""


def _no_relay_info(_fingerprint: str) -> RelayBrief | None:
    return None


class CircuitCells(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        country_of: Callable[[str], str] = _no_country,
        relay_info: Callable[[str], RelayBrief | None] = _no_relay_info,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._country_of = country_of
        self._relay_info = relay_info
        self._clock = clock
        self.profile_groups: dict[int, str] = {}
        self.routers: tuple[RouterInfo, ...] = ()
        self._circuit_status_labels = self._make_circuit_status_labels()
        self._purpose_labels = self._make_purpose_labels()
        self._stream_status_labels = self._make_stream_status_labels()
        # one font and brush shared by every closed row: fewer objects for the GC to scan
        self._looks = {closed: closed_look(closed) for closed in (False, True)}
        self._monospace = QFont("monospace")

    def circuit(self, circuit: Circuit, has_streams: bool) -> list[dict[int, Any]]:
        shared = {
            KIND_ROLE: "circuit",
            CIRCUIT_ID_ROLE: circuit.id,
            CLOSED_ROLE: circuit.closed,
            COPY_TEXT_ROLE: path_text(circuit),
            **self._looks[circuit.closed],
        }
        cells = [
            {
                **shared,
                **text_roles(self.circuit_text(circuit, column)),
                SORT_ROLE: self._circuit_sort_key(circuit, column),
            }
            for column in Column
        ]
        # on the first column only: its traffic line changes with every CIRC_BW event
        cells[0][Qt.ItemDataRole.ToolTipRole] = self._circuit_tooltip(circuit)
        # what the proxy filters on (its key column is 0)
        internal = is_internal(circuit)
        cells[0][INTERNAL_ROLE] = internal
        cells[0][HAS_STREAMS_ROLE] = has_streams
        cells[0][VISIBLE_ROLE] = "internal" if internal and not has_streams else SHOWN
        return cells

    def hop(self, circuit: Circuit, hop: Hop) -> list[dict[int, Any]]:
        shared = {
            KIND_ROLE: "hop",
            CIRCUIT_ID_ROLE: circuit.id,
            FINGERPRINT_ROLE: hop.fingerprint,
            COPY_TEXT_ROLE: hop.fingerprint,
            SORT_ROLE: "",
            VISIBLE_ROLE: SHOWN,
            Qt.ItemDataRole.ToolTipRole: f"{hop.label}\n${hop.fingerprint}",
            Qt.ItemDataRole.FontRole: None,
        }
        info = self._relay_info(hop.fingerprint)
        texts = (
            hop.label,
            country_text(self._country_of(hop.fingerprint)),
            info.address if info else "",
            flags_text(info.flags) if info else "",
            hop.fingerprint,
        )
        cells = [{**shared, **text_roles(text)} for text in texts]
        cells[Column.DETAIL][Qt.ItemDataRole.FontRole] = self._monospace
        return cells

    def stream(self, stream: Stream) -> list[dict[int, Any]]:
        shared = {
            KIND_ROLE: "stream",
            CIRCUIT_ID_ROLE: stream.circuit_id,
            STREAM_ID_ROLE: stream.id,
            COPY_TEXT_ROLE: stream.target,
            SORT_ROLE: "",
            VISIBLE_ROLE: SHOWN,
            CLOSED_ROLE: stream.closed,
            Qt.ItemDataRole.ToolTipRole: self._stream_tooltip(stream),
            **self._looks[stream.closed],
        }
        return [{**shared, **text_roles(self._stream_text(stream, column))} for column in Column]

    # --- per-kind data -----------------------------------------------------------------------

    def circuit_text(self, circuit: Circuit, column: int) -> str:
        match column:
            case Column.NAME:
                return self.tr("Circuit %s") % circuit.id
            case Column.STATUS:
                return self._status_text(circuit)
            case Column.PURPOSE:
                return self._purpose_text(circuit.purpose)
            case Column.AGE:
                created = circuit.created
                return format_age(self._clock() - created) if created is not None else ""
            case Column.DETAIL:
                return path_summary(circuit)
        return ""

    def _circuit_sort_key(self, circuit: Circuit, column: int) -> Any:
        if column in (Column.NAME, Column.AGE):
            # circuit ids grow over time, so both sort by age; ids may be non-numeric
            number = int(circuit.id) if circuit.id.isdigit() else 0
            return -(circuit.created or 0.0) if column == Column.AGE else number
        return self.circuit_text(circuit, column)

    def _circuit_tooltip(self, circuit: Circuit) -> str:
        lines = [
            self.tr("Circuit {id}: {status}").format(
                id=circuit.id, status=self._status_text(circuit)
            )
        ]
        lines.append(self.tr("Purpose: %s") % circuit.purpose)
        if circuit.build_flags:
            lines.append(self.tr("Build flags: %s") % ", ".join(circuit.build_flags))
        lines += path_text(circuit).splitlines()
        lines.append(
            self.tr("Traffic: {received} received, {sent} sent").format(
                received=format_bytes(circuit.bytes_read), sent=format_bytes(circuit.bytes_written)
            )
        )
        return "\n".join(lines)

    def _status_text(self, circuit: Circuit) -> str:
        labels = self._circuit_status_labels
        label = labels.get(circuit.status, circuit.status)
        reason = circuit_reason(circuit.remote_reason) or circuit_reason(circuit.reason)
        if circuit.closed and reason:
            return self.tr("{status} ({reason})", "a status, then why: Closed (timed out)").format(
                status=label, reason=reason
            )
        return label

    def _make_circuit_status_labels(self) -> dict[str, str]:
        return {
            "LAUNCHED": self.tr("Building", "circuit status"),
            "EXTENDED": self.tr("Building", "circuit status"),
            "GUARD_WAIT": self.tr("Waiting for guard", "circuit status"),
            "BUILT": self.tr("Ready", "circuit status"),
            "FAILED": self.tr("Failed", "circuit status"),
            "CLOSED": self.tr("Closed", "circuit status"),
        }

    def _make_purpose_labels(self) -> dict[str, str]:
        return {
            "GENERAL": self.tr("General", "circuit purpose"),
            "CONFLUX_LINKED": self.tr("General (conflux)", "circuit purpose"),
            "CONFLUX_UNLINKED": self.tr("Conflux, linking", "circuit purpose"),
            "HS_CLIENT_INTRO": self.tr("Onion client, introduction", "circuit purpose"),
            "HS_CLIENT_REND": self.tr("Onion client, rendezvous", "circuit purpose"),
            "HS_CLIENT_HSDIR": self.tr("Onion client, directory", "circuit purpose"),
            "HS_SERVICE_INTRO": self.tr("Onion service, introduction", "circuit purpose"),
            "HS_SERVICE_REND": self.tr("Onion service, rendezvous", "circuit purpose"),
            "HS_SERVICE_HSDIR": self.tr("Onion service, directory", "circuit purpose"),
            "HS_VANGUARDS": self.tr("Onion vanguards", "circuit purpose"),
            "MEASURE_TIMEOUT": self.tr("Timeout measurement", "circuit purpose"),
            "CONTROLLER": self.tr("Controller", "circuit purpose"),
            "TESTING": self.tr("Testing", "circuit purpose"),
            "CIRCUIT_PADDING": self.tr("Padding", "circuit purpose"),
            "PATH_BIAS_TESTING": self.tr("Path bias test", "circuit purpose"),
        }

    def _make_stream_status_labels(self) -> dict[str, str]:
        return {
            "NEW": self.tr("New", "stream status"),
            "NEWRESOLVE": self.tr("Resolving", "stream status"),
            "SENTRESOLVE": self.tr("Resolving", "stream status"),
            "REMAP": self.tr("Address remapped", "stream status"),
            "SENTCONNECT": self.tr("Connecting", "stream status"),
            "SUCCEEDED": self.tr("Connected", "stream status"),
            "DETACHED": self.tr("Detached", "stream status"),
            "FAILED": self.tr("Failed", "stream status"),
            "CLOSED": self.tr("Closed", "stream status"),
        }

    def _purpose_text(self, purpose: str) -> str:
        labels = self._purpose_labels
        return labels.get(purpose, purpose)

    def _stream_tooltip(self, stream: Stream) -> str:
        source = stream.source
        origin = f"{source.address}:{source.port}" if source.address else ""
        return "\n".join(
            line
            for line in (
                self.tr("Stream {id} to {target}").format(id=stream.id, target=stream.target),
                self.tr("Status: %s") % stream.status,
                self.tr("From: {protocol} {origin}").format(protocol=source.protocol, origin=origin)
                if origin
                else "",
                self.tr("Reason: %s") % stream_reason(stream.reason)
                if stream_reason(stream.reason)
                else "",
            )
            if line
        )

    def _stream_text(self, stream: Stream, column: int) -> str:
        match column:
            case Column.NAME:
                return stream.display_target
            case Column.STATUS:
                return self._stream_status_text(stream)
            case Column.PURPOSE:
                return self._source_text(stream)
            case Column.AGE:
                return self.tr("↓ {received}  ↑ {sent}").format(
                    received=format_bytes(stream.bytes_read),
                    sent=format_bytes(stream.bytes_written),
                )
            case Column.DETAIL:
                return self.tr("stream %s") % stream.id
        return ""

    def _stream_status_text(self, stream: Stream) -> str:
        labels = self._stream_status_labels
        label = labels.get(stream.status, stream.status)
        reason = stream_reason(stream.remote_reason) or stream_reason(stream.reason)
        if stream.closed and reason:
            return self.tr("{status} ({reason})", "a status, then why: Closed (timed out)").format(
                status=label, reason=reason
            )
        return label

    def _source_text(self, stream: Stream) -> str:
        source = stream.source
        profile = source_profile(source, self.profile_groups)
        if source.socks_username:
            if profile:
                return self.tr("app “{app}” in {profile}").format(
                    app=source.socks_username, profile=profile
                )
            return self.tr("app “%s”") % source.socks_username
        if profile:
            return self.tr("profile %s") % profile
        if stream.purpose.startswith("DIR_"):
            return self.tr("tor's directory fetch")
        via = routed_interface(source.address, self.routers) if source.address else ""
        if via:
            return self.tr("from {address} via {interface}", "a guest's stream").format(
                address=source.address.strip("[]"), interface=via
            )
        if source.protocol == "TRANS":
            return self.tr("transparent proxy")
        if source.protocol == "DNS":
            return self.tr("DNS port")
        number = listener_number(source.session_group) if source.session_group is not None else None
        if number is not None:
            # the n-th listener tor opened without SessionGroup=: no profile declares it
            return self.tr("{protocol}, listener {number}").format(
                protocol=source.protocol or "?", number=number
            )
        return stream_group(stream) or (f"{source.address}:{source.port}" if source.port else "")
