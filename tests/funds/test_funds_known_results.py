"""A funds guide scores nothing it can read: the results a report has just read
(`FundsService.guide(..., known=results)`) when they are the organisation's latest completed
assessment of their kind, else the assessment's stored result (bands, verdict, answers; issue
16). The facts and the guide are exactly those of scoring every assessment afresh, in any
session language."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import delete, update

from desktop.registration.funds import AssessmentEvidence, eligibility_facts
from desktop.store.models import Assessment, AssessmentScore, SectionScore
from forms.scoring import score_assessment
from tests.funds.helpers import (
    CHARITY_WEAK_MONEY,
    CIO,
    complete_assessment,
    weak_section,
)

ON = date(2026, 12, 1)


def scored_facts(services, organisation_id: str) -> dict[str, Any]:
    """The organisation's facts from scoring its latest completed assessment of each kind
    afresh (what the guide read before results were stored)."""
    registration = services.funds._registration(organisation_id)
    catalogue = services.resources.support_catalogue_in_force()
    evidence: dict[str, AssessmentEvidence] = {}
    for summary in services.assessments.list_summaries(
        organisation_id=organisation_id, status="completed"
    ):
        if summary.kind in evidence:
            continue  # newest first: the latest of each kind
        answers = services.assessments.answers(summary.id)
        result = score_assessment(
            services.assessments.form_for(summary.id),
            answers,
            registration,
            stage=summary.cat_stage,
            catalogue=catalogue,
        )
        evidence[summary.kind] = AssessmentEvidence(result, answers)
    return eligibility_facts(
        registration, evidence.get("health_check"), evidence.get("cat_readiness")
    )


def assert_facts_and_guide_as_scored(services, organisation_id: str, known=None) -> None:
    facts = services.funds.facts(organisation_id, known=known)
    assert facts == scored_facts(services, organisation_id)
    guide = services.funds.guide(organisation_id, ON, known=known)
    assert guide == services.funds.guide(organisation_id, ON)


@pytest.mark.parametrize("language", ["en", "ur", "pa"])
def test_the_guide_from_the_reports_results_is_the_guide_of_every_assessment_scored_afresh(
    services, language: str
) -> None:
    charity = services.organisations.create(CHARITY_WEAK_MONEY).id
    form = services.assessments.available_forms()["health_check"]
    health_check = complete_assessment(
        services, charity, "health_check", weak_section(form, "money")
    )
    cat = complete_assessment(services, charity, "cat_readiness", stage="full_business_case")
    for assessment_id in (health_check, cat):
        services.assessments.set_session_language(assessment_id, language)
        results = services.assessments.results(assessment_id)
        assert results.language == language
        assert_facts_and_guide_as_scored(services, charity)
        assert_facts_and_guide_as_scored(services, charity, known=results)
    facts = services.funds.facts(charity)
    assert facts["health_check_money"] == "red" and facts["cat_verdict"]
    assert facts["cat_stage"] == "full_business_case"


def test_a_cat_assessment_stored_without_a_stage_gives_the_forms_default_stage(
    services,
) -> None:
    cio = services.organisations.create(CIO).id
    complete_assessment(services, cio, "health_check")
    cat = complete_assessment(services, cio, "cat_readiness")
    # `start` gives a new assessment the form's default stage; one with none (a record whose
    # stage was never set) is scored at the default, and the stored path must say the same.
    with services.store.session() as session:
        session.execute(update(Assessment).where(Assessment.id == cat).values(cat_stage=None))
    assert services.assessments.get(cat).summary.cat_stage is None
    assert_facts_and_guide_as_scored(services, cio)
    assert services.funds.facts(cio)["cat_stage"]


def test_results_of_an_older_or_unfinished_assessment_are_not_taken_for_the_latest(
    services,
) -> None:
    cio = services.organisations.create(CIO).id
    form = services.assessments.available_forms()["health_check"]
    older = complete_assessment(services, cio, "health_check", weak_section(form, "money"))
    complete_assessment(services, cio, "health_check")
    draft = services.assessments.start(cio, "health_check", consent_given=True).id
    for known in (older, draft):
        results = services.assessments.results(known)
        assert_facts_and_guide_as_scored(services, cio, known=results)
        assert services.funds.facts(cio, known=results)["health_check_money"] != "red"


def test_the_guide_reads_the_stored_result_and_scores_only_an_assessment_without_one(
    services,
) -> None:
    charity = services.organisations.create(CHARITY_WEAK_MONEY).id
    form = services.assessments.available_forms()["health_check"]
    health_check = complete_assessment(
        services, charity, "health_check", weak_section(form, "money")
    )
    cat = complete_assessment(services, charity, "cat_readiness", stage="full_business_case")
    scored = scored_facts(services, charity)
    assert scored["health_check_money"] == "red" and scored["cat_verdict"] == "Ready"
    # Stored figures that scoring would not give show the guide reads them, not a new score.
    with services.store.session() as session:
        session.execute(
            update(SectionScore)
            .where(SectionScore.assessment_id == health_check, SectionScore.section_id == "money")
            .values(rag="green")
        )
        session.execute(
            update(AssessmentScore)
            .where(AssessmentScore.assessment_id == cat)
            .values(verdict="Not yet ready")
        )
    facts = services.funds.facts(charity)
    assert facts["health_check_money"] == "green" and facts["cat_verdict"] == "Not yet ready"
    assert {k: v for k, v in facts.items() if k not in ("health_check_money", "cat_verdict")} == {
        k: v for k, v in scored.items() if k not in ("health_check_money", "cat_verdict")
    }
    # Without stored rows, or with a row saying it could not be scored, the guide scores.
    with services.store.session() as session:
        session.execute(delete(SectionScore).where(SectionScore.assessment_id == health_check))
        session.execute(
            delete(AssessmentScore).where(AssessmentScore.assessment_id == health_check)
        )
        session.execute(
            update(AssessmentScore)
            .where(AssessmentScore.assessment_id == cat)
            .values(problem="an answer does not fit")
        )
    assert services.funds.facts(charity) == scored
