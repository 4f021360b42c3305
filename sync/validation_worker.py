"""Validating a bundle's records on the second core while the importer writes them (issue 16).

The importer reads a table's JSON a chunk at a time (`OpenedBundle.stream_table`). With a
`ValidationWorker` attached (`OpenedBundle.validate_elsewhere`), each chunk is parsed in the
importing process by orjson alone (about a third of pydantic's time) and its bytes are sent
to a second process, which runs the full validation the reader would have run
(`OpenedBundle.validate_chunk_text`: every field, type, pattern and length; NaN, NUL and
broken characters) and answers with nothing, or the error naming the record.

Nothing is trusted before those answers are in: the importer writes inside its one
transaction and asks for every answer before it commits (`settle`), and when anything fails
on its side it asks first whether validation failed on that chunk or an earlier one, and
reports that instead (what the reader would have refused first). So a bad record still rolls
everything back and is named as before.

The worker is a spawned process (never forked: the desktop app runs threads), started when an
import starts; its start (~0.2 s CPU, importing pydantic and building the validators) runs on
the other core while the importer opens the bundle and reads its first tables. The importer
never gets more than `AHEAD_BYTES` of JSON ahead of the answers, so memory stays bounded.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import shutil
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

from sync.errors import BundleError

log = logging.getLogger(__name__)

# JSON sent and not yet answered, at most (three chunks of the reader's 8 MB).
AHEAD_BYTES = 24 * 1024 * 1024
# How long to wait for the worker to stop once told to (it only finishes a chunk).
STOP_SECONDS = 5.0


class WorkerFailed(Exception):
    """The worker process stopped or could not answer: the import can't be trusted."""


# -- the worker process ---------------------------------------------------------------------


def _serve(connection: Connection) -> None:
    """The worker's main: validate each chunk named (a file it removes once read), answer
    (seq, error or None)."""
    from sync.reader import OpenedBundle
    from sync.records import TABLES, records_adapter

    for table in TABLES:  # build the validators while the first chunk is on its way
        records_adapter(table)
    # Each chunk's records are dropped once checked and hold no cycles: the cyclic collector
    # would only walk them (as in the importing process, sync._gc).
    gc.disable()
    started = time.process_time()
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):
            return
        if job is None:
            connection.send(("cpu", time.process_time() - started))
            return
        seq, source, table, name, path, start, byte_offset = job
        raw = Path(path).read_bytes()
        os.unlink(path)
        try:
            OpenedBundle.validate_chunk_text(source, table, name, raw, start, byte_offset)
        except BundleError as error:
            connection.send((seq, (type(error).__name__, error.message, error.file, error.record)))
        except Exception as error:  # input nobody foresaw: still an answer, never a hang
            connection.send((seq, ("BundleError", f"{source}: {name}: {error!r}", name, None)))
        else:
            connection.send((seq, None))


# -- the importer's side --------------------------------------------------------------------


def _error_from(answer: tuple[str, str, str | None, str | None]) -> BundleError:
    from sync import errors

    kind, message, file, record = answer
    cls = getattr(errors, kind, BundleError)
    if not (isinstance(cls, type) and issubclass(cls, BundleError)):
        cls = BundleError
    return cls(message, file=file, record=record)


class ValidationWorker:
    """A second process validating chunks in the order they are sent (see the module)."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._connection, child = context.Pipe(duplex=True)
        self._process = context.Process(
            target=_serve, args=(child,), name="gapkit-validate", daemon=True
        )
        self._process.start()
        child.close()
        # Chunks travel as files in a private folder: a pipe would make this process wait
        # while the worker, busy validating, can't read.
        self._folder = Path(tempfile.mkdtemp(prefix="gapkit-validate-"))
        self._next_seq = 0
        self._pending: dict[int, int] = {}  # seq -> bytes, sent and not yet answered
        self._pending_bytes = 0
        self._failures: dict[int, BundleError] = {}
        self.cpu_seconds = 0.0  # the worker's own, reported once it stops

    def submit(
        self, source: str, table: str, name: str, raw: bytes, start: int, byte_offset: int
    ) -> None:
        """Send one chunk (its file `name`, first record's index `start`); waits while too
        much is unanswered."""
        while self._pending and self._pending_bytes + len(raw) > AHEAD_BYTES:
            self._receive(block=True)
        seq = self._next_seq
        self._next_seq += 1
        path = self._folder / f"{seq}.json"
        path.write_bytes(raw)
        try:
            self._connection.send((seq, source, table, name, str(path), start, byte_offset))
        except (OSError, ValueError) as error:
            raise WorkerFailed(f"the validating process stopped ({error})") from None
        self._pending[seq] = len(raw)
        self._pending_bytes += len(raw)

    def _receive(self, *, block: bool) -> None:
        if not block and not self._connection.poll():
            return
        try:
            seq, answer = self._connection.recv()
        except (EOFError, OSError) as error:
            raise WorkerFailed(f"the validating process stopped ({error!r})") from None
        if seq == "cpu":
            self.cpu_seconds = answer
            return
        self._pending_bytes -= self._pending.pop(seq)
        if answer is not None:
            self._failures[seq] = _error_from(answer)

    def settle(self) -> None:
        """Wait for every answer; raise the error of the first chunk that failed."""
        while self._pending:
            self._receive(block=True)
        if self._failures:
            raise self._failures[min(self._failures)]

    def close(self) -> None:
        """Stop the process (after its answers, or at once after a failure or cancel)."""
        if self._process.is_alive() and not self._pending:
            try:
                self._connection.send(None)
                deadline = time.monotonic() + STOP_SECONDS
                while self._connection.poll(max(0.0, deadline - time.monotonic())):
                    kind, value = self._connection.recv()
                    if kind == "cpu":
                        self.cpu_seconds = value
                        break
            except (EOFError, OSError, ValueError):
                pass
            self._process.join(STOP_SECONDS)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(STOP_SECONDS)
        self._connection.close()
        shutil.rmtree(self._folder, ignore_errors=True)
