"""Chart data shared by the screen's radar (Qt) and the PDF's (reportlab): no drawing here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class RadarSeries:
    """One line on a radar chart: a name for the legend and a score (0-100, or None when
    nothing was scored) per spoke."""

    name: str
    scores: Sequence[float | None]
