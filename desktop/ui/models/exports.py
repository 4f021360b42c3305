"""The Sync page's export history as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.format import tr_noop
from desktop.ui.format import local_time
from desktop.ui.i18n import tr
from desktop.ui.sync_words import counts_shown

if TYPE_CHECKING:
    from desktop.services.sync.export import ExportHistoryEntry


class ExportHistoryModel(QAbstractTableModel):
    """The bundles written from this data folder, newest first."""

    HEADERS = (
        tr_noop("Sync", "Bundle"),
        tr_noop("Sync", "Written"),
        tr_noop("Sync", "Records"),
        tr_noop("Sync", "What"),
        tr_noop("Sync", "Bundle id"),
        tr_noop("Sync", "Saved as"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[ExportHistoryEntry] = []

    def set_entries(self, entries: list[ExportHistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("Sync", self.HEADERS[section])
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 2:
                return counts_shown(entry.counts)
            if column in (4, 5):
                return self._text(entry, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _text(entry: ExportHistoryEntry, column: int) -> str:
        if column == 0:
            return str(entry.bundle_seq)
        if column == 1:
            return local_time(entry.created_at)
        if column == 2:
            return f"{entry.total:,}"
        if column == 3:
            parts = [tr("Sync", "everything") if entry.full else tr("Sync", "changes")]
            if entry.include_drafts:
                parts.append(tr("Sync", "with drafts"))
            if entry.encrypted:
                parts.append(tr("Sync", "encrypted"))
            return ", ".join(parts)
        if column == 4:
            return entry.bundle_id
        return entry.path
