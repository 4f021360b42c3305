"""This laptop's device key: made on first open, private, recorded, and what the council enrols."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import UserError
from desktop.services import open_services
from desktop.services.devices import DeviceService, device_key_path
from desktop.store.models import Device
from sync.keys import DeviceInfo, DeviceKey


def local_device(store) -> Device:  # type: ignore[no-untyped-def]
    with store.session() as session:
        return session.scalars(select(Device).where(Device.is_local.is_(True))).one()


def test_first_open_makes_a_private_key_and_records_its_public_half(data_dir: Path) -> None:
    store = open_services(data_dir, device_name="Field laptop 3").store
    try:
        path = device_key_path(data_dir)
        assert path == data_dir / "keys" / "device-ed25519.pem"
        if os.name == "posix":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0
        key = DeviceKey.load(path)
        device = local_device(store)
        assert device.public_key == key.public_key_b64
        assert device.fingerprint == key.fingerprint
    finally:
        store.close()


def test_reopening_keeps_the_same_key(data_dir: Path) -> None:
    first = open_services(data_dir).store
    fingerprint = DeviceService(first).info().fingerprint
    first.close()
    second = open_services(data_dir).store
    try:
        assert DeviceService(second).info().fingerprint == fingerprint
    finally:
        second.close()


def test_device_info_is_the_file_the_council_enrols(services) -> None:  # type: ignore[no-untyped-def]
    info = services.devices.info()
    assert info.device_id == services.store.device_id
    assert info.name == "Test laptop"
    assert DeviceInfo.from_json(info.to_json()) == info
    assert info.public_key == local_device(services.store).public_key


def test_a_damaged_key_file_is_reported_with_what_to_do(data_dir: Path) -> None:
    open_services(data_dir).store.close()
    device_key_path(data_dir).write_text("not a key")
    store = open_services(data_dir).store
    try:
        with pytest.raises(UserError, match="cannot be used.*enrol this laptop again"):
            DeviceService(store).info()
    finally:
        store.close()


def test_a_lost_key_file_is_replaced_and_the_change_is_logged(
    data_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    store = open_services(data_dir).store
    old = local_device(store).fingerprint
    store.close()
    device_key_path(data_dir).unlink()
    with caplog.at_level(logging.WARNING, logger="desktop.services.devices"):
        store = open_services(data_dir).store
    try:
        new = local_device(store).fingerprint
        assert new != old and new == DeviceService(store).info().fingerprint
        assert "enrol it again" in caplog.text and old in caplog.text
    finally:
        store.close()
