"""Attacks on the council import found by the attack run of issue 11, one class per test.

Each drives the real `gapkit` command line on a real council data folder and checks: the exit
status, a message naming the file and the reason, no traceback, and that the synced tables,
the devices and the conflicts are exactly as they were (except where the attack is about
what *should* happen to them, e.g. a laptop's own bundle still being imported).
"""

from __future__ import annotations

import contextlib
import copy
import json
import os
import re
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
from sync.timestamps import format_timestamp, utc_now
from sync.writer import write_bundle
from tests.store.sync_helpers import Laptop, canonical_dump
from tests.sync.bundle_edits import resign, unzip, zip_members


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

    # Every record of the laptop's first bundle is added (how many depends on the shipped form).
    added = re.search(r"(\d+) added", printed)
    assert status == 0 and "merged" in printed and added is not None and int(added.group(1)) > 0
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


# -- 7. authority: an enrolled laptop writes only as itself ------------------------------------


def _as_a(field: Field, path: Path, edit: Any) -> Path:
    """Laptop A's bundle after `edit(tables, b_id)`, signed with A's own key (a stolen laptop)."""
    tables = copy.deepcopy(field.a_tables)
    edit(tables, field.b.device_id)
    write_bundle(path, manifest=field.a_manifest, tables=tables, signing_key=field.a_key)
    return path


def _stamp_as(record: dict[str, Any], device: str) -> None:
    for stamp in record["_stamps"].values():
        stamp["by"] = device


AUTHORITY_ATTACKS = {
    "stamps as another laptop": (
        lambda t, b: _stamp_as(t["organisations"][0], b),
        "stamped by device",
    ),
    "modified_by as another laptop": (
        lambda t, b: t["organisations"][0].update(modified_by=b),
        "modified_by names device",
    ),
    "audit event as another laptop": (
        lambda t, b: t["audit_events"][0].update(device_id=b),
        "new audit event names device",
    ),
    "form snapshot body not its hash": (
        lambda t, b: t["form_snapshots"][0]["definition"].update(title="Forged title"),
        "sha256 is not the hash",
    ),
    "answer points at another assessment's participant": (
        lambda t, b: _cross_participant(t),
        "belongs to assessment",
    ),
    "action's organisation not its assessment's": (
        lambda t, b: t["action_items"][0].update(organisation_id=_other_org(t, 0)),
        "is not the organisation of its assessment",
    ),
    "edit stamp that replaced nothing": (
        lambda t, b: _unreplaced_stamp(t["organisations"][0]),
        "says it replaced nothing",
    ),
}


def _other_org(tables: dict[str, list[dict[str, Any]]], index: int) -> str:
    action = tables["action_items"][index]
    return next(o["id"] for o in tables["organisations"] if o["id"] != action["organisation_id"])


def _cross_participant(tables: dict[str, list[dict[str, Any]]]) -> None:
    answer = next(r for r in tables["responses"] if r["participant_id"] is None)
    answer["participant_id"] = "0e0e0e0e-0000-4000-8000-000000000000"
    tables["participants"].append(
        dict(
            tables["participants"][0] if tables["participants"] else _a_participant(tables),
            id="0e0e0e0e-0000-4000-8000-000000000000",
            assessment_id="0d0d0d0d-0000-4000-8000-000000000000",
        )
    )
    tables["assessments"].append(
        dict(tables["assessments"][0], id="0d0d0d0d-0000-4000-8000-000000000000")
    )


def _a_participant(tables: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    base = tables["assessments"][0]
    return {
        "id": "x",
        "created_at": base["created_at"],
        "modified_at": base["modified_at"],
        "modified_by": base["modified_by"],
        "rev": 1,
        "deleted_at": None,
        "_stamps": {"*": dict(base["_stamps"]["*"])},
        "assessment_id": base["id"],
        "label": "P9",
        "role": "member",
        "position": 9,
    }


def _unreplaced_stamp(record: dict[str, Any]) -> None:
    creation = record["_stamps"]["*"]
    record["_stamps"]["notes"] = dict(creation, at=creation["at"], prev_at=None, prev_by=None)
    record["_stamps"]["notes"]["at"] = record["modified_at"]
    record["notes"] = "changed"


@pytest.mark.parametrize("attack", list(AUTHORITY_ATTACKS))
def test_authority_enrolled_laptop_cannot_write_as_others(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], attack: str
) -> None:
    edit, reason = AUTHORITY_ATTACKS[attack]
    enrol(council, field.a, capsys)
    enrol(council, field.b, capsys)
    hostile = _as_a(field, tmp_path / "stolen.gapkit", edit)
    before = state(council)

    status, printed = gapkit(council, capsys, "import", str(hostile))

    assert status == 1
    assert "stolen.gapkit" in printed and "data/" in printed and reason in printed
    assert state(council) == before


