"""A report's funds guide reuses the results the report has just read (`FundsService.guide(...,
known=results)`) when they are the organisation's latest completed assessment of their kind:
the facts and the guide are exactly those read and scored afresh, in any session language."""

from __future__ import annotations

from datetime import date

import pytest

from tests.funds.helpers import (
    CHARITY_WEAK_MONEY,
    CIO,
    complete_assessment,
    weak_section,
)

ON = date(2026, 12, 1)


def _answers_read(services, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    read: list[str] = []
    real = services.funds._assessments.answers

    def answers(assessment_id: str):
        read.append(assessment_id)
        return real(assessment_id)

    monkeypatch.setattr(services.funds._assessments, "answers", answers)
    return read


@pytest.mark.parametrize("language", ["en", "ur", "pa"])
def test_the_guide_from_the_reports_results_is_the_guide_read_afresh(
    services, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    charity = services.organisations.create(CHARITY_WEAK_MONEY).id
    form = services.assessments.available_forms()["health_check"]
    health_check = complete_assessment(
        services, charity, "health_check", weak_section(form, "money")
    )
    cat = complete_assessment(services, charity, "cat_readiness", stage="full_business_case")
    read = _answers_read(services, monkeypatch)
    for assessment_id in (health_check, cat):
        services.assessments.set_session_language(assessment_id, language)
        results = services.assessments.results(assessment_id)
        assert results.language == language
        read.clear()
        afresh = services.funds.facts(charity)
        assert sorted(read) == sorted([health_check, cat])
        read.clear()
        reused = services.funds.facts(charity, known=results)
        assert read == [cat if assessment_id == health_check else health_check]
        assert reused == afresh
        assert services.funds.guide(charity, ON, known=results) == services.funds.guide(charity, ON)
    assert afresh["health_check_money"] == "red" and afresh["cat_verdict"]


def test_results_of_an_older_or_unfinished_assessment_are_not_taken_for_the_latest(
    services, monkeypatch: pytest.MonkeyPatch
) -> None:
    cio = services.organisations.create(CIO).id
    form = services.assessments.available_forms()["health_check"]
    older = complete_assessment(services, cio, "health_check", weak_section(form, "money"))
    latest = complete_assessment(services, cio, "health_check")
    draft = services.assessments.start(cio, "health_check", consent_given=True).id
    read = _answers_read(services, monkeypatch)
    for known in (older, draft):
        read.clear()
        facts = services.funds.facts(cio, known=services.assessments.results(known))
        assert read == [latest]
        assert facts == services.funds.facts(cio)
        assert facts["health_check_money"] != "red"
