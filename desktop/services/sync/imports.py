"""Council import of sync bundles: verify, merge every record in one transaction, record it.

One bundle is all-or-nothing (docs/bundle-format.md, "Importing at the council"):

1. A file already merged (same SHA-256) is reported "already imported" without being opened:
   the merge is idempotent, so merging it again could change nothing.
2. `sync.reader.open_bundle` unpacks it safely, decrypts it with the council key, checks every
   hash; the device list decides whose key the signature is checked against. A bundle from a
   device nobody enrolled is copied to `<data folder>/waiting/` and waits for approval.
3. Every record is validated by the reader; references to records outside the bundle must
   exist in the database.
4. The records of each table are merged with `sync.merge.merge_record` against what the
   database holds (loaded in chunks of ids), then written with bulk INSERT/UPDATE statements.
   Imported records take one new local `change_seq` (so the council can pass them on in its
   own exports) but keep their stamps, `rev` and `modified_*` from the merge: an import is
   not a local edit and writes no audit events (the laptops' own audit events travel in the
   bundle). Conflicts found are stored once each.
5. Any failure rolls the whole transaction back and records the bundle as rejected with a
   message naming the file, the record and the problem.

Conflict review (list, keep, use the other value) is `desktop.services.sync.conflicts`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import logging
import operator
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import orjson
from pydantic_core import from_json
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    Float,
    Integer,
    Table,
    bindparam,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from desktop.errors import Cancelled, Message, NotFound, UserError
from desktop.paths import remove_left_behind
from desktop.services.privacy import ErasureRefused, IncomingErasures
from desktop.services.scores import ScoreService, forget_changed
from desktop.services.sync.pack_import import (
    CHANGES_LISTED,
    authenticate_pack,
    check_pack_records,
    is_council_installation,
    pack_summary,
    wrong_kind_message,
)
from desktop.services.sync.trust import TrustDecision, TrustedDeviceService
from desktop.store.db import Store, in_chunks, quick_check, suspend_foreign_keys
from desktop.store.models import (
    LOCAL_ONLY_FIELDS,
    SCORE_MODELS,
    SYNCED_MODELS,
    AuditEvent,
    Conflict,
    Device,
    ImportRecord,
    SyncedRecord,
    UtcDateTime,
    new_id,
)
from desktop.store.records import (
    compact_family_change_log,
    iso,
    next_change_seq,
    stored_json_number,
)
from sync._gc import gc_paused
from sync.authority import check_references, check_table
from sync.bounded import is_regular_file
from sync.text import shown

if TYPE_CHECKING:
    from sync.import_helper import ImportHelper
    from sync.reader import OpenedBundle, RecordChunk

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]

WAITING_FOLDER = "waiting"
# Quotas of `waiting/`: per unknown device (device id + key) and in all. A laptop's week is
# one or two bundles of a few MB; these leave room for a month of them from many laptops.
WAITING_MAX_BUNDLES_PER_DEVICE = 20
WAITING_MAX_BYTES_PER_DEVICE = 200_000_000
WAITING_MAX_BUNDLES = 200
WAITING_MAX_BYTES = 1_000_000_000
BUNDLE_SUFFIX = ".gapkit"
# An empty table taking at least this many rows gets its secondary indexes built after them.
INDEXES_AFTER_ROWS = 5_000
# A bundle with at least this much JSON has its tables read by a second process while this
# one merges (sync.import_helper), when a core is free; GAPKIT_IMPORT_HELPER=1/0 forces it.
IMPORT_HELPER_BYTES = 4 * 1024 * 1024
IMPORT_HELPER_ENV = "GAPKIT_IMPORT_HELPER"

MODELS_BY_TABLE: dict[str, type[SyncedRecord]] = {
    model.__tablename__: model for model in SYNCED_MODELS
}


@dataclass(frozen=True)
class TableCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass(frozen=True)
class ImportSummary:
    """What happened to one bundle."""

    import_id: str | None
    source: str
    status: str  # merged | rejected | waiting
    bundle_id: str | None = None
    device_id: str | None = None
    device_name: str | None = None
    bundle_seq: int | None = None
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    tables: dict[str, TableCounts] = field(default_factory=dict)
    message: str | None = None
    already_imported: bool = False
    # Reading, checking, merging and committing the bundle (wall clock).
    seconds: float = 0.0
    # Scoring the completed assessments it brought, after the commit (wall and CPU): reported
    # apart because it is the results' cost, not the import's; screens never wait for it.
    scored: int = 0
    scoring_seconds: float = 0.0
    scoring_cpu_seconds: float = 0.0
    # Completed assessments whose results were not stored because the person cancelled while
    # they were: the import stays, and the next screen that reads results scores them.
    results_left: int = 0

    @property
    def rejected(self) -> bool:
        return self.status == "rejected"

    @property
    def waiting(self) -> bool:
        return self.status == "waiting"

    def describe(self) -> str:
        """One line for the CLI and the import page (control characters escaped)."""
        return shown(self._describe())

    def _describe(self) -> str:
        if self.status == "rejected":
            return f"REJECTED {self.source}: {self.message}"
        if self.status == "waiting":
            return f"WAITING  {self.source}: {self.message}"
        what = (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.conflicts} conflict{'s' if self.conflicts != 1 else ''}"
        )
        origin = f"bundle {self.bundle_seq} from {self.device_name}"
        if self.already_imported:
            return f"merged   {self.source} ({origin}): already imported, {what}"
        return f"merged   {self.source} ({origin}): {what}"


@dataclass(frozen=True)
class ImportHistoryEntry:
    id: str
    bundle_id: str | None
    device_id: str | None
    device_name: str | None
    bundle_seq: int | None
    imported_at: datetime
    source_path: str
    status: str
    message: str | None
    summary: dict[str, Any]
    kept_path: str | None


class _Rejected(Exception):
    """Internal: abandon the bundle's transaction with this message (a `Message`, shown in
    the app's language)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# ---------------------------------------------------------------------------------------------
# Record dicts <-> database rows


@dataclass(frozen=True)
class _TableInfo:
    table: Table
    columns: tuple[str, ...]  # record columns (without change_seq, field_stamps)
    datetimes: frozenset[str]
    dates: frozenset[str]
    json_columns: frozenset[str]
    booleans: frozenset[str]
    # Columns that may hold NULL (bound as _NULL_PARAMETER by _SqliteRows).
    nullable: frozenset[str] = frozenset()
    # Numbers and flags: (column, the one Python type an incoming value of it may have to be
    # compared as stored, see _SqliteRows.identical).
    exact_types: tuple[tuple[str, type], ...] = ()

    def indexes(self, names: frozenset[str]) -> tuple[int, ...]:
        return tuple(i for i, name in enumerate(self.columns) if name in names)


def _table_info(model: type[SyncedRecord]) -> _TableInfo:
    table = cast(Table, model.__table__)
    columns = tuple(c.name for c in table.columns if c.name not in LOCAL_ONLY_FIELDS)

    def of_type(*types: type) -> frozenset[str]:
        return frozenset(c.name for c in table.columns if isinstance(c.type, types))

    datetimes = of_type(UtcDateTime)
    return _TableInfo(
        table=table,
        columns=columns,
        datetimes=datetimes,
        dates=of_type(Date) - datetimes,
        json_columns=of_type(JSON) - {"field_stamps"},
        booleans=of_type(Boolean),
        nullable=frozenset(c.name for c in table.columns if c.nullable and c.name in columns),
        exact_types=tuple(
            (c.name, c.type.python_type)
            for c in table.columns
            if isinstance(c.type, Boolean | Integer | Float) and c.name in columns
        ),
    )


_TABLES: dict[str, _TableInfo] = {name: _table_info(m) for name, m in MODELS_BY_TABLE.items()}


def _to_row(info: _TableInfo, record: Mapping[str, Any], change_seq: int) -> dict[str, Any]:
    """A merged record dict as the values of its database row."""
    row = {name: record[name] for name in info.columns}
    for name in info.datetimes:
        value = row[name]
        if value is not None:
            row[name] = datetime.fromisoformat(value)
    for name in info.dates:
        value = row[name]
        if value is not None:
            row[name] = date.fromisoformat(value)
    row["field_stamps"] = record["_stamps"]
    row["change_seq"] = change_seq
    return row


def _to_record(info: _TableInfo, row: Mapping[str, Any]) -> dict[str, Any]:
    """A database row as the record dict the merge rule works on (the bundle's form)."""
    record = {name: row[name] for name in info.columns}
    for name in info.datetimes:
        value = record[name]
        if value is not None:
            record[name] = iso(value)
    for name in info.dates:
        value = record[name]
        if value is not None:
            record[name] = value.isoformat()
    record["_stamps"] = row["field_stamps"] or {}
    return record


def _json_text(value: Any) -> str:
    # Compact UTF-8 JSON (orjson: ~3x faster than pydantic-core's encoder on a record's
    # stamps); it reads back as the same value as what SQLAlchemy's JSON type writes.
    return orjson.dumps(value).decode("utf-8")


