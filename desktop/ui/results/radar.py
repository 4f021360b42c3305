"""A radar chart of section scores drawn with QPainter, readable in greyscale.

This assessment is a solid line with filled round markers; the previous one a dashed line with
hollow square markers, so the two differ by line style and marker shape, not by colour alone.
A section with no score is left as a gap on the spoke (no marker) rather than drawn as zero.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.reports.series import RadarSeries
from desktop.ui import theme
from desktop.ui.i18n import tr

INK = QColor(theme.TEXT)
GRID = QColor(theme.CHART_RING)
CURRENT = QColor(theme.SERIES_NOW)
PREVIOUS = QColor(theme.SERIES_BEFORE)
PAPER = QColor(theme.BASE)


class RadarChart(QWidget):
    """Section scores on spokes; `set_data(labels, current, previous=None)`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels: list[str] = []
        self.current: RadarSeries | None = None
        self.previous: RadarSeries | None = None
        self.setAccessibleName("Radar chart of section scores")
        self.setMinimumSize(560, 500)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(560, 480)

    def set_data(
        self,
        labels: Sequence[str],
        current: RadarSeries,
        previous: RadarSeries | None = None,
    ) -> None:
        self.labels = list(labels)
        self.current = current
        self.previous = previous
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words (for screen readers)."""
        if self.current is None:
            return "No scores yet."
        parts = []
        for index, label in enumerate(self.labels):
            score = self.current.scores[index]
            text = f"{label}: {'no score' if score is None else f'{score:.0f}'}"
            if self.previous is not None and index < len(self.previous.scores):
                before = self.previous.scores[index]
                if before is not None:
                    text += f" (was {before:.0f})"
            parts.append(text)
        return "; ".join(parts)

    # -- geometry ------------------------------------------------------------------------------

    def _angle(self, index: int) -> float:
        """Sections go clockwise from the top; right to left (Urdu) they go anticlockwise."""
        count = max(1, len(self.labels))
        step = 2 * math.pi * index / count
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            step = -step
        return -math.pi / 2 + step

    def _centre_and_radius(self) -> tuple[QPointF, float]:
        legend = 34
        width, height = self.width(), self.height() - legend
        radius = max(40.0, min(width * 0.5 - 150, height * 0.5 - 64))
        return QPointF(width / 2, height / 2 + 6), radius

    def _point(self, centre: QPointF, radius: float, index: int, score: float) -> QPointF:
        angle = self._angle(index)
        distance = radius * max(0.0, min(100.0, score)) / 100.0
        return QPointF(
            centre.x() + distance * math.cos(angle), centre.y() + distance * math.sin(angle)
        )

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), PAPER)
        if not self.labels or self.current is None:
            painter.setPen(INK)
            painter.drawText(
                self.rect(), int(Qt.AlignmentFlag.AlignCenter), tr("Radar", "No scores yet")
            )
            painter.end()
            return
        centre, radius = self._centre_and_radius()
        self._draw_grid(painter, centre, radius)
        if self.previous is not None:
            self._draw_series(painter, centre, radius, self.previous, previous=True)
        self._draw_series(painter, centre, radius, self.current, previous=False)
        self._draw_labels(painter, centre, radius)
        self._draw_legend(painter)
        painter.end()

    def _draw_grid(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        count = len(self.labels)
        small = QFont(self.font())
        small.setPointSizeF(8)
        painter.setFont(small)
        for ring in (25, 50, 75, 100):
            path = QPainterPath()
            for index in range(count + 1):
                point = self._point(centre, radius, index % count, ring)
                if index == 0:
                    path.moveTo(point)
                else:
                    path.lineTo(point)
            painter.setPen(QPen(GRID, 1.4 if ring == 100 else 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            painter.setPen(QColor(theme.FAINT))
            label_at = self._point(centre, radius, 0, ring)
            painter.drawText(QPointF(label_at.x() + 4, label_at.y() + 11), str(ring))
        painter.setPen(QPen(GRID, 1))
        for index in range(count):
            painter.drawLine(centre, self._point(centre, radius, index, 100))

    def _draw_series(
        self,
        painter: QPainter,
        centre: QPointF,
        radius: float,
        series: RadarSeries,
        *,
        previous: bool,
    ) -> None:
        colour = PREVIOUS if previous else CURRENT
        pen = QPen(colour, 2.0 if previous else 2.8)
        pen.setStyle(Qt.PenStyle.DashLine if previous else Qt.PenStyle.SolidLine)
        points = [
            self._point(centre, radius, index, score) if score is not None else None
            for index, score in enumerate(series.scores)
        ]
        complete = all(p is not None for p in points)
        if complete and len(points) > 2 and not previous:
            fill = QPainterPath()
            fill.moveTo(points[0])  # type: ignore[arg-type]
            for point in points[1:]:
                fill.lineTo(point)  # type: ignore[arg-type]
            fill.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            shade = QColor(CURRENT)
            shade.setAlpha(40)
            painter.setBrush(shade)
            painter.drawPath(fill)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        count = len(points)
        for index in range(count):
            here, there = points[index], points[(index + 1) % count]
            if here is not None and there is not None and count > 1:
                painter.drawLine(here, there)
        for point in points:
            if point is None:
                continue
            if previous:
                painter.setPen(QPen(colour, 1.8))
                painter.setBrush(QBrush(PAPER))
                painter.drawRect(QRectF(point.x() - 4.5, point.y() - 4.5, 9, 9))
            else:
                painter.setPen(QPen(PAPER, 1.5))
                painter.setBrush(colour)
                painter.drawEllipse(point, 5.5, 5.5)

    def _draw_labels(self, painter: QPainter, centre: QPointF, radius: float) -> None:
        font = QFont(self.font())
        font.setPointSizeF(9.5)
        painter.setFont(font)
        painter.setPen(INK)
        painter.setLayoutDirection(self.layoutDirection())
        no_score = tr("Radar", "no score")
        for index, label in enumerate(self.labels):
            angle = self._angle(index)
            anchor = self._point(centre, radius + 14, index, 100)
            score = self.current.scores[index] if self.current else None
            text = f"{label}\n{no_score if score is None else f'{score:.0f}'}"
            width = 140.0
            flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
            needed = painter.fontMetrics().boundingRect(0, 0, int(width), 1000, flags, text)
            height = float(needed.height() + 4)
            cos = math.cos(angle)
            if cos > 0.3:
                rect = QRectF(anchor.x(), anchor.y() - height / 2, width, height)
                align = Qt.AlignmentFlag.AlignLeft
            elif cos < -0.3:
                rect = QRectF(anchor.x() - width, anchor.y() - height / 2, width, height)
                align = Qt.AlignmentFlag.AlignRight
            else:
                top = anchor.y() - height if math.sin(angle) < 0 else anchor.y()
                rect = QRectF(anchor.x() - width / 2, top, width, height)
                align = Qt.AlignmentFlag.AlignHCenter
            # Placed by geometry, so the alignment is absolute whichever way the text reads.
            flags = align | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, int(flags | Qt.TextFlag.TextWordWrap), text)

    def _draw_legend(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(9.5)
        painter.setFont(font)
        y = self.height() - 16.0
        x = 16.0
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        if rtl:
            # Right to left the legend starts at the right edge: mirror the painter.
            painter.save()
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
        entries = [(self.current, False)]
        if self.previous is not None:
            entries.append((self.previous, True))
        for series, previous in entries:
            assert series is not None
            colour = PREVIOUS if previous else CURRENT
            pen = QPen(colour, 2.0 if previous else 2.8)
            pen.setStyle(Qt.PenStyle.DashLine if previous else Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y), QPointF(x + 34, y))
            if previous:
                painter.setPen(QPen(colour, 1.8))
                painter.setBrush(PAPER)
                painter.drawRect(QRectF(x + 12.5, y - 4.5, 9, 9))
            else:
                painter.setPen(QPen(PAPER, 1.5))
                painter.setBrush(colour)
                painter.drawEllipse(QPointF(x + 17, y), 5.5, 5.5)
            painter.setPen(INK)
            advance = painter.fontMetrics().horizontalAdvance(series.name)
            if rtl:
                # Text must not be mirrored: draw it unmirrored at the mirrored place.
                painter.save()
                painter.resetTransform()
                painter.drawText(QPointF(self.width() - (x + 42) - advance, y + 4), series.name)
                painter.restore()
            else:
                painter.drawText(QPointF(x + 42, y + 4), series.name)
            x += 42 + advance + 28
        if rtl:
            painter.restore()
