"""Reading a bundle a chunk at a time (`OpenedBundle.stream_table`): the same records as reading
it whole, the same refusals, whatever the chunk size."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sync import BundleIntegrityError, RecordError, open_bundle
from sync.errors import SignatureError
from sync.keys import DeviceKey
from sync.reader import OpenedBundle
from tests.sync.bundle_edits import resign, unzip, zip_members
from tests.sync.conftest import NOW, WriteBundle
from tests.sync.factories import dataset

# Small enough that every table of the test dataset but the form snapshots is cut.
TINY = 600


def opened(path: Path, key: DeviceKey) -> OpenedBundle:
    bundle = open_bundle(path, now=NOW)
    bundle.verify(key.public_key_b64, stream=True)
    return bundle


def streamed(bundle: OpenedBundle, chunk_bytes: int = TINY) -> dict[str, list[list[dict]]]:
    """Every table as the list of its chunks' records."""
    chunks: dict[str, list[list[dict]]] = {}
    for table in bundle.tables:
        chunks[table] = []
        for chunk in bundle.stream_table(table, chunk_bytes=chunk_bytes):
            assert chunk.start == sum(len(c) for c in chunks[table])
            chunks[table].append(chunk.records)
    bundle.finish_stream()
    return chunks


def edited(path: Path, key: DeviceKey, table: str, change: Any) -> Path:
    """The bundle with one table's records changed by `change(records)`, signed again."""
    members = unzip(path)
    name = f"data/{table}.json"
    records = json.loads(members[name])
    change(records)
    members[name] = json.dumps(records, separators=(",", ":")).encode()
    return zip_members(path.with_name(f"edited-{table}.gapkit"), resign(members, key))


@pytest.fixture
def big() -> dict[str, list[dict[str, Any]]]:
    return dataset(assessments=4, questions=6, participants=2, actions=3)


