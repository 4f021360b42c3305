"""Device signing keys (Ed25519), the council's encryption key pair (X25519), device info."""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import os
import re
from pathlib import Path
from typing import Annotated

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from sync.bounded import BoundedInputError, parse_json, read_regular_file
from sync.errors import KeyFileError
from sync.records import Id

COUNCIL_PRIVATE_KEY_FILE = "council.key"
# A device file is a few hundred bytes.
DEVICE_FILE_MAX_BYTES = 64 * 1024
COUNCIL_PUBLIC_KEY_FILE = "council.pub"


def fingerprint(public_key_raw: bytes) -> str:
    """A short text to compare keys by eye: the start of their SHA-256, in groups of four."""
    digest = hashlib.sha256(public_key_raw).hexdigest()[:32]
    return "-".join(digest[i : i + 4] for i in range(0, 32, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _decode_b64_key(text: str, what: str) -> bytes:
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise KeyFileError(f"The {what} is not valid base64 text.") from None
    if len(raw) != 32:
        raise KeyFileError(f"The {what} has the wrong length ({len(raw)} bytes, expected 32).")
    return raw


def _write_private(path: Path, pem: bytes) -> None:
    """Write a private key readable only by the user, atomically, never over an existing key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(pem)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o600)
        # link() refuses to replace, so two first runs at once can't swap keys under each other.
        os.link(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _read_private_pem(path: Path, what: str) -> object:
    try:
        pem = path.read_bytes()
    except FileNotFoundError:
        raise KeyFileError(f"The {what} file {path} does not exist.") from None
    except OSError as exc:
        raise KeyFileError(f"The {what} file {path} cannot be read: {exc.strerror}.") from None
    try:
        return serialization.load_pem_private_key(pem, password=None)
    except (ValueError, TypeError):
        raise KeyFileError(
            f"The file {path} is not a {what} (it is damaged or another kind of file)."
        ) from None


class DeviceInfo(BaseModel):
    """What a device tells the council about itself so its bundles can be trusted."""

    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)

    device_id: Id
    name: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    public_key: Annotated[str, StringConstraints(max_length=64)] = Field(
        description="Ed25519 public key, base64 of the 32 raw bytes."
    )
    fingerprint: Annotated[str, StringConstraints(max_length=64)]

    def to_json(self) -> str:
        return self.model_dump_json(indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str | bytes) -> DeviceInfo:
        """Parse device info (from `gapkit devices show --json`); checks the fingerprint."""
        try:
            document = parse_json(text, what="the device file", max_bytes=DEVICE_FILE_MAX_BYTES)
            info = cls.model_validate(document)
        except (BoundedInputError, ValueError, ValidationError):
            raise KeyFileError(
                "This is not a GAP Field Kit device file: it should be the output of "
                "`gapkit devices show --json` on the laptop."
            ) from None
        raw = _decode_b64_key(info.public_key, "device public key")
        if fingerprint(raw) != info.fingerprint:
            raise KeyFileError(
                "The device file's fingerprint does not match its public key; the file has been "
                "changed. Ask for a fresh copy from the laptop."
            )
        return info

    @classmethod
    def read(cls, path: str | os.PathLike[str]) -> DeviceInfo:
        try:
            text = read_regular_file(
                path, max_bytes=DEVICE_FILE_MAX_BYTES, what=f"The device file {path}"
            )
        except BoundedInputError as exc:
            raise KeyFileError(exc.message) from None
        return cls.from_json(text)


class DeviceKey:
    """This installation's Ed25519 signing key."""

    def __init__(self, private_key: Ed25519PrivateKey):
        self._private_key = private_key
        self.public_key_bytes = _raw_public(private_key.public_key())

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> DeviceKey:
        key = _read_private_pem(Path(path), "device key")
        if not isinstance(key, Ed25519PrivateKey):
            raise KeyFileError(f"The file {path} holds another kind of key, not a device key.")
        return cls(key)

    @classmethod
    def load_or_create(cls, path: str | os.PathLike[str]) -> DeviceKey:
        """The key in `path`, made (and saved readable only by the user) on first use."""
        path = Path(path)
        if not path.exists():
            key = cls.generate()
            try:
                key.save(path)
            except FileExistsError:
                pass  # another process made it first: use theirs
            else:
                return key
        if os.name == "posix" and path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)
        return cls.load(path)

    def save(self, path: str | os.PathLike[str]) -> None:
        pem = self._private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _write_private(Path(path), pem)

    @property
    def public_key_b64(self) -> str:
        return b64(self.public_key_bytes)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key_bytes)

    def sign(self, message: bytes) -> bytes:
        return self._private_key.sign(message)

    def device_info(self, device_id: str, name: str) -> DeviceInfo:
        return DeviceInfo(
            device_id=device_id,
            name=name,
            public_key=self.public_key_b64,
            fingerprint=self.fingerprint,
        )


