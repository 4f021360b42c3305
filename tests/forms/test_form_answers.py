"""Answers are checked against their question and returned in one normal, JSON-ready form."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from form_helpers import form_text, rating, section

from forms import load_form_text
from forms.answers import DONT_KNOW, AnswerError, validate_answer
from forms.models import Question

FORM = load_form_text(
    form_text(
        section(
            "one",
            rating("q_rating"),
            rating("q_rating_na", "allow_not_applicable: true\n"),
            "- id: q_ynp\n  type: yes_no_partly\n  text: Do we?\n"
            "  options: [yes, partly, no, not_applicable]\n",
            "- id: q_choice\n  type: choice\n  text: Which?\n"
            "  options:\n    - {id: freehold, label: Freehold}\n    - {id: lease, label: A lease}\n",
            "- id: q_multi\n  type: multi_choice\n  text: Which?\n  min_choices: 1\n"
            "  max_choices: 2\n  options:\n    - {id: a, label: A}\n    - {id: b, label: B}\n"
            "    - {id: c, label: C}\n",
            "- id: q_number\n  type: number\n  text: How many?\n  min: 0\n  max: 100\n"
            "  integer: true\n  unit: people\n",
            "- id: q_fte\n  type: number\n  text: FTE?\n  min: 0\n",
            "- id: q_text\n  type: text\n  text: Tell us\n  max_length: 10\n",
            "- id: q_date\n  type: date\n  text: When?\n",
        )
    ),
    "answers.yaml",
)


def question(qid: str) -> Question:
    return FORM.question(qid)


@pytest.mark.parametrize(
    ("qid", "given", "expected"),
    [
        ("q_rating", 3, 3),
        ("q_rating", "4", 4),
        ("q_rating", 2.0, 2),
        ("q_rating_na", "not_applicable", "not_applicable"),
        ("q_ynp", "partly", "partly"),
        ("q_ynp", True, "yes"),
        ("q_ynp", "Not applicable", "not_applicable"),
        ("q_choice", "lease", "lease"),
        ("q_choice", "a lease", "lease"),
        ("q_multi", ["c", "a", "c"], ["a", "c"]),
        ("q_number", "12", 12),
        ("q_number", 7.0, 7),
        ("q_fte", "2.5", 2.5),
        ("q_text", "  hello  ", "hello"),
        ("q_text", "   ", None),
        ("q_date", "2026-03-01", "2026-03-01"),
        ("q_date", dt.date(2026, 3, 1), "2026-03-01"),
        ("q_rating", None, None),
    ],
)
def test_valid_answers_are_normalised(qid: str, given: object, expected: object) -> None:
    assert validate_answer(question(qid), given) == expected


@pytest.mark.parametrize(
    ("qid", "given", "message"),
    [
        ("q_rating", 5, "level from 1 to 4"),
        ("q_rating", 0, "level from 1 to 4"),
        ("q_rating", True, "level from 1 to 4"),
        ("q_rating", "not_applicable", "level from 1 to 4"),
        ("q_rating", 2.5, "level from 1 to 4"),
        ("q_ynp", "maybe", "not one of the answers: yes, partly, no, not_applicable"),
        ("q_ynp", 3, "must be one of"),
        ("q_choice", "rent", "not one of the answers"),
        ("q_multi", "a", "tick a list"),
        ("q_multi", [], "at least 1"),
        ("q_multi", ["a", "b", "c"], "at most 2"),
        ("q_multi", ["a", "z"], "'z' is not one of"),
        ("q_number", -1, "at least 0 people"),
        ("q_number", 101, "at most 100 people"),
        ("q_number", 2.5, "whole number"),
        ("q_number", "lots", "must be a number"),
        ("q_number", float("nan"), "ordinary number"),
        ("q_number", False, "must be a number"),
        ("q_text", "far too long for this", "too long"),
        ("q_text", 12, "must be text"),
        ("q_date", "01/03/2026", "YYYY-MM-DD"),
        ("q_date", 20260301, "YYYY-MM-DD"),
    ],
)
def test_invalid_answers_are_refused_with_a_clear_message(
    qid: str, given: object, message: str
) -> None:
    with pytest.raises(AnswerError) as caught:
        validate_answer(question(qid), given)
    assert message in caught.value.message
    assert caught.value.question_id == qid


@pytest.mark.parametrize("qid", ["q_rating", "q_ynp", "q_multi", "q_number", "q_text", "q_date"])
def test_dont_know_is_accepted_for_every_question(qid: str) -> None:
    assert validate_answer(question(qid), DONT_KNOW) is DONT_KNOW


def test_dont_know_is_one_answer_that_survives_copies() -> None:
    assert copy.deepcopy(DONT_KNOW) is DONT_KNOW
    assert DONT_KNOW.is_dont_know  # what conditions look for
    assert repr(DONT_KNOW) == "DONT_KNOW"
