"""Council conflict review: list the conflicts imports found, keep the merge's choice, or use
the value that lost.

The importer (`imports.py`) stores a conflict when two devices changed the same field from
the same starting value; staff settle it here. Using the other value writes it as an ordinary
new revision through `RecordWriter`, with its audit event, so it travels back to the laptops.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Date, func, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound, UserError
from desktop.services.scores import rescore_changed
from desktop.services.sync.imports import MODELS_BY_TABLE
from desktop.store.db import Store, in_chunks
from desktop.store.models import Conflict, Device, Organisation, SyncedRecord, UtcDateTime
from desktop.store.records import RecordWriter, record_to_dict
from sync.text import shown


@dataclass(frozen=True)
class ConflictInfo:
    """One conflict as the Conflicts page shows it."""

    id: str
    entity_type: str
    entity_id: str
    organisation_id: str | None
    organisation_name: str | None
    field: str
    winner_value: Any
    winner_device: str
    winner_device_name: str | None
    winner_at: datetime
    loser_value: Any
    loser_device: str
    loser_device_name: str | None
    loser_at: datetime
    bundle_id: str | None
    detected_at: datetime
    status: str
    resolved_at: datetime | None


class ConflictService:
    """Conflicts between devices' edits, as the council reviews them."""

    def __init__(self, store: Store):
        self.store = store

    def search(
        self,
        *,
        status: str | None = "open",
        device_id: str | None = None,
        organisation_id: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
    ) -> list[ConflictInfo]:
        """Conflicts, newest first; filter by status (None: all), device (winner or loser),
        organisation and when they were found."""
        query = select(Conflict).order_by(Conflict.detected_at.desc(), Conflict.id)
        if status is not None:
            query = query.where(Conflict.status == status)
        if device_id is not None:
            query = query.where(
                (Conflict.winner_device == device_id) | (Conflict.loser_device == device_id)
            )
        if organisation_id is not None:
            query = query.where(Conflict.organisation_id == organisation_id)
        if since is not None:
            query = query.where(Conflict.detected_at >= since)
        if until is not None:
            query = query.where(Conflict.detected_at < until)
        with self.store.session() as session:
            rows = session.scalars(query).all()
            names = {
                row[0]: shown(row[1]) for row in session.execute(select(Device.id, Device.name))
            }
            org_ids = sorted({r.organisation_id for r in rows if r.organisation_id})
            org_names: dict[str, str] = {}
            for chunk in in_chunks(org_ids):
                names_query = select(Organisation.id, Organisation.name)
                for org_id, org_name in session.execute(
                    names_query.where(Organisation.id.in_(chunk))
                ):
                    org_names[org_id] = org_name
            return [
                ConflictInfo(
                    id=row.id,
                    entity_type=row.entity_type,
                    entity_id=row.entity_id,
                    organisation_id=row.organisation_id,
                    organisation_name=org_names.get(row.organisation_id or ""),
                    field=row.field,
                    winner_value=row.winner_value,
                    winner_device=row.winner_device,
                    winner_device_name=names.get(row.winner_device),
                    winner_at=row.winner_at,
                    loser_value=row.loser_value,
                    loser_device=row.loser_device,
                    loser_device_name=names.get(row.loser_device),
                    loser_at=row.loser_at,
                    bundle_id=row.bundle_id,
                    detected_at=row.detected_at,
                    status=row.status,
                    resolved_at=row.resolved_at,
                )
                for row in rows
            ]

    def keep(self, conflict_id: str) -> None:
        """Staff confirm the value the merge chose."""
        with self.store.session() as session:
            conflict = self._open_conflict(session, conflict_id)
            conflict.status = "kept"
            conflict.resolved_at = datetime.now(UTC)

    def use_other(self, conflict_id: str) -> None:
        """Staff choose the value that lost: written as a new revision, with an audit event,
        so it travels to laptops and wins over both edits everywhere."""
        with self.store.session() as session:
            conflict = self._open_conflict(session, conflict_id)
            model = MODELS_BY_TABLE.get(conflict.entity_type)
            if model is None:
                raise UserError(
                    "Conflicts on {table} cannot be reversed here.", table=conflict.entity_type
                )
            record = session.get(model, conflict.entity_id)
            if record is None:
                raise NotFound("The record of that conflict no longer exists.")
            value = _column_value(model, conflict.field, conflict.loser_value)
            RecordWriter(session, self.store.device_id).update(
                record, {conflict.field: value}, action="conflict"
            )
            rescore_changed(session, {conflict.entity_type: [record_to_dict(record)]})
            conflict.status = "reversed"
            conflict.resolved_at = datetime.now(UTC)

    @staticmethod
    def _open_conflict(session: Session, conflict_id: str) -> Conflict:
        conflict = session.get(Conflict, conflict_id)
        if conflict is None:
            matches = session.scalars(
                select(Conflict).where(Conflict.id.startswith(conflict_id, autoescape=True))
            ).all()
            if len(matches) == 1 and len(conflict_id) >= 6:
                conflict = matches[0]
        if conflict is None:
            raise NotFound(
                "No conflict {conflict_id!r}; `gapkit conflicts list` shows the open ones.",
                conflict_id=conflict_id,
            )
        if conflict.status != "open":
            raise UserError("That conflict was already settled ({status}).", status=conflict.status)
        return conflict

    def open_count(self) -> int:
        with self.store.session() as session:
            return int(session.scalar(select(func.count()).where(Conflict.status == "open")) or 0)


def _column_value(model: type[SyncedRecord], field: str, stored: Any) -> Any:
    """A conflict keeps values as JSON text forms; dates and times go back to Python values."""
    if stored is None:
        return None
    column_type = model.__table__.c[field].type
    if isinstance(column_type, UtcDateTime):
        return datetime.fromisoformat(stored)
    if isinstance(column_type, Date):
        return date.fromisoformat(stored)
    return stored
