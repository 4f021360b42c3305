"""Council queries: what the council summary needs across many organisations, in a few queries.

Every completed assessment's result is stored (`desktop.services.scores`), so the summary is four
queries: the organisations, the assessments in range, each organisation's latest result of each
kind, and the support themes those raised.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from desktop.services.council.scoring import (
    NO_WARD,
    ScoringQueries,
    check_date_range,
    themes_by_result,
    themes_text,
)
from desktop.services.organisation_rows import LEGAL_FORM_LABELS
from desktop.store.models import AssessmentScore, Organisation


@dataclass(frozen=True)
class LatestAssessment:
    """An organisation's latest completed assessment of one kind, scored."""

    assessment_id: str
    kind: str
    started_at: datetime
    overall_score: float | None
    overall_rag: str | None
    readiness: str | None
    support_themes: tuple[str, ...]


@dataclass(frozen=True)
class OrganisationScores:
    """One row of the council summary's table."""

    id: str
    name: str
    ward: str | None
    legal_form: str
    health_check: LatestAssessment | None
    cat_readiness: LatestAssessment | None

    @property
    def legal_form_label(self) -> str:
        return LEGAL_FORM_LABELS.get(self.legal_form, self.legal_form)


@dataclass(frozen=True)
class CouncilSummary:
    """The council summary of a set of organisations (all, one ward, or assessed in a range)."""

    ward: str | None
    since: date | None
    until: date | None
    organisations: list[OrganisationScores]
    by_legal_form: dict[str, int]
    by_ward: dict[str, int]
    verdicts: dict[str, int]
    support_needs: list[tuple[str, int]]
    assessments_in_range: int
    health_checks: int = 0
    cat_assessments: int = 0
    # Whether only approved work counts, and how many completed assessments that left out.
    approved_only: bool = True
    not_counted: int = 0


class CouncilQueries(ScoringQueries):
    """Read-only queries for the council summary, over stored results."""

    def summary(
        self,
        *,
        ward: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> CouncilSummary:
        """The summary of every registered organisation, or those in `ward`, or (with a date
        range) those with a completed assessment started from `since` to `until` inclusive.

        Each organisation's latest scored assessment of each kind in the range is shown.
        """
        check_date_range(since, until)
        self._ensure_scored()
        with self.store.session() as session:
            # Plain rows through the connection: thousands of them, no ORM entities wanted.
            connection = session.connection()
            organisations = connection.execute(
                self.organisations_where(
                    select(
                        Organisation.id,
                        Organisation.name,
                        Organisation.ward,
                        Organisation.legal_form,
                    ),
                    ward,
                )
            ).all()
            in_range = session.scalar(
                self.scored(
                    select(func.count()).select_from(AssessmentScore),
                    with_problems=True,
                    ward=ward,
                    since=since,
                    until=until,
                )
            )
            not_counted = self.not_counted(session, ward=ward, since=since, until=until)
            latest = self.latest_per_kind(ward=ward, since=since, until=until).subquery()
            latest_rows = connection.execute(
                select(
                    latest.c.assessment_id,
                    latest.c.organisation_id,
                    latest.c.kind,
                    latest.c.started_at,
                    latest.c.overall_score,
                    latest.c.overall_rag,
                    latest.c.verdict,
                    # With their themes as one text each, looked up by the primary key: no
                    # second ranking, and no list of thousands of ids for PostgreSQL to plan.
                    themes_text(latest.c.assessment_id),
                ).where(latest.c.rank == 1)
            ).all()
            themes = {
                assessment_id: tuple(sorted(found))
                for assessment_id, found in themes_by_result(
                    connection, ((row[0], row[-1]) for row in latest_rows)
                ).items()
            }

        scored: dict[str, dict[str, LatestAssessment]] = {}
        for (
            assessment_id,
            organisation_id,
            kind,
            started_at,
            score,
            rag,
            verdict,
            _t,
        ) in latest_rows:
            scored.setdefault(organisation_id, {})[kind] = LatestAssessment(
                assessment_id=assessment_id,
                kind=kind,
                started_at=started_at,
                overall_score=score,
                overall_rag=rag,
                readiness=verdict,
                support_themes=themes.get(assessment_id, ()),
            )
        rows: list[OrganisationScores] = []
        for organisation_id, name, org_ward, legal_form in organisations:
            if (since or until) and organisation_id not in scored:
                continue
            by_kind = scored.get(organisation_id, {})
            rows.append(
                OrganisationScores(
                    id=organisation_id,
                    name=name,
                    ward=org_ward,
                    legal_form=legal_form,
                    health_check=by_kind.get("health_check"),
                    cat_readiness=by_kind.get("cat_readiness"),
                )
            )
        rows.sort(key=lambda row: row.name.casefold())

        by_legal_form = Counter(row.legal_form_label for row in rows)
        by_ward = Counter(row.ward or NO_WARD for row in rows)
        verdicts = Counter(
            row.cat_readiness.readiness
            for row in rows
            if row.cat_readiness is not None and row.cat_readiness.readiness
        )
        raised: Counter[str] = Counter()
        for row in rows:
            themes_of_row: set[str] = set()
            for latest_one in (row.health_check, row.cat_readiness):
                if latest_one is not None:
                    themes_of_row.update(latest_one.support_themes)
            raised.update(themes_of_row)  # an organisation counts once per theme
        return CouncilSummary(
            ward=ward,
            since=since,
            until=until,
            organisations=rows,
            by_legal_form=dict(by_legal_form.most_common()),
            by_ward=dict(sorted(by_ward.items())),
            verdicts=dict(verdicts.most_common()),
            support_needs=sorted(raised.items(), key=lambda item: (-item[1], item[0])),
            assessments_in_range=int(in_range or 0),
            health_checks=sum(1 for row in rows if row.health_check),
            cat_assessments=sum(1 for row in rows if row.cat_readiness),
            approved_only=self.approved_only,
            not_counted=not_counted,
        )
