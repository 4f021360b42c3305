"""A read-only, row-selecting table view: the one way pages show lists of records."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def make_table(model: QAbstractItemModel, name: str, description: str = "") -> QTableView:
    """A table over `model`: whole rows selected one at a time, no editing, alternate row
    colours, Tab moving on to the next control rather than cell to cell."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    if description:
        table.setAccessibleDescription(description)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.setWordWrap(False)
    return table


def fit_columns(table: QTableView, widest: int = 320) -> None:
    """Columns as wide as their contents, none wider than `widest` (long text is elided and
    shown whole in its tooltip); the last column takes what is left."""
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    last = header.count() - 1
    for column in range(last):
        if table.columnWidth(column) > widest:
            table.setColumnWidth(column, widest)
    # The last column (the long text) gets the rest of the view rather than a scroll bar.
    rest = table.viewport().width() - sum(table.columnWidth(c) for c in range(last))
    if last >= 0:
        natural = table.columnWidth(last)
        table.setColumnWidth(last, rest if rest >= 160 else min(natural, widest))


def fit_columns_beside(
    table: QTableView,
    stretched: int,
    usual_widths: Sequence[int],
    hides_first: Sequence[int],
    at_least: int = 200,
) -> None:
    """Each column but `stretched` (which takes what the others leave) as wide as its heading
    needs in the current language, at least its usual width ("Kod pocztowy" is wider than
    "Postcode"); where they would not all fit beside `at_least` pixels of the stretched
    column, the columns of `hides_first` are hidden in turn, so the list never scrolls
    sideways (a 1024-pixel laptop)."""
    header = table.horizontalHeader()
    widths = [
        max(usual, header.sectionSizeFromContents(column).width())
        for column, usual in enumerate(usual_widths)
    ]
    for column, width in enumerate(widths):
        if column != stretched and header.sectionSize(column) != width:
            header.resizeSection(column, width)
    room = table.viewport().width() - at_least
    hidden: set[int] = set()
    for column in hides_first:
        shown = [c for c in range(len(widths)) if c != stretched and c not in hidden]
        if sum(widths[c] for c in shown) <= room:
            break
        hidden.add(column)
    for column in range(len(widths)):
        table.setColumnHidden(column, column in hidden)


class _ColumnFitter(QObject):
    """Calls `fit` when the table's viewport changes size, and in the turn after a change of
    language (the headings are translated after the event reaches the table)."""

    def __init__(self, table: QTableView, fit: Callable[[], None]) -> None:
        super().__init__(table)  # goes with the table: no call once the table is gone
        self._viewport = table.viewport()
        self._fit = fit
        self._viewport.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self._fit()
        return False

    def event(self, event: QEvent) -> bool:
        # A change of language reaches the table's children too (this object among them).
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self._fit)
        return super().event(event)


def keep_columns_fitted(table: QTableView, fit: Callable[[], None]) -> None:
    """`fit` the table's columns again whenever its room or its headings' words change."""
    _ColumnFitter(table, fit)
