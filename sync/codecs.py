"""Turning tables of record dicts into the bundle's files: JSON, CSV, datapackage.json, signature.

The write path does no validation (the reader validates everything); it only has to be fast:
one JSON serialisation per batch of records (orjson's, which writes the same text as
`json.dumps` with compact separators and `ensure_ascii=False`, about four times faster than
pydantic-core's; it can also take a record's stored JSON text as it is, `orjson.Fragment`), and
CSV built column by column.
"""

from __future__ import annotations

import base64
import hashlib
import json
import operator
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import pydantic_core

from sync.manifest import FORMAT_VERSION, Manifest
from sync.records import TABLES, TableSpec

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


def encode_json(records: Sequence[Mapping[str, Any]]) -> bytes:
    """data/<table>.json: a JSON array of the record dicts, UTF-8."""
    try:
        return orjson.dumps(records)
    except TypeError:
        # orjson refuses what JSON allows but it doesn't hold (an integer beyond 64 bits)
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
    if _FORMULA_AFTER_NUL.search(joined):
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
    spec: TableSpec,
    columns: Mapping[str, Sequence[Any]],
    cells_made: Mapping[str, Sequence[str]] | None = None,
) -> str:
    """The CSV lines of records given column by column (name -> values, as in the records),
    each line ending in CRLF; no header. The same text as `encode_csv_rows`. `cells_made`
    holds columns whose cells the caller already made (`column_cells`)."""
    made = cells_made or {}
    cells = [
        made[column.name]
        if column.name in made
        else _cells(column.table_type, columns[column.name])
        for column in spec.columns
    ]
    if not cells or not cells[0]:
        return ""
    return "\r\n".join(map(",".join, zip(*cells, strict=True))) + "\r\n"


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
