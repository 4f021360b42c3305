"""Bundles that are broken, tampered with or hostile are refused with a message that says why."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from sync import (
    BundleError,
    BundleIntegrityError,
    DeviceKey,
    FutureFormatError,
    RecordError,
    SignatureError,
    UnsafeBundleError,
    open_bundle,
)
from sync.manifest import FORMAT_VERSION
from sync.safezip import BundleLimits
from tests.sync.bundle_edits import resign, unzip, zip_members, zip_with_symlink
from tests.sync.conftest import NOW, WriteBundle


def read(path: Path, key: DeviceKey, **options: Any) -> dict[str, list[dict[str, Any]]]:
    bundle = open_bundle(path, now=NOW, **options)
    bundle.verify(key.public_key_b64)
    return bundle.all_records()


def rezip(tmp_path: Path, members: dict[str, bytes] | list[tuple[str, bytes]]) -> Path:
    return zip_members(tmp_path / "hostile.gapkit", members)


# -- the zip itself ---------------------------------------------------------------------------


def test_zip_slip_path_is_refused(write: WriteBundle, tables: dict, tmp_path: Path) -> None:
    members = unzip(write(tables)) | {"../../evil.sh": b"rm -rf ~"}
    with pytest.raises(UnsafeBundleError, match=r"climbs out of the bundle \(\.\./\.\./evil\.sh\)"):
        open_bundle(rezip(tmp_path, members), now=NOW)


def test_absolute_path_is_refused(write: WriteBundle, tables: dict, tmp_path: Path) -> None:
    path = tmp_path / "abs.gapkit"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in unzip(write(tables)).items():
            archive.writestr(name, data)
        info = zipfile.ZipInfo("x")
        info.filename = "/etc/cron.d/evil"  # ZipInfo() strips a leading slash; set it after
        archive.writestr(info, b"* * * * * root evil")
    with pytest.raises(UnsafeBundleError, match="absolute path"):
        open_bundle(path, now=NOW)


def test_symlink_entry_is_refused(write: WriteBundle, tables: dict, tmp_path: Path) -> None:
    path = tmp_path / "link.gapkit"
    zip_with_symlink(path, unzip(write(tables)), "data/organisations.csv", b"/etc/passwd")
    with pytest.raises(UnsafeBundleError, match=r"symbolic link \(data/organisations\.csv\)"):
        open_bundle(path, now=NOW)


def test_zip_bomb_is_refused_before_unpacking(
    write: WriteBundle, tables: dict, tmp_path: Path
) -> None:
    members = unzip(write(tables)) | {"data/responses.json": b"[" + b" " * 50_000_000 + b"]"}
    with pytest.raises(UnsafeBundleError, match="zip bomb"):
        open_bundle(rezip(tmp_path, members), now=NOW)


def test_too_large_total_is_refused(write: WriteBundle, tables: dict) -> None:
    with pytest.raises(UnsafeBundleError, match="more than 1,000 bytes"):
        open_bundle(write(tables), now=NOW, limits=BundleLimits(max_total_bytes=1_000))


def test_too_many_files_are_refused(tmp_path: Path) -> None:
    members = [(f"data/file{i}.json", b"[]") for i in range(100)]
    with pytest.raises(UnsafeBundleError, match="holds 100 files"):
        open_bundle(rezip(tmp_path, members), now=NOW)


def test_duplicate_names_are_refused(write: WriteBundle, tables: dict, tmp_path: Path) -> None:
    members = list(unzip(write(tables)).items())
    members.append(("data/organisations.json", b"[]"))
    with (
        pytest.warns(UserWarning),
        pytest.raises(UnsafeBundleError, match="data/organisations.json twice"),
    ):
        open_bundle(rezip(tmp_path, members), now=NOW)


def test_unexpected_file_is_refused(write: WriteBundle, tables: dict, tmp_path: Path) -> None:
    members = unzip(write(tables)) | {"data/notes.txt": b"hello"}
    with pytest.raises(UnsafeBundleError, match="unexpected file data/notes.txt"):
        open_bundle(rezip(tmp_path, members), now=NOW)


def test_truncated_zip_is_refused(write: WriteBundle, tables: dict, tmp_path: Path) -> None:
    data = write(tables).read_bytes()
    path = tmp_path / "cut.gapkit"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(UnsafeBundleError, match="damaged or incomplete"):
        open_bundle(path, now=NOW)


def test_corrupt_member_is_refused(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    data = bytearray(write(tables).read_bytes())
    start = data.index(b"data/responses.json") + 40  # inside that member's compressed data
    data[start : start + 20] = bytes(20)
    path = tmp_path / "corrupt.gapkit"
    path.write_bytes(bytes(data))
    # Data files are unpacked only once the signature holds: the damage shows then.
    with pytest.raises(UnsafeBundleError, match="damaged"):
        read(path, device_key)


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.gapkit"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with pytest.raises(UnsafeBundleError, match="not a GAP Field Kit bundle"):
        open_bundle(path, now=NOW)


def test_missing_bundle_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(BundleError, match="does not exist"):
        open_bundle(tmp_path / "nowhere.gapkit", now=NOW)


# -- files, hashes and signatures -------------------------------------------------------------


def test_changed_data_file_is_detected_by_its_hash(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    members = unzip(write(tables))
    members["data/organisations.json"] = members["data/organisations.json"].replace(
        b"Greenhead", b"Greenheed"
    )
    # The signature covers the declared hash, so it holds; the file then fails that hash.
    with pytest.raises(
        BundleIntegrityError, match="data/organisations.json has been changed or damaged"
    ):
        read(rezip(tmp_path, members), device_key)


def test_changed_manifest_fails_the_signature(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    members = unzip(write(tables))
    members["manifest.json"] = members["manifest.json"].replace(
        b"Field laptop 3", b"Field laptop 9"
    )
    bundle = open_bundle(rezip(tmp_path, members), now=NOW)
    with pytest.raises(SignatureError, match="changed after the laptop signed it"):
        bundle.verify(device_key.public_key_b64)


def test_changed_data_with_updated_hashes_still_fails_the_signature(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    members = unzip(write(tables))
    members["data/responses.json"] = members["data/responses.json"].replace(
        b'"value":1', b'"value":4'
    )
    forged = resign(members, DeviceKey.generate())
    # the forger can't sign with the laptop's key, so keep the laptop's signature file
    forged["signature"] = members["signature"]
    bundle = open_bundle(rezip(tmp_path, forged), now=NOW)
    with pytest.raises(SignatureError, match="changed after"):
        bundle.verify(device_key.public_key_b64)


def test_bundle_signed_by_another_key_is_refused(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    forged = resign(unzip(write(tables)), DeviceKey.generate())
    bundle = open_bundle(rezip(tmp_path, forged), now=NOW)
    with pytest.raises(SignatureError, match="signed with a different key"):
        bundle.verify(device_key.public_key_b64)


def test_damaged_signature_file_is_refused(
    write: WriteBundle, tables: dict, tmp_path: Path
) -> None:
    members = unzip(write(tables)) | {"signature": b"{}"}
    with pytest.raises(SignatureError, match="signature file is damaged"):
        open_bundle(rezip(tmp_path, members), now=NOW)


def test_bundle_from_a_newer_format_is_refused_with_advice(
    write: WriteBundle, tables: dict, tmp_path: Path
) -> None:
    members = unzip(write(tables))
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = FORMAT_VERSION + 1
    manifest["something_new"] = True
    members["manifest.json"] = json.dumps(manifest).encode()
    with pytest.raises(FutureFormatError, match="newer GAP Field Kit.*Update GAP Field Kit"):
        open_bundle(rezip(tmp_path, members), now=NOW)


def test_csv_only_bundle_is_refused(write: WriteBundle, tables: dict, tmp_path: Path) -> None:
    members = unzip(write(tables))
    for name in list(members):
        if name.endswith(".json") and name.startswith("data/"):
            del members[name]
    with pytest.raises(BundleIntegrityError, match="only the CSV copy of the organisations table"):
        open_bundle(rezip(tmp_path, members), now=NOW)


def test_missing_manifest_is_refused(write: WriteBundle, tables: dict, tmp_path: Path) -> None:
    members = unzip(write(tables))
    del members["manifest.json"]
    with pytest.raises(BundleIntegrityError, match="has no manifest.json"):
        open_bundle(rezip(tmp_path, members), now=NOW)


def test_counts_that_disagree_with_the_records_are_refused(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    members = unzip(write(tables))
    manifest = json.loads(members["manifest.json"])
    manifest["counts"]["responses"] += 1
    members["manifest.json"] = json.dumps(manifest).encode()
    with pytest.raises(BundleIntegrityError, match="manifest.json says"):
        read(rezip(tmp_path, resign(members, device_key)), device_key)


# -- records (properly signed, so only record validation can catch them) ----------------------


def test_invalid_utf8_is_refused(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    members = unzip(write(tables))
    members["data/organisations.json"] = members["data/organisations.json"].replace(
        "Siobhán".encode(), b"Siobh\xe1n"
    )
    with pytest.raises(
        RecordError, match=r"data/organisations.json is not valid UTF-8 text .*record 1"
    ):
        read(rezip(tmp_path, resign(members, device_key)), device_key)


def test_nul_character_in_text_is_refused(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    tables["participants"][1]["label"] = "P\x002"
    path = write(tables)
    with pytest.raises(
        RecordError, match=r"data/participants.json, record 2 \(id .*\): label contains a NUL"
    ):
        read(path, device_key)


def test_raw_nul_byte_is_refused(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    members = unzip(write(tables))
    members["data/participants.json"] = members["data/participants.json"].replace(
        b'"P1"', b'"P\x001"'
    )
    with pytest.raises(RecordError, match="NUL byte"):
        read(rezip(tmp_path, resign(members, device_key)), device_key)


def test_unpaired_surrogate_is_refused(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    members = unzip(write(tables))
    members["data/participants.json"] = members["data/participants.json"].replace(
        b'"P1"', b'"P\\ud8001"', 1
    )
    with pytest.raises(RecordError, match="label contains a broken character"):
        read(rezip(tmp_path, resign(members, device_key)), device_key)


def test_oversized_field_is_refused(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    tables["organisations"][0]["name"] = "x" * 201
    with pytest.raises(
        RecordError,
        match=r"organisations.json, record 1 \(id .*\): name is too long \(201 characters",
    ):
        read(write(tables), device_key)


def test_timestamp_far_in_the_future_is_refused(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    tables["assessments"][1]["completed_at"] = "2031-01-01T00:00:00.000Z"
    with pytest.raises(
        RecordError, match=r"assessments.json, record 2 .*completed_at is 2031-01-01.*clock"
    ):
        read(write(tables), device_key)


def test_change_stamp_far_in_the_future_is_refused(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    stamps = tables["organisations"][0]["_stamps"]
    stamps["name"] = {"at": "2030-01-01T00:00:00.000Z", "by": "x", "prev_at": None, "prev_by": None}
    with pytest.raises(RecordError, match="change stamp of name is 2030"):
        read(write(tables), device_key)


def test_timestamp_within_a_day_of_now_is_accepted(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    tables["assessments"][0]["completed_at"] = "2026-03-11T11:00:00.000Z"  # NOW + 23 hours
    assert (
        read(write(tables), device_key)["assessments"][0]["completed_at"]
        == "2026-03-11T11:00:00.000Z"
    )


def test_manifest_from_the_future_is_refused(write: WriteBundle, tables: dict) -> None:
    from datetime import UTC, datetime

    path = write(tables, manifest_changes={"created_at": datetime(2027, 1, 1, tzinfo=UTC)})
    with pytest.raises(RecordError, match="manifest.json says the bundle was made at 2027"):
        open_bundle(path, now=NOW)


def test_duplicate_ids_with_different_content_are_refused(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    twin = dict(tables["action_items"][0], what="Something else")
    tables["action_items"].append(twin)
    with pytest.raises(
        RecordError,
        match=r"action_items.json, record 7 .*also used by record 1 with different content",
    ):
        read(write(tables), device_key)


def test_exact_duplicate_records_are_refused_too(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    tables["participants"].append(dict(tables["participants"][0]))
    with pytest.raises(RecordError, match=r"also used by record 1\.$"):
        read(write(tables), device_key)


def test_record_failing_validation_in_the_last_row_names_that_row(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    last = len(tables["responses"])
    tables["responses"][-1]["dont_know"] = "no"
    record_id = tables["responses"][-1]["id"]
    with pytest.raises(
        RecordError, match=rf"responses.json, record {last} \(id {record_id}\): dont_know is wrong"
    ) as caught:
        read(write(tables), device_key)
    assert caught.value.record == record_id
    assert caught.value.file == "data/responses.json"


def test_badly_formatted_timestamp_is_explained_without_regular_expressions(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    tables["responses"][0]["modified_at"] = "02/03/2026 09:00"
    with pytest.raises(RecordError) as caught:
        read(write(tables), device_key)
    assert "modified_at should be a UTC date and time like 2026-11-24T09:15:02.123Z" in str(
        caught.value
    )
    assert "\\d" not in str(caught.value)


def test_unknown_field_is_refused(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    members = unzip(write(tables))
    records = json.loads(members["data/organisations.json"])
    records[0]["shoe_size"] = 9
    members["data/organisations.json"] = json.dumps(records).encode()
    with pytest.raises(RecordError, match="shoe_size is not a field this format knows"):
        read(rezip(tmp_path, resign(members, device_key)), device_key)


def test_stamp_for_an_unknown_field_is_refused(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    stamps = tables["participants"][0]["_stamps"]
    stamps["colour"] = dict(stamps["*"])
    with pytest.raises(
        RecordError, match=r"_stamps names fields participants records do not have \(colour\)"
    ):
        read(write(tables), device_key)


def test_record_without_stamps_for_its_fields_is_refused(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    tables["participants"][0]["_stamps"] = {}
    with pytest.raises(RecordError, match="does not give a change stamp for every field"):
        read(write(tables), device_key)


def test_truncated_json_is_refused(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    members = unzip(write(tables))
    members["data/assessments.json"] = members["data/assessments.json"][:-50]
    with pytest.raises(RecordError, match="data/assessments.json is not valid JSON"):
        read(rezip(tmp_path, resign(members, device_key)), device_key)


def test_reference_to_an_organisation_missing_from_a_full_bundle_is_refused(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    tables["assessments"][2]["organisation_id"] = "5d3f1c52-0000-4000-8000-000000000000"
    with pytest.raises(
        RecordError,
        match=r"assessments.json, record 3 .*organisation_id refers to organisations record 5d3f1c52-0000-4000-8000-000000000000, which is not in this full bundle",
    ):
        read(write(tables), device_key)


def test_changes_only_bundle_lists_references_for_the_importer_to_check(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    assessment = tables["assessments"][0]
    path = write({"assessments": [assessment]}, manifest_changes={"full": False})
    bundle = open_bundle(path, now=NOW)
    bundle.verify(device_key.public_key_b64)
    missing = bundle.missing_references()
    assert {(m.field, m.target_table, m.target_id) for m in missing} == {
        ("organisation_id", "organisations", assessment["organisation_id"]),
        ("form_snapshot_id", "form_snapshots", assessment["form_snapshot_id"]),
    }
