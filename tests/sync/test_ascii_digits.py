"""Timestamps and dates are written with ASCII digits only: a digit of another script matched
the patterns' \\d in pydantic's regex engine."""

from __future__ import annotations

import pytest

from sync import DeviceKey, RecordError
from tests.sync.conftest import WriteBundle
from tests.sync.test_hostile_bundles import read


# Digits of other scripts (fullwidth, Arabic-Indic) matched the timestamp and date patterns'
# \d in pydantic's regex engine: such a text passed, sorted wrongly against the clock limit
# and would be stored as it is.
@pytest.mark.parametrize(
    "table, field, text",
    [
        ("participants", "created_at", "1\u066999-03-15T10:00:00.000Z"),
        ("participants", "modified_at", "2024-02-20T1\uff10:00:00.000Z"),
        ("organisations", "consent_date", "2024-03-1\u06f5"),
    ],
)
def test_a_timestamp_or_date_with_digits_of_another_script_is_refused(
    write: WriteBundle, tables: dict, device_key: DeviceKey, table: str, field: str, text: str
) -> None:
    tables[table][0][field] = text
    with pytest.raises(RecordError, match=rf"data/{table}.json, record 1 .*{field}"):
        read(write(tables), device_key)
