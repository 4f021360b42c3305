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

Off unless GAPKIT_READ_AHEAD=1 (`read_ahead_wanted`): measured, the import was slower with
the threads, not faster.
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator

# How far the thread may read ahead: about one reader chunk (sync.reader.CHUNK_BYTES).
AHEAD_PIECES = 8

_END = object()  # a file's last piece was given (and its hash and size held)


def read_ahead_wanted() -> bool:
    """Only when asked for (GAPKIT_READ_AHEAD=1). Measured in one process, interleaved (1k
    import, load ~3, medians of 6): with the threads the importing thread's own CPU was 2.96 s
    against 2.47 s without them, and the wall 3.34 s against 2.55 s. Each SQLite step lets go
    of the GIL and takes it back, and with a second thread wanting it every step pays for a
    hand-over, so the inserts lose more than the unpacking gains."""
    return os.environ.get("GAPKIT_READ_AHEAD") == "1"


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
