"""The bandwidth page: a live graph of what tor read and wrote, current rates and totals.

Driven by BW events (one a second): no timer of its own. While hidden it only files samples;
the graph and labels are repainted when the page is shown again.

  format_rate(bytes_per_second) -> str     "12.3 KiB/s"
  format_bytes(count) -> str               "4.5 MiB"
  BandwidthGraph(history)                  QPainter graph of one interval's rates
  |- set_interval(seconds)
  BandwidthPage(history)
  |- add_samples(samples)                  a batch of core.bandwidth.BandwidthSample
  |- prefill(samples, totals)              bw-event-cache and traffic/read, traffic/written
  |- rates_changed(read, written)          signal, every sample (for the tray tooltip)
  |- rates_text() -> str                   "↓ 1.2 KiB/s ↑ 300 B/s"
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
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
from onionpanel.ui.common.words import plural

READ_COLOR = QColor("#2e7d32")
WRITTEN_COLOR = QColor("#1565c0")
_UNITS = ("B", "KiB", "MiB", "GiB", "TiB")


def _scaled(value: float) -> tuple[float, str]:
    unit = 0
    while abs(value) >= 1024 and unit < len(_UNITS) - 1:
        value /= 1024
        unit += 1
    return value, _UNITS[unit]


def format_bytes(count: float) -> str:
    value, unit = _scaled(count)
    whole = unit == "B" or value >= 100 or value == int(value)
    number = f"{value:.0f}" if whole else f"{value:.1f}"
    return (
        QCoreApplication.translate("Bandwidth", "%1 %2").replace("%1", number).replace("%2", unit)
    )


def format_rate(bytes_per_second: float) -> str:
    return QCoreApplication.translate("Bandwidth", "%1/s").replace(
        "%1", format_bytes(bytes_per_second)
    )


def format_duration(seconds: float) -> str:
    """A span for the time axis: "45 s", "10 min", "2.5 h"."""
    if seconds < 120:
        text, value = QCoreApplication.translate("Bandwidth", "%1 s"), f"{seconds:.0f}"
    elif seconds < 7200:
        text, value = QCoreApplication.translate("Bandwidth", "%1 min"), f"{seconds / 60:.0f}"
    else:
        text, value = QCoreApplication.translate("Bandwidth", "%1 h"), f"{seconds / 3600:.3g}"
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
    counted = QCoreApplication.translate("Bandwidth", "%n second(s)", "", seconds)
    return names.get(seconds, plural(counted, seconds))


def collecting_text(seconds: int) -> str:
    """What the empty graph says: "…a point every hour", not "every 1 hour"."""
    translate = QCoreApplication.translate
    sentences = {
        1: translate("Bandwidth", "Collecting data: a point every second."),
        60: translate("Bandwidth", "Collecting data: a point every minute."),
        3600: translate("Bandwidth", "Collecting data: a point every hour."),
    }
    every = translate("Bandwidth", "Collecting data: a point every %1.")
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

    def _paint(self, painter: QPainter) -> None:
        metrics = QFontMetrics(self.font())
        text_color = self.palette().color(QPalette.ColorRole.Text)
        margin_left = metrics.horizontalAdvance("1000 KiB/s") + 10
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
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            label_box = QRectF(0, y - metrics.height() / 2, margin_left - 6, metrics.height())
            painter.drawText(
                label_box,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                format_rate(top * fraction),
            )
        painter.setPen(text_color)
        axis = QRectF(plot.left(), plot.bottom() + 4, plot.width(), metrics.height())
        painter.drawText(axis, int(Qt.AlignmentFlag.AlignRight), self.tr("now"))
        span = len(rates) * self.interval
        start_x = plot.right() - (len(rates) - 1) * self.STEP
        span_text = self.tr("%1 ago").replace("%1", format_duration(span))
        room = plot.right() - metrics.horizontalAdvance(self.tr("now")) - 12 - start_x
        if rates and metrics.horizontalAdvance(span_text) < room:
            painter.drawText(
                QRectF(start_x, axis.top(), plot.right() - start_x, axis.height()),
                int(Qt.AlignmentFlag.AlignLeft),
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
        read_path = self._path(rates, plot, top, lambda rate: rate.read)
        area = QPainterPath(read_path)
        area.lineTo(read_path.currentPosition().x(), plot.bottom())
        area.lineTo(plot.right() - (len(rates) - 1) * self.STEP, plot.bottom())
        area.closeSubpath()
        fill = QColor(READ_COLOR)
        fill.setAlpha(70)
        painter.fillPath(area, fill)
        painter.strokePath(read_path, QPen(READ_COLOR, 1.5))
        painter.strokePath(
            self._path(rates, plot, top, lambda rate: rate.written), QPen(WRITTEN_COLOR, 1.5)
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
        top.addWidget(_Swatch(READ_COLOR, self.tr("Read (download)")))
        top.addWidget(_Swatch(WRITTEN_COLOR, self.tr("Written (upload)")))

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
