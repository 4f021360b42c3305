"""A read-only table model over plain rows (the dataclasses services return), one Column each."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.ui.format import local_time
from desktop.ui.models.rows import RowsTableModel


@dataclass(frozen=True)
class Column:
    """One column of a RecordsModel: its header (marked with `tr_noop(context, ...)` when the
    model is given that context) and how to read a row's cell."""

    title: str
    value: Callable[[Any], Any]
    align_right: bool = False


class RecordsModel(RowsTableModel[Any]):
    """A read-only table over a list of plain rows (dataclasses), one Column each."""

    def __init__(
        self,
        columns: Sequence[Column],
        colour: Callable[[Any], QColor | None] | None = None,
        tooltip: Callable[[Any], str | None] | None = None,
        parent: QObject | None = None,
        title_context: str = "",
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.titles = tuple(column.title for column in self.columns)
        self.title_context = title_context
        self._colour = colour
        self._tooltip = tooltip

    def append_rows(self, rows: Sequence[Any]) -> None:
        if not rows:
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            if isinstance(value, datetime):
                return local_time(value)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self._colour is not None:
            colour = self._colour(row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if self._tooltip is not None:
                return self._tooltip(row)
            value = column.value(row)
            return None if value is None else str(value)
        return None
