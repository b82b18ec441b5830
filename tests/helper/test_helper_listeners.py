"""Who holds tor's ports, read from this machine's real /proc/net (and what happens when it
cannot be read: the helper must not take silence for "nobody")."""

from __future__ import annotations

import socket
from pathlib import Path

from routing_netns import load_example

from onionpanel.helper import listeners
from onionpanel.helper.config import load_config

CONFIG = """\
schema = 1
[tor]
user = "daemon"
trans_port = {trans}
dns_port = {dns}
[policy]
boot_mode = "tor"
"""


def test_sockets_of_this_process_are_found_with_their_owner(tmp_path: Path) -> None:
    with (
        socket.create_server(("127.0.0.1", 0)) as trans,
        socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as dns,
    ):
        dns.bind(("127.0.0.1", 0))
        path = tmp_path / "config.toml"
        trans_port, dns_port = trans.getsockname()[1], dns.getsockname()[1]
        path.write_text(CONFIG.format(trans=trans_port, dns=dns_port))
        config = load_config(path, trust=False)
        found = listeners.survey(config)
        rows = listeners.parse(listeners.read_proc_net("tcp"))
        assert any(row.port == trans_port and row.state == listeners.TCP_LISTEN for row in rows)
    uid = Path("/proc/self").stat().st_uid
    if uid in (0, config.tor.uid):
        assert found == listeners.Survey([], [])
    else:
        assert len(found.problems) == 2
        assert f"held by uid {uid}, not by tor" in found.problems[0]


def test_an_unreadable_proc_net_is_a_problem_not_silence() -> None:
    def unreadable(name: str) -> str:
        raise PermissionError(13, "Permission denied")

    problems = listeners.port_problems(load_example(), unreadable)
    assert problems == [
        "cannot read /proc/net/tcp ([Errno 13] Permission denied) to see who holds tor's ports",
        "cannot read /proc/net/udp ([Errno 13] Permission denied) to see who holds tor's ports",
    ]
