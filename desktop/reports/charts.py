"""Vector charts for reports: the radar chart of section scores, readable in greyscale.

This assessment is a solid line with filled markers; the previous one a dashed line with
hollow markers, so the two stay apart when printed in black and white.
"""

from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, String
from reportlab.lib import colors

from desktop.reports.fonts import BOLD, REGULAR, register_fonts
from desktop.reports.series import RadarSeries
from desktop.reports.words import tr

ACCENT = colors.HexColor("#1f6f8b")
PREVIOUS = colors.HexColor("#55595d")
GRID = colors.HexColor("#c9d1d6")
LABEL = colors.HexColor("#1d2327")
MUTED = colors.HexColor("#5f6b73")
RINGS = (25, 50, 75, 100)


def _label_lines(title: str, width: int = 18) -> list[str]:
    lines = textwrap.wrap(title, width=width) or [title]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width=width, placeholder="…")]
    return lines


def _label_strings(
    x: float, y: float, text: str, font: str, size: float, colour: Any, anchor: str = "start"
) -> list[String]:
    """A label as Strings, one per run, placed by `anchor` (start, middle, end). Urdu is laid
    out right to left with each run shaped (digits and Latin words keep their direction);
    scripts the body font lacks (Gurmukhi) take their own font, run by run."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.reports.fonts import is_arabic_script, needs_fallback, script_runs

    if is_arabic_script(text):
        # only Urdu labels need the bidi module (a few regular expressions to compile)
        from desktop.reports.bidi import _pieces, _shaped, run_width, visual_order

        words = text.split()
        ordered = [words[i] for i in visual_order(words)]
        runs = [
            (piece_font, _shaped(piece, piece_font, size), run_width(piece, piece_font, size))
            for piece_font, piece in _pieces(ordered, bold=font == BOLD)
        ]
    elif needs_fallback(text):
        runs = [
            (run_font, run, stringWidth(run, run_font, size))
            for run_font, run in script_runs(text, bold=font == BOLD)
        ]
    else:
        return [
            String(x, y, text, fontName=font, fontSize=size, fillColor=colour, textAnchor=anchor)
        ]
    width = sum(run[2] for run in runs)
    x -= {"middle": width / 2, "end": width}.get(anchor, 0)
    strings = []
    for run_font, run, run_size in runs:
        strings.append(String(x, y, run, fontName=run_font, fontSize=size, fillColor=colour))
        x += run_size
    return strings


def radar_chart(
    axes: Sequence[str],
    current: RadarSeries,
    previous: RadarSeries | None = None,
    *,
    width: float = 430,
    height: float = 300,
) -> Drawing:
    """A radar chart of section scores with rings at 25, 50, 75 and 100 and a legend."""
    register_fonts()
    drawing = Drawing(width, height)
    count = len(axes)
    legend_height = 18
    cx = width / 2
    cy = legend_height + (height - legend_height) / 2
    # Room for up to three label lines above the top axis and below the bottom one.
    radius = min(width * 0.30, (height - legend_height) / 2 - 38)
    if count < 3:
        # In the report's language, shaped and in the script's font like the labels.
        message = tr("Report", "Not enough sections to draw a chart.")
        for label in _label_strings(cx, cy, message, REGULAR, 9, MUTED, "middle"):
            drawing.add(label)
        return drawing

    def point(index: int, score: float | None) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * index / count
        r = radius * max(0.0, min(100.0, score or 0.0)) / 100.0
        return cx + r * math.cos(angle), cy + r * math.sin(angle)

    for ring in RINGS:
        ring_points: list[float] = []
        for index in range(count):
            ring_points.extend(point(index, ring))
        drawing.add(
            Polygon(
                ring_points,
                strokeColor=GRID,
                strokeWidth=0.6 if ring < 100 else 0.9,
                fillColor=None,
            )
        )
        x, y = point(0, ring)
        drawing.add(
            String(x + 3, y + 1.5, str(ring), fontName=REGULAR, fontSize=6, fillColor=MUTED)
        )
    for index, title in enumerate(axes):
        x, y = point(index, 100)
        drawing.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.6))
        angle = math.pi / 2 - 2 * math.pi * index / count
        lx = cx + (radius + 10) * math.cos(angle)
        ly = cy + (radius + 10) * math.sin(angle)
        anchor = "middle"
        if math.cos(angle) > 0.2:
            anchor = "start"
        elif math.cos(angle) < -0.2:
            anchor = "end"
        score = current.scores[index]
        lines = _label_lines(title)
        lines_all = [*lines, "—" if score is None else f"{score:.0f}"]
        line_height = 8.5
        # Labels above the centre grow upwards, below it downwards, middle ones centre.
        if math.sin(angle) > 0.3:
            top = ly + (len(lines_all) - 1) * line_height
        elif math.sin(angle) < -0.3:
            top = ly - 7
        else:
            top = ly + (len(lines_all) - 1) * line_height / 2 - 3
        for number, text in enumerate(lines_all):
            is_score = number == len(lines_all) - 1
            for label in _label_strings(
                lx,
                top - number * line_height,
                text,
                BOLD if is_score else REGULAR,
                7.5 if not is_score else 8,
                ACCENT if is_score else LABEL,
                anchor,
            ):
                drawing.add(label)

    if previous is not None:
        _series(drawing, previous.scores, point, PREVIOUS, dashed=True)
    _series(drawing, current.scores, point, ACCENT, dashed=False)

    # Legend
    y = 6
    items = [(current.name, False)]
    if previous is not None:
        items.append((previous.name, True))
    item_width = [64 + len(name) * 4.3 for name, _ in items]
    x = cx - sum(item_width) / 2
    for (name, dashed), item in zip(items, item_width, strict=True):
        colour = PREVIOUS if dashed else ACCENT
        drawing.add(
            Line(
                x,
                y + 3,
                x + 26,
                y + 3,
                strokeColor=colour,
                strokeWidth=1.6,
                strokeDashArray=[3, 2] if dashed else None,
            )
        )
        drawing.add(
            Circle(
                x + 13,
                y + 3,
                2.6,
                strokeColor=colour,
                strokeWidth=1.2,
                fillColor=colors.white if dashed else colour,
            )
        )
        for label in _label_strings(x + 32, y, name, REGULAR, 8, LABEL):
            drawing.add(label)
        x += item
    return drawing


def _series(drawing: Drawing, scores, point, colour, *, dashed: bool) -> None:
    points: list[float] = []
    for index, score in enumerate(scores):
        if score is not None:  # no score: no point, rather than a dive to the centre
            points.extend(point(index, score))
    if len(points) < 4:
        return
    if not dashed:
        drawing.add(Polygon(points, strokeColor=None, fillColor=colour, fillOpacity=0.12))
    drawing.add(
        PolyLine(
            [*points, points[0], points[1]],
            strokeColor=colour,
            strokeWidth=1.4 if dashed else 1.8,
            strokeDashArray=[4, 2.5] if dashed else None,
            strokeLineJoin=1,
        )
    )
    for index, score in enumerate(scores):
        if score is None:
            continue
        x, y = point(index, score)
        drawing.add(
            Circle(
                x,
                y,
                2.8 if not dashed else 2.6,
                strokeColor=colour,
                strokeWidth=1.2,
                fillColor=colors.white if dashed else colour,
            )
        )
