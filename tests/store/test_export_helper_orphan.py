"""The export's second process (`export_worker._serve`) ends when the exporting process is
killed, even while it waits for room to put its next chunk: it holds a read transaction on the
database (in WAL mode no checkpoint can pass it) and the database file open, which must not
outlive the app."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.services.sync import export_worker
from desktop.services.sync.export_batches import AS_STORED_KIND, BatchPlan


def exporter_killed_while_its_helper_waits(database: str, folder: str, report: Any) -> None:
    """Start the helper as `ExportHelper` does, give it a table with no room to put a chunk
    in (the writer is behind), say the helper's pid, then wait to be killed."""
    context = multiprocessing.get_context("spawn")
    counter = context.Value("q", 0)
    room = context.Semaphore(0)
    connection, child = context.Pipe(duplex=True)
    helper = context.Process(
        target=export_worker._serve,
        args=(child, counter, room, database, folder),
        daemon=True,
    )
    helper.start()
    if connection.recv()[0] != "ready":
        report.put(None)
        return
    plan = BatchPlan("responses", ("id", "_stamps"), (AS_STORED_KIND,), ())
    table = export_worker.ChunkedTable(plan, "", "", ((0, 0), (1, 1), (2, 2)), 1, None)
    with counter.get_lock():
        counter.value = 1 << export_worker._JOB_SHIFT
    connection.send((1, table))
    report.put(helper.pid)
    time.sleep(120)