def verify_signature(public_key_b64: str, message: bytes, signature: bytes) -> bool:
    """Whether `signature` is the device key's Ed25519 signature of `message`."""
    raw = _decode_b64_key(public_key_b64, "device public key")
    try:
        Ed25519PublicKey.from_public_bytes(raw).verify(signature, message)
    except InvalidSignature:
        return False
    return True


class CouncilKeyPair:
    """The council's X25519 key pair that field exports can be encrypted to."""

    def __init__(self, private_key: X25519PrivateKey, directory: Path | None = None):
        self.private_key = private_key
        self.public_key = private_key.public_key()
        self.directory = directory

    @classmethod
    def generate(cls, directory: str | os.PathLike[str]) -> CouncilKeyPair:
        """Make a key pair and save `council.key` (readable only by the user) and `council.pub`.

        Refuses to replace an existing private key: bundles encrypted to it would become
        unreadable.
        """
        directory = Path(directory)
        private_path = directory / COUNCIL_PRIVATE_KEY_FILE
        if private_path.exists():
            raise KeyFileError(
                f"A council key already exists in {directory}; move it away first if you "
                "really mean to replace it (bundles encrypted to it could no longer be opened)."
            )
        pair = cls(X25519PrivateKey.generate(), directory)
        pem = pair.private_key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        _write_private(private_path, pem)
        write_council_public_key(directory, pair.private_key)
        return pair

    @property
    def public_key_bytes(self) -> bytes:
        return _raw_public(self.public_key)

    @property
    def public_key_b64(self) -> str:
        return b64(self.public_key_bytes)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key_bytes)

    @property
    def private_key_path(self) -> Path | None:
        return self.directory / COUNCIL_PRIVATE_KEY_FILE if self.directory else None

    @property
    def public_key_path(self) -> Path | None:
        return self.directory / COUNCIL_PUBLIC_KEY_FILE if self.directory else None


def write_council_public_key(directory: Path, key: X25519PrivateKey) -> Path:
    """`council.pub` beside the council's private key, written whole (a temporary file renamed
    over it) unless it already holds this key's public half. Called again when the private key
    is reused, so a copy killed between writing the two files (or a power cut that left
    council.pub empty) leaves nothing missing for good."""
    text = b64(_raw_public(key.public_key())) + "\n"
    path = Path(directory) / COUNCIL_PUBLIC_KEY_FILE
    try:
        if path.read_text("ascii") == text:
            return path
    except (OSError, UnicodeDecodeError):
        pass  # missing or damaged: written again
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(temporary, "w", encoding="ascii") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return path


def load_council_private_key(path: str | os.PathLike[str]) -> X25519PrivateKey:
    """The council's private key from `council.key` (or a folder holding it)."""
    path = Path(path)
    if path.is_dir():
        path = path / COUNCIL_PRIVATE_KEY_FILE
    key = _read_private_pem(path, "council private key")
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError(f"The file {path} holds another kind of key, not a council key.")
    return key


def load_council_public_key(
    path_or_b64: str | os.PathLike[str] | bytes | X25519PublicKey,
) -> X25519PublicKey:
    """The council's public key from `council.pub`, its base64 text, or its 32 raw bytes."""
    if isinstance(path_or_b64, X25519PublicKey):
        return path_or_b64
    if isinstance(path_or_b64, bytes):
        if len(path_or_b64) != 32:
            raise KeyFileError("A council public key is 32 bytes long.")
        return X25519PublicKey.from_public_bytes(path_or_b64)
    text = os.fspath(path_or_b64)
    candidate = Path(text)
    if isinstance(path_or_b64, str) and not candidate.exists():
        if re.fullmatch(r"[A-Za-z0-9+/]{43}=", text.strip()):
            return X25519PublicKey.from_public_bytes(_decode_b64_key(text, "council public key"))
        if text.endswith(".pub") or os.sep in text:
            raise KeyFileError(f"The council public key file {candidate} does not exist.")
        raise KeyFileError(
            "The council public key should be the path of council.pub or its base64 text."
        )
    try:
        text = candidate.read_text("ascii").strip()
    except FileNotFoundError:
        raise KeyFileError(f"The council public key file {candidate} does not exist.") from None
    except (OSError, UnicodeDecodeError):
        raise KeyFileError(f"The file {candidate} is not a council public key.") from None
    if text.startswith("-----BEGIN"):
        try:
            key = serialization.load_pem_public_key(text.encode("ascii"))
        except ValueError:
            raise KeyFileError(f"The file {candidate} is not a council public key.") from None
        if not isinstance(key, X25519PublicKey):
            raise KeyFileError(f"The file {candidate} holds another kind of key.")
        return key
    return X25519PublicKey.from_public_bytes(_decode_b64_key(text, "council public key"))


def council_key_fingerprint(key: X25519PublicKey | X25519PrivateKey) -> str:
    if isinstance(key, X25519PrivateKey):
        key = key.public_key()
    return fingerprint(_raw_public(key))
