"""Spreadsheet exports (issue 13, item 16) opened by a real spreadsheet engine: LibreOffice
reads every sheet back, text stays text (no formula runs), numbers stay numbers."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.reports.spreadsheets import (
    SheetTable,
    csv_paths,
    write_csv,
    write_spreadsheet,
    write_xlsx,
)

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
HOSTILE = ['=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1:A9)", "-2+3"]
NAMES = ["Çağrı's Café — Dewsbury", "Ravensthorpe Ŵomen's Group 東京", "Line\nbreak, comma"]


def libreoffice_reads(source: Path, out: Path, to: str = "xlsx", infilter: str = "") -> Path:
    """Open `source` in LibreOffice Calc (headless) and save it again as `to` in `out`."""
    if SOFFICE is None:
        pytest.skip("LibreOffice is not installed (no soffice on PATH): install libreoffice-calc")
    out.mkdir(parents=True, exist_ok=True)
    command = [
        SOFFICE,
        f"-env:UserInstallation=file://{out.parent / 'lo-profile'}",
        "--headless",
        *([f"--infilter={infilter}"] if infilter else []),
        "--convert-to",
        to,
        "--outdir",
        str(out),
        str(source),
    ]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=180, check=False)
    converted = out / f"{source.stem}.{to}"
    assert converted.exists(), completed.stdout + completed.stderr
    return converted


def sheet_values(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's values; a cell still holding a formula would show as its data type 'f'."""
    workbook = openpyxl.load_workbook(path)
    sheets = {}
    for sheet in workbook.worksheets:
        rows = []
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row), [c.value for c in row]
            rows.append([cell.value for cell in row])
        sheets[sheet.title] = rows
    return sheets


def tables() -> list[SheetTable]:
    rows: list[list[Any]] = [[name, index, 2.5 * index] for index, name in enumerate(NAMES)]
    rows += [[text, None, 0] for text in HOSTILE]
    return [
        SheetTable("Register", ["Name", "Count", "Score"], rows),
        SheetTable("Support needs: by ward", ["Ward", "Funding"], [["Dalton", 3]], ["A note"]),
    ]


def test_xlsx_opens_in_libreoffice_with_text_as_text_and_numbers_as_numbers(tmp_path: Path):
    written = write_xlsx(tmp_path / "export.xlsx", tables())
    sheets = sheet_values(libreoffice_reads(written, tmp_path / "lo"))
    assert list(sheets) == ["Register", "Support needs- by ward"]
    register = sheets["Register"]
    assert register[0] == ["Name", "Count", "Score"]
    assert [row[0] for row in register[1:]] == NAMES + HOSTILE  # formulas stayed text
    assert register[2][1:] == [1, 2.5]
    needs = sheets["Support needs- by ward"]
    assert needs[0][0] == "A note"
    assert ["Ward", "Funding"] in needs and ["Dalton", 3] in needs


def test_csv_has_a_bom_and_libreoffice_reads_it_without_running_formulas(tmp_path: Path):
    (register_csv,) = write_csv(tmp_path / "register.csv", tables()[:1])
    raw = register_csv.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with register_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [row[0] for row in rows[1:]] == NAMES + ["'" + text for text in HOSTILE]
    converted = libreoffice_reads(register_csv, tmp_path / "lo", infilter="CSV:44,34,76,1")
    register = sheet_values(converted)["register"]
    assert [row[0] for row in register[1 : len(NAMES) + 1]] == NAMES
    assert all(str(row[0]).lstrip("'") in HOSTILE for row in register[len(NAMES) + 1 :])


def test_several_tables_as_csv_are_one_file_each_named_after_the_table(tmp_path: Path):
    written = write_spreadsheet(tmp_path / "overview.csv", tables())
    assert written == csv_paths(tmp_path / "overview.csv", tables())
    assert [p.name for p in written] == [
        "overview - register.csv",
        "overview - support needs- by ward.csv",
    ]
    assert all(p.exists() for p in written)
    assert not list(tmp_path.glob("*.part"))


def test_control_characters_never_break_the_workbook(tmp_path: Path):
    table = SheetTable("Odd", ["Name"], [["bell\x07 and \x00nul"]])
    sheets = sheet_values(write_xlsx(tmp_path / "odd.xlsx", [table]))
    assert sheets["Odd"][1] == ["bell and nul"]
