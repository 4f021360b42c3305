"""The SQLite import's fast paths store exactly the rows SQLAlchemy's generic path stores.

The council import writes SQLite through the sqlite3 connection itself (timestamps converted
in Python, secondary indexes built after a bulk load, foreign keys checked once at its end,
unchanged records found set-wise). The generic `_Rows` (SQLAlchemy Core, what PostgreSQL
uses apart from COPY) is the reference: the same bundles, imported in the same order into
two councils, leave every table the same: each value and its SQLite storage class, byte for
byte but for JSON text, which SQLAlchemy spaces differently (compared as the values it holds).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

import desktop.services.sync.imports as imports
import sync.reader
from desktop.services.sync.imports import ImportService
from desktop.store.db import Store, database_path, open_store
from tests.store.sync_helpers import Laptop, index_sql

# Made where the import runs, so they differ between any two councils.
_LOCAL = {
    "imports": None,
    "devices": None,
    "counters": None,
    "settings": None,
    "alembic_version": None,
    "exports": None,
    "packs": None,
    "conflicts": {"id", "detected_at"},
    "assessment_scores": {"scored_at"},
}


def raw_dump(folder: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows as SQLite holds them: each value with its storage class, sorted."""
    connection = sqlite3.connect(database_path(folder))
    try:
        dump: dict[str, list[tuple[object, ...]]] = {}
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in sorted(tables):
            if table in _LOCAL and _LOCAL[table] is None:
                continue
            skip = _LOCAL.get(table) or set()
            info = list(connection.execute(f'PRAGMA table_info("{table}")'))
            columns = [row[1] for row in info if row[1] not in skip]
            json_columns = {row[1] for row in info if row[2] == "JSON"}
            selected = ", ".join(f'"{c}", typeof("{c}")' for c in columns)
            rows = []
            for row in connection.execute(f'SELECT {selected} FROM "{table}"'):
                values = list(row)
                for at, name in enumerate(columns):
                    if name in json_columns and values[2 * at + 1] == "text":
                        values[2 * at] = _same_json(values[2 * at])
                rows.append(tuple(values))
            dump[table] = sorted(rows, key=repr)
        return dump
    finally:
        connection.close()


def _same_json(text: str) -> str:
    """JSON text in one form: SQLAlchemy writes `{"a": 1}` where orjson writes `{"a":1}`;
    both read back as the same value, which is what must be equal (keys keep their order)."""
    return json.dumps(json.loads(text), ensure_ascii=False)


def _import_all(council: Store, bundles: list[Path]) -> list[tuple[str, int, int, int, int]]:
    outcomes = []
    for bundle in bundles:
        summary = ImportService(council).import_bundle(bundle)
        assert summary.status == "merged", summary.message
        outcomes.append(
            (summary.status, summary.added, summary.updated, summary.unchanged, summary.conflicts)
        )
    return outcomes


@pytest.fixture
def bundles(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop, list[Path]]]:
    """Two laptops' bundles: fresh records, edits, a conflict, the same records again in a new
    file, a deletion, and a bundle whose records are partly unchanged."""
    a = Laptop.make(tmp_path, "Laptop A")
    b = Laptop.make(tmp_path, "Laptop B")
    org_ids = a.register(8, seed=31)
    a.assess(4, seed=31)
    first = a.export(full=True)
    ImportService(b.store).devices.enrol(a.info())
    assert ImportService(b.store).import_bundle(first).status == "merged"
    a.services.organisations.update(org_ids[0], {"notes": "Written on A"})
    b.services.organisations.update(org_ids[0], {"notes": "Written on B"})
    b.services.organisations.update(org_ids[1], {"town": "Batley"})
    b.register(3, seed=32)
    b.assess(2, seed=32)
    from_b = b.export()
    a.services.organisations.delete(org_ids[2])
    from_a = a.export()
    same_again = a.export(full=True)  # every record already held: a new file, nothing new
    try:
        yield a, b, [first, from_b, from_a, same_again, b.export(full=True), _edited(a, same_again)]
    finally:
        a.close()
        b.close()


