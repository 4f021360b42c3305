"""The assessments list as a Qt table model, and its filter (text, kind, status, review state).

A council holds tens of thousands of assessments, so the model works as the Organisations model
does, and more:
- display texts and sort keys are computed once when the rows arrive, and sorting is one Python
  sort in the model (the proxy only filters), instead of Qt comparing rows through `data()`
  hundreds of thousands of times;
- rows are handed to the view in batches (`canFetchMore` / `fetchMore`) as it scrolls, so
  opening the page lays out a few hundred rows, not all of them. Filtering fetches everything
  first, so a search always looks through every assessment.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QSortFilterProxyModel, Qt

from desktop.format import MONTHS
from desktop.services.assessments import KINDS, MODES, AssessmentSummary
from desktop.services.reviews import RECEIVED, state_label
from desktop.ui.i18n import kind_label, tr, tr_noop
from desktop.ui.models.rows import AnyIndex

COLUMNS = (
    tr_noop("Assessments", "Organisation"),
    tr_noop("Assessments", "Assessment"),
    tr_noop("Assessments", "Mode"),
    tr_noop("Assessments", "Status"),
    tr_noop("Assessments", "Review"),
    tr_noop("Assessments", "Started"),
    tr_noop("Assessments", "Facilitator"),
)
ORGANISATION, KIND, MODE, STATUS, REVIEW, STARTED, FACILITATOR = range(7)
# Each column's usual width (the organisation's is what the others leave it), and the columns
# hidden first, in order, where the list is too narrow for them all (a 1024-pixel laptop).
COLUMN_WIDTHS = (240, 200, 90, 100, 100, 140, 130)
NARROW_HIDES_FIRST = (FACILITATOR, MODE)
ORGANISATION_AT_LEAST = 200
STATUS_LABELS = {
    "draft": tr_noop("Assessments", "In progress"),
    "completed": tr_noop("Assessments", "Completed"),
    "exported": tr_noop("Assessments", "Exported"),
}
# Rows handed to the view at a time: a few screens' worth.
FETCH_BATCH = 256


def started_text(moment: datetime) -> str:
    """9 Mar 2026 14:05, the month in the language shown (strftime's %b is always English)."""
    local = moment.astimezone()
    month = tr("Report", MONTHS[local.month - 1][:3])
    return f"{local.day} {month} {local.year} {local:%H:%M}"


class AssessmentTableModel(QAbstractTableModel):
    """One row per assessment, newest first until a column header is clicked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[AssessmentSummary] = []  # every row, in the current order
        # Per row: the text of each column but "Started" (formatted when painted).
        self._texts: list[tuple[str, ...]] = []
        self._search: list[str] = []
        # The council's review state by assessment id (issue 15); a council reads a completed
        # assessment with no note as "received", a laptop shows nothing until the council says.
        self.review_states: dict[str, str] = {}
        self.council = False
        self._fetched = 0
        self._sort_column = STARTED
        self._sort_order = Qt.SortOrder.DescendingOrder

    # -- loading ------------------------------------------------------------------------------

    def set_rows(
        self,
        rows: Sequence[AssessmentSummary],
        review_states: Mapping[str, str] | None = None,
        *,
        council: bool = False,
    ) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.review_states = dict(review_states or {})
        self.council = council
        self._texts = [_texts(row, self.review_state(row)) for row in self.rows]
        self._sort_rows()
        self._fetched = min(FETCH_BATCH, len(self.rows))
        self.endResetModel()

    def summary_at(self, row: int) -> AssessmentSummary | None:
        return self.rows[row] if 0 <= row < self._fetched else None

    row_at = summary_at

    def review_state(self, summary: AssessmentSummary) -> str:
        """The review state shown for an assessment ("" for none: a draft, or on a laptop
        work the council has not reviewed)."""
        found = self.review_states.get(summary.id)
        if found:
            return found
        return RECEIVED if self.council and summary.status == "completed" else ""

    def search_text(self, row: int) -> str:
        return self._search[row]

    @property
    def total(self) -> int:
        """Every assessment, fetched into the view or not."""
        return len(self.rows)

    def fetch_all(self) -> None:
        self.fetch_up_to(len(self.rows) - 1)

    def fetch_up_to(self, row: int) -> None:
        """Hand the view every row up to `row` (to select it, or before filtering)."""
        if row >= self._fetched:
            last = min(row, len(self.rows) - 1)
            self.beginInsertRows(QModelIndex(), self._fetched, last)
            self._fetched = last + 1
            self.endInsertRows()

    def row_of(self, assessment_id: str) -> int | None:
        for number, summary in enumerate(self.rows):
            if summary.id == assessment_id:
                return number
        return None

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:  # noqa: N802
        return not parent.isValid() and self._fetched < len(self.rows)

    def fetchMore(self, parent: AnyIndex) -> None:  # noqa: N802
        if not parent.isValid():
            self.fetch_up_to(self._fetched + FETCH_BATCH - 1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not index.isValid() or row >= self._fetched:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.UserRole:
            return self.rows[row].id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{tr('Assessments', COLUMNS[column])}: {self._text(row, column)}"
        return None

    def _text(self, row: int, column: int) -> str:
        if column == STARTED:
            return started_text(self.rows[row].started_at)
        if column == KIND:
            return kind_label(self.rows[row].kind)
        if column in (MODE, STATUS, REVIEW):
            # Kept English in the rows (sorting); shown in the language of the moment.
            text = self._texts[row][column]
            return tr("Assessments", text) if text else text
        return self._texts[row][column]

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("Assessments", COLUMNS[section])
        return None

    # -- sorting ------------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if (column, order) == (self._sort_column, self._sort_order) and self._search:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = [summary.id for summary in self.rows[: self._fetched]]
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        new_row = {summary.id: number for number, summary in enumerate(self.rows)}
        # A row that moves beyond the fetched ones must still have a place: fetch up to it.
        self._fetched = max([self._fetched, *(new_row[i] + 1 for i in old_ids)], default=0)
        old_indexes = self.persistentIndexList()
        self.changePersistentIndexList(
            old_indexes,
            [self.index(new_row[old_ids[i.row()]], i.column()) for i in old_indexes],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        column = self._sort_column
        pairs = list(zip(self.rows, self._texts, strict=True))
        if column == STARTED:
            pairs.sort(key=lambda pair: pair[0].started_at)
        else:
            pairs.sort(key=lambda pair: (pair[1][column].casefold(), pair[0].started_at))
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            pairs.reverse()
        self.rows = [summary for summary, _texts in pairs]
        self._texts = [texts for _summary, texts in pairs]
        self._search = [texts[-1] for texts in self._texts]


def _texts(summary: AssessmentSummary, review_state: str) -> tuple[str, ...]:
    """Column texts (Started left empty) and, last, the lower-case text a search looks in."""
    return (
        summary.organisation_name,
        KINDS.get(summary.kind, summary.kind),
        MODES.get(summary.mode, summary.mode),
        STATUS_LABELS.get(summary.status, summary.status),
        state_label(review_state) if review_state else "",
        "",
        summary.facilitator or "",
        " ".join(
            [summary.organisation_name, summary.venue or "", summary.facilitator or ""]
        ).casefold(),
    )


class AssessmentFilter(QSortFilterProxyModel):
    """Rows whose organisation (or venue, facilitator) contains the text, of a kind, a status,
    a review state. Sorting is passed down to the table model, which sorts with precomputed
    keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.kind = ""
        self.status = ""
        self.review = ""

    @property
    def is_filtering(self) -> bool:
        return bool(self.text or self.kind or self.status or self.review)

    def set_filter(
        self,
        text: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        review: str | None = None,
    ) -> None:
        self.beginFilterChange()
        if text is not None:
            self.text = text.strip().casefold()
        if kind is not None:
            self.kind = kind
        if status is not None:
            self.status = status
        if review is not None:
            self.review = review
        if self.is_filtering:
            self._table().fetch_all()  # a search looks through every assessment
        self.endFilterChange()

    def _table(self) -> AssessmentTableModel:
        model = self.sourceModel()
        assert isinstance(model, AssessmentTableModel)
        return model

    def filterAcceptsRow(self, source_row: int, _parent: AnyIndex) -> bool:  # noqa: N802
        if not self.is_filtering:
            return True
        table = self._table()
        summary = table.summary_at(source_row)
        if summary is None:
            return False
        if self.kind and summary.kind != self.kind:
            return False
        if self.status and summary.status != self.status:
            return False
        if self.review and table.review_state(summary) != self.review:
            return False
        return not self.text or self.text in table.search_text(source_row)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        table = self.sourceModel()
        if table is not None:
            table.sort(column, order)
