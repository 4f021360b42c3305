"""The CAT stage an assessment is for: chosen at the start, stored, scored, carried in bundles
to the council, used by the council's summary; demo data uses the stages and paths."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import UserError
from desktop.services.sync.imports import ImportService
from desktop.store.models import Assessment, Organisation
from tests.store.sync_helpers import Laptop


@pytest.fixture
def organisation(services):
    return services.organisations.create(
        {
            "name": "Golcar Lily Community Hub",
            "legal_form": "cio_association",
            "postcode": "HD7 4AA",
        }
    )


def _answer_strongly(services, assessment_id: str, overrides: dict) -> None:
    form = services.assessments.form_for(assessment_id)
    for _section, question in form.questions():
        if question.id in overrides:
            value = overrides[question.id]
        elif question.type == "rating":
            value = 4
        elif question.type == "yes_no_partly" and question.options:
            value = question.options[0].id
        else:
            continue
        services.assessments.record_answer(assessment_id, question.id, value)


def test_the_stage_is_stored_and_the_verdict_names_it(services, organisation) -> None:
    detail = services.assessments.start(
        organisation.id, "cat_readiness", consent_given=True, stage="council_decision"
    )
    assert detail.summary.cat_stage == "council_decision"
    _answer_strongly(services, detail.id, {"money_3": 2, "building_transfer_kind": "freehold"})
    result = services.assessments.results(detail.id).result
    assert result.stage == "council_decision"
    assert result.verdict == "Not yet ready for: Council decision"
    assert result.unmet_conditions == ["cash_flow"]
    with services.store.session() as session:
        assert session.get(Assessment, detail.id).cat_stage == "council_decision"


def test_a_stage_must_be_one_of_the_assessments_form(services, organisation) -> None:
    with pytest.raises(UserError, match="not a stage of this form"):
        services.assessments.start(
            organisation.id, "cat_readiness", consent_given=True, stage="ribbon_cutting"
        )
    # a health check's stages say how much it covers; a CAT step is not one of them
    with pytest.raises(UserError, match="not a stage of this form"):
        services.assessments.start(
            organisation.id, "health_check", consent_given=True, stage="council_decision"
        )
    default = services.assessments.start(organisation.id, "cat_readiness", consent_given=True)
    assert default.summary.cat_stage == "full_business_case"
    health = services.assessments.start(organisation.id, "health_check", consent_given=True)
    assert health.summary.cat_stage == "full"


def test_a_key_statements_health_check_asks_fewer_and_scores_what_it_asked(
    services, organisation
) -> None:
    from forms import visible_questions

    key = services.assessments.start(
        organisation.id, "health_check", consent_given=True, stage="key"
    )
    full = services.assessments.start(organisation.id, "health_check", consent_given=True)
    form = services.assessments.form_for(key.id)
    registration = services.assessments.condition_context(key.id)
    asked_key = {q.id for q in visible_questions(form, {}, registration, "key")}
    asked_full = {q.id for q in visible_questions(form, {}, registration, "full")}
    assert asked_key < asked_full and "purpose_2" in asked_full - asked_key
    for question in visible_questions(form, {}, registration, "key"):
        if question.type == "rating":
            services.assessments.record_answer(key.id, question.id, 3)
    result = services.assessments.results(key.id).result
    # the full check's extra statements were not asked, so they are not missing
    assert not {"purpose_2", "impact_3"} & set(result.unanswered_required)
    purpose = next(section for section in result.sections if section.id == "purpose")
    assert purpose.score is not None and purpose.score > 60
    minutes = services.assessments.session_minutes(organisation.id, "health_check")
    assert set(minutes) == {"key", "full"} and minutes["key"] < minutes["full"]
    assert services.assessments.get(full.id).summary.cat_stage == "full"


def test_after_transfer_shows_the_after_statements_in_review(services, organisation) -> None:
    detail = services.assessments.start(
        organisation.id, "cat_readiness", consent_given=True, stage="after_transfer"
    )
    review = services.assessments.review(detail.id)
    assert {"after_1", "after_2", "after_3"} <= set(review.unanswered_required)
    context = services.assessments.condition_context(detail.id)
    assert context["cat_stage"] == "after_transfer"
    assert context["legal_form"] == "cio_association"
    early = services.assessments.start(
        organisation.id, "cat_readiness", consent_given=True, stage="expression_of_interest"
    )
    assert "after_1" not in services.assessments.review(early.id).unanswered


def test_the_stage_travels_in_a_bundle_to_the_council(store, tmp_path: Path) -> None:
    laptop = Laptop.make(tmp_path / "laptops", "Laptop A")
    try:
        services = laptop.services
        organisation = services.organisations.create(
            {"name": "Marsden Mechanics", "legal_form": "cic", "postcode": "HD7 6AA"}
        )
        detail = services.assessments.start(
            organisation.id, "cat_readiness", consent_given=True, stage="expression_of_interest"
        )
        _answer_strongly(services, detail.id, {})
        services.assessments.complete(detail.id, allow_unanswered_required=True)
        laptop.enrol_at(store)
        summary = ImportService(store).import_bundle(laptop.export(full=True))
        assert summary.status == "merged", summary.message
    finally:
        laptop.close()
    with store.session() as session:
        assert session.get(Assessment, detail.id).cat_stage == "expression_of_interest"
    from desktop.services import Services

    council = Services(store)
    result = council.assessments.results(detail.id).result
    assert result.stage == "expression_of_interest" and result.readiness == "Ready"


def test_demo_data_uses_the_stages_and_paths(services) -> None:
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations

    rows = demo_organisations(300, seed=14, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, 120, seed=14, completed_share=1.0)
    with services.store.session() as session:
        stages = session.scalars(
            select(Assessment.cat_stage).where(Assessment.kind == "cat_readiness")
        ).all()
        health_stages = session.scalars(
            select(Assessment.cat_stage).where(Assessment.kind == "health_check")
        ).all()
        legal_forms = set(session.scalars(select(Organisation.legal_form)).all())
    assert set(stages) == {
        "expression_of_interest",
        "full_business_case",
        "council_decision",
        "after_transfer",
    }
    assert set(health_stages) == {"key", "full"}
    assert {"informal_group", "town_parish_council"} <= legal_forms
    # informal groups' health checks follow the informal path
    informal = [
        s
        for s in services.assessments.list_summaries(kind="health_check")
        if services.organisations.get(s.organisation_id).values["legal_form"] == "informal_group"
    ]
    assert informal
    answers = services.assessments.answers(informal[0].id)
    assert "informal_1" in answers and "governance_1" not in answers
