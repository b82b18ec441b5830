"""A fake tor ControlPort that misbehaves on purpose (asyncio, on its own thread, seeded).

A FAKE, allowed by the brief's rule 4 only for what a real tor cannot be made to do: send
malformed events, garbage status codes, replies of 10 MB, or stall in the middle of a reply.
Everything else the tests check against a real tor.

By default it answers like a bootstrapped tor 0.4.9 that needs no authentication. A Script
changes that: per command, the raw bytes to answer, or STALL (answer nothing, keep the
connection open) or HANG_UP, or a tuple of these with pauses (floats, seconds) between;
bytes to send right after a client connects; bytes to send after each SETEVENTS (events,
good or bad).

  FakeControlPort(script=Script(), seed=11)   a context manager
  |- endpoint -> "127.0.0.1:PORT"
  |- connections -> int          how many clients connected so far
  |- commands -> list[str]       every command line received, in order
  |- push(data)                  send raw bytes to every connected client (any thread)
  |- flood(rate, seconds, make)  send make(rng, n) -> bytes, ``rate`` times a second, evenly
  |- drop_all()                  close every client connection (tor restarting)
  Script(replies={}, greeting=b"", after_setevents=b"", info={})
  reply_lines(*lines) -> bytes  CRLF-terminated lines
  relay_info(count) -> info     ns/all, md/all, ip-to-country for a synthetic consensus
  STALL, HANG_UP
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

STALL = "stall"
HANG_UP = "hang up"
Answer = bytes | str | float | Callable[[random.Random], bytes] | tuple["Answer", ...]


def reply_lines(*lines: str | bytes) -> bytes:
    return b"".join((line.encode() if isinstance(line, str) else line) + b"\r\n" for line in lines)


def _data(key: str, text: str) -> bytes:
    body = b"".join(
        (b"." + line if line.startswith(b".") else line) + b"\r\n"
        for line in text.encode().splitlines()
    )
    return f"250+{key}=\r\n".encode() + body + b".\r\n"


NS_ALL = "\n".join(
    line
    for n in range(3)
    for line in (
        f"r relay{n} {'AAAAAAAAAAAAAAAAAAAAAAAAAA' + chr(65 + n)} "
        f"AAAAAAAAAAAAAAAAAAAAAAAAAAA 2026-12-01 00:00:00 10.0.0.{n + 1} 9001 0",
        "s Fast Guard Running Stable Valid",
        "w Bandwidth=1000",
    )
)
DEFAULT_INFO: dict[str, str] = {
    "version": "0.4.9.11",
    "status/version/current": "recommended",
    "status/bootstrap-phase": 'NOTICE BOOTSTRAP PROGRESS=100 TAG=done SUMMARY="Done"',
    "circuit-status": "",
    "stream-status": "",
    "orconn-status": "",
    "ns/all": NS_ALL,
    "md/all": "",
    "desc/all-recent": "",
    "bw-event-cache": "",
    "traffic/read": "0",
    "traffic/written": "0",
    "config-text": "SocksPort 127.0.0.1:9050",
    "net/listeners/socks": '"127.0.0.1:9050"',
    "net/listeners/trans": "",
    "net/listeners/dns": "",
    "process/pid": "1",
    "process/user": "tor",
    "entry-guards": "",
    "ip-to-country/ipv4-available": "1",
}
PROTOCOLINFO = reply_lines(
    "250-PROTOCOLINFO 1", "250-AUTH METHODS=NULL", '250-VERSION Tor="0.4.9.11"', "250 OK"
)


def _info_reply(info: Mapping[str, str], keys: list[str]) -> bytes:
    out = b""
    for key in keys:
        if key.startswith("ip-to-country/") and key not in info:
            out += f"250-{key}=??\r\n".encode()
        elif key not in info:
            return f'552 Unrecognized key "{key}"\r\n'.encode()
        elif "\n" in info[key] or key in {"circuit-status", "stream-status", "ns/all"}:
            out += _data(key, info[key])
        else:
            out += f"250-{key}={info[key]}\r\n".encode()
    return out + b"250 OK\r\n"


@dataclass(frozen=True)
class Script:
    replies: Mapping[str, Answer] = field(default_factory=dict)  # "GETINFO version" -> answer
    greeting: bytes = b""
    after_setevents: bytes = b""
    info: Mapping[str, str] = field(default_factory=dict)  # replaces DEFAULT_INFO entries


class FakeControlPort:
    def __init__(self, script: Script | None = None, seed: int = 11) -> None:
        self.script = script or Script()
        self.rng = random.Random(seed)
        self.connections = 0
        self.commands: list[str] = []
        self._info = {**DEFAULT_INFO, **self.script.info}
        self._writers: set[asyncio.StreamWriter] = set()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="fake-control-port", daemon=True)
        self._server: asyncio.base_events.Server | None = None
        self.port = 0

    @property
    def endpoint(self) -> str:
        return f"127.0.0.1:{self.port}"

    def __enter__(self) -> FakeControlPort:
        self._thread.start()
        self._ready.wait(10)
        return self

    def __exit__(self, *_: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def push(self, data: bytes) -> None:
        self._loop.call_soon_threadsafe(self._send_all, data)

    def drop_all(self) -> None:
        def drop() -> None:
            for writer in list(self._writers):
                writer.close()
            self._writers.clear()

        self._loop.call_soon_threadsafe(drop)

    def flood(
        self, rate: float, seconds: float, make: Callable[[random.Random, int], bytes]
    ) -> None:
        """Evenly spread: one event every 1/rate s (sent in 10 ms groups), on the port's thread."""

        async def run() -> None:
            start = self._loop.time()
            sent = 0
            while (elapsed := self._loop.time() - start) < seconds:
                due = int(elapsed * rate)
                if due > sent:
                    self._send_all(b"".join(make(self.rng, n) for n in range(sent, due)))
                    sent = due
                await asyncio.sleep(0.01)

        self._loop.call_soon_threadsafe(lambda: self._loop.create_task(run()))

    # --- the port's thread ---------------------------------------------------------------

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)

        async def start() -> None:
            self._server = await asyncio.start_server(self._client, "127.0.0.1", 0, limit=1 << 20)
            self.port = self._server.sockets[0].getsockname()[1]

        self._loop.run_until_complete(start())
        self._ready.set()
        self._loop.run_forever()
        for writer in self._writers:
            writer.close()
        with contextlib.suppress(Exception):
            self._loop.run_until_complete(asyncio.sleep(0))
        self._loop.close()

    def _send_all(self, data: bytes) -> None:
        for writer in list(self._writers):
            if not writer.is_closing():
                writer.write(data)

    async def _client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        self._writers.add(writer)
        try:
            if self.script.greeting:
                writer.write(self.script.greeting)
            stalled = False
            while line := await reader.readline():
                command = line.decode("latin-1").rstrip("\r\n")
                self.commands.append(command)
                if stalled:
                    continue  # a stuck tor answers nothing more
                answer = self._answer(command)
                parts = answer if isinstance(answer, tuple) else (answer,)
                for part in parts:
                    if isinstance(part, float):  # a pause before the rest of the answer
                        await writer.drain()
                        await asyncio.sleep(part)
                        continue
                    if part in (HANG_UP, STALL):
                        break
                    writer.write(part if isinstance(part, bytes) else part(self.rng))  # type: ignore[operator]
                await writer.drain()
                if HANG_UP in parts:
                    break
                stalled = STALL in parts
                if stalled:
                    continue
                if command.upper().startswith("SETEVENTS") and self.script.after_setevents:
                    writer.write(self.script.after_setevents)
                if command.upper().startswith("SIGNAL NEWNYM") and answer == b"250 OK\r\n":
                    writer.write(b"650 SIGNAL NEWNYM\r\n")
                await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            self._writers.discard(writer)
            writer.close()

    def _answer(self, command: str) -> Answer:
        words = command.split()
        for length in range(len(words), 0, -1):
            scripted = self.script.replies.get(" ".join(words[:length]))
            if scripted is not None:
                return scripted
        verb = words[0].upper() if words else ""
        if verb == "PROTOCOLINFO":
            return PROTOCOLINFO
        if verb == "GETINFO":
            return _info_reply(self._info, words[1:])
        if verb == "GETCONF":
            return reply_lines(*(f"250 {key}=0" for key in words[1:2]))
        if verb == "QUIT":
            return HANG_UP
        if verb in {"AUTHENTICATE", "SETEVENTS", "SIGNAL", "CLOSECIRCUIT", "CLOSESTREAM"}:
            return b"250 OK\r\n"
        return f'510 Unrecognized command "{verb}"\r\n'.encode()


