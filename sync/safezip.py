"""Reading a bundle's files without trusting the zip: paths, links, sizes, counts and bombs."""

from __future__ import annotations

import io
import os
import stat
import struct
import zipfile
import zlib
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from sync.bounded import BoundedInputError, stream_regular_file
from sync.errors import UnsafeBundleError

# The data files: read in pieces, never whole (BundleLimits.max_streamed_file_bytes).
STREAMED_FOLDER = "data/"


@dataclass(frozen=True)
class BundleLimits:
    """How much a bundle may hold. The defaults are far above a year of one laptop's work
    (a 70,000-record bundle is ~45 MB unpacked, ratio ~10) and far below what hurts a PC.

    The data files (`data/*.json`, `data/*.csv`) are read in pieces, so memory does not grow
    with them: their cap only bounds the work, and is set for a council's full export or pack
    (20,000 demo assessments: `data/responses.json` ~0.9 GB, ~1.3 GB unpacked in all). What
    is ever held whole in memory (the metadata files; a JSON file that can't be cut into
    chunks; `OpenedBundle.all_records`) keeps `max_file_bytes`."""

    max_files: int = 64
    max_total_bytes: int = 8 * 1024 * 1024 * 1024
    max_file_bytes: int = 768 * 1024 * 1024
    max_streamed_file_bytes: int = 4 * 1024 * 1024 * 1024
    # Our JSON compresses about 10x; a zip bomb compresses 1000x or more.
    max_compression_ratio: float = 200.0
    # Tiny files compress badly or very well without meaning anything.
    ratio_checked_above_bytes: int = 64 * 1024
    max_encrypted_bytes: int = 512 * 1024 * 1024

    def file_cap(self, name: str) -> int:
        """The most one file of the bundle may unpack to."""
        return (
            self.max_streamed_file_bytes
            if name.startswith(STREAMED_FOLDER)
            else self.max_file_bytes
        )


DEFAULT_LIMITS = BundleLimits()
_ALLOWED_FOLDERS = frozenset({STREAMED_FOLDER})
# Members are decompressed and hashed in pieces of this size.
_PIECE = 1024 * 1024
# The end-of-central-directory record: at most a 64 KiB comment after its 22 bytes.
_EOCD_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_ZIP64_EOCD_SIGNATURE = b"PK\x06\x06"
_EOCD_SEARCH = 22 + 65535
# One central-directory entry: 46 bytes, a name (ours are short) and extra fields.
_MAX_DIRECTORY_ENTRY = 46 + 256 + 256


def _check_name(name: str, source: str) -> None:
    if not name or "\x00" in name or "\\" in name:
        raise UnsafeBundleError(
            f"{source} contains a file with an invalid name ({name!r}); it was not made by GAP "
            "Field Kit and will not be opened.",
            file=name,
        )
    path = PurePosixPath(name)
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UnsafeBundleError(
            f"{source} contains a file with an absolute path ({name}); a bundle never does, so "
            "it will not be opened.",
            file=name,
        )
    if ".." in path.parts:
        raise UnsafeBundleError(
            f"{source} contains a file whose path climbs out of the bundle ({name}); it will not "
            "be opened.",
            file=name,
        )


class BundleMembers:
    """The files of a bundle, checked for safety but not yet read: read them one at a time,
    small ones whole (`read`), large ones in pieces (`stream`), each capped while reading."""

    source: str
    sizes: dict[str, int]
    limits: BundleLimits = DEFAULT_LIMITS

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self.sizes)

    def stream(self, name: str) -> Iterator[bytes]:  # pragma: no cover - abstract
        raise NotImplementedError

    def read(self, name: str, *, max_bytes: int) -> bytes:
        """A whole (small) member; refused if it is larger than `max_bytes`."""
        size = self.sizes[name]
        if size > max_bytes:
            raise UnsafeBundleError(
                f"{self.source}: {name} is {size:,} bytes, more than the {max_bytes:,} such a "
                "file may have; it was not made by GAP Field Kit.",
                file=name,
            )
        return b"".join(self.stream(name))

    def read_all(self) -> dict[str, bytes]:
        return {name: b"".join(self.stream(name)) for name in sorted(self.sizes)}

    def close(self) -> None:
        """Let go of the open files."""

    def __enter__(self) -> BundleMembers:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def _check_central_directory(handle: BinaryIO, source: str, limits: BundleLimits) -> None:
    """Refuse a zip whose directory lists too many entries before zipfile reads it all
    (200,000 entries would cost 200 MB to list)."""
    handle.seek(0, os.SEEK_END)
    size = handle.tell()
    tail_length = min(size, _EOCD_SEARCH)
    handle.seek(size - tail_length)
    tail = handle.read(tail_length)
    at = tail.rfind(_EOCD_SIGNATURE)
    if at < 0 or len(tail) - at < 22:
        return  # not a zip: zipfile says so in its own words
    entries, directory_bytes = struct.unpack("<HI", tail[at + 10 : at + 16])
    if entries == 0xFFFF or directory_bytes == 0xFFFFFFFF:
        locator = tail[at - 20 : at] if at >= 20 else b""
        if locator[:4] == _ZIP64_LOCATOR_SIGNATURE:
            (record_at,) = struct.unpack("<Q", locator[8:16])
            if record_at < size:
                handle.seek(record_at)
                record = handle.read(56)
                if record[:4] == _ZIP64_EOCD_SIGNATURE and len(record) == 56:
                    entries, directory_bytes = struct.unpack("<QQ", record[32:48])
    handle.seek(0)
    if entries > limits.max_files or directory_bytes > limits.max_files * _MAX_DIRECTORY_ENTRY:
        raise UnsafeBundleError(
            f"{source} holds {entries:,} files; a bundle holds at most {limits.max_files}. "
            "It was not made by GAP Field Kit and will not be opened."
        )


