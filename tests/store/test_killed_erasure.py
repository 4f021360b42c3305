"""An erasure killed after it committed but before it deleted the backups and purged the
free space (old values live on in both) is finished when the data folder next opens: asking
again would find nothing to erase, so without this the backups kept the person for good."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services import Services, open_services
from desktop.services.settings import SettingKey
from desktop.store.db import BACKUP_FOLDER, backup_sqlite, backups_of, database_path, open_store
from tests.store.killing import run_killed
from tests.store.test_privacy import BOB, JANE, JANE_VALUES, seed

ERASE = """
import os, signal
from pathlib import Path
import desktop.services.privacy as privacy
from desktop.services import open_services
folder, name, at = ARGS
if at == "deleting-backups":  # the erasure committed, nothing cleaned yet
    privacy.delete_backups = lambda _folder: os.kill(os.getpid(), signal.SIGKILL)
services = open_services(Path(folder))
services.privacy.erase(name)
print("not killed", flush=True)
"""


def assert_no_byte_of_jane(folder: Path) -> None:
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert any(p.name == "gapkit.sqlite3" for p in files)
    for path in files:
        content = path.read_bytes()
        for value in JANE_VALUES:
            assert value.encode() not in content, f"{value} still in {path.name}"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pattern", "nth", "at"),
    [
        ("NEVER SEEN", 1, "deleting-backups"),
        ("PRAGMA SECURE_DELETE", 1, ""),
        ("VACUUM", 1, ""),
    ],
)
def test_an_erasure_killed_before_its_clean_up_is_finished_at_the_next_start(
    tmp_path: Path, pattern: str, nth: int, at: str
) -> None:
    folder = tmp_path / "data"
    store = open_store(folder, device_name="Test laptop")
    try:
        seed(Services(store))
        backup = backup_sqlite(database_path(folder), folder / BACKUP_FOLDER, "before")
        assert JANE["email"].encode() in backup.read_bytes()
    finally:
        store.close()

    run_killed(ERASE, pattern, nth, folder, JANE["name"], at)

    services = open_services(folder)
    try:
        assert backups_of(folder) == []
        assert services.settings.get(SettingKey.ERASURE_CLEAN_UP_DUE) is None  # done, not kept
        assert services.privacy.find(JANE["name"]).empty
        assert not services.privacy.find(BOB["email"]).empty  # only she was erased
    finally:
        services.close()
    assert_no_byte_of_jane(folder)
