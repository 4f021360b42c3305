"""Council: building field packs, the signed bundles that carry the council's data to laptops.

A pack is a bundle (same format, same signature) whose manifest says `field-pack` and names
the laptop it is for and the organisations in its scope (docs/bundle-format.md, "Field
packs"). What it carries is built section by section (`pack_content.PACK_SECTIONS`):

- the organisations in scope (all, some wards, or those a laptop has worked with), with the
  contact person only where the consent covers contact by the council; withheld fields travel
  empty under a stamp older than any real edit, so they never overwrite what a laptop holds;
- the completed assessments of those organisations with their form snapshots, participants,
  answers, action plans and action reviews, so the radar overlay and follow-up work anywhere;
- the council resources (forms, support offers, ward file), published from the council's
  current files first;
- for a pack made for one laptop, the council's review notes on the work that laptop did
  (states and comments, issue 15).

Packs for a laptop are incremental: what changed since the last pack for that laptop, plus
everything about organisations that came into its scope. `full=True`, or a pack for no
particular laptop, carries everything. Each pack is recorded in the `packs` table.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import or_, select

from desktop.errors import Cancelled, UserError
from desktop.services.sync.export import (
    BATCH_RECORDS,
    TABLE_NAMES,
    RecordReader,
    TableQuery,
    encode_batch,
    synced_table,
)
from desktop.services.sync.pack_columns import (  # noqa: F401 - packs' names, as before
    CONTACT_CONSENT,
    CONTACT_FIELDS,
    WITHHELD_STAMP,
    withhold_contact,
)
from desktop.services.sync.pack_content import PackScope, SectionTables, pack_sections
from desktop.store.db import Store, in_chunks
from desktop.store.models import AuditEvent, Counter, ImportRecord, PackRecord
from desktop.version import app_version
from sync._gc import gc_paused

Progress = Callable[[int, int], None]
PACK_SUFFIX = ".gapkit"

SCOPES = {
    "all": "All organisations",
    "wards": "Organisations in some wards",
    "worked-with": "Organisations the laptop worked with",
}
# Organisations and action items are read in smaller batches than other tables: 5,000 and
# 10,000 of them then make chunks enough for the export's second process to take a share
# (`RecordReader.encoded`): of the organisations while it is starting, of the action items
# while this process finishes writing the answers. (Not the participants: the second process
# begins the answers while this one writes them.)
SMALL_TABLE_BATCH_RECORDS = 500
FAMILY_TABLES = ("participants", "responses", "action_items", "action_reviews")


class NothingNewForPack(UserError):
    """Nothing changed for that laptop since its last pack."""


@dataclass(frozen=True)
class PackResult:
    path: Path
    bundle_id: str
    bundle_seq: int
    device_id: str | None
    scope: str
    wards: tuple[str, ...]
    full: bool
    counts: dict[str, int]
    organisations_in_scope: int
    size: int
    seconds: float

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class PackHistoryEntry:
    bundle_id: str
    bundle_seq: int
    created_at: datetime
    path: str
    device_id: str | None
    device_name: str | None
    scope: str
    wards: tuple[str, ...]
    full: bool
    counts: dict[str, int]
    organisations_in_scope: int

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# ---------------------------------------------------------------------------------------------
# Sections


def _changed_or(table: Any, scope: PackScope, column: Any, ids: Iterable[str]) -> list[Any]:
    """Rows changed since the laptop's last pack, or whose `column` is one of `ids`."""
    upper = table.c.change_seq <= scope.to_seq
    if scope.full:
        return [upper]
    wanted = sorted(set(ids))
    changed = table.c.change_seq > scope.since
    if not wanted:
        return [changed, upper]
    return [or_(changed, *[column.in_(chunk) for chunk in in_chunks(wanted)]), upper]


def organisations_section(reader: RecordReader, scope: PackScope) -> SectionTables:
    """The organisations in scope, read while the pack is written (5,000 of them at a council)."""
    table = synced_table("organisations")
    conditions = _changed_or(table, scope, table.c.id, scope.new_organisation_ids)
    return {
        "organisations": TableQuery(
            table,
            tuple(conditions),
            only=("id", frozenset(scope.organisation_ids)),
            adjust=withhold_contact,
            batch_records=SMALL_TABLE_BATCH_RECORDS,
        )
    }


