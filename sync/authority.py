"""Who may say what in a bundle: the authority rules (docs/bundle-format.md, "Authority").

A signature proves which device sent a bundle, not that the device may write everything in
it. These rules, checked on the whole of a table at once against what the receiver holds,
decide that:

1. **Stamps name the sender.** Every change stamp and `modified_by` names the sending device,
   except a stamp the receiver already holds for that field with the same value (carried
   unchanged), or one older than what it holds (it can change nothing).
2. **Creation can't be claimed.** A record the receiver holds, created by another device,
   can't get a new creation stamp (`"*"`) from the sender, nor an edit stamp that says it
   replaced nothing (`prev_at` empty): a real edit always replaces the value before it.
3. **Form snapshots are immutable and keyed by their content:** `sha256` is the hash of the
   definition, and a snapshot the receiver holds can't come back with another body.
4. **Audit events and review notes are append-only:** one the receiver holds can't change; a
   new one names the sending device. A laptop's review note can only resubmit or comment:
   approving, flagging and rejecting work are the council's. The one change a held review
   note takes is an erasure at a person's request, and only one that really erases
   (`sync.erasure.is_erasure_of`, checked where erasures arrive: desktop/services/privacy.py).
5. **References are consistent:** a record never moves to another parent (an assessment to
   another organisation, an answer to another assessment), an answer's participant belongs to
   the answer's assessment, and an action's organisation is its assessment's.
6. **Tombstones of another device's records are held for review:** the deletion is not
   applied but reported as a conflict, so council staff decide.

For a field pack (council to laptop) the council relays other devices' edits: rules 1, 2 and
the sender part of 4 don't apply (`relay=True`); the others do.

Everything here is pure: the caller loads what it holds (as record dicts, the bundle's form)
and passes lookups for the cross-table references.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter, methodcaller
from typing import Any

from sync.merge import FieldConflict, effective_stamp, same_value, stamp_key
from sync.records import BOOKKEEPING_FIELDS, DEFAULT_STAMP_KEY, TABLES

Record = Mapping[str, Any]
# (table, ids, field) -> {id: value of field} for the ids found (bundle first, then the store).
Lookup = Callable[[str, Iterable[str], str], Mapping[str, Any]]

_CONTENT_SKIP = frozenset(BOOKKEEPING_FIELDS) | {"_stamps"}
# Tables whose ids follow from their content (the form; assessment + question + participant),
# so two devices can each create the same record: rule 2 does not apply to them.
DERIVED_ID_TABLES = frozenset({"form_snapshots", "responses"})
# Reference fields that fix a record's parent: they never change once the record exists.
PARENT_FIELDS: dict[str, tuple[str, ...]] = {
    "assessments": ("organisation_id", "form_snapshot_id"),
    "participants": ("assessment_id",),
    "responses": ("assessment_id", "question_id", "participant_id"),
    "action_items": ("assessment_id", "organisation_id"),
    "action_reviews": ("assessment_id", "action_item_id", "organisation_id"),
    "review_notes": ("assessment_id",),
    "audit_events": ("entity_type", "entity_id"),
}
# Append-only tables: a record the receiver holds never changes, and a new one names the
# device that wrote it (`device_id`), which must be the sender's unless relayed.
APPEND_ONLY_TABLES = frozenset({"audit_events", "review_notes"})
# Review states a laptop may give its own work; approving, flagging and rejecting are the
# council's (it sends those in field packs, which relay).
LAPTOP_REVIEW_STATES = frozenset({None, "resubmitted"})


@dataclass(frozen=True)
class AuthorityProblem:
    """A record the sender may not write: the bundle is refused with this."""

    table: str
    record_id: str
    what: str


@dataclass(frozen=True)
class TableAuthority:
    """The outcome for one table: problems (any refuses the bundle), the records to merge
    (tombstones held back replaced by what the receiver holds) and the conflicts those make."""

    problems: list[AuthorityProblem]
    records: list[dict[str, Any]]
    held_tombstones: list[FieldConflict]


def form_definition_digest(definition: Any) -> str:
    """The SHA-256 a form snapshot is keyed by: of its definition as canonical JSON."""
    canonical = json.dumps(definition, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def creator_of(record: Record) -> str | None:
    """The device that created a record: the one its creation stamp names."""
    stamps = record.get("_stamps") or {}
    stamp = stamps.get(DEFAULT_STAMP_KEY)
    if stamp:
        return str(stamp["by"])
    oldest = min(stamps.values(), key=stamp_key, default=None)
    return str(oldest["by"]) if oldest else None


def _content(record: Record) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in _CONTENT_SKIP}


def check_table(
    table: str,
    incoming: Sequence[dict[str, Any]],
    held: Mapping[str, Record],
    sender: str,
    *,
    relay: bool = False,
) -> TableAuthority:
    """Apply the rules to one table's incoming records against the receiver's `held` ones
    (by id; only ids also in `incoming` matter). Cross-table references: `check_references`."""
    problems: list[AuthorityProblem] = []

    def refuse(record: Record, what: str) -> None:
        problems.append(AuthorityProblem(table, str(record["id"]), what))

    if held:
        known = [r for r in incoming if r["id"] in held]
        new = [r for r in incoming if r["id"] not in held]
    else:  # nothing held here (a first import): every record is new
        known, new = [], list(incoming)

    if not relay:
        _check_sender_stamps(incoming, held, sender, refuse)
        if table not in DERIVED_ID_TABLES:
            _check_creation_claims(incoming, held, sender, refuse)

    parents = PARENT_FIELDS.get(table, ())
    if parents:
        moved = {
            (r["id"], name)
            for r in known
            if held[r["id"]] is not r  # a record held exactly as it comes is its held one
            for name in parents
            if not same_value(r[name], held[r["id"]][name])
            and not _moved_to_new_form_version(table, name, r, held[r["id"]])
        }
        for record_id, name in sorted(moved):
            record = next(r for r in known if r["id"] == record_id)
            refuse(
                record,
                f"{name} changes from {held[record_id][name]} to {record[name]}; a record never "
                "moves to another parent",
            )

    if table == "form_snapshots":
        for record in incoming:
            if form_definition_digest(record["definition"]) != record["sha256"]:
                refuse(record, "sha256 is not the hash of the form definition it carries")
        for record in known:
            if _content(record) != _content(held[record["id"]]):
                refuse(
                    record,
                    "a form snapshot never changes, but this one comes with a different body",
                )
    if table in APPEND_ONLY_TABLES:
        what = "an audit event" if table == "audit_events" else "a review note"
        for record in known:
            if not same_value(_content(record), _content(held[record["id"]])):
                refuse(record, f"{what} never changes, but this one was rewritten")
        if not relay:
            for record in new:
                if record["device_id"] != sender:
                    refuse(
                        record,
                        f"a new {what.removeprefix('an ').removeprefix('a ')} names device "
                        f"{record['device_id']}, not the device that sent it",
                    )
    if table == "review_notes" and not relay:
        # Only new notes: one already held here is the council's own carried back unchanged
        # (a laptop's full export holds the notes its packs brought; checked above).
        for record in new:
            if record["state"] not in LAPTOP_REVIEW_STATES:
                refuse(
                    record,
                    f"a laptop can't mark work {record['state']}: only council staff review it",
                )

    records, tombstones = _hold_foreign_tombstones(incoming, held, sender)
    return TableAuthority(problems, records, tombstones)


def _moved_to_new_form_version(table: str, name: str, record: Record, current: Record) -> bool:
    """The one parent that may change: a draft moved to a new version of its form points at
    that version's snapshot (same form, same kind; the move happens while it is a draft)."""
    return (
        table == "assessments"
        and name == "form_snapshot_id"
        and current.get("status") == "draft"
        and record.get("form_id") == current.get("form_id")
        and record.get("kind") == current.get("kind")
    )


