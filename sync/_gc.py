"""Pausing Python's cyclic garbage collector around bulk work on large record lists, and
around writing one report."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0  # blocks paused now: the app may write a report while an import runs
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Serialising or validating ~70,000 records makes millions of small objects; each
    collection would then walk the whole live record list again, which measured as more than
    half the time. The records hold no reference cycles, so nothing is lost by waiting.
    Building one assessment report is bounded work of the same kind (~300 collections per
    report walked every live object of the process: about a tenth of a first report).

    Nested and concurrent blocks may overlap: the collector runs again when the last one ends,
    if it ran before the first."""
    global _pauses, _was_enabled
    with _lock:
        if _pauses == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _lock:
            _pauses -= 1
            if _pauses == 0 and _was_enabled:
                gc.enable()
