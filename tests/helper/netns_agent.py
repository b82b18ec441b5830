"""Small network actors the leak tests start inside their namespace (``ip netns exec``).

serve ADDR [PORT [UID]]
                     TCP echo server on ADDR:PORT (default any), bound as UID (default root);
                     prints "ready PORT", then "peer IP" per connection, plus "origdst IP:PORT"
                     if redirected to it
serve-udp ADDR PORT [UID]
                     UDP echo on ADDR:PORT (0 = any; ADDR IPv4 or IPv6); prints "ready PORT",
                     "from IP" per datagram
connect ADDR PORT UID [hold]
                     connect as UID; prints connected|refused|reset|blocked|timeout|error:<errno>.
                     With "hold", it then answers each "send" line on stdin: ok|reset|timeout|...
udp ADDR PORT UID    send one datagram as UID and wait for an answer: answer|refused|timeout|...
dns ADDR NAME UID    as UID ask ADDR:53 (IPv4 or IPv6) for NAME's A record:
                     "answer RCODE [IP...]"|timeout|...
ping ADDR UID        one ICMP echo (ICMPv6 to an IPv6 address) as UID: answer|timeout|...
proxy PORT UID       a CONNECT proxy on 127.0.0.1:PORT that runs as UID (stands in for squid):
                     reads "CONNECT ADDR PORT", connects out, answers "OK" or why not, relays
talk ADDR [PORT]     TCP server that speaks first: sends a byte every 50 ms to each client
talk-udp ADDR PORT   UDP server that, once a client wrote, sends it a datagram every 50 ms
echo-client tcp|udp ADDR PORT UID
                     as UID connect (UDP: send one datagram), then echo back all it receives;
                     a "status" line on stdin answers "STATE N": ok|<outcome>, bytes echoed
                     since the last status (a server-first flow: the client only answers)
send-client tcp|udp ADDR PORT UID
                     as UID connect, then send a byte every 50 ms; "status" as above
streams ADDR PORT UID
                     as UID, on each "open" line connect once more to a server that speaks
                     first (prints the connect outcome) and echo back what it sends; a "status"
                     line answers "alive K" (flows that echoed within the last 0.3 s)
send-ra IFACE        as root, one router advertisement to ff02::1 on IFACE: sent|...
listen-ra            prints "listening", then "ra FROM" for the first router advertisement
                     that arrives, or timeout
via-proxy PORT ADDR DPORT UID
                     prints "waiting" and waits for "go" on stdin (the test moves it into a
                     cgroup meanwhile), then as UID asks the proxy for ADDR:DPORT and prints
                     through (an echo came back) | the proxy's answer | connect outcome
"""

from __future__ import annotations

import contextlib
import encodings.idna  # noqa: F401  (imported while still root: after setuid it may be unreadable)
import errno
import os
import socket
import struct
import sys
import threading
import time

SO_ORIGINAL_DST = 80
TIMEOUT_S = float(os.environ.get("NETNS_AGENT_TIMEOUT", "3"))  # real tor may need longer


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def outcome(error: BaseException) -> str:
    if isinstance(error, socket.timeout | TimeoutError):
        return "timeout"
    if isinstance(error, ConnectionRefusedError):
        return "refused"
    if isinstance(error, ConnectionResetError | BrokenPipeError):
        return "reset"
    if isinstance(error, PermissionError):
        return "blocked"  # a local firewall rule refused to send it
    if isinstance(error, OSError):
        return f"error:{errno.errorcode.get(error.errno or 0, error.errno)}"
    return f"error:{error!r}"


def become(uid: int) -> None:
    if uid != os.getuid():
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)


def original_destination(connection: socket.socket) -> str | None:
    try:
        raw = connection.getsockopt(socket.SOL_IP, SO_ORIGINAL_DST, 16)
    except OSError:  # not redirected
        return None
    port, packed = struct.unpack_from("!2xH4s", raw)
    return f"{socket.inet_ntoa(packed)}:{port}"


def echo(connection: socket.socket) -> None:
    with connection:
        try:
            while data := connection.recv(4096):
                connection.sendall(data)
        except OSError:
            pass


