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
