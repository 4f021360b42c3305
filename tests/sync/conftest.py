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
    SIGNATURE_FILE,
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


def raw_signature(members: dict[str, bytes]) -> bytes:
    return base64.b64decode(json.loads(members[SIGNATURE_FILE])["signature"])


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()
