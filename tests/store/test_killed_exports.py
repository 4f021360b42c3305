"""An export killed at any point (reading the records, with or without its second process;
just before the bundle is renamed into place; after that, before the database records the
export) loses nothing: the next start opens, the next export works, no half-written bundle
is left beside the finished ones, and the council, importing every bundle in the folder,
ends with every record the laptop holds."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.services.sync.export import ExportService
from desktop.services.sync.imports import ImportService
from desktop.store.db import open_store, quick_check
from tests.store.killing import run_killed
from tests.store.sync_helpers import Council, Laptop, canonical_dump

EXPORT = """
import os, signal
from pathlib import Path
import desktop.services.sync.export as export
from desktop.store.db import open_store
folder, out, helper, at_fsync = ARGS
if helper == "helper":
    export.HELPER_RECORDS = 1  # the second process reads a part of every table
    os.environ["GAPKIT_EXPORT_HELPER"] = "1"
if at_fsync == "at-fsync":  # the bundle is written whole, about to be renamed into place
    os.fsync = lambda _fd: os.kill(os.getpid(), signal.SIGKILL)
store = open_store(Path(folder))
export.ExportService(store).export_bundle(Path(out), include_drafts=True)
print("not killed", flush=True)
"""


@pytest.fixture(scope="module")
def laptop_with_unsent_work(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    """A laptop that sent one bundle and has done more work since."""
    root = tmp_path_factory.mktemp("laptop")
    laptop = Laptop.make(root, "Field laptop")
    laptop.register(4, seed=21)
    laptop.assess(2, seed=21)
    laptop.export(full=True)
    laptop.register(3, seed=22)
    laptop.assess(2, seed=22)
    info = laptop.info()
    laptop.close()
    return root, info


@pytest.mark.slow
@pytest.mark.parametrize(
    ("helper", "pattern", "nth", "at_fsync"),
    [
        ("one", "FROM RESPONSES", 1, ""),
        ("helper", "FROM RESPONSES", 2, ""),
        ("helper", "FROM ORGANISATIONS", 1, ""),
        ("one", "NEVER SEEN", 1, "at-fsync"),
        ("one", "INSERT INTO EXPORTS", 1, ""),  # the bundle is in place, not yet recorded
        ("one", "COMMIT", 1, ""),
    ],
)
def test_an_export_killed_anywhere_loses_nothing(
    tmp_path: Path,
    laptop_with_unsent_work: tuple[Path, Any],
    helper: str,
    pattern: str,
    nth: int,
    at_fsync: str,
) -> None:
    source, info = laptop_with_unsent_work
    root = tmp_path / "copy"
    shutil.copytree(source, root)
    folder, out = root / "field-laptop", root / "field-laptop-bundles"
    sent_before = sorted(out.glob("*.gapkit"))

    run_killed(EXPORT, pattern, nth, folder, out, helper, at_fsync)

    store = open_store(folder)
    try:
        assert quick_check(store) == []
        result = ExportService(store).export_bundle(out, include_drafts=True)
        assert result.path.exists()
        held = canonical_dump(store)
    finally:
        store.close()
    assert [p.name for p in out.iterdir() if p.name.endswith(".partial")] == []
    bundles = sorted(out.glob("*.gapkit"), key=os.path.getmtime)
    assert set(sent_before) < set(bundles)

    council = Council(tmp_path)
    try:
        council.services.trusted_devices.enrol(info)
        for bundle in bundles:
            summary = ImportService(council.store).import_bundle(bundle)
            assert summary.status == "merged", summary.message
        arrived = canonical_dump(council.store)
    finally:
        council.close()
    for table, rows in held.items():
        missing = set(rows) - set(arrived[table])
        assert not missing, f"killed at {pattern} #{nth}: {table} lost {len(missing)} record(s)"
    assert sum(len(rows) for rows in held.values()) > 50
