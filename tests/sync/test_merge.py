"""The merge rule: later stamp wins per field, convergence in any order, and conflicts."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sync.merge import effective_stamp, merge_record, missing_sequence_numbers
from tests.sync.factories import ts

DEVICE_A = "aaaaaaaa-0000-4000-8000-000000000001"
DEVICE_B = "bbbbbbbb-0000-4000-8000-000000000002"
DEVICE_C = "cccccccc-0000-4000-8000-000000000003"
COUNCIL = "00000000-0000-4000-8000-0000000000cc"


def base_record(at: str = ts(0), by: str = DEVICE_A) -> dict[str, Any]:
    return {
        "id": "p-1",
        "created_at": at,
        "modified_at": at,
        "modified_by": by,
        "rev": 1,
        "deleted_at": None,
        "assessment_id": "a-1",
        "label": "P1",
        "role": "trustee",
        "position": 0,
        "_stamps": {"*": {"at": at, "by": by, "prev_at": None, "prev_by": None}},
    }


def edit(record: dict[str, Any], field: str, value: Any, at: str, by: str) -> dict[str, Any]:
    """What a device's RecordWriter does: new value, new stamp pointing at the replaced one."""
    result = copy.deepcopy(record)
    previous = effective_stamp(record, field)
    result[field] = value
    result["_stamps"][field] = {
        "at": at,
        "by": by,
        "prev_at": previous["at"] if previous else None,
        "prev_by": previous["by"] if previous else None,
    }
    result["modified_at"] = max(result["modified_at"], at)
    result["modified_by"] = by
    result["rev"] += 1
    return result


def test_new_record_is_added_as_it_came() -> None:
    incoming = base_record()
    result = merge_record(None, incoming)
    assert result.outcome == "added"
    assert result.record == incoming
    assert "label" in result.changed_fields
    assert result.conflicts == ()


def test_same_record_twice_changes_nothing() -> None:
    record = edit(base_record(), "label", "P9", ts(5), DEVICE_B)
    result = merge_record(record, copy.deepcopy(record))
    assert (result.outcome, result.changed_fields, result.conflicts) == ("unchanged", (), ())


def test_later_edit_wins_and_its_stamp_comes_along() -> None:
    current = base_record()
    incoming = edit(current, "label", "P2", ts(5), DEVICE_B)
    result = merge_record(current, incoming)
    assert result.outcome == "updated"
    assert result.changed_fields == ("label",)
    assert result.record["label"] == "P2"
    assert result.record["_stamps"]["label"]["by"] == DEVICE_B
    assert (result.record["modified_at"], result.record["modified_by"], result.record["rev"]) == (
        ts(5),
        DEVICE_B,
        2,
    )
    assert result.conflicts == ()  # a fast-forward: B changed exactly what the council holds


def test_older_edit_loses_and_changes_nothing() -> None:
    base = base_record()
    newer = edit(base, "label", "P2", ts(9), DEVICE_B)
    older = edit(base, "role", "staff", ts(3), DEVICE_A)
    older = edit(older, "role", "volunteer", ts(4), DEVICE_A)
    merged = merge_record(newer, older).record
    assert merged["label"] == "P2"  # the older bundle didn't touch label's newer value
    assert merged["role"] == "volunteer"  # and its role edit is newer than anything held
    again = merge_record(merged, older)
    assert again.outcome == "unchanged"


def test_same_time_ties_are_broken_by_device_id() -> None:
    base = base_record()
    from_a = edit(base, "label", "A's", ts(5), DEVICE_A)
    from_b = edit(base, "label", "B's", ts(5), DEVICE_B)
    assert merge_record(from_a, from_b).record["label"] == "B's"
    assert merge_record(from_b, from_a).record["label"] == "B's"


def test_unchanged_fields_keep_the_creation_stamp_and_stamps_stay_compact() -> None:
    base = base_record()
    merged = merge_record(base, edit(base, "position", 3, ts(2), DEVICE_B)).record
    assert set(merged["_stamps"]) == {"*", "position"}


def test_deletion_wins_over_older_edits_and_loses_to_a_later_restore() -> None:
    base = base_record()
    deleted = edit(base, "deleted_at", ts(10), ts(10), DEVICE_A)
    older_edit = edit(base, "label", "P5", ts(8), DEVICE_B)
    merged = merge_record(deleted, older_edit).record
    assert merged["deleted_at"] == ts(10)
    assert merged["label"] == "P5"  # the edit still lands on the (deleted) record's field
    restored = edit(deleted, "deleted_at", None, ts(12), COUNCIL)
    assert merge_record(merged, restored).record["deleted_at"] is None
    assert merge_record(restored, deleted).record["deleted_at"] is None


