"""A data folder's name may hold any character a file name can: `?`, `#` and `%` too. Read
as part of a URL they cut the path short (`?` starts a query, `#` a fragment) or change it
(`%41` is read as `A`): the database was created beside the folder ("…/q" for "…/q?x"), an
empty stray file was made there, each start took a backup as if the database were new, or a
"%41" folder's database was called damaged."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.demo.organisations import demo_organisations
from desktop.services import Services
from desktop.store.db import database_path, open_store


@pytest.mark.parametrize("name", ["Sam?x data", "Sam #2 data", "100%41 data", "50% data"])
def test_a_data_folder_of_any_name_holds_its_own_database(tmp_path: Path, name: str) -> None:
    folder = tmp_path / name
    store = open_store(data_dir=folder, device_name="Laptop")
    try:
        services = Services(store)
        rows = demo_organisations(1, seed=3, ward_list=services.organisations.ward_list)
        services.organisations.create_many(rows)
        exported = services.exports.export_bundle(tmp_path / "out", full=True)
        assert exported.counts["organisations"] == 1
    finally:
        store.close()

    again = open_store(data_dir=folder)
    try:
        names = [o.name for o in Services(again).organisations.list_all()]
        assert again.backup_path is None  # known as this version's database: no new backup
    finally:
        again.close()
    assert names == [rows[0]["name"]]
    assert database_path(folder).stat().st_size > 0
    # nothing made beside the folder (the export's folder apart)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "out"])
