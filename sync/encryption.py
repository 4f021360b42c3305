"""Encrypting a whole bundle to the council's X25519 public key, so a lost stick leaks nothing.

Construction (version 1): a fresh ephemeral X25519 key pair per bundle; the shared secret with
the council key goes through HKDF-SHA256 (salt = ephemeral public key + council public key,
info = "gapkit bundle encryption v1") to a 256-bit AES-GCM key; the nonce is random; the
header is authenticated as associated data. File layout:

    MAGIC (24 bytes) | version (1) | council public key (32) | ephemeral public key (32)
    | nonce (12) | AES-GCM ciphertext of the bundle zip, with its 16-byte tag
"""

from __future__ import annotations

import os
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from sync.errors import DecryptionError
from sync.keys import fingerprint

MAGIC = b"GAPKIT-ENCRYPTED-BUNDLE\n"
ENCRYPTION_VERSION = 1
_INFO = b"gapkit bundle encryption v1"
_HEADER_LENGTH = len(MAGIC) + 1 + 32 + 32 + 12
# AES-GCM as implemented by `cryptography` takes at most 2**31 - 1 bytes in one call.
MAX_PLAINTEXT_BYTES = 2**31 - 1 - 16
# Encrypted bundles are decrypted in pieces of this size.
_PIECE = 1024 * 1024


def _raw(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _derive(shared: bytes, ephemeral_raw: bytes, council_raw: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_raw + council_raw, info=_INFO
    ).derive(shared)


def is_encrypted(data_start: bytes) -> bool:
    """Whether a file starting with these bytes is an encrypted bundle."""
    return data_start.startswith(MAGIC)


def encrypt_bundle(plaintext: bytes, council_key: X25519PublicKey) -> bytes:
    """The encrypted form of a bundle zip, readable only with the council's private key."""
    if len(plaintext) > MAX_PLAINTEXT_BYTES:
        raise ValueError("bundle too large to encrypt in one piece")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw(ephemeral.public_key())
    council_raw = _raw(council_key)
    key = _derive(ephemeral.exchange(council_key), ephemeral_raw, council_raw)
    nonce = os.urandom(12)
    header = MAGIC + bytes([ENCRYPTION_VERSION]) + council_raw + ephemeral_raw + nonce
    return header + AESGCM(key).encrypt(nonce, plaintext, header)


def encrypted_for(data: bytes) -> str:
    """Fingerprint of the council key an encrypted bundle was made for."""
    return fingerprint(data[len(MAGIC) + 1 : len(MAGIC) + 33])


def decrypt_bundle(data: bytes, council_private_key: X25519PrivateKey, *, source: str) -> bytes:
    """The bundle zip inside an encrypted bundle; DecryptionError says why it can't be opened."""
    if len(data) < _HEADER_LENGTH + 16 or not data.startswith(MAGIC):
        raise DecryptionError(f"{source} is damaged: its encryption header is incomplete.")
    version = data[len(MAGIC)]
    if version != ENCRYPTION_VERSION:
        raise DecryptionError(
            f"{source} uses an encryption this version of GAP Field Kit does not know "
            f"(version {version}); update GAP Field Kit to open it."
        )
    offset = len(MAGIC) + 1
    council_raw = data[offset : offset + 32]
    ephemeral_raw = data[offset + 32 : offset + 64]
    nonce = data[offset + 64 : offset + 76]
    header = data[:_HEADER_LENGTH]
    ours = _raw(council_private_key.public_key())
    if council_raw != ours:
        raise DecryptionError(
            f"{source} was encrypted for a different council key (fingerprint "
            f"{fingerprint(council_raw)}) than the one given ({fingerprint(ours)}). Use the "
            "council key the laptop was set up with."
        )
    try:
        ephemeral = X25519PublicKey.from_public_bytes(ephemeral_raw)
        key = _derive(council_private_key.exchange(ephemeral), ephemeral_raw, council_raw)
        return AESGCM(key).decrypt(nonce, data[_HEADER_LENGTH:], header)
    except (InvalidTag, ValueError):
        raise DecryptionError(
            f"{source} could not be decrypted: the file is damaged or was changed after it was "
            "written. Export it again from the laptop."
        ) from None


def decrypt_bundle_file(
    source_file: BinaryIO,
    council_private_key: X25519PrivateKey,
    output: BinaryIO,
    *,
    source: str,
    max_bytes: int,
) -> None:
    """Decrypt an encrypted bundle file into `output` in pieces, so memory stays small however
    large the file. Nothing written to `output` may be used unless this returns: the tag,
    checked at the end, is what proves the whole plaintext authentic."""
    source_file.seek(0, os.SEEK_END)
    size = source_file.tell()
    if size > max_bytes:
        raise DecryptionError(
            f"{source} is {size:,} bytes, larger than a bundle may be ({max_bytes:,})."
        )
    if size < _HEADER_LENGTH + 16:
        raise DecryptionError(f"{source} is damaged: its encryption header is incomplete.")
    source_file.seek(0)
    header = source_file.read(_HEADER_LENGTH)
    if not header.startswith(MAGIC):
        raise DecryptionError(f"{source} is damaged: its encryption header is incomplete.")
    version = header[len(MAGIC)]
    if version != ENCRYPTION_VERSION:
        raise DecryptionError(
            f"{source} uses an encryption this version of GAP Field Kit does not know "
            f"(version {version}); update GAP Field Kit to open it."
        )
    offset = len(MAGIC) + 1
    council_raw = header[offset : offset + 32]
    ephemeral_raw = header[offset + 32 : offset + 64]
    nonce = header[offset + 64 : offset + 76]
    ours = _raw(council_private_key.public_key())
    if council_raw != ours:
        raise DecryptionError(
            f"{source} was encrypted for a different council key (fingerprint "
            f"{fingerprint(council_raw)}) than the one given ({fingerprint(ours)}). Use the "
            "council key the laptop was set up with."
        )
    source_file.seek(size - 16)
    tag = source_file.read(16)
    source_file.seek(_HEADER_LENGTH)
    remaining = size - _HEADER_LENGTH - 16
    try:
        ephemeral = X25519PublicKey.from_public_bytes(ephemeral_raw)
        key = _derive(council_private_key.exchange(ephemeral), ephemeral_raw, council_raw)
        decryptor = Cipher(algorithms.AES(key), modes.GCM(nonce, tag)).decryptor()
        decryptor.authenticate_additional_data(header)
        while remaining > 0:
            piece = source_file.read(min(_PIECE, remaining))
            if not piece:
                raise InvalidTag
            remaining -= len(piece)
            output.write(decryptor.update(piece))
        output.write(decryptor.finalize())
    except (InvalidTag, ValueError):
        raise DecryptionError(
            f"{source} could not be decrypted: the file is damaged or was changed after it was "
            "written. Export it again from the laptop."
        ) from None
    output.flush()
    output.seek(0)
