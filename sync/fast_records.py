"""The fast path of record validation: msgspec decodes and checks a chunk in one pass.

`records_adapter` (pydantic) stays the definition of a valid record and the only source of
the messages a council officer reads. This module builds, from the same record models, msgspec
types that are at least as strict (they accept a subset of what pydantic accepts, with the
same values), and decodes a chunk of bundle JSON straight into the record dicts:

- types, lengths and ranges are checked by msgspec while it parses (unknown keys refused);
- the patterns (ids, timestamps, dates, stamp keys) are checked a column at a time by one
  regular expression over the column's values joined, with `\\Z` for the pattern's `$` and
  `[0-9]` for `\\d` (pydantic's regex engine reads `$` as the very end);
- JSON values of `any`/`object` columns are walked for over-long text and deep nesting.

`decode_records` returns None whenever anything is refused or unusual (a NUL, a broken
character, an escaped surrogate, NaN...): the caller then validates the chunk with pydantic,
which gives the exact message, or, if it accepts what this path refused, its records.
`tests/sync/test_fast_records.py` checks "whatever this path accepts, pydantic accepts with
the same values" over generated hostile records.
"""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from functools import cache
from itertools import chain
from operator import itemgetter
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types
import msgspec
from pydantic import AllowInfNan, BaseModel, StringConstraints
from pydantic.fields import FieldInfo

from sync.records import MAX_SAFE_INTEGER, TABLES, TEXT_MAX_CHARS, Stamp, StampKey
from sync.timestamps import DATE_REGEX, TIME_PATTERN, TIMESTAMP_REGEX

# Deeper JSON values go to pydantic (its parser refuses about 200 levels of the whole file).
MAX_VALUE_DEPTH = 64
_SEPARATOR = "\x00"  # never in a string that reaches the checks (NUL is refused before)
# An escaped NUL or surrogate: the reader names the record (and checks whether a surrogate
# is half a pair), so such chunks take the pydantic path.
_RISKY_ESCAPE = re.compile(rb"\\u(?:0000|[dD][89abcdefABCDEF])")


class _Refused(Exception):
    """Internal: the fast path does not vouch for this chunk; pydantic decides."""


def _strict_pattern(pattern: str) -> str:
    """The pattern without its anchors, `\\d` narrowed to ASCII digits (a subset of what
    pydantic's engine takes)."""
    if not (pattern.startswith("^") and pattern.endswith("$")):
        raise ValueError(f"unanchored pattern {pattern!r}")
    return pattern[1:-1].replace(r"\d", "[0-9]")


class _ColumnPattern:
    """Checks a set of values against one pattern in a single regex match over them joined."""

    def __init__(self, pattern: str):
        inner = _strict_pattern(pattern)
        _refuse_separator_matches(inner)
        self._joined = re.compile(rf"(?:{inner}{_SEPARATOR})*\Z")

    def check(self, values: set[str]) -> None:
        if not values:
            return
        joined = _SEPARATOR.join(values) + _SEPARATOR
        if joined.count(_SEPARATOR) != len(values) or self._joined.match(joined) is None:
            raise _Refused


class _TimestampColumn(_ColumnPattern):
    """TIMESTAMP_REGEX, checked faster: the fixed layout and the time over every value (no
    alternatives to try but the hour's), then the calendar over the distinct days."""

    def __init__(self) -> None:
        shape = rf"\d\d\d\d-\d\d-\d\dT{TIME_PATTERN}"
        _refuse_separator_matches(shape)
        self._joined = re.compile(rf"(?:{shape}{_SEPARATOR})*\Z", re.ASCII)
        self._day = _ColumnPattern(DATE_REGEX)

    def check(self, values: set[str]) -> None:
        super().check(values)
        self._day.check(set(map(_DAY_PART, values)))


_DAY_PART = itemgetter(slice(0, 10))


def _refuse_separator_matches(pattern: str) -> None:
    """Raise if the pattern could match the separator (the joined check would be ambiguous):
    no `.` outside a class, no negated class, no negated or blank escapes."""
    in_class = escaped = False
    for index, char in enumerate(pattern):
        if escaped:
            if char in "DSWsw":
                raise ValueError(f"pattern {pattern!r} can't be checked joined")
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            if pattern[index + 1 : index + 2] == "^":
                raise ValueError(f"pattern {pattern!r} can't be checked joined")
            in_class = True
        elif char == "]":
            in_class = False
        elif char == "." and not in_class:
            raise ValueError(f"pattern {pattern!r} can't be checked joined")


class _Checks:
    """What msgspec can't check itself, for one table."""

    def __init__(self) -> None:
        self.patterns: dict[str, list[str]] = {}  # pattern -> fields holding it
        self.json_fields: list[str] = []


def _unwrap(annotation: Any) -> tuple[Any, list[Any]]:
    metadata: list[Any] = []
    while get_origin(annotation) is Annotated:
        metadata.extend(annotation.__metadata__)
        annotation = annotation.__origin__
    return annotation, metadata


