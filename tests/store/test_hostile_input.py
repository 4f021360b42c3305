"""Attacks on the council import found by the attack run of issue 11, one class per test.

Each drives the real `gapkit` command line on a real council data folder and checks: the exit
status, a message naming the file and the reason, no traceback, and that the synced tables,
the devices and the conflicts are exactly as they were (except where the attack is about
what *should* happen to them, e.g. a laptop's own bundle still being imported).
"""

from __future__ import annotations

import copy
import os
import signal
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.services.devices import device_key_path
from desktop.store.db import open_store
from desktop.store.models import Conflict, Device
from sync.codecs import DATAPACKAGE_FILE, MANIFEST_FILE, SIGNATURE_FILE
from sync.encryption import encrypt_bundle
from sync.keys import CouncilKeyPair, DeviceKey, load_council_public_key
from sync.manifest import Manifest
from sync.reader import open_bundle
from sync.writer import write_bundle
from tests.store.sync_helpers import Laptop, canonical_dump
from tests.sync.bundle_edits import unzip, zip_members


@dataclass
class Field:
    """Two laptops with a full bundle each, and the council key bundles can be encrypted to."""

    a: Laptop
    a_key: DeviceKey
    a_bundle: Path
    a_tables: dict[str, list[dict[str, Any]]]
    a_manifest: Manifest
    b: Laptop
    b_bundle: Path
    council_keys: CouncilKeyPair
    root: Path


@pytest.fixture(scope="module")
def field(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Field]:
    root = tmp_path_factory.mktemp("attacks")
    a = Laptop.make(root, "Laptop A")
    a.register(3, seed=71)
    a.assess(1, seed=71)
    a_bundle = a.export(full=True)
    b = Laptop.make(root, "Laptop B")
    b.register(2, seed=72)
    b_bundle = b.export(full=True)
    a_key = DeviceKey.load(device_key_path(a.folder))
    opened = open_bundle(a_bundle)
    opened.verify(a_key.public_key_b64)
    yield Field(
        a=a,
        a_key=a_key,
        a_bundle=a_bundle,
        a_tables=copy.deepcopy(opened.all_records()),
        a_manifest=opened.manifest,
        b=b,
        b_bundle=b_bundle,
        council_keys=CouncilKeyPair.generate(root / "council-keys"),
        root=root,
    )
    a.close()
    b.close()


@pytest.fixture
def council(tmp_path: Path) -> Path:
    folder = tmp_path / "council"
    open_store(data_dir=folder, device_name="Council").close()
    return folder


