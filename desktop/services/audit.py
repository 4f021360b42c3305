"""The audit trail: every change to a record, old value → new value, who (device and person),
when, and through which bundle it arrived.

`RecordWriter` (desktop/store/records.py) writes one `AuditEvent` per changed field, signed
with the device and the name of the person using it; the importer notes on each event it
brings in which bundle or field pack carried it. This reads them back for the History panels
of organisations and assessments.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.store.db import in_chunks
from desktop.store.models import AuditEvent, Device, ExportRecord, ImportRecord
from sync.erasure import RECEIPT_ACTION
from sync.text import shown


@dataclass(frozen=True)
class Arrival:
    """The bundle (a laptop's export) or field pack an audit event arrived in."""

    bundle_id: str
    kind: str  # field-export | field-pack
    bundle_seq: int | None
    device_name: str | None
    imported_at: datetime | None


@dataclass(frozen=True)
class AuditEntry:
    at: datetime
    device_id: str
    action: str  # create | update | delete | restore | conflict | erase | ...
    field: str  # "*" for a whole new record
    old_value: Any
    new_value: Any
    device_name: str | None = None
    entity_type: str = ""
    # What the change is about within a bigger thing: "" for the record itself, the statement
    # for an answer, the action's text for an action-plan item.
    subject: str = ""
    person: str | None = None  # who was using the device, where known
    arrival: Arrival | None = None  # None: made on this computer (or before arrivals were kept)


def audit_trail(session: Session, subjects: Mapping[str, tuple[str, str]]) -> list[AuditEntry]:
    """The events about these records (id -> (table, subject)), oldest first."""
    names = {row[0]: shown(row[1]) for row in session.execute(select(Device.id, Device.name))}
    events: list[AuditEvent] = []
    for chunk in in_chunks(sorted(subjects)):
        events.extend(session.scalars(select(AuditEvent).where(AuditEvent.entity_id.in_(chunk))))
    events = [e for e in events if subjects[e.entity_id][0] == e.entity_type]
    events.sort(key=lambda e: (e.at, e.change_seq))
    arrivals = _arrivals(session, {e.bundle_id for e in events if e.bundle_id})
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
            person=shown(event.person) if event.person else None,
            arrival=arrivals.get(event.bundle_id) if event.bundle_id else None,
        )
        for event in events
    ]


def receipts_of_work(
    session: Session, device_id: str, record_ids: Sequence[str], record_changes: Sequence[int] = ()
) -> list[AuditEntry]:
    """On a laptop: the council's receipts (carried by field packs) of bundles that carried
    changes made here to these records, as History entries. Each receipt confirms every
    bundle up to its number; an entry's `new_value` is the latest bundle it newly confirms
    for this work. `record_changes`: the records' own change numbers (work written without
    audit events, e.g. examples, counts too). The council, which exports no bundles, gets
    none."""
    changes: set[int] = set(record_changes)
    for chunk in in_chunks(sorted(record_ids)):
        changes.update(
            session.scalars(
                select(AuditEvent.change_seq).where(
                    AuditEvent.entity_id.in_(chunk), AuditEvent.bundle_id.is_(None)
                )
            )
        )
    if not changes:
        return []
    carried = sorted(
        bundle_seq
        for bundle_seq, from_seq, to_seq, full in session.execute(
            select(
                ExportRecord.bundle_seq,
                ExportRecord.from_seq,
                ExportRecord.to_seq,
                ExportRecord.full,
            )
        )
        if any((-1 if full else from_seq) < seq <= to_seq for seq in changes)
    )
    if not carried:
        return []
    receipts = session.scalars(
        select(AuditEvent)
        .where(AuditEvent.action == RECEIPT_ACTION, AuditEvent.entity_id == device_id)
        .order_by(AuditEvent.at)
    )
    names = {device_id: name for device_id, name in session.execute(select(Device.id, Device.name))}
    confirmed = 0
    found: list[AuditEntry] = []
    for event in receipts:
        if not isinstance(event.new_value, int) or event.new_value <= confirmed:
            continue
        newly = [b for b in carried if confirmed < b <= event.new_value]
        confirmed = event.new_value
        if not newly:
            continue
        arrival = (
            _arrivals(session, {event.bundle_id}).get(event.bundle_id) if event.bundle_id else None
        )
        found.append(
            AuditEntry(
                at=event.at,
                device_id=event.device_id,
                action=RECEIPT_ACTION,
                field=event.field,
                old_value=None,
                new_value=newly[-1],
                device_name=shown(names[event.device_id]) if event.device_id in names else None,
                entity_type=event.entity_type,
                arrival=arrival,
            )
        )
    return found


def _arrivals(session: Session, bundle_ids: set[str]) -> dict[str, Arrival]:
    found: dict[str, Arrival] = {}
    for chunk in in_chunks(sorted(bundle_ids)):
        query = select(ImportRecord).where(
            ImportRecord.bundle_id.in_(chunk), ImportRecord.status == "merged"
        )
        for row in session.scalars(query):
            if row.bundle_id is None or row.bundle_id in found:
                continue
            found[row.bundle_id] = Arrival(
                bundle_id=row.bundle_id,
                kind=row.kind,
                bundle_seq=row.bundle_seq,
                device_name=shown(row.device_name) if row.device_name else None,
                imported_at=row.imported_at,
            )
    # A bundle whose import row is gone (history cleared) is still named by its id.
    for bundle_id in bundle_ids - found.keys():
        found[bundle_id] = Arrival(bundle_id, "field-export", None, None, None)
    return found
