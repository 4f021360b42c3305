"""The scoring rules evaluated the plain way, for tests only: a walk over the form's models.

This is how forms/scoring.py scored before it compiled forms (forms/compiled.py): every
condition walked as a syntax tree (`holds`, as `Condition.evaluate` did before conditions were
compiled into closures), every answer checked by `validate_answer`, every part of the result
built as it is found. It is slow and
obviously follows the rules in forms/scoring.py's docstring; test_scoring_equivalence.py checks
that the fast path gives exactly what it gives. It must not import forms.compiled.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping, Sequence
from typing import Any

from forms.answers import DONT_KNOW, AnswerError, validate_answer
from forms.conditions import Condition, _compare, _count, _plain, parse_condition
from forms.models import (
    NOT_APPLICABLE,
    STAGE_FIELD,
    FormDefinition,
    MustMeet,
    Question,
    Section,
    Stage,
    level_score,
)
from forms.scoring import (
    DEVELOP_STATEMENT_SCORE,
    MAX_STRENGTH_SECTIONS,
    AssessmentResult,
    GatewayReason,
    GatewayResult,
    Highlights,
    QuestionRef,
    Rag,
    Readiness,
    SectionRef,
    SectionResult,
    StatementResult,
    SupportNeedResult,
    UnknownStage,
    verdict_text,
    with_stage,
)
from forms.support import SupportCatalogue, load_support_offers

STRONG_STATEMENT_SCORE = level_score(3)


def holds(condition: Condition, context: Mapping[str, object]) -> bool:
    """Whether a condition holds, by walking its syntax tree."""
    return bool(walk(condition.tree, context))


def walk(node: ast.AST, context: Mapping[str, object]) -> Any:
    """The value of one node of a condition's tree."""
    if isinstance(node, ast.BoolOp):
        if isinstance(node.op, ast.And):
            return all(walk(value, context) for value in node.values)
        return any(walk(value, context) for value in node.values)
    if isinstance(node, ast.UnaryOp):
        operand = walk(node.operand, context)
        if isinstance(node.op, ast.Not):
            return not operand
        return -operand if isinstance(node.op, ast.USub) else operand
    if isinstance(node, ast.Compare):
        left = walk(node.left, context)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = walk(comparator, context)
            if not _compare(type(op), left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.Name):
        return _plain(context.get(node.id))
    if isinstance(node, ast.Call):
        return _count(walk(node.args[0], context))
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.List | ast.Tuple):
        return [walk(element, context) for element in node.elts]
    raise AssertionError(f"{type(node).__name__} in a checked condition")


def answer_score(question: Question, value: object) -> float | None:
    """The 0-100 score of a normalised answer, or None when it is not scored."""
    if value is None or value is DONT_KNOW or value == NOT_APPLICABLE:
        return None
    if question.type == "rating" and isinstance(value, int):
        return level_score(value)
    if question.type in ("yes_no_partly", "choice") and isinstance(value, str):
        option = question.option(value)
        return option.score if option is not None else None
    return None


def _rag(score: float | None, green: float, amber: float) -> Rag | None:
    if score is None:
        return None
    if score >= green:
        return "green"
    if score >= amber:
        return "amber"
    return "red"


def _normalise(form: FormDefinition, answers: Mapping[str, object]) -> dict[str, object]:
    known = {question.id: question for _, question in form.questions()}
    for question_id in answers:
        if question_id not in known:
            raise AnswerError(
                question_id,
                f"'{question_id}' is not a question of the form '{form.id}' {form.version}",
            )
    return {qid: validate_answer(q, answers.get(qid)) for qid, q in known.items()}


def _context_value(value: object) -> object:
    return None if value is DONT_KNOW else value


def _visible(
    form: FormDefinition,
    answers: Mapping[str, object],
    registration: Mapping[str, object] | None,
) -> tuple[list[tuple[Section, Question]], dict[str, object]]:
    """The shown questions in form order, and the condition context (hidden answers removed)."""
    context: dict[str, object] = dict(registration or {})
    shown: list[tuple[Section, Question]] = []
    for section, question in form.questions():
        condition = question.relevant_condition()
        if condition is None or holds(condition, context):
            shown.append((section, question))
            context[question.id] = _context_value(answers.get(question.id))
        else:
            context[question.id] = None
    return shown, context


def visible_questions(
    form: FormDefinition,
    answers: Mapping[str, object],
    registration: Mapping[str, object] | None = None,
    stage: str | None = None,
) -> list[Question]:
    """The questions shown for these answers, registration and CAT stage, in form order."""
    shown, _ = _visible(form, answers, with_stage(form, registration, stage))
    return [question for _, question in shown]


def _support_need_raised(question: Question, value: object, context: Mapping[str, object]) -> bool:
    need = question.support_need
    if need is None or value is None or value is DONT_KNOW:
        return False
    if need.when is not None:
        return holds(parse_condition(need.when), context)
    if need.at_or_below is not None:
        return isinstance(value, int) and value <= need.at_or_below
    if need.answers is not None:
        return value in need.answers
    return False


