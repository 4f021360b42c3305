"""The reader's own checks (clock, change stamps, ids, references) run on the columns the
msgspec fast path read while checking the chunk (sync.fast_records.Columns) instead of reading
every record again: each problem, wherever it sits, is refused with exactly the message the
records themselves give (the pydantic path keeps no columns)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import sync.reader
from sync import RecordError, open_bundle
from sync.keys import DeviceKey
from sync.records import TABLES
from tests.sync.conftest import NOW, WriteBundle
from tests.sync.factories import dataset

Tables = dict[str, list[dict[str, Any]]]
FUTURE = "2031-01-01T00:00:00.000Z"
EARLY = "1899-12-31T23:59:59.000Z"


def refusal(path: Path, key: DeviceKey, chunk_bytes: int) -> str | None:
    bundle = open_bundle(path, now=NOW)
    bundle.verify(key.public_key_b64, stream=True)
    try:
        for table in bundle.tables:
            for _chunk in bundle.stream_table(table, chunk_bytes=chunk_bytes):
                pass
        bundle.finish_stream()
    except RecordError as error:
        return error.message
    finally:
        bundle.close()
    return None


def _stamp(record: dict[str, Any], key: str, at: str) -> None:
    record["_stamps"][key] = dict(record["_stamps"]["*"], at=at)


def _second_key(table: str) -> str:
    return {"responses": "note", "organisations": "name", "action_items": "title"}[table]


CHANGES: dict[str, Callable[[Tables, str, int], None]] = {
    "created_at in the future": lambda t, n, i: t[n][i].update(created_at=FUTURE),
    "modified_at too early": lambda t, n, i: t[n][i].update(modified_at=EARLY),
    "deleted_at in the future": lambda t, n, i: t[n][i].update(deleted_at=FUTURE),
    "the creation stamp in the future": lambda t, n, i: _stamp(t[n][i], "*", FUTURE),
    "the creation stamp too early": lambda t, n, i: _stamp(t[n][i], "*", EARLY),
    "a field's stamp in the future": lambda t, n, i: _stamp(t[n][i], _second_key(n), FUTURE),
    "a field's stamp too early": lambda t, n, i: _stamp(t[n][i], _second_key(n), EARLY),
    "an id used twice": lambda t, n, i: t[n][i].update(id=t[n][0 if i else 1]["id"]),
    "a stamp key naming no field": lambda t, n, i: _stamp(t[n][i], "no_such_field", "x"),
}


@pytest.mark.parametrize("chunk_bytes", [600, 8 * 1024 * 1024])
@pytest.mark.parametrize("where", ["first", "middle", "last"])
@pytest.mark.parametrize("table", ["organisations", "responses", "action_items"])
@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_problem_found_on_the_columns_is_named_as_the_records_name_it(
    write: WriteBundle,
    device_key: DeviceKey,
    monkeypatch: pytest.MonkeyPatch,
    change: str,
    table: str,
    where: str,
    chunk_bytes: int,
) -> None:
    tables = dataset(assessments=3, questions=4, participants=2, actions=2)
    rows = tables[table]
    index = {"first": 0, "middle": len(rows) // 2, "last": len(rows) - 1}[where]
    changed = copy.deepcopy(tables)
    CHANGES[change](changed, table, index)
    path = write(changed)
    fast = refusal(path, device_key, chunk_bytes)
    assert fast is not None, f"{change} in {table} was let through"
    monkeypatch.setattr(sync.reader, "_decode_chunk", None)  # pydantic: no columns kept
    assert refusal(path, device_key, chunk_bytes) == fast


@pytest.mark.parametrize(
    ("table", "field"),
    [
        (table, fk.field)
        for table in ("assessments", "participants", "responses", "action_items")
        for fk in TABLES[table].foreign_keys
    ],
)
def test_a_reference_outside_a_full_bundle_is_named_as_the_records_name_it(
    write: WriteBundle,
    device_key: DeviceKey,
    monkeypatch: pytest.MonkeyPatch,
    table: str,
    field: str,
) -> None:
    tables = dataset(assessments=3, questions=4, participants=2, actions=2)
    tables[table][-1][field] = "not-in-the-bundle"
    path = write(tables)
    fast = refusal(path, device_key, 600)
    assert fast is not None and f"{field} refers to" in fast and "not-in-the-bundle" in fast
    monkeypatch.setattr(sync.reader, "_decode_chunk", None)
    assert refusal(path, device_key, 600) == fast


def test_a_clean_bundle_reads_the_same_either_way(
    write: WriteBundle, device_key: DeviceKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(dataset(assessments=3, questions=4, participants=2, actions=2))
    assert refusal(path, device_key, 600) is None
    monkeypatch.setattr(sync.reader, "_decode_chunk", None)
    assert refusal(path, device_key, 600) is None
