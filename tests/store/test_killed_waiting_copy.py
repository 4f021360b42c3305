"""The council keeps a bundle from a device not enrolled yet in `waiting/`. A copy killed
while it keeps one (half copied, or copied but its row not committed) leaves nothing that is
taken for a kept bundle: the next import of that bundle keeps it whole, and a copy no import
names is removed once it is an hour old (never one a copy may be keeping now)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from desktop.paths import LEFT_BEHIND_AFTER_SECONDS
from desktop.services.sync.imports import ImportService
from desktop.store.db import open_store
from tests.store.killing import run_killed
from tests.store.sync_helpers import Laptop

KEEP = """
import os, shutil, signal
from pathlib import Path
from desktop.services.sync.imports import ImportService
from desktop.store.db import open_store
folder, bundle, at = ARGS
real_copyfile = shutil.copyfile

def half_then_die(source, destination, *args, **kwargs):
    data = Path(source).read_bytes()
    Path(destination).write_bytes(data[: len(data) // 2])
    os.kill(os.getpid(), signal.SIGKILL)

if at == "copying":
    shutil.copyfile = half_then_die
store = open_store(Path(folder))
print(ImportService(store).import_bundle(bundle).status, flush=True)
"""


def _age(path: Path) -> None:
    then = time.time() - LEFT_BEHIND_AFTER_SECONDS - 60
    os.utime(path, (then, then))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pattern", "nth", "at"),
    [("NEVER SEEN", 1, "copying"), ("INSERT INTO IMPORTS", 1, "")],  # its row not committed
)
def test_a_copy_killed_while_keeping_a_bundle_leaves_nothing_taken_for_it(
    tmp_path: Path, pattern: str, nth: int, at: str
) -> None:
    laptops = [Laptop.make(tmp_path, name) for name in ("First laptop", "Second laptop")]
    for number, laptop in enumerate(laptops):
        laptop.register(2, seed=50 + number)
    first, second = (laptop.export(full=True) for laptop in laptops)
    for laptop in laptops:
        laptop.close()
    council = tmp_path / "council"
    open_store(council, device_name="Council").close()

    run_killed(KEEP, pattern, nth, council, first, at)

    waiting = council / "waiting"
    left = sorted(waiting.iterdir())
    assert left, "the killed copy should have left its copy behind"
    for path in left:
        _age(path)  # the laptop's stick never comes back, an hour passes
    store = open_store(council)
    try:
        service = ImportService(store)
        assert service.waiting() == []
        assert service.import_bundle(second).status == "waiting"
        [entry] = service.waiting()
        assert sorted(waiting.iterdir()) == [Path(entry.kept_path or "")]  # the leftover went
        _age(Path(entry.kept_path or ""))  # named by its row: kept however old
        assert service.import_bundle(first).status == "waiting"  # kept again, whole
        kept = {Path(e.kept_path or "") for e in service.waiting()}
    finally:
        store.close()
    assert set(waiting.iterdir()) == kept and len(kept) == 2
    assert first.read_bytes() in {path.read_bytes() for path in kept}
