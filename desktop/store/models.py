"""SQLAlchemy 2 models for every entity GAP Field Kit stores (DESIGN.md "Data").

Synced records (the ones that travel in bundles) share `SyncedRecord`: a UUID made where the
record is created, created/modified timestamps, the device that last changed it, a `rev` that
increases on each change, a `deleted_at` tombstone, the local `change_seq` used to export
"everything since", and `field_stamps`, the per-field change stamps the merge rule works on:

    field_stamps = {"<field>": {"at": "<ISO 8601 UTC>", "by": "<device id>",
                                "prev_at": "<ISO>" | None, "prev_by": "<device id>" | None}}

`prev_*` is the stamp of the value that edit replaced (None for the first value), so the
importer can tell a fast-forward from two devices changing the same starting value.

Local bookkeeping tables (devices, exports, imports, conflicts, counters) are not synced.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import FromClause
from sqlalchemy.types import TypeDecorator


def new_id() -> str:
    return str(uuid.uuid4())


class UtcDateTime(TypeDecorator[datetime]):
    """Timestamps are always timezone-aware UTC in Python, whatever the database keeps."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    type_annotation_map = {
        datetime: UtcDateTime(),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
        list[str]: JSON(),
    }


class SyncedRecord:
    """Fields every record that travels in a bundle carries."""

    if TYPE_CHECKING:
        # set by each mapped subclass (as on Base); declared so code handling any record can
        # name its table
        __tablename__: str
        __table__: FromClause

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime]
    modified_at: Mapped[datetime]
    modified_by: Mapped[str] = mapped_column(String(36))
    rev: Mapped[int] = mapped_column(Integer, default=1)
    deleted_at: Mapped[datetime | None]
    change_seq: Mapped[int] = mapped_column(Integer, index=True)
    field_stamps: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# ---------------------------------------------------------------------------------------------
# Local bookkeeping


class Counter(Base):
    """Named monotonic counters; `change_seq` is the one every synced write takes a number from."""

    __tablename__ = "counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


# The setting holding the name of the person using this installation (first run, Settings):
# `RecordWriter` signs each audit event with it. `SettingKey.WORKER_NAME` is this key.
WORKER_NAME_SETTING = "setup.worker_name"


class Setting(Base):
    """Small key/value settings kept with the data (council mode, export destination, ...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)


class Device(Base):
    """This installation (is_local) and, in council mode, the devices whose bundles we trust."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    name: Mapped[str] = mapped_column(String(200))
    is_local: Mapped[bool] = mapped_column(Boolean, default=False)
    public_key: Mapped[str | None] = mapped_column(Text)
    fingerprint: Mapped[str | None] = mapped_column(String(128))
    # local | enrolled | pending (bundle seen, not approved) | revoked
    status: Mapped[str] = mapped_column(String(20), default="enrolled")
    created_at: Mapped[datetime]
    enrolled_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]
    last_bundle_seq: Mapped[int] = mapped_column(Integer, default=0)


# ---------------------------------------------------------------------------------------------
# Synced records


