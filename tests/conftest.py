"""Test configuration shared by every test folder: headless Qt and real data folders."""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# Qt must be told before it is imported anywhere: no screen in CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never let a test touch the user's real data folder.
os.environ.pop("GAPKIT_DATABASE_URL", None)
# Nor its cache folder (parsed shipped forms, compiled translations): one for the whole run.
os.environ["GAPKIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="gapkit-test-cache-")
atexit.register(shutil.rmtree, os.environ["GAPKIT_CACHE_DIR"], ignore_errors=True)

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


def _postgres_url() -> str | None:
    url = os.environ.get("GAPKIT_TEST_POSTGRES_URL")
    if not url and os.environ.get("GAPKIT_REQUIRE_POSTGRES"):
        pytest.fail("GAPKIT_REQUIRE_POSTGRES is set but GAPKIT_TEST_POSTGRES_URL is not")
    return url


@pytest.fixture
def postgres_database_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards.

    Skips when no server is configured (a developer laptop); CI sets GAPKIT_REQUIRE_POSTGRES so
    a missing server fails there instead.
    """
    import uuid

    base_url = _postgres_url()
    if not base_url:
        pytest.skip("no PostgreSQL server: set GAPKIT_TEST_POSTGRES_URL (CI starts one)")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"gapkit_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(base_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, data_dir: Path):
    """An open store on a real database: a SQLite file, and (where available) PostgreSQL."""
    from desktop.store.db import open_store

    url = None
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_database_url")
    opened = open_store(data_dir=data_dir, database_url=url, device_name="Test laptop")
    yield opened
    opened.close()


@pytest.fixture
def services(store):
    from desktop.services import Services

    return Services(store)
