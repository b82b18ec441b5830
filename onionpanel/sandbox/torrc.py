"""The torrc lines of a sandbox's tors: relays, authorities and the client. The P-numbers are
the findings in design/sandbox-network.md.

relay_lines(node, nodes, root_dir, exit_accept, voting_offset, tor_binary)   a relay's torrc
client_lines(ports, nodes, extra_lines)      the client's: every port the panel and tests use
dir_authority_lines(nodes)                   DirAuthority lines naming the sandbox's authorities
VOTING_INTERVAL, GEOIP_FILES, CLIENT_NICKNAME, APP_SESSION_GROUP
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from onionpanel.launcher.process import find_tor_binary
from onionpanel.sandbox.nodes import ClientPorts, Node

# the client's second SocksPort stands for a tor-isolated routing profile's port
APP_SESSION_GROUP = 41
CLIENT_NICKNAME = "client"
VOTING_INTERVAL = 10  # seconds; tor's minimum is 10 (P1)
GEOIP_FILES = (Path("/usr/share/tor/geoip"), Path("/usr/share/tor/geoip6"))


def dir_authority_lines(nodes: Sequence[Node]) -> list[str]:
    return [
        f"DirAuthority {node.nickname} orport={node.or_port} "
        f"v3ident={node.v3ident} 127.0.0.1:{node.dir_port} {node.fingerprint}"
        for node in nodes
        if node.role == "authority"
    ]


def _common_lines(nickname: str, nodes: Sequence[Node]) -> list[str]:
    return [
        "TestingTorNetwork 1",
        f"Nickname {nickname}",
        "SafeLogging 0",
        "LogTimeGranularity 1",
        "ShutdownWaitLength 0",
        *dir_authority_lines(nodes),
    ]


def relay_lines(
    node: Node,
    nodes: Sequence[Node],
    root_dir: Path,
    exit_accept: Sequence[str],
    voting_offset: int,
    tor_binary: str | None,
) -> list[str]:
    lines = [
        *_common_lines(node.nickname, nodes),
        "SocksPort 0",
        f"ORPort 127.0.0.1:{node.or_port}",
        "Address 127.0.0.1",
        "AssumeReachable 1",  # P8: publish at once instead of after 30 s of self-tests
        "ContactInfo sandbox@example.invalid",
        "ConnLimit 60",
        f"ServerDNSResolvConfFile {root_dir / 'resolv.conf'}",
        "ServerDNSDetectHijacking 0",
        "ServerDNSTestAddresses",  # empty: no DNS self-test lookups leave the machine
        f"GeoIPFile {root_dir / 'empty'}",
        f"GeoIPv6File {root_dir / 'empty'}",
    ]
    if node.role == "exit":
        lines += [
            "ExitRelay 1",
            "ExitPolicyRejectPrivate 0",
            "RefuseUnknownExits 0",  # P5: serve the middle even before our own consensus
            *(f"ExitPolicy accept {network}:*" for network in exit_accept),
            "ExitPolicy reject *:*",  # never a way out to the real internet
            "DirCache 0",  # P4
        ]
    elif node.role == "middle":
        lines += ["ExitRelay 0", "DirCache 0"]
    else:
        lines += _authority_lines(node, nodes, voting_offset, tor_binary)
    return lines


def _authority_lines(
    node: Node, nodes: Sequence[Node], voting_offset: int, tor_binary: str | None
) -> list[str]:
    exit_fingerprints = ",".join(n.fingerprint for n in nodes if n.role == "exit")
    return [
        "ExitRelay 0",
        "AuthoritativeDirectory 1",
        "V3AuthoritativeDirectory 1",
        f"DirPort 127.0.0.1:{node.dir_port}",
        f"TestingV3AuthInitialVotingInterval {VOTING_INTERVAL}",
        "TestingV3AuthInitialVoteDelay 2",
        "TestingV3AuthInitialDistDelay 2",
        f"V3AuthVotingInterval {VOTING_INTERVAL}",
        "V3AuthVoteDelay 2",
        "V3AuthDistDelay 2",
        "V3AuthNIntervalsValid 2",
        f"TestingV3AuthVotingStartOffset {voting_offset}",
        f"TestingDirAuthVoteExit {exit_fingerprints}",  # P7: not "*"
        "TestingDirAuthVoteGuard *",
        "TestingDirAuthVoteHSDir *",
        "TestingMinExitFlagThreshold 0",
        "VersioningAuthoritativeDirectory 1",  # P11: stem validate=True wants versions
        f"RecommendedVersions {_tor_version(tor_binary)}",
    ]


def _tor_version(tor_binary: str | None) -> str:
    output = subprocess.run(
        [tor_binary or find_tor_binary(), "--version"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    words = output.split()
    version = words[2].rstrip(".") if len(words) > 2 else ""
    return version.split("-")[0] or "0.4.9.11"


def client_lines(ports: ClientPorts, nodes: Sequence[Node], extra: Sequence[str]) -> list[str]:
    lines = [
        *_common_lines(CLIENT_NICKNAME, nodes),
        f"SocksPort 127.0.0.1:{ports.socks}",
        f"ControlPort 127.0.0.1:{ports.control}",
        "CookieAuthentication 1",
        f"TransPort 127.0.0.1:{ports.trans}",
        f"DNSPort 127.0.0.1:{ports.dns}",
        f"SocksPort 127.0.0.1:{ports.app_socks} SessionGroup={APP_SESSION_GROUP}",
        "ConfluxEnabled 0",  # P12: one circuit per stream, as tests expect
        "UseMicrodescriptors 0",  # P6: strict exit policies are only visible in full descs
        "FetchUselessDescriptors 1",  # desc/all-recent works for the panel
    ]
    geoip, geoip6 = GEOIP_FILES
    if geoip.exists() and geoip6.exists():
        lines += [f"GeoIPFile {geoip}", f"GeoIPv6File {geoip6}"]
    return [*lines, *extra]