class _Rows:
    """Reading and bulk-writing one table's records inside the import's transaction.

    This generic version uses SQLAlchemy Core (and COPY for inserts on PostgreSQL).
    """

    def __init__(self, session: Session):
        self.session = session
        self.dialect = session.get_bind().dialect.name

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Around all of an import's writes (SQLite widens its page cache)."""
        yield

    @contextlib.contextmanager
    def indexes_after(self, info: _TableInfo) -> Iterator[None]:
        """Around the load of a table that was empty (SQLite builds its secondary indexes
        once afterwards)."""
        yield

    def is_empty(self, info: _TableInfo) -> bool:
        table = info.table
        return self.session.execute(select(table.c.id).limit(1)).first() is None

    def holds_fewer(self, info: _TableInfo, rows: int) -> bool:
        """Whether the table holds fewer than `rows` rows (counted no further than that)."""
        table = info.table
        counted = select(table.c.id).limit(rows).subquery()
        held = self.session.execute(select(func.count()).select_from(counted)).scalar_one()
        return int(held) < rows

    def suspend_foreign_keys(self, tables: Sequence[str], incoming: int) -> bool:
        """Before an import's first write: True if the foreign keys are to be checked once at
        the end (`check_foreign_keys`) rather than row by row (SQLite's bulk loads)."""
        return False

    def check_foreign_keys(self, tables: Sequence[str], refuse: Callable[[str, str], None]) -> None:
        """After the writes, if suspended: `refuse(table, record id)` rejects the bundle."""

    def load(self, info: _TableInfo, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """What the database holds for these ids, as record dicts."""
        table = info.table
        held: dict[str, dict[str, Any]] = {}
        columns = [table.c[name] for name in info.columns] + [table.c.field_stamps]
        for chunk in in_chunks(ids):
            query = select(*columns).where(table.c.id.in_(chunk))
            for row in self.session.execute(query).mappings():
                held[row["id"]] = _to_record(info, dict(row))
        return held

    def identical(self, info: _TableInfo, records: Sequence[dict[str, Any]]) -> set[str]:
        """The ids of the records the database holds exactly as they come (SQLite)."""
        return set()

    def insert(self, info: _TableInfo, records: list[dict[str, Any]], change_seq: int) -> None:
        if not records:
            return
        if self.dialect == "postgresql":
            self._copy(info, records, change_seq)
            return
        rows = [_to_row(info, record, change_seq) for record in records]
        self.session.execute(insert(info.table), rows)

    def update(
        self, info: _TableInfo, records: list[dict[str, Any]], change_seq: int | None
    ) -> None:
        """Write merged records over the held ones; `change_seq` None keeps each row's own."""
        if not records:
            return
        table = info.table
        names = [*info.columns, "field_stamps"] + (["change_seq"] if change_seq is not None else [])
        statement = (
            update(table)
            .where(table.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in names if name != "id"})
        )
        rows = [_to_row(info, record, change_seq or 0) for record in records]
        self.session.execute(statement, [{**row, "_id": row["id"]} for row in rows])

    def _copy(self, info: _TableInfo, records: list[dict[str, Any]], change_seq: int) -> None:
        """PostgreSQL's COPY: the server parses ISO timestamps and JSON text itself."""
        json_at = info.indexes(info.json_columns)
        getter = operator.itemgetter(*info.columns)
        names = ", ".join(f'"{name}"' for name in (*info.columns, "field_stamps", "change_seq"))
        raw = self.session.connection().connection.driver_connection
        statement = f'COPY "{info.table.name}" ({names}) FROM STDIN'
        with raw.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[union-attr]
            for record in records:
                values = list(getter(record))
                for index in json_at:
                    values[index] = _json_text(values[index])
                values.append(_json_text(record["_stamps"]))
                values.append(change_seq)
                copy.write_row(values)


# SQLAlchemy keeps SQLite timestamps as text "YYYY-MM-DD HH:MM:SS.ffffff" (UTC); the bundle's
# are "YYYY-MM-DDTHH:MM:SS.fffZ". Converting the text directly, in SQL on the way out and by
# slicing on the way in, is what keeps a 70,000-record import near the sqlite3 tool's speed.
def _sqlite_iso(column: str) -> str:
    return f"substr({column}, 1, 10) || 'T' || substr({column}, 12, 12) || 'Z'"


