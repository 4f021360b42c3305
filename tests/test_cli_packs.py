"""`gapkit council trust`, `gapkit pack` and `gapkit import PACK` on real data folders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import open_services


def gapkit(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_trust_the_council_build_a_pack_and_import_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    council_dir, laptop_dir = tmp_path / "council", tmp_path / "laptop"
    status, _, _ = gapkit(capsys, "--data-dir", str(council_dir), "demo", "--orgs", "8")
    assert status == 0
    status, council_json, _ = gapkit(
        capsys, "--data-dir", str(council_dir), "devices", "show", "--json"
    )
    (tmp_path / "council.json").write_text(council_json)

    status, out, err = gapkit(
        capsys, "--data-dir", str(laptop_dir), "council", "trust", str(tmp_path / "council.json")
    )
    assert status == 1 and "--yes" in err  # no terminal to confirm the fingerprint on
    status, out, _ = gapkit(
        capsys,
        "--data-dir",
        str(laptop_dir),
        "council",
        "trust",
        str(tmp_path / "council.json"),
        "--yes",
    )
    assert status == 0 and "now accepts field packs" in out

    status, out, _ = gapkit(capsys, "--data-dir", str(council_dir), "pack", "--out", str(tmp_path))
    assert status == 0 and "Organisations in scope: 8" in out
    (pack,) = tmp_path.glob("gapkit-pack-*.gapkit")
    status, out, _ = gapkit(capsys, "--data-dir", str(laptop_dir), "import", str(pack))
    assert status == 0 and "merged" in out

    services = open_services(laptop_dir)
    try:
        assert len(services.organisations.list_all()) == 8
        assert services.council_trust.current() is not None
    finally:
        services.close()

    status, _, err = gapkit(
        capsys, "--data-dir", str(council_dir), "pack", "--out", str(tmp_path), "--ward", "Atlantis"
    )
    assert status == 1 and "Not a ward" in err


def test_forms_diff_prints_what_changed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    shipped = Path(__file__).resolve().parents[1] / "resources" / "forms" / "health-check.yaml"
    original = shipped.read_text(encoding="utf-8")
    version = re.search(r'^version: "([^"]*)"', original, flags=re.M)
    assert version is not None
    text = original.replace(version.group(0), 'version: "99.1"', 1)
    newer = tmp_path / "health-check-99.1.yaml"
    newer.write_text(text, encoding="utf-8")
    status, out, _ = gapkit(capsys, "forms", "diff", str(shipped), str(newer))
    assert status == 0 and f"version {version.group(1)} -> 99.1" in out and "no changes" in out
    other = Path(__file__).resolve().parents[1] / "resources" / "forms" / "cat-readiness.yaml"
    status, _, err = gapkit(capsys, "forms", "diff", str(shipped), str(other))
    assert status == 1 and "same form" in err
