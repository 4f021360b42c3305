"""Reading a registration spreadsheet (CSV or .xlsx) and mapping its columns to fields."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from desktop.errors import Message, UserError, Word, Words
from desktop.registration.choices import FIELD_LABELS, REGISTRATION_FIELDS
from sync.codecs import FORMULA_SIGNS

IDENTIFIER_FIELDS: tuple[str, ...] = ("charity_id", "company_id", "mutuals_id")
REQUIRED_FOR_NEW: tuple[str, ...] = ("name", "legal_form", "postcode")
# Fields one row may give in several columns (Address 1, Address 2, ...), joined in order.
MULTI_COLUMN_FIELDS: frozenset[str] = frozenset(
    {"address_lines", "other_names", "themes", "beneficiaries", "areas_of_benefit"}
)

# Header names councils use for each field, besides the field's own id and form label.
# Compared after `header_key`: case, spaces and punctuation do not matter.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": (
        "organisation name",
        "organization name",
        "organisation",
        "organization",
        "org name",
        "group name",
        "group",
        "name of organisation",
    ),
    "other_names": ("also known as", "aka", "trading name", "working name"),
    "legal_form": (
        "legal structure",
        "structure",
        "organisation type",
        "type of organisation",
        "constitution",
    ),
    "charity_id": (
        "charity no",
        "charity",
        "charity id",
        "charity reg no",
        "charity registration number",
        "registered charity number",
        "registered charity no",
        "charity commission number",
    ),
    "company_id": (
        "company no",
        "company",
        "company id",
        "companies house number",
        "company registration number",
        "company reg no",
        "crn",
    ),
    "mutuals_id": (
        "mutuals number",
        "mutuals no",
        "society number",
        "registered society number",
        "fca number",
        "fca registration number",
    ),
    "address_lines": (
        "address",
        "address line",
        "address line 1",
        "address line 2",
        "address line 3",
        "address 1",
        "address 2",
        "address 3",
        "street",
        "street address",
    ),
    "town": ("town city", "city", "locality", "town or city"),
    "postcode": ("post code", "postal code", "zip", "zip code"),
    "ward": ("ward name", "electoral ward", "council ward"),
    "district_area": ("district area", "committee area", "area committee"),
    "areas_of_benefit": ("area of benefit", "areas served", "area served"),
    "themes": ("theme", "activities", "what they do", "activity"),
    "beneficiaries": ("beneficiary", "who they help", "client group"),
    "year_founded": ("founded", "year established", "established", "year formed"),
    "income_band": ("income", "annual income band", "income band", "turnover"),
    "trustees_count": ("trustees", "number of trustees", "committee members", "no of trustees"),
    "staff_fte": ("staff", "paid staff", "staff fte", "fte"),
    "volunteers_count": ("volunteers", "number of volunteers", "no of volunteers"),
    "has_bank_account": ("has bank account", "bank account held"),
    "bank_signatories": ("signatories", "number of signatories"),
    "policies": ("policies",),
    "insurance": ("insurances", "insurance held"),
    "interested_in": ("interests", "interested in"),
    "cat_building": ("cat building", "asset transfer building", "building"),
    "contact_name": ("contact", "contact person", "main contact", "key contact"),
    "contact_role": ("role", "position", "job title", "contact position"),
    "contact_email": ("email", "e mail", "email address", "contact e mail"),
    "contact_phone": ("phone", "telephone", "tel", "phone number", "telephone number", "mobile"),
    "contact_language": ("language", "preferred language"),
    "consent_date": ("date of consent", "consent given"),
    "consent_how": ("consent method", "how consent given"),
    "consent_covers": ("consent for", "consent scope"),
    "gap_status": ("status", "gap"),
    "gap_status_date": ("status date",),
    "notes": ("comments", "note", "remarks"),
}

Status = Literal["added", "updated", "unchanged", "bad"]
FileKind = Literal["csv", "xlsx"]


def header_key(text: str) -> str:
    """How header names compare: case, spacing, punctuation and accents do not matter."""
    folded = unicodedata.normalize("NFKD", str(text)).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def _header_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for field_name in REGISTRATION_FIELDS:
        # Own id and label first, so a synonym can never take them from their field.
        index.setdefault(header_key(field_name), field_name)
        index.setdefault(header_key(FIELD_LABELS[field_name]), field_name)
    for field_name, names in SYNONYMS.items():
        for name in names:
            index.setdefault(header_key(name), field_name)
    return index


HEADER_INDEX: dict[str, str] = _header_index()


def field_for(name: str) -> str | None:
    """The registration field a header or a `--map` target names, or None."""
    return HEADER_INDEX.get(header_key(name))


# ---------------------------------------------------------------------------------------------
# Reading the file


@dataclass(frozen=True)
class SheetRow:
    """One data row: the line (CSV) or row number (workbook) it starts on, and its cells."""

    line: int
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Sheet:
    """A spreadsheet as read: its headers, its data rows and how it was decoded."""

    path: Path
    headers: tuple[str, ...]
    rows: tuple[SheetRow, ...]
    encoding: str
    kind: FileKind = "csv"


MAX_FILE_BYTES = 50 * 1024 * 1024
# Our own bundle CSVs (and careful councils) guard formula-like cells with an apostrophe.
_GUARDED = re.compile(rf"^'(?=\s*[{re.escape(FORMULA_SIGNS)}]|[\t\r\n])")


def decode_text(raw: bytes) -> tuple[str, str]:
    """Text and the encoding it was read in: UTF-8 (with or without BOM), else cp1252."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 reads every byte, so nothing is lost.
        return raw.decode("latin-1"), "latin-1"