class _SqliteRows(_Rows):
    """The same on SQLite through the sqlite3 connection itself, without per-value overhead."""

    # SQLite's page cache while a table's records are written (its default is 2 MB): 100k
    # answers update several indexes at random places, and with the small cache each page
    # goes out to the OS and back. Measured on a field pack: the inserts take ~0.8x the time.
    WRITE_CACHE_KIB = 64 * 1024

    def __init__(self, session: Session):
        super().__init__(session)
        raw: Any = session.connection().connection.driver_connection
        self.raw = raw
        self._cache_widened = False

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        with self._large_cache():
            yield

    @contextlib.contextmanager
    def _large_cache(self) -> Iterator[None]:
        if self._cache_widened:  # kept wide across an import's chunks (pages stay cached)
            yield
            return
        self._cache_widened = True
        usual = int(self.raw.execute("PRAGMA cache_size").fetchone()[0])
        self.raw.execute(f"PRAGMA cache_size = -{self.WRITE_CACHE_KIB}")
        try:
            yield
        finally:
            # The pooled connection goes back to its usual cache (the GUI's memory budget).
            self._cache_widened = False
            with contextlib.suppress(sqlite3.Error):
                self.raw.execute(f"PRAGMA cache_size = {usual}")

    def is_empty(self, info: _TableInfo) -> bool:
        name = info.table.name
        return self.raw.execute(f'SELECT 1 FROM "{name}" LIMIT 1').fetchone() is None

    def holds_fewer(self, info: _TableInfo, rows: int) -> bool:
        return self._held_up_to(info.table.name, rows) < rows

    def _held_up_to(self, name: str, rows: int) -> int:
        """How many rows the table holds, counted no further than `rows`."""
        query = f'SELECT count(*) FROM (SELECT 1 FROM "{name}" LIMIT ?)'
        return int(self.raw.execute(query, (rows,)).fetchone()[0])

    def suspend_foreign_keys(self, tables: Sequence[str], incoming: int) -> bool:
        """A bundle bringing more records than the database holds (a council's first
        imports, a fresh laptop's pack) is written with SQLite's foreign keys off, and they
        are checked once at the end, table by table (`PRAGMA foreign_key_check`): one pass
        instead of a parent lookup per row, and the pass costs no more than the bundle's size.
        Every reference was already checked by the import (sync.reader, _check_references);
        this keeps the database's own guarantee. They come back on when the connection goes
        back to the pool (desktop.store.db.suspend_foreign_keys)."""
        if incoming < INDEXES_AFTER_ROWS:
            return False  # a small bundle: no table is counted
        if sum(self._held_up_to(name, incoming) for name in tables) >= incoming:
            return False
        return suspend_foreign_keys(self.session.connection())

    def check_foreign_keys(self, tables: Sequence[str], refuse: Callable[[str, str], None]) -> None:
        for name in tables:
            problem = self.raw.execute(f'PRAGMA foreign_key_check("{name}")').fetchone()
            if problem is not None:
                found = self.raw.execute(
                    f'SELECT id FROM "{name}" WHERE rowid = ?', (problem[1],)
                ).fetchone()
                refuse(name, found[0] if found else "?")

    @contextlib.contextmanager
    def indexes_after(self, info: _TableInfo) -> Iterator[None]:
        """The table's secondary indexes dropped while an empty table takes its rows, and
        built again once after them: one sort instead of a random insert per row and index
        (measured: the inserts of a 100,000-answer bundle in about 0.64x the time). Inside the
        import's transaction, so a failure rolls the indexes back with the rows; unique
        indexes stay, as does every check they make."""
        found = _droppable_indexes(self.raw, info.table.name)
        if found and not self.raw.in_transaction:
            # Python's sqlite3 driver opens a transaction only before an INSERT, UPDATE or
            # DELETE: a DROP INDEX before the import's first write (a fresh laptop's pack
            # starts with its organisations) would be committed on its own, and a cancelled,
            # failed or killed import would leave the table without its indexes for good.
            self.raw.execute("BEGIN")
        for name, _sql in found:
            self.raw.execute(f'DROP INDEX "{name}"')
        try:
            yield
        except BaseException:
            for _name, sql in found:
                with contextlib.suppress(sqlite3.Error):  # rolled back with the import
                    self.raw.execute(sql)
            raise
        # After a load that went well an index that can't be built (a full disk) fails the
        # import: committing without it would leave the database short of an index for good.
        for _name, sql in found:
            self.raw.execute(sql)

    def load(self, info: _TableInfo, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        selected = []
        for name in info.columns:
            quoted = f'"{name}"'
            selected.append(_sqlite_iso(quoted) if name in info.datetimes else quoted)
        selected.append('"field_stamps"')
        names = [*info.columns, "_stamps"]
        json_at = info.indexes(info.json_columns)
        bool_at = info.indexes(info.booleans)
        stamps_at = len(info.columns)
        id_at = info.columns.index("id")
        held: dict[str, dict[str, Any]] = {}
        query = f'SELECT {", ".join(selected)} FROM "{info.table.name}" WHERE id IN '
        for chunk in in_chunks(ids):
            placeholders = "(" + ",".join("?" * len(chunk)) + ")"
            for row in self.raw.execute(query + placeholders, list(chunk)):
                values = list(row)
                for index in json_at:
                    text = values[index]
                    # A JSON column has NUMERIC affinity in SQLite: '5' comes back as 5.
                    if isinstance(text, str):
                        values[index] = from_json(text)
                    elif text is not None:
                        values[index] = stored_json_number(text)
                for index in bool_at:
                    value = values[index]
                    values[index] = None if value is None else bool(value)
                values[stamps_at] = from_json(values[stamps_at]) if values[stamps_at] else {}
                held[values[id_at]] = dict(zip(names, values, strict=True))
        return held

    def identical(self, info: _TableInfo, records: Sequence[dict[str, Any]]) -> set[str]:
        """The ids of the records held here exactly as they come: each value as it would be
        written equals the stored one, as text for text and JSON, as the same number or flag
        for the rest. Such a record is its held one (decoding the held row would give back the
        incoming dict, value for value and type for type), so the merge needs neither to read
        it nor to merge it: a bundle of records already held (the same records in a new file)
        costs one plain read of the rows, not a decoding and a merge of each.

        The incoming values must be of the columns' own Python types (an int for a float
        column, say, is compared the slow way: the merge rules tell 2 from 2.0), and carry
        no field beyond the table's."""
        if not records:
            return set()
        names = ", ".join(f'"{name}"' for name in (*info.columns, "field_stamps"))
        query = f'SELECT {names} FROM "{info.table.name}" WHERE id IN '
        id_at = info.columns.index("id")
        stored: dict[str, tuple[Any, ...]] = {}
        for chunk in in_chunks([record["id"] for record in records]):
            placeholders = "(" + ",".join("?" * len(chunk)) + ")"
            rows = self.raw.execute(query + placeholders, list(chunk)).fetchall()
            stored.update(zip(map(operator.itemgetter(id_at), rows), rows, strict=True))
        if not stored:
            return set()
        # Of the columns only (a missing one: KeyError below, then the slow way for all).
        width = len(info.columns) + 1
        held = [r for r in records if len(r) == width and r["id"] in stored]
        json_at = [(i, info.columns[i]) for i in info.indexes(info.json_columns)]
        exact_at = [info.columns.index(name) for name, _kind in info.exact_types]
        expected = tuple(kind for _name, kind in info.exact_types)
        several = operator.itemgetter(*exact_at)
        exact_values = several if len(exact_at) > 1 else (lambda values: (several(values),))
        same: set[str] = set()
        try:
            for record, values in zip(held, self._values(info, held, None), strict=True):
                row = stored[values[id_at]]  # change_seq: local, not compared
                for i, name in json_at:
                    # A JSON column has NUMERIC affinity: the text '3' was stored as 3, and is
                    # read back as that number (load, and beyond 2**53 as the float it was):
                    # the same only if the incoming value is that number, of the same type.
                    number = row[i]
                    if number is not None and not isinstance(number, str):
                        number = stored_json_number(number)
                        value = record[name]
                        same_number = type(value) is type(number) and value == number
                        values[i] = number if same_number else _DIFFERENT
                if tuple(values) != row:
                    continue
                kinds = tuple(map(type, exact_values(values)))
                if kinds == expected or all(
                    kind is type(None) or kind is wanted
                    for kind, wanted in zip(kinds, expected, strict=True)
                ):
                    same.add(values[id_at])
        except (KeyError, TypeError, ValueError):  # a field missing, or a value orjson can't
            return set()  # write: merged the slow way
        return same

    @staticmethod
    def _values(
        info: _TableInfo,
        records: list[dict[str, Any]],
        change_seq: int | None,
        *,
        bound: bool = False,
    ) -> Iterator[list[Any]]:
        """Each record's values in column order, then field_stamps and change_seq (None: no
        change_seq), as they are written.

        A row at a time (one itemgetter call a record measured ~2x faster than a column at a
        time with map); JSON by orjson. Timestamps in SQLAlchemy's text form:
        "2026-11-24T09:15:02.123Z" -> "2026-11-24 09:15:02.123000" (str.replace here costs
        about a fifth of SQLite's replace() in the statement).

        `bound`: as parameters for the sqlite3 module, which binds an int, float or str
        directly but sends anything else (None, a bool) through its adapter lookup first,
        ~0.35 us a value: a flag goes as 0 / 1 and a NULL as _null_parameter() (SQLite
        stores the same: the integer, and NULL). Measured on the 1k bundle's 100,483 answers
        (four such values a row): the inserts in ~0.8x the time.
        """
        make_row = _row_maker(info, bound)
        if change_seq is None:
            yield from map(make_row, records)
            return
        for record in records:
            values = make_row(record)
            values.append(change_seq)
            yield values

    def insert(self, info: _TableInfo, records: list[dict[str, Any]], change_seq: int) -> None:
        if not records:
            return
        statement = _insert_statement(info, change_seq)
        # In id order the primary key index grows at its end instead of splitting pages.
        ordered = sorted(records, key=operator.itemgetter("id"))
        with self._large_cache():
            self.raw.executemany(statement, map(_row_maker(info, True), ordered))

    def update(
        self, info: _TableInfo, records: list[dict[str, Any]], change_seq: int | None
    ) -> None:
        if not records:
            return
        names = [*info.columns, "field_stamps"] + (["change_seq"] if change_seq is not None else [])
        assignments = ", ".join(f'"{name}" = ?' for name in names)
        statement = f'UPDATE "{info.table.name}" SET {assignments} WHERE id = ?'
        id_at = info.columns.index("id")
        rows = self._values(info, records, change_seq, bound=True)
        with self._large_cache():
            self.raw.executemany(statement, ([*row, row[id_at]] for row in rows))


def _insert_statement(info: _TableInfo, change_seq: int) -> str:
    """The INSERT the import writes a table's new rows with (values as `_row_maker` makes
    them); the change number, the same for every row, is written into the statement once."""
    names = [*info.columns, "field_stamps", "change_seq"]
    quoted = ", ".join(f'"{name}"' for name in names)
    marks = ", ".join(["?"] * (len(info.columns) + 1) + [str(int(change_seq))])
    return f'INSERT INTO "{info.table.name}" ({quoted}) VALUES ({marks})'


def _droppable_indexes(raw: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """The (name, CREATE statement) of a table's secondary indexes, the ones
    `_SqliteRows.indexes_after` drops and builds again (unique indexes stay)."""
    return raw.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'",
        (table,),
    ).fetchall()


@functools.cache
def _row_maker(info: _TableInfo, bound: bool) -> Callable[[Mapping[str, Any]], list[Any]]:
    """A function giving one record's values as `_SqliteRows._values` writes them (without
    change_seq): one list display made for the table, with each column's conversion written
    into it, instead of a loop per kind of column over a list made first (the 1k bundle's
    96,395 answers: 0.19 -> ~0.1 s). The source is made from our own schema's column names
    only (repr'd), never from a bundle."""
    null = _null_parameter() if bound else None
    flags = info.booleans if bound else frozenset()
    # Other columns that may hold NULL (JSON is never NULL: None is the text 'null').
    plain = info.nullable - info.json_columns - info.datetimes - info.booleans
    nulls = plain if bound and null is not None else frozenset()
    cells = []
    for name in info.columns:
        value = f"record[{name!r}]"
        if name in info.json_columns:
            cells.append(f"_encode({value}).decode()")
        elif name in info.datetimes:
            cells.append(
                f"(_null if (value := {value}) is None "
                "else value.replace('T', ' ').replace('Z', '000'))"
            )
        elif name in flags:
            # as {True: 1, False: 0, None: NULL}.get(value, value)
            cells.append(
                f"(1 if (value := {value}) is True else 0 if value is False "
                "else _null if value is None else value)"
            )
        elif name in nulls:
            cells.append(f"(_null if (value := {value}) is None else value)")
        else:
            cells.append(value)
    cells.append("_encode(record['_stamps']).decode()")
    source = "def make_row(record):\n    return [" + ", ".join(cells) + "]\n"
    namespace: dict[str, Any] = {"_encode": orjson.dumps, "_null": null}
    exec(compile(source, f"<import row of {info.table.name}>", "exec"), namespace)
    return cast(Callable[[Mapping[str, Any]], list[Any]], namespace["make_row"])


@functools.cache
def _null_parameter() -> float | None:
    """What the import binds for NULL on SQLite: NaN. SQLite has no NaN: a NaN bound is
    NULL from then on (sqlite3VdbeMemSetDouble), and the sqlite3 module binds a float
    without the adapter lookup None goes through. Checked once against the SQLite in use:
    None (bound as before) if a NaN would not be NULL there."""
    nan = float("nan")
    with contextlib.closing(sqlite3.connect(":memory:")) as probe:
        found = probe.execute("SELECT typeof(?), ? IS NULL", (nan, nan)).fetchone()
    return nan if tuple(found) == ("null", 1) else None


class _Different:
    """Equal to nothing (a value found not to be the stored one)."""

    def __eq__(self, other: object) -> bool:
        return False

    __hash__ = None  # type: ignore[assignment]


_DIFFERENT = _Different()


def _rows_for(session: Session) -> _Rows:
    if session.get_bind().dialect.name == "sqlite":
        return _SqliteRows(session)
    return _Rows(session)


def _refuse_problems(
    bundle: Any, rows: Sequence[Mapping[str, Any]], problems: Sequence[Any], start: int = 0
) -> None:
    """Reject the bundle with the first authority problem, naming file, record and rule.

    `rows`: the records (of the problem's table) read with it, the first of them record
    number `start` of its file."""
    if not problems:
        return
    first = problems[0]
    index = start + next((i for i, r in enumerate(rows) if r["id"] == first.record_id), 0)
    more = len(problems) - 1
    where = {
        "source": bundle.source,
        "table": first.table,
        "number": index + 1,
        "record_id": first.record_id,
        "problem": first.what,
    }
    if more == 0:
        raise _Rejected(
            Message(
                "{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The "
                "device that sent it may not write this; nothing was imported.",
                **where,
            )
        )
    if more == 1:
        raise _Rejected(
            Message(
                "{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The "
                "device that sent it may not write this (1 more such problem); nothing was "
                "imported.",
                **where,
            )
        )
    raise _Rejected(
        Message(
            "{source}: data/{table}.json, record {number} (id {record_id}): {problem}. The "
            "device that sent it may not write this ({more} more such problems); nothing was "
            "imported.",
            more=more,
            **where,
        )
    )


# What is kept of a table read earlier in the same bundle, for the checks of later tables
# (rule 5) and for the conflicts: table -> field -> {id: value}. Ids and parents only, so an
# import's memory does not grow with its bundle.
_KEPT_FIELDS: dict[str, tuple[str, ...]] = {
    "participants": ("assessment_id",),
    "assessments": ("organisation_id",),
}


def _lookup(
    session: Session, kept: Mapping[str, Mapping[str, Mapping[str, Any]]]
) -> Callable[[str, Iterable[str], str], dict[str, Any]]:
    """A field of records by id: from what the bundle brought, else from the database (one
    query per chunk of ids, never one per record)."""

    def find(table: str, ids: Iterable[str], field_name: str) -> dict[str, Any]:
        wanted = set(ids)
        brought = kept.get(table, {}).get(field_name, {})
        found = {i: brought[i] for i in wanted if i in brought}
        missing = sorted(wanted - found.keys())
        columns = _TABLES[table].table.c
        for chunk in in_chunks(missing):
            query = select(columns.id, columns[field_name]).where(columns.id.in_(chunk))
            found.update({row_id: value for row_id, value in session.execute(query)})
        return found

    return find


def _merged_summary(
    bundle: OpenedBundle,
    file_hash: str | None,
    counts: Mapping[str, TableCounts],
    new_conflicts: int,
    change_seq: int,
) -> dict[str, Any]:
    """What the `imports` row keeps about a merged bundle (the History tab, subject access)."""
    manifest = bundle.manifest
    return {
        "file_sha256": file_hash,
        "encrypted": bool(bundle.encrypted),
        "full": manifest.full,
        "added": sum(c.added for c in counts.values()),
        "updated": sum(c.updated for c in counts.values()),
        "unchanged": sum(c.unchanged for c in counts.values()),
        "conflicts": new_conflicts,
        # the change number the records took here (subject access: which bundle carried)
        "change_seq": change_seq,
        "tables": {
            t: {"added": c.added, "updated": c.updated, "unchanged": c.unchanged}
            for t, c in counts.items()
        },
    }


@dataclass
class _TableMerge:
    """One table of a bundle, merged against what is held: rows to insert, rows to update."""

    info: _TableInfo
    inserts: list[dict[str, Any]]
    updates: list[dict[str, Any]]
    unchanged: int


def _merge_table(
    rows: Any,
    bundle: OpenedBundle,
    chunk: RecordChunk,
    fresh: bool,
    found_conflicts: list[tuple[str, Any, dict[str, Any]]],
) -> _TableMerge:
    """Merge one chunk of a table's incoming records with the held ones (sync.merge's
    field-by-field rule), after the authority checks; conflicts found are added to
    `found_conflicts`. `fresh`: the table was empty before this import (nothing to load)."""
    from sync.merge import merge_record

    table_name = chunk.table
    info = _TABLES[table_name]
    incoming = chunk.records
    held: dict[str, dict[str, Any]] = {}
    if not fresh:
        # Form snapshots are few, and their rule (rule 3) checks what they carry: read them.
        same = set() if table_name == "form_snapshots" else rows.identical(info, incoming)
        held = rows.load(info, [r["id"] for r in incoming if r["id"] not in same])
        # A record held exactly as it comes is its own held record (see _Rows.identical):
        # the authority rules see what they would have seen, the merge finds it unchanged.
        held.update((r["id"], r) for r in incoming if r["id"] in same)
    # Who may write what (sync/authority.py), on the whole chunk at once. A pack from the
    # council relays every device's edits.
    is_pack = bundle.manifest.kind == "field-pack"
    authority = check_table(table_name, incoming, held, bundle.device_id, relay=is_pack)
    _refuse_problems(bundle, incoming, authority.problems, chunk.start)
    for conflict in authority.held_tombstones:
        found_conflicts.append((table_name, conflict, held[conflict.record_id]))
    merged = _TableMerge(info, [], [], 0)
    for record in authority.records:
        current = held.get(record["id"])
        if current is None:
            merged.inserts.append(record)
            continue
        if current is record:  # held exactly as it comes
            merged.unchanged += 1
            continue
        result = merge_record(current, record)
        if result.outcome == "unchanged":
            merged.unchanged += 1
        else:
            merged.updates.append(result.record)
        for conflict in result.conflicts:
            found_conflicts.append((table_name, conflict, result.record))
    return merged


def _helper_wanted(json_bytes: int) -> bool:
    """Whether to read the tables in a second process: GAPKIT_IMPORT_HELPER=1 (or "wait")
    always, =0 never; otherwise for a bundle big enough to pay for its start, when a second core is free
    (the export helper's rule: on a busy machine the two processes share one core)."""
    from sync.import_helper import available

    if not available():
        return False
    asked = os.environ.get(IMPORT_HELPER_ENV)
    if asked in ("0", "1", "wait"):
        return asked != "0"
    if json_bytes < IMPORT_HELPER_BYTES:
        return False
    affinity = getattr(os, "sched_getaffinity", None)
    cores = len(affinity(0)) if affinity is not None else os.cpu_count() or 1
    if cores < 2:
        return False
    from desktop.services.sync.export import others_in_loadavg

    try:
        running = others_in_loadavg(Path("/proc/loadavg").read_text())
    except OSError:
        running = None
    return running is not None and running <= cores - 1


def _start_import_helper() -> ImportHelper | None:
    from sync.import_helper import ImportHelper

    try:
        return ImportHelper()
    except Exception:  # noqa: BLE001 - no second process: the import reads here, as before
        log.warning("could not start the import's reading process", exc_info=True)
        return None


def _reading(
    bundle: OpenedBundle,
    helper: ImportHelper | None,
    decrypt_key: Any,
    check_cancel: Callable[[], None],
) -> Any:
    """What the import reads the tables through: the bundle itself, or the helper's chunks."""
    if helper is None or bundle.verified_key is None:
        return bundle
    from sync.import_helper import HelperFailed, HelperReading

    try:
        helper.begin(bundle, bundle.verified_key, decrypt_key, bundle.tables)
    except HelperFailed:
        return bundle
    # "wait": every chunk through the helper, however small the bundle (the tests' switch).
    wait_from = 0 if os.environ.get(IMPORT_HELPER_ENV) == "wait" else None
    return HelperReading(bundle, helper, check_cancel, wait_from)


def _mark_arrival(session: Session, event_ids: Sequence[str], bundle_id: str) -> None:
    """Note on newly arrived audit events which bundle brought them (the History panels)."""
    for chunk in in_chunks(event_ids):
        session.execute(
            update(AuditEvent).where(AuditEvent.id.in_(chunk)).values(bundle_id=bundle_id)
        )


def _holds_results(session: Session) -> bool:
    """Whether any stored result is held (the import itself stores none before its commit)."""
    return any(
        session.execute(select(literal(1)).select_from(model.__table__).limit(1)).first()
        for model in SCORE_MODELS
    )


def _existing_ids(session: Session, table: Table, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in in_chunks(ids):
        found.update(session.scalars(select(table.c.id).where(table.c.id.in_(chunk))))
    return found


def _file_sha256(path: Path) -> str | None:
    if not is_regular_file(path.resolve()):
        return None
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


# ---------------------------------------------------------------------------------------------
# The service


def log_import(summary: ImportSummary) -> None:
    """One line per bundle for support: ids and counts, never names or contact details."""
    if summary.status == "rejected":
        log.warning(
            "Bundle %s from device %s rejected: %s",
            Path(summary.source).name,
            summary.device_id or "unknown",
            (summary.message or "").split("\n")[0],
        )
        return
    log.info(
        "Bundle %s (id %s, number %s) from device %s: %s%s; added %s, updated %s, "
        "unchanged %s, conflicts %s, %.2f s; %s results stored in %.2f s after the commit",
        Path(summary.source).name,
        summary.bundle_id,
        summary.bundle_seq,
        summary.device_id or "unknown",
        summary.status,
        " (already imported)" if summary.already_imported else "",
        summary.added,
        summary.updated,
        summary.unchanged,
        summary.conflicts,
        summary.seconds,
        summary.scored,
        summary.scoring_seconds,
    )


class ImportService:
    """Imports bundles into this (council) database and reports what happened."""

    def __init__(self, store: Store, council_key: Any = None):
        """`council_key`: the council's private key (an X25519PrivateKey or the path of
        `council.key`); if None, the path in settings, else `<data folder>/keys/council.key`."""
        self.store = store
        self._council_key = council_key
        self.devices = TrustedDeviceService(store)

    # -- importing ---------------------------------------------------------------------------

    def import_bundle(
        self,
        path: str | Path,
        *,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
        results_progress: Progress | None = None,
    ) -> ImportSummary:
        """Import one bundle (a laptop's export, or on a laptop a council's field pack). Never
        raises for a bad bundle: the summary says "rejected" and why. Raises Cancelled if
        `should_cancel()` turns true while merging (nothing is changed); once the merge is
        committed, a cancel only stops storing results (`results_progress` reports that step,
        see `_store_results`)."""
        summary = self._import(
            Path(path),
            progress=progress,
            should_cancel=should_cancel,
            results_progress=results_progress,
        )
        log_import(summary)
        return summary

    def import_pack(
        self,
        path: str | Path,
        *,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
        results_progress: Progress | None = None,
    ) -> ImportSummary:
        """Laptop: import a field pack from the trusted council ("Import from the council").

        Anything else (a laptop's export, a pack signed by another key or made by another
        council or for another laptop) is rejected and changes nothing. Cancelling works as
        for `import_bundle`."""
        return self._import(
            Path(path),
            progress=progress,
            should_cancel=should_cancel,
            results_progress=results_progress,
            expect="field-pack",
        )

    def _import(
        self,
        path: Path,
        *,
        progress: Progress | None,
        should_cancel: Callable[[], bool] | None,
        results_progress: Progress | None = None,
        waiting_import_id: str | None = None,
        source_path: str | None = None,
        expect: str | None = None,
    ) -> ImportSummary:

        from sync.bounded import BoundedInputError
        from sync.errors import BundleError, KeyFileError

        started = time.perf_counter()
        source = source_path or str(path)
        file_hash: str | None = None
        bundle: OpenedBundle | None = None

        def check_cancel() -> None:
            if should_cancel is not None and should_cancel():
                raise Cancelled("Import cancelled; the database was not changed.")

        try:
            file_hash = _file_sha256(path)
            if file_hash is not None and waiting_import_id is None:
                earlier = self._merged_with_hash(file_hash)
                if earlier is not None:
                    return self._record_already_imported(earlier, source, started)
            check_cancel()
            bundle = self._open(path)
            check_cancel()
            summary = self._merge_bundle(
                bundle,
                source=source,
                file_hash=file_hash,
                progress=progress,
                check_cancel=check_cancel,
                waiting_import_id=waiting_import_id,
                started=started,
                expect=expect,
            )
            return self._store_results(summary, results_progress, should_cancel)
        except Cancelled:
            raise
        except (_Rejected, UserError) as error:
            message = error.message  # a Message: the screens show it in the app's language
        except (BundleError, KeyFileError, BoundedInputError) as error:
            message = error.message  # the reader's refusal, a Message too
        except Exception as error:
            if isinstance(error, _database_errors()):
                log.warning("database refused a bundle's records", exc_info=True)
                reason = error.orig if isinstance(error, DBAPIError) else error
                message = Message(
                    "{file}: the database refused its records ({reason}). Nothing was changed.",
                    file=path.name,
                    reason=_first_line(reason),
                )
            else:
                # Input we did not foresee must still end as a rejection naming the file, never
                # as a traceback that stops the other bundles of a batch.
                log.error("unexpected failure importing %s", path, exc_info=True)
                message = Message(
                    "{file}: the bundle could not be read ({error}: {detail}). Nothing was "
                    "changed; the details are in the log.",
                    file=path.name,
                    error=type(error).__name__,
                    detail=_first_line(error)[:200],
                )
        finally:
            if bundle is not None and hasattr(bundle, "close"):
                bundle.close()
        return self._record_rejection(
            source, message, bundle, started, waiting_import_id=waiting_import_id
        )

    def _open(self, path: Path) -> OpenedBundle:
        from sync.reader import open_bundle

        return open_bundle(path, decrypt_key=self._decrypt_key_if_needed(path))

    def _decrypt_key_if_needed(self, path: Path) -> Any:
        if path.is_dir():
            return None
        if not is_regular_file(path.resolve()):
            return None  # the reader refuses it, saying what it is
        from sync.encryption import is_encrypted

        with path.open("rb") as handle:
            if not is_encrypted(handle.read(64)):
                return None
        return self.council_key_path_or_key()

    def council_key_path_or_key(self) -> Any:
        """The council private key to decrypt with (None if there is none to be found)."""
        if self._council_key is not None:
            return self._council_key
        from desktop.services.settings import SettingKey, SettingsService

        configured = SettingsService(self.store).get(SettingKey.COUNCIL_PRIVATE_KEY)
        if configured:
            return configured
        default = self.store.data_dir / "keys" / "council.key"
        return default if default.exists() else None

    def _merge_bundle(
        self,
        bundle: OpenedBundle,
        *,
        source: str,
        file_hash: str | None,
        progress: Progress | None,
        check_cancel: Callable[[], None],
        waiting_import_id: str | None,
        started: float,
        expect: str | None = None,
    ) -> ImportSummary:
        with contextlib.ExitStack() as stack:
            # Started first: its start overlaps the checks below.
            helper = _start_import_helper() if _helper_wanted(bundle.json_bytes) else None
            helper_key = None
            if helper is not None:
                stack.callback(helper.close)
                helper_key = self._decrypt_key_if_needed(bundle.path) if bundle.encrypted else None
            return self._merge_opened(
                bundle,
                source=source,
                file_hash=file_hash,
                progress=progress,
                check_cancel=check_cancel,
                waiting_import_id=waiting_import_id,
                started=started,
                expect=expect,
                helper=helper,
                helper_key=helper_key,
            )

    def _merge_opened(
        self,
        bundle: OpenedBundle,
        *,
        source: str,
        file_hash: str | None,
        progress: Progress | None,
        check_cancel: Callable[[], None],
        waiting_import_id: str | None,
        started: float,
        expect: str | None = None,
        helper: ImportHelper | None = None,
        helper_key: Any = None,
    ) -> ImportSummary:
        manifest = bundle.manifest
        name = bundle.source
        damage = quick_check(self.store)
        if damage:
            raise _Rejected(
                Message(
                    "{source} was not imported: the council database itself is damaged "
                    "({damage}), and merging into it could lose data. Run `gapkit db check`, "
                    "and restore the newest copy from the backups folder.",
                    source=name,
                    damage=damage[0],
                )
            )
        if expect is not None and manifest.kind != expect:
            raise _Rejected(wrong_kind_message(name, manifest.kind))
        if manifest.kind == "field-pack" and is_council_installation(self.store):
            raise _Rejected(
                Message(
                    "{source} is a field pack (made by a council for its laptops); this "
                    "installation is in council mode, so it is not imported here.",
                    source=name,
                )
            )
        kept_copies: list[Path] = []
        # Each chunk makes ~100,000 small objects without reference cycles: the cyclic
        # collector would walk them (and everything the import keeps) again and again.
        with gc_paused(), self.store.session() as session:
            if manifest.kind == "field-pack":
                authenticate_pack(session, self.store, bundle)
                summary = self._merge_verified(
                    session,
                    bundle,
                    source=source,
                    file_hash=file_hash,
                    progress=progress,
                    check_cancel=check_cancel,
                    waiting_import_id=waiting_import_id,
                    started=started,
                    remove_after_commit=kept_copies,
                    helper=helper,
                    helper_key=helper_key,
                )
            else:
                summary = self._merge_laptop_bundle(
                    session,
                    bundle,
                    source=source,
                    file_hash=file_hash,
                    progress=progress,
                    check_cancel=check_cancel,
                    waiting_import_id=waiting_import_id,
                    started=started,
                    remove_after_commit=kept_copies,
                    helper=helper,
                    helper_key=helper_key,
                )
        # A waiting bundle's kept copy goes only once its records are committed.
        for path in kept_copies:
            path.unlink(missing_ok=True)
        return dataclasses.replace(summary, seconds=time.perf_counter() - started)

    def _store_results(
        self,
        summary: ImportSummary,
        progress: Progress | None,
        should_cancel: Callable[[], bool] | None,
    ) -> ImportSummary:
        """Store the results the merge set aside, a pack's as a laptop export's: a completed
        assessment imported is scored like one completed here.

        The import is committed by now, so a cancel here only stops between batches of
        results. Those not stored yet are scored later, as after a stopped rescore: every
        reader (Overview, lists, reports) calls score_missing first, so no screen shows a
        completed assessment without its result."""
        started = time.perf_counter()
        scoring_cpu = time.process_time()
        scores = ScoreService(self.store)
        scored = scores.score_missing(progress, should_stop=should_cancel)
        stopped = should_cancel is not None and should_cancel()
        return dataclasses.replace(
            summary,
            scored=scored,
            scoring_seconds=time.perf_counter() - started,
            scoring_cpu_seconds=time.process_time() - scoring_cpu,
            results_left=len(scores.missing()) if stopped else 0,
        )

    def _merge_laptop_bundle(
        self,
        session: Session,
        bundle: Any,
        *,
        source: str,
        file_hash: str | None,
        progress: Progress | None,
        check_cancel: Callable[[], None],
        waiting_import_id: str | None,
        started: float,
        remove_after_commit: list[Path],
        helper: ImportHelper | None = None,
        helper_key: Any = None,
    ) -> ImportSummary:
        """A laptop's export at the council: trust its device, verify, then merge."""
        name = bundle.source
        trust = self.devices.trust_in(session, bundle.device_id, bundle.signer_public_key_b64)
        decision = trust.decision
        if decision in (TrustDecision.UNKNOWN, TrustDecision.PENDING):
            # The bundle must at least be what its own key signed before it is kept; its
            # data is only checked, not kept in memory (anyone can make such a key).
            bundle.verify(bundle.signer_public_key_b64, keep_data=False)
            return self._keep_waiting(session, bundle, source, file_hash, started)
        if decision == TrustDecision.REVOKED:
            raise _Rejected(
                Message(
                    "{source} comes from {device}, a device whose trust was revoked; "
                    "its bundles are no longer imported. If that was a mistake, enrol it again.",
                    source=name,
                    device=bundle.device_name,
                )
            )
        if decision == TrustDecision.OURSELVES:
            raise _Rejected(
                Message(
                    "{source} claims to come from this installation itself; it is not imported.",
                    source=name,
                )
            )
        if decision == TrustDecision.KEY_OF_ANOTHER_DEVICE:
            assert trust.device is not None
            raise _Rejected(
                Message(
                    "{source} claims to come from device {device_id} but is signed with the "
                    "key of {signer} ({signer_id}); it is not imported.",
                    source=name,
                    device_id=bundle.device_id,
                    signer=trust.device.name,
                    signer_id=trust.device.id,
                )
            )
        assert trust.device is not None and trust.device.public_key is not None
        bundle.verify(trust.device.public_key, stream=True)
        summary = self._merge_verified(
            session,
            bundle,
            source=source,
            file_hash=file_hash,
            progress=progress,
            check_cancel=check_cancel,
            waiting_import_id=waiting_import_id,
            started=started,
            remove_after_commit=remove_after_commit,
            helper=helper,
            helper_key=helper_key,
        )
        return summary

    def _merge_verified(
        self,
        session: Session,
        bundle: OpenedBundle,
        *,
        source: str,
        file_hash: str | None,
        progress: Progress | None,
        check_cancel: Callable[[], None],
        waiting_import_id: str | None,
        started: float,
        remove_after_commit: list[Path],
        helper: ImportHelper | None = None,
        helper_key: Any = None,
    ) -> ImportSummary:
        """Merge a bundle whose signer is trusted and whose signature was verified.

        The bundle is read a table at a time and each table a chunk at a time (about 8 MB of
        JSON): each chunk is validated, checked (references, authority), merged and written
        before the next is read, so memory stays bounded whatever the bundle's size. All of
        it is one transaction: a problem anywhere rolls every table back.

        A laptop's export takes one new local change number (the council passes it on in
        packs). A pack's records are not this laptop's work: new ones take change number 0
        and changed ones keep theirs, so the laptop's next export sends exactly what it would
        have sent anyway (its unsent edits, now merged) and not the council's records back.
        """
        from sync.erasure import erasures_in

        manifest = bundle.manifest
        is_pack = manifest.kind == "field-pack"
        check_cancel()
        total = sum(manifest.counts.values())
        done = 0
        if progress is not None:
            progress(0, total)

        rows = _rows_for(session)
        # The tables are read by the second process when one was started (sync.import_helper),
        # else here; either way the same chunks and the same refusals, at the same points.
        reading = _reading(bundle, helper, helper_key, check_cancel)

        def refuse_reference(table_name: str, record_id: str) -> None:
            raise _Rejected(
                Message(
                    "{source}: data/{table}.json (id {record_id}): a reference points at a "
                    "record that is neither in this bundle nor in the database; nothing was "
                    "imported.",
                    source=bundle.source,
                    table=table_name,
                    record_id=record_id,
                )
            )

        # Before any write: SQLite changes the setting only between transactions.
        foreign_keys_suspended = rows.suspend_foreign_keys(bundle.tables, total)
        # Erasures (docs/privacy.md): those the bundle brings (its erase events, read first)
        # are applied here, and no value older than an erasure known here comes back in.
        arriving = [
            erasure
            for chunk in reading.erase_event_chunks()
            for erasure in erasures_in(chunk.records)
        ]
        try:
            erasures = IncomingErasures(
                session, arriving, sender=None if is_pack else bundle.device_id
            )
        except ErasureRefused as refused:
            raise _Rejected(
                Message(
                    "{source}: data/audit_events.json: {problem}. The device that sent it "
                    "may not write this; nothing was imported.",
                    source=bundle.source,
                    problem=refused.message,
                )
            ) from None

        change_seq = 0 if is_pack else next_change_seq(session)
        # Results stored here that the records written can change are forgotten as they
        # are written; a database holding none (a first import) has none to forget.
        results_held = _holds_results(session)
        changed_ids: dict[str, list[str]] = {}
        update_seq: int | None = None if is_pack else change_seq
        counts: dict[str, TableCounts] = {}
        found_conflicts: list[tuple[str, Any, dict[str, Any]]] = []
        kept: dict[str, dict[str, dict[str, Any]]] = {}
        resources: list[dict[str, Any]] = []  # a pack's council resources (its summary)
        lookup = _lookup(session, kept)
        with rows.writing():
            for table_name in bundle.tables:
                check_cancel()
                info = _TABLES[table_name]
                fresh: bool | None = None
                added = updated = unchanged = 0
                loading = contextlib.ExitStack()
                for chunk in reading.stream_table(table_name):
                    check_cancel()
                    records = chunk.records
                    if not records:
                        continue
                    self._check_chunk(session, bundle, chunk, lookup, is_pack)
                    erasures.apply(table_name, records)
                    if fresh is None:
                        fresh = rows.is_empty(info)
                        coming = manifest.counts.get(table_name, 0)
                        if coming >= INDEXES_AFTER_ROWS and (
                            fresh or rows.holds_fewer(info, coming)
                        ):
                            loading.enter_context(rows.indexes_after(info))
                    merged = _merge_table(rows, bundle, chunk, fresh, found_conflicts)
                    try:
                        rows.insert(merged.info, merged.inserts, change_seq)
                    except _database_errors():
                        # An id twice in the bundle, in two chunks: say so, as for one chunk.
                        bundle.check_unique_ids(table_name)
                        raise
                    if table_name == AuditEvent.__tablename__:
                        _mark_arrival(
                            session, [r["id"] for r in merged.inserts], manifest.bundle_id
                        )
                    rows.update(merged.info, merged.updates, update_seq)
                    if results_held:  # scored again once committed (_merge_bundle)
                        forget_changed(session, {table_name: merged.inserts + merged.updates})
                    added += len(merged.inserts)
                    updated += len(merged.updates)
                    unchanged += merged.unchanged
                    if table_name in CHANGES_LISTED:
                        changed_ids.setdefault(table_name, []).extend(
                            r["id"] for r in (*merged.inserts, *merged.updates)
                        )
                    for field_name in _KEPT_FIELDS.get(table_name, ()):
                        kept.setdefault(table_name, {}).setdefault(field_name, {}).update(
                            (r["id"], r[field_name]) for r in records
                        )
                    if table_name == "council_resources":
                        resources.extend(records)
                    done += len(records)
                    if progress is not None:
                        progress(done, total)
                loading.close()
                if fresh is not None:
                    counts[table_name] = TableCounts(added, updated, unchanged)
        reading.finish_stream()
        if foreign_keys_suspended:
            rows.check_foreign_keys(bundle.tables, refuse_reference)
        check_cancel()
        new_conflicts = self._store_conflicts(
            session,
            found_conflicts,
            kept.get("assessments", {}).get("organisation_id", {}),
            manifest,
        )
        summary = _merged_summary(bundle, file_hash, counts, new_conflicts, change_seq)
        if is_pack:
            summary.update(pack_summary(manifest, {"council_resources": resources}, changed_ids))
        import_id = self._record_merged(
            session, bundle, summary, waiting_import_id, source, remove_after_commit
        )
        # PostgreSQL: what this import appended to the family change log, summed per key in
        # its own transaction (behind the change number's row lock, as every writer is).
        compact_family_change_log(session)
        return ImportSummary(
            import_id=import_id,
            source=source,
            status="merged",
            bundle_id=manifest.bundle_id,
            device_id=manifest.device_id,
            device_name=manifest.device_name,
            bundle_seq=manifest.bundle_seq,
            added=summary["added"],
            updated=summary["updated"],
            unchanged=summary["unchanged"],
            conflicts=new_conflicts,
            tables=counts,
            seconds=time.perf_counter() - started,
        )

    def _check_chunk(
        self,
        session: Session,
        bundle: OpenedBundle,
        chunk: RecordChunk,
        lookup: Callable[[str, Iterable[str], str], dict[str, Any]],
        is_pack: bool,
    ) -> None:
        """Refuse, before it is written, a chunk whose records point at what does not exist,
        break an authority rule across tables, or (from a laptop) carry the council's
        resources."""
        self._check_references(session, bundle, chunk)
        records = {chunk.table: chunk.records}
        _refuse_problems(bundle, chunk.records, check_references(records, lookup), chunk.start)
        if is_pack:
            check_pack_records(bundle, records)
        elif chunk.table == "council_resources":
            raise _Rejected(
                Message(
                    "{source} carries council resources (forms, wards, support offers), "
                    "which only the council sends; a laptop's bundle cannot change them. "
                    "Nothing was imported.",
                    source=bundle.source,
                )
            )

    def _record_merged(
        self,
        session: Session,
        bundle: OpenedBundle,
        summary: dict[str, Any],
        waiting_import_id: str | None,
        source: str,
        remove_after_commit: list[Path],
    ) -> str:
        """The `imports` row of a merged bundle (a waiting one's row is reused and its kept
        copy removed after the commit); the sender's last bundle number moves on."""
        manifest = bundle.manifest
        device = session.get(Device, bundle.device_id)
        if device is not None:
            device.last_bundle_seq = max(device.last_bundle_seq or 0, manifest.bundle_seq)
        entry = self._import_record(session, waiting_import_id, source)
        entry.bundle_id = manifest.bundle_id
        entry.device_id = manifest.device_id
        entry.device_name = manifest.device_name
        entry.bundle_seq = manifest.bundle_seq
        entry.imported_at = datetime.now(UTC)
        entry.status = "merged"
        entry.kind = manifest.kind
        entry.message = None
        entry.summary = summary
        kept = entry.kept_path
        entry.kept_path = None
        session.flush()
        if kept:
            remove_after_commit.append(Path(kept))
        return entry.id

    @staticmethod
    def _import_record(session: Session, import_id: str | None, source: str) -> ImportRecord:
        """The waiting bundle's own record when it is finally imported, else a new one."""
        if import_id is not None:
            found = session.get(ImportRecord, import_id)
            if found is not None:
                return found
        record = ImportRecord(id=new_id(), imported_at=datetime.now(UTC), source_path=source)
        session.add(record)
        return record

    def _check_references(self, session: Session, bundle: OpenedBundle, chunk: RecordChunk) -> None:
        """References to records outside a changes-only bundle must exist here already."""
        missing = chunk.missing
        if not missing:
            return
        by_table: dict[str, set[str]] = {}
        for reference in missing:
            by_table.setdefault(reference.target_table, set()).add(reference.target_id)
        present: dict[str, set[str]] = {
            table: _existing_ids(session, _TABLES[table].table, sorted(ids))
            for table, ids in by_table.items()
        }
        # The council's review notes on work this laptop has since forgotten (confirmed work it
        # let go, docs/privacy.md) have nothing to attach to here: they are left out, not a
        # reason to refuse the pack (the council keeps them).
        orphan_notes: set[str] = set()
        for reference in missing:
            if reference.target_id in present[reference.target_table]:
                continue
            if bundle.is_pack and reference.table == "review_notes":
                orphan_notes.add(reference.record_id)
                continue
            rows = chunk.records
            index = chunk.start + next(
                i for i, r in enumerate(rows) if r["id"] == reference.record_id
            )
            where = {
                "source": bundle.source,
                "table": reference.table,
                "number": index + 1,
                "record_id": reference.record_id,
                "field": reference.field,
                "target": reference.target_table.removesuffix("s").replace("_", " "),
                "target_id": reference.target_id,
            }
            if bundle.is_pack:
                raise _Rejected(
                    Message(
                        "{source}: data/{table}.json, record {number} (id {record_id}): {field} "
                        "refers to the {target} {target_id}, which is neither in this pack nor "
                        "on this laptop. Ask the council for a full pack for this laptop.",
                        **where,
                    )
                )
            raise _Rejected(
                Message(
                    "{source}: data/{table}.json, record {number} (id {record_id}): {field} "
                    "refers to the {target} {target_id}, which is neither in this bundle nor in "
                    "the council database. Import the laptop's earlier bundles first (see the "
                    "sequence gaps), or ask for a full export.",
                    **where,
                )
            )
        if orphan_notes:
            notes = chunk.records
            notes[:] = [note for note in notes if note["id"] not in orphan_notes]
            log.info(
                "Field pack: %d review note(s) on work no longer here left out", len(orphan_notes)
            )

    def _store_conflicts(
        self,
        session: Session,
        found: list[tuple[str, Any, dict[str, Any]]],
        assessments_in_bundle: Mapping[str, str],
        manifest: Any,
    ) -> int:
        """Store each conflict once (a conflict seen again, even after review, stays as is).

        `assessments_in_bundle`: assessment id -> organisation id, of those the bundle brought."""
        if not found:
            return 0
        conflicts = Conflict.__table__
        entity_ids = sorted({conflict.record_id for _table, conflict, _record in found})
        known: set[tuple[Any, ...]] = set()
        for chunk in in_chunks(entity_ids):
            rows = session.execute(
                select(
                    conflicts.c.entity_type,
                    conflicts.c.entity_id,
                    conflicts.c.field,
                    conflicts.c.winner_at,
                    conflicts.c.winner_device,
                    conflicts.c.loser_at,
                    conflicts.c.loser_device,
                ).where(conflicts.c.entity_id.in_(chunk))
            )
            known.update(
                (row[0], row[1], row[2], iso(row[3]), row[4], iso(row[5]), row[6]) for row in rows
            )
        now = datetime.now(UTC)
        rows_to_add = []
        for table_name, conflict, merged in found:
            key = (
                table_name,
                conflict.record_id,
                conflict.field,
                conflict.winner_at,
                conflict.winner_device,
                conflict.loser_at,
                conflict.loser_device,
            )
            if key in known:
                continue
            known.add(key)
            rows_to_add.append(
                {
                    "id": new_id(),
                    "entity_type": table_name,
                    "entity_id": conflict.record_id,
                    "organisation_id": self._organisation_of(
                        session, table_name, merged, assessments_in_bundle
                    ),
                    "field": conflict.field,
                    "winner_value": conflict.winner_value,
                    "winner_device": conflict.winner_device,
                    "winner_at": datetime.fromisoformat(conflict.winner_at),
                    "loser_value": conflict.loser_value,
                    "loser_device": conflict.loser_device,
                    "loser_at": datetime.fromisoformat(conflict.loser_at),
                    "bundle_id": manifest.bundle_id,
                    "detected_at": now,
                    "status": "open",
                    "resolved_at": None,
                }
            )
        if rows_to_add:
            session.execute(insert(Conflict), rows_to_add)
        return len(rows_to_add)

    @staticmethod
    def _organisation_of(
        session: Session,
        table_name: str,
        record: Mapping[str, Any],
        assessments_in_bundle: Mapping[str, str],
    ) -> str | None:
        if table_name == "organisations":
            return str(record["id"])
        if "organisation_id" in record:
            return str(record["organisation_id"])
        assessment_id = record.get("assessment_id")
        if assessment_id is None:
            return None
        if assessment_id in assessments_in_bundle:
            return assessments_in_bundle[assessment_id]
        table = _TABLES["assessments"].table
        return session.scalar(select(table.c.organisation_id).where(table.c.id == assessment_id))

    # -- waiting bundles ---------------------------------------------------------------------

    def _keep_waiting(
        self,
        session: Session,
        bundle: OpenedBundle,
        source: str,
        file_hash: str | None,
        started: float,
    ) -> ImportSummary:
        """Keep an unknown device's bundle in `waiting/` until staff approve the device.

        Waiting bundles are told apart by their content (SHA-256) and by who signed them
        (device id and key fingerprint): a stranger who copies a laptop's device id or a
        bundle id can neither block nor stand in for the laptop's own bundles.
        """

        manifest = bundle.manifest
        signer = bundle.signer_fingerprint
        content = file_hash or bundle.content_sha256
        waiting_rows = session.scalars(
            select(ImportRecord).where(ImportRecord.status == "waiting")
        ).all()
        existing = next(
            (row for row in waiting_rows if (row.summary or {}).get("content_sha256") == content),
            None,
        )
        device = self.devices.add_pending(
            session, manifest.device_id, manifest.device_name, bundle.signer_public_key_b64
        )
        unknown = {"source": bundle.source, "device": shown(manifest.device_name), "key": signer}
        message = Message(
            "{source} comes from {device}, a device not enrolled here (key fingerprint {key}). "
            "It is kept until staff approve the device (`gapkit devices approve`), after "
            "checking the fingerprint with the laptop (`gapkit devices show` on it).",
            **unknown,
        )
        if device.fingerprint != signer:
            message = Message(
                "{source} comes from {device}, a device not enrolled here (key fingerprint "
                "{key}). It is kept until staff approve the device (`gapkit devices approve`), "
                "after checking the fingerprint with the laptop (`gapkit devices show` on it). "
                "Another key ({other_key}) already claimed this device id: compare both "
                "fingerprints with the laptop, and enrol the laptop from its device file if the "
                "other one is not it.",
                other_key=device.fingerprint,
                **unknown,
            )
        if existing is None:
            size = _bundle_size(bundle.path)
            self._check_waiting_quota(waiting_rows, manifest.device_id, signer, size, bundle)
            named = session.scalars(
                select(ImportRecord.kept_path).where(ImportRecord.kept_path.is_not(None))
            ).all()
            kept = self._keep_copy(bundle.path, content, [name for name in named if name])
            existing = ImportRecord(
                id=new_id(),
                bundle_id=manifest.bundle_id,
                device_id=manifest.device_id,
                device_name=manifest.device_name,
                bundle_seq=manifest.bundle_seq,
                imported_at=datetime.now(UTC),
                source_path=source,
                status="waiting",
                message=str(message),
                summary={
                    "file_sha256": file_hash,
                    "content_sha256": content,
                    "signer_fingerprint": signer,
                    "kept_bytes": size,
                    "counts": dict(manifest.counts),
                },
                kept_path=str(kept),
            )
            session.add(existing)
            try:
                session.flush()
            except BaseException:
                _remove(kept)
                raise
        return ImportSummary(
            import_id=existing.id,
            source=source,
            status="waiting",
            bundle_id=manifest.bundle_id,
            device_id=manifest.device_id,
            device_name=manifest.device_name,
            bundle_seq=manifest.bundle_seq,
            message=message,
            seconds=time.perf_counter() - started,
        )

    @staticmethod
    def _check_waiting_quota(
        waiting_rows: Sequence[ImportRecord],
        device_id: str,
        signer: str,
        size: int,
        bundle: Any,
    ) -> None:
        """Refuse to keep more than the quotas allow: a stranger's sticks can't fill the disk."""
        total_count = len(waiting_rows)
        total_bytes = sum(int((r.summary or {}).get("kept_bytes") or 0) for r in waiting_rows)
        mine = [
            r
            for r in waiting_rows
            if r.device_id == device_id
            and (r.summary or {}).get("signer_fingerprint", signer) == signer
        ]
        mine_bytes = sum(int((r.summary or {}).get("kept_bytes") or 0) for r in mine)
        if len(mine) + 1 > WAITING_MAX_BUNDLES_PER_DEVICE or (
            mine_bytes + size > WAITING_MAX_BYTES_PER_DEVICE
        ):
            raise _Rejected(
                Message(
                    "{source}: the waiting folder already holds {count} bundles ({size} MB) "
                    "from the unknown device {device} (key fingerprint {key}); at most {most} "
                    "bundles or {most_size} MB wait per device. Approve the device (after "
                    "checking its fingerprint with the laptop) or revoke it; this bundle was "
                    "not kept."
                    if len(mine) != 1
                    else "{source}: the waiting folder already holds {count} bundle ({size} MB) "
                    "from the unknown device {device} (key fingerprint {key}); at most {most} "
                    "bundles or {most_size} MB wait per device. Approve the device (after "
                    "checking its fingerprint with the laptop) or revoke it; this bundle was "
                    "not kept.",
                    source=bundle.source,
                    count=len(mine),
                    size=f"{mine_bytes / 1e6:,.1f}",
                    device=shown(bundle.device_name),
                    key=signer,
                    most=WAITING_MAX_BUNDLES_PER_DEVICE,
                    most_size=f"{WAITING_MAX_BYTES_PER_DEVICE // 1_000_000:,}",
                )
            )
        if total_count + 1 > WAITING_MAX_BUNDLES or total_bytes + size > WAITING_MAX_BYTES:
            raise _Rejected(
                Message(
                    "{source}: the waiting folder is full ({count} bundles, {size} MB from "
                    "devices not enrolled; at most {most} bundles or {most_size} MB). Approve or "
                    "revoke the devices waiting (`gapkit devices list`); this bundle was not "
                    "kept.",
                    source=bundle.source,
                    count=total_count,
                    size=f"{total_bytes / 1e6:,.1f}",
                    most=WAITING_MAX_BUNDLES,
                    most_size=f"{WAITING_MAX_BYTES // 1_000_000:,}",
                )
            )

    def _keep_copy(self, path: Path, content_sha256: str, named: Sequence[str] = ()) -> Path:
        """Copy the bundle into `waiting/`, whole: copied under a partial name, synced and
        renamed. Copies no import names (`named`: every row's kept path), left by a copy
        killed before its row was committed, half-way through copying, or between an
        import's commit and removing the copy it imported, are removed once an hour old."""
        folder = self.store.data_dir / WAITING_FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        kept = {Path(name).name for name in named}
        remove_left_behind(left for left in folder.iterdir() if left.name not in kept)
        destination = folder / f"{content_sha256}{BUNDLE_SUFFIX}"
        partial = folder / f".{content_sha256}.{os.getpid()}.partial"
        try:
            if path.is_dir():
                destination = folder / content_sha256
                shutil.copytree(path, partial, symlinks=True)
                if destination.exists():
                    shutil.rmtree(destination)
            else:
                shutil.copyfile(path, partial)
                with open(partial, "rb") as copied:
                    os.fsync(copied.fileno())  # a power cut must not shorten a kept bundle
            os.replace(partial, destination)
        finally:
            _remove(partial)
        return destination

    def waiting(self) -> list[ImportHistoryEntry]:
        """Bundles kept until their device is approved, oldest first."""
        with self.store.session() as session:
            rows = session.scalars(
                select(ImportRecord)
                .where(ImportRecord.status == "waiting")
                .order_by(ImportRecord.imported_at)
            ).all()
            return [_history_entry(row) for row in rows]

    def approve_and_import(
        self,
        import_id: str,
        *,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
        results_progress: Progress | None = None,
    ) -> ImportSummary:
        """Approve the device of a waiting bundle and import the bundle."""
        with self.store.session() as session:
            record = session.get(ImportRecord, import_id)
            if record is None or record.status != "waiting":
                raise NotFound(
                    "That bundle is not waiting for approval (it may have been imported already)."
                )
            device_id = record.device_id
            kept = record.kept_path
            source = record.source_path
            signer = (record.summary or {}).get("signer_fingerprint")
        if device_id is not None:
            status, device_fingerprint = _device_status(self.store, device_id)
            if signer is not None and device_fingerprint not in (None, signer):
                raise UserError(
                    "That bundle was signed with the key {signer}, but the device "
                    "{device_id} is known here with the key {known}. Only a "
                    "bundle signed with the device's own key is imported; if the laptop's key "
                    "really is the first one, enrol it from its device file.",
                    signer=signer,
                    device_id=device_id,
                    known=device_fingerprint,
                )
            if status == "pending":
                self.devices.approve(device_id)
        if not kept or not Path(kept).exists():
            raise UserError(
                "The kept copy of that bundle is missing from the waiting folder; import the "
                "bundle again from its USB stick."
            )
        summary = self._import(
            Path(kept),
            progress=progress,
            should_cancel=should_cancel,
            results_progress=results_progress,
            waiting_import_id=import_id,
            source_path=source,
        )
        log_import(summary)
        return summary

    def import_waiting_from(self, device_id: str) -> list[ImportSummary]:
        """Import every waiting bundle of one (now approved) device, in bundle order."""
        _status, device_fingerprint = _device_status(self.store, device_id)
        entries = [
            e
            for e in self.waiting()
            if e.device_id == device_id
            and e.summary.get("signer_fingerprint", device_fingerprint) == device_fingerprint
        ]
        entries.sort(key=lambda e: e.bundle_seq or 0)
        return [self.approve_and_import(entry.id) for entry in entries]

    # -- bookkeeping -------------------------------------------------------------------------

    def _merged_with_hash(self, file_hash: str) -> ImportRecord | None:
        with self.store.session() as session:
            rows = session.execute(
                select(ImportRecord.id, ImportRecord.summary).where(ImportRecord.status == "merged")
            ).all()
            for import_id, summary in rows:
                if (summary or {}).get("file_sha256") == file_hash and not (summary or {}).get(
                    "already_imported"
                ):
                    return session.get(ImportRecord, import_id)
        return None

    def _record_already_imported(
        self, earlier: ImportRecord, source: str, started: float
    ) -> ImportSummary:

        first = dict(earlier.summary or {})
        total = int(first.get("added", 0)) + int(first.get("updated", 0))
        total += int(first.get("unchanged", 0))
        with self.store.session() as session:
            record = ImportRecord(
                id=new_id(),
                bundle_id=earlier.bundle_id,
                device_id=earlier.device_id,
                device_name=earlier.device_name,
                bundle_seq=earlier.bundle_seq,
                imported_at=datetime.now(UTC),
                source_path=source,
                status="merged",
                message=f"already imported on {iso(earlier.imported_at)}; nothing changed",
                summary={
                    "file_sha256": first.get("file_sha256"),
                    "already_imported": True,
                    "added": 0,
                    "updated": 0,
                    "unchanged": total,
                    "conflicts": 0,
                },
            )
            session.add(record)
            session.flush()
            import_id = record.id
        return ImportSummary(
            import_id=import_id,
            source=source,
            status="merged",
            bundle_id=earlier.bundle_id,
            device_id=earlier.device_id,
            device_name=earlier.device_name,
            bundle_seq=earlier.bundle_seq,
            unchanged=total,
            already_imported=True,
            seconds=time.perf_counter() - started,
        )

    def _record_rejection(
        self,
        source: str,
        message: str,
        bundle: OpenedBundle | None,
        started: float,
        *,
        waiting_import_id: str | None,
    ) -> ImportSummary:

        manifest = getattr(bundle, "manifest", None)
        with self.store.session() as session:
            record = None
            if waiting_import_id is not None:
                record = session.get(ImportRecord, waiting_import_id)
            if record is None:
                record = ImportRecord(id=new_id(), source_path=source)
                session.add(record)
            record.bundle_id = manifest.bundle_id if manifest else None
            record.device_id = manifest.device_id if manifest else None
            record.device_name = manifest.device_name if manifest else None
            record.bundle_seq = manifest.bundle_seq if manifest else None
            record.imported_at = datetime.now(UTC)
            record.status = "rejected"
            record.message = str(message)
            record.summary = {}
            session.flush()
            import_id = record.id
        return ImportSummary(
            import_id=import_id,
            source=source,
            status="rejected",
            bundle_id=manifest.bundle_id if manifest else None,
            device_id=manifest.device_id if manifest else None,
            device_name=manifest.device_name if manifest else None,
            bundle_seq=manifest.bundle_seq if manifest else None,
            message=message,
            seconds=time.perf_counter() - started,
        )

    def history(self, limit: int | None = None) -> list[ImportHistoryEntry]:
        """Every import attempt, newest first."""
        with self.store.session() as session:
            query = select(ImportRecord).order_by(ImportRecord.imported_at.desc())
            if limit is not None:
                query = query.limit(limit)
            return [_history_entry(row) for row in session.scalars(query)]

    def sequence_gaps(self) -> dict[str, list[tuple[int, int]]]:
        """Device id -> runs (first, last) of bundle numbers never merged below its highest
        merged one.

        A gap means a stick was lost or not yet brought in: bundle 7 merged, bundle 6 never.
        Runs, not lists of numbers, so a huge bundle number can't make a huge list.
        """
        from sync.merge import missing_sequence_ranges

        with self.store.session() as session:
            rows = session.execute(
                select(ImportRecord.device_id, ImportRecord.bundle_seq).where(
                    ImportRecord.status == "merged",
                    ImportRecord.device_id.is_not(None),
                    ImportRecord.bundle_seq.is_not(None),
                )
            ).all()
        seen: dict[str, set[int]] = {}
        for device_id, bundle_seq in rows:
            if device_id is not None and bundle_seq is not None:
                seen.setdefault(device_id, set()).add(int(bundle_seq))
        gaps = {device: missing_sequence_ranges(numbers) for device, numbers in seen.items()}
        return {device: missing for device, missing in sorted(gaps.items()) if missing}


# ---------------------------------------------------------------------------------------------
# Helpers


def expand_bundle_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; a folder that is not itself an unzipped bundle gives its .gapkit files."""
    result: list[Path] = []
    for raw in paths:
        path = Path(raw).expanduser()
        if path.is_dir() and not (path / "manifest.json").exists():
            # Only regular files: a FIFO or device node named *.gapkit is never opened.
            found = sorted(
                p for p in path.iterdir() if p.suffix == BUNDLE_SUFFIX and is_regular_file(p)
            )
            if not found:
                raise UserError(
                    "The folder {folder} holds no {suffix} bundles.",
                    folder=path,
                    suffix=BUNDLE_SUFFIX,
                )
            result.extend(found)
        else:
            result.append(path)
    return result


def session_device_status(store: Store, device_id: str) -> str | None:
    return _device_status(store, device_id)[0]


def _device_status(store: Store, device_id: str) -> tuple[str | None, str | None]:
    """A device's status and key fingerprint (None, None if unknown)."""
    with store.session() as session:
        device = session.get(Device, device_id)
        if device is None:
            return None, None
        return device.status, device.fingerprint


def _bundle_size(path: Path) -> int:
    if path.is_dir():
        return sum(p.lstat().st_size for p in path.rglob("*") if is_regular_file(p))
    return path.lstat().st_size


def _history_entry(row: ImportRecord) -> ImportHistoryEntry:
    return ImportHistoryEntry(
        id=row.id,
        bundle_id=row.bundle_id,
        device_id=row.device_id,
        device_name=shown(row.device_name) if row.device_name is not None else None,
        bundle_seq=row.bundle_seq,
        imported_at=row.imported_at,
        source_path=row.source_path,
        status=row.status,
        message=row.message,
        summary=dict(row.summary or {}),
        kept_path=row.kept_path,
    )


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _database_errors() -> tuple[type[BaseException], ...]:
    """Errors the database (through SQLAlchemy or its driver used directly) raises."""
    errors: list[type[BaseException]] = [DBAPIError, sqlite3.Error]
    try:
        import psycopg
    except ImportError:
        pass
    else:
        errors.append(psycopg.Error)
    return tuple(errors)


def _first_line(error: BaseException | None) -> str:
    text = str(error or "unknown error").strip()
    return text.splitlines()[0] if text else "unknown error"
