"""Writing synced records: change sequence, revisions, per-field stamps and the audit trail.

Every create, update and tombstone of a synced record goes through `RecordWriter`, so no code
path can change a record without stamping it for the merge rule and auditing it.

Stamps are kept compactly: `field_stamps["*"]` is the stamp of every field set when the record
was made, and a field gets its own entry the first time it changes after that. The merge rule
in `sync.merge` reads a missing field stamp as the `"*"` one.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import text, update
from sqlalchemy.orm import Session

from desktop.store.models import (
    LOCAL_ONLY_FIELDS,
    SYNC_COMMON_FIELDS,
    WORKER_NAME_SETTING,
    AuditEvent,
    Counter,
    Setting,
    SyncedRecord,
    new_id,
)
from sync.codecs import stored_json_number  # noqa: F401 - importers read it from here
from sync.stamps import DEFAULT_STAMP_KEY, field_stamp

RecordT = TypeVar("RecordT", bound=SyncedRecord)

# The stamp key a new record's fields share until each changes (the sync format's rule).
DEFAULT_STAMP = DEFAULT_STAMP_KEY

_clock_lock = threading.Lock()
_last_stamp: datetime | None = None


def now_ms() -> datetime:
    """UTC now at millisecond precision, strictly increasing within this process.

    Stamps compare by (time, device); two edits by one device in the same millisecond must
    still be ordered, so the clock never repeats itself.
    """
    global _last_stamp
    with _clock_lock:
        now = datetime.now(UTC)
        now = now.replace(microsecond=(now.microsecond // 1000) * 1000)
        if _last_stamp is not None and now <= _last_stamp:
            now = _last_stamp + timedelta(milliseconds=1)
        _last_stamp = now
        return now


def iso(moment: datetime) -> str:
    """ISO 8601 UTC with milliseconds and a Z, the one text form of a timestamp we write."""
    return (
        moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    )


def parse_iso(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def json_value(value: Any) -> Any:
    """A column value as plain JSON (dates and datetimes as ISO text)."""
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


class RecordWriter:
    """Creates, changes and tombstones synced records inside one service transaction."""

    def __init__(self, session: Session, device_id: str):
        self.session = session
        self.device_id = device_id
        self._seq: int | None = None
        self._person: str | None | bool = False  # False: not read yet

    @property
    def person(self) -> str | None:
        """The name of the person using this installation, for the audit trail (None when
        nobody gave one, as at the council)."""
        if self._person is False:
            setting = self.session.get(Setting, WORKER_NAME_SETTING)
            name = setting.value if setting is not None else None
            self._person = (name.strip()[:200] or None) if isinstance(name, str) else None
        return self._person if isinstance(self._person, str) else None

    @property
    def change_seq(self) -> int:
        """One number per transaction from the monotonic change sequence."""
        if self._seq is None:
            self._seq = next_change_seq(self.session)
        return self._seq

    def create(
        self,
        model: type[RecordT],
        values: Mapping[str, Any],
        *,
        record_id: str | None = None,
        audit: bool = True,
        action: str = "create",
    ) -> RecordT:
        moment = now_ms()
        record = model(**self.new_row(values, record_id=record_id, at=moment))
        self.session.add(record)
        if audit:
            self._audit(
                record,
                "*",
                None,
                {k: json_value(v) for k, v in values.items()},
                moment,
                action=action,
            )
        return record

    def new_row(
        self,
        values: Mapping[str, Any],
        *,
        record_id: str | None = None,
        at: datetime | None = None,
    ) -> dict[str, Any]:
        """A complete, stamped row for a bulk insert (demo data, imports): no audit event."""
        moment = at or now_ms()
        return {
            "id": record_id or new_id(),
            "created_at": moment,
            "modified_at": moment,
            "modified_by": self.device_id,
            "rev": 1,
            "deleted_at": None,
            "change_seq": self.change_seq,
            "field_stamps": {DEFAULT_STAMP: _stamp(moment, self.device_id, None)},
            **values,
        }

    def update(
        self,
        record: SyncedRecord,
        changes: Mapping[str, Any],
        *,
        audit: bool = True,
        action: str = "update",
    ) -> list[str]:
        """Apply the fields that really change; returns their names (empty: nothing written)."""
        changed = [
            field
            for field, value in changes.items()
            if json_value(getattr(record, field)) != json_value(value)
        ]
        if not changed:
            return []
        moment = now_ms()
        stamps = dict(record.field_stamps or {})
        for field in changed:
            old = getattr(record, field)
            stamps[field] = _stamp(moment, self.device_id, field_stamp(stamps, field))
            setattr(record, field, changes[field])
            if audit:
                self._audit(
                    record,
                    field,
                    json_value(old),
                    json_value(changes[field]),
                    moment,
                    action=action,
                )
        record.field_stamps = stamps
        record.modified_at = moment
        record.modified_by = self.device_id
        record.rev = (record.rev or 0) + 1
        record.change_seq = self.change_seq
        return changed

    def tombstone(self, record: SyncedRecord, *, audit: bool = True) -> bool:
        if record.deleted_at is not None:
            return False
        self.update(record, {"deleted_at": now_ms()}, audit=audit, action="delete")
        return True

    def restore(self, record: SyncedRecord, *, audit: bool = True) -> bool:
        if record.deleted_at is None:
            return False
        self.update(record, {"deleted_at": None}, audit=audit, action="restore")
        return True

    def _audit(
        self, record: SyncedRecord, field: str, old: Any, new: Any, moment: datetime, action: str
    ) -> None:
        self.audit(record.__tablename__, record.id, field, old, new, action=action, at=moment)

    def audit(
        self,
        entity_type: str,
        entity_id: str,
        field: str,
        old: Any,
        new: Any,
        *,
        action: str,
        at: datetime | None = None,
    ) -> None:
        """An audit event about something that is not a synced record (a trusted key)."""
        moment = at or now_ms()
        self.session.add(
            AuditEvent(
                id=new_id(),
                created_at=moment,
                modified_at=moment,
                modified_by=self.device_id,
                rev=1,
                deleted_at=None,
                change_seq=self.change_seq,
                field_stamps={DEFAULT_STAMP: _stamp(moment, self.device_id, None)},
                entity_type=entity_type,
                entity_id=entity_id,
                field=field,
                old_value=old,
                new_value=new,
                at=moment,
                device_id=self.device_id,
                action=action,
                person=self.person,
            )
        )


def _stamp(moment: datetime, device_id: str, previous: Mapping[str, Any] | None) -> dict[str, Any]:
    return {
        "at": iso(moment),
        "by": device_id,
        "prev_at": previous["at"] if previous else None,
        "prev_by": previous["by"] if previous else None,
    }


def next_change_seq(session: Session) -> int:
    """Take the next number of the change sequence (the row lock serialises writers)."""
    result = session.execute(
        update(Counter)
        .where(Counter.name == "change_seq")
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    )
    value = result.scalar_one_or_none()
    if value is None:
        session.add(Counter(name="change_seq", value=1))
        session.flush()
        return 1
    return int(value)


def compact_family_change_log(session: Session) -> None:
    """On PostgreSQL, replace the rows appended to `family_change_log` since the last
    compaction by one sum per key (migration 0009): the log stays about one row per assessment
    and change number. The sums are unchanged, so it may run at any time; the import runs it
    before its commit. SQLite keeps no log."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT family_change_log_compact()"))


