"""Writing a bundle: a single `.gapkit` file that appears complete or not at all."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from sync._gc import gc_paused
from sync.codecs import (
    DATAPACKAGE_FILE,
    MANIFEST_FILE,
    SIGNATURE_FILE,
    FileDigest,
    csv_path,
    datapackage_descriptor,
    encode_csv,
    encode_datapackage,
    encode_json,
    encode_signature,
    json_path,
    signing_message,
)
from sync.encryption import encrypt_bundle
from sync.errors import BundleWriteError, Cancelled
from sync.keys import DeviceKey, council_key_fingerprint, load_council_public_key
from sync.manifest import FORMAT_VERSION, Manifest
from sync.records import TABLES
from sync.timestamps import parse_timestamp

# Level 1 deflate: measured on a 70,000-record bundle it is 2.5x faster than level 6 for a
# file only ~20% larger (the data is very repetitive either way).
DEFAULT_COMPRESSLEVEL = 1

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleInfo:
    """What was written: where, which bundle, its size and hash, and the record counts."""

    path: Path
    manifest: Manifest
    size: int
    sha256: str
    encrypted: bool
    council_key_fingerprint: str | None

    @property
    def bundle_id(self) -> str:
        return self.manifest.bundle_id

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.manifest.counts)


def _check_tables(tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
    """Catch a store bug at export time rather than as a rejected bundle at the council."""
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise ValueError(f"not bundle tables: {sorted(unknown)}")
    for name, records in tables.items():
        expected = TABLES[name].record_keys
        for index, record in enumerate(records):
            if record.keys() != expected:
                missing = sorted(expected - record.keys())
                extra = sorted(record.keys() - expected)
                raise ValueError(
                    f"{name} record {index} ({record.get('id')}) has the wrong keys: "
                    f"missing {missing}, unexpected {extra}"
                )


def remove_leftover_partials(folder: Path) -> list[Path]:
    """Remove the hidden `.NAME.gapkit.XXXX.partial` files an export killed mid-way left
    behind (a finished export renames its file into place; a failed one removes it).

    Called before each export to the folder. Two exports writing to the same folder at the same
    moment are not supported (the second would remove the first's unfinished file)."""
    removed = []
    for leftover in folder.glob(".*.gapkit.*.partial"):
        with contextlib.suppress(OSError):
            if leftover.is_file() and not leftover.is_symlink():
                leftover.unlink()
                removed.append(leftover)
    return removed


def write_bundle(
    dest_path: str | os.PathLike[str],
    *,
    manifest: Manifest,
    tables: Mapping[str, Sequence[Mapping[str, Any]]],
    signing_key: DeviceKey,
    encrypt_to: X25519PublicKey | str | os.PathLike[str] | bytes | None = None,
    progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    compresslevel: int = DEFAULT_COMPRESSLEVEL,
) -> BundleInfo:
    """Write `tables` (table name -> record dicts) as a signed bundle at `dest_path`.

    Tables missing from `tables` are written empty. The manifest's counts are filled in here.
    The file is written to a temporary file in the destination folder and renamed into place,
    so a failure or a cancel (`should_cancel()` returning True, checked between steps) leaves
    nothing behind; `progress(done, total)` is called from the calling thread. With
    `encrypt_to` (the council public key: key object, base64 text, `council.pub` path or raw
    bytes) the whole bundle is encrypted to it.

    Raises BundleWriteError (folder missing, disk full, ...) or Cancelled.
    """
    if manifest.format_version != FORMAT_VERSION:
        raise ValueError(f"this code writes format version {FORMAT_VERSION} only")
    _check_tables(tables)
    council_key = load_council_public_key(encrypt_to) if encrypt_to is not None else None
    destination = Path(dest_path)
    counts = {name: len(tables.get(name, ())) for name in TABLES}
    manifest = manifest.model_copy(update={"counts": counts})
    total = 2 * sum(counts.values()) + 1
    done = 0

    def step(amount: int) -> None:
        nonlocal done
        if should_cancel is not None and should_cancel():
            raise Cancelled("Export cancelled; no bundle was written.")
        done += amount
        if progress is not None:
            progress(min(done, total), total)

    if not destination.parent.is_dir():
        raise BundleWriteError(
            f"The folder {destination.parent} does not exist; choose another place to save "
            "the bundle (is the USB stick plugged in?)."
        )
    step(0)
    remove_leftover_partials(destination.parent)
    try:
        fd, temporary_name = tempfile.mkstemp(
            dir=destination.parent, prefix=f".{destination.name}.", suffix=".partial"
        )
    except OSError as exc:
        raise _write_error(destination, exc) from None
    temporary = Path(temporary_name)
    try:
        with os.fdopen(fd, "w+b") as handle:
            zip_target: IO[bytes] = handle
            if council_key is not None:
                zip_target = io.BytesIO()
            date_time = parse_timestamp(manifest.created_at).timetuple()[:6]
            with (
                zipfile.ZipFile(
                    zip_target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=compresslevel
                ) as archive,
                gc_paused(),
            ):
                _write_entries(archive, date_time, manifest, tables, signing_key, step)
            if council_key is not None:
                assert isinstance(zip_target, io.BytesIO)
                handle.write(encrypt_bundle(zip_target.getvalue(), council_key))
            handle.flush()
            os.fsync(handle.fileno())
            size = handle.tell()
            handle.seek(0)
            file_hash = hashlib.file_digest(handle, "sha256").hexdigest()
        os.replace(temporary, destination)
        _sync_folder(destination.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temporary.unlink()
        if isinstance(exc, OSError):
            raise _write_error(destination, exc) from None
        raise
    step(total - done)
    return BundleInfo(
        path=destination,
        manifest=manifest,
        size=size,
        sha256=file_hash,
        encrypted=council_key is not None,
        council_key_fingerprint=council_key_fingerprint(council_key) if council_key else None,
    )


def _write_entries(
    archive: zipfile.ZipFile,
    date_time: tuple[int, ...],
    manifest: Manifest,
    tables: Mapping[str, Sequence[Mapping[str, Any]]],
    signing_key: DeviceKey,
    step: Callable[[int], None],
) -> None:
    # Compressing in a second thread while serialising the next table was tried: deflate
    # releases the GIL, but on a two-core laptop it measured no faster, so this stays simple.
    digests: dict[str, FileDigest] = {}

    def add(name: str, data: bytes) -> None:
        digests[name] = FileDigest.of(data)
        _write_entry(archive, name, data, date_time)

    for name, spec in TABLES.items():
        records = tables.get(name, ())
        add(json_path(name), encode_json(records))
        step(len(records))
        add(csv_path(name), encode_csv(spec, records))
        step(len(records))
    add(DATAPACKAGE_FILE, encode_datapackage(datapackage_descriptor(manifest, digests)))
    add(MANIFEST_FILE, manifest.to_json_bytes())
    signature = signing_key.sign(signing_message(digests))
    signature_file = encode_signature(
        device_id=manifest.device_id,
        public_key_b64=signing_key.public_key_b64,
        key_fingerprint=signing_key.fingerprint,
        digests=digests,
        signature=signature,
    )
    _write_entry(archive, SIGNATURE_FILE, signature_file, date_time)


def _write_entry(
    archive: zipfile.ZipFile, name: str, data: bytes, date_time: tuple[int, ...]
) -> None:
    info = zipfile.ZipInfo(name, date_time=date_time)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3
    info.external_attr = 0o644 << 16
    archive.writestr(info, data, compresslevel=archive.compresslevel)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (a power cut must not lose a finished bundle)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems (e.g. FAT on a USB stick) can't sync a folder; the data is synced
    finally:
        os.close(fd)


def _write_error(destination: Path, exc: OSError) -> BundleWriteError:
    if exc.errno == errno.ENOSPC:
        reason = "the disk or USB stick is full"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "this folder cannot be written to"
    else:
        reason = exc.strerror or str(exc)
    return BundleWriteError(
        f"Could not save the bundle as {destination}: {reason}. Nothing was written; "
        "free some space or choose another folder and try again."
    )
