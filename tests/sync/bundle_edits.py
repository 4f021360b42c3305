"""Taking a bundle apart and putting it back, edited or forged, for the sync and import tests."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

from sync.codecs import (
    DATAPACKAGE_FILE,
    SIGNATURE_FILE,
    FileDigest,
    encode_signature,
    signing_message,
)
from sync.keys import DeviceKey


def unzip(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def zip_members(path: Path, members: dict[str, bytes] | list[tuple[str, bytes]]) -> Path:
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return path


def zip_with_symlink(path: Path, members: dict[str, bytes], name: str, target: bytes) -> Path:
    """The members zipped with `name` made a symbolic link to `target`."""
    with zipfile.ZipFile(path, "w") as archive:
        for member, data in members.items():
            if member == name:
                info = zipfile.ZipInfo(member)
                info.create_system = 3  # Unix, so the mode bits below are read
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                archive.writestr(info, target)
            else:
                archive.writestr(member, data)
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