class ZipMembers(BundleMembers):
    """A bundle zip read from an open file: its directory is checked on opening, members are
    decompressed only when asked for, and never beyond their declared size."""

    def __init__(
        self,
        handle: BinaryIO,
        *,
        allowed: Collection[str],
        source: str,
        limits: BundleLimits = DEFAULT_LIMITS,
    ):
        self.source = source
        self.limits = limits
        self._handle = handle
        try:
            _check_central_directory(handle, source, limits)
            self._archive = zipfile.ZipFile(handle)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, struct.error):
            raise UnsafeBundleError(
                f"{source} is not a GAP Field Kit bundle: it is not a zip file, or it is damaged "
                "or incomplete (was it fully copied?).",
            ) from None
        self._infos = _checked_infos(self._archive, allowed, source, limits)
        self.sizes = {info.filename: info.file_size for info in self._infos.values()}

    def stream(self, name: str) -> Iterator[bytes]:
        """The member in pieces, refused as damaged if it is not exactly its declared size."""
        info = self._infos[name]
        read = 0
        try:
            with self._archive.open(info) as member:
                while True:
                    # One byte more than declared is enough to notice a lie.
                    piece = member.read(min(_PIECE, info.file_size + 1 - read))
                    if not piece:
                        break
                    read += len(piece)
                    if read > info.file_size:
                        break
                    yield piece
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
            raise UnsafeBundleError(
                f"{self.source} is damaged: {name} cannot be unpacked (was the file fully "
                "copied?).",
                file=name,
            ) from None
        if read != info.file_size:
            raise UnsafeBundleError(
                f"{self.source} is damaged: {name} is not the size the zip says.", file=name
            )

    def close(self) -> None:
        self._archive.close()
        self._handle.close()


def _checked_infos(
    archive: zipfile.ZipFile, allowed: Collection[str], source: str, limits: BundleLimits
) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > limits.max_files:
        raise UnsafeBundleError(
            f"{source} holds {len(infos)} files; a bundle holds at most {limits.max_files}. "
            "It was not made by GAP Field Kit and will not be opened."
        )
    seen: set[str] = set()
    total = 0
    wanted: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        _check_name(name, source)
        if name in seen:
            raise UnsafeBundleError(
                f"{source} contains the file {name} twice; it will not be opened.", file=name
            )
        seen.add(name)
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise UnsafeBundleError(
                f"{source} contains a symbolic link ({name}); a bundle never does, so it will "
                "not be opened.",
                file=name,
            )
        if info.flag_bits & 0x1:
            raise UnsafeBundleError(
                f"{source} contains a password-protected file ({name}); bundles are encrypted "
                "differently, so it will not be opened.",
                file=name,
            )
        if info.is_dir():
            if name not in _ALLOWED_FOLDERS:
                raise UnsafeBundleError(
                    f"{source} contains an unexpected folder {name}; it will not be opened.",
                    file=name,
                )
            continue
        if name not in allowed:
            raise UnsafeBundleError(
                f"{source} contains an unexpected file {name}; a bundle holds only its "
                "manifest, data package, signature and data files, so it will not be opened.",
                file=name,
            )
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise UnsafeBundleError(
                f"{source} stores {name} with a compression GAP Field Kit does not use; it "
                "will not be opened.",
                file=name,
            )
        size = info.file_size
        if size > limits.file_cap(name):
            raise UnsafeBundleError(
                f"{source}: {name} would unpack to {size:,} bytes, more than the "
                f"{limits.file_cap(name):,} allowed; it will not be opened.",
                file=name,
            )
        if size > limits.ratio_checked_above_bytes and size > limits.max_compression_ratio * max(
            info.compress_size, 1
        ):
            raise UnsafeBundleError(
                f"{source}: {name} is compressed {size / max(info.compress_size, 1):,.0f} "
                "times, far more than real data; it looks like a zip bomb and will not be "
                "opened.",
                file=name,
            )
        total += size
        if total > limits.max_total_bytes:
            raise UnsafeBundleError(
                f"{source} would unpack to more than {limits.max_total_bytes:,} bytes; it "
                "will not be opened."
            )
        wanted[name] = info
    return wanted


