"""Settings page: the choices it saves with the data folder and what it tells the user."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.services.settings import SettingKey


@pytest.fixture
def settings_page(main_window):  # type: ignore[no-untyped-def]
    main_window.show_page("settings")
    return main_window.page("settings")


def test_settings_show_this_device_and_the_data_folder(settings_page, services):
    from PySide6.QtWidgets import QLineEdit

    shown = {
        field.accessibleName(): field.text() for field in settings_page.findChildren(QLineEdit)
    }
    assert shown["Device name"] == services.store.device_name
    assert shown["Device id"] == services.store.device_id
    assert shown["Data folder"] == str(services.store.data_dir)
    assert shown["Key fingerprint"] == services.devices.info().fingerprint


def test_a_good_ward_file_is_saved_and_a_bad_one_is_explained(settings_page, services, tmp_path):
    from desktop.registration.wards import wards_dir

    good = sorted(wards_dir().glob("*.yaml"))[-1]
    assert settings_page.set_ward_file(good)
    assert services.settings.get(SettingKey.WARD_FILE) == str(good)
    assert "wards" in settings_page.ward_message.text()

    bad = tmp_path / "wards.yaml"
    bad.write_text("this: [is not, a ward file", encoding="utf-8")
    assert not settings_page.set_ward_file(bad)
    assert services.settings.get(SettingKey.WARD_FILE) == str(good)
    assert "could not be read" in settings_page.ward_message.text()


def test_a_council_key_that_is_not_a_key_is_refused(settings_page, services, tmp_path):
    not_a_key = tmp_path / "council.key"
    not_a_key.write_text("hello", encoding="utf-8")
    assert not settings_page.set_council_key(not_a_key)
    assert services.settings.get(SettingKey.COUNCIL_PRIVATE_KEY) is None
    assert "cannot be used" in settings_page.key_message.text()


def test_a_real_council_key_is_remembered_for_the_importer(settings_page, services, tmp_path):
    from desktop.services.sync.imports import ImportService
    from sync.keys import CouncilKeyPair

    pair = CouncilKeyPair.generate(tmp_path / "keys")
    key_path = Path(pair.private_key_path)
    assert settings_page.set_council_key(key_path)
    assert ImportService(services.store).council_key_path_or_key() == str(key_path)
