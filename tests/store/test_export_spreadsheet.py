"""A bundle's CSV opened by a real spreadsheet engine (LibreOffice Calc): text stays text."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop.services import open_services

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
NAMES = ("Çağrı's Café — Dewsbury", "Ravensthorpe Ŵomen's Group 東京", '=HYPERLINK("x")')


@pytest.fixture
def organisations_xlsx(data_dir: Path, tmp_path: Path) -> Path:
    if SOFFICE is None:
        pytest.skip(
            "LibreOffice is not installed (no soffice or libreoffice on PATH); install "
            "libreoffice-calc-nogui to run the spreadsheet check"
        )
    services = open_services(data_dir)
    try:
        for name in NAMES:
            services.organisations.create(
                {"name": name, "legal_form": "cic", "postcode": "HD1 2AB", "notes": "@SUM(A1:A9)"}
            )
        result = services.exports.export_bundle(tmp_path / "bundle.gapkit")
    finally:
        services.close()
    folder = tmp_path / "csv"
    folder.mkdir()
    csv_file = folder / "organisations.csv"
    with zipfile.ZipFile(result.path) as archive:
        csv_file.write_bytes(archive.read("data/organisations.csv"))
    profile = tmp_path / "lo-profile"
    completed = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            # Comma-separated, double quotes, UTF-8 (76), from line 1: what a person picks in
            # Calc's Text Import dialog. Headless conversion ignores the BOM and would
            # otherwise read the file as Latin-1.
            "--infilter=CSV:44,34,76,1",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(folder),
            str(csv_file),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    converted = folder / "organisations.xlsx"
    assert converted.exists(), completed.stdout + completed.stderr
    return converted


def _rows(path: Path) -> list[dict[str, Any]]:
    sheet = openpyxl.load_workbook(path).active
    cells = list(sheet.iter_rows())
    headers = [cell.value for cell in cells[0]]
    return [dict(zip(headers, row, strict=False)) for row in cells[1:]]


def test_names_open_intact_and_formulas_stay_text_in_a_spreadsheet(
    organisations_xlsx: Path,
) -> None:
    rows = _rows(organisations_xlsx)
    names = {row["name"].value for row in rows}
    assert {"Çağrı's Café — Dewsbury", "Ravensthorpe Ŵomen's Group 東京"} <= names
    (formula_like,) = [row["name"] for row in rows if "HYPERLINK" in str(row["name"].value)]
    assert formula_like.data_type == "s"
    assert formula_like.value.endswith('=HYPERLINK("x")')
    assert not formula_like.hyperlink
    for row in rows:
        assert row["notes"].data_type == "s"
        assert row["notes"].value.endswith("@SUM(A1:A9)")
