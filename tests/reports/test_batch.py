"""Many reports at once: file names, progress, cancel, from the library, the CLI and the UI."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime

import pytest

from desktop.reports.batch import report_file_name, slug, write_reports
from tests.reports.conftest import REPO_ROOT, pdf_text, register, run_assessment


def test_file_names_are_organisation_kind_and_date_in_plain_letters():
    started = datetime(2026, 3, 12, 10, tzinfo=UTC)
    assert report_file_name("Ümit's Café", "health_check", started) == (
        "umits-cafe-health-check-2026-03-12.pdf"
    )
    assert slug("Łódź Polish Club") == "lodz-polish-club"
    assert slug("ਪੰਜਾਬੀ ਸਭਾ") == "ਪੰਜਾਬੀ-ਸਭਾ"
    assert slug("***") == "organisation"


def test_batch_writes_one_report_each_reports_progress_and_keeps_same_day_names_apart(
    report_services, tmp_path
):
    services = report_services
    organisation = register(services, "Batley Boxing Club")
    first = run_assessment(services, organisation)
    second = run_assessment(services, organisation)  # same organisation, kind and day
    other = run_assessment(services, register(services, "Łódź Polish Club"), "cat_readiness")
    seen: list[tuple[int, int]] = []
    written = write_reports(
        services,
        [first, second, other],
        tmp_path / "out",
        progress=lambda d, t: seen.append((d, t)),
    )
    assert [p.name for p in written] == [
        "batley-boxing-club-health-check-2026-03-12.pdf",
        "batley-boxing-club-health-check-2026-03-12-2.pdf",
        "lodz-polish-club-cat-readiness-2026-03-12.pdf",
    ]
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert "Łódź Polish Club" in pdf_text(written[2])


def test_cancelling_stops_the_batch_and_returns_what_was_written(report_services, tmp_path):
    services = report_services
    ids = [run_assessment(services, register(services, f"Group {n}")) for n in range(3)]
    written = write_reports(
        services,
        ids,
        tmp_path / "out",
        should_cancel=lambda: len(list((tmp_path / "out").glob("*.pdf"))) >= 1,
    )
    assert len(written) == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [written[0].name]


def test_cli_writes_one_report_the_council_summary_and_all_reports(report_services, tmp_path):
    services = report_services
    assessment = run_assessment(
        services, register(services, "Holme Valley Hall", ward="Holme Valley South")
    )
    data_dir = services.store.data_dir

    def gapkit(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "report", *args],
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
        )

    one = gapkit(assessment[:8], "--out", str(tmp_path / "one.pdf"))
    assert one.returncode == 0, one.stderr
    assert "Holme Valley Hall" in pdf_text(tmp_path / "one.pdf")
    council = gapkit(
        "--council",
        "--ward",
        "Holme Valley South",
        "--since",
        "2026-01-01",
        "--include-unapproved",  # no council staff approved it (tests/test_cli_review.py)
        "--out",
        str(tmp_path / "council.pdf"),
    )
    assert council.returncode == 0, council.stderr
    assert "Holme Valley Hall" in pdf_text(tmp_path / "council.pdf")
    every = gapkit("--all", "--out-dir", str(tmp_path / "all"))
    assert every.returncode == 0, every.stderr
    assert "Wrote 1 report" in every.stdout
    assert len(list((tmp_path / "all").glob("*.pdf"))) == 1
    wrong = gapkit("--council", "--since", "12/03/2026", "--out", str(tmp_path / "x.pdf"))
    assert wrong.returncode == 1
    assert "2026-03-31" in wrong.stderr and "Traceback" not in wrong.stderr
    nothing = gapkit("--out", str(tmp_path / "x.pdf"))
    assert nothing.returncode == 1 and "ASSESSMENT_ID" in nothing.stderr


def test_the_report_command_finds_an_id_by_its_first_characters_among_live_assessments(
    report_services,
):
    services = report_services
    organisation = register(services, "Dewsbury Allotments")
    kept = run_assessment(services, organisation)
    removed = run_assessment(services, organisation)
    services.assessments.delete(removed)
    assert services.assessments.ids_starting_with(kept) == [kept]
    assert services.assessments.ids_starting_with(kept[:6]) == [kept]
    assert services.assessments.ids_starting_with(removed) == []
    assert services.assessments.ids_starting_with("") == [kept]
    # LIKE's wildcards are plain characters here
    assert services.assessments.ids_starting_with("%") == []
    assert services.assessments.ids_starting_with(kept[:3] + "_") == []


def test_a_report_folder_that_cannot_be_made_is_refused_with_its_reason(report_services, tmp_path):
    """A batch's folder and a single report's folder are refused alike, in words for a person."""
    from desktop.errors import UserError
    from desktop.reports.layout import write_atomically

    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError, match=r"^Cannot create the folder .*a file/out: .+\.$"):
        write_reports(report_services, [], blocker / "out")
    with pytest.raises(UserError, match=r"^Cannot create the folder .*a file/one: .+\.$"):
        write_atomically(blocker / "one" / "report.pdf", lambda _path: None)
    assert blocker.read_text() == "not a folder"
