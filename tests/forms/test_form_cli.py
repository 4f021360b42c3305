"""`gapkit forms validate` and `gapkit forms schema`, through forms.cli_support and the command."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import pytest
from form_helpers import form_text, rating, section

from forms import resources_dir
from forms.cli_support import schema_text, validate_files

REPO = Path(__file__).resolve().parents[2]


def test_shipped_forms_validate() -> None:
    paths = sorted((resources_dir() / "forms").glob("*.yaml"))
    status, lines = validate_files(paths)
    assert status == 0
    assert [line.split(":")[0] for line in lines] == [
        "OK cat-readiness.yaml",
        "OK health-check.yaml",
    ]


def test_broken_file_gives_every_problem_and_a_failing_status(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(form_text(section("one", rating("q_1"))))
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        form_text(
            section(
                "one",
                "- id: q_1\n  type: rating\n  text: T\n  levels: [a]\n",
                "- id: q_2\n  type: rating\n  text: T\n  levels: [a, b]\n",
            )
        )
    )
    status, lines = validate_files([good, bad])
    assert status == 1
    assert lines[0].startswith("OK good.yaml")
    assert lines[1].startswith("bad.yaml: sections[0].questions[0].levels: line ")
    assert lines[2].startswith("bad.yaml: sections[0].questions[1].levels: line ")


def test_theme_missing_from_the_catalogue_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "themes.yaml"
    path.write_text(form_text(section("one", rating("q_1", "support_need: {theme: astrology}\n"))))
    status, lines = validate_files([path])
    assert status == 1
    assert "themes.yaml: sections[0].questions[0].support_need.theme: 'astrology'" in lines[0]


def test_missing_file_fails(tmp_path: Path) -> None:
    status, lines = validate_files([tmp_path / "nope.yaml"])
    assert status == 1 and "no such file" in lines[0]


def test_schema_text_is_json() -> None:
    schema = json.loads(schema_text())
    assert schema["title"] == "GAP Field Kit form"


def test_forms_command_validates_and_prints_schema(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.commands import forms as forms_command

    parser = argparse.ArgumentParser()
    forms_command.add_arguments(parser)
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [broken\n")
    assert forms_command.run(parser.parse_args(["validate", str(bad)])) == 1
    assert "bad.yaml: line" in capsys.readouterr().err
    out = tmp_path / "schema.json"
    assert forms_command.run(parser.parse_args(["schema", "--out", str(out)])) == 0
    assert json.loads(out.read_text())["$defs"]["Question"]


def test_gapkit_forms_validate_runs_headless() -> None:
    paths = [str(p) for p in sorted((resources_dir() / "forms").glob("*.yaml"))]
    code = (
        "import sys; from desktop.cli import main; code = main(['forms', 'validate', *sys.argv[1:]]);"
        "assert 'PySide6' not in sys.modules; sys.exit(code)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, *paths], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("OK ") == 2