def serve(address: str, port: int = 0, uid: int = 0) -> None:
    become(uid)
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    server = socket.create_server((address, port), family=family)
    say(f"ready {server.getsockname()[1]}")
    while True:
        connection, peer = server.accept()
        say(f"peer {peer[0]}")
        destination = original_destination(connection)
        if destination and not destination.startswith(f"{address}:"):
            say(f"origdst {destination}")
        threading.Thread(target=echo, args=(connection,), daemon=True).start()


def serve_udp(address: str, port: int, uid: int = 0) -> None:
    become(uid)
    server = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_DGRAM)
    server.bind((address, port))
    say(f"ready {server.getsockname()[1]}")
    while True:
        data, peer = server.recvfrom(4096)
        say(f"from {peer[0]}")
        server.sendto(data, peer)


def connect(address: str, port: int, uid: int, hold: bool) -> None:
    become(uid)
    try:
        client = socket.create_connection((address, port), timeout=TIMEOUT_S)
    except BaseException as error:
        say(outcome(error))
        return
    say("connected")
    if not hold:
        return
    for line in sys.stdin:
        if line.strip() != "send":
            continue
        try:
            client.sendall(b"x")
            say("ok" if client.recv(1) == b"x" else "closed")
        except BaseException as error:
            say(outcome(error))


def udp(address: str, port: int, uid: int) -> None:
    become(uid)
    client = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_DGRAM)
    client.settimeout(TIMEOUT_S)
    try:
        client.connect((address, port))
        client.send(b"onionpanel")
        say("answer" if client.recv(4096) else "empty")
    except BaseException as error:
        say(outcome(error))


def dns(address: str, name: str, uid: int) -> None:
    become(uid)
    ident = os.getpid() & 0xFFFF
    labels = b"".join(bytes([len(part)]) + part.encode() for part in name.split("."))
    query = struct.pack("!HHHHHH", ident, 0x0100, 1, 0, 0, 0) + labels + b"\0" + b"\0\1\0\1"
    client = socket.socket(socket.AF_INET6 if ":" in address else socket.AF_INET, socket.SOCK_DGRAM)
    client.settimeout(TIMEOUT_S)
    try:
        client.connect((address, 53))
        client.send(query)
        reply = client.recv(4096)
    except BaseException as error:
        say(outcome(error))
        return
    if len(reply) < 12 or struct.unpack_from("!H", reply)[0] != ident:
        say("garbage")
        return
    rcode, answers = reply[3] & 0x0F, struct.unpack_from("!H", reply, 6)[0]
    # the answers follow the echoed question; an A record ends with its 4 address bytes
    addresses, offset = [], len(query)
    for _ in range(answers):
        offset += 2 if reply[offset] & 0xC0 == 0xC0 else reply.index(b"\0", offset) - offset + 1
        kind, _, _, length = struct.unpack_from("!HHIH", reply, offset)
        offset += 10
        if kind == 1 and length == 4:
            addresses.append(socket.inet_ntoa(reply[offset : offset + 4]))
        offset += length
    say(" ".join(["answer", str(rcode), *addresses]))


def flood(address: str, port: int, uid: int) -> None:
    """Connect again and again until a line arrives on stdin; then print the counts."""
    become(uid)
    stop = threading.Event()
    threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
    attempts = connected = 0
    while not stop.is_set():
        attempts += 1
        try:
            socket.create_connection((address, port), timeout=0.2).close()
            connected += 1
        except OSError:
            pass
    say(f"attempts {attempts} connected {connected}")


def ping(address: str, uid: int) -> None:
    """One ICMP (ICMPv6 for an IPv6 address) echo through an unprivileged ICMP socket (needs
    net.ipv4.ping_group_range, which covers both)."""
    become(uid)
    v6 = ":" in address
    family, protocol = (
        (socket.AF_INET6, socket.IPPROTO_ICMPV6) if v6 else (socket.AF_INET, socket.IPPROTO_ICMP)
    )
    client = socket.socket(family, socket.SOCK_DGRAM, protocol)
    client.settimeout(TIMEOUT_S)
    try:
        client.connect((address, 0))
        client.send(struct.pack("!BBHHH", 128 if v6 else 8, 0, 0, 0, 1) + b"onionpanel")
        say("answer" if client.recv(4096) else "empty")
    except BaseException as error:
        say(outcome(error))


