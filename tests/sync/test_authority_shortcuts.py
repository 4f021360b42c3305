"""The authority rules' shortcuts for the usual chunk decide exactly what the record-by-record
rules decide: the same problems (same order, same words), records and held-back deletions."""

from __future__ import annotations

from typing import Any
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

import sync.authority as authority
from sync.authority import check_table

SENDER = "dev-a"
DEVICES = [SENDER, "dev-b", "dev-c"]
TIMES = [f"2026-01-0{day}T09:00:00.000Z" for day in range(1, 6)]
IDS = [f"rec-{n}" for n in range(6)]

times = st.sampled_from(TIMES)
devices = st.sampled_from(DEVICES)


@st.composite
def stamps(draw: Any, by: Any = devices) -> dict[str, Any]:
    replaced = draw(st.booleans())
    return {
        "at": draw(times),
        "by": draw(by),
        "prev_at": draw(times) if replaced else None,
        "prev_by": draw(devices) if replaced else None,
    }


@st.composite
def records(draw: Any, record_id: str) -> dict[str, Any]:
    """A third of them the usual new record (created by the sender, one creation stamp), a
    third deleted by the sender (created by any device), the rest anything."""
    kind = draw(st.sampled_from(["usual", "deleting", "any"]))
    usual = kind == "usual"
    if usual:
        fields: dict[str, Any] = {"*": draw(stamps(by=st.just(SENDER)))}
    elif kind == "deleting":
        fields = {"*": draw(stamps()), "deleted_at": draw(stamps(by=st.just(SENDER)))}
    else:
        fields = {}
        if draw(st.booleans()):
            fields["*"] = draw(stamps())
        for name in draw(st.sets(st.sampled_from(["name", "notes", "deleted_at"]))):
            fields[name] = draw(stamps())
    return {
        "id": record_id,
        "created_at": TIMES[0],
        "modified_at": draw(times),
        "modified_by": SENDER if usual else draw(devices),
        "rev": draw(st.integers(1, 3)),
        "deleted_at": None
        if usual
        else draw(times)
        if kind == "deleting"
        else draw(st.none() | times),
        "_stamps": fields,
        "name": draw(st.sampled_from(["Hall", "Club"])),
        "notes": draw(st.none() | st.just("note")),
        "assessment_id": draw(st.sampled_from(["assessment-1", "assessment-2"])),
    }


@st.composite
def chunks(draw: Any) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    incoming_ids = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=6))
    held_ids = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=6))
    incoming = [draw(records(i)) for i in incoming_ids]
    held = {i: draw(records(i)) for i in held_ids}
    return incoming, held


def _outcome(table: str, incoming: Any, held: Any, relay: bool) -> tuple[Any, ...]:
    result = check_table(table, incoming, held, SENDER, relay=relay)
    return result.problems, result.records, result.held_tombstones


@settings(max_examples=200, deadline=None)
@given(
    chunk=chunks(), table=st.sampled_from(["organisations", "participants"]), relay=st.booleans()
)
def test_the_shortcuts_decide_as_the_rules_do_record_by_record(
    chunk: tuple[list[dict[str, Any]], dict[str, dict[str, Any]]], table: str, relay: bool
) -> None:
    incoming, held = chunk
    with_shortcuts = _outcome(table, incoming, held, relay)
    with (
        mock.patch.object(authority, "_all_by", lambda _incoming, _sender: False),
        mock.patch.object(authority, "_claimable", lambda incoming, _held: incoming),
        mock.patch.object(authority, "_deletes", lambda _incoming: True),
    ):
        record_by_record = _outcome(table, incoming, held, relay)
    assert with_shortcuts == record_by_record


def test_the_usual_chunk_takes_the_shortcuts() -> None:
    new = {
        "id": "rec-1",
        "modified_by": SENDER,
        "_stamps": {"*": {"at": TIMES[0], "by": SENDER, "prev_at": None, "prev_by": None}},
    }
    held_elsewhere = dict(new, id="rec-2")
    assert authority._all_by([new], SENDER)
    assert not authority._all_by([dict(new, modified_by="dev-b")], SENDER)
    assert authority._claimable([new, held_elsewhere], {"rec-2": held_elsewhere}) == [
        held_elsewhere
    ]
    edited = dict(new, _stamps={**new["_stamps"], "name": new["_stamps"]["*"]})
    assert authority._claimable([edited], {}) == [edited]
    assert not authority._deletes([new, dict(new, deleted_at=None)])
    assert authority._deletes([new, dict(new, deleted_at=TIMES[1])])
