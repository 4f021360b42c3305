"""A form compiled once for scoring: its rules as plain tuples, dicts and functions.

Scoring a council's thousands of assessments used to walk the form's pydantic models, parse
trees and option lists again for every one of them. `compiled_form(form)` does that walk once
per form (kept while the form object lives) and `CompiledForm.evaluate` then scores one
assessment's answers with plain data: no model is built until the caller asks for the
`AssessmentResult` (forms/scoring.py). The rules are those of forms/scoring.py's docstring;
tests/forms/test_scoring_equivalence.py checks every part of the result against a
straightforward evaluation of the form's models over many generated assessments.

A form must not be changed after it was scored (the app never does: forms come from files and
snapshots, and a changed form is a new object).
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Mapping
from typing import Any, NamedTuple

from forms.answers import DONT_KNOW, AnswerError, validate_answer
from forms.conditions import Predicate, parse_condition
from forms.models import (
    NOT_APPLICABLE,
    STAGE_FIELD,
    FormDefinition,
    MustMeet,
    Question,
    Stage,
    level_score,
)

STRONG_STATEMENT_SCORE = level_score(3)
# A gateway is met from level 3 (or an option scoring as much), within rounding.
GATEWAY_SCORE = STRONG_STATEMENT_SCORE - 1e-9


class UnknownStage(ValueError):
    """A stage the form does not have; the message says which stages it has."""


class CompiledQuestion:
    """What scoring needs of one question."""

    __slots__ = (
        "question",
        "id",
        "text",
        "position",
        "relevant",
        "accepts_type",
        "accepted",
        "scores",
        "weight",
        "counts_towards_score",
        "gateway",
        "required",
        "need_theme",
        "need_offer",
        "need_when",
        "need_at_or_below",
        "need_answers",
    )

    def __init__(self, question: Question, position: int):
        self.question = question
        self.id = question.id
        self.text = question.text
        self.position = position
        condition = question.relevant_condition()
        self.relevant: Predicate | None = None if condition is None else condition.predicate
        # Answers already in their normal form pass without validate_answer (which gives the
        # same value back for them); anything else goes through it.
        self.accepts_type: type | None = None
        self.accepted: frozenset[Any] = frozenset()
        if not question.constraint:
            if question.type == "rating":
                self.accepts_type, self.accepted = int, frozenset((1, 2, 3, 4))
            elif question.type in ("yes_no_partly", "choice"):
                self.accepts_type = str
                self.accepted = frozenset(
                    option.id for option in question.options or () if option.id == option.id.strip()
                )
        # answer -> 0-100 score, for the normal answers that score (forms.scoring.answer_score)
        self.scores: dict[Any, float] | None = None
        if question.type == "rating":
            self.scores = {level: level_score(level) for level in (1, 2, 3, 4)}
        elif question.type in ("yes_no_partly", "choice"):
            self.scores = {}
            for option in reversed(question.options or ()):  # the first of a repeated id wins
                if option.score is not None and option.id != NOT_APPLICABLE:
                    self.scores[option.id] = option.score
                else:
                    self.scores.pop(option.id, None)
        self.weight = question.weight
        self.counts_towards_score = question.is_scored
        self.gateway = question.gateway
        self.required = question.required
        need = question.support_need
        self.need_theme = need.theme if need is not None else None
        self.need_offer = need.offer if need is not None else None
        self.need_when: Predicate | None = None
        self.need_at_or_below: int | None = None
        self.need_answers: list[str] | None = None
        if need is not None:
            if need.when is not None:
                self.need_when = parse_condition(need.when).predicate
            elif need.at_or_below is not None:
                self.need_at_or_below = need.at_or_below
            elif need.answers is not None:
                self.need_answers = need.answers

    def score(self, value: object) -> float | None:
        """The 0-100 score of a normal answer; None when it is not scored."""
        scores = self.scores
        if scores is None or (type(value) is not int and type(value) is not str):
            return None
        return scores.get(value)

    def raises_need(self, value: object, context: Mapping[str, object]) -> bool:
        """Whether this (shown) answer raises the question's support need."""
        if self.need_theme is None or value is None or value is DONT_KNOW:
            return False
        if self.need_when is not None:
            return self.need_when(context)
        if self.need_at_or_below is not None:
            return isinstance(value, int) and value <= self.need_at_or_below
        if self.need_answers is not None:
            return value in self.need_answers
        return False


