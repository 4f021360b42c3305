"""The bundle manifest (manifest.json) and the format version."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from sync.records import Id, Timestamp
from sync.timestamps import format_timestamp, utc_now

# The version of the bundle format this code writes and the newest it can read. Increase it
# when a change would make an older GAP Field Kit misread a bundle; readers refuse newer ones.
FORMAT_VERSION = 1

BundleKind = Literal["field-export", "field-pack"]
BUNDLE_SUFFIX = ".gapkit"


class ChangeRange(BaseModel):
    """The device's change sequence numbers a bundle covers: from_seq < change_seq <= to_seq."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    from_seq: Annotated[int, Field(ge=0)]
    to_seq: Annotated[int, Field(ge=0)]

    @model_validator(mode="after")
    def _ordered(self) -> ChangeRange:
        if self.to_seq < self.from_seq:
            raise ValueError("to_seq is before from_seq")
        return self


class Manifest(BaseModel):
    """What a bundle is: who made it, when, which changes it covers and how many records."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    format_version: int = Field(FORMAT_VERSION, description="Bundle format version.")
    bundle_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f-]{36}$")] = Field(
        description="UUID of this bundle."
    )
    bundle_seq: Annotated[int, Field(ge=1)] = Field(
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
    counts: dict[str, Annotated[int, Field(ge=0)]] = Field(
        default_factory=dict, description="Number of records per table (filled by the writer)."
    )

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
        )

    def to_json_bytes(self) -> bytes:
        return (self.model_dump_json(indent=2) + "\n").encode("utf-8")
