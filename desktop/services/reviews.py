"""Council review of incoming field work: review states and their comment thread (issue 15).

Council staff check each completed assessment a laptop sends before it counts: it is
*received* until someone marks it *approved*, *has issues* or *rejected*, each with a comment,
who and when. The laptop that did the work gets the states and comments in its next field pack
(`reviews_section` in `desktop/services/sync/packs.py`); its worker can reopen an assessment
with issues, fix it and complete it again, which writes a *resubmitted* note that travels back
in the laptop's next bundle.

Storage: `review_notes` (append-only, synced, `desktop/store/models.py`). An assessment's state
is the state of its latest note that has one (by time, then id); comments alone (no state)
join the thread without changing it. Every state change also writes an audit event on the
assessment (field `review_state`, old -> new, action `review`), so the History shows it.
"""

from __future__ import annotations

import getpass
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from desktop.errors import Cancelled, NotFound, UserError, Word
from desktop.format import tr_noop
from desktop.store.db import Store
from desktop.store.models import Assessment, Device, Organisation, ReviewNote
from desktop.store.records import RecordWriter, now_ms

RECEIVED = "received"
APPROVED = "approved"
HAS_ISSUES = "has_issues"
REJECTED = "rejected"
RESUBMITTED = "resubmitted"
# Every state, in the order a reviewer meets them; "received" is the state with no note.
# Marked for the screens, which show them through tr("Assessments", ...); the CLI prints them.
STATE_LABELS = {
    RECEIVED: tr_noop("Assessments", "Received"),
    RESUBMITTED: tr_noop("Assessments", "Resubmitted"),
    HAS_ISSUES: tr_noop("Assessments", "Has issues"),
    APPROVED: tr_noop("Assessments", "Approved"),
    REJECTED: tr_noop("Assessments", "Rejected"),
}
# A state inside a message ("Say why it is marked rejected"): a `Word` of the context
# "ReviewState", which the screens translate; lower case as a sentence has it.
STATES_IN_SENTENCE = (
    tr_noop("ReviewState", "received"),
    tr_noop("ReviewState", "resubmitted"),
    tr_noop("ReviewState", "has issues"),
    tr_noop("ReviewState", "approved"),
    tr_noop("ReviewState", "rejected"),
)
# States council staff give; a laptop only resubmits.
COUNCIL_STATES = (APPROVED, HAS_ISSUES, REJECTED)
# States that need a comment: the worker has to know what to fix, or why.
NEEDS_COMMENT = frozenset({HAS_ISSUES, REJECTED})
# Work that may be fixed and sent again.
TO_FIX = frozenset({HAS_ISSUES, REJECTED})
COMMENT_MAX_CHARS = 100_000
_CHUNK = 900
# How often a long bulk review reports progress and looks for a cancel.
_PROGRESS_EVERY = 50


def parse_state(text: str) -> str:
    """A state from what a person typed ("has-issues", "Has issues", "approved")."""
    key = text.strip().casefold().replace("-", "_").replace(" ", "_")
    if key not in STATE_LABELS:
        raise UserError(
            "Unknown review state {state}: choose one of {states}.",
            state=repr(text),
            states=", ".join(s.replace("_", "-") for s in STATE_LABELS),
        )
    return key


def state_label(state: str) -> str:
    return STATE_LABELS.get(state, state)


def state_in_sentence(state: str) -> Word:
    """ "has issues": the state's label as a message's value, shown in the app's language."""
    return Word(state_label(state).lower(), "ReviewState")


def default_reviewer(store: Store) -> str:
    """Who is reviewing: the name given at setup, else the computer's login name."""
    from desktop.services.setup import SetupService

    name = SetupService(store).worker_name().strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (a service account)
        return ""


def latest_states() -> Select:
    """(assessment_id, state, at) of each assessment's latest note that gives a state."""
    rank = (
        func.row_number()
        .over(
            partition_by=ReviewNote.assessment_id,
            order_by=(ReviewNote.at.desc(), ReviewNote.id.desc()),
        )
        .label("rank")
    )
    ranked = (
        select(ReviewNote.assessment_id, ReviewNote.state, ReviewNote.at, rank)
        .where(ReviewNote.state.is_not(None), ReviewNote.deleted_at.is_(None))
        .subquery("ranked_review_notes")
    )
    return select(ranked.c.assessment_id, ranked.c.state, ranked.c.at).where(ranked.c.rank == 1)


