"""Bulk registration import: a council's spreadsheet of organisations into the register.

A council already keeps lists of registered organisations in spreadsheets. This module reads
one (CSV in UTF-8 with or without BOM, or cp1252 as Excel writes it; or an .xlsx workbook),
maps its columns to registration fields, validates every row with the same rules as the
registration form, matches each row to an organisation already in the register, and writes
the good rows in one transaction, or none of them.

Matching, so that running the same file twice changes nothing the second time:
1. on an identifier (charity, company or mutuals number, compared in org-id form after
   normalisation, so "1123456" and "GB-CHC-1123456" are the same charity);
2. else on name + postcode, ignoring case and spacing; but not when both sides hold the same
   kind of identifier with different values (two branches of one name at one address).
A matched row changes the existing record only where its values differ; an empty cell leaves
the stored value alone, because a blank in a council list means "not known", not "remove".
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import select

from desktop.store.db import Store
from desktop.store.errors import UserError
from desktop.store.models import Organisation, new_id
from desktop.store.organisations import council_ward_list
from desktop.store.records import RecordWriter, json_value
from desktop.store.registration import (
    FIELD_LABELS,
    REGISTRATION_FIELDS,
    InvalidValue,
    RegistrationError,
    WardList,
    normalise_charity_number,
    normalise_company_number,
    normalise_mutuals_number,
    normalise_postcode,
    validate_registration,
    validate_registration_update,
)

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
_GUARDED = re.compile(r"^'(?=[=+\-@\t\r])")


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
        raise UserError(f"Cannot find the file {path}. Check the name and the folder.")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(
            f"{path.name} is {size // (1024 * 1024)} MB, more than the "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB a registration list can be. Split it into "
            "smaller files."
        )
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return _read_workbook(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise UserError(f"Cannot read {path}: {error.strerror}.") from error
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
            f"{path.name} line {reader.line_num}: the file is not valid CSV ({error}). Save it "
            "again from the spreadsheet as 'CSV UTF-8'."
        ) from error
    if headers is None:
        raise UserError(f"{path.name} is empty. Choose a file with a header row and data rows.")
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
            f"Cannot read {path.name} as an Excel workbook ({error}). Save it again from the "
            "spreadsheet, or as CSV."
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
        raise UserError(f"The first sheet of {path.name} is empty.")
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

    def warnings(self) -> list[str]:
        notes: list[str] = []
        seen: dict[str, str] = {}
        for header, name in zip(self.headers, self.fields, strict=True):
            if name is None:
                continue
            if name in seen and name not in MULTI_COLUMN_FIELDS:
                notes.append(
                    f"Columns '{seen[name]}' and '{header}' both give {FIELD_LABELS[name]}; "
                    f'the last one filled in wins. Leave one out with --map "{header}=".'
                )
            seen.setdefault(name, header)
        missing = self.missing_for_new
        if missing:
            labels = ", ".join(FIELD_LABELS[name] for name in missing)
            notes.append(
                f"No column gives {labels}: rows can update organisations already registered "
                'but cannot add new ones. Map a column to it with --map "Header=field".'
            )
        return notes


def parse_map_option(text: str) -> tuple[str, str | None]:
    """`"Charity Reg=charity_id"` -> ("Charity Reg", "charity_id"); `"Notes="` leaves it out."""
    header, sep, target = text.rpartition("=")
    if not sep or not header.strip():
        raise UserError(
            f"--map '{text}' is not in the form \"Header=field\". Write the column's header, "
            'an equals sign and the field (for example "Charity Reg=charity_id").'
        )
    target = target.strip()
    if not target or target.casefold() in ("-", "none", "ignore", "skip"):
        return header.strip(), None
    name = target if target in REGISTRATION_FIELDS else field_for(target)
    if name is None:
        raise UserError(
            f"--map '{text}': '{target}' is not a registration field. Use one of: "
            f"{', '.join(REGISTRATION_FIELDS)}."
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
                f"--map names the column '{header}', but the file has no such column. Its "
                f"columns are: {', '.join(headers)}."
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


# ---------------------------------------------------------------------------------------------
# Outcomes


@dataclass(frozen=True)
class RowOutcome:
    """What happened (or, in a dry run, would happen) to one row."""

    line: int
    status: Status
    name: str
    organisation_id: str | None = None
    changed_fields: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    matched_on: str | None = None  # "charity number", "name and postcode", "line 4"

    def describe(self) -> str:
        if self.status == "bad":
            who = f" ({self.name})" if self.name else ""
            return f"line {self.line}{who}: {' '.join(self.problems)}"
        if self.status == "updated":
            labels = ", ".join(FIELD_LABELS.get(f, f) for f in self.changed_fields)
            return f"line {self.line}: {self.name}: updated {labels} (matched on {self.matched_on})"
        if self.status == "unchanged":
            return f"line {self.line}: {self.name}: unchanged (matched on {self.matched_on})"
        return f"line {self.line}: {self.name}: added"


@dataclass(frozen=True)
class ImportResult:
    """The whole run: per-row outcomes and whether anything was written."""

    path: Path
    encoding: str
    mapping: ColumnMapping
    outcomes: tuple[RowOutcome, ...]
    dry_run: bool
    skip_bad_rows: bool
    written: bool

    def count(self, status: Status) -> int:
        return sum(1 for outcome in self.outcomes if outcome.status == status)

    @property
    def bad_rows(self) -> list[RowOutcome]:
        return [outcome for outcome in self.outcomes if outcome.status == "bad"]

    @property
    def counts(self) -> dict[str, int]:
        return {s: self.count(s) for s in ("added", "updated", "unchanged", "bad")}

    def summary(self) -> str:
        c = self.counts
        rows = f"{len(self.outcomes)} row{'s' if len(self.outcomes) != 1 else ''}"
        body = (
            f"{c['added']} added, {c['updated']} updated, {c['unchanged']} unchanged, "
            f"{c['bad']} bad"
        )
        if self.dry_run:
            return f"Dry run of {rows}: would be {body}. Nothing was written."
        if not self.written and c["bad"] and not self.skip_bad_rows:
            return (
                f"{rows}: {c['bad']} bad, so nothing was imported (all or nothing). Fix the "
                "rows listed, or choose to skip bad rows."
            )
        if not self.written:
            return f"{rows}: {body}. Nothing needed writing."
        skipped = f" ({c['bad']} bad rows skipped)" if c["bad"] else ""
        return f"Imported {rows}: {body}{skipped}."


# ---------------------------------------------------------------------------------------------
# Matching


def _name_key(name: Any, postcode: Any) -> tuple[str, str] | None:
    if not name or not postcode:
        return None
    return (" ".join(str(name).split()).casefold(), "".join(str(postcode).split()).casefold())


@dataclass
class _Known:
    """An organisation the file may match: one in the register, or one added earlier in it."""

    values: dict[str, Any]
    record_id: str | None = None  # None: added by an earlier row of this file
    line: int | None = None


@dataclass
class _Register:
    """Lookup of organisations by identifier and by name + postcode."""

    by_identifier: dict[tuple[str, str], _Known] = field(default_factory=dict)
    by_name: dict[tuple[str, str], list[_Known]] = field(default_factory=dict)

    def add(self, known: _Known) -> None:
        for name in IDENTIFIER_FIELDS:
            if known.values.get(name):
                self.by_identifier.setdefault((name, known.values[name]), known)
        key = _name_key(known.values.get("name"), known.values.get("postcode"))
        if key:
            self.by_name.setdefault(key, []).append(known)

    def forget(self, known: _Known) -> None:
        for key, value in list(self.by_identifier.items()):
            if value is known:
                del self.by_identifier[key]
        for matches in self.by_name.values():
            if known in matches:
                matches.remove(known)

    def match(self, values: Mapping[str, Any]) -> tuple[_Known | None, str | None, str | None]:
        """(match, what it matched on, problem). A problem means the row is ambiguous."""
        found: dict[int, tuple[_Known, str]] = {}
        for name in IDENTIFIER_FIELDS:
            if values.get(name) and (name, values[name]) in self.by_identifier:
                known = self.by_identifier[(name, values[name])]
                found.setdefault(id(known), (known, FIELD_LABELS[name].casefold()))
        if len(found) > 1:
            labels = " and ".join(how for _known, how in found.values())
            return (
                None,
                None,
                f"its {labels} belong to different organisations "
                f"({', '.join(_label(k) for k, _how in found.values())}). Check the numbers.",
            )
        if found:
            known, how = next(iter(found.values()))
            return known, how, None
        key = _name_key(values.get("name"), values.get("postcode"))
        for known in self.by_name.get(key, []) if key else []:
            # Same name at the same postcode but a different number of the same kind: two
            # organisations (branches, a charity and its trading company), not one.
            if any(
                values.get(n) and known.values.get(n) and values[n] != known.values[n]
                for n in IDENTIFIER_FIELDS
            ):
                continue
            return known, "name and postcode", None
        return None, None, None


def _same_text(a: Any, b: Any) -> bool:
    return " ".join(str(a).split()).casefold() == " ".join(str(b or "").split()).casefold()


def _label(known: _Known) -> str:
    where = f"line {known.line}" if known.record_id is None else "in the register"
    return f"{known.values.get('name')} ({where})"


def _normalised_identifiers(values: Mapping[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """Identifiers in org-id form for matching, before the whole row is validated."""
    normalisers = {
        "charity_id": normalise_charity_number,
        "company_id": normalise_company_number,
        "mutuals_id": normalise_mutuals_number,
    }
    clean = dict(values)
    problems: list[str] = []
    for name, normalise in normalisers.items():
        if clean.get(name):
            try:
                clean[name] = normalise(str(clean[name]))
            except InvalidValue as error:
                problems.append(str(error))
    if clean.get("postcode"):
        # A bad postcode is reported by the full validation, with the row's other problems.
        with contextlib.suppress(InvalidValue):
            clean["postcode"] = normalise_postcode(str(clean["postcode"]))
    return clean, problems


# ---------------------------------------------------------------------------------------------
# The service


@dataclass
class _Plan:
    outcomes: list[RowOutcome] = field(default_factory=list)
    creates: list[tuple[int, dict[str, Any], str]] = field(default_factory=list)
    updates: list[tuple[int, str, dict[str, Any]]] = field(default_factory=list)


ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]


class RegistrationImportService:
    """Reads, checks and imports registration spreadsheets, in one transaction or not at all."""

    def __init__(self, store: Store, ward_list: WardList | None = None):
        self.store = store
        self._ward_list = ward_list

    @property
    def ward_list(self) -> WardList:
        if self._ward_list is None:
            self._ward_list = council_ward_list(self.store)
        return self._ward_list

    def read(
        self, path: str | Path, overrides: Mapping[str, str | None] | None = None
    ) -> tuple[Sheet, ColumnMapping]:
        sheet = read_sheet(path)
        return sheet, map_columns(sheet.headers, overrides)

    def preview(
        self, path: str | Path, overrides: Mapping[str, str | None] | None = None
    ) -> ImportResult:
        """What importing would do, row by row, without writing anything."""
        return self.import_file(path, overrides=overrides, dry_run=True)

    def import_file(
        self,
        path: str | Path,
        *,
        overrides: Mapping[str, str | None] | None = None,
        skip_bad_rows: bool = False,
        dry_run: bool = False,
        progress: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
    ) -> ImportResult:
        """Import a registration list.

        All or nothing (the default): any bad row means nothing is written. With
        `skip_bad_rows`, the good rows are written and the bad ones reported. Either way the
        writes are one transaction: a cancel or a failure part way leaves the register as it
        was. `progress(done, total)` counts rows checked, then rows written.
        """
        sheet, mapping = self.read(path, overrides)
        return self.import_sheet(
            sheet,
            mapping,
            skip_bad_rows=skip_bad_rows,
            dry_run=dry_run,
            progress=progress,
            should_cancel=should_cancel,
        )

    def import_sheet(
        self,
        sheet: Sheet,
        mapping: ColumnMapping,
        *,
        skip_bad_rows: bool = False,
        dry_run: bool = False,
        progress: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
    ) -> ImportResult:
        def cancelled() -> None:
            if should_cancel is not None and should_cancel():
                raise InterruptedError("The import was cancelled; nothing was imported.")

        total = len(sheet.rows)
        written = False
        with self.store.session() as session:
            existing = session.scalars(
                select(Organisation).where(Organisation.deleted_at.is_(None))
            ).all()
            records = {record.id: record for record in existing}
            register = _Register()
            for record in existing:
                register.add(
                    _Known({f: getattr(record, f) for f in REGISTRATION_FIELDS}, record.id)
                )
            plan = self._plan(sheet, mapping, register, progress, cancelled)
            bad = any(outcome.status == "bad" for outcome in plan.outcomes)
            work = len(plan.creates) + len(plan.updates)
            if not dry_run and work and (skip_bad_rows or not bad):
                writer = RecordWriter(session, self.store.device_id)
                done = 0
                for _line, values, record_id in plan.creates:
                    writer.create(Organisation, values, record_id=record_id)
                    done += 1
                    if done % 200 == 0:
                        cancelled()
                        session.flush()
                        if progress:
                            progress(done, work)
                for _line, record_id, changes in plan.updates:
                    writer.update(records[record_id], changes)
                    done += 1
                    if done % 200 == 0:
                        cancelled()
                        if progress:
                            progress(done, work)
                cancelled()
                written = True
            if progress:
                progress(total, total)
        return ImportResult(
            path=sheet.path,
            encoding=sheet.encoding,
            mapping=mapping,
            outcomes=tuple(plan.outcomes),
            dry_run=dry_run,
            skip_bad_rows=skip_bad_rows,
            written=written,
        )

    # -- planning -----------------------------------------------------------------------------

    def _plan(
        self,
        sheet: Sheet,
        mapping: ColumnMapping,
        register: _Register,
        progress: ProgressCallback | None,
        cancelled: Callable[[], None],
    ) -> _Plan:
        plan = _Plan()
        # The clean values each existing record will have once earlier rows are applied, so
        # two rows for one organisation are compared with each other, not only with the store.
        pending_updates: dict[str, dict[str, Any]] = {}
        # The line that first matched each registered organisation.
        first_line: dict[str, int] = {}
        for number, row in enumerate(sheet.rows, start=1):
            if number % 200 == 0:
                cancelled()
                if progress:
                    progress(number, len(sheet.rows))
            raw = row_values(row, mapping)
            name = " ".join(str(raw.get("name") or "").split())
            if not raw:
                continue
            keys, id_problems = _normalised_identifiers(raw)
            if id_problems:
                plan.outcomes.append(RowOutcome(row.line, "bad", name, problems=tuple(id_problems)))
                continue
            known, how, ambiguity = register.match(keys)
            if ambiguity:
                plan.outcomes.append(
                    RowOutcome(
                        row.line, "bad", name, problems=(f"This row is ambiguous: {ambiguity}",)
                    )
                )
                continue
            if known is None:
                outcome, values = self._new(row.line, raw)
                plan.outcomes.append(outcome)
                if values is not None and outcome.organisation_id is not None:
                    plan.creates.append((row.line, values, outcome.organisation_id))
                    register.add(_Known(values, None, row.line))
                continue
            if known.record_id is None:
                plan.outcomes.append(self._repeat(row.line, raw, known, how))
                continue
            current = pending_updates.get(known.record_id, known.values)
            outcome, cleaned = self._update(row.line, raw, known.record_id, current, how)
            earlier = first_line.get(known.record_id)
            if earlier is not None and outcome.status != "bad":
                # A second row for one organisation must agree with the first, or each run
                # would flip the record between the two.
                outcome = _second_row(outcome, earlier, how)
                cleaned = None
            elif outcome.status != "bad":
                first_line[known.record_id] = row.line
            plan.outcomes.append(outcome)
            if cleaned is not None and outcome.changed_fields:
                pending_updates[known.record_id] = cleaned
                register.forget(known)
                register.add(_Known(cleaned, known.record_id))
        for record_id, cleaned in pending_updates.items():
            line = max(o.line for o in plan.outcomes if o.organisation_id == record_id)
            plan.updates.append((line, record_id, cleaned))
        return plan

    def _new(self, line: int, raw: dict[str, Any]) -> tuple[RowOutcome, dict[str, Any] | None]:
        name = str(raw.get("name") or "")
        try:
            values = validate_registration(raw, ward_list=self.ward_list)
        except RegistrationError as error:
            return RowOutcome(line, "bad", name, problems=_messages(error)), None
        return RowOutcome(line, "added", values["name"], organisation_id=new_id()), values

    def _update(
        self,
        line: int,
        raw: dict[str, Any],
        record_id: str,
        current: Mapping[str, Any],
        how: str | None,
    ) -> tuple[RowOutcome, dict[str, Any] | None]:
        name = str(current.get("name") or raw.get("name") or "")
        if raw.get("name") and _same_text(raw["name"], current.get("name")):
            # A list that writes the name in capitals is the same name, not a rename.
            raw = {k: v for k, v in raw.items() if k != "name"}
        try:
            cleaned = validate_registration_update(current, raw, self.ward_list)
        except RegistrationError as error:
            return RowOutcome(line, "bad", name, record_id, problems=_messages(error)), None
        changed = tuple(
            f for f in REGISTRATION_FIELDS if json_value(cleaned[f]) != json_value(current.get(f))
        )
        status: Status = "updated" if changed else "unchanged"
        return (
            RowOutcome(line, status, cleaned["name"], record_id, changed, matched_on=how),
            cleaned,
        )

    def _repeat(self, line: int, raw: dict[str, Any], known: _Known, how: str | None) -> RowOutcome:
        """A row for an organisation an earlier row of the same file adds."""
        name = str(known.values.get("name") or "")
        if raw.get("name") and _same_text(raw["name"], name):
            raw = {k: v for k, v in raw.items() if k != "name"}
        try:
            cleaned = validate_registration_update(known.values, raw, self.ward_list)
        except RegistrationError as error:
            return RowOutcome(line, "bad", name, problems=_messages(error))
        differs = [
            FIELD_LABELS[f]
            for f in REGISTRATION_FIELDS
            if json_value(cleaned[f]) != json_value(known.values.get(f))
        ]
        if differs:
            return RowOutcome(
                line,
                "bad",
                name,
                problems=(
                    f"Line {known.line} already adds {name} (same {how}), with a different "
                    f"{', '.join(differs)}. Keep one row for each organisation.",
                ),
            )
        return RowOutcome(line, "unchanged", name, matched_on=f"line {known.line}")


def _second_row(outcome: RowOutcome, earlier: int, how: str | None) -> RowOutcome:
    if not outcome.changed_fields:
        return replace(outcome, status="unchanged", matched_on=f"line {earlier}")
    labels = ", ".join(FIELD_LABELS.get(f, f) for f in outcome.changed_fields)
    return replace(
        outcome,
        status="bad",
        changed_fields=(),
        problems=(
            f"Line {earlier} already gives {outcome.name} (same {how}), with a different "
            f"{labels}. Keep one row for each organisation.",
        ),
    )


def _messages(error: RegistrationError) -> tuple[str, ...]:
    return tuple(problem.message for problem in error.problems)
