"""A batch's JSON and CSV made from its columns are byte for byte what the record dicts give.

`encode_json_columns` writes a batch of records without a dict per record; it must give
exactly `orjson.dumps(records)` (without the brackets), as the export wrote before, for any
values: text needing escapes, every script, the characters orjson escapes, the text the
column splitter uses as its mark, numbers that equal each other but print differently
(1, 1.0, True; 0.0 and -0.0), floats that need every digit, integers at and beyond 64 bits,
nested lists and objects. `encode_csv_columns_utf8` must give `encode_csv_columns(...)`
encoded as UTF-8. Columns are generated at random (fixed seeds) over all those values, in
the shapes the encoder treats apart: one value throughout, plain text, text with nulls,
true/false, integers, anything mixed.
"""

from __future__ import annotations

import random
from typing import Any

import orjson
import pytest

from sync import codecs
from sync.codecs import (
    encode_csv_columns,
    encode_csv_columns_utf8,
    encode_json_columns,
    json_value_texts,
    needs_formula_guard,
    stored_json_texts,
)
from sync.records import TABLES

TEXTS = (
    "plain",
    "",
    "with space, and comma",
    'a "quoted" word',
    "back\\slash",
    "tab\there",
    "line\nbreak\r\n",
    "nul\x00inside",
    "bell\x07 and \x1f",
    "caf\u00e9",
    "\u00a3 5,000",
    "\u0627\u0631\u062f\u0648",
    "\u0a2a\u0a70\u0a1c\u0a3e\u0a2c\u0a40",
    "\u4e2d\u6587",
    "emoji \U0001f600",
    "line separator \u2028 and \u2029",
    "\x7f delete",
    "\x00cell\x00",
    ',"\\u0000cell\\u0000",',
    "=SUM(A1)",
    " +44 1484",
    "\uff1dfull-width",
    "0123456789abcdef0123456789abcdef0123",
)
NUMBERS = (
    0,
    1,
    -1,
    2**53 - 1,
    2**63 - 1,
    -(2**63),
    2**64 - 1,
    1.0,
    0.0,
    -0.0,
    1e-07,
    0.1 + 0.2,
    1e16,
    1e22,
    5e-324,
    1.7976931348623157e308,
    66.66666666666667,
)
TOO_BIG = (2**64, -(2**63) - 1, 2**70)


def random_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if roll < 0.35:
        return rng.choice(TEXTS)
    if roll < 0.5:
        return rng.choice(NUMBERS)
    if roll < 0.6:
        return rng.choice((True, False, None))
    if depth < 2 and roll < 0.8:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if depth < 2:
        return {rng.choice(TEXTS): random_value(rng, depth + 1) for _ in range(rng.randrange(3))}
    return rng.choice(TEXTS)


def random_column(rng: random.Random, count: int) -> list[Any]:
    shape = rng.randrange(9)
    if shape == 0:  # one value throughout
        return [random_value(rng)] * count
    if shape == 1:  # equal values of different types
        return [rng.choice((1, 1.0, True)) for _ in range(count)]
    if shape == 2:
        return [rng.choice((0.0, -0.0, 0, False)) for _ in range(count)]
    if shape == 3:  # text
        return [rng.choice(TEXTS) for _ in range(count)]
    if shape == 4:  # text and nulls
        return [rng.choice((*TEXTS, None, None)) for _ in range(count)]
    if shape == 5:
        return [rng.choice((True, False, None)) for _ in range(count)]
    if shape == 6:
        return [rng.choice(NUMBERS) for _ in range(count)]
    if shape == 7:  # ids: one width, plain
        return [f"{rng.getrandbits(128):032x}" for _ in range(count)]
    return [random_value(rng) for _ in range(count)]


def by_record_dicts(names: list[str], columns: list[list[Any]]) -> bytes:
    """What the export wrote before: a dict per record, orjson, the stored stamps as they are."""
    stamps = [orjson.Fragment(s) if type(s) is str else s for s in columns[-1]]
    records = [
        dict(zip(names, row, strict=True)) for row in zip(*columns[:-1], stamps, strict=True)
    ]
    return orjson.dumps(records)[1:-1]


