"""Group mode: the spread of participants' ratings per statement, and when to talk about it.

Each participant's rating is kept; the group then agrees a consensus answer, recorded
separately, and only that is scored. Until the group agrees, the median is offered as a
suggestion and is never scored by itself.

The suggestion is the median rounded half *down* (2.5 -> 2): when a group is split evenly,
the app suggests the more cautious level and leaves the group to argue it up.
"""

from __future__ import annotations

import enum
import math
import statistics
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict

from forms.answers import DONT_KNOW, AnswerError, validate_answer
from forms.models import NOT_APPLICABLE, FormDefinition

LEVELS = (1, 2, 3, 4)
DISCUSS_SPREAD = 2


class RatingSpread(BaseModel):
    """How a group rated one statement."""

    # Made by summarise_ratings without validation (its values are typed there): no validator
    # built in a fresh report process, where it was the only one besides scoring's.
    model_config = ConfigDict(defer_build=True)

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
    return RatingSpread.model_construct(
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


class RatingPhase(enum.Enum):
    """Where a group is with one statement."""

    RATING = "rating"  # people are rating; their ratings are kept hidden
    REVEALED = "revealed"  # every rating is shown at once; the group agrees a score


class ParticipantState(enum.Enum):
    """One person's rating as the room may know it."""

    WAITING = "waiting"  # not rated yet
    RATED_HIDDEN = "rated_hidden"  # rated, but nobody may see the rating yet
    REVEALED = "revealed"  # the rating is shown


class RatingRound:
    """One statement's ratings in group mode, and whether they may be shown.

    Ratings stay hidden until every participant has rated (a level, "don't know" or "not
    applicable") or the facilitator reveals them early; then they are all shown at once, and
    only then is the spread (and "talk about this") judged. Once revealed a round stays
    revealed: a rating changed or cleared afterwards cannot be un-seen.

    Every rating, whatever it came from (the facilitator's keys, a participant's phone), goes
    through `rate`, so there is one rule for when the room sees the ratings.
    """

    def __init__(
        self,
        participants: Mapping[str, str],
        ratings: Mapping[str, object] | None = None,
        *,
        revealed: bool = False,
    ) -> None:
        self.labels = dict(participants)  # participant id -> label, in rating order
        self.ratings: dict[str, object] = {
            pid: value for pid, value in (ratings or {}).items() if value is not None
        }
        self._revealed = revealed or self.everyone_rated

    @property
    def everyone_rated(self) -> bool:
        return bool(self.labels) and all(pid in self.ratings for pid in self.labels)

    @property
    def phase(self) -> RatingPhase:
        return RatingPhase.REVEALED if self._revealed else RatingPhase.RATING

    @property
    def revealed(self) -> bool:
        return self._revealed

    @property
    def rated_count(self) -> int:
        return sum(1 for pid in self.labels if pid in self.ratings)

    def waiting(self) -> list[str]:
        """Participant ids still to rate, in order."""
        return [pid for pid in self.labels if pid not in self.ratings]

    def state_of(self, participant_id: str) -> ParticipantState:
        if participant_id not in self.ratings:
            return ParticipantState.WAITING
        return ParticipantState.REVEALED if self._revealed else ParticipantState.RATED_HIDDEN

    def rate(self, participant_id: str, value: object) -> bool:
        """Record (or, with None, clear) a rating; True when this rating revealed the round."""
        if participant_id not in self.labels:
            raise KeyError(participant_id)
        if value is None:
            self.ratings.pop(participant_id, None)
            return False
        self.ratings[participant_id] = value
        if not self._revealed and self.everyone_rated:
            self._revealed = True
            return True
        return False

    def reveal(self) -> bool:
        """Show the ratings now, before everyone has rated; True if they were hidden."""
        was_hidden = not self._revealed
        self._revealed = True
        return was_hidden

    def spread(self) -> RatingSpread | None:
        """The spread by participant label, or None while the ratings are hidden."""
        if not self._revealed:
            return None
        return self.full_spread()

    def full_spread(self) -> RatingSpread:
        """The spread whatever the phase: for the stored record and the review, never shown
        to the room before the reveal."""
        return summarise_ratings(
            {label: self.ratings.get(pid) for pid, label in self.labels.items()}
        )
