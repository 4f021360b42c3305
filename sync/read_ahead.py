"""Unpacking and hashing a bundle's data files on the second core while the import works.

Inflating (zlib) and hashing (hashlib) let go of Python's GIL while they run, so a thread
doing them runs in parallel with the importing thread's validating, merging and writing
(SQLite lets go of it too, while it steps). They are about a tenth of a 1k import's time
(issue 16 §2). Nothing changes in what is read or checked: the same generators run, only on
another thread, and whatever they raise (a damaged zip, a file changed since it was signed)
is raised in the reader exactly where it would have been raised without the thread: after the
pieces before it.

Memory stays bounded: the thread is never more than `AHEAD_PIECES` pieces (of at most 1 MB,
sync.safezip) ahead of the reader.

The threads are started only when a second core is free (`second_core_free`): on a machine
already busy they would share one core with the importer, and the import took longer, not
shorter (1k import, load 6-7, interleaved: wall 7.3 s against 6.8 s without them).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

# How far the thread may read ahead: about one reader chunk (sync.reader.CHUNK_BYTES).
AHEAD_PIECES = 8

_END = object()  # a file's last piece was given (and its hash and size held)


def second_core_free() -> bool:
    """Whether to read on other threads: GAPKIT_READ_AHEAD=1 always, =0 never; otherwise
    with two cores or more and at most one other task ready to run (so one core is left)."""
    asked = os.environ.get("GAPKIT_READ_AHEAD")
    if asked in ("0", "1"):
        return asked == "1"
    affinity = getattr(os, "sched_getaffinity", None)
    cores = len(affinity(0)) if affinity is not None else os.cpu_count() or 1
    return cores >= 2 and _others_running() <= cores - 1


def _others_running() -> float:
    """Tasks ready to run besides this one: Linux's /proc/loadavg now, else the load average
    of the last minute, else none known."""
    try:
        running = others_in_loadavg(Path("/proc/loadavg").read_text())
    except OSError:
        running = None
    if running is not None:
        return running
    try:
        return float(os.getloadavg()[0])
    except (AttributeError, OSError):
        return 0.0


def others_in_loadavg(text: str) -> int | None:
    """The tasks running besides this one, from /proc/loadavg's text ("0.52 0.58 0.59 3/467
    12345": 3 running, this one among them), or None if it does not read so."""
    fields = text.split()
    if len(fields) < 4 or fields[3].count("/") != 1:
        return None
    running = fields[3].split("/")[0]
    return max(int(running) - 1, 0) if running.isdigit() else None


class _Failed:
    def __init__(self, error: BaseException):
        self.error = error


class PiecesAhead:
    """The pieces of several files, in the order given, read by a thread ahead of the reader.

    Take the files in that order with `pieces(name)` (`next_is(name)` says whether `name` is
    the next one); a file asked for out of order, or left before its end, stops the thread
    (the reader then reads itself, as without it)."""

    def __init__(self, names: list[str], read: Callable[[str], Iterator[bytes]]):
        self._names = list(names)
        self._queue: queue.Queue[object] = queue.Queue(maxsize=AHEAD_PIECES)
        self._stopped = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(list(names), read), name="gapkit-read-ahead", daemon=True
        )
        self._thread.start()

    def _run(self, names: list[str], read: Callable[[str], Iterator[bytes]]) -> None:
        try:
            for name in names:
                for piece in read(name):
                    if not self._put(piece):
                        return
                if not self._put(_END):
                    return
        except BaseException as error:  # given to the reader where it happened
            self._put(_Failed(error))

    def _put(self, item: object) -> bool:
        while not self._stopped.is_set():
            try:
                self._queue.put(item, timeout=0.05)
            except queue.Full:
                continue
            return True
        return False

    def next_is(self, name: str) -> bool:
        return not self._stopped.is_set() and bool(self._names) and self._names[0] == name

    def pieces(self, name: str) -> Iterator[bytes]:
        """The next file's pieces (the caller checked `next_is(name)`)."""
        if not self.next_is(name):
            raise RuntimeError(f"{name} is not the next file read ahead")
        self._names.pop(0)
        finished = False
        try:
            while True:
                item = self._next()
                if item is _END:
                    finished = True
                    return
                if isinstance(item, _Failed):
                    finished = True
                    self.close()
                    raise item.error
                assert isinstance(item, bytes)
                yield item
        finally:
            if not finished:  # left before its end: the rest of the queue is out of step
                self.close()

    def _next(self) -> object:
        while True:
            try:
                return self._queue.get(timeout=0.5)
            except queue.Empty:
                if not self._thread.is_alive() and self._queue.empty():
                    # never expected (the thread always answers): no hang, at least
                    raise RuntimeError("the read-ahead thread stopped without an answer") from None

    def close(self) -> None:
        """Stop the thread and wait for it (it finishes the piece it is reading)."""
        self._stopped.set()
        while self._thread.is_alive():
            try:  # make room for a put it may be waiting on
                while True:
                    self._queue.get_nowait()
            except queue.Empty:
                pass
            self._thread.join(timeout=0.05)


class InBackground:
    """One call run by a thread; `result()` waits for it and raises what it raised."""

    def __init__(self, work: Callable[[], None], name: str):
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(work,), name=name, daemon=True)
        self._thread.start()

    def _run(self, work: Callable[[], None]) -> None:
        try:
            work()
        except BaseException as error:
            self._error = error

    def result(self) -> None:
        self._thread.join()
        if self._error is not None:
            raise self._error
