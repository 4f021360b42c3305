"""Opening a bundle for import: safe unpacking, decryption, hashes, signature, record checks.

Use in this order (the caller looks the device up between the steps):

    bundle = open_bundle(path, decrypt_key=council_private_key)   # BundleError if unusable
    device = find_device(bundle.manifest.device_id)                # unknown: bundle waits
    bundle.verify(device.public_key)                               # SignatureError
    for table in bundle.tables:
        rows = bundle.records(table)                               # RecordError
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import math
import operator
import os
import re
import tempfile
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from pydantic import ValidationError

from sync._gc import gc_paused
from sync.bounded import BoundedInputError, check_json_value, open_regular_file, parse_json
from sync.codecs import (
    DATAPACKAGE_FILE,
    MANIFEST_FILE,
    SIGNATURE_ALGORITHM,
    SIGNATURE_FILE,
    FileDigest,
    csv_path,
    expected_files,
    json_path,
    signing_message,
    table_schema,
)
from sync.encryption import MAGIC as ENCRYPTION_MAGIC
from sync.encryption import decrypt_bundle_file, is_encrypted
from sync.erasure import ERASE_ACTION, ERASE_HISTORY_ACTION
from sync.errors import (
    BundleError,
    BundleIntegrityError,
    ChangedFileError,
    DecryptionError,
    FutureFormatError,
    RecordError,
    SignatureError,
    UnsafeBundleError,
)
from sync.keys import fingerprint, load_council_private_key, verify_signature
from sync.manifest import FORMAT_VERSION, Manifest
from sync.messages import Message
from sync.records import (
    DATE_REGEX,
    DEFAULT_STAMP_KEY,
    ID_REGEX,
    STAMP_KEY_REGEX,
    TABLES,
    TIMESTAMP_REGEX,
    TableSpec,
    fill_defaults,
    records_adapter,
    tables_for_version,
)
from sync.safezip import (
    DEFAULT_LIMITS,
    BundleLimits,
    BundleMembers,
    FolderMembers,
    ZipMembers,
)
from sync.timestamps import format_timestamp, utc_now

if TYPE_CHECKING:
    from sync.fast_records import Columns

_decode_chunk: Any
try:
    from sync.fast_records import decode_chunk as _decode_chunk
except ImportError:  # pragma: no cover - msgspec is a dependency; a source install may lack it
    _decode_chunk = None


class SkimFailed(Exception):
    """A chunk being skimmed (see `OpenedBundle.stream_table`) is not the list of records it
    was when it was read in full: the skim can't go on (not a refusal of the bundle)."""


@functools.cache
def _ids_decoder() -> Any:
    """Decodes a JSON list of records to their ids alone (msgspec skips the other fields
    without making them); None without msgspec (chunks are then never skimmed)."""
    try:
        import msgspec
    except ImportError:  # pragma: no cover - msgspec is a dependency
        return None

    class RecordId(msgspec.Struct):
        id: Any

    return msgspec.json.Decoder(list[RecordId])


# How far ahead of the importing computer's clock a timestamp may be. A stamp far in the future
# would win every later merge, so it is refused rather than trusted.
MAX_CLOCK_AHEAD = timedelta(days=1)
# No record, date or stamp is older than this (a year 0000 breaks every date library after).
EARLIEST_DATE = "1900-01-01"
# Dates that are plans, not facts, may lie in the future, up to this.
DATE_LIMITS = {("action_items", "due_date"): "2100-12-31"}
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89abcdefABCDEF]")
# manifest.json, datapackage.json and the signature file are a few kilobytes each.
METADATA_MAX_BYTES = 1024 * 1024
_DECLARED_HASH = re.compile(r"sha256:[0-9a-f]{64}")
# NaN or Infinity as a bare JSON token (not valid JSON, but parsers take it): a quick look at
# the bytes, then an exact one at the values only if it matched.
_NON_FINITE = re.compile(rb"[:,\[]\s*-?(?:NaN|Infinity)")
# Largest integer a JSON number holds exactly (and JavaScript, and a spreadsheet).
MAX_SAFE_INTEGER = 2**53 - 1
# A table's JSON is validated (and merged by the importer) in chunks of about this many bytes,
# so an import's memory stays bounded whatever the bundle's size (issue 16: 20,000 assessments
# are about 2 million records).
CHUNK_BYTES = 8 * 1024 * 1024
# Where one record of a compact JSON list ends and the next begins. The same bytes can occur
# inside a record (a list of objects); a cut there leaves a chunk that is not valid JSON, and
# the next place is tried. After this many such misses a file is read as one piece.
_RECORD_BOUNDARY = re.compile(rb"\},\{\"")
_MAX_MISSED_CUTS = 16
# Tables other tables refer to: their ids are kept while streaming (for the references and
# duplicate ids); the others keep only a 64-bit hash of each id.
_AT = operator.itemgetter("at")
_REFERENCED_TABLES = frozenset(fk.table for spec in TABLES.values() for fk in spec.foreign_keys)


@dataclass
class RecordChunk:
    """Validated records of one table, read in order: `start` is the first one's index in
    the table's file; `missing` the references to records not in the bundle (changes-only)."""

    table: str
    start: int
    records: list[dict[str, Any]]
    missing: list[MissingReference]
    # Skimmed (`stream_table`'s `skim`): `records` is empty, `size` records were passed over.
    skimmed: bool = False
    size: int = 0


class _MisplacedCut(Exception):
    """Internal: a chunk was cut inside a record (its JSON does not parse); cut further on."""


@dataclass(frozen=True)
class MissingReference:
    """A record pointing at a record that is not in this bundle (it may be in the database)."""

    table: str
    record_id: str
    field: str
    target_table: str
    target_id: str


