"""Which NixOS option produces a torrc line (nixpkgs nixos/modules/services/security/tor.nix).

  nixos_option(option, line="") -> str      e.g. "services.tor.settings.TransPort"
  is_nixos_torrc(path) -> bool              the torrc lives in the Nix store

On NixOS the torrc is generated from ``services.tor`` and is read-only in the Nix store, so
"where do I change this" is an option path in configuration.nix, not a file line. Every torrc
option can be set through the free-form ``services.tor.settings.<Option>``; the table names
the dedicated option where the module has one, and the module's own spelling (SOCKSPort).
"""

from __future__ import annotations

SETTINGS = "services.tor.settings"

# option (lower case) -> the module's spelling under services.tor.settings
_SPELLING = {
    "socksport": "SOCKSPort",
    "transport": "TransPort",
    "dnsport": "DNSPort",
    "natdport": "NATDPort",
    "httptunnelport": "HTTPTunnelPort",
    "controlport": "ControlPort",
    "orport": "ORPort",
    "dirport": "DirPort",
    "extorport": "ExtORPort",
    "metricsport": "MetricsPort",
    "automaphostssuffixes": "AutomapHostsSuffixes",
    "datadirectory": "DataDirectory",
    "cookieauthentication": "CookieAuthentication",
}

# (option, the value the dedicated option writes) -> that option; "" matches any value
_DEDICATED: dict[tuple[str, str], str] = {
    ("socksport", "127.0.0.1:9050 IsolateDestAddr"): "services.tor.client.socksListenAddress",
    ("socksport", "127.0.0.1:9063"): "services.privoxy.enableTor",
    ("transport", "127.0.0.1:9040"): "services.tor.client.transparentProxy.enable",
    ("dnsport", "127.0.0.1:9053"): "services.tor.client.dns.enable",
    ("automaphostsonresolve", "1"): "services.tor.client.dns.enable",
    ("geoipfile", ""): "services.tor.enableGeoIP",
    ("geoipv6file", ""): "services.tor.enableGeoIP",
    ("bridgerelay", ""): "services.tor.relay.role",
    ("clientonionauthdir", ""): "services.tor.client.onionServices.<onion>.clientAuthorizations",
}
ONION_ROOT = "/var/lib/tor/onion/"


def nixos_option(option: str, line: str = "") -> str:
    """``line`` is the torrc line as written (``Key value``), when known."""
    key = option.lstrip("+/").lower()
    value = " ".join(line.split()[1:]) if line else ""
    if key == "controlport" and value.startswith("unix:/run/tor/control"):
        return "services.tor.controlSocket.enable"
    if key == "hiddenservicedir":
        name = value.removeprefix(ONION_ROOT).strip("/") if value.startswith(ONION_ROOT) else ""
        return f'services.tor.relay.onionServices."{name or "<name>"}"'
    if key == "hiddenserviceport":
        return 'services.tor.relay.onionServices."<name>".map'
    for (dedicated_key, dedicated_value), path in _DEDICATED.items():
        if key == dedicated_key and (not dedicated_value or value == dedicated_value):
            return path
    return f"{SETTINGS}.{_SPELLING.get(key, option.lstrip('+/'))}"


def is_nixos_torrc(path: str) -> bool:
    return path.startswith("/nix/store/")