class Organisation(SyncedRecord, Base):
    """A GAP registration, with its contact person (shared/domain/registration.md)."""

    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200), index=True)
    other_names: Mapped[list[str]] = mapped_column(JSON, default=list)
    legal_form: Mapped[str] = mapped_column(String(60))
    legal_form_other: Mapped[str | None] = mapped_column(String(200))
    # identifiers in org-id form, e.g. GB-CHC-1234567, GB-COH-01234567, GB-MPR-12345R
    charity_id: Mapped[str | None] = mapped_column(String(40), index=True)
    company_id: Mapped[str | None] = mapped_column(String(40), index=True)
    mutuals_id: Mapped[str | None] = mapped_column(String(40), index=True)
    address_lines: Mapped[list[str]] = mapped_column(JSON, default=list)
    town: Mapped[str | None] = mapped_column(String(100))
    postcode: Mapped[str] = mapped_column(String(10), index=True)
    ward: Mapped[str | None] = mapped_column(String(100), index=True)
    ward_list: Mapped[str | None] = mapped_column(String(100))
    district_area: Mapped[str | None] = mapped_column(String(100))
    areas_of_benefit: Mapped[list[str]] = mapped_column(JSON, default=list)
    themes: Mapped[list[str]] = mapped_column(JSON, default=list)
    beneficiaries: Mapped[list[str]] = mapped_column(JSON, default=list)
    beneficiaries_other: Mapped[str | None] = mapped_column(Text)
    year_founded: Mapped[int | None] = mapped_column(Integer)
    income_band: Mapped[str | None] = mapped_column(String(40))
    trustees_count: Mapped[int | None] = mapped_column(Integer)
    staff_fte: Mapped[float | None] = mapped_column(Float)
    volunteers_count: Mapped[int | None] = mapped_column(Integer)
    has_bank_account: Mapped[bool | None] = mapped_column(Boolean)
    bank_signatories: Mapped[int | None] = mapped_column(Integer)
    # {"safeguarding": "2025-03-01" | null, ...}: policy held -> its last review date
    policies: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    insurance: Mapped[list[str]] = mapped_column(JSON, default=list)
    interested_in: Mapped[list[str]] = mapped_column(JSON, default=list)
    cat_building: Mapped[str | None] = mapped_column(Text)
    contact_name: Mapped[str | None] = mapped_column(String(200))
    contact_role: Mapped[str | None] = mapped_column(String(100))
    contact_email: Mapped[str | None] = mapped_column(String(254))
    contact_phone: Mapped[str | None] = mapped_column(String(30))
    contact_language: Mapped[str | None] = mapped_column(String(60))
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_how: Mapped[str | None] = mapped_column(String(200))
    consent_covers: Mapped[list[str]] = mapped_column(JSON, default=list)
    gap_status: Mapped[str] = mapped_column(String(40), default="registered")
    gap_status_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)

    assessments: Mapped[list[Assessment]] = relationship(back_populates="organisation")


class FormSnapshot(SyncedRecord, Base):
    """The exact form definition an assessment was answered on."""

    __tablename__ = "form_snapshots"
    __table_args__ = (UniqueConstraint("form_id", "version", "sha256"),)

    form_id: Mapped[str] = mapped_column(String(80))
    version: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(200))
    # the form as loaded, in JSON form (forms.FormDefinition.model_dump(mode="json"))
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)


class Assessment(SyncedRecord, Base):
    """One health check or CAT readiness assessment of one organisation."""

    __tablename__ = "assessments"

    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    form_snapshot_id: Mapped[str] = mapped_column(ForeignKey("form_snapshots.id"))
    form_id: Mapped[str] = mapped_column(String(80))
    form_version: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(40))  # health_check | cat_readiness
    mode: Mapped[str] = mapped_column(String(20))  # facilitated | group
    venue: Mapped[str | None] = mapped_column(String(200))
    facilitator: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(20), default="draft")  # draft | completed
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_at: Mapped[datetime | None]
    started_at: Mapped[datetime]
    completed_at: Mapped[datetime | None]
    # where the runner was when it last saved, so reopening resumes exactly there
    current_question_id: Mapped[str | None] = mapped_column(String(80))
    notes: Mapped[str | None] = mapped_column(Text)
    # CAT: the stage the assessment is for (a stage id of its form), chosen at the start
    cat_stage: Mapped[str | None] = mapped_column(String(40))

    organisation: Mapped[Organisation] = relationship(back_populates="assessments")


class Participant(SyncedRecord, Base):
    """A person in a group session, known only by a label such as "P3" and a role."""

    __tablename__ = "participants"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    label: Mapped[str] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(40))  # trustee | volunteer | staff | member
    position: Mapped[int] = mapped_column(Integer, default=0)