# The tables whose records `family_change_log` counts (migration 0009), in lock order.
_LOGGED_FAMILY = ("participants", "responses", "action_items", "action_reviews", "review_notes")


def rebuild_family_change_log(session: Session) -> None:
    """On PostgreSQL, make the family change log again from the records themselves (`gapkit
    db rescore`: derived data, like the stored results). The change number's row lock first,
    as every import and record writer takes it before writing (an import waits, or is waited
    for), then the tables themselves against any other writer: nothing is written between
    emptying the log and counting the records."""
    if session.get_bind().dialect.name != "postgresql":
        return
    session.execute(update(Counter).where(Counter.name == "change_seq").values(value=Counter.value))
    session.execute(text(f"LOCK TABLE {', '.join(_LOGGED_FAMILY)} IN SHARE MODE"))
    session.execute(text("DELETE FROM family_change_log"))
    for table in _LOGGED_FAMILY:
        session.execute(
            text(
                "INSERT INTO family_change_log "
                "(table_name, change_seq, assessment_id, records, compacted) "
                f"SELECT '{table}', change_seq, assessment_id, count(*), true FROM {table} "
                "GROUP BY change_seq, assessment_id"
            )
        )


def record_to_dict(record: SyncedRecord) -> dict[str, Any]:
    """The record as it travels in a bundle (see docs/architecture.md)."""
    table = record.__table__
    result = {
        column.name: json_value(getattr(record, column.key))
        for column in table.columns
        if column.name not in LOCAL_ONLY_FIELDS
    }
    result["_stamps"] = dict(record.field_stamps or {})
    return result


def data_fields(record_or_model: Any) -> Iterable[str]:
    """The fields of a synced record that are its content (not bookkeeping)."""
    table = record_or_model.__table__
    skip = set(SYNC_COMMON_FIELDS) | set(LOCAL_ONLY_FIELDS)
    return [column.name for column in table.columns if column.name not in skip]
