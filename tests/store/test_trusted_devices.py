"""Council's list of trusted devices: enrol from a device file or a key, approve, revoke."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from desktop.errors import NotFound, UserError
from desktop.services.sync.trust import (
    DeviceStatus,
    TrustDecision,
    TrustedDeviceService,
    placeholder_id,
)
from sync.keys import DeviceKey


def _laptop(name: str = "Field laptop 3") -> tuple[DeviceKey, str, str]:
    return DeviceKey.generate(), str(uuid.uuid4()), name


def test_enrolling_from_device_file_trusts_its_key(store, tmp_path: Path) -> None:
    key, device_id, name = _laptop()
    device_file = tmp_path / "laptop.json"
    device_file.write_text(key.device_info(device_id, name).to_json())
    devices = TrustedDeviceService(store)

    enrolled = devices.enrol_file(device_file)

    assert enrolled.id == device_id
    assert enrolled.status == DeviceStatus.ENROLLED
    assert enrolled.fingerprint == key.fingerprint
    assert [d.id for d in devices.list()] == [device_id]
    with store.session() as session:
        trust = devices.trust_in(session, device_id, key.public_key_b64)
    assert trust.decision == TrustDecision.TRUSTED


def test_enrolling_twice_is_harmless_but_a_different_key_is_refused(store) -> None:
    key, device_id, name = _laptop()
    devices = TrustedDeviceService(store)
    devices.enrol(key.device_info(device_id, name))
    devices.enrol(key.device_info(device_id, "Renamed laptop"))
    assert devices.get(device_id).name == "Renamed laptop"

    other = DeviceKey.generate()
    with pytest.raises(UserError, match="different key"):
        devices.enrol(other.device_info(device_id, name))
    assert devices.get(device_id).fingerprint == key.fingerprint


def test_tampered_device_file_is_refused_with_a_message(store, tmp_path: Path) -> None:
    key, device_id, name = _laptop()
    text = key.device_info(device_id, name).to_json()
    other = DeviceKey.generate()
    device_file = tmp_path / "laptop.json"
    device_file.write_text(text.replace(key.public_key_b64, other.public_key_b64))
    with pytest.raises(UserError, match="fingerprint does not match"):
        TrustedDeviceService(store).enrol_file(device_file)
    assert TrustedDeviceService(store).list() == []


def test_device_enrolled_by_key_takes_its_id_from_its_first_bundle(store) -> None:
    key, device_id, _name = _laptop()
    devices = TrustedDeviceService(store)
    enrolled = devices.enrol_key(key.public_key_b64, "Laptop by key")
    assert enrolled.id == placeholder_id(key.fingerprint)
    assert enrolled.awaiting_first_bundle

    with store.session() as session:
        trust = devices.trust_in(session, device_id, key.public_key_b64)
    assert trust.decision == TrustDecision.TRUSTED
    assert [(d.id, d.name) for d in devices.list()] == [(device_id, "Laptop by key")]


def test_key_of_one_device_cannot_speak_for_another(store) -> None:
    key, device_id, name = _laptop()
    devices = TrustedDeviceService(store)
    devices.enrol(key.device_info(device_id, name))
    with store.session() as session:
        trust = devices.trust_in(session, str(uuid.uuid4()), key.public_key_b64)
    assert trust.decision == TrustDecision.KEY_OF_ANOTHER_DEVICE
    with pytest.raises(UserError, match="already belongs"):
        devices.enrol(key.device_info(str(uuid.uuid4()), "Impostor"))


def test_enrolled_device_signing_with_another_key_is_not_trusted(store) -> None:
    key, device_id, name = _laptop()
    devices = TrustedDeviceService(store)
    devices.enrol(key.device_info(device_id, name))
    with store.session() as session:
        trust = devices.trust_in(session, device_id, DeviceKey.generate().public_key_b64)
    assert trust.decision == TrustDecision.WRONG_KEY


def test_unknown_device_becomes_pending_then_approved(store) -> None:
    key, device_id, name = _laptop()
    devices = TrustedDeviceService(store)
    with store.session() as session:
        assert devices.trust_in(session, device_id, key.public_key_b64).decision == (
            TrustDecision.UNKNOWN
        )
        devices.add_pending(session, device_id, name, key.public_key_b64)
    with store.session() as session:
        assert devices.trust_in(session, device_id, key.public_key_b64).decision == (
            TrustDecision.PENDING
        )

    approved = devices.approve(device_id)

    assert approved.status == DeviceStatus.ENROLLED
    with store.session() as session:
        assert devices.trust_in(session, device_id, key.public_key_b64).decision == (
            TrustDecision.TRUSTED
        )


def test_revoked_device_is_no_longer_trusted_and_cannot_be_approved(store) -> None:
    key, device_id, name = _laptop()
    devices = TrustedDeviceService(store)
    devices.enrol(key.device_info(device_id, name))

    revoked = devices.revoke(name)

    assert revoked.status == DeviceStatus.REVOKED
    assert revoked.revoked_at is not None
    with store.session() as session:
        assert devices.trust_in(session, device_id, key.public_key_b64).decision == (
            TrustDecision.REVOKED
        )
    with pytest.raises(UserError, match="revoked"):
        devices.approve(device_id)


def test_our_own_device_is_neither_enrolled_nor_trusted_as_a_laptop(store) -> None:
    devices = TrustedDeviceService(store)
    with pytest.raises(UserError, match="own device"):
        devices.enrol_key(DeviceKey.generate().public_key_b64, "Me", device_id=store.device_id)
    with store.session() as session:
        assert devices.trust_in(session, store.device_id, None).decision == (
            TrustDecision.OURSELVES
        )


def test_unknown_reference_and_bad_key_give_messages(store) -> None:
    devices = TrustedDeviceService(store)
    with pytest.raises(NotFound, match="devices list"):
        devices.revoke("no-such-laptop")
    with pytest.raises(UserError, match="base64"):
        devices.enrol_key("not a key!", "Laptop")
    with pytest.raises(UserError, match="wrong length"):
        devices.enrol_key("AAAA", "Laptop")
