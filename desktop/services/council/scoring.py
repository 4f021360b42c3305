"""Reading stored results in bulk, shared by the council summary and Overview.

Every completed assessment's result is stored when it is completed or imported
(`desktop.services.scores`), so looking across thousands of assessments is a few aggregate
queries over `assessment_scores` and its two small tables, never scoring.

`ScoringQueries.scored()` is the one place that says which results count: of a registered
organisation (in the ward, if one is chosen), started in the date range, scored without a
problem (a result is stored only for a completed, live assessment) and, unless the queries
were made with `approved_only=False`, approved by council staff (desktop/services/reviews.py).
Both read models build on it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, ScalarSelect, Select, String, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.services.reviews import approved_assessments
from desktop.services.scores import ScoreService
from desktop.store.db import Store, in_chunks
from desktop.store.models import AssessmentScore, Organisation, SupportNeedRaised

NO_WARD = "No ward recorded"
_ONE_DAY = timedelta(days=1)


# Between a stored result's support themes in `themes_text`, after their number.
THEME_SEPARATOR = "\n"


def themes_text(assessment_id: Any) -> ScalarSelect[Any]:
    """Per stored result (`assessment_id`, a column of the outer query): its number of support
    themes, then the themes, as one text ("2\\nfunding\\ngovernance"); NULL when it raised none.

    One lookup on the primary key per result, and one text per result: thousands of latest
    results bring their themes without a row per (result, theme) pair, which PostgreSQL took
    ~1.5 µs a row to sort and group. `split_themes` reads it back."""
    count_then_themes = (
        cast(func.count(), String)
        + THEME_SEPARATOR
        + func.aggregate_strings(SupportNeedRaised.theme, THEME_SEPARATOR)
    )
    return (
        select(count_then_themes)
        .where(SupportNeedRaised.assessment_id == assessment_id)
        .scalar_subquery()
    )


def split_themes(text: str | None) -> list[str] | None:
    """The themes of a `themes_text`, in no particular order; None when they can't be told
    apart (a theme holding the separator: the caller reads that result's by `themes_of`)."""
    if text is None:
        return []
    count, _separator, joined = text.partition(THEME_SEPARATOR)
    themes = joined.split(THEME_SEPARATOR)
    if len(themes) != int(count):
        return None
    return themes


def themes_of(connection: Connection, assessment_ids: list[str]) -> dict[str, list[str]]:
    """The support themes of these stored results, row by row (for the rare result whose
    `themes_text` can't be split)."""
    found: dict[str, list[str]] = {}
    for chunk in in_chunks(assessment_ids):
        for assessment_id, theme in connection.execute(
            select(SupportNeedRaised.assessment_id, SupportNeedRaised.theme).where(
                SupportNeedRaised.assessment_id.in_(chunk)
            )
        ):
            found.setdefault(assessment_id, []).append(theme)
    return found


def themes_by_result(
    connection: Connection, texts: Iterable[tuple[str, str | None]]
) -> dict[str, list[str]]:
    """The support themes of stored results by id, from their (id, `themes_text`) pairs; the
    rare result whose text can't be split is read by `themes_of`."""
    themes: dict[str, list[str]] = {}
    unsplit: list[str] = []
    for assessment_id, text in texts:
        split = split_themes(text)
        if split is None:
            unsplit.append(assessment_id)
        else:
            themes[assessment_id] = split
    if unsplit:
        themes.update(themes_of(connection, unsplit))
    return themes


def check_date_range(since: date | None, until: date | None) -> None:
    """Raise a UserError when the range starts after it ends."""
    if since and until and since > until:
        raise UserError(
            "The start date {start} is after the end date {end}. Swap them round.",
            start=since.isoformat(),
            end=until.isoformat(),
        )


def _day_start(value: date) -> datetime:
    return datetime.combine(value, time.min, tzinfo=UTC)


class ScoringQueries:
    """Read-only queries over stored results."""

    def __init__(self, store: Store, *, approved_only: bool = True):
        self.store = store
        # Only work council staff approved counts, unless a person asks for the rest too.
        self.approved_only = approved_only

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
        approved_only: bool | None = None,
    ) -> Select:
        """`query` (selecting from `assessment_scores`) limited to the results that count:
        of a registered organisation (in `ward`), started from `since` to `until` inclusive;
        those that could not be scored only `with_problems`; only approved ones when
        `approved_only` (by default, as these queries were made). A stored result exists only
        for a completed, live assessment, so the wide assessments table is never read."""
        query = query.join(Organisation, Organisation.id == AssessmentScore.organisation_id)
        if self.approved_only if approved_only is None else approved_only:
            query = query.where(AssessmentScore.assessment_id.in_(approved_assessments()))
        if not with_problems:
            query = query.where(AssessmentScore.problem.is_(None))
        if since:
            query = query.where(AssessmentScore.started_at >= _day_start(since))
        if until:
            query = query.where(AssessmentScore.started_at < _day_start(until) + _ONE_DAY)
        return self.organisations_where(query, ward)

    def latest_per_kind(
        self, *, ward: str | None, since: date | None, until: date | None
    ) -> Select:
        """Each organisation's scored results in the range, ranked newest first per kind
        (rank 1 is its latest of that kind): assessment_id, organisation_id, kind,
        started_at, ward, overall_score, overall_rag, verdict, rank."""
        rank = (
            func.row_number()
            .over(
                partition_by=(AssessmentScore.organisation_id, AssessmentScore.kind),
                order_by=(AssessmentScore.started_at.desc(), AssessmentScore.assessment_id.desc()),
            )
            .label("rank")
        )
        return self.scored(
            select(
                AssessmentScore.assessment_id,
                AssessmentScore.organisation_id,
                AssessmentScore.kind,
                AssessmentScore.started_at,
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

    def latest_of_each_kind(
        self, *, ward: str | None, since: date | None, until: date | None
    ) -> Select:
        """Each organisation's latest scored result of each kind in the range (the rank-1 rows
        of `latest_per_kind`): assessment_id, organisation_id, ward.

        On SQLite without ranking: one max() per (organisation, kind) over the start and the
        id as one text, whose row SQLite documents as the one the query's other columns come
        from. Stored starts are text of one fixed width ("2024-04-23 19:05:58.000000"), so the
        text orders as (start, id) does, which is the ranking's order, and ids are unique. The
        groups come in the order of `ix_assessment_scores_latest`, so nothing is sorted (the
        window's sort of every result was a third of the Overview's time)."""
        if not self.store.is_sqlite:
            latest = self.latest_per_kind(ward=ward, since=since, until=until).subquery()
            return select(latest.c.assessment_id, latest.c.organisation_id, latest.c.ward).where(
                latest.c.rank == 1
            )
        # Joined as text (type_coerce: the SQL stays `started_at || assessment_id`; the
        # date-time column type has no `||`, which SQLAlchemy deprecates using).
        start_text = type_coerce(AssessmentScore.started_at, String)
        newest = func.max(start_text.concat(AssessmentScore.assessment_id))
        return self.scored(
            select(
                AssessmentScore.assessment_id,
                AssessmentScore.organisation_id,
                Organisation.ward,
                newest.label("newest"),
            )
            .select_from(AssessmentScore)
            .group_by(AssessmentScore.organisation_id, AssessmentScore.kind),
            ward=ward,
            since=since,
            until=until,
        )

    def not_counted(
        self, session: Session, *, ward: str | None, since: date | None, until: date | None
    ) -> int:
        """Completed assessments in range left out because they are not approved (0 when every
        review state counts)."""
        if not self.approved_only:
            return 0
        count = select(func.count()).select_from(AssessmentScore)
        every = session.scalar(
            self.scored(
                count, ward=ward, since=since, until=until, with_problems=True, approved_only=False
            )
        )
        approved = session.scalar(
            self.scored(count, ward=ward, since=since, until=until, with_problems=True)
        )
        return int(every or 0) - int(approved or 0)
