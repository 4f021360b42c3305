"""BackgroundTask: its lifetime (a page may drop its task as soon as the result arrives), and
a cancel, a failure the user can act on and a crash told apart."""

from __future__ import annotations

import functools
import gc
import threading
import weakref
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThreadPool

from desktop.errors import Cancelled, UserError
from desktop.ui import workers
from desktop.ui.workers import BackgroundTask


def test_a_task_dropped_in_its_result_slot_outlives_its_run(qtbot: Any) -> None:
    # Pages keep `self._task` and set it to None in the finished slot. Before run() has
    # returned that was the last reference, and the worker thread then ran on freed memory
    # (the CI segfault). Many short tasks make the window wide enough to hit.
    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    holder: dict[int, BackgroundTask | None] = {}
    results: list[int] = []

    def launch(number: int) -> None:
        task = BackgroundTask(lambda _task: number * 2)
        holder[number] = task

        def finished(result: Any) -> None:
            holder[number] = None  # the page lets go here
            results.append(result)
            # The young generations only: a full collection walks the whole test session's
            # heap, a hundred times over (minutes at the end of the suite).
            gc.collect(1)

        task.signals.finished.connect(finished)
        task.start(pool)

    for number in range(100):
        launch(number)
    qtbot.waitUntil(lambda: len(results) == 100, timeout=30_000)
    assert sorted(results) == [n * 2 for n in range(100)]
    assert pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: not workers._running, timeout=10_000)
    gc.collect()


def test_a_running_task_is_kept_until_its_run_is_over(qtbot: Any) -> None:
    pool = QThreadPool()
    task = BackgroundTask(lambda _task: "done")
    task.start(pool)
    assert task in workers._running.values()
    qtbot.waitUntil(lambda: task.done.is_set(), timeout=10_000)
    qtbot.waitUntil(lambda: task not in workers._running.values(), timeout=10_000)
    assert pool.waitForDone(10_000)


class Held:
    """Stands for what a page's work holds (the page, a form): it must go when the task goes."""


def _use(held: Held, _task: BackgroundTask) -> int:
    return id(held)


def test_a_finished_task_and_what_its_work_holds_are_freed(qtbot: Any) -> None:
    # A QRunnable started on a pool became a child of the pool's Python wrapper, which never
    # let go of it: every task, and the page its work held, stayed for the whole session.
    held = Held()
    gone = weakref.ref(held)
    task = BackgroundTask(functools.partial(_use, held))
    results: list[int] = []
    task.signals.finished.connect(results.append)
    task.start()
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    del held, task
    qtbot.waitUntil(lambda: not workers._running, timeout=10_000)
    gc.collect()
    assert gone() is None


def test_tasks_and_their_signals_are_freed_on_the_ui_thread_only(qtbot: Any) -> None:
    # The page lets go of its task in the result slot while the pool thread still holds it.
    # Here the pool thread is held up just after its last signal, until the UI thread has
    # had its result and plenty of time: the task's last reference must still be dropped on
    # the UI thread, where its signals' QObject lives, never on the pool thread.
    freed_on: list[str] = []
    results: list[int] = []
    for number in range(3):
        ui_caught_up = threading.Event()
        task: BackgroundTask | None = BackgroundTask(lambda _task, number=number: number)
        assert task is not None
        weakref.finalize(task, lambda: freed_on.append(threading.current_thread().name))
        weakref.finalize(task.signals, lambda: freed_on.append(threading.current_thread().name))
        task.signals.finished.connect(results.append)
        task.start()
        # Runs on the pool thread, after `ended` is queued to the UI thread.
        task.signals.ended.connect(
            lambda caught_up=ui_caught_up: caught_up.wait(10),
            Qt.ConnectionType.DirectConnection,
        )
        task = None  # the page lets go
        qtbot.waitUntil(lambda number=number: len(results) == number + 1, timeout=10_000)
        qtbot.wait(100)
        ui_caught_up.set()
        qtbot.waitUntil(lambda: not workers._running, timeout=10_000)
    gc.collect()
    assert freed_on == [threading.main_thread().name] * 6


def _outcome(qtbot, work) -> dict[str, object]:
    task = BackgroundTask(work)
    seen: dict[str, object] = {}
    for name in ("finished", "failed", "cancelled", "crashed"):
        getattr(task.signals, name).connect(lambda value, name=name: seen.setdefault(name, value))
    pool = QThreadPool()
    task.start(pool)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    # The pool still holds the runnable for a moment after run() returns: wait for it before
    # Python frees the task.
    assert pool.waitForDone(5000)
    return seen


@pytest.mark.parametrize(
    ("raised", "signal", "text"),
    [
        (Cancelled("Export cancelled; no bundle was written."), "cancelled", "no bundle"),
        (UserError("The folder is read-only."), "failed", "read-only"),
        (RuntimeError("boom"), "crashed", "RuntimeError: boom"),
    ],
)
def test_each_ending_has_its_own_signal(qtbot, raised: Exception, signal: str, text: str):
    def work(_task: BackgroundTask) -> None:
        raise raised

    seen = _outcome(qtbot, work)
    assert list(seen) == [signal]
    assert text in str(seen[signal])


def test_a_cancel_seen_by_the_work_is_reported_as_cancelled(qtbot):
    def work(task: BackgroundTask) -> int:
        task.cancel()
        if task.cancelled:
            raise Cancelled("Cancelled; nothing was changed.")
        return 1

    assert _outcome(qtbot, work) == {"cancelled": "Cancelled; nothing was changed."}


def test_a_result_comes_back_as_finished(qtbot):
    assert _outcome(qtbot, lambda _task: 42) == {"finished": 42}


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_a_cancel_is_reported_in_the_apps_language(qtbot, language: str):
    """The pages show the cancelled signal's text as it comes: it is the cancel's sentence
    translated, not the service's English."""
    from desktop.ui import i18n

    from .test_message_languages import translation

    sentence = "Pack cancelled; nothing was written."

    def work(_task: BackgroundTask) -> None:
        raise Cancelled(sentence)

    assert i18n.set_app_language(language)
    try:
        seen = _outcome(qtbot, work)
    finally:
        i18n.set_app_language("en")
    assert seen == {"cancelled": translation(language, sentence)}
    assert seen["cancelled"] != sentence


def test_each_bundles_import_starts_uncommitted_for_cancel_to_say_the_right_thing(qtbot):
    """A batch import makes storing_results(task) for each bundle. Once the first bundle's
    results step had run, `committed` stayed true, and a cancel during the next bundle's
    merge said "the import is kept" although that bundle is rolled back."""
    task = BackgroundTask(lambda _task: None)
    first = workers.storing_results(task)
    first(0, 3)  # the first bundle committed; its results step started
    assert task.committed
    workers.storing_results(task)  # the next bundle's import starts
    assert not task.committed
