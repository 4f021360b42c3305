"""Reading and scoring completed assessments in bulk, shared by the council summary and Overview.

Scores are not stored (they are a function of the answers and the form), so queries that look
across many organisations read the organisations, their completed assessments and the agreed
answers in a few queries, and score each assessment against its form snapshot (read once each).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import UserError
from desktop.registration.choices import REGISTRATION_FIELDS
from desktop.store.db import Store
from desktop.store.models import Assessment, FormSnapshot, Organisation, Response
from forms.answers import DONT_KNOW, AnswerError
from forms.models import FormDefinition
from forms.scoring import AssessmentResult, score_assessment
from forms.support import SupportCatalogue

log = logging.getLogger(__name__)

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
    """Read-only queries that score completed assessments, with each form snapshot read once."""

    # Where an assessment that cannot be scored is left out of, for the log.
    left_out_of = "the results"

    def __init__(self, store: Store):
        self.store = store
        self._forms: dict[str, FormDefinition] = {}

    def wards(self) -> list[str]:
        """The wards organisations are registered in, in alphabetical order."""
        with self.store.session() as session:
            rows = session.scalars(
                select(Organisation.ward)
                .where(Organisation.deleted_at.is_(None), Organisation.ward.is_not(None))
                .distinct()
            ).all()
        return sorted(str(row) for row in rows)

    def _organisations(self, session: Session, ward: str | None) -> dict[str, dict[str, Any]]:
        """Registered organisations (in `ward` if given): id -> registration answers."""
        query = select(Organisation).where(Organisation.deleted_at.is_(None))
        if ward:
            query = query.where(Organisation.ward == ward)
        return {
            org.id: {name: getattr(org, name) for name in REGISTRATION_FIELDS}
            for org in session.scalars(query)
        }

    def _completed_assessments(
        self, session: Session, wanted: set[str], since: date | None, until: date | None
    ) -> list[dict[str, Any]]:
        """The completed assessments of the `wanted` organisations started from `since` to
        `until` inclusive: id, organisation_id, kind, form_snapshot_id, started_at."""
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
        return [
            dict(row._mapping) for row in session.execute(query) if row.organisation_id in wanted
        ]

    def _agreed_answers(
        self, session: Session, assessment_ids: Sequence[str]
    ) -> dict[str, dict[str, Any]]:
        """assessment id -> question id -> agreed answer (DONT_KNOW for "don't know")."""
        answers: dict[str, dict[str, Any]] = {}
        for chunk in _chunks(assessment_ids):
            rows = session.execute(
                select(
                    Response.assessment_id, Response.question_id, Response.value, Response.dont_know
                ).where(
                    Response.assessment_id.in_(chunk),
                    Response.participant_id.is_(None),
                    Response.deleted_at.is_(None),
                )
            )
            for assessment_id, question_id, value, dont_know in rows:
                if dont_know:
                    answers.setdefault(assessment_id, {})[question_id] = DONT_KNOW
                elif value is not None:
                    answers.setdefault(assessment_id, {})[question_id] = value
        return answers

    def _score(
        self,
        session: Session,
        assessment: Mapping[str, Any],
        answers: Mapping[str, Any],
        registration: Mapping[str, Any] | None,
        catalogue: SupportCatalogue | None = None,
    ) -> AssessmentResult | None:
        """The assessment's result, or None when its form is missing or an answer does not fit
        (logged, so one bad record does not stop the rest)."""
        form = self._form(session, assessment["form_snapshot_id"])
        if form is None:
            return None
        try:
            return score_assessment(form, answers, registration, catalogue)
        except AnswerError:
            log.warning(
                "Assessment %s has an answer its form does not accept; left out of %s",
                assessment["id"],
                self.left_out_of,
            )
            return None

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
