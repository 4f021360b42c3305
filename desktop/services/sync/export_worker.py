"""Reading and encoding a big table on the second core while this process writes the bundle.

A full export is ~90 % one table (1,000 assessments: 89,000 answers of 93,000 records), and
reading and encoding its rows (`export_batches`) is ~85 % of the time; the rest (SHA-256,
deflate, the zip) is done by the writer. So the table is cut into chunks, and a second
process (`ExportHelper`, spawned once per export: never forked, the desktop app runs threads)
reads and encodes chunks while this one does the others and writes everything in order.

**The same records, in the same order, from the same snapshot.**
- *Order*: a table's records are only read this way when SQLite reads them through the
  table's `change_seq` index (`EXPLAIN QUERY PLAN`'s outer loop; anything else joined one to
  one by key), so they come in (change_seq, rowid) order. The chunks are ranges of that key,
  each read with the table's own query plus the range and `ORDER BY change_seq, rowid`; one
  after another they are the table's records in the order the plain query gives.
- *Snapshot*: the second process opens its own read-only connection, in a read transaction.
  Before this process's read transaction took its snapshot, a third connection noted
  `PRAGMA data_version`; when the helper says it holds its snapshot, the version is read
  again: unchanged means nothing was committed in between, so both hold the same one. If it
  changed (someone saved meanwhile), the helper's work is not used.
- *Text*: both processes encode with the same code (`export_batches.encode_rows`).

Chunks are claimed from a shared counter, so whichever process is free takes the next one;
this process writes them in order: its own as it makes them, the helper's from the files it
leaves in a private folder. The helper stays at most `AHEAD_CHUNKS` chunks ahead of the
writing, so memory and disk stay bounded. If the helper fails in any way (it can't start,
can't open the database, stops, its snapshot differs), this process reads and encodes the
chunks it had not delivered itself: the helper only ever makes the export faster. The chunk
files (plain records, like the database) wait beside the database, not in the system's
temporary folder, and a killed export's are removed by the next one (`scratch_folder`).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import multiprocessing
import re
import shutil
import struct
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from desktop.paths import remove_left_behind
from desktop.services.sync.export_batches import (
    AdjustColumns,
    BatchPlan,
    Encoded,
    encoded_batches,
)
from desktop.store.revision import sqlite_uri

log = logging.getLogger(__name__)

# Chunks the helper may have encoded and not yet seen written.
AHEAD_CHUNKS = 8
# Chunks this process may hold encoded while it waits for an earlier one from the helper.
HELD_CHUNKS = 2
# A table is cut into at most this many chunks (bigger chunks for bigger tables: each chunk is
# one query, which also reads the drafts' ids anew), of at least a batch each, and is read in
# parallel only if it makes at least `MIN_CHUNKS`.
MAX_CHUNKS = 64
MIN_CHUNKS = 4
# Keys (change_seq, rowid) below and above any real one.
_LOWEST, _HIGHEST = -(2**63), 2**63 - 1
_BATCH_HEADER = struct.Struct("<QQQ")  # JSON bytes, CSV bytes, records
# How long to wait for a chunk from the helper before any was made here to compare with.
_FIRST_PATIENCE = 0.1
# How long a helper that finished may take to stop before it is stopped.
_STOP_SECONDS = 2.0
# How often the helper, waiting for room, looks whether the exporting process is still there.
_PARENT_CHECK_SECONDS = 0.5
# The counter holds the job number in its high bits and the next unclaimed chunk below.
_JOB_SHIFT = 32
_CHUNK_MASK = (1 << _JOB_SHIFT) - 1

Key = tuple[int, int]


@dataclass(frozen=True)
class ChunkedTable:
    """A table to read in chunks: its query in the two shapes a chunk takes (`within`: one
    change number, a rowid range; `across`: a range of change numbers, its ends cut by rowid),
    each with `?` for the keys, and the keys between chunks."""

    plan: BatchPlan
    within: str
    across: str
    bounds: tuple[Key, ...]  # chunk k: keys above bounds[k], up to bounds[k + 1]
    batch_records: int
    only: tuple[str, frozenset[str]] | None
    adjust: AdjustColumns | None = None  # one `runs_in_helper` takes

    @property
    def chunks(self) -> int:
        return len(self.bounds) - 1


def chunk_rows(db: Any, table: ChunkedTable, chunk: int) -> Any:
    """A cursor over one chunk's rows, in (change_seq, rowid) order."""
    (low_seq, low_rowid), (high_seq, high_rowid) = table.bounds[chunk], table.bounds[chunk + 1]
    if low_seq == high_seq:
        return db.execute(table.within, (low_seq, low_rowid, high_rowid))
    return db.execute(table.across, (low_seq, high_seq, low_seq, low_rowid, high_seq, high_rowid))


