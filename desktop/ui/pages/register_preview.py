"""The register, shown read-only while the data folder opens.

At start-up the window reads the register straight from the SQLite file
(`desktop.services.first_look`) and shows it here, laid out as the Organisations page, while the
store, SQLAlchemy and the registration rules load behind it. The list can be scrolled,
searched and sorted at once; choosing an organisation opens it as soon as the page is ready,
which takes over with the search and the choice (`OrganisationsPage.continue_from`).

Only the list's modules load here: the registration form, the funding panel and the services
wait for the real page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.format import tr_noop
from desktop.services.organisation_rows import OrganisationSummary
from desktop.ui.i18n import tr
from desktop.ui.models.organisations import (
    COLUMN_WIDTHS,
    NAME,
    NARROW_HIDES_FIRST,
    OrganisationFilter,
    OrganisationTableModel,
    count_text,
)
from desktop.ui.widgets.tables import fit_columns_beside, make_table

OPENING = tr_noop("RegisterPreview", "Opening your data…")


def make_register_table(proxy: OrganisationFilter) -> QTableView:
    """The register's table, as the Organisations page and its first-look preview show it."""
    table = make_table(proxy, "Organisations")
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(26)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    # The name takes what is left; the rest keep compact widths, and the least needed
    # columns step aside when the list is narrow (a small screen, or the form open).
    header.setStretchLastSection(False)
    header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    for column, width in enumerate(COLUMN_WIDTHS):
        if column != NAME:
            header.resizeSection(column, width)
    table.setSortingEnabled(True)
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    return table


def make_register_heading(count_label: QLabel) -> QHBoxLayout:
    """The page title with the count of organisations shown beside it. The count sits up
    here, not among the buttons under the list, where a narrow list (a small screen with
    the form open) cut it to "40 org"."""
    heading = QLabel(tr("RegisterPreview", "Organisations"))
    heading.setObjectName("pageTitle")
    count_label.setAccessibleName("How many organisations are shown")
    row = QHBoxLayout()
    row.addWidget(heading)
    row.addStretch(1)
    row.addWidget(count_label, 0, Qt.AlignmentFlag.AlignBottom)
    return row


def fit_register_columns(table: QTableView) -> None:
    """The register's columns fitted to the current language and the room there is; the
    least needed step aside first, the name keeps at least 200 pixels."""
    fit_columns_beside(table, NAME, COLUMN_WIDTHS, NARROW_HIDES_FIRST)


class RegisterPreview(QWidget):
    """The Organisations page's list, filled from the first look; nothing can change yet."""

    def __init__(
        self, organisations: Sequence[OrganisationSummary], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Organisations (opening)")
        self.table_model = OrganisationTableModel(self)
        self.table_model.set_rows(organisations)
        self.proxy = OrganisationFilter(self)
        self.proxy.setSourceModel(self.table_model)

        self.count_label = QLabel()
        heading = make_register_heading(self.count_label)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("RegisterPreview", "Search name, charity or company number, postcode (Ctrl+F)")
        )
        self.search.setAccessibleName("Search organisations")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        ward_filter = QComboBox()
        ward_filter.setAccessibleName("Show organisations in ward")
        ward_filter.addItem(tr("RegisterPreview", "All wards"))
        ward_filter.setMinimumContentsLength(10)
        ward_filter.setEnabled(False)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(ward_filter)

        self.table = make_register_table(self.proxy)
        self.table.viewport().installEventFilter(self)

        footer = QHBoxLayout()
        footer.addStretch(1)
        for text in (
            tr("RegisterPreview", "Export…"),
            tr("RegisterPreview", "History…"),
            tr("RegisterPreview", "Delete"),
            tr("RegisterPreview", "New organisation"),
        ):
            button = QPushButton(text)
            button.setEnabled(False)
            footer.addWidget(button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(16, 12, 8, 12)
        left_layout.addLayout(heading)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(footer)

        self.opening = QLabel(tr("RegisterPreview", OPENING))
        self.opening.setObjectName("emptyState")
        self.opening.setAccessibleName("Opening your data")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 12, 16, 12)
        right_layout.addWidget(self.opening, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([640, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_count()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            fit_register_columns(self.table)
        return super().eventFilter(watched, event)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search_text(text)
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            count_text(self.table_model.rowCount(), self.proxy.rowCount(), self.proxy.is_filtering)
        )

    def search_text(self) -> str:
        return self.search.text()

    def chosen_id(self) -> str | None:
        """The organisation chosen in the list, if any (opened once the page is ready)."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.proxy.organisation_id(index.row())
