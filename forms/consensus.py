"""Group mode: the spread of participants' ratings per statement, and when to talk about it.

Each participant's rating is kept; the group then agrees a consensus answer, recorded
separately, and only that is scored. Until the group agrees, the median is offered as a
suggestion and is never scored by itself.

The suggestion is the median rounded half *down* (2.5 -> 2): when a group is split evenly,
the app suggests the more cautious level and leaves the group to argue it up.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Mapping

from pydantic import BaseModel

from forms.answers import DONT_KNOW, AnswerError, validate_answer
from forms.models import NOT_APPLICABLE, FormDefinition

LEVELS = (1, 2, 3, 4)
DISCUSS_SPREAD = 2


class RatingSpread(BaseModel):
    """How a group rated one statement."""

    counts: dict[int, int]
    by_level: dict[int, list[str]]
    dont_know: list[str]
    not_applicable: list[str]
    not_rated: list[str]
    rated: int
    median: float | None
    spread: int | None
    discuss: bool
    suggestion: int | None


def round_half_down(value: float) -> int:
    """Round to the nearest whole number, halves going down (2.5 -> 2, 2.6 -> 3)."""
    return math.ceil(value - 0.5)


def summarise_ratings(ratings: Mapping[str, object]) -> RatingSpread:
    """The spread of one statement's ratings (participant label -> level 1-4, DONT_KNOW or None).

    `discuss` is true when the ratings span two or more levels (highest - lowest >= 2).
    """
    by_level: dict[int, list[str]] = {level: [] for level in LEVELS}
    dont_know: list[str] = []
    not_applicable: list[str] = []
    not_rated: list[str] = []
    levels: list[int] = []
    for label, value in ratings.items():
        if value is None:
            not_rated.append(label)
        elif value is DONT_KNOW:
            dont_know.append(label)
        elif value == NOT_APPLICABLE:
            not_applicable.append(label)
        elif isinstance(value, int) and not isinstance(value, bool) and value in LEVELS:
            by_level[value].append(label)
            levels.append(value)
        else:
            raise AnswerError("", f"{label}'s rating must be a level from 1 to 4; got {value!r}")
    median = float(statistics.median(levels)) if levels else None
    spread = max(levels) - min(levels) if levels else None
    return RatingSpread(
        counts={level: len(labels) for level, labels in by_level.items()},
        by_level=by_level,
        dont_know=dont_know,
        not_applicable=not_applicable,
        not_rated=not_rated,
        rated=len(levels),
        median=median,
        spread=spread,
        discuss=spread is not None and spread >= DISCUSS_SPREAD,
        suggestion=round_half_down(median) if median is not None else None,
    )


def summarise_group(
    form: FormDefinition, ratings_by_question: Mapping[str, Mapping[str, object]]
) -> dict[str, RatingSpread]:
    """The spread of every rated statement (question id -> participant label -> rating).

    Questions that are not rating statements are left out; an unknown question id or a rating
    that does not fit its statement raises AnswerError.
    """
    result: dict[str, RatingSpread] = {}
    for question_id, ratings in ratings_by_question.items():
        try:
            question = form.question(question_id)
        except KeyError:
            raise AnswerError(
                question_id, f"'{question_id}' is not a question of the form '{form.id}'"
            ) from None
        if question.type != "rating":
            continue
        checked = {label: validate_answer(question, value) for label, value in ratings.items()}
        result[question_id] = summarise_ratings(checked)
    return result
