"""Synthetic record dicts shaped like the store's, for sync tests and the format benchmark."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

from sync.timestamps import format_timestamp

DEVICE_A = "0b7e3c1a-5d2f-4e8a-9c61-2f3d4a5b6c7d"
DEVICE_B = "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a"
BASE_TIME = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)


def ts(minutes: float = 0.0) -> str:
    return format_timestamp(BASE_TIME + timedelta(minutes=minutes))


def uid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def common(rng: random.Random, at: str, device: str = DEVICE_A) -> dict[str, Any]:
    return {
        "id": uid(rng),
        "created_at": at,
        "modified_at": at,
        "modified_by": device,
        "rev": 1,
        "deleted_at": None,
    }


def creation_stamps(at: str, device: str = DEVICE_A) -> dict[str, Any]:
    return {"*": {"at": at, "by": device, "prev_at": None, "prev_by": None}}


def organisation(rng: random.Random, n: int = 0, **changes: Any) -> dict[str, Any]:
    at = ts(n)
    record = common(rng, at) | {
        "name": f"Friends of Greenhead Park {n}",
        "other_names": ["Greenhead Friends"],
        "legal_form": "cio_association",
        "legal_form_other": None,
        "charity_id": f"GB-CHC-{1100000 + n}",
        "company_id": None,
        "mutuals_id": None,
        "address_lines": ["Park Drive"],
        "town": "Huddersfield",
        "postcode": "HD1 4HS",
        "ward": "Greenhead",
        "ward_list": "kirklees-2026",
        "district_area": "Huddersfield",
        "areas_of_benefit": ["Greenhead", "Lindley"],
        "themes": ["environment_green_spaces", "volunteering"],
        "beneficiaries": ["older_people"],
        "beneficiaries_other": None,
        "year_founded": 1998,
        "income_band": "10k_25k",
        "trustees_count": 7,
        "staff_fte": 0.5,
        "volunteers_count": 40,
        "has_bank_account": True,
        "bank_signatories": 2,
        "policies": {"safeguarding": "2025-03-01", "equality": None},
        "insurance": ["public_liability"],
        "interested_in": ["grants"],
        "cat_building": None,
        "contact_name": "Siobhán Ní Bhriain",
        "contact_role": "Secretary",
        "contact_email": "secretary@example.org",
        "contact_phone": "01484 000000",
        "contact_language": "English",
        "consent_date": "2026-03-02",
        "consent_how": "signed form",
        "consent_covers": ["contact_by_council"],
        "gap_status": "health_check_done",
        "gap_status_date": "2026-03-02",
        "notes": "Meets on the first Tuesday.\nKey holder: the café.",
    }
    record["_stamps"] = creation_stamps(at)
    record.update(changes)
    return record


def form_snapshot(rng: random.Random, **changes: Any) -> dict[str, Any]:
    at = ts()
    record = common(rng, at) | {
        "form_id": "health_check",
        "version": "2026.1",
        "sha256": "ab" * 32,
        "kind": "health_check",
        "title": "Organisational health check",
        "definition": {
            "id": "health_check",
            "sections": [
                {"id": f"s{i}", "questions": [f"q{i}_{j}" for j in range(8)]} for i in range(8)
            ],
        },
    }
    record["_stamps"] = creation_stamps(at)
    record.update(changes)
    return record


def assessment(
    rng: random.Random, org_id: str, snapshot_id: str, n: int = 0, **changes: Any
) -> dict[str, Any]:
    at = ts(n + 1)
    record = common(rng, at) | {
        "organisation_id": org_id,
        "form_snapshot_id": snapshot_id,
        "form_id": "health_check",
        "form_version": "2026.1",
        "kind": "health_check",
        "mode": "group",
        "venue": "Greenhead Park café",
        "facilitator": "A. Worker",
        "status": "completed",
        "consent_given": True,
        "consent_at": at,
        "started_at": at,
        "completed_at": ts(n + 2),
        "current_question_id": None,
        "notes": None,
        "cat_stage": None,
    }
    record["_stamps"] = creation_stamps(at)
    record.update(changes)
    return record


def participant(
    rng: random.Random, assessment_id: str, position: int, **changes: Any
) -> dict[str, Any]:
    at = ts(1)
    record = common(rng, at) | {
        "assessment_id": assessment_id,
        "label": f"P{position + 1}",
        "role": "trustee",
        "position": position,
    }
    record["_stamps"] = creation_stamps(at)
    record.update(changes)
    return record


def response(
    rng: random.Random,
    assessment_id: str,
    question: str,
    participant_id: str | None,
    **changes: Any,
) -> dict[str, Any]:
    at = ts(2)
    record = common(rng, at) | {
        "assessment_id": assessment_id,
        "question_id": question,
        "participant_id": participant_id,
        "value": rng.randint(1, 4),
        "dont_know": False,
        "note": None,
    }
    stamps = creation_stamps(at)
    if rng.random() < 0.1:
        record["note"] = "Discussed at length"
        record["modified_at"] = ts(3)
        record["rev"] = 2
        stamps["note"] = {"at": ts(3), "by": DEVICE_A, "prev_at": at, "prev_by": DEVICE_A}
    record["_stamps"] = stamps
    record.update(changes)
    return record


def action_item(
    rng: random.Random, assessment_id: str, org_id: str, position: int, **changes: Any
) -> dict[str, Any]:
    at = ts(3)
    record = common(rng, at) | {
        "assessment_id": assessment_id,
        "organisation_id": org_id,
        "what": "Review the safeguarding policy",
        "who": "Chair",
        "due_date": "2026-06-30",
        "support_offer": "Safeguarding training from Third Sector Leaders",
        "theme": "governance",
        "source_id": "s2",
        "status": "todo",
        "position": position,
    }
    record["_stamps"] = creation_stamps(at)
    record.update(changes)
    return record


def action_review(
    rng: random.Random, assessment_id: str, action: dict[str, Any], **changes: Any
) -> dict[str, Any]:
    at = ts(5)
    record = common(rng, at) | {
        "assessment_id": assessment_id,
        "action_item_id": action["id"],
        "organisation_id": action["organisation_id"],
        "outcome": "done",
        "note": "Policy adopted at the AGM",
    }
    record["_stamps"] = creation_stamps(at)
    record.update(changes)
    return record


def council_resource(rng: random.Random, **changes: Any) -> dict[str, Any]:
    import hashlib

    at = ts(0)
    content = "council: Kirklees Council\nthemes: [governance]\noffers: []\n"
    record = common(rng, at) | {
        "kind": "support_offers",
        "name": "support_offers",
        "title": "Kirklees Council",
        "version": "2026-03",
        "sha256": hashlib.sha256(content.encode()).hexdigest(),
        "media_type": "application/yaml",
        "content": content,
    }
    record["_stamps"] = creation_stamps(at)
    record.update(changes)
    return record


def review_note(rng: random.Random, assessment_id: str, **changes: Any) -> dict[str, Any]:
    at = ts(6)
    record = common(rng, at) | {
        "assessment_id": assessment_id,
        "state": "resubmitted",
        "comment": "Fixed the missing finance answers.",
        "author": "Asha",
        "at": at,
        "device_id": DEVICE_A,
    }
    record["_stamps"] = creation_stamps(at)
    record.update(changes)
    return record


def audit_event(rng: random.Random, entity_id: str, **changes: Any) -> dict[str, Any]:
    at = ts(4)
    record = common(rng, at) | {
        "entity_type": "organisations",
        "entity_id": entity_id,
        "field": "name",
        "old_value": "Friends of Greenhead",
        "new_value": "Friends of Greenhead Park",
        "at": at,
        "device_id": DEVICE_A,
        "action": "update",
        "person": "Asha Patel",
    }
    record["_stamps"] = creation_stamps(at)
    record.update(changes)
    return record


def dataset(
    assessments: int = 2,
    *,
    questions: int = 15,
    participants: int = 3,
    actions: int = 2,
    seed: int = 1,
) -> dict[str, list[dict[str, Any]]]:
    """Tables for `assessments` group assessments (one organisation per two assessments).

    Each assessment has `participants` participants, a rating from each of them plus the agreed
    answer for each question, and `actions` action items.
    """
    rng = random.Random(seed)
    snapshot = form_snapshot(rng)
    orgs = [organisation(rng, n) for n in range(max(1, (assessments + 1) // 2))]
    tables: dict[str, list[dict[str, Any]]] = {
        "organisations": orgs,
        "form_snapshots": [snapshot],
        "assessments": [],
        "participants": [],
        "responses": [],
        "action_items": [],
        "action_reviews": [],
        "council_resources": [council_resource(rng)],
        "review_notes": [],
        "audit_events": [audit_event(rng, orgs[0]["id"])],
    }
    for n in range(assessments):
        org = orgs[n // 2]
        a = assessment(rng, org["id"], snapshot["id"], n)
        tables["assessments"].append(a)
        people = [participant(rng, a["id"], p) for p in range(participants)]
        tables["participants"].extend(people)
        for q in range(questions):
            question = f"q{q // 8}_{q % 8}"
            for person in [*people, None]:
                pid = person["id"] if person else None
                tables["responses"].append(response(rng, a["id"], question, pid))
        tables["action_items"].extend(
            action_item(rng, a["id"], org["id"], i) for i in range(actions)
        )
        if n % 2 == 1 and actions:
            # the organisation's second assessment reviews the first one's first action
            earlier = tables["action_items"][-2 * actions]
            tables["action_reviews"].append(action_review(rng, a["id"], earlier))
            tables["review_notes"].append(review_note(rng, a["id"]))
    return tables


def benchmark_dataset() -> dict[str, list[dict[str, Any]]]:
    """About 70,000 records: 1,000 assessments with 60,000 responses (the export target)."""
    return dataset(1000, questions=15, participants=3, actions=5)
