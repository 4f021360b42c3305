"""Stored results: each completed assessment is scored once and its result kept as derived rows.

Scoring follows from the answers, the form snapshot and the organisation's registration, so a
result changes only when one of those does. The services that change them call
`rescore_assessments` / `rescore_organisations` inside their own transaction: completing,
reopening, deleting or restoring an assessment, editing a registration, importing a bundle,
settling a conflict. Council screens and the CLI then add up `assessment_scores` (one row per
completed assessment), `assessment_section_scores` and `assessment_support_needs` instead of
scoring thousands of assessments on every look.

The rows are derived: never synced, never audited, always rebuildable with `gapkit db rescore`
(`ScoreService.rescore_all`). A completed assessment with no stored row (a database from before
stored results, or demo data written in bulk) is scored by `ScoreService.score_missing`, which
every reader calls first, so the rows heal themselves.

Invariant: an assessment has stored rows exactly when it is completed and not deleted.
"""

from __future__ import annotations

import json
import logging
import operator
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, Text, bindparam, delete, exists, insert, select, update
from sqlalchemy import cast as cast_to
from sqlalchemy.orm import Session

from desktop.services.assessment_listing import NO_RESULT, result_json
from desktop.store.db import ID_CHUNK, Store, ids_in, in_chunks
from desktop.store.models import (
    SCORE_MODELS,
    Assessment,
    AssessmentScore,
    FormSnapshot,
    Organisation,
    Response,
    SectionScore,
    SupportNeedRaised,
)
from desktop.store.records import data_fields, rebuild_family_change_log
from forms.answers import DONT_KNOW, AnswerError
from forms.compiled import Evaluation, compiled_form
from forms.model_cache import cached_model
from forms.models import FormDefinition
from forms.scoring import AssessmentResult, evaluate_assessment

log = logging.getLogger(__name__)

# Assessments scored per transaction by rescore_all / score_missing, so progress can be shown
# and a cancelled rebuild keeps what it finished.
BATCH = 500
# Stored results given their JSON text per transaction (no scoring: cheap).
FILL_BATCH = 5000


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


def unmet_conditions(result: AssessmentResult) -> list[str]:
    """What stands between the group and "Ready": the unmet conditions, in form order."""
    return [gateway.condition_id or gateway.question_id for gateway in result.unmet_gateways]


@dataclass(frozen=True)
class StoredRows:
    """One assessment's derived rows, ready to insert."""

    score: dict[str, Any]
    sections: list[dict[str, Any]]
    needs: list[dict[str, Any]]


@dataclass(frozen=True)
class Scored:
    """What a stored result copies from its assessment."""

    assessment_id: str
    organisation_id: str
    kind: str
    started_at: datetime


def rows_for(assessment: Scored, result: Evaluation, scored_at: datetime) -> StoredRows:
    """The rows that store this result (scored without building the result models: the rows
    keep a few figures of it)."""
    assessment_id = assessment.assessment_id
    unmet = result.unmet_conditions
    return StoredRows(
        score={
            "assessment_id": assessment_id,
            "organisation_id": assessment.organisation_id,
            "kind": assessment.kind,
            "started_at": assessment.started_at,
            "overall_score": result.overall,
            "overall_rag": result.overall_rag,
            "verdict": result.readiness,
            "unmet_conditions": unmet,
            "problem": None,
            "scored_at": scored_at,
            "result_json": result_json(
                result.overall,
                result.overall_rag,
                result.readiness,
                unmet,
                [(row.section.id, row.score) for row in result.sections],
                list(result.needs),
            ),
        },
        sections=[
            {
                "assessment_id": assessment_id,
                "section_id": row.section.id,
                "position": position,
                "score": row.score,
                "rag": row.rag,
            }
            for position, row in enumerate(result.sections)
        ],
        needs=[{"assessment_id": assessment_id, "theme": theme} for theme in result.needs],
    )


