"""Writing a bundle and reading it back: content, files, CSV, signatures, keys, encryption."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import stat
import zipfile
from pathlib import Path
from typing import Any

import frictionless
import pytest

from sync import (
    FORMAT_VERSION,
    BundleWriteError,
    Cancelled,
    CouncilKeyPair,
    DecryptionError,
    DeviceInfo,
    DeviceKey,
    KeyFileError,
    SignatureError,
    load_council_private_key,
    load_council_public_key,
    open_bundle,
    write_bundle,
)
from sync.encryption import MAGIC
from tests.sync.bundle_edits import unzip
from tests.sync.conftest import NOW, WriteBundle, make_manifest
from tests.sync.factories import DEVICE_A, organisation


def read_all(path: Path, key: DeviceKey, **options: Any) -> dict[str, list[dict[str, Any]]]:
    bundle = open_bundle(path, now=NOW, **options)
    bundle.verify(key.public_key_b64)
    return bundle.all_records()


def test_round_trip_gives_back_every_table_exactly(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    path = write(tables)
    assert read_all(path, device_key) == tables


def test_manifest_carries_device_sequence_range_and_counts(
    write: WriteBundle, tables: dict
) -> None:
    path = write(tables, manifest_changes={"bundle_seq": 7, "from_seq": 10, "to_seq": 99})
    manifest = open_bundle(path, now=NOW).manifest
    assert manifest.format_version == FORMAT_VERSION
    assert (manifest.device_id, manifest.device_name) == (DEVICE_A, "Field laptop 3")
    assert manifest.bundle_seq == 7
    assert (manifest.change_range.from_seq, manifest.change_range.to_seq) == (10, 99)
    assert manifest.counts == {name: len(rows) for name, rows in tables.items()}
    assert manifest.kind == "field-export"


def test_tables_left_out_are_written_empty(
    write: WriteBundle, device_key: DeviceKey, tables: dict
) -> None:
    path = write({"organisations": tables["organisations"]}, manifest_changes={"full": False})
    records = read_all(path, device_key)
    assert records["organisations"] == tables["organisations"]
    assert records["responses"] == []


def test_writer_refuses_records_with_wrong_keys(write: WriteBundle, tables: dict) -> None:
    tables["organisations"][0]["change_seq"] = 5
    with pytest.raises(ValueError, match="change_seq"):
        write(tables)


def test_unzipped_bundle_passes_frictionless_validation(
    write: WriteBundle, tables: dict, tmp_path: Path
) -> None:
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(write(tables)) as archive:
        archive.extractall(folder)
    report = frictionless.validate(str(folder / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "message"])


def test_frictionless_notices_a_changed_csv(
    write: WriteBundle, tables: dict, tmp_path: Path
) -> None:
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(write(tables)) as archive:
        archive.extractall(folder)
    csv_file = folder / "data" / "organisations.csv"
    csv_file.write_bytes(csv_file.read_bytes().replace(b"Greenhead", b"Greenheed"))
    assert not frictionless.validate(str(folder / "datapackage.json")).valid


def test_unzipped_bundle_folder_opens_like_the_zip(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(write(tables)) as archive:
        archive.extractall(folder)
    assert read_all(folder, device_key) == tables


def csv_rows(path: Path, table: str) -> list[dict[str, str]]:
    data = unzip(path)[f"data/{table}.csv"]
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_cell_that_a_spreadsheet_would_run_gets_an_apostrophe(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    org = tables["organisations"][0]
    org["name"] = '=HYPERLINK("x")'
    org["notes"] = "+44 is not a formula"
    org["town"] = "@town"
    org["contact_role"] = "-chair"
    org["contact_language"] = "\tWelsh"
    org["legal_form_other"] = "\rodd"
    path = write(tables)
    row = csv_rows(path, "organisations")[0]
    assert row["name"] == '\'=HYPERLINK("x")'
    assert row["notes"] == "'+44 is not a formula"
    assert row["town"] == "'@town"
    assert row["contact_role"] == "'-chair"
    assert row["contact_language"] == "'\tWelsh"
    assert row["legal_form_other"] == "'\rodd"
    # The lossless JSON keeps the text exactly as typed.
    assert read_all(path, device_key)["organisations"][0]["name"] == '=HYPERLINK("x")'


def test_csv_answer_values_are_guarded_too(write: WriteBundle, tables: dict) -> None:
    tables["responses"][0]["value"] = "=1+1"
    tables["responses"][1]["value"] = ["a", "b"]
    tables["responses"][2]["value"] = None
    tables["responses"][3]["value"] = True
    rows = csv_rows(write(tables), "responses")
    assert [rows[i]["value"] for i in range(4)] == ["'=1+1", '["a", "b"]', "", "true"]


def test_csv_has_one_row_per_record_with_iso_dates_json_lists_and_rfc4180_quoting(
    write: WriteBundle, tables: dict
) -> None:
    path = write(tables)
    raw = unzip(path)["data/organisations.csv"]
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")[:0]
    rows = csv_rows(path, "organisations")
    assert len(rows) == len(tables["organisations"])
    org = tables["organisations"][0]
    row = rows[0]
    assert row["created_at"] == org["created_at"]
    assert row["consent_date"] == "2026-03-02"
    assert json.loads(row["themes"]) == org["themes"]
    assert json.loads(row["policies"]) == org["policies"]
    assert row["notes"] == org["notes"]  # a newline inside a quoted cell
    assert row["has_bank_account"] == "true"
    assert row["company_id"] == ""


def test_non_ascii_names_survive_in_json_and_csv(
    write: WriteBundle, tables: dict, device_key: DeviceKey
) -> None:
    names = [
        "Cymdeithas Gymunedol Ŵyl",
        "Kirklees Ελληνική Κοινότητα",
        "پاکستانی کمیونٹی سینٹر",
        "Café 😀 Club",
    ]
    tables["organisations"] = [
        organisation(random.Random(i), i, name=name) for i, name in enumerate(names)
    ]
    path = write(tables, manifest_changes={"full": False})
    assert [o["name"] for o in read_all(path, device_key)["organisations"]] == names
    assert [r["name"] for r in csv_rows(path, "organisations")] == names


def test_progress_reaches_total_and_is_monotonic(write: WriteBundle, tables: dict) -> None:
    calls: list[tuple[int, int]] = []
    write(tables, progress=lambda done, total: calls.append((done, total)))
    assert calls[-1][0] == calls[-1][1]
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_cancelled_write_leaves_nothing_behind(
    tmp_path: Path, tables: dict, device_key: DeviceKey
) -> None:
    steps = iter(range(100))
    destination = tmp_path / "out.gapkit"
    with pytest.raises(Cancelled):
        write_bundle(
            destination,
            manifest=make_manifest(),
            tables=tables,
            signing_key=device_key,
            should_cancel=lambda: next(steps) >= 5,
        )
    assert list(tmp_path.iterdir()) == []


def test_failed_write_keeps_the_previous_bundle_and_leaves_no_temporary(
    tmp_path: Path, tables: dict, device_key: DeviceKey
) -> None:
    destination = tmp_path / "out.gapkit"
    destination.write_bytes(b"previous bundle")
    tables["responses"][0]["value"] = object()  # not JSON: serialising fails midway
    with pytest.raises(Exception):  # noqa: B017 - any failure will do
        write_bundle(destination, manifest=make_manifest(), tables=tables, signing_key=device_key)
    assert destination.read_bytes() == b"previous bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.gapkit"]


def test_writing_to_a_missing_folder_says_so(
    tmp_path: Path, tables: dict, device_key: DeviceKey
) -> None:
    with pytest.raises(BundleWriteError, match="does not exist"):
        write_bundle(
            tmp_path / "gone" / "x.gapkit",
            manifest=make_manifest(),
            tables=tables,
            signing_key=device_key,
        )


# -- signatures and device keys ---------------------------------------------------------------


def test_signature_from_another_device_key_is_refused(write: WriteBundle, tables: dict) -> None:
    path = write(tables)
    bundle = open_bundle(path, now=NOW)
    with pytest.raises(SignatureError, match="different key"):
        bundle.verify(DeviceKey.generate().public_key_b64)
    with pytest.raises(RuntimeError):
        bundle.records("organisations")


def test_records_are_only_given_after_the_signature_is_verified(
    write: WriteBundle, tables: dict
) -> None:
    bundle = open_bundle(write(tables), now=NOW)
    assert bundle.manifest.device_id == DEVICE_A  # readable before verifying
    with pytest.raises(RuntimeError):
        bundle.all_records()


def test_device_key_file_is_private_and_reloads_the_same_key(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "device.key"
    key = DeviceKey.load_or_create(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert DeviceKey.load_or_create(path).public_key_b64 == key.public_key_b64
    os.chmod(path, 0o644)
    DeviceKey.load_or_create(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_damaged_device_key_file_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "device.key"
    path.write_text("not a key")
    with pytest.raises(KeyFileError, match="not a device key"):
        DeviceKey.load(path)


def test_device_info_round_trips_and_detects_a_changed_key(device_key: DeviceKey) -> None:
    info = device_key.device_info(DEVICE_A, "Field laptop 3")
    text = info.to_json()
    assert json.loads(text).keys() == {"device_id", "name", "public_key", "fingerprint"}
    assert DeviceInfo.from_json(text) == info
    forged = json.loads(text) | {"public_key": DeviceKey.generate().public_key_b64}
    with pytest.raises(KeyFileError, match="fingerprint"):
        DeviceInfo.from_json(json.dumps(forged))
    with pytest.raises(KeyFileError):
        DeviceInfo.from_json("{}")


# -- encryption -------------------------------------------------------------------------------


def test_encrypted_bundle_round_trips_with_the_council_key(
    write: WriteBundle, tables: dict, tmp_path: Path, device_key: DeviceKey
) -> None:
    pair = CouncilKeyPair.generate(tmp_path / "council")
    path = write(tables, encrypt_to=tmp_path / "council" / "council.pub")
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    assert b"Greenhead" not in data and b"organisations" not in data
    private = load_council_private_key(tmp_path / "council" / "council.key")
    assert read_all(path, device_key, decrypt_key=private) == tables
    assert open_bundle(path, decrypt_key=pair.private_key_path, now=NOW).encrypted


def test_encrypted_bundle_with_the_wrong_council_key_says_so(
    write: WriteBundle, tables: dict, tmp_path: Path
) -> None:
    right = CouncilKeyPair.generate(tmp_path / "right")
    wrong = CouncilKeyPair.generate(tmp_path / "wrong")
    path = write(tables, encrypt_to=right.public_key_b64)
    with pytest.raises(DecryptionError, match="different council key"):
        open_bundle(path, decrypt_key=wrong.private_key, now=NOW)
    with pytest.raises(DecryptionError, match="encrypted"):
        open_bundle(path, now=NOW)


def test_changed_encrypted_bundle_fails_to_decrypt(
    write: WriteBundle, tables: dict, tmp_path: Path
) -> None:
    pair = CouncilKeyPair.generate(tmp_path / "council")
    path = write(tables, encrypt_to=pair.public_key)
    data = bytearray(path.read_bytes())
    data[-40] ^= 1
    path.write_bytes(bytes(data))
    with pytest.raises(DecryptionError, match="damaged or was changed"):
        open_bundle(path, decrypt_key=pair.private_key, now=NOW)


def test_council_key_files_are_private_and_not_overwritten(tmp_path: Path) -> None:
    pair = CouncilKeyPair.generate(tmp_path)
    assert stat.S_IMODE((tmp_path / "council.key").stat().st_mode) == 0o600
    assert (
        load_council_public_key(tmp_path / "council.pub").public_bytes_raw()
        == pair.public_key_bytes
    )
    assert load_council_public_key(pair.public_key_b64).public_bytes_raw() == pair.public_key_bytes
    with pytest.raises(KeyFileError, match="already exists"):
        CouncilKeyPair.generate(tmp_path)
    with pytest.raises(KeyFileError):
        load_council_public_key("not base64!")


def test_compression_level_is_applied(tmp_path: Path, tables: dict, device_key: DeviceKey) -> None:
    sizes = []
    for level in (1, 9):
        path = tmp_path / f"level{level}.gapkit"
        write_bundle(
            path,
            manifest=make_manifest(),
            tables=tables,
            signing_key=device_key,
            compresslevel=level,
        )
        with zipfile.ZipFile(path) as archive:
            sizes.append(archive.getinfo("data/responses.json").compress_size)
    assert sizes[0] > sizes[1]
