"""This installation's identity: its Ed25519 device key and what it tells the council.

The key is made the first time a data folder is opened (`ensure_device_key`, called by
`open_services`) and kept in `<data folder>/keys/device-ed25519.pem`, readable only by the user.
Its public half and fingerprint are copied onto the local Device row, so council mode and
the Sync page can show them without touching the key file. `cryptography` is imported only
when the key is made or used, so opening the store stays light.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from desktop.errors import UserError
from desktop.store.db import Store
from desktop.store.models import Device

if TYPE_CHECKING:
    from sync.keys import DeviceInfo, DeviceKey

log = logging.getLogger(__name__)

KEYS_FOLDER = "keys"
DEVICE_KEY_FILE = "device-ed25519.pem"


def device_key_path(data_dir: Path) -> Path:
    return Path(data_dir) / KEYS_FOLDER / DEVICE_KEY_FILE


def ensure_device_key(store: Store) -> None:
    """Make this installation's key if its file is missing (once per data folder)."""
    if not device_key_path(store.data_dir).exists():
        DeviceService(store).key()


class DeviceService:
    """The local device: its signing key and the device file the council enrols."""

    def __init__(self, store: Store):
        self.store = store
        self._key: DeviceKey | None = None

    @property
    def key_path(self) -> Path:
        return device_key_path(self.store.data_dir)

    def key(self) -> DeviceKey:
        """The device's signing key, made (and its public half recorded) on first use."""
        if self._key is None:
            from sync.errors import KeyFileError
            from sync.keys import DeviceKey

            path = self.key_path
            existed = path.exists()
            try:
                path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
                key = DeviceKey.load_or_create(path)
            except KeyFileError as error:
                raise UserError(
                    "{problem} This laptop's signing key cannot be used, so bundles cannot be "
                    "signed. Restore the file from a backup, or move it aside to make a new "
                    "key (the council then has to enrol this laptop again).",
                    problem=error,
                ) from error
            except OSError as error:
                raise UserError(
                    "Cannot create this laptop's signing key in {folder}: "
                    "{reason}. Check that the data folder can be written to.",
                    folder=path.parent,
                    reason=error.strerror,
                ) from error
            self._record_public_key(key, made_now=not existed)
            self._key = key
        return self._key

    def info(self) -> DeviceInfo:
        """Device id, name, public key (base64) and fingerprint: `gapkit devices show --json`."""
        return self.key().device_info(self.store.device_id, self.store.device_name)

    def rename(self, name: str) -> None:
        """This device's name, the one its bundles carry and the council's device list shows."""
        name = " ".join(name.split())
        if not name or len(name) > 200:
            raise UserError("Give this computer a name of 1 to 200 characters.")
        with self.store.session() as session:
            device = session.scalars(select(Device).where(Device.is_local.is_(True))).one()
            device.name = name
        self.store.device_name = name

    def _record_public_key(self, key: DeviceKey, *, made_now: bool) -> None:
        with self.store.session() as session:
            device = session.scalars(select(Device).where(Device.is_local.is_(True))).one()
            if device.public_key == key.public_key_b64:
                return
            if device.public_key is not None:
                # The key file was lost or replaced: bundles signed now will not match the
                # key the council enrolled, so say so where someone can find it.
                log.warning(
                    "This laptop's signing key changed (was %s, now %s%s); the council must "
                    "enrol it again.",
                    device.fingerprint,
                    key.fingerprint,
                    ", made because the key file was missing" if made_now else "",
                )
            device.public_key = key.public_key_b64
            device.fingerprint = key.fingerprint


def default_council_key_dir(data_dir: Path) -> Path:
    """Where `gapkit keys council-init` puts the council's key pair unless told otherwise."""
    return Path(data_dir) / KEYS_FOLDER
