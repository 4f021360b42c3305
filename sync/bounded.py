"""Reading untrusted bytes with bounds: regular files only, sizes capped while reading, JSON
with limits on size, nesting and numbers.

Every parser of outside input (bundle files, device files, form files) goes through here, so
a hostile file costs at most the limits below and always ends in a `BoundedInputError` that
names the file and the problem, never a `RecursionError`, a hang on a FIFO or an exhausted
memory.
"""

from __future__ import annotations

import math
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pydantic_core

from sync.errors import SyncError

# Deepest nesting of arrays and objects accepted in a JSON document. Our own files nest at
# most about 8 deep (a form definition); 64 leaves room and stays far from any recursion limit.
MAX_JSON_DEPTH = 64
# Read in pieces of this size, so a size cap is enforced while reading, not after.
READ_CHUNK = 1024 * 1024


class BoundedInputError(SyncError):
    """Outside input broke a limit or is not what it claims to be; the message says which
    file and why."""

    def __init__(self, message: str, *, file: str | None = None):
        super().__init__(message)
        self.file = file


def read_regular_file(path: str | os.PathLike[str], *, max_bytes: int, what: str = "") -> bytes:
    """The bytes of `path`, which must be a regular file of at most `max_bytes`.

    A FIFO, device node, socket or folder is refused without reading it (opened non-blocking,
    so a FIFO can't hang us), and the cap is enforced while reading: a file that grows, or a
    special file whose size `stat` doesn't tell, can't make us read more than `max_bytes`.
    """
    return b"".join(stream_regular_file(path, max_bytes=max_bytes, what=what))


def stream_regular_file(
    path: str | os.PathLike[str], *, max_bytes: int, what: str = ""
) -> Iterator[bytes]:
    """`read_regular_file` in pieces of at most `READ_CHUNK` bytes."""
    path = Path(path)
    label = what or path.name or str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise BoundedInputError(f"{label} does not exist.", file=str(path)) from None
    except OSError as exc:
        raise BoundedInputError(
            f"{label} cannot be read: {exc.strerror}.", file=str(path)
        ) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise BoundedInputError(
                f"{label} is not a regular file (it is a {_file_kind(info.st_mode)}); only "
                "files are read.",
                file=str(path),
            )
        if info.st_size > max_bytes:
            raise BoundedInputError(
                f"{label} is {info.st_size:,} bytes, more than the {max_bytes:,} allowed.",
                file=str(path),
            )
        total = 0
        while True:
            piece = os.read(descriptor, min(READ_CHUNK, max_bytes + 1 - total))
            if not piece:
                break
            total += len(piece)
            if total > max_bytes:
                raise BoundedInputError(
                    f"{label} is more than the {max_bytes:,} bytes allowed.", file=str(path)
                )
            yield piece
    except OSError as exc:
        raise BoundedInputError(
            f"{label} cannot be read: {exc.strerror}.", file=str(path)
        ) from None
    finally:
        os.close(descriptor)


def open_regular_file(path: str | os.PathLike[str], *, max_bytes: int, what: str = "") -> BinaryIO:
    """`path` opened for reading in binary, if it is a regular file of at most `max_bytes`
    (checked on the open file, so a FIFO or device node is never read)."""
    path = Path(path)
    label = what or path.name or str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise BoundedInputError(f"{label} does not exist.", file=str(path)) from None
    except OSError as exc:
        raise BoundedInputError(
            f"{label} cannot be read: {exc.strerror}.", file=str(path)
        ) from None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise BoundedInputError(
                f"{label} is not a regular file (it is a {_file_kind(info.st_mode)}); only "
                "files are read.",
                file=str(path),
            )
        if info.st_size > max_bytes:
            raise BoundedInputError(
                f"{label} is {info.st_size:,} bytes, larger than a bundle may be ({max_bytes:,}).",
                file=str(path),
            )
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def is_regular_file(path: Path) -> bool:
    """Whether `path` itself (not what a link points at) is a regular file."""
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISLNK(mode):
        return "symbolic link"
    return "special file"


def parse_json(
    raw: bytes | str,
    *,
    what: str,
    max_bytes: int,
    max_depth: int = MAX_JSON_DEPTH,
) -> Any:
    """A JSON document parsed with limits: size, nesting depth, no NaN or Infinity.

    The parser (pydantic-core's) is not recursive in Python, so deep nesting can't raise
    `RecursionError`; its own nesting limit and the depth walk below both end in a
    `BoundedInputError` naming `what`.
    """
    if len(raw) > max_bytes:
        raise BoundedInputError(
            f"{what} is {len(raw):,} bytes, more than the {max_bytes:,} allowed.", file=what
        )
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BoundedInputError(
            f"{what} is not UTF-8 text (at byte {exc.start:,}).", file=what
        ) from None
    try:
        value = pydantic_core.from_json(raw, allow_inf_nan=False)
    except ValueError as exc:
        problem = str(exc)
        if "recursion limit" in problem:
            problem = f"nested more than {max_depth} levels deep"
        raise BoundedInputError(f"{what} is not valid JSON ({problem}).", file=what) from None
    check_json_value(value, what=what, max_depth=max_depth)
    return value


def check_json_value(value: Any, *, what: str, max_depth: int = MAX_JSON_DEPTH) -> None:
    """Refuse nesting deeper than `max_depth` and non-finite numbers, without recursion."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        elif isinstance(item, float) and not math.isfinite(item):
            raise BoundedInputError(
                f"{what} holds a number that is not finite (NaN or Infinity).", file=what
            )
        else:
            continue
        if depth >= max_depth:
            raise BoundedInputError(
                f"{what} is not valid JSON (nested more than {max_depth} levels deep).",
                file=what,
            )
        stack.extend((child, depth + 1) for child in children)
