"""A big table read and encoded by two processes is, byte for byte, the table read by one.

The export's second process (`desktop/services/sync/export_worker.py`) reads chunks of a table
(ranges of its (change_seq, rowid) key) in its own read transaction while the exporting
process reads the others and writes everything in order. Checked here on a real SQLite file,
with the thresholds lowered so a small seed makes many chunks: exports (full, changes since
the last one, drafts or not) and a pack are the same files as the one-process path; chunks
together are the table's rows in the plain query's order; and when the second process can't
be trusted (the database changed while it started, it fails, it is killed, the export is
cancelled) the export is still whole and right, or nothing is left behind.
"""

from __future__ import annotations

import multiprocessing
import signal
import sqlite3
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson
import pytest

from desktop.demo.assessments import add_demo_assessments
from desktop.demo.organisations import demo_organisations
from desktop.errors import Cancelled
from desktop.services.sync import export as export_module
from desktop.services.sync import export_worker
from desktop.services.sync import packs as packs_module
from desktop.services.sync.export import TABLE_NAMES, RecordReader, record_select, synced_table
from sync.codecs import csv_path, json_path

BATCH = 40  # records a batch: a seed of ~1,500 answers makes ~35 chunks


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Any]:
    """A laptop on a real SQLite file (the second process is SQLite's only)."""
    from desktop.services import Services
    from desktop.store.db import open_store

    store = open_store(data_dir=tmp_path / "laptop", device_name="Test laptop")
    yield Services(store)
    store.close()


