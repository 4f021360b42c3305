"""A JSON number too large for a float (1e400) reads as infinity: it must be refused like the
Infinity literal, in every JSON value of a record, on both validation paths."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sync import DeviceKey, RecordError
from sync.records import records_adapter
from tests.sync.bundle_edits import resign, unzip
from tests.sync.conftest import WriteBundle
from tests.sync.test_hostile_bundles import read, rezip

MARK = 424242


@pytest.mark.parametrize("number", [b"1e400", b"-1e400", b"[1E999]", b'{"k": 2e308}'])
def test_a_number_overflowing_to_infinity_in_an_answer_is_refused(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey, number: bytes
) -> None:
    tables["responses"][0]["value"] = MARK
    members = unzip(write(tables))
    text = members["data/responses.json"]
    assert text.count(str(MARK).encode()) == 1
    members["data/responses.json"] = text.replace(str(MARK).encode(), number)
    with pytest.raises(RecordError, match=r"data/responses.json, record 1 .*value"):
        read(rezip(tmp_path, resign(members, device_key)), device_key)


@pytest.mark.parametrize("table, field", [("responses", "value"), ("audit_events", "new_value")])
def test_the_validator_refuses_infinity_from_an_overflowing_number(
    tables: dict, table: str, field: str
) -> None:
    record = dict(tables[table][0])
    record[field] = MARK
    raw = json.dumps([record]).replace(str(MARK), "[1e400]").encode()
    with pytest.raises(ValueError, match="finite"):
        records_adapter(table).validate_json(raw)


# A whole number beyond what a float holds exactly (2**53) is refused in a JSON value as in a
# number column: 10**30 crashed the import's JSON encoding, 2**60 changed in any spreadsheet.
@pytest.mark.parametrize(
    "table, field, number",
    [
        ("responses", "value", b"1" + b"0" * 30),
        ("responses", "value", b"[9007199254740992]"),
        ("responses", "value", b'{"a": [-9007199254740992]}'),
        ("audit_events", "new_value", str(2**60).encode()),
        ("audit_events", "old_value", b'{"k": ' + str(2**64).encode() + b"}"),
    ],
)
def test_a_whole_number_beyond_2_to_the_53_in_a_json_value_is_refused(
    write: WriteBundle,
    tables: dict,
    tmp_path: Path,
    device_key: DeviceKey,
    table: str,
    field: str,
    number: bytes,
) -> None:
    tables[table][0][field] = MARK
    members = unzip(write(tables))
    name = f"data/{table}.json"
    assert members[name].count(str(MARK).encode()) == 1
    members[name] = members[name].replace(str(MARK).encode(), number)
    with pytest.raises(RecordError, match=rf"{name}, record 1 .*{field} holds a whole number"):
        read(rezip(tmp_path, resign(members, device_key)), device_key)


def test_the_largest_exact_whole_numbers_still_pass(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    tables["responses"][0]["value"] = [2**53 - 1, -(2**53 - 1)]
    tables["audit_events"][0]["new_value"] = {"n": 2**53 - 1}
    records = read(write(tables), device_key)
    assert records["responses"][0]["value"] == [2**53 - 1, -(2**53 - 1)]
    assert records["audit_events"][0]["new_value"] == {"n": 2**53 - 1}


@pytest.mark.parametrize("value", [2**53, -(2**53), [2**63], {"k": [1, 10**30]}])
def test_the_fast_path_leaves_unsafe_whole_numbers_to_the_reader(value: object) -> None:
    from sync.fast_records import decode_records
    from tests.sync.test_fast_records import VALID

    record = dict(VALID["responses"], value=value)
    assert decode_records("responses", json.dumps([record]).encode()) is None
    assert decode_records("responses", json.dumps([dict(record, value=5)]).encode()) is not None
