"""Exporting sync bundles: what changed since the last export, as one signed `.gapkit` file.

Which records go (DESIGN.md "Sync bundles", issue 6):

- Incremental by default: every record whose `change_seq` is above the last export's
  `to_seq` (the last export from this data folder, whatever folder or stick it went to; the
  council merges repeats harmlessly). `full` sends everything. Tombstones are records, so
  deletions travel.
- Organisations, form snapshots and audit events about them always go. Unless drafts are
  included, an assessment that is not completed stays out, and so do its participants,
  responses, action items and the audit events about any of them.
- A held-back draft must not be lost when it is completed later: completing changes the
  assessment row, so an exported assessment whose row changed since the last export brings
  its whole family changed since the last export that included drafts (at worst, records the
  council already has, which it merges as no-ops). Drafts included now likewise bring what
  changed since the last export that included drafts.

Records are read with SQLAlchemy Core (no ORM objects) in one read transaction and turned
into the record dicts of docs/architecture.md. On SQLite the raw sqlite3 cursor is used, the
timestamps are made from their stored text a column at a time and each JSON column is decoded
in one call (once per distinct value where they repeat), so reading 66,000 records takes
about 0.4 s (benchmarks/sync.py has the whole export).

The file is written to a temporary name and renamed into place by `sync.writer`; the
ExportRecord is committed only after that, and if it cannot be, the file is removed again.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    Date,
    Integer,
    Select,
    and_,
    case,
    false,
    func,
    literal,
    literal_column,
    null,
    or_,
    select,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql.expression import FromClause
from sqlalchemy.sql.schema import Table

from desktop.errors import Cancelled, Message, UserError
from desktop.services.sync.export_batches import (
    AS_STORED_KIND,
    BOOLEAN_KIND,
    JSON_KIND,
    TIMESTAMP_KIND,
    AdjustColumns,
    BatchPlan,
    CsvColumn,
    booleans,
    encoded_batches,
    json_texts,
)
from desktop.store.db import Store
from desktop.store.models import (
    FAMILY_CHANGE_LOG,
    LOCAL_ONLY_FIELDS,
    SYNCED_MODELS,
    ActionItem,
    ActionReview,
    Counter,
    ExportRecord,
    Participant,
    Response,
    ReviewNote,
    UtcDateTime,
)
from desktop.store.records import json_value
from desktop.store.revision import sqlite_uri
from desktop.version import app_version
from sync._gc import gc_paused

if TYPE_CHECKING:
    from desktop.services.devices import DeviceService
    from desktop.services.sync.export_worker import ChunkedTable, ExportHelper
    from sync.manifest import Manifest
    from sync.writer import BundleInfo, EncodedBatch

log = logging.getLogger(__name__)


def _first_line_of(text: str) -> str:
    return text.splitlines()[0] if text else ""


Progress = Callable[[int, int], None]
# Progress is reported out of 100, by records written.
PROGRESS_TOTAL = 100
# Counting a change range on SQLite: a range holding at least this many records is counted as
# the table less what lies outside it (`RecordReader._count_in_range`).
_RANGE_PROBE = 20_000

# Records read, encoded and written at a time: memory stays bounded whatever the size.
BATCH_RECORDS = 5_000
# An export with a table of at least this many records reads and encodes it with a second
# process (`export_worker`): below, starting the process costs more than it saves.
HELPER_RECORDS = 20_000
# The helper is started only while other work ready to run leaves this many cores free
# (`_helper_wanted`): on two cores, one other task running at most.
_BUSY_CORE = 1

BUNDLE_SUFFIX = ".gapkit"

TABLE_NAMES: tuple[str, ...] = tuple(model.__tablename__ for model in SYNCED_MODELS)
# Tables whose records belong to one assessment (through `assessment_id`).
ASSESSMENT_FAMILY: tuple[Table, ...] = (
    cast(Table, Participant.__table__),
    cast(Table, Response.__table__),
    cast(Table, ActionItem.__table__),
    cast(Table, ActionReview.__table__),
    cast(Table, ReviewNote.__table__),
)
# Tables only the council writes: they travel to laptops in field packs, never back.
COUNCIL_ONLY_TABLES = frozenset({"council_resources"})
TABLE_LABELS: dict[str, str] = {
    "organisations": "Organisations",
    "form_snapshots": "Form versions",
    "assessments": "Assessments",
    "participants": "Participants",
    "responses": "Answers",
    "action_items": "Action plan items",
    "action_reviews": "Action reviews",
    "council_resources": "Council resources",
    "review_notes": "Review notes",
    "audit_events": "Audit trail entries",
}
# The same, for a count of one: "1 organisation", not "1 organisations".
ONE_RECORD_LABELS: dict[str, str] = {
    "organisations": "organisation",
    "form_snapshots": "form version",
    "assessments": "assessment",
    "participants": "participant",
    "responses": "answer",
    "action_items": "action plan item",
    "action_reviews": "action review",
    "council_resources": "council resource",
    "review_notes": "review note",
    "audit_events": "audit trail entry",
}


@dataclass(frozen=True)
class TableQuery:
    """Records of a table to read while the bundle is written (streamed in batches) rather
    than now: those meeting `conditions`, and, with `only` = (column, values), whose column
    holds one of the values; each batch changed by `adjust` if given, and of at most
    `batch_records` records if given (smaller batches: the export's second process takes a
    share of a table of fewer records, as it reads a table in chunks of at least a batch)."""

    table: Table
    conditions: tuple[ColumnElement[bool], ...]
    only: tuple[str, frozenset[str]] | None = None
    adjust: AdjustColumns | None = None
    batch_records: int | None = None


class NothingToExport(UserError):
    """Nothing changed since the last export."""


@dataclass(frozen=True)
class ExportResult:
    """A bundle that was written and recorded."""

    path: Path
    bundle_id: str
    bundle_seq: int
    counts: dict[str, int]
    size: int
    sha256: str
    full: bool
    include_drafts: bool
    encrypted: bool
    council_key_fingerprint: str | None
    from_seq: int
    to_seq: int
    seconds: float

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ExportHistoryEntry:
    """One bundle this installation wrote, for the history list."""

    bundle_id: str
    bundle_seq: int
    created_at: datetime
    path: str
    full: bool
    include_drafts: bool
    encrypted: bool
    from_seq: int
    to_seq: int
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class CouncilKeyChoice:
    """The council public key exports are encrypted to, as remembered in the settings."""

    public_key: str  # base64 of the 32 raw bytes
    fingerprint: str
    source: str  # where it was read from, to show the person

    def as_setting(self) -> dict[str, str]:
        return {
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
            "source": self.source,
        }


def read_council_key(path_or_text: str | Path) -> CouncilKeyChoice:
    """The council key in a `council.pub` file (or its base64 text), checked."""
    import base64

    from sync.errors import KeyFileError
    from sync.keys import council_key_fingerprint, load_council_public_key

    source = str(path_or_text)
    candidate = Path(path_or_text).expanduser()
    try:
        if candidate.is_file():
            key = load_council_public_key(candidate)
        else:
            key = load_council_public_key(base64.b64decode(source.strip(), validate=True))
    except KeyFileError as error:
        raise UserError(
            "{problem} Use the council.pub file made by `gapkit keys council-init` on the "
            "council's computer.",
            problem=error.message,
        ) from error
    except ValueError:
        raise UserError(
            "{source} is neither a council.pub file nor a council public key. Use the "
            "council.pub file made by `gapkit keys council-init` on the council's computer.",
            source=source,
        ) from None
    from cryptography.hazmat.primitives import serialization

    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return CouncilKeyChoice(
        public_key=base64.b64encode(raw).decode("ascii"),
        fingerprint=council_key_fingerprint(key),
        source=str(candidate.resolve()) if candidate.is_file() else "(key text)",
    )


def bundle_file_name(device_name: str, bundle_seq: int, when: datetime) -> str:
    """`gapkit-<device>-<seq>-<date>.gapkit`, safe on any file system (FAT sticks included)."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", device_name).strip("-").lower()[:40] or "laptop"
    return f"gapkit-{slug}-{bundle_seq}-{when.astimezone(UTC).date().isoformat()}{BUNDLE_SUFFIX}"