def _check_sender_stamps(
    incoming: Sequence[Record],
    held: Mapping[str, Record],
    sender: str,
    refuse: Callable[[Record, str], None],
) -> None:
    """Rule 1. One pass finds the records carrying any other device's stamp (few, usually
    none); only their fields are compared, each with the stamp the receiver holds for it."""
    if _all_by(incoming, sender):
        return  # the usual bundle: every stamp and modified_by names the sender
    foreign = [
        record
        for record in incoming
        if record["modified_by"] != sender
        or any(stamp["by"] != sender for stamp in record["_stamps"].values())
    ]
    for record in foreign:
        current = held.get(record["id"])
        if current is None:
            by = next((s["by"] for s in record["_stamps"].values() if s["by"] != sender), None)
            refuse(
                record,
                f"it carries changes stamped by device {by}, not by the device that sent it, "
                "and this record is not held here"
                if by
                else f"modified_by names device {record['modified_by']}, not the device that "
                "sent the bundle",
            )
            continue
        problem = _foreign_field_problem(record, current, sender)
        if problem:
            refuse(record, problem)
            continue
        if record["modified_by"] != sender and (
            record["modified_at"],
            record["modified_by"],
        ) > (current["modified_at"], current["modified_by"] or ""):
            refuse(
                record,
                f"modified_by names device {record['modified_by']}, not the device that sent "
                "the bundle",
            )


