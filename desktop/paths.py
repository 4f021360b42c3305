"""Where GAP Field Kit finds its shipped resources and keeps its data."""

from __future__ import annotations

import os
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
