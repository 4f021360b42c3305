"""GAP Field Kit's sync bundle format: records, bundle files, keys, signatures, encryption, merge.

Pure Python (no Qt, no database). The store's export and import services are written on top
of the names re-exported here; docs/bundle-format.md describes the format itself.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sync.encryption import MAGIC as ENCRYPTED_MAGIC
    from sync.errors import (
        BundleError,
        BundleIntegrityError,
        BundleWriteError,
        Cancelled,
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

# The names below load on first use, so importing one small module (sync.errors for the
# shared Cancelled exception, say) does not pay for keys, pydantic record models and zip code.
_WHERE: dict[str, tuple[str, str]] = {
    "ENCRYPTED_MAGIC": ("sync.encryption", "MAGIC"),
    "BundleError": ("sync.errors", "BundleError"),
    "BundleIntegrityError": ("sync.errors", "BundleIntegrityError"),
    "BundleWriteError": ("sync.errors", "BundleWriteError"),
    "Cancelled": ("sync.errors", "Cancelled"),
    "DecryptionError": ("sync.errors", "DecryptionError"),
    "FutureFormatError": ("sync.errors", "FutureFormatError"),
    "KeyFileError": ("sync.errors", "KeyFileError"),
    "RecordError": ("sync.errors", "RecordError"),
    "SignatureError": ("sync.errors", "SignatureError"),
    "SyncError": ("sync.errors", "SyncError"),
    "UnsafeBundleError": ("sync.errors", "UnsafeBundleError"),
    "CouncilKeyPair": ("sync.keys", "CouncilKeyPair"),
    "DeviceInfo": ("sync.keys", "DeviceInfo"),
    "DeviceKey": ("sync.keys", "DeviceKey"),
    "fingerprint": ("sync.keys", "fingerprint"),
    "load_council_private_key": ("sync.keys", "load_council_private_key"),
    "load_council_public_key": ("sync.keys", "load_council_public_key"),
    "BUNDLE_SUFFIX": ("sync.manifest", "BUNDLE_SUFFIX"),
    "FORMAT_VERSION": ("sync.manifest", "FORMAT_VERSION"),
    "BundleKind": ("sync.manifest", "BundleKind"),
    "ChangeRange": ("sync.manifest", "ChangeRange"),
    "Manifest": ("sync.manifest", "Manifest"),
    "FieldConflict": ("sync.merge", "FieldConflict"),
    "RecordMerge": ("sync.merge", "RecordMerge"),
    "effective_stamp": ("sync.merge", "effective_stamp"),
    "merge_record": ("sync.merge", "merge_record"),
    "missing_sequence_numbers": ("sync.merge", "missing_sequence_numbers"),
    "MissingReference": ("sync.reader", "MissingReference"),
    "OpenedBundle": ("sync.reader", "OpenedBundle"),
    "open_bundle": ("sync.reader", "open_bundle"),
    "TABLES": ("sync.records", "TABLES"),
    "TableSpec": ("sync.records", "TableSpec"),
    "BundleLimits": ("sync.safezip", "BundleLimits"),
    "format_timestamp": ("sync.timestamps", "format_timestamp"),
    "parse_timestamp": ("sync.timestamps", "parse_timestamp"),
    "BundleInfo": ("sync.writer", "BundleInfo"),
    "write_bundle": ("sync.writer", "write_bundle"),
}


def __getattr__(name: str) -> Any:
    try:
        module_name, attribute = _WHERE[name]
    except KeyError:
        raise AttributeError(f"module 'sync' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module_name), attribute)
    globals()[name] = value
    return value


__all__ = [
    "BUNDLE_SUFFIX",
    "ENCRYPTED_MAGIC",
    "FORMAT_VERSION",
    "TABLES",
    "BundleError",
    "BundleInfo",
    "BundleIntegrityError",
    "BundleKind",
    "BundleLimits",
    "BundleWriteError",
    "Cancelled",
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
