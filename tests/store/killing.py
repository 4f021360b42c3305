"""Run work in a copy of Python that kills itself (SIGKILL: no clean-up, no rollback, no
`finally`) just before its Nth statement matching a pattern. SQLite statements are seen
through the sqlite3 module's trace callback (so the import's raw sqlite3 writes and COMMITs
count too), PostgreSQL's through SQLAlchemy's `before_cursor_execute` and psycopg's `copy`. The hook lives in the
test's script only; the app is run unchanged."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]

KILL_HOOK = """
import os, signal, sqlite3, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine

_KILL_PATTERN, _KILL_NTH = sys.argv[1], int(sys.argv[2])
_seen = 0

def _count(statement):
    global _seen
    if _KILL_PATTERN in " ".join(statement.replace('"', "").split()).upper():
        _seen += 1
        if _seen == _KILL_NTH:
            os.kill(os.getpid(), signal.SIGKILL)

@event.listens_for(Engine, "connect")
def _trace_sqlite(dbapi_connection, _record):
    if isinstance(dbapi_connection, sqlite3.Connection):
        dbapi_connection.set_trace_callback(_count)

@event.listens_for(Engine, "before_cursor_execute")
def _count_other(conn, _cursor, statement, _parameters, _context, _executemany):
    if conn.dialect.name != "sqlite":
        _count(statement)

try:  # PostgreSQL's bulk inserts are COPY statements on psycopg's own cursor
    import psycopg

    _copy = psycopg.Cursor.copy

    def _counted_copy(self, statement, *args, **kwargs):
        _count(statement if isinstance(statement, str) else statement.as_string(self))
        return _copy(self, statement, *args, **kwargs)

    psycopg.Cursor.copy = _counted_copy
except ImportError:
    pass

ARGS = sys.argv[3:]
"""


def run_killed(
    work: str, pattern: str, nth: int, *args: str | Path
) -> subprocess.CompletedProcess[str]:
    """Run `work` (Python text; its arguments are in `ARGS`) and check that it was killed at
    the Nth statement containing `pattern` (upper case, without quotes), not finished."""
    finished = subprocess.run(
        [sys.executable, "-c", KILL_HOOK + work, pattern, str(nth), *map(str, args)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=300,
    )
    assert finished.returncode == -signal.SIGKILL, (
        f"meant to be killed at {pattern!r} #{nth}, ended {finished.returncode}: "
        f"{finished.stdout}{finished.stderr}"
    )
    return finished
