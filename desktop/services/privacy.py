"""UK GDPR: subject access, erasure and retention review (docs/privacy.md).

* `find(person)` lists every place a person appears: the personal fields of records
  (`sync.erasure.PERSONAL_FIELDS`), free text naming them, their audit history, conflicts, and
  the bundles and packs that carried their data.
* `export(person, folder)` writes that as one JSON file and one PDF (subject access).
* `erase(person)` replaces those values by stamped edits (so the erasure wins over every older
  copy when bundles merge), records one erase event per field (they travel and tell other
  installations which history to scrub), scrubs the audit history and conflicts here, deletes
  the app's backup copies (all older than the erasure) and purges the database's free space.
* `due_for_review()` lists contacts of organisations with no activity for the retention
  period; staff `keep` (audited) or `erase_contact` them.

A person is matched by name, email or phone: an email or phone matches exactly (phones by
their digits, +44 read as 0), a name matches a whole name field (any case) or appears in free
text. When the text matches an organisation's contact, that contact's other details (the same
person's name, email and phone) are searched for too.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, select, update
from sqlalchemy.orm import Session

from desktop.errors import NotFound, UserError
from desktop.services.settings import SettingKey
from desktop.store.db import Store, delete_backups, in_chunks, purge_free_space
from desktop.store.models import (
    ActionItem,
    ActionReview,
    Assessment,
    AuditEvent,
    Conflict,
    ExportRecord,
    ImportRecord,
    Organisation,
    PackRecord,
    Participant,
    Response,
    ReviewNote,
    Setting,
    SyncedRecord,
)
from desktop.store.records import RecordWriter, iso, json_value, now_ms, parse_iso
from sync.erasure import (
    ERASE_ACTION,
    ERASE_HISTORY_ACTION,
    ERASE_ONLY_TABLES,
    PERSONAL_FIELDS,
    Erasure,
    apply_to_records,
    erased_value,
    erasures_in,
    index_erasures,
    is_erased_text,
    is_erasure_of,
    marker,
    redact_text,
    scrub_audit_event,
)

DEFAULT_RETENTION_YEARS = 6
RETENTION_KEEP_ACTION = "retention-keep"
RETENTION_KEEP_REASON = "kept after retention review"  # when staff give none
# Names shorter than this are not looked for inside free text (too many false matches).
MIN_TEXT_TERM = 4

MODELS: dict[str, type[SyncedRecord]] = {
    "organisations": Organisation,
    "assessments": Assessment,
    "participants": Participant,
    "responses": Response,
    "action_items": ActionItem,
    "action_reviews": ActionReview,
    "review_notes": ReviewNote,
}
CONTACT_FIELDS = tuple(PERSONAL_FIELDS["organisations"].keys() - {"notes"})
TABLE_LABELS = {
    "organisations": "Organisation",
    "assessments": "Assessment",
    "participants": "Participant",
    "responses": "Answer",
    "action_items": "Action",
    "action_reviews": "Action review",
    "review_notes": "Review note",
}


def phone_digits(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if digits.startswith("44") and len(digits) > 10:
        digits = "0" + digits[2:]
    return digits


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


@dataclass
class Person:
    """What identifies the person looked for: names, emails and phone digits."""

    query: str
    names: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    # the texts as written (for finding and redacting them in free text)
    texts: set[str] = field(default_factory=set)

    @classmethod
    def from_query(cls, query: str) -> Person:
        text = " ".join(query.split())
        if len(text) < 3:
            raise UserError(
                "Give a name, email or phone number of at least 3 characters to look for."
            )
        person = cls(query=text)
        person.add(text)
        return person

    def add(self, text: str | None, *, identifies: bool = True) -> None:
        if not text or is_erased_text(text):
            return
        text = " ".join(str(text).split())
        if "@" in text:
            self.emails.add(text.casefold())
            self.texts.add(text)
        elif len(phone_digits(text)) >= 7 and not re.search(r"[^\d\s()+.-]", text):
            if identifies:
                self.phones.add(phone_digits(text))
            self.texts.add(text)
        else:
            self.names.add(_fold(text))
            self.texts.add(text)

    def matches_whole(self, value: Any, kind: str) -> bool:
        if not isinstance(value, str) or not value.strip() or is_erased_text(value):
            return False
        if kind == "email":
            return value.strip().casefold() in self.emails
        if kind == "phone":
            return phone_digits(value) in self.phones
        return _fold(value) in self.names or value.strip().casefold() in self.emails

    def mentioned_in(self, value: Any) -> bool:
        if isinstance(value, list):
            return any(self.mentioned_in(item) for item in value)
        if isinstance(value, dict):
            return any(self.mentioned_in(item) for item in value.values())
        if not isinstance(value, str) or not value:
            return False
        folded = _fold(value)
        if any(len(t) >= MIN_TEXT_TERM and _fold(t) in folded for t in self.texts):
            return True
        digits = phone_digits(value)
        return any(p in digits for p in self.phones) if digits else False

    @property
    def search_texts(self) -> list[str]:
        return sorted(t for t in self.texts if len(t) >= MIN_TEXT_TERM)


@dataclass(frozen=True)
class Place:
    """One personal value held about the person: a field of a record."""

    table: str
    record_id: str
    field: str
    value: Any
    whole: bool  # the field is about the person (else: free text mentioning them)
    organisation_id: str | None
    organisation_name: str | None
    description: str


@dataclass(frozen=True)
class HistoryEntry:
    """An audit event holding the person's data (only the person's values are shown)."""

    id: str
    table: str
    record_id: str
    field: str
    action: str
    old_value: Any
    new_value: Any
    at: str
    device_id: str
    record_still_holds: bool  # False: only the history holds it (the record changed since)


@dataclass(frozen=True)
class BundleEntry:
    direction: str  # sent | received | field pack sent | field pack received
    bundle_id: str | None
    at: str
    device: str | None
    path: str | None


@dataclass
class Findings:
    """Every place the person appears in this installation's data."""

    person: Person
    places: list[Place]
    history: list[HistoryEntry]
    conflicts: list[dict[str, Any]]
    bundles: list[BundleEntry]
    generated_at: str
    installation: str

    @property
    def empty(self) -> bool:
        return not (self.places or self.history or self.conflicts)

    def as_json(self) -> dict[str, Any]:
        return {
            "subject_access_request": {
                "looked_for": self.person.query,
                "matched_on": sorted(self.person.texts),
                "generated_at": self.generated_at,
                "installation": self.installation,
                "note": (
                    "Every place this installation of GAP Field Kit holds personal data about "
                    "the person: the records, their change history, and the sync bundles and "
                    "field packs that carried them."
                ),
            },
            "records": [asdict(p) for p in self.places],
            "history": [asdict(h) for h in self.history],
            "conflicts": self.conflicts,
            "bundles": [asdict(b) for b in self.bundles],
        }


