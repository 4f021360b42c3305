"""Council queries: what the council summary needs across many organisations, in a few queries.

Scores are not stored (they are a function of the answers and the form), so the latest
completed assessments are scored here in bulk: one query for the organisations, one for their
assessments, one per chunk of assessments for the agreed answers, one per form snapshot.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.db import Store
from desktop.store.models import Assessment, FormSnapshot, Organisation, Response
from desktop.store.organisations import LEGAL_FORM_LABELS, REGISTRATION_FIELDS
from forms.answers import DONT_KNOW, AnswerError
from forms.models import FormDefinition
from forms.scoring import score_assessment

log = logging.getLogger(__name__)

# SQLite allows 32k bound parameters; stay far below it (and PostgreSQL's 65k).
_CHUNK = 900
_ONE_DAY = timedelta(days=1)
NO_WARD = "No ward recorded"


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


def _day_start(value: date) -> datetime:
    return datetime.combine(value, time.min, tzinfo=UTC)


def _chunks(items: Sequence[str], size: int = _CHUNK) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class CouncilQueries:
    """Read-only queries for the council summary and overview."""

    def __init__(self, store: Store):
        self.store = store
        self._forms: dict[str, FormDefinition] = {}

    def wards(self) -> list[str]:
        """The wards organisations are registered in, in alphabetical order."""
        with self.store.session() as session:
            rows = session.execute(
                select(Organisation.ward)
                .where(Organisation.deleted_at.is_(None), Organisation.ward.is_not(None))
                .distinct()
            ).scalars()
            return sorted(rows)

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
        if since and until and since > until:
            from desktop.store.errors import UserError

            raise UserError(
                f"The start date {since.isoformat()} is after the end date {until.isoformat()}. "
                "Swap them round."
            )
        with self.store.session() as session:
            organisations = self._organisations(session, ward)
            latest, in_range = self._latest_assessments(session, list(organisations), since, until)
            scored = self._score(session, latest, organisations)

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

    def _organisations(self, session: Session, ward: str | None) -> dict[str, dict[str, Any]]:
        query = select(Organisation).where(Organisation.deleted_at.is_(None))
        if ward:
            query = query.where(Organisation.ward == ward)
        return {
            org.id: {name: getattr(org, name) for name in REGISTRATION_FIELDS}
            for org in session.scalars(query)
        }

    def _latest_assessments(
        self,
        session: Session,
        organisation_ids: list[str],
        since: date | None,
        until: date | None,
    ) -> tuple[dict[str, dict[str, tuple[str, str, datetime]]], int]:
        """organisation id -> kind -> (assessment id, snapshot id, started), and the number of
        completed assessments in the range."""
        wanted = set(organisation_ids)
        query = select(
            Assessment.id,
            Assessment.organisation_id,
            Assessment.kind,
            Assessment.form_snapshot_id,
            Assessment.started_at,
        ).where(Assessment.deleted_at.is_(None), Assessment.status != "draft")
        if since:
            query = query.where(Assessment.started_at >= _day_start(since))
        if until:
            query = query.where(Assessment.started_at < _day_start(until) + _ONE_DAY)
        latest: dict[str, dict[str, tuple[str, str, datetime]]] = {}
        count = 0
        for assessment_id, organisation_id, kind, snapshot_id, started in session.execute(query):
            if organisation_id not in wanted:
                continue
            count += 1
            by_kind = latest.setdefault(organisation_id, {})
            current = by_kind.get(kind)
            if current is None or started > current[2]:
                by_kind[kind] = (assessment_id, snapshot_id, started)
        return latest, count

    def _score(
        self,
        session: Session,
        latest: dict[str, dict[str, tuple[str, str, datetime]]],
        organisations: dict[str, dict[str, Any]],
    ) -> dict[str, dict[str, LatestAssessment]]:
        wanted = [entry[0] for by_kind in latest.values() for entry in by_kind.values()]
        answers: dict[str, dict[str, Any]] = {assessment_id: {} for assessment_id in wanted}
        for chunk in _chunks(wanted):
            rows = session.execute(
                select(
                    Response.assessment_id, Response.question_id, Response.value, Response.dont_know
                )
                .where(Response.assessment_id.in_(chunk))
                .where(Response.participant_id.is_(None))
                .where(Response.deleted_at.is_(None))
            )
            for assessment_id, question_id, value, dont_know in rows:
                if dont_know:
                    answers[assessment_id][question_id] = DONT_KNOW
                elif value is not None:
                    answers[assessment_id][question_id] = value
        scored: dict[str, dict[str, LatestAssessment]] = {}
        for organisation_id, by_kind in latest.items():
            for kind, (assessment_id, snapshot_id, started) in by_kind.items():
                form = self._form(session, snapshot_id)
                if form is None:
                    continue
                try:
                    result = score_assessment(
                        form, answers[assessment_id], organisations.get(organisation_id)
                    )
                except AnswerError:
                    log.warning(
                        "Assessment %s has an answer its form does not accept; "
                        "left out of the council summary",
                        assessment_id,
                    )
                    continue
                scored.setdefault(organisation_id, {})[kind] = LatestAssessment(
                    assessment_id=assessment_id,
                    kind=kind,
                    started_at=started,
                    overall_score=result.overall_score,
                    overall_rag=result.overall_rag,
                    readiness=result.readiness,
                    support_themes=tuple(need.theme for need in result.support_needs),
                )
        return scored

    def _form(self, session: Session, snapshot_id: str) -> FormDefinition | None:
        form = self._forms.get(snapshot_id)
        if form is None:
            definition = session.scalar(
                select(FormSnapshot.definition).where(FormSnapshot.id == snapshot_id)
            )
            if definition is None:
                return None
            form = self._forms[snapshot_id] = FormDefinition.model_validate(definition)
        return form
