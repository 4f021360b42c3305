"""Killing the app mid-session (kill -9) loses no answer, and reopening resumes where it was.

A subprocess runs the real runner window offscreen on a temporary data folder and answers
statements with the keyboard, printing a line after each answer is saved; the test kills it
with SIGKILL after N answers, then checks the database and reopens the runner.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from desktop.services import open_services

REPO_ROOT = Path(__file__).resolve().parents[2]
ANSWERS_BEFORE_KILL = 7

RUNNER_SCRIPT = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop.services import open_services
    from desktop.ui.runner.runner import RunnerView

    services = open_services(sys.argv[1])
    assessment_id = sys.argv[2]
    wanted = int(sys.argv[3])
    runner = RunnerView(services)
    runner.resize(1280, 800)
    runner.open(assessment_id, "purpose_1")  # past the optional opening
    runner.show()
    runner.activateWindow()

    def saved(question_id, participant_id):
        value = services.assessments.answers(assessment_id).get(question_id)
        print(f"saved {question_id} {value}", flush=True)

    runner.answer_saved.connect(saved)
    count = [0]

    def answer_next():
        # keys as a person presses them: a level, then Ctrl+Enter to move on (Enter alone
        # would be a new line in a text answer)
        if count[0] == wanted:
            print(f"waiting at {runner.question_id}", flush=True)
            return
        level = count[0] % 4 + 1
        count[0] += 1
        QTest.keyClick(QApplication.focusWidget() or runner, str(level))
        QTest.keyClick(
            QApplication.focusWidget() or runner,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier,
        )
        QTimer.singleShot(30, answer_next)

    QTimer.singleShot(100, answer_next)
    print("ready", flush=True)
    app.exec()
    """
)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9 (POSIX)")
def test_kill_9_mid_session_loses_no_answer_and_reopening_resumes(qtbot, tmp_path):
    data_dir = tmp_path / "kill-data"
    services = open_services(data_dir)
    organisation = services.organisations.create(
        {"name": "Batley Community Larder", "legal_form": "cio_foundation", "postcode": "WF17 5AA"}
    )
    assessment = services.assessments.start(organisation.id, "health_check", consent_given=True)
    services.close()

    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), QT_QPA_PLATFORM="offscreen")
    process = subprocess.Popen(
        [
            sys.executable,
            "-c",
            RUNNER_SCRIPT,
            str(data_dir),
            assessment.id,
            str(ANSWERS_BEFORE_KILL),
        ],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    reported: list[tuple[str, str]] = []
    waiting_at = None
    deadline = time.monotonic() + 60
    try:
        assert process.stdout is not None
        while waiting_at is None:
            assert time.monotonic() < deadline, "the runner did not report its answers in time"
            line = process.stdout.readline()
            assert line, "the runner stopped before it was killed"
            if line.startswith("saved "):
                _word, question_id, value = line.split()
                reported.append((question_id, value))
            elif line.startswith("waiting at "):
                waiting_at = line.split()[-1]
        # the window is open, mid-session, with no chance to close cleanly
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL

    services = open_services(data_dir)
    try:
        stored = services.assessments.answers(assessment.id)
        for question_id, value in reported:
            assert str(stored[question_id]) == value, question_id
        assert len({q for q, _v in reported}) == ANSWERS_BEFORE_KILL
        # reopening resumes exactly where the runner was when it was killed
        from desktop.ui.runner.runner import RunnerView

        runner = RunnerView(services)
        qtbot.addWidget(runner)
        runner.open(assessment.id)
        assert runner.question_id == waiting_at
        assert waiting_at == runner.flow.next_after(reported[-1][0], stored)
    finally:
        services.close()