def _all_by(incoming: Sequence[Record], sender: str) -> bool:
    """Whether every record's modified_by and every one of its stamps name `sender` (the
    values gathered in C, not a Python test per record and stamp)."""
    if not set(map(itemgetter("modified_by"), incoming)) <= {sender}:
        return False
    stamps = chain.from_iterable(map(methodcaller("values"), map(itemgetter("_stamps"), incoming)))
    return set(map(itemgetter("by"), stamps)) <= {sender}


def _foreign_field_problem(record: Record, current: Record, sender: str) -> str | None:
    """Each field whose stamp names another device must carry what is held (same stamp, same
    value) or something older than it (which the merge then ignores)."""
    for name in record:
        if name in _CONTENT_SKIP:
            continue
        stamp = effective_stamp(record, name)
        if not stamp or stamp["by"] == sender:
            continue
        held_stamp = effective_stamp(current, name)
        if not held_stamp:
            return f"the change stamp of {name} names device {stamp['by']}, not the sender"
        if stamp_key(stamp) < stamp_key(held_stamp):
            continue
        if dict(stamp) != dict(held_stamp):
            return (
                f"the change stamp of {name} names device {stamp['by']}, not the device that "
                "sent the bundle, and is not the stamp held here"
            )
        if not same_value(record.get(name), current.get(name)):
            return f"{name} carries the stamp of device {stamp['by']} but not its value"
    return None


def _check_creation_claims(
    incoming: Sequence[Record],
    held: Mapping[str, Record],
    sender: str,
    refuse: Callable[[Record, str], None],
) -> None:
    """Rule 2: only the creation stamp replaces nothing; and it can't be re-claimed."""
    for record in _claimable(incoming, held):
        current = held.get(record["id"])
        for key, stamp in record["_stamps"].items():
            if stamp["by"] != sender:
                continue
            if key == DEFAULT_STAMP_KEY:
                if current is not None and creator_of(current) not in (sender, None):
                    refuse(
                        record,
                        "claims to have created a record another device created (a new "
                        "creation stamp)",
                    )
            elif not stamp.get("prev_at"):
                refuse(
                    record,
                    f"the change stamp of {key} says it replaced nothing, but only a record's "
                    "creation does (an edit always replaces the value before it)",
                )


def _deletes(incoming: Sequence[Record]) -> bool:
    """Whether any record comes deleted (its deleted_at set), looked at in C."""
    return not set(map(methodcaller("get", "deleted_at"), incoming)) <= {None}


def _claimable(incoming: Sequence[Record], held: Mapping[str, Record]) -> Sequence[Record]:
    """The records rule 2 can refuse: all of them, or, when they carry creation stamps alone
    (the usual new records, keys gathered in C), only those held here, in the same order."""
    keys = set(chain.from_iterable(map(itemgetter("_stamps"), incoming)))
    if keys <= {DEFAULT_STAMP_KEY}:
        return [record for record in incoming if record["id"] in held]
    return incoming


