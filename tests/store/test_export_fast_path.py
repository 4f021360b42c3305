"""The fast export and pack paths write the same bundle content as the old ones.

The fast path (SQLite: records read in batches, CSV made from the columns, JSON by orjson with
the stored change stamps put in as they are, ISA-L deflate) must give, table by table, the same
records (parsed JSON) and the same CSV rows, cell for cell, as the old path: every record dict
read at once by the unchanged record reader and written with `pydantic_core.to_json`. The CSV
rows are checked against `reference_cell`, the CSV rules of docs/bundle-format.md written out
plainly here (so a change to the fast CSV code can't move both sides). The data folder is
seeded with text that needs quoting and formula guards, other scripts, lists with non-ASCII
text, and numbers that need all their digits.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import orjson
import pydantic_core
import pytest
from sqlalchemy import select

from desktop.demo.assessments import add_demo_assessments
from desktop.demo.organisations import demo_organisations
from desktop.services.sync import export as export_module
from desktop.services.sync import export_batches
from desktop.services.sync.export import TABLE_NAMES, RecordReader, synced_table
from sync.codecs import csv_path, encode_csv_columns, json_path, needs_formula_guard
from sync.reader import open_bundle
from sync.records import TABLES

AWKWARD_TEXTS = (
    '=HYPERLINK("http://example.org")',
    "  +44 1484 221000",
    "Caf\u00e9 \u0627\u0631\u062f\u0648, \u0a2a\u0a70\u0a1c\u0a3e\u0a2c\u0a40",
    'Line one\nline two, "quoted"',
    "- a dash first",
    "\uff1dfull-width equals",
    "",
)


def seed(services: Any) -> None:
    rows = demo_organisations(12, seed=5, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, 10, seed=5, completed_share=0.7)
    organisations = services.organisations.list_all()
    for organisation, text in zip(organisations, AWKWARD_TEXTS, strict=False):
        services.organisations.update(
            organisation.id,
            {
                "notes": text or None,
                "other_names": [text.replace("\n", " "), "Kirklees \u00a3 fund"] if text else [],
                "staff_fte": 0.1 + 0.2,
            },
        )
    services.organisations.update(organisations[-1].id, {"staff_fte": 2.5})


def reference_cell(value: Any, table_type: str) -> str:
    """A CSV cell as docs/bundle-format.md says, before quoting."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        if table_type in ("string", "any") and needs_formula_guard(value):
            return "'" + value
        return value
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def reference_rows(table: str, records: list[dict[str, Any]]) -> list[list[str]]:
    spec = TABLES[table]
    header = list(spec.field_names)
    return [header] + [
        [reference_cell(record[c.name], c.table_type) for c in spec.columns] for record in records
    ]


def old_path_content(services: Any, full: bool, include_drafts: bool) -> dict[str, Any]:
    """What the old export wrote for these choices: JSON records and CSV rows per table."""
    content: dict[str, Any] = {}
    with RecordReader(services.store) as reader:
        window = reader.window(full=full, include_drafts=include_drafts)
        for name in TABLE_NAMES:
            records = reader.records(window, synced_table(name))
            content[json_path(name)] = json.loads(pydantic_core.to_json(records))
            content[csv_path(name)] = reference_rows(name, records)
    return content


def csv_rows(data: bytes) -> list[list[str]]:
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    csv.field_size_limit(max(csv.field_size_limit(), len(text)))  # a form is one cell
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def assert_same_tables(bundle: Path, expected: dict[str, Any]) -> None:
    with zipfile.ZipFile(bundle) as archive:
        for name in TABLE_NAMES:
            records = json.loads(archive.read(json_path(name)))
            by_id = sorted(records, key=lambda r: r["id"])
            assert by_id == sorted(expected[json_path(name)], key=lambda r: r["id"]), name
            written = archive.read(csv_path(name))
            header, *rows = csv_rows(written)
            old_header, *old_rows = expected[csv_path(name)]
            assert header == old_header
            assert sorted(rows) == sorted(old_rows), name
            assert written.endswith(b"\r\n")


@pytest.mark.parametrize("include_drafts", [False, True])
def test_fast_export_has_the_old_exports_content_table_by_table(
    services: Any, tmp_path: Path, include_drafts: bool
) -> None:
    seed(services)
    expected = old_path_content(services, full=True, include_drafts=include_drafts)
    assert expected[json_path("responses")], "the seed has answers"
    result = services.exports.export_bundle(tmp_path, full=True, include_drafts=include_drafts)
    assert_same_tables(result.path, expected)
    # the export's record keeps the whole file's hash (a pack's does not read it back)
    assert result.sha256 == hashlib.sha256(result.path.read_bytes()).hexdigest()
    # the importer reads it, and the signature holds
    bundle = open_bundle(result.path)
    bundle.verify(services.devices.info().public_key)
    assert sum(len(r) for r in bundle.all_records().values()) == result.total


