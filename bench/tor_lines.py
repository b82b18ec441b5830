"""Raw control-port event lines shaped like tor 0.4.9's, for tests, benchmarks and screenshots.

  RELAYS                       (fingerprint, nickname) of a small pretend network
  synthetic_lines(count, seed, start) -> [(line, arrived_at)]   a plausible CIRC/STREAM/*_BW mix
  peers_request(n, per_second=5) -> bytes   what a sandbox tor sent for the n-th of the requests
                               bench/peers.py puts through it (recorded), CRLF-terminated
  PEERS_EVENTS_PER_REQUEST, PEERS_EVENTS_PER_SECOND   how many events that is

The lines go through stem's own parser (ControlMessage.from_str), so what the panel sees is
exactly what a live tor would hand it; only the sequence is made up, deterministic per seed.
"""

from __future__ import annotations

import datetime as dt
import random

RELAYS = [
    (f"{i:02X}" * 20, name)
    for i, name in enumerate(
        [
            "guardAurora",
            "guardBirch",
            "middleCedar",
            "middleDune",
            "middleElm",
            "exitFjord",
            "exitGlacier",
            "exitHarbor",
            "middleIris",
            "exitJuniper",
        ],
        start=0x11,
    )
]
GUARDS, MIDDLES, EXITS = (
    RELAYS[0:2],
    [RELAYS[i] for i in (2, 3, 4, 8)],
    [RELAYS[i] for i in (5, 6, 7, 9)],
)
TARGETS = [
    "check.example.org:443",
    "news.example.com:443",
    "mail.example.net:993",
    "10.200.0.1:8080",
    "git.example.org:22",
    "duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion:443",
]
PURPOSES = ["GENERAL"] * 5 + [
    "CONFLUX_LINKED",
    "HS_VANGUARDS",
    "HS_CLIENT_HSDIR",
    "MEASURE_TIMEOUT",
]
CLOSE_REASONS = ["FINISHED", "CHANNEL_CLOSED", "TIMEOUT", "DESTROYED", "REQUESTED"]