def _council_holding_a_and_b(
    field: Field, council: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    enrol(council, field.a, capsys)
    enrol(council, field.b, capsys)
    assert gapkit(council, capsys, "import", str(field.a_bundle), str(field.b_bundle))[0] == 0


def test_authority_moving_an_assessment_to_another_organisation_is_refused(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _council_holding_a_and_b(field, council, capsys)

    def move(tables: dict[str, list[dict[str, Any]]], _b: str) -> None:
        assessment = tables["assessments"][0]
        assessment["organisation_id"] = next(
            o["id"] for o in tables["organisations"] if o["id"] != assessment["organisation_id"]
        )
        for action in tables["action_items"]:  # consistent, so only the move is wrong
            if action["assessment_id"] == assessment["id"]:
                action["organisation_id"] = assessment["organisation_id"]

    hostile = _as_a(field, tmp_path / "moved.gapkit", move)
    before = state(council)
    status, printed = gapkit(council, capsys, "import", str(hostile))
    assert status == 1 and "moved.gapkit" in printed
    assert "organisation_id changes from" in printed and "another parent" in printed
    assert state(council) == before


def test_authority_rewriting_a_held_audit_event_or_form_snapshot_is_refused(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _council_holding_a_and_b(field, council, capsys)
    before = state(council)

    def rewrite_event(tables: dict[str, list[dict[str, Any]]], _b: str) -> None:
        tables["audit_events"][0]["new_value"] = "rewritten history"

    def swap_snapshot(tables: dict[str, list[dict[str, Any]]], _b: str) -> None:
        from sync.authority import form_definition_digest

        snapshot = tables["form_snapshots"][0]
        snapshot["definition"] = dict(snapshot["definition"], title="Attacker's questions")
        snapshot["sha256"] = form_definition_digest(snapshot["definition"])

    for name, edit, reason in (
        ("history.gapkit", rewrite_event, "an audit event never changes"),
        ("snapshot.gapkit", swap_snapshot, "a form snapshot never changes"),
    ):
        status, printed = gapkit(
            council, capsys, "import", str(_as_a(field, tmp_path / name, edit))
        )
        assert status == 1 and name in printed and reason in printed
        assert state(council) == before


def test_authority_tombstone_of_another_laptops_record_is_held_as_a_conflict(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _council_holding_a_and_b(field, council, capsys)
    # Laptop A (a stolen one) sends a tombstone of laptop B's organisation, with A's stamp.
    b_held = open_bundle(field.b_bundle)
    b_held.verify(b_held.signer_public_key_b64)
    record = copy.deepcopy(b_held.all_records()["organisations"][0])
    b_held.close()
    b_org = record["id"]
    creation = record["_stamps"]["*"]
    tombstone_at = format_timestamp(utc_now())

    def delete_b_org(tables: dict[str, list[dict[str, Any]]], _b: str) -> None:
        forged_record = copy.deepcopy(record)
        forged_record["deleted_at"] = tombstone_at
        forged_record["modified_at"] = tombstone_at
        forged_record["modified_by"] = field.a.device_id
        forged_record["rev"] += 1
        forged_record["_stamps"]["deleted_at"] = {
            "at": tombstone_at,
            "by": field.a.device_id,
            "prev_at": creation["at"],
            "prev_by": creation["by"],
        }
        tables["organisations"].append(forged_record)

    path = _as_a(field, tmp_path / "tombstone.gapkit", delete_b_org)
    before = state(council)
    status, printed = gapkit(council, capsys, "import", str(path))
    assert status == 0 and "1 conflict" in printed
    after = state(council)
    assert after["organisations"] == before["organisations"]  # B's organisation still live
    assert (b_org, "deleted_at", "open") in after["conflicts"]


# -- 8. values that pass the type but break later ----------------------------------------------

RANGE_ATTACKS = {
    "date in year 0000": (
        "organisations",
        lambda r: r.update(consent_date="0000-01-01"),
        "before 1900-01-01",
    ),
    "timestamp in year 0001": (
        "organisations",
        lambda r: r.update(created_at="0001-01-01T00:00:00.000Z"),
        "before 1900-01-01",
    ),
    "year founded 10**30": (
        "organisations",
        lambda r: r.update(year_founded=10**30),
        "year_founded",
    ),
    "year founded next year": (
        "organisations",
        lambda r: r.update(year_founded=2999),
        "after this year",
    ),
    "count beyond 2**53": (
        "organisations",
        lambda r: r.update(trustees_count=2**60),
        "trustees_count",
    ),
    "NaN staff": ("organisations", lambda r: r.update(staff_fte=float("nan")), "staff_fte"),
    "Infinity in an answer": ("responses", lambda r: r.update(value=float("inf")), "value"),
    "rev 2**70": ("organisations", lambda r: r.update(rev=2**70), "rev"),
    "integer beyond 64 bits in an answer": (
        "responses",
        lambda r: r.update(value=[10**30]),
        "value holds a whole number",
    ),
    "integer beyond 2**53 in an audit value": (
        "audit_events",
        lambda r: r.update(new_value={"n": 2**60}),
        "new_value holds a whole number",
    ),
}


@pytest.mark.parametrize("attack", list(RANGE_ATTACKS))
def test_range_values_that_would_break_later_are_refused(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], attack: str
) -> None:
    table, edit, reason = RANGE_ATTACKS[attack]
    enrol(council, field.a, capsys)
    members = unzip(field.a_bundle)
    records = json.loads(members[f"data/{table}.json"])
    edit(records[0])
    members[f"data/{table}.json"] = json.dumps(records).encode()
    hostile = zip_members(tmp_path / "ranges.gapkit", resign(members, field.a_key))
    before = state(council)

    status, printed = gapkit(council, capsys, "import", str(hostile))

    assert status == 1
    assert "ranges.gapkit" in printed and f"data/{table}.json, record 1" in printed
    assert reason in printed
    assert state(council) == before


@pytest.mark.parametrize(
    ("table", "placed"),
    [
        ("responses", 12345.678),
        ("responses", [12345.678]),
        ("audit_events", {"n": 12345.678}),
        ("audit_events", [12345.678]),
    ],
)
def test_range_a_number_beyond_a_floats_range_is_refused_with_a_plain_reason(
    field: Field,
    council: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    table: str,
    placed: object,
) -> None:
    """1e400 is valid JSON but no float holds it (read, it is infinity): refused, and the
    message says so rather than listing every type the value could have been. Written as
    text so no JSON encoder tidies it."""
    column = "value" if table == "responses" else "new_value"
    enrol(council, field.a, capsys)
    members = unzip(field.a_bundle)
    records = json.loads(members[f"data/{table}.json"])
    records[0][column] = placed
    text = json.dumps(records).replace("12345.678", "1e400", 1)
    members[f"data/{table}.json"] = text.encode()
    hostile = zip_members(tmp_path / "huge.gapkit", resign(members, field.a_key))
    before = state(council)

    status, printed = gapkit(council, capsys, "import", str(hostile))

    assert status == 1
    assert f"data/{table}.json, record 1" in printed
    assert f"{column} holds a number beyond the range numbers can have" in printed
    assert state(council) == before


@pytest.mark.parametrize("bundle_seq", [2**70, 10**8])
def test_range_huge_bundle_numbers_are_refused(
    field: Field, council: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], bundle_seq: int
) -> None:
    enrol(council, field.a, capsys)
    members = unzip(field.a_bundle)
    manifest = json.loads(members[MANIFEST_FILE])
    manifest["bundle_seq"] = bundle_seq
    members[MANIFEST_FILE] = json.dumps(manifest).encode()
    hostile = zip_members(tmp_path / "seq.gapkit", resign(members, field.a_key))
    before = state(council)
    status, printed = gapkit(council, capsys, "import", str(hostile))
    assert status == 1 and "seq.gapkit" in printed and "bundle_seq" in printed
    assert state(council) == before


def test_range_gap_lists_are_runs_not_lists() -> None:
    from sync.merge import describe_ranges, missing_sequence_ranges

    runs = missing_sequence_ranges([1, 2, 5, 1_000_000])
    assert runs == [(3, 4), (6, 999_999)]
    assert describe_ranges(runs) == "3-4, 6-999999"


# -- 9. CSV formulas in the council's own export -------------------------------------------------

FORMULAS = [
    "=1+1",
    " =1+1",
    "\n=1+1",
    "\u00a0=1+1",
    "+1+1",
    "-1+1",
    "@SUM(1,1)",
    "\t=1+1",
    "\r=1+1",
    "\uff1d1+1",
    "\uff0b1+1",
    "\uff0d1+1",
    "\uff20SUM(1,1)",
]


@pytest.mark.parametrize("value", FORMULAS)
def test_csv_formula_guard_covers_owasp_starts(value: str) -> None:
    from sync.codecs import needs_formula_guard

    assert needs_formula_guard(value)
    assert not needs_formula_guard("Batley Boxing Club")
    assert not needs_formula_guard("2 + 2 = 4")


def test_csv_council_export_opened_in_libreoffice_evaluates_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    """Every OWASP formula start in the council's own export stays text in LibreOffice Calc,
    imported with formulas evaluated and spaces trimmed (the most dangerous settings)."""
    import shutil
    import subprocess

    import openpyxl

    from desktop.services import open_services

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (install libreoffice-calc-nogui)")
    services = open_services(data_dir)
    try:
        for index, value in enumerate(FORMULAS):
            services.organisations.create(
                {
                    "name": f"Group {index}",
                    "legal_form": "cic",
                    "postcode": "HD1 2AB",
                    "notes": value,
                }
            )
        bundle = services.exports.export_bundle(tmp_path / "council.gapkit").path
    finally:
        services.close()
    folder = tmp_path / "csv"
    folder.mkdir()
    csv_file = folder / "organisations.csv"
    with zipfile.ZipFile(bundle) as archive:
        csv_file.write_bytes(archive.read("data/organisations.csv"))
    # Tokens: comma, double quote, UTF-8, from line 1, default column formats, English (UK),
    # quoted fields as text off, detect special numbers on, -, -, trim spaces on, -,
    # evaluate formulas on.
    options = "44,34,76,1,,2057,false,true,false,false,true,false,true"
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            f"--infilter=CSV:{options}",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(folder),
            str(csv_file),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    converted = folder / "organisations.xlsx"
    assert converted.exists(), done.stdout + done.stderr
    sheet = openpyxl.load_workbook(converted).active
    rows = list(sheet.iter_rows())
    headers = [cell.value for cell in rows[0]]
    notes = [dict(zip(headers, row, strict=False))["notes"] for row in rows[1:]]
    assert len(notes) == len(FORMULAS)
    for cell in notes:
        assert cell.data_type == "s", (cell.value, cell.data_type)
        assert (
            str(cell.value).startswith("'") or "1+1" in str(cell.value) or "SUM" in str(cell.value)
        )
        assert cell.value not in (2, 0, "2", "0")


# -- 10. faults: disk full, read-only, damaged, not ours ----------------------------------------


def _used_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "used"
    open_store(data_dir=folder, device_name="Council").close()
    (folder / "keys").mkdir(exist_ok=True)
    return folder


def test_fault_zero_byte_database_in_a_used_folder_is_damaged_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _used_folder(tmp_path)
    database = folder / "gapkit.sqlite3"
    database.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (folder / f"gapkit.sqlite3{suffix}").unlink(missing_ok=True)
    status, printed = gapkit(folder, capsys, "orgs", "list")
    assert status == 1 and "gapkit.sqlite3" in printed and "damaged" in printed
    assert "backups" in printed
    assert database.stat().st_size == 0  # never silently replaced by a new, empty database


def test_fault_zero_byte_database_in_a_brand_new_folder_starts_afresh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "gapkit.sqlite3").write_bytes(b"")
    assert gapkit(folder, capsys, "orgs", "list")[0] == 0


def test_fault_truncated_database_is_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _used_folder(tmp_path)
    database = folder / "gapkit.sqlite3"
    database.write_bytes(database.read_bytes()[:10])
    status, printed = gapkit(folder, capsys, "orgs", "list")
    assert status == 1 and "damaged" in printed and "cut short" in printed


@pytest.mark.parametrize("kind", ["not sqlite", "another program's sqlite"])
def test_fault_file_that_is_not_ours_is_named_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    import sqlite3

    folder = _used_folder(tmp_path)
    database = folder / "gapkit.sqlite3"
    database.unlink()
    for suffix in ("-wal", "-shm"):
        (folder / f"gapkit.sqlite3{suffix}").unlink(missing_ok=True)
    if kind == "not sqlite":
        database.write_bytes(b"%PDF-1.7 not a database at all" * 100)
    else:
        with sqlite3.connect(database) as other:
            other.execute("CREATE TABLE recipes (name TEXT)")
    status, printed = gapkit(folder, capsys, "orgs", "list")
    assert status == 1 and "is not a GAP Field Kit database" in printed
    assert "damaged" not in printed


def test_fault_corrupted_pages_are_found_by_db_check_and_block_imports(
    field: Field, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "council"
    store = open_store(data_dir=folder, device_name="Council")
    store.close()
    enrol(folder, field.a, capsys)
    assert gapkit(folder, capsys, "import", str(field.a_bundle))[0] == 0
    assert gapkit(folder, capsys, "db", "check")[0] == 0
    database = folder / "gapkit.sqlite3"
    import sqlite3

    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'responses'"
        ).fetchone()[0]
    data = bytearray(database.read_bytes())
    start = (root - 1) * page_size
    data[start + 8 : start + page_size] = bytes(range(256)) * ((page_size - 8) // 256) + bytes(
        (page_size - 8) % 256
    )
    database.write_bytes(bytes(data))

    status, printed = gapkit(folder, capsys, "db", "check")
    assert status == 1 and "DAMAGED" in printed
    status, printed = gapkit(folder, capsys, "import", str(field.b_bundle))
    assert status == 1 and field.b_bundle.name in printed
    assert "database itself is damaged" in printed or "damaged" in printed


def test_fault_read_only_data_folder_is_not_called_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes to read-only folders; see the disk-full test instead")
    folder = _used_folder(tmp_path)
    for path in (folder / "gapkit.sqlite3", folder):
        path.chmod(0o555)
    try:
        status, printed = gapkit(folder, capsys, "orgs", "list")
    finally:
        folder.chmod(0o755)
    assert status == 1 and "cannot be written to" in printed and "not damaged" in printed


def test_fault_disk_full_and_read_only_are_told_apart_from_damage(tmp_path: Path) -> None:
    """The words for each fault, from the errors SQLite and the OS really give."""
    import errno
    import sqlite3

    from desktop.store.db import classify_sqlite_error

    path = tmp_path / "gapkit.sqlite3"
    full = classify_sqlite_error(path, sqlite3.OperationalError("database or disk is full"))
    no_space = classify_sqlite_error(path, OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)))
    read_only = classify_sqlite_error(
        path, sqlite3.OperationalError("attempt to write a readonly database")
    )
    read_only_fs = classify_sqlite_error(path, OSError(errno.EROFS, os.strerror(errno.EROFS)))
    damaged = classify_sqlite_error(path, sqlite3.DatabaseError("database disk image is malformed"))
    assert full.kind == no_space.kind == "disk full" and "not damaged" in str(full)
    assert read_only.kind == read_only_fs.kind == "read-only" and "not damaged" in str(read_only)
    assert damaged.kind == "damaged" and "backups" in str(damaged)


