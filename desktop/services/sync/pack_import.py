"""Laptop side of field packs: whose packs are accepted, what a pack changed, forgetting.

The import itself is the council import (`ImportService`, one transaction, same checks, same
merge rule); a pack differs only in whose key signs it (the council this laptop trusts,
`council_trust.py`), in the checks below, and in change numbers (see
`ImportService._merge_verified`). `FieldPackService` answers the Sync page: the last pack and
what it changed, and which organisations fell out of the laptop's scope and may be forgotten.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, delete, func, or_, select
from sqlalchemy.orm import Session

from desktop.errors import Message, UserError
from desktop.services.sync.council_trust import COUNCIL
from desktop.store.db import Store, in_chunks
from desktop.store.models import (
    ActionItem,
    ActionReview,
    Assessment,
    AuditEvent,
    Conflict,
    Device,
    ExportRecord,
    ImportRecord,
    Organisation,
    Participant,
    Response,
    ReviewNote,
)

# Tables whose changed record ids an import keeps in its summary (the Sync page lists them).
CHANGES_LISTED = ("organisations", "assessments", "council_resources")


def wrong_kind_message(source: str, kind: str) -> Message:
    if kind == "field-export":
        return Message(
            "{source} is a laptop's export (a bundle for the council), not a field pack from "
            "the council; nothing was imported.",
            source=source,
        )
    return Message(
        "{source} is a {kind}, which is not imported here; nothing was imported.",
        source=source,
        kind=kind,
    )


def is_council_installation(store: Store) -> bool:
    from desktop.services.settings import SettingKey, SettingsService

    return bool(SettingsService(store).get(SettingKey.COUNCIL_MODE, False))


def authenticate_pack(session: Session, store: Store, bundle: Any) -> None:
    """Accept only packs made by the trusted council, for this laptop, signed with its key."""
    name = bundle.source
    council = session.scalars(select(Device).where(Device.status == COUNCIL)).first()
    if council is None or council.public_key is None:
        raise UserError(
            "{source} is a field pack, but this laptop trusts no council yet. Trust the "
            "council's key first (Settings, or `gapkit council trust FILE` with the council's "
            "device file); nothing was imported.",
            source=name,
        )
    if bundle.device_id != council.id:
        raise UserError(
            "{source} was made by {maker} (device {device_id}), not by "
            "{council}, the council this laptop trusts; nothing was imported.",
            source=name,
            maker=bundle.device_name,
            device_id=bundle.device_id,
            council=council.name,
        )
    pack = bundle.manifest.pack
    if pack.for_device_id is not None and pack.for_device_id != store.device_id:
        raise UserError(
            "{source} was made for another laptop (device {device_id}); ask the "
            "council for a pack for this one. Nothing was imported.",
            source=name,
            device_id=pack.for_device_id,
        )
    bundle.verify(council.public_key, stream=True)  # the import reads it a table at a time


def check_pack_records(bundle: Any, records: Mapping[str, Sequence[dict[str, Any]]]) -> None:
    """What a pack carries must be usable here: resources load, form snapshots are forms."""
    from pydantic import ValidationError

    from desktop.services.resources import check_resource_record
    from forms.models import FormDefinition

    for index, record in enumerate(records.get("council_resources", ())):
        problem = check_resource_record(record)
        if problem:
            raise UserError(
                "{source}: data/council_resources.json, record {number} "
                "(id {record_id}): {problem}. Nothing was imported.",
                source=bundle.source,
                number=index + 1,
                record_id=record["id"],
                problem=problem,
            )
    for index, record in enumerate(records.get("form_snapshots", ())):
        try:
            FormDefinition.model_validate(record["definition"])
        except ValidationError as error:
            raise UserError(
                "{source}: data/form_snapshots.json, record {number} "
                "(id {record_id}): the form it holds is not valid "
                "({problem}). Nothing was imported.",
                source=bundle.source,
                number=index + 1,
                record_id=record["id"],
                problem=error.errors()[0]["msg"],
            ) from None


def pack_summary(
    manifest: Any,
    records: Mapping[str, Sequence[dict[str, Any]]],
    changed_ids: Mapping[str, Sequence[str]],
) -> dict[str, Any]:
    """What the Sync page shows about a pack, kept in the import record's summary."""
    pack = manifest.pack
    changed_resources = set(changed_ids.get("council_resources", ()))
    return {
        "kind": "field-pack",
        "scope": pack.scope,
        "wards": list(pack.wards),
        "organisation_ids": list(pack.organisation_ids),
        "created_at": manifest.created_at,
        "resources": [
            {
                "kind": r["kind"],
                "name": r["name"],
                "title": r["title"],
                "version": r["version"],
                "withdrawn": r["deleted_at"] is not None,
            }
            for r in records.get("council_resources", ())
            if r["id"] in changed_resources
        ],
        "organisations_changed": len(changed_ids.get("organisations", ())),
        "assessments_changed": len(changed_ids.get("assessments", ())),
    }


