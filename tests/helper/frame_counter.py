"""An independent leak counter: every frame that leaves the client namespace, seen from outside.

Runs inside the *destination* namespace (the "internet" side of the veth), on an AF_PACKET socket
bound to the veth end there, so it sees what really left the client whatever rule let it out.
It knows nothing of the helper, its rules or its modes: it only parses frames.

python frame_counter.py IFACE [--allow-src ADDR]... [--allow-dport PROTO:PORT]...
  prints "ready" once the socket is bound, then answers lines on stdin:
    arm            start failing: from now on every frame that is not allowed is a leak
    disarm         stop (frames seen while disarmed are not leaks: mode "off", setup)
    report [T]     "clean N" (N frames seen armed, all allowed) or "leak T0 WHAT" for the first
                   leak seen at or after monotonic time T (default: since arm); T0 is its time
    leaks T        every leak at or after T, one per line as "leak T0 WHAT", then "end"
Allowed always: ARP and IPv6 neighbour discovery (they carry no user data). Allowed by flags:
frames from ADDR (tor's exits bind their own addresses) or to PROTO:PORT (a relay's port).
"""

from __future__ import annotations

import argparse
import socket
import struct
import sys
import threading
import time

ETH_P_ALL = 0x0003
PACKET_OUTGOING = 4
ND_TYPES = {133, 134, 135, 136}
PROTOCOLS = {6: "tcp", 17: "udp", 1: "icmp", 58: "icmpv6"}


def describe(frame: bytes) -> tuple[str, str, str, int | None] | None:
    """(protocol, source[:port], destination, destination port) of an IP frame; None if allowed
    always (ARP, neighbour discovery)."""
    ethertype = struct.unpack_from("!H", frame, 12)[0]
    payload = frame[14:]
    if ethertype == 0x0806:
        return None
    if ethertype == 0x0800 and len(payload) >= 20:
        header = (payload[0] & 0x0F) * 4
        number = payload[9]
        source, destination = socket.inet_ntoa(payload[12:16]), socket.inet_ntoa(payload[16:20])
        transport = payload[header:]
    elif ethertype == 0x86DD and len(payload) >= 40:
        number = payload[6]
        source = socket.inet_ntop(socket.AF_INET6, payload[8:24])
        destination = socket.inet_ntop(socket.AF_INET6, payload[24:40])
        transport = payload[40:]
        if number == 58 and transport and transport[0] in ND_TYPES:
            return None
    else:
        return (f"ethertype {ethertype:#06x}", "?", "?", None)
    protocol = PROTOCOLS.get(number, f"proto {number}")
    port = None
    if number in (6, 17) and len(transport) >= 4:
        source_port, port = struct.unpack_from("!HH", transport)
        source = f"[{source}]:{source_port}" if ":" in source else f"{source}:{source_port}"
    return protocol, source, destination, port


class Counter:
    def __init__(self, allow_sources: set[str], allow_ports: set[tuple[str, int]]) -> None:
        self.allow_sources, self.allow_ports = allow_sources, allow_ports
        self.armed_at: float | None = None
        self.seen = 0
        self.leaks: list[tuple[float, str]] = []
        self.lock = threading.Lock()

    def frame(self, frame: bytes, at: float) -> None:
        info = describe(frame)
        with self.lock:
            if self.armed_at is None:
                return
            self.seen += 1
            if info is None:
                return
            protocol, source, destination, port = info
            address = source.rpartition(":")[0].strip("[]") if port is not None else source
            if address in self.allow_sources or (protocol, port or 0) in self.allow_ports:
                return
            where = f"{destination}:{port}" if port is not None else destination
            flags = ""
            if protocol == "tcp":
                offset = 14 + ((frame[14] & 0x0F) * 4 if frame[12:14] == b"\x08\x00" else 40)
                flags = f" flags {frame[offset + 13]:#04x}" if len(frame) > offset + 13 else ""
            self.leaks.append((at, f"{protocol} {source} -> {where}{flags} ({len(frame)} bytes)"))


def capture(interface: str, counter: Counter) -> None:
    raw = socket.socket(socket.AF_PACKET, socket.SOCK_RAW, socket.htons(ETH_P_ALL))
    raw.bind((interface, 0))
    print("ready", flush=True)
    while True:
        frame, address = raw.recvfrom(65535)
        if address[2] != PACKET_OUTGOING:  # sent by this side: not something that left the client
            counter.frame(frame, time.monotonic())


def answer(counter: Counter, line: str) -> str:
    words = line.split()
    with counter.lock:
        if words[0] == "arm":
            counter.armed_at, counter.seen, counter.leaks = time.monotonic(), 0, []
            return f"armed {counter.armed_at:.6f}"
        if words[0] == "disarm":
            counter.armed_at = None
            return "disarmed"
        since = float(words[1]) if len(words) > 1 else (counter.armed_at or 0.0)
        leaks = [(at, what) for at, what in counter.leaks if at >= since]
        if words[0] == "leaks":
            return "".join(f"leak {at:.6f} {what}\n" for at, what in leaks) + "end"
        if leaks:
            return f"leak {leaks[0][0]:.6f} {leaks[0][1]}"
        return f"clean {counter.seen}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("interface")
    parser.add_argument("--allow-src", action="append", default=[])
    parser.add_argument("--allow-dport", action="append", default=[])
    args = parser.parse_args()
    ports = {(text.split(":")[0], int(text.split(":")[1])) for text in args.allow_dport}
    counter = Counter(set(args.allow_src), ports)
    threading.Thread(target=capture, args=(args.interface, counter), daemon=True).start()
    for line in sys.stdin:
        if line.strip():
            print(answer(counter, line), flush=True)


if __name__ == "__main__":
    main()
