"""Last time's actions: a plan agreed on a colleague's laptop reaches this laptop in a field
pack, is reviewed at the start of the next assessment, and the review reaches the council.

Real data folders, real bundles and packs on disk.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.errors import NotFound, UserError
from desktop.services import Services
from desktop.services.action_reviews import OUTCOMES
from desktop.store.models import ActionReview
from desktop.store.records import now_ms
from tests.store.sync_helpers import Council, Laptop, trust_council


def completed_with_plan(services: Services, organisation_id: str, actions: list[str]) -> str:
    """A completed health check of the organisation, with `actions` as its plan."""
    detail = services.assessments.start(
        organisation_id,
        "health_check",
        consent_given=True,
        facilitator="Sam (colleague)",
        started_at=now_ms() - timedelta(days=200),
    )
    for number, what in enumerate(actions):
        services.assessments.add_action(
            detail.id, what, who="Treasurer", due_date=date(2026, 3, 1 + number)
        )
    services.assessments.complete(detail.id, allow_unanswered_required=True)
    return detail.id


@pytest.fixture
def council(tmp_path: Path):
    made = Council(tmp_path)
    yield made
    made.close()


@pytest.fixture
def laptop(tmp_path: Path):
    made = Laptop.make(tmp_path, "Field laptop 1")
    yield made
    made.close()


@pytest.fixture
def colleague(tmp_path: Path):
    made = Laptop.make(tmp_path, "Field laptop 2")
    yield made
    made.close()


def test_a_colleagues_plan_arrives_in_a_pack_is_reviewed_and_the_review_reaches_the_council(
    laptop: Laptop, colleague: Laptop, council: Council
) -> None:
    (org,) = colleague.register(1, seed=21)
    plan = ["Write a reserves policy", "Recruit a second signatory", "Book safeguarding training"]
    earlier = completed_with_plan(colleague.services, org, plan)
    council.enrol(colleague)
    council.receive(colleague.export(full=True))
    trust_council(laptop, council)
    summary = laptop.services.imports.import_pack(council.pack(device_id=laptop.device_id))
    assert summary.status == "merged", summary.message

    new = laptop.services.assessments.start(org, "health_check", consent_given=True)
    since = laptop.services.action_reviews.since_last_time(new.id)
    assert since.earlier_assessment_id == earlier
    assert since.earlier_facilitator == "Sam (colleague)"
    assert [a.what for a in since.actions] == plan
    assert since.reviewed == 0 and since.outstanding == 3

    first, second, third = (a.action_item_id for a in since.actions)
    reviews = laptop.services.action_reviews
    reviews.review(new.id, first, "done", "Adopted at the AGM")
    reviews.review(new.id, second, "doing", "  One found, one to go  ")
    reviews.review(new.id, second, "doing", "One found, one to go")  # saved twice: one record
    reviews.review(new.id, third, "dropped")
    since = reviews.since_last_time(new.id)
    assert [(a.outcome, a.note) for a in since.actions] == [
        ("done", "Adopted at the AGM"),
        ("doing", "One found, one to go"),
        ("dropped", None),
    ]
    assert since.counts() == {"done": 1, "doing": 1, "dropped": 1}
    with laptop.store.session() as session:
        assert session.scalar(select(func.count()).select_from(ActionReview)) == 3
    # the earlier plan, the colleague's records, is not edited by the review
    assert laptop.services.exports.pending_counts(include_drafts=True)["action_items"] == 0

    laptop.services.assessments.complete(new.id, allow_unanswered_required=True)
    council.enrol(laptop)
    council.receive(laptop.export())
    at_council = council.services.action_reviews.since_last_time(new.id)
    assert [(a.what, a.outcome, a.note) for a in at_council.actions] == [
        (a.what, a.outcome, a.note) for a in since.actions
    ]


def test_a_review_can_be_changed_and_cleared_while_a_draft_and_is_locked_once_completed(
    laptop: Laptop,
) -> None:
    (org,) = laptop.register(1, seed=22)
    completed_with_plan(laptop.services, org, ["Open a bank account"])
    new = laptop.services.assessments.start(org, "health_check", consent_given=True)
    reviews = laptop.services.action_reviews
    (action,) = reviews.since_last_time(new.id).actions
    reviews.review(new.id, action.action_item_id, "doing", "Forms sent")
    reviews.review(new.id, action.action_item_id, None)
    assert reviews.since_last_time(new.id).actions[0].outcome is None
    reviews.review(new.id, action.action_item_id, "done", "Account open")
    assert reviews.since_last_time(new.id).actions[0].outcome == "done"

    with pytest.raises(UserError, match="outcome is one of"):
        reviews.review(new.id, action.action_item_id, "finished")
    laptop.services.assessments.complete(new.id, allow_unanswered_required=True)
    with pytest.raises(UserError, match="locked"):
        reviews.review(new.id, action.action_item_id, "dropped")
    assert reviews.since_last_time(new.id).actions[0].outcome == "done"


def test_only_earlier_completed_plans_of_the_same_organisation_are_reviewed(
    laptop: Laptop,
) -> None:
    first_org, other_org = laptop.register(2, seed=23)
    new = laptop.services.assessments.start(first_org, "health_check", consent_given=True)
    # no earlier plan: nothing to review
    assert laptop.services.action_reviews.since_last_time(new.id).actions == []

    other_plan = completed_with_plan(laptop.services, other_org, ["Not this group's action"])
    draft = laptop.services.assessments.start(
        first_org, "health_check", consent_given=True, started_at=now_ms() - timedelta(days=9)
    )
    laptop.services.assessments.add_action(draft.id, "A draft's action")
    since = laptop.services.action_reviews.since_last_time(new.id)
    assert since.actions == [] and since.earlier_assessment_id is None

    other_action = laptop.services.assessments.actions(other_plan)[0].id
    with pytest.raises(NotFound):
        laptop.services.action_reviews.review(new.id, other_action, "done")
    own = laptop.services.assessments.add_action(new.id, "This session's action")
    with pytest.raises(UserError, match="not its own"):
        laptop.services.action_reviews.review(new.id, own.id, "done")
    assert set(OUTCOMES) == {"done", "doing", "dropped"}