def open_bundle(
    path: str | os.PathLike[str],
    decrypt_key: X25519PrivateKey | str | os.PathLike[str] | None = None,
    *,
    now: datetime | None = None,
    limits: BundleLimits = DEFAULT_LIMITS,
) -> OpenedBundle:
    """Open a `.gapkit` file (or an unzipped bundle folder) and check everything but the signature.

    Checks: safe zip, decryption (with the council private key, or the path of `council.key`),
    manifest and format version, datapackage.json against this format's schema, every file's
    hash and size. Record contents are checked by `records()` after `verify()`. `now` is the
    importing computer's time (timestamps more than a day after it are refused).
    """
    bundle_path = Path(path)
    source = bundle_path.name or str(bundle_path)
    allowed = expected_files()
    encrypted = False
    members: BundleMembers
    if bundle_path.is_dir():
        members = FolderMembers(bundle_path, allowed=allowed, source=source, limits=limits)
    else:
        try:
            handle = open_regular_file(
                bundle_path, max_bytes=limits.max_encrypted_bytes, what=f"The bundle {source}"
            )
        except BoundedInputError as exc:
            raise UnsafeBundleError(
                Message("{problem} It will not be opened.", problem=exc.message)
            ) from None
        try:
            if is_encrypted(handle.read(len(ENCRYPTION_MAGIC))):
                encrypted = True
                if decrypt_key is None:
                    raise DecryptionError(
                        Message(
                            "{source} is encrypted to the council's key; import it on the "
                            "council PC (or give the council private key).",
                            source=source,
                        )
                    )
                if not isinstance(decrypt_key, X25519PrivateKey):
                    decrypt_key = load_council_private_key(decrypt_key)
                # Decrypted in pieces to an unnamed temporary file, so memory stays small.
                plain = tempfile.TemporaryFile()  # noqa: SIM115 - closed with the bundle
                try:
                    decrypt_bundle_file(
                        handle,
                        decrypt_key,
                        plain,
                        source=source,
                        max_bytes=limits.max_encrypted_bytes,
                    )
                except BaseException:
                    plain.close()
                    raise
                handle.close()
                handle = plain
            handle.seek(0)
            members = ZipMembers(handle, allowed=allowed, source=source, limits=limits)
        except BaseException:
            handle.close()
            raise
    try:
        return OpenedBundle(
            members, source=source, path=bundle_path, encrypted=encrypted, now=now or utc_now()
        )
    except BaseException:
        members.close()
        raise


def _load_json(raw: bytes | None, name: str, source: str) -> Any:
    if raw is None:
        raise BundleIntegrityError(
            Message(
                "{source} has no {file}, so it is not a complete GAP Field Kit bundle.",
                source=source,
                file=name,
            ),
            file=name,
        )
    try:
        return parse_json(raw, what=name, max_bytes=METADATA_MAX_BYTES)
    except BoundedInputError as exc:
        raise BundleIntegrityError(
            f"{source}: {exc.message.removesuffix('.')}; the bundle is damaged or was not made by "
            "GAP Field Kit.",
            file=name,
        ) from None


def _friendly_validation(exc: ValidationError, *, skip_loc: int = 0) -> str:
    """pydantic's first complaint, in words (not regular expressions) a council officer reads.

    `skip_loc` drops the leading record number from the location (the caller says it).
    """
    error = exc.errors(include_url=False)[0]
    loc = [str(part) for part in error["loc"][skip_loc:]]
    where = ".".join(loc) if loc else "the file"
    kind = error["type"]
    pattern = (error.get("ctx") or {}).get("pattern")
    if kind == "string_pattern_mismatch" and pattern == TIMESTAMP_REGEX:
        what = "should be a UTC date and time like 2026-11-24T09:15:02.123Z"
    elif kind == "string_pattern_mismatch" and pattern == DATE_REGEX:
        what = "should be a real date like 2026-11-24"
    elif kind == "string_pattern_mismatch" and pattern == ID_REGEX:
        what = "should be an id (letters, digits and dashes, at most 36 characters)"
    elif kind == "string_pattern_mismatch" and pattern == STAMP_KEY_REGEX:
        what = "is not a field name"
    elif kind == "extra_forbidden":
        what = "is not a field this format knows"
    elif kind == "missing":
        what = "is missing"
    elif kind == "string_too_long":
        length = len(error["input"]) if isinstance(error.get("input"), str) else "?"
        what = f"is too long ({length:,} characters; {error['msg'].lower()})"
    else:
        what = f"is wrong: {error['msg']}"
        value = error.get("input")
        if isinstance(value, (str, int, float, bool)) or value is None:
            shown = repr(value)
            what += f" (found {shown[:60]}{'…' if len(shown) > 60 else ''})"
    extra = exc.error_count() - 1
    more = f" ({extra} more problem{'s' if extra > 1 else ''} after this one)" if extra > 0 else ""
    return f"{where} {what}{more}"