@dataclass(frozen=True)
class PackImportInfo:
    """The last field pack imported on this laptop, as the Sync page shows it."""

    imported_at: datetime
    council_name: str | None
    bundle_seq: int | None
    created_at: str | None
    scope: str
    wards: tuple[str, ...]
    organisations_in_scope: int
    tables: dict[str, dict[str, int]]
    added: int
    updated: int
    unchanged: int
    conflicts: int
    resources: tuple[dict[str, Any], ...] = field(default=())
    already_imported: bool = False


@dataclass(frozen=True)
class ConfirmedWork:
    """A completed assessment the council has confirmed receiving (a pack's receipt)."""

    assessment_id: str
    organisation_name: str
    kind: str
    completed_at: datetime | None


@dataclass(frozen=True)
class ForgettableOrganisation:
    id: str
    name: str


class FieldPackService:
    """Laptop: what the council's packs brought, and forgetting what left the scope."""

    def __init__(self, store: Store):
        self.store = store

    def last_pack(self) -> PackImportInfo | None:
        """The last pack merged (a second import of the same file counts as its own)."""
        with self.store.session() as session:
            rows = session.scalars(
                select(ImportRecord)
                .where(ImportRecord.kind == "field-pack", ImportRecord.status == "merged")
                .order_by(ImportRecord.imported_at.desc())
            )
            first = rows.first()
            if first is None:
                return None
            summary = dict(first.summary or {})
            if summary.get("already_imported"):
                original = session.scalars(
                    select(ImportRecord)
                    .where(
                        ImportRecord.bundle_id == first.bundle_id,
                        ImportRecord.kind == "field-pack",
                        ImportRecord.status == "merged",
                    )
                    .order_by(ImportRecord.imported_at)
                ).first()
                base = dict(original.summary or {}) if original is not None else {}
                summary = {**base, **summary, "tables": {}, "resources": []}
            return PackImportInfo(
                imported_at=first.imported_at,
                council_name=first.device_name,
                bundle_seq=first.bundle_seq,
                created_at=summary.get("created_at"),
                scope=str(summary.get("scope", "all")),
                wards=tuple(summary.get("wards") or ()),
                organisations_in_scope=len(summary.get("organisation_ids") or ()),
                tables={k: dict(v) for k, v in (summary.get("tables") or {}).items()},
                added=int(summary.get("added", 0)),
                updated=int(summary.get("updated", 0)),
                unchanged=int(summary.get("unchanged", 0)),
                conflicts=int(summary.get("conflicts", 0)),
                resources=tuple(summary.get("resources") or ()),
                already_imported=bool(summary.get("already_imported")),
            )

    def _scope(self, session: Session) -> set[str] | None:
        row = session.scalars(
            select(ImportRecord)
            .where(ImportRecord.kind == "field-pack", ImportRecord.status == "merged")
            .order_by(ImportRecord.imported_at.desc())
        ).first()
        if row is None:
            return None
        summary = dict(row.summary or {})
        if summary.get("already_imported") or "organisation_ids" not in summary:
            original = session.scalars(
                select(ImportRecord)
                .where(ImportRecord.bundle_id == row.bundle_id, ImportRecord.kind == "field-pack")
                .order_by(ImportRecord.imported_at)
            ).first()
            summary = dict(original.summary or {}) if original is not None else {}
        return set(summary.get("organisation_ids") or ())

    def forgettable(self) -> list[ForgettableOrganisation]:
        """Organisations outside the last pack's scope that no unsent work refers to."""
        with self.store.session() as session:
            scope = self._scope(session)
            if scope is None:
                return []
            outside = [
                (org_id, name)
                for org_id, name in session.execute(select(Organisation.id, Organisation.name))
                if org_id not in scope
            ]
            if not outside:
                return []
            busy = self._with_unsent_work(session, [org_id for org_id, _name in outside])
            return sorted(
                (
                    ForgettableOrganisation(org_id, name)
                    for org_id, name in outside
                    if org_id not in busy
                ),
                key=lambda o: o.name.casefold(),
            )

    def _with_unsent_work(self, session: Session, org_ids: Sequence[str]) -> set[str]:
        """Organisations with work the council has not been sent: anything changed after the
        last export, and every draft assessment (drafts may be held back from exports)."""
        sent_up_to = int(session.scalar(select(func.max(ExportRecord.to_seq))) or 0)
        busy: set[str] = set()
        for chunk in in_chunks(list(org_ids)):
            busy.update(
                session.scalars(
                    select(Organisation.id).where(
                        Organisation.id.in_(chunk), Organisation.change_seq > sent_up_to
                    )
                )
            )
            busy.update(
                session.scalars(
                    select(Assessment.organisation_id).where(
                        Assessment.organisation_id.in_(chunk),
                        or_(Assessment.status != "completed", Assessment.change_seq > sent_up_to),
                    )
                )
            )
            for model in (Participant, Response, ActionItem, ActionReview):
                busy.update(
                    session.scalars(
                        select(Assessment.organisation_id)
                        .join(model, model.assessment_id == Assessment.id)
                        .where(
                            Assessment.organisation_id.in_(chunk),
                            model.change_seq > sent_up_to,
                        )
                    )
                )
        return busy

    def forget(self, organisation_ids: Sequence[str] | None = None) -> int:
        """Remove organisations outside the scope from this laptop (all forgettable ones, or
        these). Nothing travels: the council keeps them; a later pack brings them back if
        they come into scope. Returns how many were forgotten."""
        allowed = {o.id for o in self.forgettable()}
        wanted = allowed if organisation_ids is None else set(organisation_ids)
        refused = wanted - allowed
        if refused:
            raise UserError(
                "{count} of those organisations are in this laptop's scope or have work "
                "not yet sent to the council, so they are kept; nothing was forgotten.",
                count=len(refused),
            )
        if not wanted:
            return 0
        ids = sorted(wanted)
        with self.store.session() as session:
            for chunk in in_chunks(ids):
                assessment_ids = list(
                    session.scalars(
                        select(Assessment.id).where(Assessment.organisation_id.in_(chunk))
                    )
                )
                family_ids: list[str] = list(chunk) + assessment_ids
                for a_chunk in in_chunks(assessment_ids):
                    for model in (ReviewNote, ActionReview, ActionItem, Response, Participant):
                        table = cast(Table, model.__table__)
                        family_ids.extend(
                            session.scalars(
                                select(table.c.id).where(table.c.assessment_id.in_(a_chunk))
                            )
                        )
                        session.execute(delete(table).where(table.c.assessment_id.in_(a_chunk)))
                # Reviews written in another organisation's assessment never point here, but
                # action items of these organisations may be reviewed elsewhere: keep those.
                session.execute(delete(ActionReview).where(ActionReview.organisation_id.in_(chunk)))
                session.execute(delete(ActionItem).where(ActionItem.organisation_id.in_(chunk)))
                session.execute(delete(Assessment).where(Assessment.organisation_id.in_(chunk)))
                session.execute(delete(Organisation).where(Organisation.id.in_(chunk)))
                for f_chunk in in_chunks(family_ids):
                    session.execute(delete(AuditEvent).where(AuditEvent.entity_id.in_(f_chunk)))
                    session.execute(delete(Conflict).where(Conflict.entity_id.in_(f_chunk)))
        return len(ids)


