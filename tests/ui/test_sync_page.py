"""The Sync page in the real main window: counts, exporting, cancelling, encryption, history."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRunnable, Qt, QThreadPool

from desktop.services import Services
from desktop.services.settings import SettingKey
from sync.keys import CouncilKeyPair
from sync.reader import open_bundle


def register(services: Services, name: str) -> str:
    return services.organisations.create(
        {"name": name, "legal_form": "cic", "postcode": "HD1 2AB"}
    ).id


def start_draft(services: Services, organisation_id: str) -> str:
    return services.assessments.start(organisation_id, "health_check", consent_given=True).id


@pytest.fixture
def sync_page(main_window: Any, qtbot: Any) -> Any:
    main_window.show_page("sync")
    page = main_window.page("sync")
    qtbot.waitUntil(lambda: page.pending is not None)
    return page


def counts_shown(page: Any) -> dict[str, str]:
    return {name: label.text() for name, label in page.count_labels.items()}


def tick(qtbot: Any, box: Any) -> None:
    """Click a check box on its box, as a person would (its middle may be empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def export_to(page: Any, qtbot: Any, folder: Path) -> None:
    page.choose_folder = lambda _parent, _start: str(folder)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.exporting, timeout=20_000)


def test_page_shows_what_is_waiting_per_table(
    services: Services, main_window: Any, qtbot: Any
) -> None:
    for name in ("Mirfield Men's Shed", "Ravensthorpe Youth Café"):
        register(services, name)
    main_window.show_page("sync")
    page = main_window.page("sync")
    qtbot.waitUntil(lambda: page.pending is not None)
    assert counts_shown(page)["organisations"] == "2"
    assert counts_shown(page)["audit_events"] == "2"
    assert counts_shown(page)["responses"] == "0"
    assert "4 records are waiting" in page.summary_label.text()
    assert page.export_button.isEnabled()
    assert page.history_empty.isVisible() and not page.history_table.isVisible()


def test_drafts_are_held_back_unless_included(
    services: Services, main_window: Any, qtbot: Any
) -> None:
    start_draft(services, register(services, "Holme Valley Food Bank"))
    main_window.show_page("sync")
    page = main_window.page("sync")
    qtbot.waitUntil(lambda: page.pending is not None)
    assert counts_shown(page)["assessments"] == "0"
    assert "1 draft assessment is held back" in page.summary_label.text()

    tick(qtbot, page.include_drafts)
    qtbot.waitUntil(lambda: counts_shown(page)["assessments"] == "1")
    assert "held back" not in page.summary_label.text()


def test_export_writes_a_bundle_to_the_chosen_folder_and_lists_it(
    services: Services, sync_page: Any, qtbot: Any, stick: Path
) -> None:
    organisation_id = register(services, "Deighton Community Garden")
    sync_page.refresh_counts()
    qtbot.waitUntil(lambda: counts_shown(sync_page)["organisations"] == "1")

    export_to(sync_page, qtbot, stick)

    (bundle_path,) = stick.iterdir()
    result = sync_page.last_result
    assert result is not None and result.path == bundle_path
    assert sync_page.notice.isVisible()
    assert f"Bundle 1 saved as {bundle_path}" in sync_page.notice.label.text()
    bundle = open_bundle(bundle_path)
    bundle.verify(services.devices.info().public_key)
    assert [r["id"] for r in bundle.records("organisations")] == [organisation_id]
    model = sync_page.history_model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "1"
    assert model.index(0, 4).data() == result.bundle_id
    assert sync_page.history_table.isVisible()
    qtbot.waitUntil(lambda: counts_shown(sync_page)["organisations"] == "0")
    assert "Nothing has changed" in sync_page.summary_label.text()
    assert not sync_page.export_button.isEnabled()
    assert services.settings.get(SettingKey.EXPORT_FOLDER) == str(stick)

    tick(qtbot, sync_page.full_export)
    qtbot.waitUntil(lambda: sync_page.export_button.isEnabled())
    export_to(sync_page, qtbot, stick)
    assert sync_page.history_model.rowCount() == 2
    assert sync_page.history_model.index(0, 3).data() == "everything"


