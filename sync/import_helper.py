"""Reading a bundle's next table on the second core while the importer merges this one (issue 16).

Reading a table (unzip, SHA-256, decode, every check of `OpenedBundle.stream_table`) is about
a third of a council import's CPU time; merging and writing is the rest. With an
`ImportHelper`, a second process opens the same bundle, verifies it against the same key,
and reads every table in the importer's order with the same reader code, sending each
checked chunk on. The importer only unpacks the records (`marshal`, ~4x cheaper than reading
them) and merges. Threads can't do this: every SQLite step of the inserts hands the GIL over
to a waiting thread (measured in stop 14).

**The same records, the same refusals.** The helper runs `OpenedBundle.erase_event_chunks`,
then `stream_table` for each table, with the importer's clock (`now`), on a bundle whose
signed digests must hash to the importer's `content_sha256`; so each chunk is the one the
importer would have read, and a refusal is the same exception with the same words. It is
raised where the importer asks for that chunk: everything before it was merged as before,
and the import's one transaction rolls it all back as before.

**Never waiting for it.** The importer does not wait for the helper to start: it reads the
tables itself, chunk after chunk, and tells the helper (a shared counter) how far it got. The
helper reads from the beginning too (it needs every id references may point at), sends
nothing for the chunks the importer took, and once it is ahead sends every chunk from there
on; the importer takes the helper's chunks from the first one that is its next. The helper
also says which chunk it is reading: once that is the importer's next one, the importer waits
for it rather than read it too (it comes in about the time reading it would take). On a busy
machine, where the helper is slow, the importer simply reads everything itself.

**Handing over.** Each chunk's records are `marshal`led (types, key order and -0.0 kept; the
repeated keys are written once) into an unnamed memory file (`os.memfd_create`) whose
descriptor is passed over the pipe: the helper never waits for the importer to read a pipe,
and nothing is left on a disk. The helper keeps at most `AHEAD_CHUNKS` chunks sent and not
yet taken, so memory stays bounded.

**Failing safe.** A helper that cannot start, cannot open the bundle, stops or is killed
hands the rest back: `HelperReading` reads again, in this process, what the helper already
gave (to rebuild the reader's state, such as the ids references point at), skips the chunks
already merged and reads on. A killed importer ends its helper: the helper's next send fails
on the closed pipe, and while it waits for room it sees the pipe close.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import marshal
import mmap
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.reduction import recv_handle, send_handle
from typing import TYPE_CHECKING, Any

from sync.errors import BundleError

if TYPE_CHECKING:
    from sync.reader import OpenedBundle, RecordChunk

log = logging.getLogger(__name__)

# Chunks (each about the reader's CHUNK_BYTES of JSON) the helper may have sent and the
# importer not yet taken.
AHEAD_CHUNKS = 3
# Tests set this: from that chunk on, the importer waits for the helper's chunks instead of
# reading while the helper starts (so that small bundles are read by the helper too).
WAIT_FOR_HELPER_FROM: int | None = None  # the importer's chunk index it starts waiting at
# How often the importer, waiting for a chunk, looks whether the helper is still alive.
_WAIT_SECONDS = 0.1
# How long a helper told to stop may take before it is stopped.
_STOP_SECONDS = 2.0
# How long the importer waits for a helper that is alive but sends nothing (stopped, stuck)
# before it reads the rest itself: only speed hangs on it, never what is read.
_STALL_SECONDS = 60.0

# The reading calls, in the importer's order: the erase events first, then every table.
Call = tuple[str, str]
ERASE_CALL: Call = ("erase", "audit_events")


def available() -> bool:
    """Whether this system can pass a chunk as an unnamed memory file (Linux)."""
    return hasattr(os, "memfd_create")


def reading_plan(tables: tuple[str, ...]) -> tuple[Call, ...]:
    return (ERASE_CALL, *(("table", table) for table in tables))


# -- the helper process ---------------------------------------------------------------------


def _serve(connection: Connection, position: Any, reading_at: Any = None) -> None:
    """The helper's main: wait for the job, then read every table, sending the chunks from
    the first one the importer has not taken (`position`: the chunks it took). `reading_at`:
    where this process tells the importer which chunk it is reading now."""
    import sync.reader  # imported while the importer opens the bundle
    from sync.reader import open_bundle

    gc.disable()  # chunks of small objects without cycles, as in the importing process
    try:
        job = connection.recv()
    except (EOFError, OSError):
        return
    if job is None:
        return
    started = time.process_time()
    path, decrypt_key, public_key, now, content_sha256, plan, chunk_bytes = job
    sync.reader.CHUNK_BYTES = chunk_bytes  # the importer's chunks, whatever it was set to
    try:
        bundle = open_bundle(path, decrypt_key=_key(decrypt_key), now=now)
    except Exception as error:  # noqa: BLE001 - any failure: the importer reads alone
        _send(connection, ("failed", f"can't open the bundle: {error!r}"))
        return
    with bundle:
        if bundle.content_sha256 != content_sha256:
            _send(connection, ("failed", "the bundle's content is not the importer's"))
            return
        try:
            # The CSV copies were checked by the importer (and are not read by an import):
            # ~0.1 s less before the helper reads its first chunk.
            bundle.verify(public_key, stream=True, copies=False)
        except Exception as error:  # noqa: BLE001
            _send(connection, ("failed", f"can't verify the bundle: {error!r}"))
            return
        room = AHEAD_CHUNKS
        sending = False
        index = 0  # of the chunk, counted over every call

        def taken() -> bool:
            """Whether the importer took the chunk about to be read (it read and checked it
            itself): then it is only skimmed here, for the ids later chunks need, and this
            process reaches the importer's chunk sooner."""
            return not sending and index < position.value

        _tell(reading_at, index)
        for call, (kind, table) in enumerate(plan):
            try:
                chunks = (
                    bundle.erase_event_chunks()
                    if kind == "erase"
                    else bundle.stream_table(table, skim=taken)
                )
                for chunk in chunks:
                    if chunk.skimmed or taken():
                        index += 1  # the importer read this one itself
                        _tell(reading_at, index)
                        continue
                    sending = True
                    payload = marshal.dumps(chunk.records)
                    while room == 0:
                        if not _room_made(connection):
                            return
                        room += 1
                    if not _send_chunk(connection, (call, index), chunk, payload):
                        return
                    room -= 1
                    index += 1
                    _tell(reading_at, index)
            except BundleError as error:
                error_fields = (type(error).__name__, error.message, error.file, error.record)
                _send(connection, ("refused", error_fields))
                return
            except Exception as error:  # noqa: BLE001 - the importer reads it itself
                _send(connection, ("failed", repr(error)))
                return
            sending = sending or index >= position.value  # the importer may wait for this end
            if sending and not _send(connection, ("end", call)):
                return
    _send(connection, ("cpu", time.process_time() - started))


