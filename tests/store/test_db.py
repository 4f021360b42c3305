"""Opening the store: migrations, backups, refusing a newer database, the local device."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect

from desktop.errors import DatabaseTooNew
from desktop.store.db import HEAD_REVISION, MIGRATIONS_DIR, database_path, open_store
from desktop.store.models import Base


def test_head_revision_constant_matches_the_alembic_scripts():
    from alembic.script import ScriptDirectory

    assert ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head() == HEAD_REVISION


def test_first_open_creates_every_table_and_the_local_device(data_dir: Path):
    store = open_store(data_dir=data_dir, device_name="Field laptop 1")
    try:
        tables = set(inspect(store.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert store.device_name == "Field laptop 1"
        assert len(store.device_id) == 36
    finally:
        store.close()
    reopened = open_store(data_dir=data_dir)
    try:
        assert reopened.device_id == store.device_id, "device identity must persist"
    finally:
        reopened.close()


def test_migration_from_an_empty_database_leaves_a_backup(data_dir: Path):
    path = database_path(data_dir)
    sqlite3.connect(path).close()  # an empty SQLite file: schema "none"
    store = open_store(data_dir=data_dir)
    try:
        assert store.backup_path is not None and store.backup_path.exists()
        assert store.backup_path.parent == data_dir / "backups"
        with sqlite3.connect(path) as connection:
            (version,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        assert version == HEAD_REVISION
    finally:
        store.close()


def test_database_at_head_is_opened_without_a_new_backup(data_dir: Path):
    open_store(data_dir=data_dir).close()
    store = open_store(data_dir=data_dir)
    try:
        assert store.backup_path is None
    finally:
        store.close()


def test_sqlite_pragmas_are_wal_with_foreign_keys(data_dir: Path):
    store = open_store(data_dir=data_dir)
    try:
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        store.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_newer_database_is_refused_and_left_untouched(data_dir: Path):
    open_store(data_dir=data_dir).close()
    path = database_path(data_dir)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=DELETE")  # fold the WAL so the file is whole
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = _digest(path)
    files_before = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(DatabaseTooNew) as refused:
        open_store(data_dir=data_dir)
    message = str(refused.value)
    assert "newer version of GAP Field Kit" in message and "not been changed" in message
    assert _digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == files_before


def test_a_file_that_is_not_a_database_gets_a_clear_error(data_dir: Path):
    database_path(data_dir).write_bytes(b"this is a shopping list, not a database" * 50)
    from desktop.errors import UserError

    with pytest.raises(UserError, match="not a GAP Field Kit database"):
        open_store(data_dir=data_dir)


def test_postgres_migrates_to_head_and_refuses_newer(postgres_database_url: str, data_dir: Path):
    from sqlalchemy import create_engine, text

    store = open_store(data_dir=data_dir, database_url=postgres_database_url)
    try:
        assert set(Base.metadata.tables) <= set(inspect(store.engine).get_table_names())
    finally:
        store.close()
    engine = create_engine(postgres_database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatabaseTooNew):
        open_store(data_dir=data_dir, database_url=postgres_database_url)


def test_opening_a_sqlite_store_loads_no_postgresql_dialect(data_dir: Path):
    """Only the migrations (run once per new schema) may name PostgreSQL's options: the models
    are imported by every process, and SQLAlchemy imports a dialect to check its options."""
    from tests.probe import run_python

    open_store(data_dir=data_dir).close()  # migrated here, so the probe only opens it
    probe = (
        "import sys\n"
        "from desktop.services import open_services\n"
        f"open_services({str(data_dir)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.')))\n"
    )
    result = run_python(probe)
    assert result.returncode == 0, result.stderr
    assert "sqlalchemy.dialects.sqlite" in result.stdout
    assert "postgresql" not in result.stdout