class Response(SyncedRecord, Base):
    """One answer: a participant's rating, or (participant_id None) the agreed/facilitated answer.

    Its id is derived from (assessment, question, participant), so saving the same answer twice
    updates one row and two devices can never make two rows for the same answer.
    """

    __tablename__ = "responses"
    # change_seq too: counting what an export holds reads the index alone
    __table_args__ = (
        Index("ix_responses_assessment_question_seq", "assessment_id", "question_id", "change_seq"),
        # SQLite: the agreed answers scoring reads (desktop.services.scores.agreed_answers) in
        # the index alone, without a table lookup per answer: after an import the rows sit in
        # bundle order, far from their assessment's (1k: 0.24 -> 0.09 s). Not on PostgreSQL,
        # whose btree has no operator class for JSON (migration 0008).
        Index(
            "ix_responses_agreed",
            "assessment_id",
            "question_id",
            "value",
            "dont_know",
            # always NULL here, but named so that every SQLite version reads the index alone
            "participant_id",
            "deleted_at",
            sqlite_where=text("participant_id IS NULL AND deleted_at IS NULL"),
        ).ddl_if(dialect="sqlite"),
    )

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"))
    question_id: Mapped[str] = mapped_column(String(80))
    participant_id: Mapped[str | None] = mapped_column(ForeignKey("participants.id"))
    # the answer as JSON: an int level, "yes"/"partly"/"no", a choice id, a list, a number,
    # text or an ISO date; None when the answer is "don't know"
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    dont_know: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)


class ActionItem(SyncedRecord, Base):
    """One line of an assessment's action plan."""

    __tablename__ = "action_items"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    what: Mapped[str] = mapped_column(Text)
    who: Mapped[str | None] = mapped_column(String(200))
    due_date: Mapped[date | None] = mapped_column(Date)
    support_offer: Mapped[str | None] = mapped_column(Text)
    theme: Mapped[str | None] = mapped_column(String(100))
    source_id: Mapped[str | None] = mapped_column(String(80))  # question or section it came from
    status: Mapped[str] = mapped_column(String(20), default="todo")  # todo | doing | done
    position: Mapped[int] = mapped_column(Integer, default=0)


class ActionReview(SyncedRecord, Base):
    """How an earlier plan's action went, reviewed at the start of a new assessment."""

    __tablename__ = "action_reviews"

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"), index=True)
    action_item_id: Mapped[str] = mapped_column(ForeignKey("action_items.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(20))  # done | doing | dropped
    note: Mapped[str | None] = mapped_column(Text)


class CouncilResource(SyncedRecord, Base):
    """A file the council keeps current on every laptop: a form, the ward list, the support
    offers (desktop/services/resources.py). Its id follows from (kind, name), so each resource
    is one record whose content and version the council updates."""

    __tablename__ = "council_resources"
    __table_args__ = (Index("ix_council_resources_kind_name", "kind", "name"),)

    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(80))
    title: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(40))
    sha256: Mapped[str] = mapped_column(String(64))
    media_type: Mapped[str] = mapped_column(String(40))
    content: Mapped[str] = mapped_column(Text)


class ReviewNote(SyncedRecord, Base):
    """One entry of an assessment's review thread (append-only): a state council staff gave
    it (approved, has_issues, rejected), the laptop's resubmission after fixing it, or a comment
    alone (state None). The assessment's review state is the state of its latest note that has
    one; with none it is "received" (desktop/services/reviews.py)."""

    __tablename__ = "review_notes"
    __table_args__ = (Index("ix_review_notes_assessment_at", "assessment_id", "at"),)

    assessment_id: Mapped[str] = mapped_column(ForeignKey("assessments.id"))
    state: Mapped[str | None] = mapped_column(String(20))
    comment: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(200))
    at: Mapped[datetime]
    device_id: Mapped[str] = mapped_column(String(36))