def _tell(reading_at: Any, index: int) -> None:
    if reading_at is not None:
        reading_at.value = index


def _key(decrypt_key: Any) -> Any:
    if isinstance(decrypt_key, bytes):
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

        return X25519PrivateKey.from_private_bytes(decrypt_key)
    return decrypt_key


def _send(connection: Connection, message: Any) -> bool:
    try:
        connection.send(message)
    except (OSError, ValueError):  # the importer is gone
        return False
    return True


def _room_made(connection: Connection) -> bool:
    """Wait until the importer takes a chunk; False if it is gone (killed: its end of the
    pipe closes)."""
    try:
        return connection.recv() == "taken"
    except (EOFError, OSError):
        return False


def _send_chunk(
    connection: Connection, place: tuple[int, int], chunk: RecordChunk, payload: bytes
) -> bool:
    memory = os.memfd_create("gapkit-import-chunk", os.MFD_CLOEXEC)
    try:
        with open(memory, "wb", closefd=False) as out:
            out.write(payload)
        header = ("chunk", (*place, chunk.table, chunk.start, chunk.missing, len(payload)))
        if not _send(connection, header):
            return False
        parent = multiprocessing.parent_process()
        send_handle(connection, memory, parent.pid if parent is not None else 0)
    except OSError:
        return False
    finally:
        os.close(memory)
    return True


# -- the importer's side --------------------------------------------------------------------