def _receipt_seq(session: Session, device_id: str) -> int:
    from sync.erasure import RECEIPT_ACTION

    values = session.scalars(
        select(AuditEvent.new_value).where(
            AuditEvent.action == RECEIPT_ACTION, AuditEvent.entity_id == device_id
        )
    )
    return max((int(v) for v in values if isinstance(v, int)), default=0)


class ConfirmedWorkService:
    """Laptop: forget completed work the council has confirmed receiving (docs/privacy.md),
    so a lost laptop holds as little as possible. The council's field pack carries a
    receipt: the number of this laptop's latest bundle it merged. A completed assessment
    none of whose records changed after the export with that number can go; the council
    keeps it, and a later pack brings it back if it is needed."""

    def __init__(self, store: Store):
        self.store = store

    def confirmed_bundle_seq(self) -> int:
        with self.store.session() as session:
            return _receipt_seq(session, self.store.device_id)

    def confirmed_work(self) -> list[ConfirmedWork]:
        with self.store.session() as session:
            return self._confirmed(session)

    def _confirmed(self, session: Session) -> list[ConfirmedWork]:
        seq = _receipt_seq(session, self.store.device_id)
        if seq <= 0:
            return []
        confirmed_to = session.scalar(
            select(func.max(ExportRecord.to_seq)).where(ExportRecord.bundle_seq <= seq)
        )
        if confirmed_to is None:
            return []
        rows = session.execute(
            select(
                Assessment.id,
                Organisation.name,
                Assessment.kind,
                Assessment.completed_at,
                Assessment.change_seq,
            )
            .join(Organisation, Organisation.id == Assessment.organisation_id)
            .where(Assessment.status == "completed", Assessment.deleted_at.is_(None))
        ).all()
        candidates = {row[0]: row for row in rows if row[4] <= confirmed_to}
        # work the council sent back with issues stays until it is fixed and sent again
        from desktop.services.reviews import TO_FIX, latest_states

        latest = latest_states().subquery()
        for assessment_id, state in session.execute(select(latest.c.assessment_id, latest.c.state)):
            if state in TO_FIX:
                candidates.pop(assessment_id, None)
        ids = list(candidates)
        for chunk in in_chunks(ids):
            for model in (Participant, Response, ActionItem, ActionReview):
                table = cast(Table, model.__table__)
                changed = session.scalars(
                    select(table.c.assessment_id).where(
                        table.c.assessment_id.in_(chunk), table.c.change_seq > confirmed_to
                    )
                )
                for assessment_id in changed:
                    candidates.pop(assessment_id, None)
            # an action reviewed in a newer assessment stays with its plan
            reviewed = session.scalars(
                select(ActionItem.assessment_id)
                .join(ActionReview, ActionReview.action_item_id == ActionItem.id)
                .where(ActionItem.assessment_id.in_(chunk))
                .where(ActionReview.assessment_id != ActionItem.assessment_id)
            )
            for assessment_id in reviewed:
                candidates.pop(assessment_id, None)
        return sorted(
            (ConfirmedWork(r[0], r[1], r[2], r[3]) for r in candidates.values()),
            key=lambda w: (w.organisation_name.casefold(), w.assessment_id),
        )

    def forget(self, assessment_ids: Sequence[str] | None = None) -> int:
        """Delete confirmed completed assessments (all, or these) from this laptop only: no
        tombstone travels. Returns how many were forgotten."""
        with self.store.session() as session:
            allowed = {w.assessment_id for w in self._confirmed(session)}
            wanted = allowed if assessment_ids is None else set(assessment_ids)
            refused = wanted - allowed
            if refused:
                raise UserError(
                    "{count} of those assessments are not confirmed as received by the "
                    "council, or changed since; nothing was forgotten.",
                    count=len(refused),
                )
            ids = sorted(wanted)
            for chunk in in_chunks(ids):
                family: list[str] = list(chunk)
                for model in (ReviewNote, ActionReview, Response, ActionItem, Participant):
                    table = cast(Table, model.__table__)
                    family.extend(
                        session.scalars(select(table.c.id).where(table.c.assessment_id.in_(chunk)))
                    )
                    session.execute(delete(table).where(table.c.assessment_id.in_(chunk)))
                from desktop.store.models import SCORE_MODELS

                for score_model in SCORE_MODELS:
                    score_table = cast(Table, score_model.__table__)
                    session.execute(
                        delete(score_table).where(score_table.c.assessment_id.in_(chunk))
                    )
                session.execute(delete(Assessment).where(Assessment.id.in_(chunk)))
                for f_chunk in in_chunks(family):
                    session.execute(delete(AuditEvent).where(AuditEvent.entity_id.in_(f_chunk)))
                    session.execute(delete(Conflict).where(Conflict.entity_id.in_(f_chunk)))
        if ids:
            from desktop.store.db import purge_free_space

            purge_free_space(self.store)
        return len(ids)
