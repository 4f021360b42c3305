"""Validation on the second core (sync.validation_worker): the same merge, the same refusals.

Each test imports the same bundle with the records validated in this process and by the
worker process (GAPKIT_VALIDATION_WORKER=1 and VALIDATE_IN_WORKER_BYTES 0: every bundle uses
it) and compares: what the
council holds, or the message naming the bad record, and that nothing was kept."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest

import desktop.services.sync.imports
import sync.reader
from desktop.services.devices import device_key_path
from desktop.services.sync.imports import ImportService
from sync.keys import DeviceKey
from tests.store.sync_helpers import Laptop, canonical_dump, count_rows
from tests.sync.bundle_edits import resign, unzip, zip_members

NEVER = 1 << 62


@pytest.fixture
def laptop(tmp_path: Path):
    made = Laptop.make(tmp_path / "laptops", "Laptop A")
    yield made
    made.close()


@pytest.fixture
def small_chunks(monkeypatch, tmp_path: Path) -> Path:
    """Many chunks a table; the worker's files go to a folder of the test's own."""
    monkeypatch.setattr(sync.reader, "CHUNK_BYTES", 2_000)
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _import(store, bundle: Path, monkeypatch, *, worker: bool):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        desktop.services.sync.imports, "VALIDATE_IN_WORKER_BYTES", 0 if worker else NEVER
    )
    monkeypatch.setenv("GAPKIT_VALIDATION_WORKER", "1" if worker else "0")
    return ImportService(store).import_bundle(bundle)


def test_a_bundle_validated_by_the_worker_merges_as_one_validated_here(
    store, laptop, monkeypatch, small_chunks
) -> None:
    laptop.register(6, seed=21)
    laptop.assess(3, seed=21)
    bundle = laptop.export(full=True)
    laptop.enrol_at(store)

    summary = _import(store, bundle, monkeypatch, worker=True)

    assert summary.status == "merged", summary.message
    expected = canonical_dump(laptop.store)
    assert canonical_dump(store) == expected
    assert summary.added == count_rows(expected)
    assert list(small_chunks.iterdir()) == []  # the chunks' files and folder are gone
    again = _import(store, laptop.export(full=True), monkeypatch, worker=True)
    assert (again.status, again.added, again.updated) == ("merged", 0, 0), again.message
    assert again.unchanged == summary.added


def _hostile(laptop: Laptop, folder: Path, spoil) -> Path:  # type: ignore[no-untyped-def]
    """The laptop's full export with one answer near the end changed by `spoil`, signed
    again by the laptop (a trusted device sending a bad record)."""
    members = unzip(laptop.export(full=True))
    responses = json.loads(members["data/responses.json"])
    spoil(responses[-2])
    members["data/responses.json"] = json.dumps(responses, separators=(",", ":")).encode()
    key = DeviceKey.load(device_key_path(laptop.folder))
    return zip_members(folder / "hostile.gapkit", resign(members, key))


@pytest.mark.parametrize(
    "spoil",
    [
        # a wrong type: the importing process writes it before the worker's answer comes
        lambda record: record.update(dont_know="yes"),
        # a field missing: the importing process trips over it (KeyError) first
        lambda record: record.pop("assessment_id"),
        # an id that is no id: the importing process would complain about the reference
        lambda record: record.update(participant_id=["not", "an", "id"]),
    ],
    ids=["wrong-type", "missing-field", "list-for-an-id"],
)
def test_a_bad_record_is_refused_with_the_same_message_and_nothing_is_kept(
    store, laptop, monkeypatch, small_chunks, tmp_path, spoil
) -> None:
    laptop.register(4, seed=22)
    laptop.assess(3, seed=22)
    hostile = _hostile(laptop, tmp_path, spoil)
    laptop.enrol_at(store)

    here = _import(store, hostile, monkeypatch, worker=False)
    assert here.status == "rejected"
    assert count_rows(canonical_dump(store)) == 0
    elsewhere = _import(store, hostile, monkeypatch, worker=True)

    assert elsewhere.status == "rejected"
    assert elsewhere.message == here.message
    assert "data/responses.json, record" in (elsewhere.message or "")
    assert count_rows(canonical_dump(store)) == 0
    assert list(small_chunks.iterdir()) == []


def test_a_changed_file_is_reported_as_changed_even_when_a_record_in_it_is_bad(
    store, laptop, monkeypatch, small_chunks, tmp_path
) -> None:
    laptop.register(4, seed=23)
    laptop.assess(3, seed=23)
    members = unzip(laptop.export(full=True))
    responses = json.loads(members["data/responses.json"])
    responses[1]["dont_know"] = "yes"
    members["data/responses.json"] = json.dumps(responses, separators=(",", ":")).encode()
    changed = zip_members(tmp_path / "changed.gapkit", members)  # not signed again
    laptop.enrol_at(store)

    here = _import(store, changed, monkeypatch, worker=False)
    elsewhere = _import(store, changed, monkeypatch, worker=True)

    assert here.status == elsewhere.status == "rejected"
    assert "data/responses.json has been changed or damaged" in (here.message or "")
    assert elsewhere.message == here.message
    assert count_rows(canonical_dump(store)) == 0
