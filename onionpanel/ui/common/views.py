"""What the big item views (circuits, relays, log) share.

  plain_text_rendering(view)   skip optional text shaping in the view's cells
  WordElideDelegate(parent)    cuts a cell's text at a space and adds "…", so a list of flags or
                               a path never ends in half a word; a single word is elided as usual

Qt's item delegates lay out every cell's text anew on each paint. For Latin text, shaping
(kerning, ligatures) is cosmetic but about half the cost of a repaint (bench/circuit_events.py:
a 40-row tree, 9 ms with it, 5 ms without); scripts that need shaping still get it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

_MARGIN = 8  # px: the style's text margins on both sides, with room to spare


def plain_text_rendering(view: QAbstractItemView) -> None:
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