@contextlib.contextmanager
def fake_port(script: Script | None = None, seed: int = 11) -> Iterator[FakeControlPort]:
    with FakeControlPort(script, seed) as port:
        yield port


class PortProcess:
    """The fake port in a process of its own (``python -m tests.fakeport``), so that what it
    allocates does not count against the process under test (memory tests, bench/soak.py).

      PortProcess(scenario_name, seed=11, flood_rate=0.0, relays=0, *, mix="even",
                  flood_when="start")   a context manager; .endpoint; relays: serve a
                                      synthetic consensus this big; mix "peers": flood_rate
                                      requests/s of bench/peers.py's load
                                      (bench.tor_lines.peers_request); flood_when "asked":
                                      the flood starts at start_flood()
      |- start_flood()
    """

    def __init__(
        self,
        scenario: str,
        seed: int = 11,
        flood_rate: float = 0.0,
        relays: int = 0,
        *,
        mix: str = "even",
        flood_when: str = "start",
    ) -> None:
        self._args = [scenario, "--seed", str(seed), "--flood", str(flood_rate)]
        self._args += ["--relays", str(relays), "--mix", mix, "--flood-when", flood_when]
        self._process: subprocess.Popen[str] | None = None
        self.endpoint = ""

    def __enter__(self) -> PortProcess:
        root = Path(__file__).resolve().parents[1]
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tests.fakeport", *self._args],
            cwd=root,
            stdout=subprocess.PIPE,
            stdin=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        self.endpoint = self._process.stdout.readline().strip()
        return self

    def start_flood(self) -> None:
        assert self._process is not None
        assert self._process.stdin is not None
        self._process.stdin.write("flood\n")
        self._process.stdin.flush()

    def __exit__(self, *_: object) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()


