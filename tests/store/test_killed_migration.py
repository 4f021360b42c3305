"""A copy killed while it creates or upgrades the database's tables leaves nothing half made:
the next start migrates from where the file was and opens. CI saw "table audit_events already
exists" when the first copy of a new data folder was killed behind its first page: SQLite's
Python driver ran each CREATE TABLE in its own transaction, so the tables made before the kill
were kept while the version stamp was not."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.store.db import database_path, open_store
from desktop.store.revision import HEAD_REVISION
from tests.store.killing import run_killed

MIGRATING = """
from desktop.store.db import open_store
open_store(ARGS[0], device_name="Killed laptop")
"""


def _schema(path: Path) -> set[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        return {
            (str(name), str(sql))
            for name, sql in connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
            )
        }
    finally:
        connection.close()


@pytest.fixture(scope="module")
def fresh_schema(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    folder = tmp_path_factory.mktemp("fresh")
    open_store(folder).close()
    return _schema(database_path(folder))


@pytest.mark.parametrize(
    ("pattern", "nth"),
    [
        ("CREATE TABLE", 2),  # the first migration, a few tables in
        ("CREATE TABLE", 9),
        ("INSERT INTO ALEMBIC_VERSION", 1),  # every table of the first migration made
        ("UPDATE ALEMBIC_VERSION", 3),  # a later migration, after earlier ones finished
        ("UPDATE ALEMBIC_VERSION", 7),
    ],
)
def test_a_copy_killed_while_creating_the_tables_leaves_a_folder_that_opens(
    tmp_path: Path, fresh_schema: set[tuple[str, str]], pattern: str, nth: int
):
    folder = tmp_path / "data"
    run_killed(MIGRATING, pattern, nth, folder)

    store = open_store(folder, device_name="Second start")
    try:
        assert store.device_name == "Second start"  # the killed start's device was not kept
    finally:
        store.close()
    assert _schema(database_path(folder)) == fresh_schema
    connection = sqlite3.connect(database_path(folder))
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (HEAD_REVISION,)
        ]
    finally:
        connection.close()
