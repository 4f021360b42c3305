"""Where GAP Field Kit finds its shipped resources and keeps its data."""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

APP_NAME = "gapkit"
APP_AUTHOR = "GAP Field Kit"

_REPO_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resources_dir() -> Path:
    """The shipped resources folder (forms, wards, fonts, support offers)."""
    override = os.environ.get("GAPKIT_RESOURCES_DIR")
    if override:
        return Path(override)
    return _REPO_RESOURCES


def default_data_dir() -> Path:
    """The platformdirs user data folder, unless GAPKIT_DATA_DIR says otherwise."""
    override = os.environ.get("GAPKIT_DATA_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def docs_dir() -> Path:
    """The bundled documentation (docs/ of the checkout; copied beside the code when frozen)."""
    return _REPO_RESOURCES.parent / "docs"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def install_dir() -> Path | None:
    """The folder holding the frozen app's executable; None when running from source."""
    import sys

    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return None


# What a killed copy leaves (a half-made backup, a report's temporary PDF, a partial copy of a
# waiting bundle, an export's scratch folder) is removed once this old: each takes seconds to
# write, and a younger one may be another copy's (or a `gapkit` command's) at work right now.
LEFT_BEHIND_AFTER_SECONDS = 3600


def remove_left_behind(paths: Iterable[Path]) -> None:
    """Remove each of `paths` last changed more than LEFT_BEHIND_AFTER_SECONDS ago: a folder
    with what it holds, a file or a link itself (never what a link points to). Errors are
    passed over: another copy may be removing it too."""
    cutoff = time.time() - LEFT_BEHIND_AFTER_SECONDS
    for path in paths:
        with contextlib.suppress(OSError):
            if path.lstat().st_mtime >= cutoff:
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path, ignore_errors=True)
            else:
                path.unlink()