class FolderMembers(BundleMembers):
    """An unzipped bundle folder, with the same rules as for a zip.

    Only regular files are read (a FIFO or device node is refused without being opened for
    long), and sizes are capped while reading, never trusted from `stat`.
    """

    def __init__(
        self,
        folder: Path,
        *,
        allowed: Collection[str],
        source: str,
        limits: BundleLimits = DEFAULT_LIMITS,
    ):
        self.source = source
        self.folder = folder
        self.limits = limits
        self.sizes = {}
        total = 0
        count = 0
        for root, folders, files in os.walk(folder, followlinks=False):
            root_path = Path(root)
            for entry in [*folders, *files]:
                path = root_path / entry
                name = path.relative_to(folder).as_posix()
                count += 1
                if count > limits.max_files:
                    raise UnsafeBundleError(
                        f"{source} holds more than {limits.max_files} files; it is not a bundle."
                    )
                try:
                    info = path.lstat()
                except OSError as exc:
                    raise UnsafeBundleError(
                        f"{source}: {name} cannot be read ({exc.strerror}).", file=name
                    ) from None
                if stat.S_ISLNK(info.st_mode):
                    raise UnsafeBundleError(
                        f"{source} contains a symbolic link ({name}); it will not be opened.",
                        file=name,
                    )
                if stat.S_ISDIR(info.st_mode):
                    if name + "/" not in _ALLOWED_FOLDERS:
                        raise UnsafeBundleError(
                            f"{source} contains an unexpected folder {name}; it will not be "
                            "opened.",
                            file=name,
                        )
                    continue
                if name not in allowed:
                    raise UnsafeBundleError(
                        f"{source} contains an unexpected file {name}; it will not be opened.",
                        file=name,
                    )
                if not stat.S_ISREG(info.st_mode):
                    raise UnsafeBundleError(
                        f"{source}: {name} is not a regular file; {source} is not a bundle GAP "
                        "Field Kit will open.",
                        file=name,
                    )
                total += info.st_size
                if info.st_size > limits.file_cap(name) or total > limits.max_total_bytes:
                    raise UnsafeBundleError(f"{source} is larger than a bundle may be.", file=name)
                self.sizes[name] = info.st_size

    def stream(self, name: str) -> Iterator[bytes]:
        # The type and the size are checked again while reading: the file may have changed
        # since it was listed.
        try:
            yield from stream_regular_file(
                self.folder / name, max_bytes=self.sizes[name], what=f"{self.source}: {name}"
            )
        except BoundedInputError as exc:
            raise UnsafeBundleError(
                f"{exc.message} {self.source} is not a bundle GAP Field Kit will open.", file=name
            ) from None


def read_zip_members(
    data: bytes | Path,
    *,
    allowed: Collection[str],
    source: str,
    limits: BundleLimits = DEFAULT_LIMITS,
) -> dict[str, bytes]:
    """Every file of a bundle zip by name, after checking the zip is safe to unpack.

    `allowed` is the set of file names a bundle may hold; anything else is refused.
    """
    handle: BinaryIO = io.BytesIO(data) if isinstance(data, bytes) else Path(data).open("rb")  # noqa: SIM115
    with ZipMembers(handle, allowed=allowed, source=source, limits=limits) as members:
        return members.read_all()


def read_folder_members(
    folder: Path,
    *,
    allowed: Collection[str],
    source: str,
    limits: BundleLimits = DEFAULT_LIMITS,
) -> dict[str, bytes]:
    """Every file of an unzipped bundle folder, with the same rules as for a zip."""
    return FolderMembers(folder, allowed=allowed, source=source, limits=limits).read_all()