class CompiledSection:
    """A section's thresholds, weight and questions (positions in the form)."""

    __slots__ = ("id", "title", "weight", "green", "amber", "ready", "questions")

    def __init__(self, form: FormDefinition, index: int, questions: list[CompiledQuestion]):
        section = form.sections[index]
        thresholds = form.section_thresholds(section)
        self.id = section.id
        self.title = section.title
        self.weight = section.weight
        self.green = thresholds.green
        self.amber = thresholds.amber
        self.ready = thresholds.ready
        self.questions = tuple(questions)


class CompiledCondition:
    """A CAT stage's must-meet condition."""

    __slots__ = ("id", "text", "applies", "met", "named")

    def __init__(self, condition: MustMeet, order: Mapping[str, int]):
        self.id: str = condition.id
        self.text = condition.text
        self.applies: Predicate | None = (
            parse_condition(condition.applies).predicate if condition.applies else None
        )
        met = parse_condition(condition.met)
        self.met = met.predicate
        # the questions it names, in form order
        self.named = tuple(
            sorted((name for name in met.names if name in order), key=order.__getitem__)
        )


class CompiledStage:
    """A stage: its id, title and must-meet conditions."""

    __slots__ = ("id", "title", "must_meet")

    def __init__(self, stage: Stage, order: Mapping[str, int]):
        self.id: str = stage.id
        self.title = stage.title
        self.must_meet = tuple(CompiledCondition(condition, order) for condition in stage.must_meet)


class GatewayRow(NamedTuple):
    """One gateway question or must-meet condition checked."""

    question_id: str  # the gateway question, or the first question a condition names
    text: str
    met: bool
    reason: str
    condition_id: str | None  # None for a gateway question
    question_ids: list[str]  # the questions a condition names


class SectionRow(NamedTuple):
    """One section scored."""

    section: CompiledSection
    score: float | None
    rag: str | None
    answered: int
    total: int
    dont_know: int
    scored_answers: int
    has_scored_questions: bool


# One scored statement: (question, section id, score, answer). A plain tuple: an assessment
# has dozens and scoring thousands of assessments builds them all.
Statement = tuple[CompiledQuestion, str, float, object]


class Evaluation:
    """One assessment scored, as plain data (forms/scoring.py builds the result models)."""

    __slots__ = (
        "form",
        "stage",
        "sections",
        "statements",
        "overall",
        "overall_rag",
        "gateways",
        "needs",
        "readiness",
        "below_ready",
        "unanswered_required",
        "dont_know",
    )

    def __init__(self, form: CompiledForm, stage: CompiledStage | None):
        self.form = form
        self.stage = stage
        self.sections: list[SectionRow] = []
        self.statements: list[Statement] = []  # in form order
        self.overall: float | None = None
        self.overall_rag: str | None = None
        self.gateways: list[GatewayRow] = []
        # theme -> (the questions raising it, the offers they name)
        self.needs: dict[str, tuple[list[CompiledQuestion], list[str]]] = {}
        self.readiness: str | None = None
        self.below_ready: list[str] = []
        self.unanswered_required: list[str] = []
        self.dont_know: list[str] = []

    @property
    def unmet_conditions(self) -> list[str]:
        """The unmet conditions' ids (question ids for gateway questions), in order."""
        return [row.condition_id or row.question_id for row in self.gateways if not row.met]


def rag(score: float | None, green: float, amber: float) -> str | None:
    """The band of a score."""
    if score is None:
        return None
    if score >= green:
        return "green"
    if score >= amber:
        return "amber"
    return "red"


