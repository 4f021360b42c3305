"""What every page of the main window is: a widget with a title, hooks and a status signal.

To add a page, write `desktop/ui/pages/<name>.py` with a `Page` subclass and list it in
`desktop.ui.main_window.PAGES`. The main window creates a page the first time it is shown,
passing the services and whether the app runs in council mode; it calls `on_shown()` each
time the page comes to the front and `can_leave()` before another page (or closing) takes over.
A page never reaches into another page: it emits signals, and `MainWindow._wire_page` connects
them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from desktop.services import Services


class Page(QWidget):
    """Base of the main window's pages."""

    title: str = ""
    # A message for the status bar ("Saved Holme Valley Food Bank").
    status_message = Signal(str)

    def __init__(
        self, services: Services, council: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.council = council
        self.setAccessibleName(self.title or type(self).__name__)

    def on_shown(self) -> None:
        """Called every time the page comes to the front (refresh what may have changed)."""

    def on_hidden(self) -> None:
        """Called when another page takes the front."""

    def can_leave(self) -> bool:
        """False keeps the page open (e.g. the user chose to go back to unsaved typing)."""
        return True


class ComingSoonPage(QWidget):
    """Stands in for a page not built yet, saying what it will do, so no page is ever blank."""

    def __init__(self, title: str, what_it_will_do: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.setAccessibleName(f"{title} (coming soon)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        message = QLabel(f"Coming soon. {what_it_will_do}")
        message.setObjectName("comingSoon")
        message.setWordWrap(True)
        message.setAccessibleName(f"{title} is coming soon")
        layout.addWidget(message)
        layout.addStretch(1)

    def on_shown(self) -> None:
        pass

    def on_hidden(self) -> None:
        pass

    def can_leave(self) -> bool:
        return True


class OpeningPage(QWidget):
    """Shown for the moment between the window appearing and the data folder being open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Opening your data")
        self.message = QLabel("Opening your data…")
        self.message.setObjectName("emptyState")
        self.message.setAccessibleName("Opening your data")
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
