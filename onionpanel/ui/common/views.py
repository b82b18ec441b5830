"""What the big item views (circuits, relays, log) share.

  plain_text_rendering(view)   skip optional text shaping in the view's cells, where the
                               language's script does without it
  WordElideDelegate(parent)    cuts a cell's text at a space and adds "…", so a list of flags or
                               a path never ends in half a word; a single word is elided as usual

Qt's item delegates lay out every cell's text anew on each paint. For Latin text, shaping
(kerning, ligatures) is cosmetic but about half the cost of a repaint (bench/circuit_events.py:
a 40-row tree, 9 ms with it, 5 ms without). Arabic and Persian letters join only when shaped:
without it they fall apart, so the panel keeps shaping for those scripts.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

_MARGIN = 8  # px: the style's text margins on both sides, with room to spare

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


class WordElideDelegate(QStyledItemDelegate):
    def initStyleOption(  # noqa: N802 (Qt override)
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        text = option.text  # type: ignore[attr-defined]
        if " " not in text:
            return
        available = option.rect.width() - _MARGIN  # type: ignore[attr-defined]
        if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:  # type: ignore[attr-defined]
            available -= option.decorationSize.width() + _MARGIN  # type: ignore[attr-defined]
        metrics = option.fontMetrics  # type: ignore[attr-defined]
        if metrics.horizontalAdvance(text) <= available:
            return
        words = text.split(" ")
        while len(words) > 1 and metrics.horizontalAdvance(" ".join(words) + " …") > available:
            words.pop()
        option.text = " ".join(words) + " …"  # type: ignore[attr-defined]
        option.textElideMode = Qt.TextElideMode.ElideRight  # type: ignore[attr-defined]
