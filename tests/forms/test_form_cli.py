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
    assert [line.split(":")[0] for line in lines if line.startswith("OK ")] == [
        "OK cat-readiness.yaml",
        "OK health-check.yaml",
    ]
    # reading-age warnings do not fail the check
    assert all(": warning: " in line for line in lines if not line.startswith("OK "))


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
    # one line per form, and one for the funds file checked against them
    assert done.stdout.count("OK ") == len(paths) + 1
    assert "OK funds.yaml" in done.stdout


def test_validate_warns_about_a_reading_age_over_twelve(tmp_path: Path) -> None:
    hard = (
        "Notwithstanding organisational considerations, incorporation necessitates "
        "comprehensive administrative documentation."
    )
    path = tmp_path / "hard.yaml"
    path.write_text(
        form_text(
            section("one", rating("q_1", text=hard), rating("q_2", text="We meet each week."))
        )
    )
    status, lines = validate_files([path])
    assert status == 0
    warnings = [line for line in lines if ": warning: " in line]
    assert len(warnings) == 1
    assert warnings[0].startswith(
        "hard.yaml: warning: sections[0].questions[0] (q_1): reading age "
    )
    assert lines[-1].startswith("OK hard.yaml")


def test_reading_age_follows_flesch_kincaid() -> None:
    from forms.readability import reading_age, syllables

    assert [syllables(w) for w in ("we", "table", "make", "community", "organisation")] == [
        1,
        2,
        1,
        4,
        5,
    ]
    # 0.39 * 4 words/sentence + 11.8 * 4/4 syllables/word - 15.59 + 5 = 2.77
    assert reading_age("We meet each week.") == pytest.approx(2.77)
    assert reading_age("") is None
    assert (reading_age("Our organisation is incorporated with limited liability.") or 0) > 12
