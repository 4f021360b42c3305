"""The Overview's heat map of support needs: wards down, themes across."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics

from desktop.ui.i18n import theme_name, tr
from desktop.ui.models.organisations import count_text
from desktop.ui.theme import HEAT_HIGH, HEAT_LOW, MUTED, ON_DARK
from desktop.ui.theme import TEXT as TEXT_HEX

if TYPE_CHECKING:
    from desktop.services.council.overview import Overview

HEAT_THEMES = 10  # columns of the heat map: the themes most needed
TEXT = QColor(TEXT_HEX)
ZERO = QColor(MUTED)  # a ward's zero needs, faint so it isn't taken for missing


class NeedsHeatMapModel(QAbstractTableModel):
    """Wards down, themes across: how many organisations raised each theme, shaded by size."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.wards: list[str] = []
        self.themes: list[str] = []
        self.counts: dict[tuple[str, str], int] = {}
        self.largest = 0

    def set_overview(self, overview: Overview, themes: int = HEAT_THEMES) -> None:
        """Show the `themes` most needed themes (at most HEAT_THEMES)."""
        self.beginResetModel()
        self.themes = overview.need_themes[: min(themes, HEAT_THEMES)]
        self.wards = [*overview.need_wards, "All wards"]
        self.counts = dict(overview.needs)
        for theme in self.themes:
            self.counts[("All wards", theme)] = overview.theme_total(theme)
        self.largest = max(
            (overview.need(w, t) for w in overview.need_wards for t in self.themes), default=0
        )
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.wards)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.themes)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return header_label(theme_name(self.themes[section]))
            return _ward_shown(self.wards[section])
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return theme_name(self.themes[section])
        vertical = orientation == Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.FontRole and vertical and self.wards[section] == "All wards":
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        ward, theme = self.wards[index.row()], self.themes[index.column()]
        count = self.counts.get((ward, theme), 0)
        total_row = ward == "All wards"
        if role == Qt.ItemDataRole.DisplayRole:
            # A ward with no needs shows its zeros (faintly), so it isn't taken for missing.
            return str(count)
        if role == Qt.ItemDataRole.ForegroundRole and not count:
            return QBrush(ZERO)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and count and not total_row:
            share = count / max(self.largest, 1)
            return QBrush(_shade(share))
        if role == Qt.ItemDataRole.ForegroundRole and count and not total_row:
            return QBrush(QColor(ON_DARK) if count / max(self.largest, 1) > 0.55 else TEXT)
        if role == Qt.ItemDataRole.FontRole and total_row:
            font = QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            organisations = count_text(count, count, filtering=False)
            return f"{_ward_shown(ward)}, {theme_name(theme)}: {organisations}"
        return None


def _ward_shown(ward: str) -> str:
    """A ward as written; the total row in the language shown."""
    return tr("Organisations", "All wards") if ward == "All wards" else ward


def header_label(label: str) -> str:
    """Long theme names go on one line per word, so ten columns fit without clipping a word."""
    return label.replace(" ", "\n") if len(label) > 12 else label


def widest_word(metrics: QFontMetrics, labels: Sequence[str]) -> int:
    """The width of the longest line of any label: no column may be narrower than this."""
    lines = [line for label in labels for line in header_label(label).split("\n")]
    return max((metrics.horizontalAdvance(line) for line in lines), default=0)


def _shade(share: float) -> QColor:
    """From a pale tint of the accent (few) to the accent itself (most)."""
    low, high = QColor(HEAT_LOW), QColor(HEAT_HIGH)
    t = max(0.0, min(1.0, share))
    return QColor(
        round(low.red() + (high.red() - low.red()) * t),
        round(low.green() + (high.green() - low.green()) * t),
        round(low.blue() + (high.blue() - low.blue()) * t),
    )
