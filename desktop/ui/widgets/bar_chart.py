"""A small bar chart painted with QPainter: labels, values, an axis, colours from the palette.

Columns (`Orientation.Vertical`) suit a series of months; rows of bars
(`Orientation.Horizontal`) suit long labels such as directives, one under the
other, the label on the left. The background is the palette's Base, text and axis
its Text, and the bars its Highlight, made darker or lighter until they stand out
from the background at 3:1 (WCAG's contrast for graphics), so a light and a dark
palette both read. Hovering over a bar shows its label (in full) and value; the
chart's accessible description lists them for a screen reader.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.ui.colours import contrast, mix
from desktop.ui.plain import tip

GRAPHICS = 3.0  # WCAG 2 contrast for the parts of a graphic
MARGIN = 8
SPOKEN = 60  # bars read out in the accessible description, at most


def bar_colour(palette: QPalette) -> QColor:
    """The palette's highlight, moved towards its text until it stands out from its base."""
    base = palette.color(QPalette.ColorRole.Base)
    text = palette.color(QPalette.ColorRole.Text)
    bar = palette.color(QPalette.ColorRole.Highlight)
    share = 0.0
    while contrast(mix(text, bar, share), base) < GRAPHICS and share < 1:
        share += 0.1
    return mix(text, bar, min(share, 1.0))


def nice_top(value: int) -> tuple[int, int]:
    """(the axis' top, its step): at least `value`, in steps of 1, 2 or 5 times a power of ten."""
    if value <= 5:
        return max(value, 1), 1
    rough = value / 5
    power = 10 ** math.floor(math.log10(rough))
    step = next(n * power for n in (1, 2, 5, 10) if n * power >= rough)
    return step * math.ceil(value / step), step