def _problem_rows(assessment: Scored, problem: str, scored_at: datetime) -> StoredRows:
    return StoredRows(
        score={
            "assessment_id": assessment.assessment_id,
            "organisation_id": assessment.organisation_id,
            "kind": assessment.kind,
            "started_at": assessment.started_at,
            "overall_score": None,
            "overall_rag": None,
            "verdict": None,
            "unmet_conditions": [],
            "problem": problem,
            "scored_at": scored_at,
            "result_json": NO_RESULT,
        },
        sections=[],
        needs=[],
    )


class StoredSection(NamedTuple):
    """One section's figures in a stored result."""

    id: str
    score: float | None
    rag: str | None


class StoredScores(NamedTuple):
    """The figures a stored result keeps: what the results page and the report show of the
    previous assessment (its overall score, and each section's score for the change and the
    radar), read instead of scoring it again."""

    overall_score: float | None
    overall_rag: str | None
    sections: list[StoredSection]

    def section(self, section_id: str) -> StoredSection:
        """One section's figures; KeyError if there is none (as `AssessmentResult.section`)."""
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)


def stored_scores(session: Session, assessment_id: str) -> StoredScores | None:
    """The stored figures of a completed assessment, in form order; None when it has none
    (not scored yet, or a problem kept it from being scored)."""
    row = session.execute(
        select(AssessmentScore.overall_score, AssessmentScore.overall_rag).where(
            AssessmentScore.assessment_id == assessment_id, AssessmentScore.problem.is_(None)
        )
    ).first()
    if row is None:
        return None
    sections = session.execute(
        select(SectionScore.section_id, SectionScore.score, SectionScore.rag)
        .where(SectionScore.assessment_id == assessment_id)
        .order_by(SectionScore.position)
    ).all()
    return StoredScores(row[0], row[1], [StoredSection(*section) for section in sections])


class FormCache:
    """Form snapshots by id, each read once (they never change: their id follows from the
    content): a scoring run's, or a service's for its life (`AssessmentService` hands its own
    to the scoring of what it completes). Beneath it, `snapshot_form` keeps the forms parsed
    for the process; this saves reading a snapshot's text (~0.5 MB) again."""

    def __init__(self) -> None:
        self._forms: dict[str, FormDefinition] = {}

    def get(self, session: Session, snapshot_id: str) -> FormDefinition | None:
        """The snapshot's form; None while there is no such snapshot."""
        form = self._forms.get(snapshot_id)
        if form is None:
            form = snapshot_form(session, snapshot_id)
            if form is not None:
                self._forms[snapshot_id] = form
        return form

    def keep(self, snapshot_id: str, form: FormDefinition) -> None:
        """Remember the form just stored as this snapshot (it need not be read back)."""
        self._forms.setdefault(snapshot_id, form)


# Forms parsed from their snapshots' text, kept for the process (a few: a council has a form or
# two of each kind in use). Every import and rescore makes a new FormCache, and
# parsing a form again (~5-12 ms) and compiling it for scoring was a tenth of storing a 1,000
# assessment bundle's results. Keyed by the text itself, so a snapshot whose text changed is
# parsed again whatever its id.
_PARSED: OrderedDict[str, FormDefinition] = OrderedDict()
_PARSED_KEPT = 8
_parsed_lock = threading.Lock()


def snapshot_form(session: Session, snapshot_id: str) -> FormDefinition | None:
    """The form a snapshot holds (None if there is none), parsed once per process from its
    stored text and read from the model cache when an earlier process made it."""
    text = session.scalar(
        select(cast_to(FormSnapshot.definition, Text)).where(FormSnapshot.id == snapshot_id)
    )
    if text is None:
        return None
    with _parsed_lock:
        form = _PARSED.get(text)
        if form is not None:
            _PARSED.move_to_end(text)
            return form
    # One model cache entry per snapshot, for scoring and the results page alike, so a process
    # that scored or showed this snapshot before reads it instead of validating it.
    form = cached_model(
        f"snapshot-{snapshot_id}",
        text,
        FormDefinition,
        lambda: FormDefinition.model_validate(json.loads(text)),
    )
    with _parsed_lock:
        _PARSED[text] = form
        while len(_PARSED) > _PARSED_KEPT:
            _PARSED.popitem(last=False)
    return form


