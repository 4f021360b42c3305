"""One copy of the app per data folder (issue 13, item 18): a second launch brings the first
window forward and stops; a copy that was killed doesn't keep the folder locked."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.ui.single_instance import (
    LOCK_BEING_WRITTEN_SECONDS,
    LOCK_FILE,
    SingleInstance,
    bring_forward,
)

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_a_second_holder_of_the_folder_is_refused_and_reaches_the_first(qtbot, tmp_path):
    folder = tmp_path / "data"
    first = SingleInstance(folder)
    assert first.acquire()
    assert (folder / LOCK_FILE).exists()
    try:
        second = SingleInstance(folder)
        assert not second.acquire()
        assert f"process {os.getpid()}" in second.held_by()
        with qtbot.waitSignal(first.show_requested, timeout=5000):
            assert second.ask_first_to_show()
        # Another folder is another lock.
        elsewhere = SingleInstance(tmp_path / "other")
        assert elsewhere.acquire()
        elsewhere.release()
    finally:
        first.release()
    # Once the first lets go, the folder can be taken again, and nobody answers on the old line.
    again = SingleInstance(folder)
    assert not again.ask_first_to_show(timeout_ms=500)
    assert again.acquire()
    again.release()


def test_bringing_forward_restores_a_minimised_window(qtbot):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_forward(window)
    assert window.isVisible() and not window.isMinimized()


def _gapkit(folder: Path, *args: str, **kwargs: object) -> subprocess.Popen[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GAPKIT_DATA_DIR": str(folder)}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,  # type: ignore[arg-type]
    )


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.2)
    return False


@pytest.mark.slow
def test_a_second_launch_brings_the_first_forward_and_a_killed_copy_frees_the_folder(tmp_path):
    folder = tmp_path / "shared"
    log = folder / "logs" / "gapkit.log"
    first = _gapkit(folder)
    try:
        # The first copy is up once its log file exists (written after the first paint).
        assert _wait_for(lambda: log.exists(), 60), first.stderr
        second = _gapkit(folder)
        _out, err = second.communicate(timeout=60)
        assert second.returncode == 0, err
        assert "already open" in err and "brought forward" in err
        assert _wait_for(lambda: "A second launch" in log.read_text(encoding="utf-8"), 30)
        assert first.poll() is None  # the first copy carries on
    finally:
        first.kill()
        first.communicate(timeout=30)
    # Killed without letting go: the lock is stale and the next launch takes the folder.
    smoke = _gapkit(folder, "--smoke")
    _out, err = smoke.communicate(timeout=60)
    assert smoke.returncode == 0, err
    assert "already open" not in err


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_an_empty_lock_file_that_no_copy_holds_is_taken_over(qtbot, tmp_path):
    """A copy killed between creating its lock file and writing its process id into it (or a
    power cut before the file's contents reached the disk) leaves the lock file empty: Qt's
    stale-lock test needs the process id, so the folder stayed locked for good ("another copy
    ... does not answer")."""
    folder = tmp_path / "data"
    folder.mkdir()
    left = folder / LOCK_FILE
    left.write_bytes(b"")
    _age(left, LOCK_BEING_WRITTEN_SECONDS + 60)
    instance = SingleInstance(folder)
    try:
        assert instance.acquire()
        assert f"{os.getpid()}" in left.read_text(encoding="utf-8")
        assert not SingleInstance(folder).acquire()  # and it is held again
    finally:
        instance.release()


def test_an_empty_lock_file_is_left_alone_while_a_copy_may_be_writing_it_or_holds_it(
    qtbot, tmp_path
):
    folder = tmp_path / "data"
    folder.mkdir()
    left = folder / LOCK_FILE
    left.write_bytes(b"")  # just made: a copy starting now writes its process id next
    assert not SingleInstance(folder).acquire()
    _age(left, LOCK_BEING_WRITTEN_SECONDS + 60)
    holder = subprocess.Popen(  # a running copy holds its lock file (flock), as Qt does
        [
            sys.executable,
            "-c",
            "import fcntl, sys; f = open(sys.argv[1]); fcntl.flock(f, fcntl.LOCK_EX); "
            "print('held', flush=True); sys.stdin.read()",
            str(left),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert not SingleInstance(folder).acquire()
        assert left.read_bytes() == b""
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=60)
    instance = SingleInstance(folder)  # let go of: taken over
    try:
        assert instance.acquire()
    finally:
        instance.release()