@dataclass(frozen=True)
class ErasureResult:
    fields_erased: int
    records: int
    history_scrubbed: int
    conflicts_scrubbed: int
    backups_deleted: list[Path]
    at: str


@dataclass(frozen=True)
class ReviewItem:
    """An organisation whose contact is due for a retention review."""

    organisation_id: str
    organisation_name: str
    contact_name: str | None
    last_activity: datetime
    last_decision: str | None


class PrivacyService:
    def __init__(self, store: Store):
        self.store = store

    # -----------------------------------------------------------------------------------------
    # Finding a person

    def find(self, query: str) -> Findings:
        person = Person.from_query(query)
        with self.store.session() as session:
            return self._find(session, person)

    def _find(self, session: Session, person: Person) -> Findings:
        org_names: dict[str, str] = {
            str(i): str(n) for i, n in session.execute(select(Organisation.id, Organisation.name))
        }
        # The contact found by any one detail is the same person: look for the others too.
        contacts = session.execute(
            select(
                Organisation.id,
                Organisation.contact_name,
                Organisation.contact_email,
                Organisation.contact_phone,
            )
        ).all()
        # An email or phone identifies the person; a name alone may be someone else of the
        # same name. A contact is theirs if its email or phone is known, or if its name
        # matches and it has no email or phone that says otherwise (looking up by name alone,
        # every contact of that name matches: the listing shows them before any erasure).
        name_only = not person.emails and not person.phones
        matched: set[str] = set()
        for _round in range(2):  # details found in the first round find the rest
            for org_id, name, email, phone in contacts:
                if org_id in matched:
                    continue
                by_detail = person.matches_whole(email, "email") or person.matches_whole(
                    phone, "phone"
                )
                other_details = bool(email or phone) and not by_detail
                by_name = person.matches_whole(name, "name") and (name_only or not other_details)
                if by_detail or by_name:
                    matched.add(org_id)
                    person.add(name)
                    person.add(email)
                    # A phone may be shared (an office line): it finds other contacts only
                    # when it is what was looked for; otherwise it is shown and erased here.
                    person.add(phone, identifies=False)
        places = self._places(session, person, org_names, matched)
        history = self._history(session, person, places)
        conflicts = self._conflicts(session, person, places)
        bundles = self._bundles(session, places, history)
        return Findings(
            person=person,
            places=places,
            history=history,
            conflicts=conflicts,
            bundles=bundles,
            generated_at=iso(datetime.now(UTC)),
            installation=self.store.device_name,
        )

    def _places(
        self,
        session: Session,
        person: Person,
        org_names: Mapping[str, str],
        contacts: set[str],
    ) -> list[Place]:
        places: list[Place] = []
        for table_name, fields in PERSONAL_FIELDS.items():
            model = MODELS[table_name]
            table = cast(Table, model.__table__)
            columns = [table.c.id, *(table.c[f] for f in fields)]
            if table_name == "organisations":
                query = select(*columns, table.c.id)
            elif "organisation_id" in table.c:
                query = select(*columns, table.c.organisation_id)
            else:
                assessments = cast(Table, Assessment.__table__)
                query = select(*columns, assessments.c.organisation_id).join(
                    assessments, assessments.c.id == table.c.assessment_id
                )
            for row in session.execute(query):
                record_id = row[0]
                values = dict(zip(fields, row[1 : 1 + len(fields)], strict=True))
                org_id = row[-1]
                contact_matched = table_name == "organisations" and record_id in contacts
                for name, kind in fields.items():
                    value = json_value(values[name])
                    if value is None or value == [] or value == "":
                        continue
                    whole = False
                    if table_name == "organisations" and name in CONTACT_FIELDS:
                        # someone else's contact, even of the same name, is not theirs
                        if not contact_matched:
                            continue
                        whole = True
                    elif kind in ("name", "email", "phone", "label"):
                        whole = person.matches_whole(value, kind)
                    if not whole and not (kind == "free" and person.mentioned_in(value)):
                        continue
                    if kind == "free" and not isinstance(value, str):
                        continue
                    org_name = org_names.get(org_id) if org_id else None
                    places.append(
                        Place(
                            table=table_name,
                            record_id=record_id,
                            field=name,
                            value=value,
                            whole=whole,
                            organisation_id=org_id,
                            organisation_name=org_name,
                            description=_describe(table_name, name, org_name),
                        )
                    )
        return places

    def _history(
        self, session: Session, person: Person, places: Sequence[Place]
    ) -> list[HistoryEntry]:
        held = {(p.table, p.record_id, p.field) for p in places}
        contact_orgs = {
            p.record_id for p in places if p.table == "organisations" and p.field in CONTACT_FIELDS
        }
        entries: list[HistoryEntry] = []
        query = select(AuditEvent).where(AuditEvent.entity_type.in_(list(PERSONAL_FIELDS)))
        for event in session.scalars(query.order_by(AuditEvent.at, AuditEvent.id)):
            fields = PERSONAL_FIELDS[event.entity_type]
            if event.action in (ERASE_ACTION, ERASE_HISTORY_ACTION):
                continue
            is_contact = event.entity_type == "organisations" and event.entity_id in contact_orgs

            def personal(
                name: str,
                value: Any,
                *,
                _contact: bool = is_contact,
                fields: Mapping[str, str] = fields,
            ) -> bool:
                if name not in fields:
                    return False
                kind = fields[name]
                if name in CONTACT_FIELDS and fields is PERSONAL_FIELDS["organisations"]:
                    if _contact:
                        return True
                    # another organisation's contact: only their email or phone is theirs
                    # (a name alone may be someone else's)
                    return kind in ("email", "phone") and person.matches_whole(value, kind)
                if kind == "free":
                    return person.mentioned_in(value)
                return person.matches_whole(value, kind)

            if event.field == "*":
                old = _pick(event.old_value, personal)
                new = _pick(event.new_value, personal)
                if not old and not new:
                    continue
                entry_fields = sorted({*(old or {}), *(new or {})})
                still = any((event.entity_type, event.entity_id, f) in held for f in entry_fields)
            else:
                if event.field not in fields:
                    continue
                if not (
                    personal(event.field, event.old_value) or personal(event.field, event.new_value)
                ):
                    continue
                old, new = event.old_value, event.new_value
                still = (event.entity_type, event.entity_id, event.field) in held
            entries.append(
                HistoryEntry(
                    id=event.id,
                    table=event.entity_type,
                    record_id=event.entity_id,
                    field=event.field,
                    action=event.action,
                    old_value=old,
                    new_value=new,
                    at=iso(event.at),
                    device_id=event.device_id,
                    record_still_holds=still,
                )
            )
        return entries

    def _conflicts(
        self, session: Session, person: Person, places: Sequence[Place]
    ) -> list[dict[str, Any]]:
        held = {(p.table, p.record_id, p.field) for p in places}
        found = []
        for conflict in session.scalars(
            select(Conflict).where(Conflict.entity_type.in_(list(PERSONAL_FIELDS)))
        ):
            fields = PERSONAL_FIELDS[conflict.entity_type]
            if conflict.field not in fields:
                continue
            ours = (conflict.entity_type, conflict.entity_id, conflict.field) in held
            kind = fields[conflict.field]
            values = (conflict.winner_value, conflict.loser_value)
            if not ours and not any(
                person.mentioned_in(v) if kind == "free" else person.matches_whole(v, kind)
                for v in values
            ):
                continue
            found.append(
                {
                    "id": conflict.id,
                    "table": conflict.entity_type,
                    "record_id": conflict.entity_id,
                    "field": conflict.field,
                    "kept_value": conflict.winner_value,
                    "other_value": conflict.loser_value,
                    "detected_at": iso(conflict.detected_at),
                    "status": conflict.status,
                }
            )
        return found

    def _bundles(
        self, session: Session, places: Sequence[Place], history: Sequence[HistoryEntry]
    ) -> list[BundleEntry]:
        """The bundles and packs that carried the person's data, as far as this installation
        can tell: its exports whose change range covers a change to it, the imports that
        brought one, and the field packs that carried an organisation holding it."""
        seqs: set[int] = set()
        history_ids = [h.id for h in history]
        for chunk in in_chunks(history_ids):
            seqs.update(
                session.scalars(select(AuditEvent.change_seq).where(AuditEvent.id.in_(chunk)))
            )
        for table_name in {p.table for p in places}:
            model = MODELS[table_name]
            ids = sorted({p.record_id for p in places if p.table == table_name})
            table = cast(Table, model.__table__)
            for chunk in in_chunks(ids):
                seqs.update(
                    session.scalars(select(table.c.change_seq).where(table.c.id.in_(chunk)))
                )
        found: list[BundleEntry] = []
        if seqs:
            for export in session.scalars(select(ExportRecord).order_by(ExportRecord.created_at)):
                low = -1 if export.full else export.from_seq
                if any(low < s <= export.to_seq for s in seqs):
                    found.append(
                        BundleEntry(
                            "sent",
                            export.bundle_id,
                            iso(export.created_at),
                            self.store.device_name,
                            export.path,
                        )
                    )
            for entry in session.scalars(
                select(ImportRecord)
                .where(ImportRecord.status == "merged")
                .order_by(ImportRecord.imported_at)
            ):
                if (entry.summary or {}).get("change_seq") in seqs:
                    direction = "field pack received" if entry.kind == "field-pack" else "received"
                    found.append(
                        BundleEntry(
                            direction,
                            entry.bundle_id,
                            iso(entry.imported_at),
                            entry.device_name,
                            entry.source_path,
                        )
                    )
        orgs = {p.organisation_id for p in places if p.organisation_id}
        if orgs:
            for pack in session.scalars(select(PackRecord).order_by(PackRecord.created_at)):
                if orgs & set(pack.organisation_ids or ()):
                    found.append(
                        BundleEntry(
                            "field pack sent",
                            pack.bundle_id,
                            iso(pack.created_at),
                            pack.device_id,
                            pack.path,
                        )
                    )
        return found

    # -----------------------------------------------------------------------------------------
    # Subject access

    def export(self, query: str, folder: Path | str, *, stem: str | None = None) -> list[Path]:
        """Write the subject access JSON and PDF into `folder`; returns their paths."""
        from desktop.reports.subject_access import write_subject_access_pdf

        findings = self.find(query)
        target = Path(folder)
        target.mkdir(parents=True, exist_ok=True)
        name = stem or "subject-access-" + datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        json_path = target / f"{name}.json"
        pdf_path = target / f"{name}.pdf"
        json_path.write_text(
            json.dumps(findings.as_json(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        write_subject_access_pdf(findings, pdf_path)
        return [json_path, pdf_path]

    # -----------------------------------------------------------------------------------------
    # Erasure

    def erase(self, query: str) -> ErasureResult:
        """Erase everything `find(query)` finds. Nothing found: UserError, nothing changes."""
        person = Person.from_query(query)
        with self.store.session() as session:
            findings = self._find(session, person)
            if findings.empty:
                raise UserError(
                    "Nothing is held about “{person}”: nothing was erased. Check the "
                    "spelling, or look for their email or phone number.",
                    person=person.query,
                )
            result = self._erase(session, findings)
        return self._after_erasure(result)

    def _after_erasure(self, result: ErasureResult) -> ErasureResult:
        backups = finish_erasure_clean_up(self.store)
        return ErasureResult(
            fields_erased=result.fields_erased,
            records=result.records,
            history_scrubbed=result.history_scrubbed,
            conflicts_scrubbed=result.conflicts_scrubbed,
            backups_deleted=backups,
            at=result.at,
        )

    def _erase(self, session: Session, findings: Findings) -> ErasureResult:
        _set_clean_up_due(session, True)  # committed with the erasure
        writer = RecordWriter(session, self.store.device_id)
        day = now_ms().date().isoformat()
        terms = findings.person.search_texts
        by_record: dict[tuple[str, str], dict[str, Any]] = {}
        for place in findings.places:
            if place.whole:
                value = erased_value(place.table, place.field, day)
            else:
                value = redact_text(str(place.value), terms, day)
            by_record.setdefault((place.table, place.record_id), {})[place.field] = value
        erasures: list[Erasure] = []
        fields_erased = 0
        for (table_name, record_id), changes in by_record.items():
            record = session.get(MODELS[table_name], record_id)
            if record is None:
                continue
            changes = {name: _column_value(record, name, value) for name, value in changes.items()}
            changed = writer.update(record, changes, audit=False, action=ERASE_ACTION)
            for name in changed:
                stamp = record.field_stamps[name]
                at = parse_iso(stamp["at"])
                writer.audit(
                    table_name,
                    record_id,
                    name,
                    None,
                    json_value(changes[name]),
                    action=ERASE_ACTION,
                    at=at,
                )
                erasures.append(
                    Erasure(
                        table_name,
                        record_id,
                        name,
                        stamp["at"],
                        self.store.device_id,
                        json_value(changes[name]),
                    )
                )
                fields_erased += 1
        # Values only the history still holds (the record has changed since): scrub that
        # history everywhere, leave the record alone.
        moment = now_ms()
        held = {(e.table, e.record_id, e.field) for e in erasures}
        history_only = {
            (h.table, h.record_id, field_name)
            for h in findings.history
            for field_name in _history_fields(h)
            if (h.table, h.record_id, field_name) not in held
        }
        for table_name, record_id, field_name in sorted(history_only):
            value = marker(day)
            writer.audit(
                table_name,
                record_id,
                field_name,
                None,
                value,
                action=ERASE_HISTORY_ACTION,
                at=moment,
            )
            erasures.append(
                Erasure(
                    table_name,
                    record_id,
                    field_name,
                    iso(moment),
                    self.store.device_id,
                    value,
                    history_only=True,
                )
            )
        _note_erasures(session)
        session.flush()
        scrubbed, conflicts = apply_erasures_to_history(session, erasures)
        return ErasureResult(
            fields_erased=fields_erased,
            records=len(by_record),
            history_scrubbed=scrubbed,
            conflicts_scrubbed=conflicts,
            backups_deleted=[],
            at=iso(moment),
        )

    # -----------------------------------------------------------------------------------------
    # Retention

    def retention_years(self) -> int:
        from desktop.services.settings import SettingKey, SettingsService

        value = SettingsService(self.store).get(SettingKey.RETENTION_YEARS, DEFAULT_RETENTION_YEARS)
        return int(value) if isinstance(value, int) and value > 0 else DEFAULT_RETENTION_YEARS

    def set_retention_years(self, years: int) -> None:
        from desktop.services.settings import SettingKey, SettingsService

        if not 1 <= years <= 50:
            raise UserError("The retention period is a number of years from 1 to 50.")
        SettingsService(self.store).set(SettingKey.RETENTION_YEARS, years)

    def due_for_review(self, *, now: datetime | None = None) -> list[ReviewItem]:
        """Organisations holding a contact and with no activity (no change to the
        organisation, its assessments or actions, no keep decision) for the retention period."""
        moment = now or datetime.now(UTC)
        cutoff = moment - timedelta(days=round(365.25 * self.retention_years()))
        with self.store.session() as session:
            last: dict[str, datetime] = {}
            names: dict[str, tuple[str, str | None]] = {}
            orgs = session.execute(
                select(
                    Organisation.id,
                    Organisation.name,
                    Organisation.contact_name,
                    Organisation.contact_email,
                    Organisation.contact_phone,
                    Organisation.modified_at,
                ).where(Organisation.deleted_at.is_(None))
            )
            for org_id, name, contact, email, phone, modified in orgs:
                details = [v for v in (contact, email, phone) if v and not is_erased_text(v)]
                if not details:
                    continue
                names[org_id] = (name, None if is_erased_text(contact) else contact)
                last[org_id] = modified
            for model in (Assessment, ActionItem, ActionReview):
                table = cast(Table, model.__table__)
                for org_id, modified in session.execute(
                    select(table.c.organisation_id, table.c.modified_at)
                ):
                    if org_id in last and modified > last[org_id]:
                        last[org_id] = modified
            decisions: dict[str, str] = {}
            for org_id, at in session.execute(
                select(AuditEvent.entity_id, AuditEvent.at).where(
                    AuditEvent.entity_type == "organisations",
                    AuditEvent.action == RETENTION_KEEP_ACTION,
                )
            ):
                if org_id in last:
                    decisions[org_id] = f"kept on {at.date().isoformat()}"
                    if at > last[org_id]:
                        last[org_id] = at
            due = [
                ReviewItem(org_id, names[org_id][0], names[org_id][1], at, decisions.get(org_id))
                for org_id, at in last.items()
                if at < cutoff
            ]
        return sorted(due, key=lambda item: (item.last_activity, item.organisation_name))

    def organisation_id(self, prefix: str) -> str:
        """The organisation whose id starts with `prefix` (the first characters are enough)."""
        text = prefix.strip()
        if len(text) < 4:
            raise UserError("Give at least the first 4 characters of the organisation's id.")
        with self.store.session() as session:
            found = list(
                session.scalars(select(Organisation.id).where(Organisation.id.startswith(text)))
            )
        if len(found) != 1:
            if not found:
                raise NotFound("No organisation's id starts with {start}.", start=text)
            raise NotFound(
                "{count} organisations' ids start with {start}; give more of it.",
                count=len(found),
                start=text,
            )
        return found[0]

    def keep(self, organisation_id: str, reason: str = "") -> None:
        """Staff decided to keep the contact: audited, and the review clock starts again."""
        with self.store.session() as session:
            if session.get(Organisation, organisation_id) is None:
                raise NotFound("No organisation with id {id}.", id=organisation_id)
            RecordWriter(session, self.store.device_id).audit(
                "organisations",
                organisation_id,
                "retention",
                None,
                reason.strip() or RETENTION_KEEP_REASON,
                action=RETENTION_KEEP_ACTION,
            )

    def find_contact(self, organisation_id: str) -> Findings:
        """Everything held about an organisation's contact (what `erase_contact` erases)."""
        with self.store.session() as session:
            return self._find(session, self._contact_person(session, organisation_id))

    def erase_contact(self, organisation_id: str) -> ErasureResult:
        """Staff decided to erase an organisation's contact (retention review)."""
        with self.store.session() as session:
            findings = self._find(session, self._contact_person(session, organisation_id))
            result = self._erase(session, findings)
        return self._after_erasure(result)

    @staticmethod
    def _contact_person(session: Session, organisation_id: str) -> Person:
        record = session.get(Organisation, organisation_id)
        if record is None:
            raise NotFound("No organisation with id {id}.", id=organisation_id)
        details = [
            v
            for v in (record.contact_name, record.contact_email, record.contact_phone)
            if v and not is_erased_text(v)
        ]
        if not details:
            raise UserError("{name} holds no contact details to erase.", name=record.name)
        person = Person.from_query(details[0])
        for detail in details[1:]:
            person.add(detail)
        return person

    def backups_held(self) -> int:
        """How many backup copies an erasure would delete."""
        from desktop.store.db import backups_of

        return len(backups_of(self.store.data_dir)) if self.store.is_sqlite else 0


def apply_erasures_to_history(session: Session, erasures: Iterable[Erasure]) -> tuple[int, int]:
    """Scrub the audit events and conflicts about erased fields (this installation only:
    other installations do the same when the erase events reach them). Returns how many
    audit events and conflicts changed."""
    index = index_erasures(erasures)
    if not index:
        return 0, 0
    audit = cast(Table, AuditEvent.__table__)
    record_ids = sorted({record_id for _table, record_id in index})
    scrubbed = 0
    for chunk in in_chunks(record_ids):
        rows = session.execute(
            select(
                audit.c.id,
                audit.c.entity_type,
                audit.c.entity_id,
                audit.c.field,
                audit.c.old_value,
                audit.c.new_value,
                audit.c.at,
                audit.c.action,
            ).where(audit.c.entity_id.in_(chunk))
        ).mappings()
        for row in list(rows):
            event = {**row, "at": iso(row["at"])}
            result = scrub_audit_event(event, index)
            if result is not None:
                session.execute(
                    update(audit)
                    .where(audit.c.id == row["id"])
                    .values(old_value=result["old_value"], new_value=result["new_value"])
                )
                scrubbed += 1
    conflicts = 0
    for (table_name, record_id), fields in index.items():
        for conflict in session.scalars(
            select(Conflict).where(
                Conflict.entity_type == table_name,
                Conflict.entity_id == record_id,
                Conflict.field.in_(list(fields)),
            )
        ):
            erasure = fields[conflict.field]
            if iso(conflict.winner_at) <= erasure.at or iso(conflict.loser_at) <= erasure.at:
                conflict.winner_value = _conflict_value(conflict.winner_value, erasure)
                conflict.loser_value = _conflict_value(conflict.loser_value, erasure)
                conflicts += 1
    return scrubbed, conflicts


def _conflict_value(value: Any, erasure: Erasure) -> Any:
    if value is None or value == erasure.value:
        return value
    return marker(erasure.day)


def _column_value(record: SyncedRecord, name: str, value: Any) -> Any:
    """Text for a text column; a date column erased is None."""
    column = cast(Table, record.__table__).c[name]
    if value is None and not column.nullable:
        return ""
    return value


def _history_fields(entry: HistoryEntry) -> list[str]:
    if entry.field == "*":
        keys: set[str] = set()
        for values in (entry.old_value, entry.new_value):
            if isinstance(values, dict):
                keys.update(values)
        return sorted(keys)
    return [entry.field]


def _pick(values: Any, personal: Any) -> dict[str, Any] | None:
    if not isinstance(values, dict):
        return None
    picked = {k: v for k, v in values.items() if v not in (None, [], "") and personal(k, v)}
    return picked or None


def _describe(table: str, field_name: str, org_name: str | None) -> str:
    """Where a value is, for a person (the field is shown beside it)."""
    where = TABLE_LABELS.get(table, table)
    if table == "organisations":
        return f"Organisation {org_name}" if org_name else where
    return f"{where} ({org_name})" if org_name else where


# ---------------------------------------------------------------------------------------------
# Erasures arriving in bundles and packs


def _note_erasures(session: Session) -> None:
    """Mark this database as holding erase events (imports then apply them)."""
    if session.get(Setting, str(SettingKey.ERASURES_HELD)) is None:
        session.add(Setting(key=str(SettingKey.ERASURES_HELD), value=True))


def held_erasures(session: Session, keys: Iterable[tuple[str, str]]) -> list[Erasure]:
    """The erasures this installation holds for these (table, record id) pairs."""
    by_table: dict[str, set[str]] = {}
    for table_name, record_id in keys:
        if table_name in PERSONAL_FIELDS:
            by_table.setdefault(table_name, set()).add(record_id)
    audit = cast(Table, AuditEvent.__table__)
    found: list[Erasure] = []
    for table_name, ids in by_table.items():
        ordered = sorted(ids)
        for chunk in in_chunks(ordered):
            rows = session.execute(
                select(audit).where(
                    audit.c.entity_type == table_name,
                    audit.c.entity_id.in_(chunk),
                    audit.c.action.in_([ERASE_ACTION, ERASE_HISTORY_ACTION]),
                )
            ).mappings()
            found.extend(erasures_in({**row, "at": iso(row["at"])} for row in rows))
    return found


class ErasureRefused(UserError):
    """A bundle's erasure would rewrite what it may not (the bundle is refused)."""


class IncomingErasures:
    """Before a bundle or pack merges: apply the erasures it brings to what is held here, and
    every erasure known to what it brings (sync/erasure.py), a chunk of records at a time.

    Made with the erasures the whole bundle brings (its erase events, read first): those new
    here are applied to what is held once; then `apply` rewrites each chunk before it merges,
    with the erasures held here for its records and the new ones. Most imports meet no
    erasure at all and skip every look-up.
    """

    def __init__(self, session: Session, arriving: list[Erasure], *, sender: str | None = None):
        """`sender`: the device that sent a laptop's bundle (None for a field pack, which relays
        the council's and other devices' erasures): its erasures of records that never change
        otherwise (review notes) must really erase, or the bundle is refused (ErasureRefused)."""
        self.session = session
        self.active = bool(arriving) or (
            session.get(Setting, str(SettingKey.ERASURES_HELD)) is not None
        )
        self.new: list[Erasure] = []
        if not arriving:
            return
        _note_erasures(session)
        held = held_erasures(session, {(e.table, e.record_id) for e in arriving})
        held_keys = {(e.table, e.record_id, e.field, e.at) for e in held}
        self.new = [e for e in arriving if (e.table, e.record_id, e.field, e.at) not in held_keys]
        if sender is not None:
            _check_erase_only(session, self.new)
        if self.new:
            apply_erasures_to_records(session, self.new)
            apply_erasures_to_history(session, self.new)

    def apply(self, table_name: str, records: list[dict[str, Any]]) -> int:
        """Rewrite these incoming records of one table (in place); returns how many changed."""
        if not self.active or not records:
            return 0
        keys: set[tuple[str, str]] = set()
        if table_name in PERSONAL_FIELDS:
            keys.update((table_name, str(r["id"])) for r in records)
        if table_name == "audit_events":
            keys.update((str(e["entity_type"]), str(e["entity_id"])) for e in records)
        if not keys:
            return 0
        everything = held_erasures(self.session, keys) + self.new
        if not everything:
            return 0
        return apply_to_records({table_name: records}, index_erasures(everything))


def _check_erase_only(session: Session, erasures: Sequence[Erasure]) -> None:
    """Erasures of review notes (written once, never edited: sync/authority.py rule 4) from a
    laptop: a personal field, its value what erasing the held value leaves. Otherwise an
    "erasure" could rewrite what council staff wrote."""
    for erasure in erasures:
        if erasure.table not in ERASE_ONLY_TABLES:
            continue
        fields = PERSONAL_FIELDS[erasure.table]
        what = TABLE_LABELS[erasure.table].lower()
        if erasure.field not in fields:
            raise ErasureRefused(
                "an erase event for the {what} {record_id} changes its {field}, which holds no "
                "personal data",
                what=what,
                record_id=erasure.record_id,
                field=erasure.field,
            )
        if erasure.history_only:
            continue
        record = session.get(MODELS[erasure.table], erasure.record_id)
        if record is None:
            continue  # not held here: nothing to rewrite
        held = getattr(record, erasure.field)
        if not is_erasure_of(held, erasure.value, erasure.table, erasure.field, erasure.day):
            raise ErasureRefused(
                "an erase event for the {what} {record_id} replaces its {field} with text that "
                "is not held there with parts erased",
                what=what,
                record_id=erasure.record_id,
                field=erasure.field,
            )


def apply_erasures_to_records(session: Session, erasures: Iterable[Erasure]) -> int:
    """Erasures made elsewhere, applied to records held here whose value is older: the
    erased value with the erasure's own stamp (a pack may not carry the record itself)."""
    changed = 0
    for erasure in erasures:
        if erasure.history_only or erasure.table not in MODELS:
            continue
        record = session.get(MODELS[erasure.table], erasure.record_id)
        if record is None or erasure.field not in PERSONAL_FIELDS[erasure.table]:
            continue
        stamps = dict(record.field_stamps or {})
        current = stamps.get(erasure.field) or stamps.get("*")
        if current and str(current["at"]) > erasure.at:
            continue
        value = erasure.value
        if isinstance(value, str) and erasure.field in ("consent_date",):
            value = None
        setattr(record, erasure.field, _column_value(record, erasure.field, value))
        stamps[erasure.field] = {
            "at": erasure.at,
            "by": erasure.by,
            "prev_at": current["at"] if current else None,
            "prev_by": current["by"] if current else None,
        }
        record.field_stamps = stamps
        changed += 1
    return changed


def _set_clean_up_due(session: Session, due: bool) -> None:
    key = str(SettingKey.ERASURE_CLEAN_UP_DUE)
    setting = session.get(Setting, key)
    if due and setting is None:
        session.add(Setting(key=key, value=True))
    elif not due and setting is not None:
        session.delete(setting)


def finish_erasure_clean_up(store: Store) -> list[Path]:
    """After an erasure: delete the backups and purge the free space (old values live on in
    both), then note it done. An erasure commits first and notes this due in the same
    transaction, so a copy killed in between finishes it when the folder next opens
    (`desktop.services.open_services`): asking to erase again would find nothing to erase.
    Returns the backups deleted."""
    backups = delete_backups(store.data_dir) if store.is_sqlite else []
    purge_free_space(store)
    with store.session() as session:
        _set_clean_up_due(session, False)
    return backups
