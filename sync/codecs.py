"""Turning tables of record dicts into the bundle's files: JSON, CSV, datapackage.json, signature.

The write path does no validation (the reader validates everything); it only has to be fast:
one JSON serialisation per batch of records (orjson's, which writes the same text as
`json.dumps` with compact separators and `ensure_ascii=False`, about four times faster than
pydantic-core's), or, for the export's batches read column by column, the same text made from
the columns without a dict per record (`encode_json_columns`), and CSV built column by column.
"""

from __future__ import annotations

import base64
import hashlib
import json
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import orjson

# The record models (pydantic) are imported only where they are needed: the export's second
# process (desktop/services/sync/export_worker.py) encodes columns with this module and
# starts ~0.2 s sooner without them.
if TYPE_CHECKING:
    from sync.manifest import Manifest
    from sync.records import TableSpec

MANIFEST_FILE = "manifest.json"
DATAPACKAGE_FILE = "datapackage.json"
SIGNATURE_FILE = "signature"
SIGNATURE_ALGORITHM = "Ed25519"
_SIGNATURE_HEADER = b"GAPKIT-BUNDLE-SIGNATURE v1\n"

# CSV injection (OWASP): a spreadsheet may run a cell as a formula if it starts with one of
# these, also after leading spaces (some trim them on import) and in their full-width, small
# and super/subscript forms (which some spreadsheets and locales read as the ASCII ones).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
FORMULA_SIGNS = (
    "=+-@"
    "\uff1d\ufe66\u207c\u208c"  # ＝ ﹦ ⁼ ₌
    "\uff0b\ufe62\u207a\u208a"  # ＋ ﹢ ⁺ ₊
    "\uff0d\ufe63\u207b\u208b\u2212"  # － ﹣ ⁻ ₋ −
    "\uff20\ufe6b"  # ＠ ﹫
)
# Leading whitespace (any kind: space, no-break space, ideographic space, newline...) then a
# formula sign; or a tab, CR or LF as the very first character.
_FORMULA_START = re.compile(rf"\s*[{re.escape(FORMULA_SIGNS)}]|[\t\r\n]")


def needs_formula_guard(value: str) -> bool:
    """Whether a spreadsheet could run this text cell as a formula."""
    return _FORMULA_START.match(value) is not None


# strptime pattern of our timestamps, so Table Schema tools parse the milliseconds and the Z.
TABLE_SCHEMA_DATETIME_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def json_path(table: str) -> str:
    return f"data/{table}.json"


def csv_path(table: str) -> str:
    return f"data/{table}.csv"


def expected_files() -> frozenset[str]:
    """Every file a bundle of this format version holds."""
    from sync.records import TABLES

    names = {MANIFEST_FILE, DATAPACKAGE_FILE, SIGNATURE_FILE}
    for table in TABLES:
        names.update((json_path(table), csv_path(table)))
    return frozenset(names)


@dataclass(frozen=True)
class FileDigest:
    """A file's SHA-256 (hex) and size in bytes."""

    sha256: str
    size: int

    @classmethod
    def of(cls, data: bytes) -> FileDigest:
        return cls(hashlib.sha256(data).hexdigest(), len(data))


# sync.records.MAX_SAFE_INTEGER, written out: importing it would load pydantic (the store and the
# export's second process import this module).
_MAX_EXACT_INTEGER = 2**53 - 1


def stored_json_number(number: int | float) -> int | float:
    """A number a JSON column handed back as a number, as the JSON number it was written as.

    SQLite gives a JSON column NUMERIC affinity: the text of a float with no fraction is held
    as an integer when no digit is lost ('1e+16' as 10000000000000000). Within 2**53 the two
    read the same; beyond it the integer can only have been such a float (a bundle brings no
    larger whole number, and the forms make whole answers from floats), and as an integer a
    bundle could not carry it (every reader refuses it): it is the float it was."""
    if type(number) is int and not -_MAX_EXACT_INTEGER <= number <= _MAX_EXACT_INTEGER:
        return float(number)
    return number