def _gateway(question: Question, value: object) -> GatewayResult:
    reason: GatewayReason
    if value is None:
        met, reason = False, "not answered"
    elif value is DONT_KNOW:
        met, reason = False, "don't know"
    elif value == NOT_APPLICABLE:
        met, reason = True, "not applicable"
    else:
        score = answer_score(question, value)
        met = score is not None and score >= STRONG_STATEMENT_SCORE - 1e-9
        reason = "met" if met else "not met"
    return GatewayResult(question_id=question.id, text=question.text, met=met, reason=reason)


def _must_meet(
    condition: MustMeet,
    form: FormDefinition,
    values: Mapping[str, object],
    context: Mapping[str, object],
    shown_ids: set[str],
) -> GatewayResult | None:
    """Whether a stage's must-meet condition is met; None when it does not apply to this group."""
    if condition.applies and not holds(parse_condition(condition.applies), context):
        return None
    met_condition = parse_condition(condition.met)
    named = [q.id for _, q in form.questions() if q.id in met_condition.names]
    reason: GatewayReason
    if holds(met_condition, context):
        reason = "met"
    elif any(qid in shown_ids and values[qid] is None for qid in named):
        reason = "not answered"
    elif any(values[qid] is DONT_KNOW for qid in named):
        reason = "don't know"
    else:
        reason = "not met"
    return GatewayResult(
        question_id=named[0] if named else "",
        text=condition.text,
        met=reason == "met",
        reason=reason,
        condition_id=condition.id,
        question_ids=named,
    )


def _with_ties(ranked: list[SectionResult], count: int) -> list[SectionResult]:
    """The first `count` of `ranked` (best first), and any after them that tie with the last:
    picking one of three equal sections would say one is stronger when none is."""
    if len(ranked) <= count:
        return list(ranked)
    cut = ranked[count - 1].score or 0.0
    chosen = list(ranked[:count])
    for result in ranked[count:]:
        if abs((result.score or 0.0) - cut) > 1e-9:
            break
        chosen.append(result)
    return chosen


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
    chosen_stage = _chosen_stage(form, stage, registration)
    values = _normalise(form, answers)
    if chosen_stage is not None:
        registration = {**(registration or {}), STAGE_FIELD: chosen_stage.id}
    shown, context = _visible(form, values, registration)
    shown_ids = {question.id for _, question in shown}
    if catalogue is None:
        catalogue = load_support_offers()

    section_results: list[SectionResult] = []
    statements: list[StatementResult] = []
    for section in form.sections:
        section_result, scored = _score_section(form, section, shown_ids, values)
        section_results.append(section_result)
        statements.extend(scored)
    overall = _overall_score(form, section_results)
    strengths, areas_to_develop = _highlights(form, section_results, statements)
    gateways = [_gateway(q, values[q.id]) for _, q in shown if q.gateway]
    if chosen_stage is not None:
        for condition in chosen_stage.must_meet:
            checked = _must_meet(condition, form, values, context, shown_ids)
            if checked is not None:
                gateways.append(checked)
    unmet = [g for g in gateways if not g.met]
    below_ready = _sections_below_ready(form, section_results)
    readiness = _readiness(form, unmet, below_ready)
    stage_title = chosen_stage.title if chosen_stage is not None else None
    return AssessmentResult(
        form_id=form.id,
        form_version=form.version,
        kind=form.kind,
        sections=section_results,
        overall_score=overall,
        overall_rag=_rag(overall, form.thresholds.green, form.thresholds.amber),
        strengths=strengths,
        areas_to_develop=areas_to_develop,
        support_needs=_support_needs(shown, values, context, catalogue),
        gateways=gateways,
        unmet_gateways=unmet,
        readiness=readiness,
        sections_below_ready=below_ready,
        unanswered_required=[q.id for _, q in shown if q.required and values[q.id] is None],
        dont_know=[q.id for _, q in shown if values[q.id] is DONT_KNOW],
        stage=chosen_stage.id if chosen_stage is not None else None,
        stage_title=stage_title,
        unmet_conditions=[g.condition_id or g.question_id for g in unmet],
        verdict=verdict_text(readiness, stage_title) if readiness is not None else None,
    )


def _chosen_stage(
    form: FormDefinition, stage: str | None, registration: Mapping[str, object] | None
) -> Stage | None:
    """The CAT stage the verdict is for: `stage`, else the one the registration context names,
    else the form's default (None for a form without stages)."""
    named = (registration or {}).get(STAGE_FIELD)
    if stage is None and isinstance(named, str):
        stage = named
    try:
        return form.stage(stage)
    except KeyError:
        known = ", ".join(s.id for s in form.stages)
        raise UnknownStage(f"'{stage}' is not a stage of the form '{form.id}' ({known})") from None


