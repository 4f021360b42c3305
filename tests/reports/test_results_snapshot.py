"""The results screen and the PDF read an assessment's results as one snapshot: one database
transaction, so what they show cannot mix two states of the data."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, SessionTransaction

from desktop.reports import assessment_report
from desktop.services import Services
from tests.reports.conftest import register, run_assessment

GROUP = (("P1", "trustee"), ("P2", "staff"), ("P3", "volunteer"))


@contextmanager
def transactions_counted() -> Iterator[list[int]]:
    """Counts the database transactions (sessions' outermost transactions) begun inside."""
    begun = [0]

    def count(_session: Session, transaction: SessionTransaction) -> None:
        if transaction.parent is None:
            begun[0] += 1

    event.listen(Session, "after_transaction_create", count)
    try:
        yield begun
    finally:
        event.remove(Session, "after_transaction_create", count)


def transactions_of(work: Callable[[], Any]) -> int:
    with transactions_counted() as begun:
        work()
    return begun[0]


def _group_assessment_with_history(services: Services) -> tuple[str, str]:
    """A group session with an earlier assessment (and its plan) to compare with and review."""
    organisation = register(services, "Dewsbury Allotment Society")
    earlier = run_assessment(
        services,
        organisation,
        level=2,
        mode="group",
        participants=GROUP,
        started_at=datetime(2025, 3, 1, 10, 0, tzinfo=UTC),
    )
    services.assessments.reopen(earlier)
    services.assessments.add_action(earlier, "Open a second bank account")
    services.assessments.complete(earlier, allow_unanswered_required=True)
    later = run_assessment(services, organisation, level=4, mode="group", participants=GROUP)
    services.assessments.reopen(later)
    participants = services.assessments.get(later).participants
    form = services.assessments.form_for(later)
    rated = next(q.id for _section, q in form.questions() if q.type == "rating")
    services.assessments.record_ratings(
        later,
        rated,
        [(p.id, level) for p, level in zip(participants, (1, 4, 4), strict=True)],
        via="key",
    )
    services.assessments.add_action(later, "Write a reserves policy")
    return later, rated


def test_results_are_read_in_one_transaction(services):
    assessment, rated = _group_assessment_with_history(services)

    results = services.assessments.results(assessment)
    begun = transactions_of(lambda: services.assessments.results(assessment))

    assert begun == 1
    # ... and that one read holds everything the screen shows
    assert results.previous is not None and results.previous_result is not None
    assert results.spreads[rated].discuss and results.actions and results.since_last_time.actions
    assert results.answers and results.shown and results.registration["name"]


def test_the_pdf_reads_the_results_once_besides_the_funds_and_support_offers(services):
    assessment, rated = _group_assessment_with_history(services)
    organisation_id = services.assessments.get(assessment).summary.organisation_id
    assessment_report.gather(services, assessment)  # parse the council's files once

    begun = transactions_of(lambda: assessment_report.gather(services, assessment))
    funds_and_offers = transactions_of(
        lambda: (services.funds.guide(organisation_id), services.resources.support_catalogue())
    )

    assert begun == 1 + funds_and_offers
    assert funds_and_offers <= 8  # the funds guide does not grow with the data either


def test_the_report_shows_the_snapshot_the_results_give(services):
    assessment, rated = _group_assessment_with_history(services)

    data = assessment_report.gather(services, assessment)
    results = services.assessments.results(assessment)

    assert data.result == results.result
    assert data.results.previous_result == results.previous_result
    assert [action.what for action in data.actions] == ["Write a reserves policy"]
    assert [a.what for a in data.since_last_time.actions] == ["Open a second bank account"]
    assert data.language == results.language == "en"
    assert data.results.spreads == results.spreads