# ---------------------------------------------------------------------------------------------
# Choosing records


@dataclass(frozen=True)
class _Window:
    """The change numbers an export covers, and what it includes."""

    last_to_seq: int  # F: to_seq of the last export
    drafts_to_seq: int  # D: to_seq of the last export that included drafts
    to_seq: int  # T: the change sequence now
    full: bool
    include_drafts: bool


def synced_table(name: str) -> Table:
    for model in SYNCED_MODELS:
        if model.__tablename__ == name:
            return cast(Table, model.__table__)
    raise KeyError(name)


def _threshold(window: _Window, assessments: Any) -> ColumnElement[Any]:
    """Per assessment: records of its family with a change_seq above this go.

    A held-back draft gets the export's own upper bound, so none of its family goes.
    """
    nothing = literal(window.to_seq, Integer)
    if window.full:
        low = -1
        changed_low = -1
        drafts_low = -1
    else:
        low = window.last_to_seq
        changed_low = min(window.drafts_to_seq, window.last_to_seq)
        drafts_low = changed_low
    completed = assessments.c.status == "completed"
    return case(
        (and_(completed, assessments.c.change_seq > low), literal(changed_low, Integer)),
        (completed, literal(low, Integer)),
        else_=literal(drafts_low, Integer) if window.include_drafts else nothing,
    )


def _uniform_low(window: _Window) -> int | None:
    """The change number above which the family of every included assessment goes, when it is
    the same for all (a full export, or no draft export since the last one); else None."""
    if window.full:
        return -1
    if window.drafts_to_seq >= window.last_to_seq:
        return window.last_to_seq
    return None


def _where(window: _Window, table: Table) -> tuple[Any, list[ColumnElement[bool]]]:
    """The FROM clause and conditions choosing a table's records for this export."""
    seq = table.c.change_seq
    upper = seq <= window.to_seq
    base_low = -1 if window.full else window.last_to_seq
    name = table.name
    if name in COUNCIL_ONLY_TABLES:
        return table, [false()]
    if name in ("organisations", "form_snapshots"):
        return table, [seq > base_low, upper]
    assessments = synced_table("assessments").alias("owner")
    if name == "assessments":
        plain = synced_table("assessments")
        return plain, [seq > _threshold(window, plain), upper]
    if table in ASSESSMENT_FAMILY:
        low = _uniform_low(window)
        if low is not None:
            # The same change number for every included family: no join of each answer to
            # its assessment, only the held-back drafts' families left out.
            conditions = [seq > low, upper]
            if not window.include_drafts:
                owners = synced_table("assessments")
                drafts = select(owners.c.id).where(owners.c.status != "completed")
                conditions.append(table.c.assessment_id.not_in(drafts))
            return table, conditions
        family_member = table.join(assessments, assessments.c.id == table.c.assessment_id)
        return family_member, [seq > _threshold(window, assessments), upper]
    if name == "audit_events":
        # An audit event follows the record it is about; events about anything outside an
        # assessment's family (organisations, form snapshots) go like those records.
        # The owner is looked up only in the table the event names (one key lookup per
        # event): outer joins to every family table made PostgreSQL hash whole tables.
        audit = table
        owner_id = case(
            (audit.c.entity_type == "assessments", audit.c.entity_id),
            *[
                (
                    audit.c.entity_type == member.name,
                    select(member.c.assessment_id)
                    .where(member.c.id == audit.c.entity_id)
                    .correlate(audit)
                    .scalar_subquery(),
                )
                for member in ASSESSMENT_FAMILY
            ],
            else_=null(),
        )
        joined: FromClause = audit.outerjoin(assessments, assessments.c.id == owner_id)
        chosen = or_(
            and_(assessments.c.id.is_(None), seq > base_low),
            seq > _threshold(window, assessments),
        )
        return joined, [chosen, upper]
    raise KeyError(name)


