"""The compiled scoring (forms/compiled.py) gives exactly what the plain walk over the form gives.

Many generated assessments of both shipped forms and of a form that uses every scoring rule
(weights, section thresholds, option scores, "not applicable", constraints, multiple choice
with count(), support needs of every kind, stages with must-meet conditions that apply to
some groups): answers of every type, raw and normal forms, "don't know", skipped questions and
whole sections, answers that do not fit, registrations that show and hide questions, every
stage and unknown ones. Each is scored by `score_assessment` and by the plain evaluation in
reference_scoring.py (the slow walk, kept for tests), and the whole results must be equal,
as must the errors, the questions shown and the figures stored results keep.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel
from reference_scoring import score_assessment as plain_score_assessment
from reference_scoring import visible_questions as plain_visible_questions

from forms import DONT_KNOW, FormDefinition, load_form_text, load_support_offers, shipped_forms
from forms.answers import AnswerError
from forms.compiled import UnknownStage, compiled_form
from forms.conditions import compared_values, parse_condition
from forms.models import CONDITION_FIELDS, Question
from forms.scoring import evaluate_assessment, score_assessment, visible_questions

LEVELS = "        levels: [Not at all, A little, Mostly, Fully]\n"

EVERY_RULE_FORM = load_form_text(
    f"""\
id: every-rule
version: "3"
title: Every scoring rule
kind: cat_readiness
thresholds: {{green: 70, amber: 45, ready: 65}}
default_stage: late
stages:
  - id: early
    title: Early
    must_meet:
      - id: has_plan
        text: A plan
        met: plan_1 >= 3
      - id: bank_or_trust
        text: A bank account
        met: bank == "yes" or legal_form == "trust"
        applies: legal_form != "informal_group"
  - id: late
    title: Late
    must_meet:
      - id: plan_and_uses
        text: A plan and two uses
        met: 2 <= plan_1 <= 4 and count(uses) >= 2
      - id: people_counted
        text: People counted
        met: people > 3 or kind in ["b", "c"]
sections:
  - id: plan
    title: Plan
    weight: 2
    thresholds: {{green: 80, amber: 50, ready: 75}}
    questions:
      - id: plan_1
        type: rating
        text: We have a plan
{LEVELS}        gateway: true
        support_need: {{theme: planning, offer: Plan clinic}}
      - id: plan_2
        type: rating
        text: The plan is costed
{LEVELS}        weight: 2.5
        allow_not_applicable: true
        support_need: {{theme: planning, at_or_below: 3, offer: Costing help}}
      - id: plan_3
        type: rating
        text: The plan is reviewed
{LEVELS}        weight: 0
        relevant: plan_1 >= 2
      - id: bank
        type: yes_no_partly
        text: We have a bank account
        options: [yes, partly, no, not_sure]
        gateway: true
        support_need: {{theme: money}}
      - id: late_only
        type: rating
        text: Only asked late
{LEVELS}        relevant: cat_stage == "late"
  - id: uses
    title: Uses
    weight: 0.5
    questions:
      - id: uses
        type: multi_choice
        text: What the building is for
        options: [{{id: cafe, label: Cafe}}, {{id: hall, label: Hall}}, {{id: garden, label: Garden}}]
        min_choices: 1
        max_choices: 3
      - id: kind
        type: choice
        text: What kind of group
        options: [{{id: a, label: A, score: 25}}, {{id: b, label: B, score: 75}}, {{id: c, label: C}}]
        support_need: {{theme: uses, answers: [a]}}
      - id: people
        type: number
        text: How many people
        min: 0
        max: 500
        integer: true
        constraint: people != 13
      - id: why
        type: text
        text: Why
        required: false
        relevant: count(uses) > 1 or people > 10
      - id: since
        type: date
        text: Since when
        relevant: not (kind in ["c"])
      - id: uses_2
        type: rating
        text: The cafe pays its way
{LEVELS}        relevant: "'cafe' in uses and themes != None"
        support_need: {{theme: uses, when: "uses_2 <= 2 and people >= 5"}}
      - id: capped
        type: choice
        text: How it is capped
        options: [{{id: low, label: Low, score: 0}}, {{id: mid, label: Mid, score: 60}}, {{id: high, label: High, score: 100}}]
        constraint: capped != "low"
        constraint_message: Not low
  - id: notes
    title: Notes
    questions:
      - id: notes
        type: text
        text: Anything else
        required: false
