"""Asking where to save a spreadsheet export (Overview tables, the register)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

XLSX_FILTER = "Excel workbook (*.xlsx)"
CSV_FILTER = "CSV, UTF-8 (*.csv)"


def ask_spreadsheet_path(parent: QWidget, suggested: str) -> str | None:
    """The file to save, ending in .xlsx or .csv as the chosen type says; None if cancelled."""
    path, chosen = QFileDialog.getSaveFileName(
        parent, "Export to spreadsheet", suggested, f"{XLSX_FILTER};;{CSV_FILTER}", XLSX_FILTER
    )
    if not path:
        return None
    wanted = ".csv" if chosen == CSV_FILTER else ".xlsx"
    if Path(path).suffix.lower() not in (".csv", ".xlsx"):
        path += wanted
    return path
