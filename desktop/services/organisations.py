"""The GAP organisation register: create, change, delete and restore, search, audit trail."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.errors import Cancelled, NotFound, ValidationFailed
from desktop.registration.choices import REGISTRATION_FIELDS
from desktop.registration.problems import RegistrationError
from desktop.registration.validation import validate_registration, validate_registration_update
from desktop.registration.wards import WardList, load_ward_list, ward_key
from desktop.services.audit import AuditEntry, audit_trail
from desktop.services.organisation_rows import OrganisationSummary, identifiers_text
from desktop.services.scores import rescore_organisations
from desktop.store.db import Store, in_chunks
from desktop.store.models import Organisation
from desktop.store.records import RecordWriter, json_value


def stored_wards_matching(session: Session, ward: str) -> list[str]:
    """The ward names stored in the register that mean `ward` ("&" and "and", case and
    spacing do not matter), so "Netherton & Newsome" finds "Netherton and Newsome"."""
    wanted = ward_key(ward)
    stored = session.scalars(
        select(Organisation.ward).where(Organisation.ward.is_not(None)).distinct()
    ).all()
    return [name for name in stored if name is not None and ward_key(name) == wanted] or [ward]


@dataclass(frozen=True)
class OrganisationDetail:
    """Every registration field of one organisation, with its record bookkeeping."""

    id: str
    values: dict[str, Any]
    rev: int
    created_at: datetime
    modified_at: datetime
    deleted_at: datetime | None

    @property
    def name(self) -> str:
        return str(self.values["name"])


def _detail(record: Organisation) -> OrganisationDetail:
    return OrganisationDetail(
        id=record.id,
        values={field: getattr(record, field) for field in REGISTRATION_FIELDS},
        rev=record.rev,
        created_at=record.created_at,
        modified_at=record.modified_at,
        deleted_at=record.deleted_at,
    )


def _problems(error: RegistrationError) -> ValidationFailed:
    return ValidationFailed([(problem.field, problem.message) for problem in error.problems])


def council_ward_list(store: Store) -> WardList:
    """The ward list in force: the file chosen on the Settings page, else the shipped one."""
    from desktop.services.settings import SettingKey, SettingsService

    settings = SettingsService(store)
    chosen = settings.get(SettingKey.WARD_FILE)
    if not settings.get(SettingKey.COUNCIL_MODE, False):
        # A laptop follows the ward list the council's last field pack brought.
        from desktop.services.resources import CouncilResourceService

        from_council = CouncilResourceService(store).ward_list()
        if from_council is not None:
            return from_council
    return load_ward_list(chosen or None)


class OrganisationService:
    """The only way UI and CLI read or change the register."""

    def __init__(self, store: Store, ward_list: WardList | None = None):
        self.store = store
        self._ward_list = ward_list

    @property
    def ward_list(self) -> WardList:
        if self._ward_list is None:
            self._ward_list = council_ward_list(self.store)
        return self._ward_list

    def validate(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Clean values for a new registration, or ValidationFailed naming each bad field."""
        try:
            return validate_registration(data, ward_list=self.ward_list)
        except RegistrationError as error:
            raise _problems(error) from error

    def create(self, data: Mapping[str, Any]) -> OrganisationDetail:
        values = self.validate(data)
        with self.store.session() as session:
            record = RecordWriter(session, self.store.device_id).create(Organisation, values)
            session.flush()
            return _detail(record)

    def create_many(
        self,
        rows: Sequence[Mapping[str, Any]],
        progress: Callable[[int, int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> int:
        """Register many organisations in one transaction (demo data, bulk import)."""
        cleaned = [self.validate(row) for row in rows]
        with self.store.session() as session:
            writer = RecordWriter(session, self.store.device_id)
            for done, values in enumerate(cleaned, start=1):
                writer.create(Organisation, values)
                if done % 250 == 0:
                    if should_cancel and should_cancel():
                        raise Cancelled("Cancelled; no organisations were registered.")
                    session.flush()
                    if progress:
                        progress(done, len(cleaned))
        if progress:
            progress(len(cleaned), len(cleaned))
        return len(cleaned)

    def update(self, organisation_id: str, changes: Mapping[str, Any]) -> OrganisationDetail:
        with self.store.session() as session:
            record = self._get_record(session, organisation_id)
            current = {field: getattr(record, field) for field in REGISTRATION_FIELDS}
            try:
                values = validate_registration_update(current, changes, ward_list=self.ward_list)
            except RegistrationError as error:
                raise _problems(error) from error
            RecordWriter(session, self.store.device_id).update(record, values)
            session.flush()
            # A registration answer can show or hide questions, so scores can change with it.
            rescore_organisations(session, [organisation_id])
            return _detail(record)

    def delete(self, organisation_id: str) -> None:
        """Tombstone: the record stays (so the deletion travels) but leaves every list."""
        with self.store.session() as session:
            record = self._get_record(session, organisation_id)
            RecordWriter(session, self.store.device_id).tombstone(record)

    def restore(self, organisation_id: str) -> OrganisationDetail:
        with self.store.session() as session:
            record = self._get_record(session, organisation_id, include_deleted=True)
            RecordWriter(session, self.store.device_id).restore(record)
            session.flush()
            return _detail(record)

    def details(self, organisation_ids: Sequence[str]) -> list[OrganisationDetail]:
        """Every field of these organisations (deleted ones too), in the order asked, read in
        one session rather than one each."""
        found: dict[str, OrganisationDetail] = {}
        with self.store.session() as session:
            for chunk in in_chunks(organisation_ids):
                query = select(Organisation).where(Organisation.id.in_(chunk))
                for record in session.scalars(query):
                    found[record.id] = _detail(record)
        return [found[key] for key in organisation_ids if key in found]

    def get(self, organisation_id: str, include_deleted: bool = False) -> OrganisationDetail:
        with self.store.session() as session:
            return _detail(self._get_record(session, organisation_id, include_deleted))

    def search(
        self,
        text: str | None = None,
        ward: str | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
    ) -> list[OrganisationSummary]:
        """Organisations whose name, other names, identifier or postcode contain `text`."""
        columns = (
            Organisation.id,
            Organisation.name,
            Organisation.legal_form,
            Organisation.ward,
            Organisation.postcode,
            Organisation.charity_id,
            Organisation.company_id,
            Organisation.mutuals_id,
            Organisation.gap_status,
            Organisation.modified_at,
            Organisation.deleted_at,
        )
        query = select(*columns).order_by(Organisation.name)
        if not include_deleted:
            query = query.where(Organisation.deleted_at.is_(None))
        if text and text.strip():
            pattern = f"%{text.strip()}%"
            query = query.where(
                or_(
                    Organisation.name.ilike(pattern),
                    Organisation.charity_id.ilike(pattern),
                    Organisation.company_id.ilike(pattern),
                    Organisation.mutuals_id.ilike(pattern),
                    Organisation.postcode.ilike(pattern),
                    Organisation.other_names.cast(Organisation.name.type).ilike(pattern),
                )
            )
        if limit:
            query = query.limit(limit)
        with self.store.session() as session:
            if ward:
                query = query.where(Organisation.ward.in_(stored_wards_matching(session, ward)))
            rows = session.execute(query).all()
        return [
            OrganisationSummary(
                id=row.id,
                name=row.name,
                legal_form=row.legal_form,
                ward=row.ward,
                postcode=row.postcode,
                identifiers=identifiers_text(row.charity_id, row.company_id, row.mutuals_id),
                gap_status=row.gap_status,
                modified_at=row.modified_at,
                deleted=row.deleted_at is not None,
            )
            for row in rows
        ]

    def list_all(self, include_deleted: bool = False) -> list[OrganisationSummary]:
        return self.search(include_deleted=include_deleted)

    def count(self) -> int:
        from sqlalchemy import func

        with self.store.session() as session:
            query = select(func.count()).where(Organisation.deleted_at.is_(None))
            return int(session.execute(query.select_from(Organisation)).scalar_one())

    def audit_trail(self, organisation_id: str) -> list[AuditEntry]:
        """Every change to the organisation's registration, oldest first (its History)."""
        with self.store.session() as session:
            return audit_trail(session, {organisation_id: (Organisation.__tablename__, "")})

    def _get_record(self, session: Any, organisation_id: str, include_deleted: bool = False):
        record = session.get(Organisation, organisation_id)
        if record is None or (record.deleted_at is not None and not include_deleted):
            raise NotFound(
                "That organisation is not in the register (it may have been deleted). "
                "Refresh the list and try again."
            )
        return record


def registration_as_json(detail: OrganisationDetail) -> dict[str, Any]:
    """A registration as plain JSON values (for `gapkit orgs list --json`)."""
    return {"id": detail.id, **{key: json_value(value) for key, value in detail.values.items()}}