def test_erasure_wins_over_an_older_edit_of_the_same_field() -> None:
    base = base_record()
    erased = edit(base, "label", "[erased]", ts(20), COUNCIL)
    stale = edit(base, "label", "Jane", ts(15), DEVICE_B)
    for first, second in ((erased, stale), (stale, erased)):
        assert merge_record(first, second).record["label"] == "[erased]"


def test_two_devices_changing_the_same_value_is_a_conflict_whatever_the_order() -> None:
    base = base_record()
    from_a = edit(base, "role", "staff", ts(5), DEVICE_A)
    from_b = edit(base, "role", "member", ts(7), DEVICE_B)
    one = merge_record(from_a, from_b)
    other = merge_record(from_b, from_a)
    assert one.record == other.record
    assert one.record["role"] == "member"
    for result in (one, other):
        (conflict,) = result.conflicts
        assert (conflict.field, conflict.winner_value, conflict.loser_value) == (
            "role",
            "member",
            "staff",
        )
        assert (conflict.winner_device, conflict.winner_at) == (DEVICE_B, ts(7))
        assert (conflict.loser_device, conflict.loser_at) == (DEVICE_A, ts(5))
    assert one.conflicts[0].incoming_won and not other.conflicts[0].incoming_won


def test_both_devices_setting_the_same_value_is_not_a_conflict() -> None:
    base = base_record()
    result = merge_record(
        edit(base, "role", "staff", ts(5), DEVICE_A), edit(base, "role", "staff", ts(7), DEVICE_B)
    )
    assert result.conflicts == ()
    assert result.record["_stamps"]["role"]["by"] == DEVICE_B


def test_two_devices_creating_the_same_answer_conflict_on_different_values() -> None:
    # Response ids are derived from (assessment, question, participant), so two laptops can
    # create "the same" record independently: both started from nothing.
    from_a = base_record(ts(1), DEVICE_A) | {"label": "P1"}
    from_b = base_record(ts(2), DEVICE_B) | {"label": "P2"}
    result = merge_record(from_a, from_b)
    assert [c.field for c in result.conflicts] == ["label"]
    assert result.record["label"] == "P2"
    assert result.record["created_at"] == ts(1)


def test_records_with_different_ids_are_not_merged() -> None:
    with pytest.raises(ValueError):
        merge_record(base_record(), base_record() | {"id": "p-2"})


@pytest.mark.parametrize(
    ("seen", "missing"),
    [([], []), ([1, 2, 3], []), ([1, 2, 5], [3, 4]), ([3], [1, 2]), ([2, 2, 1, 4, 4], [3])],
)
def test_missing_sequence_numbers(seen: list[int], missing: list[int]) -> None:
    assert missing_sequence_numbers(seen) == missing


# -- properties -------------------------------------------------------------------------------

DEVICES = [DEVICE_A, DEVICE_B, DEVICE_C, COUNCIL]
FIELDS = ["label", "role", "position", "deleted_at"]
VALUES = {
    "label": st.sampled_from(["P1", "P2", "P3", "Pat"]),
    "role": st.sampled_from(["trustee", "staff", "member"]),
    "position": st.integers(0, 3),
    "deleted_at": st.sampled_from([None, ts(30)]),
}

operation = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 3), st.sampled_from(FIELDS), st.data()),
    st.tuples(st.just("sync"), st.integers(0, 3), st.integers(0, 3), st.none()),
    st.tuples(st.just("export"), st.integers(0, 3), st.none(), st.none()),
)


def simulate(operations: list[tuple[Any, ...]], skews: list[int]) -> list[dict[str, Any]]:
    """Devices editing their own copies, sometimes receiving each other's; returns the bundles.

    Each device's clock is skewed (ties across devices happen), but never runs backwards.
    """
    replicas = [base_record() for _ in DEVICES]
    last_tick = [0] * len(DEVICES)
    bundles: list[dict[str, Any]] = []
    for tick, (kind, device, arg, data) in enumerate(operations, start=1):
        if kind == "edit":
            value = data.draw(VALUES[arg])
            last_tick[device] = max(last_tick[device] + 1, tick + skews[device])
            replicas[device] = edit(
                replicas[device], arg, value, ts(last_tick[device]), DEVICES[device]
            )
        elif kind == "sync":
            replicas[arg] = merge_record(replicas[arg], replicas[device]).record
        else:
            bundles.append(copy.deepcopy(replicas[device]))
    bundles.extend(copy.deepcopy(r) for r in replicas)
    return bundles