class AuditEvent(SyncedRecord, Base):
    """Append-only trail of every field change: entity, field, old -> new, when, which device."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_entity", "entity_type", "entity_id"),)

    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(80))
    old_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    new_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    at: Mapped[datetime]
    device_id: Mapped[str] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(20), default="update")  # create|update|delete|...
    # The person using that device (its worker's name) when the change was made, where known.
    person: Mapped[str | None] = mapped_column(String(200))
    # Local only: the bundle or field pack this event arrived in (None: made here). The History
    # panels name it through the `imports` row with the same bundle id.
    bundle_id: Mapped[str | None] = mapped_column(String(36))


# ---------------------------------------------------------------------------------------------
# Stored results: derived rows, never synced


class AssessmentScore(Base):
    """A completed assessment's result, stored when it is completed or imported (and removed
    when it is reopened), so council screens add up a small table instead of scoring thousands
    of assessments. Always rebuildable from the answers (`gapkit db rescore`); never in bundles.

    `problem` says why an assessment could not be scored (its form is missing, an answer does
    not fit); such a row has no figures and council screens leave it out.
    """

    __tablename__ = "assessment_scores"
    __table_args__ = (
        Index("ix_assessment_scores_latest", "organisation_id", "kind", "started_at"),
        # Rows still without their JSON text (stored before it was kept): empty once filled, so
        # every reader's check for them (`score_missing`) costs nothing. Migration 0007 makes
        # it partial on PostgreSQL too; naming `postgresql_where` here would import
        # SQLAlchemy's PostgreSQL dialect (~40 ms) in every process that opens a SQLite file.
        Index(
            "ix_assessment_scores_without_json",
            "assessment_id",
            sqlite_where=text("result_json IS NULL"),
        ),
    )

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    # Copied from the assessment (rewritten whenever it changes), so council screens add up
    # this narrow table without reading the wide assessments rows.
    organisation_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))
    started_at: Mapped[datetime]
    overall_score: Mapped[float | None] = mapped_column(Float)
    overall_rag: Mapped[str | None] = mapped_column(String(10))
    verdict: Mapped[str | None] = mapped_column(String(40))  # CAT readiness only
    # what stands between the group and "Ready": the unmet conditions' question ids, in order
    unmet_conditions: Mapped[list[str]] = mapped_column(JSON, default=list)
    problem: Mapped[str | None] = mapped_column(Text)
    scored_at: Mapped[datetime]
    # The result as `assessments list --json` prints it (scores, verdict, unmet conditions,
    # section scores, themes), so a listing copies text instead of encoding 20,000 results.
    # Null only on rows stored before it was kept, until `score_missing` fills it in.
    result_json: Mapped[str | None] = mapped_column(Text)


class SectionScore(Base):
    """One section's score and band in a stored result."""

    __tablename__ = "assessment_section_scores"

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    section_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    score: Mapped[float | None] = mapped_column(Float)
    rag: Mapped[str | None] = mapped_column(String(10))


class SupportNeedRaised(Base):
    """A support theme a stored result raised."""

    __tablename__ = "assessment_support_needs"

    assessment_id: Mapped[str] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), primary_key=True
    )
    theme: Mapped[str] = mapped_column(String(100), primary_key=True)


# Derived tables, in the order their rows are written (all point at assessments).
SCORE_MODELS: tuple[type[Base], ...] = (AssessmentScore, SectionScore, SupportNeedRaised)


# ---------------------------------------------------------------------------------------------
# Sync bookkeeping (local to each installation)


class ExportRecord(Base):
    """A bundle this installation wrote."""

    __tablename__ = "exports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    bundle_seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    path: Mapped[str] = mapped_column(Text)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    include_drafts: Mapped[bool] = mapped_column(Boolean, default=False)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False)
    from_seq: Mapped[int] = mapped_column(Integer)
    to_seq: Mapped[int] = mapped_column(Integer)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ImportRecord(Base):
    """A bundle the council tried to import: merged, rejected, or waiting for device approval."""

    __tablename__ = "imports"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    bundle_id: Mapped[str | None] = mapped_column(String(36), index=True)
    device_id: Mapped[str | None] = mapped_column(String(36))
    device_name: Mapped[str | None] = mapped_column(String(200))
    bundle_seq: Mapped[int | None] = mapped_column(Integer)
    imported_at: Mapped[datetime]
    source_path: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))  # merged | rejected | waiting
    # field-export (a laptop's bundle, at the council) or field-pack (the council's, on a laptop)
    kind: Mapped[str] = mapped_column(String(20), default="field-export")
    message: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # a copy of a waiting bundle, kept so staff can approve the device and import it later
    kept_path: Mapped[str | None] = mapped_column(Text)


