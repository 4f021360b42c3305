"""The CSV copy: RFC 4180 text any CSV reader parses back to the records' values."""

from __future__ import annotations

import csv
import io
import json
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from sync.codecs import FORMULA_STARTS, encode_csv
from sync.records import TABLES
from tests.sync.factories import action_item, response

texts = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
answers = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-5, 5)
    | st.floats(allow_nan=False, allow_infinity=False)
    | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)


def parse(data: bytes) -> list[dict[str, str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(data.decode("utf-8")[1:], newline="")))


def expected_text(value: str | None) -> str:
    if value is None:
        return ""
    # a spreadsheet also runs " =1+1" and a cell that starts with a tab or a line break
    guarded = value.lstrip().startswith(FORMULA_STARTS) or value[:1] in ("\t", "\r", "\n")
    return "'" + value if guarded else value


@settings(max_examples=200, deadline=None)
@given(
    whats=st.lists(texts, min_size=1, max_size=5),
    whos=st.lists(texts | st.none(), min_size=5, max_size=5),
)
def test_any_text_survives_a_csv_reader_with_formulas_defused(
    whats: list[str], whos: list[str | None]
) -> None:
    rng = random.Random(0)
    records = [
        action_item(rng, "a-1", "o-1", i, what=what, who=who)
        for i, (what, who) in enumerate(zip(whats, whos, strict=False))
    ]
    rows = parse(encode_csv(TABLES["action_items"], records))
    assert [r["what"] for r in rows] == [expected_text(w) for w in whats]
    assert [r["who"] for r in rows] == [expected_text(w) for w in whos[: len(whats)]]
    assert [int(r["position"]) for r in rows] == list(range(len(whats)))


@settings(max_examples=200, deadline=None)
@given(values=st.lists(answers, min_size=1, max_size=5))
def test_answers_of_any_shape_are_one_cell_each(values: list[object]) -> None:
    rng = random.Random(0)
    records = [response(rng, "a-1", "q1", None, value=v) for v in values]
    rows = parse(encode_csv(TABLES["responses"], records))
    assert len(rows) == len(values)
    for row, value in zip(rows, values, strict=True):
        cell = row["value"]
        if isinstance(value, (list, dict)):
            assert json.loads(cell) == value
        elif isinstance(value, bool):
            assert cell == ("true" if value else "false")
        elif isinstance(value, (int, float)):
            assert float(cell) == value
        else:
            assert cell == expected_text(value)


def test_empty_table_is_just_the_header() -> None:
    data = encode_csv(TABLES["participants"], [])
    assert data == ("\ufeff" + ",".join(TABLES["participants"].field_names) + "\r\n").encode()
