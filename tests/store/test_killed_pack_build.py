"""The council's pack build killed at any point (reading, with and without its second
process; the file written whole, about to be renamed; in place but not yet recorded) loses
nothing: the council opens, the next pack for the laptop builds, no half-written pack is left,
and the laptop, importing every pack in the folder, holds every organisation the council
sent."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from desktop.services import Services
from desktop.services.sync.imports import ImportService
from desktop.store.db import open_store, quick_check
from tests.store.killing import run_killed
from tests.store.sync_helpers import Council, Laptop, content_dump, trust_council

BUILD = """
import os, signal
from pathlib import Path
import desktop.services.sync.export as export
from desktop.services import Services
from desktop.store.db import open_store
folder, out, device_id, helper, at_fsync = ARGS
if helper == "helper":
    export.HELPER_RECORDS = 1
    os.environ["GAPKIT_EXPORT_HELPER"] = "1"
if at_fsync == "at-fsync":
    os.fsync = lambda _fd: os.kill(os.getpid(), signal.SIGKILL)
store = open_store(Path(folder))
Services(store).packs.build_pack(Path(out), device_id=device_id)
print("not killed", flush=True)
"""


@pytest.fixture(scope="module")
def council_and_laptop(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A council that sent a laptop one pack and has more for it since."""
    root = tmp_path_factory.mktemp("council")
    council = Council(root)
    colleague = Laptop.make(root, "Colleague")
    laptop = Laptop.make(root, "Field laptop")
    try:
        trust_council(colleague, council)
        trust_council(laptop, council)
        colleague.register(4, seed=41)
        colleague.assess(2, seed=41)
        council.receive(colleague.export(full=True))
        first = council.pack(device_id=laptop.device_id)
        assert ImportService(laptop.store).import_pack(first).status == "merged"
        colleague.register(3, seed=42)
        colleague.assess(2, seed=42)
        council.receive(colleague.export())
        device_id = laptop.device_id
    finally:
        council.close()
        colleague.close()
        laptop.close()
    return root, device_id


@pytest.mark.slow
@pytest.mark.parametrize(
    ("helper", "pattern", "nth", "at_fsync"),
    [
        ("one", "FROM ORGANISATIONS", 2, ""),
        ("helper", "FROM RESPONSES", 1, ""),
        ("one", "NEVER SEEN", 1, "at-fsync"),
        ("one", "INSERT INTO PACKS", 1, ""),  # the pack is in place, not yet recorded
    ],
)
def test_a_pack_build_killed_anywhere_loses_nothing(
    tmp_path: Path,
    council_and_laptop: tuple[Path, str],
    helper: str,
    pattern: str,
    nth: int,
    at_fsync: str,
) -> None:
    source, device_id = council_and_laptop
    root = tmp_path / "copy"
    shutil.copytree(source, root)
    council, out, laptop = (
        root / "kirklees-council",
        root / "kirklees-council-packs",
        root / "field-laptop",
    )

    run_killed(BUILD, pattern, nth, council, out, device_id, helper, at_fsync)

    store = open_store(council)
    try:
        assert quick_check(store) == []
        Services(store).packs.build_pack(out, device_id=device_id)
        sent = content_dump(store)["organisations"]
    finally:
        store.close()
    assert [p.name for p in out.iterdir() if p.name.endswith(".partial")] == []

    store = open_store(laptop)
    try:
        for pack in sorted(out.glob("*.gapkit"), key=os.path.getmtime):
            assert ImportService(store).import_pack(pack).status == "merged"
        held = content_dump(store)["organisations"]
    finally:
        store.close()
    assert len(sent) == 7
    assert set(sent) <= set(held), f"killed at {pattern} #{nth}: organisations not received"