def encode_json(records: Sequence[Mapping[str, Any]]) -> bytes:
    """data/<table>.json: a JSON array of the record dicts, UTF-8."""
    try:
        return orjson.dumps(records)
    except TypeError:
        # orjson refuses what JSON allows but it doesn't hold (an integer beyond 64 bits)
        import pydantic_core

        return pydantic_core.to_json(records)


def _guard(value: str | None) -> str | None:
    if value and needs_formula_guard(value):
        return "'" + value
    return value


# A clean column is checked with one C-level scan of its cells joined by NULs (a character our
# text can't hold); only columns that need it get a Python loop over their cells.
_FORMULA_AFTER_NUL = re.compile(rf"\x00(?:\s*[{re.escape(FORMULA_SIGNS)}]|[\t\r\n])")


def _needs_quotes(text: str) -> bool:
    # four `in` scans run at memchr speed; a regex character class is ~25x slower on a column
    return '"' in text or "," in text or "\n" in text or "\r" in text


def _quote(cell: str) -> str:
    if _needs_quotes(cell):
        return '"' + cell.replace('"', '""') + '"'
    return cell


# A cell can only need the formula guard if it starts with one of these.
_RISKY_FIRST = frozenset(FORMULA_SIGNS) | {c for c in map(chr, range(0x3001)) if c.isspace()}
# One encoder for every JSON cell: json.dumps with an argument builds a new one per call.
_json_cell = json.JSONEncoder(ensure_ascii=False).encode
# A column's lists and objects are encoded in one call, as one array with this text between
# the cells, then split: a text value can't make the same characters (its backslash would be
# doubled), and the encoder writes each item exactly as it writes it alone.
_CELL_MARK = "\x00cell\x00"
_CELL_SEPARATOR = _json_cell([None, _CELL_MARK, None])[len("[null") : -len("null]")]


def _json_cells(values: Sequence[Any]) -> list[str]:
    """`json.dumps(value, ensure_ascii=False)` of each value (a list or an object)."""
    if not values:
        return []
    interleaved = [_CELL_MARK] * (2 * len(values) - 1)
    interleaved[0::2] = values
    cells = _json_cell(interleaved)[1:-1].split(_CELL_SEPARATOR)
    if len(cells) != len(values):  # can't happen (see _CELL_MARK); kept safe all the same
        cells = [_json_cell(v) for v in values]
    return cells


def _text_cells(values: Sequence[Any]) -> list[str]:
    cells = ["" if v is None else v for v in values] if None in values else list(values)
    joined = "\x00" + "\x00".join(cells)
    if not _fixed_width_without_formulas(joined, len(cells)) and _FORMULA_AFTER_NUL.search(joined):
        risky = _RISKY_FIRST
        cells = [("'" + c) if c[:1] in risky and needs_formula_guard(c) else c for c in cells]
    if _needs_quotes(joined):
        # `in` tests inline rather than a call per cell: ~3x faster on long columns
        cells = [
            '"' + c.replace('"', '""') + '"'
            if '"' in c or "," in c or "\n" in c or "\r" in c
            else c
            for c in cells
        ]
    return cells


def _fixed_width_without_formulas(joined: str, count: int) -> bool:
    """Whether `joined` ("\\x00" + the cells joined by "\\x00") holds `count` cells of one
    width (ids, timestamps) none of which starts with a character a formula can start with:
    then their first characters are every width-th character (a C-level slice), checked at
    once, instead of the formula pattern tried at every cell."""
    step = len(joined) // count if count else 0
    if (
        step < 2
        or len(joined) != step * count
        or joined.count("\x00") != count
        or joined[::step] != "\x00" * count
    ):
        return False
    return _RISKY_FIRST.isdisjoint(joined[1::step])