""",
    "every-rule.yaml",
)

FORMS: dict[str, FormDefinition] = {**shipped_forms(), "every-rule": EVERY_RULE_FORM}
CATALOGUE = load_support_offers()


def _registration_values(form: FormDefinition) -> dict[str, list[Any]]:
    """Every registration field the form's conditions name, with the values they compare it to."""
    texts: list[str] = []
    for _, question in form.questions():
        texts += [text for text in (question.relevant, question.constraint) if text]
        if question.support_need is not None and question.support_need.when:
            texts.append(question.support_need.when)
    for stage in form.stages:
        for condition in stage.must_meet:
            texts += [text for text in (condition.met, condition.applies) if text]
    values: dict[str, list[Any]] = {}
    for text in texts:
        condition = parse_condition(text)
        for name in sorted(condition.names & CONDITION_FIELDS):
            values.setdefault(name, [])
        for name, value in compared_values(condition):
            if name in CONDITION_FIELDS and value not in values[name]:
                values[name].append(value)
    return values


REGISTRATION_VALUES = {form_id: _registration_values(form) for form_id, form in FORMS.items()}

# Answers that fit (mostly the normal form; some raw forms that normalise to it) and answers
# that do not, by question type.
UNFIT: dict[str, list[Any]] = {
    "rating": [0, 5, True, "high", 2.5],
    "yes_no_partly": ["maybe", 3],
    "choice": ["maybe", 3],
    "multi_choice": ["cafe", ["nothing"]],
    "number": ["lots", -1, float("inf"), True],
    "date": ["yesterday", 2020],
    "text": [12, ["a"]],
}


def fitting_answer(question: Question, rng: random.Random) -> Any:
    """A normal answer, or a raw one that validate_answer turns into one."""
    raw = rng.random() < 0.15
    if question.type == "rating":
        if question.allow_not_applicable and rng.random() < 0.2:
            return "not_applicable"
        level = rng.randint(1, 4)
        return rng.choice([str(level), f" {level} ", float(level)]) if raw else level
    if question.type in ("yes_no_partly", "choice", "multi_choice"):
        options = question.options or []
        if question.type == "multi_choice":
            return rng.sample([o.id for o in options], rng.randint(1, len(options)))
        option = rng.choice(options)
        if raw:
            return rng.choice([f" {option.id} ", str(option.label).upper(), str(option.label)])
        return option.id
    if question.type == "number":
        low, high = question.min or 0, question.max or 100
        number = rng.randint(int(low), int(high))
        return f"{number:,}" if raw else number
    if question.type == "date":
        return rng.choice(["2024-02-29", "2019-11-05", " 2020-01-01 "])
    return rng.choice(["We meet monthly.", "  padded  ", "   ", "x" * rng.randint(0, 20)])


def random_assessment(
    form_id: str, rng: random.Random, fitting_only: bool
) -> tuple[dict[str, Any], dict[str, Any], str | None]:
    """Answers (some questions and whole sections skipped, some "don't know"), a registration
    and a stage, drawn with `rng`."""
    form = FORMS[form_id]
    answers: dict[str, Any] = {}
    for section in form.sections:
        if rng.random() < 0.1:
            continue  # the whole section skipped
        level_bias = rng.random()  # some sections strong, some weak
        for question in section.questions:
            roll = rng.random()
            if roll < 0.12:
                continue  # skipped
            if roll < 0.22:
                answers[question.id] = DONT_KNOW
            elif question.type == "rating" and rng.random() < 0.5:
                answers[question.id] = 4 if rng.random() < level_bias else 1
            else:
                answers[question.id] = fitting_answer(question, rng)
    if not fitting_only and rng.random() < 0.1:
        question = rng.choice([q for _, q in form.questions()])
        answers[question.id] = rng.choice(UNFIT[question.type])
    if not fitting_only and rng.random() < 0.03:
        answers["not_a_question"] = 1
    registration: dict[str, Any] = {}
    for name, compared in REGISTRATION_VALUES[form_id].items():
        kind = rng.randint(0, 5)
        if kind == 0:
            continue  # not given
        choices = compared or ["something"]
        registration[name] = (
            None
            if kind == 1
            else rng.choice(choices)
            if kind in (2, 3)
            else rng.sample([*choices, "other"], rng.randint(0, min(3, len(choices) + 1)))
            if kind == 4
            else rng.choice([0, 2, "not one of them"])
        )
    stage_ids = [stage.id for stage in form.stages]
    roll = rng.random()
    stage = None if roll < 0.3 or not stage_ids else rng.choice(stage_ids)
    if roll > 0.9 and stage_ids:
        registration["cat_stage"] = rng.choice(stage_ids)  # the stage named by the context
    if not fitting_only and roll > 0.97:
        stage = "no_such_stage"
    return answers, registration, stage


def _outcome(function: Any, *args: Any) -> tuple[str, Any]:
    """What a call gives: its result, or the kind and message of the error it raises."""
    try:
        return "result", function(*args)
    except AnswerError as error:
        return "AnswerError", (error.question_id, error.message)
    except UnknownStage as error:
        return "UnknownStage", str(error)