def assessments_section(reader: RecordReader, scope: PackScope) -> SectionTables:
    """Completed assessments of organisations in scope, each with its whole family when it is
    new to the laptop, and later changes to families the laptop already has."""
    assessments = synced_table("assessments")
    rows = reader.records_where(
        assessments,
        assessments.c.status == "completed",
        *_changed_or(assessments, scope, assessments.c.organisation_id, scope.new_organisation_ids),
    )
    chosen = [r for r in rows if r["organisation_id"] in scope.organisation_ids]
    scope.whole_assessments.update(r["id"] for r in chosen)
    # Families the laptop already has may have changed too (an action marked done).
    every_completed = (
        reader.records_where(
            assessments,
            assessments.c.status == "completed",
            assessments.c.change_seq <= scope.to_seq,
        )
        if not scope.full
        else chosen
    )
    scope.sent_assessments.update(
        r["id"] for r in every_completed if r["organisation_id"] in scope.organisation_ids
    )
    tables: SectionTables = {"assessments": chosen}
    sent = frozenset(scope.sent_assessments)
    for name in FAMILY_TABLES:
        # the answers are most of a pack: read while it is written, batch by batch
        table = synced_table(name)
        conditions = _changed_or(table, scope, table.c.assessment_id, scope.whole_assessments)
        tables[name] = TableQuery(
            table,
            tuple(conditions),
            only=("assessment_id", sent),
            batch_records=SMALL_TABLE_BATCH_RECORDS if name == "action_items" else None,
        )
    snapshot_ids = sorted({r["form_snapshot_id"] for r in chosen})
    snapshots = synced_table("form_snapshots")
    tables["form_snapshots"] = [
        record
        for chunk in in_chunks(snapshot_ids)
        for record in reader.records_where(snapshots, snapshots.c.id.in_(chunk))
    ]
    return tables


def resources_section(reader: RecordReader, scope: PackScope) -> SectionTables:
    table = synced_table("council_resources")
    upper = table.c.change_seq <= scope.to_seq
    conditions = [upper] if scope.full else [table.c.change_seq > scope.since, upper]
    return {"council_resources": reader.records_where(table, *conditions)}


def erasures_section(reader: RecordReader, scope: PackScope) -> SectionTables:
    """Erase events (docs/privacy.md): every laptop scrubs the erased values from its copies,
    in scope or not, so they go to every laptop whatever the scope."""
    from sync.erasure import ERASE_ACTION, ERASE_HISTORY_ACTION

    table = synced_table("audit_events")
    conditions = [
        table.c.action.in_([ERASE_ACTION, ERASE_HISTORY_ACTION]),
        table.c.change_seq <= scope.to_seq,
    ]
    if not scope.full:
        conditions.append(table.c.change_seq > scope.since)
    return {"audit_events": reader.records_where(table, *conditions)}


def receipt_section(reader: RecordReader, scope: PackScope) -> SectionTables:
    """Tells the laptop which of its bundles the council has merged (docs/privacy.md): one
    audit event `receipt` naming its latest merged bundle number, sent when a bundle of it
    was merged since its last pack. Its id and times follow from that import, so the same
    receipt sent twice is the same record. The laptop may then forget the completed work
    those bundles carried (`FieldPackService.forget_confirmed_work`)."""
    from sync.erasure import receipt_event

    if scope.device_id is None:
        return {}
    imports = ImportRecord.__table__
    rows = reader.rows(
        select(imports.c.bundle_seq, imports.c.imported_at, imports.c.summary)
        .where(
            imports.c.device_id == scope.device_id,
            imports.c.status == "merged",
            imports.c.kind == "field-export",
            imports.c.bundle_seq.is_not(None),
        )
        .order_by(imports.c.bundle_seq.desc())
    )
    if not rows:
        return {}
    seq, imported_at, summary = rows[0]
    if isinstance(summary, str):
        import json

        summary = json.loads(summary)
    change = (summary or {}).get("change_seq")
    if not scope.full and isinstance(change, int) and change <= scope.since:
        return {}
    if isinstance(imported_at, str):
        imported_at = datetime.fromisoformat(imported_at.replace("Z", "+00:00"))
    if imported_at.tzinfo is None:
        imported_at = imported_at.replace(tzinfo=UTC)
    council_id = reader.store.device_id
    return {"audit_events": [receipt_event(council_id, scope.device_id, int(seq), imported_at)]}


