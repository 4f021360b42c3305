"""Overview and register exports to a spreadsheet, and the heat map's headers (issue 13,
item 16). Workbooks are read back by LibreOffice (tests/reports/test_spreadsheets.py)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from tests.reports.test_spreadsheets import libreoffice_reads, sheet_values
from tests.ui.small_screen import SCREEN_H, SCREEN_W, settle, too_big


@pytest.fixture
def overview_page(qtbot: Any, services: Any):  # type: ignore[no-untyped-def]
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations
    from desktop.ui.main_window import MainWindow

    ward_list = services.organisations.ward_list
    rows = demo_organisations(40, seed=3, ward_list=ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, 60, seed=3)
    # only approved work counts in the Overview by default (tests/ui/test_review_ui.py)
    services.settings.set("council_mode", True)
    completed = [a.id for a in services.assessments.list_summaries(status="completed")]
    services.reviews.set_state(completed, "approved")
    # One organisation in a ward of its own, with no assessment: a ward with no needs.
    quiet_ward = next(w for w in ward_list.names if w not in {r.get("ward") for r in rows})
    services.organisations.create(
        {"name": "Quiet Club", "legal_form": "cic", "postcode": "HD7 4AA", "ward": quiet_ward}
    )
    window = MainWindow(services, council=True)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("overview")
    page = window.page("overview")
    qtbot.waitUntil(lambda: page.overview is not None and not page.busy, timeout=60_000)
    page.window_under_test = window
    page.quiet_ward = quiet_ward
    return page


def assert_headers_unclipped(page: Any) -> None:
    """Every theme column is at least as wide as the longest word of its name."""
    from desktop.ui.models.needs import header_label

    header = page.needs_table.horizontalHeader()
    metrics = header.fontMetrics()
    model = page.needs_model
    assert model.columnCount() >= 1
    for column in range(model.columnCount()):
        label = str(model.headerData(column, header.orientation()))
        assert label == header_label(label.replace("\n", " "))
        widest = max(metrics.horizontalAdvance(line) for line in label.split("\n"))
        assert header.sectionSize(column) >= widest + 8, (label, header.sectionSize(column))
    assert page.needs_table.horizontalScrollBar().maximum() == 0


def test_heat_map_names_are_never_clipped_and_quiet_wards_show(qtbot, overview_page):
    page = overview_page
    window = page.window_under_test
    overview = page.overview
    assert len(overview.need_themes) >= 10
    assert page.needs_model.columnCount() == 10  # the full ten on a wide screen
    assert_headers_unclipped(page)
    # a ward with organisations but no needs is a row of zeros, not missing
    assert page.quiet_ward in page.needs_model.wards
    row = page.needs_model.wards.index(page.quiet_ward)
    assert page.needs_model.index(row, 0).data() == "0"

    window.resize(SCREEN_W, SCREEN_H)
    settle()
    qtbot.waitUntil(lambda: page.needs_model.columnCount() < 10, timeout=5000)
    assert_headers_unclipped(page)
    assert not too_big(window)
    shown = page.needs_model.columnCount()
    assert f"{shown} themes most needed first" in page.needs_note.text()
    assert "in the spreadsheet export" in page.needs_note.text()


def test_overview_exports_every_table_in_full_to_xlsx(qtbot, overview_page, tmp_path):
    page = overview_page
    overview = page.overview
    target = tmp_path / "overview.xlsx"
    page.choose_export_path = lambda _parent, suggested: str(target)
    page.export()
    qtbot.waitUntil(lambda: page.exported_paths == [target], timeout=30_000)
    sheets = sheet_values(libreoffice_reads(target, tmp_path / "lo"))
    assert list(sheets) == [
        "About",
        "Support needs",
        "CAT readiness",
        "Health checks",
        "By legal form",
        "By ward",
    ]
    needs = sheets["Support needs"]
    header_at = next(i for i, row in enumerate(needs) if row[0] == "Ward")
    headers, body = needs[header_at], needs[header_at + 1 :]
    assert len(headers) == 1 + len(overview.need_themes)  # every theme, not just ten
    wards = [row[0] for row in body]
    assert wards == [*overview.need_wards, "All wards"] and page.quiet_ward in wards
    quiet = body[wards.index(page.quiet_ward)]
    assert quiet[1:] == [0] * len(overview.need_themes)
    assert sum(body[-1][1:]) == sum(overview.needs.values())
    by_ward = sheets["By ward"]
    counted = sum(row[1] for row in by_ward if isinstance(row[1], int))
    assert counted == overview.organisation_count == 41
    readiness = sheets["CAT readiness"]
    assert any(str(row[0]).endswith(("Q1", "Q2", "Q3", "Q4")) for row in readiness)


def test_overview_exports_csv_files_with_a_bom(qtbot, overview_page, tmp_path):
    page = overview_page
    target = tmp_path / "overview.csv"
    page.choose_export_path = lambda _parent, suggested: str(target)
    page.export()
    qtbot.waitUntil(lambda: len(page.exported_paths) == 6, timeout=30_000)
    needs_file = tmp_path / "overview - support needs.csv"
    assert needs_file in page.exported_paths
    assert needs_file.read_bytes().startswith(b"\xef\xbb\xbf")
    with needs_file.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][0] == "Ward" and len(rows[0]) == 1 + len(page.overview.need_themes)
    assert rows[-1][0] == "All wards"


def test_the_register_exports_what_is_listed(qtbot, services, organisations_page, tmp_path):
    page = organisations_page
    for name, ward in (("=Evil()", "Dalton"), ("Café Ŵ", "Dalton"), ("Elsewhere", "Almondbury")):
        services.organisations.create(
            {"name": name, "legal_form": "cic", "postcode": "HD1 2AB", "ward": ward}
        )
    page.reload()
    page.ward_filter.setCurrentIndex(page.ward_filter.findData("Dalton"))
    target = tmp_path / "register.xlsx"
    page.choose_export_path = lambda _parent, suggested: str(target)
    page.export_register()
    qtbot.waitUntil(lambda: page.exported_paths == [target], timeout=30_000)
    assert "Saved 2 organisations" in page.notice.label.text()
    sheets = sheet_values(libreoffice_reads(target, tmp_path / "lo"))
    register = sheets["Register"]
    assert register[0][:4] == ["Name", "Legal form", "Ward", "Postcode"]
    assert sorted(row[0] for row in register[1:]) == ["=Evil()", "Café Ŵ"]
    assert {row[2] for row in register[1:]} == {"Dalton"}

    as_csv = tmp_path / "register.csv"
    page.choose_export_path = lambda _parent, suggested: str(as_csv)
    page.export_register()
    qtbot.waitUntil(lambda: page.exported_paths == [as_csv], timeout=30_000)
    with as_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert sorted(row[0] for row in rows[1:]) == ["'=Evil()", "Café Ŵ"]


def test_nothing_is_written_when_the_person_cancels(qtbot, services, organisations_page, tmp_path):
    services.organisations.create({"name": "Kept", "legal_form": "cic", "postcode": "HD1 2AB"})
    organisations_page.reload()
    organisations_page.choose_export_path = lambda _parent, _suggested: None
    organisations_page.export_register()
    assert organisations_page.exported_paths == []
    assert list(Path(tmp_path).rglob("*.xlsx")) + list(Path(tmp_path).rglob("*.csv")) == []