def encode_chunk(db: Any, table: ChunkedTable, chunk: int) -> Iterator[Encoded]:
    return encoded_batches(
        table.plan, chunk_rows(db, table, chunk), table.batch_records, table.only, table.adjust
    )


# Modules whose functions the helper may run as a table's `adjust` step: they import neither
# SQLAlchemy nor the record models (the helper would take ~0.4 s longer to start).
_ADJUST_MODULES = frozenset({"desktop.services.sync.pack_columns"})


def runs_in_helper(adjust: AdjustColumns | None) -> bool:
    """Whether the helper can make a table's batches with this `adjust` step (none, or a
    module-level function of a light module, which it imports by name)."""
    if adjust is None:
        return True
    module = getattr(adjust, "__module__", None)
    if module not in _ADJUST_MODULES:
        return False
    return getattr(sys.modules.get(module), getattr(adjust, "__qualname__", ""), None) is adjust


# -- choosing ------------------------------------------------------------------------------------

_UNIQUE_LOOKUP = re.compile(
    r"SEARCH \w+ USING (?:COVERING )?(?:INDEX sqlite_autoindex_\w+_1|INTEGER PRIMARY KEY) "
    r"\((?:id|rowid)=\?\)(?: LEFT-JOIN)?"
)
_SUBQUERY = re.compile(r"(?:LIST|CORRELATED SCALAR|SCALAR|CORRELATED LIST) SUBQUERY \d+")


def reads_in_key_order(db: Any, table: str, sql: str) -> bool:
    """Whether SQLite runs `sql` as a walk of `table`'s change_seq index (so its rows come in
    (change_seq, rowid) order), everything else joined to it being a lookup of one row by its
    key or a subquery, and nothing sorted."""
    index = f"ix_{table}_change_seq"
    plan = db.execute("EXPLAIN QUERY PLAN " + sql).fetchall()
    if not plan or any("TEMP B-TREE" in row[3] for row in plan):
        return False
    outer = [row[3] for row in plan if row[1] == 0]
    walk = re.fullmatch(rf"SEARCH {table} USING (?:COVERING )?INDEX {index} \(.*\)", outer[0])
    return walk is not None and all(
        _UNIQUE_LOOKUP.fullmatch(detail) or _SUBQUERY.fullmatch(detail) for detail in outer[1:]
    )


def sorts(db: Any, sql: str, keys: int) -> bool:
    plan = db.execute("EXPLAIN QUERY PLAN " + sql, (0,) * keys).fetchall()
    return any("TEMP B-TREE" in row[3] for row in plan)


