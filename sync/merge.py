"""The merge rule, as pure functions on record dicts (docs/bundle-format.md, "Merging").

Per field, the edit with the later change stamp wins, ties broken by device id, then by the
stamp of the value it replaced, then by the value's canonical JSON. That is a total order, and
a merge keeps the maximum of every field under it, so merging is commutative, associative and
idempotent: any set of bundles, imported in any order, any number of times, ends in the same
record. Record bookkeeping follows suit: `created_at` is the earliest seen, `modified_at` and
`modified_by` the latest, `rev` the highest. A tombstone (`deleted_at` set) is an edit of the
field `deleted_at`, so it wins over older edits and loses to newer ones (a later restore).

A conflict is two edits of one field that replaced the same value (identical `prev` stamps)
with different values: both devices changed it from the same starting point. The winner is
still taken; the conflict is reported so council staff can confirm or reverse it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import orjson

from sync.records import BOOKKEEPING_FIELDS
from sync.stamps import DEFAULT_STAMP_KEY, field_stamp

Outcome = Literal["added", "updated", "unchanged"]
StampDict = Mapping[str, Any]

_BOOKKEEPING = frozenset(BOOKKEEPING_FIELDS) | {"_stamps"}
_NO_STAMP_KEY = ("", "", "", "")
_EQUAL_ONLY_TO_ITSELF = frozenset({str, type(None)})  # by ==, among JSON values


@dataclass(frozen=True)
class FieldConflict:
    """Two devices changed `field` of one record from the same starting value."""

    record_id: str
    field: str
    winner_value: Any
    winner_stamp: StampDict
    loser_value: Any
    loser_stamp: StampDict
    incoming_won: bool

    @property
    def winner_at(self) -> str:
        return str(self.winner_stamp["at"])

    @property
    def winner_device(self) -> str:
        return str(self.winner_stamp["by"])

    @property
    def loser_at(self) -> str:
        return str(self.loser_stamp["at"])

    @property
    def loser_device(self) -> str:
        return str(self.loser_stamp["by"])


@dataclass(frozen=True)
class RecordMerge:
    """The result of merging one incoming record into what the council holds."""

    record: dict[str, Any]
    outcome: Outcome
    changed_fields: tuple[str, ...] = ()
    conflicts: tuple[FieldConflict, ...] = field(default=())


def effective_stamp(record: Mapping[str, Any], field_name: str) -> StampDict | None:
    """The stamp of a field: its own entry in `_stamps`, else the creation stamp `"*"`."""
    stamp: StampDict | None = field_stamp(record.get("_stamps") or {}, field_name)
    return stamp


def stamp_key(stamp: StampDict | None) -> tuple[str, str, str, str]:
    """Sort key of a stamp: time, then device id, then the stamp it replaced. No stamp is least."""
    if not stamp:
        return _NO_STAMP_KEY
    return (stamp["at"], stamp["by"], stamp.get("prev_at") or "", stamp.get("prev_by") or "")


def canonical_json(value: Any) -> str:
    """One text per JSON value, so equal values compare equal and ties break the same way."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def same_value(a: Any, b: Any) -> bool:
    """Equal as JSON (so 1, 1.0 and true are three different values)."""
    if a is b:
        return True
    if type(a) is not type(b) or a != b:
        return False
    if isinstance(a, (list, dict)):
        return canonical_json(a) == canonical_json(b)
    return True


def _json_text(value: list[Any] | dict[str, Any]) -> bytes:
    """One text per nested JSON value, fast (orjson), for telling equal values apart."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
    except TypeError:  # what orjson can't write (an integer beyond 64 bits)
        return canonical_json(value).encode()


def same_record(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Whether two record dicts hold the same JSON, field for field and type for type: as
    `same_value`, 1, 1.0 and true differ, where Python's `==` finds them equal (so a held 1
    meeting an incoming true under the same stamps is a change, decided by the merge rule;
    the SQLite import's set-wise `identical` compares the same way)."""
    if a is b:
        return True
    if a != b:
        return False
    # Equal by ==: only numbers, flags and what holds them can still differ as JSON (a text
    # equals only a text, None only None). Stamps hold only texts (sync.records checks them).
    for name, value in a.items():
        kind = type(value)
        if kind in _EQUAL_ONLY_TO_ITSELF:
            continue
        other = b[name]
        if kind is not type(other):
            return False
        nested = kind is list or kind is dict
        if nested and name != "_stamps" and _json_text(value) != _json_text(other):
            return False
    return True


def _incoming_wins(
    current_stamp: StampDict | None,
    current_value: Any,
    incoming_stamp: StampDict | None,
    incoming_value: Any,
) -> bool | None:
    """True if the incoming edit wins, False if the current one does, None if they're the same."""
    current_key = stamp_key(current_stamp)
    incoming_key = stamp_key(incoming_stamp)
    if incoming_key != current_key:
        return incoming_key > current_key
    if same_value(current_value, incoming_value):
        return None
    return canonical_json(incoming_value) > canonical_json(current_value)


def _is_conflict(
    current_stamp: StampDict | None,
    incoming_stamp: StampDict | None,
    current_value: Any,
    incoming_value: Any,
) -> bool:
    if not current_stamp or not incoming_stamp:
        return False
    if (current_stamp["at"], current_stamp["by"]) == (incoming_stamp["at"], incoming_stamp["by"]):
        return False
    same_start = (current_stamp.get("prev_at"), current_stamp.get("prev_by")) == (
        incoming_stamp.get("prev_at"),
        incoming_stamp.get("prev_by"),
    )
    return same_start and not same_value(current_value, incoming_value)


