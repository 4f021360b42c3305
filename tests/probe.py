"""Running a few lines of Python in a fresh interpreter that imports this checkout's packages:
what a new process loads and does, which the test session's own (already imported) cannot show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


def run_python(
    code: str, *args: str, env: dict[str, str] | None = None, check: bool = False
) -> subprocess.CompletedProcess[str]:
    """`python -c code args...` from the repository's root, its output captured as text;
    `env` adds to the test session's environment."""
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT), **(env or {})},
        check=check,
    )