def fold(
    bundles: list[dict[str, Any]], start: dict[str, Any] | None = None
) -> dict[str, Any] | None:
    held = start
    for bundle in bundles:
        held = merge_record(held, bundle).record
    return held


@settings(max_examples=300, deadline=None)
@given(
    operations=st.lists(operation, max_size=25),
    skews=st.lists(st.integers(-3, 3), min_size=4, max_size=4),
    data=st.data(),
)
def test_bundles_converge_in_any_order_with_duplicates(
    operations: list, skews: list[int], data: st.DataObject
) -> None:
    bundles = simulate(operations, skews)
    reference = fold(bundles)
    shuffled = data.draw(st.permutations(bundles))
    repeated = data.draw(st.lists(st.sampled_from(bundles), max_size=5))
    assert fold(shuffled + repeated) == reference
    # importing any bundle again changes nothing
    for bundle in bundles:
        assert merge_record(reference, bundle).outcome == "unchanged"


@settings(max_examples=200, deadline=None)
@given(
    operations=st.lists(operation, max_size=20),
    skews=st.lists(st.integers(-3, 3), min_size=4, max_size=4),
)
def test_merging_never_changes_its_inputs(operations: list, skews: list[int]) -> None:
    bundles = simulate(operations, skews)
    before = copy.deepcopy(bundles)
    fold(bundles)
    assert bundles == before


@settings(max_examples=200, deadline=None)
@given(
    times=st.lists(st.integers(1, 5), min_size=2, max_size=4),
    values=st.lists(
        st.sampled_from(["trustee", "staff", "member", "volunteer"]),
        min_size=4,
        max_size=4,
        unique=True,
    ),
    data=st.data(),
)
def test_concurrent_edits_from_one_starting_point_report_every_loser_once_in_any_order(
    times: list[int], values: list[str], data: st.DataObject
) -> None:
    base = base_record()
    siblings = [edit(base, "role", values[i], ts(t), DEVICES[i]) for i, t in enumerate(times)]
    order = data.draw(st.permutations(siblings))
    held = base
    losers: list[tuple[str, str]] = []
    for sibling in order:
        result = merge_record(held, sibling)
        held = result.record
        losers.extend((c.loser_device, c.loser_at) for c in result.conflicts)
    winner = max(siblings, key=lambda r: (r["_stamps"]["role"]["at"], r["_stamps"]["role"]["by"]))
    assert held["role"] == winner["role"]
    expected = {
        (s["_stamps"]["role"]["by"], s["_stamps"]["role"]["at"])
        for s in siblings
        if s is not winner
    }
    assert sorted(losers) == sorted(expected)


@settings(max_examples=200, deadline=None)
@given(t_a=st.integers(1, 5), t_b=st.integers(1, 5), data=st.data())
def test_conflict_between_two_edits_is_the_same_in_either_order(
    t_a: int, t_b: int, data: st.DataObject
) -> None:
    base = base_record()
    field = data.draw(st.sampled_from(FIELDS))
    value_a = data.draw(VALUES[field])
    value_b = data.draw(VALUES[field])
    from_a = edit(base, field, value_a, ts(t_a), DEVICE_A)
    from_b = edit(base, field, value_b, ts(t_b), DEVICE_B)

    def pairs(result: Any) -> set[tuple[str, str, str, str]]:
        return {
            (c.winner_device, c.winner_at, c.loser_device, c.loser_at) for c in result.conflicts
        }

    forward = merge_record(merge_record(base, from_a).record, from_b)
    backward = merge_record(merge_record(base, from_b).record, from_a)
    assert pairs(forward) == pairs(backward)
    assert bool(forward.conflicts) == (value_a != value_b or type(value_a) is not type(value_b))


def test_identical_stamps_with_different_values_still_merge_the_same_in_either_order() -> None:
    # Never made by a working device (its clock never repeats), but a restored backup could.
    base = base_record()
    one = edit(base, "label", "P1 restored", ts(5), DEVICE_A)
    other = edit(base, "label", "P1 again", ts(5), DEVICE_A)
    assert merge_record(one, other).record == merge_record(other, one).record


