"""The bandwidth page: a live graph of what tor read and wrote, current rates and totals.

Driven by BW events (one a second): no timer of its own. While hidden it only files samples;
the graph and labels are repainted when the page is shown again.

  format_rate(bytes_per_second) -> str     "12.3 KiB/s" in the reader's language (ui.common.units)
  format_bytes(count) -> str               "4.5 MiB"
  series_colors(palette) -> (read, written)  line colours that stand out on light or dark Base
  BandwidthGraph(history)                  QPainter graph of one interval's rates; right to left,
                                           it mirrors: now at the left, the rate axis at the right
  |- set_interval(seconds)
  BandwidthPage(history)
  |- add_samples(samples)                  a batch of core.bandwidth.BandwidthSample
  |- prefill(samples, totals)              bw-event-cache and traffic/read, traffic/written
  |- rates_changed(read, written)          signal, every sample (for the tray tooltip)
  |- rates_text() -> str                   "↓ 1.2 KiB/s ↑ 300 B/s"
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from onionpanel.core.bandwidth import BandwidthHistory, BandwidthSample, Rate, Totals
from onionpanel.ui.common.units import format_bytes, format_number, format_rate
from onionpanel.ui.common.words import plural


class Bandwidth(QObject):
    """The "Bandwidth" context for sentences with a count: lupdate marks a plural only in tr()."""


READ_COLOR = QColor("#2e7d32")
WRITTEN_COLOR = QColor("#1565c0")


def series_colors(palette: QPalette) -> tuple[QColor, QColor]:
    """(read, written) for lines on this palette's Base: lightened on a dark one, where the
    light theme's green and blue would sink in (dark and high-contrast themes)."""
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return QColor("#81c784"), QColor("#64b5f6")
    return QColor(READ_COLOR), QColor(WRITTEN_COLOR)


def format_duration(seconds: float) -> str:
    """A span for the time axis: "45 s", "10 min", "2.5 h"."""
    if seconds < 120:
        text, value = QCoreApplication.translate("Bandwidth", "%1 s"), format_number(seconds)
    elif seconds < 7200:
        text = QCoreApplication.translate("Bandwidth", "%1 min")
        value = format_number(seconds / 60)
    else:
        text = QCoreApplication.translate("Bandwidth", "%1 h")
        value = format_number(seconds / 3600, 0 if seconds % 3600 == 0 else 1)
    return text.replace("%1", value)


def interval_name(seconds: int) -> str:
    names = {
        1: QCoreApplication.translate("Bandwidth", "1 second"),
        5: QCoreApplication.translate("Bandwidth", "5 seconds"),
        30: QCoreApplication.translate("Bandwidth", "30 seconds"),
        60: QCoreApplication.translate("Bandwidth", "1 minute"),
        600: QCoreApplication.translate("Bandwidth", "10 minutes"),
        3600: QCoreApplication.translate("Bandwidth", "1 hour"),
    }
    counted = Bandwidth.tr("%n second(s)", "", seconds)  # type: ignore[arg-type]
    return names.get(seconds, plural(counted, seconds))


def collecting_text(seconds: int) -> str:
    """What the empty graph says: "…a point every hour", not "every 1 hour"."""
    translate = QCoreApplication.translate
    sentences = {
        1: translate("Bandwidth", "Collecting data: a point every second."),
        60: translate("Bandwidth", "Collecting data: a point every minute."),
        3600: translate("Bandwidth", "Collecting data: a point every hour."),
    }
    every = translate(
        "Bandwidth", "Collecting data: a point every %1.", "%1: a span of time, as 10 minutes"
    )
    return sentences.get(seconds, every.replace("%1", interval_name(seconds)))


def _nice_ceiling(value: float) -> float:
    """The next 1, 2 or 5 × 1024^k step above value, so axis labels are round."""
    if value <= 0:
        return 1024.0
    scale = 1.0
    while value > scale * 1024:
        scale *= 1024
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1024):
        if value <= step * scale:
            return step * scale
    return 1024 * scale