class CompiledForm:
    """A form's scoring rules, walked once."""

    def __init__(self, form: FormDefinition):
        self.definition = form
        self.id = form.id
        self.version = form.version
        self.kind = form.kind
        self.green = form.thresholds.green
        self.amber = form.thresholds.amber
        questions: list[CompiledQuestion] = []
        sections: list[CompiledSection] = []
        for index, section in enumerate(form.sections):
            in_section = [
                CompiledQuestion(question, len(questions) + offset)
                for offset, question in enumerate(section.questions)
            ]
            questions.extend(in_section)
            sections.append(CompiledSection(form, index, in_section))
        self.questions = tuple(questions)
        self.sections = tuple(sections)
        self.by_id = {question.id: question for question in questions}
        order = {question.id: question.position for question in questions}
        self.stages: dict[str, CompiledStage] = {}
        for stage in form.stages:
            self.stages.setdefault(stage.id, CompiledStage(stage, order))
        self.stage_ids = [stage.id for stage in form.stages]
        self.default_stage = (form.default_stage or form.stages[0].id) if form.stages else None
        self.context_names = _context_names(form, order)

    # -- the stage, the answers and what is shown ------------------------------------------------

    def chosen_stage(
        self, stage: str | None, registration: Mapping[str, object] | None
    ) -> CompiledStage | None:
        """The stage the verdict is for: `stage`, else the one the registration context names,
        else the form's default; None for a form without stages."""
        if not self.stages:
            return None
        if stage is None:
            named = (registration or {}).get(STAGE_FIELD)
            if isinstance(named, str):
                stage = named
        wanted = stage or self.default_stage
        chosen = self.stages.get(wanted) if isinstance(wanted, str) else None
        if chosen is None:
            known = ", ".join(self.stage_ids)
            raise UnknownStage(f"'{stage}' is not a stage of the form '{self.id}' ({known})")
        return chosen

    def normalise(self, answers: Mapping[str, object]) -> list[object]:
        """Each question's answer in its normal form (None when not answered), in form order;
        AnswerError for an answer that names no question or does not fit its question."""
        by_id = self.by_id
        if not answers.keys() <= by_id.keys():
            for question_id in answers:
                if question_id not in by_id:
                    raise AnswerError(
                        question_id,
                        f"'{question_id}' is not a question of the form '{self.id}' {self.version}",
                    )
        values: list[object] = []
        append = values.append
        get = answers.get
        for question in self.questions:
            value = get(question.id)
            if (
                value is None
                or value is DONT_KNOW
                or (type(value) is question.accepts_type and value in question.accepted)
            ):
                append(value)
            else:
                append(validate_answer(question.question, value))
        return values

    def shown_flags(self, values: list[object], context: dict[str, object]) -> list[bool]:
        """Whether each question (in form order) is shown. Fills `context` (registration fields
        already in it) with each answer as conditions read it: None when hidden or "don't know"."""
        flags: list[bool] = []
        append = flags.append
        for question, value in zip(self.questions, values, strict=True):
            relevant = question.relevant
            if relevant is None or relevant(context):
                append(True)
                context[question.id] = None if value is DONT_KNOW else value
            else:
                append(False)
                context[question.id] = None
        return flags

    def visible(
        self, answers: Mapping[str, object], context: dict[str, object]
    ) -> list[CompiledQuestion]:
        """The questions shown for these answers as given (not normalised), in form order."""
        get = answers.get
        flags = self.shown_flags([get(question.id) for question in self.questions], context)
        return [question for question, shown in zip(self.questions, flags, strict=True) if shown]

    # -- scoring --------------------------------------------------------------------------------

    def evaluate(
        self,
        answers: Mapping[str, object],
        registration: Mapping[str, object] | None,
        stage: str | None = None,
    ) -> Evaluation:
        """Score one assessment's agreed answers; UnknownStage, AnswerError as score_assessment."""
        chosen = self.chosen_stage(stage, registration)
        values = self.normalise(answers)
        context: dict[str, object] = dict(registration or {})
        if chosen is not None:
            context[STAGE_FIELD] = chosen.id
        is_shown = self.shown_flags(values, context)
        result = Evaluation(self, chosen)
        self._score_shown(result, values, is_shown, context)
        self._overall(result)
        if chosen is not None:
            for condition in chosen.must_meet:
                checked = _must_meet(condition, self, values, context, is_shown)
                if checked is not None:
                    result.gateways.append(checked)
        result.below_ready = [
            row.section.id
            for row in result.sections
            if row.has_scored_questions and (row.score is None or row.score < row.section.ready)
        ]
        if self.kind == "cat_readiness":
            if any(not row.met for row in result.gateways):
                result.readiness = "Not yet ready"
            elif result.below_ready:
                result.readiness = "Ready with support"
            else:
                result.readiness = "Ready"
        return result

    def _score_shown(
        self,
        result: Evaluation,
        values: list[object],
        is_shown: list[bool],
        context: Mapping[str, object],
    ) -> None:
        """One pass over the shown answers in form order: each section's score and counts, the
        scored statements, gateway questions, support needs, required questions left and
        "don't know" answers."""
        statements = result.statements
        gateways = result.gateways
        needs = result.needs
        unanswered_required = result.unanswered_required
        dont_know_ids = result.dont_know
        for section in self.sections:
            weighted = 0.0
            weights = 0.0
            answered = total = dont_know = scored_answers = 0
            has_scored_questions = False
            for question in section.questions:
                position = question.position
                if not is_shown[position]:
                    continue
                total += 1
                value = values[position]
                if value is None:
                    if question.required:
                        unanswered_required.append(question.id)
                elif value is DONT_KNOW:
                    answered += 1
                    dont_know += 1
                    dont_know_ids.append(question.id)
                else:
                    answered += 1
                if question.counts_towards_score:
                    if question.weight > 0:
                        has_scored_questions = True
                    score = question.score(value)
                    if score is not None:
                        statements.append((question, section.id, score, value))
                        scored_answers += 1
                        weighted += score * question.weight
                        weights += question.weight
                if question.gateway:
                    gateways.append(_gateway(question, value))
                if question.need_theme is not None and question.raises_need(value, context):
                    need = needs.get(question.need_theme)
                    if need is None:
                        need = needs[question.need_theme] = ([], [])
                    need[0].append(question)
                    offer = question.need_offer
                    if offer and offer not in need[1]:
                        need[1].append(offer)
            section_score = weighted / weights if weights > 0 else None
            if section_score is not None:
                section_score = min(100.0, max(0.0, section_score))
            result.sections.append(
                SectionRow(
                    section,
                    section_score,
                    rag(section_score, section.green, section.amber),
                    answered,
                    total,
                    dont_know,
                    scored_answers,
                    has_scored_questions,
                )
            )

    def _overall(self, result: Evaluation) -> None:
        scored = [
            (row.section.weight, row.score) for row in result.sections if row.score is not None
        ]
        total_weight = sum(weight for weight, _score in scored)
        if total_weight > 0:
            result.overall = sum(weight * (score or 0.0) for weight, score in scored) / total_weight
        result.overall_rag = rag(result.overall, self.green, self.amber)


