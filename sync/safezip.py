"""Reading a bundle's files without trusting the zip: paths, links, sizes, counts and bombs."""

from __future__ import annotations

import io
import os
import stat
import zipfile
import zlib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from sync.bounded import BoundedInputError, read_regular_file
from sync.errors import UnsafeBundleError


@dataclass(frozen=True)
class BundleLimits:
    """How much a bundle may hold. The defaults are far above a year of one laptop's work
    (a 70,000-record bundle is ~45 MB unpacked, ratio ~10) and far below what hurts a PC."""

    max_files: int = 64
    max_total_bytes: int = 1024 * 1024 * 1024
    max_file_bytes: int = 768 * 1024 * 1024
    # Our JSON compresses about 10x; a zip bomb compresses 1000x or more.
    max_compression_ratio: float = 200.0
    # Tiny files compress badly or very well without meaning anything.
    ratio_checked_above_bytes: int = 64 * 1024
    max_encrypted_bytes: int = 512 * 1024 * 1024


DEFAULT_LIMITS = BundleLimits()
_ALLOWED_FOLDERS = frozenset({"data/"})


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
    try:
        archive = zipfile.ZipFile(io.BytesIO(data) if isinstance(data, bytes) else data)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise UnsafeBundleError(
            f"{source} is not a GAP Field Kit bundle: it is not a zip file, or it is damaged or "
            "incomplete (was it fully copied?).",
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_files:
            raise UnsafeBundleError(
                f"{source} holds {len(infos)} files; a bundle holds at most {limits.max_files}. "
                "It was not made by GAP Field Kit and will not be opened."
            )
        seen: set[str] = set()
        total = 0
        wanted: list[zipfile.ZipInfo] = []
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
            if size > limits.max_file_bytes:
                raise UnsafeBundleError(
                    f"{source}: {name} would unpack to {size:,} bytes, more than the "
                    f"{limits.max_file_bytes:,} allowed; it will not be opened.",
                    file=name,
                )
            if (
                size > limits.ratio_checked_above_bytes
                and size > limits.max_compression_ratio * max(info.compress_size, 1)
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
            wanted.append(info)
        members: dict[str, bytes] = {}
        for info in wanted:
            try:
                with archive.open(info) as handle:
                    # Never trust the declared size: read one byte more than it to notice a lie.
                    content = handle.read(info.file_size + 1)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError):
                raise UnsafeBundleError(
                    f"{source} is damaged: {info.filename} cannot be unpacked (was the file fully "
                    "copied?).",
                    file=info.filename,
                ) from None
            if len(content) != info.file_size:
                raise UnsafeBundleError(
                    f"{source} is damaged: {info.filename} is not the size the zip says.",
                    file=info.filename,
                )
            members[info.filename] = content
    return members


def read_folder_members(
    folder: Path,
    *,
    allowed: Collection[str],
    source: str,
    limits: BundleLimits = DEFAULT_LIMITS,
) -> dict[str, bytes]:
    """Every file of an unzipped bundle folder, with the same rules as for a zip.

    Only regular files are read (a FIFO or device node is refused without being opened for
    long), and sizes are capped while reading, never trusted from `stat`.
    """
    members: dict[str, bytes] = {}
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
                mode = path.lstat().st_mode
            except OSError as exc:
                raise UnsafeBundleError(
                    f"{source}: {name} cannot be read ({exc.strerror}).", file=name
                ) from None
            if stat.S_ISLNK(mode):
                raise UnsafeBundleError(
                    f"{source} contains a symbolic link ({name}); it will not be opened.",
                    file=name,
                )
            if stat.S_ISDIR(mode):
                if name + "/" not in _ALLOWED_FOLDERS:
                    raise UnsafeBundleError(
                        f"{source} contains an unexpected folder {name}; it will not be opened.",
                        file=name,
                    )
                continue
            if name not in allowed:
                raise UnsafeBundleError(
                    f"{source} contains an unexpected file {name}; it will not be opened.",
                    file=name,
                )
            cap = min(limits.max_file_bytes, limits.max_total_bytes - total)
            try:
                content = read_regular_file(path, max_bytes=max(cap, 0), what=f"{source}: {name}")
            except BoundedInputError as exc:
                raise UnsafeBundleError(
                    f"{exc.message} {source} is not a bundle GAP Field Kit will open.", file=name
                ) from None
            total += len(content)
            members[name] = content
    return members
