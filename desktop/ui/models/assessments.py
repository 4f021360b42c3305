"""The assessments list as a Qt table model, and its filter (text, kind, status)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt

from desktop.services.assessments import KINDS, MODES, AssessmentSummary
from desktop.ui.models.rows import AnyIndex, RowsTableModel

COLUMNS = ("Organisation", "Assessment", "Mode", "Status", "Started", "Facilitator")
ORGANISATION, KIND, MODE, STATUS, STARTED, FACILITATOR = range(6)
STATUS_LABELS = {"draft": "In progress", "completed": "Completed", "exported": "Exported"}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class AssessmentTableModel(RowsTableModel[AssessmentSummary]):
    """One row per assessment, in the order the service lists them."""

    titles = COLUMNS

    def summary_at(self, row: int) -> AssessmentSummary | None:
        return self.row_at(row)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        summary = self.summary_at(index.row())
        if summary is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(summary, column)
        if role == SORT_ROLE:
            if column == STARTED:
                return summary.started_at.isoformat()
            return self._text(summary, column).casefold()
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{COLUMNS[column]}: {self._text(summary, column)}"
        return None

    @staticmethod
    def _text(summary: AssessmentSummary, column: int) -> str:
        if column == ORGANISATION:
            return summary.organisation_name
        if column == KIND:
            return KINDS.get(summary.kind, summary.kind)
        if column == MODE:
            return MODES.get(summary.mode, summary.mode)
        if column == STATUS:
            return STATUS_LABELS.get(summary.status, summary.status)
        if column == STARTED:
            local = summary.started_at.astimezone()
            return f"{local.day} {local:%b %Y %H:%M}"
        if column == FACILITATOR:
            return summary.facilitator or ""
        return ""


class AssessmentFilter(QSortFilterProxyModel):
    """Rows whose organisation (or venue, facilitator) contains the text, of a kind, a status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.kind = ""
        self.status = ""
        self.setSortRole(SORT_ROLE)

    def set_filter(
        self, text: str | None = None, kind: str | None = None, status: str | None = None
    ) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = text.strip().casefold()
        if kind is not None:
            self.kind = kind
        if status is not None:
            self.status = status
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, _parent: AnyIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, AssessmentTableModel)
        summary = model.summary_at(source_row)
        if summary is None:
            return False
        if self.kind and summary.kind != self.kind:
            return False
        if self.status and summary.status != self.status:
            return False
        if self.text:
            haystack = " ".join(
                [summary.organisation_name, summary.venue or "", summary.facilitator or ""]
            ).casefold()
            return self.text in haystack
        return True
