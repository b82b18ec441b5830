"""What the big item views (circuits, relays, log) share.

  plain_text_rendering(view)   skip optional text shaping in the view's cells

Qt's item delegates lay out every cell's text anew on each paint. For Latin text, shaping
(kerning, ligatures) is cosmetic but about half the cost of a repaint (bench/circuit_events.py:
a 40-row tree, 9 ms with it, 5 ms without); scripts that need shaping still get it.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView


def plain_text_rendering(view: QAbstractItemView) -> None:
    font = view.font()
    font.setStyleStrategy(font.styleStrategy() | QFont.StyleStrategy.PreferNoShaping)
    view.setFont(font)
