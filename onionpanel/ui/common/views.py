"""What the big item views (circuits, relays, log) share.

  plain_text_rendering(view)   skip optional text shaping in the view's cells, where the
                               language's script does without it

Qt's item delegates lay out every cell's text anew on each paint. For Latin text, shaping
(kerning, ligatures) is cosmetic but about half the cost of a repaint (bench/circuit_events.py:
a 40-row tree, 9 ms with it, 5 ms without). Arabic and Persian letters join only when shaped:
without it they fall apart, so the panel keeps shaping for those scripts.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView

# Scripts whose letters stand alone: shaping there is kerning and ligatures only.
_UNSHAPED_SCRIPTS = {
    QLocale.Script.AnyScript,
    QLocale.Script.LatinScript,
    QLocale.Script.CyrillicScript,
    QLocale.Script.GreekScript,
    QLocale.Script.SimplifiedHanScript,
    QLocale.Script.TraditionalHanScript,
    QLocale.Script.JapaneseScript,
    QLocale.Script.KoreanScript,
}


def plain_text_rendering(view: QAbstractItemView) -> None:
    if QLocale().script() not in _UNSHAPED_SCRIPTS:
        return
    font = view.font()
    font.setStyleStrategy(font.styleStrategy() | QFont.StyleStrategy.PreferNoShaping)
    view.setFont(font)