def is_running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie has ended (its new parent may not reap it)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_helper_ends_when_the_exporting_process_is_killed(tmp_path: Path) -> None:
    """... and removes its chunk folder (records in the clear) on its way out."""
    database = tmp_path / "gapkit.sqlite3"
    sqlite3.connect(database).close()
    folder = tmp_path / (export_worker.SCRATCH_PREFIX + "killed")
    folder.mkdir()
    (folder / "1-0").write_bytes(b'{"name": "a person"}')
    context = multiprocessing.get_context("spawn")
    report = context.Queue()
    exporter = context.Process(
        target=exporter_killed_while_its_helper_waits,
        args=(str(database), str(folder), report),
    )
    exporter.start()
    helper_pid = report.get(timeout=60)
    assert helper_pid is not None
    try:
        time.sleep(0.5)  # the helper is waiting for room
        assert is_running(helper_pid)
        os.kill(exporter.pid, signal.SIGKILL)
        exporter.join(10)
        deadline = time.monotonic() + 10
        while is_running(helper_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not is_running(helper_pid), "the helper outlived the killed export"
        assert not folder.exists(), "the helper removed its chunks"
        assert database.exists()
    finally:
        if is_running(helper_pid):
            os.kill(helper_pid, signal.SIGKILL)


def test_chunk_folders_left_by_a_killed_export_are_removed_by_the_next(tmp_path: Path) -> None:
    """A killed export leaves its helper's chunk files (records, contact details included) in
    their folder beside the database (never in the system's temporary folder); the next
    export's helper removes such folders once they are an hour old, and leaves a running
    export's alone."""
    stale = tmp_path / (export_worker.SCRATCH_PREFIX + "killed")
    running = tmp_path / (export_worker.SCRATCH_PREFIX + "running")
    other = tmp_path / "someone-else"
    for folder in (stale, running, other):
        folder.mkdir()
        (folder / "1-0").write_bytes(b'{"name": "a person"}')
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    os.utime(other, (two_hours_ago, two_hours_ago))
    database = tmp_path / "gapkit.sqlite3"
    sqlite3.connect(database).close()
    before = set(Path(tempfile.gettempdir()).glob("*gapkit-export-*"))
    helper = export_worker.ExportHelper(database, lambda: True)
    made = [f for f in tmp_path.iterdir() if f not in (stale, running, other, database)]
    assert [f.name.startswith(export_worker.SCRATCH_PREFIX) for f in made] == [True]
    assert set(Path(tempfile.gettempdir()).glob("*gapkit-export-*")) == before
    helper.close()
    assert not stale.exists() and not made[0].exists()
    assert (running / "1-0").exists()
    assert (other / "1-0").exists()


PACK_KILLED_WHILE_ITS_ANSWERS_ARE_BEGUN = """
import os, sys, time
from pathlib import Path

os.environ["GAPKIT_EXPORT_HELPER"] = "1"
from desktop.services import open_services
from desktop.services.sync import export as export_module, export_worker, packs

# small batches: the seed's answers make many chunks, begun by the helper before the
# organisations are written
export_module.HELPER_RECORDS = 1
export_module.BATCH_RECORDS = 40
start = export_worker.ExportHelper.__init__


def noted(self, database, same_snapshot):
    start(self, database, same_snapshot)
    print("helper", self._process.pid, self._folder, flush=True)


def stuck_in_the_organisations(columns):
    folder = Path(sys.argv[1])
    deadline = time.monotonic() + 60
    while not list(folder.glob(export_worker.SCRATCH_PREFIX + "*/*")):
        if time.monotonic() > deadline:
            print("no chunks", flush=True)
            break
        time.sleep(0.02)
    print("organisations", flush=True)
    time.sleep(600)


export_worker.ExportHelper.__init__ = noted
packs.withhold_contact = stuck_in_the_organisations

if __name__ == "__main__":
    services = open_services(sys.argv[1])
    services.packs.build_pack(Path(sys.argv[2]), full=True)
"""


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_pack_build_killed_while_its_answers_are_begun_leaves_nothing(tmp_path: Path) -> None:
    """A pack build killed (SIGKILL) while it writes the organisations and its second process
    has begun the answers (chunk files waiting beside the database): the second process ends
    and removes its chunks, no pack is recorded, and the next build into the same folder
    removes the unfinished file and makes a whole pack."""
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations
    from desktop.services import open_services

    data = tmp_path / "council"
    services = open_services(data, device_name="Council")
    rows = demo_organisations(12, seed=11, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, 10, seed=11, completed_share=1.0)
    services.store.close()
    out = tmp_path / "out"
    out.mkdir()
    script = tmp_path / "build_pack.py"
    script.write_text(PACK_KILLED_WHILE_ITS_ANSWERS_ARE_BEGUN)
    repo = Path(__file__).resolve().parents[2]
    builder = subprocess.Popen(
        [sys.executable, str(script), str(data), str(out)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
    )
    helper_pid = None
    try:
        assert builder.stdout is not None
        lines = []
        for line in builder.stdout:
            lines.append(line.strip())
            if line.startswith("helper "):
                helper_pid = int(line.split()[1])
            if line.strip() in ("organisations", "no chunks"):
                break
        assert lines[-1:] == ["organisations"], lines
        assert helper_pid is not None and is_running(helper_pid)
        assert list(data.glob(export_worker.SCRATCH_PREFIX + "*/*")), "chunks were waiting"
        builder.send_signal(signal.SIGKILL)
        builder.wait(30)
        deadline = time.monotonic() + 20
        while is_running(helper_pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not is_running(helper_pid), "the helper outlived the killed pack build"
        assert list(data.glob(export_worker.SCRATCH_PREFIX + "*")) == []
    finally:
        if builder.poll() is None:
            builder.kill()
            builder.wait(30)
        if helper_pid is not None and is_running(helper_pid):
            os.kill(helper_pid, signal.SIGKILL)
    assert [path.suffix for path in out.iterdir()] in ([], [".partial"])
    services = open_services(data)
    try:
        assert services.packs.history() == []
        result = services.packs.build_pack(out, full=True)
        assert [path.name for path in out.iterdir()] == [result.path.name]
        assert result.counts["responses"] > 0
        assert len(services.packs.history()) == 1
    finally:
        services.store.close()