def talk(address: str, port: int = 0) -> None:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    server = socket.create_server((address, port), family=family)
    say(f"ready {server.getsockname()[1]}")

    def speak(connection: socket.socket) -> None:
        connection.setblocking(False)
        with connection:
            while True:
                try:
                    connection.send(b"s")
                    with contextlib.suppress(BlockingIOError):
                        if connection.recv(4096) == b"":
                            return
                except BlockingIOError:
                    pass
                except OSError:
                    return
                time.sleep(0.05)

    while True:
        connection, peer = server.accept()
        say(f"peer {peer[0]}")
        threading.Thread(target=speak, args=(connection,), daemon=True).start()


def talk_udp(address: str, port: int) -> None:
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    server = socket.socket(family, socket.SOCK_DGRAM)
    server.bind((address, port))
    server.settimeout(0.05)
    say(f"ready {server.getsockname()[1]}")
    peers: set[tuple[str, int]] = set()
    while True:
        with contextlib.suppress(TimeoutError, socket.timeout):
            _, peer = server.recvfrom(4096)
            if peer[:2] not in peers:
                say(f"from {peer[0]}")
            peers.add(peer[:2])
        for peer in peers:
            with contextlib.suppress(OSError):
                server.sendto(b"s", peer)


class Flow:
    """A client flow kept busy by a thread; ``status`` tells whether it still works."""

    def __init__(self) -> None:
        self.state, self.count = "ok", 0
        self.lock = threading.Lock()

    def note(self, count: int = 0, error: BaseException | None = None) -> None:
        with self.lock:
            self.count += count
            if error is not None and self.state == "ok":
                self.state = "closed" if error is EOFError else outcome(error)

    def status(self) -> str:
        with self.lock:
            text, self.count = f"{self.state} {self.count}", 0
        return text


def client_flow(protocol: str, address: str, port: int, uid: int, speak_first: bool) -> None:
    become(uid)
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    kind = socket.SOCK_STREAM if protocol == "tcp" else socket.SOCK_DGRAM
    client = socket.socket(family, kind)
    client.settimeout(TIMEOUT_S)
    try:
        client.connect((address, port))
        if protocol == "udp":
            client.send(b"hello")
    except BaseException as error:
        say(outcome(error))
        return
    say("connected")
    flow = Flow()

    def answer() -> None:
        client.settimeout(None)
        while True:
            try:
                data = client.recv(4096)
                if not data and protocol == "tcp":
                    raise EOFError
                client.send(data)
                flow.note(len(data))
            except BaseException as error:
                flow.note(error=error)
                if protocol == "tcp" or not isinstance(error, ConnectionRefusedError):
                    return

    def speak() -> None:
        while True:
            try:
                client.send(b"c")
                flow.note(1)
            except BaseException as error:
                flow.note(error=error)
                if protocol == "tcp":
                    return
            time.sleep(0.05)

    threading.Thread(target=speak if speak_first else answer, daemon=True).start()
    for line in sys.stdin:
        if line.strip() == "status":
            say(flow.status())


def streams(address: str, port: int, uid: int) -> None:
    become(uid)
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    last_echo: list[float] = []
    lock = threading.Lock()

    def answer(client: socket.socket, index: int) -> None:
        with client:
            client.settimeout(None)
            while True:
                try:
                    data = client.recv(4096)
                    if not data:
                        return
                    client.send(data)
                except OSError:
                    return
                with lock:
                    last_echo[index] = time.monotonic()

    for line in sys.stdin:
        if line.strip() == "status":
            now = time.monotonic()
            with lock:
                say(f"alive {sum(1 for at in last_echo if now - at < 0.3)}")
            continue
        if line.strip() != "open":
            continue
        client = socket.socket(family, socket.SOCK_STREAM)
        client.settimeout(1.0)
        try:
            client.connect((address, port))
        except BaseException as error:
            client.close()
            say(outcome(error))
            continue
        with lock:
            last_echo.append(time.monotonic())
            index = len(last_echo) - 1
        threading.Thread(target=answer, args=(client, index), daemon=True).start()
        say("connected")


def read_line(connection: socket.socket) -> str:
    data = b""
    while not data.endswith(b"\n") and len(data) < 200:
        chunk = connection.recv(1)
        if not chunk:
            break
        data += chunk
    return data.decode(errors="replace").strip()


