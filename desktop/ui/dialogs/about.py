"""About GAP Field Kit: the version, where the data folder is, and what ships with the app.

The version comes from desktop.version (pyproject.toml through the package metadata); the
list of libraries and fonts with their licences from desktop.licences.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.licences import Component, everything_bundled
from desktop.paths import icons_dir
from desktop.ui.i18n import tr, tr_noop
from desktop.version import app_version

KIND_LABELS = {
    "runtime": tr_noop("About", "Runtime"),
    "library": tr_noop("About", "Library"),
    "font": tr_noop("About", "Font"),
}


class AboutDialog(QDialog):
    """Version, data folder and the bundled components' licences."""

    # A font's licence text asked for: the Help viewer shows it.
    licence_requested = Signal(Path)

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("MainWindow", "About GAP Field Kit"))
        self.setAccessibleName(tr("MainWindow", "About GAP Field Kit"))
        self.data_dir = Path(data_dir)
        self.components = everything_bundled()

        layout = QVBoxLayout(self)
        header = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(str(icons_dir() / "gapkit-64.png"))
        if not pixmap.isNull():
            icon.setPixmap(pixmap)
        icon.setAccessibleName(tr("About", "GAP Field Kit icon"))
        header.addWidget(icon)
        title_box = QVBoxLayout()
        title = QLabel("GAP Field Kit")
        title.setObjectName("pageTitle")
        title_box.addWidget(title)
        self.version_label = QLabel(tr("About", "Version {version}").format(version=app_version()))
        self.version_label.setAccessibleName(tr("About", "Version"))
        self.version_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title_box.addWidget(self.version_label)
        blurb = QLabel(
            tr(
                "About",
                "Registration, organisational health checks and Community Asset Transfer "
                "readiness for community groups, offline. Free software under the MIT licence.",
            )
        )
        blurb.setWordWrap(True)
        title_box.addWidget(blurb)
        header.addLayout(title_box, 1)
        layout.addLayout(header)

        data_row = QHBoxLayout()
        data_row.addWidget(QLabel(tr("About", "Data folder")))
        self.data_field = QLineEdit(str(self.data_dir))
        self.data_field.setReadOnly(True)
        self.data_field.setAccessibleName(tr("About", "Data folder"))
        self.data_field.setCursorPosition(0)
        data_row.addWidget(self.data_field, 1)
        open_folder = QPushButton(tr("About", "Open folder"))
        open_folder.setAccessibleName(tr("About", "Open the data folder"))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
        )
        data_row.addWidget(open_folder)
        layout.addLayout(data_row)

        layout.addWidget(QLabel(tr("About", "Bundled with this app:")))
        self.table = QTableWidget(len(self.components), 4)
        self.table.setAccessibleName(tr("About", "Bundled libraries and fonts"))
        self.table.setHorizontalHeaderLabels(
            [
                tr("About", "Component"),
                tr("About", "Version"),
                tr("About", "Kind"),
                tr("About", "Licence"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        for row, component in enumerate(self.components):
            for column, text in enumerate(
                (
                    component.name,
                    component.version,
                    tr("About", KIND_LABELS[component.kind]),
                    component.licence,
                )
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.licence_button = QPushButton(tr("About", "Show licence text"))
        self.licence_button.setAccessibleName(tr("About", "Show the selected font's licence text"))
        self.licence_button.setEnabled(False)
        self.licence_button.clicked.connect(self._show_licence)
        buttons.addButton(self.licence_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("About", "Close"))  # Qt ships no Urdu or Punjabi words for it
        close.setAccessibleName(tr("About", "Close About"))
        layout.addWidget(buttons)
        self.resize(680, 520)

    def _selected(self) -> Component | None:
        rows = self.table.selectionModel().selectedRows()
        return self.components[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        component = self._selected()
        self.licence_button.setEnabled(component is not None and component.licence_file is not None)

    def _show_licence(self) -> None:
        component = self._selected()
        if component is not None and component.licence_file is not None:
            self.licence_requested.emit(component.licence_file)
