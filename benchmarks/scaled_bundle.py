"""A bundle N times as large as a real laptop's export, for scale curves (1k, 5k, 20k).

Making 20,000 assessments through the app takes most of an hour on this machine; this takes the
records of a real export (say 1,000 assessments) and writes them N times, each copy with every
record id renamed (a UUID5 of the copy number and the old id, references renamed alike), so
the copies are distinct organisations with their own assessments, answers and audit trail. The
form snapshots and the device stay shared. The bundle is then signed again with the laptop's
key: it is exactly what that laptop would have exported, had it done N times the work.

Everything is written a piece at a time (a 20x bundle unpacks to about 1.4 GB).

Run: python3 benchmarks/scaled_bundle.py SOURCE.gapkit LAPTOP_DATA_DIR TIMES OUT.gapkit [FIRST]
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
import uuid
import zipfile
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_UUID = re.compile(rb"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_NAMESPACE = uuid.UUID("6f1d0c9e-3b1a-4c52-9a43-5d0f3c2b7e10")
SHARED_TABLES = ("form_snapshots", "council_resources")


def scaled_bundle(
    source: Path, laptop_data_dir: Path, times: int, out: Path, first_copy: int = 0
) -> Path:
    """Copies `first_copy` .. `first_copy + times - 1` (copy 0 keeps the ids it had)."""
    from desktop.services.devices import device_key_path
    from sync.codecs import (
        DATAPACKAGE_FILE,
        MANIFEST_FILE,
        SIGNATURE_FILE,
        FileDigest,
        encode_signature,
        signing_message,
    )
    from sync.keys import DeviceKey

    key = DeviceKey.load(device_key_path(laptop_data_dir))
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members[MANIFEST_FILE])
    package = json.loads(members[DATAPACKAGE_FILE])
    renamed: set[bytes] = set()
    for table in manifest["counts"]:
        if table not in SHARED_TABLES:
            for record in json.loads(members[f"data/{table}.json"]):
                renamed.add(record["id"].encode())

    def copy_of(data: bytes, copy: int) -> bytes:
        if copy == 0:
            return data

        def rename(match: re.Match[bytes]) -> bytes:
            old = match.group()
            if old not in renamed:
                return old
            return str(uuid.uuid5(_NAMESPACE, f"{copy}:{old.decode()}")).encode()

        return _UUID.sub(rename, data)

    digests: dict[str, FileDigest] = {}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as target:

        def write(name: str, pieces: Iterable[bytes]) -> None:
            hasher = hashlib.sha256()
            size = 0
            with target.open(name, "w", force_zip64=True) as handle:
                for piece in pieces:
                    handle.write(piece)
                    hasher.update(piece)
                    size += len(piece)
            digests[name] = FileDigest(hasher.hexdigest(), size)

        for table in manifest["counts"]:
            json_name, csv_name = f"data/{table}.json", f"data/{table}.csv"
            if table in SHARED_TABLES or manifest["counts"][table] == 0:
                write(json_name, [members[json_name]])
                write(csv_name, [members[csv_name]])
                continue
            body = members[json_name].strip()[1:-1]
            numbers = range(first_copy, first_copy + times)
            copies = (
                (b"," if copy != first_copy else b"[") + copy_of(body, copy) for copy in numbers
            )
            write(json_name, itertools.chain(copies, [b"]"]))
            header, _, rows = members[csv_name].partition(b"\n")
            csv_copies = (copy_of(rows, copy) for copy in numbers)
            write(csv_name, itertools.chain([header + b"\n"], csv_copies))
            manifest["counts"][table] *= times
        manifest["bundle_id"] = str(uuid.uuid4())
        manifest_bytes = json.dumps(manifest, indent=2).encode()
        for resource in package["resources"]:
            for info in (resource, resource["gapkit_json"]):
                digest = digests[info["path"]]
                info["hash"] = f"sha256:{digest.sha256}"
                info["bytes"] = digest.size
        package_bytes = json.dumps(package, indent=2).encode()
        target.writestr(MANIFEST_FILE, manifest_bytes)
        target.writestr(DATAPACKAGE_FILE, package_bytes)
        digests[MANIFEST_FILE] = FileDigest.of(manifest_bytes)
        digests[DATAPACKAGE_FILE] = FileDigest.of(package_bytes)
        old = json.loads(members[SIGNATURE_FILE])
        target.writestr(
            SIGNATURE_FILE,
            encode_signature(
                device_id=old["device_id"],
                public_key_b64=key.public_key_b64,
                key_fingerprint=key.fingerprint,
                digests=digests,
                signature=key.sign(signing_message(digests)),
            ),
        )
    return out


if __name__ == "__main__":
    source, data_dir, times, out = sys.argv[1:5]
    first = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    print(scaled_bundle(Path(source), Path(data_dir), int(times), Path(out), first))
