"""Tor's relay flags in the reader's language.

  flag_label(name) -> str       "Exit" -> "Sortie"; a flag newer than this panel stays as is
  flags_text(names) -> str      one relay's flags: "Exit Fast Running Valid", "Sortie, Rapide…"

The flags are tor's consensus words (dir-spec); the relay table, its filter and details, the
map's tooltip and the circuit tree all show them through here.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _labels() -> dict[str, str]:
    return {
        "Authority": translate("RelayFlags", "Authority"),
        "BadExit": translate("RelayFlags", "BadExit"),
        "Exit": translate("RelayFlags", "Exit"),
        "Fast": translate("RelayFlags", "Fast"),
        "Guard": translate("RelayFlags", "Guard"),
        "HSDir": translate("RelayFlags", "HSDir"),
        "MiddleOnly": translate("RelayFlags", "MiddleOnly"),
        "NoEdConsensus": translate("RelayFlags", "NoEdConsensus"),
        "Running": translate("RelayFlags", "Running"),
        "Stable": translate("RelayFlags", "Stable"),
        "StaleDesc": translate("RelayFlags", "StaleDesc"),
        "Sybil": translate("RelayFlags", "Sybil"),
        "V2Dir": translate("RelayFlags", "V2Dir"),
        "Valid": translate("RelayFlags", "Valid"),
    }


def flag_label(name: str) -> str:
    return _labels().get(name, name)


def flags_text(names: Iterable[str]) -> str:
    labels = _labels()
    separator = translate("RelayFlags", " ", "between two flags of a relay: Exit Fast Running")
    return separator.join(labels.get(name, name) for name in names)