def _any_cells(values: Sequence[Any]) -> list[str]:
    """Cells of a column of any JSON value: text as text cells (`_text_cells`, all at once),
    true/false, numbers, lists and objects as JSON text (`_json_cells`, all at once)."""
    text_cells = iter(_text_cells([v for v in values if type(v) is str]))
    json_cells = iter(_quoted_json_cells([v for v in values if type(v) is list or type(v) is dict]))
    return [
        next(text_cells)
        if type(v) is str
        else ""
        if v is None
        else "true"
        if v is True
        else "false"
        if v is False
        else next(json_cells)
        if type(v) is list or type(v) is dict
        else str(v)
        for v in values
    ]


def _quoted_json_cells(values: Sequence[Any]) -> list[str]:
    # JSON text holds no raw line break (it escapes them): only a quote or comma matters
    return [
        '"' + c.replace('"', '""') + '"' if '"' in c or "," in c else c for c in _json_cells(values)
    ]


def _cells(table_type: str, values: Sequence[Any]) -> list[str]:
    """The CSV text of one column's cells, quoted where RFC 4180 needs it."""
    if table_type == "string":
        return _text_cells(values)
    if table_type in ("integer", "number"):
        return ["" if v is None else str(v) for v in values]
    if table_type == "boolean":
        return [
            "true" if v is True else "false" if v is False else "" if v is None else str(v)
            for v in values
        ]
    if table_type in ("datetime", "date"):
        cells = ["" if v is None else v for v in values]
        if _needs_quotes("".join(cells)):
            cells = [_quote(c) for c in cells]
        return cells
    if table_type in ("array", "object"):
        if None in values:
            present = iter(_quoted_json_cells([v for v in values if v is not None]))
            return ["" if v is None else next(present) for v in values]
        return _quoted_json_cells(values)
    return _any_cells(values)


class CsvColumn(Protocol):
    """What the CSV encoders need of a column: its name and Table Schema type."""

    @property
    def name(self) -> str: ...

    @property
    def table_type(self) -> str: ...


class CsvColumns(Protocol):
    """What the CSV encoders need of a table (a `TableSpec`, or a plain stand-in)."""

    @property
    def columns(self) -> Sequence[CsvColumn]: ...


def encode_csv(spec: TableSpec, records: Sequence[Mapping[str, Any]]) -> bytes:
    """data/<table>.csv: UTF-8 with a BOM, RFC 4180 (CRLF, quotes doubled), one row per record.

    Lists and objects are JSON text; booleans true/false; an empty cell is null. Text that a
    spreadsheet could run as a formula (`needs_formula_guard`: = + - @ after any leading
    whitespace, their full-width forms, or a leading tab, CR or LF) gets a leading apostrophe.
    Built column by column with joins rather than the csv module: the same output, about twice
    as fast on large tables.
    """
    return (csv_header(spec) + encode_csv_rows(spec, records)).encode("utf-8")


def csv_header(spec: TableSpec) -> str:
    """The first line of data/<table>.csv, BOM included, with its CRLF."""
    return "\ufeff" + ",".join(_quote(n) for n in spec.field_names) + "\r\n"


def encode_csv_rows(spec: TableSpec, records: Sequence[Mapping[str, Any]]) -> str:
    """The CSV lines of `records` (see `encode_csv`), each ending in CRLF; no header."""
    if not records:
        return ""
    names = spec.field_names
    columns = zip(*map(operator.itemgetter(*names), records), strict=True)
    return encode_csv_columns(spec, dict(zip(names, columns, strict=True)))


def column_cells(table_type: str, values: Sequence[Any]) -> list[str]:
    """The CSV cells of values of one column of this Table Schema type, quoted as needed: a
    cell depends only on its value, so a caller may make the cells of distinct values once."""
    return _cells(table_type, values)


