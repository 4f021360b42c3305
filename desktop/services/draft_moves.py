"""Moving a draft to a new version of its form.

When a field pack brings a new version of a form, new assessments use it and drafts keep their
own snapshot (issue 12). A draft can then be moved onto the new version: answers follow the
question with the same id, or the one that `replaces` it (`forms.versions.answer_sources`).
Answers with no place in the new version (the question was removed, or the answer no longer
fits it, such as an option that is gone) are not lost: they are tombstoned with the action
`move_version` in the audit trail, keep their value, and are shown read-only "from the earlier
version". New required questions are flagged in the review before completing.

Only drafts move; the assessment keeps its id, and its `form_snapshot_id` changes to the new
version's snapshot (the one change of a parent field the authority rules allow: same form,
same kind, sync/authority.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFound, UserError
from desktop.services.scores import snapshot_form
from desktop.store.db import Store
from desktop.store.models import Assessment, AuditEvent, FormSnapshot, Organisation, Response
from desktop.store.records import RecordWriter, now_ms
from forms.answers import DONT_KNOW, AnswerError, validate_answer
from forms.models import FormDefinition, Question
from forms.scoring import visible_questions
from forms.versions import answer_sources

MOVE_ACTION = "move_version"


@dataclass(frozen=True)
class QuestionRef:
    id: str
    text: str


@dataclass(frozen=True)
class EarlierAnswer:
    """An answer given on an earlier version that has no place in the current one."""

    question_id: str
    text: str  # the question as the earlier version asked it
    answer: str  # the answer in words
    note: str | None
    reason: str  # "removed" (no such question now) or "changed" (the answer no longer fits)


@dataclass(frozen=True)
class DraftMove:
    """What moving a draft to the new version does (before: the offer; after: what it did)."""

    assessment_id: str
    from_version: str
    to_version: str
    to_sha256: str
    kept: int  # answers staying on a question with the same id
    renamed: list[tuple[QuestionRef, QuestionRef]]  # (earlier question, new question)
    left_behind: list[EarlierAnswer]
    new_required: list[QuestionRef]  # required questions of the new version left unanswered


class DraftMoveService:
    """Offers and makes the move of a draft to the current version of its form."""

    def __init__(self, store: Store):
        self.store = store

    def offer(self, assessment_id: str) -> DraftMove | None:
        """What a move would do, or None when there is nothing to move to (not a draft, or
        the draft is already on the current version of its form)."""
        target = self._target(assessment_id)
        if target is None:
            return None
        with self.store.session() as session:
            assessment = self._draft(session, assessment_id)
            old = snapshot_form(session, assessment.form_snapshot_id)
            if old is None or _digest(old) == _digest(target):
                return None
            return self._plan(session, assessment, old, target)

    def move(self, assessment_id: str, to_sha256: str) -> DraftMove:
        """Move the draft to the current version, the one `offer` described (its sha256), in
        one transaction. Refused if the current version changed since the offer."""
        target = self._target(assessment_id)
        if target is None or _digest(target) != to_sha256:
            raise UserError(
                "The form version on this laptop changed since the move was offered. "
                "Look at the offer again."
            )
        from desktop.services.assessments import ensure_form_snapshot, response_id

        with self.store.session() as session:
            assessment = self._draft(session, assessment_id)
            old = snapshot_form(session, assessment.form_snapshot_id)
            if old is None or _digest(old) == to_sha256:
                raise UserError("This draft is already on that version of the form.")
            plan = self._plan(session, assessment, old, target)
            writer = RecordWriter(session, self.store.device_id)
            snapshot_id = ensure_form_snapshot(session, writer, target)
            sources = answer_sources(old, target)
            moves_to = {old_id: new_id for new_id, old_id in sources.items()}
            moment = now_ms()
            for response in self._responses(session, assessment_id):
                new_id = moves_to.get(response.question_id)
                fits = new_id is not None and _fits(target.question(new_id), response)
                if new_id == response.question_id and fits:
                    continue  # same question, and the answer still fits: nothing to do
                if new_id is not None and fits:
                    self._copy(session, writer, response, response_id, new_id)
                writer.update(response, {"deleted_at": moment}, action=MOVE_ACTION)
            current = assessment.current_question_id
            stage = _stage(target, assessment)
            writer.update(
                assessment,
                {
                    "form_snapshot_id": snapshot_id,
                    "form_id": target.id,
                    "form_version": target.version,
                    "current_question_id": moves_to.get(current) if current else None,
                    "cat_stage": stage,
                },
                action=MOVE_ACTION,
            )
            return plan

    def new_questions(self, assessment_id: str) -> dict[str, str]:
        """Questions the draft's current version asks that the version it was moved from did
        not: id -> the version they are new in (empty for a draft never moved)."""
        with self.store.session() as session:
            assessment = session.get(Assessment, assessment_id)
            if assessment is None:
                raise NotFound("That assessment does not exist.")
            event = session.scalars(
                select(AuditEvent)
                .where(AuditEvent.entity_type == "assessments")
                .where(AuditEvent.entity_id == assessment_id)
                .where(AuditEvent.field == "form_snapshot_id")
                .where(AuditEvent.action == MOVE_ACTION)
                .order_by(AuditEvent.at.desc())
                .limit(1)
            ).first()
            if event is None or not isinstance(event.old_value, str):
                return {}
            before = snapshot_form(session, event.old_value)
            current = snapshot_form(session, assessment.form_snapshot_id)
            if before is None or current is None:
                return {}
            sources = answer_sources(before, current)
            return {
                question.id: current.version
                for _section, question in current.questions()
                if question.id not in sources
            }

    def earlier_answers(self, assessment_id: str) -> list[EarlierAnswer]:
        """Answers left behind by moves to newer versions: read-only, "from the earlier
        version" (empty for an assessment never moved)."""
        with self.store.session() as session:
            assessment = session.get(Assessment, assessment_id)
            if assessment is None:
                raise NotFound("That assessment does not exist.")
            current = snapshot_form(session, assessment.form_snapshot_id)
            if current is None:
                return []
            left = [
                r
                for r in session.scalars(
                    select(Response)
                    .where(Response.assessment_id == assessment_id)
                    .where(Response.participant_id.is_(None))
                    .where(Response.deleted_at.is_not(None))
                    .order_by(Response.question_id)
                )
                if r.value is not None or r.dont_know or r.note
            ]
            if not left:
                return []
            live = {r.question_id for r in self._responses(session, assessment_id)}
            # an answer that moved to the question replacing it is not left behind
            moved = {q.replaces for _s, q in current.questions() if q.replaces and q.id in live}
            earlier = self._earlier_forms(session, assessment.form_id, assessment.form_snapshot_id)
            answers = []
            for response in left:
                if response.question_id in moved:
                    continue
                asked = _find_question(earlier, response.question_id)
                try:
                    now = current.question(response.question_id)
                except KeyError:
                    now = None
                if now is not None and response.question_id in live:
                    continue  # answered again on the new version
                answers.append(
                    EarlierAnswer(
                        question_id=response.question_id,
                        text=str(asked.text) if asked else response.question_id,
                        answer=_answer_words(asked, response),
                        note=response.note,
                        reason="changed" if now is not None else "removed",
                    )
                )
            return answers

    # -- internals -----------------------------------------------------------------------------

    def _target(self, assessment_id: str) -> FormDefinition | None:
        from desktop.services.assessments import AssessmentService

        with self.store.session() as session:
            assessment = session.get(Assessment, assessment_id)
            if assessment is None or assessment.deleted_at is not None:
                raise NotFound("That assessment does not exist (it may have been deleted).")
            if assessment.status != "draft":
                return None
            kind, form_id = assessment.kind, assessment.form_id
        target = AssessmentService(self.store).available_forms().get(kind)
        if target is None or target.id != form_id:
            return None  # only a new version of the same form, never another form
        return target

    @staticmethod
    def _draft(session: Session, assessment_id: str) -> Assessment:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None or assessment.deleted_at is not None:
            raise NotFound("That assessment does not exist (it may have been deleted).")
        if assessment.status != "draft":
            raise UserError("Only a draft can move to a new version of its form.")
        return assessment

    @staticmethod
    def _earlier_forms(session: Session, form_id: str, current_id: str) -> list[FormDefinition]:
        """The other versions of the form stored here, newest first (where an earlier answer's
        question and its option labels are found)."""
        snapshot_ids = session.scalars(
            select(FormSnapshot.id)
            .where(FormSnapshot.form_id == form_id)
            .where(FormSnapshot.id != current_id)
            .order_by(FormSnapshot.created_at.desc())
        ).all()
        forms = [snapshot_form(session, snapshot_id) for snapshot_id in snapshot_ids]
        return [form for form in forms if form is not None]

    @staticmethod
    def _responses(session: Session, assessment_id: str) -> list[Response]:
        return list(
            session.scalars(
                select(Response)
                .where(Response.assessment_id == assessment_id)
                .where(Response.deleted_at.is_(None))
            )
        )

    def _plan(
        self, session: Session, assessment: Assessment, old: FormDefinition, new: FormDefinition
    ) -> DraftMove:
        sources = answer_sources(old, new)
        moves_to = {old_id: new_id for new_id, old_id in sources.items()}
        kept = 0
        renamed: dict[str, tuple[QuestionRef, QuestionRef]] = {}
        left: list[EarlierAnswer] = []
        answered_after: set[str] = set()
        answers_after: dict[str, Any] = {}
        for response in self._responses(session, assessment.id):
            if response.value is None and not response.dont_know and not response.note:
                continue
            new_id = moves_to.get(response.question_id)
            asked = _find_question([old], response.question_id)
            if new_id is not None and _fits(new.question(new_id), response):
                if response.participant_id is None:
                    answered_after.add(new_id)
                    if response.dont_know or response.value is not None:
                        answers_after[new_id] = DONT_KNOW if response.dont_know else response.value
                    if new_id == response.question_id:
                        kept += 1
                    else:
                        renamed[new_id] = (
                            QuestionRef(response.question_id, str(asked.text) if asked else ""),
                            QuestionRef(new_id, str(new.question(new_id).text)),
                        )
                continue
            if response.participant_id is None:
                left.append(
                    EarlierAnswer(
                        question_id=response.question_id,
                        text=str(asked.text) if asked else response.question_id,
                        answer=_answer_words(asked, response),
                        note=response.note,
                        reason="changed" if new_id is not None else "removed",
                    )
                )
        # required questions the earlier version did not ask and this group will be asked
        # (those whose earlier answer no longer fits are in left_behind)
        shown = {
            question.id
            for question in visible_questions(
                new, answers_after, self._registration(session, assessment), _stage(new, assessment)
            )
        }
        new_required = [
            QuestionRef(question.id, str(question.text))
            for _section, question in new.questions()
            if question.required and question.id not in sources and question.id in shown
        ]
        return DraftMove(
            assessment_id=assessment.id,
            from_version=old.version,
            to_version=new.version,
            to_sha256=_digest(new),
            kept=kept,
            renamed=list(renamed.values()),
            left_behind=sorted(left, key=lambda a: a.question_id),
            new_required=new_required,
        )

    @staticmethod
    def _registration(session: Session, assessment: Assessment) -> dict[str, Any]:
        from desktop.services.organisations import REGISTRATION_FIELDS

        organisation = session.get(Organisation, assessment.organisation_id)
        if organisation is None:
            return {}
        return {name: getattr(organisation, name) for name in REGISTRATION_FIELDS}

    @staticmethod
    def _copy(
        session: Session, writer: RecordWriter, response: Response, response_id: Any, new_id: str
    ) -> None:
        record_id = response_id(response.assessment_id, new_id, response.participant_id)
        values = {"value": response.value, "dont_know": response.dont_know, "note": response.note}
        existing = session.get(Response, record_id)
        if existing is None:
            writer.create(
                Response,
                {
                    "assessment_id": response.assessment_id,
                    "question_id": new_id,
                    "participant_id": response.participant_id,
                    **values,
                },
                record_id=record_id,
                action=MOVE_ACTION,
            )
        else:
            writer.update(existing, {**values, "deleted_at": None}, action=MOVE_ACTION)


