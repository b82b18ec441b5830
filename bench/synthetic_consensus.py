"""Synthetic ``GETINFO ns/all`` and ``desc/all-recent`` replies shaped like a live network.

synthetic_ns_all(count, seed) -> str       router status entries (r/a/s/v/pr/w/p lines)
synthetic_descriptors(count, seed) -> str  matching server descriptors (keys and signatures cut)
synthetic_fingerprint(index) -> str
"""

from __future__ import annotations

import base64
import hashlib
import random

FLAG_SETS = (
    "Fast Running Stable V2Dir Valid",
    "Fast Guard HSDir Running Stable V2Dir Valid",
    "Exit Fast Running Stable V2Dir Valid",
    "Exit Fast Guard HSDir Running Stable StaleDesc V2Dir Valid",
    "Running Valid",
)
PR_LINE = (
    "pr Conflux=1 Cons=1-2 Desc=1-2 DirCache=2 FlowCtrl=1-2 HSDir=2 HSIntro=4-5 HSRend=1-2 "
    "Link=1-5 LinkAuth=1,3 Microdesc=1-2 Padding=2 Relay=1-4"
)


def synthetic_identity(index: int) -> bytes:
    return hashlib.sha1(f"relay-{index}".encode()).digest()


def synthetic_fingerprint(index: int) -> str:
    return synthetic_identity(index).hex().upper()


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode().rstrip("=")


def _ip(rng: random.Random) -> str:
    return (
        f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    )


def synthetic_ns_all(count: int = 8000, seed: int = 1) -> str:
    rng = random.Random(seed)
    lines: list[str] = []
    for index in range(count):
        identity = _b64(synthetic_identity(index))
        digest = _b64(hashlib.sha1(f"digest-{index}".encode()).digest())
        lines.append(
            f"r relay{index:05d} {identity} {digest} 2026-11-22 0{rng.randint(0, 9)}:"
            f"{rng.randint(10, 59)}:{rng.randint(10, 59)} {_ip(rng)} 9001 0"
        )
        if rng.random() < 0.3:
            lines.append(f"a [2001:db8::{index:x}]:9001")
        flags = rng.choice(FLAG_SETS)
        lines.append(f"s {flags}")
        lines.append(f"v Tor 0.4.8.{rng.randint(9, 13)}")
        lines.append(PR_LINE)
        lines.append(f"w Bandwidth={int(rng.paretovariate(1.2) * 200)}")
        lines.append("p accept 80,443" if "Exit" in flags else "p reject 1-65535")
    return "\n".join(lines) + "\n"


def synthetic_descriptors(count: int = 8000, seed: int = 1) -> str:
    rng = random.Random(seed)
    blocks: list[str] = []
    for index in range(count):
        hexfp = synthetic_fingerprint(index)
        spaced = " ".join(hexfp[i : i + 4] for i in range(0, 40, 4))
        family = f"family ${synthetic_fingerprint(index ^ 1)}\n" if index % 3 == 0 else ""
        blocks.append(
            f"router relay{index:05d} {_ip(rng)} 9001 0 0\n"
            f"platform Tor 0.4.8.12 on Linux\n"
            f"published 2026-11-22 03:00:00\n"
            f"fingerprint {spaced}\n"
            f"uptime {rng.randint(60, 9_000_000)}\n"
            f"bandwidth 1073741824 1073741824 {rng.randint(1000, 90_000_000)}\n"
            f"{family}"
            f"contact relay operator <op{index}@example.org>\n"
            f"reject 0.0.0.0/8:*\naccept *:80\naccept *:443\nreject *:*\n"
            f"router-signature\n-----BEGIN SIGNATURE-----\nAAAA\n-----END SIGNATURE-----"
        )
    return "\n".join(blocks) + "\n"


def synthetic_microdescriptor(index: int, rng: random.Random, exit_relay: bool) -> str:
    key = base64.b64encode(hashlib.sha512(f"key-{index}".encode()).digest() * 2).decode()
    rsa = "\n".join(key[i : i + 64] for i in range(0, 188, 64))
    ntor = _b64(hashlib.sha256(f"ntor-{index}".encode()).digest())
    family = f"family ${synthetic_fingerprint(index ^ 1)}\n" if index % 3 == 0 else ""
    policy = "p accept 80,443\n" if exit_relay else ""
    ed = _b64(hashlib.sha256(f"ed-{index}".encode()).digest())
    return (
        f"onion-key\n-----BEGIN RSA PUBLIC KEY-----\n{rsa}\n-----END RSA PUBLIC KEY-----\n"
        f"ntor-onion-key {ntor}\n{family}{policy}id ed25519 {ed}\n"
    )


def synthetic_md_client(count: int = 8000, seed: int = 1) -> tuple[str, str]:
    """(ns/all, md/all) as a normal microdescriptor client answers them: r lines carry the
    microdescriptor's SHA-256 cut to 20 bytes and the 2038-01-01 'unknown' time."""
    rng = random.Random(seed)
    ns_lines: list[str] = []
    descriptors: list[str] = []
    for index in range(count):
        flags = rng.choice(FLAG_SETS)
        md = synthetic_microdescriptor(index, rng, "Exit" in flags)
        descriptors.append(md)
        digest = _b64(hashlib.sha256(md.encode()).digest()[:20])
        identity = _b64(synthetic_identity(index))
        ns_lines.append(
            f"r relay{index:05d} {identity} {digest} 2038-01-01 00:00:00 {_ip(rng)} 9001 0"
        )
        ns_lines.append(f"s {flags}")
        ns_lines.append(f"w Bandwidth={int(rng.paretovariate(1.2) * 200)}")
    return "\n".join(ns_lines) + "\n", "".join(descriptors)