def encode_csv_columns(
    spec: CsvColumns,
    columns: Mapping[str, Sequence[Any]],
    cells_made: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """The CSV lines of records given column by column (name -> values, as in the records),
    each line ending in CRLF; no header. The same text as `encode_csv_rows`. `cells_made`
    holds columns whose cells the caller already made (`column_cells`)."""
    cells = _csv_cells(spec, columns, cells_made)
    if not cells or not cells[0]:
        return ""
    return "\r\n".join(map(",".join, zip(*cells, strict=True))) + "\r\n"


def encode_csv_columns_utf8(
    spec: CsvColumns,
    columns: Mapping[str, Sequence[Any]],
    cells_made: Mapping[str, Sequence[str]] | None = None,
) -> bytes:
    """`encode_csv_columns(...)` encoded as UTF-8, made without ever holding the lines as
    wide text (`utf8_chars`)."""
    cells = _csv_cells(spec, columns, cells_made)
    if not cells or not cells[0]:
        return b""
    # a column at a time: the lines are joined from one-byte characters only
    cells = [utf8_chars(column) for column in cells]
    return ("\r\n".join(map(",".join, zip(*cells, strict=True))) + "\r\n").encode("latin-1")


def _csv_cells(
    spec: CsvColumns,
    columns: Mapping[str, Sequence[Any]],
    cells_made: Mapping[str, Sequence[str]] | None,
) -> list[Sequence[str]]:
    made = cells_made or {}
    return [
        made[column.name]
        if column.name in made
        else _cells(column.table_type, columns[column.name])
        for column in spec.columns
    ]


# ---------------------------------------------------------------------------------------------
# A batch's JSON from its columns
#
# A batch of records' JSON can be written without making a dict per record: each column's
# values become JSON text once (most columns need no work at all: text that needs no escaping
# is written between quotes as it is, a column holding one value is written once), and the
# records are one join of the keys and those texts. The text is exactly what orjson writes
# for the record dicts (`encode_json`): every value that is not plain text, one value or
# true/false/null/a small integer is written by orjson itself.
#
# Text is carried as its UTF-8 bytes, one character per byte (latin-1): a single character
# beyond U+00FF in a batch would otherwise make Python hold the whole joined text at two or
# four bytes a character and encode it character by character; this way the join and the
# final `encode("latin-1")` copy bytes.


def utf8_chars(texts: Sequence[str]) -> Sequence[str]:
    """Each text as its UTF-8 bytes, a character per byte (the same text where it is ASCII):
    the join of the result, encoded as latin-1, is the join of `texts` encoded as UTF-8."""
    if "".join(texts).isascii():
        return texts
    return [t if t.isascii() else t.encode().decode("latin-1") for t in texts]


def _utf8_chars_or_none(texts: Sequence[str | None]) -> Sequence[str | None]:
    present = [t for t in texts if t is not None]
    if "".join(present).isascii():
        return texts
    return [t if t is None or t.isascii() else t.encode().decode("latin-1") for t in texts]


_VALUE_MARK = "\x00cell\x00"
# Between two values of an array orjson writes `,"\u0000cell\u0000",` for the mark: text
# can't make the same characters (its quotes are escaped), so splitting on it gives each
# value's text exactly as orjson writes it alone; a list or object holding the mark itself
# makes the count come out wrong, and then every value is written on its own.
_VALUE_SEPARATOR = orjson.dumps([None, _VALUE_MARK, None])[len(b"[null") : -len(b"null]")].decode()
_JSON_WORDS = {True: "true", False: "false", None: "null"}
# the integers orjson writes (beyond these it refuses, as `encode_json` notes)
_ORJSON_INT_MIN, _ORJSON_INT_MAX = -(2**63), 2**64 - 1


def json_value_texts(values: Sequence[Any]) -> list[str]:
    """orjson's text of each value, as UTF-8 bytes in latin-1 characters (`utf8_chars`).
    Raises TypeError for a value orjson can't write."""
    count = len(values)
    if not count:
        return []
    interleaved = [_VALUE_MARK] * (2 * count - 1)
    interleaved[0::2] = values
    texts = orjson.dumps(interleaved).decode("latin-1")[1:-1].split(_VALUE_SEPARATOR)
    if len(texts) != count:
        texts = [orjson.dumps(value).decode("latin-1") for value in values]
    return texts


def _plain_text(joined: str) -> bool:
    """Whether orjson writes this text unchanged between quotes: it escapes only quotes,
    backslashes and characters below U+0020, each into more than one character."""
    if '"' in joined or "\\" in joined:
        return False
    size = len(joined) if joined.isascii() else len(joined.encode())
    return len(orjson.dumps(joined)) == size + 2


# How a column is written: one text for every record, between quotes as it is, or a text each.
_SAME, _QUOTED, _TEXTS = 0, 1, 2


def _json_column(values: Sequence[Any]) -> tuple[int, Any]:
    first = values[0]
    kind = type(first)
    count = len(values)
    if kind is str:
        try:
            joined = "".join(values)
        except TypeError:  # some are not text
            pass
        else:
            if values.count(first) == count:
                return _SAME, orjson.dumps(first).decode("latin-1")
            if _plain_text(joined):
                return _QUOTED, values if joined.isascii() else utf8_chars(values)
            return _TEXTS, json_value_texts(values)
    # equal is not enough for the rest (1 == 1.0 == True): one type, too
    elif kind is bool or first is None:
        if values.count(first) == count and set(map(type, values)) == {kind}:
            return _SAME, _JSON_WORDS[first]
    elif (
        kind is int
        and _ORJSON_INT_MIN <= first <= _ORJSON_INT_MAX
        and values.count(first) == count
        and set(map(type, values)) == {int}
    ):
        return _SAME, str(first)
    kinds = set(map(type, values))
    if kinds <= {str, type(None)}:
        if _plain_text("".join([v for v in values if v is not None])):
            return _TEXTS, [
                "null" if v is None else '"' + v + '"' for v in _utf8_chars_or_none(values)
            ]
    elif kinds <= {bool, type(None)}:
        return _TEXTS, list(map(_JSON_WORDS.__getitem__, values))
    elif kinds == {int} and min(values) >= _ORJSON_INT_MIN and max(values) <= _ORJSON_INT_MAX:
        return _TEXTS, list(map(str, values))
    return _TEXTS, json_value_texts(values)


def encode_json_columns(
    names: Sequence[str],
    columns: Sequence[Sequence[Any]],
    texts_made: Mapping[int, Sequence[str]] | None = None,
) -> bytes:
    """A batch of records given column by column (`names[i]` -> `columns[i]`, equal lengths,
    at least one record), as the text of their JSON objects joined by commas, without
    brackets: exactly `encode_json(records)[1:-1]` as orjson writes it. `texts_made` holds, by
    column index, columns whose JSON texts the caller made already, as `json_value_texts`
    makes them (a value of `orjson.Fragment` is its stored text, written as it is).
    Raises TypeError for a value orjson can't write."""
    made = texts_made or {}
    count = len(columns[0])
    # Per record: constants[0] texts[0] constants[1] ... texts[-1] constants[-1]
    constants = ["{"]
    slots: list[Sequence[str]] = []
    for index, (name, values) in enumerate(zip(names, columns, strict=True)):
        constants[-1] += f'{"," if index else ""}"{name}":'
        written: Any
        if index in made:
            how, written = _TEXTS, made[index]
        else:
            how, written = _json_column(values)
        if how == _SAME:
            constants[-1] += written
        elif how == _QUOTED:
            constants[-1] += '"'
            slots.append(written)
            constants.append('"')
        else:
            slots.append(written)
            constants.append("")
    constants[-1] += "}"
    return _interleaved(constants, slots, count).encode("latin-1")


def _interleaved(constants: list[str], slots: list[Sequence[str]], count: int) -> str:
    """The records' texts, joined by commas, in one join of a list laid out a slice at a time."""
    width = len(slots)
    if not width:
        return ",".join([constants[0]] * count)
    # one record: [end of the one before + "," + start] text [constant] text ... text
    layout: list[Any] = [None] * (2 * width)
    layout[0] = constants[width] + "," + constants[0]
    for slot in range(1, width):
        layout[2 * slot] = constants[slot]
    pieces = layout * count
    for slot, texts in enumerate(slots):
        pieces[2 * slot + 1 :: 2 * width] = texts
    pieces[0] = constants[0]
    pieces.append(constants[width])
    return "".join(pieces)


def stored_json_texts(texts: Sequence[Any]) -> Sequence[str]:
    """JSON written as it is stored (change stamps), for `encode_json_columns`'s `texts_made`:
    stored text as it is, anything else (a dict made by an adjustment) written by orjson."""
    try:
        return utf8_chars(texts)
    except TypeError:
        return [
            orjson.dumps(text).decode("latin-1")
            if type(text) is not str
            else text
            if text.isascii()
            else text.encode().decode("latin-1")
            for text in texts
        ]


def table_schema(spec: TableSpec) -> dict[str, Any]:
    """The Frictionless Table Schema of a table's CSV file."""
    fields: list[dict[str, Any]] = []
    for column in spec.columns:
        field: dict[str, Any] = {"name": column.name, "type": column.table_type}
        if column.table_type == "datetime":
            field["format"] = TABLE_SCHEMA_DATETIME_FORMAT
        if column.description:
            field["description"] = column.description
        constraints: dict[str, Any] = {}
        # An empty text cell reads back as null, so only non-text columns can promise a value.
        if not column.nullable and (
            column.table_type not in ("string", "any") or column.name == "id"
        ):
            constraints["required"] = True
        if constraints:
            field["constraints"] = constraints
        fields.append(field)
    schema: dict[str, Any] = {
        "fields": fields,
        "missingValues": [""],
        "primaryKey": [spec.primary_key],
    }
    if spec.foreign_keys:
        schema["foreignKeys"] = [
            {"fields": [fk.field], "reference": {"resource": fk.table, "fields": ["id"]}}
            for fk in spec.foreign_keys
        ]
    return schema


def datapackage_descriptor(manifest: Manifest, digests: Mapping[str, FileDigest]) -> dict[str, Any]:
    """datapackage.json: one tabular resource per table, with the hashes of both its files."""
    from sync.manifest import FORMAT_VERSION
    from sync.records import TABLES

    resources = []
    for name, spec in TABLES.items():
        csv_digest = digests[csv_path(name)]
        json_digest = digests[json_path(name)]
        resources.append(
            {
                "name": name,
                "path": csv_path(name),
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "bytes": csv_digest.size,
                "hash": f"sha256:{csv_digest.sha256}",
                "schema": table_schema(spec),
                "gapkit_json": {
                    "path": json_path(name),
                    "format": "json",
                    "mediatype": "application/json",
                    "bytes": json_digest.size,
                    "hash": f"sha256:{json_digest.sha256}",
                },
            }
        )
    return {
        "profile": "tabular-data-package",
        "name": f"gapkit-bundle-{manifest.bundle_id}",
        "id": manifest.bundle_id,
        "title": f"GAP Field Kit bundle {manifest.bundle_seq} from {manifest.device_name}",
        "created": manifest.created_at,
        "gapkit_format_version": FORMAT_VERSION,
        "resources": resources,
    }


def encode_datapackage(descriptor: Mapping[str, Any]) -> bytes:
    return (json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def signing_message(digests: Mapping[str, FileDigest]) -> bytes:
    """The bytes a bundle's signature covers: every file's hash and size, sorted by name.

    The reader rebuilds this from the files it actually holds, so nothing listed in the
    signature file itself needs to be trusted.
    """
    lines = [_SIGNATURE_HEADER]
    for name in sorted(digests):
        digest = digests[name]
        lines.append(f"{digest.sha256} {digest.size} {name}\n".encode())
    return b"".join(lines)


def encode_signature(
    *,
    device_id: str,
    public_key_b64: str,
    key_fingerprint: str,
    digests: Mapping[str, FileDigest],
    signature: bytes,
) -> bytes:
    document = {
        "algorithm": SIGNATURE_ALGORITHM,
        "device_id": device_id,
        "public_key": public_key_b64,
        "fingerprint": key_fingerprint,
        "files": {
            name: {"sha256": d.sha256, "bytes": d.size} for name, d in sorted(digests.items())
        },
        "signature": base64.b64encode(signature).decode("ascii"),
    }
    return (json.dumps(document, indent=2) + "\n").encode("utf-8")
