"""Test configuration shared by every test folder: headless Qt and real data folders."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

# Qt must be told before it is imported anywhere: no screen in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test touch the user's real data folder.
os.environ.pop("GAPKIT_DATABASE_URL", None)

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, real data folder for one test (also set as GAPKIT_DATA_DIR)."""
    folder = tmp_path / "gapkit-data"
    folder.mkdir()
    monkeypatch.setenv("GAPKIT_DATA_DIR", str(folder))
    return folder
