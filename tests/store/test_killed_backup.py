"""A copy killed while it takes the backup before a migration leaves no half-written file
among the backups: the message for a damaged database tells people to copy the newest backup
in place of it, so every file listed as a backup must be a whole, sound copy."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.paths import LEFT_BEHIND_AFTER_SECONDS
from desktop.store.db import (
    BACKUP_FOLDER,
    PARTIAL_BACKUP_SUFFIX,
    backup_sqlite,
    backups_of,
    database_path,
    delete_backups,
    open_store,
)
from tests.store.killing import REPO_ROOT

# The backup is copied a page at a time here (the app copies it in one step) so that the
# copy can be killed half-way: after `wanted` pages.
KILLED_DURING_BACKUP = """
import os, signal, sqlite3, sys
from pathlib import Path
import desktop.store.db as db

database, folder, wanted = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
real_connect = sqlite3.connect

class PageByPage:
    def __init__(self, *args, **kwargs):
        self.connection = real_connect(*args, **kwargs)

    def backup(self, target, **_options):
        def progress(_status, _remaining, _total, copied=[0]):
            copied[0] += 1
            if copied[0] == wanted:
                os.kill(os.getpid(), signal.SIGKILL)
        self.connection.backup(target.connection, pages=1, progress=progress)

    def __getattr__(self, name):
        return getattr(self.connection, name)

db.sqlite3 = type("sqlite3_page_by_page", (), {"connect": PageByPage, "Error": sqlite3.Error})
db.backup_sqlite(database, folder, "before-migration")
print("not killed", flush=True)
"""


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    store = open_store(folder, device_name="Laptop")
    try:
        from desktop.demo.organisations import demo_organisations
        from desktop.services import Services

        organisations = Services(store).organisations
        organisations.create_many(demo_organisations(60, seed=4, ward_list=organisations.ward_list))
    finally:
        store.close()
    return folder


def _content(path: Path) -> list[tuple[object, ...]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)  # no -wal, -shm
    try:
        assert connection.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        return connection.execute("SELECT id, name FROM organisations ORDER BY id").fetchall()
    finally:
        connection.close()


@pytest.mark.slow
@pytest.mark.parametrize("pages", [1, 5, 20])
def test_a_backup_killed_half_way_is_not_listed_among_the_backups(
    data_folder: Path, pages: int
) -> None:
    database = database_path(data_folder)
    held = _content(database)
    assert len(held) == 60
    backups = data_folder / BACKUP_FOLDER
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_DURING_BACKUP, str(database), str(backups), str(pages)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr

    assert backups_of(data_folder) == []
    left = sorted(backups.iterdir())
    assert left, "the half-made copy should still be there to be swept"
    made = backup_sqlite(database, backups, "again")  # the next start's backup
    assert backups_of(data_folder) == [made]
    assert _content(made) == held
    assert sorted(backups.iterdir()) == sorted([*left, made])  # a copy may be making it now
    old = time.time() - LEFT_BEHIND_AFTER_SECONDS - 60
    for path in left:
        os.utime(path, (old, old))
    newer = backup_sqlite(database, backups, "later")
    assert sorted(backups.iterdir()) == [made, newer]  # left by a killed copy: swept


def test_an_erasure_deletes_a_half_made_backup_too(data_folder: Path) -> None:
    backups = data_folder / BACKUP_FOLDER
    made = backup_sqlite(database_path(data_folder), backups, "before")
    half_made = made.with_name(made.name.replace("before", "killed") + PARTIAL_BACKUP_SUFFIX)
    half_made.write_bytes(made.read_bytes()[:4096])
    journal = half_made.with_name(half_made.name + "-journal")
    journal.write_bytes(b"\0" * 512)
    assert backups_of(data_folder) == [made]
    deleted = delete_backups(data_folder)
    assert sorted(deleted) == sorted([made, half_made, journal])
    assert list(backups.iterdir()) == []
