"""Text from a socket, made safe to show: control characters escaped, absurd numbers named.

printable(text, limit=200) -> str     control characters as \\xNN / \\n, cut at ``limit``
plausible_seconds(text, most=86400) -> float | None   a delay tor could mean, or None
"""

from __future__ import annotations

import math
import unicodedata

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}


def _escape(character: str) -> str:
    if character in _NAMED:
        return _NAMED[character]
    if unicodedata.category(character) in {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}:
        code = ord(character)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return character


def printable(text: str, limit: int = 200) -> str:
    """Safe for a terminal or a label: nothing in it moves a cursor or changes a colour."""
    shown = "".join(_escape(c) for c in text[:limit])
    return shown + ("…" if len(text) > limit else "")


def plausible_seconds(text: str, most: float = 86400.0) -> float | None:
    """``text`` as a number of seconds if it is a sane one (0 to ``most``), else None."""
    try:
        value = float(text)
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(value) or not 0 <= value <= most:
        return None
    return value