# ---------------------------------------------------------------------------------------------
# Reading records as dicts


def _record_names(table: Table) -> list[str]:
    return [c.name for c in table.columns if c.name not in LOCAL_ONLY_FIELDS] + ["_stamps"]


def _record_query(window: _Window, table: Table, sqlite: bool) -> Select[Any]:
    """The export's query of one table's record dicts (see `record_select`)."""
    source, conditions = _where(window, table)
    return record_select(table, sqlite, source, conditions)


def record_select(
    table: Table,
    sqlite: bool,
    source: Any,
    conditions: Sequence[ColumnElement[bool]],
    stored_timestamps: bool = False,
) -> Select[Any]:
    """The columns of a table's record dicts, in table order, with `field_stamps` last.

    On SQLite a timestamp's stored text ("2026-11-24 09:15:02.123000") becomes ISO 8601 with
    milliseconds and a Z in SQL (unless `stored_timestamps`: then the caller does it, a
    column at a time, `iso_timestamps`), and every other column comes back as stored (JSON as
    text), so no value goes through SQLAlchemy's per-value Python processing.
    """
    columns: list[ColumnElement[Any]] = []
    for column in table.columns:
        if column.name in LOCAL_ONLY_FIELDS:
            continue
        if sqlite and isinstance(column.type, UtcDateTime) and not stored_timestamps:
            qualified = f'"{table.name}"."{column.name}"'
            columns.append(
                literal_column(
                    f"substr({qualified}, 1, 10) || 'T' || substr({qualified}, 12, 12) || 'Z'"
                ).label(column.name)
            )
        else:
            columns.append(column)
    columns.append(table.c.field_stamps)
    return select(*columns).select_from(source).where(*conditions)


def _sqlite_records(db: Any, sql: str, table: Table) -> list[dict[str, Any]]:
    """Records from a raw sqlite3 connection, decoded column by column."""
    rows = db.execute(sql).fetchall()
    names = _record_names(table)
    if not rows:
        return []
    # Every row has one value per name by construction; strict zips cost ~20% here.
    columns: list[Sequence[Any]] = list(zip(*rows))  # noqa: B905
    kinds = [c.type for c in table.columns if c.name not in LOCAL_ONLY_FIELDS] + [JSON()]
    for index, kind in enumerate(kinds):
        if isinstance(kind, JSON):
            columns[index] = json.loads(json_texts(columns[index]))
        elif isinstance(kind, Boolean):
            columns[index] = booleans(columns[index])
    return [dict(zip(names, values)) for values in zip(*columns)]  # noqa: B905


def _generic_records(
    connection: Connection, query: Select[Any], table: Table
) -> list[dict[str, Any]]:
    """Records through SQLAlchemy's own type handling (PostgreSQL)."""
    names, dated = _record_names(table), _dated_columns(table)
    return [_generic_record(names, dated, row) for row in connection.execute(query)]


def _generic_record(names: list[str], dated: list[int], row: Sequence[Any]) -> dict[str, Any]:
    values = list(row)
    for index in dated:
        values[index] = json_value(values[index])
    return dict(zip(names, values, strict=True))


def _dated_columns(table: Table) -> list[int]:
    return [
        index
        for index, column in enumerate(c for c in table.columns if c.name not in LOCAL_ONLY_FIELDS)
        if isinstance(column.type, UtcDateTime | Date)
    ]


# Set (tests) to make SQLite exports take the generic path: the fast path is checked against it.
_PYTHON_ENCODING_ONLY = False


def _only(
    records: list[dict[str, Any]], only: tuple[str, frozenset[str]] | None
) -> list[dict[str, Any]]:
    if only is None:
        return records
    column, values = only
    return [record for record in records if record[column] in values]


def _adjusted(records: list[dict[str, Any]], adjust: AdjustColumns | None) -> list[dict[str, Any]]:
    """Record dicts through a column-wise `adjust` (the generic path)."""
    if adjust is None or not records:
        return records
    names = list(records[0])
    columns = {name: [record[name] for record in records] for name in names}
    adjust(columns)
    return [dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=True)]


def batch_plan(table: Table) -> BatchPlan:
    """How the export's SQLite rows of `table` (`record_select` with stored timestamps) are
    decoded and written (`export_batches`)."""
    from sync.records import TABLES

    kinds = tuple(
        JSON_KIND
        if isinstance(column.type, JSON)
        else BOOLEAN_KIND
        if isinstance(column.type, Boolean)
        else TIMESTAMP_KIND
        if isinstance(column.type, UtcDateTime)
        else AS_STORED_KIND
        for column in table.columns
        if column.name not in LOCAL_ONLY_FIELDS
    )
    return BatchPlan(  # plain text throughout: SQLAlchemy's names would import it in the helper
        table=str(table.name),
        names=tuple(map(str, _record_names(table))),
        kinds=kinds,
        columns=tuple(
            CsvColumn(str(c.name), str(c.table_type)) for c in TABLES[table.name].columns
        ),
    )


def _sqlite_batches(
    db: Any,
    sql: str,
    table: Table,
    batch_records: int,
    only: tuple[str, frozenset[str]] | None = None,
    adjust: AdjustColumns | None = None,
) -> Iterator[EncodedBatch]:
    """The SQLite export path: records read in batches, decoded column by column, and both the
    CSV and the JSON made from the columns (`export_batches.encode_rows`: no dict per
    record)."""
    from sync.writer import EncodedBatch

    plan = batch_plan(table)
    for json_text, csv_text, records in encoded_batches(
        plan, db.execute(sql), batch_records, only, adjust
    ):
        yield EncodedBatch(json_text, csv_text, records)


