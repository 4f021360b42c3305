"""The app's version, from one place: `version` in pyproject.toml.

An installed checkout (`pip install -e .`) and the frozen app (PyInstaller copies the package
metadata) both answer through importlib.metadata. A bare checkout that was never installed
reads pyproject.toml itself, so no second copy of the number exists anywhere.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

PACKAGE = "gapkit"
UNKNOWN = "unknown"


@cache
def app_version() -> str:
    # Imported here: importlib.metadata costs ~15 ms, a tenth of the app's start-up budget.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(PACKAGE)
    except PackageNotFoundError:
        return _version_from_pyproject(Path(__file__).resolve().parent.parent / "pyproject.toml")


def _version_from_pyproject(path: Path) -> str:
    import tomllib

    try:
        with path.open("rb") as file:
            return str(tomllib.load(file)["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return UNKNOWN
