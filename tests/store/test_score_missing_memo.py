"""`ScoreService.score_missing`, which every reader calls first, skips its check on SQLite while
the database is unchanged since a check that found nothing to do; any commit (this process's,
another connection's, another process's) makes it check again, so a result is never left
missing. PostgreSQL always checks."""

from __future__ import annotations

import sqlite3
from typing import Any

from sqlalchemy import delete, event, func, select

from desktop.services import Services
from desktop.services.scores import ScoreService
from desktop.store.models import AssessmentScore
from tests.reports.conftest import register, run_assessment


def statements_run(services: Services, work: Any) -> int:
    """How many SQL statements `work()` sends through the store's engine."""
    count = 0

    def counted(*_args: Any) -> None:
        nonlocal count
        count += 1

    event.listen(services.store.engine, "before_cursor_execute", counted)
    try:
        work()
    finally:
        event.remove(services.store.engine, "before_cursor_execute", counted)
    return count


def scored_ids(services: Services) -> set[str]:
    with services.store.session() as session:
        return set(session.scalars(select(AssessmentScore.assessment_id)))


def test_an_unchanged_database_is_not_checked_again_and_any_change_is_seen(
    services: Services,
) -> None:
    org = register(services, "Batley Boxing Club", ward="Batley East")
    first = run_assessment(services, org, "health_check", level=3)
    second = run_assessment(services, org, "cat_readiness", level=2)
    scores = ScoreService(services.store)
    scores.score_missing()
    scores.score_missing()  # after its own commits (if any), one more full check
    assert scored_ids(services) == {first, second}
    sqlite = services.store.is_sqlite
    # Nothing changed since: on SQLite no statement at all (PostgreSQL checks every time).
    assert (statements_run(services, scores.score_missing) == 0) is sqlite

    # A result removed through the store's own connections: seen, scored again.
    with services.store.session() as session:
        session.execute(delete(AssessmentScore).where(AssessmentScore.assessment_id == first))
    assert ScoreService(services.store).score_missing() == 1
    assert scored_ids(services) == {first, second}

    if sqlite:  # ... and through a connection of another program
        path = services.store.engine.url.database
        assert path
        other = sqlite3.connect(path)
        with other:
            other.execute("DELETE FROM assessment_scores WHERE assessment_id = ?", (second,))
        other.close()
        assert ScoreService(services.store).score_missing() == 1
    assert scored_ids(services) == {first, second}

    # A newly completed assessment is scored when it completes, and nothing is missing after.
    third = run_assessment(services, org, "health_check", level=2)
    assert ScoreService(services.store).score_missing() == 0
    assert scored_ids(services) == {first, second, third}
    with services.store.session() as session:
        assert session.scalar(select(func.count()).select_from(AssessmentScore)) == 3