def content_fields(record: Mapping[str, Any]) -> list[str]:
    """The fields of a record dict that carry stamps (everything but bookkeeping)."""
    return [name for name in record if name not in _BOOKKEEPING]


def merge_record(current: Mapping[str, Any] | None, incoming: Mapping[str, Any]) -> RecordMerge:
    """Merge `incoming` (from a bundle) into `current` (what is held, or None if nothing).

    Returns the merged record dict (with merged `_stamps`), whether it was added, updated or
    unchanged, which fields' values changed, and the conflicts seen. The dicts given are not
    modified. Conflicts are reported every time both edits meet, so importing a bundle twice
    reports the same conflict twice: store them under a unique (record, field, winner stamp,
    loser stamp) key.
    """
    if current is None:
        return RecordMerge(dict(incoming), "added", tuple(content_fields(incoming)))
    if current.get("id") != incoming.get("id"):
        raise ValueError(f"cannot merge record {incoming.get('id')} into {current.get('id')}")
    if same_record(current, incoming):
        return RecordMerge(dict(current), "unchanged")

    merged: dict[str, Any] = dict(current)
    for name in incoming:
        merged.setdefault(name, incoming[name])
    current_stamps: Mapping[str, Any] = current.get("_stamps") or {}
    incoming_stamps: Mapping[str, Any] = incoming.get("_stamps") or {}
    current_default = current_stamps.get(DEFAULT_STAMP_KEY)
    incoming_default = incoming_stamps.get(DEFAULT_STAMP_KEY)
    merged_default = (
        incoming_default
        if stamp_key(incoming_default) > stamp_key(current_default)
        else current_default
    )
    stamps: dict[str, Any] = {DEFAULT_STAMP_KEY: dict(merged_default)} if merged_default else {}
    changed: list[str] = []
    conflicts: list[FieldConflict] = []
    record_id = str(current.get("id"))

    for name in content_fields(merged):
        current_value = current.get(name)
        incoming_value = incoming.get(name)
        current_stamp = current_stamps.get(name) or current_default
        incoming_stamp = incoming_stamps.get(name) or incoming_default
        incoming_won = _incoming_wins(current_stamp, current_value, incoming_stamp, incoming_value)
        if incoming_won:
            merged[name] = incoming_value
            winner_stamp = incoming_stamp
            if name not in current or not same_value(current_value, incoming_value):
                changed.append(name)
        else:
            merged[name] = current_value
            winner_stamp = current_stamp
        if winner_stamp and winner_stamp != merged_default:
            stamps[name] = dict(winner_stamp)
        if incoming_won is not None and _is_conflict(
            current_stamp, incoming_stamp, current_value, incoming_value
        ):
            assert current_stamp is not None and incoming_stamp is not None
            if incoming_won:
                conflict = FieldConflict(
                    record_id,
                    name,
                    incoming_value,
                    incoming_stamp,
                    current_value,
                    current_stamp,
                    True,
                )
            else:
                conflict = FieldConflict(
                    record_id,
                    name,
                    current_value,
                    current_stamp,
                    incoming_value,
                    incoming_stamp,
                    False,
                )
            conflicts.append(conflict)

    merged["_stamps"] = stamps
    _merge_bookkeeping(merged, current, incoming)
    outcome: Outcome = "unchanged" if same_record(merged, current) else "updated"
    return RecordMerge(merged, outcome, tuple(changed), tuple(conflicts))


def _merge_bookkeeping(
    merged: dict[str, Any], current: Mapping[str, Any], incoming: Mapping[str, Any]
) -> None:
    if "created_at" in incoming and "created_at" in current:
        merged["created_at"] = min(current["created_at"], incoming["created_at"])
    if "modified_at" in incoming and "modified_at" in current:
        latest = max(
            (current["modified_at"], current.get("modified_by") or ""),
            (incoming["modified_at"], incoming.get("modified_by") or ""),
        )
        merged["modified_at"], merged["modified_by"] = latest
    if "rev" in incoming and "rev" in current:
        merged["rev"] = max(current["rev"], incoming["rev"])


def missing_sequence_numbers(seen: Iterable[int]) -> list[int]:
    """Bundle numbers of one device not yet seen, below the highest seen (numbering starts at 1).

    `[1, 2, 5]` -> `[3, 4]`: bundles 3 and 4 were written but never imported. A bundle after the
    highest seen can't be known about until it arrives. For lists that may be long, use
    `missing_sequence_ranges`.
    """
    return [n for first, last in missing_sequence_ranges(seen) for n in range(first, last + 1)]


def missing_sequence_ranges(seen: Iterable[int]) -> list[tuple[int, int]]:
    """The missing bundle numbers as (first, last) runs: `[1, 2, 5, 9]` -> `[(3, 4), (6, 8)]`.

    Works on the numbers seen only (sorted once), never on the range below the highest, so a
    huge bundle number costs nothing.
    """
    numbers = sorted({n for n in seen if n >= 1})
    runs: list[tuple[int, int]] = []
    expected = 1
    for number in numbers:
        if number > expected:
            runs.append((expected, number - 1))
        expected = number + 1
    return runs


def describe_ranges(runs: Iterable[tuple[int, int]]) -> str:
    """`[(3, 4), (6, 6)]` -> "3-4, 6"."""
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in runs)
