"""`gapkit export`, `gapkit devices show` and `gapkit keys council-init` on a real data folder."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services import open_services
from sync.keys import DeviceInfo, load_council_private_key
from sync.reader import open_bundle


def gapkit(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def device_info(data_dir: Path) -> DeviceInfo:
    services = open_services(data_dir)
    try:
        return services.devices.info()
    finally:
        services.close()


@pytest.fixture
def registered(data_dir: Path) -> str:
    services = open_services(data_dir)
    try:
        return services.organisations.create(
            {"name": "Marsden Mechanics Trust", "legal_form": "trust", "postcode": "HD7 6AA"}
        ).id
    finally:
        services.close()


def test_devices_show_prints_id_name_key_and_fingerprint(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = gapkit(capsys, "devices", "show")
    info = device_info(data_dir)
    assert status == 0
    for value in (info.device_id, info.name, info.public_key, info.fingerprint):
        assert value in out


def test_devices_show_json_is_a_device_file_the_council_can_read(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, out, _ = gapkit(capsys, "devices", "show", "--json")
    assert status == 0
    device_file = tmp_path / "device.json"
    device_file.write_text(out)
    info = DeviceInfo.read(device_file)
    assert info == device_info(data_dir)


def test_council_init_writes_a_private_key_and_a_public_file_once(
    data_dir: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = tmp_path / "council"
    status, out, _ = gapkit(capsys, "keys", "council-init", "--dir", str(folder))
    assert status == 0
    private = folder / "council.key"
    assert str(private) in out and str(folder / "council.pub") in out
    if os.name == "posix":
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    key = load_council_private_key(private)
    from sync.keys import council_key_fingerprint

    assert council_key_fingerprint(key) in out
    before = private.read_bytes()
    status, _, err = gapkit(capsys, "keys", "council-init", "--dir", str(folder))
    assert status == 1 and "already exists" in err
    assert private.read_bytes() == before


def test_council_init_defaults_to_the_keys_folder_of_the_data_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, _ = gapkit(capsys, "keys", "council-init")
    assert status == 0
    assert (data_dir / "keys" / "council.key").exists()
    assert (data_dir / "keys" / "council.pub").exists()


def test_export_to_a_folder_names_the_file_and_says_what_it_holds(
    data_dir: Path, registered: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    status, out, _ = gapkit(capsys, "export", "--out", str(stick))
    assert status == 0
    (bundle_path,) = stick.iterdir()
    assert bundle_path.name.startswith("gapkit-") and bundle_path.suffix == ".gapkit"
    assert str(bundle_path) in out and "1 organisation," in out
    bundle = open_bundle(bundle_path)
    assert bundle.manifest.bundle_seq == 1 and bundle.manifest.bundle_id in out
    bundle.verify(device_info(data_dir).public_key)
    assert [r["id"] for r in bundle.records("organisations")] == [registered]


def test_second_export_with_no_changes_fails_with_a_message(
    data_dir: Path, registered: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert gapkit(capsys, "export", "--out", str(tmp_path))[0] == 0
    status, _, err = gapkit(capsys, "export", "--out", str(tmp_path))
    assert status == 1 and "Nothing has changed" in err
    status, out, _ = gapkit(capsys, "export", "--full", "--include-drafts", "--out", str(tmp_path))
    assert status == 0 and "Wrote bundle 2 (full)" in out


def test_export_encrypts_to_the_given_key_or_the_remembered_one(
    data_dir: Path, registered: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    council = tmp_path / "council"
    gapkit(capsys, "keys", "council-init", "--dir", str(council))
    explicit = tmp_path / "explicit.gapkit"
    status, out, _ = gapkit(
        capsys, "export", "--encrypt-to", str(council / "council.pub"), "--out", str(explicit)
    )
    assert status == 0 and "Encrypted to the council key" in out
    assert open_bundle(explicit, decrypt_key=council / "council.key").encrypted

    services = open_services(data_dir)
    services.exports.remember_council_key(council / "council.pub")
    services.close()
    remembered = tmp_path / "remembered.gapkit"
    assert gapkit(capsys, "export", "--full", "--out", str(remembered))[0] == 0
    assert open_bundle(remembered, decrypt_key=council / "council.key").encrypted

    plain = tmp_path / "plain.gapkit"
    status, out, _ = gapkit(capsys, "export", "--full", "--no-encrypt", "--out", str(plain))
    assert status == 0 and "Encrypted" not in out
    assert not open_bundle(plain).encrypted


def test_export_without_out_is_a_usage_error(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["export"])
    assert stopped.value.code == 2
    assert "--out" in json.dumps(capsys.readouterr().err)
