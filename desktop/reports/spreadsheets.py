"""Tables out to a spreadsheet: CSV (UTF-8 with a BOM, so Excel reads the accents) and XLSX.

The Overview page and the register export what they show so a data officer can take the
figures further. Text that a spreadsheet could run as a formula stays text: in CSV it gets a
leading apostrophe (as in sync bundles, `sync.codecs.needs_formula_guard`); in XLSX the cell is
stored as a string, which no spreadsheet evaluates.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sync.codecs import needs_formula_guard

if TYPE_CHECKING:
    from desktop.services.council.overview import Overview

Cell = str | int | float | None

SPREADSHEET_KINDS = ("xlsx", "csv")
# XLSX refuses most control characters; they can't mean anything in a cell anyway.
_ILLEGAL_IN_XLSX = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SHEET_NAME_LIMIT = 31
_NOT_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")


@dataclass(frozen=True)
class SheetTable:
    """One table: a title (the sheet's name), column headings and rows of plain values."""

    title: str
    headers: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    # Lines written above the table in XLSX (what it counts, the filters used).
    notes: list[str] = field(default_factory=list)


def _csv_cell(value: Cell) -> str | int | float:
    if value is None:
        return ""
    if isinstance(value, str) and value and needs_formula_guard(value):
        return "'" + value
    return value


def csv_bytes(table: SheetTable) -> bytes:
    """One table as CSV: UTF-8 with a BOM, CRLF line ends, quoted where needed."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([_csv_cell(h) for h in table.headers])
    for row in table.rows:
        writer.writerow([_csv_cell(value) for value in row])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def csv_paths(path: Path, tables: Sequence[SheetTable]) -> list[Path]:
    """Where `write_csv` puts each table: `path` itself for one table, else one file per table
    beside it, named after the table ("overview - support needs.csv")."""
    if len(tables) == 1:
        return [path]
    stem = path.stem
    return [path.with_name(f"{stem} - {_file_part(table.title)}.csv") for table in tables]


def write_csv(path: Path, tables: Sequence[SheetTable]) -> list[Path]:
    """Write each table to its CSV file (see `csv_paths`); returns the files written."""
    paths = csv_paths(path, tables)
    for target, table in zip(paths, tables, strict=True):
        _write_whole(target, csv_bytes(table))
    return paths


def write_xlsx(path: Path, tables: Sequence[SheetTable]) -> Path:
    """Write the tables as one workbook, a sheet per table: bold frozen headings, columns
    wide enough to read."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(_sheet_name(table.title, used))
        for note in table.notes:
            sheet.append([_xlsx_text(note)])
            sheet.cell(row=sheet.max_row, column=1).font = Font(italic=True)
        if table.notes:
            sheet.append([])
        header_row = sheet.max_row + 1 if table.notes else 1
        for column, heading in enumerate(table.headers, start=1):
            cell = sheet.cell(row=header_row, column=column, value=_xlsx_text(heading))
            cell.data_type = "s"
            cell.font = Font(bold=True)
        for offset, row in enumerate(table.rows, start=1):
            for column, value in enumerate(row, start=1):
                cell = sheet.cell(row=header_row + offset, column=column)
                if isinstance(value, str):
                    cell.value = _xlsx_text(value)
                    # openpyxl reads a leading "=" as a formula; this keeps it a string.
                    cell.data_type = "s"
                else:
                    cell.value = value
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
        for column, heading in enumerate(table.headers, start=1):
            values = [heading, *(row[column - 1] for row in table.rows if len(row) >= column)]
            width = max((len(str(v)) for v in values if v is not None), default=8)
            letter = sheet.cell(row=header_row, column=column).column_letter
            sheet.column_dimensions[letter].width = min(max(width + 2, 8), 60)
    buffer = io.BytesIO()
    workbook.save(buffer)
    _write_whole(path, buffer.getvalue())
    return path


def write_spreadsheet(path: Path, tables: Sequence[SheetTable]) -> list[Path]:
    """XLSX when `path` ends in .xlsx, else CSV; returns the files written."""
    if path.suffix.lower() == ".xlsx":
        return [write_xlsx(path, tables)]
    return write_csv(path, tables)


def _write_whole(path: Path, data: bytes) -> None:
    # Written beside and moved into place, so a failed write never leaves half a file.
    partial = path.with_name(path.name + ".part")
    partial.write_bytes(data)
    partial.replace(path)


def _xlsx_text(text: str) -> str:
    return _ILLEGAL_IN_XLSX.sub("", text)


def _sheet_name(title: str, used: set[str]) -> str:
    base = _NOT_IN_SHEET_NAMES.sub("-", title)[:_SHEET_NAME_LIMIT].strip() or "Sheet"
    name, number = base, 2
    while name.casefold() in used:
        suffix = f" ({number})"
        name = base[: _SHEET_NAME_LIMIT - len(suffix)] + suffix
        number += 1
    used.add(name.casefold())
    return name


def _file_part(title: str) -> str:
    return re.sub(r'[<>:"/\\|?*\x00-\x1f]', "-", title).strip().lower() or "table"


# -- the Overview's tables ---------------------------------------------------------------------


def _day(moment: date | None, otherwise: str) -> str:
    return moment.isoformat() if moment else otherwise


def overview_tables(overview: Overview, exported_at: datetime | None = None) -> list[SheetTable]:
    """Every table the Overview page shows, in full: all support themes (the page shows the
    ten most needed), every ward with organisations (a ward with no needs is a row of zeros)."""
    from desktop.services.council.overview import VERDICTS, theme_label

    moment = (exported_at or datetime.now()).strftime("%Y-%m-%d %H:%M")
    counted = (
        "approved by council staff only"
        if overview.approved_only
        else "every completed one, approved or not"
    )
    scope = (
        f"Ward: {overview.ward or 'all wards'}; assessments from "
        f"{_day(overview.since, 'the start')} to {_day(overview.until, 'today')} "
        f"({counted}); exported {moment}."
    )
    about = SheetTable(
        "About",
        ["Figure", "Value"],
        [
            ["Ward", overview.ward or "All wards"],
            ["Assessments from", _day(overview.since, "the start")],
            ["Assessments to", _day(overview.until, "today")],
            ["Organisations registered", overview.organisation_count],
            ["Organisations with a completed assessment", overview.assessed_count],
            ["Assessments counted", counted[:1].upper() + counted[1:]],
            ["Completed assessments not yet approved, left out", overview.not_counted],
            ["Exported", moment],
        ],
    )
    themes = overview.need_themes
    needs_rows: list[list[Cell]] = [
        [ward, *(overview.need(ward, theme) for theme in themes)] for ward in overview.need_wards
    ]
    needs_rows.append(["All wards", *(overview.theme_total(theme) for theme in themes)])
    needs = SheetTable(
        "Support needs",
        ["Ward", *(theme_label(theme) for theme in themes)],
        needs_rows,
        notes=[
            "Organisations whose latest completed assessment raised each support need.",
            scope,
        ],
    )
    readiness = SheetTable(
        "CAT readiness",
        ["Quarter", *VERDICTS, "CAT assessments"],
        [
            [q.quarter, *(q.verdicts.get(v, 0) for v in VERDICTS), q.cat_assessments]
            for q in overview.quarters
        ],
        notes=["CAT readiness verdicts of completed assessments, per quarter started.", scope],
    )
    health = SheetTable(
        "Health checks",
        ["Quarter", "Health checks", "Average score (0-100)"],
        [
            [
                q.quarter,
                q.health_checks,
                round(q.mean_health_score, 1) if q.mean_health_score is not None else None,
            ]
            for q in overview.quarters
        ],
        notes=["Completed health checks per quarter started, with their average score.", scope],
    )
    legal_forms = SheetTable(
        "By legal form",
        ["Legal form", "Organisations"],
        [[label, count] for label, count in overview.by_legal_form],
        notes=[scope],
    )
    wards = SheetTable(
        "By ward",
        ["Ward", "Organisations"],
        [[label, count] for label, count in overview.by_ward],
        notes=[scope],
    )
    return [about, needs, readiness, health, legal_forms, wards]


def table_from_rows(
    title: str, headers: Sequence[str], rows: Sequence[Sequence[Any]]
) -> SheetTable:
    """A table from rows of display values (dates become ISO text a spreadsheet sorts)."""

    def cell(value: Any) -> Cell:
        if value is None or isinstance(value, (str, int, float)):
            return value
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        if isinstance(value, date):
            return value.isoformat()
        return str(value)

    return SheetTable(title, list(headers), [[cell(v) for v in row] for row in rows])