def _edited(laptop: Laptop, bundle: Path) -> Path:
    """The same records, signed by the laptop, but some values changed under unchanged stamps
    (two answers), a number given as an int where a float is held, and a flag as it is: the
    merge, not the comparison with what is held, must decide these."""
    from desktop.services.devices import device_key_path
    from sync.keys import DeviceKey
    from tests.sync.bundle_edits import resign, unzip, zip_members

    members = unzip(bundle)
    responses = json.loads(members["data/responses.json"])
    numbers = [r for r in responses if isinstance(r["value"], int) and not r["dont_know"]]
    numbers[0]["value"] = 5 - numbers[0]["value"]
    numbers[1]["value"] = float(numbers[1]["value"])
    members["data/responses.json"] = json.dumps(responses, separators=(",", ":")).encode()
    organisations = json.loads(members["data/organisations.json"])
    staffed = [o for o in organisations if isinstance(o.get("staff_fte"), float)]
    staffed[0]["staff_fte"] = int(staffed[0]["staff_fte"])
    members["data/organisations.json"] = json.dumps(organisations, separators=(",", ":")).encode()
    key = DeviceKey.load(device_key_path(laptop.folder))
    return zip_members(bundle.with_name("edited.gapkit"), resign(members, key))


@pytest.mark.parametrize("helper", ["0", "wait"], ids=["read-here", "read-by-helper"])
def test_the_fast_sqlite_import_stores_what_the_generic_path_stores(
    tmp_path: Path,
    bundles: tuple[Laptop, Laptop, list[Path]],
    monkeypatch: pytest.MonkeyPatch,
    helper: str,
) -> None:
    """Also with the tables read by the import's second process (sync.import_helper), every
    chunk of the fast import through it; the reference reads them here."""
    a, b, files = bundles
    monkeypatch.setenv("GAPKIT_IMPORT_HELPER", helper)
    # Small enough thresholds that this small bundle takes the bulk-load path (indexes after,
    # foreign keys checked at the end), read in many chunks.
    monkeypatch.setattr(imports, "INDEXES_AFTER_ROWS", 1)
    monkeypatch.setattr(sync.reader, "CHUNK_BYTES", 4_000)
    fast = open_store(data_dir=tmp_path / "fast", device_name="Council")
    reference = open_store(data_dir=tmp_path / "reference", device_name="Council")
    try:
        indexes = index_sql(tmp_path / "fast")
        for council in (fast, reference):
            a.enrol_at(council)
            b.enrol_at(council)
        fast_outcomes = _import_all(fast, files)
        with monkeypatch.context() as generic:
            generic.setattr(imports, "_rows_for", imports._Rows)
            generic.setenv("GAPKIT_IMPORT_HELPER", "0")
            reference_outcomes = _import_all(reference, files)
        with fast.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        fast.close()
        reference.close()
    assert fast_outcomes == reference_outcomes
    assert fast_outcomes[3][1:3] == (0, 0) and fast_outcomes[3][3] > 0  # same records again
    assert fast_outcomes[5][2] >= 1  # an answer changed under its stamp: merged, not skipped
    assert sum(outcome[4] for outcome in fast_outcomes) == 1  # the conflict
    assert index_sql(tmp_path / "fast") == indexes
    fast_rows, reference_rows = raw_dump(tmp_path / "fast"), raw_dump(tmp_path / "reference")
    assert fast_rows.keys() == reference_rows.keys()
    for table, rows in reference_rows.items():
        assert fast_rows[table] == rows, table
    assert len(fast_rows["responses"]) > 100 and fast_rows["conflicts"]


