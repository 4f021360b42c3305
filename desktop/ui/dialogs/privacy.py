"""UK GDPR dialogs: the erase confirmation that lists what will go, and the retention review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.subject_access import field_label, shown_value
from desktop.ui.format import rich_text

if TYPE_CHECKING:
    from desktop.services.privacy import Findings, ReviewItem


def _plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {many or word + 's'}"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    # Columns share the width (no sideways scrolling on a 1024x600 screen); long texts wrap.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


class _RoomyDialog(QDialog):
    """Opens wide enough to read a table of values, and still fits a 1024x600 screen."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(860, 480)


class ErasureConfirmDialog(_RoomyDialog):
    """Lists every value an erasure will remove; "Keep everything" is the default button."""

    def __init__(self, findings: Findings, backups: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Erase personal data?")
        self.setAccessibleName("Erase personal data")
        layout = QVBoxLayout(self)
        who = ", ".join(sorted(findings.person.texts))
        intro = QLabel(
            f"<b>Erase everything held about {rich_text(who)}?</b> These values will be removed "
            "from this computer's records and from their history, leaving “erased on "
            "(date) at the person's request”. The erasure travels in the next bundle or "
            "field pack and reaches every copy. It cannot be undone."
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self.table = _table(["Where", "What", "Value"], "Values that will be erased")
        self.table.setRowCount(len(findings.places))
        for row, place in enumerate(findings.places):
            for column, text in enumerate(
                (
                    place.description,
                    # free text keeps what does not name them
                    field_label(place.field) + ("" if place.whole else " (they are taken out)"),
                    shown_value(place.value),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        extra = [f"{_plural(len(findings.history), 'entry', 'entries')} of their history scrubbed"]
        if findings.conflicts:
            extra.append(f"{_plural(len(findings.conflicts), 'conflict')} scrubbed")
        if backups:
            extra.append(
                f"the app's {_plural(backups, 'backup')} of the database deleted "
                "(all are older than the erasure)"
            )
        self.summary = QLabel("Also: " + "; ".join(extra) + ".")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What else the erasure does")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.erase_button = QPushButton(f"Erase {_plural(len(findings.places), 'value')}")
        self.erase_button.setAccessibleName("Erase")
        self.erase_button.setAutoDefault(False)
        self.cancel_button = QPushButton("Keep everything")
        self.cancel_button.setAccessibleName("Keep everything")
        self.cancel_button.setDefault(True)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.cancel_button.setFocus()


class RetentionReviewDialog(_RoomyDialog):
    """Contacts due for review: staff keep (audited) or erase each."""

    keep_requested = Signal(str)
    erase_requested = Signal(str)

    def __init__(self, items: list[ReviewItem], years: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Contacts due for review")
        self.setAccessibleName("Contacts due for review")
        self.items = list(items)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = _table(
            ["Organisation", "Contact", "Last activity", "Earlier decision"],
            "Contacts due for review",
        )
        for column in (2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.keep_button = QPushButton("&Keep contact")
        self.keep_button.setAccessibleName("Keep the contact")
        self.keep_button.clicked.connect(self._keep)
        self.erase_button = QPushButton("&Erase contact…")
        self.erase_button.setAccessibleName("Erase the contact")
        self.erase_button.clicked.connect(self._erase)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        row.addWidget(self.keep_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.years = years
        self.set_items(items)

    def set_items(self, items: list[ReviewItem]) -> None:
        self.items = list(items)
        self.intro.setText(
            f"Organisations holding a contact person's details, with no activity for "
            f"{self.years} years or more: {len(self.items)}. Keep a contact (the decision is "
            "recorded in the organisation's history and the period starts again) or erase it."
        )
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = (
                item.organisation_name,
                item.contact_name or "(no name)",
                item.last_activity.date().isoformat(),
                item.last_decision or "",
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.items:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.items[rows[0].row()].organisation_id

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.keep_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def _keep(self) -> None:
        chosen = self.selected_id()
        if chosen:
            self.keep_requested.emit(chosen)

    def _erase(self) -> None:
        chosen = self.selected_id()
        if chosen:
            self.erase_requested.emit(chosen)
