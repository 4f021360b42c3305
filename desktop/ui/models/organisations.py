"""Qt item models for the organisation register: the table over the service, and its filter.

The table holds `OrganisationSummary` rows (plain values from the service). Sorting happens in
the table model with precomputed keys (one Python sort instead of thousands of Qt comparisons
calling back into Python), and the proxy only filters, from a precomputed lower-case search
text per row, so a keystroke over 5,000 organisations stays well under 50 ms.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.registration.choices import GAP_STATUSES, LEGAL_FORMS
from desktop.services.organisation_rows import OrganisationSummary
from desktop.ui.format import local_time
from desktop.ui.i18n import tr, tr_format, tr_noop

COLUMNS: tuple[str, ...] = (
    tr_noop("Organisations", "Name"),
    tr_noop("Organisations", "Legal form"),
    tr_noop("Organisations", "Ward"),
    tr_noop("Organisations", "Postcode"),
    tr_noop("Organisations", "Identifiers"),
    tr_noop("Organisations", "GAP status"),
    tr_noop("Organisations", "Last changed"),
)
NAME, LEGAL_FORM, WARD, POSTCODE, IDENTIFIERS, GAP_STATUS, LAST_CHANGED = range(len(COLUMNS))

ID_ROLE = Qt.ItemDataRole.UserRole + 1

# The page's compact widths, and which columns step aside first when the list is narrow.
COLUMN_WIDTHS = (220, 130, 120, 76, 140, 110, 120)
NARROW_HIDES_FIRST = (LAST_CHANGED, IDENTIFIERS, LEGAL_FORM, GAP_STATUS)

_LEGAL_FORM_LABELS = dict(LEGAL_FORMS)
_GAP_STATUS_LABELS = dict(GAP_STATUSES)

AnyIndex = QModelIndex | QPersistentModelIndex


def count_text(total: int, shown: int, filtering: bool) -> str:
    """The line under the register: "200 organisations", "3 of 200 organisations"."""
    # Counted phrases are whole texts, so a language can word them around its plural forms.
    # tr_format: the line is filled in again when the language changes.
    if not filtering:
        if total == 1:
            return tr_format("Organisations", "{total} organisation", total=total)
        return tr_format("Organisations", "{total} organisations", total=total)
    if shown == 0:
        return tr_format("Organisations", "No match among {total} organisations", total=total)
    return tr_format("Organisations", "{shown} of {total} organisations", shown=shown, total=total)


def _changed_text(moment: datetime) -> str:
    return local_time(moment)


class OrganisationTableModel(QAbstractTableModel):
    """The register as a sortable table: one row per organisation, columns as in COLUMNS."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[OrganisationSummary] = []
        # Per row: display text of every column but "Last changed" (formatted when painted).
        self._texts: list[tuple[str, ...]] = []
        self._search: list[str] = []
        self._sort_column = NAME
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- loading ------------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[OrganisationSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [self._display_texts(row) for row in self._rows]
        self._sort_rows()
        self._search = [self._search_text(row) for row in self._rows]
        self.endResetModel()

    @staticmethod
    def _display_texts(row: OrganisationSummary) -> tuple[str, ...]:
        return (
            row.name,
            _LEGAL_FORM_LABELS.get(row.legal_form, row.legal_form),
            row.ward or "",
            row.postcode or "",
            row.identifiers,
            _GAP_STATUS_LABELS.get(row.gap_status, row.gap_status),
        )

    @staticmethod
    def _search_text(row: OrganisationSummary) -> str:
        # Postcodes are matched with and without their space ("hd11aa" finds "HD1 1AA").
        postcode = row.postcode or ""
        return "\n".join(
            (row.name, row.identifiers, postcode, postcode.replace(" ", ""))
        ).casefold()

    def organisation_id(self, row: int) -> str:
        return self._rows[row].id

    def summary(self, row: int) -> OrganisationSummary:
        return self._rows[row]

    def row_of(self, organisation_id: str) -> int | None:
        for index, row in enumerate(self._rows):
            if row.id == organisation_id:
                return index
        return None

    def export_row(self, row: int) -> list[Any]:
        """One organisation as spreadsheet cells: the columns' texts, the change as a datetime."""
        return [*self._texts[row], self._rows[row].modified_at]

    def search_text(self, row: int) -> str:
        return self._search[row]

    def ward(self, row: int) -> str:
        return self._rows[row].ward or ""

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == LAST_CHANGED:
                return _changed_text(self._rows[row].modified_at)
            if column in (LEGAL_FORM, GAP_STATUS):
                # Kept English in the rows (sorting, the spreadsheet); shown translated.
                return tr("Registration", self._texts[row][column])
            return self._texts[row][column]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{tr('Organisations', COLUMNS[column])}: {self.data(index)}"
        if role == ID_ROLE:
            return self._rows[row].id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return tr("Organisations", COLUMNS[section])
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.id for row in self._rows]
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        self._search = [self._search_text(row) for row in self._rows]
        self._remap_persistent_indexes(old_ids)
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        if column == LAST_CHANGED:

            def key(pair: tuple[OrganisationSummary, tuple[str, ...]]) -> Any:
                return pair[0].modified_at
        else:

            def key(pair: tuple[OrganisationSummary, tuple[str, ...]]) -> Any:
                # Empty cells sort last in both directions would surprise; keep them first.
                return (pair[1][column].casefold(), pair[1][NAME].casefold())

        pairs = sorted(
            zip(self._rows, self._texts, strict=True),
            key=key,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [row for row, _texts in pairs]
        self._texts = [texts for _row, texts in pairs]

    def _remap_persistent_indexes(self, old_ids: list[str]) -> None:
        new_row = {row.id: number for number, row in enumerate(self._rows)}
        old_indexes = self.persistentIndexList()
        new_indexes = [
            self.index(new_row[old_ids[index.row()]], index.column()) for index in old_indexes
        ]
        self.changePersistentIndexList(old_indexes, new_indexes)


class OrganisationFilter(QSortFilterProxyModel):
    """Filters the table by search text and ward; sorting is passed down to the table model."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._ward = ""

    def set_search_text(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle != self._needle:
            self._refilter(lambda: setattr(self, "_needle", needle))

    def set_ward(self, ward: str) -> None:
        if ward != self._ward:
            self._refilter(lambda: setattr(self, "_ward", ward))

    def _refilter(self, change: Callable[[], None]) -> None:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair around the change.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateFilter()

    @property
    def is_filtering(self) -> bool:
        return bool(self._needle or self._ward)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        table: OrganisationTableModel = self.sourceModel()  # type: ignore[assignment]
        if self._ward and table.ward(source_row) != self._ward:
            return False
        return not self._needle or self._needle in table.search_text(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        table = self.sourceModel()
        if table is not None:
            table.sort(column, order)

    def organisation_id(self, proxy_row: int) -> str:
        table: OrganisationTableModel = self.sourceModel()  # type: ignore[assignment]
        return table.organisation_id(self.mapToSource(self.index(proxy_row, 0)).row())

    def proxy_row_of(self, organisation_id: str) -> int | None:
        table: OrganisationTableModel = self.sourceModel()  # type: ignore[assignment]
        source_row = table.row_of(organisation_id)
        if source_row is None:
            return None
        index = self.mapFromSource(table.index(source_row, 0))
        return index.row() if index.isValid() else None
