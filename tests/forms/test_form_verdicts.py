"""Verdicts a council can rely on (issue 14), through `gapkit forms score` on the shipped forms.

The four wrong results, as regression tests; every must-meet condition and gateway walked
through each answer of each question it names; the informal-group path; town and parish
councils.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from forms import DONT_KNOW, FormDefinition, resources_dir, score_assessment, shipped_forms
from forms.cli_support import ScoreInputError, parse_context, score_file
from forms.conditions import parse_condition
from forms.models import MustMeet, Question

REPO = Path(__file__).resolve().parents[2]
FORMS = resources_dir() / "forms"
CAT = FORMS / "cat-readiness.yaml"
HEALTH = FORMS / "health-check.yaml"
FORMAL = ("cio_association", "unincorporated_association", "charitable_company", "trust", "cic")


@pytest.fixture(scope="module")
def forms_by_id() -> dict[str, FormDefinition]:
    return shipped_forms()


def strong_answers(form: FormDefinition) -> dict[str, Any]:
    """Every rating 4 and every option question its best-scoring answer."""
    answers: dict[str, Any] = {}
    for _, question in form.questions():
        if question.type == "rating":
            answers[question.id] = 4
        elif question.type in ("yes_no_partly", "choice") and question.options:
            best = max(question.options, key=lambda o: -1 if o.score is None else o.score)
            answers[question.id] = best.id
    return answers


def forms_score(tmp_path: Path, form: Path, answers: dict[str, Any], *args: str) -> dict[str, Any]:
    """Run `gapkit forms score ... --json` as an officer would, and read its JSON."""
    path = tmp_path / "answers.json"
    path.write_text(
        json.dumps({k: ("dont_know" if v is DONT_KNOW else v) for k, v in answers.items()})
    )
    code = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "forms", "score", str(form), str(path), *args, "--json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# ---------------------------------------------------------------------------------------------
# 1. "Ready" with nothing done on the business essentials


def test_business_essentials_at_1_are_not_ready_and_each_is_named(
    tmp_path: Path, forms_by_id: dict[str, FormDefinition]
) -> None:
    form = forms_by_id["cat-readiness"]
    answers = strong_answers(form) | {"money_2": 1, "money_3": 1, "premises_1": 1, "transfer_1": 1}
    for stage in ("full_business_case", "council_decision"):
        summary = forms_score(
            tmp_path, CAT, answers, "--stage", stage, "--context", "legal_form=cio_association"
        )
        # the sections still clear 60, as before; the verdict no longer hides behind them
        assert all(s["score"] is None or s["score"] >= 60 for s in summary["sections"])
        assert summary["readiness"] == "Not yet ready"
        assert summary["stage"] == stage
        assert summary["stage_title"] in summary["verdict"]
        assert [c["id"] for c in summary["unmet_conditions"]] == [
            "business_plan",
            "cash_flow",
            "condition_survey",
            "lease_terms",
        ]
    # at the expression of interest nobody expects a business plan yet
    early = forms_score(tmp_path, CAT, answers, "--stage", "expression_of_interest")
    assert early["readiness"] == "Ready" and early["unmet_conditions"] == []


def test_the_stage_is_stored_with_the_default_when_none_is_named(
    tmp_path: Path, forms_by_id: dict[str, FormDefinition]
) -> None:
    form = forms_by_id["cat-readiness"]
    answers = strong_answers(form) | {"money_2": 1}
    summary = forms_score(tmp_path, CAT, answers)
    assert summary["stage"] == form.default_stage == "full_business_case"
    assert [c["id"] for c in summary["unmet_conditions"]] == ["business_plan"]


# ---------------------------------------------------------------------------------------------
# 2. governance_1: wording and scoring agree


def test_incorporation_in_progress_meets_the_condition_that_says_so(
    tmp_path: Path, forms_by_id: dict[str, FormDefinition]
) -> None:
    form = forms_by_id["cat-readiness"]
    answers = strong_answers(form) | {
        "governance_1": "in_progress",
        "building_transfer_kind": "lease_25_plus",
    }
    context = ("--context", "legal_form=unincorporated_association")
    for stage in ("expression_of_interest", "full_business_case"):
        summary = forms_score(tmp_path, CAT, answers, "--stage", stage, *context)
        legal = next(c for c in summary["conditions"] if c["id"] == "legal_structure")
        assert legal["met"] and "firm plan and a date" in legal["text"]
        assert summary["readiness"] == "Ready"
    decision = forms_score(tmp_path, CAT, answers, "--stage", "council_decision", *context)
    assert [c["id"] for c in decision["unmet_conditions"]] == ["incorporated"]
    assert "firm plan" not in decision["unmet_conditions"][0]["text"]
    # a licence or a short lease does not need incorporation
    licence = answers | {"building_transfer_kind": "licence_short_lease"}
    assert (
        forms_score(tmp_path, CAT, licence, "--stage", "council_decision", *context)["readiness"]
        == "Ready"
    )


def _answers_for(question: Question) -> list[Any]:
    """Every answer a question can take, plus "don't know" and no answer."""
    values: list[Any]
    if question.type == "rating":
        values = [1, 2, 3, 4] + (["not_applicable"] if question.allow_not_applicable else [])
    elif question.options:
        values = [option.id for option in question.options]
    else:
        values = []
    return [*values, DONT_KNOW, None]


def _meets_by_its_wording(question: Question, value: Any, condition: MustMeet) -> bool | None:
    """What the condition's wording says about this answer; None when it says nothing.

    A rating meets at 3 ("In place") or 4; "yes" always meets; "no", "not sure", "don't know"
    and no answer never do; "in progress" meets only a condition whose text accepts a firm plan
    and a date; "too new to have accounts" meets only one that says so.
    """
    if value is None or value is DONT_KNOW:
        return False
    if question.type == "choice":
        # the kind of transfer: only a licence or short lease, where the text names it
        return "licence" in condition.text if value == "licence_short_lease" else None
    if question.type == "rating":
        return value in (3, 4) if value != "not_applicable" else None
    if value == "yes":
        return True
    if value in ("no", "not_sure", "partly"):
        return False
    if value == "in_progress":
        return bool(re.search(r"plan and a date|date to vote|a date", condition.text))
    if value == "not_applicable":  # the accounts of a group too new to have any
        return "too new" in condition.text if question.id == "money_8" else None
    return None


def _weakest(question: Question) -> Any:
    if question.type == "rating":
        return 1
    if question.type == "choice":
        return "not_sure"
    return "no"


def _conditions(form: FormDefinition) -> list[tuple[str, MustMeet]]:
    return [(stage.id, condition) for stage in form.stages for condition in stage.must_meet]


@pytest.mark.parametrize(
    ("stage_id", "condition"),
    _conditions(shipped_forms()["cat-readiness"]),
    ids=[f"{s}-{c.id}" for s, c in _conditions(shipped_forms()["cat-readiness"])],
)
def test_every_must_meet_condition_walks_through_every_answer(
    forms_by_id: dict[str, FormDefinition], stage_id: str, condition: MustMeet
) -> None:
    form = forms_by_id["cat-readiness"]
    names = parse_condition(condition.met).names
    questions = [q for _, q in form.questions() if q.id in names]
    assert questions, condition.id
    legal_form = (
        "town_parish_council"
        if condition.applies and '== "town_parish_council"' in condition.applies
        else "cio_association"
    )
    # Every other answer meets everything, so only the walked answer can decide; in an
    # "either ... or" condition the other questions it names take their weakest answer.
    either = isinstance(parse_condition(condition.met).tree, ast.BoolOp) and isinstance(
        parse_condition(condition.met).tree.op, ast.Or
    )
    base = strong_answers(form) | {"building_transfer_kind": "lease_25_plus"}
    for question in questions:
        others = {q.id: _weakest(q) for q in questions if q.id != question.id and either}
        met_by: list[Any] = []
        for value in _answers_for(question):
            answers = base | others
            if value is None:
                answers.pop(question.id, None)
            else:
                answers[question.id] = value
            result = score_assessment(form, answers, {"legal_form": legal_form}, stage=stage_id)
            checked = [g for g in result.gateways if g.condition_id == condition.id]
            assert len(checked) == 1, (condition.id, legal_form)
            met = checked[0].met
            if met:
                met_by.append(value)
            expected = _meets_by_its_wording(question, value, condition)
            if expected is not None:
                assert met == expected, (condition.id, question.id, value)
            assert (result.readiness == "Not yet ready") == (not met), (condition.id, value)
            if not met:
                assert condition.id in result.unmet_conditions
                assert stage_id == result.stage
        # a condition that nothing meets, or everything meets, is not a condition
        assert met_by, (condition.id, question.id)
        assert len(met_by) < len(_answers_for(question)), (condition.id, question.id)


@pytest.mark.parametrize("form_id", ["health-check", "cat-readiness"])
def test_every_gateway_question_walks_through_every_answer(
    forms_by_id: dict[str, FormDefinition], form_id: str
) -> None:
    """Gateway questions (if a form still has any) meet exactly at "yes" or a rating of 3+."""
    form = forms_by_id[form_id]
    for _, question in form.questions():
        if not question.gateway:
            continue
        for value in _answers_for(question):
            answers = {} if value is None else {question.id: value}
            result = score_assessment(form, answers)
            gateway = next(g for g in result.gateways if g.question_id == question.id)
            if value == "not_applicable":
                assert gateway.met
            else:
                assert gateway.met == bool(
                    _meets_by_its_wording(
                        question, value, MustMeet(id="g", text=question.text, met="x == 1")
                    )
                )


def test_stage_conditions_are_plain_data_in_the_result(
    forms_by_id: dict[str, FormDefinition],
) -> None:
    form = forms_by_id["cat-readiness"]
    result = score_assessment(form, {"money_2": 1}, {"legal_form": "cic"}, stage="council_decision")
    data = result.model_dump(mode="json")
    assert data["stage"] == "council_decision"
    assert data["readiness"] == "Not yet ready"
    assert "business_plan" in data["unmet_conditions"]
    assert json.loads(json.dumps(data)) == data


# ---------------------------------------------------------------------------------------------
# 3. Informal and mutual aid groups


FORMAL_WORDS = re.compile(
    r"governing document|constitution|annual general meeting|\bAGM\b|trustee|committee|"
    r"accounts|regulator|Charity Commission|incorporated|budget|signator",
    re.IGNORECASE,
)
INFORMAL_PROFILES = [
    {"legal_form": "informal_group", "income_band": "under_10k"},
    {"legal_form": "informal_group", "income_band": "10k_to_25k", "staff_fte": 1},
    {"legal_form": "informal_group", "income_band": "25k_to_100k", "themes": ["food"]},
    {"legal_form": "informal_group"},
]


@pytest.mark.parametrize("registration", INFORMAL_PROFILES)
def test_the_informal_path_never_asks_about_formal_governance(
    forms_by_id: dict[str, FormDefinition], registration: dict[str, Any]
) -> None:
    from forms import visible_questions

    form = forms_by_id["health-check"]
    shown = visible_questions(form, {}, registration)
    ids = {q.id for q in shown}
    for question in shown:
        assert not FORMAL_WORDS.search(question.text), question.id
    assert {"informal_1", "informal_2", "informal_3"} <= ids
    assert not ids & {"governance_1", "governance_2", "governance_7", "money_4", "policies_3"}


def test_the_informal_path_never_fails_a_group_for_being_informal(
    tmp_path: Path, forms_by_id: dict[str, FormDefinition]
) -> None:
    form = forms_by_id["health-check"]
    lowest: dict[str, Any] = {}
    for _, question in form.questions():
        if question.type == "rating":
            lowest[question.id] = 1
        elif question.type == "yes_no_partly" and question.options:
            lowest[question.id] = "no" if question.option("no") else question.options[-1].id
    summary = forms_score(tmp_path, HEALTH, lowest, "--context", "legal_form=informal_group")
    formal_themes = {"governance", "legal structure", "trustee recruitment", "trustee skills"}
    assert not formal_themes & set(summary["support_needs"])
    assert "small group support" in summary["support_needs"]
    # the same answers from a formal group raise the governance needs the informal path avoids
    formal = forms_score(tmp_path, HEALTH, lowest, "--context", "legal_form=trust")
    assert "governance" in formal["support_needs"]


def test_the_informal_path_is_shorter_than_the_formal_one(
    forms_by_id: dict[str, FormDefinition],
) -> None:
    from forms import visible_questions

    form = forms_by_id["health-check"]
    informal = visible_questions(form, {}, {"legal_form": "informal_group"})
    for legal_form in FORMAL:
        formal = visible_questions(form, {}, {"legal_form": legal_form})
        assert len(informal) < len(formal)


# ---------------------------------------------------------------------------------------------
# 4. Town and parish councils


def test_town_and_parish_councils_have_a_legal_form_and_their_own_conditions(
    tmp_path: Path, forms_by_id: dict[str, FormDefinition]
) -> None:
    from desktop.registration.choices import LEGAL_FORMS

    assert ("town_parish_council", "Town or parish council") in LEGAL_FORMS
    form = forms_by_id["cat-readiness"]
    answers = strong_answers(form)
    context = ("--context", "legal_form=town_parish_council")
    summary = forms_score(tmp_path, CAT, answers, "--stage", "council_decision", *context)
    ids = {c["id"] for c in summary["conditions"]}
    assert {"council_resolution", "community_use_clause"} <= ids
    assert not ids & {"legal_structure", "incorporated", "powers", "asset_lock"}
    assert summary["readiness"] == "Ready"
    # the company and asset-lock statements are not asked of a council
    from forms import visible_questions

    shown = {q.id for q in visible_questions(form, {}, {"legal_form": "town_parish_council"})}
    assert not shown & {"governance_1", "governance_2", "governance_3"}
    assert {"governance_1_council", "governance_3_council"} <= shown
    no_vote = answers | {"governance_1_council": "no"}
    summary = forms_score(tmp_path, CAT, no_vote, "--stage", "full_business_case", *context)
    assert [c["id"] for c in summary["unmet_conditions"]] == ["council_resolution"]


def test_after_transfer_statements_only_after_the_transfer(
    forms_by_id: dict[str, FormDefinition],
) -> None:
    from forms import visible_questions

    form = forms_by_id["cat-readiness"]
    after = {"after_1", "after_2", "after_3"}
    for stage in ("expression_of_interest", "full_business_case", "council_decision"):
        assert not after & {q.id for q in visible_questions(form, {}, {}, stage)}
    assert after <= {q.id for q in visible_questions(form, {}, {}, "after_transfer")}
    result = score_assessment(
        form, strong_answers(form) | {"after_2": 2}, {"legal_form": "cic"}, stage="after_transfer"
    )
    assert result.unmet_conditions == ["income_to_plan"]


# ---------------------------------------------------------------------------------------------
# the command's handling of bad input


def test_forms_score_refuses_bad_input_clearly(tmp_path: Path) -> None:
    answers = tmp_path / "a.json"
    answers.write_text('{"money_2": 7}')
    with pytest.raises(ScoreInputError, match="money_2"):
        score_file(CAT, answers)
    answers.write_text("[1, 2]")
    with pytest.raises(ScoreInputError, match="JSON object"):
        score_file(CAT, answers)
    answers.write_text("{not json")
    with pytest.raises(ScoreInputError, match="not valid JSON"):
        score_file(CAT, answers)
    answers.write_text("{}")
    with pytest.raises(ScoreInputError, match="not a stage"):
        score_file(CAT, answers, stage="after_lunch")
    # the health check's stages are how much a session covers, not CAT steps
    with pytest.raises(
        ScoreInputError, match=r"not a stage of the form 'health-check' \(key, full\)"
    ):
        score_file(HEALTH, answers, stage="full_business_case")
    with pytest.raises(ScoreInputError, match="not a registration field"):
        parse_context(["favourite_colour=blue"])
    with pytest.raises(ScoreInputError, match="NAME=VALUE"):
        parse_context(["legal_form"])
    assert parse_context(['themes=["food"]', "staff_fte=0", "legal_form=trust"]) == {
        "themes": ["food"],
        "staff_fte": 0,
        "legal_form": "trust",
    }


def test_forms_score_prints_a_summary_for_a_person(tmp_path: Path) -> None:
    answers = tmp_path / "a.json"
    answers.write_text('{"money_2": 1, "money_1": "dont_know"}')
    code = "import sys; from desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "forms", "score", str(CAT), str(answers)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "Stage: Full business case" in done.stdout
    assert "Verdict: Not yet ready for: Full business case" in done.stdout
    assert "not met: We have a written business plan" in done.stdout
    assert "(don't know)" in done.stdout
