"""Forgetting flows the table did not see begin, through conntrack's netlink interface (stdlib).

  delete_unmarked(mark) -> int   delete every conntrack entry of this network namespace whose
                                 ct mark lacks the bit ``mark``; the number deleted
  python -m onionpanel.helper.conntrack MARK    the same, for a namespace of a test's

After someone flushed or replaced the table, flows born meanwhile carry no "seen" bit (see
ruleset.py). The filter already refuses their replies; deleting their entries also makes their
next packet a mid-stream one, which the restored table refuses as new TCP that is not a SYN,
and it frees programs from waiting for a timeout.
"""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import struct
import sys

NETLINK_NETFILTER = 12
NFNL_SUBSYS_CTNETLINK = 1
IPCTNL_MSG_CT_GET = 1
IPCTNL_MSG_CT_DELETE = 2
NLM_F_REQUEST, NLM_F_ACK, NLM_F_DUMP = 0x1, 0x4, 0x300
NLMSG_ERROR, NLMSG_DONE = 2, 3
CTA_TUPLE_ORIG, CTA_MARK, CTA_ID, CTA_ZONE = 1, 8, 12, 18
NLA_TYPE_MASK = 0x3FFF
_HEADER = struct.Struct("=IHHII")
_NFGEN = struct.Struct("=BBH")


def _align(length: int) -> int:
    return (length + 3) & ~3


def _attributes(data: bytes) -> dict[int, bytes]:
    """Top-level attributes, each with its own header (so nested ones can be sent back)."""
    found, offset = {}, 0
    while offset + 4 <= len(data):
        length, kind = struct.unpack_from("=HH", data, offset)
        if length < 4:
            break
        found[kind & NLA_TYPE_MASK] = data[offset : offset + length]
        offset += _align(length)
    return found


def _message(kind: int, flags: int, sequence: int, family: int, body: bytes = b"") -> bytes:
    payload = _NFGEN.pack(family, 0, 0) + body
    header = _HEADER.pack(
        _HEADER.size + len(payload),
        (NFNL_SUBSYS_CTNETLINK << 8) | kind,
        NLM_F_REQUEST | flags,
        sequence,
        0,
    )
    return header + payload


def _messages(data: bytes) -> list[tuple[int, bytes]]:
    result, offset = [], 0
    while offset + _HEADER.size <= len(data):
        length, kind, _flags, _sequence, _pid = _HEADER.unpack_from(data, offset)
        if length < _HEADER.size:
            break
        result.append((kind, data[offset + _HEADER.size : offset + length]))
        offset += _align(length)
    return result


def _dump(connection: socket.socket, mark: int) -> list[tuple[int, bytes]]:
    """(family, attributes to name the entry) of every entry lacking ``mark``."""
    connection.send(_message(IPCTNL_MSG_CT_GET, NLM_F_DUMP, 1, socket.AF_UNSPEC))
    targets: list[tuple[int, bytes]] = []
    while True:
        for kind, body in _messages(connection.recv(1 << 20)):
            if kind == NLMSG_DONE:
                return targets
            if kind == NLMSG_ERROR:
                code = -struct.unpack_from("=i", body)[0]
                if code:
                    raise OSError(code, f"conntrack dump: {os.strerror(code)}")
                continue
            family = body[0]
            attributes = _attributes(body[_NFGEN.size :])
            raw_mark = attributes.get(CTA_MARK, b"")
            value = struct.unpack(">I", raw_mark[4:8])[0] if len(raw_mark) >= 8 else 0
            if value & mark or CTA_TUPLE_ORIG not in attributes:
                continue
            name = attributes[CTA_TUPLE_ORIG] + attributes.get(CTA_ZONE, b"")
            name += attributes.get(CTA_ID, b"")
            targets.append((family, name))


def delete_unmarked(mark: int) -> int:
    with socket.socket(socket.AF_NETLINK, socket.SOCK_RAW, NETLINK_NETFILTER) as connection:
        connection.bind((0, 0))
        connection.settimeout(5)
        deleted = 0
        for sequence, (family, name) in enumerate(_dump(connection, mark), start=2):
            connection.send(_message(IPCTNL_MSG_CT_DELETE, NLM_F_ACK, sequence, family, name))
            for kind, body in _messages(connection.recv(65536)):
                if kind != NLMSG_ERROR:
                    continue
                code = -struct.unpack_from("=i", body)[0]
                if code == 0:
                    deleted += 1
                elif code != errno.ENOENT:  # gone meanwhile: fine
                    raise OSError(code, f"conntrack delete: {os.strerror(code)}")
        return deleted


def main(argv: list[str]) -> int:
    with contextlib.suppress(BrokenPipeError):
        print(delete_unmarked(int(argv[0], 0)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