def _constraints(metadata: list[Any]) -> tuple[dict[str, Any], str | None]:
    """msgspec.Meta arguments and the pattern of pydantic constraints (anything else raises:
    a constraint this module does not know must not be dropped silently)."""
    meta: dict[str, Any] = {}
    pattern: str | None = None
    items: list[Any] = []
    for item in metadata:
        if isinstance(item, FieldInfo):
            items.extend(item.metadata)
        else:
            items.append(item)
    for item in items:
        if isinstance(item, StringConstraints):
            unsupported = {
                name: getattr(item, name)
                for name in ("strip_whitespace", "to_upper", "to_lower", "strict", "min_length")
                if getattr(item, name) not in (None, False)
            }
            if unsupported:
                raise TypeError(f"constraint not mirrored: {unsupported}")
            if item.max_length is not None:
                meta["max_length"] = item.max_length
            pattern = item.pattern if isinstance(item.pattern, str) else None
            if item.pattern is not None and pattern is None:
                raise TypeError("compiled patterns are not mirrored")
        elif isinstance(item, annotated_types.Ge):
            meta["ge"] = item.ge
        elif isinstance(item, annotated_types.Le):
            meta["le"] = item.le
        elif isinstance(item, annotated_types.MaxLen):
            meta["max_length"] = item.max_length
        elif isinstance(item, AllowInfNan) and not item.allow_inf_nan:
            pass  # JSON holds no NaN or Infinity, and msgspec refuses numbers out of range
        elif type(item).__name__ == "ColumnType":
            continue
        else:
            raise TypeError(f"constraint not mirrored: {item!r}")
    return meta, pattern


def _is_json_value(annotation: Any) -> bool:
    return getattr(annotation, "__name__", None) == "JsonValue"


def _leaf_type(annotation: Any, *, where: str) -> tuple[Any, str | None, bool]:
    """(msgspec type, pattern to check on the column, whether it holds free JSON)."""
    annotation, metadata = _unwrap(annotation)
    meta, pattern = _constraints(metadata)
    origin = get_origin(annotation)
    if _is_json_value(annotation):
        return Any, None, True
    if origin is Union or type(annotation).__name__ == "UnionType":
        members = get_args(annotation)
        if len(members) != 2 or type(None) not in members or meta or pattern:
            raise TypeError(f"{where}: union not mirrored: {annotation!r}")
        inner = next(m for m in members if m is not type(None))
        kind, inner_pattern, is_json = _leaf_type(inner, where=where)
        return kind | None, inner_pattern, is_json
    if origin is Literal:
        if meta or pattern or not all(isinstance(a, str) for a in get_args(annotation)):
            raise TypeError(f"{where}: literal not mirrored")
        return annotation, None, False
    if origin is list:
        (item,) = get_args(annotation)
        item_type, item_pattern, item_json = _leaf_type(item, where=where)
        if item_pattern or item_json:
            raise TypeError(f"{where}: list items not mirrored")
        kind = list[item_type]  # type: ignore[valid-type]
    elif origin is dict:
        key, value = get_args(annotation)
        key_type, key_pattern, _ = _leaf_type(key, where=where)
        if key_type is not str or key_pattern:
            raise TypeError(f"{where}: dict keys not mirrored")
        if not _is_json_value(value):
            raise TypeError(f"{where}: dict values not mirrored")
        return (
            Annotated[dict[str, Any], msgspec.Meta(**meta)] if meta else dict[str, Any],
            (None),
            True,
        )
    elif annotation in (str, int, float, bool):
        kind = annotation
    else:
        raise TypeError(f"{where}: type not mirrored: {annotation!r}")
    if meta:
        kind = Annotated[kind, msgspec.Meta(**meta)]
    return kind, pattern, False


def _struct_of(model: type[BaseModel], checks: _Checks) -> type[msgspec.Struct]:
    hints = typing.get_type_hints(model, include_extras=True)
    fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
    rename: dict[str, str] = {}
    for name, info in model.model_fields.items():
        if info.alias and info.alias != name:
            rename[name] = info.alias
        if name == "stamps":
            kind: Any = dict[str, _STAMP]  # type: ignore[valid-type]
        else:
            kind, pattern, is_json = _leaf_type(hints[name], where=f"{model.__name__}.{name}")
            if pattern is not None:
                checks.patterns.setdefault(pattern, []).append(info.alias or name)
            if is_json:
                checks.json_fields.append(info.alias or name)
        if info.is_required():
            fields.append((name, kind))
        else:
            fields.append((name, kind, info.default))
    return msgspec.defstruct(
        f"Fast{model.__name__}",
        fields,
        kw_only=True,
        forbid_unknown_fields=True,
        gc=False,
        rename=rename or None,
    )


_STAMP_CHECKS = _Checks()
_STAMP = _struct_of(Stamp, _STAMP_CHECKS)
_STAMP_KEY_REGEX = _constraints(list(_unwrap(StampKey)[1]))[1] or ""


@dataclass(frozen=True)
class Columns:
    """What the checks of a decoded chunk read, for the reader's own checks: the values of
    each field checked here, in record order; each record's `_stamps`; every stamp's time (in
    record, then stamp key order)."""

    fields: dict[str, list[Any]]
    stamps: list[dict[str, Any]]
    stamp_times: list[str]