def encode_batch(table_name: str, records: Sequence[dict[str, Any]]) -> EncodedBatch:
    """Record dicts as one batch of the bundle's JSON and CSV text (the generic path)."""
    from sync.codecs import encode_csv_rows, encode_json
    from sync.records import TABLES
    from sync.writer import EncodedBatch

    if not records:
        return EncodedBatch(b"", b"", 0)
    return EncodedBatch(
        memoryview(encode_json(records))[1:-1],
        encode_csv_rows(TABLES[table_name], records).encode("utf-8"),
        len(records),
    )


def _runs_in_helper(adjust: AdjustColumns | None) -> bool:
    from desktop.services.sync.export_worker import runs_in_helper

    return runs_in_helper(adjust)


def _helper_wanted() -> bool:
    """Whether to start the second process: GAPKIT_EXPORT_HELPER=1 always, =0 never (one
    process, as before); otherwise when a second core is free: two cores or more, and no more
    other work ready to run than leaves one of them for the helper. On a machine already busy
    the two processes would share one core, and the export would take longer, not shorter
    (measured: 1k, load 6-7, 2.3-3.8 s against 1.9-2.4 s)."""
    asked = os.environ.get("GAPKIT_EXPORT_HELPER")
    if asked in ("0", "1"):
        return asked == "1"
    affinity = getattr(os, "sched_getaffinity", None)
    cores = len(affinity(0)) if affinity is not None else os.cpu_count() or 1
    return cores >= 2 and _others_running() <= cores - _BUSY_CORE


def _others_running() -> float:
    """How many other tasks are ready to run: now where the system says (Linux's
    /proc/loadavg), else the load average over the last minute (which counts this process's
    own recent work too), else none known."""
    try:
        running = others_in_loadavg(Path("/proc/loadavg").read_text())
    except OSError:
        running = None
    if running is not None:
        return running
    load = getattr(os, "getloadavg", None)
    try:
        return float(load()[0]) if load is not None else 0.0
    except OSError:
        return 0.0


def others_in_loadavg(text: str) -> int | None:
    """The tasks running besides this one, from /proc/loadavg's text ("0.52 0.58 0.59 3/467
    12345": 3 running, this one among them), or None if it does not read so."""
    fields = text.split()
    if len(fields) < 4 or fields[3].count("/") != 1:
        return None
    running = fields[3].split("/")[0]
    return max(int(running) - 1, 0) if running.isdigit() else None