def chunk_bounds(db: Any, table: str, smallest: int) -> tuple[Key, ...]:
    """Keys cutting the table's change_seq index into chunks of `smallest` entries or more (at
    most `MAX_CHUNKS`), found on the index alone; the first and last are open."""
    index = f"ix_{table}_change_seq"
    entries = db.execute(f'SELECT count(*) FROM "{table}" INDEXED BY "{index}"').fetchone()[0]
    size = max(smallest, -(-entries // MAX_CHUNKS))
    first = (
        f'SELECT change_seq, rowid FROM "{table}" INDEXED BY "{index}" '
        "ORDER BY change_seq, rowid LIMIT 1 OFFSET ?"
    )
    after = (
        "SELECT * FROM ("
        f'SELECT change_seq, rowid FROM "{table}" INDEXED BY "{index}" '
        "WHERE change_seq = ? AND rowid > ? "
        "UNION ALL "
        f'SELECT change_seq, rowid FROM "{table}" INDEXED BY "{index}" WHERE change_seq > ?'
        ") LIMIT 1 OFFSET ?"
    )
    bounds: list[Key] = [(_LOWEST, _LOWEST)]
    found = db.execute(first, (size - 1,)).fetchone()
    while found is not None and tuple(found) > bounds[-1]:
        bounds.append((found[0], found[1]))
        found = db.execute(after, (found[0], found[1], found[0], size - 1)).fetchone()
    # The last chunk holds what the last cut left (fewer entries than the others): a last
    # chunk of up to twice the others' size made the exporting process, waiting for it from
    # the helper no longer than its own chunks take, give up and make it again. A cut with
    # nothing after it is dropped (no empty chunk).
    if len(bounds) > 1 and found is None:
        low_seq, low_rowid = bounds[-1]
        if db.execute(after, (low_seq, low_rowid, low_seq, 0)).fetchone() is None:
            bounds.pop()
    bounds.append((_HIGHEST, _HIGHEST))
    return tuple(bounds)


# -- the helper process ---------------------------------------------------------------------------


def _serve(connection: Connection, counter: Any, room: Any, database: str, folder: str) -> None:
    """The helper's main: hold a snapshot, then encode the chunks it claims, job after job."""
    import sqlite3

    gc.disable()  # batches of small objects without cycles, as in the exporting process
    started = time.process_time()
    try:
        db = sqlite3.connect(sqlite_uri(Path(database)), uri=True, timeout=10)
        db.execute("BEGIN")
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot is taken
    except Exception as error:  # noqa: BLE001 - any failure: the exporter reads alone
        connection.send(("failed", repr(error)))
        return
    connection.send(("ready", None))
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):  # the exporting process is gone, or gave this one up
            _orphaned(folder)
            return
        if job is None:
            connection.send(("cpu", time.process_time() - started))
            return
        number, table = job
        while True:
            if not _room_made(room):
                _orphaned(folder)
                return
            with counter.get_lock():
                value = counter.value
                chunk = value & _CHUNK_MASK
                if value >> _JOB_SHIFT != number or chunk >= table.chunks:
                    room.release()
                    break
                counter.value = value + 1
            path = Path(folder) / f"{number}-{chunk}"
            try:
                with path.open("wb") as out:
                    for json_text, csv_text, records in encode_chunk(db, table, chunk):
                        out.write(_BATCH_HEADER.pack(len(json_text), len(csv_text), records))
                        out.write(json_text)
                        out.write(csv_text)
            except Exception as error:  # noqa: BLE001 - the exporter does the chunk itself
                connection.send(("failed", repr(error)))
                return
            try:
                connection.send(("chunk", (number, chunk, str(path))))
            except OSError:  # the exporting process is gone (killed) or gave this one up
                _orphaned(folder)
                return


def _room_made(room: Any) -> bool:
    """Wait for room to put a chunk in; False if the exporting process is gone (killed, it
    never makes room again, and this one must not hold its snapshot and the database open for
    ever: nothing else ends a spawned process whose parent was killed)."""
    parent = multiprocessing.parent_process()
    while not room.acquire(timeout=_PARENT_CHECK_SECONDS):
        if parent is not None and not parent.is_alive():
            return False
    return True


def _orphaned(folder: str) -> None:
    """The exporting process no longer reads this one's chunks (it was killed, or gave this
    one up and removes the folder itself): the chunk files, records in the clear, go now
    rather than wait for a later export to find the folder stale."""
    shutil.rmtree(folder, ignore_errors=True)


def _read_chunk(path: Path) -> Iterator[Encoded]:
    with path.open("rb") as source:
        while header := source.read(_BATCH_HEADER.size):
            json_size, csv_size, records = _BATCH_HEADER.unpack(header)
            yield source.read(json_size), source.read(csv_size), records
    path.unlink()


# The helper's chunks wait in a folder beside the database (they hold the same records, and
# stay under the same protection and the same erasure), named so, and removed after the export.
SCRATCH_PREFIX = ".gapkit-export-"


def scratch_folder(data_folder: Path) -> Path:
    """A new private folder for the helper's chunks, after removing those killed exports left
    (a live export's folder changes as every chunk comes and goes)."""
    remove_left_behind(
        folder
        for folder in data_folder.glob(SCRATCH_PREFIX + "*")
        if folder.is_dir() and not folder.is_symlink()
    )
    return Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX, dir=data_folder))


