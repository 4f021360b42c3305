"""Writing a bundle: a single `.gapkit` file that appears complete or not at all."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
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
    csv_header,
    csv_path,
    datapackage_descriptor,
    encode_csv_rows,
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
# ISA-L's deflate (the `isal` package) writes the same format as zlib, readable by any unzip:
# at level 1 it measured 5x faster than zlib's level 1 on a 1,000-assessment export (62 MB of
# JSON and CSV: 0.09 s against 0.44 s CPU) and its file is ~10% smaller. zlib when it is
# missing.
_fast_deflate: Any
try:
    from isal import isal_zlib as _fast_deflate
except ImportError:  # pragma: no cover - isal is a dependency; a source install may lack it
    _fast_deflate = None
_FAST_DEFLATE_MAX_LEVEL = 3


def _fast_deflate_at(level: int | None) -> bool:
    """Whether ISA-L deflates at this compression level (zlib's own is used otherwise)."""
    return _fast_deflate is not None and level is not None and 0 <= level <= _FAST_DEFLATE_MAX_LEVEL


# The CSV copy of a table is written while its JSON is being written, so it waits in a spool:
# in memory up to this size, then in a temporary file.
CSV_SPOOL_BYTES = 16 * 1024 * 1024

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BundleInfo:
    """What was written: where, which bundle, its size and hash (the whole file's SHA-256, or
    "" if the writer was told not to read it back for it), and the record counts."""

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


def check_record_keys(tables: Mapping[str, Sequence[Mapping[str, Any]]]) -> None:
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


@dataclass(frozen=True)
class EncodedBatch:
    """Some records of one table, already encoded: `json` is their JSON objects joined by commas
    (no brackets: a view of an array's text without its brackets saves copying it), `csv`
    their CSV lines, each ending in CRLF (no header)."""

    json: bytes | memoryview
    csv: bytes
    records: int


# A table's records, batch after batch; the writer adds the brackets and the CSV header.
TableBatches = Iterable[EncodedBatch]


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
    check_record_keys(tables)
    total = 2 * sum(len(tables.get(name, ())) for name in TABLES) + 1
    done = 0

    def report(amount: int) -> None:
        nonlocal done
        done += amount
        if progress is not None:
            progress(min(done, total), total)

    def batches(name: str) -> Iterator[EncodedBatch]:
        records = tables.get(name, ())
        if records:
            json_text = memoryview(encode_json(records))[1:-1]
            report(len(records))
            csv_text = encode_csv_rows(TABLES[name], records).encode("utf-8")
            report(len(records))
            yield EncodedBatch(json_text, csv_text, len(records))

    report(0)
    info = write_bundle_stream(
        dest_path,
        manifest=manifest,
        tables={name: batches(name) for name in TABLES},
        signing_key=signing_key,
        encrypt_to=encrypt_to,
        should_cancel=should_cancel,
        compresslevel=compresslevel,
    )
    report(total - done)
    return info


def write_bundle_stream(
    dest_path: str | os.PathLike[str],
    *,
    manifest: Manifest,
    tables: Mapping[str, TableBatches],
    signing_key: DeviceKey,
    encrypt_to: X25519PublicKey | str | os.PathLike[str] | bytes | None = None,
    should_cancel: Callable[[], bool] | None = None,
    compresslevel: int = DEFAULT_COMPRESSLEVEL,
    finish_manifest: Callable[[Manifest], Manifest] | None = None,
    file_sha256: bool = True,
) -> BundleInfo:
    """Write a signed bundle whose tables come as encoded batches, one table at a time.

    Each table's batches are consumed in table order (`TABLES`), written to its JSON file as
    they come and spooled for its CSV file, so only one batch (and at most `CSV_SPOOL_BYTES`
    of CSV) is held at once: the bundle is never in memory as a whole (unless it is encrypted,
    which takes the zip in one piece). Missing tables are written empty. The manifest's counts
    are filled in from the batches; then `finish_manifest(manifest)`, if given, may change it
    (or raise, to write nothing). With `file_sha256=False` the written file is not read back
    for its hash (`BundleInfo.sha256` is then ""): a field pack keeps none. Otherwise as
    `write_bundle`.
    """
    if manifest.format_version != FORMAT_VERSION:
        raise ValueError(f"this code writes format version {FORMAT_VERSION} only")
    unknown = set(tables) - set(TABLES)
    if unknown:
        raise ValueError(f"not bundle tables: {sorted(unknown)}")
    council_key = load_council_public_key(encrypt_to) if encrypt_to is not None else None
    destination = Path(dest_path)

    def check_cancel() -> None:
        if should_cancel is not None and should_cancel():
            raise Cancelled("Export cancelled; no bundle was written.")

    if not destination.parent.is_dir():
        raise BundleWriteError(
            f"The folder {destination.parent} does not exist; choose another place to save "
            "the bundle (is the USB stick plugged in?)."
        )
    check_cancel()
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
                manifest = _write_entries(
                    _Entries(archive, date_time),
                    manifest,
                    tables,
                    signing_key,
                    check_cancel,
                    finish_manifest,
                )
            if council_key is not None:
                assert isinstance(zip_target, io.BytesIO)
                handle.write(encrypt_bundle(zip_target.getvalue(), council_key))
            handle.flush()
            os.fsync(handle.fileno())
            size = handle.tell()
            file_hash = ""
            if file_sha256:
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
    return BundleInfo(
        path=destination,
        manifest=manifest,
        size=size,
        sha256=file_hash,
        encrypted=council_key is not None,
        council_key_fingerprint=council_key_fingerprint(council_key) if council_key else None,
    )


class _Entries:
    """Writes the zip's entries, streaming, and keeps each file's hash and size."""

    def __init__(self, archive: zipfile.ZipFile, date_time: tuple[int, ...]):
        self.archive = archive
        self.date_time = date_time
        self.digests: dict[str, FileDigest] = {}

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[Callable[[bytes | memoryview], None]]:
        """A `write(data)` for a new entry; its digest is recorded when the block ends."""
        info = zipfile.ZipInfo(name, date_time=self.date_time)  # type: ignore[arg-type]
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 3
        info.external_attr = 0o644 << 16
        level = self.archive.compresslevel
        info._compresslevel = level  # type: ignore[attr-defined]  # as writestr sets it
        digest = hashlib.sha256()
        size = 0
        # zip64 headers on every streamed entry: its size is unknown until it ends, and
        # zipfile refuses to go past 2 GiB in an entry opened without them (a council's full
        # export of ~50,000 assessments has a responses.json that large).
        with self.archive.open(info, "w", force_zip64=True) as entry:
            write_entry = _fast_entry_writer(entry, level) or entry.write

            def write(data: bytes | memoryview) -> None:
                nonlocal size
                if data:
                    digest.update(data)
                    size += len(data)
                    write_entry(data)

            yield write
        self.digests[name] = FileDigest(digest.hexdigest(), size)

    def add(self, name: str, data: bytes, *, signed: bool = True) -> None:
        with self.open(name) as write:
            write(data)
        if not signed:
            del self.digests[name]

    def add_copy(self, name: str, copy: _CsvCopy) -> None:
        """A CSV copy as a new entry: written now if it was kept as it came, or, if it was
        deflated as it came, its deflated bytes put in as they are (with the size, CRC and
        hash they were made with)."""
        copy.finish()
        if copy.deflated is None:
            with self.open(name) as write:
                for piece in copy.pieces():
                    write(piece)
            return
        info = zipfile.ZipInfo(name, date_time=self.date_time)  # type: ignore[arg-type]
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 3
        info.external_attr = 0o644 << 16
        info._compresslevel = self.archive.compresslevel  # type: ignore[attr-defined]
        deflated = copy.deflated
        with self.archive.open(info, "w", force_zip64=True) as entry:
            if not _takes_deflated_bytes(entry):  # checked before any deflating: can't happen
                raise RuntimeError("zipfile's entry writer changed under a running export")
            target = entry._fileobj  # type: ignore[attr-defined]
            written = 0
            for piece in deflated.pieces():
                target.write(piece)
                written += len(piece)
            # what zipfile's own write() would have counted; close() adds its compressor's
            # flush (nothing: the stream was ended) and writes them into the headers
            entry._file_size = copy.size  # type: ignore[attr-defined]
            entry._crc = copy.crc  # type: ignore[attr-defined]
            entry._compress_size = written  # type: ignore[attr-defined]
            entry._compressor = _Ended()  # type: ignore[attr-defined]
        self.digests[name] = FileDigest(copy.digest.hexdigest(), copy.size)


def _fast_entry_writer(
    entry: IO[bytes], level: int | None
) -> Callable[[bytes | memoryview], None] | None:
    """An entry's `write` with ISA-L's deflate and CRC-32 (the same formats as zlib's; its
    CRC-32 is ~10x faster than this zlib's on 60 MB), or None to keep zipfile's own.

    zipfile's entry writer (`_ZipWriteFile.write`) computes the CRC with zlib and compresses
    with `_compressor`; this one does the same with ISA-L and keeps the same counts, which
    zipfile writes into the headers when the entry closes. It reaches into zipfile's own
    attributes of an entry open for writing, before any byte is written, so it checks they
    are all there (a later Python may name them differently: then zipfile's writer is kept)."""
    if not _fast_deflate_at(level) or not _takes_deflated_bytes(entry):
        return None
    compressor = _fast_deflate.compressobj(level, _fast_deflate.DEFLATED, -15)
    entry._compressor = compressor  # type: ignore[attr-defined]
    crc32 = _fast_deflate.crc32
    target = entry._fileobj  # type: ignore[attr-defined]  # the zip file itself

    def write(data: bytes | memoryview) -> None:
        if entry.closed:
            raise ValueError("I/O operation on closed file.")
        entry._file_size += data.nbytes if isinstance(data, memoryview) else len(data)  # type: ignore[attr-defined]
        entry._crc = crc32(data, entry._crc)  # type: ignore[attr-defined]
        compressed = compressor.compress(data)
        entry._compress_size += len(compressed)  # type: ignore[attr-defined]
        target.write(compressed)

    return write


def _write_entries(
    entries: _Entries,
    manifest: Manifest,
    tables: Mapping[str, TableBatches],
    signing_key: DeviceKey,
    check_cancel: Callable[[], None],
    finish_manifest: Callable[[Manifest], Manifest] | None,
) -> Manifest:
    # Compressing in a second thread while serialising the next table was tried: deflate
    # releases the GIL, but on a two-core laptop it measured no faster, so this stays simple.
    counts: dict[str, int] = {}
    for name, spec in TABLES.items():
        count = 0
        with _CsvCopy(CSV_SPOOL_BYTES, entries.archive.compresslevel) as csv_copy:
            csv_copy.write(csv_header(spec).encode("utf-8"))
            with entries.open(json_path(name)) as write_json:
                write_json(b"[")
                for batch in tables.get(name, ()):
                    check_cancel()
                    if batch.records:
                        if count:
                            write_json(b",")
                        write_json(batch.json)
                        count += batch.records
                        csv_copy.write(batch.csv)
                write_json(b"]")
            entries.add_copy(csv_path(name), csv_copy)
        counts[name] = count
    manifest = manifest.model_copy(update={"counts": counts})
    if finish_manifest is not None:
        manifest = finish_manifest(manifest)
        if manifest.counts != counts:
            raise ValueError("finish_manifest must not change the counts")
    check_cancel()
    digests = entries.digests
    entries.add(DATAPACKAGE_FILE, encode_datapackage(datapackage_descriptor(manifest, digests)))
    entries.add(MANIFEST_FILE, manifest.to_json_bytes())
    signature = signing_key.sign(signing_message(digests))
    signature_file = encode_signature(
        device_id=manifest.device_id,
        public_key_b64=signing_key.public_key_b64,
        key_fingerprint=signing_key.fingerprint,
        digests=dict(digests),
        signature=signature,
    )
    entries.add(SIGNATURE_FILE, signature_file, signed=False)
    return manifest


class _Spool:
    """Bytes kept for later in the pieces they came in (no copy) up to `limit`, then in a
    temporary file (a table's CSV waits here while its JSON is written)."""

    _READ = 4 * 1024 * 1024

    def __init__(self, limit: int):
        self.limit = limit
        self._pieces: list[bytes] = []
        self._held = 0
        self._file: IO[bytes] | None = None

    def write(self, data: bytes) -> None:
        if self._file is None and self._held + len(data) > self.limit:
            self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by __exit__
            self._file.writelines(self._pieces)
            self._pieces = []
        if self._file is not None:
            self._file.write(data)
        else:
            self._pieces.append(data)
            self._held += len(data)

    def pieces(self) -> Iterator[bytes]:
        if self._file is None:
            yield from self._pieces
            return
        self._file.seek(0)
        while chunk := self._file.read(self._READ):
            yield chunk

    def __enter__(self) -> _Spool:
        return self

    def __exit__(self, *_: object) -> None:
        self._pieces = []
        if self._file is not None:
            self._file.close()


class _Ended:
    """The compressor of an entry whose deflated bytes were put in whole: nothing to flush."""

    @staticmethod
    def flush() -> bytes:
        return b""


def _takes_deflated_bytes(entry: Any) -> bool:
    """Whether zipfile's entry writer keeps the counts `_Entries.add_copy` and
    `_fast_entry_writer` set, and has written nothing yet."""
    return (
        all(
            hasattr(entry, name)
            for name in ("_compressor", "_crc", "_file_size", "_compress_size", "_fileobj")
        )
        and getattr(entry, "_compressor", None) is not None
        and not entry._file_size
    )


_DEFLATED_COPIES: bool | None = None


def _deflated_copies_work() -> bool:
    """Whether this Python's zipfile takes an entry's deflated bytes (`_Entries.add_copy`):
    tried once on an entry in memory."""
    global _DEFLATED_COPIES
    if _DEFLATED_COPIES is None:
        with (
            zipfile.ZipFile(io.BytesIO(), "w", compression=zipfile.ZIP_DEFLATED) as archive,
            archive.open("probe", "w", force_zip64=True) as entry,
        ):
            _DEFLATED_COPIES = _takes_deflated_bytes(entry)
    return _DEFLATED_COPIES


class _CsvCopy:
    """A table's CSV file while its JSON is written (the zip holds one entry at a time).

    Up to `limit` bytes it is kept as it came (`_Spool`) and written after the JSON, as
    always. Past `limit` (a big table: the answers' copy is ~20 MB at 1,000 assessments) it is
    hashed, checked (CRC-32) and deflated as it comes rather than all after the JSON: the
    compressor gets the pieces it always got from the spool's temporary file, `_Spool._READ`
    bytes each from the start, so the entry's bytes are the same; only the deflated bytes wait
    (in memory up to `limit`, then in a temporary file). Deflating with ISA-L only (the writer's
    usual deflate), as `_fast_entry_writer`; otherwise kept whole as before."""

    def __init__(self, limit: int, level: int | None):
        self.limit = limit
        self._level = level
        self._spool: _Spool | None = _Spool(limit)
        self._held = 0
        self._pending = bytearray()
        self._compressor: Any = None
        self.deflated: _Spool | None = None
        self.digest = hashlib.sha256()
        self.size = 0
        self.crc = 0

    def _can_deflate(self) -> bool:
        return _fast_deflate_at(self._level) and _deflated_copies_work()

    def write(self, data: bytes) -> None:
        if self._spool is not None:
            if self._held + len(data) <= self.limit or not self._can_deflate():
                self._spool.write(data)
                self._held += len(data)
                return
            # past the limit: from here on, deflated as it comes, from the first byte
            assert _fast_deflate is not None
            self._compressor = _fast_deflate.compressobj(self._level, _fast_deflate.DEFLATED, -15)
            self.deflated = _Spool(self.limit)
            self._pending = bytearray().join(self._spool.pieces())
            self._spool.__exit__()
            self._spool = None
        self._pending += data
        piece = _Spool._READ
        if len(self._pending) >= piece:
            whole = len(self._pending) - len(self._pending) % piece
            with memoryview(self._pending) as view:
                for start in range(0, whole, piece):
                    with view[start : start + piece] as part:
                        self._deflate(part)
            del self._pending[:whole]

    def _deflate(self, data: bytes | memoryview) -> None:
        assert _fast_deflate is not None and self.deflated is not None
        self.digest.update(data)
        self.size += len(data)
        self.crc = _fast_deflate.crc32(data, self.crc)
        deflated = self._compressor.compress(data)
        if deflated:
            self.deflated.write(deflated)

    def pieces(self) -> Iterator[bytes]:
        """What was kept as it came (a copy that was not deflated)."""
        assert self._spool is not None
        return self._spool.pieces()

    def __enter__(self) -> _CsvCopy:
        return self

    def finish(self) -> None:
        """The last piece deflated and the stream ended (a deflated copy), before `add_copy`."""
        if self._compressor is None or self.deflated is None:
            return
        if self._pending:
            self._deflate(bytes(self._pending))
            self._pending = bytearray()
        self.deflated.write(self._compressor.flush())
        self._compressor = None

    def __exit__(self, *_: object) -> None:
        if self._spool is not None:
            self._spool.__exit__()
        if self.deflated is not None:
            self.deflated.__exit__()
        self._pending = bytearray()


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
