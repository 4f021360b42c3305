"""Council queries: what the council summary needs across many organisations, in a few queries.

Scores are not stored (they are a function of the answers and the form), so the latest
completed assessments are scored here in bulk: one query for the organisations, one for their
assessments, one per chunk of assessments for the agreed answers, one per form snapshot.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from desktop.services.council.scoring import NO_WARD, ScoringQueries, check_date_range
from desktop.services.organisations import LEGAL_FORM_LABELS


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


class CouncilQueries(ScoringQueries):
    """Read-only queries for the council summary."""

    left_out_of = "the council summary"

    def summary(
        self,
        *,
        ward: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> CouncilSummary:
        """The summary of every registered organisation, or those in `ward`, or (with a date
        range) those with a completed assessment started from `since` to `until` inclusive.

        Each organisation's latest completed assessment of each kind in the range is scored.
        """
        check_date_range(since, until)
        with self.store.session() as session:
            organisations = self._organisations(session, ward)
            latest, in_range = self._latest_assessments(session, list(organisations), since, until)
            scored = self._score_latest(session, latest, organisations)

        if since or until:
            organisations = {oid: org for oid, org in organisations.items() if oid in latest}
        rows: list[OrganisationScores] = []
        for organisation_id, org in organisations.items():
            by_kind = scored.get(organisation_id, {})
            rows.append(
                OrganisationScores(
                    id=organisation_id,
                    name=org["name"],
                    ward=org["ward"],
                    legal_form=org["legal_form"],
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
        themes: Counter[str] = Counter()
        for row in rows:
            raised: set[str] = set()
            for latest_one in (row.health_check, row.cat_readiness):
                if latest_one is not None:
                    raised.update(latest_one.support_themes)
            themes.update(raised)  # an organisation counts once per theme
        return CouncilSummary(
            ward=ward,
            since=since,
            until=until,
            organisations=rows,
            by_legal_form=dict(by_legal_form.most_common()),
            by_ward=dict(sorted(by_ward.items())),
            verdicts=dict(verdicts.most_common()),
            support_needs=sorted(themes.items(), key=lambda item: (-item[1], item[0])),
            assessments_in_range=in_range,
            health_checks=sum(1 for row in rows if row.health_check),
            cat_assessments=sum(1 for row in rows if row.cat_readiness),
        )

    # -- queries -------------------------------------------------------------------------------

    def _latest_assessments(
        self,
        session: Session,
        organisation_ids: list[str],
        since: date | None,
        until: date | None,
    ) -> tuple[dict[str, dict[str, dict[str, Any]]], int]:
        """organisation id -> kind -> its latest completed assessment, and the number of
        completed assessments in the range."""
        assessments = self._completed_assessments(session, set(organisation_ids), since, until)
        latest: dict[str, dict[str, dict[str, Any]]] = {}
        for row in assessments:
            by_kind = latest.setdefault(row["organisation_id"], {})
            current = by_kind.get(row["kind"])
            if current is None or row["started_at"] > current["started_at"]:
                by_kind[row["kind"]] = row
        return latest, len(assessments)

    def _score_latest(
        self,
        session: Session,
        latest: dict[str, dict[str, dict[str, Any]]],
        organisations: dict[str, dict[str, Any]],
    ) -> dict[str, dict[str, LatestAssessment]]:
        wanted = [row["id"] for by_kind in latest.values() for row in by_kind.values()]
        answers = self._agreed_answers(session, wanted)
        scored: dict[str, dict[str, LatestAssessment]] = {}
        for organisation_id, by_kind in latest.items():
            for kind, row in by_kind.items():
                result = self._score(
                    session, row, answers.get(row["id"], {}), organisations.get(organisation_id)
                )
                if result is None:
                    continue
                scored.setdefault(organisation_id, {})[kind] = LatestAssessment(
                    assessment_id=row["id"],
                    kind=kind,
                    started_at=row["started_at"],
                    overall_score=result.overall_score,
                    overall_rag=result.overall_rag,
                    readiness=result.readiness,
                    support_themes=tuple(need.theme for need in result.support_needs),
                )
        return scored
