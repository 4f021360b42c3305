"""Scoring an assessment: section scores and RAG, strengths, support needs and CAT readiness.

The rules, in the users' words:
- A statement rated 1-4 scores 0, 33.3, 66.7 or 100. A yes/partly/no answer scores what its
  option says (yes 100, partly 50, no 0). "Don't know", "not sure" and "not applicable"
  answers, skipped questions and hidden questions are not scored.
- A section's score is the weighted mean of its scored answers (None when nothing is scored);
  green at or above the form's `green` threshold, amber at or above `amber`, red below it.
  A red section is a priority for support.
- The overall score is the weighted mean of the section scores (section `weight`).
- A gateway is met by "yes" (or any option scoring at least as much as level 3) or a rating of
  3 or more; "not applicable" does not block. CAT readiness: any gateway unmet (including
  unanswered or "don't know") -> "Not yet ready"; all met and every scored section at or above
  its `ready` threshold -> "Ready"; otherwise "Ready with support". A section with scored
  questions but no scored answers counts as below the threshold, because nobody can say it is
  ready.
- Strengths are the green sections (best first, at most three, more only when tied with the
  third; if none is green, the best section, or all the sections tied for best) and the statements answered at level 3 or above (best first). Areas to develop are
  the sections below green (lowest first) and the statements scoring 50 or less.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from forms.compiled import (
    STRONG_STATEMENT_SCORE,
    CompiledSection,
    Evaluation,
    GatewayRow,
    Statement,
    compiled_form,
)
from forms.compiled import (
    UnknownStage as UnknownStage,  # raised by score_assessment; callers catch it from here
)
from forms.models import STAGE_FIELD, FormDefinition, Question
from forms.support import SupportCatalogue, SupportOffer, load_support_offers

Rag = Literal["red", "amber", "green"]
Readiness = Literal["Ready", "Ready with support", "Not yet ready"]
GatewayReason = Literal["met", "not met", "not answered", "don't know", "not applicable"]

DEVELOP_STATEMENT_SCORE = 50.0
# The result models are made by `result_of` from values it has typed itself (model_construct:
# exactly what validating them made, without building the validators: ~12-18 ms and
# pydantic's plugin scan in a fresh `gapkit report`). Built when something else validates one.
_BUILT_BY_SCORING = ConfigDict(defer_build=True)
MAX_STRENGTH_SECTIONS = 3


class SectionResult(BaseModel):
    """How one section scored."""

    model_config = _BUILT_BY_SCORING

    id: str
    title: str
    score: float | None
    rag: Rag | None
    answered: int
    total: int
    dont_know: int
    scored_answers: int
    has_scored_questions: bool
    priority: bool


class StatementResult(BaseModel):
    """One scored statement, for strengths and areas to develop."""

    model_config = _BUILT_BY_SCORING

    question_id: str
    section_id: str
    text: str
    score: float
    answer: Any


class SectionRef(BaseModel):
    """A section named in strengths or areas to develop."""

    model_config = _BUILT_BY_SCORING

    id: str
    title: str
    score: float | None


class Highlights(BaseModel):
    """Sections and statements, best (strengths) or weakest (areas to develop) first."""

    model_config = _BUILT_BY_SCORING

    sections: list[SectionRef]
    statements: list[StatementResult]


class QuestionRef(BaseModel):
    """A question named by a support need or gateway."""

    model_config = _BUILT_BY_SCORING

    id: str
    text: str


class SupportNeedResult(BaseModel):
    """A support theme raised by one or more answers, with the offers that meet it."""

    model_config = _BUILT_BY_SCORING

    theme: str
    question_ids: list[str]
    questions: list[QuestionRef]
    offers: list[SupportOffer]
    extra_offers: list[str]


class GatewayResult(BaseModel):
    """Whether one gateway or must-meet condition is met.

    A gateway question gives `question_id` = its id; a stage's must-meet condition gives its
    own `condition_id`, `question_id` = the first question it names, and every question it
    names in `question_ids`.
    """

    model_config = _BUILT_BY_SCORING

    question_id: str
    text: str
    met: bool
    reason: GatewayReason
    condition_id: str | None = None
    question_ids: list[str] = []


class AssessmentResult(BaseModel):
    """Everything the results page and the report show about one assessment."""

    model_config = _BUILT_BY_SCORING

    form_id: str
    form_version: str
    kind: str
    sections: list[SectionResult]
    overall_score: float | None
    overall_rag: Rag | None
    strengths: Highlights
    areas_to_develop: Highlights
    support_needs: list[SupportNeedResult]
    gateways: list[GatewayResult]
    unmet_gateways: list[GatewayResult]
    readiness: Readiness | None
    sections_below_ready: list[str]
    unanswered_required: list[str]
    dont_know: list[str]
    # CAT: the stage the verdict is for, and the ids of the unmet conditions (must-meet
    # condition ids, or question ids of unmet gateway questions) as plain data.
    stage: str | None = None
    stage_title: str | None = None
    unmet_conditions: list[str] = []
    verdict: str | None = None

    def section(self, section_id: str) -> SectionResult:
        """The result of one section; KeyError if there is none."""
        for result in self.sections:
            if result.id == section_id:
                return result
        raise KeyError(section_id)


def with_stage(
    form: FormDefinition, registration: Mapping[str, object] | None, stage: str | None
) -> dict[str, object]:
    """The condition context: registration fields, plus the CAT stage for a form with stages."""
    context = dict(registration or {})
    if form.stages:
        named = context.get(STAGE_FIELD)
        chosen = form.stage(stage or (named if isinstance(named, str) else None))
        if chosen is not None:
            context[STAGE_FIELD] = chosen.id
    return context


def visible_questions(
    form: FormDefinition,
    answers: Mapping[str, object],
    registration: Mapping[str, object] | None = None,
    stage: str | None = None,
) -> list[Question]:
    """The questions shown for these answers, registration and CAT stage, in form order."""
    context = with_stage(form, registration, stage)
    return [question.question for question in compiled_form(form).visible(answers, context)]


def verdict_text(readiness: Readiness, stage_title: str | None) -> str:
    """The verdict in words, naming the stage: "Not yet ready for: Full business case"."""
    return f"{readiness} for: {stage_title}" if stage_title else readiness


def score_assessment(
    form: FormDefinition,
    answers: Mapping[str, object],
    registration: Mapping[str, object] | None = None,
    catalogue: SupportCatalogue | None = None,
    stage: str | None = None,
) -> AssessmentResult:
    """Score one assessment's agreed answers (question id -> value, DONT_KNOW or None).

    `catalogue` gives the offers for support needs; the shipped catalogue by default.
    `stage` is the CAT stage the verdict is for (the form's default stage when None).
    Raises AnswerError when an answer does not fit its question or names no question, and
    UnknownStage when the form has stages but none with that id.
    """
    evaluation = compiled_form(form).evaluate(answers, registration, stage)
    if catalogue is None:
        catalogue = load_support_offers()
    return result_of(evaluation, catalogue)


def evaluate_assessment(
    form: FormDefinition,
    answers: Mapping[str, object],
    registration: Mapping[str, object] | None = None,
    stage: str | None = None,
) -> Evaluation:
    """What `score_assessment` computes, as plain data and without building the result models:
    for code that keeps only a few figures of thousands of results (stored results)."""
    return compiled_form(form).evaluate(answers, registration, stage)


def _text(value: str) -> str:
    """A plain `str`, as validating a `str` field makes of a text (form texts are
    `LocalisedText`)."""
    return value if value.__class__ is str else str(value)


def _score(value: float | None) -> float | None:
    """A float, as validating a `float` field makes of an int."""
    return value if value is None or value.__class__ is float else float(value)


def result_of(evaluation: Evaluation, catalogue: SupportCatalogue) -> AssessmentResult:
    """The result models of one evaluation; the support needs name `catalogue`'s offers.

    Made with `model_construct` from values typed here as validation would type them (plain
    `str` and `float`, lists of their own): `tests/forms/test_scoring_models.py` checks the
    result is, type for type, the one validation makes."""
    form = evaluation.form
    sections = [
        SectionResult.model_construct(
            id=_text(section.id),
            title=_text(section.title),
            score=_score(score),
            rag=band,
            answered=answered,
            total=total,
            dont_know=dont_know,
            scored_answers=scored_answers,
            has_scored_questions=has_scored_questions,
            priority=band == "red",
        )
        for (
            section,
            score,
            band,
            answered,
            total,
            dont_know,
            scored_answers,
            has_scored_questions,
        ) in evaluation.sections
    ]
    stage = evaluation.stage
    stage_title = _text(stage.title) if stage is not None else None
    readiness = evaluation.readiness
    strengths, areas_to_develop = _highlights(evaluation)
    return AssessmentResult.model_construct(
        form_id=_text(form.id),
        form_version=_text(form.version),
        kind=_text(form.kind),
        sections=sections,
        overall_score=_score(evaluation.overall),
        overall_rag=evaluation.overall_rag,
        strengths=strengths,
        areas_to_develop=areas_to_develop,
        support_needs=[
            SupportNeedResult.model_construct(
                theme=_text(theme),
                question_ids=[_text(question.id) for question in questions],
                questions=[
                    QuestionRef.model_construct(id=_text(question.id), text=_text(question.text))
                    for question in questions
                ],
                offers=list(catalogue.offers_for(theme)),
                extra_offers=[_text(offer) for offer in extra_offers],
            )
            for theme, (questions, extra_offers) in evaluation.needs.items()
        ],
        # each list its own models, as validation made them
        gateways=[_gateway(row) for row in evaluation.gateways],
        unmet_gateways=[_gateway(row) for row in evaluation.gateways if not row.met],
        readiness=readiness,
        sections_below_ready=[_text(id_) for id_ in evaluation.below_ready],
        unanswered_required=[_text(id_) for id_ in evaluation.unanswered_required],
        dont_know=[_text(id_) for id_ in evaluation.dont_know],
        stage=_text(stage.id) if stage is not None else None,
        stage_title=stage_title,
        unmet_conditions=[_text(id_) for id_ in evaluation.unmet_conditions],
        verdict=_text(verdict_text(readiness, stage_title)) if readiness is not None else None,  # type: ignore[arg-type]
    )


def _gateway(row: GatewayRow) -> GatewayResult:
    if row.condition_id is None:  # a gateway question leaves these unset, as it always did
        return GatewayResult.model_construct(
            question_id=_text(row.question_id),
            text=_text(row.text),
            met=row.met,
            reason=row.reason,
        )
    return GatewayResult.model_construct(
        question_id=_text(row.question_id),
        text=_text(row.text),
        met=row.met,
        reason=row.reason,
        condition_id=_text(row.condition_id),
        question_ids=[_text(id_) for id_ in row.question_ids],
    )


def _with_ties(
    ranked: list[tuple[CompiledSection, float]], count: int
) -> list[tuple[CompiledSection, float]]:
    """The first `count` of `ranked` (best first), and any after them that tie with the last:
    picking one of three equal sections would say one is stronger when none is."""
    if len(ranked) <= count:
        return list(ranked)
    cut = ranked[count - 1][1]
    chosen = list(ranked[:count])
    for ranked_section in ranked[count:]:
        if abs(ranked_section[1] - cut) > 1e-9:
            break
        chosen.append(ranked_section)
    return chosen


def _highlights(evaluation: Evaluation) -> tuple[Highlights, Highlights]:
    """Strengths (green sections, strong statements) and areas to develop (the rest, weakest
    first), statements in form order within a score."""
    scored: list[tuple[CompiledSection, float, str | None]] = [
        (row.section, row.score, row.rag) for row in evaluation.sections if row.score is not None
    ]
    best = sorted(scored, key=lambda ranked: -ranked[1])
    strength_sections = _with_ties(
        [(section, score) for section, score, band in best if band == "green"],
        MAX_STRENGTH_SECTIONS,
    )
    if not strength_sections and best and best[0][1] > 0:
        strength_sections = _with_ties([(section, score) for section, score, _band in best], 1)
    develop_sections = sorted(
        ((section, score) for section, score, band in scored if band != "green"),
        key=lambda ranked: ranked[1],
    )
    # The statements are in form order: a stable sort keeps that order within a score.
    statements = evaluation.statements
    strong = sorted(
        (s for s in statements if s[2] >= STRONG_STATEMENT_SCORE - 1e-9), key=lambda s: -s[2]
    )
    weak = sorted((s for s in statements if s[2] <= DEVELOP_STATEMENT_SCORE), key=lambda s: s[2])
    return (
        Highlights.model_construct(
            sections=[_section_ref(section, score) for section, score in strength_sections],
            statements=[_statement(s) for s in strong],
        ),
        Highlights.model_construct(
            sections=[_section_ref(section, score) for section, score in develop_sections],
            statements=[_statement(s) for s in weak],
        ),
    )


def _section_ref(section: CompiledSection, score: float) -> SectionRef:
    return SectionRef.model_construct(
        id=_text(section.id), title=_text(section.title), score=_score(score)
    )


def _statement(statement: Statement) -> StatementResult:
    question, section_id, score, answer = statement
    return StatementResult.model_construct(
        question_id=_text(question.id),
        section_id=_text(section_id),
        text=_text(question.text),
        score=_score(score),
        answer=answer,
    )
