"""Words every feature uses.

plural(text, count) -> str   "Closed 1 circuit(s)" -> "Closed 1 circuit"; "…3 circuits"
country_text(code) -> str    "de" -> "DE"; tor's "??" (unknown) -> "—"
country_name(code) -> str    "de" -> "Germany" in the person's language; "" when unknown

Counted strings go through tr() with their count (``self.tr("%n circuit(s)", "", count)``), so
a translation gives every plural form its language has. Without a translation Qt hands back the
English source, and plural() settles its "(s)" by the count.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def plural(text: str, count: int) -> str:
    return text.replace("(s)", "" if count == 1 else "s")


# tor's GeoIP answers "??" for an address it cannot place; A1, A2, O1 are no countries either
_NO_COUNTRY = frozenset({"", "??", "A1", "A2", "O1", "ZZ"})


def country_text(code: str) -> str:
    """A two-letter country code as shown in lists, upper case; "—" when tor knows none."""
    return "\u2014" if code.strip().upper() in _NO_COUNTRY else code.strip().upper()


def country_name(code: str) -> str:
    """'DE' -> 'Germany', in the person's language; the code itself when Qt knows no name."""
    code = code.upper()
    if len(code) != 2 or not code.isalpha():
        return ""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    return QLocale.territoryToString(territory)