def _context_names(form: FormDefinition, questions: Mapping[str, int]) -> frozenset[str]:
    """What a form's scoring reads of the context besides its own questions' answers: the
    registration fields its conditions name, and the stage (so a caller can fetch only those
    fields of a registration). A question's constraint reads only its own answer."""
    conditions = [question.relevant for section in form.sections for question in section.questions]
    conditions += [
        question.support_need.when
        for section in form.sections
        for question in section.questions
        if question.support_need is not None
    ]
    for stage in form.stages:
        for condition in stage.must_meet:
            conditions += [condition.applies, condition.met]
    names = {STAGE_FIELD}
    for text in conditions:
        if text:
            names.update(parse_condition(text).names)
    return frozenset(names - questions.keys())


def _gateway(question: CompiledQuestion, value: object) -> GatewayRow:
    if value is None:
        met, reason = False, "not answered"
    elif value is DONT_KNOW:
        met, reason = False, "don't know"
    elif value == NOT_APPLICABLE:
        met, reason = True, "not applicable"
    else:
        score = question.score(value)
        met = score is not None and score >= GATEWAY_SCORE
        reason = "met" if met else "not met"
    return GatewayRow(question.id, question.text, met, reason, None, [])


def _must_meet(
    condition: CompiledCondition,
    form: CompiledForm,
    values: list[object],
    context: Mapping[str, object],
    is_shown: list[bool],
) -> GatewayRow | None:
    """A must-meet condition checked; None when it does not apply to this group."""
    if condition.applies is not None and not condition.applies(context):
        return None
    positions = [form.by_id[question_id].position for question_id in condition.named]
    if condition.met(context):
        reason = "met"
    elif any(is_shown[p] and values[p] is None for p in positions):
        reason = "not answered"
    elif any(values[p] is DONT_KNOW for p in positions):
        reason = "don't know"
    else:
        reason = "not met"
    named = list(condition.named)
    return GatewayRow(
        named[0] if named else "",
        condition.text,
        reason == "met",
        reason,
        condition.id,
        named,
    )


# Compiled forms, by the identity of the form object, for as long as it lives.
_compiled: dict[int, tuple[weakref.ref[FormDefinition], CompiledForm]] = {}


def compiled_form(form: FormDefinition) -> CompiledForm:
    """The form compiled for scoring (once per form object)."""
    key = id(form)
    entry = _compiled.get(key)
    if entry is not None and entry[0]() is form:
        return entry[1]
    built = CompiledForm(form)
    _compiled[key] = (weakref.ref(form, functools.partial(_forget, _compiled, key)), built)
    return built


def _forget(
    compiled: dict[int, tuple[weakref.ref[FormDefinition], CompiledForm]],
    key: int,
    reference: weakref.ref[FormDefinition],
) -> None:
    # Called when the form goes; the dictionary is passed in so this works at shut-down too.
    entry = compiled.get(key)
    if entry is not None and entry[0] is reference:
        del compiled[key]
