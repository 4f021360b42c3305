"""Rows of the export's SQLite queries made into the bundle's JSON and CSV, batch by batch.

The columns of a batch are decoded one column at a time (timestamps from their stored text,
`iso_timestamps`; a JSON column whose values repeat decoded and made into CSV cells once per
distinct stored value) and both the CSV (`sync.codecs.encode_csv_columns_utf8`) and the JSON
(`sync.codecs.encode_json_columns`) are made from those columns, with no dict per record.

This module imports neither SQLAlchemy nor the record models: the export's second process
(`export_worker`) encodes with it, and starts sooner for it. What it needs to know of a table
comes as a `BatchPlan` (made by `export.batch_plan` from the table and its record spec), which
both processes use alike, so the text is the same whichever process made it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sync.codecs import stored_json_number

# Changes a batch of records in place before it is written: its values column by column (field
# name -> list, `_stamps` included, each as stored JSON text or as a dict).
AdjustColumns = Callable[[dict[str, list[Any]]], None]

# How a stored column is decoded (`BatchPlan.kinds`).
JSON_KIND, BOOLEAN_KIND, TIMESTAMP_KIND, AS_STORED_KIND = "json", "boolean", "timestamp", ""


@dataclass(frozen=True)
class CsvColumn:
    """A CSV column: its name and Table Schema type (as `sync.records.Column` has them)."""

    name: str
    table_type: str


@dataclass(frozen=True)
class BatchPlan:
    """What the encoder needs of a table: the record's keys in the order the query reads them
    (`_stamps`, the stored `field_stamps`, last), how each stored column is decoded (`kinds`,
    one per key but `_stamps`), and the CSV's columns (`columns`: it passes for the table's
    record spec with the CSV encoders)."""

    table: str
    names: tuple[str, ...]
    kinds: tuple[str, ...]
    columns: tuple[CsvColumn, ...]


# SQLAlchemy's stored timestamp text on SQLite: "2026-11-24 09:15:02.123000", 26 characters.
_STORED_TIMESTAMP_LENGTH = 26


def iso_timestamps(values: Sequence[Any]) -> list[Any]:
    """A column of stored timestamps as the bundle writes them ("2026-11-24T09:15:02.123Z"),
    exactly as the SQL of `export.record_select` makes them (characters 1-10, T, 12-23, Z).

    A column of whole milliseconds in the stored layout (all of them, in practice) is done with
    a few C-level string operations over the column joined, once its layout is checked by
    slicing; anything else value by value."""
    if None in values:
        present = [v for v in values if v is not None]
        if not present:
            return list(values)
        converted = iter(iso_timestamps(present))
        return [None if v is None else next(converted) for v in values]
    count = len(values)
    step = _STORED_TIMESTAMP_LENGTH + 1
    try:
        joined = "\x00".join(values)
    except TypeError:
        joined = ""
    if (
        len(joined) == step * count - 1
        and joined.count("\x00") == count - 1
        and joined[_STORED_TIMESTAMP_LENGTH::step] == "\x00" * (count - 1)
        and joined.count(" ") == count
        and joined[10::step] == " " * count
        and joined[23::step] == joined[24::step] == joined[25::step] == "0" * count
    ):
        # every value: 26 characters, its one space the date/time one, ending in "000"
        return (joined[:-3] + "Z").replace("000\x00", "Z\x00").replace(" ", "T").split("\x00")
    return [v[:10] + "T" + v[11:23] + "Z" for v in values]


def json_texts(values: Sequence[Any]) -> str:
    """One JSON array of a JSON column's stored values, to decode in a single C call.

    The column has numeric affinity, so SQLite hands back numbers as numbers; `repr` of a
    Python int or float is exact JSON for them, once a whole float SQLite holds as an integer
    beyond 2**53 is a float again (`stored_json_number`: written as an integer, every reader
    would refuse it).
    """
    try:
        return "[" + ",".join(values) + "]"  # all text: the usual case, joined at C speed
    except TypeError:
        return (
            "["
            + ",".join(
                [
                    v if type(v) is str else ("null" if v is None else repr(stored_json_number(v)))
                    for v in values
                ]
            )
            + "]"
        )


# A JSON column whose batch holds at most this share of distinct stored texts is decoded and
# made into CSV cells once per distinct text (answers' values: ~300 distinct in 80,000).
_DISTINCT_SHARE = 0.5


def booleans(values: Sequence[Any]) -> list[bool | None]:
    if None in values:
        return [None if v is None else bool(v) for v in values]
    return list(map(bool, values))


def _json_column(
    texts: Sequence[Any], table_type: str
) -> tuple[list[Any], list[str] | None, list[str] | None]:
    """A JSON column's stored values decoded, and, when they repeat enough to be worth making
    once per distinct value, their CSV cells and their JSON texts (as `json_value_texts` makes
    them; None if orjson can't write one); else None, None: the encoders make them.

    SQLite hands back numbers as numbers (numeric affinity), never an integral float, so the
    stored values are distinct keys exactly when their JSON differs."""
    from sync.codecs import column_cells, json_value_texts

    distinct = list(set(texts))
    if len(distinct) > _DISTINCT_SHARE * len(texts) or (
        int in (kinds := set(map(type, distinct))) and float in kinds
    ):
        return json.loads(json_texts(texts)), None, None
    values = json.loads(json_texts(distinct))
    value_of = dict(zip(distinct, values, strict=True))
    cell_of = dict(zip(distinct, column_cells(table_type, values), strict=True))
    try:
        json_of: dict[Any, str] | None = dict(zip(distinct, json_value_texts(values), strict=True))
    except TypeError:
        json_of = None
    return (
        list(map(value_of.__getitem__, texts)),
        list(map(cell_of.__getitem__, texts)),
        None if json_of is None else list(map(json_of.__getitem__, texts)),
    )


# (JSON objects joined by commas, CSV lines, records): one batch, as `sync.writer.EncodedBatch`
# holds it.
Encoded = tuple["bytes | memoryview", bytes, int]


def encode_rows(
    plan: BatchPlan,
    rows: Sequence[Sequence[Any]],
    adjust: AdjustColumns | None = None,
) -> Encoded:
    """One batch of rows (at least one) as the bundle's JSON and CSV text, with each record's
    stored change stamps written as they are stored: they are the biggest part of a record and
    the CSV does not hold them, so they are never decoded."""
    from sync import codecs  # looked up at each call: tests put the old encoders in its place

    names = plan.names
    types = {column.name: column.table_type for column in plan.columns}
    # Every row has one value per name by construction; strict zips cost ~20% here.
    columns: list[Sequence[Any]] = list(zip(*rows))  # noqa: B905
    cells_made: dict[str, list[str]] = {}
    texts_made: dict[str, list[str]] = {}
    for index, kind in enumerate(plan.kinds):
        if kind == JSON_KIND:
            columns[index], cells, texts = _json_column(columns[index], types[names[index]])
            if cells is not None:
                cells_made[names[index]] = cells
            if texts is not None:
                texts_made[names[index]] = texts
        elif kind == BOOLEAN_KIND:
            columns[index] = booleans(columns[index])
        elif kind == TIMESTAMP_KIND:
            columns[index] = iso_timestamps(columns[index])
    if adjust is not None:
        named = {name: list(values) for name, values in zip(names, columns)}  # noqa: B905
        before = {name: named[name][:] for name in {*cells_made, *texts_made}}
        adjust(named)
        columns = list(named.values())
        # what was made before the adjustment holds only for columns it left alone
        cells_made = {n: c for n, c in cells_made.items() if named[n] == before[n]}
        texts_made = {n: t for n, t in texts_made.items() if named[n] == before[n]}
    csv_text = codecs.encode_csv_columns_utf8(plan, dict(zip(names, columns)), cells_made)  # noqa: B905
    made: dict[int, Sequence[str]] = {names.index(n): t for n, t in texts_made.items()}
    # the stored stamps as they are; an adjusted record's stamps are a dict
    made[len(names) - 1] = codecs.stored_json_texts(columns[-1])
    try:
        json_text: bytes | memoryview = codecs.encode_json_columns(names, columns, made)
    except TypeError:  # a value orjson can't write (an integer beyond 64 bits)
        json_text = json_of_records(names, columns)
    return json_text, csv_text, len(rows)


def json_of_records(names: Sequence[str], columns: list[Sequence[Any]]) -> memoryview:
    """A batch's JSON from record dicts: what `encode_json_columns` writes, for the values
    orjson refuses (`encode_json` writes them with pydantic-core, the stamps decoded)."""
    from sync.codecs import encode_json

    records = [dict(zip(names, values)) for values in zip(*columns)]  # noqa: B905
    for record in records:
        stamps = record["_stamps"]
        record["_stamps"] = json.loads(stamps) if type(stamps) is str else stamps
    return memoryview(encode_json(records))[1:-1]


# Rows fetched and encoded at a time, at most (a batch of `batch_records` is made in pieces of
# this size): 1,000 answers at a time measured ~10 % less CPU than 5,000 (fetching and encoding
# the pack's 98,549 answers: 0.48 against 0.54 s, median of 6), the columns of a piece staying
# in the processor's caches. The text is the same whatever the size (the batches are joined).
ENCODE_ROWS = 1_000


def encoded_batches(
    plan: BatchPlan,
    cursor: Any,
    batch_records: int,
    only: tuple[str, frozenset[str]] | None = None,
    adjust: AdjustColumns | None = None,
) -> Iterator[Encoded]:
    """A cursor's rows, up to `batch_records` (and `ENCODE_ROWS`) at a time, as `encode_rows`
    makes them; with `only` = (key, values), only the rows whose `key` holds one of the
    values."""
    index = plan.names.index(only[0]) if only is not None else 0
    size = min(batch_records, ENCODE_ROWS)
    while rows := cursor.fetchmany(size):
        if only is not None:
            values = only[1]
            rows = [row for row in rows if row[index] in values]
            if not rows:
                continue
        yield encode_rows(plan, rows, adjust)
