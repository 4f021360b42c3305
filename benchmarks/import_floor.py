"""The floor of a council import that keeps our schema, against `sqlite3 .import`.

What any design of the import must still do once every record is read, validated and merged:
the rows of the 1,000-assessment bundle (`benchmarks/sync_import.py`'s), already in memory as
the parameter lists the importer binds (`_SqliteRows._values(..., bound=True)`), written into
a fresh council database made by `open_store` (our real schema) by the sqlite3 module the way
the importer writes them: foreign keys off and checked once at the end, the write cache
widened, one transaction, per table in `SYNCED_MODELS` order an `executemany` in id order with
the change number in the statement, the secondary indexes of a table taking
`INDEXES_AFTER_ROWS` rows or more dropped before it and built again after it, then the commit.
Only these steps are timed (CPU seconds of this process: SQLite runs in it); the anchor is the
sqlite3 command-line tool's `.import` of the bundle's CSV copies, in the same run, and our
whole import of the same bundle is measured beside them.

Run: python3 benchmarks/import_floor.py [--orgs 300] [--assessments 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.sync_import import (  # noqa: E402
    IMPORT_RATIO_TARGET,
    _council,
    _timed_import,
    make_bundles,
    sqlite3_import_times,
)


@dataclass
class Table:
    """One table's rows as the importer binds them, and how it writes them."""

    name: str
    statement: str
    rows: list[list[Any]]
    indexes_after: bool


@dataclass
class FloorRun:
    """CPU seconds of one floor load, by part."""

    inserts: dict[str, float] = field(default_factory=dict)
    index_builds: dict[str, float] = field(default_factory=dict)
    foreign_key_check: float = 0.0
    commit: float = 0.0
    total: float = 0.0
    wall: float = 0.0


def bound_tables(bundle: Path, laptop: Any) -> list[Table]:
    """The bundle's records, validated by the reader, as the importer's parameter lists."""
    from desktop.services.devices import DeviceService
    from desktop.services.sync.imports import (
        _TABLES,
        INDEXES_AFTER_ROWS,
        _insert_statement,
        _SqliteRows,
    )
    from sync.reader import open_bundle

    tables: list[Table] = []
    with open_bundle(bundle) as opened:
        opened.verify(DeviceService(laptop).info().public_key)
        for name in opened.tables:
            records = sorted(opened.records(name), key=lambda record: record["id"])
            if not records:
                continue
            info = _TABLES[name]
            tables.append(
                Table(
                    name=name,
                    statement=_insert_statement(info, change_seq=1),
                    rows=list(_SqliteRows._values(info, records, None, bound=True)),
                    indexes_after=len(records) >= INDEXES_AFTER_ROWS,
                )
            )
    return tables


def floor_load(council: Any, tables: list[Table]) -> FloorRun:
    """Write the tables into the council database as the importer does; CPU seconds by part."""
    from desktop.services.sync.imports import _droppable_indexes, _SqliteRows

    run = FloorRun()
    fairy = council.engine.raw_connection()
    raw: sqlite3.Connection = fairy.driver_connection
    try:
        clock = time.process_time
        started_wall, started = time.perf_counter(), clock()
        raw.execute("PRAGMA foreign_keys=OFF")  # as suspend_foreign_keys: checked at the end
        raw.execute(f"PRAGMA cache_size = -{_SqliteRows.WRITE_CACHE_KIB}")
        raw.execute("BEGIN")
        for table in tables:
            dropped = []
            if table.indexes_after:
                dropped = _droppable_indexes(raw, table.name)
                for name, _sql in dropped:
                    raw.execute(f'DROP INDEX "{name}"')
            at = clock()
            raw.executemany(table.statement, table.rows)
            run.inserts[table.name] = clock() - at
            for name, sql in dropped:
                at = clock()
                raw.execute(sql)
                run.index_builds[name] = clock() - at
        at = clock()
        for table in tables:
            if raw.execute(f'PRAGMA foreign_key_check("{table.name}")').fetchone() is not None:
                raise SystemExit(f"floor load: a broken reference in {table.name}")
        run.foreign_key_check = clock() - at
        at = clock()
        raw.commit()
        run.commit = clock() - at
        run.total = clock() - started
        run.wall = time.perf_counter() - started_wall
    finally:
        raw.execute("PRAGMA foreign_keys=ON")
        fairy.close()
    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument("--assessments", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--no-import", action="store_true", help="leave out our own import of the same bundle"
    )
    args = parser.parse_args()
    median = statistics.median
    with tempfile.TemporaryDirectory(prefix="gapkit-floor-") as tmp:
        root = Path(tmp)
        laptop, bundle, _same_records = make_bundles(root, args.orgs, args.assessments)
        tables = bound_tables(bundle, laptop)
        anchors: list[float] = []
        floors: list[FloorRun] = []
        imports: list[float] = []
        for run in range(args.runs):
            anchors.append(sqlite3_import_times(bundle, root / f"anchor-{run}")[1])
            council = _council(root / f"floor-{run}", laptop)
            try:
                floors.append(floor_load(council, tables))
            finally:
                council.close()
            if not args.no_import:
                council = _council(root / f"import-{run}", laptop)
                try:
                    imports.append(_timed_import(council, bundle).cpu)
                finally:
                    council.close()
        laptop.close()
    anchor = median(anchors)
    rows = sum(len(t.rows) for t in tables)
    print(
        f"{rows:,} rows of {len(tables)} tables ({args.assessments:,} assessments); medians of "
        f"{args.runs}, CPU seconds; load average {os.getloadavg()[0]:.2f}"
    )
    print(f"sqlite3 .import of the same CSV rows (anchor): {anchor:.3f} s")
    parts: dict[str, list[float]] = defaultdict(list)
    for floor in floors:
        for name, seconds in floor.inserts.items():
            parts[f"insert {name}"].append(seconds)
        for name, seconds in floor.index_builds.items():
            parts[f"build {name}"].append(seconds)
        parts["foreign key check"].append(floor.foreign_key_check)
        parts["commit"].append(floor.commit)
    sizes = {f"insert {t.name}": len(t.rows) for t in tables}
    for part, seconds in parts.items():
        size = f" ({sizes[part]:,} rows)" if part in sizes else ""
        print(f"  {part}{size}: {median(seconds):.3f} s")
    total = median(f.total for f in floors)
    without_check = median(f.total - f.foreign_key_check for f in floors)
    print(
        f"floor (everything above): {total:.3f} s CPU, {median(f.wall for f in floors):.3f} s "
        f"wall = {total / anchor:.2f} x sqlite3 .import; without the foreign key check "
        f"{without_check / anchor:.2f} x"
    )
    if imports:
        ours = median(imports)
        print(
            f"our import of the bundle (validated, merged, committed): {ours:.3f} s CPU = "
            f"{ours / anchor:.2f} x (target <= {IMPORT_RATIO_TARGET:.0f} x); "
            f"{ours - total:.3f} s above the floor"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