def approved_assessments() -> Select:
    """The ids of assessments whose review state is approved (the council's figures count
    only these unless asked to include the rest)."""
    latest = latest_states().subquery("latest_review_states")
    return select(latest.c.assessment_id).where(latest.c.state == APPROVED)


@dataclass(frozen=True)
class ReviewNoteInfo:
    """One entry of an assessment's review thread."""

    id: str
    assessment_id: str
    state: str | None  # None: a comment alone
    comment: str | None
    author: str | None
    at: datetime
    device_id: str
    device_name: str | None

    @property
    def state_label(self) -> str | None:
        return state_label(self.state) if self.state else None


@dataclass(frozen=True)
class ReviewItem:
    """A completed assessment with its review state, for the review list."""

    assessment_id: str
    organisation_id: str
    organisation_name: str
    kind: str
    started_at: datetime
    completed_at: datetime | None
    state: str
    state_at: datetime | None
    facilitator: str | None

    @property
    def state_label(self) -> str:
        return state_label(self.state)


class ReviewService:
    """Review states and comments of completed assessments."""

    def __init__(self, store: Store):
        self.store = store

    # -- reading ------------------------------------------------------------------------------

    def states(self, assessment_ids: Iterable[str] | None = None) -> dict[str, str]:
        """The review state of every assessment that has one (others are "received")."""
        query = latest_states()
        with self.store.session() as session:
            if assessment_ids is None:
                return {row[0]: row[1] for row in session.execute(query)}
            wanted = sorted(set(assessment_ids))
            found: dict[str, str] = {}
            latest = query.subquery()
            for start in range(0, len(wanted), _CHUNK):
                chunk = wanted[start : start + _CHUNK]
                rows = session.execute(
                    select(latest.c.assessment_id, latest.c.state).where(
                        latest.c.assessment_id.in_(chunk)
                    )
                )
                found.update({row[0]: row[1] for row in rows})
            return found

    def state_of(self, assessment_id: str) -> str:
        return self.states([assessment_id]).get(assessment_id, RECEIVED)

    def thread(self, assessment_id: str) -> list[ReviewNoteInfo]:
        """Every note of an assessment, oldest first."""
        with self.store.session() as session:
            names = {row[0]: row[1] for row in session.execute(select(Device.id, Device.name))}
            notes = session.scalars(
                select(ReviewNote)
                .where(ReviewNote.assessment_id == assessment_id, ReviewNote.deleted_at.is_(None))
                .order_by(ReviewNote.at, ReviewNote.id)
            ).all()
            return [
                ReviewNoteInfo(
                    id=note.id,
                    assessment_id=note.assessment_id,
                    state=note.state,
                    comment=note.comment,
                    author=note.author,
                    at=note.at,
                    device_id=note.device_id,
                    device_name=names.get(note.device_id),
                )
                for note in notes
            ]

    def issues(self, assessment_id: str) -> tuple[str, list[ReviewNoteInfo]] | None:
        """For work the council flagged (has issues, rejected): the state and the notes since
        it was last sent, oldest first, that the worker should read. None otherwise."""
        thread = self.thread(assessment_id)
        states = [note for note in thread if note.state]
        if not states or states[-1].state not in TO_FIX:
            return None
        last_sent = max(
            (i for i, note in enumerate(thread) if note.state == RESUBMITTED), default=-1
        )
        return states[-1].state or "", [
            note for note in thread[last_sent + 1 :] if note.comment or note.state
        ]

    def items(self, state: str | None = None) -> list[ReviewItem]:
        """Completed, live assessments with their review state, newest first; only those in
        `state` if given."""
        if state is not None:
            state = parse_state(state)
        latest = latest_states().subquery("latest_review_states")
        query = (
            select(
                Assessment.id,
                Assessment.organisation_id,
                Organisation.name,
                Assessment.kind,
                Assessment.started_at,
                Assessment.completed_at,
                latest.c.state,
                latest.c.at,
                Assessment.facilitator,
            )
            .join(Organisation, Organisation.id == Assessment.organisation_id)
            .outerjoin(latest, latest.c.assessment_id == Assessment.id)
            .where(Assessment.status == "completed", Assessment.deleted_at.is_(None))
            .order_by(Assessment.started_at.desc(), Assessment.id)
        )
        if state == RECEIVED:
            query = query.where(latest.c.state.is_(None))
        elif state is not None:
            query = query.where(latest.c.state == state)
        with self.store.session() as session:
            return [
                ReviewItem(
                    assessment_id=row[0],
                    organisation_id=row[1],
                    organisation_name=row[2],
                    kind=row[3],
                    started_at=row[4],
                    completed_at=row[5],
                    state=row[6] or RECEIVED,
                    state_at=row[7],
                    facilitator=row[8],
                )
                for row in session.execute(query)
            ]

    def counts(self) -> dict[str, int]:
        """How many completed assessments are in each state (every state listed)."""
        counts = dict.fromkeys(STATE_LABELS, 0)
        for item in self.items():
            counts[item.state] += 1
        return counts

    def resolve(self, wanted: str) -> str:
        """The full id of the assessment whose id is or starts with `wanted`."""
        wanted = wanted.strip()
        if not wanted:
            raise UserError("Name an assessment by its id (gapkit review list shows them).")
        with self.store.session() as session:
            matches = session.scalars(
                select(Assessment.id).where(Assessment.id.startswith(wanted, autoescape=True))
            ).all()
        if not matches:
            raise NotFound(
                "There is no assessment with the id {id}. See the ids with: gapkit review list",
                id=wanted,
            )
        if wanted in matches:
            return wanted
        if len(matches) > 1:
            raise UserError(
                "More than one assessment id starts with {start}; type more of it.", start=wanted
            )
        return matches[0]

    # -- writing ------------------------------------------------------------------------------

    def set_state(
        self,
        assessment_ids: Sequence[str],
        state: str,
        *,
        comment: str | None = None,
        author: str | None = None,
        progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> int:
        """Council staff mark completed assessments approved, has issues or rejected, all in one
        transaction (any unknown or unfinished assessment refuses the lot). Returns how many
        changed state; an assessment already in that state only gets the comment, if any.

        `progress(done, total)` is told as it goes; `should_cancel()` returning True stops it
        with Cancelled and nothing is changed (the transaction is rolled back)."""
        state = parse_state(state)
        if state not in COUNCIL_STATES:
            raise UserError(
                "Council staff mark work approved, has-issues or rejected; "
                "{state} is not something to set.",
                state=state_in_sentence(state),
            )
        self._require_council()
        comment = _clean_comment(comment)
        if state in NEEDS_COMMENT and not comment:
            raise UserError(
                "Say why it is marked {state}: the worker sees the comment "
                "on their laptop (--comment TEXT).",
                state=state_in_sentence(state),
            )
        ids = list(dict.fromkeys(assessment_ids))
        if not ids:
            raise UserError("Choose at least one assessment to review.")
        who = author if author is not None else default_reviewer(self.store)
        changed = 0
        with self.store.session() as session:
            writer = RecordWriter(session, self.store.device_id)
            current = _states_in(session, ids)
            # read in bulk: approving a few thousand at once stays a few queries
            found: dict[str, tuple[str, datetime | None]] = {}
            last_at: dict[str, datetime] = {}
            for start in range(0, len(ids), _CHUNK):
                chunk = ids[start : start + _CHUNK]
                for row in session.execute(
                    select(Assessment.id, Assessment.status, Assessment.deleted_at).where(
                        Assessment.id.in_(chunk)
                    )
                ):
                    found[row[0]] = (row[1], row[2])
                for note_of, latest in session.execute(
                    select(ReviewNote.assessment_id, func.max(ReviewNote.at))
                    .where(ReviewNote.assessment_id.in_(chunk))
                    .group_by(ReviewNote.assessment_id)
                ):
                    last_at[note_of] = latest

            def stop_if_cancelled() -> None:
                if should_cancel is not None and should_cancel():
                    raise Cancelled("Cancelled: nothing was marked (the review is all or nothing).")

            for done, assessment_id in enumerate(ids):
                if done % _PROGRESS_EVERY == 0:
                    stop_if_cancelled()
                    if progress is not None:
                        progress(done, len(ids))
                status, deleted_at = found.get(assessment_id, (None, None))
                if status is None or deleted_at is not None:
                    raise NotFound("There is no assessment with the id {id}.", id=assessment_id)
                if status != "completed":
                    raise UserError(
                        "The assessment {id} is not completed, so there is nothing to review yet.",
                        id=assessment_id[:8],
                    )
                old = current.get(assessment_id, RECEIVED)
                if old == state and not comment:
                    continue
                _write_note(
                    session,
                    writer,
                    assessment_id,
                    state=state if old != state else None,
                    comment=comment,
                    author=who,
                    after=last_at.get(assessment_id),
                    known=True,
                )
                if old != state:
                    writer.audit(
                        "assessments", assessment_id, "review_state", old, state, action="review"
                    )
                    changed += 1
            stop_if_cancelled()  # the last moment before the commit
            if progress is not None:
                progress(len(ids), len(ids))
        return changed

    def add_comment(self, assessment_id: str, comment: str, *, author: str | None = None) -> None:
        """A comment on the thread that leaves the state as it is (council or laptop)."""
        text = _clean_comment(comment)
        if not text:
            raise UserError("Write a comment first.")
        who = author if author is not None else default_reviewer(self.store)
        with self.store.session() as session:
            assessment = session.get(Assessment, assessment_id)
            if assessment is None or assessment.deleted_at is not None:
                raise NotFound("There is no assessment with the id {id}.", id=assessment_id)
            _write_note(
                session,
                RecordWriter(session, self.store.device_id),
                assessment_id,
                state=None,
                comment=text,
                author=who,
            )

    def _require_council(self) -> None:
        from desktop.services.settings import SettingKey, SettingsService

        if not SettingsService(self.store).get(SettingKey.COUNCIL_MODE, False):
            raise UserError(
                "Only council staff review work: this is a field laptop (council mode is off)."
            )


def _clean_comment(comment: str | None) -> str | None:
    text = (comment or "").strip()
    if "\x00" in text:
        raise UserError("The comment holds a NUL character; type it again.")
    if len(text) > COMMENT_MAX_CHARS:
        raise UserError("The comment is longer than {most:,} characters.", most=COMMENT_MAX_CHARS)
    return text or None


def _states_in(session: Session, ids: Sequence[str]) -> dict[str, str]:
    latest = latest_states().subquery()
    found: dict[str, str] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        rows = session.execute(
            select(latest.c.assessment_id, latest.c.state).where(latest.c.assessment_id.in_(chunk))
        )
        found.update({row[0]: row[1] for row in rows})
    return found


def _write_note(
    session: Session,
    writer: RecordWriter,
    assessment_id: str,
    *,
    state: str | None,
    comment: str | None,
    author: str | None,
    after: datetime | None = None,
    known: bool = False,
) -> ReviewNote:
    # A note always sorts after the thread's latest, even if this computer's clock is behind
    # the one that wrote it: the state is "the latest note's", so order must follow intent.
    # `after` is that latest time when the caller read it in bulk (`known`).
    last = (
        after
        if known
        else session.scalar(
            select(func.max(ReviewNote.at)).where(ReviewNote.assessment_id == assessment_id)
        )
    )
    moment = now_ms()
    if last is not None and moment <= last:
        moment = last + timedelta(milliseconds=1)
    return writer.create(
        ReviewNote,
        {
            "assessment_id": assessment_id,
            "state": state,
            "comment": comment,
            "author": (author or "")[:200] or None,
            "at": moment,
            "device_id": writer.device_id,
        },
        audit=False,
    )


def resubmit_if_flagged(
    session: Session, writer: RecordWriter, assessment_id: str, *, author: str | None = None
) -> bool:
    """Called when an assessment is completed: if the council had flagged it (has issues,
    rejected), note that it was fixed and sent again. Returns whether it did."""
    state = _states_in(session, [assessment_id]).get(assessment_id, RECEIVED)
    if state not in TO_FIX:
        return False
    _write_note(
        session,
        writer,
        assessment_id,
        state=RESUBMITTED,
        comment="Fixed and completed again.",
        author=author,
    )
    writer.audit("assessments", assessment_id, "review_state", state, RESUBMITTED, action="review")
    return True
