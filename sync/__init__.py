"""GAP Field Kit's sync bundle format: records, bundle files, keys, signatures, encryption, merge.

Pure Python (no Qt, no database). The store's export and import services are written on top
of the names re-exported here; docs/bundle-format.md describes the format itself.
"""

from sync.encryption import MAGIC as ENCRYPTED_MAGIC
from sync.errors import (
    BundleCancelled,
    BundleError,
    BundleIntegrityError,
    BundleWriteError,
    DecryptionError,
    FutureFormatError,
    KeyFileError,
    RecordError,
    SignatureError,
    SyncError,
    UnsafeBundleError,
)
from sync.keys import (
    CouncilKeyPair,
    DeviceInfo,
    DeviceKey,
    fingerprint,
    load_council_private_key,
    load_council_public_key,
)
from sync.manifest import BUNDLE_SUFFIX, FORMAT_VERSION, BundleKind, ChangeRange, Manifest
from sync.merge import (
    FieldConflict,
    RecordMerge,
    effective_stamp,
    merge_record,
    missing_sequence_numbers,
)
from sync.reader import MissingReference, OpenedBundle, open_bundle
from sync.records import TABLES, TableSpec
from sync.safezip import BundleLimits
from sync.timestamps import format_timestamp, parse_timestamp
from sync.writer import BundleInfo, write_bundle

__all__ = [
    "BUNDLE_SUFFIX",
    "ENCRYPTED_MAGIC",
    "FORMAT_VERSION",
    "TABLES",
    "BundleCancelled",
    "BundleError",
    "BundleInfo",
    "BundleIntegrityError",
    "BundleKind",
    "BundleLimits",
    "BundleWriteError",
    "ChangeRange",
    "CouncilKeyPair",
    "DecryptionError",
    "DeviceInfo",
    "DeviceKey",
    "FieldConflict",
    "FutureFormatError",
    "KeyFileError",
    "Manifest",
    "MissingReference",
    "OpenedBundle",
    "RecordError",
    "RecordMerge",
    "SignatureError",
    "SyncError",
    "TableSpec",
    "UnsafeBundleError",
    "effective_stamp",
    "fingerprint",
    "format_timestamp",
    "load_council_private_key",
    "load_council_public_key",
    "merge_record",
    "missing_sequence_numbers",
    "open_bundle",
    "parse_timestamp",
    "write_bundle",
]
