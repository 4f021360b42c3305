"""A data folder a killed copy left with its work still in SQLite's write-ahead log opens
again with that work: it is neither migrated twice nor called damaged. CI once saw "table
audit_events already exists" after kill -9 of a first start (tests/ui/test_single_instance.py);
this kills a copy the same way after its start; tests/store/test_killed_migration.py kills
one during the migration, which is what CI saw."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.store.db import database_path, open_store

KILLED_RIGHT_AFTER_START = """
import os, signal, sys
from desktop.store.db import open_store
store = open_store(sys.argv[1], device_name="Killed laptop")
print(store.device_id, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_work_left_in_the_log_by_a_killed_copy_is_opened_not_migrated_again(tmp_path: Path):
    folder = tmp_path / "data"
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_RIGHT_AFTER_START, str(folder)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=120,
    )
    assert killed.returncode != 0  # it really was killed
    device_id = killed.stdout.strip()
    wal = Path(str(database_path(folder)) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the schema should still be in the log"
    store = open_store(folder)
    try:
        assert store.device_id == device_id
        assert store.device_name == "Killed laptop"
    finally:
        store.engine.dispose()
