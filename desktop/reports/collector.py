"""Python's cycle collector paused around one report.

Building one assessment report makes about a million short-lived objects (paragraph fragments,
table cells, YAML and model data), so the collector ran some 300 times per report, and its full
passes walked every live object of the process (SQLAlchemy, pydantic, reportlab): about a tenth
of a fresh `gapkit report` process's time for the report. A report is a bounded piece of work,
so the collector waits until it is written and then collects as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pauses = 0  # reports being written now (the app may write one while a batch runs)
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector for the block (nested and concurrent blocks allowed; the
    collector runs again when the last ends, if it ran before the first)."""
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