def _iso(at: float) -> str:
    return dt.datetime.fromtimestamp(at, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def _long_name(relay: tuple[str, str]) -> str:
    return f"${relay[0]}~{relay[1]}"


class _Tor:
    def __init__(self, seed: int, start: float) -> None:
        self.rng = random.Random(seed)
        self.now = start
        self.next_circ = 1
        self.next_stream = 1
        self.circuits: dict[str, tuple[str, str, str]] = {}  # id -> (path, purpose, created)
        self.streams: dict[str, tuple[str, str]] = {}  # id -> (circuit, target)
        self.out: list[tuple[str, float]] = []

    def emit(self, line: str) -> None:
        self.now += self.rng.uniform(0.0005, 0.02)
        self.out.append((line, self.now))

    def circ(
        self,
        cid: str,
        status: str,
        path: str,
        purpose: str,
        created: str,
        extra: str = "",
        one_hop: bool = False,
    ) -> None:
        flags = "NEED_CAPACITY"
        if purpose.startswith("HS_"):
            flags = "IS_INTERNAL,NEED_CAPACITY,NEED_UPTIME"
        if purpose == "GENERAL" and one_hop:
            flags = "ONEHOP_TUNNEL,IS_INTERNAL,NEED_CAPACITY"
        path_part = f" {path}" if path else ""
        tail = f" {extra}" if extra else ""
        self.emit(
            f"650 CIRC {cid} {status}{path_part} BUILD_FLAGS={flags} PURPOSE={purpose} "
            f"TIME_CREATED={created}{tail}"
        )

    def build_circuit(self) -> None:
        cid = str(self.next_circ)
        self.next_circ += 1
        purpose = self.rng.choice(PURPOSES)
        hops = [self.rng.choice(GUARDS), self.rng.choice(MIDDLES), self.rng.choice(EXITS)]
        if self.rng.random() < 0.08:
            hops = hops[:1]  # a one-hop directory fetch
        created = _iso(self.now)
        self.circ(cid, "LAUNCHED", "", purpose, created, one_hop=len(hops) == 1)
        for n in range(1, len(hops) + 1):
            path = ",".join(_long_name(h) for h in hops[:n])
            status = "BUILT" if n == len(hops) else "EXTENDED"
            extra = (
                "CONFLUX_ID=9F3A CONFLUX_RTT=48"
                if purpose == "CONFLUX_LINKED" and status == "BUILT"
                else ""
            )
            self.circ(cid, status, path, purpose, created, extra, one_hop=len(hops) == 1)
        self.circuits[cid] = (",".join(_long_name(h) for h in hops), purpose, created)

    def close_circuit(self) -> None:
        cid = self.rng.choice(list(self.circuits))
        path, purpose, created = self.circuits.pop(cid)
        for sid, (scid, target) in list(self.streams.items()):
            if scid == cid:
                self.emit(f"650 STREAM {sid} CLOSED {cid} {target} REASON=DESTROY")
                del self.streams[sid]
        reason = self.rng.choice(CLOSE_REASONS)
        self.circ(
            cid, "CLOSED", path, purpose, created, f"REASON={reason}", one_hop=path.count("$") == 1
        )

    def open_stream(self) -> None:
        usable = [
            c
            for c, (p, purpose, _) in self.circuits.items()
            if purpose in ("GENERAL", "CONFLUX_LINKED") and p.count("$") == 3
        ]
        if not usable:
            return
        cid = self.rng.choice(usable)
        sid = str(self.next_stream)
        self.next_stream += 1
        target = self.rng.choice(TARGETS)
        if target.startswith("10."):
            source = (
                "SOURCE_ADDR=10.200.0.2:{} PURPOSE=USER CLIENT_PROTOCOL=TRANS NYM_EPOCH=0 "
                "SESSION_GROUP=-6 ISO_FIELDS=CLIENTADDR,SESSION_GROUP"
            )
        else:
            app = self.rng.choice(["Tor Browser", "torsocks-git", "mail"])
            source = (
                f'SOURCE_ADDR=127.0.0.1:{{}} PURPOSE=USER SOCKS_USERNAME="{app}" '
                'SOCKS_PASSWORD="0" '
                "CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 "
                "ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,SESSION_GROUP,NYM_EPOCH"
            )
        port = self.rng.randint(30000, 60000)
        self.emit(f"650 STREAM {sid} NEW 0 {target} {source.format(port)}")
        self.emit(f"650 STREAM {sid} SENTCONNECT {cid} {target}")
        self.emit(f"650 STREAM {sid} SUCCEEDED {cid} {target}")
        self.streams[sid] = (cid, target)

    def traffic(self) -> None:
        if self.streams:
            sid = self.rng.choice(list(self.streams))
            written, read = self.rng.randint(0, 2000), self.rng.randint(100, 90000)
            self.emit(f"650 STREAM_BW {sid} {written} {read} {_iso(self.now)}")
            cid = self.streams[sid][0]
            self.emit(
                f"650 CIRC_BW ID={cid} READ={read + 500} WRITTEN={written + 500} "
                f"TIME={_iso(self.now)}"
            )

    def close_stream(self) -> None:
        sid = self.rng.choice(list(self.streams))
        cid, target = self.streams.pop(sid)
        self.emit(f"650 STREAM {sid} CLOSED {cid} {target} REASON=DONE")


def synthetic_lines(
    count: int, seed: int = 1, start: float = 1_795_300_000.0
) -> list[tuple[str, float]]:
    """``count`` event lines (about: each step may emit several) with their arrival times."""
    tor = _Tor(seed, start)
    while len(tor.out) < count:
        roll = tor.rng.random()
        if roll < 0.12 or len(tor.circuits) < 3:
            tor.build_circuit()
        elif roll < 0.24 and len(tor.circuits) > 12:
            tor.close_circuit()
        elif roll < 0.45:
            tor.open_stream()
        elif roll < 0.55 and tor.streams:
            tor.close_stream()
        else:
            tor.traffic()
    return tor.out[:count]


# --- bench/peers.py's load, as the sandbox's tor 0.4.9 sent it ---------------------------------
# One HTTP request through the SocksPort by IP address: a DANGEROUS_SOCKS status (tor sends one
# per such request) and one stream's life on the one circuit all requests share. Once a second
# tor adds BW and a CIRC_BW per circuit that carried cells (three in the recording).
_EXIT = "760E0FA321AFB9EDA283EEA713A8FBFC3804ABA7"
_SOCKS = (
    "CLIENT_PROTOCOL=SOCKS5 NYM_EPOCH=0 SESSION_GROUP=-4 "
    "ISO_FIELDS=SOCKS_USERNAME,SOCKS_PASSWORD,CLIENTADDR,SESSION_GROUP,NYM_EPOCH"
)
PEERS_EVENTS_PER_REQUEST = 7
_PER_SECOND_EVENTS = 4


def peers_request(n: int, per_second: int = 5) -> bytes:
    """The lines of request ``n`` (every ``per_second``-th also carries the second's BW and
    CIRC_BW events), as tor sent them while bench/peers.py ran."""
    stream, port, at = 100 + n, 40000 + n % 20000, _iso(1_795_300_000.0 + n / per_second)
    exited = f"127.0.0.1.{_EXIT}.exit:43111"
    lines = [
        "650 STATUS_CLIENT WARN DANGEROUS_SOCKS PROTOCOL=SOCKS5 ADDRESS=127.0.0.1:43111",
        f"650 STREAM {stream} NEW 0 127.0.0.1:43111 SOURCE_ADDR=127.0.0.1:{port} "
        f"PURPOSE=USER {_SOCKS}",
        f"650 STREAM {stream} SENTCONNECT 4 {exited} {_SOCKS}",
        f"650 STREAM {stream} REMAP 4 {exited} SOURCE=EXIT {_SOCKS}",
        f"650 STREAM {stream} SUCCEEDED 4 {exited} {_SOCKS}",
        f"650 STREAM_BW {stream} 54 150 {at}",
        f"650 STREAM {stream} CLOSED 4 {exited} REASON=END REMOTE_REASON=DONE {_SOCKS}",
    ]
    if n % per_second == 0:
        lines[5:5] = [
            f"650 BW {15000 + n % 997} {17000 + n % 991}",
            f"650 CIRC_BW ID=2 READ=3054 WRITTEN=1018 TIME={at} DELIVERED_READ=1732 "
            "OVERHEAD_READ=1256 DELIVERED_WRITTEN=311 OVERHEAD_WRITTEN=685",
            f"650 CIRC_BW ID=4 READ=9671 WRITTEN=5090 TIME={at} DELIVERED_READ=1133 "
            "OVERHEAD_READ=8329 DELIVERED_WRITTEN=285 OVERHEAD_WRITTEN=4695 SS=1 CWND=124 "
            "RTT=0 MIN_RTT=0",
            f"650 CIRC_BW ID=12 READ=1018 WRITTEN=1018 TIME={at} DELIVERED_READ=137 "
            "OVERHEAD_READ=859 DELIVERED_WRITTEN=334 OVERHEAD_WRITTEN=662 SS=1 CWND=124 "
            "RTT=0 MIN_RTT=0",
        ]
    return "".join(line + "\r\n" for line in lines).encode()


PEERS_EVENTS_PER_SECOND = 5 * PEERS_EVENTS_PER_REQUEST + _PER_SECOND_EVENTS