def _keep_receipts(session: Any, events: Iterable[dict[str, Any]]) -> None:
    """The council keeps the receipts it sends, so a laptop's full export carrying them back
    is passing on what the council holds (authority rule 1). Change number 0: they are
    bookkeeping, never sent again by change."""
    from desktop.store.records import parse_iso
    from sync.erasure import RECEIPT_ACTION

    for event in events:
        if event.get("action") != RECEIPT_ACTION or session.get(AuditEvent, event["id"]):
            continue
        at = parse_iso(event["at"])
        session.add(
            AuditEvent(
                id=event["id"],
                created_at=at,
                modified_at=at,
                modified_by=event["modified_by"],
                rev=1,
                deleted_at=None,
                change_seq=0,
                field_stamps=dict(event["_stamps"]),
                entity_type=event["entity_type"],
                entity_id=event["entity_id"],
                field=event["field"],
                old_value=None,
                new_value=event["new_value"],
                at=at,
                device_id=event["device_id"],
                action=RECEIPT_ACTION,
            )
        )


def reviews_section(reader: RecordReader, scope: PackScope) -> SectionTables:
    """The council's review notes (states and comments) on assessments the pack's laptop
    worked on, so its worker sees what to fix. Only for a pack made for one laptop, and only
    for assessments the laptop holds or gets in this pack (`sent_assessments`: their
    organisation is in scope), so every note's assessment is there when it lands."""
    if scope.device_id is None or not scope.sent_assessments:
        return {}
    notes = synced_table("review_notes")
    assessments = synced_table("assessments")
    audit = AuditEvent.__table__
    # the laptop that made the latest change, or any change in the trail it sent
    worked_on = select(assessments.c.id).where(
        or_(
            assessments.c.modified_by == scope.device_id,
            assessments.c.id.in_(
                select(audit.c.entity_id).where(
                    audit.c.device_id == scope.device_id, audit.c.entity_type == "assessments"
                )
            ),
        )
    )
    rows = reader.records_where(
        notes,
        notes.c.assessment_id.in_(worked_on),
        *_changed_or(notes, scope, notes.c.assessment_id, ()),
    )
    return {"review_notes": [r for r in rows if r["assessment_id"] in scope.sent_assessments]}


# ---------------------------------------------------------------------------------------------
# Scope


def worked_with(reader: RecordReader, device_id: str) -> set[str]:
    """Organisations a laptop registered, edited or assessed (from the audit trail it sent)."""
    audit = AuditEvent.__table__
    assessments = synced_table("assessments")
    query = select(audit.c.entity_id).where(
        audit.c.device_id == device_id, audit.c.entity_type == "organisations"
    )
    ids = {row for row in reader.column(query)}
    assessed = select(assessments.c.organisation_id).where(
        or_(
            assessments.c.modified_by == device_id,
            assessments.c.id.in_(
                select(audit.c.entity_id).where(
                    audit.c.device_id == device_id, audit.c.entity_type == "assessments"
                )
            ),
        )
    )
    ids.update(reader.column(assessed))
    return ids


def organisations_in_scope(
    reader: RecordReader, scope: str, wards: Sequence[str], device_id: str | None
) -> set[str]:
    organisations = synced_table("organisations")
    if scope == "all":
        return set(reader.column(select(organisations.c.id)))
    if scope == "wards":
        from desktop.registration.wards import ward_key

        wanted = {ward_key(w) for w in wards}
        rows = reader.rows(select(organisations.c.id, organisations.c.ward))
        return {org_id for org_id, ward in rows if ward and ward_key(ward) in wanted}
    if device_id is None:
        raise UserError("A pack of the organisations a laptop worked with needs that laptop.")
    return worked_with(reader, device_id)


# ---------------------------------------------------------------------------------------------
# The service


