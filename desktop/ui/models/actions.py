"""The action plan as a Qt table model over the service's plain `ActionInfo` values."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from desktop.services.assessments import ACTION_STATUSES, ActionInfo
from desktop.ui.format import short_date
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.models.rows import AnyIndex, RowsTableModel

COLUMNS = (
    tr_noop("ActionPlan", "What"),
    tr_noop("ActionPlan", "Who"),
    tr_noop("ActionPlan", "By when"),
    tr_noop("ActionPlan", "Support offer"),
    tr_noop("ActionPlan", "Status"),
)
WHAT, WHO, DUE, OFFER, STATUS = range(5)


class ActionTableModel(RowsTableModel[ActionInfo]):
    """One row per action, in the plan's order."""

    titles: Sequence[str] = COLUMNS  # English; shown through tr (headerData)

    def set_actions(self, actions: list[ActionInfo]) -> None:
        self.set_rows(actions)

    def action_at(self, row: int) -> ActionInfo | None:
        return self.row_at(row)

    def row_of(self, action_id: str) -> int:
        for row, action in enumerate(self.rows):
            if action.id == action_id:
                return row
        return -1

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            # In the language in use now: the results switch to the session's language after
            # the table is made (titles kept from then stayed in the app's language).
            return tr("ActionPlan", COLUMNS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        action = self.action_at(index.row())
        if action is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == WHAT:
                return action.what
            if column == WHO:
                return action.who or ""
            if column == DUE:
                # The month in the language shown (strftime's %b follows the C locale: English,
                # and a Latin date in a right-to-left cell read "Mar 2026 10").
                return short_date(action.due_date) if action.due_date else ""
            if column == OFFER:
                return action.support_offer or ""
            if column == STATUS:
                mark = "✓ " if action.status == "done" else ""
                return mark + status_words(action.status)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{tr('ActionPlan', COLUMNS[column])}: {self.data(index)}"
        if role == Qt.ItemDataRole.FontRole and action.status == "done" and column == WHAT:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.UserRole:
            return action.id
        return None


STATUS_WORDS = {
    "todo": tr_noop("ActionPlan", "To do"),
    "doing": tr_noop("ActionPlan", "In progress"),
    "done": tr_noop("ActionPlan", "Done"),
}


def status_words(status: str) -> str:
    """An action's status in the language in use."""
    return tr("ActionPlan", STATUS_WORDS.get(status, ACTION_STATUSES.get(status, status)))