def gapkit(council: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    """Run a command; return its exit status and everything it printed (never a traceback)."""
    status = main(["--data-dir", str(council), *args])
    captured = capsys.readouterr()
    printed = captured.out + captured.err
    assert "Traceback" not in printed
    return status, printed


def state(council: Path) -> dict[str, Any]:
    """What an attack must not change: synced tables, devices and conflicts."""
    store = open_store(data_dir=council)
    try:
        dump: dict[str, Any] = dict(canonical_dump(store))
        with store.session() as session:
            # The council's own entry learns its fingerprint when first used: not an attack.
            dump["devices"] = sorted(
                (d.id, d.name, d.status, d.fingerprint)
                for d in session.query(Device)
                if not d.is_local
            )
            dump["conflicts"] = sorted(
                (c.entity_id, c.field, c.status) for c in session.query(Conflict)
            )
        return dump
    finally:
        store.close()


def enrol(council: Path, laptop: Laptop, capsys: pytest.CaptureFixture[str]) -> None:
    device_file = council.parent / f"{laptop.device_id}.json"
    device_file.write_text(laptop.info().to_json())
    assert gapkit(council, capsys, "devices", "enrol", str(device_file))[0] == 0


def forged(
    field: Field,
    path: Path,
    *,
    key: DeviceKey | None = None,
    **manifest: Any,
) -> Path:
    """Laptop A's records in a bundle with manifest changes, signed by `key` (a stranger's)."""
    write_bundle(
        path,
        manifest=field.a_manifest.model_copy(update=manifest),
        tables=field.a_tables,
        signing_key=key or DeviceKey.generate(),
    )
    return path


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Fail instead of hanging forever (a FIFO read would block)."""

    def _expired(*_: Any) -> None:
        raise TimeoutError(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# -- 1. identity: a prefix must never pick a device --------------------------------------------


def test_identity_prefix_of_a_fingerprint_never_approves_a_stranger(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop_fingerprint = field.a.info().fingerprint
    squatter_id = laptop_fingerprint.replace("-", "")[:12]
    assert gapkit(council, capsys, "import", str(field.a_bundle))[0] == 0  # waits
    stranger = forged(field, tmp_path / "stranger.gapkit", device_id=squatter_id)
    status, printed = gapkit(council, capsys, "import", str(stranger))
    assert status == 0 and "WAITING" in printed
    before = state(council)

    for ref in (laptop_fingerprint[:14], laptop_fingerprint.replace("-", "")[:12][:10]):
        status, printed = gapkit(council, capsys, "devices", "approve", ref)
        assert status == 1
        assert "full key fingerprint" in printed
        assert state(council) == before

    status, printed = gapkit(council, capsys, "devices", "approve", laptop_fingerprint)
    assert status == 0
    assert f"Approved Laptop A ({field.a.device_id}, fingerprint {laptop_fingerprint})" in printed
    after = state(council)
    assert (squatter_id, "Laptop A", "pending") in {(d[0], d[1], d[2]) for d in after["devices"]}


def test_identity_devices_list_shows_full_ids_and_fingerprints(
    field: Field, council: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enrol(council, field.a, capsys)
    status, listing = gapkit(council, capsys, "devices", "list")
    assert status == 0
    line = next(row for row in listing.splitlines() if "Laptop A" in row)
    assert field.a.device_id in line and field.a.info().fingerprint in line


# -- 2. squatting: a stranger can neither block nor shadow a laptop ----------------------------


def test_squatter_on_a_laptops_device_id_does_not_block_its_enrolment(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    squatter = forged(field, tmp_path / "squatter.gapkit", device_name="Laptop A")
    status, printed = gapkit(council, capsys, "import", str(squatter))
    assert status == 0 and "WAITING" in printed

    enrol(council, field.a, capsys)
    status, printed = gapkit(council, capsys, "import", str(field.a_bundle))

    assert status == 0 and "merged" in printed and "63 added" in printed
    assert "1 bundle waiting" in printed  # the squatter's, never imported as the laptop
    devices = {d[0]: d for d in state(council)["devices"]}
    assert devices[field.a.device_id][2:] == ("enrolled", field.a.info().fingerprint)


def test_squatter_reusing_a_bundle_id_does_not_shadow_the_real_bundle(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    squatter = forged(field, tmp_path / "same-bundle-id.gapkit")
    assert gapkit(council, capsys, "import", str(squatter))[0] == 0
    status, printed = gapkit(council, capsys, "import", str(field.a_bundle))
    assert status == 0 and "WAITING" in printed
    waiting = sorted((council / "waiting").iterdir())
    assert len(waiting) == 2  # kept under their content hashes, not the bundle id

    enrol(council, field.a, capsys)  # imports the laptop's own waiting bundle

    held = canonical_dump(open_store(data_dir=council))
    assert len(held["organisations"]) == 3
    assert gapkit(council, capsys, "import", str(field.a_bundle))[1].count("already imported") == 1


# -- 3. deep nesting in every JSON member; the batch goes on -----------------------------------


def _nested(depth: int) -> bytes:
    return b'{"format_version": 1, "x": ' + b"[" * depth + b"]" * depth + b"}"


@pytest.mark.parametrize("member", [MANIFEST_FILE, DATAPACKAGE_FILE, SIGNATURE_FILE])
@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_deeply_nested_json_is_a_rejection_and_the_batch_goes_on(
    field: Field,
    council: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    member: str,
    encrypted: bool,
) -> None:
    enrol(council, field.b, capsys)
    batch = tmp_path / "batch"
    batch.mkdir()
    members = unzip(field.a_bundle) | {member: _nested(100_000)}
    hostile = zip_members(batch / "a-nested.gapkit", members)
    if encrypted:
        public = load_council_public_key(str(field.council_keys.public_key_path))
        hostile.write_bytes(encrypt_bundle(hostile.read_bytes(), public))
    (batch / "b-good.gapkit").write_bytes(field.b_bundle.read_bytes())
    before = state(council)

    status, printed = gapkit(
        council, capsys, "import", str(batch), "--key", str(field.council_keys.private_key_path)
    )

    assert status == 1
    rejected = next(line for line in printed.splitlines() if line.startswith("REJECTED"))
    assert "a-nested.gapkit" in rejected and member in rejected and "nested" in rejected
    assert "merged   " in printed and "b-good.gapkit" in printed
    after = state(council)
    assert after["organisations"] != before["organisations"]  # the good bundle went in
    assert after["devices"] == before["devices"] and after["conflicts"] == before["conflicts"]


def test_device_file_nested_too_deeply_is_refused(
    council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    device_file = tmp_path / "device.json"
    device_file.write_bytes(_nested(20_000))
    before = state(council)
    status, printed = gapkit(council, capsys, "devices", "enrol", str(device_file))
    assert status == 1 and "not a GAP Field Kit device file" in printed
    assert state(council) == before


# -- 4. waiting/ has quotas --------------------------------------------------------------------


def test_waiting_folder_quota_per_unknown_device(
    field: Field,
    council: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services.sync import imports

    monkeypatch.setattr(imports, "WAITING_MAX_BUNDLES_PER_DEVICE", 2)
    stranger = DeviceKey.generate()
    paths = [
        forged(field, tmp_path / f"flood-{n}.gapkit", key=stranger, bundle_seq=n) for n in (1, 2, 3)
    ]
    assert gapkit(council, capsys, "import", str(paths[0]), str(paths[1]))[0] == 0
    before = state(council)

    status, printed = gapkit(council, capsys, "import", str(paths[2]))

    assert status == 1
    assert "flood-3.gapkit" in printed and "waiting folder already holds 2 bundles" in printed
    assert len(list((council / "waiting").iterdir())) == 2
    assert state(council) == before


def test_waiting_folder_quota_in_total(
    field: Field,
    council: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services.sync import imports

    monkeypatch.setattr(imports, "WAITING_MAX_BYTES", field.a_bundle.stat().st_size * 2 + 100)
    paths = [forged(field, tmp_path / f"many-{n}.gapkit") for n in (1, 2, 3)]
    assert gapkit(council, capsys, "import", str(paths[0]), str(paths[1]))[0] == 0
    before = state(council)
    status, printed = gapkit(council, capsys, "import", str(paths[2]))
    assert status == 1 and "many-3.gapkit" in printed and "waiting folder is full" in printed
    assert state(council) == before


# -- 5. control and bidi characters in names ---------------------------------------------------

EVIL_NAME = "Evil\x1b[2J\r\nLaptop A  0000-0000\u202etxt.exe\x07"
RAW_CONTROLS = ("\x1b", "\r", "\x07", "\u202e")


def test_control_and_bidi_characters_in_device_names_are_escaped(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = forged(field, tmp_path / "evil-name.gapkit", device_name=EVIL_NAME)

    status, printed = gapkit(council, capsys, "import", str(hostile))
    assert status == 0
    status, listing = gapkit(council, capsys, "devices", "list")
    assert status == 0

    for output in (printed, listing):
        assert not any(c in output for c in RAW_CONTROLS)
        assert "Evil\\x1b[2J\\x0d\\x0aLaptop A" in output
    assert "\\u202etxt.exe\\x07" in printed
    rows = [line for line in listing.splitlines() if "Evil" in line]
    assert len(rows) == 1  # the name could not forge a second line


# -- 6. only regular files are read ------------------------------------------------------------


def test_fifo_in_a_folder_import_is_skipped_not_read(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enrol(council, field.b, capsys)
    batch = tmp_path / "stick"
    batch.mkdir()
    os.mkfifo(batch / "a-pipe.gapkit")
    (batch / "b-good.gapkit").write_bytes(field.b_bundle.read_bytes())

    with deadline(60):
        status, printed = gapkit(council, capsys, "import", str(batch))

    assert status == 0 and "b-good.gapkit" in printed and "merged" in printed


@pytest.mark.parametrize("kind", ["fifo", "device node"])
def test_special_file_given_as_a_bundle_is_rejected_without_reading(
    council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    if kind == "fifo":
        path = tmp_path / "pipe.gapkit"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    before = state(council)

    with deadline(60):
        status, printed = gapkit(council, capsys, "import", str(path))

    assert status == 1
    assert path.name in printed and "not a regular file" in printed
    assert state(council) == before


def test_special_file_inside_an_unzipped_bundle_folder_is_refused(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enrol(council, field.a, capsys)
    folder = tmp_path / "unzipped"
    with zipfile.ZipFile(field.a_bundle) as archive:
        archive.extractall(folder)
    (folder / "data" / "responses.json").unlink()
    os.mkfifo(folder / "data" / "responses.json")
    before = state(council)

    with deadline(60):
        status, printed = gapkit(council, capsys, "import", str(folder))

    assert status == 1
    assert "data/responses.json" in printed and "not a regular file" in printed
    assert state(council) == before


def test_unforeseen_failure_is_still_a_recorded_rejection(
    field: Field,
    council: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whatever goes wrong inside the reader ends as a rejection naming the file."""
    import sync.reader

    enrol(council, field.a, capsys)

    def broken(*_: Any, **__: Any) -> Any:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(sync.reader, "open_bundle", broken)
    before = state(council)
    status, printed = gapkit(council, capsys, "import", str(field.a_bundle))
    assert status == 1
    assert field.a_bundle.name in printed and "could not be read (RecursionError" in printed
    assert state(council) == before
