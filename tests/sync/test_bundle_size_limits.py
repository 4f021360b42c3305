"""How big a bundle may be: data files are read in pieces, so they may be far larger than a file
held whole; the rule is tested at its boundary with lowered limits (a real bundle over the
default caps takes minutes to write: `benchmarks/sync.py --sizes 20000 --import-largest`)."""

from __future__ import annotations

import json
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest

from sync import DeviceKey, UnsafeBundleError, open_bundle
from sync.codecs import json_path
from sync.reader import OpenedBundle
from sync.records import TABLES
from sync.safezip import DEFAULT_LIMITS, BundleLimits
from tests.sync.bundle_edits import resign, unzip, zip_members
from tests.sync.conftest import NOW, WriteBundle
from tests.sync.factories import dataset

# zip64 "extended information" extra field id (APPNOTE 4.5.3)
ZIP64_EXTRA = 0x0001


@pytest.fixture
def bundle(write: WriteBundle) -> Path:
    return write(dataset(assessments=10, questions=40, participants=2, actions=2))


def largest_data_file(path: Path) -> tuple[str, int]:
    with zipfile.ZipFile(path) as archive:
        info = max(archive.infolist(), key=lambda i: i.file_size)
    assert info.filename.startswith("data/")
    return info.filename, info.file_size


def streamed(path: Path, key: DeviceKey, limits: BundleLimits) -> dict[str, int]:
    """Open, verify and stream every table, as the import does; records per table."""
    with open_bundle(path, now=NOW, limits=limits) as opened:
        opened.verify(key.public_key_b64, stream=True)
        counts = {
            table: sum(len(chunk.records) for chunk in opened.stream_table(table, chunk_bytes=512))
            for table in opened.tables
        }
        opened.finish_stream()
    return counts


def test_a_data_file_may_be_as_large_as_the_streamed_cap_and_no_larger(
    bundle: Path, device_key: DeviceKey
) -> None:
    name, size = largest_data_file(bundle)
    # far above what may be held whole: the data file is read in pieces all the same
    at_cap = BundleLimits(max_file_bytes=size // 4, max_streamed_file_bytes=size)
    counts = streamed(bundle, device_key, at_cap)
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert counts == {t: n for t, n in manifest["counts"].items() if t in counts}
    assert counts["responses"] > 0

    below = BundleLimits(max_file_bytes=size // 4, max_streamed_file_bytes=size - 1)
    with pytest.raises(
        UnsafeBundleError,
        match=rf"{name} would unpack to {size:,} bytes, more than the {size - 1:,} allowed",
    ):
        open_bundle(bundle, now=NOW, limits=below)


def test_files_read_whole_keep_the_lower_cap(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as archive:
        size = archive.getinfo("datapackage.json").file_size
    limits = BundleLimits(max_file_bytes=size - 1)
    with pytest.raises(UnsafeBundleError, match="datapackage.json would unpack"):
        open_bundle(bundle, now=NOW, limits=limits)
    open_bundle(bundle, now=NOW, limits=BundleLimits(max_file_bytes=size)).close()


def test_the_total_cap_still_holds_for_streamed_files(bundle: Path) -> None:
    with zipfile.ZipFile(bundle) as archive:
        total = sum(info.file_size for info in archive.infolist())
    with pytest.raises(UnsafeBundleError, match=f"more than {total - 1:,} bytes"):
        open_bundle(bundle, now=NOW, limits=BundleLimits(max_total_bytes=total - 1))
    open_bundle(bundle, now=NOW, limits=BundleLimits(max_total_bytes=total)).close()


def test_the_defaults_let_a_council_move_a_full_export() -> None:
    # 20,000 demo assessments: responses.json ~0.9 GB, ~1.3 GB unpacked in all (measured by
    # benchmarks/sync.py); the old caps (768 MiB a file, 1 GiB in all) refused it
    assert DEFAULT_LIMITS.max_streamed_file_bytes >= 2 * 900_000_000
    assert DEFAULT_LIMITS.max_total_bytes >= 2 * 1_300_000_000
    assert DEFAULT_LIMITS.max_file_bytes == 768 * 1024 * 1024
    assert DEFAULT_LIMITS.file_cap("data/responses.json") == DEFAULT_LIMITS.max_streamed_file_bytes
    assert DEFAULT_LIMITS.file_cap("manifest.json") == DEFAULT_LIMITS.max_file_bytes


def spaced(path: Path, key: DeviceKey, tmp_path: Path, table: str) -> tuple[Path, int]:
    """The bundle with one table's JSON written with spaces (`}, {`): valid, but with no
    place where the reader cuts it into chunks, so it can only be read whole."""
    members = unzip(path)
    records: list[dict[str, Any]] = json.loads(members[json_path(table)])
    members[json_path(table)] = json.dumps(records, ensure_ascii=False).encode()
    return zip_members(tmp_path / "spaced.gapkit", resign(members, key)), len(
        members[json_path(table)]
    )


def test_a_file_that_cannot_be_cut_is_held_whole_only_up_to_the_lower_cap(
    bundle: Path, device_key: DeviceKey, tmp_path: Path
) -> None:
    path, size = spaced(bundle, device_key, tmp_path, "responses")
    with pytest.raises(UnsafeBundleError, match="data/responses.json would have to be held"):
        streamed(path, device_key, BundleLimits(max_file_bytes=size - 1))
    counts = streamed(path, device_key, BundleLimits(max_file_bytes=size))
    assert counts["responses"] == len(json.loads(unzip(path)[json_path("responses")]))


def test_reading_every_record_at_once_keeps_the_lower_cap(
    bundle: Path, device_key: DeviceKey
) -> None:
    name, size = largest_data_file(bundle)
    assert name.endswith(".json")
    with (
        open_bundle(bundle, now=NOW, limits=BundleLimits(max_file_bytes=size - 1)) as opened,
        pytest.raises(UnsafeBundleError, match=f"{name} would have to be held"),
    ):
        opened.verify(device_key.public_key_b64)
    with open_bundle(bundle, now=NOW, limits=BundleLimits(max_file_bytes=size)) as opened:
        opened.verify(device_key.public_key_b64)
        assert opened.all_records()["responses"]


def local_header_extra_ids(path: Path, name: str) -> list[int]:
    with zipfile.ZipFile(path) as archive:
        offset = archive.getinfo(name).header_offset
    with path.open("rb") as handle:
        handle.seek(offset)
        header = handle.read(30)
        assert header[:4] == b"PK\x03\x04"
        name_length, extra_length = struct.unpack("<HH", header[26:30])
        handle.seek(name_length, 1)
        extra = handle.read(extra_length)
    ids = []
    while extra:
        field_id, length = struct.unpack("<HH", extra[:4])
        ids.append(field_id)
        extra = extra[4 + length :]
    return ids


def test_data_files_are_written_with_zip64_headers(bundle: Path) -> None:
    # zipfile refuses to write past 2 GiB into an entry opened without them; a council's full
    # export of ~50,000 assessments has a responses.json that large
    for table in TABLES:
        for name in (json_path(table), json_path(table).replace(".json", ".csv")):
            assert ZIP64_EXTRA in local_header_extra_ids(bundle, name), name
    # and any unzip reads them back (the reader uses Python's zipfile)
    with zipfile.ZipFile(bundle) as archive:
        assert archive.testzip() is None


def test_streaming_needs_a_verified_bundle(bundle: Path) -> None:
    with open_bundle(bundle, now=NOW) as opened:
        assert isinstance(opened, OpenedBundle)
        with pytest.raises(RuntimeError, match="verify"):
            next(opened.stream_table("responses"))
