"""Erasure at a person's request, as pure rules on record dicts (docs/privacy.md).

An erasure is written as two things that travel in bundles and packs like any other change:

* a **stamped edit** of each erased field (the field's value becomes the erased value: a
  marker text, or nothing), so the merge rule keeps it over every older value;
* an **erase event** per field: an audit event with `action: "erase"`, the erased field, no
  old value and the erased value as the new one. It tells every installation that receives it
  which audit history to scrub.

Older copies of the erased values can still arrive (a bundle exported before the erasure and
imported after it). `apply_to_records` rewrites them on the way in: an erased field whose
stamp is not newer than the erasure takes the erased value, and an audit event about that
field from before the erasure has its old and new values replaced by the marker. So an old
bundle merges without bringing anything back, and an audit event the receiver holds (already
scrubbed) and the same one arriving from the old bundle compare equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any

ERASE_ACTION = "erase"
# An erased value found only in the audit history (the record now holds someone else's):
# the history is scrubbed, the record is not touched.
ERASE_HISTORY_ACTION = "erase-history"
ERASED_PREFIX = "erased on "


def marker(day: str) -> str:
    """What is left where personal data was erased; `day` is YYYY-MM-DD."""
    return f"erased on {day} at the person's request"


def short_marker(day: str) -> str:
    """The marker for short fields (a participant's label holds 40 characters)."""
    return f"erased {day}"


def is_erased_text(value: Any) -> bool:
    return isinstance(value, str) and (
        value.startswith(ERASED_PREFIX) or value.startswith("erased 2") or "[erased on " in value
    )


# The personal fields of each synced table and what each holds:
#   name / email / phone: identify a person (matched against a subject's details);
#   about: describes the person (role, language, consent) and goes with their contact;
#   label: a participant's label (often initials or a first name);
#   free: free text that may mention a person by name.
PERSONAL_FIELDS: dict[str, dict[str, str]] = {
    "organisations": {
        "contact_name": "name",
        "contact_email": "email",
        "contact_phone": "phone",
        "contact_role": "about",
        "contact_language": "about",
        "consent_date": "about",
        "consent_how": "about",
        "consent_covers": "about",
        "notes": "free",
    },
    "assessments": {"facilitator": "name", "venue": "free", "notes": "free"},
    "participants": {"label": "label"},
    "responses": {"note": "free", "value": "free"},
    "action_items": {"who": "name", "what": "free", "support_offer": "free"},
    "action_reviews": {"note": "free"},
    # written by council staff (and "resubmitted" notes by laptops): who, and what they said
    "review_notes": {"author": "name", "comment": "free"},
}
# Tables whose records never change once written (sync/authority.py, rule 4): an erasure is
# the one change they take, and only from a device whose erasure really erases (see
# `is_erasure_of`), so it can't be used to rewrite what someone else wrote.
ERASE_ONLY_TABLES = frozenset({"review_notes"})


def erased_value(table: str, field: str, day: str) -> Any:
    """The value a whole erased field takes (free text keeps what does not name the person)."""
    kind = PERSONAL_FIELDS[table][field]
    if table == "organisations" and field == "contact_name":
        return marker(day)
    if table == "organisations" and field == "consent_covers":
        return []
    if kind == "label":
        return short_marker(day)
    if kind == "name":
        return marker(day)
    return None


def redact_text(text: str, terms: Iterable[str], day: str) -> str:
    """Free text with every occurrence of the terms (any case) replaced by a marker."""
    result = text
    for term in sorted({t for t in terms if t}, key=len, reverse=True):
        result = re.sub(re.escape(term), f"[erased on {day}]", result, flags=re.IGNORECASE)
    return result


def is_erasure_of(held: Any, value: Any, table: str, field: str, day: str) -> bool:
    """Whether `value` is what erasing (part of) `held` leaves on `day`: nothing, the marker,
    or the held text with some of it replaced by "[erased on DAY]" and the rest unchanged."""
    if value is None or value == held:
        return True
    if value == erased_value(table, field, day) or value in (marker(day), short_marker(day)):
        return True
    if not isinstance(value, str) or not isinstance(held, str):
        return False
    cut = f"[erased on {day}]"
    if cut not in value:
        return False
    kept = [re.escape(piece) for piece in value.split(cut)]
    # each marker stands for some erased text (never nothing)
    return re.fullmatch("(?s:.+?)".join(kept), held) is not None


@dataclass(frozen=True)
class Erasure:
    """One field of one record erased at `at` (ISO stamp) by `by`, now holding `value`."""

    table: str
    record_id: str
    field: str
    at: str
    by: str
    value: Any
    history_only: bool = False

    @property
    def day(self) -> str:
        return self.at[:10]


def erasures_in(audit_events: Iterable[Mapping[str, Any]]) -> list[Erasure]:
    """The erasures an audit trail records (its erase events)."""
    return [
        Erasure(
            table=str(event["entity_type"]),
            record_id=str(event["entity_id"]),
            field=str(event["field"]),
            at=str(event["at"]),
            by=str(event["device_id"]),
            value=event["new_value"],
            history_only=event.get("action") == ERASE_HISTORY_ACTION,
        )
        for event in audit_events
        if event.get("action") in (ERASE_ACTION, ERASE_HISTORY_ACTION)
    ]


ErasureIndex = dict[tuple[str, str], dict[str, Erasure]]


def index_erasures(erasures: Iterable[Erasure]) -> ErasureIndex:
    """(table, record id) -> {field: the latest erasure of it}."""
    index: ErasureIndex = {}
    for erasure in erasures:
        fields = index.setdefault((erasure.table, erasure.record_id), {})
        known = fields.get(erasure.field)
        # a record erasure covers its history too, so it is kept over a history-only one
        rank = (not erasure.history_only, erasure.at, erasure.by)
        if known is None or rank > (not known.history_only, known.at, known.by):
            fields[erasure.field] = erasure
    return index


def scrub_audit_event(event: Mapping[str, Any], index: ErasureIndex) -> dict[str, Any] | None:
    """The event with erased values replaced by the marker, or None if it needs no change.

    Only events from before (or at) the erasure are scrubbed: a value written after it is new
    data, not the erased one. Erase events themselves hold no erased value.
    """
    if event.get("action") in (ERASE_ACTION, ERASE_HISTORY_ACTION):
        return None
    fields = index.get((str(event["entity_type"]), str(event["entity_id"])))
    if not fields:
        return None
    at = str(event["at"])
    old, new = event.get("old_value"), event.get("new_value")
    field = str(event["field"])
    if field == "*":
        old_scrubbed = _scrub_values(old, fields, at)
        new_scrubbed = _scrub_values(new, fields, at)
    else:
        erasure = fields.get(field)
        if erasure is None or at > erasure.at:
            return None
        old_scrubbed = _scrubbed(old, erasure)
        new_scrubbed = _scrubbed(new, erasure)
    if old_scrubbed == old and new_scrubbed == new:
        return None
    return {**event, "old_value": old_scrubbed, "new_value": new_scrubbed}


def _scrubbed(value: Any, erasure: Erasure) -> Any:
    if value is None or value == [] or value == erasure.value:
        return value
    return marker(erasure.day)


def _scrub_values(values: Any, fields: Mapping[str, Erasure], at: str) -> Any:
    if not isinstance(values, dict):
        return values
    result = dict(values)
    for name, erasure in fields.items():
        if name in result and at <= erasure.at:
            result[name] = _scrubbed(result[name], erasure)
    return result


def apply_to_records(
    tables: MutableMapping[str, Sequence[MutableMapping[str, Any]]], index: ErasureIndex
) -> int:
    """Rewrite incoming record dicts (in place) so no value older than an erasure survives.

    Returns how many records changed.
    """
    changed = 0
    for table, records in tables.items():
        for record in records:
            if table == "audit_events":
                scrubbed = scrub_audit_event(record, index)
                if scrubbed is not None:
                    record.clear()
                    record.update(scrubbed)
                    changed += 1
                continue
            fields = index.get((table, str(record.get("id"))))
            if not fields:
                continue
            stamps = record.get("_stamps") or {}
            touched = False
            for name, erasure in fields.items():
                if erasure.history_only or name not in record:
                    continue
                stamp = stamps.get(name) or stamps.get("*")
                stamp_at = str(stamp["at"]) if stamp else ""
                if stamp_at <= erasure.at and record[name] != erasure.value:
                    record[name] = erasure.value
                    touched = True
            if touched:
                changed += 1
    return changed


# ---------------------------------------------------------------------------------------------
# Receipts: the council tells a laptop which of its bundles it has merged

RECEIPT_ACTION = "receipt"
RECEIPT_FIELD = "received_bundle_seq"
_RECEIPT_NAMESPACE = "6f1d2a8e-3c4b-4f5a-9e7d-2b1c0a9f8e7d"


def receipt_event(
    council_id: str, laptop_id: str, bundle_seq: int, merged_at: Any
) -> dict[str, Any]:
    """The audit event record saying the council merged the laptop's bundles up to
    `bundle_seq` (at `merged_at`, a UTC datetime). Same inputs, same record."""
    import uuid

    at = merged_at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{merged_at.microsecond // 1000:03d}Z"
    record_id = str(
        uuid.uuid5(uuid.UUID(_RECEIPT_NAMESPACE), f"{council_id}/{laptop_id}/{bundle_seq}")
    )
    stamp = {"at": at, "by": council_id, "prev_at": None, "prev_by": None}
    return {
        "id": record_id,
        "created_at": at,
        "modified_at": at,
        "modified_by": council_id,
        "rev": 1,
        "deleted_at": None,
        "_stamps": {"*": stamp},
        "entity_type": "devices",
        "entity_id": laptop_id,
        "field": RECEIPT_FIELD,
        "old_value": None,
        "new_value": bundle_seq,
        "at": at,
        "device_id": council_id,
        "action": RECEIPT_ACTION,
        "person": None,
    }
