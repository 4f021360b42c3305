"""Stored results parse each form snapshot once per process: every import and rescore makes
a new FormCache, and parsing the form again was a tenth of storing a bundle's results. A
snapshot whose text changed is parsed again."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.services.scores import FormCache
from desktop.store.models import Assessment, FormSnapshot
from tests.store.sync_helpers import Laptop


def test_a_snapshot_is_parsed_once_per_process_until_its_text_changes(tmp_path: Path) -> None:
    laptop = Laptop.make(tmp_path, "Laptop")
    try:
        laptop.register(1, seed=4)
        laptop.assess(1, seed=4)
        with laptop.store.session() as session:
            snapshot_id = session.scalars(select(Assessment.form_snapshot_id)).first()
            assert snapshot_id is not None
            first = FormCache().get(session, snapshot_id)
            assert first is not None
            assert FormCache().get(session, snapshot_id) is first
            snapshot = session.get(FormSnapshot, snapshot_id)
            assert snapshot is not None
            snapshot.definition = {**snapshot.definition, "title": "A title changed in place"}
            session.flush()
            again = FormCache().get(session, snapshot_id)
            assert again is not None and again is not first
            assert again.title == "A title changed in place"
            assert FormCache().get(session, "no-such-snapshot") is None
    finally:
        laptop.close()