class Blocker(QRunnable):
    """Keeps a one-thread pool busy until released, so a queued export can be cancelled first."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def run(self) -> None:
        self.release.wait(20)


def test_cancelled_export_leaves_nothing_and_says_so(
    services: Services, sync_page: Any, qtbot: Any, stick: Path
) -> None:
    register(services, "Chickenley Community Centre")
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    sync_page.pool = pool
    blocker = Blocker()
    blocker.setAutoDelete(False)
    pool.start(blocker)

    sync_page.start_export(stick)
    assert sync_page.progress.isVisible() and sync_page.cancel_button.isVisible()
    assert not sync_page.export_button.isEnabled()
    qtbot.mouseClick(sync_page.cancel_button, Qt.MouseButton.LeftButton)
    blocker.release.set()
    qtbot.waitUntil(lambda: not sync_page.exporting, timeout=20_000)
    pool.waitForDone(20_000)

    assert list(stick.iterdir()) == []
    assert "Export cancelled; no bundle was written" in sync_page.notice.label.text()
    assert services.exports.history() == []
    assert not sync_page.progress.isVisible()
    qtbot.waitUntil(lambda: sync_page.export_button.isEnabled())


def test_a_missing_folder_is_reported_and_the_page_keeps_working(
    services: Services, sync_page: Any, qtbot: Any, tmp_path: Path
) -> None:
    register(services, "Batley Bulldogs Supporters Club")
    sync_page.refresh_counts()
    qtbot.waitUntil(lambda: sync_page.export_button.isEnabled())
    export_to(sync_page, qtbot, tmp_path / "unplugged")
    assert "USB stick" in sync_page.notice.label.text()
    assert services.exports.history() == []
    assert not (tmp_path / "unplugged").exists()
    assert sync_page.export_button.isEnabled()


def test_encryption_choice_is_remembered_and_used(
    services: Services, sync_page: Any, qtbot: Any, stick: Path, tmp_path: Path
) -> None:
    council = CouncilKeyPair.generate(tmp_path / "council")
    sync_page.choose_council_key = lambda _parent, _start: str(tmp_path / "council" / "council.pub")
    qtbot.mouseClick(sync_page.choose_key_button, Qt.MouseButton.LeftButton)
    assert council.fingerprint in sync_page.encryption_label.text()
    assert services.exports.remembered_council_key().fingerprint == council.fingerprint
    assert sync_page.no_encryption_button.isEnabled()

    register(services, "Marsden Mechanics Trust")
    sync_page.refresh_counts()
    qtbot.waitUntil(lambda: sync_page.export_button.isEnabled())
    export_to(sync_page, qtbot, stick)
    (bundle_path,) = stick.iterdir()
    assert open_bundle(bundle_path, decrypt_key=council.private_key).encrypted
    assert sync_page.history_model.index(0, 3).data() == "changes, encrypted"

    qtbot.mouseClick(sync_page.no_encryption_button, Qt.MouseButton.LeftButton)
    assert "not encrypted" in sync_page.encryption_label.text()
    assert services.exports.remembered_council_key() is None


def test_a_file_that_is_not_a_council_key_is_refused_with_advice(
    services: Services, sync_page: Any, qtbot: Any, tmp_path: Path
) -> None:
    wrong = tmp_path / "holiday-photo.pub"
    wrong.write_bytes(b"\x89PNG not a key")
    sync_page.choose_council_key = lambda _parent, _start: str(wrong)
    qtbot.mouseClick(sync_page.choose_key_button, Qt.MouseButton.LeftButton)
    assert "council-init" in sync_page.notice.label.text()
    assert services.exports.remembered_council_key() is None


def test_every_control_has_an_accessible_name(sync_page: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QProgressBar, QTableView

    ours = sync_page.findChildren(QAbstractButton) + sync_page.findChildren(QTableView)
    for widget in ours:
        if not widget.objectName().startswith("qt_"):  # Qt's own table corner button
            assert widget.accessibleName(), widget
    assert sync_page.findChild(QProgressBar).accessibleName()
    assert sync_page.device_label.text().startswith("This laptop:")
    assert isinstance(sync_page.device_label, QLabel)


def test_device_file_saved_from_the_page_is_what_the_council_enrols(
    services: Services, sync_page: Any, qtbot: Any, tmp_path: Path
) -> None:
    from sync.keys import DeviceInfo

    target = tmp_path / "for-the-council.json"
    sync_page.choose_device_file = lambda _parent, _suggested: str(target)
    qtbot.mouseClick(sync_page.save_device_button, Qt.MouseButton.LeftButton)
    info = DeviceInfo.read(target)
    assert info == services.devices.info()
    assert info.fingerprint in sync_page.notice.label.text()
    assert info.fingerprint in sync_page.device_label.text()


def test_the_council_sync_page_speaks_of_this_computer_not_a_laptop(qtbot, services):
    """Issue 13, item 15."""
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services, council=True)
    qtbot.addWidget(window)
    window.show()
    window.show_page("sync")
    page = window.page("sync")
    qtbot.waitUntil(
        lambda: bool(page.summary_label.text()) and "Counting" not in page.summary_label.text(),
        timeout=10_000,
    )
    words = " ".join(
        (
            page.intro.text(),
            page.summary_label.text(),
            page.device_label.text(),
            page.history_title.text(),
        )
    )
    assert "laptop" not in words.replace("from the laptops", "").replace("Laptops trust", "")
    assert "this computer" in words
