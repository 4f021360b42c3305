"""Where the SQLite file lives and which schema this code knows, without SQLAlchemy.

Kept apart from `desktop.store.db` so the app's first look at the data
(`desktop.services.first_look`) can check a file is at this schema before SQLAlchemy loads.
"""

from __future__ import annotations

from pathlib import Path

DATABASE_FILE = "gapkit.sqlite3"


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """The URI sqlite3 opens `path` by (with `uri=True`) in `mode`: the path percent-encoded,
    so a `?`, `#` or `%` in a folder's name is part of the name, not of the URI's syntax."""
    return f"{path.resolve().as_uri()}?mode={mode}"


# The newest migration this code knows. tests/store/test_db.py checks it matches the Alembic
# scripts; keeping it here lets start-up skip importing Alembic when nothing is due.
HEAD_REVISION = "0009_family_change_log"