def test_chunks_hold_exactly_the_records_read_whole(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    path = write(big)
    whole = open_bundle(path, now=NOW)
    whole.verify(device_key.public_key_b64)
    expected = whole.all_records()
    chunks = streamed(opened(path, device_key))
    assert len(chunks["responses"]) > 3
    for table, parts in chunks.items():
        assert [r for part in parts for r in part] == expected[table], table


def test_a_record_holding_objects_is_not_cut_inside(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    # `},{"` inside a value, where a cut would fall inside the record.
    for response in big["responses"]:
        response["value"] = [{"a": 1, "b": "x"}, {"c": 2}, {"d": [{"e": 3}, {"f": 4}]}]
    path = write(big)
    chunks = streamed(opened(path, device_key), chunk_bytes=300)
    got = [r for part in chunks["responses"] for r in part]
    assert len(chunks["responses"]) > 1
    assert [r["id"] for r in got] == [r["id"] for r in big["responses"]]
    assert all(r["value"][2]["d"][1] == {"f": 4} for r in got)


def test_a_bad_record_in_a_later_chunk_is_named_by_its_place_in_the_file(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    path = edited(write(big), device_key, "responses", lambda rs: rs[-2].update(rev=0))
    bundle = opened(path, device_key)
    last = len(big["responses"]) - 1
    with pytest.raises(RecordError, match=rf"responses.json, record {last} \(id "):
        streamed(bundle)


def first_id_repeated(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> Iterator[tuple[str, Path, int]]:
    """For a table of hashed ids and one of kept ids: the bundle whose last record of that
    table has the first one's id, with the table and its size."""

    def repeat_first(records: list[dict]) -> None:
        records[-1] = dict(records[0])

    for table in ("responses", "assessments"):
        yield table, edited(write(big), device_key, table, repeat_first), len(big[table])


def test_an_id_used_twice_in_different_chunks_is_refused(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    for table, path, size in first_id_repeated(write, big, device_key):
        with pytest.raises(RecordError, match=rf"record {size} .*also used by record 1"):
            streamed(opened(path, device_key))
        bundle = opened(path, device_key)
        with pytest.raises(RecordError, match=rf"record {size} .*also used by record 1"):
            for name in bundle.tables[: bundle.tables.index(table)]:
                for _ in bundle.stream_table(name, chunk_bytes=TINY):
                    pass
            bundle.check_unique_ids(table)


def test_a_changed_file_is_refused_as_changed_when_streamed(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    members = unzip(write(big))
    # Still valid JSON records, but not what the signature vouches for.
    members["data/responses.json"] = members["data/responses.json"].replace(b'"rev":1', b'"rev":2')
    bundle = opened(zip_members(Path(str(write(big)) + ".changed"), members), device_key)
    with pytest.raises(BundleIntegrityError, match="responses.json has been changed or damaged"):
        streamed(bundle)
    members["data/responses.json"] = b"[{" + members["data/responses.json"][1:]
    bundle = opened(zip_members(Path(str(write(big)) + ".broken"), members), device_key)
    # broken JSON too: the hash speaks first
    with pytest.raises(BundleIntegrityError, match="responses.json has been changed or damaged"):
        streamed(bundle)


def test_without_copies_the_csv_files_are_left_unchecked_but_the_signature_is_not(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    """verify(copies=False), the import helper's: the importer checked the CSV copies (no
    import reads them); the signature and the JSON files are checked as ever."""
    original = write(big)
    members = unzip(original)
    members["data/responses.csv"] = members["data/responses.csv"].replace(b"\n", b"\r\n", 1)
    changed_copy = zip_members(Path(str(original) + ".csv-changed"), members)
    with pytest.raises(BundleIntegrityError, match="responses.csv has been changed or damaged"):
        opened(changed_copy, device_key)
    bundle = open_bundle(changed_copy, now=NOW)
    bundle.verify(device_key.public_key_b64, stream=True, copies=False)
    assert streamed(bundle) == streamed(opened(original, device_key))

    members = unzip(original)
    members["data/responses.json"] = members["data/responses.json"].replace(b'"rev":1', b'"rev":2')
    bundle = open_bundle(zip_members(Path(str(original) + ".json-changed"), members), now=NOW)
    bundle.verify(device_key.public_key_b64, stream=True, copies=False)
    with pytest.raises(BundleIntegrityError, match="responses.json has been changed or damaged"):
        streamed(bundle)

    other = DeviceKey.generate()
    bundle = open_bundle(changed_copy, now=NOW)
    with pytest.raises(SignatureError):
        bundle.verify(other.public_key_b64, stream=True, copies=False)


def test_a_file_laid_out_otherwise_is_read_whole(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    members = unzip(write(big))
    records = json.loads(members["data/responses.json"])
    members["data/responses.json"] = json.dumps(records, indent=1).encode()
    bundle = opened(
        zip_members(Path(str(write(big)) + ".pretty"), resign(members, device_key)), device_key
    )
    chunks = streamed(bundle)
    assert len(chunks["responses"]) == 1
    assert chunks["responses"][0] == records


def test_a_table_not_read_to_its_end_is_not_finished(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    bundle = opened(write(big), device_key)
    for table in bundle.tables[:-1]:
        for _ in bundle.stream_table(table):
            pass
    with pytest.raises(RuntimeError, match="audit_events"):
        bundle.finish_stream()


def _erase_event(event: dict[str, Any], *, spelled: str = "erase") -> dict[str, Any]:
    return dict(event, action=spelled, field="contact_name", new_value=None)


def test_the_erasure_pre_read_skips_an_audit_trail_without_erase_events(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    path = write(big)
    bundle = opened(path, device_key)
    assert list(bundle.erase_event_chunks()) == []
    # the audit trail is still read whole in its turn, and the import can finish
    assert streamed(bundle)["audit_events"]


def test_the_erasure_pre_read_gives_the_chunks_holding_erase_events(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    for spelled in ("erase", "erase-history"):
        path = edited(
            write(big),
            device_key,
            "audit_events",
            lambda records, s=spelled: records.append(
                _erase_event(records[0], spelled=s) | {"id": "erase-1"}
            ),
        )
        members = unzip(path)
        manifest = json.loads(members["manifest.json"])
        manifest["counts"]["audit_events"] += 1
        members["manifest.json"] = json.dumps(manifest).encode()
        bundle = opened(zip_members(path, resign(members, device_key)), device_key)
        actions = [r["action"] for c in bundle.erase_event_chunks() for r in c.records]
        assert spelled in actions


def test_an_erase_event_spelled_with_escapes_is_not_missed(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    path = write(big)
    members = unzip(path)
    name = "data/audit_events.json"
    records = json.loads(members[name])
    records[0] = _erase_event(records[0])
    text = json.dumps(records, separators=(",", ":"))
    members[name] = text.replace('"action":"erase"', '"action":"\\u0065rase"').encode()
    assert b"erase" not in members[name].replace(b'"erase', b"")  # only the escaped one
    bundle = opened(zip_members(path, resign(members, device_key)), device_key)
    actions = [r["action"] for c in bundle.erase_event_chunks() for r in c.records]
    assert actions[0] == "erase"


def test_the_erasure_pre_read_checks_the_audit_trail_hash(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    path = write(big)
    members = unzip(path)
    members["data/audit_events.json"] = members["data/audit_events.json"].replace(
        b"Greenhead", b"Greenhe4d", 1
    )
    bundle = opened(zip_members(path.with_name("changed.gapkit"), members), device_key)
    with pytest.raises(BundleIntegrityError, match="changed or damaged"):
        list(bundle.erase_event_chunks())


@pytest.mark.parametrize("piece_bytes", [2, 3, 7])
def test_an_erase_event_cut_across_small_pieces_is_not_missed(
    write: WriteBundle,
    big: dict,
    device_key: DeviceKey,
    monkeypatch: pytest.MonkeyPatch,
    piece_bytes: int,
) -> None:
    """The pre-read looks for "erase" across the pieces the file is read in, whatever their
    size (a piece shorter than the word must not hide it)."""
    import sync.safezip

    path = write(big)
    members = unzip(path)
    name = "data/audit_events.json"
    records = json.loads(members[name])
    records[0] = _erase_event(records[0])
    members[name] = json.dumps(records, separators=(",", ":")).encode()
    assert members[name].count(b"erase") == 1 and b"\\u" not in members[name]
    bundle = opened(zip_members(path, resign(members, device_key)), device_key)
    monkeypatch.setattr(sync.safezip, "_PIECE", piece_bytes)
    actions = [r["action"] for c in bundle.erase_event_chunks() for r in c.records]
    assert actions[0] == "erase"


def skimming_streamed(bundle: OpenedBundle, skimmed: int, chunk_bytes: int = TINY) -> dict:
    """Every table as `streamed` gives it, the first `skimmed` chunks of each table skimmed
    (as the import's second process skims the chunks the importer read itself): None for a
    skimmed chunk's records."""
    chunks: dict[str, list[list[dict] | None]] = {}
    for table in bundle.tables:
        parts: list[list[dict] | None] = []
        given = 0
        for chunk in bundle.stream_table(
            table, chunk_bytes=chunk_bytes, skim=lambda parts=parts: len(parts) < skimmed
        ):
            assert chunk.start == given
            given += chunk.size if chunk.skimmed else len(chunk.records)
            parts.append(None if chunk.skimmed else chunk.records)
        chunks[table] = parts
    bundle.finish_stream()
    return chunks


def test_skimmed_chunks_are_cut_as_read_ones_and_the_rest_is_the_same(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    # `},{"` inside a value too: a skim cuts only where a full read does
    for response in big["responses"][::3]:
        response["value"] = [{"a": 1}, {"c": 2}]
    path = write(big)
    read = streamed(opened(path, device_key))
    skimmed = skimming_streamed(opened(path, device_key), skimmed=2)
    assert len(read["responses"]) > 3
    for table, parts in read.items():
        assert len(skimmed[table]) == len(parts), table
        assert skimmed[table][:2] == [None] * min(2, len(parts)), table
        assert skimmed[table][2:] == parts[2:], table


def test_an_id_of_a_skimmed_chunk_used_again_later_is_refused(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    for _table, path, size in first_id_repeated(write, big, device_key):
        with pytest.raises(RecordError, match=rf"record {size} .*also used by record 1"):
            skimming_streamed(opened(path, device_key), skimmed=1)


def test_a_reference_to_a_record_of_a_skimmed_chunk_is_found(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    path = write(big)
    chunks = skimming_streamed(opened(path, device_key), skimmed=1)
    # every assessment's answers read, their assessments in skimmed chunks or not
    answers = [r for part in chunks["responses"][1:] for r in part or []]
    assert answers
    assert chunks["assessments"][0] is None and len(chunks["assessments"]) > 1
    # and one pointing at nothing is still refused in a full bundle
    path = edited(
        path, device_key, "responses", lambda rs: rs[-1].update(assessment_id=rs[-1]["id"])
    )
    with pytest.raises(RecordError, match="not in this full bundle"):
        skimming_streamed(opened(path, device_key), skimmed=1)


def test_a_changed_file_is_refused_as_changed_when_skimmed(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    path = write(big)
    members = unzip(path)
    name = "data/responses.json"
    members[name] = members[name].replace(b'"rev":1', b'"rev":2', 1)  # not signed again
    changed = zip_members(path.with_name("changed.gapkit"), members)
    bundle = open_bundle(changed, now=NOW)
    bundle.verify(device_key.public_key_b64, stream=True)
    with pytest.raises(BundleIntegrityError):
        skimming_streamed(bundle, skimmed=100)