def _error_from(fields: tuple[str, str, str | None, str | None]) -> BundleError:
    from sync import errors

    kind, message, file, record = fields
    cls = getattr(errors, kind, BundleError)
    if not (isinstance(cls, type) and issubclass(cls, BundleError)):
        cls = BundleError
    return cls(message, file=file, record=record)


class HelperFailed(Exception):
    """Internal: the helper stopped or can't go on; this process reads the rest."""


class _CallEnd:
    """The helper read the current call to its end (its end-of-table checks passed)."""


CALL_END = _CallEnd()


class ImportHelper:
    """The second process of one import (see the module): spawned as the import starts, given
    the bundle once its signature holds (`begin`), closed with the import."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # never forked: the app runs threads
        self._connection, child = context.Pipe(duplex=True)
        # The chunks this process took (read itself, or from the helper), counted over calls.
        self._position = context.RawValue("q", 0)
        # The chunk the helper is reading now (-1: not reading yet).
        self._reading_at = context.RawValue("q", -1)
        self._process = context.Process(
            target=_serve,
            args=(child, self._position, self._reading_at),
            name="gapkit-import",
            daemon=True,
        )
        self._process.start()
        child.close()
        self._plan: tuple[Call, ...] = ()
        self._ended = 0  # calls the helper read to their end
        self.cpu_seconds: float | None = None  # the helper's own, once it finished

    def begin(
        self, bundle: OpenedBundle, public_key: str, decrypt_key: Any, tables: tuple[str, ...]
    ) -> None:
        """Start reading `bundle` (verified with `public_key`) in the order of `tables`."""
        import sync.reader

        if decrypt_key is not None and not isinstance(decrypt_key, (str, os.PathLike)):
            decrypt_key = decrypt_key.private_bytes_raw()
        elif decrypt_key is not None:
            decrypt_key = os.fspath(decrypt_key)
        self._plan = reading_plan(tables)
        job = (
            str(bundle.path),
            decrypt_key,
            public_key,
            bundle.now,
            bundle.content_sha256,
            self._plan,
            sync.reader.CHUNK_BYTES,
        )
        try:
            self._connection.send(job)
        except (OSError, ValueError) as error:
            raise HelperFailed(repr(error)) from None

    def expects(self, done: int, call: Call) -> bool:
        return done < len(self._plan) and self._plan[done] == call

    def reading(self, index: int) -> bool:
        """Whether the helper is reading chunk `index` (or one after it) now: it gives it in
        about the time this process would take to read it."""
        return bool(self._reading_at.value >= index)

    def taking(self, index: int) -> None:
        """This process reads chunk `index` itself: the helper need not send it."""
        self._position.value = index + 1

    def ready(self, index: int, call: int) -> RecordChunk | _CallEnd | None:
        """Without waiting: chunk `index` from the helper (or CALL_END, the end of call
        `call`) if it sent it; None if it did not yet. Chunks this process read itself
        meanwhile are dropped."""
        while True:
            try:
                if not self._connection.poll():
                    break
            except (OSError, ValueError) as error:
                raise HelperFailed(repr(error)) from None
            got = self._message(index, call, early=True)
            if got is not None:
                return got
        if not self._process.is_alive():
            raise HelperFailed(f"the helper stopped (exit code {self._process.exitcode})")
        return None

    def next_chunk(
        self, index: int, call: int, check_cancel: Callable[[], None]
    ) -> RecordChunk | _CallEnd:
        """Chunk `index` (or CALL_END at the end of call `call`), waiting for the helper;
        raises the reader's BundleError where the helper refused, HelperFailed if it can't
        go on."""
        waiting_since = time.monotonic()
        while True:
            try:
                ready = self._connection.poll(_WAIT_SECONDS)
            except (OSError, ValueError) as error:
                raise HelperFailed(repr(error)) from None
            if ready:
                got = self._message(index, call, early=False)
                if got is not None:
                    return got
                waiting_since = time.monotonic()
                continue
            check_cancel()
            if time.monotonic() - waiting_since > _STALL_SECONDS:
                raise HelperFailed(f"no message for {_STALL_SECONDS:.0f} s")
            if not self._process.is_alive() and not self._connection.poll():
                raise HelperFailed(f"the helper stopped (exit code {self._process.exitcode})")

    def _message(self, index: int, call: int, *, early: bool) -> RecordChunk | _CallEnd | None:
        """One message: the chunk or call end wanted, or None for one read here already."""
        from sync.reader import RecordChunk

        try:
            kind, detail = self._connection.recv()
            if kind == "chunk":
                in_call, sent, table, start, missing, size = detail
        except (EOFError, OSError, ValueError, TypeError) as error:  # TypeError: not a pair
            raise HelperFailed(repr(error)) from None
        if kind == "chunk":
            try:
                memory = recv_handle(self._connection)
            except (EOFError, OSError, RuntimeError) as error:
                raise HelperFailed(repr(error)) from None
            try:
                records = _unpacked(memory, size) if sent == index else None
            finally:
                os.close(memory)
            with contextlib.suppress(OSError, ValueError):
                self._connection.send("taken")
            if sent < index:
                return None  # read here meanwhile
            if records is None or in_call != call:
                raise HelperFailed(f"chunk {sent} of call {in_call} came for {index} of {call}")
            return RecordChunk(table, start, records, missing)
        if kind == "end":
            if detail < call:
                return None
            if detail > call:
                raise HelperFailed(f"the end of call {detail} came in call {call}")
            self._ended = detail + 1
            if self._ended == len(self._plan):  # it finished: it says how much CPU it used
                with contextlib.suppress(EOFError, OSError, ValueError):
                    if self._connection.poll(_STOP_SECONDS):
                        kind, detail = self._connection.recv()
                        if kind == "cpu":
                            self.cpu_seconds = detail
            return CALL_END
        if kind == "refused" and not early:
            raise _error_from(detail)
        # A refusal where this process still reads itself: it meets the same one there.
        raise HelperFailed(f"{kind}: {detail}")

    def close(self) -> None:
        """Stop the helper: it has finished, or its work is no longer wanted."""
        with contextlib.suppress(Exception):
            self._connection.close()  # the helper's next send or wait for room fails: it ends
        self._process.join(0 if self._process.exitcode is None else _STOP_SECONDS)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(_STOP_SECONDS)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(_STOP_SECONDS)


def _unpacked(memory: int, size: int) -> list[dict[str, Any]]:
    """The records of a chunk the helper sent; HelperFailed (this process reads the chunk
    itself) for anything else: a size that is not the file's, bytes marshal can't read."""
    if type(size) is not int or size <= 0 or os.fstat(memory).st_size != size:
        raise HelperFailed("a chunk of the wrong size")
    try:
        with mmap.mmap(memory, size, prot=mmap.PROT_READ) as view:
            records = marshal.loads(view)
    except (ValueError, EOFError, TypeError, OSError) as error:
        raise HelperFailed(f"a chunk that can't be read: {error!r}") from None
    # the records' types gathered in C (a generator's test per record cost ~1 us each)
    if type(records) is not list or not set(map(type, records)) <= {dict}:
        raise HelperFailed("not a list of records")
    return records


def _after(chunks: Iterator[RecordChunk], given: int) -> Iterator[RecordChunk]:
    """`chunks` from record `given` on: the records before it were given already, in chunks
    the helper may have cut elsewhere (a chunk across that record is given from it)."""
    from sync.reader import RecordChunk

    read = 0  # records of the table read here
    for chunk in chunks:
        read = chunk.start + len(chunk.records)
        if read <= given:
            continue
        if chunk.start < given:
            records = chunk.records[given - chunk.start :]
            kept = {record.get("id") for record in records}
            missing = [reference for reference in chunk.missing if reference.record_id in kept]
            chunk = RecordChunk(chunk.table, given, records, missing)
        yield chunk
    if read < given:
        raise RuntimeError("the helper gave more records than the table holds")


class HelperReading:
    """The reading calls the importer makes (`erase_event_chunks`, `stream_table`,
    `finish_stream`): read here until the helper's chunks catch up, then the helper's, and
    here again if the helper goes (see the module)."""

    def __init__(
        self,
        bundle: OpenedBundle,
        helper: ImportHelper | None,
        check_cancel: Callable[[], None] = lambda: None,
        wait_from: int | None = None,
    ):
        """`wait_from`: from this chunk on, wait for the helper's chunks (tests), instead of
        reading here what the helper has not sent yet."""
        self._bundle = bundle
        self._wait_from = WAIT_FOR_HELPER_FROM if wait_from is None else wait_from
        self._helper = helper
        self._check_cancel = check_cancel
        self._done: list[Call] = []  # the calls read to their end
        self._read_here = 0  # calls read to their end here before the helper's chunks came
        self._switched = False  # the helper's chunks are taken
        self._next = 0  # the next chunk's index, counted over every call
        self.gave_up: str | None = None  # why the helper's work stopped being used
        self._counts = bundle.manifest.counts  # each table's records
        self.chunks_from_helper = 0

    def erase_event_chunks(self) -> Iterator[RecordChunk]:
        return self._read(ERASE_CALL)

    def stream_table(self, table: str) -> Iterator[RecordChunk]:
        return self._read(("table", table))

    def finish_stream(self) -> None:
        log.info(
            "import read %d chunks, %d of them by the second process%s",
            self._next,
            self.chunks_from_helper,
            f" (stopped: {self.gave_up})" if self.gave_up else "",
        )
        if not self._switched:
            self._bundle.finish_stream()
        elif len(self._done) != len(reading_plan(self._bundle.tables)):
            raise RuntimeError("tables not streamed to their end")

    def _read(self, call: Call) -> Iterator[RecordChunk]:
        helper = self._helper
        if helper is not None and not helper.expects(len(self._done), call):
            self._give_up(f"read out of order: {call}")
        given = 0  # records of this call given
        local: Iterator[RecordChunk] | None = None
        try:
            while self._helper is not None:
                got = self._from_helper(len(self._done))
                if isinstance(got, _CallEnd):  # its end checks were the helper's
                    self._switched = True
                    self._done.append(call)
                    return
                if got is None:  # not there yet: read this chunk here
                    if local is None:
                        local = self._local(call)
                    # Told before reading when the table surely holds another chunk, so that
                    # the helper does not send it meanwhile (it would be read twice).
                    more = call[0] == "table" and given < self._counts.get(call[1], 0)
                    if more:
                        self._helper.taking(self._next)
                    chunk = next(local, None)
                    if chunk is None:
                        self._done.append(call)
                        self._read_here = len(self._done)
                        return
                    if not more:
                        self._helper.taking(self._next)
                else:
                    if got.start != given or got.table != call[1]:
                        # Not the records that come next here (a table cut otherwise): the
                        # chunks given so far were this process's own, so it reads on.
                        raise HelperFailed(
                            f"a chunk from record {got.start} of {got.table} came for record "
                            f"{given} of {call[1]}"
                        )
                    chunk = got
                    self._switched = True
                    self.chunks_from_helper += 1
                self._next += 1
                given += len(chunk.records)
                yield chunk
        except HelperFailed as failed:
            self._give_up(str(failed))
        if local is None or self._switched:
            local = _after(self._local(call), given)  # the records merged already left out
        for chunk in local:
            self._next += 1
            yield chunk
        self._done.append(call)

    def _from_helper(self, call: int) -> RecordChunk | _CallEnd | None:
        assert self._helper is not None
        waiting = self._wait_from is not None and self._next >= self._wait_from
        # Once the helper reads the very chunk wanted, it is waited for rather than read here
        # too: it comes in about the time reading it here would take (and their race is over).
        if self._switched or waiting or self._helper.reading(self._next):
            return self._helper.next_chunk(self._next, call, self._check_cancel)
        return self._helper.ready(self._next, call)

    def _local(self, call: Call) -> Iterator[RecordChunk]:
        kind, table = call
        if kind == "erase":
            return self._bundle.erase_event_chunks()
        return self._bundle.stream_table(table)

    def _give_up(self, reason: str) -> None:
        """Go on reading here. If the helper's chunks were taken, first read here, to their
        end, the calls it answered, so the bundle's own state (the ids references point at,
        the tables read) is what reading them here leaves."""
        log.warning("The import's reading process stopped (%s); reading here.", reason)
        self.gave_up = reason
        if self._helper is not None:
            self._helper.close()
            self._helper = None
        if self._switched:
            for call in self._done[self._read_here :]:
                for _ in self._local(call):
                    pass
