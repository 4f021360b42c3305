"""The audit trail: every change to a record, old value → new value, by which device, when.

`RecordWriter` (desktop/store/records.py) writes one `AuditEvent` per changed field; this reads
them back for the History panels of organisations and assessments.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.db import in_chunks
from desktop.store.models import AuditEvent, Device


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    device_id: str
    action: str  # create | update | delete | restore | conflict | ...
    field: str  # "*" for a whole new record
    old_value: Any
    new_value: Any
    device_name: str | None = None
    entity_type: str = ""
    # What the change is about within a bigger thing: "" for the record itself, the statement
    # for an answer, the action's text for an action-plan item.
    subject: str = ""


def audit_trail(session: Session, subjects: Mapping[str, tuple[str, str]]) -> list[AuditEntry]:
    """The events about these records (id -> (table, subject)), oldest first."""
    names = {row[0]: row[1] for row in session.execute(select(Device.id, Device.name))}
    events: list[AuditEvent] = []
    for chunk in in_chunks(sorted(subjects)):
        events.extend(session.scalars(select(AuditEvent).where(AuditEvent.entity_id.in_(chunk))))
    events = [e for e in events if subjects[e.entity_id][0] == e.entity_type]
    events.sort(key=lambda e: (e.at, e.change_seq))
    return [
        AuditEntry(
            at=event.at,
            device_id=event.device_id,
            action=event.action,
            field=event.field,
            old_value=event.old_value,
            new_value=event.new_value,
            device_name=names.get(event.device_id),
            entity_type=event.entity_type,
            subject=subjects[event.entity_id][1],
        )
        for event in events
    ]