def _stage(form: FormDefinition, assessment: Assessment) -> str | None:
    """The CAT stage the draft will be for on `form`: its own if the form has it, else the
    form's default (None for a form without stages)."""
    if not form.stages:
        return None
    if any(stage.id == assessment.cat_stage for stage in form.stages):
        return assessment.cat_stage
    return form.default_stage or form.stages[0].id


def _digest(form: FormDefinition) -> str:
    from desktop.services.assessments import form_digest

    return form_digest(form)


def _fits(question: Question, response: Response) -> bool:
    """Whether an earlier answer is a valid answer to `question` (a note alone always fits;
    a participant's own rating only fits a rating)."""
    if response.participant_id is not None and question.type != "rating":
        return False
    if response.dont_know or response.value is None:
        return True
    try:
        validate_answer(question, response.value)
    except AnswerError:
        return False
    return True


def _find_question(forms: list[FormDefinition], question_id: str) -> Question | None:
    for form in forms:
        try:
            return form.question(question_id)
        except KeyError:
            continue
    return None


def _answer_words(question: Question | None, response: Response) -> str:
    """An answer as a person reads it (the earlier version's labels where it has them)."""
    if response.dont_know:
        return "Don't know"
    value = response.value
    if value is None:
        return "(note only)"
    if question is not None and question.options:
        labels = {option.id: str(option.label) for option in question.options}
        if isinstance(value, list):
            return ", ".join(labels.get(str(v), str(v)) for v in value)
        return labels.get(str(value), str(value))
    if question is not None and question.type == "rating" and isinstance(value, int):
        return f"Level {value}"
    return str(value) if value is not DONT_KNOW else "Don't know"
