"""The zip entry writer with ISA-L's deflate and CRC-32 (`sync.writer._fast_entry_writer`)
writes entries zipfile reads back with their CRC checked, and keeps zipfile's own writer when
an entry lacks any of zipfile's attributes it would touch (a later Python may rename them)."""

from __future__ import annotations

import io
import types
import zipfile

import pytest

from sync import writer


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
