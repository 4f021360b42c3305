"""Council: the laptops whose bundles are trusted (enrol, list, revoke, approve).

A laptop is known by its device id and its Ed25519 public key. Staff enrol it from the file
`gapkit devices show --json` writes on the laptop, or from its public key and a name. A bundle
from a device nobody enrolled makes a *pending* device (its key taken from the bundle) and waits
until staff approve it, after comparing the fingerprint with the one the laptop shows.

A device enrolled from a bare public key has no device id yet: it is kept under the placeholder
id `key-<fingerprint>` and takes the real id from the first bundle signed with that key.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from desktop.errors import Message, NotFound, UserError, Word
from desktop.format import tr_noop
from desktop.store.db import Store
from desktop.store.models import Device
from sync.errors import KeyFileError
from sync.keys import DeviceInfo, b64, fingerprint
from sync.records import ID_REGEX
from sync.text import shown

PLACEHOLDER_PREFIX = "key-"
# A key fingerprint as `sync.keys.fingerprint` writes it: 8 groups of 4 hex digits.
FINGERPRINT_PATTERN = re.compile(r"[0-9a-f]{4}(?:-[0-9a-f]{4}){7}")


class DeviceStatus(StrEnum):
    LOCAL = "local"
    ENROLLED = "enrolled"
    PENDING = "pending"
    REVOKED = "revoked"


# A device's status inside a sentence ("The device X is revoked, ..."): the command line
# prints the status itself, the screens these words (a `Word` in the context "DeviceStatus").
STATUS_WORDS = (
    tr_noop("DeviceStatus", "local"),
    tr_noop("DeviceStatus", "enrolled"),
    tr_noop("DeviceStatus", "pending"),
    tr_noop("DeviceStatus", "revoked"),
)


def status_word(status: str) -> Word:
    return Word(str(status), "DeviceStatus")


@dataclass(frozen=True)
class TrustedDevice:
    """One device as council staff see it."""

    id: str
    name: str
    status: str
    fingerprint: str | None
    public_key: str | None
    created_at: datetime
    enrolled_at: datetime | None
    revoked_at: datetime | None
    last_bundle_seq: int

    @property
    def awaiting_first_bundle(self) -> bool:
        """Enrolled from a public key only: the device id comes with its first bundle."""
        return self.id.startswith(PLACEHOLDER_PREFIX)


class TrustDecision(StrEnum):
    TRUSTED = "trusted"
    UNKNOWN = "unknown"
    PENDING = "pending"
    REVOKED = "revoked"
    OURSELVES = "ourselves"
    WRONG_KEY = "wrong_key"
    KEY_OF_ANOTHER_DEVICE = "key_of_another_device"


@dataclass(frozen=True)
class Trust:
    """What the council's device list says about a bundle's signer."""

    decision: TrustDecision
    device: TrustedDevice | None = None


def _view(device: Device) -> TrustedDevice:
    return TrustedDevice(
        id=device.id,
        # Names come from outside (a bundle's manifest): shown with controls escaped.
        name=shown(device.name),
        status=device.status,
        fingerprint=device.fingerprint,
        public_key=device.public_key,
        created_at=device.created_at,
        enrolled_at=device.enrolled_at,
        revoked_at=device.revoked_at,
        last_bundle_seq=device.last_bundle_seq or 0,
    )


def normalise_public_key(text: str) -> tuple[str, str]:
    """The canonical base64 text of an Ed25519 public key and its fingerprint."""
    import base64
    import binascii

    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise UserError(
            "That public key is not valid base64 text. Copy it again from "
            "`gapkit devices show` on the laptop."
        ) from None
    if len(raw) != 32:
        raise UserError(
            "That public key has the wrong length ({length} bytes; a device key is 32). Copy "
            "it again from `gapkit devices show` on the laptop.",
            length=len(raw),
        )
    return b64(raw), fingerprint(raw)


def placeholder_id(key_fingerprint: str) -> str:
    return PLACEHOLDER_PREFIX + key_fingerprint.replace("-", "")[:32]


class TrustedDeviceService:
    """Council staff's list of trusted devices. Plain values in, `TrustedDevice` out."""

    def __init__(self, store: Store):
        self.store = store

    # -- staff actions -----------------------------------------------------------------------

    def enrol(self, info: DeviceInfo) -> TrustedDevice:
        """Trust the device described by a laptop's device file (re-enrolling is harmless)."""
        public_key, key_fingerprint = normalise_public_key(info.public_key)
        with self.store.session() as session:
            self._refuse_our_own(session, info.device_id, key_fingerprint)
            self._refuse_key_held_by_another(session, info.device_id, key_fingerprint)
            device = session.get(Device, info.device_id)
            placeholder = session.get(Device, placeholder_id(key_fingerprint))
            if placeholder is not None and device is None:
                session.delete(placeholder)
                session.flush()
            if device is None:
                device = Device(
                    id=info.device_id,
                    name=info.name,
                    is_local=False,
                    created_at=datetime.now(UTC),
                    last_bundle_seq=0,
                )
                session.add(device)
            elif (
                device.public_key
                and device.public_key != public_key
                and device.status != DeviceStatus.PENDING
            ):
                raise UserError(
                    "The device {name} ({device_id}) is already known with a different "
                    "key (fingerprint {known}); the file gives {given}. "
                    "If the laptop was reinstalled, revoke the old entry's bundles with care and "
                    "ask the laptop for a new device id; nothing was changed.",
                    name=device.name,
                    device_id=device.id,
                    known=device.fingerprint,
                    given=key_fingerprint,
                )
            # A pending entry was made from an unknown bundle, whose key anyone could have
            # used with this device id; the device file staff checked with the laptop wins.
            device.name = info.name
            device.public_key = public_key
            device.fingerprint = key_fingerprint
            device.status = DeviceStatus.ENROLLED
            device.enrolled_at = datetime.now(UTC)
            device.revoked_at = None
            session.flush()
            return _view(device)

    def enrol_file(self, path: str | os.PathLike[str]) -> TrustedDevice:
        """Enrol from the file `gapkit devices show --json` wrote on the laptop."""
        try:
            info = DeviceInfo.read(path)
        except KeyFileError as error:
            raise UserError(error.message) from None
        return self.enrol(info)

    def enrol_key(self, public_key: str, name: str, device_id: str | None = None) -> TrustedDevice:
        """Enrol from a public key and a name (the device id, if not given, comes later)."""
        name = name.strip()
        if not name or len(name) > 200:
            raise UserError("Give the device a name of 1 to 200 characters (e.g. the laptop's).")
        key_text, key_fingerprint = normalise_public_key(public_key)
        if device_id is None:
            with self.store.session() as session:
                existing = self._device_with_key(session, key_fingerprint)
                if existing is not None and existing.status != DeviceStatus.REVOKED:
                    if existing.is_local:
                        self._refuse_our_own(session, existing.id, key_fingerprint)
                    existing.name = name
                    if existing.status == DeviceStatus.PENDING:
                        existing.status = DeviceStatus.ENROLLED
                        existing.enrolled_at = datetime.now(UTC)
                    return _view(existing)
            device_id = placeholder_id(key_fingerprint)
        else:
            import re

            if not re.match(ID_REGEX, device_id):
                raise UserError(
                    "{device_id!r} is not a device id (it looks like a UUID).", device_id=device_id
                )
        return self.enrol(
            DeviceInfo(
                device_id=device_id,
                name=name,
                public_key=key_text,
                fingerprint=key_fingerprint,
            )
        )

    def approve(self, device_ref: str) -> TrustedDevice:
        """Trust a device whose bundle is waiting (check its fingerprint with the laptop first)."""
        with self.store.session() as session:
            device = self._find(session, device_ref)
            if device.status == DeviceStatus.ENROLLED:
                return _view(device)
            if device.status != DeviceStatus.PENDING:
                raise UserError(
                    "The device {name} is {status}, not waiting for approval; "
                    "to trust it again, enrol it from its device file.",
                    name=device.name,
                    status=status_word(device.status),
                )
            device.status = DeviceStatus.ENROLLED
            device.enrolled_at = datetime.now(UTC)
            return _view(device)

    def revoke(self, device_ref: str) -> TrustedDevice:
        """Stop trusting a device (lost or retired laptop): its future bundles are rejected.

        What it sent before stays; revoking never removes data.
        """
        with self.store.session() as session:
            # Revoking is the safe direction, so a name that only one device has also works.
            device = self._find(session, device_ref, by_unique_name=True)
            if device.is_local:
                raise UserError("This installation's own device cannot be revoked.")
            if device.status != DeviceStatus.REVOKED:
                device.status = DeviceStatus.REVOKED
                device.revoked_at = datetime.now(UTC)
            return _view(device)

    def forget_pending(self, device_ref: str) -> None:
        """Drop a pending device nobody recognises (its waiting bundles stay listed)."""
        with self.store.session() as session:
            device = self._find(session, device_ref)
            if device.status != DeviceStatus.PENDING:
                raise UserError(
                    "The device {name} is {status}, not pending.",
                    name=device.name,
                    status=status_word(device.status),
                )
            session.execute(delete(Device).where(Device.id == device.id))

    # -- reading -----------------------------------------------------------------------------

    def list(self, *, include_local: bool = False) -> list[TrustedDevice]:
        with self.store.session() as session:
            query = select(Device).order_by(Device.name, Device.id)
            if not include_local:
                query = query.where(Device.is_local.is_(False))
            return [_view(device) for device in session.scalars(query)]

    def get(self, device_ref: str) -> TrustedDevice:
        with self.store.session() as session:
            return _view(self._find(session, device_ref))

    # -- for the import service (inside its transaction) -------------------------------------

    def trust_in(self, session: Session, device_id: str, signing_key: str | None) -> Trust:
        """What the device list says about a bundle claiming `device_id`, signed by `signing_key`.

        A device enrolled from a bare key takes `device_id` here (in the caller's transaction,
        so a rejected bundle leaves the placeholder as it was).
        """
        key_fingerprint: str | None = None
        if signing_key:
            try:
                signing_key, key_fingerprint = normalise_public_key(signing_key)
            except UserError:
                key_fingerprint = None
        device = session.get(Device, device_id)
        if device is not None:
            if device.is_local:
                return Trust(TrustDecision.OURSELVES, _view(device))
            if device.status == DeviceStatus.REVOKED:
                return Trust(TrustDecision.REVOKED, _view(device))
            if device.status == DeviceStatus.PENDING:
                return Trust(TrustDecision.PENDING, _view(device))
            if key_fingerprint is not None and device.fingerprint != key_fingerprint:
                return Trust(TrustDecision.WRONG_KEY, _view(device))
            return Trust(TrustDecision.TRUSTED, _view(device))
        if key_fingerprint is None:
            return Trust(TrustDecision.UNKNOWN)
        holder = self._device_with_key(session, key_fingerprint)
        if holder is None:
            return Trust(TrustDecision.UNKNOWN)
        if holder.is_local:
            return Trust(TrustDecision.OURSELVES, _view(holder))
        if not holder.id.startswith(PLACEHOLDER_PREFIX):
            return Trust(TrustDecision.KEY_OF_ANOTHER_DEVICE, _view(holder))
        if holder.status == DeviceStatus.REVOKED:
            return Trust(TrustDecision.REVOKED, _view(holder))
        # First bundle from a device enrolled by its key: give the entry its real id.
        bound = Device(
            id=device_id,
            name=holder.name,
            is_local=False,
            public_key=holder.public_key,
            fingerprint=holder.fingerprint,
            status=holder.status,
            created_at=holder.created_at,
            enrolled_at=holder.enrolled_at,
            revoked_at=None,
            last_bundle_seq=0,
        )
        session.delete(holder)
        session.flush()
        session.add(bound)
        session.flush()
        return Trust(TrustDecision.TRUSTED, _view(bound))

    def add_pending(
        self, session: Session, device_id: str, name: str, signing_key: str
    ) -> TrustedDevice:
        """Remember an unknown device whose bundle is waiting, with the key it signed with."""
        key_text, key_fingerprint = normalise_public_key(signing_key)
        device = session.get(Device, device_id)
        if device is None:
            device = Device(
                id=device_id,
                name=name,
                is_local=False,
                public_key=key_text,
                fingerprint=key_fingerprint,
                status=DeviceStatus.PENDING,
                created_at=datetime.now(UTC),
                last_bundle_seq=0,
            )
            session.add(device)
            session.flush()
        return _view(device)

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _device_with_key(session: Session, key_fingerprint: str) -> Device | None:
        return session.scalars(
            select(Device).where(Device.fingerprint == key_fingerprint).order_by(Device.id)
        ).first()

    def _refuse_our_own(self, session: Session, device_id: str, key_fingerprint: str) -> None:
        local = session.scalars(select(Device).where(Device.is_local.is_(True))).first()
        if local is not None and (local.id == device_id or local.fingerprint == key_fingerprint):
            raise UserError(
                "That is this installation's own device; only laptops need enrolling here."
            )

    def _refuse_key_held_by_another(
        self, session: Session, device_id: str, key_fingerprint: str
    ) -> None:
        holder = self._device_with_key(session, key_fingerprint)
        if (
            holder is not None
            and holder.id != device_id
            and not holder.id.startswith(PLACEHOLDER_PREFIX)
            and holder.status != DeviceStatus.REVOKED
        ):
            raise UserError(
                "That key already belongs to the device {name} ({device_id}); one key "
                "cannot speak for two devices. Nothing was changed.",
                name=holder.name,
                device_id=holder.id,
            )

    def _find(self, session: Session, device_ref: str, *, by_unique_name: bool = False) -> Device:
        """A device by its exact id or its full key fingerprint, never by a prefix.

        With `by_unique_name`, also by a name no other device has. A fingerprint (39 characters
        with its dashes) can't be a device id (at most 36), so the
        two can't be confused; and since any bundle's fingerprint can be read by anyone, a
        prefix of either could name a stranger's device chosen to match it.
        """
        ref = device_ref.strip()
        by_id = session.get(Device, ref)
        by_fingerprint: list[Device] = []
        if FINGERPRINT_PATTERN.fullmatch(ref.lower()):
            by_fingerprint = list(
                session.scalars(select(Device).where(Device.fingerprint == ref.lower()))
            )
        candidates = {d.id: d for d in ([by_id] if by_id is not None else []) + by_fingerprint}
        if len(candidates) == 1:
            return next(iter(candidates.values()))
        if not candidates:
            named = session.scalars(select(Device).where(Device.name == ref)).all()
            if by_unique_name and len(named) == 1:
                return named[0]
            raise NotFound(
                "No device has the id or the full key fingerprint {ref!r}. {hint}",
                ref=shown(ref),
                hint=_name_hint(len(named)),
            )
        listed = ", ".join(f"{d.id} ({d.fingerprint})" for d in candidates.values())
        raise UserError(
            "{ref!r} names {count} devices ({listed}); nothing was changed. "
            "Give the device id, and compare the fingerprint with the laptop.",
            ref=shown(ref),
            count=len(candidates),
            listed=listed,
        )


def _name_hint(devices_so_named: int) -> Message:
    """What to give instead of a name that is not a device's id or fingerprint."""
    if devices_so_named == 1:
        return Message(
            "1 device is called that; give the device id or the full fingerprint from "
            "`gapkit devices list`."
        )
    if devices_so_named:
        return Message(
            "{count} devices are called that; give the device id or the full fingerprint from "
            "`gapkit devices list`.",
            count=devices_so_named,
        )
    return Message(
        "`gapkit devices list` shows the devices known here, with their ids and fingerprints."
    )