def assert_same_scoring(
    form: FormDefinition,
    answers: dict[str, Any],
    registration: dict[str, Any],
    stage: str | None,
) -> str:
    """Both evaluations agree on everything; returns what happened (for the coverage check)."""
    fast = _outcome(score_assessment, form, answers, registration, CATALOGUE, stage)
    plain = _outcome(plain_score_assessment, form, answers, registration, CATALOGUE, stage)
    assert fast[0] == plain[0]
    if fast[0] != "result":
        assert fast[1] == plain[1]
        return fast[0]
    fast_result, plain_result = fast[1], plain[1]
    assert fast_result.model_dump() == plain_result.model_dump()
    assert fast_result.model_dump_json() == plain_result.model_dump_json()
    assert fast_result == plain_result
    assert_same_models(fast_result, plain_result)
    # the figures stored results keep, read from the evaluation without the models
    evaluation = evaluate_assessment(form, answers, registration, stage)
    assert evaluation.overall == plain_result.overall_score
    assert evaluation.overall_rag == plain_result.overall_rag
    assert evaluation.readiness == plain_result.readiness
    assert evaluation.unmet_conditions == plain_result.unmet_conditions
    assert [(row.section.id, row.score, row.rag) for row in evaluation.sections] == [
        (section.id, section.score, section.rag) for section in plain_result.sections
    ]
    assert list(evaluation.needs) == [need.theme for need in plain_result.support_needs]
    return plain_result.readiness or plain_result.overall_rag or "no score"


def assert_same_models(made: Any, validated: Any, where: str = "result") -> None:
    """`made` (result_of's models, made without validation) is `validated` type for type: the
    same model classes with the same fields set, plain `str` and `float` where validation
    gives them, lists of their own, equal values."""
    assert type(made) is type(validated), where
    if isinstance(validated, BaseModel):
        assert made.model_fields_set == validated.model_fields_set, where
        for name in type(validated).model_fields:
            assert_same_models(getattr(made, name), getattr(validated, name), f"{where}.{name}")
    elif isinstance(validated, list):
        assert len(made) == len(validated), where
        for index, (one, other) in enumerate(zip(made, validated, strict=True)):
            assert_same_models(one, other, f"{where}[{index}]")
    else:
        assert made == validated, where


def assert_same_questions_shown(
    form: FormDefinition, answers: dict[str, Any], registration: dict[str, Any], stage: str | None
) -> None:
    def shown(function: Any) -> list[str] | str:
        try:
            return [question.id for question in function(form, answers, registration, stage)]
        except KeyError as error:  # an unknown stage, from form.stage()
            return f"KeyError {error}"

    assert shown(visible_questions) == shown(plain_visible_questions)


@pytest.mark.parametrize("form_id", sorted(FORMS))
@settings(max_examples=150, deadline=None)
@given(rng=st.randoms(use_true_random=False))
def test_compiled_scoring_gives_what_the_plain_evaluation_gives(
    form_id: str, rng: random.Random
) -> None:
    answers, registration, stage = random_assessment(form_id, rng, fitting_only=False)
    form = FORMS[form_id]
    assert_same_scoring(form, answers, registration, stage)
    assert_same_questions_shown(form, answers, registration, stage)


def test_many_assessments_score_alike_and_reach_every_verdict() -> None:
    """A fixed sweep (the same every run) of answers that all fit: it must reach every verdict
    and band, so the comparisons are not only ever made between empty results."""
    seen: set[str] = set()
    rng = random.Random(16)
    for form_id in sorted(FORMS):
        form = FORMS[form_id]
        for _ in range(150):
            answers, registration, stage = random_assessment(form_id, rng, fitting_only=True)
            seen.add(assert_same_scoring(form, answers, registration, stage))
            assert_same_questions_shown(form, answers, registration, stage)
    assert {"Ready", "Ready with support", "Not yet ready", "green", "amber", "red"} <= seen


def test_context_names_are_the_registration_fields_and_stage_the_conditions_read() -> None:
    """Stored results fetch only these fields of a registration, so each must be there: every
    registration field a relevance, support-need or must-meet condition names, and the stage;
    no question (its answer fills the context) and no field that no condition reads."""
    assert compiled_form(EVERY_RULE_FORM).context_names == {"legal_form", "themes", "cat_stage"}
    for form_id, form in FORMS.items():
        names = compiled_form(form).context_names
        assert set(REGISTRATION_VALUES[form_id]) | {"cat_stage"} == names, form_id
        assert not names & {question.id for _, question in form.questions()}
