"""BackgroundTask lifetime: a page may drop its task as soon as the result arrives."""

from __future__ import annotations

import gc
from typing import Any

from PySide6.QtCore import QThreadPool

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
            gc.collect()

        task.signals.finished.connect(finished)
        task.start(pool)

    for number in range(200):
        launch(number)
    qtbot.waitUntil(lambda: len(results) == 200, timeout=30_000)
    assert sorted(results) == [n * 2 for n in range(200)]
    assert pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: not workers._running, timeout=10_000)
    gc.collect()


def test_a_running_task_is_kept_until_its_run_is_over(qtbot: Any) -> None:
    pool = QThreadPool()
    task = BackgroundTask(lambda _task: "done")
    task.start(pool)
    assert task in workers._running
    qtbot.waitUntil(lambda: task.done.is_set(), timeout=10_000)
    qtbot.waitUntil(lambda: task not in workers._running, timeout=10_000)
    assert pool.waitForDone(10_000)
