"""The secondary indexes a bulk load drops are built again, or the import fails: an index
that can't be built (a full disk, here SQLite refusing CREATE INDEX) must not be skipped
silently while the import commits its rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

import desktop.services.sync.imports as imports
from desktop.services.sync.imports import ImportService
from desktop.store.db import database_path, open_store
from tests.store.sync_helpers import Laptop, index_sql


def _count(folder: Path, table: str) -> int:
    connection = sqlite3.connect(database_path(folder))
    try:
        return int(connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        connection.close()


def test_an_index_that_cannot_be_built_again_fails_the_whole_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    laptop = Laptop.make(tmp_path, "Laptop")
    laptop.register(3, seed=7)
    laptop.assess(2, seed=7)
    bundle = laptop.export(full=True)
    monkeypatch.setattr(imports, "INDEXES_AFTER_ROWS", 1)  # this small bundle loads in bulk
    folder = tmp_path / "council"
    council = open_store(data_dir=folder, device_name="Council")
    try:
        laptop.enrol_at(council)
        indexes = index_sql(folder)
        assert any(sql and not sql.startswith("CREATE UNIQUE") for _name, sql in indexes)

        def no_new_indexes(action: int, *args: Any) -> int:
            return (
                sqlite3.SQLITE_DENY if action == sqlite3.SQLITE_CREATE_INDEX else sqlite3.SQLITE_OK
            )

        @event.listens_for(council.engine, "checkout")
        def refuse_create_index(dbapi_connection: Any, record: Any, proxy: Any) -> None:
            dbapi_connection.set_authorizer(no_new_indexes)

        @event.listens_for(council.engine, "checkin")
        def allow_again(dbapi_connection: Any, record: Any) -> None:
            if dbapi_connection is not None:
                dbapi_connection.set_authorizer(None)

        try:
            summary = ImportService(council).import_bundle(bundle)
        except Exception:  # noqa: BLE001 - refused one way or the other: both keep nothing
            summary = None
        assert summary is None or summary.status != "merged"
    finally:
        council.close()
        laptop.close()
    assert index_sql(folder) == indexes
    assert _count(folder, "organisations") == 0 and _count(folder, "responses") == 0


def test_a_cancelled_pack_import_on_a_fresh_laptop_keeps_its_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A fresh laptop's pack begins with its organisations: their indexes were dropped before
    the import's first write, where Python's sqlite3 driver commits a DROP INDEX on its own,
    so cancelling the import (or a crash) left the table without them for good."""
    from desktop.demo.organisations import demo_organisations
    from desktop.errors import Cancelled
    from tests.store.sync_helpers import Council, trust_council

    council = Council(tmp_path)
    laptop = Laptop.make(tmp_path, "Fresh laptop")
    try:
        trust_council(laptop, council)
        organisations = council.services.organisations
        organisations.create_many(demo_organisations(4, seed=3, ward_list=organisations.ward_list))
        pack = council.services.packs.build_pack(council.out, device_id=laptop.device_id).path
        monkeypatch.setattr(imports, "INDEXES_AFTER_ROWS", 1)  # this small pack loads in bulk
        indexes = index_sql(laptop.folder)
        written = []
        with pytest.raises(Cancelled):
            ImportService(laptop.store).import_pack(
                pack,
                progress=lambda done, _total: written.append(done),
                should_cancel=lambda: any(written),  # once the first records are written
            )
        assert any(written)
    finally:
        council.close()
        laptop.close()
    assert index_sql(laptop.folder) == indexes
    assert _count(laptop.folder, "organisations") == 0
