"""Long work off the UI thread: one QRunnable that reports progress and can be cancelled."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop.errors import Cancelled, UserError
from desktop.ui.i18n import error_text, tr

log = logging.getLogger(__name__)


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)  # an error the user can act on: its message is for them
    cancelled = Signal(str)
    crashed = Signal(str)
    # Emitted last, after `done` is set: the UI thread may then let go of the task.
    ended = Signal()


# Tasks that a pool thread may still be running. A page drops its reference when the
# result arrives, but run() has not returned yet then; if that were the last reference,
# Python would free the runnable under the worker thread. So the task keeps itself alive
# here until its run() is over, and is let go on the UI thread.
_running: set[BackgroundTask] = set()


class BackgroundTask(QRunnable):
    """Runs `work(task)` on a thread pool; `work` calls `task.report()` and checks
    `task.cancelled`. Results and errors come back as signals on the UI thread.

    `Cancelled` is reported as `cancelled` (a cancel is not a failure), a UserError as
    `failed`, anything else is logged and reported as `crashed`.
    """

    def __init__(self, work: Callable[[BackgroundTask], Any]) -> None:
        super().__init__()
        # The caller keeps a reference until the task reports back, so Python owns it.
        self.setAutoDelete(False)
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
        """Start on `pool` (the global pool by default). Always start tasks this way."""
        _running.add(self)
        self.signals.ended.connect(self._release)
        (pool or QThreadPool.globalInstance()).start(self)

    def _release(self) -> None:
        # Queued to the UI thread; one more turn of the event loop lets run() return first.
        QTimer.singleShot(0, lambda: _running.discard(self))

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
