"""Reading the tables in a second process (sync.import_helper): the same merge, the same refusals.

Each test imports the same bundle read in this process (GAPKIT_IMPORT_HELPER=0) and read by
the helper process (=1, with the importer told to wait for the helper's chunks from a given
chunk on, so that these small bundles really go through it), and compares what the council
holds, or the message naming the bad record, and that nothing was kept. A helper that is
killed, an import cancelled, and an importer killed are tested with real processes."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import sync.import_helper
import sync.reader
from desktop.errors import Cancelled
from desktop.services.devices import device_key_path
from desktop.services.sync.imports import ImportService
from desktop.store.db import open_store
from sync.keys import CouncilKeyPair, DeviceKey
from tests.store.sync_helpers import Laptop, canonical_dump, count_rows
from tests.sync.bundle_edits import resign, unzip, zip_members

pytestmark = pytest.mark.skipif(not sync.import_helper.available(), reason="Linux only")

HELPER_LOG = "sync.import_helper"


@pytest.fixture
def laptop(tmp_path: Path):
    made = Laptop.make(tmp_path / "laptops", "Laptop A")
    yield made
    made.close()


@pytest.fixture(autouse=True)
def small_chunks(monkeypatch) -> None:
    """Many chunks a table (the helper is told the importer's chunk size)."""
    monkeypatch.setattr(sync.reader, "CHUNK_BYTES", 2_000)


def _import(
    store: Any,
    bundle: Path,
    monkeypatch: pytest.MonkeyPatch,
    *,
    helper: bool,
    wait_from: int | None = 0,
    council_key: Any = None,
    progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> Any:
    monkeypatch.setenv("GAPKIT_IMPORT_HELPER", "1" if helper else "0")
    monkeypatch.setattr(sync.import_helper, "WAIT_FOR_HELPER_FROM", wait_from)
    service = ImportService(store, council_key=council_key)
    return service.import_bundle(bundle, progress=progress, should_cancel=should_cancel)


def _helper_counts(caplog: pytest.LogCaptureFixture) -> tuple[int, int]:
    """(chunks read, of them by the helper) of the last import, from its log line."""
    lines = [r.getMessage() for r in caplog.records if r.name == HELPER_LOG]
    [last] = [line for line in lines if line.startswith("import read")][-1:]
    words = last.split()
    return int(words[2]), int(words[4])


def _stopped(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == HELPER_LOG and "process stopped" in r.getMessage()
    ]


def assert_no_helper_left() -> None:
    for child in multiprocessing.active_children():
        assert child.name != "gapkit-import", "the import's helper is still running"


def _full_laptop(laptop: Laptop, seed: int) -> Path:
    laptop.register(5, seed=seed)
    laptop.assess(3, seed=seed)
    return laptop.export(full=True)


@pytest.mark.parametrize("wait_from", [0, 4, None], ids=["from-start", "from-chunk-4", "racing"])
def test_a_bundle_read_by_the_helper_merges_as_one_read_here(
    store, laptop, monkeypatch, caplog, wait_from
) -> None:
    caplog.set_level("INFO", logger=HELPER_LOG)
    bundle = _full_laptop(laptop, 41)
    laptop.enrol_at(store)

    summary = _import(store, bundle, monkeypatch, helper=True, wait_from=wait_from)

    assert summary.status == "merged", summary.message
    expected = canonical_dump(laptop.store)
    assert canonical_dump(store) == expected
    assert summary.added == count_rows(expected)
    read, by_helper = _helper_counts(caplog)
    assert read > 20 and not _stopped(caplog)
    if wait_from is not None:
        assert by_helper == read - wait_from  # every chunk from there on came from the helper
    assert_no_helper_left()
    again = _import(store, laptop.export(full=True), monkeypatch, helper=True)
    assert (again.status, again.added, again.updated) == ("merged", 0, 0), again.message
    assert again.unchanged == summary.added


def test_an_encrypted_bundle_is_read_by_the_helper_too(
    store, laptop, monkeypatch, caplog, tmp_path
) -> None:
    caplog.set_level("INFO", logger=HELPER_LOG)
    pair = CouncilKeyPair.generate(tmp_path / "council-keys")
    laptop.register(4, seed=42)
    laptop.assess(2, seed=42)
    bundle = laptop.export(full=True, encrypt_to=str(pair.public_key_path))
    laptop.enrol_at(store)

    summary = _import(store, bundle, monkeypatch, helper=True, council_key=pair.private_key_path)

    assert summary.status == "merged", summary.message
    assert canonical_dump(store) == canonical_dump(laptop.store)
    read, by_helper = _helper_counts(caplog)
    assert by_helper == read > 10 and not _stopped(caplog)


def _spoiled(laptop: Laptop, folder: Path, spoil: Callable[[list[dict[str, Any]]], None]) -> Path:
    """The laptop's full export with its answers changed by `spoil`, signed again by the
    laptop (a trusted device sending bad records)."""
    members = unzip(laptop.export(full=True))
    responses = json.loads(members["data/responses.json"])
    spoil(responses)
    members["data/responses.json"] = json.dumps(responses, separators=(",", ":")).encode()
    key = DeviceKey.load(device_key_path(laptop.folder))
    return zip_members(folder / "spoiled.gapkit", resign(members, key))


def _twin(responses: list[dict[str, Any]]) -> None:
    responses[-3]["id"] = responses[2]["id"]  # an id twice, chunks apart


def _future(responses: list[dict[str, Any]]) -> None:
    responses[-2]["modified_at"] = "2999-01-01T00:00:00.000Z"


def _unknown_reference(responses: list[dict[str, Any]]) -> None:
    responses[len(responses) // 2]["participant_id"] = "no-such-participant"


def _wrong_type(responses: list[dict[str, Any]]) -> None:
    responses[-2]["dont_know"] = "yes"


def _missing_field(responses: list[dict[str, Any]]) -> None:
    responses[-2].pop("assessment_id")


@pytest.mark.parametrize(
    "spoil",
    [_twin, _future, _unknown_reference, _wrong_type, _missing_field],
    ids=["id-twice", "future", "unknown-reference", "wrong-type", "missing-field"],
)
def test_a_bad_record_is_refused_with_the_same_message_and_nothing_is_kept(
    store, laptop, monkeypatch, tmp_path, caplog, spoil
) -> None:
    laptop.register(4, seed=43)
    laptop.assess(3, seed=43)
    spoiled = _spoiled(laptop, tmp_path, spoil)
    laptop.enrol_at(store)

    here = _import(store, spoiled, monkeypatch, helper=False)
    assert here.status == "rejected"
    assert "data/responses.json" in (here.message or "")
    assert count_rows(canonical_dump(store)) == 0
    elsewhere = _import(store, spoiled, monkeypatch, helper=True)

    assert elsewhere.status == "rejected"
    assert elsewhere.message == here.message
    assert count_rows(canonical_dump(store)) == 0
    assert not _stopped(caplog)
    assert_no_helper_left()


def test_a_changed_file_is_reported_as_changed_even_when_a_record_in_it_is_bad(
    store, laptop, monkeypatch, tmp_path
) -> None:
    laptop.register(4, seed=44)
    laptop.assess(3, seed=44)
    members = unzip(laptop.export(full=True))
    responses = json.loads(members["data/responses.json"])
    responses[1]["dont_know"] = "yes"
    members["data/responses.json"] = json.dumps(responses, separators=(",", ":")).encode()
    changed = zip_members(tmp_path / "changed.gapkit", members)  # not signed again
    laptop.enrol_at(store)

    assert_refused_alike(store, changed, monkeypatch, "data/responses.json has been changed")


def test_a_changed_csv_copy_is_refused_by_the_importer_as_before(
    store, laptop, monkeypatch, tmp_path
) -> None:
    """The helper leaves the CSV copies to the importer (verify(copies=False)): a changed copy
    is still refused, with the same words, before anything is read."""
    laptop.register(3, seed=46)
    laptop.assess(2, seed=46)
    members = unzip(laptop.export(full=True))
    members["data/responses.csv"] = members["data/responses.csv"].replace(b"\n", b"\r\n", 1)
    changed = zip_members(tmp_path / "changed-copy.gapkit", members)  # not signed again
    laptop.enrol_at(store)

    assert_refused_alike(store, changed, monkeypatch, "data/responses.csv has been changed")
    assert_no_helper_left()


def assert_refused_alike(store, changed: Path, monkeypatch, words: str) -> None:
    """`changed` is refused alike read here and with the helper, saying `words`, and nothing
    of it is kept."""
    here = _import(store, changed, monkeypatch, helper=False)
    elsewhere = _import(store, changed, monkeypatch, helper=True)

    assert here.status == elsewhere.status == "rejected"
    assert f"{words} or damaged" in (here.message or "")
    assert elsewhere.message == here.message
    assert count_rows(canonical_dump(store)) == 0


def test_a_helper_cutting_a_table_otherwise_is_not_followed(
    laptop, monkeypatch, caplog, tmp_path
) -> None:
    """The importer takes a helper's chunk only if it starts at the record that comes next
    here: a helper cutting the answers at other places (told another chunk size) is left at
    the first chunk it gives, and the importer reads on; every record merged once. (The
    reading is the same whatever the database: SQLite only.)"""
    caplog.set_level("INFO", logger=HELPER_LOG)
    bundle = _full_laptop(laptop, 47)
    store = open_store(data_dir=tmp_path / "council", device_name="Council")
    closing_store = contextlib.closing(store)
    laptop.enrol_at(store)
    # A chunk size for the helper, and a chunk to switch at, where its chunk of that number
    # is of the same table as the importer's but starts at another record.
    ours = _chunk_starts(bundle, sync.reader.CHUNK_BYTES)
    size, switch_at = next(
        (size, at)
        for size in range(1_000, 4_000, 50)
        for at, (call, start) in enumerate(_chunk_starts(bundle, size))
        if at > 2 and at < len(ours) and ours[at][0] == call and ours[at][1] != start
    )
    _helper_cuts_at(size, monkeypatch)
    with closing_store:
        summary = _import(store, bundle, monkeypatch, helper=True, wait_from=switch_at)
        held = canonical_dump(store)

    assert summary.status == "merged", summary.message
    expected = canonical_dump(laptop.store)
    assert held == expected
    assert (summary.added, summary.updated, summary.unchanged) == (count_rows(expected), 0, 0)
    [stopped] = _stopped(caplog)
    assert f"came for record {ours[switch_at][1]} of " in stopped
    assert _helper_counts(caplog)[1] == 0
    assert_no_helper_left()


def test_a_helper_that_cut_a_table_otherwise_and_stopped_in_it_leaves_no_record_out(
    laptop, monkeypatch, caplog, tmp_path
) -> None:
    """A helper whose chunks were taken from a table's start (they start where the records
    here do) stops in the middle of the answers: the importer reads on from the record after
    the last one merged, not after as many of its own chunks as it took of the helper's (its
    own chunks, cut elsewhere, hold other numbers of records: some were lost or merged twice)."""
    caplog.set_level("INFO", logger=HELPER_LOG)
    bundle = _full_laptop(laptop, 49)
    store = open_store(data_dir=tmp_path / "council", device_name="Council")
    laptop.enrol_at(store)
    size = 700  # the helper's chunks: smaller than the importer's (tests: 2,000 bytes)
    with sync.reader.open_bundle(bundle) as opened:
        counts = opened.manifest.counts
        before_answers = sum(
            counts.get(t, 0) for t in opened.tables[: opened.tables.index("responses")]
        )
    call = _answers_call(bundle)
    answers = [
        [start for in_call, start in _chunk_starts(bundle, cut) if in_call == call][:3]
        for cut in (sync.reader.CHUNK_BYTES, size)
    ]
    assert answers[0] != answers[1]  # the two cut the answers at other places
    _helper_cuts_at(size, monkeypatch)
    killed: list[int] = []

    def kill_the_helper_in_the_answers(done: int, total: int) -> None:
        if not killed and done > before_answers:
            helper = _helper_process()
            os.kill(helper.pid, signal.SIGKILL)
            helper.join(30)
            killed.append(done)

    with contextlib.closing(store):
        summary = _import(
            store, bundle, monkeypatch, helper=True, progress=kill_the_helper_in_the_answers
        )
        held = canonical_dump(store)

    assert killed and summary.status == "merged", summary.message
    expected = canonical_dump(laptop.store)
    assert held == expected
    assert (summary.added, summary.updated, summary.unchanged) == (count_rows(expected), 0, 0)
    assert _stopped(caplog)
    assert_no_helper_left()


def _answers_call(bundle: Path) -> int:
    with sync.reader.open_bundle(bundle) as opened:
        return sync.import_helper.reading_plan(opened.tables).index(("table", "responses"))


def _helper_cuts_at(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The import's helper cuts the tables at `size` bytes (the importer at its own)."""
    begin = sync.import_helper.ImportHelper.begin

    def begin_with_other_cuts(self: Any, *args: Any, **kwargs: Any) -> None:
        with monkeypatch.context() as job:
            job.setattr(sync.reader, "CHUNK_BYTES", size)
            begin(self, *args, **kwargs)

    monkeypatch.setattr(sync.import_helper.ImportHelper, "begin", begin_with_other_cuts)


def _chunk_starts(bundle: Path, chunk_bytes: int) -> list[tuple[int, int]]:
    """(call, first record) of each chunk the import reads, cut at `chunk_bytes`."""
    starts = []
    usual = sync.reader.CHUNK_BYTES
    sync.reader.CHUNK_BYTES = chunk_bytes
    try:
        with sync.reader.open_bundle(bundle) as opened:
            opened.verify(opened.signer_public_key_b64, stream=True)
            for call, (kind, table) in enumerate(sync.import_helper.reading_plan(opened.tables)):
                chunks = (
                    opened.erase_event_chunks() if kind == "erase" else opened.stream_table(table)
                )
                starts.extend((call, chunk.start) for chunk in chunks)
    finally:
        sync.reader.CHUNK_BYTES = usual
    return starts


def _helper_process() -> multiprocessing.Process:
    [helper] = [c for c in multiprocessing.active_children() if c.name == "gapkit-import"]
    return helper


def test_a_killed_helper_leaves_the_rest_to_the_importer(
    store, laptop, monkeypatch, caplog
) -> None:
    caplog.set_level("INFO", logger=HELPER_LOG)
    bundle = _full_laptop(laptop, 45)
    laptop.enrol_at(store)
    calls = []

    def kill_the_helper_midway(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 4:
            helper = _helper_process()
            os.kill(helper.pid, signal.SIGKILL)
            helper.join(30)

    summary = _import(store, bundle, monkeypatch, helper=True, progress=kill_the_helper_midway)

    assert summary.status == "merged", summary.message
    expected = canonical_dump(laptop.store)
    assert canonical_dump(store) == expected
    # each record merged once: none skipped, none given twice (it would count as unchanged)
    assert (summary.added, summary.updated, summary.unchanged) == (count_rows(expected), 0, 0)
    assert _stopped(caplog)
    read, by_helper = _helper_counts(caplog)
    assert 3 <= by_helper < read  # some chunks from the helper, the rest read here
    assert_no_helper_left()


def test_a_cancelled_import_changes_nothing_and_ends_the_helper(store, laptop, monkeypatch) -> None:
    bundle = _full_laptop(laptop, 46)
    laptop.enrol_at(store)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    with pytest.raises(Cancelled):
        _import(
            store,
            bundle,
            monkeypatch,
            helper=True,
            progress=progress,
            should_cancel=lambda: len(calls) >= 6,
        )

    assert count_rows(canonical_dump(store)) == 0
    assert_no_helper_left()


_KILLED_IMPORTER = """
import os, sys, time
from pathlib import Path
import sync.import_helper, sync.reader
from desktop.services.sync.imports import ImportService
from desktop.store.db import open_store

sync.reader.CHUNK_BYTES = 2_000
sync.import_helper.WAIT_FOR_HELPER_FROM = 0
folder, bundle, pid_file = sys.argv[1:4]
store = open_store(data_dir=Path(folder))
calls = []

def stop_here(done, total):
    calls.append(done)
    if len(calls) == 5:
        import multiprocessing
        [helper] = [c for c in multiprocessing.active_children() if c.name == "gapkit-import"]
        Path(pid_file + ".part").write_text(str(helper.pid))
        os.replace(pid_file + ".part", pid_file)  # whole, never half written
        time.sleep(600)  # killed here

ImportService(store).import_bundle(Path(bundle), progress=stop_here)
"""


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.slow
def test_a_killed_importer_ends_its_helper_and_keeps_nothing(laptop, monkeypatch, tmp_path) -> None:
    from desktop.store.db import open_store

    council_folder = tmp_path / "council"
    council = open_store(data_dir=council_folder, device_name="Council")
    laptop.enrol_at(council)
    council.close()
    bundle = _full_laptop(laptop, 47)
    pid_file = tmp_path / "helper.pid"
    env = dict(os.environ, GAPKIT_IMPORT_HELPER="1")
    importer = subprocess.Popen(
        [sys.executable, "-c", _KILLED_IMPORTER, str(council_folder), str(bundle), str(pid_file)],
        env=env,
    )
    try:
        deadline = time.monotonic() + 120
        while not pid_file.exists():
            assert importer.poll() is None, "the importer ended before it was killed"
            assert time.monotonic() < deadline, "the importer never reached its fifth chunk"
            time.sleep(0.05)
        helper_pid = int(pid_file.read_text())
        assert _alive(helper_pid)
        importer.send_signal(signal.SIGKILL)
        importer.wait(30)
        deadline = time.monotonic() + 60
        while _alive(helper_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not _alive(helper_pid), "the helper outlived its importer"
    finally:
        if importer.poll() is None:
            importer.kill()
            importer.wait()
    council = open_store(data_dir=council_folder, device_name="Council")
    try:
        assert count_rows(canonical_dump(council)) == 0
    finally:
        council.close()


def test_a_hung_helper_leaves_the_rest_to_the_importer(store, laptop, monkeypatch, caplog) -> None:
    """A helper that stops answering without ending (stopped, or stuck) must not hold the
    import for good: the importer reads the rest itself. SIGSTOP makes the hang certain;
    the stall limit is made short only once the helper is stopped, so a slow start on a
    loaded machine can't trip it first."""
    caplog.set_level("INFO", logger=HELPER_LOG)
    bundle = _full_laptop(laptop, 48)
    laptop.enrol_at(store)
    calls = []
    stopped: list[int] = []

    def stop_the_helper_midway(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 4:
            helper = _helper_process()
            os.kill(helper.pid, signal.SIGSTOP)
            stopped.append(helper.pid)
            monkeypatch.setattr(sync.import_helper, "_STALL_SECONDS", 1.0)

    given_up_at: list[float] = []

    def too_long() -> bool:
        # Without a stall limit the importer would wait for ever: give up after a minute
        # (a cancel, which fails the test) rather than hang the suite.
        if stopped and not given_up_at:
            given_up_at.append(time.monotonic() + 60)
        return bool(given_up_at) and time.monotonic() > given_up_at[0]

    try:
        summary = _import(
            store,
            bundle,
            monkeypatch,
            helper=True,
            progress=stop_the_helper_midway,
            should_cancel=too_long,
        )
    finally:
        for pid in stopped:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)

    assert summary.status == "merged", summary.message
    expected = canonical_dump(laptop.store)
    assert canonical_dump(store) == expected
    assert (summary.added, summary.updated, summary.unchanged) == (count_rows(expected), 0, 0)
    assert any("no message" in line for line in _stopped(caplog))
    assert_no_helper_left()


@pytest.mark.parametrize(
    ("payload", "size"),
    [
        (b"\x00garbage", 8),  # not marshal
        (b"", 0),  # empty
        (None, 5),  # a size longer than the file (mapping past its end would fault)
        (None, -1),
        (b"i\x07\x00\x00\x00", 5),  # marshal, but not records
        (None, None),  # a list holding something other than records
    ],
    ids=["garbage", "empty", "too-long", "negative", "not-a-list", "not-records"],
)
def test_a_chunk_that_is_not_records_makes_the_importer_read_itself(
    payload: bytes | None, size: int | None
) -> None:
    """What arrives in a chunk's memory file is unpacked only if it is a list of records of
    the size announced; anything else is HelperFailed (the importer reads the chunk itself),
    never another exception that would end the import."""
    import marshal

    if payload is None:
        payload = marshal.dumps([{"id": "a"}, "not a record"]) if size is None else b"abc"
        size = len(payload) if size is None else size
    memory = os.memfd_create("test-chunk")
    try:
        os.write(memory, payload)
        with pytest.raises(sync.import_helper.HelperFailed):
            sync.import_helper._unpacked(memory, size)
    finally:
        os.close(memory)


def test_a_chunk_of_records_is_unpacked_whole() -> None:
    import marshal

    records = [{"id": "a", "score": -0.0, "notes": None, "tags": ["x"]}, {"id": "b"}]
    payload = marshal.dumps(records)
    memory = os.memfd_create("test-chunk")
    try:
        os.write(memory, payload)
        got = sync.import_helper._unpacked(memory, len(payload))
    finally:
        os.close(memory)
    assert got == records
    assert str(got[0]["score"]) == "-0.0"
