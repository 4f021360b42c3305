"""The Overview's SQLite shortcuts against the queries they replace, on both databases.

Each organisation's latest result of each kind is found on SQLite by one max() per group
instead of ranking every result, and the months by cutting the stored start's text instead of
strftime; both must give exactly what the ranking and `extract` give, ties included."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select, update

from desktop.services import Services
from desktop.services.council.overview import OverviewQueries
from desktop.store.models import AssessmentScore
from tests.reports.conftest import register, run_assessment

RANGES: tuple[tuple[date | None, date | None], ...] = (
    (None, None),
    (date(2024, 1, 1), None),
    (None, date(2024, 6, 30)),
    (date(2023, 7, 1), date(2024, 12, 31)),
)


def council_with_ties(services: Services) -> tuple[str, list[str]]:
    """Demo data, and an organisation whose health checks start at the same moment (the later
    id must win), with a CAT check before them."""
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations

    rows = demo_organisations(10, seed=11, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, 30, seed=11, completed_share=0.8)
    org = register(services, "Ravensthorpe Allotment Society", ward=None)
    tied = [run_assessment(services, org, "health_check", level=level) for level in (1, 2, 4)]
    earlier = run_assessment(services, org, "cat_readiness", level=2)
    moment = datetime(2024, 5, 17, 9, 30, tzinfo=UTC)
    with services.store.session() as session:
        session.execute(
            update(AssessmentScore)
            .where(AssessmentScore.assessment_id.in_(tied))
            .values(started_at=moment)
        )
        session.execute(
            update(AssessmentScore)
            .where(AssessmentScore.assessment_id == earlier)
            .values(started_at=datetime(2024, 2, 1, 8, 0, tzinfo=UTC))
        )
    return org, tied


def ranked_first(queries: OverviewQueries, **where: Any) -> set[tuple[Any, ...]]:
    """The rank-1 rows of the ranking query (the reference)."""
    latest = queries.latest_per_kind(**where).subquery()
    query = select(latest.c.assessment_id, latest.c.organisation_id, latest.c.ward).where(
        latest.c.rank == 1
    )
    with queries.store.session() as session:
        return {tuple(row) for row in session.execute(query)}


def newest(queries: OverviewQueries, **where: Any) -> set[tuple[Any, ...]]:
    query = queries.latest_of_each_kind(**where).subquery()
    with queries.store.session() as session:
        return {
            tuple(row)
            for row in session.execute(
                select(query.c.assessment_id, query.c.organisation_id, query.c.ward)
            )
        }


def test_latest_of_each_kind_is_the_rankings_first_ties_included(services: Services) -> None:
    org, tied = council_with_ties(services)
    queries = OverviewQueries(services.store, approved_only=False)
    wards = [None, *queries.wards()[:2]]
    for ward in wards:
        for since, until in RANGES:
            where = {"ward": ward, "since": since, "until": until}
            expected = ranked_first(queries, **where)
            assert newest(queries, **where) == expected, where
    everything = newest(queries, ward=None, since=None, until=None)
    assert (max(tied), org, None) in everything
    assert not {(other, org, None) for other in tied if other != max(tied)} & everything


def test_results_by_month_match_extracting_year_and_month(services: Services) -> None:
    council_with_ties(services)
    queries = OverviewQueries(services.store, approved_only=False)
    for since, until in RANGES:
        cut = queries._by_month(ward=None, since=since, until=until)
        year = func.extract("year", AssessmentScore.started_at)
        month = func.extract("month", AssessmentScore.started_at)
        reference = queries.scored(
            select(
                year,
                month,
                AssessmentScore.kind,
                AssessmentScore.verdict,
                func.count(),
                func.count(AssessmentScore.overall_score),
                func.sum(AssessmentScore.overall_score),
            )
            .select_from(AssessmentScore)
            .group_by(year, month, AssessmentScore.kind, AssessmentScore.verdict),
            ward=None,
            since=since,
            until=until,
        )
        with services.store.session() as session:
            got = sorted((tuple(map(_plain, row)) for row in session.execute(cut)), key=repr)
            want = sorted((tuple(map(_plain, row)) for row in session.execute(reference)), key=repr)
        assert got, (since, until)
        assert got == want, (since, until)


def _plain(value: Any) -> Any:
    """Numbers as floats rounded past summation order (PostgreSQL's extract is numeric)."""
    if isinstance(value, (int, float)) or type(value).__name__ == "Decimal":
        return round(float(value), 6)
    return value
