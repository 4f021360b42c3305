"""Council review of incoming work (issue 15): states, comment thread, audit, counting, and the
round trip to the laptop that did the work and back. Real data folders, real bundles on disk;
the council runs on SQLite and PostgreSQL (the `store` fixture)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from desktop.errors import UserError
from desktop.services import Services
from desktop.services.council.overview import OverviewQueries
from desktop.services.council.summary import CouncilQueries
from desktop.services.reviews import ReviewService
from desktop.services.sync.imports import ImportService
from desktop.store.db import Store
from desktop.store.models import AuditEvent, ReviewNote
from sync import open_bundle
from sync.authority import check_table
from tests.store.sync_helpers import Laptop, trust_council_file
from tests.sync.factories import DEVICE_A, review_note


@pytest.fixture
def laptop(tmp_path: Path):
    made = Laptop.make(tmp_path, "Field laptop 7")
    yield made
    made.close()


@pytest.fixture
def council(store: Store, tmp_path: Path) -> Services:
    services = Services(store)
    services.settings.set("council_mode", True)
    (tmp_path / "council.json").write_text(services.devices.info().to_json())
    return services


def _receive(council: Services, bundle: Path) -> None:
    summary = ImportService(council.store).import_bundle(bundle)
    assert summary.status == "merged", summary.message


def _completed_ids(services: Services) -> list[str]:
    return sorted(a.id for a in services.assessments.list_summaries(status="completed"))


def _a_changeable_answer(services: Services, assessment_id: str) -> tuple[str, Any]:
    """A statement answered with a level, and another level to change it to."""
    for question_id, value in services.assessments.answers(assessment_id).items():
        if isinstance(value, int) and not isinstance(value, bool):
            return question_id, (value % 4) + 1 if value != 4 else 3
    raise AssertionError("the demo assessment has no rated statement")


def _records(bundle: Path, table: str, signer: Services | Laptop) -> list[dict[str, Any]]:
    """A table of a bundle on disk, read back after checking its signature."""
    opened = open_bundle(bundle)
    opened.verify(
        signer.devices.info().public_key
        if isinstance(signer, Services)
        else signer.info().public_key
    )
    return opened.all_records()[table]


def _review_audit(store: Store, assessment_id: str) -> list[tuple[Any, Any, str]]:
    with store.session() as session:
        rows = session.execute(
            select(AuditEvent.old_value, AuditEvent.new_value, AuditEvent.device_id)
            .where(
                AuditEvent.entity_type == "assessments",
                AuditEvent.entity_id == assessment_id,
                AuditEvent.field == "review_state",
            )
            .order_by(AuditEvent.at)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def test_review_round_trip_through_real_bundles(
    council: Services, laptop: Laptop, tmp_path: Path
) -> None:
    # a laptop sends its completed work
    laptop.register(3, seed=11)
    laptop.assess(3, seed=11)
    council.trusted_devices.enrol(laptop.info())
    _receive(council, laptop.export(full=True))
    sent = _completed_ids(laptop.services)
    assert len(sent) == 3
    assert {i.assessment_id: i.state for i in council.reviews.items()} == dict.fromkeys(
        sent, "received"
    )

    # council staff flag one with a comment, and approve another
    flagged, approved_now, _left = sent
    changed = council.reviews.set_state(
        [flagged],
        "has-issues",
        comment="Finance section: the treasurer's answers are missing.",
        author="Priya (GAP team)",
    )
    assert changed == 1
    council.reviews.set_state([approved_now], "approved", author="Priya (GAP team)")
    assert council.reviews.state_of(flagged) == "has_issues"
    assert _review_audit(council.store, flagged) == [
        ("received", "has_issues", council.store.device_id)
    ]

    # the laptop's next pack carries the state and comment to it
    trust_council_file(laptop.store, tmp_path / "council.json")
    pack = council.packs.build_pack(tmp_path, device_id=laptop.device_id).path
    notes_in_pack = _records(pack, "review_notes", council)
    assert {n["assessment_id"] for n in notes_in_pack} == {flagged, approved_now}
    summary = ImportService(laptop.store).import_pack(pack)
    assert summary.status == "merged", summary.message
    on_laptop = laptop.services.reviews
    assert on_laptop.state_of(flagged) == "has_issues"
    (note,) = on_laptop.thread(flagged)
    assert note.comment == "Finance section: the treasurer's answers are missing."
    assert note.author == "Priya (GAP team)" and note.device_id == council.store.device_id
    assert on_laptop.state_of(approved_now) == "approved"

    # the worker reopens it, fixes it and completes it again: "resubmitted"
    question_id, new_value = _a_changeable_answer(laptop.services, flagged)
    laptop.services.assessments.reopen(flagged)
    laptop.services.assessments.record_answer(flagged, question_id, new_value)
    laptop.services.assessments.complete(flagged, allow_unanswered_required=True)
    assert on_laptop.state_of(flagged) == "resubmitted"
    bundle = laptop.export()
    carried = _records(bundle, "review_notes", laptop)
    assert [(n["assessment_id"], n["state"]) for n in carried] == [(flagged, "resubmitted")]

    # the council sees it resubmitted, with the fix, and approves it
    _receive(council, bundle)
    assert council.reviews.state_of(flagged) == "resubmitted"
    assert council.assessments.answers(flagged)[question_id] == new_value
    assert [n.state for n in council.reviews.thread(flagged)] == ["has_issues", "resubmitted"]
    assert [i.assessment_id for i in council.reviews.items(state="resubmitted")] == [flagged]
    council.reviews.set_state([flagged], "approved", comment="Thanks, all there now.")
    assert council.reviews.state_of(flagged) == "approved"
    assert [(old, new) for old, new, _device in _review_audit(council.store, flagged)] == [
        ("received", "has_issues"),
        ("has_issues", "resubmitted"),
        ("resubmitted", "approved"),
    ]
    # the resubmission was audited on the laptop, and its audit event reached the council
    assert _review_audit(council.store, flagged)[1][2] == laptop.device_id


def test_review_rules(council: Services, laptop: Laptop) -> None:
    laptop.register(2, seed=3)
    laptop.assess(2, seed=3)
    council.trusted_devices.enrol(laptop.info())
    _receive(council, laptop.export(full=True))
    first, second = _completed_ids(council)
    reviews = council.reviews

    with pytest.raises(UserError, match="Say why"):
        reviews.set_state([first], "has-issues")
    with pytest.raises(UserError, match="Say why"):
        reviews.set_state([first], "rejected", comment="   ")
    with pytest.raises(UserError, match="not something to set"):
        reviews.set_state([first], "resubmitted")
    with pytest.raises(UserError, match="Unknown review state"):
        reviews.set_state([first], "fine")
    # all or nothing: one unknown id refuses the lot
    with pytest.raises(UserError):
        reviews.set_state([first, "no-such-assessment"], "approved")
    assert reviews.states() == {}

    # bulk approval; approving again changes nothing and writes nothing
    assert reviews.set_state([first, second], "approved") == 2
    assert reviews.set_state([first, second], "approved") == 0
    assert len(reviews.thread(first)) == 1
    # a comment alone joins the thread without changing the state
    reviews.add_comment(first, "Lovely notes from the session.")
    assert reviews.state_of(first) == "approved" and len(reviews.thread(first)) == 2
    assert sorted(i.assessment_id for i in reviews.items(state="approved")) == [first, second]
    assert reviews.items(state="received") == []

    # a draft has nothing to review; a field laptop reviews nothing
    draft = laptop.services.assessments.list_summaries()[0].id
    laptop.services.assessments.reopen(draft)
    with pytest.raises(UserError, match="council staff"):
        ReviewService(laptop.store).set_state([draft], "approved")


def test_a_laptop_can_not_approve_its_own_work() -> None:
    """A laptop's bundle may resubmit or comment; approving is the council's (authority)."""
    import random

    rng = random.Random(4)
    for state, refused in (("approved", True), ("rejected", True), ("resubmitted", False)):
        note = review_note(rng, "a-1", state=state)
        outcome = check_table("review_notes", [note], {}, DEVICE_A)
        assert bool(outcome.problems) is refused, state
        # a field pack (the council relaying) may carry any state
        assert check_table("review_notes", [note], {}, "council", relay=True).problems == []
    # notes never change once held
    note = review_note(rng, "a-1", state=None, comment="first")
    changed = dict(note, comment="rewritten")
    problems = check_table("review_notes", [changed], {note["id"]: note}, DEVICE_A).problems
    assert problems and "never changes" in problems[0].what


_APPROVED_SQL = text(
    """
    SELECT count(*) FROM assessment_scores s
    JOIN organisations o ON o.id = s.organisation_id
    WHERE o.deleted_at IS NULL
      AND (SELECT n.state FROM review_notes n
           WHERE n.assessment_id = s.assessment_id AND n.state IS NOT NULL
           ORDER BY n.at DESC, n.id DESC LIMIT 1) = 'approved'
    """
)
_ALL_SQL = text(
    "SELECT count(*) FROM assessment_scores s JOIN organisations o "
    "ON o.id = s.organisation_id WHERE o.deleted_at IS NULL"
)


def _sql_count(store: Store, query: Any) -> int:
    with store.session() as session:
        return int(session.scalar(query) or 0)


def test_council_figures_count_only_approved_work_unless_asked(
    council: Services, laptop: Laptop
) -> None:
    laptop.register(6, seed=21)
    laptop.assess(8, seed=21)
    council.trusted_devices.enrol(laptop.info())
    _receive(council, laptop.export(full=True))
    ids = _completed_ids(council)
    assert len(ids) >= 6

    def figures(approved_only: bool) -> tuple[int, int, int]:
        summary = CouncilQueries(council.store, approved_only=approved_only).summary()
        overview = OverviewQueries(council.store, approved_only=approved_only).overview()
        return summary.assessments_in_range, overview.assessed_count, summary.not_counted

    # nothing approved yet: nothing counts by default, everything with the switch
    assert figures(True) == (0, 0, len(ids))
    everything = figures(False)
    assert everything[0] == _sql_count(council.store, _ALL_SQL) == len(ids)

    council.reviews.set_state(ids[:3], "approved")
    council.reviews.set_state([ids[3]], "has-issues", comment="Venue missing")
    council.reviews.set_state([ids[4]], "rejected", comment="Wrong organisation")
    in_range, assessed, not_counted = figures(True)
    assert in_range == _sql_count(council.store, _APPROVED_SQL) == 3
    assert not_counted == len(ids) - 3
    assert 1 <= assessed <= 3
    assert figures(False) == everything

    # approving one more moves the figures by exactly one; flagging it again takes it out
    council.reviews.set_state([ids[3]], "approved")
    assert figures(True)[0] == _sql_count(council.store, _APPROVED_SQL) == 4
    council.reviews.set_state([ids[0]], "has-issues", comment="Second look: dates wrong")
    assert figures(True)[0] == _sql_count(council.store, _APPROVED_SQL) == 3
    with council.store.session() as session:
        assert (
            session.scalar(
                select(ReviewNote.state)
                .where(ReviewNote.assessment_id == ids[0])
                .order_by(ReviewNote.at.desc())
                .limit(1)
            )
            == "has_issues"
        )


def test_flagged_work_is_kept_and_notes_on_forgotten_work_do_not_block_a_pack(
    council: Services, laptop: Laptop, tmp_path: Path
) -> None:
    """Privacy lets a laptop forget completed work the council confirmed receiving: work
    sent back with issues is never forgotten, forgetting takes the work's review notes with
    it, and a later note on forgotten work is left out of the pack's import, not a refusal."""
    from desktop.services.sync.pack_import import ConfirmedWorkService

    laptop.register(2, seed=31)
    laptop.assess(2, seed=31)
    council.trusted_devices.enrol(laptop.info())
    _receive(council, laptop.export(full=True))
    flagged, approved = _completed_ids(council)
    council.reviews.set_state([flagged], "has-issues", comment="Dates are wrong")
    council.reviews.set_state([approved], "approved")
    trust_council_file(laptop.store, tmp_path / "council.json")
    first = ImportService(laptop.store).import_pack(
        council.packs.build_pack(tmp_path, device_id=laptop.device_id).path
    )
    assert first.status == "merged", first.message

    confirmed = ConfirmedWorkService(laptop.store)
    assert [w.assessment_id for w in confirmed.confirmed_work()] == [approved]
    with pytest.raises(UserError):
        confirmed.forget([flagged])
    assert confirmed.forget([approved]) == 1
    with laptop.store.session() as session:
        assert session.scalars(select(ReviewNote.assessment_id)).all() == [flagged]

    council.reviews.add_comment(approved, "Thanks: used in the March figures.")
    council.reviews.add_comment(flagged, "Ring me if the dates are unclear.")
    pack = council.packs.build_pack(tmp_path, device_id=laptop.device_id).path
    assert {n["assessment_id"] for n in _records(pack, "review_notes", council)} == {
        flagged,
        approved,
    }
    second = ImportService(laptop.store).import_pack(pack)
    assert second.status == "merged", second.message
    assert [n.comment for n in laptop.services.reviews.thread(flagged)] == [
        "Dates are wrong",
        "Ring me if the dates are unclear.",
    ]
    assert laptop.services.reviews.thread(approved) == []


def test_bulk_review_reports_progress_and_a_cancel_marks_nothing(
    council: Services, laptop: Laptop
) -> None:
    from desktop.errors import Cancelled

    laptop.register(3, seed=8)
    laptop.assess(3, seed=8)
    council.trusted_devices.enrol(laptop.info())
    _receive(council, laptop.export(full=True))
    ids = _completed_ids(council)
    told: list[tuple[int, int]] = []

    def cancel_after_start() -> bool:
        return bool(told)  # the first report has gone out: now cancel

    with pytest.raises(Cancelled, match="nothing was marked"):
        council.reviews.set_state(
            ids,
            "approved",
            progress=lambda done, total: told.append((done, total)),
            should_cancel=cancel_after_start,
        )
    assert told == [(0, len(ids))]
    assert council.reviews.states() == {}  # rolled back: all or nothing

    told.clear()
    changed = council.reviews.set_state(
        ids, "approved", progress=lambda done, total: told.append((done, total))
    )
    assert changed == len(ids)
    assert told[0] == (0, len(ids)) and told[-1] == (len(ids), len(ids))
    assert [done for done, _total in told] == sorted(done for done, _total in told)
