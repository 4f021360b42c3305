"""benchmarks/voting.py refuses more statements than the form shows, rather than hang.

Asked for 100 statements, it voted through all the health check shows and then called next()
on the review for ever; the phones' server had answered every vote (see docs/architecture.md,
phone voting)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_voting_benchmark_refuses_more_statements_than_the_form_shows(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GAPKIT_CACHE_DIR": str(tmp_path)}
    try:
        finished = subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "voting.py"), "--statements", "1000"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=tmp_path,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("benchmarks/voting.py --statements 1000 did not end in 120 s")
    assert finished.returncode == 2, finished.stderr[-2000:]
    assert "rated statements; ask for at most" in finished.stderr
