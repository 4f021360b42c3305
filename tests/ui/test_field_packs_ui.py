"""Field packs in the real window: trusting the council in Settings, building a pack on the
council's Field packs page, importing it from a laptop's Sync page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.services import Services, open_services
from desktop.services.settings import SettingKey
from tests.store.sync_helpers import trust_council_file


@pytest.fixture
def council(tmp_path: Path) -> Iterator[Services]:
    """The council's installation, with a few organisations of its own."""
    opened = open_services(tmp_path / "council", device_name="Kirklees Council")
    opened.settings.set(SettingKey.COUNCIL_MODE, True)
    for name in ("Mirfield Men's Shed", "Ravensthorpe Youth Café", "Holme Valley Food Bank"):
        opened.organisations.create({"name": name, "legal_form": "cic", "postcode": "HD1 2AB"})
    yield opened
    opened.close()


@pytest.fixture
def council_file(council: Services, tmp_path: Path) -> Path:
    path = tmp_path / "council.json"
    path.write_text(council.devices.info().to_json())
    return path


def _settings_trust_box(main_window: Any) -> Any:
    main_window.show_page("settings")
    return main_window.page("settings").council_trust


def test_the_council_key_is_trusted_only_after_the_fingerprint_is_confirmed(
    main_window: Any, services: Services, council: Services, council_file: Path
) -> None:
    box = _settings_trust_box(main_window)
    shown: list[str] = []
    box.choose_file = lambda _parent: str(council_file)

    def refuse(_parent: Any, info: Any) -> bool:
        shown.append(info.fingerprint)
        return False

    box.confirm_fingerprint = refuse
    box.trust_button.click()
    assert shown == [council.devices.info().fingerprint]
    assert services.council_trust.current() is None

    box.confirm_fingerprint = lambda _parent, _info: True
    box.trust_button.click()
    current = services.council_trust.current()
    assert current is not None and current.fingerprint == shown[0]
    assert shown[0] in box.status.text()


def test_replacing_the_trusted_council_key_asks_again(
    main_window: Any, services: Services, council: Services, council_file: Path, tmp_path: Path
) -> None:
    box = _settings_trust_box(main_window)
    box.confirm_fingerprint = lambda _parent, _info: True
    box.choose_file = lambda _parent: str(council_file)
    box.trust_button.click()
    first = services.council_trust.current()

    other = open_services(tmp_path / "other", device_name="Other Council")
    try:
        other_file = tmp_path / "other.json"
        other_file.write_text(other.devices.info().to_json())
        box.choose_file = lambda _parent: str(other_file)
        asked: list[str] = []
        box.confirm_replace = lambda _parent, current, info: asked.append(info.name) or False
        box.trust_button.click()
        assert asked == ["Other Council"] and services.council_trust.current() == first
        box.confirm_replace = lambda _parent, _current, _info: True
        box.trust_button.click()
        assert services.council_trust.current().name == "Other Council"  # type: ignore[union-attr]
    finally:
        other.close()


def test_building_a_pack_on_the_field_packs_page(
    qtbot: Any, council: Services, tmp_path: Path
) -> None:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(council, council=True)
    window.show()
    qtbot.waitExposed(window)
    try:
        window.show_page("packs")
        page = window.page("packs")
        assert page.history_empty.isVisible()
        out = tmp_path / "stick"
        out.mkdir()
        page.choose_folder = lambda _parent, _start: str(out)
        qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.last_result is not None, timeout=20_000)
        assert page.last_result.organisations_in_scope == 3
        assert list(out.glob("*.gapkit")) == [page.last_result.path]
        assert page.history_model.rowCount() == 1 and page.history_table.isVisible()
    finally:
        window.close()
        window.deleteLater()


def test_importing_a_pack_from_the_sync_page(
    main_window: Any,
    qtbot: Any,
    services: Services,
    council: Services,
    council_file: Path,
    tmp_path: Path,
) -> None:
    trust_council_file(services.store, council_file)
    council.trusted_devices.enrol(services.devices.info())
    pack = council.packs.build_pack(tmp_path, device_id=services.store.device_id).path

    main_window.show_page("sync")
    sync_page = main_window.page("sync")
    sync_page.lower_tabs.setCurrentIndex(1)
    panel = sync_page.council_packs
    assert panel.isVisible()
    assert "Kirklees Council" in panel.trust_label.text()
    assert "No field pack imported yet" in panel.last_pack_label.text()
    panel.choose_pack = lambda _parent, _start: str(pack)
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_summary is not None, timeout=20_000)
    assert panel.last_summary.status == "merged", panel.last_summary.message
    assert len(services.organisations.list_all()) == 3
    assert "Last pack: number 1 from Kirklees Council" in panel.last_pack_label.text()
    assert "added 3 organisations" in panel.last_pack_label.text()

    # the Organisations page shows the colleagues' organisations
    main_window.show_page("organisations")
    organisations = main_window.page("organisations")
    qtbot.waitUntil(lambda: organisations.table_model.rowCount() == 3, timeout=10_000)


HOSTILE_NAME = "Kirklees Council<br><b>Key fingerprint: 0000 1111</b>\nKey fingerprint: 2222 3333"


def test_a_council_name_from_a_file_is_shown_as_one_line_of_plain_text(
    main_window: Any, services: Services, council: Services, tmp_path: Path
) -> None:
    """A device file's name can't lay out a made-up fingerprint: no rich text (a tag makes a
    QMessageBox or QLabel take it as HTML) and no line break of its own."""
    import json

    from desktop.ui.widgets.council_trust import fingerprint_box
    from sync.keys import DeviceInfo

    data = json.loads(council.devices.info().to_json())
    data["name"] = HOSTILE_NAME
    path = tmp_path / "hostile-council.json"
    path.write_text(json.dumps(data))
    info = DeviceInfo.from_json(path.read_text())

    question, _yes = fingerprint_box(main_window, info)
    assert question.textFormat() == Qt.TextFormat.PlainText
    assert (
        "\n" not in question.text() and "<br><b>Key fingerprint: 0000 1111</b>" in question.text()
    )
    question.deleteLater()

    box = _settings_trust_box(main_window)
    box.choose_file = lambda _parent: str(path)
    box.confirm_fingerprint = lambda _parent, _info: True
    box.trust_button.click()
    assert services.council_trust.current() is not None
    page = main_window.page("settings")
    for label in (box.status, page.council_trust_message):
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert "<b>Key fingerprint: 0000 1111</b> Key fingerprint: 2222 3333" in label.text()
    assert box.status.text().count("\n") == 1  # the one between the name and the fingerprint
