"""Council import of laptops' bundles on SQLite and PostgreSQL: merge, re-import, waiting
bundles, revoked devices, encryption, missing references, sequence gaps, conflicts."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import Cancelled
from desktop.services.sync.conflicts import ConflictService
from desktop.services.sync.imports import ImportService, expand_bundle_paths
from desktop.services.sync.trust import TrustedDeviceService
from desktop.store.models import AuditEvent, Conflict, ImportRecord, Organisation
from sync.keys import CouncilKeyPair
from tests.store.sync_helpers import Laptop, canonical_dump, content_dump, count_rows


@pytest.fixture
def laptop(tmp_path: Path):
    made = Laptop.make(tmp_path / "laptops", "Laptop A")
    yield made
    made.close()


@pytest.fixture
def laptop_b(tmp_path: Path):
    made = Laptop.make(tmp_path / "laptops", "Laptop B")
    yield made
    made.close()


def test_full_bundle_into_empty_council_gives_the_laptops_records(store, laptop) -> None:
    laptop.register(12, seed=3)
    laptop.assess(4, seed=3)
    bundle = laptop.export(full=True)
    laptop.enrol_at(store)
    seen: list[tuple[int, int]] = []

    summary = ImportService(store).import_bundle(bundle, progress=lambda d, t: seen.append((d, t)))

    assert summary.status == "merged", summary.message
    expected = canonical_dump(laptop.store)
    assert summary.added == count_rows(expected)
    assert (summary.updated, summary.unchanged, summary.conflicts) == (0, 0, 0)
    assert canonical_dump(store) == expected
    assert seen and seen[-1][0] == seen[-1][1] == summary.added
    assert f"{summary.added} added" in summary.describe()


def test_importing_the_same_file_again_changes_nothing_and_says_so(store, laptop) -> None:
    laptop.register(5, seed=4)
    bundle = laptop.export(full=True)
    laptop.enrol_at(store)
    service = ImportService(store)
    first = service.import_bundle(bundle)
    before = canonical_dump(store)

    again = service.import_bundle(bundle)

    assert again.status == "merged" and again.already_imported
    assert (again.added, again.updated, again.unchanged) == (0, 0, first.added)
    assert canonical_dump(store) == before
    assert "already imported" in again.describe()


def test_same_records_in_a_new_bundle_are_merged_as_unchanged(store, laptop) -> None:
    laptop.register(5, seed=5)
    laptop.assess(2, seed=5)
    first = laptop.export(full=True)
    second = laptop.export(full=True)
    laptop.enrol_at(store)
    service = ImportService(store)
    added = service.import_bundle(first).added
    before = canonical_dump(store)

    summary = service.import_bundle(second)

    assert not summary.already_imported
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, added)
    assert canonical_dump(store) == before


def test_incremental_bundle_updates_the_changed_organisation(store, laptop) -> None:
    org_ids = laptop.register(4, seed=6)
    laptop.enrol_at(store)
    service = ImportService(store)
    service.import_bundle(laptop.export(full=True))
    laptop.services.organisations.update(org_ids[0], {"notes": "Moved to the library"})
    laptop.services.organisations.delete(org_ids[1])

    summary = service.import_bundle(laptop.export())

    assert summary.status == "merged", summary.message
    assert summary.tables["organisations"].updated == 2
    with store.session() as session:
        changed = session.get(Organisation, org_ids[0])
        deleted = session.get(Organisation, org_ids[1])
        assert changed is not None and changed.notes == "Moved to the library"
        assert deleted is not None and deleted.deleted_at is not None
        # imported changes can be passed on in the council's own exports
        assert changed.change_seq > 0
    assert content_dump(store) == content_dump(laptop.store)


def test_imports_write_no_audit_events_of_their_own(store, laptop) -> None:
    laptop.register(3, seed=7)
    laptop.enrol_at(store)
    ImportService(store).import_bundle(laptop.export(full=True))
    with store.session() as session:
        devices = set(session.scalars(select(AuditEvent.device_id)))
    assert devices == {laptop.device_id}


def test_bundle_from_unknown_device_waits_then_imports_after_approval(store, laptop) -> None:
    laptop.register(3, seed=8)
    bundle = laptop.export(full=True)
    service = ImportService(store)
    before = canonical_dump(store)

    summary = service.import_bundle(bundle)

    assert summary.status == "waiting"
    assert "not enrolled" in summary.message and laptop.info().fingerprint in summary.message
    assert canonical_dump(store) == before
    [entry] = service.waiting()
    assert entry.kept_path is not None and Path(entry.kept_path).exists()
    assert Path(entry.kept_path).parent == store.data_dir / "waiting"
    # a second copy of the same bundle does not queue twice
    assert service.import_bundle(bundle).import_id == entry.id
    assert len(service.waiting()) == 1

    merged = service.approve_and_import(entry.id)

    assert merged.status == "merged" and merged.added == count_rows(canonical_dump(laptop.store))
    assert service.waiting() == []
    assert not Path(entry.kept_path).exists()
    assert TrustedDeviceService(store).get(laptop.device_id).status == "enrolled"
    with store.session() as session:
        assert session.get(ImportRecord, entry.id).status == "merged"


def test_bundle_from_revoked_device_is_rejected(store, laptop) -> None:
    laptop.register(2, seed=9)
    laptop.enrol_at(store)
    TrustedDeviceService(store).revoke(laptop.device_id)
    before = canonical_dump(store)

    summary = ImportService(store).import_bundle(laptop.export(full=True))

    assert summary.rejected and "revoked" in summary.message
    assert canonical_dump(store) == before
    assert ImportService(store).history()[0].status == "rejected"


def test_device_enrolled_by_key_only_is_bound_by_its_first_bundle(store, laptop) -> None:
    laptop.register(2, seed=10)
    TrustedDeviceService(store).enrol_key(laptop.info().public_key, "Laptop by key")
    summary = ImportService(store).import_bundle(laptop.export(full=True))
    assert summary.status == "merged", summary.message
    [device] = TrustedDeviceService(store).list()
    assert device.id == laptop.device_id and device.last_bundle_seq == 1


def test_encrypted_bundle_needs_the_council_key(store, laptop, tmp_path: Path) -> None:
    pair = CouncilKeyPair.generate(tmp_path / "council-keys")
    laptop.register(3, seed=11)
    laptop.enrol_at(store)
    bundle = laptop.export(full=True, encrypt_to=str(pair.public_key_path))

    refused = ImportService(store).import_bundle(bundle)
    assert refused.rejected and "encrypted" in refused.message
    assert count_rows(canonical_dump(store)) == 0

    merged = ImportService(store, council_key=pair.private_key_path).import_bundle(bundle)
    assert merged.status == "merged", merged.message
    assert canonical_dump(store) == canonical_dump(laptop.store)


def test_reference_to_an_organisation_the_council_lacks_is_rejected(store, laptop) -> None:
    laptop.register(3, seed=12)
    laptop.enrol_at(store)
    laptop.export(full=True)  # never reaches the council: the stick was lost
    laptop.assess(1, seed=12)
    before = canonical_dump(store)

    summary = ImportService(store).import_bundle(laptop.export())

    assert summary.rejected
    assert "data/assessments.json, record 1" in summary.message
    assert "neither in this bundle nor in the council database" in summary.message
    assert canonical_dump(store) == before


def test_sequence_gaps_show_bundles_never_imported(store, laptop) -> None:
    org_ids = laptop.register(2, seed=13)
    laptop.enrol_at(store)
    bundles = [laptop.export(full=True)]
    for note in ("second", "third", "fourth"):
        laptop.services.organisations.update(org_ids[0], {"notes": note})
        bundles.append(laptop.export(full=True))
    service = ImportService(store)
    service.import_bundle(bundles[0])
    service.import_bundle(bundles[3])
    assert service.sequence_gaps() == {laptop.device_id: [(2, 3)]}
    service.import_bundle(bundles[2])
    service.import_bundle(bundles[1])
    assert service.sequence_gaps() == {}


def test_cancelled_import_changes_nothing(store, laptop) -> None:
    laptop.register(3, seed=14)
    laptop.enrol_at(store)
    before = canonical_dump(store)
    calls = iter(range(100))
    with pytest.raises(Cancelled):
        ImportService(store).import_bundle(
            laptop.export(full=True), should_cancel=lambda: next(calls) >= 3
        )
    assert canonical_dump(store) == before


def test_folder_of_bundles_imports_every_bundle_in_it(store, laptop, tmp_path: Path) -> None:
    org_ids = laptop.register(2, seed=15)
    laptop.enrol_at(store)
    laptop.export(full=True)
    laptop.services.organisations.update(org_ids[0], {"notes": "later"})
    laptop.export()
    service = ImportService(store)
    # as the Import page and `gapkit import` do: the folder's bundles, one after another
    summaries = [service.import_bundle(path) for path in expand_bundle_paths([laptop.out])]
    assert [s.status for s in summaries] == ["merged", "merged"]
    assert content_dump(store) == content_dump(laptop.store)


def _conflicting_pair(store, laptop, laptop_b) -> tuple[str, Path, Path]:
    """A and B both change the notes of one organisation from the same starting value."""
    org_ids = laptop.register(2, seed=16)
    laptop.enrol_at(store)
    laptop_b.enrol_at(store)
    start = laptop.export(full=True)
    ImportService(laptop_b.store).devices.enrol(laptop.info())
    assert ImportService(laptop_b.store).import_bundle(start).status == "merged"
    laptop.services.organisations.update(org_ids[0], {"notes": "Written on A"})
    from_a = laptop.export()
    laptop_b.services.organisations.update(org_ids[0], {"notes": "Written on B"})
    from_b = laptop_b.export()
    ImportService(store).import_bundle(start)
    return org_ids[0], from_a, from_b


def test_two_devices_changing_one_field_make_one_conflict_in_either_order(
    store, laptop, laptop_b, tmp_path: Path
) -> None:
    org_id, from_a, from_b = _conflicting_pair(store, laptop, laptop_b)
    service = ImportService(store)
    conflicts = ConflictService(store)

    first = service.import_bundle(from_a)
    second = service.import_bundle(from_b)

    assert first.conflicts == 0 and second.conflicts == 1
    [conflict] = conflicts.search()
    assert conflict.entity_type == "organisations" and conflict.entity_id == org_id
    assert conflict.organisation_id == org_id and conflict.field == "notes"
    assert conflict.winner_value == "Written on B" and conflict.loser_value == "Written on A"
    assert conflict.winner_device == laptop_b.device_id
    assert conflict.loser_device == laptop.device_id
    assert conflict.winner_device_name == "Laptop B"
    assert conflict.organisation_name is not None
    # B wrote later, so B's value is held
    with store.session() as session:
        assert session.get(Organisation, org_id).notes == "Written on B"
    # importing either again records nothing new
    shutil.copy(from_a, tmp_path / "copy-of-a.gapkit")
    assert service.import_bundle(tmp_path / "copy-of-a.gapkit").conflicts == 0
    assert len(conflicts.search(status=None)) == 1
    assert conflicts.search(device_id=laptop.device_id) == conflicts.search()
    assert conflicts.search(organisation_id="nobody") == []


def test_use_other_writes_the_losing_value_as_a_new_audited_revision(
    store, laptop, laptop_b
) -> None:
    org_id, from_a, from_b = _conflicting_pair(store, laptop, laptop_b)
    service = ImportService(store)
    conflicts = ConflictService(store)
    service.import_bundle(from_b)
    service.import_bundle(from_a)
    [conflict] = conflicts.search()
    assert conflict.winner_value == "Written on B"

    conflicts.use_other(conflict.id)

    with store.session() as session:
        record = session.get(Organisation, org_id)
        assert record.notes == "Written on A"
        assert record.field_stamps["notes"]["by"] == store.device_id
        events = session.scalars(
            select(AuditEvent).where(
                AuditEvent.entity_id == org_id, AuditEvent.action == "conflict"
            )
        ).all()
        assert [(e.old_value, e.new_value) for e in events] == [("Written on B", "Written on A")]
        assert session.get(Conflict, conflict.id).status == "reversed"
    assert conflicts.search() == []
    with pytest.raises(Exception, match="already settled"):
        conflicts.keep(conflict.id)


def test_keep_settles_the_conflict_without_changing_the_record(store, laptop, laptop_b) -> None:
    org_id, from_a, from_b = _conflicting_pair(store, laptop, laptop_b)
    service = ImportService(store)
    conflicts = ConflictService(store)
    service.import_bundle(from_a)
    service.import_bundle(from_b)
    before = canonical_dump(store)
    [conflict] = conflicts.search()

    conflicts.keep(conflict.id[:8])

    assert canonical_dump(store) == before
    assert conflicts.search() == []
    assert [c.status for c in conflicts.search(status="kept")] == ["kept"]


def test_sqlite_rows_are_stored_in_the_same_text_form_as_the_laptops(
    tmp_path: Path, laptop
) -> None:
    """The fast SQLite path writes timestamps, dates and flags exactly as SQLAlchemy does, and
    JSON that reads back as the same value, so queries see no difference."""
    import json
    import sqlite3

    from desktop.store.db import database_path, open_store
    from desktop.store.models import SYNCED_MODELS

    laptop.register(6, seed=17)
    laptop.assess(3, seed=17)
    council = open_store(data_dir=tmp_path / "council", device_name="Council")
    try:
        laptop.enrol_at(council)
        assert ImportService(council).import_bundle(laptop.export(full=True)).status == "merged"
    finally:
        council.close()
    ours = sqlite3.connect(database_path(tmp_path / "council"))
    theirs = sqlite3.connect(database_path(laptop.folder))
    for model in SYNCED_MODELS:
        table = model.__table__
        names = [c.name for c in table.columns if c.name not in ("change_seq", "bundle_id")]
        json_names = {c.name for c in table.columns if c.type.__class__.__name__ == "JSON"}
        query = f"SELECT {', '.join(names)} FROM {table.name} ORDER BY id"
        for mine, original in zip(ours.execute(query), theirs.execute(query), strict=True):
            for name, a, b in zip(names, mine, original, strict=True):
                if name in json_names and isinstance(a, str):
                    assert json.loads(a) == json.loads(b), (table.name, name)
                else:
                    assert (type(a), a) == (type(b), b), (table.name, name)


def test_a_bundle_read_in_many_chunks_imports_as_one(store, laptop, monkeypatch) -> None:
    """The import reads each table a chunk at a time (bounded memory): with tiny chunks the
    council holds exactly what it holds with one chunk a table, and re-merging changes nothing.
    Empty tables get their secondary indexes back after the load."""
    import desktop.services.sync.imports
    import sync.reader

    laptop.register(6, seed=11)
    laptop.assess(3, seed=11)
    bundle = laptop.export(full=True)
    laptop.enrol_at(store)
    indexes = _index_definitions(store)
    monkeypatch.setattr(sync.reader, "CHUNK_BYTES", 2_000)
    monkeypatch.setattr(desktop.services.sync.imports, "INDEXES_AFTER_ROWS", 1)

    summary = ImportService(store).import_bundle(bundle)

    assert summary.status == "merged", summary.message
    assert _index_definitions(store) == indexes
    expected = canonical_dump(laptop.store)
    assert canonical_dump(store) == expected
    assert summary.added == count_rows(expected)
    again = ImportService(store).import_bundle(laptop.export(full=True))
    assert (again.status, again.added, again.updated) == ("merged", 0, 0), again.message
    assert again.unchanged == summary.added


def test_an_id_twice_in_different_chunks_rejects_the_whole_bundle(
    store, laptop, tmp_path, monkeypatch
) -> None:
    import json

    import desktop.services.sync.imports
    import sync.reader
    from desktop.services.devices import device_key_path
    from sync.keys import DeviceKey
    from tests.sync.bundle_edits import resign, unzip, zip_members

    laptop.register(4, seed=12)
    laptop.assess(3, seed=12)
    members = unzip(laptop.export(full=True))
    responses = json.loads(members["data/responses.json"])
    responses[-1] = dict(responses[0])
    members["data/responses.json"] = json.dumps(responses, separators=(",", ":")).encode()
    hostile = zip_members(
        tmp_path / "twice.gapkit", resign(members, DeviceKey.load(device_key_path(laptop.folder)))
    )
    laptop.enrol_at(store)
    indexes = _index_definitions(store)
    monkeypatch.setattr(sync.reader, "CHUNK_BYTES", 2_000)
    monkeypatch.setattr(desktop.services.sync.imports, "INDEXES_AFTER_ROWS", 1)

    summary = ImportService(store).import_bundle(hostile)

    assert summary.status == "rejected"
    assert f"record {len(responses)}" in (summary.message or "")
    assert "also used by record 1" in (summary.message or "")
    assert count_rows(canonical_dump(store)) == 0
    assert _index_definitions(store) == indexes


def _index_definitions(store) -> list[tuple[str, str]]:
    """Every index of the database, by name and definition (SQLite; empty on PostgreSQL)."""
    from sqlalchemy import text

    if store.engine.dialect.name != "sqlite":
        return []
    with store.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
        )
        return [(row[0], row[1]) for row in rows]
