"""Pausing Python's cyclic garbage collector around bulk work on large record lists."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Serialising or validating ~70,000 records makes millions of small objects; each
    collection would then walk the whole live record list again, which measured as more than
    half the time. The records hold no reference cycles, so nothing is lost by waiting."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
