"""Validated models kept on disk between processes (the user cache folder's `models/`).

A fresh `gapkit report` process used to turn the same texts into the same models every time:
the shipped forms and support catalogue (YAML, ~25 ms of validation and checks), the form
snapshot an assessment was answered on (JSON from the database), the shipped funds file. Here
a model validated once is pickled, named by a digest of everything its value depends on:

- the text it was made from, and what it is (the file name, the model's class);
- the code that made it: the source of the `forms` package and of each module given as
  `code` (the models, validators and checks), the Python, pydantic and PyYAML versions. An
  edited module, an app update or another library makes another name, never a stale model;
  without readable source (a frozen app), nothing is cached.

Reading an entry unpickles it with a guarded unpickler: it may name only classes defined in
`forms` or in the `code` modules, and dates; a function, or any other class, refuses the
entry, which is then made again from the text (as a damaged one is). An entry is written whole (a temporary
file renamed over it), and writing a name's entry removes that name's other entries (an
edited file or an update replaces, never adds); the folder keeps at most MAX_CACHED_MODELS.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import pickle
import sys
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path as FilePath
from typing import Any, TypeVar

T = TypeVar("T")

# Bump when the way entries are written changes.
CACHE_FORMAT = 1
# The report fonts take up to eight (four scripts, regular and bold) beside the forms.
MAX_CACHED_MODELS = 32

_FORMS_DIR = FilePath(__file__).resolve().parent

# Besides the classes defined in `forms` and in the modules an entry was made by, the only
# class an entry may name (fund deadlines are dates).
_PLAIN_CLASSES = frozenset({("datetime", "date")})


def models_dir() -> FilePath:
    from forms.loader import cache_dir

    return cache_dir() / "models"


def cached_model(
    name: str,
    text: str | bytes,
    model: type[T],
    build: Callable[[], T],
    *,
    code: tuple[str, ...] = (),
    salt: str = "",
) -> T:
    """The model `build()` makes from `text`, read from the cache when an earlier process made
    it from the same text with the same code; otherwise built, then kept.

    `name` says which file or record the text is (a safe file-name prefix is made of it);
    `code` names the modules outside `forms` whose source shapes the result (e.g. the module
    defining `model`); `salt` anything else the result depends on (which checks ran).
    `build` raises as it would without the cache: nothing is kept then.
    """
    path = _entry_path(name, text, model, code, salt)
    if path is not None:
        found = _read(path, model, code)
        if found is not None:
            return found
    built = build()
    if path is not None:
        _write(path, built)
    return built


def _entry_path(
    name: str, text: str | bytes, model: type[Any], code: tuple[str, ...], salt: str
) -> FilePath | None:
    fingerprint = _code_fingerprint(code)
    if fingerprint is None:
        return None
    digest = hashlib.sha256(fingerprint)
    digest.update(f"\0{model.__module__}.{model.__qualname__}\0{name}\0{salt}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text)
    return models_dir() / f"{_safe_name(name)}--{digest.hexdigest()[:40]}.pickle"


def _safe_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)[:64] or "model"


@functools.cache
def _code_fingerprint(code: tuple[str, ...]) -> bytes | None:
    """A digest of the code the cached models depend on, or None when some source can't be
    read (then nothing is cached)."""
    import pydantic
    import pydantic_core

    digest = hashlib.sha256(
        f"{CACHE_FORMAT}\0{sys.version}\0{pydantic.VERSION}\0{pydantic_core.__version__}".encode()
    )
    files = sorted(_FORMS_DIR.glob("*.py"))
    for module in (*code, "yaml"):
        origin = _module_file(module)
        if origin is None:
            return None
        files.append(origin)
    for file in files:
        content = _file_digest(file)
        if content is None:
            return None
        digest.update(f"\0{file.name}\0".encode() + content)
    return digest.digest()


@functools.cache
def _file_digest(file: FilePath) -> bytes | None:
    """A source file's sha256 (read once per process: several fingerprints share files)."""
    try:
        return hashlib.sha256(file.read_bytes()).digest()
    except OSError:
        return None


def _module_file(module: str) -> FilePath | None:
    """The source file of `module`, found without importing it where it isn't yet."""
    loaded = sys.modules.get(module)
    origin = getattr(loaded, "__file__", None) if loaded is not None else None
    if origin is None:
        try:
            spec = find_spec(module)
        except (ImportError, ValueError):
            return None
        origin = spec.origin if spec is not None else None
    if origin is None or not origin.endswith(".py"):
        return None
    return FilePath(origin)


class _GuardedUnpickler(pickle.Unpickler):
    """Unpickles only classes: those defined in `forms` and in the modules named, and dates."""

    def __init__(self, data: bytes, allowed_modules: frozenset[str]) -> None:
        super().__init__(io.BytesIO(data))
        self._allowed = allowed_modules

    def find_class(self, module: str, name: str) -> Any:
        ours = module in self._allowed or module.split(".")[0] == "forms"
        if ours or (module, name) in _PLAIN_CLASSES:
            found = super().find_class(module, name)
            # a class defined there, not a function or a class it imported from elsewhere
            if isinstance(found, type) and found.__module__ == module:
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not allowed in a cached model")


def _read(path: FilePath, model: type[T], code: tuple[str, ...]) -> T | None:
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        found = _GuardedUnpickler(data, frozenset(code)).load()
    except Exception:  # a damaged or refused entry is made again from the text
        return None
    return found if type(found) is model else None


def _write(path: FilePath, value: Any) -> None:
    """Keep `value` in place of the entries of the same name; a cache that cannot be written is
    skipped."""
    try:
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.stem}.{os.getpid()}.part")
        try:
            partial.write_bytes(data)
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        _prune(path)
    except (OSError, pickle.PicklingError, TypeError, AttributeError):
        return


def _prune(kept: FilePath) -> None:
    """Remove the same name's other entries and, beyond MAX_CACHED_MODELS, the oldest."""
    from forms.loader import prune_cache

    prune_cache(kept, MAX_CACHED_MODELS)
