"""Last time's actions: at the start of a new assessment, the actions agreed at the
organisation's previous assessment are reviewed (done, in progress, dropped, each with a
note), and the results and the PDF show them as "since last time".

The earlier plan may have been agreed on a colleague's laptop: it reaches this laptop in a
field pack. A review is a record of its own (`action_reviews`), one per (new assessment,
earlier action), so the earlier plan, which may be another device's, is never edited.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFound, UserError
from desktop.store.db import Store
from desktop.store.models import ActionItem, ActionReview, Assessment
from desktop.store.records import RecordWriter

# What became of an earlier action, in the order the review offers them.
OUTCOMES = {"done": "Done", "doing": "In progress", "dropped": "Dropped"}

_REVIEW_NAMESPACE = uuid.UUID("2b9c4f3e-5d6a-4e21-8f0b-7c3d1a9e6b52")


def review_id(assessment_id: str, action_item_id: str) -> str:
    """The one id the review of an action at an assessment can have: saving twice updates
    one record."""
    return str(uuid.uuid5(_REVIEW_NAMESPACE, f"{assessment_id}/{action_item_id}"))


@dataclass(frozen=True)
class EarlierAction:
    """An action agreed at an earlier assessment, and what this assessment says of it."""

    action_item_id: str
    what: str
    who: str | None
    due_date: date | None
    status_then: str  # the plan's own status: todo | doing | done
    outcome: str | None  # done | doing | dropped, or None while not reviewed
    note: str | None

    @property
    def outcome_label(self) -> str:
        return OUTCOMES.get(self.outcome or "", "Not reviewed yet")


@dataclass(frozen=True)
class SinceLastTime:
    """The earlier plan reviewed at one assessment (empty when there was none)."""

    assessment_id: str
    earlier_assessment_id: str | None
    earlier_kind: str | None
    earlier_started_at: datetime | None
    earlier_facilitator: str | None
    actions: list[EarlierAction]

    @property
    def reviewed(self) -> int:
        return sum(1 for action in self.actions if action.outcome)

    @property
    def outstanding(self) -> int:
        return len(self.actions) - self.reviewed

    def counts(self) -> dict[str, int]:
        """How many actions ended in each outcome (every outcome listed, zero or not)."""
        return {
            outcome: sum(1 for action in self.actions if action.outcome == outcome)
            for outcome in OUTCOMES
        }


class ActionReviewService:
    """Reviewing the previous action plan at the start of a new assessment."""

    def __init__(self, store: Store):
        self.store = store

    def since_last_time(self, assessment_id: str) -> SinceLastTime:
        """The actions of the organisation's latest earlier completed assessment that had a
        plan (of either kind, from any laptop), each with this assessment's review of it.
        Reviews of actions no longer in that plan are listed too, so nothing recorded hides."""
        with self.store.session() as session:
            return read_since_last_time(session, self._assessment(session, assessment_id))

    def review(
        self, assessment_id: str, action_item_id: str, outcome: str | None, note: str | None = None
    ) -> EarlierAction:
        """Record what became of an earlier action (`outcome` None clears the review).
        Saved at once, in its own transaction, like an answer."""
        if outcome is not None and outcome not in OUTCOMES:
            raise UserError(
                "An action's outcome is one of: {outcomes}.", outcomes=", ".join(OUTCOMES.values())
            )
        clean_note = (note or "").strip() or None
        with self.store.session() as session:
            assessment = self._assessment(session, assessment_id)
            if assessment.status == "completed":
                raise UserError(
                    "This assessment is completed, so its review of last time's actions is "
                    "locked. Reopen it to make changes."
                )
            item = session.get(ActionItem, action_item_id)
            if item is None or item.organisation_id != assessment.organisation_id:
                raise NotFound("That action is not in an earlier plan of this organisation.")
            if item.assessment_id == assessment_id:
                raise UserError("An assessment reviews earlier plans, not its own.")
            writer = RecordWriter(session, self.store.device_id)
            record_id = review_id(assessment_id, action_item_id)
            review = session.get(ActionReview, record_id)
            if outcome is None:
                if review is not None and review.deleted_at is None:
                    writer.tombstone(review)
            elif review is None:
                review = writer.create(
                    ActionReview,
                    {
                        "assessment_id": assessment_id,
                        "action_item_id": action_item_id,
                        "organisation_id": assessment.organisation_id,
                        "outcome": outcome,
                        "note": clean_note,
                    },
                    record_id=record_id,
                    audit=False,
                )
            else:
                changes: dict[str, object] = {"outcome": outcome, "note": clean_note}
                if review.deleted_at is not None:
                    changes["deleted_at"] = None
                writer.update(review, changes, audit=False)
            cleared = outcome is None
            return EarlierAction(
                action_item_id=item.id,
                what=item.what,
                who=item.who,
                due_date=item.due_date,
                status_then=item.status,
                outcome=None if cleared else outcome,
                note=None if cleared else clean_note,
            )

    # -- internals -----------------------------------------------------------------------------

    @staticmethod
    def _assessment(session: Session, assessment_id: str) -> Assessment:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None or assessment.deleted_at is not None:
            raise NotFound("That assessment does not exist (it may have been deleted).")
        return assessment


def read_since_last_time(session: Session, assessment: Assessment) -> SinceLastTime:
    """`ActionReviewService.since_last_time` inside a transaction the caller holds (the
    results read it in their one snapshot)."""
    earlier = _earlier_with_plan(session, assessment)
    items: list[ActionItem] = []
    if earlier is not None:
        items = list(
            session.scalars(
                select(ActionItem)
                .where(ActionItem.assessment_id == earlier.id)
                .where(ActionItem.deleted_at.is_(None))
                .order_by(ActionItem.position, ActionItem.created_at)
            )
        )
    reviews = {
        review.action_item_id: review
        for review in session.scalars(
            select(ActionReview)
            .where(ActionReview.assessment_id == assessment.id)
            .where(ActionReview.deleted_at.is_(None))
        )
    }
    listed = {item.id for item in items}
    others = [key for key in reviews if key not in listed]
    if others:
        items += list(
            session.scalars(
                select(ActionItem).where(ActionItem.id.in_(others)).order_by(ActionItem.created_at)
            )
        )
    actions = [
        EarlierAction(
            action_item_id=item.id,
            what=item.what,
            who=item.who,
            due_date=item.due_date,
            status_then=item.status,
            outcome=reviews[item.id].outcome if item.id in reviews else None,
            note=reviews[item.id].note if item.id in reviews else None,
        )
        for item in items
    ]
    return SinceLastTime(
        assessment_id=assessment.id,
        earlier_assessment_id=earlier.id if earlier else None,
        earlier_kind=earlier.kind if earlier else None,
        earlier_started_at=earlier.started_at if earlier else None,
        earlier_facilitator=earlier.facilitator if earlier else None,
        actions=actions,
    )


def _earlier_with_plan(session: Session, assessment: Assessment) -> Assessment | None:
    has_plan = (
        select(ActionItem.id)
        .where(ActionItem.assessment_id == Assessment.id)
        .where(ActionItem.deleted_at.is_(None))
        .exists()
    )
    return session.scalars(
        select(Assessment)
        .where(Assessment.organisation_id == assessment.organisation_id)
        .where(Assessment.id != assessment.id)
        .where(Assessment.deleted_at.is_(None))
        .where(Assessment.status == "completed")
        .where(Assessment.started_at < assessment.started_at)
        .where(has_plan)
        .order_by(Assessment.started_at.desc(), Assessment.id)
        .limit(1)
    ).first()