def _hold_foreign_tombstones(
    incoming: Sequence[dict[str, Any]], held: Mapping[str, Record], sender: str
) -> tuple[list[dict[str, Any]], list[FieldConflict]]:
    """Rule 6: the sender's deletion of a record another device created never takes effect
    here by itself. What is held stays (value and stamp); if the record is live, the deletion
    becomes a conflict for staff. Done whichever the order of bundles, so merging stays
    order-independent."""
    if not held or not _deletes(incoming):
        # Nothing held here (the usual first import), or no deletion: nothing to hold back.
        return list(incoming), []
    records: list[dict[str, Any]] = []
    conflicts: list[FieldConflict] = []
    for record in incoming:
        current = held.get(record["id"])
        if current is None or record.get("deleted_at") is None:
            records.append(record)  # nothing held, or no deletion
            continue
        incoming_stamp = effective_stamp(record, "deleted_at")
        held_stamp = effective_stamp(current, "deleted_at")
        if (
            not incoming_stamp
            or not held_stamp
            or incoming_stamp["by"] != sender
            or creator_of(current) in (sender, None)
            or stamp_key(incoming_stamp) <= stamp_key(held_stamp)
        ):
            records.append(record)
            continue
        # The deletion is taken out of the record as if it had never been made: the field
        # falls back to its creation stamp (a record is created live), and the bookkeeping to
        # the sender's latest remaining change. This depends on the incoming record alone, so
        # the merge stays commutative whatever the order bundles arrive in.
        kept = dict(record)
        kept["deleted_at"] = None
        stamps = {k: v for k, v in record["_stamps"].items() if k != "deleted_at"}
        kept["_stamps"] = stamps
        latest = max(stamps.values(), key=stamp_key, default=None)
        if latest is not None:
            kept["modified_at"], kept["modified_by"] = latest["at"], latest["by"]
        kept["rev"] = max(1, int(record["rev"]) - 1)
        records.append(kept)
        if current.get("deleted_at") is None:
            conflicts.append(
                FieldConflict(
                    str(record["id"]),
                    "deleted_at",
                    None,
                    held_stamp,
                    record["deleted_at"],
                    incoming_stamp,
                    False,
                )
            )
    return records, conflicts


def check_references(
    records: Mapping[str, Sequence[Record]], lookup: Lookup
) -> list[AuthorityProblem]:
    """Rule 5 across tables: answers' participants and actions' organisations agree with
    their assessment. `lookup` finds parents in the bundle or the receiver's store."""
    problems: list[AuthorityProblem] = []
    responses = [r for r in records.get("responses", ()) if r["participant_id"] is not None]
    if responses:
        owner = lookup("participants", {r["participant_id"] for r in responses}, "assessment_id")
        for record in responses:
            found = owner.get(record["participant_id"])
            if found is not None and found != record["assessment_id"]:
                problems.append(
                    AuthorityProblem(
                        "responses",
                        str(record["id"]),
                        f"participant_id {record['participant_id']} belongs to assessment "
                        f"{found}, not to this answer's assessment {record['assessment_id']}",
                    )
                )
    actions = records.get("action_items", ())
    if actions:
        organisation_of = lookup(
            "assessments", {r["assessment_id"] for r in actions}, "organisation_id"
        )
        for record in actions:
            found = organisation_of.get(record["assessment_id"])
            if found is not None and found != record["organisation_id"]:
                problems.append(
                    AuthorityProblem(
                        "action_items",
                        str(record["id"]),
                        f"organisation_id {record['organisation_id']} is not the organisation "
                        f"of its assessment ({found})",
                    )
                )
    return problems


__all__ = [
    "PARENT_FIELDS",
    "TABLES",
    "AuthorityProblem",
    "TableAuthority",
    "check_references",
    "check_table",
    "creator_of",
    "form_definition_digest",
]
