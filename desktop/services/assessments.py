"""Assessments: start one on a form snapshot, save every answer as it is given, agree a
consensus, complete and reopen with an audit trail, score the results, keep an action plan."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound, UserError, Word
from desktop.format import tr_noop
from desktop.services.action_reviews import SinceLastTime, read_since_last_time
from desktop.services.assessment_listing import ListingRow, iso_text
from desktop.services.audit import AuditEntry, audit_trail, receipts_of_work
from desktop.services.scores import FormCache, StoredScores, rescore_assessments, stored_scores
from desktop.store.db import Store
from desktop.store.models import (
    ActionItem,
    Assessment,
    AssessmentScore,
    FormSnapshot,
    Organisation,
    Participant,
    Response,
    Setting,
)
from desktop.store.records import RecordWriter, now_ms
from forms.answers import DONT_KNOW, AnswerError, validate_answer
from forms.consensus import RatingSpread, summarise_ratings
from forms.loader import shipped_forms
from forms.localised import ENGLISH, LANGUAGE_CODE
from forms.models import FormDefinition, Question
from forms.scoring import AssessmentResult, score_assessment, visible_questions, with_stage
from forms.translations import form_in_language

KINDS = {"health_check": "Organisational health check", "cat_readiness": "CAT readiness"}
# Marked for the screens, which show them through tr("Assessments", ...); the CLI prints them.
MODES = {
    "facilitated": tr_noop("Assessments", "Facilitated"),
    "group": tr_noop("Assessments", "Group"),
    "online": tr_noop("Assessments", "Online (self-assessment)"),
}
# Online assessments arrive from a Kobo/ODK export; a session in the app is one of these.
SESSION_MODES = ("facilitated", "group")
ROLES = ("trustee", "volunteer", "staff", "member")
ACTION_STATUSES = {"todo": "To do", "doing": "In progress", "done": "Done"}

_RESPONSE_NAMESPACE = uuid.UUID("6f1d3c2e-8a57-4d0b-9c61-0b2f5a7e4d11")
RatingSource = Literal["key", "phone"]

AGREED = "agreed"  # the participant key of the consensus / facilitated answer
# Settings key (+ assessment id) of the language a session runs in; kept on this laptop.
SESSION_LANGUAGE_KEY = "session_language/"


log = logging.getLogger(__name__)


def response_id(assessment_id: str, question_id: str, participant_id: str | None) -> str:
    """The one id an answer can have, so two saves (or two devices) never make two rows."""
    key = f"{assessment_id}/{question_id}/{participant_id or AGREED}"
    return str(uuid.uuid5(_RESPONSE_NAMESPACE, key))


def form_digest(form: FormDefinition) -> str:
    canonical = json.dumps(
        form.model_dump(mode="json"), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def ensure_form_snapshot(session: Session, writer: RecordWriter, form: FormDefinition) -> str:
    """The id of the stored snapshot of exactly this form, storing it the first time."""
    digest = form_digest(form)
    existing = session.scalars(
        select(FormSnapshot.id).where(
            FormSnapshot.form_id == form.id,
            FormSnapshot.version == form.version,
            FormSnapshot.sha256 == digest,
        )
    ).first()
    if existing:
        return existing
    # The id follows from the form itself, so two laptops storing the same form make the same
    # record and the council's import merges them instead of breaking the unique constraint.
    snapshot = writer.create(
        FormSnapshot,
        {
            "form_id": form.id,
            "version": form.version,
            "sha256": digest,
            "kind": form.kind,
            "title": form.title,
            "definition": form.model_dump(mode="json"),
        },
        record_id=str(uuid.uuid5(_RESPONSE_NAMESPACE, f"form/{form.id}/{form.version}/{digest}")),
        audit=False,
    )
    session.flush()  # no ORM relationship orders this insert before the assessment's
    return snapshot.id


# ---------------------------------------------------------------------------------------------
# Plain values the service hands out


@dataclass(frozen=True)
class ParticipantInfo:
    id: str
    label: str
    role: str
    position: int


# Slots: the Assessments page holds one per assessment (20,000 at a council); a __dict__
# each would cost ~5 MB more.
@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    id: str
    organisation_id: str
    organisation_name: str
    kind: str
    mode: str
    status: str
    form_id: str
    form_version: str
    venue: str | None
    facilitator: str | None
    started_at: datetime
    completed_at: datetime | None
    modified_at: datetime
    deleted: bool
    cat_stage: str | None = None

    @property
    def kind_label(self) -> str:
        return KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class AssessmentDetail:
    summary: AssessmentSummary
    participants: list[ParticipantInfo]
    consent_given: bool
    consent_at: datetime | None
    current_question_id: str | None
    notes: str | None

    @property
    def id(self) -> str:
        return self.summary.id


@dataclass(frozen=True)
class SavedAnswer:
    question_id: str
    participant_id: str | None
    value: Any
    dont_know: bool
    note: str | None
    saved_at: datetime


@dataclass(frozen=True)
class ActionInfo:
    id: str
    assessment_id: str
    what: str
    who: str | None
    due_date: date | None
    support_offer: str | None
    theme: str | None
    source_id: str | None
    status: str
    position: int


@dataclass(frozen=True)
class ReviewSummary:
    """What the facilitator checks before completing."""

    unanswered: list[str]
    unanswered_required: list[str]
    to_discuss: list[str]
    without_consensus: list[str]


@dataclass(frozen=True)
class ResultsSnapshot:
    """An assessment's results as one consistent read (a single transaction): everything the
    results screen and the PDF report show. `result` is the scoring of its agreed answers
    (`forms.scoring.AssessmentResult`); the rest is what that scoring was read with."""

    detail: AssessmentDetail
    result: AssessmentResult
    previous: AssessmentSummary | None
    previous_result: AssessmentResult | StoredScores | None  # its figures, as stored
    spreads: dict[str, RatingSpread]  # group sessions: per rated statement
    form: FormDefinition  # in `language`
    answers: dict[str, Any]  # the agreed answers: question id -> value or DONT_KNOW
    notes: dict[str, str]
    actions: list[ActionInfo]
    registration: dict[str, Any]  # the organisation's registration fields
    shown: list[Question]  # the statements this organisation was shown
    since_last_time: SinceLastTime
    language: str

    @property
    def assessment(self) -> AssessmentSummary:
        return self.detail.summary


# ---------------------------------------------------------------------------------------------


def _summary(assessment: Assessment, organisation_name: str) -> AssessmentSummary:
    return AssessmentSummary(
        id=assessment.id,
        organisation_id=assessment.organisation_id,
        organisation_name=organisation_name,
        kind=assessment.kind,
        mode=assessment.mode,
        status=assessment.status,
        form_id=assessment.form_id,
        form_version=assessment.form_version,
        venue=assessment.venue,
        facilitator=assessment.facilitator,
        started_at=assessment.started_at,
        completed_at=assessment.completed_at,
        modified_at=assessment.modified_at,
        deleted=assessment.deleted_at is not None,
        cat_stage=assessment.cat_stage,
    )


_SUMMARY_COLUMNS = (
    Assessment.id,
    Assessment.organisation_id,
    Assessment.kind,
    Assessment.mode,
    Assessment.status,
    Assessment.form_id,
    Assessment.form_version,
    Assessment.venue,
    Assessment.facilitator,
    Assessment.started_at,
    Assessment.completed_at,
    Assessment.modified_at,
    Assessment.deleted_at,
    Assessment.cat_stage,
)


def _summary_of_row(row: Any, same: dict[Any, Any] | None = None) -> AssessmentSummary:
    """A summary from a row of _SUMMARY_COLUMNS followed by the organisation's name. With
    `same` (one dict for a whole list), repeated texts (kind, mode, form, venue, facilitator,
    organisation) are kept once: a list of 20,000 holds a few thousand distinct ones."""
    (
        assessment_id,
        organisation_id,
        kind,
        mode,
        status,
        form_id,
        form_version,
        venue,
        facilitator,
        started_at,
        completed_at,
        modified_at,
        deleted_at,
        cat_stage,
        organisation_name,
    ) = row
    if same is not None:
        one = same.setdefault
        organisation_id, organisation_name = (
            one(organisation_id, organisation_id),
            one(organisation_name, organisation_name),
        )
        kind, mode, status = one(kind, kind), one(mode, mode), one(status, status)
        form_id, form_version = one(form_id, form_id), one(form_version, form_version)
        venue, facilitator = one(venue, venue), one(facilitator, facilitator)
    return AssessmentSummary(
        id=assessment_id,
        organisation_id=organisation_id,
        organisation_name=organisation_name,
        kind=kind,
        mode=mode,
        status=status,
        form_id=form_id,
        form_version=form_version,
        venue=venue,
        facilitator=facilitator,
        started_at=started_at,
        completed_at=completed_at,
        modified_at=modified_at,
        deleted=deleted_at is not None,
        cat_stage=cat_stage,
    )


def _filtered(
    query: Any,
    organisation_id: str | None,
    kind: str | None,
    status: str | None,
    include_deleted: bool,
) -> Any:
    """`query` (which selects from assessments) limited as `AssessmentService.list` limits."""
    if organisation_id:
        query = query.where(Assessment.organisation_id == organisation_id)
    if kind:
        query = query.where(Assessment.kind == kind)
    if status:
        query = query.where(Assessment.status == status)
    if not include_deleted:
        query = query.where(Assessment.deleted_at.is_(None))
    return query


def _stored_value(value: Any) -> tuple[Any, bool]:
    """An answer as the database keeps it: (JSON value, don't-know flag)."""
    if value is DONT_KNOW:
        return None, True
    return value, False


def _answer_value(response: Response) -> Any:
    return DONT_KNOW if response.dont_know else response.value


# Reads inside a transaction the caller holds: the service's methods each open one, and
# `results` reads everything in one.


def _session_language(session: Session, assessment_id: str) -> str:
    setting = session.get(Setting, SESSION_LANGUAGE_KEY + assessment_id)
    value = setting.value if setting is not None else None
    return value if isinstance(value, str) and LANGUAGE_CODE.match(value) else ENGLISH


def _registration(session: Session, organisation_id: str) -> dict[str, Any]:
    from desktop.registration.choices import REGISTRATION_FIELDS

    organisation = session.get(Organisation, organisation_id)
    if organisation is None:
        return {}
    return {name: getattr(organisation, name) for name in REGISTRATION_FIELDS}


def _responses(session: Session, assessment_id: str) -> list[SavedAnswer]:
    rows = session.scalars(
        select(Response)
        .where(Response.assessment_id == assessment_id)
        .where(Response.deleted_at.is_(None))
    ).all()
    return [
        SavedAnswer(
            question_id=r.question_id,
            participant_id=r.participant_id,
            value=_answer_value(r),
            dont_know=r.dont_know,
            note=r.note,
            saved_at=r.modified_at,
        )
        for r in rows
    ]


def _actions(session: Session, assessment_id: str) -> list[ActionInfo]:
    rows = session.scalars(
        select(ActionItem)
        .where(ActionItem.assessment_id == assessment_id)
        .where(ActionItem.deleted_at.is_(None))
        .order_by(ActionItem.position, ActionItem.created_at)
    ).all()
    return [_action(row) for row in rows]


def _agreed_answers(saved: Sequence[SavedAnswer]) -> dict[str, Any]:
    """The agreed (or facilitated) answers: question id -> value or DONT_KNOW."""
    return {
        answer.question_id: answer.value
        for answer in saved
        if answer.participant_id is None and (answer.value is not None or answer.dont_know)
    }


def _notes(saved: Sequence[SavedAnswer]) -> dict[str, str]:
    return {
        answer.question_id: answer.note
        for answer in saved
        if answer.participant_id is None and answer.note
    }


def _spreads(
    participants: Sequence[ParticipantInfo], saved: Sequence[SavedAnswer]
) -> dict[str, RatingSpread]:
    """Per rated statement, the spread of the participants' ratings."""
    everyone = [p.label for p in participants]
    return {
        question_id: summarise_ratings({label: ratings.get(label) for label in everyone})
        for question_id, ratings in _ratings_by_question(participants, saved).items()
    }


def _ratings_by_question(
    participants: Sequence[ParticipantInfo], saved: Sequence[SavedAnswer]
) -> dict[str, dict[str, Any]]:
    """Each participant's rating per statement: question id -> label -> level/DONT_KNOW."""
    labels = {p.id: p.label for p in participants}
    ratings: dict[str, dict[str, Any]] = {}
    for answer in saved:
        if answer.participant_id is None or answer.participant_id not in labels:
            continue
        if answer.value is None and not answer.dont_know:
            continue
        ratings.setdefault(answer.question_id, {})[labels[answer.participant_id]] = answer.value
    return ratings


class AssessmentService:
    """The only way the runner, results, reports and CLI touch assessments."""

    def __init__(self, store: Store):
        self.store = store
        self._forms = FormCache()
        self._catalogue_forms: dict[str, FormDefinition] | None = None

    # -- forms ---------------------------------------------------------------------------------

    def available_forms(self) -> dict[str, FormDefinition]:
        """The current form of each kind: the council's (from the last field pack) where one
        came, else the shipped one. New assessments start on these; drafts keep their own
        snapshot."""
        if self._catalogue_forms is None:
            self._catalogue_forms = {form.kind: form for form in shipped_forms().values()}
        from desktop.services.resources import CouncilResourceService

        council_forms = CouncilResourceService(self.store).forms()
        if not council_forms:
            return self._catalogue_forms
        current = dict(self._catalogue_forms)
        for form in council_forms.values():
            current[form.kind] = form
        return current

    def form_for(self, assessment_id: str, language: str | None = None) -> FormDefinition:
        """The form the assessment is answered on; with `language`, its texts in that language
        (English where a text has no translation), for showing."""
        with self.store.session() as session:
            assessment = self._get(session, assessment_id, include_deleted=True)
            form = self._form(session, assessment.form_snapshot_id)
        return form_in_language(form, language)

    # -- the session's language ---------------------------------------------------------------

    def session_language(self, assessment_id: str) -> str:
        """The language the session runs in (its form, screens and report); English by default."""
        with self.store.session() as session:
            return _session_language(session, assessment_id)

    def set_session_language(self, assessment_id: str, language: str) -> None:
        """Run the session in `language` from now on (answers do not depend on it)."""
        if not LANGUAGE_CODE.match(language):
            raise UserError("'{language}' is not a language code.", language=language)
        with self.store.session() as session:
            self._get(session, assessment_id, include_deleted=True)
            key = SESSION_LANGUAGE_KEY + assessment_id
            setting = session.get(Setting, key)
            if setting is None:
                session.add(Setting(key=key, value=language))
            else:
                setting.value = language

    def _form(self, session: Session, snapshot_id: str) -> FormDefinition:
        form = self._forms.get(session, snapshot_id)
        if form is None:
            raise NotFound("The form this assessment was answered on is missing.")
        return form

    def _snapshot(self, session: Session, writer: RecordWriter, form: FormDefinition) -> str:
        snapshot_id = ensure_form_snapshot(session, writer, form)
        self._forms.keep(snapshot_id, form)
        return snapshot_id

    # -- starting ------------------------------------------------------------------------------

    def start(
        self,
        organisation_id: str,
        kind: str,
        mode: str = "facilitated",
        *,
        consent_given: bool,
        venue: str | None = None,
        facilitator: str | None = None,
        participants: Sequence[tuple[str, str]] = (),
        form: FormDefinition | None = None,
        started_at: datetime | None = None,
        stage: str | None = None,
    ) -> AssessmentDetail:
        """Start an assessment; the group must have agreed to the data being kept and sent.

        `stage` is the CAT stage the verdict will be for (the form's default when None); a
        form without stages takes none.
        """
        if kind not in KINDS:
            raise UserError(
                "Unknown assessment kind '{kind}'. Choose one of: {kinds}.",
                kind=kind,
                kinds=", ".join(KINDS),
            )
        if mode not in SESSION_MODES:
            raise UserError("Unknown mode '{mode}'. Choose facilitated or group.", mode=mode)
        if not consent_given:
            raise UserError(
                "The group has not agreed to their answers being kept and sent to the council. "
                "Ask for their agreement before starting, or stop here."
            )
        if mode == "group" and not participants:
            raise UserError("A group session needs at least one participant (for example P1).")
        form = form or self.available_forms().get(kind)
        if form is None or form.kind != kind:
            raise UserError(
                "There is no {kind} form installed.", kind=Word(KINDS[kind], "Assessment")
            )
        cat_stage = _chosen_stage(form, stage)
        labels = [label.strip() for label, _role in participants]
        if any(not label for label in labels) or len(set(labels)) != len(labels):
            raise UserError("Each participant needs a label of their own (P1, P2, ...).")
        for _label, role in participants:
            if role not in ROLES:
                raise UserError(
                    "Role '{role}' is not one of: {roles}.", role=role, roles=", ".join(ROLES)
                )
        moment = started_at or now_ms()
        with self.store.session() as session:
            organisation = session.get(Organisation, organisation_id)
            if organisation is None or organisation.deleted_at is not None:
                raise NotFound("That organisation is not in the register.")
            writer = RecordWriter(session, self.store.device_id)
            snapshot_id = self._snapshot(session, writer, form)
            assessment = writer.create(
                Assessment,
                {
                    "organisation_id": organisation_id,
                    "form_snapshot_id": snapshot_id,
                    "form_id": form.id,
                    "form_version": form.version,
                    "kind": kind,
                    "mode": mode,
                    "venue": (venue or "").strip() or None,
                    "facilitator": (facilitator or "").strip() or None,
                    "status": "draft",
                    "consent_given": True,
                    "consent_at": moment,
                    "started_at": moment,
                    "completed_at": None,
                    "current_question_id": None,
                    "notes": None,
                    "cat_stage": cat_stage,
                },
            )
            session.flush()
            for position, (label, role) in enumerate(participants):
                writer.create(
                    Participant,
                    {
                        "assessment_id": assessment.id,
                        "label": label.strip(),
                        "role": role,
                        "position": position,
                    },
                    audit=False,
                )
            session.flush()
            return self._detail(session, assessment)

    def add_participant(self, assessment_id: str, label: str, role: str) -> ParticipantInfo:
        if role not in ROLES:
            raise UserError(
                "Role '{role}' is not one of: {roles}.", role=role, roles=", ".join(ROLES)
            )
        label = label.strip()
        if not label:
            raise UserError("A participant needs a label, for example P4.")
        with self.store.session() as session:
            assessment = self._get(session, assessment_id)
            existing = self._participants(session, assessment.id)
            if any(p.label == label for p in existing):
                raise UserError("There is already a participant called {label}.", label=label)
            participant = RecordWriter(session, self.store.device_id).create(
                Participant,
                {
                    "assessment_id": assessment.id,
                    "label": label,
                    "role": role,
                    "position": len(existing),
                },
            )
            session.flush()
            return ParticipantInfo(participant.id, label, role, participant.position)

    # -- answers -------------------------------------------------------------------------------

    def record_answer(
        self,
        assessment_id: str,
        question_id: str,
        value: Any,
        *,
        participant_id: str | None = None,
        note: str | None = None,
        keep_note: bool = True,
        via: RatingSource | None = None,
    ) -> SavedAnswer:
        """Save one answer in its own short transaction (DONT_KNOW for don't know, None clears).

        `keep_note` leaves an existing note alone when `note` is None. `via` says how a
        participant's rating arrived ("key" or "phone"); it is then audited with that action,
        so the trail shows which ratings came from phones.
        """
        with self.store.session() as session:
            assessment = self._get(session, assessment_id)
            self._refuse_if_locked(assessment)
            form = self._form(session, assessment.form_snapshot_id)
            return self._write_answer(
                session, assessment, form, question_id, value, participant_id, note, keep_note, via
            )

    def record_ratings(
        self,
        assessment_id: str,
        question_id: str,
        ratings: Sequence[tuple[str, Any]],
        *,
        via: RatingSource,
    ) -> list[SavedAnswer]:
        """Several participants' ratings of one statement in one short transaction (phone
        votes that arrived together), each audited as `record_answer` would; all or none."""
        with self.store.session() as session, session.no_autoflush:
            assessment = self._get(session, assessment_id)
            self._refuse_if_locked(assessment)
            form = self._form(session, assessment.form_snapshot_id)
            # One read of the rows already there and one change number, not one per rating.
            ids = [response_id(assessment_id, question_id, pid) for pid, _value in ratings]
            existing = {
                row.id: row
                for row in session.scalars(select(Response).where(Response.id.in_(ids))).all()
            }
            writer = RecordWriter(session, self.store.device_id)
            return [
                self._write_answer(
                    session,
                    assessment,
                    form,
                    question_id,
                    value,
                    participant_id,
                    None,
                    True,
                    via,
                    writer=writer,
                    existing=existing,
                )
                for participant_id, value in ratings
            ]

    def _write_answer(
        self,
        session: Session,
        assessment: Assessment,
        form: FormDefinition,
        question_id: str,
        value: Any,
        participant_id: str | None,
        note: str | None,
        keep_note: bool,
        via: RatingSource | None,
        *,
        writer: RecordWriter | None = None,
        existing: Mapping[str, Response] | None = None,
    ) -> SavedAnswer:
        assessment_id = assessment.id
        try:
            question = form.question(question_id)
        except KeyError:
            raise UserError(
                "'{question}' is not a question of this form.", question=question_id
            ) from None
        if participant_id is not None and question.type != "rating":
            raise UserError("Only rated statements take each participant's own rating.")
        try:
            clean = validate_answer(question, value)
        except AnswerError as error:
            raise UserError(
                "{statement}: {problem}", statement=question.text, problem=error.message
            ) from error
        stored, dont_know = _stored_value(clean)
        writer = writer or RecordWriter(session, self.store.device_id)
        audit = assessment.completed_at is not None  # edits after a reopen are audited
        action = "update"
        if via is not None and participant_id is not None:
            audit, action = True, f"rated_by_{via}"
        record_id = response_id(assessment_id, question_id, participant_id)
        response = (
            existing.get(record_id) if existing is not None else session.get(Response, record_id)
        )
        changes: dict[str, Any] = {"value": stored, "dont_know": dont_know}
        if note is not None or not keep_note:
            changes["note"] = (note or "").strip() or None
        if response is None:
            response = writer.create(
                Response,
                {
                    "assessment_id": assessment_id,
                    "question_id": question_id,
                    "participant_id": participant_id,
                    "note": None,
                    **changes,
                },
                record_id=record_id,
                audit=audit,
                action="create" if action == "update" else action,
            )
        else:
            if response.deleted_at is not None:
                changes["deleted_at"] = None
            writer.update(response, changes, audit=audit, action=action)
        if participant_id is None and assessment.current_question_id != question_id:
            writer.update(assessment, {"current_question_id": question_id}, audit=False)
        return SavedAnswer(
            question_id=question_id,
            participant_id=participant_id,
            value=_answer_value(response),
            dont_know=response.dont_know,
            note=response.note,
            saved_at=response.modified_at,
        )

    def record_note(
        self, assessment_id: str, question_id: str, note: str, participant_id: str | None = None
    ) -> None:
        """Save a note on a statement, with or without an answer yet."""
        with self.store.session() as session:
            assessment = self._get(session, assessment_id)
            self._refuse_if_locked(assessment)
            form = self._form(session, assessment.form_snapshot_id)
            try:
                form.question(question_id)
            except KeyError:
                raise UserError(
                    "'{question}' is not a question of this form.", question=question_id
                ) from None
            writer = RecordWriter(session, self.store.device_id)
            record_id = response_id(assessment_id, question_id, participant_id)
            response = session.get(Response, record_id)
            clean = note.strip() or None
            if response is None:
                writer.create(
                    Response,
                    {
                        "assessment_id": assessment_id,
                        "question_id": question_id,
                        "participant_id": participant_id,
                        "value": None,
                        "dont_know": False,
                        "note": clean,
                    },
                    record_id=record_id,
                    audit=assessment.completed_at is not None,
                )
            else:
                writer.update(response, {"note": clean}, audit=assessment.completed_at is not None)

    def set_position(self, assessment_id: str, question_id: str | None) -> None:
        """Remember where the runner is, so reopening resumes exactly there."""
        with self.store.session() as session:
            assessment = self._get(session, assessment_id)
            if assessment.current_question_id != question_id:
                RecordWriter(session, self.store.device_id).update(
                    assessment, {"current_question_id": question_id}, audit=False
                )

    def responses(self, assessment_id: str) -> list[SavedAnswer]:
        with self.store.session() as session:
            return _responses(session, assessment_id)

    def answers(self, assessment_id: str) -> dict[str, Any]:
        """The agreed (or facilitated) answers: question id -> value or DONT_KNOW."""
        return _agreed_answers(self.responses(assessment_id))

    def spreads(self, assessment_id: str) -> dict[str, RatingSpread]:
        """Per rated statement: counts per level, median, spread, discuss flag, suggestion."""
        with self.store.session() as session:
            assessment = self._get(session, assessment_id, include_deleted=True)
            participants = self._detail(session, assessment).participants
            return _spreads(participants, _responses(session, assessment_id))

    # -- completing ----------------------------------------------------------------------------

    def review(self, assessment_id: str) -> ReviewSummary:
        detail = self.get(assessment_id)
        form = self.form_for(assessment_id)
        answers = self.answers(assessment_id)
        registration = self._registration(detail.summary.organisation_id)
        shown = visible_questions(form, answers, registration, detail.summary.cat_stage)
        unanswered = [q.id for q in shown if q.id not in answers]
        required = [q.id for q in shown if q.required and q.id not in answers]
        to_discuss: list[str] = []
        without_consensus: list[str] = []
        if detail.summary.mode == "group":
            shown_ids = {q.id for q in shown}
            for question_id, spread in self.spreads(assessment_id).items():
                if question_id not in shown_ids:
                    continue
                if spread.discuss:
                    to_discuss.append(question_id)
                if question_id not in answers:
                    without_consensus.append(question_id)
        return ReviewSummary(unanswered, required, to_discuss, without_consensus)

    def complete(self, assessment_id: str, *, allow_unanswered_required: bool = False) -> None:
        """Lock the answers. Unanswered required statements block it unless allowed."""
        review = self.review(assessment_id)
        if review.unanswered_required and not allow_unanswered_required:
            raise UserError(
                "{count} required statement(s) have no answer yet. "
                'Answer them (or choose "don\'t know") before completing.',
                count=len(review.unanswered_required),
            )
        from desktop.services.reviews import default_reviewer, resubmit_if_flagged

        author = default_reviewer(self.store)
        with self.store.session() as session:
            assessment = self._get(session, assessment_id)
            if assessment.status == "completed":
                return
            writer = RecordWriter(session, self.store.device_id)
            writer.update(
                assessment, {"status": "completed", "completed_at": now_ms()}, action="complete"
            )
            rescore_assessments(session, [assessment_id], self._forms)
            # Work the council sent back with issues goes back as "resubmitted".
            resubmit_if_flagged(session, writer, assessment_id, author=author)
        log.info(
            "Assessment %s completed (%s, %s mode%s)",
            assessment_id,
            assessment.kind,
            assessment.mode,
            "; some required statements unanswered" if review.unanswered_required else "",
        )

    def reopen(self, assessment_id: str) -> None:
        """Unlock a completed assessment; this and every later edit is in the audit trail."""
        with self.store.session() as session:
            assessment = self._get(session, assessment_id)
            if assessment.status != "completed":
                return
            RecordWriter(session, self.store.device_id).update(
                assessment, {"status": "draft"}, action="reopen"
            )
            rescore_assessments(session, [assessment_id])  # a draft has no stored result

    def delete(self, assessment_id: str) -> None:
        with self.store.session() as session:
            RecordWriter(session, self.store.device_id).tombstone(self._get(session, assessment_id))
            rescore_assessments(session, [assessment_id])

    def restore(self, assessment_id: str) -> None:
        with self.store.session() as session:
            assessment = self._get(session, assessment_id, include_deleted=True)
            RecordWriter(session, self.store.device_id).restore(assessment)
            rescore_assessments(session, [assessment_id], self._forms)

    # -- reading -------------------------------------------------------------------------------

    def get(self, assessment_id: str, include_deleted: bool = False) -> AssessmentDetail:
        with self.store.session() as session:
            return self._detail(session, self._get(session, assessment_id, include_deleted))

    def list_summaries(
        self,
        organisation_id: str | None = None,
        kind: str | None = None,
        status: str | None = None,
        include_deleted: bool = False,
    ) -> list[AssessmentSummary]:
        """Assessments, newest first (only the columns a summary shows: no ORM objects, so
        20,000 of them load in a fraction of a second)."""
        query = _filtered(
            select(*_SUMMARY_COLUMNS, Organisation.name)
            .join(Organisation, Organisation.id == Assessment.organisation_id)
            .order_by(Assessment.started_at.desc()),
            organisation_id,
            kind,
            status,
            include_deleted,
        )
        with self.store.session() as session:
            same: dict[Any, Any] = {}
            return [_summary_of_row(row, same) for row in session.execute(query)]

    def ids_starting_with(self, prefix: str) -> list[str]:
        """The ids of the assessments `list_summaries()` lists that start with `prefix` (people
        type the first characters of an id): one index lookup, not every summary."""
        query = _filtered(
            select(Assessment.id)
            .join(Organisation, Organisation.id == Assessment.organisation_id)
            .where(Assessment.id.startswith(prefix, autoescape=True)),
            None,
            None,
            None,
            False,
        )
        with self.store.session() as session:
            return list(session.scalars(query))

    def listing(
        self,
        organisation_id: str | None = None,
        kind: str | None = None,
        status: str | None = None,
    ) -> list[ListingRow]:
        """The live assessments (filtered as list_summaries) with their stored results, as
        `assessments list --json` prints them (`assessment_listing.encode_listing`): the rows
        `assessment_listing.quick_listing` reads from a SQLite file, here through the store
        (PostgreSQL, or a file that needed migrating or scoring). Missing results are scored
        first; drafts have none."""
        from desktop.services.scores import ScoreService

        ScoreService(self.store).score_missing()
        query = _filtered(
            select(
                Assessment.id,
                Assessment.organisation_id,
                Organisation.name,
                Assessment.kind,
                Assessment.mode,
                Assessment.status,
                Assessment.form_id,
                Assessment.form_version,
                Assessment.venue,
                Assessment.facilitator,
                Assessment.started_at,
                Assessment.completed_at,
                Assessment.modified_at,
                AssessmentScore.result_json,
            )
            .join(Organisation, Organisation.id == Assessment.organisation_id)
            .outerjoin(AssessmentScore, AssessmentScore.assessment_id == Assessment.id)
            .order_by(Assessment.started_at.desc(), Assessment.id),
            organisation_id,
            kind,
            status,
            include_deleted=False,
        )
        with self.store.session() as session:
            return [
                (
                    *head,
                    iso_text(started_at),
                    iso_text(completed_at),
                    iso_text(modified_at),
                    False,
                    stored,
                )
                for *head, started_at, completed_at, modified_at, stored in session.connection()
                .execute(query)
                .all()
            ]

    def count(self) -> int:
        with self.store.session() as session:
            query = select(func.count()).select_from(Assessment)
            return int(session.execute(query.where(Assessment.deleted_at.is_(None))).scalar_one())

    def results(self, assessment_id: str, language: str | None = None) -> ResultsSnapshot:
        """Scores, strengths, support needs (and for CAT the verdict), with the previous
        assessment of the same kind for the same organisation where there is one, the notes,
        the action plan and last time's actions: all read in one transaction, so the screen
        and the PDF show one consistent state. Section titles and statements are in `language`
        (by default the session's)."""
        from desktop.services.resources import support_catalogue_in_force

        with self.store.session() as session:
            catalogue = support_catalogue_in_force(session)
            assessment = self._get(session, assessment_id, include_deleted=True)
            detail = self._detail(session, assessment)
            summary = detail.summary
            language = language or _session_language(session, assessment_id)
            registration = _registration(session, summary.organisation_id)
            form = form_in_language(self._form(session, assessment.form_snapshot_id), language)
            saved = _responses(session, assessment_id)
            answers = _agreed_answers(saved)
            previous = self._previous(session, summary)
            previous_result: AssessmentResult | StoredScores | None = None
            if previous is not None:
                # Its change and radar need only its figures: stored when it was completed.
                previous_result = stored_scores(session, previous.id)
            if previous is not None and previous_result is None:
                earlier = self._get(session, previous.id)
                previous_result = score_assessment(
                    form_in_language(self._form(session, earlier.form_snapshot_id), language),
                    _agreed_answers(_responses(session, previous.id)),
                    registration,
                    stage=previous.cat_stage,
                    catalogue=catalogue,
                )
            actions = _actions(session, assessment_id)
            since_last_time = read_since_last_time(session, assessment)
        return ResultsSnapshot(
            detail=detail,
            result=score_assessment(
                form, answers, registration, stage=summary.cat_stage, catalogue=catalogue
            ),
            previous=previous,
            previous_result=previous_result,
            spreads=_spreads(detail.participants, saved) if summary.mode == "group" else {},
            form=form,
            answers=answers,
            notes=_notes(saved),
            actions=actions,
            registration=registration,
            shown=visible_questions(form, answers, registration, summary.cat_stage),
            since_last_time=since_last_time,
            language=language,
        )

    @staticmethod
    def _previous(session: Session, summary: AssessmentSummary) -> AssessmentSummary | None:
        """The latest completed assessment of the same kind for the organisation that started
        before this one."""
        query = (
            select(*_SUMMARY_COLUMNS, Organisation.name)
            .join(Organisation, Organisation.id == Assessment.organisation_id)
            .where(Assessment.organisation_id == summary.organisation_id)
            .where(Assessment.kind == summary.kind)
            .where(Assessment.id != summary.id)
            .where(Assessment.status == "completed")
            .where(Assessment.deleted_at.is_(None))
            .where(Assessment.started_at < summary.started_at)
            .order_by(Assessment.started_at.desc())
            .limit(1)
        )
        row = session.execute(query).first()
        return _summary_of_row(row) if row is not None else None

    def condition_context(self, assessment_id: str) -> dict[str, Any]:
        """What the form's conditions read for this assessment: the organisation's
        registration fields and, for a CAT assessment, its stage (`cat_stage`)."""
        detail = self.get(assessment_id, include_deleted=True)
        form = self.form_for(assessment_id)
        return with_stage(
            form, self._registration(detail.summary.organisation_id), detail.summary.cat_stage
        )

    def session_minutes(self, organisation_id: str | None, kind: str) -> dict[str | None, int]:
        """About how many minutes a session of this kind takes this organisation, for each
        stage of the current form (a health check: key statements or the full check), or
        under None for a form without stages. From the statements it will be shown."""
        from forms.timing import estimated_minutes

        form = self.available_forms().get(kind)
        if form is None:
            return {}
        registration = self._registration(organisation_id) if organisation_id else {}
        if not form.stages:
            return {None: estimated_minutes(form, registration)}
        return {s.id: estimated_minutes(form, registration, s.id) for s in form.stages}

    def _registration(self, organisation_id: str) -> dict[str, Any]:
        with self.store.session() as session:
            return _registration(session, organisation_id)

    def audit_trail(self, assessment_id: str) -> list[AuditEntry]:
        """Every change to the assessment, its answers and its action plan, oldest first (its
        History); each entry's `subject` names the statement or action it is about."""
        with self.store.session() as session:
            assessment = self._get(session, assessment_id, include_deleted=True)
            form = self._form(session, assessment.form_snapshot_id)
            texts = {q.id: str(q.text) for _section, q in form.questions()}
            subjects: dict[str, tuple[str, str]] = {assessment_id: ("assessments", "")}
            for response_id, question_id in session.execute(
                select(Response.id, Response.question_id).where(
                    Response.assessment_id == assessment_id
                )
            ):
                subjects[response_id] = ("responses", texts.get(question_id, question_id))
            for action_id, what in session.execute(
                select(ActionItem.id, ActionItem.what).where(
                    ActionItem.assessment_id == assessment_id
                )
            ):
                subjects[action_id] = ("action_items", what)
            # on a laptop: when the council confirmed receiving the bundles that carried it
            receipts = receipts_of_work(
                session, self.store.device_id, list(subjects), [assessment.change_seq]
            )
            return sorted(audit_trail(session, subjects) + receipts, key=lambda entry: entry.at)

    # -- action plan ---------------------------------------------------------------------------

    def actions(self, assessment_id: str) -> list[ActionInfo]:
        with self.store.session() as session:
            return _actions(session, assessment_id)

    def add_action(
        self,
        assessment_id: str,
        what: str,
        *,
        who: str | None = None,
        due_date: date | None = None,
        support_offer: str | None = None,
        theme: str | None = None,
        source_id: str | None = None,
        status: str = "todo",
    ) -> ActionInfo:
        values = _action_values(what=what, who=who, due_date=due_date, status=status)
        with self.store.session() as session:
            assessment = self._get(session, assessment_id)
            count = session.execute(
                select(func.count())
                .select_from(ActionItem)
                .where(ActionItem.assessment_id == assessment_id)
                .where(ActionItem.deleted_at.is_(None))
            ).scalar_one()
            action = RecordWriter(session, self.store.device_id).create(
                ActionItem,
                {
                    "assessment_id": assessment_id,
                    "organisation_id": assessment.organisation_id,
                    "support_offer": (support_offer or "").strip() or None,
                    "theme": theme,
                    "source_id": source_id,
                    "position": int(count),
                    **values,
                },
            )
            session.flush()
            return _action(action)

    def update_action(self, action_id: str, **changes: Any) -> ActionInfo:
        allowed = {"what", "who", "due_date", "support_offer", "theme", "status"}
        unknown = set(changes) - allowed
        if unknown:
            raise UserError("An action has no field {fields}.", fields=", ".join(sorted(unknown)))
        with self.store.session() as session:
            action = session.get(ActionItem, action_id)
            if action is None or action.deleted_at is not None:
                raise NotFound("That action is no longer in the plan.")
            merged = {
                "what": changes.get("what", action.what),
                "who": changes.get("who", action.who),
                "due_date": changes.get("due_date", action.due_date),
                "status": changes.get("status", action.status),
            }
            values = _action_values(**merged)
            if "support_offer" in changes:
                values["support_offer"] = (changes["support_offer"] or "").strip() or None
            if "theme" in changes:
                values["theme"] = changes["theme"]
            RecordWriter(session, self.store.device_id).update(action, values)
            return _action(action)

    def move_action(self, action_id: str, new_position: int) -> list[ActionInfo]:
        """Put an action at a new place in its plan; returns the plan in its new order."""
        with self.store.session() as session:
            action = session.get(ActionItem, action_id)
            if action is None or action.deleted_at is not None:
                raise NotFound("That action is no longer in the plan.")
            plan = list(
                session.scalars(
                    select(ActionItem)
                    .where(ActionItem.assessment_id == action.assessment_id)
                    .where(ActionItem.deleted_at.is_(None))
                    .order_by(ActionItem.position, ActionItem.created_at)
                ).all()
            )
            plan.remove(action)
            plan.insert(max(0, min(new_position, len(plan))), action)
            writer = RecordWriter(session, self.store.device_id)
            for position, item in enumerate(plan):
                writer.update(item, {"position": position}, audit=False)
            return [_action(item) for item in plan]

    def delete_action(self, action_id: str) -> None:
        with self.store.session() as session:
            action = session.get(ActionItem, action_id)
            if action is None:
                raise NotFound("That action is no longer in the plan.")
            RecordWriter(session, self.store.device_id).tombstone(action)

    def restore_action(self, action_id: str) -> None:
        with self.store.session() as session:
            action = session.get(ActionItem, action_id)
            if action is None:
                raise NotFound("That action is no longer in the plan.")
            RecordWriter(session, self.store.device_id).restore(action)

    # -- internals -----------------------------------------------------------------------------

    def _get(self, session: Session, assessment_id: str, include_deleted: bool = False):
        assessment = session.get(Assessment, assessment_id)
        if assessment is None or (assessment.deleted_at is not None and not include_deleted):
            raise NotFound("That assessment does not exist (it may have been deleted).")
        return assessment

    @staticmethod
    def _refuse_if_locked(assessment: Assessment) -> None:
        if assessment.status == "completed":
            raise UserError(
                "This assessment is completed, so its answers are locked. "
                "Reopen it to make changes (the change will be recorded)."
            )

    @staticmethod
    def _participants(session: Session, assessment_id: str) -> list[Participant]:
        return list(
            session.scalars(
                select(Participant)
                .where(Participant.assessment_id == assessment_id)
                .where(Participant.deleted_at.is_(None))
                .order_by(Participant.position)
            ).all()
        )

    def _detail(self, session: Session, assessment: Assessment) -> AssessmentDetail:
        organisation = session.get(Organisation, assessment.organisation_id)
        participants = [
            ParticipantInfo(p.id, p.label, p.role, p.position)
            for p in self._participants(session, assessment.id)
        ]
        return AssessmentDetail(
            summary=_summary(assessment, organisation.name if organisation else "?"),
            participants=participants,
            consent_given=assessment.consent_given,
            consent_at=assessment.consent_at,
            current_question_id=assessment.current_question_id,
            notes=assessment.notes,
        )


def _chosen_stage(form: FormDefinition, stage: str | None) -> str | None:
    """The stage id to store: the one asked for, or the form's default; None without stages."""
    if not form.stages:
        if stage:
            raise UserError("The form '{form}' has no stages; it takes none.", form=form.title)
        return None
    try:
        chosen = form.stage(stage)
    except KeyError:
        names = ", ".join(f"{s.id} ({s.title})" for s in form.stages)
        raise UserError(
            "'{stage}' is not a stage of this form. Choose one of: {stages}.",
            stage=stage,
            stages=names,
        ) from None
    assert chosen is not None
    return chosen.id


def stage_choices(form: FormDefinition) -> list[tuple[str, str]]:
    """(stage id, title) of each stage of a form, in order (empty for a form without them)."""
    return [(stage.id, stage.title) for stage in form.stages]


def _action_values(
    what: str, who: str | None, due_date: date | str | None, status: str
) -> dict[str, Any]:
    what = (what or "").strip()
    if not what:
        raise UserError("Say what the action is (for example: write a reserves policy).")
    if status not in ACTION_STATUSES:
        raise UserError(
            "Action status must be one of: {statuses}.",
            statuses=", ".join(ACTION_STATUSES.values()),
        )
    if isinstance(due_date, str):
        try:
            due_date = date.fromisoformat(due_date)
        except ValueError:
            raise UserError("The 'by when' date must look like 2026-03-31.") from None
    return {
        "what": what,
        "who": (who or "").strip() or None,
        "due_date": due_date,
        "status": status,
    }


def _action(row: ActionItem) -> ActionInfo:
    return ActionInfo(
        id=row.id,
        assessment_id=row.assessment_id,
        what=row.what,
        who=row.who,
        due_date=row.due_date,
        support_offer=row.support_offer,
        theme=row.theme,
        source_id=row.source_id,
        status=row.status,
        position=row.position,
    )


def answers_as_json(answers: Mapping[str, Any]) -> dict[str, Any]:
    """Answers with DONT_KNOW written as the text "dont_know" (for --json output)."""
    return {key: ("dont_know" if value is DONT_KNOW else value) for key, value in answers.items()}
