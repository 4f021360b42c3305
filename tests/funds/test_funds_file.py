"""The funds file is checked like a form: every problem names the file, the path and the line,
from `gapkit funds check` and from `gapkit forms validate`."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import resources_dir
from desktop.registration.funds import load_funds_text
from forms.loader import FormError

GOOD = """\
council: Test council
updated: 2026-11-20
funds:
  - id: small_grants
    name: Small grants
    funder: The council
    amounts: Up to £500
    deadlines: rolling
    link: https://example.org/grants
    eligibility:
      - id: constituted
        when: legal_form != "informal_group"
        reason: You need a constitution.
      - id: money
        when: health_check_money in ["amber", "green"]
        reason: Your money section must be at least amber.
"""


def _line_of(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def test_a_good_file_loads() -> None:
    funds = load_funds_text(GOOD, "funds.yaml")
    assert [rule.id for rule in funds.funds[0].eligibility] == ["constituted", "money"]


def test_a_condition_naming_an_unknown_field_is_refused_with_path_and_line() -> None:
    text = GOOD.replace('legal_form != "informal_group"', 'legal_from != "informal_group"')
    with pytest.raises(FormError) as raised:
        load_funds_text(text, "funds.yaml")
    error = raised.value
    assert error.file == "funds.yaml"
    assert error.path == "funds[0].eligibility[0].when"
    assert error.line == _line_of(text, "legal_from")
    assert "'legal_from' is not a registration field" in error.message
    assert "did you mean 'legal_form'" in error.message
    assert str(error).startswith(f"funds.yaml: funds[0].eligibility[0].when: line {error.line}: ")


def test_a_condition_without_a_reason_is_refused_with_path_and_line() -> None:
    text = GOOD.replace("        reason: Your money section must be at least amber.\n", "")
    with pytest.raises(FormError) as raised:
        load_funds_text(text, "funds.yaml")
    error = raised.value
    assert error.path == "funds[0].eligibility[1]"
    assert error.line == _line_of(text, "- id: money")
    assert "'reason' is missing" in error.message


def test_an_unknown_statement_a_misspelt_value_and_a_bad_condition_are_all_reported() -> None:
    text = (
        GOOD.replace('in ["amber", "green"]', 'in ["amber", "gren"]')
        .replace('legal_form != "informal_group"', 'legal_form != "informal"')
        .replace("link: https://example.org/grants", "link: example.org")
    )
    text += (
        "      - id: statement\n"
        "        when: hc_no_such_question == 'yes'\n"
        "        reason: Unknown statement.\n"
        "      - id: broken\n"
        "        when: legal_form.upper() == 'CIC'\n"
        "        reason: Not a condition we accept.\n"
    )
    with pytest.raises(FormError) as raised:
        load_funds_text(text, "funds.yaml")
    messages = {(p.path, p.line): p.message for p in raised.value.problems}
    assert "is never 'informal'" in messages[("funds[0].eligibility[0].when", 12)]
    assert "is never 'gren'" in messages[("funds[0].eligibility[1].when", 15)]
    assert "web address" in messages[("funds[0].link", _line_of(text, "link:"))]
    assert (
        "'hc_no_such_question' is not"
        in messages[("funds[0].eligibility[2].when", _line_of(text, "hc_no_such_question"))]
    )
    assert "not allowed" in messages[("funds[0].eligibility[3].when", _line_of(text, "upper"))]


def test_a_deadline_that_is_not_a_date_is_refused_with_its_line() -> None:
    text = GOOD.replace("deadlines: rolling", "deadlines: [2027-01-31, soon]")
    with pytest.raises(FormError) as raised:
        load_funds_text(text, "funds.yaml")
    assert raised.value.path.startswith("funds[0].deadlines")
    assert raised.value.line == _line_of(text, "deadlines:")


def test_funds_check_prints_ok_or_every_problem(tmp_path: Path, capsys) -> None:
    assert main(["funds", "check", str(resources_dir() / "funds.yaml")]) == 0
    assert capsys.readouterr().out.startswith("OK ")
    bad = tmp_path / "funds.yaml"
    bad.write_text(GOOD.replace("legal_form !=", "legal_fom !="), encoding="utf-8")
    assert main(["funds", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"funds.yaml: funds[0].eligibility[0].when: line {_line_of(GOOD, 'legal_form')}" in err


def test_forms_validate_checks_the_funds_file_too(tmp_path: Path, capsys) -> None:
    forms = sorted(str(p) for p in (resources_dir() / "forms").glob("*.yaml"))
    assert main(["forms", "validate", *forms]) == 0
    assert "OK funds.yaml" in capsys.readouterr().out
    bad = tmp_path / "funds.yaml"
    bad.write_text(GOOD.replace("health_check_money", "health_check_mony"), encoding="utf-8")
    assert main(["forms", "validate", *forms, "--funds", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "funds.yaml: funds[0].eligibility[1].when: line" in err
    assert "did you mean 'health_check_money'" in err
