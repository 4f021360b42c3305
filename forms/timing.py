"""How long a session takes: an estimate from the statements a group will be shown.

The outline says a small group gets through the original 1.0 health check (52 statements,
48.9 units below) in 60-90 minutes, 75 in the middle; that gives the minutes per unit. A
statement the group discusses and rates counts one unit; quicker kinds count less, and an
optional "proud of" opening half, as a group often answers it in a sentence or skips it.
`benchmarks/session_length.py` recomputes the calibration from the 1.0 form.
"""

from __future__ import annotations

from collections.abc import Mapping

from forms.models import FormDefinition, Question
from forms.scoring import visible_questions

MINUTES_PER_UNIT = 75.0 / 48.9
UNIT_WEIGHTS: dict[str, float] = {
    "rating": 1.0,
    "yes_no_partly": 0.6,
    "choice": 0.6,
    "number": 0.3,
    "multi_choice": 1.0,
    "text": 1.0,
}
OPENING_WEIGHT = 0.5
# A session longer than this is better held over two visits.
ONE_SITTING_MINUTES = 90


def question_units(question: Question) -> float:
    if question.id.endswith("_proud"):
        return OPENING_WEIGHT
    return UNIT_WEIGHTS.get(question.type, 1.0)


def estimated_minutes(
    form: FormDefinition,
    registration: Mapping[str, object] | None = None,
    stage: str | None = None,
    minutes_per_unit: float = MINUTES_PER_UNIT,
) -> int:
    """About how many minutes a group with this registration needs for the form at `stage`,
    rounded to 5 minutes. Conditions on earlier answers count as if unanswered."""
    shown = visible_questions(form, {}, registration, stage)
    minutes = sum(question_units(question) for question in shown) * minutes_per_unit
    return max(5, int(round(minutes / 5.0)) * 5)