def pipe(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(4096):
            sink.sendall(data)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)


def proxy_one(client: socket.socket) -> None:
    with client:
        words = read_line(client).split()
        if len(words) != 3 or words[0] != "CONNECT":
            client.sendall(b"bad request\n")
            return
        try:
            upstream = socket.create_connection((words[1], int(words[2])), timeout=TIMEOUT_S)
        except BaseException as error:
            client.sendall(outcome(error).encode() + b"\n")
            return
        with upstream:
            client.sendall(b"OK\n")
            threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()
            pipe(client, upstream)


def proxy(port: int, uid: int) -> None:
    server = socket.create_server(("127.0.0.1", port))
    become(uid)  # its outgoing sockets belong to UID, as squid's belong to its user
    say(f"ready {port}")
    while True:
        client, _ = server.accept()
        threading.Thread(target=proxy_one, args=(client,), daemon=True).start()


def send_ra(interface: str) -> None:
    """As root, one router advertisement (ICMPv6 134, lifetime 1800 s) to ff02::1 on
    ``interface``, as radvd or dnsmasq would send it; the kernel fills in the checksum."""
    sender = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
    sender.setsockopt(socket.SOL_SOCKET, socket.SO_BINDTODEVICE, interface.encode())
    sender.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_MULTICAST_HOPS, 255)
    index = socket.if_nametoindex(interface)
    advert = struct.pack("!BBHBBHII", 134, 0, 0, 64, 0, 1800, 0, 0)
    try:
        sender.sendto(advert, ("ff02::1", 0, 0, index))
        say("sent")
    except BaseException as error:
        say(outcome(error))


def listen_ra() -> None:
    """Wait for a router advertisement: "ra FROM" or timeout."""
    listener = socket.socket(socket.AF_INET6, socket.SOCK_RAW, socket.IPPROTO_ICMPV6)
    listener.settimeout(TIMEOUT_S)
    say("listening")
    deadline = time.monotonic() + TIMEOUT_S
    try:
        while time.monotonic() < deadline:
            data, peer = listener.recvfrom(4096)
            if data and data[0] == 134:
                say(f"ra {peer[0].split('%')[0]}")
                return
    except BaseException as error:
        say(outcome(error))
        return
    say("timeout")


def via_proxy(port: int, address: str, target_port: int, uid: int) -> None:
    say("waiting")
    if sys.stdin.readline().strip() != "go":
        return
    become(uid)  # sockets take the cgroup the process is in when they are made
    try:
        client = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT_S)
        client.settimeout(TIMEOUT_S)
        client.sendall(f"CONNECT {address} {target_port}\n".encode())
        answer = read_line(client)
        if answer != "OK":
            say(answer or "closed")
            return
        client.sendall(b"x")
        say("through" if client.recv(1) == b"x" else "closed")
    except BaseException as error:
        say(outcome(error))


def main(argv: list[str]) -> None:
    command, args = argv[0], argv[1:]
    if command == "serve":
        serve(args[0], *map(int, args[1:3]))
    elif command == "serve-udp":
        serve_udp(args[0], *map(int, args[1:3]))
    elif command == "connect":
        connect(args[0], int(args[1]), int(args[2]), hold=args[3:] == ["hold"])
    elif command == "flood":
        flood(args[0], int(args[1]), int(args[2]))
    elif command == "ping":
        ping(args[0], int(args[1]))
    elif command == "udp":
        udp(args[0], int(args[1]), int(args[2]))
    elif command == "dns":
        dns(args[0], args[1], int(args[2]))
    elif command == "talk":
        talk(args[0], int(args[1]) if len(args) > 1 else 0)
    elif command == "talk-udp":
        talk_udp(args[0], int(args[1]))
    elif command in ("echo-client", "send-client"):
        speak_first = command == "send-client"
        client_flow(args[0], args[1], int(args[2]), int(args[3]), speak_first)
    elif command == "streams":
        streams(args[0], int(args[1]), int(args[2]))
    elif command == "proxy":
        proxy(int(args[0]), int(args[1]))
    elif command == "via-proxy":
        via_proxy(int(args[0]), args[1], int(args[2]), int(args[3]))
    elif command == "send-ra":
        send_ra(args[0])
    elif command == "listen-ra":
        listen_ra()
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