@pytest.fixture
def helper_counts(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """Small thresholds (so the seed is read in many chunks), and counts of the chunks the
    second process delivered and of those made here."""
    monkeypatch.setattr(export_module, "HELPER_RECORDS", 1)
    monkeypatch.setattr(export_module, "BATCH_RECORDS", BATCH)
    # however busy the machine running the tests is (by default a busy one does without)
    monkeypatch.setenv("GAPKIT_EXPORT_HELPER", "1")
    counts = {"helper": 0, "here": 0}
    read_chunk, encode_chunk = export_worker._read_chunk, export_worker.encode_chunk

    def counted_read(path: Path) -> Any:
        counts["helper"] += 1
        return read_chunk(path)

    def counted_encode(*args: Any) -> Any:
        counts["here"] += 1
        return encode_chunk(*args)

    monkeypatch.setattr(export_worker, "_read_chunk", counted_read)
    monkeypatch.setattr(export_worker, "encode_chunk", counted_encode)
    return counts


def seed(services: Any) -> None:
    """Answers under several change numbers: two bulk loads (one number for hundreds of
    answers each) and single answers and notes saved one by one on drafts."""
    rows = demo_organisations(12, seed=11, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, 10, seed=11, completed_share=0.6)
    add_demo_assessments(services, 8, seed=12, completed_share=0.5)
    drafts = services.assessments.list_summaries(status="draft")
    assert drafts, "the seed has drafts"
    for number, draft in enumerate(drafts[:4]):
        form = services.assessments.form_for(draft.id)
        for _section, question in list(form.questions())[:6]:
            services.assessments.record_note(draft.id, question.id, f"note {number} =1+1 é")


def unhurried(monkeypatch: pytest.MonkeyPatch, seconds: float = 0.02) -> None:
    """This process waits for the second one to be ready and then makes its chunks slowly,
    so the second process takes part for sure (it is spawned: none of this reaches it)."""
    batches = export_worker.ExportHelper.batches

    def after_ready(self: Any, db: Any, table: Any) -> Iterator[Any]:
        deadline = time.monotonic() + 60
        while not self._ready and self.usable and time.monotonic() < deadline:
            self._take_messages(0.05)
        yield from batches(self, db, table)

    encode_chunk = export_worker.encode_chunk

    def slow_encode(*args: Any) -> Any:
        time.sleep(seconds)
        return encode_chunk(*args)

    monkeypatch.setattr(export_worker.ExportHelper, "batches", after_ready)
    monkeypatch.setattr(export_worker, "encode_chunk", slow_encode)
    monkeypatch.setattr(export_worker.ExportHelper, "_patience", lambda self: 30.0)


def data_files(bundle: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(bundle) as archive:
        assert archive.testzip() is None
        return {
            path: archive.read(path)
            for name in TABLE_NAMES
            for path in (json_path(name), csv_path(name))
        }


def one_process_export(services: Any, out: Path, monkeypatch: pytest.MonkeyPatch, **choices: Any):
    with monkeypatch.context() as patch:
        patch.setattr(export_module, "HELPER_RECORDS", 10**12)
        return services.exports.export_bundle(out, **choices)


def assert_helper_gone() -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if not [p for p in multiprocessing.active_children() if p.name == "gapkit-export"]:
            return
        time.sleep(0.05)
    raise AssertionError("the export's second process is still running")


@pytest.mark.slow
@pytest.mark.parametrize("include_drafts", [False, True])
def test_a_full_export_read_by_two_processes_is_the_one_process_export(
    services: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    helper_counts: dict[str, int],
    include_drafts: bool,
) -> None:
    seed(services)
    unhurried(monkeypatch)
    two = services.exports.export_bundle(
        tmp_path / "two.gapkit", full=True, include_drafts=include_drafts
    )
    assert helper_counts["helper"] >= 3, helper_counts
    assert helper_counts["here"] >= 1, helper_counts
    one = one_process_export(
        services, tmp_path / "one.gapkit", monkeypatch, full=True, include_drafts=include_drafts
    )
    assert data_files(two.path) == data_files(one.path)
    assert two.counts == one.counts
    assert_helper_gone()


@pytest.mark.slow
def test_an_export_of_changes_read_by_two_processes_is_the_one_process_export(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_counts: dict[str, int]
) -> None:
    """Changes since a first export: the answers' query then joins each to its assessment
    (drafts completed since reach back further), read in chunks all the same."""
    seed(services)
    services.exports.export_bundle(tmp_path / "first.gapkit")
    add_demo_assessments(services, 6, seed=13, completed_share=1.0)
    draft = services.assessments.list_summaries(status="draft")[0]
    services.assessments.complete(draft.id, allow_unanswered_required=True)
    unhurried(monkeypatch)
    # the two exports must cover the same window: the second one is not recorded
    with monkeypatch.context() as patch:
        patch.setattr(export_module.ExportService, "_record", lambda *args: None)
        two = services.exports.export_bundle(tmp_path / "two.gapkit")
    assert helper_counts["helper"] >= 1, helper_counts
    one = one_process_export(services, tmp_path / "one.gapkit", monkeypatch)
    assert data_files(two.path) == data_files(one.path)
    assert one.counts["responses"] > 0


@pytest.mark.slow
def test_a_pack_read_by_two_processes_is_the_one_process_pack(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_counts: dict[str, int]
) -> None:
    """The organisations (contact details withheld without consent, by whichever process
    read them), the answers and the action items, read by two processes: the one-process
    pack byte for byte."""
    seed(services)
    unhurried(monkeypatch)
    monkeypatch.setattr(packs_module, "SMALL_TABLE_BATCH_RECORDS", 2)
    by_table = helper_chunks_by_table(monkeypatch)
    finished_early: list[bool] = []
    close = export_worker.ExportHelper.close

    def noted_close(self: Any) -> None:
        finished_early.append(self._finishing)
        close(self)
        assert self.cpu_seconds is not None, "it said how much CPU time it used"

    monkeypatch.setattr(export_worker.ExportHelper, "close", noted_close)
    two = services.packs.build_pack(tmp_path / "two.gapkit", full=True)
    assert helper_counts["helper"] >= 3, helper_counts
    assert by_table["organisations"] >= 1 and by_table["action_items"] >= 1, by_table
    # asked to stop once its last table was taken, not when the pack was written
    assert finished_early == [True]
    with monkeypatch.context() as patch:
        patch.setattr(export_module, "HELPER_RECORDS", 10**12)
        one = services.packs.build_pack(tmp_path / "one.gapkit", full=True)
    assert data_files(two.path) == data_files(one.path)
    organisations = orjson.loads(data_files(one.path)[json_path("organisations")])
    withheld = [
        o for o in organisations if o["_stamps"].get("contact_name", {}).get("by") == "withheld"
    ]
    assert withheld and all(o["contact_name"] is None for o in withheld)
    assert len(withheld) < len(organisations), "some with consent, some without"


def helper_chunks_by_table(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How many chunks of each table the second process delivered."""
    counts: dict[str, int] = {}
    batches, read_chunk = export_worker.ExportHelper.batches, export_worker._read_chunk
    reading: list[str] = []

    def noted(self: Any, db: Any, table: Any) -> Iterator[Any]:
        reading[:] = [table.plan.table]
        yield from batches(self, db, table)

    def counted(path: Path) -> Any:
        counts[reading[0]] = counts.get(reading[0], 0) + 1
        return read_chunk(path)

    monkeypatch.setattr(export_worker.ExportHelper, "batches", noted)
    monkeypatch.setattr(export_worker, "_read_chunk", counted)
    return counts


def scratch_files(services: Any) -> list[Path]:
    """The second process's chunk files waiting beside the database."""
    data_folder = Path(str(services.store.engine.url.database)).parent
    return list(data_folder.glob(export_worker.SCRATCH_PREFIX + "*/*"))


def organisations_written_once_chunks_wait(
    services: Any, monkeypatch: pytest.MonkeyPatch, seen: list[int]
) -> None:
    """The first pack's organisations are written only once the second process has left
    chunks of the answers (begun before the organisations): their number is noted in `seen`."""
    withhold = packs_module.withhold_contact

    def after_chunks(columns: dict[str, list[Any]]) -> None:
        if seen:
            withhold(columns)
            return
        deadline = time.monotonic() + 60
        while not scratch_files(services) and time.monotonic() < deadline:
            time.sleep(0.02)
        seen.append(len(scratch_files(services)))
        withhold(columns)

    monkeypatch.setattr(packs_module, "withhold_contact", after_chunks)


@pytest.mark.slow
def test_a_packs_answers_begun_before_its_organisations_are_the_one_process_pack(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_counts: dict[str, int]
) -> None:
    """The second process starts on the answers as soon as the pack's sections are chosen,
    while this one writes the organisations and the small tables before the answers: what it
    made then is written in its place, and the pack is the one-process pack byte for byte
    (drafts' answers, which the pack leaves out, included in the seed)."""
    seed(services)
    seen: list[int] = []
    organisations_written_once_chunks_wait(services, monkeypatch, seen)
    unhurried(monkeypatch)
    two = services.packs.build_pack(tmp_path / "two.gapkit", full=True)
    assert seen and seen[0] >= 1, "the answers were begun before the organisations were written"
    assert helper_counts["helper"] >= 3, helper_counts
    assert scratch_files(services) == []
    with monkeypatch.context() as patch:
        patch.setattr(export_module, "HELPER_RECORDS", 10**12)
        one = services.packs.build_pack(tmp_path / "one.gapkit", full=True)
    assert data_files(two.path) == data_files(one.path)
    assert two.counts == one.counts
    assert_helper_gone()


@pytest.mark.slow
def test_a_pack_cancelled_while_its_answers_are_begun_stops_the_helper_at_once(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_counts: dict[str, int]
) -> None:
    """Cancelled while the organisations are written, the answers begun by the second process
    and not yet taken: it is stopped at once (not asked to finish: it may be waiting for room
    it never gets, or make the rest of the table first), nothing is written, its chunks are
    gone."""
    seed(services)
    seen: list[int] = []
    organisations_written_once_chunks_wait(services, monkeypatch, seen)
    out = tmp_path / "out"
    out.mkdir()
    helpers: list[Any] = []
    start = export_worker.ExportHelper.__init__

    def noted(self: Any, *args: Any) -> None:
        start(self, *args)
        helpers.append(self)

    monkeypatch.setattr(export_worker.ExportHelper, "__init__", noted)
    with pytest.raises(Cancelled):
        services.packs.build_pack(out, full=True, should_cancel=lambda: bool(seen))
    assert seen and seen[0] >= 1
    assert len(helpers) == 1
    # terminated: a helper asked to finish would have ended by itself (exit code 0)
    assert helpers[0]._process.exitcode == -signal.SIGTERM
    assert helper_counts["helper"] == 0
    assert list(out.iterdir()) == []
    assert_helper_gone()
    assert scratch_files(services) == []
    assert services.packs.history() == []


def joined_batches(batches: Iterator[Any]) -> tuple[bytes, bytes, int]:
    """A table's batches as the bundle writes them: JSON objects joined by commas, CSV lines."""
    read = [(bytes(batch.json), bytes(batch.csv), batch.records) for batch in batches]
    kept = [batch for batch in read if batch[2]]
    return (
        b",".join(json_text for json_text, _, _ in kept),
        b"".join(csv_text for _, csv_text, _ in kept),
        sum(records for _, _, records in kept),
    )


@pytest.mark.slow
def test_a_begun_table_dropped_for_another_is_read_whole_later(
    services: Any, monkeypatch: pytest.MonkeyPatch, helper_counts: dict[str, int]
) -> None:
    """The answers are begun, then another table is read first: the chunks the second process
    made of the answers are thrown away (their room given back, or it would wait for ever),
    and the answers, read after, are still whole and in order, the second process helping."""
    seed(services)
    monkeypatch.setattr(export_worker, "MIN_CHUNKS", 1)  # the participants are chunked too
    queries = {
        name: export_module.TableQuery(synced_table(name), (synced_table(name).c.change_seq >= 0,))
        for name in ("participants", "responses")
    }
    with RecordReader(services.store) as reader:
        expected = {name: joined_batches(reader.encoded_query(q)) for name, q in queries.items()}
    unhurried(monkeypatch)
    read_by_helper: dict[str, int] = {}
    with RecordReader(services.store, helper=True) as reader:
        reader.start_helper()
        assert reader.prepare(queries["responses"])
        deadline = time.monotonic() + 60
        while len(scratch_files(services)) < export_worker.AHEAD_CHUNKS:
            assert time.monotonic() < deadline, "the helper made the answers' first chunks"
            time.sleep(0.02)
        got = {}
        for name in ("participants", "responses"):
            before = helper_counts["helper"]
            got[name] = joined_batches(reader.encoded_query(queries[name]))
            read_by_helper[name] = helper_counts["helper"] - before
    assert got == expected
    assert expected["responses"][2] > 500
    assert read_by_helper["responses"] >= 1, read_by_helper
    assert scratch_files(services) == []
    assert_helper_gone()


@pytest.mark.parametrize("smallest", [1, 2, 7, 40, 10_000])
def test_chunks_one_after_another_are_the_tables_rows_in_query_order(
    services: Any, smallest: int
) -> None:
    """Whatever the cuts (chunks of one answer, within one change number and across several),
    the chunks' rows, one chunk after another, are the plain query's rows in its order."""
    seed(services)
    table = synced_table("responses")
    with RecordReader(services.store) as reader:
        window = reader.window(full=True, include_drafts=True)
        source, conditions = export_module._where(window, table)
        stored = record_select(table, True, source, conditions, stored_timestamps=True)
        sql = reader._sql(stored)
        plain = reader._sqlite.execute(sql).fetchall()
        assert export_worker.reads_in_key_order(reader._sqlite, table.name, sql)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(export_worker, "MIN_CHUNKS", 1)
            chunked = reader._chunked(table, stored, sql, smallest, None)
        assert chunked is not None
        bounds = chunked.bounds
        assert list(bounds) == sorted(set(bounds)), "the cuts rise"
        if smallest == 1:  # cuts inside one change number and across change numbers
            assert any(
                low[0] == high[0] for low, high in zip(bounds[1:], bounds[2:-1], strict=False)
            )
            assert any(
                low[0] != high[0] for low, high in zip(bounds[1:], bounds[2:-1], strict=False)
            )
        chunks = [
            export_worker.chunk_rows(reader._sqlite, chunked, chunk).fetchall()
            for chunk in range(chunked.chunks)
        ]
        rows = [row for chunk in chunks for row in chunk]
    assert len(plain) > 500
    assert rows == plain
    # every answer is in the query (all of them, drafts too): the chunks are the cuts' sizes,
    # the last one holding what is left (never more than the others: the exporting process
    # waits for a chunk from the helper no longer than its own take it)
    sizes = [len(chunk) for chunk in chunks]
    size = max(smallest, -(-len(plain) // export_worker.MAX_CHUNKS))
    if size < len(plain):
        assert set(sizes[:-1]) == {size}, sizes
        assert 1 <= sizes[-1] <= size, sizes
    else:
        assert sizes == [len(plain)]


def test_a_query_not_read_in_key_order_is_read_by_one_process(services: Any) -> None:
    seed(services)
    with RecordReader(services.store) as reader:
        db = reader._sqlite
        assert export_worker.reads_in_key_order(
            db, "responses", "SELECT id FROM responses WHERE change_seq > 0"
        )
        for sql in (
            "SELECT id FROM responses",  # the table in its rowid order
            "SELECT id FROM responses WHERE change_seq > 0 ORDER BY id",  # sorted
            "SELECT id FROM responses WHERE assessment_id = 'x'",  # another index
            "SELECT r.id FROM responses r JOIN participants p ON p.assessment_id = r.assessment_id "
            "WHERE r.change_seq > 0",  # many rows joined to each
        ):
            assert not export_worker.reads_in_key_order(db, "responses", sql), sql


@pytest.mark.slow
def test_a_change_saved_while_the_helper_starts_keeps_it_out(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_counts: dict[str, int]
) -> None:
    """The export's snapshot is taken before the second process starts: an edit committed in
    between would be in the second process's snapshot only. It is noticed (`PRAGMA
    data_version`), the second process's chunks are not used, and the bundle is the
    snapshot's: what an export made just before the edit holds."""
    seed(services)
    before = one_process_export(services, tmp_path / "before.gapkit", monkeypatch, full=True)
    unhurried(monkeypatch)
    start = export_worker.ExportHelper.__init__

    def edit_then_start(self: Any, database: Path, same_snapshot: Any) -> None:
        # every answer changes (and takes a new change number) under the export's feet
        with sqlite3.connect(database) as other:
            other.execute("UPDATE responses SET note = 'changed', change_seq = change_seq + 1000")
        start(self, database, same_snapshot)

    monkeypatch.setattr(export_worker.ExportHelper, "__init__", edit_then_start)
    with monkeypatch.context() as patch:
        patch.setattr(export_module.ExportService, "_record", lambda *args: None)
        during = services.exports.export_bundle(tmp_path / "during.gapkit", full=True)
    assert helper_counts["helper"] == 0, "the second process's work is not used"
    assert data_files(during.path) == data_files(before.path)
    assert_helper_gone()


@pytest.mark.slow
@pytest.mark.parametrize("failure", ["no database", "killed"])
def test_a_failing_helper_leaves_the_export_whole(
    services: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    helper_counts: dict[str, int],
    failure: str,
) -> None:
    seed(services)
    unhurried(monkeypatch)
    start = export_worker.ExportHelper.__init__
    started: list[Any] = []

    def start_badly(self: Any, database: Path, same_snapshot: Any) -> None:
        if failure == "no database":
            database = tmp_path / "missing.sqlite3"  # no such file: the helper cannot open it
        start(self, database, same_snapshot)
        started.append(self)

    read_chunk = export_worker._read_chunk

    def kill_after_first(path: Path) -> Any:
        started[0]._process.kill()
        return read_chunk(path)

    monkeypatch.setattr(export_worker.ExportHelper, "__init__", start_badly)
    if failure == "killed":
        monkeypatch.setattr(export_worker, "_read_chunk", kill_after_first)
    two = services.exports.export_bundle(tmp_path / "two.gapkit", full=True)
    assert started and not started[0].usable
    assert helper_counts["here"] > 1
    one = one_process_export(services, tmp_path / "one.gapkit", monkeypatch, full=True)
    assert data_files(two.path) == data_files(one.path)
    assert_helper_gone()


@pytest.mark.slow
def test_a_cancelled_export_stops_the_helper_and_leaves_nothing(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_counts: dict[str, int]
) -> None:
    seed(services)
    unhurried(monkeypatch)
    data_folder = Path(str(services.store.engine.url.database)).parent
    out = tmp_path / "out"
    out.mkdir()
    cancelled_at: list[float] = []

    def cancel_midway() -> bool:
        if helper_counts["helper"] >= 2:
            time.sleep(0.5)  # the helper fills its room meanwhile, and waits for more
            cancelled_at.append(time.monotonic())
            return True
        return False

    with pytest.raises(Cancelled):
        services.exports.export_bundle(out, full=True, should_cancel=cancel_midway)
    # the helper, which may be waiting for room to put more chunks, is stopped at once (5 s
    # leaves room for a busy CI machine; not stopped, it would wait for room for ever)
    assert time.monotonic() - cancelled_at[0] < 5
    assert helper_counts["helper"] >= 2
    assert list(out.iterdir()) == []
    assert_helper_gone()
    scratch = list(data_folder.glob(export_worker.SCRATCH_PREFIX + "*"))
    assert scratch == [], "the second process's folder is removed"


def test_the_helper_can_be_turned_off(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_counts: dict[str, int]
) -> None:
    seed(services)
    started: list[Any] = []
    start = export_worker.ExportHelper.__init__

    def noted(self: Any, *args: Any) -> None:
        started.append(self)
        start(self, *args)

    monkeypatch.setattr(export_worker.ExportHelper, "__init__", noted)
    monkeypatch.setenv("GAPKIT_EXPORT_HELPER", "0")
    services.exports.export_bundle(tmp_path / "off.gapkit", full=True)
    assert started == [] and helper_counts == {"helper": 0, "here": 0}
    # left to itself: only with a core free
    monkeypatch.delenv("GAPKIT_EXPORT_HELPER")
    monkeypatch.setattr(export_module, "_others_running", lambda: 3)
    monkeypatch.setattr(export_module.os, "sched_getaffinity", lambda pid: {0, 1, 2})
    services.exports.export_bundle(tmp_path / "busy.gapkit", full=True)
    assert started == []
    monkeypatch.setattr(export_module, "_others_running", lambda: 2)
    services.exports.export_bundle(tmp_path / "on.gapkit", full=True)
    assert len(started) == 1 and helper_counts["here"] > 0
    monkeypatch.setattr(export_module, "_others_running", lambda: 0)
    monkeypatch.setattr(export_module.os, "sched_getaffinity", lambda pid: {0})
    services.exports.export_bundle(tmp_path / "one-core.gapkit", full=True)
    assert len(started) == 1


def test_other_work_running_is_read_without_this_process() -> None:
    assert export_module.others_in_loadavg("0.52 0.58 0.59 3/467 12345\n") == 2
    assert export_module.others_in_loadavg("6.57 6.56 6.48 9/147 17487") == 8
    assert export_module.others_in_loadavg("0.00 0.01 0.05 1/90 7") == 0
    for odd in ("", "0.5 0.5 0.5", "0.5 0.5 0.5 x/9 1", "0.5 0.5 0.5 12 1"):
        assert export_module.others_in_loadavg(odd) is None
    assert export_module._others_running() >= 0


def test_a_helper_that_cannot_start_leaves_no_folder(
    services: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper_counts: dict[str, int]
) -> None:
    seed(services)

    def no_process(self: Any) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(multiprocessing.get_context("spawn").Process, "start", no_process)
    two = services.exports.export_bundle(tmp_path / "two.gapkit", full=True)
    data_folder = Path(str(services.store.engine.url.database)).parent
    assert list(data_folder.glob(export_worker.SCRATCH_PREFIX + "*")) == []
    one = one_process_export(services, tmp_path / "one.gapkit", monkeypatch, full=True)
    assert data_files(two.path) == data_files(one.path)


def test_the_helper_runs_only_adjust_steps_of_light_modules() -> None:
    """A table's `adjust` step runs in the second process only when it is a function of a
    module the helper imports without SQLAlchemy (else that table stays in this process)."""
    from desktop.services.sync import pack_columns

    assert export_worker.runs_in_helper(None)
    assert export_worker.runs_in_helper(pack_columns.withhold_contact)
    assert packs_module.withhold_contact is pack_columns.withhold_contact
    assert not export_worker.runs_in_helper(lambda columns: None)
    assert not export_worker.runs_in_helper(packs_module.organisations_section)  # type: ignore[arg-type]


ODD_CONTACT = 'O\'Brien, "Jo"\n=1+1;\tZoë \u202eRTL 😀 \\u0000 <b>&amp;</b>'


def seed_edge_case(services: Any, case: str) -> None:
    """Packs at the edges: nothing at all, organisations without answers, one organisation
    with one assessment, and contact details (with and without consent) holding quotes, a
    line break, a tab, a formula, a right-to-left mark, an emoji and an escape's text."""
    if case == "no organisations":
        return
    count = 1 if case == "one organisation" else 6
    rows = demo_organisations(count, seed=21, ward_list=services.organisations.ward_list)
    if case == "odd contact details":
        for number, row in enumerate(rows):
            row["contact_name"] = f"{ODD_CONTACT} {number}"
            row["contact_role"] = ODD_CONTACT
            row["contact_email"] = f"o.brien+{number}@example.org"
            row["contact_phone"] = "01484 221000"
            row["consent_date"] = "2026-11-30"
            row["consent_how"] = "written"
            row["consent_covers"] = ["council_contact"] if number % 2 else []
    services.organisations.create_many(rows)
    if case != "no answers":
        add_demo_assessments(services, 1 if case == "one organisation" else 5, seed=21)


@pytest.mark.parametrize(
    "case", ["no organisations", "no answers", "one organisation", "odd contact details"]
)
def test_a_pack_at_the_edges_is_the_one_process_pack(
    services: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    helper_counts: dict[str, int],
    case: str,
) -> None:
    seed_edge_case(services, case)
    unhurried(monkeypatch)
    monkeypatch.setattr(packs_module, "SMALL_TABLE_BATCH_RECORDS", 2)
    two = services.packs.build_pack(tmp_path / "two.gapkit", full=True)
    with monkeypatch.context() as patch:
        patch.setattr(export_module, "HELPER_RECORDS", 10**12)
        one = services.packs.build_pack(tmp_path / "one.gapkit", full=True)
    assert data_files(two.path) == data_files(one.path)
    assert two.counts == one.counts
    assert_helper_gone()
    if case == "odd contact details":
        organisations = orjson.loads(data_files(one.path)[json_path("organisations")])
        kept = [o["contact_role"] for o in organisations if o["contact_name"] is not None]
        assert kept and all(role == ODD_CONTACT for role in kept)
        assert any(o["contact_name"] is None for o in organisations), "some without consent"
    if case == "odd contact details":  # (smaller packs are read by one process)
        assert helper_counts["helper"] >= 1, helper_counts