class BarChart(QWidget):
    def __init__(
        self, orientation: Qt.Orientation = Qt.Orientation.Vertical, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.orientation = orientation
        self.rows: list[tuple[str, int]] = []
        self.tips: list[str] = []
        self.empty_text = self.tr("没有数据")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setMouseTracking(True)

    def set_data(self, rows: list[tuple[str, int]], tips: list[str] | None = None) -> None:
        """(label, value) of each bar, in order; `tips`: a fuller text for each bar's tooltip."""
        self.rows = list(rows)
        self.tips = list(tips) if tips is not None else [label for label, _ in self.rows]
        spoken = self.tr("；").join(self._said(label, value) for label, value in self.rows[:SPOKEN])
        if len(self.rows) > SPOKEN:
            spoken += self.tr("；") + "…"
        self.setAccessibleDescription(spoken or self.empty_text)
        self.updateGeometry()
        self.update()

    def _said(self, label: str, value: int) -> str:
        return self.tr("%1：%2").replace("%2", str(value)).replace("%1", label)

    # geometry

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        if self.orientation == Qt.Orientation.Horizontal:
            return QSize(520, max(1, len(self.rows)) * self._row_height() + 2 * MARGIN)
        return QSize(max(360, 60 + 18 * len(self.rows)), 240)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        if self.orientation == Qt.Orientation.Horizontal:
            return QSize(240, self.sizeHint().height())
        return QSize(200, 160)

    def _plot(self) -> tuple[QRectF, int, int]:
        """The area the bars are drawn in, the axis' top value and its step."""
        metrics = QFontMetrics(self.font())
        top, step = nice_top(max((value for _, value in self.rows), default=1))
        if self.orientation == Qt.Orientation.Horizontal:
            widest = max((metrics.horizontalAdvance(label) for label, _ in self.rows), default=0)
            left = MARGIN + min(widest, int(self.width() * 0.45)) + 8
            right = MARGIN + metrics.horizontalAdvance(str(top)) + 6
            height = len(self.rows) * self._row_height()
            return QRectF(left, MARGIN, max(1, self.width() - left - right), height), top, step
        left = MARGIN + metrics.horizontalAdvance(str(top)) + 6
        upper = MARGIN + metrics.height()  # room for the values over the bars
        lower = metrics.height() + 8  # the labels under them
        return (
            QRectF(
                left, upper, max(1, self.width() - left - MARGIN), self.height() - upper - lower
            ),
            top,
            step,
        )

    def slots(self) -> list[QRectF]:
        """Each bar's whole slot (its row or column): where hovering names it."""
        if not self.rows:
            return []
        plot, _, _ = self._plot()
        if self.orientation == Qt.Orientation.Horizontal:
            height = self._row_height()
            return [
                QRectF(0, plot.top() + n * height, self.width(), height)
                for n in range(len(self.rows))
            ]
        width = plot.width() / len(self.rows)
        return [
            QRectF(plot.left() + n * width, 0, width, self.height()) for n in range(len(self.rows))
        ]

    def bars(self) -> list[QRectF]:
        """Each bar as drawn (empty for a value of 0)."""
        if not self.rows:
            return []
        plot, top, _ = self._plot()
        found = []
        for slot, (_, value) in zip(self.slots(), self.rows, strict=True):
            if self.orientation == Qt.Orientation.Horizontal:
                length = plot.width() * value / top
                found.append(QRectF(plot.left(), slot.top() + 3, length, slot.height() - 6))
            else:
                width = min(slot.width() * 0.7, 48)
                length = plot.height() * value / top
                found.append(
                    QRectF(slot.center().x() - width / 2, plot.bottom() - length, width, length)
                )
        return found

    # painting

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        palette = self.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        painter = QPainter(self)
        painter.fillRect(self.rect(), base)
        painter.setPen(text)
        if not self.rows:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot, top, step = self._plot()
        self._draw_scale(painter, plot, top, step, mix(text, base, 0.2), text)
        colour = bar_colour(palette)
        for bar in self.bars():
            painter.fillRect(bar, colour)
        self._draw_labels(painter, plot, text)
        painter.setPen(QPen(text, 1))
        if self.orientation == Qt.Orientation.Horizontal:
            painter.drawLine(plot.topLeft(), plot.bottomLeft())
        else:
            painter.drawLine(plot.bottomLeft(), plot.bottomRight())
            painter.drawLine(plot.bottomLeft(), plot.topLeft())
        painter.end()

    def _draw_scale(self, painter, plot: QRectF, top: int, step: int, grid: QColor, text) -> None:
        """Grid lines at each step; in columns, their values beside the axis."""
        metrics = QFontMetrics(self.font())
        for value in range(0, top + 1, step):
            if self.orientation == Qt.Orientation.Horizontal:
                x = plot.left() + plot.width() * value / top
                painter.setPen(QPen(grid, 1))
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
                continue
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            box = QRectF(0, y - metrics.height() / 2, plot.left() - 4, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )

    def _draw_labels(self, painter, plot: QRectF, text: QColor) -> None:
        metrics = QFontMetrics(self.font())
        painter.setPen(text)
        slots, bars = self.slots(), self.bars()
        if self.orientation == Qt.Orientation.Horizontal:
            for slot, bar, (label, value) in zip(slots, bars, self.rows, strict=True):
                box = QRectF(MARGIN, slot.top(), plot.left() - MARGIN - 8, slot.height())
                shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(box.width()))
                painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, shown)
                after = QRectF(bar.right() + 4, slot.top(), self.width(), slot.height())
                painter.drawText(after, Qt.AlignmentFlag.AlignVCenter, str(value))
            return
        widest = max(metrics.horizontalAdvance(label) for label, _ in self.rows) + 8
        every = max(1, math.ceil(widest / slots[0].width()))  # labels that would touch are left out
        for n, (slot, bar, (label, value)) in enumerate(zip(slots, bars, self.rows, strict=True)):
            if value and slot.width() >= metrics.horizontalAdvance(str(value)) + 2:
                over = QRectF(
                    slot.left(), bar.top() - metrics.height(), slot.width(), metrics.height()
                )
                painter.drawText(over, Qt.AlignmentFlag.AlignCenter, str(value))
            if n % every == 0:
                left = min(max(0.0, slot.center().x() - widest / 2), self.width() - widest)
                under = QRectF(left, plot.bottom() + 4, widest, metrics.height())
                painter.drawText(under, Qt.AlignmentFlag.AlignHCenter, label)

    # tooltips

    def index_at(self, position: QPointF) -> int | None:
        for n, slot in enumerate(self.slots()):
            if slot.contains(position):
                return n
        return None

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            found = self.index_at(QPointF(event.pos()))
            if found is None:
                QToolTip.hideText()
                event.ignore()
            else:
                said = self._said(self.tips[found], self.rows[found][1])
                QToolTip.showText(event.globalPos(), tip(said) or "", self)
            return True
        return super().event(event)