def _columns(
    records: list[Any], fields: list[str], getter: itemgetter[Any]
) -> dict[str, list[Any]]:
    """Each field's values in record order, reading each record once (its fields are read
    while it is in the processor's cache, then cut into columns by strided slices)."""
    flat = list(chain.from_iterable(map(getter, records)))
    width = len(fields)
    return {field: flat[at::width] for at, field in enumerate(fields)}


class _TableDecoder:
    def __init__(self, table: str):
        self.checks = _Checks()
        struct = _struct_of(TABLES[table].model, self.checks)
        self.decoder = msgspec.json.Decoder(list[struct])  # type: ignore[valid-type]
        # Two or more fields a getter: it gives tuples (the _stamps and a pattern at least).
        pattern_fields = [f for fields in self.checks.patterns.values() for f in fields]
        self.fields = list(dict.fromkeys([*pattern_fields, *self.checks.json_fields, "_stamps"]))
        self.getter = itemgetter(*self.fields)
        stamp_fields = [f for fields in _STAMP_CHECKS.patterns.values() for f in fields]
        self.stamp_fields = list(dict.fromkeys(["at", *stamp_fields]))
        self.stamp_getter = itemgetter(*self.stamp_fields)
        if len(self.fields) < 2 or len(self.stamp_fields) < 2:
            raise TypeError(f"{table}: too few checked fields for a tuple getter")

    def decode(self, raw: bytes) -> tuple[list[dict[str, Any]], Columns]:
        try:
            records: list[dict[str, Any]] = msgspec.to_builtins(self.decoder.decode(raw))
        except (msgspec.DecodeError, RecursionError, ValueError, TypeError):
            raise _Refused from None
        columns = _columns(records, self.fields, self.getter)
        all_stamps: list[dict[str, Any]] = columns.pop("_stamps")
        stamps = list(chain.from_iterable(map(dict.items, all_stamps)))
        stamp_values = list(map(_VALUE, stamps))
        stamp_columns = _columns(stamp_values, self.stamp_fields, self.stamp_getter)
        # Each pattern is checked once over the distinct values of every column holding it.
        values: dict[str, set[str]] = {}
        for pattern, fields in self.checks.patterns.items():
            found = values.setdefault(pattern, set())
            for field in fields:
                found.update(columns[field])
        values.setdefault(_STAMP_KEY_REGEX, set()).update(map(_KEY, stamps))
        for pattern, fields in _STAMP_CHECKS.patterns.items():
            found = values.setdefault(pattern, set())
            for field in fields:
                found.update(stamp_columns[field])
        for pattern, found in values.items():
            found.discard(None)
            _column_pattern(pattern).check(found)
        for field in self.checks.json_fields:
            column = columns[field]
            texts = [value for value in column if value.__class__ is str]
            if max(map(len, texts), default=0) > TEXT_MAX_CHARS:
                raise _Refused
            whole = [value for value in column if value.__class__ is int]
            if (
                min(whole, default=0) < -MAX_SAFE_INTEGER
                or max(whole, default=0) > MAX_SAFE_INTEGER
            ):
                raise _Refused
            for value in column:
                if value.__class__ in _CONTAINERS:
                    _check_json(value, 0)
        return records, Columns(columns, all_stamps, stamp_columns["at"])


_CONTAINERS = (list, dict)
_KEY = itemgetter(0)
_VALUE = itemgetter(1)


@cache
def _column_pattern(pattern: str) -> _ColumnPattern:
    return _TimestampColumn() if pattern == TIMESTAMP_REGEX else _ColumnPattern(pattern)


def _check_json(value: Any, depth: int) -> None:
    kind = type(value)
    if kind is str:
        if len(value) > TEXT_MAX_CHARS:
            raise _Refused
    elif kind is list:
        if depth >= MAX_VALUE_DEPTH:
            raise _Refused
        for item in value:
            _check_json(item, depth + 1)
    elif kind is dict:
        if depth >= MAX_VALUE_DEPTH:
            raise _Refused
        for item in value.values():
            _check_json(item, depth + 1)
    elif kind is int:
        if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
            raise _Refused  # the reader refuses it, naming the record
    elif kind is float:
        if value != value or value in (float("inf"), float("-inf")):
            raise _Refused
    elif kind not in (bool, type(None)):
        raise _Refused


@cache
def _decoder(table: str) -> _TableDecoder:
    return _TableDecoder(table)


def decode_records(table: str, raw: bytes) -> list[dict[str, Any]] | None:
    """The chunk's record dicts if every one is valid for `table` (as `records_adapter`
    would give them), or None: then pydantic must look at it."""
    decoded = decode_chunk(table, raw)
    return None if decoded is None else decoded[0]


def decode_chunk(table: str, raw: bytes) -> tuple[list[dict[str, Any]], Columns] | None:
    """`decode_records`, and the columns its checks read (the reader checks more on them)."""
    if b"\x00" in raw or _RISKY_ESCAPE.search(raw) is not None:
        return None  # the reader names the record (and NaN, Infinity are not JSON to msgspec)
    try:
        return _decoder(table).decode(raw)
    except _Refused:
        return None
