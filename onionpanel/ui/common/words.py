"""Words every feature uses.

plural(text, count) -> str   "Closed 1 circuit(s)" -> "Closed 1 circuit"; "…3 circuits"

Counted strings go through tr() with their count (``self.tr("%n circuit(s)", "", count)``), so
a translation gives every plural form its language has. Without a translation Qt hands back the
English source, and plural() settles its "(s)" by the count.
"""

from __future__ import annotations


def plural(text: str, count: int) -> str:
    return text.replace("(s)", "" if count == 1 else "s")