class BandwidthGraph(QWidget):
    """Newest point at the right edge, one per STEP pixels; read filled, written a line."""

    STEP = 2

    def __init__(self, history: BandwidthHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.interval = history.intervals[0]
        self.setAccessibleName(self.tr("Bandwidth graph"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, 260)

    def set_interval(self, seconds: int) -> None:
        self.interval = seconds
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _text(self, painter: QPainter, box: QRectF, align: Qt.AlignmentFlag, text: str) -> None:
        """Text placed in left-to-right coordinates; right to left, box and alignment mirror."""
        if self.layoutDirection() is Qt.LayoutDirection.RightToLeft:
            box = QRectF(self.width() - box.right(), box.top(), box.width(), box.height())
            horizontal = align & (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
            if horizontal in (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignRight):
                align ^= Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight
        painter.drawText(box, int(align | Qt.AlignmentFlag.AlignAbsolute), text)

    def _mirror(self, painter: QPainter) -> None:
        """Right to left, time runs leftwards: the plot is drawn mirrored, now at the left."""
        if self.layoutDirection() is Qt.LayoutDirection.RightToLeft:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)

    def _paint(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        text_color = self.palette().color(QPalette.ColorRole.Text)
        # The widest rate label, as the reader's language writes it ("1023 KiB/s").
        margin_left = metrics.horizontalAdvance(format_rate(1023 * 1024)) + 10
        axis_height = metrics.height() + 4
        plot = QRectF(
            margin_left, 8, self.width() - margin_left - 8, self.height() - 16 - axis_height
        )
        if plot.width() < 10 or plot.height() < 10:
            return
        points = max(1, int(plot.width() // self.STEP))
        rates = self.history.rates(self.interval)[-points:]
        top = _nice_ceiling(max((max(r.read, r.written) for r in rates), default=0.0))

        grid = QColor(text_color)
        grid.setAlpha(40)
        painter.setFont(self.font())
        for fraction in (0.0, 0.25, 0.5, 0.75, 1.0):
            y = plot.bottom() - fraction * plot.height()
            painter.setPen(QPen(grid, 1))
            painter.save()
            self._mirror(painter)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.restore()
            painter.setPen(text_color)
            label_box = QRectF(0, y - metrics.height() / 2, margin_left - 6, metrics.height())
            self._text(
                painter,
                label_box,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_rate(top * fraction),
            )
        painter.setPen(text_color)
        axis = QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height())
        self._text(painter, axis, Qt.AlignmentFlag.AlignRight, self.tr("now"))
        span = len(rates) * self.interval
        start_x = plot.right() - (len(rates) - 1) * self.STEP
        span_text = self.tr("%1 ago").replace("%1", format_duration(span))
        room = plot.right() - metrics.horizontalAdvance(self.tr("now")) - 12 - start_x
        if rates and metrics.horizontalAdvance(span_text) < room:
            self._text(
                painter,
                QRectF(start_x, axis.top(), plot.right() - start_x, axis.height()),
                Qt.AlignmentFlag.AlignLeft,
                span_text,
            )
        if not rates:
            painter.drawText(
                plot,
                int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
                collecting_text(self.interval),
            )
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._mirror(painter)
        read_path = self._path(rates, plot, top, lambda rate: rate.read)
        area = QPainterPath(read_path)
        area.lineTo(read_path.currentPosition().x(), plot.bottom())
        area.lineTo(plot.right() - (len(rates) - 1) * self.STEP, plot.bottom())
        area.closeSubpath()
        read_color, written_color = series_colors(self.palette())
        fill = QColor(read_color)
        fill.setAlpha(70)
        painter.fillPath(area, fill)
        painter.strokePath(read_path, QPen(read_color, 1.5))
        painter.strokePath(
            self._path(rates, plot, top, lambda rate: rate.written), QPen(written_color, 1.5)
        )

    def _path(
        self, rates: Sequence[Rate], plot: QRectF, top: float, value: Callable[[Rate], float]
    ) -> QPainterPath:
        path = QPainterPath()
        x = plot.right() - (len(rates) - 1) * self.STEP
        for index, rate in enumerate(rates):
            y = plot.bottom() - min(1.0, value(rate) / top) * plot.height()
            if index == 0:
                path.moveTo(x, y)
            else:
                path.lineTo(x, y)
            x += self.STEP
        return path


class _Swatch(QLabel):
    def __init__(self, color: QColor, text: str) -> None:
        super().__init__(f"<span style='color:{color.name()}'>■</span> {text}")
        self.setAccessibleName(text)


class BandwidthPage(QWidget):
    rates_changed = Signal(float, float)  # bytes/s read, written: the newest second

    def __init__(
        self, history: BandwidthHistory | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bandwidthPage")
        self.setAccessibleName(self.tr("Bandwidth"))
        self.history = history or BandwidthHistory()
        self._stale = True
        self.graph = BandwidthGraph(self.history)

        self.interval_combo = QComboBox()
        self.interval_combo.setAccessibleName(self.tr("Graph interval"))
        self.interval_combo.setToolTip(self.tr("Each point of the graph averages this long"))
        for seconds in self.history.intervals:
            self.interval_combo.addItem(interval_name(seconds), seconds)
        self.interval_combo.currentIndexChanged.connect(self._interval_chosen)
        interval_label = QLabel(self.tr("&Interval:"))
        interval_label.setBuddy(self.interval_combo)

        self.read_rate = self._value_label(self.tr("Current download rate"))
        self.written_rate = self._value_label(self.tr("Current upload rate"))
        self.read_total = self._value_label(self.tr("Read since tor started"))
        self.written_total = self._value_label(self.tr("Written since tor started"))

        top = QHBoxLayout()
        top.addWidget(interval_label)
        top.addWidget(self.interval_combo)
        top.addStretch(1)
        read_color, written_color = series_colors(self.palette())
        top.addWidget(_Swatch(read_color, self.tr("Read (download)")))
        top.addWidget(_Swatch(written_color, self.tr("Written (upload)")))

        figures = QFormLayout()
        figures.addRow(self.tr("Download rate:"), self.read_rate)
        figures.addRow(self.tr("Upload rate:"), self.written_rate)
        figures.addRow(self.tr("Read since tor started:"), self.read_total)
        figures.addRow(self.tr("Written since tor started:"), self.written_total)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.graph, 1)
        layout.addLayout(figures)
        self._refresh()

    def _value_label(self, accessible_name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(accessible_name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _interval_chosen(self) -> None:
        self.graph.set_interval(int(self.interval_combo.currentData()))

    def set_interval(self, seconds: int) -> None:
        self.interval_combo.setCurrentIndex(self.interval_combo.findData(seconds))

    def prefill(self, samples: Sequence[BandwidthSample], totals: Totals) -> None:
        """Seconds from bw-event-cache (already counted in tor's totals) and the totals."""
        self.history.extend(samples, count_in_totals=False)
        self.history.seed_totals(totals.read, totals.written)
        self._changed()

    def add_samples(self, samples: Sequence[BandwidthSample]) -> None:
        if not samples:
            return
        self.history.extend(samples)
        current = self.history.current
        self.rates_changed.emit(current.read, current.written)
        self._changed()

    def rates_text(self) -> str:
        current = self.history.current
        return (
            self.tr("↓ %1 ↑ %2")
            .replace("%1", format_rate(current.read))
            .replace("%2", format_rate(current.written))
        )

    def _changed(self) -> None:
        if self.isVisible():
            self._refresh()
        else:
            self._stale = True

    def _refresh(self) -> None:
        self._stale = False
        current = self.history.current
        totals = self.history.totals
        self.read_rate.setText(format_rate(current.read))
        self.written_rate.setText(format_rate(current.written))
        self.read_total.setText(format_bytes(totals.read))
        self.written_total.setText(format_bytes(totals.written))
        self.graph.update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self._refresh()