def _delimiter(first_line: str) -> str:
    counts = {sep: first_line.count(sep) for sep in (",", ";", "\t", "|")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _clean_cell(value: str) -> str:
    return _GUARDED.sub("", value.strip()).strip()


def read_sheet(path: str | Path) -> Sheet:
    """Read a CSV or .xlsx file into headers and rows, each row with its line number."""
    path = Path(path)
    if not path.is_file():
        raise UserError("Cannot find the file {path}. Check the name and the folder.", path=path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(
            "{file} is {size} MB, more than the {most} MB a registration list can be. Split it "
            "into smaller files.",
            file=path.name,
            size=size // (1024 * 1024),
            most=MAX_FILE_BYTES // (1024 * 1024),
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_workbook(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UserError(
            "Cannot read {path}: {reason}.", path=path, reason=error.strerror
        ) from error
    text, encoding = decode_text(raw)
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    headers: tuple[str, ...] | None = None
    rows: list[SheetRow] = []
    last_line = 0
    try:
        for record in reader:
            # A quoted cell may span lines: the row starts on the line after the last one.
            start, last_line = last_line + 1, reader.line_num
            cells = tuple(_clean_cell(cell) for cell in record)
            if not any(cells):
                continue
            if headers is None:
                headers = tuple(cell.lstrip("\ufeff") for cell in cells)
                continue
            rows.append(SheetRow(start, cells))
    except csv.Error as error:
        raise UserError(
            "{file} line {line}: the file is not valid CSV ({reason}). Save it "
            "again from the spreadsheet as 'CSV UTF-8'.",
            file=path.name,
            line=reader.line_num,
            reason=error,
        ) from error
    if headers is None:
        raise UserError(
            "{file} is empty. Choose a file with a header row and data rows.", file=path.name
        )
    return Sheet(path, headers, tuple(rows), encoding, "csv")


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _read_workbook(path: Path) -> Sheet:
    try:
        from openpyxl import load_workbook
    except ImportError as error:  # pragma: no cover - openpyxl is a dependency
        raise UserError("Reading .xlsx files needs openpyxl. Save the sheet as CSV.") from error
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any failure means "not a workbook we can read"
        raise UserError(
            "Cannot read {file} as an Excel workbook ({reason}). Save it again from the "
            "spreadsheet, or as CSV.",
            file=path.name,
            reason=error,
        ) from error
    try:
        sheet = book.worksheets[0]
        headers: tuple[str, ...] | None = None
        rows: list[SheetRow] = []
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = tuple(_clean_cell(_cell_text(value)) for value in values)
            if not any(cells):
                continue
            if headers is None:
                headers = cells
                continue
            rows.append(SheetRow(number, cells))
    finally:
        book.close()
    if headers is None:
        raise UserError("The first sheet of {file} is empty.", file=path.name)
    return Sheet(path, headers, tuple(rows), "xlsx", "xlsx")


# ---------------------------------------------------------------------------------------------
# Mapping columns to fields


@dataclass(frozen=True)
class ColumnMapping:
    """Which registration field each column feeds (None: the column is left out)."""

    headers: tuple[str, ...]
    fields: tuple[str | None, ...]

    def field_of(self, column: int) -> str | None:
        return self.fields[column]

    @property
    def mapped(self) -> dict[str, str]:
        """Header -> field for the columns that are used."""
        return {h: f for h, f in zip(self.headers, self.fields, strict=True) if f is not None}

    @property
    def ignored(self) -> list[str]:
        return [h for h, f in zip(self.headers, self.fields, strict=True) if f is None]

    @property
    def missing_for_new(self) -> list[str]:
        """Required fields no column gives: rows can then only update existing records."""
        given = set(self.fields)
        return [name for name in REQUIRED_FOR_NEW if name not in given]

    def warnings(self) -> list[Message]:
        """What to look at in the mapping (messages: the screens show them translated)."""
        notes: list[Message] = []
        seen: dict[str, str] = {}
        for header, name in zip(self.headers, self.fields, strict=True):
            if name is None:
                continue
            if name in seen and name not in MULTI_COLUMN_FIELDS:
                notes.append(
                    Message(
                        "Columns '{first}' and '{second}' both give {field}; the last one "
                        'filled in wins. Leave one out with --map "{second}=".',
                        first=seen[name],
                        second=header,
                        field=Word(FIELD_LABELS[name], "Registration"),
                    )
                )
            seen.setdefault(name, header)
        missing = self.missing_for_new
        if missing:
            notes.append(
                Message(
                    "No column gives {fields}: rows can update organisations already "
                    "registered but cannot add new ones. Map a column to it with --map "
                    '"Header=field".',
                    fields=Words(Word(FIELD_LABELS[name], "Registration") for name in missing),
                )
            )
        return notes


def parse_map_option(text: str) -> tuple[str, str | None]:
    """`"Charity Reg=charity_id"` -> ("Charity Reg", "charity_id"); `"Notes="` leaves it out."""
    header, sep, target = text.rpartition("=")
    if not sep or not header.strip():
        raise UserError(
            "--map '{text}' is not in the form \"Header=field\". Write the column's header, "
            'an equals sign and the field (for example "Charity Reg=charity_id").',
            text=text,
        )
    target = target.strip()
    if not target or target.casefold() in ("-", "none", "ignore", "skip"):
        return header.strip(), None
    name = target if target in REGISTRATION_FIELDS else field_for(target)
    if name is None:
        raise UserError(
            "--map '{text}': '{target}' is not a registration field. Use one of: {fields}.",
            text=text,
            target=target,
            fields=", ".join(REGISTRATION_FIELDS),
        )
    return header.strip(), name


def map_columns(
    headers: Sequence[str], overrides: Mapping[str, str | None] | None = None
) -> ColumnMapping:
    """Auto-map each header to a field by name (synonyms allowed); `overrides` wins.

    `overrides` maps a header (compared like headers are) to a field id or None to leave it out.
    """
    wanted = {header_key(h): f for h, f in (overrides or {}).items()}
    known = {header_key(h) for h in headers}
    for header in overrides or {}:
        if header_key(header) not in known:
            raise UserError(
                "--map names the column '{header}', but the file has no such column. Its "
                "columns are: {columns}.",
                header=header,
                columns=", ".join(headers),
            )
    fields: list[str | None] = []
    for header in headers:
        key = header_key(header)
        fields.append(wanted[key] if key in wanted else HEADER_INDEX.get(key))
    return ColumnMapping(tuple(headers), tuple(fields))


def row_values(row: SheetRow, mapping: ColumnMapping) -> dict[str, Any]:
    """The non-empty values one row gives, by field; list fields from several columns joined."""
    values: dict[str, Any] = {}
    for column, name in enumerate(mapping.fields):
        if name is None or column >= len(row.cells):
            continue
        cell = row.cells[column]
        if not cell:
            continue
        if name in MULTI_COLUMN_FIELDS and name in values:
            values[name] = f"{values[name]};{cell}"
        else:
            values[name] = cell
    return values
