"""Asking where to save a spreadsheet export (Overview tables, the register)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.ui.i18n import tr


def ask_spreadsheet_path(parent: QWidget, suggested: str) -> str | None:
    """The file to save, ending in .xlsx or .csv as the chosen type says; None if cancelled."""
    xlsx = tr("Spreadsheet", "Excel workbook (*.xlsx)")
    csv = tr("Spreadsheet", "CSV, UTF-8 (*.csv)")
    path, chosen = QFileDialog.getSaveFileName(
        parent, tr("Spreadsheet", "Export to spreadsheet"), suggested, f"{xlsx};;{csv}", xlsx
    )
    if not path:
        return None
    wanted = ".csv" if chosen == csv else ".xlsx"
    if Path(path).suffix.lower() not in (".csv", ".xlsx"):
        path += wanted
    return path