class OpenedBundle:
    """A bundle whose files are unpacked and hashed; trust it only after `verify()`."""

    def __init__(
        self,
        members: BundleMembers,
        *,
        source: str,
        path: Path,
        encrypted: bool,
        now: datetime,
    ):
        self.source = source
        self.path = path
        self.encrypted = encrypted
        self.now = now
        self.verified = False
        self.verified_key: str | None = None  # the public key verify() found the signature of
        self._files = members
        # manifest.json, datapackage.json and the signature, read once (what is parsed is
        # exactly what is hashed).
        self._metadata_files: dict[str, bytes] = {}
        # The JSON data files once read and checked against their hashes (after verify()).
        self._members: dict[str, bytes] = {}
        self._records: dict[str, list[dict[str, Any]]] | None = None
        self._missing_references: list[MissingReference] = []
        # While streaming: each referenced table's ids (id -> index), the JSON files read to
        # the end and found to match their hashes, and the index base of record errors.
        self._stream_ids: dict[str, dict[str, int]] = {}
        self._streamed: set[str] = set()
        self._chunk_start = 0
        # A chunk parsed to find where to cut (its bytes, its validated records).
        self._trial: tuple[bytes, list[dict[str, Any]]] | None = None
        # The last chunk decoded by the fast path: (its records, the columns its checks read).
        self._columns: tuple[list[dict[str, Any]], Columns] | None = None
        # While a table is streamed: whether to skim the next chunk, and a chunk skimmed to
        # find where to cut (its bytes, its ids).
        self._skim: Callable[[], bool] | None = None
        self._skimmed: tuple[bytes, list[Any]] | None = None
        self.manifest = self._read_manifest()
        # A bundle of an older format version holds only the tables that version had.
        self._tables: dict[str, TableSpec] = tables_for_version(self.manifest.format_version)
        self._check_counts()
        self.datapackage = self._read_datapackage()
        # What the signature covers: the manifest and data package as read, and every data
        # file's hash and size as the data package declares them. The data files themselves
        # are unpacked only after the signature holds, and checked against these then.
        self._digests = self._declared_digests()
        self._signature, self.signer_public_key_b64 = self._read_signature()

    # -- metadata, available before verification ------------------------------------------

    @property
    def device_id(self) -> str:
        return self.manifest.device_id

    @property
    def device_name(self) -> str:
        return self.manifest.device_name

    @property
    def content_sha256(self) -> str:
        """A hash of everything the signature covers: the same for the same bundle content,
        zipped, unzipped or encrypted."""
        return hashlib.sha256(signing_message(self._digests)).hexdigest()

    def close(self) -> None:
        """Let go of the bundle's files (and the decrypted temporary copy)."""
        self._files.close()

    def __enter__(self) -> OpenedBundle:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    @property
    def signer_fingerprint(self) -> str:
        """Fingerprint of the key the bundle says signed it (unverified until `verify()`)."""
        return fingerprint(base64.b64decode(self.signer_public_key_b64))

    @property
    def tables(self) -> tuple[str, ...]:
        """Every table of this format, in foreign-key order (import them in this order); a
        table an older bundle does not have reads as empty."""
        return tuple(TABLES)

    @property
    def is_pack(self) -> bool:
        return self.manifest.kind == "field-pack"

    def _fail(
        self, problem: str, *, file: str | None = None, cls: type[BundleError] = BundleError
    ) -> BundleError:
        return cls(Message("{source}: {problem}", source=self.source, problem=problem), file=file)

    def _changed_file(self, name: str) -> BundleError:
        return self._fail(
            Message(
                "{file} has been changed or damaged since the bundle was written (its hash or "
                "size does not match datapackage.json). Export it again.",
                file=name,
            ),
            file=name,
            cls=ChangedFileError,
        )

    def _too_big_to_hold(self, name: str) -> BundleError:
        """A data file is read in chunks; one that must be held whole (it can't be cut, or
        `all_records` was asked for) may be no larger than a file read whole."""
        return self._fail(
            Message(
                "{file} would have to be held in memory whole and is more than the {limit:,} "
                "bytes allowed for that; it will not be opened.",
                file=name,
                limit=self._files.limits.max_file_bytes,
            ),
            file=name,
            cls=UnsafeBundleError,
        )

    def _read_manifest(self) -> Manifest:
        document = _load_json(self._metadata(MANIFEST_FILE), MANIFEST_FILE, self.source)
        version = document.get("format_version") if isinstance(document, dict) else None
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise self._fail(
                Message(
                    "manifest.json has no valid format_version; this is not a GAP Field Kit bundle."
                ),
                file=MANIFEST_FILE,
                cls=BundleIntegrityError,
            )
        if version > FORMAT_VERSION:
            raise self._fail(
                Message(
                    "the bundle was written by a newer GAP Field Kit (bundle format {version}; "
                    "this version reads up to format {supported}). Update GAP Field Kit, then "
                    "import it again.",
                    version=version,
                    supported=FORMAT_VERSION,
                ),
                file=MANIFEST_FILE,
                cls=FutureFormatError,
            )
        try:
            manifest = Manifest.model_validate(document)
        except ValidationError as exc:
            raise self._fail(
                Message("manifest.json: {problem}.", problem=_friendly_validation(exc)),
                file=MANIFEST_FILE,
                cls=RecordError,
            ) from None
        if manifest.created_at < EARLIEST_DATE:
            raise self._fail(
                Message(
                    "manifest.json: {problem}.",
                    problem=_too_early("created_at", manifest.created_at),
                ),
                file=MANIFEST_FILE,
                cls=RecordError,
            )
        if manifest.created_at > self._limit:
            raise self._fail(
                Message(
                    "manifest.json says the bundle was made at {made}, more than a day after "
                    "this computer's clock. Check the clocks of the laptop and of this computer.",
                    made=manifest.created_at,
                ),
                file=MANIFEST_FILE,
                cls=RecordError,
            )
        return manifest

    def _check_counts(self) -> None:
        if set(self.manifest.counts) != set(self._tables):
            raise self._fail(
                Message("manifest.json does not give a record count for every table."),
                file=MANIFEST_FILE,
                cls=BundleIntegrityError,
            )

    @property
    def _limit(self) -> str:
        return format_timestamp(self.now + MAX_CLOCK_AHEAD)

    @property
    def _day_limit(self) -> str:
        return (self.now + MAX_CLOCK_AHEAD).date().isoformat()

    def _read_datapackage(self) -> dict[str, Any]:
        document = _load_json(self._metadata(DATAPACKAGE_FILE), DATAPACKAGE_FILE, self.source)
        resources = document.get("resources") if isinstance(document, dict) else None
        if not isinstance(resources, list) or not all(isinstance(r, dict) for r in resources):
            raise self._fail(
                Message("datapackage.json lists no resources."),
                file=DATAPACKAGE_FILE,
                cls=BundleIntegrityError,
            )
        by_name = {r.get("name"): r for r in resources}
        unknown = sorted(str(n) for n in by_name if n not in self._tables)
        if unknown or len(by_name) != len(resources):
            raise self._fail(
                Message(
                    "datapackage.json lists tables this format does not have ({tables}).",
                    tables=", ".join(unknown),
                )
                if unknown
                else Message(
                    "datapackage.json lists tables this format does not have (a table twice)."
                ),
                file=DATAPACKAGE_FILE,
                cls=BundleIntegrityError,
            )
        for table, spec in self._tables.items():
            resource = by_name.get(table)
            if resource is None:
                raise self._fail(
                    Message("datapackage.json does not list the {table} table.", table=table),
                    file=DATAPACKAGE_FILE,
                    cls=BundleIntegrityError,
                )
            if resource.get("path") != csv_path(table) or resource.get("schema") != table_schema(
                spec
            ):
                raise self._fail(
                    Message(
                        "datapackage.json describes the {table} table differently from bundle "
                        "format {version}; the bundle was changed or not made by GAP Field Kit.",
                        table=table,
                        version=FORMAT_VERSION,
                    ),
                    file=DATAPACKAGE_FILE,
                    cls=BundleIntegrityError,
                )
            json_info = resource.get("gapkit_json")
            if json_path(table) not in self._files.names:
                raise self._fail(
                    Message(
                        "{file} is missing. The bundle holds only the CSV copy of the {table} "
                        "table, which cannot be imported without losing detail; export the "
                        "bundle again from GAP Field Kit rather than editing it.",
                        file=json_path(table),
                        table=table,
                    ),
                    file=json_path(table),
                    cls=BundleIntegrityError,
                )
            if not isinstance(json_info, dict) or json_info.get("path") != json_path(table):
                raise self._fail(
                    Message("datapackage.json does not describe {file}.", file=json_path(table)),
                    file=DATAPACKAGE_FILE,
                    cls=BundleIntegrityError,
                )
            if csv_path(table) not in self._files.names:
                raise self._fail(
                    Message("{file} is missing.", file=csv_path(table)),
                    file=csv_path(table),
                    cls=BundleIntegrityError,
                )
        return document

    def _metadata(self, name: str) -> bytes | None:
        if name not in self._files.names:
            return None
        if name not in self._metadata_files:
            self._metadata_files[name] = self._files.read(name, max_bytes=METADATA_MAX_BYTES)
        return self._metadata_files[name]

    def _declared_digests(self) -> dict[str, FileDigest]:
        digests = {
            name: FileDigest.of(self._metadata_files[name])
            for name in (MANIFEST_FILE, DATAPACKAGE_FILE)
        }
        for resource in self.datapackage["resources"]:
            for info in (resource, resource["gapkit_json"]):
                name = info["path"]
                declared_hash = info.get("hash")
                declared_size = info.get("bytes")
                if (
                    not isinstance(declared_hash, str)
                    or not _DECLARED_HASH.fullmatch(declared_hash)
                    or not isinstance(declared_size, int)
                    or isinstance(declared_size, bool)
                    or not 0 <= declared_size <= MAX_SAFE_INTEGER
                ):
                    raise self._fail(
                        Message(
                            "datapackage.json gives no valid hash and size for {file}; the "
                            "bundle was changed or not made by GAP Field Kit.",
                            file=name,
                        ),
                        file=DATAPACKAGE_FILE,
                        cls=BundleIntegrityError,
                    )
                digests[name] = FileDigest(declared_hash.removeprefix("sha256:"), declared_size)
        return digests

    def _read_data(self, *, keep: bool, json_files: bool = True, csv_files: bool = True) -> None:
        """Unpack every data file in pieces through its hash, against the signed digests.

        Caps hold while reading (each file stops at its declared size); only the JSON files
        are kept, and only when `keep` (the CSV copies are for people, not for the import).
        """
        for resource in self.datapackage["resources"]:
            for info in (resource, resource["gapkit_json"]):
                name = info["path"]
                if not json_files and name.endswith(".json"):
                    continue  # checked while streamed
                if not csv_files and not name.endswith(".json"):
                    continue  # the importer checked them (see verify)
                expected = self._digests[name]
                hasher = hashlib.sha256()
                size = 0
                pieces: list[bytes] = []
                keep_this = keep and name.endswith(".json")
                if keep_this and expected.size > self._files.limits.max_file_bytes:
                    raise self._too_big_to_hold(name)
                for piece in self._files.stream(name):
                    size += len(piece)
                    if size > expected.size:
                        break
                    hasher.update(piece)
                    if keep_this:
                        pieces.append(piece)
                if size != expected.size or hasher.hexdigest() != expected.sha256:
                    raise self._changed_file(name)
                if keep_this:
                    self._members[name] = b"".join(pieces)

    def _read_signature(self) -> tuple[bytes, str]:
        document = _load_json(self._metadata(SIGNATURE_FILE), SIGNATURE_FILE, self.source)
        try:
            if document["algorithm"] != SIGNATURE_ALGORITHM:
                raise ValueError("algorithm")
            signature = base64.b64decode(document["signature"], validate=True)
            public_key = document["public_key"]
            raw_key = base64.b64decode(public_key, validate=True)
            if len(raw_key) != 32 or len(signature) != 64:
                raise ValueError("length")
            if document["device_id"] != self.manifest.device_id:
                raise ValueError("device")
        except (KeyError, TypeError, ValueError, binascii.Error):
            raise self._fail(
                Message("the signature file is damaged or does not belong to this bundle."),
                file=SIGNATURE_FILE,
                cls=SignatureError,
            ) from None
        return signature, public_key

    # -- signature ------------------------------------------------------------------------

    def verify(
        self,
        public_key_b64: str,
        *,
        keep_data: bool = True,
        stream: bool = False,
        copies: bool = True,
    ) -> None:
        """Check the signature against the device's enrolled public key (base64), then every
        data file against the hash the signature vouches for.

        The signature covers the manifest, datapackage.json and every data file's hash and
        size; nothing is decompressed before it holds. With `keep_data` False the data files
        are only checked (a bundle kept waiting), not kept in memory. With `stream` the JSON
        files are checked as `stream_table` reads them (one pass, a chunk at a time): read
        every table so, then call `finish_stream()` before trusting the import. With `copies`
        False the CSV copies (for people; no import reads them) are not checked: the import's
        second process (sync.import_helper) leaves them to the importer, which checked them.
        """
        message = signing_message(self._digests)
        if not verify_signature(public_key_b64, message, self._signature):
            expected = fingerprint(base64.b64decode(public_key_b64))
            if public_key_b64.strip() != self.signer_public_key_b64:
                raise self._fail(
                    Message(
                        "it was signed with a different key (fingerprint {signer}) from the one "
                        "enrolled for device {device} ({enrolled}). Do not import it unless the "
                        "laptop's key was really replaced; if so, enrol the device again.",
                        signer=self.signer_fingerprint,
                        device=self.device_name,
                        enrolled=expected,
                    ),
                    file=SIGNATURE_FILE,
                    cls=SignatureError,
                )
            raise self._fail(
                Message(
                    "the signature does not match its contents: the bundle was changed after "
                    "the laptop signed it. Do not import it; export it again from the laptop."
                ),
                file=SIGNATURE_FILE,
                cls=SignatureError,
            )
        self._read_data(keep=keep_data, json_files=not stream, csv_files=copies)
        self.verified = True
        self.verified_key = public_key_b64

    # -- records --------------------------------------------------------------------------

    def records(self, table: str) -> list[dict[str, Any]]:
        """The validated record dicts of one table (all tables are validated on first call)."""
        if table not in TABLES:
            raise KeyError(table)
        return self.all_records()[table]

    def all_records(self) -> dict[str, list[dict[str, Any]]]:
        """Every table's validated record dicts, in foreign-key order."""
        if not self.verified:
            raise RuntimeError("verify() the bundle's signature before reading its records")
        if self._records is None:
            if not self._members:
                self._read_data(keep=True)
            with gc_paused():
                self._records = self._validate_all()
        return self._records

    def missing_references(self) -> list[MissingReference]:
        """References to records not in this (changes-only) bundle, for the importer to look
        up in its database. A full bundle has none: there they are errors."""
        self.all_records()
        return list(self._missing_references)

    def iter_records(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for table, rows in self.all_records().items():
            for row in rows:
                yield table, row

    def _validate_all(self) -> dict[str, list[dict[str, Any]]]:
        result: dict[str, list[dict[str, Any]]] = {}
        missing: list[MissingReference] = []
        for table in TABLES:
            rows: list[dict[str, Any]] = []
            for chunk in self.stream_table(table):
                rows.extend(chunk.records)
                missing.extend(chunk.missing)
            result[table] = rows
        self._missing_references = missing
        return result

    # -- streaming: one table at a time, a chunk at a time --------------------------------

    def stream_table(
        self,
        table: str,
        *,
        chunk_bytes: int | None = None,
        skim: Callable[[], bool] | None = None,
    ) -> Iterator[RecordChunk]:
        """The validated records of one table, in chunks of about `chunk_bytes` of JSON
        (CHUNK_BYTES by default).

        Read the tables in `tables` order (references point backwards). Each chunk is checked
        as `all_records` checks a table: fields, clock, stamps, ids unique, references (to
        records in the bundle; in a changes-only bundle others are listed in `missing`). Once
        the last chunk is given, the file's hash, the record count and the ids' uniqueness
        across chunks are checked; any problem raises a BundleError.

        `skim`: asked before each chunk is parsed; when it says so, the chunk is skimmed, not
        checked: cut where a full read cuts it (the first cut that is valid JSON), its ids
        alone decoded and kept for the checks of what follows (references, unique ids, the
        count), and given as a chunk marked `skimmed`. Only for the import's second process
        (sync.import_helper), for chunks the importer has read and checked in full itself;
        SkimFailed if a chunk can't be skimmed.
        """
        if not self.verified:
            raise RuntimeError("verify() the bundle's signature before reading its records")
        if table not in TABLES:
            raise KeyError(table)
        referenced: dict[str, int] | None = {} if table in _REFERENCED_TABLES else None
        if referenced is not None:
            self._stream_ids[table] = referenced
        if table not in self._tables:
            self._streamed.add(table)
            return
        name = json_path(table)
        id_hashes: array[int] = array("q")
        count = 0
        chunks = 0
        pieces = self._checked_pieces(name)
        self._skim = skim if skim is not None and _ids_decoder() is not None else None
        try:
            for raw, byte_offset in self._json_chunks(
                table, name, pieces, chunk_bytes or CHUNK_BYTES
            ):
                ids = self._skimmed_ids(raw)
                if ids is not None:
                    self._keep_ids(ids, count, referenced, id_hashes)
                    count += len(ids)
                    chunks += 1
                    yield RecordChunk(table, count - len(ids), [], [], skimmed=True, size=len(ids))
                    continue
                records = self._chunk_records(table, name, raw, count, byte_offset)
                chunk = self._checked_chunk(table, name, records, count, referenced, id_hashes)
                count += len(records)
                chunks += 1
                yield chunk
        except BundleError:
            # A changed file is reported as changed, whatever it now holds.
            for _ in pieces:
                pass
            raise
        finally:
            self._skim = None
            self._skimmed = None
        if count != self.manifest.counts[table]:
            raise self._fail(
                Message(
                    "{file} holds {count} records but manifest.json says {expected}.",
                    file=name,
                    count=count,
                    expected=self.manifest.counts[table],
                ),
                file=name,
                cls=BundleIntegrityError,
            )
        if chunks > 1:  # each chunk's own ids were checked with it
            self._check_unique_hashes(table, name, id_hashes)
        self._streamed.add(table)

    def erase_event_chunks(self) -> Iterator[RecordChunk]:
        """The audit trail's chunks, read ahead of the tables for their erase events (the
        importer applies a bundle's erasures to every table), or none when the file can't hold
        one: its bytes, read through their hash, have neither "erase" nor a \\u escape (which
        could spell it). The audit trail is then validated once, when `stream_table` reads it
        in its turn."""
        if "audit_events" not in self._tables:
            return
        if self._may_hold_erasures(json_path("audit_events")):
            yield from self.stream_table("audit_events")

    def _may_hold_erasures(self, name: str) -> bool:
        # Every erase action's name holds "erase" (sync.erasure); without a \u escape a JSON
        # string's text is in the bytes as it is.
        needles = (ERASE_ACTION.encode(), ERASE_HISTORY_ACTION.encode(), b"\\u")
        tail = b""
        for piece in self._checked_pieces(name):  # to the end, where the hash is checked
            window = tail + piece[:16]
            if any(needle in piece or needle in window for needle in needles):
                return True  # stream_table reads it again, hash and all
            tail = window[-16:] if len(piece) < 16 else piece[-16:]  # a short piece adds on
        return False

    def finish_stream(self) -> None:
        """After `stream_table` read every table: refuse the bundle if one was not read to
        its end (its hash unchecked)."""
        unread = [t for t in self._tables if t not in self._streamed]
        if unread:
            raise RuntimeError(f"tables not streamed to their end: {', '.join(unread)}")

    def _checked_pieces(self, name: str) -> Iterator[bytes]:
        """The file's bytes in pieces, hashed as they pass; raises at the end if they are not
        what the signature vouches for (those kept by verify() were checked then)."""
        if name in self._members:
            yield self._members[name]
            return
        expected = self._digests[name]
        hasher = hashlib.sha256()
        size = 0
        for piece in self._files.stream(name):
            size += len(piece)
            if size > expected.size:
                break
            hasher.update(piece)
            yield piece
        if size != expected.size or hasher.hexdigest() != expected.sha256:
            raise self._changed_file(name)

    def _json_chunks(
        self, table: str, name: str, pieces: Iterator[bytes], chunk_bytes: int
    ) -> Iterator[tuple[bytes, int]]:
        """A JSON list of records as smaller JSON lists of the same records, in order, each
        with the byte offset of its first record in the file.

        A file is cut only after a record's closing brace followed by `,{"`, and a chunk is
        kept only if it parses (a cut inside a record never does: the record's brace stays
        open). Hence the chunks hold exactly the file's records. A file laid out otherwise is
        given whole.
        """
        buffer = bytearray()
        offset = 0  # of buffer[0] in the file
        whole = False  # cutting abandoned: the rest is given as one piece
        missed = 0
        prefix = b""  # "[" once the file's own "[" was cut off
        search_from = chunk_bytes // 2  # no boundary before this in buffer (but a miss)
        for piece in pieces:
            # what is left uncut (never more than a chunk and a record in a file we wrote)
            if len(prefix) + len(buffer) > self._files.limits.max_file_bytes:
                raise self._too_big_to_hold(name)
            buffer += piece
            if whole or len(buffer) < chunk_bytes:
                continue
            if not prefix:
                start = len(buffer) - len(buffer.lstrip())
                if buffer[start : start + 1] != b"[":
                    whole = True
                    continue
                del buffer[: start + 1]
                offset += start + 1
                prefix = b"["
            while len(buffer) >= chunk_bytes and not whole:
                found = _RECORD_BOUNDARY.search(buffer, search_from)
                if found is None:
                    # the boundary may straddle the next piece
                    search_from = max(search_from, len(buffer) - len(b'},{"'))
                    break
                cut = found.start() + 1
                with memoryview(buffer) as view:  # one copy of the chunk, not four
                    candidate = b"".join((prefix, view[:cut], b"]"))
                try:
                    if self._skim is not None and self._skim():
                        self._skim_trial(candidate)
                    else:
                        self._trial_chunk(table, name, candidate, offset - 1)
                except _MisplacedCut:
                    missed += 1
                    whole = missed >= _MAX_MISSED_CUTS
                    search_from = cut
                    continue
                except BundleError:
                    pass  # a real problem: reported by the caller, which parses it again
                yield candidate, offset - 1
                del buffer[: cut + 1]  # the record and the comma after it
                offset += cut + 1
                search_from = chunk_bytes // 2
        if len(prefix) + len(buffer) > self._files.limits.max_file_bytes:
            raise self._too_big_to_hold(name)
        yield b"".join((prefix, buffer)), offset - len(prefix)

    def _validated_chunk(
        self,
        table: str,
        name: str,
        raw: bytes,
        start: int,
        byte_offset: int,
        trial: bool,
    ) -> list[dict[str, Any]]:
        """One JSON list of records of `table`, validated (`start`: the index of its first
        record in the file). A `trial` cut that is not valid JSON raises _MisplacedCut."""
        cache = self._trial
        if not trial and cache is not None and cache[0] is raw:
            self._trial = None
            return cache[1]
        self._chunk_start = max(start, 0)
        try:
            records = self._parse_text(table, name, raw, byte_offset, trial)
        finally:
            self._chunk_start = 0
        # A trial's records are the chunk's: kept for the caller's parse of the same bytes.
        self._trial = (raw, records) if trial else None
        return records

    def _trial_chunk(self, table: str, name: str, raw: bytes, byte_offset: int) -> None:
        """Parse a candidate chunk (_MisplacedCut if it was cut inside a record), keeping its
        records for the caller."""
        self._validated_chunk(table, name, raw, -1, byte_offset, True)

    def _chunk_records(
        self, table: str, name: str, raw: bytes, start: int, byte_offset: int
    ) -> list[dict[str, Any]]:
        """The validated records of one chunk."""
        return self._validated_chunk(table, name, raw, start, byte_offset, False)

    def _skim_trial(self, raw: bytes) -> None:
        """A candidate chunk's ids, kept for `_skimmed_ids`; _MisplacedCut if it is not valid
        JSON (as a full read's trial, which cuts there only if it parses)."""
        import msgspec

        try:
            ids = [record.id for record in _ids_decoder().decode(raw)]
        except msgspec.ValidationError as error:  # valid JSON, not records: never skimmed
            raise SkimFailed(str(error)) from None
        except msgspec.DecodeError:
            raise _MisplacedCut from None
        self._skimmed = (raw, ids)

    def _skimmed_ids(self, raw: bytes) -> list[Any] | None:
        """The ids of a chunk to skim (None: read it in full)."""
        kept = self._skimmed
        self._skimmed = None
        if kept is not None and kept[0] is raw:
            return kept[1]
        if self._skim is None or not self._skim():
            return None
        try:  # a table's last chunk, never cut (so never tried)
            self._skim_trial(raw)
        except _MisplacedCut:
            raise SkimFailed("the chunk is not valid JSON") from None
        kept, self._skimmed = self._skimmed, None
        assert kept is not None
        return kept[1]

    @staticmethod
    def _keep_ids(
        ids: list[Any],
        start: int,
        referenced: dict[str, int] | None,
        id_hashes: array[int],
    ) -> None:
        """What a checked chunk leaves for the checks of later chunks, from a skimmed one."""
        if referenced is not None:
            for index, record_id in enumerate(ids):
                referenced.setdefault(record_id, start + index)
        else:
            id_hashes.extend(map(hash, ids))

    @property
    def json_bytes(self) -> int:
        """The size of the bundle's JSON data files, as the data package declares them."""
        return sum(digest.size for file, digest in self._digests.items() if file.endswith(".json"))

    def _checked_chunk(
        self,
        table: str,
        name: str,
        records: list[dict[str, Any]],
        start: int,
        referenced: dict[str, int] | None,
        id_hashes: array[int],
    ) -> RecordChunk:
        spec = TABLES[table]
        self._chunk_start = start
        try:
            seen = self._check_records(table, name, records, self._limit)
            if referenced is not None:
                repeated = seen.keys() & referenced.keys()
                if repeated:
                    index = min(seen[record_id] for record_id in repeated)
                    record_id = records[index]["id"]
                    raise self._record_error(
                        name,
                        index,
                        record_id,
                        f"the same id is also used by record {referenced[record_id] + 1}",
                    )
                for record_id, index in seen.items():
                    referenced[record_id] = start + index
            else:
                id_hashes.extend(map(hash, seen))
            missing: list[MissingReference] = []
            decoded = self._columns
            taken_columns = (
                decoded[1].fields if decoded is not None and decoded[0] is records else {}
            )
            for fk in spec.foreign_keys:
                targets = self._stream_ids.get(fk.table)
                if targets is None:
                    raise RuntimeError(f"stream {fk.table} before {table}")
                taken = taken_columns.get(fk.field)
                values = map(operator.itemgetter(fk.field), records) if taken is None else taken
                outside = set(values).difference(targets)
                outside.discard(None)
                if not outside:
                    continue  # every reference is to a record of the bundle (or empty)
                for index, record in enumerate(records):
                    target = record[fk.field]
                    if target is None or target in targets:
                        continue
                    if self.manifest.full:
                        raise self._record_error(
                            name,
                            index,
                            record["id"],
                            f"{fk.field} refers to {fk.table} record {target}, which is not in "
                            "this full bundle",
                        )
                    missing.append(
                        MissingReference(table, record["id"], fk.field, fk.table, target)
                    )
        finally:
            self._chunk_start = 0
        return RecordChunk(table, start, records, missing)

    def check_unique_ids(self, table: str) -> None:
        """Read the table's file again and refuse it if two records share an id (the
        importer asks when the database refuses a chunk: the twin may be in an earlier one)."""
        name = json_path(table)
        if table not in self._tables:
            return
        id_hashes: array[int] = array("q")
        start = 0
        for raw, byte_offset in self._json_chunks(
            table, name, self._checked_pieces(name), CHUNK_BYTES
        ):
            records = self._validated_chunk(table, name, raw, start, byte_offset, False)
            id_hashes.extend(hash(record["id"]) for record in records)
            start += len(records)
        self._check_unique_hashes(table, name, id_hashes)

    def _check_unique_hashes(self, table: str, name: str, id_hashes: array[int]) -> None:
        """Ids unique across chunks, in 8 bytes an id: equal hashes are looked at again."""
        ordered = sorted(id_hashes)
        twins = {a for a, b in zip(ordered, ordered[1:], strict=False) if a == b}
        if not twins:
            return
        first: dict[str, int] = {}
        index = 0
        for raw, byte_offset in self._json_chunks(
            table, name, self._checked_pieces(name), CHUNK_BYTES
        ):
            for record in self._validated_chunk(table, name, raw, index, byte_offset, False):
                record_id = record["id"]
                if hash(record_id) in twins:
                    if record_id in first:
                        raise self._record_error(
                            name,
                            index,
                            record_id,
                            f"the same id is also used by record {first[record_id] + 1}",
                        )
                    first[record_id] = index
                index += 1

    def _record_error(self, name: str, index: int, record_id: Any, what: str) -> RecordError:
        index += self._chunk_start
        where = {"source": self.source, "file": name, "number": index + 1, "problem": what}
        return RecordError(
            Message(
                "{source}: {file}, record {number} (id {id}): {problem}.", id=record_id, **where
            )
            if isinstance(record_id, str)
            else Message("{source}: {file}, record {number}: {problem}.", **where),
            file=name,
            record=record_id if isinstance(record_id, str) else f"record {index + 1}",
        )

    def _parse_text(
        self, table: str, name: str, raw: bytes, byte_offset: int, trial: bool
    ) -> list[dict[str, Any]]:
        # msgspec vouches for most chunks in one pass; whatever it does not vouch for is
        # validated below, which names the problem (or accepts it after all). The columns its
        # checks read are kept for _check_records (the same values, read once).
        decoded = _decode_chunk(table, raw) if _decode_chunk is not None else None
        if decoded is not None:
            self._columns = decoded
            return decoded[0]
        if b"\x00" in raw:
            raise self._fail(
                Message(
                    "{file} contains a NUL byte, which text never holds; the file is damaged.",
                    file=name,
                ),
                file=name,
                cls=RecordError,
            )
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            near = self._chunk_start + raw[: exc.start].count(b'"_stamps"') + 1
            raise self._fail(
                Message(
                    "{file} is not valid UTF-8 text at byte {offset:,} (in or near record "
                    "{near}); the file is damaged or was saved by another program.",
                    file=name,
                    offset=byte_offset + exc.start,
                    near=near,
                ),
                file=name,
                cls=RecordError,
            ) from None
        # The regex tries every byte as a start; the plain search for its words is 20x faster.
        if (b"NaN" in raw or b"Infinity" in raw) and _NON_FINITE.search(raw):
            self._find_bad_text(name, text, None, "")
        if "\\u0000" in text:
            self._find_bad_text(name, text, lambda s: "\x00" in s, "contains a NUL character")
        if _SURROGATE_ESCAPE.search(raw):
            self._find_bad_text(name, text, _has_surrogate, "contains a broken character")
        try:
            records = fill_defaults(table, records_adapter(table).validate_json(text))
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            if first["type"] == "json_invalid":
                if trial:
                    raise _MisplacedCut from None
                raise self._fail(
                    Message(
                        "{file} is not valid JSON ({problem}); the file is damaged or cut short.",
                        file=name,
                        problem=first["msg"],
                    ),
                    file=name,
                    cls=RecordError,
                ) from None
            if first["type"] == "list_type" or not first["loc"]:
                raise self._fail(
                    Message("{file} should hold a list of records.", file=name),
                    file=name,
                    cls=RecordError,
                ) from None
            index = int(first["loc"][0])
            record_id = self._record_id_at(text, index)
            raise self._record_error(
                name,
                index,
                record_id,
                self._non_finite_number_at(text, index) or _friendly_validation(exc, skip_loc=1),
            ) from None
        self._refuse_inexact_integers(table, name, records)
        return records

    def _refuse_inexact_integers(
        self, table: str, name: str, records: list[dict[str, Any]]
    ) -> None:
        """A whole number in a JSON value beyond what a float holds exactly, as in a number
        column (pydantic's JSON value takes any size; the fast path leaves such chunks here)."""
        for field in TABLES[table].columns_of_type("any", "object"):
            for index, record in enumerate(records):
                if _has_inexact_integer(record[field]):
                    raise self._record_error(
                        name,
                        index,
                        record.get("id"),
                        f"{field} holds a whole number beyond {MAX_SAFE_INTEGER:,} (plus or "
                        "minus), which numbers in a bundle can't hold exactly",
                    )

    @staticmethod
    def _non_finite_number_at(text: str, index: int) -> str | None:
        """What to say of a record refused for a number beyond a float's range, such as 1e400
        (JSON allows it; read, it is infinity): pydantic's own words name every type the value
        could have been ("value.bool is wrong: Input should be a valid boolean")."""
        try:
            record = json.loads(text)[index]
        except (ValueError, IndexError, TypeError, RecursionError):
            return None
        if not isinstance(record, dict):
            return None
        for field, value in record.items():
            if _has_non_finite_number(value):
                return f"{field} holds a number beyond the range numbers can have (such as 1e400)"
        return None

    @staticmethod
    def _record_id_at(text: str, index: int) -> Any:
        try:
            return json.loads(text)[index].get("id")
        except (ValueError, IndexError, AttributeError, TypeError, RecursionError):
            return None

    def _find_bad_text(self, name: str, text: str, bad: Any, what: str) -> None:
        """Find the record with a bad string (`bad(s)` true), or with NaN or Infinity when
        `bad` is None, and raise naming it."""
        try:
            records = json.loads(text)
        except (ValueError, RecursionError):
            return  # the validator reports broken JSON with its position
        if not isinstance(records, list):
            return
        for index, record in enumerate(records):
            if not isinstance(record, dict):
                continue
            for field, value in record.items():
                if bad is None:
                    try:
                        check_json_value(value, what=field)
                    except BoundedInputError:
                        raise self._record_error(
                            name,
                            index,
                            record.get("id"),
                            f"{field} holds a number that is not finite (NaN or Infinity)",
                        ) from None
                elif any(bad(s) for s in _strings_in(value)) or bad(field):
                    raise self._record_error(name, index, record.get("id"), f"{field} {what}")

    def _check_records(
        self, table: str, name: str, records: list[dict[str, Any]], limit: str
    ) -> dict[str, int]:
        """Checks pydantic can't express: clock, stamp keys, unique ids. Returns id -> index.

        Each check runs as one C-level pass over a column (the common, clean case) and only
        walks the records in Python to say where a problem is.
        """
        spec = TABLES[table]
        decoded = self._columns
        columns = decoded[1] if decoded is not None and decoded[0] is records else None
        taken = columns.fields if columns is not None else {}

        def column(field: str) -> list[Any]:
            found = taken.get(field)
            return list(map(operator.itemgetter(field), records)) if found is None else found

        for field in spec.columns_of_type("datetime", "date"):
            values = column(field)
            present = list(filter(None, values))
            latest = DATE_LIMITS.get((table, field)) or (
                limit if field in spec.columns_of_type("datetime") else self._day_limit
            )
            if max(present, default="") > latest:
                index = next(i for i, v in enumerate(values) if v is not None and v > latest)
                what = (
                    f"{field} is {values[index]}, after {latest}, the latest it may be"
                    if (table, field) in DATE_LIMITS
                    else _future(field, values[index])
                )
                raise self._record_error(name, index, records[index]["id"], what)
            if min(present, default=EARLIEST_DATE) < EARLIEST_DATE:
                index = next(i for i, v in enumerate(values) if v and v < EARLIEST_DATE)
                raise self._record_error(
                    name, index, records[index]["id"], _too_early(field, values[index])
                )
        if table == "organisations":
            years = [r["year_founded"] for r in records]
            this_year = self.now.year
            if max(filter(None, years), default=0) > this_year:
                index = next(i for i, y in enumerate(years) if y is not None and y > this_year)
                raise self._record_error(
                    name,
                    index,
                    records[index]["id"],
                    f"year_founded is {years[index]}, after this year ({this_year})",
                )
        all_stamps = (
            columns.stamps
            if columns is not None
            else list(map(operator.itemgetter("_stamps"), records))
        )
        stamped = spec.stamped_fields
        allowed = stamped | {DEFAULT_STAMP_KEY}
        # The usual chunk, checked in C: every record stamped by "*" alone (as many keys as
        # records, and no other key in any of them).
        only_default = sum(map(len, all_stamps)) == len(all_stamps) and set().union(
            *all_stamps
        ) <= {DEFAULT_STAMP_KEY}
        wrong = (
            []
            if only_default
            else [
                i
                for i, stamps in enumerate(all_stamps)
                if not (
                    stamps.keys() <= allowed
                    and (DEFAULT_STAMP_KEY in stamps or stamps.keys() >= stamped)
                )
            ]
        )
        if wrong:
            index = wrong[0]
            stamps = all_stamps[index]
            unknown = sorted(stamps.keys() - allowed)
            what = (
                f"_stamps names fields {table} records do not have ({', '.join(unknown)})"
                if unknown
                else "_stamps does not give a change stamp for every field"
            )
            raise self._record_error(name, index, records[index]["id"], what)
        stamp_times = (
            columns.stamp_times
            if columns is not None
            else list(map(_AT, chain.from_iterable(map(dict.values, all_stamps))))
        )
        if min(stamp_times, default=EARLIEST_DATE) < EARLIEST_DATE:
            for index, stamps in enumerate(all_stamps):
                for key, stamp in stamps.items():
                    if stamp["at"] < EARLIEST_DATE:
                        raise self._record_error(
                            name,
                            index,
                            records[index]["id"],
                            _too_early(f"the change stamp of {key}", stamp["at"]),
                        )
        latest = max(stamp_times, default="")
        if latest > limit:
            for index, stamps in enumerate(all_stamps):
                for key, stamp in stamps.items():
                    if stamp["at"] > limit:
                        raise self._record_error(
                            name,
                            index,
                            records[index]["id"],
                            _future(f"the change stamp of {key}", stamp["at"]),
                        )
        ids = column("id")
        seen = dict(zip(ids, range(len(ids)), strict=True))
        if len(seen) != len(ids):
            first: dict[str, int] = {}
            for index, record_id in enumerate(ids):
                if record_id in first:
                    same = records[first[record_id]] == records[index]
                    raise self._record_error(
                        name,
                        index,
                        record_id,
                        f"the same id is also used by record {first[record_id] + 1}"
                        + ("" if same else " with different content"),
                    )
                first[record_id] = index
        return seen


def _future(field: str, value: str) -> str:
    return (
        f"{field} is {value}, more than a day after this computer's clock; check the clocks of "
        "the laptop and of this computer"
    )


def _too_early(field: str, value: str) -> str:
    return f"{field} is {value}, before {EARLIEST_DATE}, the earliest date a record may carry"


def _strings_in(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings_in(item)


def _scalars_in(value: Any) -> Iterator[Any]:
    """Every value in a JSON value that is neither a list nor an object, without recursion."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        else:
            yield item


def _has_inexact_integer(value: Any) -> bool:
    return any(
        type(item) is int and not -MAX_SAFE_INTEGER <= item <= MAX_SAFE_INTEGER
        for item in _scalars_in(value)
    )


def _has_non_finite_number(value: Any) -> bool:
    return any(isinstance(item, float) and not math.isfinite(item) for item in _scalars_in(value))


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False
