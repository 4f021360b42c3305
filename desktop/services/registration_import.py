"""Bulk registration import: a council's spreadsheet of organisations into the register, in one transaction or not at all."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.errors import Cancelled, Message
from desktop.registration.choices import FIELD_LABELS, REGISTRATION_FIELDS
from desktop.registration.matching import (
    ImportResult,
    KnownOrganisation,
    RegisterIndex,
    RowOutcome,
    matched_on_line,
    normalised_identifiers,
    same_text,
)
from desktop.registration.problems import RegistrationError
from desktop.registration.spreadsheet import (
    ColumnMapping,
    Sheet,
    Status,
    map_columns,
    read_sheet,
    row_values,
)
from desktop.registration.validation import validate_registration, validate_registration_update
from desktop.registration.wards import WardList
from desktop.services.organisations import council_ward_list
from desktop.services.scores import rescore_organisations
from desktop.store.db import Store
from desktop.store.models import Organisation, new_id
from desktop.store.records import RecordWriter, json_value

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
                raise Cancelled("The import was cancelled; nothing was imported.")

        total = len(sheet.rows)
        written = False
        with self.store.session() as session:
            existing = session.scalars(
                select(Organisation).where(Organisation.deleted_at.is_(None))
            ).all()
            records = {record.id: record for record in existing}
            register = RegisterIndex()
            for record in existing:
                register.add(
                    KnownOrganisation(
                        {f: getattr(record, f) for f in REGISTRATION_FIELDS}, record.id
                    )
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
                # A registration answer can show or hide questions, so scores can change.
                rescore_organisations(session, [record_id for _l, record_id, _c in plan.updates])
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
        register: RegisterIndex,
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
            keys, id_problems = normalised_identifiers(raw)
            if id_problems:
                plan.outcomes.append(RowOutcome(row.line, "bad", name, problems=tuple(id_problems)))
                continue
            known, how, ambiguity = register.match(keys)
            if ambiguity:
                plan.outcomes.append(
                    RowOutcome(
                        row.line,
                        "bad",
                        name,
                        problems=(Message("This row is ambiguous: {problem}", problem=ambiguity),),
                    )
                )
                continue
            if known is None:
                outcome, values = self._new(row.line, raw)
                plan.outcomes.append(outcome)
                if values is not None and outcome.organisation_id is not None:
                    plan.creates.append((row.line, values, outcome.organisation_id))
                    register.add(KnownOrganisation(values, None, row.line))
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
                register.add(KnownOrganisation(cleaned, known.record_id))
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
        if raw.get("name") and same_text(raw["name"], current.get("name")):
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

    def _repeat(
        self, line: int, raw: dict[str, Any], known: KnownOrganisation, how: str | None
    ) -> RowOutcome:
        """A row for an organisation an earlier row of the same file adds."""
        name = str(known.values.get("name") or "")
        if raw.get("name") and same_text(raw["name"], name):
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
                    Message(
                        "Line {line} already adds {name} (same {how}), with a different "
                        "{fields}. Keep one row for each organisation.",
                        line=known.line,
                        name=name,
                        how=how,
                        fields=", ".join(differs),
                    ),
                ),
            )
        return RowOutcome(line, "unchanged", name, matched_on=matched_on_line(known.line))


def _second_row(outcome: RowOutcome, earlier: int, how: str | None) -> RowOutcome:
    if not outcome.changed_fields:
        return replace(outcome, status="unchanged", matched_on=matched_on_line(earlier))
    labels = ", ".join(FIELD_LABELS.get(f, f) for f in outcome.changed_fields)
    return replace(
        outcome,
        status="bad",
        changed_fields=(),
        problems=(
            Message(
                "Line {line} already gives {name} (same {how}), with a different "
                "{fields}. Keep one row for each organisation.",
                line=earlier,
                name=outcome.name,
                how=how,
                fields=labels,
            ),
        ),
    )


def _messages(error: RegistrationError) -> tuple[str, ...]:
    return tuple(problem.message for problem in error.problems)