def test_an_erasure_only_erases() -> None:
    """sync.erasure.is_erasure_of: what erasing (part of) a value may leave, and nothing else."""
    from sync.erasure import is_erasure_of, marker

    day = "2026-12-01"
    held = "Ask Amira Haddad for the minutes."
    assert is_erasure_of(
        held, "Ask [erased on 2026-12-01] for the minutes.", "review_notes", "comment", day
    )
    assert is_erasure_of(
        held, "[erased on 2026-12-01] the minutes.", "review_notes", "comment", day
    )
    assert is_erasure_of(held, None, "review_notes", "comment", day)
    assert is_erasure_of("Amira Haddad", marker(day), "review_notes", "author", day)
    # other text, a marker of another day, a marker standing for nothing, added text
    assert not is_erasure_of(held, "Approved.", "review_notes", "comment", day)
    assert not is_erasure_of(
        held, "Ask [erased on 2026-11-30] for the minutes.", "review_notes", "comment", day
    )
    assert not is_erasure_of(
        held,
        "Ask Amira Haddad[erased on 2026-12-01] for the minutes.",
        "review_notes",
        "comment",
        day,
    )
    assert not is_erasure_of(
        held, "Ask [erased on 2026-12-01] for the minutes. Approve.", "review_notes", "comment", day
    )
    assert not is_erasure_of("Amira Haddad", "Someone else", "review_notes", "author", day)


# -- values of different JSON types under the same stamps -------------------------------------

# Equal to each other by Python's ==, different as JSON.
LOOSELY_EQUAL = [1, 1.0, True, 0, 0.0, False, [1], [True], [1.0], {"n": 1}, {"n": True}]


def _same_stamps_with(value: Any, **changes: Any) -> dict[str, Any]:
    """The base record as a restored backup could hold it: `position` replaced, no new stamp."""
    record = base_record()
    record["position"] = value
    record.update(changes)
    return record


def assert_same_json(a: dict[str, Any] | None, b: dict[str, Any] | None) -> None:
    assert json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


def test_a_held_1_meeting_true_under_the_same_stamps_is_a_change() -> None:
    held, incoming = _same_stamps_with(1), _same_stamps_with(True)
    assert held == incoming  # as Python compares them
    result = merge_record(held, incoming)
    # The tie is broken by canonical JSON: "true" > "1".
    assert (result.outcome, result.changed_fields) == ("updated", ("position",))
    assert result.record["position"] is True
    assert merge_record(result.record, held).outcome == "unchanged"


def test_a_merge_keeping_bookkeeping_but_changing_a_type_is_an_update() -> None:
    # Not equal as wholes (the incoming one is an older revision), so the merge runs; what it
    # makes equals the held record by == but holds true where it held 1.
    held = _same_stamps_with(1, rev=3)
    incoming = _same_stamps_with(True, rev=2)
    result = merge_record(held, incoming)
    assert result.outcome == "updated"
    assert result.record["position"] is True and result.record["rev"] == 3


@settings(max_examples=300, deadline=None)
@given(values=st.lists(st.sampled_from(LOOSELY_EQUAL), min_size=2, max_size=4), data=st.data())
def test_values_of_different_types_under_the_same_stamps_converge_in_any_order(
    values: list[Any], data: st.DataObject
) -> None:
    copies = [_same_stamps_with(value) for value in values]
    reference = fold(copies)
    assert_same_json(fold(data.draw(st.permutations(copies))), reference)
    assert reference is not None
    for record in copies:
        again = merge_record(reference, record)
        assert again.outcome == "unchanged"
        assert_same_json(again.record, reference)


def test_same_record_tells_json_types_apart() -> None:
    from sync.merge import same_record

    record = _same_stamps_with(1)
    assert same_record(record, copy.deepcopy(record))
    for other in (1.0, True, [1]):
        assert not same_record(record, _same_stamps_with(other))
    nested = _same_stamps_with([1, {"a": 1}])
    assert same_record(nested, copy.deepcopy(nested))
    assert not same_record(nested, _same_stamps_with([1, {"a": 1.0}]))
    assert not same_record(_same_stamps_with(2**70), _same_stamps_with(float(2**70)))
    assert same_record(_same_stamps_with([2**70]), _same_stamps_with([2**70]))