class RecordReader:
    """Runs the export's queries inside one read transaction (one consistent snapshot)."""

    def __init__(self, store: Store, *, helper: bool = False):
        """With `helper`, a second process may read and encode big tables (`start_helper`)."""
        self.store = store
        self._stack = ExitStack()
        self._sqlite: Any = None
        self._connection: Connection | None = None
        self._helper_allowed = helper
        self._same_snapshot: Callable[[], bool] | None = None
        self._helper: ExportHelper | None = None
        # queries the helper was set to work on before they are read (`prepare`)
        self._prepared: dict[int, tuple[TableQuery, ChunkedTable]] = {}

    def __enter__(self) -> RecordReader:
        if self.store.is_sqlite:
            if self._helper_allowed and not _PYTHON_ENCODING_ONLY:
                # before this transaction takes its snapshot (export_worker: the snapshot)
                self._same_snapshot = self._note_data_version()
            # The raw sqlite3 connection, in an explicit transaction: pysqlite would not open
            # one for reads, and every query must see the same committed state.
            raw = self.store.engine.raw_connection()
            self._stack.callback(raw.close)
            self._sqlite = raw.driver_connection
            self._sqlite.execute("BEGIN")
            self._stack.callback(self._sqlite.rollback)
        else:
            connection = self._stack.enter_context(self.store.engine.connect())
            self._stack.enter_context(connection.begin())
            self._connection = connection
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def _database_path(self) -> Path:
        return Path(str(self.store.engine.url.database))

    def _note_data_version(self) -> Callable[[], bool] | None:
        """A check that nothing was committed to the database since now (`PRAGMA
        data_version`, read on a connection of its own that never writes), or None."""
        import sqlite3

        try:
            watcher = sqlite3.connect(sqlite_uri(self._database_path()), uri=True)
        except sqlite3.Error:
            return None
        self._stack.callback(watcher.close)

        def data_version() -> int:
            return int(watcher.execute("PRAGMA data_version").fetchone()[0])

        try:
            noted = data_version()
        except sqlite3.Error:
            return None
        return lambda: data_version() == noted

    def start_helper(self) -> None:
        """Start the second process that reads and encodes big tables with this one
        (`export_worker`); SQLite only, and only if asked for when the reader was made."""
        if self._sqlite is None or self._same_snapshot is None or self._helper is not None:
            return
        if not _helper_wanted():
            return
        from desktop.services.sync.export_worker import ExportHelper

        try:
            self._helper = ExportHelper(self._database_path(), self._same_snapshot)
        except Exception as error:  # noqa: BLE001 - this process reads alone then
            log.info("The export's second process could not start: %r", error)
            return
        self._stack.callback(self._helper.close)

    def start_helper_if_any_holds(self, tables: Iterable[str]) -> None:
        """`start_helper` if one of these tables holds `HELPER_RECORDS` rows or more (those
        the caller will read may be fewer: the count is only a cheap guess)."""
        if self._sqlite is None or self._same_snapshot is None:
            return
        for name in tables:
            held = self.scalar(select(func.count()).select_from(synced_table(name)))
            if int(held or 0) >= HELPER_RECORDS:
                self.start_helper()
                return

    @property
    def helper_cpu_seconds(self) -> float | None:
        """The second process's CPU time, once it has stopped (None if none ran)."""
        return None if self._helper is None else self._helper.cpu_seconds

    def _chunked(
        self,
        table: Table,
        stored: Select[Any],
        sql: str,
        batch_records: int,
        only: tuple[str, frozenset[str]] | None,
        adjust: AdjustColumns | None = None,
    ) -> ChunkedTable | None:
        from desktop.services.sync.export_worker import chunked_table

        seq, rowid = f'"{table.name}".change_seq', f'"{table.name}".rowid'
        in_order = text(f"{seq}, {rowid}")
        within = stored.where(text(f"{seq} = ? AND {rowid} > ? AND {rowid} <= ?"))
        across = stored.where(
            text(
                f"{seq} >= ? AND {seq} <= ? AND ({seq} > ? OR {rowid} > ?) "
                f"AND ({seq} < ? OR {rowid} <= ?)"
            )
        )
        return chunked_table(
            self._sqlite,
            table.name,
            sql,
            self._sql(within.order_by(in_order)),
            self._sql(across.order_by(in_order)),
            batch_plan(table),
            batch_records,
            only,
            adjust,
        )

    def _sql(self, query: Select[Any]) -> str:
        return str(
            query.compile(dialect=self.store.engine.dialect, compile_kwargs={"literal_binds": True})
        )

    def scalar(self, query: Select[Any]) -> Any:
        if self._sqlite is not None:
            row = self._sqlite.execute(self._sql(query)).fetchone()
            return None if row is None else row[0]
        assert self._connection is not None
        return self._connection.execute(query).scalar()

    def rows(self, query: Select[Any]) -> list[tuple[Any, ...]]:
        if self._sqlite is not None:
            return [tuple(row) for row in self._sqlite.execute(self._sql(query)).fetchall()]
        assert self._connection is not None
        return [tuple(row) for row in self._connection.execute(query)]

    def column(self, query: Select[Any]) -> list[Any]:
        return [row[0] for row in self.rows(query)]

    def window(self, *, full: bool, include_drafts: bool) -> _Window:
        exports = ExportRecord.__table__
        counters = Counter.__table__
        last = self.scalar(select(func.max(exports.c.to_seq)))
        drafts = self.scalar(
            select(func.max(exports.c.to_seq)).where(exports.c.include_drafts.is_(True))
        )
        now = self.scalar(select(counters.c.value).where(counters.c.name == "change_seq"))
        return _Window(
            last_to_seq=int(last or 0),
            drafts_to_seq=int(drafts or 0),
            to_seq=int(now or 0),
            full=full,
            include_drafts=include_drafts,
        )

    def next_bundle_seq(self) -> int:
        """One numbering for every bundle this installation signs, exports and packs alike."""
        from desktop.store.models import PackRecord

        exports = ExportRecord.__table__
        packs = PackRecord.__table__
        last_export = int(self.scalar(select(func.max(exports.c.bundle_seq))) or 0)
        last_pack = int(self.scalar(select(func.max(packs.c.bundle_seq))) or 0)
        return max(last_export, last_pack) + 1

    def count(self, window: _Window, table: Table) -> int:
        low = _uniform_low(window)
        if self._sqlite is None and table in ASSESSMENT_FAMILY:
            return self._count_logged(window, table, low)
        own_status = table.name == "assessments"
        if low is not None and (own_status or table in ASSESSMENT_FAMILY):
            # Every included assessment and its family go from the same change number: count
            # the range on the change_seq index, less what held-back drafts own, instead of
            # joining each of a million answers to its assessment (or testing each
            # assessment's own threshold).
            seq = table.c.change_seq
            total = self._count_in_range(table, low, window.to_seq)
            if total and not window.include_drafts:
                held_back: list[ColumnElement[bool]]
                if own_status:
                    held_back = [table.c.status != "completed"]
                else:
                    owners = synced_table("assessments")
                    drafts = select(owners.c.id).where(owners.c.status != "completed")
                    held_back = [table.c.assessment_id.in_(drafts)]
                if not self._holds_only_range(table, low, window.to_seq):
                    # `+ 0` keeps SQLite from walking the change_seq index across every
                    # answer: the few drafts' answers are found through their assessment id
                    # instead (and the drafts themselves by one pass over their table, not a
                    # row lookup per index entry). PostgreSQL's planner chooses well from its statistics, and the
                    # expression would hide them (it then scans every action item, looking
                    # each owner up).
                    unindexed = seq + 0 if self._sqlite is not None else seq
                    held_back += [unindexed > low, unindexed <= window.to_seq]
                total -= int(self.scalar(select(func.count()).select_from(table).where(*held_back)))
            return total
        source, conditions = _where(window, table)
        return int(self.scalar(select(func.count()).select_from(source).where(*conditions)))

    def _count_logged(self, window: _Window, table: Table, low: int | None) -> int:
        """PostgreSQL: a family table's records in this export, summed from the change log its
        triggers keep (migration 0009) under the same conditions as `_where` puts on the records:
        ~one log row per assessment and change number instead of each answer."""
        log = FAMILY_CHANGE_LOG
        seq = log.c.change_seq
        in_table = log.c.table_name == table.name
        if low is not None:
            conditions = [in_table, seq > low, seq <= window.to_seq]
            if not window.include_drafts:
                owners = synced_table("assessments")
                drafts = select(owners.c.id).where(owners.c.status != "completed")
                conditions.append(log.c.assessment_id.not_in(drafts))
            source: FromClause = log
        else:
            assessments = synced_table("assessments").alias("owner")
            source = log.join(assessments, assessments.c.id == log.c.assessment_id)
            conditions = [
                in_table,
                seq > _threshold(window, assessments),
                seq <= window.to_seq,
            ]
        total = select(func.coalesce(func.sum(log.c.records), 0)).select_from(source)
        return int(self.scalar(total.where(*conditions)))

    def _count_in_range(self, table: Table, low: int, high: int) -> int:
        """A table's records with low < change_seq <= high.

        On SQLite, when the range holds many records (at a council that never exported: every
        one), they are counted as the table's records less those outside the range:
        `count(*)` with no condition is SQLite's b-tree count, which adds up each page's cell
        count (7 ms for 1.77 M answers, against 63 ms stepping through the change_seq index),
        and the ranges outside are found on that index. change_seq is never NULL, so the three
        parts add up to the table. A small range is counted directly: the probe stops at
        `_RANGE_PROBE` records, so it costs little either way."""
        seq = table.c.change_seq

        def counted(*conditions: ColumnElement[bool], limit: int | None = None) -> int:
            if limit is None:
                return int(self.scalar(select(func.count()).select_from(table).where(*conditions)))
            probe: Select[Any] = (
                select(literal_column("1")).select_from(table).where(*conditions).limit(limit)
            )
            return int(self.scalar(select(func.count()).select_from(probe.subquery())))

        if self._sqlite is None:
            return counted(seq > low, seq <= high)
        probed = counted(seq > low, seq <= high, limit=_RANGE_PROBE)
        if probed < _RANGE_PROBE:
            return probed
        return counted() - counted(seq <= low) - counted(seq > high)

    def _holds_only_range(self, table: Table, low: int, high: int) -> bool:
        """Whether every record of `table` has low < change_seq <= high (at a council that
        never exported, all do): the drafts' records are then counted without testing each
        one's change number. Two lookups at the ends of the change_seq index."""
        seq = table.c.change_seq
        least = self.scalar(select(func.min(seq)))
        if least is None:
            return True
        return bool(least > low and self.scalar(select(func.max(seq))) <= high)

    def records(self, window: _Window, table: Table) -> list[dict[str, Any]]:
        return self.query_records(
            _record_query(window, table, sqlite=self._sqlite is not None), table
        )

    def records_where(self, table: Table, *conditions: ColumnElement[bool]) -> list[dict[str, Any]]:
        """A table's record dicts meeting `conditions` (field packs choose their own)."""
        return self.query_records(
            record_select(table, self._sqlite is not None, table, conditions), table
        )

    def query_records(self, query: Select[Any], table: Table) -> list[dict[str, Any]]:
        if self._sqlite is not None:
            return _sqlite_records(self._sqlite, self._sql(query), table)
        assert self._connection is not None
        return _generic_records(self._connection, query, table)

    def encoded(
        self,
        table: Table,
        source: Any,
        conditions: Sequence[ColumnElement[bool]],
        batch_records: int | None = None,
        only: tuple[str, frozenset[str]] | None = None,
        adjust: AdjustColumns | None = None,
    ) -> Iterator[EncodedBatch]:
        """A table's records meeting `conditions` (and `only`, changed by `adjust`: see
        TableQuery), as the bundle's JSON and CSV text, batch by batch (at most
        `batch_records` records each), so no table is held whole."""
        batch_records = batch_records or BATCH_RECORDS
        if self._sqlite is not None and not _PYTHON_ENCODING_ONLY:
            stored = record_select(table, True, source, conditions, stored_timestamps=True)
            sql = self._sql(stored)
            helper = self._helper
            if helper is not None and helper.usable and _runs_in_helper(adjust):
                chunked = self._chunked(table, stored, sql, batch_records, only, adjust)
                if chunked is not None:
                    yield from self._helper_batches(helper, chunked)
                    return
            yield from _sqlite_batches(self._sqlite, sql, table, batch_records, only, adjust)
            return
        query = record_select(table, self._sqlite is not None, source, conditions)
        if self._sqlite is not None:
            records = _only(self.query_records(query, table), only)
            for start in range(0, len(records), batch_records):
                batch = _adjusted(records[start : start + batch_records], adjust)
                yield encode_batch(table.name, batch)
            return
        assert self._connection is not None
        names, dated = _record_names(table), _dated_columns(table)
        result = self._connection.execution_options(stream_results=True).execute(query)
        for rows in result.partitions(batch_records):
            records = _only([_generic_record(names, dated, row) for row in rows], only)
            if records:
                yield encode_batch(table.name, _adjusted(records, adjust))

    def _helper_batches(
        self, helper: ExportHelper, chunked: ChunkedTable
    ) -> Iterator[EncodedBatch]:
        from sync.writer import EncodedBatch

        for json_text, csv_text, count in helper.batches(self._sqlite, chunked):
            yield EncodedBatch(json_text, csv_text, count)

    def prepare(self, query: TableQuery) -> bool:
        """Set the second process to work on `query`'s records now, if it will read them (a
        big table, read in key order, an `adjust` step it can run): it then reads and encodes
        them while this process writes the tables before it, and `encoded_query(query)` takes
        what it made. One query at a time (none while one set is not yet read); says whether
        it was set."""
        helper = self._helper
        if (
            self._prepared
            or helper is None
            or not helper.usable
            or not _runs_in_helper(query.adjust)
            or self._sqlite is None
            or _PYTHON_ENCODING_ONLY
        ):
            return False
        stored = record_select(
            query.table, True, query.table, query.conditions, stored_timestamps=True
        )
        chunked = self._chunked(
            query.table,
            stored,
            self._sql(stored),
            query.batch_records or BATCH_RECORDS,
            query.only,
            query.adjust,
        )
        if chunked is None:
            return False
        self._prepared[id(query)] = (query, chunked)
        helper.begin(chunked)
        return True

    def finish_helper(self) -> None:
        """No more big tables to read (none set with `prepare` waits): the second process
        is asked to stop now, and ends while this one writes the rest."""
        if self._helper is not None and not self._prepared:
            self._helper.finish()

    def encoded_query(self, query: TableQuery) -> Iterator[EncodedBatch]:
        prepared = self._prepared.pop(id(query), None)
        helper = self._helper
        if prepared is not None and prepared[0] is query and helper is not None and helper.usable:
            return self._helper_batches(helper, prepared[1])
        return self.encoded(
            query.table,
            query.table,
            query.conditions,
            batch_records=query.batch_records,
            only=query.only,
            adjust=query.adjust,
        )