def test_a_reference_the_checks_missed_is_refused_by_the_check_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With foreign keys checked once after a bulk load, a dangling reference still rejects
    the whole bundle (here the reader's own reference check is switched off to let one by)."""
    laptop = Laptop.make(tmp_path, "Laptop")
    laptop.register(3, seed=5)
    laptop.assess(2, seed=5)
    bundle = laptop.export(full=True)
    monkeypatch.setattr(imports, "INDEXES_AFTER_ROWS", 1)
    council = open_store(data_dir=tmp_path / "council", device_name="Council")
    try:
        laptop.enrol_at(council)

        def dangling(self, session, bundle, chunk):  # type: ignore[no-untyped-def]
            if chunk.table == "responses":
                chunk.records[0] = {**chunk.records[0], "assessment_id": "no-such-assessment"}

        monkeypatch.setattr(ImportService, "_check_references", dangling)
        monkeypatch.setattr(imports, "check_references", lambda records, lookup: [])
        summary = ImportService(council).import_bundle(bundle)
        assert summary.status == "rejected"
        assert "data/responses.json" in (summary.message or "")
        assert "nothing was imported" in (summary.message or "")
        with council.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM responses").scalar() == 0
            assert connection.exec_driver_sql("SELECT count(*) FROM organisations").scalar() == 0
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        council.close()
        laptop.close()


def test_a_null_is_bound_as_nan_and_stored_as_null() -> None:
    """The fast path binds NULL as NaN (the sqlite3 module binds None much more slowly); the
    comparison above holds only if this SQLite turns it into NULL, as _null_parameter checks."""
    null = imports._null_parameter()
    assert isinstance(null, float) and null != null  # NaN: the fast binding is in use
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (a TEXT, b JSON, c INTEGER, d DATETIME, e BOOLEAN)")
        connection.execute("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [null] * 5)
        stored = connection.execute(
            "SELECT typeof(a), typeof(b), typeof(c), typeof(d), typeof(e) FROM t"
        ).fetchone()
    finally:
        connection.close()
    assert stored == ("null",) * 5


def _row_as_converted_one_by_one(info: Any, record: dict[str, Any], bound: bool) -> list[Any]:
    """A record's values as the import writes them, each column converted on its own."""
    null = imports._null_parameter() if bound else None
    row: list[Any] = []
    for name in info.columns:
        value = record[name]
        if name in info.json_columns:
            row.append(orjson.dumps(value).decode())
        elif name in info.datetimes:
            row.append(null if value is None else value.replace("T", " ").replace("Z", "000"))
        elif bound and name in info.booleans:
            row.append({True: 1, False: 0}.get(value, null if value is None else value))
        elif bound and name in info.nullable and value is None:
            row.append(null)
        else:
            row.append(value)
    row.append(orjson.dumps(record["_stamps"]).decode())
    return row


def _awkward_records(info: Any) -> list[dict[str, Any]]:
    """Records whose columns run through each kind's awkward values (None where it may be)."""
    choices: dict[str, list[Any]] = {}
    for name in info.columns:
        if name in info.json_columns:
            choices[name] = [None, 5, 2.5, "yes", "", [1, "a", None], {"k": [True, "é"]}]
        elif name in info.datetimes:
            choices[name] = ["2026-11-24T09:15:02.123Z", None]
        elif name in info.booleans:
            choices[name] = [True, False, None]
        else:
            choices[name] = ['it\'s "quoted"', None, 3, 0.5]
    stamps = {"name": {"at": "2026-11-24T09:15:02.123Z", "by": "d", "prev_at": None}}
    return [
        {
            **{
                name: values[(i + j) % len(values)]
                for j, (name, values) in enumerate(choices.items())
            },
            "_stamps": stamps if i % 2 else {},
        }
        for i in range(8)
    ]


@pytest.mark.parametrize("bound", [True, False])
def test_each_table_row_is_made_as_its_columns_converted_one_by_one(bound: bool) -> None:
    """The import makes a table's rows with one function written for the table
    (`_row_maker`); its values, their types and NULLs are those of converting each column
    on its own, for every synced table, bound for the sqlite3 module or not."""
    for name, info in imports._TABLES.items():
        make_row = imports._row_maker(info, bound)
        for record in _awkward_records(info):
            made = make_row(record)
            expected = _row_as_converted_one_by_one(info, record, bound)
            # repr: a NaN (the bound NULL) is equal to itself, and 1 to True, only so
            assert [(type(v), repr(v)) for v in made] == [(type(v), repr(v)) for v in expected], (
                name
            )
