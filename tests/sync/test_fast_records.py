"""The msgspec fast path of record validation (sync.fast_records) is at least as strict as the
pydantic validators: whatever it accepts, `records_adapter` accepts, with the same values (types,
key order and all). Whatever it refuses goes to pydantic, so the reader's messages stay the
same (tests/sync/test_hostile_bundles.py and the reader's tests check them)."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from sync.fast_records import MAX_VALUE_DEPTH, decode_chunk, decode_records
from sync.records import TABLES, TEXT_MAX_CHARS, fill_defaults, records_adapter
from tests.sync import factories
from tests.sync.factories import dataset


def _one_record_a_table() -> dict[str, dict[str, Any]]:
    tables = dataset(assessments=2, questions=2, participants=1, actions=1)
    rng = random.Random(3)
    assessment = tables["assessments"][0]
    action = tables["action_items"][0]
    tables["action_reviews"] = [factories.action_review(rng, assessment["id"], action)]
    tables["review_notes"] = [factories.review_note(rng, assessment["id"])]
    records = {table: rows[0] for table, rows in tables.items()}
    # the agreed answer, and a participant's
    records["responses"] = next(r for r in tables["responses"] if r["participant_id"])
    return records


VALID = _one_record_a_table()


def _pydantic(table: str, raw: bytes) -> list[dict[str, Any]] | None:
    try:
        return fill_defaults(table, records_adapter(table).validate_json(raw))
    except ValidationError:
        return None


def assert_no_laxer_than_pydantic(table: str, raw: bytes) -> list[dict[str, Any]] | None:
    """The fast path accepts only what pydantic accepts, and gives exactly its records."""
    fast = decode_records(table, raw)
    if fast is not None:
        slow = _pydantic(table, raw)
        assert slow is not None, f"fast path accepted what pydantic refuses: {raw[:300]!r}"
        # repr tells 1 from 1.0 from True, and shows the key order
        assert repr(fast) == repr(slow)
    return fast


def _dump(records: list[Any], *, ascii_only: bool = False) -> bytes:
    return json.dumps(records, ensure_ascii=ascii_only, separators=(",", ":")).encode(
        "utf-8", "surrogatepass"
    )


def _nested(depth: int) -> Any:
    value: Any = "x"
    for level in range(depth):
        value = [value] if level % 2 else {"k": value}
    return value


# Values that are right for some columns and wrong for others, and the edges of each check.
HOSTILE_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    -1,
    2**53 - 1,
    2**53,
    -(2**53),
    2**63,
    10**30,
    1799,
    1800,
    9999,
    10000,
    1_000_000,
    1_000_001,
    0.0,
    -0.0,
    1.0,
    1.5,
    1e15,
    1e15 + 2,
    -1e15 - 2,
    1e300,
    "",
    "a",
    "x" * 10,
    "x" * 11,
    "x" * 36,
    "x" * 37,
    "x" * 64,
    "x" * 65,
    "x" * 80,
    "x" * 81,
    "x" * 200,
    "x" * 201,
    "é" * 36,
    "é" * 37,
    "😀" * 10,
    "😀" * 11,
    "x" * TEXT_MAX_CHARS,
    "x" * (TEXT_MAX_CHARS + 1),
    "abc\n",
    "abc\r",
    "\nabc",
    "ab cd",
    "-abc",
    ".abc",
    "a:b.c_d-e",
    "é",
    "٣abc",
    "a" * 35 + "\n",
    "*",
    "name",
    "Name",
    "_name",
    "a" * 80,
    "a" * 81,
    "2026-02-28T10:00:00.000Z",
    "2026-02-29T10:00:00.000Z",
    "2024-02-29T10:00:00.000Z",
    "1900-02-29T10:00:00.000Z",
    "2000-02-29T10:00:00.000Z",
    "2026-04-31T10:00:00.000Z",
    "2026-02-28T24:00:00.000Z",
    "2026-02-28T23:60:00.000Z",
    "2026-02-28T10:00:00.000Z\n",
    "2026-02-28T10:00:00.000",
    "2026-02-28T10:00:00Z",
    "2026-02-28 10:00:00.000Z",
    "٢٠٢٦-02-28T10:00:00.000Z",
    "２026-02-28T10:00:00.000Z",
    "2026-02-28",
    "2026-02-29",
    "2024-02-29",
    "2026-13-01",
    "2026-02-28\n",
    "0000-01-01",
    "approved",
    "Approved",
    "\x00",
    "a\x00b",
    "\ud800",
    "\udfff",
    "\x7f",
    "\x1f",
    [],
    [""],
    ["x" * 1000],
    ["x" * 1001],
    ["a"] * 1000,
    ["a"] * 1001,
    [1],
    [None],
    [["a"]],
    {},
    {"a": 1},
    {"a": None, "b": [1, 2.5, "c"]},
    {"a": "x" * (TEXT_MAX_CHARS + 1)},
    ["x" * (TEXT_MAX_CHARS + 1)],
    {"x" * (TEXT_MAX_CHARS + 1): 1},
    _nested(MAX_VALUE_DEPTH - 2),
    _nested(MAX_VALUE_DEPTH + 2),
    _nested(190),
    _nested(260),
    _nested(900),
    {"at": "2026-02-28T10:00:00.000Z", "by": "a", "prev_at": None, "prev_by": None},
]

_TABLE = st.sampled_from(sorted(VALID))
_JSON_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
)
_ANY_JSON = st.recursive(
    _JSON_LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
_VALUE = st.one_of(st.sampled_from(HOSTILE_VALUES), _ANY_JSON)


@pytest.mark.parametrize("table", sorted(TABLES))
def test_valid_records_take_the_fast_path_with_pydantics_values(table: str) -> None:
    records = [VALID[table], dict(VALID[table], id="second-record")]
    raw = _dump(records)
    fast = assert_no_laxer_than_pydantic(table, raw)
    assert fast is not None, "a valid chunk should not need pydantic"
    assert [r["id"] for r in fast] == [VALID[table]["id"], "second-record"]


def test_columns_older_bundles_leave_out_are_filled_as_pydantic_fills_them() -> None:
    for table, field in (("assessments", "cat_stage"), ("audit_events", "person")):
        record = dict(VALID[table])
        del record[field]
        fast = assert_no_laxer_than_pydantic(table, _dump([record]))
        assert fast is not None and fast[0][field] is None


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=_TABLE, data=st.data(), value=_VALUE, ascii_only=st.booleans())
def test_a_changed_field_is_never_let_through_more_easily(
    table: str, data: st.DataObject, value: Any, ascii_only: bool
) -> None:
    record = dict(VALID[table])
    field = data.draw(st.sampled_from(sorted(record)), label="field")
    record[field] = value
    assert_no_laxer_than_pydantic(table, _dump([VALID[table], record], ascii_only=ascii_only))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(table=_TABLE, data=st.data(), value=_VALUE)
def test_a_changed_stamp_is_never_let_through_more_easily(
    table: str, data: st.DataObject, value: Any
) -> None:
    record = json.loads(json.dumps(VALID[table]))
    stamp = record["_stamps"]["*"]
    what = data.draw(st.sampled_from(["field", "key", "extra", "missing", "stamps"]))
    if what == "field":
        stamp[data.draw(st.sampled_from(sorted(stamp)))] = value
    elif what == "key":
        key = value if isinstance(value, str) else "name"
        record["_stamps"] = {key: stamp}
    elif what == "extra":
        stamp["extra"] = value
    elif what == "missing":
        del stamp[data.draw(st.sampled_from(sorted(stamp)))]
    else:
        record["_stamps"] = value
    assert_no_laxer_than_pydantic(table, _dump([record]))


@settings(max_examples=200, deadline=None)
@given(table=_TABLE, data=st.data(), value=_VALUE)
def test_missing_and_unknown_keys_are_refused(table: str, data: st.DataObject, value: Any) -> None:
    record = dict(VALID[table])
    if data.draw(st.booleans(), label="remove"):
        del record[data.draw(st.sampled_from(sorted(record)))]
    else:
        record[data.draw(st.sampled_from(["extra", "Id", "_stamp", "stamps", ""]))] = value
    fast = assert_no_laxer_than_pydantic(table, _dump([record]))
    if set(record) != set(VALID[table]) and set(record) - {"cat_stage", "person"} != set(
        VALID[table]
    ) - {"cat_stage", "person"}:
        assert fast is None


@settings(max_examples=300, deadline=None)
@given(table=_TABLE, data=st.data())
def test_damaged_json_text_is_never_let_through_more_easily(
    table: str, data: st.DataObject
) -> None:
    """Byte edits of a valid chunk: duplicate keys, escapes, broken numbers and UTF-8."""
    raw = bytearray(_dump([VALID[table], dict(VALID[table], id="other")]))
    for _ in range(data.draw(st.integers(1, 3), label="edits")):
        at = data.draw(st.integers(0, len(raw)), label="at")
        insert = data.draw(
            st.sampled_from(
                [
                    b"\\u0000",
                    b"\\ud800",
                    b"\\ud83d\\ude00",
                    b"\\n",
                    b"\\u0041",
                    b"\x00",
                    b"\xff",
                    b"\xc3",
                    b"\xed\xa0\x80",
                    b'"id":"dup",',
                    b'"rev":2.5,',
                    b'"rev":1,',
                    b",",
                    b" ",
                    b"NaN",
                    b"1e400",
                    b"-0",
                    b"01",
                    b"]",
                    b"}",
                ]
            ),
            label="insert",
        )
        width = data.draw(st.integers(0, 3), label="width")
        raw[at : at + width] = insert
    assert_no_laxer_than_pydantic(table, bytes(raw))


def test_duplicate_keys_take_the_last_value_as_pydantic_does() -> None:
    text = _dump([VALID["responses"]]).decode()
    assert '"rev":1,' in text
    for doubled, last in (('"rev":1,"rev":999,', 999), ('"rev":999,"rev":1,', 1)):
        fast = assert_no_laxer_than_pydantic(
            "responses", text.replace('"rev":1,', doubled, 1).encode()
        )
        assert fast is not None and fast[0]["rev"] == last


def test_refused_chunks_name_the_problem_through_pydantic() -> None:
    """What the fast path refuses, for each check it runs itself (pydantic's message is the
    reader's; these only prove the fast path does not wave them through)."""
    base = VALID["responses"]
    for change in (
        {"id": "abc\n"},
        {"id": ".abc"},
        {"created_at": "2026-02-29T10:00:00.000Z"},
        {"created_at": "2026-02-28T10:00:00.000Z\n"},
        {"created_at": "٢٠٢٦-02-28T10:00:00.000Z"},
        {"value": "x" * (TEXT_MAX_CHARS + 1)},
        {"value": [["x" * (TEXT_MAX_CHARS + 1)]]},
        {"value": _nested(MAX_VALUE_DEPTH + 2)},
        {"value": _nested(260)},
        {"_stamps": {"Name": base["_stamps"]["*"]}},
        {"_stamps": {"*": dict(base["_stamps"]["*"], at="2026-02-30T10:00:00.000Z")}},
        {"_stamps": {"*": dict(base["_stamps"]["*"], by="a b")}},
        {"note": "a\x00b"},
    ):
        assert decode_records("responses", _dump([dict(base, **change)])) is None, change


@pytest.mark.parametrize("number", [5, 0, -1, 10**15, 2**53, 1.25])
def test_a_whole_number_in_a_number_column_is_a_float_as_pydantic_makes_it(number: Any) -> None:
    record = dict(VALID["organisations"], staff_fte=number)
    fast = assert_no_laxer_than_pydantic("organisations", _dump([record]))
    if abs(number) <= 1e15:
        assert fast is not None and type(fast[0]["staff_fte"]) is float
    else:
        assert fast is None


@pytest.mark.parametrize("table", sorted(TABLES))
def test_the_columns_kept_for_the_reader_are_the_records_values(table: str) -> None:
    """The reader checks clock, stamps, ids and references on the columns the fast path read
    (sync.reader._check_records): they must be each record's own values, in order."""
    tables = dataset(assessments=3, questions=3, participants=2, actions=2)
    records = tables.get(table) or [VALID[table]]
    decoded = decode_chunk(table, _dump(records))
    assert decoded is not None
    got, columns = decoded
    assert columns.fields.keys() >= {"id", "created_at", "modified_at", "modified_by"}
    for field, values in columns.fields.items():
        assert values == [record[field] for record in got], field
    assert columns.stamps == [record["_stamps"] for record in got]
    assert columns.stamp_times == [
        stamp["at"] for record in got for stamp in record["_stamps"].values()
    ]
