"""The zip entry writer with ISA-L's deflate and CRC-32 (`sync.writer._fast_entry_writer`)
writes entries zipfile reads back with their CRC checked, and keeps zipfile's own writer when
an entry lacks any of zipfile's attributes it would touch (a later Python may rename them)."""

from __future__ import annotations

import io
import types
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sync import writer
from sync.codecs import encode_csv_rows, encode_json
from sync.keys import DeviceKey
from sync.reader import open_bundle
from sync.records import TABLES
from tests.sync.conftest import make_manifest
from tests.sync.factories import dataset


def test_an_entry_written_piece_by_piece_reads_back_with_its_crc() -> None:
    if writer._fast_deflate is None:
        pytest.skip("isal is not installed")
    pieces = [b"", b"caf\xc3\xa9 " * 1000, memoryview(b"0123456789" * 5000)[3:-3], b"end"]
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        info = zipfile.ZipInfo("data/x.json")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as entry:
            write = writer._fast_entry_writer(entry, 1)
            assert write is not None
            for piece in pieces:
                if piece:
                    write(piece)
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        assert archive.read("data/x.json") == b"".join(bytes(p) for p in pieces)


ATTRIBUTES = {
    "_compressor": object(),
    "_crc": 0,
    "_file_size": 0,
    "_compress_size": 0,
    "_fileobj": io.BytesIO(),
}


@pytest.mark.parametrize("missing", sorted(ATTRIBUTES))
def test_an_entry_without_an_attribute_it_touches_keeps_zipfiles_writer(missing: str) -> None:
    if writer._fast_deflate is None:
        pytest.skip("isal is not installed")
    present = {name: value for name, value in ATTRIBUTES.items() if name != missing}
    entry = types.SimpleNamespace(closed=False, **present)
    assert writer._fast_entry_writer(entry, 1) is None  # type: ignore[arg-type]
    assert writer._fast_entry_writer(types.SimpleNamespace(closed=False, **ATTRIBUTES), 1)  # type: ignore[arg-type]


def _batches(
    tables: dict[str, list[dict[str, Any]]], size: int
) -> dict[str, Iterator[writer.EncodedBatch]]:
    def batches(name: str) -> Iterator[writer.EncodedBatch]:
        records = tables.get(name, [])
        for start in range(0, len(records), size):
            part = records[start : start + size]
            yield writer.EncodedBatch(
                memoryview(encode_json(part))[1:-1],
                encode_csv_rows(TABLES[name], part).encode("utf-8"),
                len(part),
            )

    return {name: batches(name) for name in TABLES}


def test_a_csv_copy_deflated_as_it_comes_makes_the_same_bundle_byte_for_byte(
    tmp_path: Path, device_key: DeviceKey, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A CSV copy past the spool's size is hashed, checked and deflated while its JSON is
    written, in the pieces the spool's temporary file was read back in: the bundle is the one
    the kept copy gave, byte for byte, and reads back with its CRCs and signature. (ISA-L's
    output depends on the pieces it is given once a stream passes ~300 KB: the answers' copy
    here is ~370 KB.)"""
    if writer._fast_deflate is None:
        pytest.skip("isal is not installed")
    tables = dataset(assessments=12, questions=50, participants=2, actions=2)
    monkeypatch.setattr(writer, "CSV_SPOOL_BYTES", 100_000)
    monkeypatch.setattr(writer._Spool, "_READ", 4096)
    deflated: list[str] = []
    add_copy = writer._Entries.add_copy

    def noting(self: writer._Entries, name: str, copy: writer._CsvCopy) -> None:
        if copy.deflated is not None:
            deflated.append(name)
        add_copy(self, name, copy)

    monkeypatch.setattr(writer._Entries, "add_copy", noting)
    manifest = make_manifest()
    written: dict[bool, bytes] = {}
    for as_it_comes in (False, True):
        monkeypatch.setattr(writer, "_DEFLATED_COPIES", as_it_comes)
        path = tmp_path / f"{as_it_comes}.gapkit"
        writer.write_bundle_stream(
            path, manifest=manifest, tables=_batches(tables, 50), signing_key=device_key
        )
        written[as_it_comes] = path.read_bytes()
        with zipfile.ZipFile(path) as archive:
            assert archive.testzip() is None
        open_bundle(path).verify(device_key.public_key_b64)
    assert "data/responses.csv" in deflated, "the answers' copy passed the spool's size"
    assert written[True] == written[False]
