"""Circuits and streams in words: which are tor's own, their paths as text, where a
stream came from.

  is_internal(circuit) -> bool     tor's own housekeeping circuits (HS_*, one-hop, ...)
  path_text(circuit) -> str        the path as copyable text, one hop a line
  path_summary(circuit) -> str     the path on one line
  source_profile(source, profile_groups) -> str   the routing profile a stream came from
  listener_number(session_group) -> int | None    which of tor's listeners, counted from 1
  stream_group(stream) -> str      the application a stream came from, as tor identifies it
"""

from __future__ import annotations

from collections.abc import Mapping

from onionpanel.core.circuits import (
    _INTERNAL_PURPOSES,
    SESSION_GROUP_FIRST_AUTO,
    Circuit,
    Stream,
    StreamSource,
)


def is_internal(circuit: Circuit) -> bool:
    """True for circuits tor builds for itself: onion-service plumbing (HS_*), one-hop
    directory fetches, timeout measurement, padding and test circuits, unlinked conflux legs."""
    purpose = circuit.purpose.upper()
    if purpose.startswith("HS_") or purpose in _INTERNAL_PURPOSES:
        return True
    return "ONEHOP_TUNNEL" in circuit.build_flags


def path_text(circuit: Circuit) -> str:
    """The circuit's path as text to copy: one hop a line, ``nickname $FINGERPRINT``."""
    return "\n".join(f"{hop.nickname or '?'} ${hop.fingerprint}" for hop in circuit.hops)


def path_summary(circuit: Circuit) -> str:
    return " → ".join(hop.label for hop in circuit.hops)


def source_profile(source: StreamSource, profile_groups: Mapping[int, str]) -> str:
    """The routing profile a stream came from, when it is known: the one `onionpanel run`
    launched its program in, else the profile whose ports carry the stream's SessionGroup=
    (``profile_groups``, from the system's routing config)."""
    if source.launched_in:
        return source.launched_in
    if source.session_group is not None:
        return profile_groups.get(source.session_group, "")
    return ""


def listener_number(session_group: int) -> int | None:
    """1 for the first listener tor opened without SessionGroup=, 2 for the next, ..."""
    if session_group > SESSION_GROUP_FIRST_AUTO:
        return None
    return SESSION_GROUP_FIRST_AUTO - session_group + 1


def stream_group(stream: Stream) -> str:
    """A key for the application a stream came from: its SOCKS username when it has one
    (Tor Browser and torsocks isolate by it), else the listener's protocol and session group."""
    source = stream.source
    if source.socks_username:
        return f"user:{source.socks_username}"
    if source.protocol or source.session_group is not None:
        group = "" if source.session_group is None else f"#{source.session_group}"
        return f"{source.protocol or '?'}{group}"
    return ""