def test_fault_disk_full_on_a_real_tiny_filesystem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A real full disk: a 1 MB tmpfs (needs root to mount; skipped otherwise)."""
    import subprocess

    mount = tmp_path / "tiny"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=600k", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    try:
        folder = mount / "data"
        status, printed = gapkit(folder, capsys, "orgs", "list")
        if status == 0:
            with contextlib.suppress(OSError), (mount / "filler").open("wb", buffering=0) as f:
                while True:
                    f.write(bytes(4096))
            status, printed = gapkit(folder, capsys, "demo", "--orgs", "200")
        assert status == 1 and "full" in printed and "not damaged" in printed
    finally:
        # Lazily: a connection this process still holds in it would make a plain umount
        # fail, leaving a mount pytest cannot clear from its temporary folders.
        subprocess.run(["umount", "--lazy", str(mount)], check=False)


def test_fault_partial_file_left_by_a_killed_export_is_removed_next_time(
    data_dir: Path, tmp_path: Path
) -> None:
    from desktop.services import open_services

    out = tmp_path / "stick"
    out.mkdir()
    leftover = out / ".gapkit-laptop-2026-12-01.gapkit.abc123.partial"
    leftover.write_bytes(b"half a bundle")
    services = open_services(data_dir)
    try:
        services.organisations.create({"name": "Club", "legal_form": "cic", "postcode": "HD1 2AB"})
        result = services.exports.export_bundle(out)
    finally:
        services.close()
    assert result.path.exists()
    assert not leftover.exists()
    assert not list(out.glob("*.partial")) and not list(out.glob(".*.partial"))