def flood_event(rng: random.Random, n: int) -> bytes:
    """One of an even mix of CIRC, STREAM and BW events: circuits and streams that open,
    build and close (so closed rows pile up unless they expire), and bandwidth."""
    kind = n % 3
    if kind == 2:
        return f"650 BW {rng.randrange(1 << 20)} {rng.randrange(1 << 20)}\r\n".encode()
    ident = n // 3
    if kind == 0:
        status = ("LAUNCHED", "BUILT", "CLOSED")[ident % 3]
        circuit = ident // 3 + 1
        path = f" ${'A' * 40}~alpha,${'B' * 40}~beta" if status != "LAUNCHED" else ""
        return f"650 CIRC {circuit} {status}{path} PURPOSE=GENERAL\r\n".encode()
    status = ("NEW", "SUCCEEDED", "CLOSED")[ident % 3]
    stream = ident // 3 + 1
    return f"650 STREAM {stream} {status} {stream // 3 + 1} example.com:443\r\n".encode()


COUNTRIES = ("de", "us", "nl", "fr", "se", "ch", "fi", "ca", "ro", "gb", "at", "is", "jp", "br")


def relay_info(count: int) -> dict[str, str]:
    """GETINFO answers for a microdescriptor client that knows ``count`` synthetic relays
    (bench/synthetic_consensus.py): ns/all, md/all, and ip-to-country for each address."""
    from bench.synthetic_consensus import synthetic_md_client

    ns_all, md_all = synthetic_md_client(count)
    info = {"ns/all": ns_all, "md/all": md_all}
    for line in ns_all.splitlines():
        if line.startswith("r "):
            ip = line.split()[6]
            info[f"ip-to-country/{ip}"] = COUNTRIES[sum(ip.encode()) % len(COUNTRIES)]
    return info


def _main() -> None:
    import argparse

    from tests.control_scenarios import by_name

    parser = argparse.ArgumentParser(description="serve one scenario of tests/control_scenarios")
    parser.add_argument("scenario")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--flood", type=float, default=0.0, help="events per second, evenly")
    parser.add_argument("--relays", type=int, default=0, help="a synthetic consensus this big")
    parser.add_argument(
        "--mix", choices=("even", "peers"), default="even",
        help="peers: --flood is requests/s of bench/peers.py's load (bench.tor_lines)",
    )  # fmt: skip
    parser.add_argument(
        "--flood-when", choices=("start", "asked"), default="start",
        help="asked: when a line 'flood' comes on stdin",
    )  # fmt: skip
    args = parser.parse_args()
    script = by_name(args.scenario).script
    if args.relays:
        script = Script(script.replies, script.greeting, script.after_setevents,
                        {**script.info, **relay_info(args.relays)})  # fmt: skip
    with FakeControlPort(script, args.seed) as port:
        print(port.endpoint, flush=True)
        make = flood_event
        if args.mix == "peers":
            from bench.tor_lines import peers_request

            make = lambda _rng, n: peers_request(n, max(1, round(args.flood)))  # noqa: E731
        if args.flood and args.flood_when == "start":
            port.flood(args.flood, 1e9, make)
        for line in sys.stdin:  # until the parent goes away
            if args.flood and line.strip() == "flood":
                port.flood(args.flood, 1e9, make)


if __name__ == "__main__":
    _main()
