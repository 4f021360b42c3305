"""`gapkit import`, `gapkit devices enrol|list|approve|revoke` and `gapkit conflicts`."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.store.db import open_store
from tests.store.sync_helpers import Laptop


@pytest.fixture
def laptop(tmp_path: Path):
    made = Laptop.make(tmp_path / "laptops", "Laptop A")
    made.register(3, seed=21)
    yield made
    made.close()


def _gapkit(council: Path, *args: str) -> int:
    return main(["--data-dir", str(council), *args])


def test_enrol_then_import_prints_a_summary_and_exits_zero(
    laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    council = tmp_path / "council"
    device_file = tmp_path / "device.json"
    device_file.write_text(laptop.info().to_json())
    bundle = laptop.export(full=True)

    assert _gapkit(council, "devices", "enrol", str(device_file)) == 0
    assert laptop.info().fingerprint in capsys.readouterr().out
    assert _gapkit(council, "import", str(bundle)) == 0
    out = capsys.readouterr().out
    assert "merged" in out and "bundle 1 from Laptop A" in out and "added" in out

    assert _gapkit(council, "devices", "list") == 0
    listing = capsys.readouterr().out
    assert "Laptop A" in listing and "enrolled" in listing


def test_rejected_bundle_gives_exit_status_one_with_the_reason(
    laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    council = tmp_path / "council"
    broken = tmp_path / "broken.gapkit"
    broken.write_bytes(laptop.export(full=True).read_bytes()[:500])

    assert _gapkit(council, "import", str(broken)) == 1
    captured = capsys.readouterr()
    assert "REJECTED" in captured.out and "not a zip file" in captured.out
    assert "1 of 1 bundle rejected" in captured.err


def test_unknown_device_waits_until_approved_then_imports(
    laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    council = tmp_path / "council"
    bundle = laptop.export(full=True)

    assert _gapkit(council, "import", str(bundle)) == 0
    assert "WAITING" in capsys.readouterr().out

    # A name or the start of an id could be a stranger's choice: only the full id or
    # fingerprint approves.
    assert _gapkit(council, "devices", "approve", "Laptop A") == 1
    assert "give the device id or the full fingerprint" in capsys.readouterr().err
    assert _gapkit(council, "devices", "approve", laptop.device_id[:8]) == 1
    capsys.readouterr()
    assert _gapkit(council, "devices", "approve", laptop.info().fingerprint) == 0
    out = capsys.readouterr().out
    assert "Approved Laptop A" in out and laptop.info().fingerprint in out and "merged" in out

    store = open_store(data_dir=council)
    try:
        from desktop.services import Services

        assert Services(store).organisations.count() == 3
    finally:
        store.close()


def test_revoke_by_name_and_enrol_by_key(
    laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    council = tmp_path / "council"
    key = laptop.info().public_key
    assert _gapkit(council, "devices", "enrol", "--public-key", key, "--name", "Van laptop") == 0
    assert "first bundle" in capsys.readouterr().out
    assert _gapkit(council, "import", str(laptop.export(full=True))) == 0
    capsys.readouterr()
    assert _gapkit(council, "devices", "revoke", "Van laptop") == 0
    assert "Revoked Van laptop" in capsys.readouterr().out
    assert _gapkit(council, "devices", "enrol") == 1
    assert "device file" in capsys.readouterr().err


def test_conflicts_list_keep_and_use_other(
    laptop, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.services.sync.imports import ImportService

    council = tmp_path / "council"
    other = Laptop.make(tmp_path / "laptops", "Laptop B")
    try:
        start = laptop.export(full=True)
        ImportService(other.store).devices.enrol(laptop.info())
        ImportService(other.store).import_bundle(start)
        org_id = laptop.services.organisations.list_all()[0].id
        laptop.services.organisations.update(org_id, {"notes": "from A"})
        other.services.organisations.update(org_id, {"notes": "from B"})
        bundles = [start, laptop.export(), other.export()]
        for device in (laptop, other):
            path = tmp_path / f"{device.name}.json"
            path.write_text(device.info().to_json())
            assert _gapkit(council, "devices", "enrol", str(path)) == 0
        assert _gapkit(council, "import", *map(str, bundles)) == 0
        assert "1 open conflict" in capsys.readouterr().out

        assert _gapkit(council, "conflicts", "list") == 0
        listing = capsys.readouterr().out
        assert "notes" in listing and "from B" in listing and "from A" in listing
        conflict_id = listing.splitlines()[2].split()[0]

        assert _gapkit(council, "conflicts", "use-other", conflict_id) == 0
        assert "Used the other value" in capsys.readouterr().out
        assert _gapkit(council, "conflicts", "keep", conflict_id) == 1
        assert "already settled" in capsys.readouterr().err
        assert _gapkit(council, "conflicts", "list", "--all", "--since", "2000-01-01") == 0
        assert "reversed" in capsys.readouterr().out
        assert _gapkit(council, "conflicts", "list", "--since", "yesterday") == 1
    finally:
        other.close()