class PackService:
    """Council: builds field packs and remembers them per laptop."""

    def __init__(self, store: Store):
        self.store = store

    def history(self, device_id: str | None = None) -> list[PackHistoryEntry]:
        from desktop.store.models import Device

        with self.store.session() as session:
            names = {row[0]: row[1] for row in session.execute(select(Device.id, Device.name))}
            query = select(PackRecord).order_by(PackRecord.bundle_seq.desc())
            if device_id is not None:
                query = query.where(PackRecord.device_id == device_id)
            return [
                PackHistoryEntry(
                    bundle_id=row.bundle_id,
                    bundle_seq=row.bundle_seq,
                    created_at=row.created_at,
                    path=row.path,
                    device_id=row.device_id,
                    device_name=names.get(row.device_id or ""),
                    scope=row.scope,
                    wards=tuple(row.wards or ()),
                    full=row.full,
                    counts=dict(row.counts or {}),
                    organisations_in_scope=len(row.organisation_ids or ()),
                )
                for row in session.scalars(query)
            ]

    def build_pack(
        self,
        out_path: str | Path,
        *,
        wards: Sequence[str] = (),
        device_id: str | None = None,
        scope: str | None = None,
        full: bool = False,
        progress: Progress | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> PackResult:
        """Write a field pack to `out_path` (a file, or a folder to name it in) and record it.

        `scope` is "all", "wards" (needs `wards`) or "worked-with" (needs `device_id`); by
        default "wards" when wards are given, else "all". With a `device_id` the pack holds
        what changed since that laptop's last pack, unless `full`.
        """
        with gc_paused():
            return self._build(
                Path(out_path).expanduser(),
                wards=tuple(w.strip() for w in wards if w.strip()),
                device_id=device_id,
                scope=scope or ("wards" if wards else "all"),
                full=full or device_id is None,
                progress=progress,
                should_cancel=should_cancel,
            )

    def _check_choices(
        self, scope: str, wards: tuple[str, ...], device_id: str | None
    ) -> str | None:
        """Validates the choices; returns the laptop's name."""
        if scope not in SCOPES:
            raise UserError(
                "Unknown scope {scope!r}: choose one of {scopes}.",
                scope=scope,
                scopes=", ".join(SCOPES),
            )
        if scope == "wards":
            if not wards:
                raise UserError("Name at least one ward for a ward pack (--ward).")
            from desktop.services.organisations import council_ward_list

            ward_list = council_ward_list(self.store)
            unknown = [w for w in wards if ward_list.find(w) is None]
            if unknown:
                raise UserError(
                    "Not a ward of {wards_of}: {unknown}. The wards are: {wards}.",
                    wards_of=ward_list.title,
                    unknown=", ".join(unknown),
                    wards=", ".join(ward_list.names),
                )
        if device_id is None:
            if scope == "worked-with":
                raise UserError("A pack of the organisations a laptop worked with needs --device.")
            return None
        from desktop.services.sync.trust import TrustedDeviceService, status_word

        device = TrustedDeviceService(self.store).get(device_id)
        if device.status not in ("enrolled",):
            raise UserError(
                "{name} is {status}, not an enrolled laptop; enrol or approve it "
                "before sending it a pack.",
                name=device.name,
                status=status_word(device.status),
            )
        return device.id

    def _build(
        self,
        out_path: Path,
        *,
        wards: tuple[str, ...],
        device_id: str | None,
        scope: str,
        full: bool,
        progress: Progress | None,
        should_cancel: Callable[[], bool] | None,
    ) -> PackResult:
        from desktop.services.devices import DeviceService
        from desktop.services.resources import CouncilResourceService
        from sync.errors import BundleWriteError
        from sync.manifest import Manifest, PackInfo
        from sync.writer import EncodedBatch, check_record_keys, write_bundle_stream

        started = time.perf_counter()

        def check_cancel() -> None:
            if should_cancel is not None and should_cancel():
                raise Cancelled("Pack cancelled; nothing was written.")

        def report(done: float) -> None:
            if progress is not None:
                progress(round(done), 100)

        device_id = self._check_choices(scope, wards, device_id)
        report(0)
        CouncilResourceService(self.store).publish()
        signing_key = DeviceService(self.store).key()
        last = None if full or device_id is None else self._last_pack(device_id)
        check_cancel()
        with RecordReader(self.store, helper=True) as reader:
            # the answers are most of a pack: a second process reads them with this one
            reader.start_helper_if_any_holds(FAMILY_TABLES)
            to_seq = int(
                reader.scalar(
                    select(Counter.__table__.c.value).where(
                        Counter.__table__.c.name == "change_seq"
                    )
                )
                or 0
            )
            in_scope = organisations_in_scope(reader, scope, wards, device_id)
            previous = set(last.organisation_ids or ()) if last is not None else set()
            pack_scope = PackScope(
                organisation_ids=frozenset(in_scope),
                new_organisation_ids=frozenset(in_scope - previous),
                since=last.to_seq if last is not None else -1,
                to_seq=to_seq,
                device_id=device_id,
            )
            tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
            queries: dict[str, list[TableQuery]] = {name: [] for name in TABLE_NAMES}
            sections = pack_sections()
            for number, section in enumerate(sections, start=1):
                check_cancel()
                for name, content in section.build(reader, pack_scope).items():
                    if isinstance(content, TableQuery):
                        queries[name].append(content)
                    else:
                        tables[name].extend(content)
                report(40 * number / len(sections))
            check_record_keys(tables)

            def begin_next(after: int) -> None:
                """The second process starts on the next big table it will read (one at a
                time): the first (the organisations, of a full pack) now, each next one as
                soon as the one before is written, so it works on the answers while this
                process writes the small tables before them."""
                for name in TABLE_NAMES[after:]:
                    if any(reader.prepare(query) for query in queries[name]):
                        return
                # none left for it: it ends while this process writes the rest
                reader.finish_helper()

            begin_next(0)
            bundle_seq = reader.next_bundle_seq()
            check_cancel()
            now = datetime.now(UTC)
            destination = self._destination(out_path, device_id, bundle_seq, now)
            manifest = Manifest.new(
                kind="field-pack",
                device_id=self.store.device_id,
                device_name=self.store.device_name,
                bundle_seq=bundle_seq,
                from_seq=max(pack_scope.since, 0),
                to_seq=to_seq,
                app_version=app_version(),
                full=pack_scope.full,
                include_drafts=False,
                created_at=now,
                pack=PackInfo(
                    for_device_id=device_id,
                    scope=scope,  # type: ignore[arg-type]
                    wards=list(wards),
                    organisation_ids=sorted(in_scope),
                ),
            )

            def batches(number: int, name: str) -> Iterator[EncodedBatch]:
                records = tables[name]
                for start in range(0, len(records), BATCH_RECORDS):
                    yield encode_batch(name, records[start : start + BATCH_RECORDS])
                for query in queries[name]:
                    yield from reader.encoded_query(query)
                begin_next(number)
                report(40 + 60 * number / len(TABLE_NAMES))

            def finish(manifest: Manifest) -> Manifest:
                if last is not None and not any(manifest.counts.values()) and in_scope == previous:
                    raise NothingNewForPack(
                        "Nothing has changed for that laptop since its last pack; choose a full "
                        "pack to send everything again."
                    )
                return manifest

            try:
                info = write_bundle_stream(
                    destination,
                    manifest=manifest,
                    tables={
                        name: batches(number, name)
                        for number, name in enumerate(TABLE_NAMES, start=1)
                    },
                    signing_key=signing_key,
                    should_cancel=should_cancel,
                    finish_manifest=finish,
                    file_sha256=False,  # a pack's record keeps no hash of its file
                )
            except Cancelled:
                raise Cancelled("Pack cancelled; nothing was written.") from None
            except BundleWriteError as error:
                raise UserError(error.message) from error
        try:
            with self.store.session() as session:
                session.add(
                    PackRecord(
                        bundle_id=manifest.bundle_id,
                        bundle_seq=bundle_seq,
                        created_at=now,
                        path=str(info.path),
                        device_id=device_id,
                        scope=scope,
                        wards=list(wards),
                        full=pack_scope.full,
                        from_seq=max(pack_scope.since, 0),
                        to_seq=to_seq,
                        counts=dict(info.counts),
                        organisation_ids=sorted(in_scope),
                    )
                )
                _keep_receipts(session, tables.get("audit_events", ()))
        except BaseException:
            info.path.unlink(missing_ok=True)
            raise
        return PackResult(
            path=info.path,
            bundle_id=manifest.bundle_id,
            bundle_seq=bundle_seq,
            device_id=device_id,
            scope=scope,
            wards=wards,
            full=pack_scope.full,
            counts=info.counts,
            organisations_in_scope=len(in_scope),
            size=info.size,
            seconds=time.perf_counter() - started,
        )

    def _last_pack(self, device_id: str) -> PackRecord | None:
        with self.store.session() as session:
            row = session.scalars(
                select(PackRecord)
                .where(PackRecord.device_id == device_id)
                .order_by(PackRecord.bundle_seq.desc())
                .limit(1)
            ).first()
            if row is not None:
                session.expunge(row)
            return row

    def _destination(
        self, out: Path, device_id: str | None, bundle_seq: int, now: datetime
    ) -> Path:
        if out.is_dir():
            who = (device_id or "all")[:8]
            name = f"gapkit-pack-{who}-{bundle_seq}-{now.date().isoformat()}{PACK_SUFFIX}"
            candidate = out / name
            number = 2
            while candidate.exists():
                candidate = out / f"{name.removesuffix(PACK_SUFFIX)}-{number}{PACK_SUFFIX}"
                number += 1
            return candidate
        if out.exists():
            raise UserError(
                "{path} already exists. Choose another file name, or a folder.", path=out
            )
        if not out.parent.is_dir():
            raise UserError(
                "The folder {folder} does not exist; choose another place.", folder=out.parent
            )
        return out
