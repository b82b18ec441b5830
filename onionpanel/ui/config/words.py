"""The Configuration page's typed values as translated words.

purpose_text(option) -> str            "SOCKS proxy for applications (browser, mail, chat)"
isolation_text(rule, listener) -> str  "each destination address gets its own circuits"
bridge_state_text(state) -> str        "connected", "cannot connect"...
source_text(source, option, nixos) -> str   "/etc/tor/torrc:12", "defaults", an option path
origin_text(origin) -> str             where an onion service was declared
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from onionpanel.core.nixos_options import nixos_option
from onionpanel.core.torconfig import BridgeState
from onionpanel.core.torports import Isolation, Listener
from onionpanel.core.torrc import Source, SourceKind

translate = QCoreApplication.translate


def purpose_text(option: str) -> str:
    purposes = {
        "SocksPort": translate(
            "ConfigWords", "SOCKS5 proxy for applications (browser, mail, chat)"
        ),
        "HTTPTunnelPort": translate(
            "ConfigWords", "HTTP CONNECT proxy for applications that cannot use SOCKS"
        ),
        "TransPort": translate(
            "ConfigWords", "transparent proxy: firewall rules redirect connections here"
        ),
        "NATDPort": translate("ConfigWords", "transparent proxy in the style of natd"),
        "DNSPort": translate("ConfigWords", "DNS resolver that asks through Tor"),
        "ControlPort": translate("ConfigWords", "control port: programs like this panel"),
        "ControlSocket": translate("ConfigWords", "control socket: programs like this panel"),
        "ORPort": translate("ConfigWords", "relay port: other relays and clients connect here"),
        "DirPort": translate("ConfigWords", "directory port of this relay"),
        "ExtORPort": translate("ConfigWords", "port for pluggable transports of this bridge"),
        "MetricsPort": translate("ConfigWords", "metrics for monitoring tools"),
    }
    return purposes.get(option, option)


def isolation_text(rule: Isolation, listener: Listener) -> str:
    words = {
        Isolation.OWN_PORT: translate(
            "ConfigWords", "streams from other ports never share its circuits"
        ),
        Isolation.SESSION_GROUP: translate(
            "ConfigWords", "shares circuits with the other ports of session group {group}"
        ),
        Isolation.CLIENT_ADDR: translate(
            "ConfigWords", "each client address gets its own circuits"
        ),
        Isolation.NO_CLIENT_ADDR: translate(
            "ConfigWords", "clients at different addresses may share circuits"
        ),
        Isolation.SOCKS_AUTH: translate(
            "ConfigWords", "each SOCKS user name and password gets its own circuits"
        ),
        Isolation.NO_SOCKS_AUTH: translate(
            "ConfigWords", "SOCKS user names and passwords do not separate circuits"
        ),
        Isolation.CLIENT_PROTOCOL: translate(
            "ConfigWords", "each protocol (SOCKS 4, SOCKS 5, HTTP, DNS...) gets its own circuits"
        ),
        Isolation.DEST_ADDR: translate(
            "ConfigWords", "each destination address gets its own circuits"
        ),
        Isolation.DEST_PORT: translate(
            "ConfigWords", "each destination port gets its own circuits"
        ),
        Isolation.KEEP_ALIVE: translate(
            "ConfigWords", "circuits with SOCKS authentication stay open while in use"
        ),
    }
    return words[rule].format(group=listener.session_group)


def bridge_state_text(state: BridgeState) -> str:
    words = {
        BridgeState.CONNECTED: translate("ConfigWords", "connected"),
        BridgeState.TRYING: translate("ConfigWords", "trying to connect"),
        BridgeState.FAILED: translate("ConfigWords", "cannot connect"),
        BridgeState.NOT_USED: translate("ConfigWords", "not used (UseBridges is off)"),
        BridgeState.UNKNOWN: translate("ConfigWords", "not tried yet"),
    }
    return words[state]


def source_text(source: Source, option: str, nixos: bool) -> str:
    """Where to change it: the NixOS option on NixOS, else the file and line."""
    if nixos and source.kind in (SourceKind.TORRC, SourceKind.BUILT_IN):
        return nixos_option(option, source.text)
    if source.path and source.line:
        return source.where
    kinds = {
        SourceKind.TORRC: translate("ConfigWords", "torrc"),
        SourceKind.DEFAULTS_FILE: translate("ConfigWords", "defaults file"),
        SourceKind.COMMAND_LINE: translate("ConfigWords", "tor's command line"),
        SourceKind.BUILT_IN: translate("ConfigWords", "tor's built-in default"),
        SourceKind.RUNTIME: translate("ConfigWords", "changed while tor runs (by a controller)"),
        SourceKind.UNKNOWN: translate("ConfigWords", "unknown (a file is not readable)"),
    }
    return kinds[source.kind]


def origin_text(origin: str) -> str:
    if origin == "torrc":
        return translate("ConfigWords", "declared in the torrc")
    if origin.endswith("(detached)"):
        return translate("ConfigWords", "added over the control port, kept after it closed")
    return translate("ConfigWords", "added over this panel's control connection")


def yes_no_unknown(value: bool | None) -> str:
    if value is None:
        return translate("ConfigWords", "not known yet")
    return translate("ConfigWords", "yes") if value else translate("ConfigWords", "not yet")
