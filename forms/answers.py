"""Checking one answer against its question, and the "don't know" answer.

`validate_answer` returns the answer in its normal, JSON-ready form:
rating -> int level 1-4 (or "not_applicable" where the question allows it);
yes_no_partly and choice -> the option id; multi_choice -> a list of option ids in form order;
number -> int (integer questions) or float; text -> stripped text; date -> "YYYY-MM-DD".
None means no answer (skipped); DONT_KNOW means "don't know", an answer that is never scored.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Final

from forms.conditions import parse_condition
from forms.models import NOT_APPLICABLE, Question

DEFAULT_TEXT_LIMIT = 5000


class DontKnow:
    """The "don't know" answer: allowed for every question, never scored, a note to follow up."""

    is_dont_know: Final = True
    _instance: DontKnow | None = None

    def __new__(cls) -> DontKnow:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "DONT_KNOW"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        return "DONT_KNOW"


DONT_KNOW: Final = DontKnow()


class AnswerError(ValueError):
    """An answer that does not fit its question; the message says what is expected."""

    def __init__(self, question_id: str, message: str) -> None:
        self.question_id = question_id
        self.message = message
        super().__init__(message)


def validate_answer(question: Question, value: object) -> Any:
    """Check `value` against `question`; return its normal form or raise AnswerError."""
    if value is None or value is DONT_KNOW:
        return value
    check = _CHECKS[question.type]
    clean = check(question, value)
    if question.constraint and not parse_condition(question.constraint).evaluate(
        {question.id: clean}
    ):
        raise _fail(question, question.constraint_message or "that answer is not allowed here")
    return clean


def _fail(question: Question, message: str) -> AnswerError:
    return AnswerError(question.id, message)


def _rating(question: Question, value: object) -> Any:
    if question.allow_not_applicable and value == NOT_APPLICABLE:
        return NOT_APPLICABLE
    level = _whole_number(value)
    if level is None or not 1 <= level <= 4:
        extra = ' or "not_applicable"' if question.allow_not_applicable else ""
        raise _fail(question, f"a rating must be a level from 1 to 4{extra}; got {value!r}")
    return level


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return None


def _option(question: Question, value: object) -> str:
    if value is True:
        value = "yes"
    elif value is False:
        value = "no"
    if not isinstance(value, str):
        raise _fail(question, f"the answer must be one of {_option_list(question)}; got {value!r}")
    text = value.strip()
    for option in question.options or ():
        if option.id == text:
            return option.id
    for option in question.options or ():
        if option.label.casefold() == text.casefold():
            return option.id
    raise _fail(question, f"'{value}' is not one of the answers: {_option_list(question)}")


def _option_list(question: Question) -> str:
    return ", ".join(option.id for option in question.options or ())


def _multi(question: Question, value: object) -> list[str]:
    if isinstance(value, str) or not isinstance(value, list | tuple | set | frozenset):
        raise _fail(question, f"tick a list of answers from {_option_list(question)}")
    chosen = {_option(question, item) for item in value}
    ordered = [option.id for option in question.options or () if option.id in chosen]
    if question.min_choices is not None and len(ordered) < question.min_choices:
        raise _fail(question, f"tick at least {question.min_choices}; {len(ordered)} ticked")
    if question.max_choices is not None and len(ordered) > question.max_choices:
        raise _fail(question, f"tick at most {question.max_choices}; {len(ordered)} ticked")
    return ordered


def _number(question: Question, value: object) -> int | float:
    number: float
    if isinstance(value, bool):
        raise _fail(question, f"the answer must be a number; got {value!r}")
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.strip().replace(",", ""))
        except ValueError:
            raise _fail(question, f"the answer must be a number; got '{value}'") from None
    else:
        raise _fail(question, f"the answer must be a number; got {value!r}")
    if not math.isfinite(number):
        raise _fail(question, "the answer must be an ordinary number")
    unit = f" {question.unit}" if question.unit else ""
    if question.min is not None and number < question.min:
        raise _fail(question, f"the answer must be at least {question.min:g}{unit}; got {number:g}")
    if question.max is not None and number > question.max:
        raise _fail(question, f"the answer must be at most {question.max:g}{unit}; got {number:g}")
    if question.integer:
        if not number.is_integer():
            raise _fail(question, f"the answer must be a whole number; got {number:g}")
        return int(number)
    return number


def _text(question: Question, value: object) -> str | None:
    if not isinstance(value, str):
        raise _fail(question, f"the answer must be text; got {value!r}")
    text = value.strip()
    limit = question.max_length or DEFAULT_TEXT_LIMIT
    if len(text) > limit:
        raise _fail(question, f"the answer is too long ({len(text)} characters; at most {limit})")
    return text or None


def _date(question: Question, value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    raise _fail(question, f"the answer must be a date written YYYY-MM-DD; got {value!r}")


_CHECKS = {
    "rating": _rating,
    "yes_no_partly": _option,
    "choice": _option,
    "multi_choice": _multi,
    "number": _number,
    "text": _text,
    "date": _date,
}