def test_small_batches_write_the_same_content(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A table split over many batches joins up into the same JSON array and CSV rows, also
    when the CSV spool goes from memory to its temporary file, and when each batch is read
    and encoded in smaller pieces (`ENCODE_ROWS`)."""
    seed(services)
    expected = old_path_content(services, full=True, include_drafts=False)
    monkeypatch.setattr(export_module, "BATCH_RECORDS", 7)
    monkeypatch.setattr(export_batches, "ENCODE_ROWS", 3)
    monkeypatch.setattr("sync.writer.CSV_SPOOL_BYTES", 64)
    result = services.exports.export_bundle(tmp_path, full=True)
    assert_same_tables(result.path, expected)


def test_the_python_only_path_writes_the_same_content(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The generic path (PostgreSQL's, or SQLite's when told) agrees with the fast one."""
    seed(services)
    expected = old_path_content(services, full=True, include_drafts=True)
    monkeypatch.setattr(export_module, "_PYTHON_ENCODING_ONLY", True)
    result = services.exports.export_bundle(tmp_path, full=True, include_drafts=True)
    assert_same_tables(result.path, expected)


def test_an_incremental_export_has_the_old_content(services: Any, tmp_path: Path) -> None:
    seed(services)
    services.exports.export_bundle(tmp_path / "first.gapkit")
    organisation = services.organisations.list_all()[0]
    services.organisations.update(organisation.id, {"town": "Heckmondwike"})
    expected = old_path_content(services, full=False, include_drafts=False)
    result = services.exports.export_bundle(tmp_path / "second.gapkit")
    assert_same_tables(result.path, expected)
    assert result.counts["organisations"] == 1


def test_fast_pack_has_the_content_of_the_old_pack(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full pack holds every completed assessment's family, as the old pack did (its
    records read whole through the record reader); the answers now stream."""
    seed(services)
    fast = services.packs.build_pack(tmp_path / "fast.gapkit", full=True)
    monkeypatch.setattr(export_module, "_PYTHON_ENCODING_ONLY", True)
    monkeypatch.setattr("sync.codecs.encode_json", pydantic_core.to_json)
    old = services.packs.build_pack(tmp_path / "old.gapkit", full=True)
    assert fast.counts == old.counts
    with zipfile.ZipFile(old.path) as archive:
        expected: dict[str, Any] = {}
        for name in TABLE_NAMES:
            records = json.loads(archive.read(json_path(name)))
            expected[json_path(name)] = records
            expected[csv_path(name)] = reference_rows(name, records)
    assert_same_tables(fast.path, expected)
    with RecordReader(services.store) as reader:
        completed = set(
            reader.column(
                select(synced_table("assessments").c.id).where(
                    synced_table("assessments").c.status == "completed"
                )
            )
        )
        for name in ("participants", "responses", "action_items"):
            table = synced_table(name)
            wanted = {
                r["id"] for r in reader.records_where(table) if r["assessment_id"] in completed
            }
            assert {r["id"] for r in expected[json_path(name)]} == wanted, name
    assert expected[json_path("responses")]
    open_bundle(fast.path).verify(services.devices.info().public_key)


def seed_odd_values(services: Any, beyond_64_bits: bool = False) -> None:
    """The seed, plus answers and notes whose JSON needs care: escapes, every script, floats
    that need all their digits, the text the column splitter uses as its mark; and if asked
    an integer beyond 64 bits inside a list (orjson refuses it: that batch is written the old
    way)."""
    seed(services)
    responses = synced_table("responses")
    odd = (
        (["a", "\x00cell\x00", 1e-07], "tab\there \x01 and \x1f"),
        ({"k": 0.1 + 0.2, "\u00e9": [True, None, -0.0]}, 'a "quote", a comma,\nand a line'),
        ("\u0627\u0631\u062f\u0648 \U0001f600 \u2028", "back\\slash \u00a3"),
        (1e16, "=1+1"),
        *([([2**70], None)] if beyond_64_bits else []),
    )
    with services.store.engine.begin() as connection:
        ids = connection.execute(select(responses.c.id).limit(len(odd))).scalars().all()
        for answer_id, (value, note) in zip(ids, odd, strict=True):
            connection.execute(
                responses.update().where(responses.c.id == answer_id).values(value=value, note=note)
            )


def record_dict_json(names: list[str], columns: list[Any], made: Any = None) -> bytes:
    """The batch JSON the fast path wrote before (a dict per record, orjson, the stored stamps
    as they are): the reference `encode_json_columns` must equal byte for byte."""
    stamps = [orjson.Fragment(s) if type(s) is str else s for s in columns[-1]]
    records = [
        dict(zip(names, row, strict=True)) for row in zip(*columns[:-1], stamps, strict=True)
    ]
    return orjson.dumps(records)[1:-1]


def old_csv_bytes(spec: Any, columns: Any, cells_made: Any = None) -> bytes:
    return encode_csv_columns(spec, columns, cells_made).encode("utf-8")


def assert_same_data_bytes(fast: Path, old: Path) -> None:
    with zipfile.ZipFile(fast) as new_zip, zipfile.ZipFile(old) as old_zip:
        assert new_zip.testzip() is None
        for name in TABLE_NAMES:
            for path in (json_path(name), csv_path(name)):
                assert new_zip.read(path) == old_zip.read(path), path


@pytest.mark.parametrize(("beyond_64_bits", "batch"), [(False, None), (False, 2), (True, 2)])
def test_fast_export_writes_the_bytes_the_record_dicts_gave(
    services: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    beyond_64_bits: bool,
    batch: int | None,
) -> None:
    """The JSON made from columns and the CSV made from one-byte characters are, file for
    file, the bytes of the record dicts and of the CSV text encoded (the way before); a
    batch holding a value orjson refuses is written the old way, the others as usual. Batches
    of two also put each odd value in a column of its own kind (text with a tab but no quote).
    """
    seed_odd_values(services, beyond_64_bits)
    if batch:
        monkeypatch.setattr(export_module, "BATCH_RECORDS", batch)
    fallbacks: list[int] = []
    json_of_records = export_batches.json_of_records
    monkeypatch.setattr(
        export_batches,
        "json_of_records",
        lambda *a: fallbacks.append(1) or json_of_records(*a),  # type: ignore[func-returns-value]
    )
    fast = services.exports.export_bundle(tmp_path / "fast.gapkit", full=True, include_drafts=True)
    if services.store.is_sqlite:
        assert bool(fallbacks) == beyond_64_bits, "only a batch orjson refuses goes the old way"
    monkeypatch.setattr("sync.codecs.encode_json_columns", record_dict_json)
    monkeypatch.setattr("sync.codecs.encode_csv_columns_utf8", old_csv_bytes)
    old = services.exports.export_bundle(tmp_path / "old.gapkit", full=True, include_drafts=True)
    assert_same_data_bytes(fast.path, old.path)
    with zipfile.ZipFile(fast.path) as archive:
        answers = json.loads(archive.read(json_path("responses")))
    assert {"\u00e9": [True, None, -0.0], "k": 0.1 + 0.2} in [a["value"] for a in answers]


def test_fast_pack_writes_the_bytes_the_record_dicts_gave(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for a pack, whose organisations are adjusted (contact details withheld)."""
    seed_odd_values(services)
    fast = services.packs.build_pack(tmp_path / "fast.gapkit", full=True)
    monkeypatch.setattr("sync.codecs.encode_json_columns", record_dict_json)
    monkeypatch.setattr("sync.codecs.encode_csv_columns_utf8", old_csv_bytes)
    old = services.packs.build_pack(tmp_path / "old.gapkit", full=True)
    assert_same_data_bytes(fast.path, old.path)
    with zipfile.ZipFile(fast.path) as archive:
        organisations = json.loads(archive.read(json_path("organisations")))
    withheld = [o for o in organisations if o["contact_name"] is None]
    assert withheld and all(o["_stamps"]["contact_name"] for o in withheld)


STORED_TIMESTAMPS = (
    ["2026-11-24 09:15:02.123000", "1999-12-31 23:59:59.999000"],  # whole milliseconds
    ["2026-11-24 09:15:02.123456", "2024-01-01 00:00:00.000000"],  # sub-millisecond digits
    ["2026-11-24 09:15:02.123000", None, "2024-01-01 00:00:00.000000"],
    [None, None],
    ["2026-11-24 09:15: 2.123000", "2024-01-01 00:00:00.000000"],  # a second space
    ["2026-11-24 09:15:02.1230000", "2024-01-01 00:00:00.00000"],  # same total length
    ["2026-11-24 09:15:02"],  # without microseconds
    [],
)


@pytest.mark.parametrize("stored", STORED_TIMESTAMPS)
def test_timestamps_made_a_column_at_a_time_are_those_sql_makes(stored: list[Any]) -> None:
    """`iso_timestamps` (the fast path) gives exactly the text of `record_select`'s SQL."""
    import sqlite3

    from desktop.services.sync.export_batches import iso_timestamps

    database = sqlite3.connect(":memory:")
    database.execute("CREATE TABLE t (n INTEGER, at DATETIME)")
    database.executemany("INSERT INTO t VALUES (?, ?)", enumerate(stored))
    by_sql = [
        row[0]
        for row in database.execute(
            "SELECT substr(at, 1, 10) || 'T' || substr(at, 12, 12) || 'Z' FROM t ORDER BY n"
        )
    ]
    assert iso_timestamps(stored) == by_sql
