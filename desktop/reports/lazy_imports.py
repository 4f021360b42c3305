"""reportlab's import without the parts a report seldom uses (for a fresh `gapkit report`).

Importing `reportlab.platypus` costs ~0.1 s of CPU, and half of it is for things an assessment
report never or seldom touches:
- `platypus.paragraph` compiles a web-address pattern at import (case-insensitive over most of
  Unicode: ~33 ms), used only to split a long address over two lines when hyphenating;
- `lib.textsplit` compiles a pattern over most of Unicode (~4 ms), used only by its
  `cjkwrap`, which nothing in reportlab calls;
- `pdfbase.ttfonts` imports HarfBuzz (`uharfbuzz`, ~10-20 ms), needed only to shape text (the
  Urdu report's words);
- `lib.utils` imports Pillow's `PIL.Image` (~10 ms), needed only for bitmaps (the reports
  draw none).

`import_reportlab_lazily()` imports reportlab with those deferred to their first use: the two
modules are imported the first time one of their attributes is read, and those patterns are
compiled the first time they are used. Nothing else changes: the same modules, the same patterns,
the same objects once used. A module that is not installed is left as reportlab expects (it
falls back as it always did); with reportlab already imported this does nothing.

The report modules call it before their own reportlab imports (`desktop.reports.assessment_report`,
`council_summary`, `subject_access`), so `gapkit report` and the app's "Save PDF" (a worker
thread) both import reportlab this way. One thread at a time imports it; another thread's
patterns compile as always meanwhile.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

# Modules reportlab imports at start-up that a report uses seldom or never.
DEFERRED_MODULES = ("uharfbuzz", "PIL.Image")


# One import at a time: two threads patching and restoring `re.compile` could leave it patched.
_IMPORTING = threading.Lock()


def import_reportlab_lazily() -> None:
    """Import `reportlab.platypus` with HarfBuzz, Pillow and the costly patterns deferred."""
    if "reportlab.platypus" in sys.modules:
        return
    with _IMPORTING:
        if "reportlab.platypus" in sys.modules:  # another thread imported it meanwhile
            return
        for name in DEFERRED_MODULES:
            _defer(name)
        with _costly_patterns_compiled_on_first_use():
            import reportlab.platypus  # noqa: F401


def _defer(name: str) -> None:
    """Put a stand-in for the module in sys.modules that imports it when first used."""
    if name in sys.modules:
        return
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return
    if spec is None:
        return  # not installed: reportlab's own import fails and it falls back, as before
    stand_in = DeferredModule(name)
    sys.modules[name] = stand_in
    parent, _, child = name.rpartition(".")
    if parent:  # `from PIL import Image` reads the attribute of the package
        setattr(sys.modules[parent], child, stand_in)


_LOADING = threading.Lock()


class DeferredModule(types.ModuleType):
    """Stands for a module until one of its attributes is read: then the module is imported
    (taking its place in sys.modules) and the stand-in gives that module's attributes.

    (`importlib.util.LazyLoader` can't do this here: on Python 3.11 `import uharfbuzz`, as
    reportlab writes it, reads the lazy module's `__spec__`, which runs it at once.)
    """

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # probes such as __file__ or __path__ leave it unloaded
            raise AttributeError(name)
        with _LOADING:
            if sys.modules.get(self.__name__) is self:
                del sys.modules[self.__name__]
            module = importlib.import_module(self.__name__)
        self.__dict__.update(
            (key, value) for key, value in vars(module).items() if not key.startswith("__")
        )
        return getattr(module, name)


class LazyPattern:
    """A regular expression compiled the first time it is used; then it is that pattern."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)


# A character range wider than this makes compiling a pattern cost milliseconds.
_WIDE_RANGE = 0x1000


def _costly(pattern: object, flags: int) -> bool:
    """A pattern whose compiling costs milliseconds: case-insensitive over characters beyond
    Latin-1 (each character of a range is case-folded), or with a range of characters wider
    than _WIDE_RANGE (its character set is built character by character)."""
    if not isinstance(pattern, str):
        return False
    if flags & re.IGNORECASE and any(ord(char) > 0xFF for char in pattern):
        return True
    return any(
        pattern[at] == "-" and ord(pattern[at + 1]) - ord(pattern[at - 1]) > _WIDE_RANGE
        for at in range(1, len(pattern) - 1)
    )


@contextmanager
def _costly_patterns_compiled_on_first_use() -> Iterator[None]:
    """While the body runs, `re.compile` of a costly pattern in this thread gives a
    LazyPattern (other threads, and every other pattern, compile as always)."""
    real_compile = re.compile
    importing = threading.get_ident()

    def compile_lazily(pattern: Any, flags: Any = 0) -> Any:
        if threading.get_ident() == importing and _costly(pattern, int(flags)):
            return LazyPattern(pattern, int(flags))
        return real_compile(pattern, flags)

    re.compile = compile_lazily
    try:
        yield
    finally:
        re.compile = real_compile
