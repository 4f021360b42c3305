"""Reading stored results in bulk, shared by the council summary and Overview.

Every completed assessment's result is stored when it is completed or imported
(`desktop.services.scores`), so looking across thousands of assessments is a few aggregate
queries over `assessment_scores` and its two small tables, never scoring.

`ScoringQueries.scored()` is the one place that says which assessments count: completed, not
deleted, of a registered organisation (in the ward, if one is chosen), started in the date
range, and scored without a problem. Both read models build on it, so a later filter (a review
state, say) is one more `.where` there.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Select, func, select

from desktop.errors import UserError
from desktop.services.scores import ScoreService
from desktop.store.db import Store
from desktop.store.models import Assessment, AssessmentScore, Organisation

NO_WARD = "No ward recorded"
# SQLite allows 32k bound parameters; stay far below it (and PostgreSQL's 65k).
_CHUNK = 900
_ONE_DAY = timedelta(days=1)


def check_date_range(since: date | None, until: date | None) -> None:
    """Raise a UserError when the range starts after it ends."""
    if since and until and since > until:
        raise UserError(
            f"The start date {since.isoformat()} is after the end date {until.isoformat()}. "
            "Swap them round."
        )


def _day_start(value: date) -> datetime:
    return datetime.combine(value, time.min, tzinfo=UTC)


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class ScoringQueries:
    """Read-only queries over stored results."""

    def __init__(self, store: Store):
        self.store = store

    def wards(self) -> list[str]:
        """The wards organisations are registered in, in alphabetical order."""
        with self.store.session() as session:
            rows = session.scalars(
                select(Organisation.ward)
                .where(Organisation.deleted_at.is_(None), Organisation.ward.is_not(None))
                .distinct()
            ).all()
        return sorted(str(row) for row in rows)

    def _ensure_scored(self) -> None:
        """Score any completed assessment still without a stored result (a database from
        before stored results; bulk demo data), so the figures never silently leave it out."""
        ScoreService(self.store).score_missing()

    @staticmethod
    def organisations_where(query: Select, ward: str | None) -> Select:
        """`query` limited to registered organisations (in `ward` if given)."""
        query = query.where(Organisation.deleted_at.is_(None))
        if ward:
            query = query.where(Organisation.ward == ward)
        return query

    def scored(
        self,
        query: Select,
        *,
        ward: str | None,
        since: date | None,
        until: date | None,
        with_problems: bool = False,
    ) -> Select:
        """`query` joined to the assessments that count, with their stored results: completed,
        not deleted, of a registered organisation (in `ward`), started from `since` to `until`
        inclusive; those that could not be scored only `with_problems`."""
        query = (
            query.join(Assessment, Assessment.id == AssessmentScore.assessment_id)
            .join(Organisation, Organisation.id == Assessment.organisation_id)
            .where(Assessment.deleted_at.is_(None), Assessment.status != "draft")
        )
        if not with_problems:
            query = query.where(AssessmentScore.problem.is_(None))
        if since:
            query = query.where(Assessment.started_at >= _day_start(since))
        if until:
            query = query.where(Assessment.started_at < _day_start(until) + _ONE_DAY)
        return self.organisations_where(query, ward)

    def latest_per_kind(
        self, *, ward: str | None, since: date | None, until: date | None
    ) -> Select:
        """A subquery of each organisation's latest scored assessment of each kind in the range:
        assessment_id, organisation_id, kind, started_at, ward, rank (1 is the latest)."""
        rank = (
            func.row_number()
            .over(
                partition_by=(Assessment.organisation_id, Assessment.kind),
                order_by=(Assessment.started_at.desc(), Assessment.id.desc()),
            )
            .label("rank")
        )
        return self.scored(
            select(
                AssessmentScore.assessment_id,
                Assessment.organisation_id,
                Assessment.kind,
                Assessment.started_at,
                Organisation.ward,
                AssessmentScore.overall_score,
                AssessmentScore.overall_rag,
                AssessmentScore.verdict,
                rank,
            ).select_from(AssessmentScore),
            ward=ward,
            since=since,
            until=until,
        )