# ---------------------------------------------------------------------------------------------
# The service


class ExportService:
    """Writes sync bundles of this installation's changes and remembers what it wrote."""

    def __init__(self, store: Store, devices: DeviceService | None = None):
        self.store = store
        self._devices = devices

    @property
    def devices(self) -> DeviceService:
        if self._devices is None:
            from desktop.services.devices import DeviceService

            self._devices = DeviceService(self.store)
        return self._devices

    # -- what is waiting -----------------------------------------------------------------------

    def pending_counts(
        self,
        include_drafts: bool = False,
        full: bool = False,
        tables: Sequence[str] = TABLE_NAMES,
    ) -> dict[str, int]:
        """Records per table (of `tables`) that the next export with these choices would hold."""
        with RecordReader(self.store) as reader:
            window = reader.window(full=full, include_drafts=include_drafts)
            return {name: reader.count(window, synced_table(name)) for name in tables}

    def history(self) -> list[ExportHistoryEntry]:
        """Every bundle written from this data folder, newest first."""
        with self.store.session() as session:
            rows = session.scalars(
                select(ExportRecord).order_by(ExportRecord.bundle_seq.desc())
            ).all()
            return [
                ExportHistoryEntry(
                    bundle_id=row.bundle_id,
                    bundle_seq=row.bundle_seq,
                    created_at=row.created_at,
                    path=row.path,
                    full=row.full,
                    include_drafts=row.include_drafts,
                    encrypted=row.encrypted,
                    from_seq=row.from_seq,
                    to_seq=row.to_seq,
                    counts=dict(row.counts or {}),
                )
                for row in rows
            ]

    # -- the remembered encryption choice ------------------------------------------------------

    def remembered_council_key(self) -> CouncilKeyChoice | None:
        from desktop.services.settings import SettingKey, SettingsService

        value = SettingsService(self.store).get(SettingKey.ENCRYPT_TO)
        if not isinstance(value, dict) or not value.get("public_key"):
            return None
        return CouncilKeyChoice(
            public_key=str(value["public_key"]),
            fingerprint=str(value.get("fingerprint", "")),
            source=str(value.get("source", "")),
        )

    def remember_council_key(self, path_or_text: str | Path | None) -> CouncilKeyChoice | None:
        """Encrypt future exports to this council key (None: stop encrypting)."""
        from desktop.services.settings import SettingKey, SettingsService

        choice = read_council_key(path_or_text) if path_or_text else None
        SettingsService(self.store).set(
            SettingKey.ENCRYPT_TO, choice.as_setting() if choice else None
        )
        return choice

    # -- exporting -----------------------------------------------------------------------------

    def export_bundle(
        self,
        out_path: str | Path,
        *,
        full: bool = False,
        include_drafts: bool = False,
        encrypt_to: str | Path | CouncilKeyChoice | None = None,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write a bundle to `out_path` (a file, or a folder to name the file in) and record it.

        `encrypt_to` is a council.pub path, its base64 text, or a remembered choice.
        `progress(done, total)` and `should_cancel()` are called from this thread.
        Raises NothingToExport, Cancelled or another UserError; nothing is left behind.
        """
        # Tens of thousands of small dicts with no reference cycles: the cyclic collector
        # would walk them again and again while they are read and written, for nothing.
        try:
            with gc_paused():
                result = self._export_bundle(
                    Path(out_path).expanduser(),
                    full=full,
                    include_drafts=include_drafts,
                    encrypt_to=encrypt_to,
                    progress=progress,
                    should_cancel=should_cancel,
                )
            # For support: what was sent, never names or contact details.
            log.info(
                "Exported bundle %s (id %s, number %s, %s, %s records, %s)",
                result.path.name,
                result.bundle_id,
                result.bundle_seq,
                "full" if result.full else "changes",
                result.total,
                "encrypted" if result.encrypted else "NOT encrypted",
            )
            return result
        except UserError as error:
            log.info("Export stopped: %s", _first_line_of(str(error)))
            raise

    def _export_bundle(
        self,
        out_path: Path,
        *,
        full: bool,
        include_drafts: bool,
        encrypt_to: str | Path | CouncilKeyChoice | None,
        progress: Progress | None,
        should_cancel: Callable[[], bool] | None,
    ) -> ExportResult:
        from sync.errors import BundleWriteError, KeyFileError
        from sync.manifest import Manifest
        from sync.writer import write_bundle_stream

        started = time.perf_counter()
        council = self._council_key(encrypt_to)
        signing_key = self.devices.key()

        def check_cancel() -> None:
            if should_cancel is not None and should_cancel():
                raise Cancelled("Export cancelled; no bundle was written.")

        def report(done: float) -> None:
            if progress is not None:
                progress(round(done), PROGRESS_TOTAL)

        report(0)
        with RecordReader(self.store, helper=True) as reader:
            window = reader.window(full=full, include_drafts=include_drafts)
            # Progress by records: counting first is cheap next to the writing.
            expected = {name: reader.count(window, synced_table(name)) for name in TABLE_NAMES}
            if not any(expected.values()):
                raise NothingToExport(_nothing_message(reader, window))
            if max(expected.values()) >= HELPER_RECORDS:
                reader.start_helper()  # it starts on the other core while the rest goes on
            bundle_seq = reader.next_bundle_seq()
            check_cancel()
            now = datetime.now(UTC)
            destination = self._destination(out_path, bundle_seq, now)
            manifest = Manifest.new(
                device_id=self.store.device_id,
                device_name=self.store.device_name,
                bundle_seq=bundle_seq,
                from_seq=self._from_seq(window, reader),
                to_seq=window.to_seq,
                app_version=app_version(),
                full=full,
                include_drafts=include_drafts,
                created_at=now,
            )
            written = 0
            total = max(sum(expected.values()), 1)

            def batches(name: str) -> Iterator[EncodedBatch]:
                nonlocal written
                source, conditions = _where(window, synced_table(name))
                for batch in reader.encoded(synced_table(name), source, conditions):
                    yield batch
                    written += batch.records
                    report(PROGRESS_TOTAL * min(written, total) / total)

            def finish(manifest: Manifest) -> Manifest:
                if not any(manifest.counts.values()):
                    raise NothingToExport(_nothing_message(reader, window))
                return manifest

            try:
                info = write_bundle_stream(
                    destination,
                    manifest=manifest,
                    tables={name: batches(name) for name in TABLE_NAMES},
                    signing_key=signing_key,
                    encrypt_to=_raw_key(council) if council else None,
                    should_cancel=should_cancel,
                    finish_manifest=finish,
                )
            except (BundleWriteError, KeyFileError) as error:
                raise UserError(error.message) from error
        report(PROGRESS_TOTAL)
        try:
            self._record(info, window)
        except BaseException:
            # A bundle the database does not know about would reuse its sequence number.
            info.path.unlink(missing_ok=True)
            raise
        return ExportResult(
            path=info.path,
            bundle_id=info.bundle_id,
            bundle_seq=bundle_seq,
            counts=info.counts,
            size=info.size,
            sha256=info.sha256,
            full=full,
            include_drafts=include_drafts,
            encrypted=info.encrypted,
            council_key_fingerprint=info.council_key_fingerprint,
            from_seq=info.manifest.change_range.from_seq,
            to_seq=window.to_seq,
            seconds=time.perf_counter() - started,
        )

    # -- internals -----------------------------------------------------------------------------

    @staticmethod
    def _from_seq(window: _Window, reader: RecordReader) -> int:
        if window.full:
            return 0
        # Families of assessments completed (or drafts included) since reach back further.
        reaches_back = window.include_drafts
        if not reaches_back:
            assessments = synced_table("assessments")
            source, conditions = _where(window, assessments)
            reaches_back = bool(
                reader.scalar(
                    select(func.count())
                    .select_from(source)
                    .where(*conditions, assessments.c.status == "completed")
                )
            )
        if reaches_back:
            return min(window.drafts_to_seq, window.last_to_seq)
        return window.last_to_seq

    def _destination(self, out: Path, bundle_seq: int, now: datetime) -> Path:
        if out.is_dir():
            name = bundle_file_name(self.store.device_name, bundle_seq, now)
            candidate = out / name
            number = 2
            while candidate.exists():
                candidate = out / f"{name.removesuffix(BUNDLE_SUFFIX)}-{number}{BUNDLE_SUFFIX}"
                number += 1
            return candidate
        if out.exists():
            raise UserError(
                "{path} already exists. Choose another file name, or a folder to save the "
                "bundle in (a new name is then chosen).",
                path=out,
            )
        if not out.parent.is_dir():
            raise UserError(
                "The folder {folder} does not exist; choose another place to save the "
                "bundle (is the USB stick plugged in?).",
                folder=out.parent,
            )
        return out

    @staticmethod
    def _council_key(
        encrypt_to: str | Path | CouncilKeyChoice | None,
    ) -> CouncilKeyChoice | None:
        if encrypt_to is None or encrypt_to == "":
            return None
        if isinstance(encrypt_to, CouncilKeyChoice):
            return encrypt_to
        return read_council_key(encrypt_to)

    def _record(self, info: BundleInfo, window: _Window) -> None:
        manifest = info.manifest
        with self.store.session() as session:
            taken = session.scalar(
                select(func.count())
                .select_from(ExportRecord)
                .where(ExportRecord.bundle_seq == manifest.bundle_seq)
            )
            if taken:
                raise UserError(
                    "Another export from this laptop finished at the same moment, so this "
                    "bundle was not kept. Export again."
                )
            session.add(
                ExportRecord(
                    bundle_id=manifest.bundle_id,
                    bundle_seq=manifest.bundle_seq,
                    created_at=datetime.fromisoformat(manifest.created_at.replace("Z", "+00:00")),
                    path=str(info.path),
                    full=manifest.full,
                    include_drafts=manifest.include_drafts,
                    encrypted=info.encrypted,
                    from_seq=manifest.change_range.from_seq,
                    to_seq=window.to_seq,
                    counts=dict(manifest.counts),
                )
            )


def _nothing_message(reader: RecordReader, window: _Window) -> Message:
    drafts = 0
    if not window.include_drafts:
        with_drafts = replace(window, include_drafts=True)
        drafts = reader.count(with_drafts, synced_table("assessments"))
    # Whole sentences per count, so that each language words its own plural.
    if drafts == 1:
        return Message(
            "Nothing has changed since the last export, so there is nothing to send. 1 draft "
            "assessment is held back until completed; include drafts to send them now. Choose "
            "a full export to send everything again."
        )
    if drafts:
        return Message(
            "Nothing has changed since the last export, so there is nothing to send. {drafts} "
            "draft assessments are held back until completed; include drafts to send them now. "
            "Choose a full export to send everything again.",
            drafts=drafts,
        )
    return Message(
        "Nothing has changed since the last export, so there is nothing to send. Choose a full "
        "export to send everything again."
    )


def _raw_key(choice: CouncilKeyChoice) -> bytes:
    import base64

    return base64.b64decode(choice.public_key)


def table_label(name: str) -> str:
    return TABLE_LABELS.get(name, name.replace("_", " ").capitalize())


def counted(name: str, count: int) -> str:
    """Like "12 organisations" or "1 organisation"."""
    if count == 1 and name in ONE_RECORD_LABELS:
        return f"1 {ONE_RECORD_LABELS[name]}"
    return f"{count:,} {table_label(name).lower()}"


def describe_counts(counts: dict[str, int], names: Iterable[str] = TABLE_NAMES) -> str:
    """Like "12 organisations, 3 assessments": only the tables that have records."""
    parts = [counted(name, counts[name]) for name in names if counts.get(name)]
    return ", ".join(parts) if parts else "nothing"
