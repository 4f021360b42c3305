"""Long work off the UI thread: one thread-pool task that reports progress and can be cancelled."""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from desktop.errors import Cancelled, UserError
from desktop.ui.i18n import error_text, tr

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)  # an error the user can act on: its message is for them
    cancelled = Signal(str)
    crashed = Signal(str)
    # Emitted last, after `done` is set.
    ended = Signal()


class _Releaser(QObject):
    """Lives on the UI thread for the whole session; a pool thread tells it which task it has
    let go of, and the task's last reference is dropped here, on the UI thread."""

    released = Signal(int)

    @Slot(int)
    def release(self, key: int) -> None:
        _running.pop(key, None)


# Tasks a pool thread may still hold, by key. A page drops its task when the result arrives,
# but the pool thread still holds it then. Were the page's the last reference, the task and its
# signals' QObject would be freed on the pool thread, under Qt's feet. So the task is kept here
# until the pool thread has dropped every reference to it, and is let go on the UI thread.
_running: dict[int, BackgroundTask] = {}
_keys = itertools.count()
_releaser: _Releaser | None = None


def _releaser_on_ui_thread() -> _Releaser:
    global _releaser
    if _releaser is None:
        _releaser = _Releaser()
        # The receiver lives on the UI thread, so the pool thread's emit is queued to it.
        _releaser.released.connect(_releaser.release)
    return _releaser


class BackgroundTask:
    """Runs `work(task)` on a thread pool; `work` calls `task.report()` and checks
    `task.cancelled`. Results and errors come back as signals on the UI thread.

    `Cancelled` is reported as `cancelled` (a cancel is not a failure), a UserError as
    `failed`, anything else is logged and reported as `crashed`.
    """

    def __init__(self, work: Callable[[BackgroundTask], Any]) -> None:
        self.work = work
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.done = threading.Event()
        # Set by the work once its changes are committed: a cancel then stops only what
        # follows (an import's results step), and the screen must not say it rolls back.
        self.committed = False

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, pool: QThreadPool | None = None) -> None:
        """Start on `pool` (the global pool by default), from the UI thread. Always start
        tasks this way.

        Not a QRunnable: the pool's Python wrapper takes a QRunnable as its child and never
        lets go of it, so the task and what its work held (a page) stayed for the session.
        The pool gets a function holding the task in a box it empties."""
        releaser = _releaser_on_ui_thread()
        key = next(_keys)
        _running[key] = self
        box = [self]

        def run_in_pool() -> None:
            task = box.pop()
            task.run()
            del task  # the pool thread's last reference: only the UI thread's is left
            releaser.released.emit(key)

        (pool or QThreadPool.globalInstance()).start(run_in_pool)

    def report(self, done: int, total: int, text: str = "") -> None:
        self.signals.progress.emit(done, total, text)

    def run(self) -> None:
        try:
            result = self.work(self)
        except Cancelled as error:
            self.signals.cancelled.emit(error_text(error))
        except UserError as error:
            self.signals.failed.emit(error_text(error))
        except Exception as error:  # noqa: BLE001 - logged, and the user is told
            log.exception("A background task failed")
            self.signals.crashed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(result)
        finally:
            self.done.set()
            self.signals.ended.emit()


def storing_results(task: BackgroundTask) -> Callable[[int, int], None]:
    """Reports an import's last step (storing the results of its completed assessments,
    after its commit) on the task's progress line, so Cancel is seen to have work to stop."""

    # Made for each bundle as its import starts: until its results step reports, its merge
    # is not committed (a batch's next bundle is rolled back by a cancel, not kept).
    task.committed = False

    def report(done: int, total: int) -> None:
        task.committed = True
        if total:
            task.report(
                done,
                total,
                tr("Import", "Storing results: {done} of {total}").format(
                    done=f"{done:,}", total=f"{total:,}"
                ),
            )

    return report