def _registrations(
    session: Session, organisation_ids: Collection[str], fields: Collection[str]
) -> dict[str, dict]:
    """organisation id -> its registration's `fields` (those the forms' conditions read: the
    registration has ~40, with lists and dates to decode, and scoring reads a handful)."""
    found: dict[str, dict[str, Any]] = {}
    names = [name for name in data_fields(Organisation) if name in fields]
    if not names:
        return found
    columns = [getattr(Organisation, name) for name in names]
    for chunk in in_chunks(sorted(organisation_ids)):
        query = select(Organisation.id, *columns).where(Organisation.id.in_(chunk))
        for row in session.execute(query):
            found[row[0]] = dict(zip(names, row[1:], strict=True))
    return found


def agreed_answers(
    session: Session,
    assessment_ids: Sequence[str],
    question_ids: Collection[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """assessment id -> question id -> agreed answer (DONT_KNOW for "don't know"); with
    `question_ids`, only the answers to those questions."""
    answers: dict[str, dict[str, Any]] = {}
    if question_ids is not None and not question_ids:
        return answers
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return _sqlite_agreed_answers(session, assessment_ids, question_ids)
    only = [Response.question_id.in_(sorted(question_ids))] if question_ids is not None else []
    for condition in ids_in(Response.assessment_id, assessment_ids, dialect):
        for assessment_id, question_id, value, dont_know in session.execute(
            select(
                Response.assessment_id, Response.question_id, Response.value, Response.dont_know
            ).where(
                condition,
                Response.participant_id.is_(None),
                Response.deleted_at.is_(None),
                *only,
            )
        ):
            if dont_know:
                answers.setdefault(assessment_id, {})[question_id] = DONT_KNOW
            elif value is not None:
                answers.setdefault(assessment_id, {})[question_id] = value
    return answers


# Agreed answers, read from the covering partial index ix_responses_agreed alone (migration
# 0008: the condition repeats the index's own WHERE).
_AGREED_SQL = (
    "SELECT question_id, value, dont_know FROM responses "
    "WHERE assessment_id = ? AND participant_id IS NULL AND deleted_at IS NULL"
)
_AGREED_TO_SQL = (
    "SELECT assessment_id, question_id, value, dont_know FROM responses "
    "WHERE assessment_id IN ({assessments}) AND question_id IN ({questions}) "
    "AND participant_id IS NULL AND deleted_at IS NULL"
)


def _sqlite_agreed_answers(
    session: Session, assessment_ids: Sequence[str], question_ids: Collection[str] | None
) -> dict[str, dict[str, Any]]:
    """agreed_answers on SQLite, from the driver's cursor: SQLAlchemy's handling of each row
    was most of a rescore's reading. Every answer is read one assessment at a time (the driver
    keeps the statement prepared; an IN list sends the assessment's id again with each of its
    ~70 answers); a few questions' answers with one IN list per slice of ids.

    A JSON column has numeric affinity in SQLite: numbers come back as numbers, the rest as
    JSON text. Answers repeat ("yes", option ids), so each text that decodes to a string is
    decoded once (strings can be shared; lists are not)."""
    raw: Any = session.connection().connection.driver_connection
    strings: dict[str, str] = {}
    loads = json.loads
    answers: dict[str, dict[str, Any]] = {}

    def keep(given: dict[str, Any], question_id: str, value: Any, dont_know: int) -> None:
        if dont_know:
            given[question_id] = DONT_KNOW
            return
        if value.__class__ is str:
            text = value
            value = strings.get(text)
            if value is None:
                value = loads(text)
                if value.__class__ is str:
                    strings[text] = value
        if value is not None:
            given[question_id] = value

    if question_ids is not None:
        only = sorted(question_ids)
        for chunk in in_chunks(assessment_ids, max(ID_CHUNK - len(only), 1)):
            sql = _AGREED_TO_SQL.format(
                assessments=", ".join("?" * len(chunk)), questions=", ".join("?" * len(only))
            )
            for assessment_id, question_id, value, dont_know in raw.execute(sql, [*chunk, *only]):
                keep(answers.setdefault(assessment_id, {}), question_id, value, dont_know)
        return {assessment_id: given for assessment_id, given in answers.items() if given}
    for assessment_id in assessment_ids:
        given: dict[str, Any] = {}
        for question_id, value, dont_know in raw.execute(_AGREED_SQL, (assessment_id,)).fetchall():
            keep(given, question_id, value, dont_know)
        if given:
            answers[assessment_id] = given
    return answers


class _Scorer:
    """Scores assessments inside one session and replaces their stored rows."""

    def __init__(self, session: Session, forms: FormCache | None = None):
        self.session = session
        self.forms = forms or FormCache()

    def rescore(self, assessment_ids: Collection[str]) -> int:
        """Replace the stored rows of these assessments; returns how many were scored."""
        ids = sorted(set(assessment_ids))
        if not ids:
            return 0
        session = self.session
        forget_results(session, ids)
        wanted: list[tuple[Scored, str]] = []  # with the form snapshot id
        stages: dict[str, str] = {}  # assessment id -> CAT stage
        for chunk in in_chunks(ids):
            for row in session.execute(
                select(
                    Assessment.id,
                    Assessment.organisation_id,
                    Assessment.kind,
                    Assessment.started_at,
                    Assessment.form_snapshot_id,
                    Assessment.cat_stage,
                )
                .where(Assessment.id.in_(chunk))
                .where(Assessment.status != "draft", Assessment.deleted_at.is_(None))
            ):
                wanted.append((Scored(*row[:4]), row[4]))
                if row[5]:
                    stages[row[0]] = row[5]
        if not wanted:
            return 0
        forms = {
            snapshot_id: self.forms.get(session, snapshot_id)
            for snapshot_id in {snapshot_id for _one, snapshot_id in wanted}
        }
        registrations = _registrations(
            session,
            {one.organisation_id for one, _f in wanted},
            {
                name
                for form in forms.values()
                if form is not None
                for name in compiled_form(form).context_names
            },
        )
        answers = agreed_answers(session, [one.assessment_id for one, _f in wanted])
        now = datetime.now(UTC)
        scores: list[dict[str, Any]] = []
        sections: list[dict[str, Any]] = []
        needs: list[dict[str, Any]] = []
        for one, snapshot_id in wanted:
            stored = self._score_one(
                one,
                forms[snapshot_id],
                answers.get(one.assessment_id, {}),
                # the CAT stage rides with the registration: the conditions read it
                registrations.get(one.organisation_id, {})
                | ({"cat_stage": stages[one.assessment_id]} if one.assessment_id in stages else {}),
                now,
            )
            scores.append(stored.score)
            sections.extend(stored.sections)
            needs.extend(stored.needs)
        if scores:
            session.execute(insert(_table(AssessmentScore)), scores)
        _insert_plain(session, _table(SectionScore), sections)
        _insert_plain(session, _table(SupportNeedRaised), needs)
        return len(scores)

    @staticmethod
    def _score_one(
        assessment: Scored,
        form: FormDefinition | None,
        answers: Mapping[str, Any],
        registration: Mapping[str, Any],
        now: datetime,
    ) -> StoredRows:
        if form is None:
            log.warning(
                "Assessment %s has no form snapshot; stored as not scored", assessment.assessment_id
            )
            return _problem_rows(assessment, "The form it was answered on is missing.", now)
        try:
            result = evaluate_assessment(form, answers, registration)
        except AnswerError as error:
            log.warning(
                "Assessment %s has an answer its form does not accept (%s); stored as not scored",
                assessment.assessment_id,
                error.message,
            )
            return _problem_rows(assessment, f"An answer does not fit: {error.message}", now)
        return rows_for(assessment, result, now)


def _insert_plain(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows of plain values (text, numbers, NULL). On SQLite they go to the driver's
    executemany as they are: SQLAlchemy's per-row parameter handling was most of the cost of
    storing ~25 section and need rows per assessment, and changes nothing for such values."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        session.execute(insert(table), rows)
        return
    names = list(rows[0])
    columns = ", ".join(table.c[name].name for name in names)
    marks = ", ".join("?" for _name in names)
    values = operator.itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    connection.exec_driver_sql(
        f"INSERT INTO {table.name} ({columns}) VALUES ({marks})",
        [values(row) for row in rows],
    )


def rescore_assessments(
    session: Session, assessment_ids: Collection[str], forms: FormCache | None = None
) -> int:
    """Inside the caller's transaction: store these assessments' results again (rows of a
    draft or deleted one are removed). Returns how many were scored."""
    return _Scorer(session, forms).rescore(assessment_ids)


def rescore_organisations(
    session: Session, organisation_ids: Collection[str], forms: FormCache | None = None
) -> int:
    """Inside the caller's transaction: store again the results of every completed assessment
    of these organisations (a registration change can show or hide questions)."""
    ids: list[str] = []
    for chunk in in_chunks(sorted(set(organisation_ids))):
        ids.extend(
            session.scalars(
                select(Assessment.id)
                .where(Assessment.organisation_id.in_(chunk))
                .where(Assessment.status != "draft", Assessment.deleted_at.is_(None))
            )
        )
    return rescore_assessments(session, ids, forms)


Progress = Callable[[int, int], None]


# Per open store: the data version at which score_missing last found nothing left to do.
_CHECKED: dict[int, tuple[weakref.ref[Store], int]] = {}


def _nothing_missing_at(store: Store) -> int | None:
    checked = _CHECKED.get(id(store))
    if checked is None or checked[0]() is not store:
        return None
    return checked[1]


class ScoreService:
    """Builds stored results in bulk: the missing ones, or all of them again."""

    def __init__(self, store: Store):
        self.store = store
        self._forms = FormCache()

    def missing(self) -> list[str]:
        """Completed, live assessments with no stored result."""
        with self.store.session() as session:
            return list(
                session.scalars(
                    select(Assessment.id)
                    .where(Assessment.status != "draft", Assessment.deleted_at.is_(None))
                    .where(~exists().where(AssessmentScore.assessment_id == Assessment.id))
                    .order_by(Assessment.id)
                )
            )

    def score_missing(
        self, progress: Progress | None = None, should_stop: Callable[[], bool] | None = None
    ) -> int:
        """Score every completed assessment that has no stored result yet (and give results
        stored before they kept their JSON text that text).

        `should_stop()` is asked before each batch: the batches already done stay committed,
        and the rest stay missing, so the next reader's call scores them.

        Every reader calls this first (~20 ms at 20,000 assessments to find nothing). On
        SQLite the check is skipped while the database is unchanged since a check that left
        nothing to do: any commit, by any connection or process, changes its data version."""
        version = self.store.data_version()
        if version is not None and _nothing_missing_at(self.store) == version:
            return 0
        scored = self._score_in_batches(self.missing(), progress, should_stop)
        if should_stop is not None and should_stop():
            return scored  # not recorded as checked: what is left is scored by the next call
        self.fill_result_json()
        if version is not None:
            # As of `version`: this call's own commits change the version, so the next call
            # checks once more (and finds nothing) before it can skip.
            for key in [key for key, (store, _v) in _CHECKED.items() if store() is None]:
                del _CHECKED[key]  # closed and gone
            _CHECKED[id(self.store)] = (weakref.ref(self.store), version)
        return scored

    def fill_result_json(self) -> int:
        """Stored results without their JSON text (stored before it was kept) get it from
        their own rows, without scoring again. Returns how many were filled."""
        with self.store.session() as session:
            ids = list(
                session.scalars(
                    select(AssessmentScore.assessment_id)
                    .where(AssessmentScore.result_json.is_(None))
                    .order_by(AssessmentScore.assessment_id)
                )
            )
        for start in range(0, len(ids), FILL_BATCH):
            with self.store.session() as session:
                _fill_result_json(session, ids[start : start + FILL_BATCH])
        return len(ids)

    def rescore_all(self, progress: Progress | None = None) -> int:
        """Throw every stored result away and score every completed assessment again (on
        PostgreSQL the family change log the Sync counts read is made again too)."""
        with self.store.session() as session:
            for model in SCORE_MODELS:
                session.execute(delete(_table(model)))
        with self.store.session() as session:
            rebuild_family_change_log(session)
        return self.score_missing(progress)

    def _score_in_batches(
        self,
        ids: Sequence[str],
        progress: Progress | None,
        should_stop: Callable[[], bool] | None = None,
    ) -> int:
        scored = 0
        if progress is not None:
            progress(0, len(ids))
        for start in range(0, len(ids), BATCH):
            if should_stop is not None and should_stop():
                break
            with self.store.session() as session:
                scored += rescore_assessments(session, ids[start : start + BATCH], self._forms)
            if progress is not None:
                progress(min(start + BATCH, len(ids)), len(ids))
        return scored


def _fill_result_json(session: Session, assessment_ids: Sequence[str]) -> None:
    connection = session.connection()
    sections: dict[str, list[tuple[str, float | None]]] = {}
    themes: dict[str, list[str]] = {}
    scores: list[Any] = []
    for chunk in in_chunks(assessment_ids):
        for assessment_id, section_id, score in connection.execute(
            select(SectionScore.assessment_id, SectionScore.section_id, SectionScore.score)
            .where(SectionScore.assessment_id.in_(chunk))
            .order_by(SectionScore.assessment_id, SectionScore.position)
        ):
            sections.setdefault(assessment_id, []).append((section_id, score))
        for assessment_id, theme in connection.execute(
            select(SupportNeedRaised.assessment_id, SupportNeedRaised.theme).where(
                SupportNeedRaised.assessment_id.in_(chunk)
            )
        ):
            themes.setdefault(assessment_id, []).append(theme)
        scores.extend(
            connection.execute(
                select(
                    AssessmentScore.assessment_id,
                    AssessmentScore.overall_score,
                    AssessmentScore.overall_rag,
                    AssessmentScore.verdict,
                    AssessmentScore.unmet_conditions,
                ).where(AssessmentScore.assessment_id.in_(chunk))
            )
        )
    table = _table(AssessmentScore)
    connection.execute(
        update(table)
        .where(table.c.assessment_id == bindparam("scored_id"))
        .values(result_json=bindparam("text")),
        [
            {
                "scored_id": assessment_id,
                "text": result_json(
                    overall,
                    rag,
                    verdict,
                    unmet or [],
                    sections.get(assessment_id, []),
                    themes.get(assessment_id, []),
                ),
            }
            for assessment_id, overall, rag, verdict, unmet in scores
        ],
    )


def _changed_assessments(
    session: Session, changed: Mapping[str, Iterable[Mapping[str, Any]]]
) -> set[str]:
    """The assessments whose results records written to these tables can change."""
    assessment_ids: set[str] = set()
    organisation_ids: set[str] = set()
    for table_name, records in changed.items():
        if table_name == "organisations":
            organisation_ids.update(record["id"] for record in records)
        elif table_name == "assessments":
            assessment_ids.update(record["id"] for record in records)
        elif table_name == "responses":
            assessment_ids.update(record["assessment_id"] for record in records)
    for chunk in in_chunks(sorted(organisation_ids)):
        assessment_ids.update(
            session.scalars(select(Assessment.id).where(Assessment.organisation_id.in_(chunk)))
        )
    return assessment_ids


def forget_results(session: Session, assessment_ids: Collection[str]) -> None:
    """Inside the caller's transaction: remove these assessments' stored rows."""
    for chunk in in_chunks(sorted(set(assessment_ids))):
        for model in SCORE_MODELS:
            table = _table(model)
            session.execute(delete(table).where(table.c.assessment_id.in_(chunk)))


def forget_changed(session: Session, changed: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
    """Inside the caller's transaction: remove the stored results that records written there
    can change (`changed`: a synced table's name -> the records written to it as dicts), so no
    reader ever sees a stale one. `ScoreService.score_missing` scores them again after the
    commit. Returns how many assessments were affected."""
    affected = _changed_assessments(session, changed)
    forget_results(session, affected)
    return len(affected)


def rescore_changed(session: Session, changed: Mapping[str, Iterable[Mapping[str, Any]]]) -> int:
    """Inside the caller's transaction: store again the results records written there can
    change (a few records: a conflict settled)."""
    return rescore_assessments(session, _changed_assessments(session, changed))