class PackRecord(Base):
    """Council: a field pack this installation built, so the next one for that laptop can
    carry only what changed (and whatever came into its scope) since."""

    __tablename__ = "packs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)
    bundle_seq: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime]
    path: Mapped[str] = mapped_column(Text)
    device_id: Mapped[str | None] = mapped_column(String(36), index=True)
    scope: Mapped[str] = mapped_column(String(20))  # all | wards | worked-with
    wards: Mapped[list[str]] = mapped_column(JSON, default=list)
    full: Mapped[bool] = mapped_column(Boolean, default=False)
    from_seq: Mapped[int] = mapped_column(Integer)
    to_seq: Mapped[int] = mapped_column(Integer)
    counts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    organisation_ids: Mapped[list[str]] = mapped_column(JSON, default=list)


class Conflict(Base):
    """Two devices changed the same field from the same starting value; the later one won."""

    __tablename__ = "conflicts"
    __table_args__ = (
        UniqueConstraint(
            "entity_type",
            "entity_id",
            "field",
            "winner_at",
            "winner_device",
            "loser_at",
            "loser_device",
            name="uq_conflict_pair",
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    organisation_id: Mapped[str | None] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(80))
    winner_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    winner_device: Mapped[str] = mapped_column(String(36))
    winner_at: Mapped[datetime]
    loser_value: Mapped[Any] = mapped_column(JSON, nullable=True)
    loser_device: Mapped[str] = mapped_column(String(36))
    loser_at: Mapped[datetime]
    bundle_id: Mapped[str | None] = mapped_column(String(36))
    detected_at: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(20), default="open")  # open | kept | reversed
    resolved_at: Mapped[datetime | None]


# The tables that travel in bundles, in an order where every foreign key points backwards.
SYNCED_MODELS: tuple[type[SyncedRecord], ...] = (
    Organisation,
    FormSnapshot,
    Assessment,
    Participant,
    Response,
    ActionItem,
    ActionReview,
    CouncilResource,
    ReviewNote,
    AuditEvent,
)

SYNC_COMMON_FIELDS = (
    "id",
    "created_at",
    "modified_at",
    "modified_by",
    "rev",
    "deleted_at",
)
# change_seq is local (each installation numbers its own writes) and field_stamps travels as the
# record's `_stamps`; neither is a stamped field itself. An audit event's bundle_id says how it
# arrived here, which is different at every installation.
LOCAL_ONLY_FIELDS = ("change_seq", "field_stamps", "bundle_id")


def stamped_fields(model: type[SyncedRecord]) -> list[str]:
    """The fields of a synced model that carry their own change stamp (all but bookkeeping)."""
    skip = set(SYNC_COMMON_FIELDS) | set(LOCAL_ONLY_FIELDS)
    table = model.__table__
    return [c.name for c in table.columns if c.name not in skip] + ["deleted_at"]


# PostgreSQL only (migration 0009): how many records of each assessment's family hold each change
# number, appended by triggers and summed per key by `family_change_log_compact()`. The export
# counts a family table's change range from it. Outside `Base.metadata`: SQLite has no such
# table, and nothing should create one there.
FAMILY_CHANGE_LOG = Table(
    "family_change_log",
    MetaData(),
    Column("table_name", Text, nullable=False),
    Column("change_seq", BigInteger, nullable=False),
    Column("assessment_id", Text, nullable=False),
    Column("records", BigInteger, nullable=False),
    Column("compacted", Boolean, nullable=False),
)
