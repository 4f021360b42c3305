"""The results page and the report show the previous assessment's figures (its overall score
and section scores: the change and the radar) from its stored result, not by scoring it again
(issue 16): the same figures scoring its answers afresh gives, for every kind of assessment."""

from __future__ import annotations

from sqlalchemy import delete, update

from desktop.services import Services
from desktop.store.models import AssessmentScore, SectionScore
from forms.scoring import AssessmentResult, score_assessment
from tests.funds.helpers import CIO, complete_assessment, weak_section


def figures(result) -> tuple:
    """What is shown of a previous assessment: overall score and band, each section's."""
    return (
        result.overall_score,
        result.overall_rag,
        [(section.id, section.score, section.rag) for section in result.sections],
    )


def scored_afresh(services: Services, assessment_id: str) -> AssessmentResult:
    summary = services.assessments.get(assessment_id).summary
    return score_assessment(
        services.assessments.form_for(assessment_id),
        services.assessments.answers(assessment_id),
        services.funds._registration(summary.organisation_id),
        stage=summary.cat_stage,
    )


def test_the_previous_assessments_stored_figures_are_its_figures_scored_afresh(
    services: Services,
) -> None:
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations

    services.organisations.create_many(
        demo_organisations(6, seed=7, ward_list=services.organisations.ward_list)
    )
    add_demo_assessments(services, 30, seed=7, completed_share=1.0)
    seen = set()
    for summary in services.assessments.list_summaries(status="completed"):
        results = services.assessments.results(summary.id)
        if results.previous is None:
            continue
        assert results.previous_result is not None
        assert figures(results.previous_result) == figures(
            scored_afresh(services, results.previous.id)
        )
        seen.add((results.previous.kind, results.previous.mode))
    assert seen == {
        (kind, mode)
        for kind in ("health_check", "cat_readiness")
        for mode in ("group", "facilitated")
    }


def test_results_read_the_previous_figures_stored_and_score_it_only_without_them(
    services: Services,
) -> None:
    cio = services.organisations.create(CIO).id
    form = services.assessments.available_forms()["health_check"]
    earlier = complete_assessment(services, cio, "health_check", weak_section(form, "money"))
    later = complete_assessment(services, cio, "health_check")
    results = services.assessments.results(later)
    assert results.previous is not None and results.previous.id == earlier
    scored = scored_afresh(services, earlier)
    assert figures(results.previous_result) == figures(scored)
    assert results.previous_result.section("money").score < results.result.section("money").score

    # A stored figure scoring would not give shows the figures are read, not scored.
    with services.store.session() as session:
        session.execute(
            update(AssessmentScore)
            .where(AssessmentScore.assessment_id == earlier)
            .values(overall_score=12.5)
        )
    assert services.assessments.results(later).previous_result.overall_score == 12.5

    # Without stored figures (or with a row saying it could not be scored) it is scored.
    with services.store.session() as session:
        session.execute(delete(SectionScore).where(SectionScore.assessment_id == earlier))
        session.execute(
            update(AssessmentScore)
            .where(AssessmentScore.assessment_id == earlier)
            .values(problem="an answer does not fit")
        )
    previous = services.assessments.results(later).previous_result
    assert isinstance(previous, AssessmentResult) and previous == scored