class ExportHelper:
    """The second process of one export (see the module): started early, used for the big
    tables, closed with the export's read transaction."""

    def __init__(self, database: Path, same_snapshot: Callable[[], bool]):
        self._same_snapshot = same_snapshot
        self._folder = scratch_folder(database.parent)
        try:
            context = multiprocessing.get_context("spawn")
            self._counter = context.Value("q", 0)
            self._room = context.Semaphore(AHEAD_CHUNKS)
            self._connection, child = context.Pipe(duplex=True)
            self._process = context.Process(
                target=_serve,
                args=(child, self._counter, self._room, str(database), str(self._folder)),
                name="gapkit-export",
                daemon=True,
            )
            self._process.start()
        except BaseException:  # no helper: no folder left behind either
            shutil.rmtree(self._folder, ignore_errors=True)
            raise
        child.close()
        self._ready = False
        self._usable = True
        self._job = 0
        self._delivered: dict[int, Path] = {}  # chunk -> file, of the current job
        self._made_here: set[int] = set()  # chunks of the current job the helper was late with
        self._begun: ChunkedTable | None = None  # the current job's, before its batches
        self._in_table = False  # a table is begun: its batches taken, or to be
        self._finishing = False  # asked to stop before `close` (`finish`)
        self._chunk_seconds: list[float] = []
        self.cpu_seconds: float | None = None  # the helper's, once it stopped

    @property
    def usable(self) -> bool:
        return self._usable and not self._finishing

    def finish(self) -> None:
        """No more tables for the helper: it is asked to stop now and ends while this process
        writes the rest of the bundle; `close` then only takes its CPU figure."""
        if not self.usable or self._in_table:
            return
        try:
            self._connection.send(None)
        except (OSError, ValueError) as error:
            self._give_up(f"it stopped ({error!r})")
            return
        self._finishing = True

    # -- messages --------------------------------------------------------------------------------

    def _take_messages(self, wait: float = 0.0) -> None:
        """Read what the helper said, waiting up to `wait` seconds for a first message."""
        while self._usable:
            try:
                if not self._connection.poll(wait):
                    return
                kind, detail = self._connection.recv()
            except (EOFError, OSError) as error:
                self._give_up(f"it stopped ({error!r})")
                return
            wait = 0.0
            if kind == "ready":
                if self._same_snapshot():
                    self._ready = True
                else:
                    self._give_up("the database changed while it started")
            elif kind == "chunk":
                number, chunk, path = detail
                if number == self._job and chunk not in self._made_here and self._ready:
                    self._delivered[chunk] = Path(path)
                else:  # made here meanwhile (see `batches`)
                    Path(path).unlink(missing_ok=True)
                    self._room.release()
            elif kind == "failed":
                self._give_up(detail)

    def _give_up(self, reason: str) -> None:
        log.info("The export's second process is not used: %s", reason)
        self._usable = False
        self._delivered.clear()
        self._stop_process()

    # -- claims ----------------------------------------------------------------------------------

    def _claim(self, chunks: int) -> int | None:
        with self._counter.get_lock():
            value = self._counter.value
            chunk = value & _CHUNK_MASK
            if chunk >= chunks:
                return None
            self._counter.value = value + 1
            return chunk

    def _claimed(self) -> int:
        with self._counter.get_lock():
            return int(self._counter.value & _CHUNK_MASK)

    # -- a table ---------------------------------------------------------------------------------

    def begin(self, table: ChunkedTable) -> None:
        """Set the helper to work on `table` now, before its batches are taken (`batches`):
        a pack's answers while this process writes the organisations and the small tables
        before them. Its chunks wait for the writing, at most `AHEAD_CHUNKS` of them. A table
        begun and never taken (a cancel) stops the helper at once on `close`; another table's
        `batches` drops it (the helper's work on it is thrown away)."""
        if self._begun is table:
            return
        self._drop_delivered()
        self._job += 1
        self._made_here.clear()
        with self._counter.get_lock():
            self._counter.value = self._job << _JOB_SHIFT
        self._begun = table
        self._in_table = True
        if not self.usable:
            return
        try:
            self._connection.send((self._job, table))
        except (OSError, ValueError) as error:
            self._give_up(f"it stopped ({error!r})")

    def _drop_delivered(self) -> None:
        """Chunks of a job given up before they were written: their files go, and their room
        is given back."""
        for path in self._delivered.values():
            path.unlink(missing_ok=True)
            self._room.release()
        self._delivered.clear()

    def batches(self, db: Any, table: ChunkedTable) -> Iterator[Encoded]:
        """The table's batches in order, the helper making what it claims."""
        self.begin(table)
        self._begun = None
        held: dict[int, list[Encoded]] = {}
        chunk = 0
        self._in_table = True
        while chunk < table.chunks:
            if chunk in held:
                yield from held.pop(chunk)
                chunk += 1
                continue
            self._take_messages()
            if chunk in self._delivered:
                yield from _read_chunk(self._delivered.pop(chunk))
                self._room.release()
                chunk += 1
                continue
            if not self._usable:
                # what the helper claimed and did not deliver is done here
                for rest in range(chunk, table.chunks):
                    yield from held.pop(rest) if rest in held else encode_chunk(db, table, rest)
                self._in_table = False
                return
            if chunk >= self._claimed():
                if self._claim(table.chunks) == chunk:
                    yield from self._made(encode_chunk(db, table, chunk))
                    chunk += 1
                continue
            # the helper is making this one: make a later one meanwhile, or wait for it
            if len(held) < HELD_CHUNKS:
                ahead = self._claim(table.chunks)
                if ahead is not None:
                    held[ahead] = list(self._made(encode_chunk(db, table, ahead)))
                    continue
            # ... but not longer than making it here would take (a busy machine may give
            # the helper little time): then it is made here, and the helper's copy dropped
            deadline = time.perf_counter() + self._patience()
            while chunk not in self._delivered and self._usable:
                left = deadline - time.perf_counter()
                if left <= 0:
                    break
                self._take_messages(left)
            if chunk in self._delivered or not self._usable:
                continue
            self._made_here.add(chunk)
            yield from self._made(encode_chunk(db, table, chunk))
            chunk += 1
        self._in_table = False

    def _made(self, batches: Iterator[Encoded]) -> Iterator[Encoded]:
        """`batches`, timed (their writing included): how long a chunk takes here."""
        started = time.perf_counter()
        yield from batches
        self._chunk_seconds.append(time.perf_counter() - started)

    def _patience(self) -> float:
        made = self._chunk_seconds[-8:]
        return sum(made) / len(made) if made else _FIRST_PATIENCE

    # -- the end ---------------------------------------------------------------------------------

    def _stop_process(self) -> None:
        with contextlib.suppress(Exception):
            self._connection.close()
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(5)

    def close(self) -> None:
        """Stop the helper and remove its folder: at once if a table was left half written
        (a cancel, an error), else once it finished what it was doing (it says how much CPU
        time it used)."""
        if self._usable and not self._in_table:
            self._usable = False
            try:
                if not self._finishing:
                    self._connection.send(None)
                while self._connection.poll(_STOP_SECONDS):
                    kind, detail = self._connection.recv()
                    if kind == "cpu":
                        self.cpu_seconds = detail
                        break
                    if kind == "chunk":  # one made here meanwhile, finished late
                        Path(detail[2]).unlink(missing_ok=True)
                        self._room.release()
            except (EOFError, OSError, ValueError):
                pass
            with contextlib.suppress(Exception):
                self._connection.close()
            self._process.join(_STOP_SECONDS)
        self._usable = False
        self._stop_process()
        shutil.rmtree(self._folder, ignore_errors=True)


def chunked_table(
    db: Any,
    table: str,
    sql: str,
    within: str,
    across: str,
    plan: BatchPlan,
    batch_records: int,
    only: tuple[str, frozenset[str]] | None,
    adjust: AdjustColumns | None = None,
) -> ChunkedTable | None:
    """The table's query cut into chunks, if SQLite reads it in key order, through chunks
    that need no sorting, and it makes enough chunks to be worth it; else None."""
    if not reads_in_key_order(db, table, sql) or sorts(db, within, 3) or sorts(db, across, 6):
        return None
    bounds = chunk_bounds(db, table, batch_records)
    if len(bounds) - 1 < MIN_CHUNKS:
        return None
    return ChunkedTable(plan, within, across, bounds, batch_records, only, adjust)
