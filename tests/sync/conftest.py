"""Fixtures for the sync tests: a device key, a small realistic dataset, a bundle writer."""

from __future__ import annotations

import base64
import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from sync.codecs import (
    DATAPACKAGE_FILE,
    SIGNATURE_FILE,
    FileDigest,
    encode_signature,
    signing_message,
)
from sync.keys import DeviceKey
from sync.manifest import Manifest
from sync.writer import write_bundle
from tests.sync.factories import DEVICE_A, dataset

# Later than every timestamp the factories make, and what the reader is told "now" is.
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="session")
def device_key() -> DeviceKey:
    return DeviceKey.generate()


@pytest.fixture
def tables() -> dict[str, list[dict[str, Any]]]:
    return dataset(assessments=3, questions=4, participants=2, actions=2)


def make_manifest(**changes: Any) -> Manifest:
    values: dict[str, Any] = {
        "device_id": DEVICE_A,
        "device_name": "Field laptop 3",
        "bundle_seq": 1,
        "from_seq": 0,
        "to_seq": 42,
        "app_version": "0.1.0",
        "full": True,
        "created_at": NOW,
    }
    values.update(changes)
    return Manifest.new(**values)


WriteBundle = Callable[..., Path]


@pytest.fixture
def write(tmp_path: Path, device_key: DeviceKey) -> WriteBundle:
    """Write `tables` as a bundle in tmp_path and return its path."""
    counter = iter(range(1, 10_000))

    def _write(tables: dict[str, list[dict[str, Any]]], **options: Any) -> Path:
        path = tmp_path / f"bundle-{next(counter)}.gapkit"
        manifest = options.pop("manifest", None) or make_manifest(
            **options.pop("manifest_changes", {})
        )
        write_bundle(
            path,
            manifest=manifest,
            tables=tables,
            signing_key=options.pop("key", device_key),
            **options,
        )
        return path

    return _write


def unzip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zip_members(path: Path, members: dict[str, bytes] | list[tuple[str, bytes]]) -> Path:
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return path


def resign(members: dict[str, bytes], key: DeviceKey) -> dict[str, bytes]:
    """Make hashes and signature match the (edited) files again, as a forger with the key could."""
    members = dict(members)
    package = json.loads(members[DATAPACKAGE_FILE])
    for resource in package["resources"]:
        for info in (resource, resource["gapkit_json"]):
            if info["path"] in members:
                digest = FileDigest.of(members[info["path"]])
                info["hash"] = f"sha256:{digest.sha256}"
                info["bytes"] = digest.size
    members[DATAPACKAGE_FILE] = json.dumps(package, indent=2).encode()
    digests = {n: FileDigest.of(d) for n, d in members.items() if n != SIGNATURE_FILE}
    old = json.loads(members[SIGNATURE_FILE])
    members[SIGNATURE_FILE] = encode_signature(
        device_id=old["device_id"],
        public_key_b64=key.public_key_b64,
        key_fingerprint=key.fingerprint,
        digests=digests,
        signature=key.sign(signing_message(digests)),
    )
    return members


def raw_signature(members: dict[str, bytes]) -> bytes:
    return base64.b64decode(json.loads(members[SIGNATURE_FILE])["signature"])


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