@pytest.mark.parametrize("seed", range(300))
def test_json_from_columns_is_what_the_record_dicts_give(seed: int) -> None:
    rng = random.Random(seed)
    count = rng.choice((1, 2, 3, 7, 40))
    width = rng.randrange(1, 7)
    names = [f"c{index}" for index in range(width)] + ["_stamps"]
    columns = [random_column(rng, count) for _ in range(width)]
    columns.append(
        [
            rng.choice(('{"*": {"at": "2026-01-01T00:00:00.000Z"}}', '{"n": "\u00e9"}', {"x": [1]}))
            for _ in range(count)
        ]
    )
    made = {width: stored_json_texts(columns[-1])}
    if rng.random() < 0.3:  # a column whose texts the caller made (the export's JSON columns)
        made[0] = json_value_texts(columns[0])
    assert encode_json_columns(names, columns, made) == by_record_dicts(names, columns)


@pytest.mark.parametrize("too_big", TOO_BIG)
def test_a_value_orjson_cannot_write_is_refused_as_the_record_dicts_are(too_big: int) -> None:
    """The export then writes the batch the old way (`export_batches.json_of_records`)."""
    for column in ([too_big, 1], [too_big, too_big], [[too_big], "x"], [None, too_big]):
        names, columns = ["n", "_stamps"], [column, ["{}"] * len(column)]
        with pytest.raises(TypeError):
            by_record_dicts(names, columns)
        with pytest.raises(TypeError):
            encode_json_columns(names, columns, {1: stored_json_texts(columns[-1])})


def test_the_column_mark_inside_a_value_still_gives_each_values_own_text() -> None:
    values = [["a", "\x00cell\x00", "b"], "\x00cell\x00", {"k": "\x00cell\x00"}, 1]
    assert json_value_texts(values) == [orjson.dumps(v).decode("latin-1") for v in values]


CSV_VALUES = {
    "string": (*TEXTS, None),
    "integer": (0, 7, -3, 2**53 - 1, None),
    "number": (0.1 + 0.2, 1e-07, 2.5, 0.0, None),
    "boolean": (True, False, None),
    "datetime": ("2026-11-24T09:15:02.123Z", None),
    "date": ("2026-11-24", None),
    "array": (["a", "b, c"], [], ["\u00e9", '"q"'], None),
    "object": ({"a": 1}, {"\u00e9": ["x"]}, None),
}


@pytest.mark.parametrize("table", sorted(TABLES))
@pytest.mark.parametrize("seed", range(5))
def test_csv_lines_as_utf8_are_the_csv_text_encoded(table: str, seed: int) -> None:
    rng = random.Random(seed)
    spec = TABLES[table]
    count = rng.choice((1, 5, 60))
    columns: dict[str, list[Any]] = {}
    for column in spec.columns:
        choices = CSV_VALUES.get(column.table_type) or (*TEXTS, 1, 2.5, True, ["x"], None)
        columns[column.name] = [rng.choice(choices) for _ in range(count)]
    if rng.random() < 0.5:  # ids of one width: the first characters are checked at once
        for name in ("id", "modified_by"):
            columns[name] = [rng.choice(("=", "-", " ", "a", "\u3000", "\t")) + "b" * 35] * count
    text = encode_csv_columns(spec, columns)
    assert encode_csv_columns_utf8(spec, columns) == text.encode("utf-8")


@pytest.mark.parametrize("seed", range(40))
def test_text_cells_of_one_width_get_the_formula_guard_as_each_would(seed: int) -> None:
    rng = random.Random(seed)
    width = rng.randrange(1, 5)
    starts = ("=", "+", "-", "@", " ", "\u00a0", "\u3000", "\t", "\r", "\n", "\uff1d", "a", "0")
    cells = [
        rng.choice(starts) + "".join(rng.choice("ab=-, ") for _ in range(width - 1))
        for _ in range(rng.randrange(1, 30))
    ]
    guarded = ["'" + c if needs_formula_guard(c) else c for c in cells]
    quoted = [
        '"' + c.replace('"', '""') + '"' if any(x in c for x in '",\r\n') else c for c in guarded
    ]
    assert codecs._text_cells(cells) == quoted
