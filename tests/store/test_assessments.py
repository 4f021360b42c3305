"""The assessment service on a real database: snapshots, answers, consensus, locking, results."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop.errors import UserError
from desktop.services.assessments import response_id
from desktop.services.scores import FormCache
from desktop.store.models import AuditEvent, FormSnapshot, Response
from forms.answers import DONT_KNOW
from forms.loader import load_form_text

SMALL_FORM = """
id: mini-check
version: "1"
title: Mini check
kind: cat_readiness
sections:
  - id: money
    title: Money
    questions:
      - id: money_1
        type: rating
        text: We keep records of all money in and out.
        levels: [No records, Some records, Records kept, Records checked by someone else]
        support_need: {theme: financial management}
      - id: money_2
        type: yes_no_partly
        text: We have a bank account with two signatories.
        gateway: true
        options: [yes, no]
  - id: people
    title: People
    questions:
      - id: people_1
        type: rating
        text: Volunteers get a welcome and an induction.
        levels: [Nothing, Sometimes, Usually, Always]
      - id: people_2
        type: text
        text: Anything else?
        required: false
"""


@pytest.fixture
def form():
    return load_form_text(SMALL_FORM, "mini.yaml")


@pytest.fixture
def organisation(services):
    return services.organisations.create(
        {
            "name": "Ravensthorpe Women's Circle",
            "legal_form": "cio_association",
            "postcode": "WF13 3AA",
        }
    )


def _start(services, organisation, form, mode="facilitated", participants=()):
    return services.assessments.start(
        organisation.id,
        "cat_readiness",
        mode,
        consent_given=True,
        venue="Church hall",
        facilitator="Sam",
        participants=participants,
        form=form,
    )


def test_start_without_consent_is_refused_and_nothing_is_saved(services, organisation, form):
    with pytest.raises(UserError, match="agreed"):
        services.assessments.start(organisation.id, "cat_readiness", consent_given=False, form=form)
    assert services.assessments.list_summaries() == []


def test_the_form_snapshot_is_stored_once_and_reloads_identically(services, organisation, form):
    first = _start(services, organisation, form)
    second = _start(services, organisation, form)
    with services.store.session() as session:
        assert session.execute(select(func.count()).select_from(FormSnapshot)).scalar_one() == 1
    services.assessments._forms = FormCache()  # force a reload from the database
    assert services.assessments.form_for(first.id) == form
    assert services.assessments.form_for(second.id) == form


def test_each_answer_is_saved_at_once_and_saving_again_updates_the_same_row(
    services, organisation, form
):
    assessment = _start(services, organisation, form)
    services.assessments.record_answer(assessment.id, "money_1", 3, note="Treasurer checks")
    services.assessments.record_answer(assessment.id, "money_1", 4)
    assert services.assessments.answers(assessment.id) == {"money_1": 4}
    assert services.assessments.results(assessment.id).notes == {"money_1": "Treasurer checks"}
    with services.store.session() as session:
        rows = session.scalars(select(Response)).all()
        assert [r.id for r in rows] == [response_id(assessment.id, "money_1", None)]
        assert rows[0].rev == 2
    assert services.assessments.get(assessment.id).current_question_id == "money_1"


def test_an_answer_that_does_not_fit_is_refused_with_a_message(services, organisation, form):
    assessment = _start(services, organisation, form)
    with pytest.raises(UserError, match="1"):
        services.assessments.record_answer(assessment.id, "money_1", 7)
    with pytest.raises(UserError, match="not a question"):
        services.assessments.record_answer(assessment.id, "nope", 1)
    assert services.assessments.answers(assessment.id) == {}


def test_dont_know_is_kept_and_not_scored(services, organisation, form):
    assessment = _start(services, organisation, form)
    services.assessments.record_answer(assessment.id, "money_1", DONT_KNOW)
    services.assessments.record_answer(assessment.id, "money_2", "yes")
    assert services.assessments.answers(assessment.id)["money_1"] is DONT_KNOW
    result = services.assessments.results(assessment.id).result
    assert result.section("money").score == 100.0


def test_group_ratings_give_a_spread_and_only_the_consensus_scores(services, organisation, form):
    assessment = _start(
        services,
        organisation,
        form,
        "group",
        [("P1", "trustee"), ("P2", "volunteer"), ("P3", "member")],
    )
    people = {p.label: p.id for p in assessment.participants}
    for label, level in {"P1": 1, "P2": 3, "P3": 4}.items():
        services.assessments.record_answer(
            assessment.id, "money_1", level, participant_id=people[label]
        )
    spread = services.assessments.spreads(assessment.id)["money_1"]
    assert spread.counts == {1: 1, 2: 0, 3: 1, 4: 1}
    assert spread.discuss is True
    assert spread.suggestion == 3
    # no consensus yet: the suggestion is not silently scored
    assert services.assessments.results(assessment.id).result.section("money").score is None
    review = services.assessments.review(assessment.id)
    assert "money_1" in review.to_discuss and "money_1" in review.without_consensus
    services.assessments.record_answer(assessment.id, "money_1", 2, note="Agreed after talk")
    assert services.assessments.results(assessment.id).result.section(
        "money"
    ).score == pytest.approx(100 / 3)


def test_complete_locks_answers_and_reopen_is_audited(services, organisation, form):
    assessment = _start(services, organisation, form)
    for qid, value in {"money_1": 3, "money_2": "yes", "people_1": 2}.items():
        services.assessments.record_answer(assessment.id, qid, value)
    services.assessments.complete(assessment.id)
    assert services.assessments.get(assessment.id).summary.status == "completed"
    with pytest.raises(UserError, match="locked"):
        services.assessments.record_answer(assessment.id, "money_1", 1)
    services.assessments.reopen(assessment.id)
    services.assessments.record_answer(assessment.id, "money_1", 1)
    with services.store.session() as session:
        events = session.scalars(
            select(AuditEvent).order_by(AuditEvent.change_seq, AuditEvent.at)
        ).all()
        actions = [(e.entity_type, e.action, e.field) for e in events]
    assert ("assessments", "complete", "status") in actions
    assert ("assessments", "reopen", "status") in actions
    assert ("responses", "update", "value") in actions


def test_complete_refuses_while_required_statements_are_unanswered(services, organisation, form):
    assessment = _start(services, organisation, form)
    services.assessments.record_answer(assessment.id, "money_1", 3)
    with pytest.raises(UserError, match="required"):
        services.assessments.complete(assessment.id)


def test_cat_results_name_an_unmet_gateway(services, organisation, form):
    assessment = _start(services, organisation, form)
    for qid, value in {"money_1": 4, "money_2": "no", "people_1": 4}.items():
        services.assessments.record_answer(assessment.id, qid, value)
    result = services.assessments.results(assessment.id).result
    assert result.readiness == "Not yet ready"
    assert [g.question_id for g in result.unmet_gateways] == ["money_2"]


def test_results_overlay_the_previous_completed_assessment(services, organisation, form):
    from datetime import UTC, datetime

    earlier = services.assessments.start(
        organisation.id,
        "cat_readiness",
        consent_given=True,
        form=form,
        started_at=datetime(2025, 1, 10, tzinfo=UTC),
    )
    for qid, value in {"money_1": 1, "money_2": "yes", "people_1": 1}.items():
        services.assessments.record_answer(earlier.id, qid, value)
    services.assessments.complete(earlier.id)
    later = _start(services, organisation, form)
    services.assessments.record_answer(later.id, "money_1", 4)
    results = services.assessments.results(later.id)
    assert results.previous is not None and results.previous.id == earlier.id
    assert results.previous_result.section("money").score < results.result.section("money").score


def test_action_plan_add_edit_reorder_done_and_delete(services, organisation, form):
    assessment = _start(services, organisation, form)
    first = services.assessments.add_action(
        assessment.id,
        "Write a reserves policy",
        who="Treasurer",
        due_date="2027-03-31",
        theme="financial management",
        support_offer="Third Sector Leaders Kirklees",
    )
    second = services.assessments.add_action(assessment.id, "Recruit two trustees")
    plan = services.assessments.move_action(second.id, 0)
    assert [a.what for a in plan] == ["Recruit two trustees", "Write a reserves policy"]
    services.assessments.update_action(first.id, status="done")
    assert {a.what: a.status for a in services.assessments.actions(assessment.id)} == {
        "Recruit two trustees": "todo",
        "Write a reserves policy": "done",
    }
    with pytest.raises(UserError, match="Say what"):
        services.assessments.add_action(assessment.id, "   ")
    services.assessments.delete_action(second.id)
    assert [a.what for a in services.assessments.actions(assessment.id)] == [
        "Write a reserves policy"
    ]


def test_delete_assessment_is_a_tombstone(services, organisation, form):
    assessment = _start(services, organisation, form)
    services.assessments.delete(assessment.id)
    assert services.assessments.list_summaries() == []
    assert [a.deleted for a in services.assessments.list_summaries(include_deleted=True)] == [True]
