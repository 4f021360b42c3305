"""A read-only, row-selecting table view: the one way pages show lists of records."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
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
