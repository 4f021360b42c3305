"""Laptop: the council whose field packs this laptop accepts.

The council's device file (`gapkit devices show --json` on the council's computer) gives its
device id, name and Ed25519 public key. A person compares the fingerprint with the one the
council's screen shows before trusting it (`gapkit council trust FILE`, the Settings page,
the first-run wizard: all call `CouncilTrustService.trust`). A laptop trusts one council at a
time; packs signed by any other key are refused.

Replacing the trusted key is what an attacker with a USB stick would want, so it needs an
explicit `replace=True` (the CLI's `--replace`, a second confirmation in the app) and writes
an audit event, which travels to the council with the laptop's next export.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from desktop.errors import UserError
from desktop.services.sync.trust import normalise_public_key
from desktop.store.db import Store
from desktop.store.models import Device
from desktop.store.records import RecordWriter
from sync.errors import KeyFileError
from sync.keys import DeviceInfo

# Device.status of the council this laptop trusts, and of a council key it trusted before.
COUNCIL = "council"
FORMER_COUNCIL = "former-council"
AUDIT_ENTITY = "council_key"


@dataclass(frozen=True)
class TrustedCouncil:
    device_id: str
    name: str
    public_key: str
    fingerprint: str
    trusted_at: datetime


class CouncilKeyChangeRefused(UserError):
    """Another council key is already trusted; replacing it needs an explicit confirmation."""

    def __init__(self, current: TrustedCouncil, offered: DeviceInfo):
        self.current = current
        self.offered = offered
        super().__init__(
            "This laptop already trusts {current} (fingerprint {current_fingerprint}). "
            "The file gives {offered} with another key (fingerprint {offered_fingerprint}). "
            "Replace the trusted key only if the council told you its key changed and the new "
            "fingerprint matches the one on the council's screen; nothing was changed.",
            current=current.name,
            current_fingerprint=current.fingerprint,
            offered=offered.name,
            offered_fingerprint=offered.fingerprint,
        )


def _view(device: Device) -> TrustedCouncil:
    assert device.public_key is not None and device.fingerprint is not None
    return TrustedCouncil(
        device_id=device.id,
        name=device.name,
        public_key=device.public_key,
        fingerprint=device.fingerprint,
        trusted_at=device.enrolled_at or device.created_at,
    )


class CouncilTrustService:
    """Which council key this laptop trusts. Plain values in, `TrustedCouncil` out."""

    def __init__(self, store: Store):
        self.store = store

    @staticmethod
    def read_file(path: str | os.PathLike[str]) -> DeviceInfo:
        """The council's device file, checked (its fingerprint must match its key)."""
        try:
            return DeviceInfo.read(path)
        except KeyFileError as error:
            raise UserError(
                "{problem} Use the file `gapkit devices show --json` writes on the council's "
                "computer.",
                problem=error.message,
            ) from None

    def current(self) -> TrustedCouncil | None:
        with self.store.session() as session:
            device = session.scalars(select(Device).where(Device.status == COUNCIL)).first()
            return _view(device) if device is not None else None

    def trust(self, info: DeviceInfo, *, replace: bool = False) -> TrustedCouncil:
        """Trust this council key (the person has compared its fingerprint).

        Trusting the key already trusted changes nothing. Another key raises
        `CouncilKeyChangeRefused` unless `replace` is true; then the old key is kept as a
        former council key and the change is audited.
        """
        public_key, key_fingerprint = normalise_public_key(info.public_key)
        now = datetime.now(UTC)
        with self.store.session() as session:
            if info.device_id == self.store.device_id:
                raise UserError(
                    "That is this computer's own device file, not the council's. Use the file "
                    "from the council's computer."
                )
            current = session.scalars(select(Device).where(Device.status == COUNCIL)).first()
            if (
                current is not None
                and current.public_key == public_key
                and current.id == info.device_id
            ):
                current.name = info.name
                return _view(current)
            if current is not None and not replace:
                raise CouncilKeyChangeRefused(_view(current), info)
            writer = RecordWriter(session, self.store.device_id)
            old_fingerprint = None
            if current is not None:
                old_fingerprint = current.fingerprint
                current.status = FORMER_COUNCIL
                current.revoked_at = now
                session.flush()
            device = session.get(Device, info.device_id)
            if device is not None and device.is_local:
                raise UserError("That device id is this computer's own; nothing was changed.")
            if device is None:
                device = Device(
                    id=info.device_id,
                    name=info.name,
                    is_local=False,
                    created_at=now,
                    last_bundle_seq=0,
                )
                session.add(device)
            device.name = info.name
            device.public_key = public_key
            device.fingerprint = key_fingerprint
            device.status = COUNCIL
            device.enrolled_at = now
            device.revoked_at = None
            writer.audit(
                AUDIT_ENTITY,
                info.device_id,
                "fingerprint",
                old_fingerprint,
                key_fingerprint,
                action="replace" if current is not None else "trust",
            )
            session.flush()
            return _view(device)
