"""What every page of the main window is: a widget with a title, hooks and three signals.

To add a page, write `desktop/ui/pages/<name>.py` with a `Page` subclass and add one row to
`desktop.ui.main_window.PAGES` (see docs/architecture.md, "Pages"). The main window creates a
page the first time it is shown, passing the services and whether the app runs in council
mode; it calls `on_shown()` each time the page comes to the front, `on_hidden()` when another
takes it, and `can_leave()` before another page (or closing) takes over.

A page never reaches into another page. It talks to the window through the signals every page
has (the window connects them, by attribute, in `MainWindow._wire_page`):
- `status_message(str)`: a line for the status bar;
- `data_changed(DataChange)`: it changed data (what kinds, see `desktop.ui.changes`); every
  other built page gets `on_data_changed(change)`;
- `start_assessment_requested(str)`: open the Assessments page's start dialog for this
  organisation id;
- `open_assessment_requested(str)`: open this assessment (its results, or the runner where it
  stopped);
- `open_statement_requested(str, str)`: open this assessment at a statement (a question id;
  a section id opens the section's first statement): the runner there, read only if completed;
- `registration_requested(str, str)`: open this organisation's registration at a field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.changes import Changed, DataChange
from desktop.ui.i18n import tr

if TYPE_CHECKING:
    from desktop.services import Services


class Page(QWidget):
    """Base of the main window's pages."""

    title: str = ""
    # The kinds of data this page shows: a change to any of them, made elsewhere while the
    # page is on screen, refreshes it (a hidden page refreshes when it is next shown anyway).
    shows: Changed = Changed(0)

    status_message = Signal(str)  # "Saved Holme Valley Food Bank"
    data_changed = Signal(object)  # a DataChange
    start_assessment_requested = Signal(str)  # organisation id
    open_assessment_requested = Signal(str)  # assessment id
    open_statement_requested = Signal(str, str)  # assessment id, question or section id
    registration_requested = Signal(str, str)  # organisation id, registration field ("" none)

    def __init__(
        self, services: Services, council: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.council = council
        # The side bar names the pages (context MainWindow); a screen reader says the same.
        self.setAccessibleName(tr("MainWindow", self.title) if self.title else type(self).__name__)

    def on_shown(self) -> None:
        """Called every time the page comes to the front (refresh what may have changed)."""

    def on_hidden(self) -> None:
        """Called when another page takes the front."""

    def can_leave(self) -> bool:
        """False keeps the page open (e.g. the user chose to go back to unsaved typing)."""
        return True

    def on_data_changed(self, change: DataChange) -> None:
        """Another page (or work it started) changed data. By default a page on screen that
        shows that kind of data refreshes."""
        if change.what & self.shows and self.isVisible():
            self.on_shown()

    def changed(self, what: Changed) -> None:
        """Tell the rest of the app that this page changed `what` (and has shown it itself)."""
        self.data_changed.emit(DataChange(what, self))


class OpeningPage(QWidget):
    """Shown for the moment between the window appearing and the data folder being open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("MainWindow", "Opening your data"))
        self.message = QLabel(tr("MainWindow", "Opening your data…"))
        self.message.setObjectName("emptyState")
        self.message.setAccessibleName(tr("MainWindow", "Opening your data"))
        # Centred with stretches rather than Qt.AlignmentFlag: this page is on the start-up
        # path, and the first use of the Qt namespace costs ~15 ms.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.message)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
