"""`gapkit review list/set/show` and `report --council --include-unapproved` on real data
folders (a laptop's bundle imported into a council folder)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.services import open_services


def gapkit(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _pdf_text(path: Path) -> str:
    return " ".join((page.extract_text() or "") for page in PdfReader(path).pages)


def _left_out(count: int) -> str:
    return f"{count} completed assessment{'s' if count != 1 else ''} not yet approved"


def test_review_list_set_show_and_the_council_summary_switch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop_dir, council_dir = tmp_path / "laptop", tmp_path / "council"
    assert (
        gapkit(
            capsys,
            "--data-dir",
            str(laptop_dir),
            "demo",
            "--orgs",
            "4",
            "--assessments",
            "6",
            "--seed",
            "3",
        )[0]
        == 0
    )
    status, device_json, _ = gapkit(
        capsys, "--data-dir", str(laptop_dir), "devices", "show", "--json"
    )
    (tmp_path / "laptop.json").write_text(device_json)
    bundle = tmp_path / "laptop.gapkit"
    assert gapkit(capsys, "--data-dir", str(laptop_dir), "export", "--out", str(bundle))[0] == 0
    services = open_services(data_dir=council_dir)
    services.settings.set("council_mode", True)
    services.close()
    council = ("--data-dir", str(council_dir))
    assert gapkit(capsys, *council, "devices", "enrol", str(tmp_path / "laptop.json"))[0] == 0
    assert gapkit(capsys, *council, "import", str(bundle))[0] == 0

    status, out, _ = gapkit(capsys, *council, "review", "list", "--json")
    listed = json.loads(out)
    assert status == 0 and listed and {item["state"] for item in listed} == {"received"}
    first, *rest = [item["id"] for item in listed]

    # has-issues needs a comment: a clear error, nothing changed
    status, _, err = gapkit(capsys, *council, "review", "set", first[:8], "--state", "has-issues")
    assert status == 1 and "--comment" in err
    status, out, _ = gapkit(
        capsys,
        *council,
        "review",
        "set",
        first[:8],
        "--state",
        "has-issues",
        "--comment",
        "Venue and date missing",
        "--by",
        "Sam",
    )
    assert status == 0 and "Marked 1 assessment has issues" in out
    status, out, _ = gapkit(capsys, *council, "review", "list", "--state", "has-issues")
    assert status == 0 and first in out and "1 assessment" in out
    status, out, _ = gapkit(capsys, *council, "review", "show", first)
    assert "Has issues" in out and "Venue and date missing" in out and "Sam" in out

    # the council summary counts approved work only, unless asked for the rest
    summary_pdf = tmp_path / "summary.pdf"
    assert gapkit(capsys, *council, "report", "--council", "--out", str(summary_pdf))[0] == 0
    assert _left_out(len(listed)) in _pdf_text(summary_pdf)
    if rest:
        status, out, _ = gapkit(capsys, *council, "review", "set", *rest, "--state", "approved")
        assert status == 0 and f"Marked {len(rest)} assessment" in out
        assert gapkit(capsys, *council, "report", "--council", "--out", str(summary_pdf))[0] == 0
        text = _pdf_text(summary_pdf)
        assert _left_out(1) in text
    everything = tmp_path / "everything.pdf"
    status, _, _ = gapkit(
        capsys, *council, "report", "--council", "--include-unapproved", "--out", str(everything)
    )
    assert status == 0
    assert "Counts every completed assessment" in _pdf_text(everything)

    # a field laptop reviews nothing
    status, _, err = gapkit(
        capsys, "--data-dir", str(laptop_dir), "review", "set", first, "--state", "approved"
    )
    assert status == 1 and "council staff" in err


def test_demo_council_reviews_its_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = ("--data-dir", str(tmp_path / "council"))
    status, out, _ = gapkit(
        capsys, *folder, "demo", "--orgs", "6", "--assessments", "12", "--council", "--seed", "2"
    )
    assert status == 0 and "Council mode on" in out and "3 with issues" in out
    status, out, _ = gapkit(capsys, *folder, "review", "list", "--json")
    states = [item["state"] for item in json.loads(out)]
    assert status == 0 and states.count("has_issues") == 3 and "approved" in states