def _score_section(
    form: FormDefinition,
    section: Section,
    shown_ids: set[str],
    values: Mapping[str, object],
) -> tuple[SectionResult, list[StatementResult]]:
    """A section's weighted score and band, and its scored statements."""
    thresholds = form.section_thresholds(section)
    visible = [q for q in section.questions if q.id in shown_ids]
    statements: list[StatementResult] = []
    weighted = 0.0
    weights = 0.0
    for question in visible:
        score = answer_score(question, values[question.id])
        if score is None or not question.is_scored:
            continue
        statements.append(
            StatementResult(
                question_id=question.id,
                section_id=section.id,
                text=question.text,
                score=score,
                answer=values[question.id],
            )
        )
        weighted += score * question.weight
        weights += question.weight
    section_score = weighted / weights if weights > 0 else None
    if section_score is not None:
        section_score = min(100.0, max(0.0, section_score))
    rag = _rag(section_score, thresholds.green, thresholds.amber)
    result = SectionResult(
        id=section.id,
        title=section.title,
        score=section_score,
        rag=rag,
        answered=sum(1 for q in visible if values[q.id] is not None),
        total=len(visible),
        dont_know=sum(1 for q in visible if values[q.id] is DONT_KNOW),
        scored_answers=len(statements),
        has_scored_questions=any(q.is_scored and q.weight > 0 for q in visible),
        priority=rag == "red",
    )
    return result, statements


def _overall_score(form: FormDefinition, section_results: list[SectionResult]) -> float | None:
    """The sections' scores weighted by the sections' weights (unscored sections left out)."""
    section_weights = {section.id: section.weight for section in form.sections}
    scored = [r for r in section_results if r.score is not None]
    total_weight = sum(section_weights[r.id] for r in scored)
    if total_weight <= 0:
        return None
    return sum(section_weights[r.id] * (r.score or 0.0) for r in scored) / total_weight


def _highlights(
    form: FormDefinition,
    section_results: list[SectionResult],
    statements: list[StatementResult],
) -> tuple[Highlights, Highlights]:
    """Strengths (green sections, strong statements) and areas to develop (the rest, weakest
    first), statements in form order within a score."""
    scored_sections = [r for r in section_results if r.score is not None]
    best = sorted(scored_sections, key=lambda r: -(r.score or 0.0))
    strength_sections = _with_ties([r for r in best if r.rag == "green"], MAX_STRENGTH_SECTIONS)
    if not strength_sections and best and (best[0].score or 0.0) > 0:
        strength_sections = _with_ties(best, 1)
    order = {question.id: index for index, (_, question) in enumerate(form.questions())}
    strong = sorted(
        (s for s in statements if s.score >= STRONG_STATEMENT_SCORE - 1e-9),
        key=lambda s: (-s.score, order[s.question_id]),
    )
    develop_sections = sorted(
        (r for r in scored_sections if r.rag != "green"), key=lambda r: r.score or 0.0
    )
    weak = sorted(
        (s for s in statements if s.score <= DEVELOP_STATEMENT_SCORE),
        key=lambda s: (s.score, order[s.question_id]),
    )
    return (
        Highlights(
            sections=[SectionRef(id=r.id, title=r.title, score=r.score) for r in strength_sections],
            statements=strong,
        ),
        Highlights(
            sections=[SectionRef(id=r.id, title=r.title, score=r.score) for r in develop_sections],
            statements=weak,
        ),
    )


def _support_needs(
    shown: Sequence[tuple[Section, Question]],
    values: Mapping[str, object],
    context: Any,
    catalogue: SupportCatalogue,
) -> list[SupportNeedResult]:
    """One need per theme the answers raise, with the catalogue's offers and any the form names."""
    needs: dict[str, SupportNeedResult] = {}
    for _, question in shown:
        value = values[question.id]
        if not _support_need_raised(question, value, context):
            continue
        assert question.support_need is not None
        theme = question.support_need.theme
        need = needs.get(theme)
        if need is None:
            need = SupportNeedResult(
                theme=theme,
                question_ids=[],
                questions=[],
                offers=catalogue.offers_for(theme),
                extra_offers=[],
            )
            needs[theme] = need
        need.question_ids.append(question.id)
        need.questions.append(QuestionRef(id=question.id, text=question.text))
        offer = question.support_need.offer
        if offer and offer not in need.extra_offers:
            need.extra_offers.append(offer)
    return list(needs.values())


def _sections_below_ready(form: FormDefinition, section_results: list[SectionResult]) -> list[str]:
    return [
        r.id
        for section, r in zip(form.sections, section_results, strict=True)
        if r.has_scored_questions
        and (r.score is None or r.score < form.section_thresholds(section).ready)
    ]


def _readiness(
    form: FormDefinition, unmet: list[GatewayResult], below_ready: list[str]
) -> Readiness | None:
    """The CAT verdict: an unmet gateway is not yet ready; a section below its ready line
    needs support; otherwise ready. Other kinds of form have no verdict."""
    if form.kind != "cat_readiness":
        return None
    if unmet:
        return "Not yet ready"
    if below_ready:
        return "Ready with support"
    return "Ready"
