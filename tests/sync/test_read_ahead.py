"""Unpacking and hashing on other threads while the reader works (sync.read_ahead): the reader
gets exactly the bytes it would have read itself, every refusal is raised where it was raised
before, and no thread outlives the bundle."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import sync.safezip
from sync import open_bundle
from sync.codecs import json_path
from sync.errors import ChangedFileError, RecordError, UnsafeBundleError
from sync.keys import DeviceKey
from sync.read_ahead import AHEAD_PIECES, PiecesAhead
from sync.reader import OpenedBundle
from sync.records import TABLES
from tests.sync.bundle_edits import resign, unzip, zip_members
from tests.sync.conftest import NOW, WriteBundle
from tests.sync.factories import dataset


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files in many pieces (the real ones are 1 MB), so the thread is really ahead; the
    threads whatever the machine's load."""
    monkeypatch.setattr(sync.safezip, "_PIECE", 97)
    monkeypatch.setenv("GAPKIT_READ_AHEAD", "1")


@pytest.fixture
def big() -> dict[str, list[dict[str, Any]]]:
    return dataset(assessments=4, questions=6, participants=2, actions=3)


def opened(path: Path, key: DeviceKey) -> OpenedBundle:
    bundle = open_bundle(path, now=NOW)
    bundle.verify(key.public_key_b64, stream=True)
    return bundle


def every_record(bundle: OpenedBundle) -> dict[str, list[dict[str, Any]]]:
    records = {
        table: [r for chunk in bundle.stream_table(table, chunk_bytes=600) for r in chunk.records]
        for table in bundle.tables
    }
    bundle.finish_stream()
    bundle.settle_validation()
    return records


def reader_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("gapkit-")]


def test_the_thread_gives_exactly_the_pieces_the_reader_reads_itself(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    bundle = opened(write(big), device_key)
    names = [json_path(table) for table in TABLES]
    direct = {name: list(bundle._hashed_pieces(name)) for name in names}
    assert sum(len(pieces) for pieces in direct.values()) > 10 * len(names)
    ahead = PiecesAhead(names, bundle._hashed_pieces)
    for name in names:
        assert ahead.next_is(name)
        assert list(ahead.pieces(name)) == direct[name]
    assert not ahead.next_is(names[0])
    bundle.close()


def test_records_read_with_the_threads_are_those_read_whole(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    path = write(big)
    whole = open_bundle(path, now=NOW)
    whole.verify(device_key.public_key_b64)  # read whole, on this thread
    assert every_record(opened(path, device_key)) == whole.all_records()
    assert not reader_threads()


def test_a_changed_csv_copy_is_still_refused_as_changed(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    members = unzip(write(big))
    members["data/organisations.csv"] += b"x"
    bundle = opened(zip_members(Path(str(write(big)) + ".csv"), members), device_key)
    with pytest.raises(ChangedFileError, match="organisations.csv has been changed"):
        every_record(bundle)
    bundle.close()
    assert not reader_threads()


def test_a_changed_csv_copy_is_reported_before_a_bad_record(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    """As when the copies were checked before any record was read: the importer asks
    settle_validation() whenever something fails, and a changed file speaks first."""
    members = unzip(write(big))
    members["data/responses.json"] = members["data/responses.json"].replace(
        b'"rev":1', b'"rev":0', 1
    )
    members = resign(members, device_key)
    members["data/participants.csv"] += b"x"  # after signing: changed
    bundle = opened(zip_members(Path(str(write(big)) + ".both"), members), device_key)
    with pytest.raises(RecordError, match="rev"):
        every_record(bundle)
    with pytest.raises(ChangedFileError, match="participants.csv has been changed"):
        bundle.settle_validation()
    bundle.close()


def test_a_changed_json_file_is_refused_where_it_was_before(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    members = unzip(write(big))
    members["data/responses.json"] = members["data/responses.json"].replace(b'"rev":1', b'"rev":2')
    bundle = opened(zip_members(Path(str(write(big)) + ".json"), members), device_key)
    read: list[str] = []
    with pytest.raises(ChangedFileError, match="responses.json has been changed"):
        for table in bundle.tables:
            for _chunk in bundle.stream_table(table, chunk_bytes=600):
                pass
            read.append(table)
    assert read == list(bundle.tables[: bundle.tables.index("responses")])
    bundle.close()
    assert not reader_threads()


def test_an_error_reading_ahead_comes_after_the_pieces_before_it() -> None:
    def read(name: str) -> Iterator[bytes]:
        yield b"one"
        yield b"two"
        if name == "b":
            raise UnsafeBundleError("b is damaged", file=name)
        yield b"three"

    ahead = PiecesAhead(["a", "b", "c"], read)
    assert list(ahead.pieces("a")) == [b"one", b"two", b"three"]
    got: list[bytes] = []
    with pytest.raises(UnsafeBundleError, match="b is damaged"):
        for piece in ahead.pieces("b"):
            got.append(piece)
    assert got == [b"one", b"two"]
    assert not ahead.next_is("c")  # stopped: the reader reads on by itself


def test_a_file_left_before_its_end_stops_the_thread(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    path = write(big)
    bundle = opened(path, device_key)
    assert bundle._ahead is not None
    first = json_path(bundle.tables[0])
    pieces = bundle._checked_pieces(first)
    next(pieces)
    pieces.close()
    assert not bundle._ahead.next_is(json_path(bundle.tables[1]))
    assert "gapkit-read-ahead" not in reader_threads()
    # the reader reads on by itself, the same records
    whole = open_bundle(path, now=NOW)
    whole.verify(device_key.public_key_b64)
    assert every_record(bundle) == whole.all_records()
    bundle.close()


def test_the_thread_is_never_more_than_a_few_pieces_ahead() -> None:
    made: list[int] = []

    def read(name: str) -> Iterator[bytes]:
        for number in range(10 * AHEAD_PIECES):
            made.append(number)
            yield b"x"

    ahead = PiecesAhead(["a"], read)
    time.sleep(0.3)
    assert AHEAD_PIECES <= len(made) <= AHEAD_PIECES + 1
    assert len(list(ahead.pieces("a"))) == 10 * AHEAD_PIECES
    ahead.close()


def test_closing_a_bundle_half_read_stops_its_threads(
    write: WriteBundle, big: dict, device_key: DeviceKey
) -> None:
    bundle = opened(write(big), device_key)
    for _chunk in bundle.stream_table(bundle.tables[0], chunk_bytes=600):
        break
    bundle.close()
    assert not reader_threads()


@pytest.mark.parametrize("asked", ["0", None])
def test_unless_asked_for_the_reader_reads_by_itself(
    write: WriteBundle,
    big: dict,
    device_key: DeviceKey,
    monkeypatch: pytest.MonkeyPatch,
    asked: str | None,
) -> None:
    path = write(big)
    with_threads = opened(path, device_key)
    assert with_threads._ahead is not None
    if asked is None:
        monkeypatch.delenv("GAPKIT_READ_AHEAD")
    else:
        monkeypatch.setenv("GAPKIT_READ_AHEAD", asked)
    bundle = opened(path, device_key)
    assert bundle._ahead is None and bundle._csv_check is None
    assert every_record(bundle) == every_record(with_threads)
    bundle.close()
    with_threads.close()
