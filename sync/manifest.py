"""The bundle manifest (manifest.json) and the format version."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from sync.records import MAX_SAFE_INTEGER, Id, Text100, Timestamp
from sync.timestamps import format_timestamp, utc_now

# The version of the bundle format this code writes and the newest it can read. Increase it
# when a change would make an older GAP Field Kit misread a bundle; readers refuse newer ones.
# Version 2 added field packs' `pack` manifest entry and the action_reviews and
# council_resources tables; version 3 the review_notes table. Older bundles (without them)
# are still read.
FORMAT_VERSION = 3

BundleKind = Literal["field-export", "field-pack"]
PackScopeKind = Literal["all", "wards", "worked-with"]
BUNDLE_SUFFIX = ".gapkit"
# Most organisations a pack may name as in scope (a large council has a few thousand).
PACK_MAX_ORGANISATIONS = 200_000
# A laptop writing a bundle every day for a century stays far below this; a larger number
# would only make every sequence-gap list huge.
MAX_BUNDLE_SEQ = 1_000_000


class ChangeRange(BaseModel):
    """The device's change sequence numbers a bundle covers: from_seq < change_seq <= to_seq."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    from_seq: Annotated[int, Field(ge=0, le=MAX_SAFE_INTEGER)]
    to_seq: Annotated[int, Field(ge=0, le=MAX_SAFE_INTEGER)]

    @model_validator(mode="after")
    def _ordered(self) -> ChangeRange:
        if self.to_seq < self.from_seq:
            raise ValueError("to_seq is before from_seq")
        return self


class PackInfo(BaseModel):
    """What a field pack is for: which laptop, and which organisations are in its scope."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    for_device_id: Id | None = Field(
        description="The laptop the pack was made for; empty: any laptop (then it is full)."
    )
    scope: PackScopeKind = Field(
        description="all organisations, those of some wards, or those the laptop worked with."
    )
    wards: Annotated[list[Text100], Field(max_length=1000)] = Field(
        description="The wards of a ward pack (empty otherwise)."
    )
    organisation_ids: Annotated[list[Id], Field(max_length=PACK_MAX_ORGANISATIONS)] = Field(
        description="Every organisation in scope, sent or not (a laptop may forget the others)."
    )


class Manifest(BaseModel):
    """What a bundle is: who made it, when, which changes it covers and how many records."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    format_version: int = Field(FORMAT_VERSION, description="Bundle format version.")
    bundle_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f-]{36}$")] = Field(
        description="UUID of this bundle."
    )
    bundle_seq: Annotated[int, Field(ge=1, le=MAX_BUNDLE_SEQ)] = Field(
        description="1 for the device's first bundle, then one more for each bundle it writes."
    )
    kind: BundleKind = Field(
        description="field-export (laptop to council) or field-pack (council to laptop)."
    )
    app_version: Annotated[str, StringConstraints(max_length=40)] = Field(
        description="GAP Field Kit version that wrote the bundle."
    )
    device_id: Id = Field(description="Id of the device that wrote and signed the bundle.")
    device_name: Annotated[str, StringConstraints(max_length=200)] = Field(
        description="Name of that device, e.g. the laptop's name."
    )
    created_at: Timestamp = Field(description="When the bundle was written (UTC).")
    full: bool = Field(False, description="True for a full export, false for changes only.")
    include_drafts: bool = Field(False, description="Whether draft assessments were included.")
    change_range: ChangeRange = Field(description="The device's change numbers covered.")
    counts: dict[str, Annotated[int, Field(ge=0, le=MAX_SAFE_INTEGER)]] = Field(
        default_factory=dict, description="Number of records per table (filled by the writer)."
    )
    pack: PackInfo | None = Field(
        None, description="For a field-pack: the laptop and the scope; empty for a field-export."
    )

    @model_validator(mode="after")
    def _pack_only_in_packs(self) -> Manifest:
        if (self.kind == "field-pack") != (self.pack is not None):
            raise ValueError("a field-pack (and only a field-pack) has a pack entry")
        return self

    @classmethod
    def new(
        cls,
        *,
        device_id: str,
        device_name: str,
        bundle_seq: int,
        from_seq: int,
        to_seq: int,
        app_version: str,
        kind: BundleKind = "field-export",
        full: bool = False,
        include_drafts: bool = False,
        created_at: datetime | None = None,
        bundle_id: str | None = None,
        pack: PackInfo | None = None,
    ) -> Manifest:
        """A manifest for a new bundle, with a fresh bundle id and the current time."""
        return cls(
            format_version=FORMAT_VERSION,
            bundle_id=bundle_id or str(uuid.uuid4()),
            bundle_seq=bundle_seq,
            kind=kind,
            app_version=app_version,
            device_id=device_id,
            device_name=device_name,
            created_at=format_timestamp(created_at or utc_now()),
            full=full,
            include_drafts=include_drafts,
            change_range=ChangeRange(from_seq=from_seq, to_seq=to_seq),
            pack=pack,
        )

    def to_json_bytes(self) -> bytes:
        # A field export has no pack entry at all (as in format 1), rather than a null one.
        exclude = {"pack"} if self.pack is None else None
        return (self.model_dump_json(indent=2, exclude=exclude) + "\n").encode("utf-8")
