"""First run: each path through the dialog, a council-setup.json, Settings, About and Help."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from desktop.services import Services
from desktop.services.settings import SettingKey
from desktop.services.setup import SETUP_FILE_NAME, Use
from desktop.ui.dialogs.first_run import FirstRunDialog
from sync.keys import CouncilKeyPair, DeviceKey


@pytest.fixture
def council_keys(tmp_path: Path) -> CouncilKeyPair:
    return CouncilKeyPair.generate(tmp_path / "council-keys")


def _dialog(qtbot: Any, services: Services, setup_file: Path | None = None) -> FirstRunDialog:
    dialog = FirstRunDialog(services, setup_file)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_control_of_first_run_about_and_help_has_an_accessible_name(qtbot, main_window):
    from tests.ui.test_accessibility import unnamed_controls

    dialog = _dialog(qtbot, main_window.services)
    for index in range(dialog.pages.count()):
        dialog.pages.setCurrentIndex(index)
        assert unnamed_controls(dialog) == []
    assert unnamed_controls(main_window.show_about()) == []
    assert unnamed_controls(main_window.show_help()) == []


def test_worker_path(qtbot, services, council_keys, tmp_path):
    council_device = DeviceKey.generate().device_info(
        "5f0c1d9e-1111-4222-8333-944455556666", "Council hub"
    )
    device_file = tmp_path / "council-device.json"
    device_file.write_text(council_device.to_json(), "utf-8")
    dialog = _dialog(qtbot, services)
    dialog.choice_buttons[Use.WORKER].click()
    assert dialog.pages.currentIndex() == 1
    dialog.worker_name.setText("")
    assert not dialog.start_worker()
    assert dialog.worker_error.isVisible() and "Your name is needed" in dialog.worker_error.text()
    assert services.setup.use() is None
    qtbot.keyClicks(dialog.worker_name, "Sam Ahmed")
    dialog.laptop_name.setText("Kirklees laptop 7")
    dialog.worker_council_device.path.setText(str(device_file))
    dialog.worker_council_pub.path.setText(str(council_keys.public_key_path))
    assert dialog.start_worker()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen is Use.WORKER
    assert services.setup.worker_name() == "Sam Ahmed"
    assert services.store.device_name == "Kirklees laptop 7"
    assert services.exports.remembered_council_key().fingerprint == council_keys.fingerprint
    trust = getattr(services, "council_trust", None)
    kept = trust.current() if trust is not None else services.setup.waiting_council_device()
    assert kept is not None and kept.fingerprint == council_device.fingerprint


def test_group_path_needs_the_council_key(qtbot, services, council_keys):
    dialog = _dialog(qtbot, services)
    dialog.choice_buttons[Use.GROUP].click()
    assert dialog.pages.currentIndex() == 2
    assert not dialog.start_group()
    assert "public key" in dialog.group_error.text()
    dialog.group_council_name.setText("Kirklees Council")
    dialog.group_council_pub.path.setText(str(council_keys.public_key_path))
    assert dialog.start_group()
    assert dialog.chosen is Use.GROUP
    assert services.setup.use() is Use.GROUP
    assert services.exports.remembered_council_key().fingerprint == council_keys.fingerprint


def test_council_path_makes_the_key_and_enrols_the_first_laptop(qtbot, services, tmp_path):
    laptop = DeviceKey.generate().device_info("0b8e7f3a-2222-4333-8444-a55566667777", "Laptop 1")
    laptop_file = tmp_path / "laptop.json"
    laptop_file.write_text(laptop.to_json(), "utf-8")
    dialog = _dialog(qtbot, services)
    dialog.choice_buttons[Use.COUNCIL].click()
    dialog.council_name.setText("Kirklees Council")
    dialog.first_device.path.setText(str(laptop_file))
    assert dialog.start_council()
    assert dialog.chosen is Use.COUNCIL
    assert dialog.council_keys is not None and dialog.council_keys.private_key.exists()
    told = dialog.council_keys_message.text()
    assert dialog.council_keys.fingerprint in told and "council.pub" in told
    assert "Laptop 1" in told
    dialog.council_keys_message.close()
    assert services.settings.get(SettingKey.COUNCIL_MODE) is True
    assert [d.name for d in services.trusted_devices.list()] == ["Laptop 1"]


def test_a_setup_file_preselects_the_path_and_brings_the_key(qtbot, services, council_keys):
    setup = services.store.data_dir / SETUP_FILE_NAME
    setup.write_text(
        json.dumps(
            {
                "gapkit_setup": 1,
                "council": "Kirklees Council",
                "use": "group",
                "council_public_key": council_keys.public_key_b64,
            }
        ),
        "utf-8",
    )
    dialog = _dialog(qtbot, services, setup)
    assert dialog.pages.currentIndex() == 2
    assert "Kirklees Council" in dialog.setup_notice.text()
    assert dialog.group_council_name.text() == "Kirklees Council"
    assert dialog.start_group()
    assert services.exports.remembered_council_key().fingerprint == council_keys.fingerprint
    assert services.setup.council_name() == "Kirklees Council"


def test_a_broken_setup_file_is_reported_and_nothing_of_it_is_used(qtbot, services):
    setup = services.store.data_dir / SETUP_FILE_NAME
    setup.write_text(json.dumps({"gapkit_setup": 1, "use": "group", "counsil": "K"}), "utf-8")
    dialog = _dialog(qtbot, services, setup)
    assert dialog.pages.currentIndex() == 0
    text = dialog.setup_notice.text()
    assert dialog.setup_notice.isVisible()
    assert '"counsil" is not a setup key' in text and '"council" is missing' in text
    assert "Nothing was changed" in text
    assert services.setup.use() is None and services.settings.get(SettingKey.COUNCIL_NAME) is None


def test_first_run_on_a_new_folder_shows_the_chosen_edition(qtbot, services, monkeypatch):
    from desktop.ui import app as app_module
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)

    def choose_group(dialog: FirstRunDialog) -> int:
        dialog.chosen = Use.GROUP
        services.setup._set_use(Use.GROUP)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FirstRunDialog, "exec", choose_group)
    assert app_module.ask_who_uses_it(window, services, services.store.data_dir) == "group"
    assert window.edition == "group"
    assert window.page_keys() == ["our_group", "assessments", "settings"]
    # Asked once: the next start opens straight into the edition.
    assert app_module.ask_who_uses_it(window, services, services.store.data_dir) is None


def test_an_existing_folder_is_not_asked(qtbot, services, organisation, monkeypatch):
    from desktop.ui import app as app_module
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    monkeypatch.setattr(FirstRunDialog, "exec", lambda _self: pytest.fail("asked"))
    assert app_module.ask_who_uses_it(window, services, services.store.data_dir) is None
    assert services.setup.use() is Use.WORKER


def test_settings_changes_who_uses_the_computer(qtbot, main_window, services, council_keys):
    main_window.show_page("settings")
    settings = main_window.page("settings")
    assert "Not chosen yet" in settings.use_label.text()
    dialog = settings.change_use()
    dialog.choice_buttons[Use.GROUP].click()
    dialog.group_council_name.setText("Kirklees Council")
    dialog.group_council_pub.path.setText(str(council_keys.public_key_path))
    assert dialog.start_group()
    qtbot.waitUntil(lambda: main_window.edition == "group")
    assert "community group" in settings.use_label.text()
    assert "organisations" not in main_window.page_keys()
    assert "sync" not in main_window.page_keys()


def test_about_shows_version_data_folder_and_licences(qtbot, main_window, services):
    from desktop.version import app_version

    dialog = main_window.show_about()
    qtbot.waitExposed(dialog)
    assert app_version() in dialog.version_label.text()
    assert app_version() != "unknown"
    assert dialog.data_field.text() == str(services.store.data_dir)
    rows = {
        dialog.table.item(row, 0).text(): dialog.table.item(row, 3).text()
        for row in range(dialog.table.rowCount())
    }
    for name in ("PySide6", "SQLAlchemy", "reportlab", "cryptography", "Noto Sans Gurmukhi"):
        assert rows.get(name), f"{name} missing from About"
    assert "Open Font License" in rows["Noto Sans Gurmukhi"]
    font_row = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())].index(
        "DejaVu Sans"
    )
    dialog.table.selectRow(font_row)
    assert dialog.licence_button.isEnabled()
    dialog.licence_button.click()
    viewer = main_window._help_viewer
    assert "DejaVu" in viewer.reader.toPlainText()


def test_help_menu_opens_the_bundled_docs(qtbot, main_window):
    titles = [action.text() for action in main_window.help_menu.actions()]
    assert "User guide" in titles and "About GAP Field Kit" in titles
    viewer = main_window.show_help("Council setup file")
    qtbot.waitExposed(viewer)
    assert "gapkit_setup" in viewer.reader.toPlainText()
    assert viewer.show_document("User guide")
    assert "GAP Field Kit" in viewer.reader.toPlainText()


def test_a_groups_settings_show_no_council_mode_nor_council_key(
    qtbot, main_window, services, council_keys
):
    """A group's own laptop is no council's and takes no field packs: Settings showed it
    "Council mode" and "Council key (field packs)", sections for council staff and workers."""
    main_window.show_page("settings")
    settings = main_window.page("settings")
    assert settings.council_box.isVisible() and settings.council_trust.isVisible()
    dialog = settings.change_use()
    dialog.choice_buttons[Use.GROUP].click()
    dialog.group_council_name.setText("Kirklees Council")
    dialog.group_council_pub.path.setText(str(council_keys.public_key_path))
    assert dialog.start_group()
    qtbot.waitUntil(lambda: main_window.edition == "group")
    assert not settings.council_box.isVisible()
    assert not settings.council_trust.isVisible()
    assert settings.use_label.isVisible() and settings.ward_path.isVisible()
