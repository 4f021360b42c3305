"""council-setup.json and the data folder's use: checked whole, applied all-or-nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.errors import UserError
from desktop.services import Services
from desktop.services.settings import SettingKey
from desktop.services.setup import (
    SETUP_FILE_NAME,
    SetupFileError,
    Use,
    find_council_setup,
    read_council_setup,
)
from sync.keys import CouncilKeyPair, DeviceKey


@pytest.fixture
def services(store) -> Services:  # type: ignore[no-untyped-def]
    return Services(store)


@pytest.fixture
def council_keys(tmp_path: Path) -> CouncilKeyPair:
    return CouncilKeyPair.generate(tmp_path / "council-keys")


@pytest.fixture
def council_device_json() -> dict[str, str]:
    info = DeviceKey.generate().device_info("5f0c1d9e-1111-4222-8333-944455556666", "Council hub")
    return json.loads(info.model_dump_json())


def _write(folder: Path, data: object, name: str = SETUP_FILE_NAME) -> Path:
    path = folder / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, "utf-8")
    return path


def test_a_complete_setup_file_is_read(tmp_path, council_keys, council_device_json):
    path = _write(
        tmp_path,
        {
            "gapkit_setup": 1,
            "council": "Kirklees Council",
            "use": "group",
            "council_public_key": council_keys.public_key_b64,
            "council_device": council_device_json,
        },
    )
    setup = read_council_setup(path)
    assert setup.council == "Kirklees Council"
    assert setup.use is Use.GROUP
    assert setup.council_public_key == council_keys.public_key_b64
    assert setup.council_public_key_fingerprint == council_keys.fingerprint
    assert setup.council_device is not None and setup.council_device.name == "Council hub"
    assert "Kirklees Council" in setup.describe()


def test_key_files_next_to_the_setup_file_are_read(tmp_path, council_keys):
    (tmp_path / "council.pub").write_bytes(council_keys.public_key_path.read_bytes())
    path = _write(
        tmp_path,
        {
            "gapkit_setup": 1,
            "council": "Kirklees Council",
            "council_public_key_file": "council.pub",
        },
    )
    assert read_council_setup(path).council_public_key_fingerprint == council_keys.fingerprint


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ({"council": "Kirklees"}, '"gapkit_setup" is missing'),
        ({"gapkit_setup": 1}, '"council" is missing'),
        ({"gapkit_setup": 2, "council": "K"}, "reads 1"),
        ({"gapkit_setup": 1, "council": "K", "usee": "group"}, '"usee" is not a setup key'),
        ({"gapkit_setup": 1, "council": "K", "use": "manager"}, '"use" is "manager"'),
        ({"gapkit_setup": 1, "council": "K", "use": "group"}, 'no "council_public_key"'),
        (
            {"gapkit_setup": 1, "council": "K", "council_public_key": "not a key"},
            "is not a council public key",
        ),
        (
            {"gapkit_setup": 1, "council": "K", "council_public_key_file": "missing.pub"},
            "which is not in",
        ),
        (
            {"gapkit_setup": 1, "council": "K", "council_device": {"device_id": "x"}},
            '"council_device" is not a usable device file',
        ),
        ('{"gapkit_setup": 1, "council": ', "not valid JSON (line 1"),
        ("[1, 2]", "one JSON object"),
    ],
)
def test_a_wrong_setup_file_is_refused_with_a_clear_message(tmp_path, content, expected):
    path = _write(tmp_path, content)
    with pytest.raises(SetupFileError) as caught:
        read_council_setup(path)
    message = str(caught.value)
    assert expected in message
    assert "Nothing was changed" in message
    assert str(path) in message


def test_every_problem_is_listed_at_once(tmp_path):
    path = _write(tmp_path, {"gapkit_setup": 3, "use": "boss", "extra": True})
    with pytest.raises(SetupFileError) as caught:
        read_council_setup(path)
    assert len(caught.value.problems) == 4  # version, council missing, use, unknown key


def test_a_huge_file_is_not_read(tmp_path):
    path = _write(tmp_path, " " * 70_000 + "{}")
    with pytest.raises(SetupFileError, match="too big"):
        read_council_setup(path)


def test_the_setup_file_is_found_in_the_data_folder_first(tmp_path):
    data, install = tmp_path / "data", tmp_path / "app"
    data.mkdir()
    install.mkdir()
    assert find_council_setup(data, install) is None
    _write(install, {})
    assert find_council_setup(data, install) == install / SETUP_FILE_NAME
    _write(data, {})
    assert find_council_setup(data, install) == data / SETUP_FILE_NAME
    bundle_dir = tmp_path / "GAP Field Kit.app" / "Contents" / "MacOS"
    bundle_dir.mkdir(parents=True)
    assert find_council_setup(tmp_path / "nowhere", bundle_dir) is None
    _write(tmp_path, {})
    assert find_council_setup(tmp_path / "nowhere", bundle_dir) == tmp_path / SETUP_FILE_NAME


def test_a_new_folder_needs_first_run_and_an_old_one_keeps_its_use(services):
    assert services.setup.use() is None
    assert services.setup.adopt_existing_folder() is None
    services.organisations.create(
        {"name": "Old Data Club", "legal_form": "cio_association", "postcode": "HD9 3AB"}
    )
    assert services.setup.adopt_existing_folder() is Use.WORKER
    assert services.setup.use() is Use.WORKER


def test_worker_choice_names_the_laptop_and_remembers_the_council_key(services, council_keys):
    services.setup.choose_worker(
        worker_name="  Sam   Ahmed ",
        laptop_name="Field laptop 3",
        council_public_key=str(council_keys.public_key_path),
    )
    assert services.setup.use() is Use.WORKER
    assert services.setup.worker_name() == "Sam Ahmed"
    assert services.store.device_name == "Field laptop 3"
    assert services.devices.info().name == "Field laptop 3"
    remembered = services.exports.remembered_council_key()
    assert remembered is not None and remembered.fingerprint == council_keys.fingerprint


def test_worker_choice_with_a_bad_key_changes_nothing(services, tmp_path):
    bad = tmp_path / "council.pub"
    bad.write_text("not a key", "ascii")
    with pytest.raises(UserError):
        services.setup.choose_worker(
            worker_name="Sam", laptop_name="Field laptop 3", council_public_key=str(bad)
        )
    assert services.setup.use() is None
    assert services.store.device_name == "Test laptop"
    assert services.exports.remembered_council_key() is None


def test_the_council_device_file_is_kept_for_field_packs(services, tmp_path, council_device_json):
    device_file = tmp_path / "council-device.json"
    device_file.write_text(json.dumps(council_device_json), "utf-8")
    services.setup.choose_worker(
        worker_name="Sam", laptop_name="Laptop", council_device=str(device_file)
    )
    trust = getattr(services, "council_trust", None)
    if trust is None:
        kept = services.setup.waiting_council_device()
        assert kept is not None and kept.fingerprint == council_device_json["fingerprint"]
    else:
        assert trust.current().fingerprint == council_device_json["fingerprint"]


def test_council_choice_makes_the_key_once_and_enrols_the_first_laptop(services, tmp_path):
    laptop = DeviceKey.generate().device_info("0b8e7f3a-2222-4333-8444-a55566667777", "Laptop 1")
    laptop_file = tmp_path / "laptop.json"
    laptop_file.write_text(laptop.to_json(), "utf-8")
    keys = services.setup.choose_council(first_device_file=laptop_file, council_name="Kirklees")
    assert keys.made_now and keys.private_key.exists() and keys.public_key.exists()
    assert keys.enrolled_device == "Laptop 1"
    assert services.setup.use() is Use.COUNCIL
    assert services.settings.get(SettingKey.COUNCIL_MODE) is True
    enrolled = {d.name: d.status for d in services.trusted_devices.list()}
    assert enrolled == {"Laptop 1": "enrolled"}
    again = services.setup.choose_council()
    assert not again.made_now and again.fingerprint == keys.fingerprint


def test_group_choice_needs_the_council_key(services, council_keys):
    with pytest.raises(UserError, match="public key"):
        services.setup.choose_group(council_public_key="", council_name="Kirklees")
    assert services.setup.use() is None
    services.setup.choose_group(
        council_public_key=council_keys.public_key_b64, council_name="Kirklees Council"
    )
    assert services.setup.use() is Use.GROUP
    assert services.setup.council_name() == "Kirklees Council"


def test_setup_check_command_reports_a_good_and_a_bad_file(tmp_path, council_keys, capsys):
    from desktop.cli import main

    good = _write(
        tmp_path,
        {
            "gapkit_setup": 1,
            "council": "Kirklees Council",
            "council_public_key": council_keys.public_key_b64,
        },
    )
    assert main(["setup", "check", str(good)]) == 0
    out = capsys.readouterr().out
    assert "usable" in out and council_keys.fingerprint in out
    bad = _write(tmp_path, {"gapkit_setup": 1, "use": "group"}, name="bad.json")
    assert main(["setup", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert '"council" is missing' in err and "Nothing was changed" in err
