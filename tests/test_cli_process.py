"""A headless command's process: the database it opened is closed when the command ends, and
the interpreter's exit skips its last search for reference cycles."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main
from desktop.store.db import DATABASE_FILE
from tests.probe import run_python


def assert_database_closed(data_dir: Path) -> None:
    """SQLite folds its write-ahead log back into the file and removes it when the last
    connection to the file closes."""
    assert (data_dir / DATABASE_FILE).exists()
    assert not (data_dir / f"{DATABASE_FILE}-wal").exists()


def test_a_command_closes_the_database_it_opened(data_dir: Path, capsys):
    assert main(["--data-dir", str(data_dir), "orgs", "list"]) == 0
    assert_database_closed(data_dir)


def test_a_refused_command_closes_the_database_it_opened(data_dir: Path, capsys):
    assert main(["--data-dir", str(data_dir), "report", "no-such-id", "--out", "x.pdf"]) == 1
    assert "There is no assessment with the id no-such-id" in capsys.readouterr().err
    assert_database_closed(data_dir)


def test_the_process_exit_freezes_the_heap_and_leaves_the_database_closed(tmp_path: Path):
    # An exit handler registered before the command's runs after it (last in, first out).
    probe = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('FROZEN_AT_EXIT=%d' % gc.get_freeze_count()))\n"
        "from desktop.cli import main\n"
        "status = main(['orgs', 'list'])\n"
        "print('FROZEN_BEFORE_EXIT=%d' % gc.get_freeze_count())\n"
        "sys.exit(status)\n"
    )
    result = run_python(probe, env={"GAPKIT_DATA_DIR": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "FROZEN_BEFORE_EXIT=0\n" in result.stdout  # the command itself ran as before
    frozen = int(result.stdout.split("FROZEN_AT_EXIT=")[1].split()[0])
    assert frozen > 10_000
    assert_database_closed(tmp_path)


def test_a_command_opens_its_store_with_the_collector_paused(data_dir: Path):
    import argparse
    import gc

    from desktop.commands.common import close_opened_services, services_for

    collections: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "start":
            collections.append(info["generation"])

    threshold = gc.get_threshold()
    gc.collect()
    # a collection every 100 allocations, unless paused (opening makes tens of thousands)
    gc.set_threshold(100)
    gc.callbacks.append(count)
    try:
        services = services_for(argparse.Namespace(data_dir=str(data_dir)))
    finally:
        gc.callbacks.remove(count)
        gc.set_threshold(*threshold)
        close_opened_services()
    assert services.store.is_sqlite
    # none while opening: only the one owed, as the pause ends (unpaused: dozens)
    assert len(collections) <= 1
    assert gc.isenabled()
