"""Council pages driven as staff would: import real bundles, approve, settle conflicts, toggle.

Bundles come from a real second data folder (a "laptop") through the real export service.
"""

from __future__ import annotations

import ast
import csv
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from desktop.services import Services
from desktop.services.devices import DeviceService
from desktop.services.settings import SettingKey
from desktop.services.sync.export import ExportService
from desktop.services.sync.trust import TrustedDeviceService
from desktop.store.db import Store, open_store
from desktop.ui.changes import Changed


class Laptop:
    """A field laptop with its own data folder, device key and bundles folder."""

    def __init__(self, root: Path, name: str) -> None:
        self.name = name
        folder = root / name.replace(" ", "-").lower()
        self.store: Store = open_store(data_dir=folder, device_name=name)
        self.services = Services(self.store)
        self.out = root / f"{folder.name}-bundles"
        self.out.mkdir(parents=True, exist_ok=True)

    def register(self, count: int, seed: int = 7) -> None:
        from desktop.demo.organisations import demo_organisations

        ward_list = self.services.organisations.ward_list
        self.services.organisations.create_many(
            demo_organisations(count, seed=seed, ward_list=ward_list)
        )

    def export(self) -> Path:
        return ExportService(self.store).export_bundle(self.out, include_drafts=True).path

    def enrol_at(self, council: Services) -> None:
        TrustedDeviceService(council.store).enrol(DeviceService(self.store).info())

    def close(self) -> None:
        self.store.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Iterator[Laptop]:
    made = Laptop(tmp_path / "field", "Laptop 3")
    yield made
    made.close()


@pytest.fixture
def council_window(qtbot: Any, services: Services):  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow

    window = MainWindow(services, council=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def import_page(council_window):  # type: ignore[no-untyped-def]
    council_window.show_page("import")
    return council_window.page("import")


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmation boxes answer Yes (the real dialog would block a headless test)."""
    asked: list[str] = []

    def question(parent: Any, title: str, text: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def trust(parent: Any, name: str, fingerprint: str, what: str) -> bool:
        asked.append(f"{name} {fingerprint} {what}")
        return True

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr("desktop.ui.widgets.confirm.ask_to_trust", trust)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    return asked


def import_and_wait(qtbot: Any, page: Any, paths: list[Path]) -> list[Any]:
    """Import and wait for the page to announce the change; the summaries it added."""
    shown = len(page.results.rows)
    with qtbot.waitSignal(page.data_changed, timeout=30_000) as blocker:
        page.import_paths(paths)
    assert blocker.args[0].what & Changed.BUNDLE == Changed.BUNDLE
    return page.results.rows[shown:]


def test_import_page_merges_a_bundle_from_an_enrolled_laptop_and_shows_its_summary(
    qtbot, services, laptop, import_page
):
    laptop.register(6)
    bundle = laptop.export()
    laptop.enrol_at(services)

    summaries = import_and_wait(qtbot, import_page, [bundle])

    assert [s.status for s in summaries] == ["merged"]
    row = import_page.results.rows[0]
    model = import_page.results
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert cells[0] == bundle.name
    assert cells[1] == "Laptop 3"
    assert cells[3] == "Merged"
    assert int(cells[4]) == row.added and row.added >= 6
    assert "1 bundle merged" in import_page.summary_label.text()
    assert services.organisations.count() == 6
    assert not import_page.progress.isVisible()
    # the history tab records it too
    assert [entry.status for entry in import_page.history.rows] == ["merged"]


def test_an_import_finishing_in_the_background_refreshes_the_page_on_screen(
    qtbot, services, laptop, council_window
):
    """The import page announces what changed; the Organisations page, now in front, shows it."""
    laptop.register(4)
    bundle = laptop.export()
    laptop.enrol_at(services)
    organisations = council_window.page("organisations")
    import_page = council_window.page("import")
    council_window.show_page("organisations")
    assert organisations.table_model.rowCount() == 0

    with qtbot.waitSignal(council_window.data_changed, timeout=30_000) as blocker:
        import_page.import_paths([bundle])

    change = blocker.args[0]
    assert change.origin is import_page and change.what & Changed.ORGANISATIONS
    assert council_window.current_page_key() == "organisations"
    assert organisations.table_model.rowCount() == 4


def test_importing_the_same_bundle_twice_says_already_imported(
    qtbot, services, laptop, import_page
):
    laptop.register(3)
    bundle = laptop.export()
    laptop.enrol_at(services)
    import_and_wait(qtbot, import_page, [bundle])
    import_and_wait(qtbot, import_page, [bundle])
    model = import_page.results
    assert model.data(model.index(1, 3)) == "Already imported"
    assert services.organisations.count() == 3


def test_a_bundle_from_an_unknown_laptop_waits_and_approving_imports_it(
    qtbot, services, laptop, import_page, answer_yes
):
    laptop.register(4)
    bundle = laptop.export()

    summaries = import_and_wait(qtbot, import_page, [bundle])

    assert [s.status for s in summaries] == ["waiting"]
    assert import_page.results.data(import_page.results.index(0, 3)) == "Waiting for approval"
    assert services.organisations.count() == 0
    assert len(import_page.waiting.rows) == 1
    assert "Waiting for approval (1)" in import_page.waiting_heading.text()
    assert import_page.approve_button.isEnabled()

    with qtbot.waitSignal(import_page.data_changed, timeout=30_000):
        import_page.approve_button.click()

    # staff were shown the fingerprint to compare with the laptop's
    fingerprint = DeviceService(laptop.store).info().fingerprint
    assert fingerprint in answer_yes[0]
    # the merged row replaces the stale "waiting" one
    assert [s.status for s in import_page.results.rows] == ["merged"]
    assert services.organisations.count() == 4
    assert import_page.waiting.rows == []
    device = TrustedDeviceService(services.store).get(laptop.store.device_id)
    assert device.status == "enrolled"


def test_a_rejected_bundle_is_shown_in_red_with_its_reason(qtbot, services, tmp_path, import_page):
    broken = tmp_path / "broken.gapkit"
    broken.write_bytes(b"this is not a zip file")
    summaries = import_and_wait(qtbot, import_page, [broken])
    assert summaries[0].status == "rejected"
    model = import_page.results
    assert model.data(model.index(0, 3)) == "Rejected"
    assert model.data(model.index(0, 8))  # what is wrong is said
    assert "1 rejected" in import_page.summary_label.text()


def test_a_missing_bundle_number_is_reported_per_device(qtbot, services, laptop, import_page):
    laptop.enrol_at(services)
    bundles = []
    for seed in (1, 2, 3):
        laptop.register(1, seed=seed)
        bundles.append(laptop.export())
    folder = bundles[0].parent / "on-the-stick"
    folder.mkdir()
    for bundle in (bundles[0], bundles[2]):
        bundle.rename(folder / bundle.name)

    import_and_wait(qtbot, import_page, [folder])

    assert import_page.gaps_label.isVisible()
    assert import_page.gaps_label.text() == "Bundle 2 from Laptop 3 never arrived."
    devices = import_page.devices_panel.model.rows
    assert [(row.device.name, row.gaps_text) for row in devices] == [("Laptop 3", "missing 2")]


def test_cancelling_before_the_first_bundle_imports_nothing(qtbot, services, laptop, import_page):
    laptop.enrol_at(services)
    laptop.register(2)
    bundle = laptop.export()
    import_page.import_paths([bundle])
    import_page.cancel()
    qtbot.waitUntil(lambda: not import_page.busy, timeout=30_000)
    assert import_page.cancel_button.isHidden()
    # Either it was cancelled before merging or it had already finished: never half.
    assert services.organisations.count() in (0, 2)


def stored_results(services: Services) -> int:
    from sqlalchemy import func, select

    from desktop.store.models import AssessmentScore

    with services.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(AssessmentScore)) or 0)


def test_cancel_while_storing_results_keeps_the_import_and_leaves_the_rest_to_be_scored_later(
    qtbot, services, laptop, council_window, monkeypatch
):
    from PySide6.QtCore import Qt

    from tests.reports.conftest import register, run_assessment

    # One result per batch, so three completed assessments make three steps to cancel between.
    monkeypatch.setattr("desktop.services.scores.BATCH", 1)
    laptop.enrol_at(services)
    for number in range(3):
        run_assessment(laptop.services, register(laptop.services, f"Mirfield Club {number}"))
    bundle = laptop.export()
    import_page = council_window.page("import")
    council_window.show_page("import")
    cancel_clicked = threading.Event()

    def hold_after_first_result(done: int, _total: int, text: str) -> None:
        # On the worker thread: wait there until the test has pressed Cancel on screen.
        if text.startswith("Storing results") and done == 1:
            cancel_clicked.wait(20)

    import_page.import_paths([bundle])
    import_page._task.signals.progress.connect(
        hold_after_first_result, Qt.ConnectionType.DirectConnection
    )
    qtbot.waitUntil(
        lambda: import_page.progress_label.text() == "Storing results: 1 of 3", timeout=30_000
    )
    assert import_page.progress.maximum() == 3
    qtbot.mouseClick(import_page.cancel_button, Qt.MouseButton.LeftButton)
    # The bundle is committed by now: nothing is rolled back, and the line must not say so.
    assert import_page.progress_label.text().startswith("Cancelling… the import is kept;")
    cancel_clicked.set()
    qtbot.waitUntil(lambda: not import_page.busy, timeout=30_000)

    # The import was committed before its results step: all of it stays.
    assert [row.status for row in import_page.results.rows] == ["merged"]
    assert services.organisations.count() == 3
    assert len(services.assessments.list_summaries(status="completed")) == 3
    assert import_page.results.rows[0].results_left == 2
    assert stored_results(services) == 1
    assert "Cancelled while storing results." in import_page.summary_label.text()
    assert "the 2 results not stored yet" in import_page.summary_label.text()
    # The Overview scores what is missing before it counts, as after a stopped rescore.
    council_window.show_page("overview")
    qtbot.waitUntil(lambda: stored_results(services) == 3, timeout=30_000)


def test_devices_panel_enrols_from_a_device_file_and_revokes(
    qtbot, services, laptop, import_page, answer_yes, tmp_path
):
    device_file = tmp_path / "laptop-3.json"
    device_file.write_text(DeviceService(laptop.store).info().to_json(), encoding="utf-8")
    panel = import_page.devices_panel
    import_page.tabs.setCurrentWidget(panel)

    device = panel.enrol_file(device_file)

    assert device is not None
    assert [(r.device.name, r.status_label) for r in panel.model.rows] == [("Laptop 3", "Trusted")]
    panel.select(device.id)
    assert panel.revoke_button.isEnabled()
    seen: dict[str, Any] = {}
    answer_box(qtbot, seen, click="Revoke")
    panel.revoke_button.click()
    assert "Stop trusting" in seen["text"]
    assert [r.status_label for r in panel.model.rows] == ["Revoked"]


def test_revoking_a_device_is_not_the_default_answer(
    qtbot, services, laptop, import_page, tmp_path
):
    device_file = tmp_path / "laptop-3.json"
    device_file.write_text(DeviceService(laptop.store).info().to_json(), encoding="utf-8")
    panel = import_page.devices_panel
    import_page.tabs.setCurrentWidget(panel)
    device = panel.enrol_file(device_file)
    assert device is not None
    panel.select(device.id)
    seen: dict[str, Any] = {}
    answer_box(qtbot, seen)
    panel.revoke_button.click()  # Enter on the box: the default
    assert seen["default"] == "Keep trusting"
    assert [r.status_label for r in panel.model.rows] == ["Trusted"]


def _conflicted_organisation(qtbot, services, laptop, import_page) -> str:
    """The council and the laptop both rename one organisation; the laptop's rename is later."""
    laptop.enrol_at(services)
    laptop.services.organisations.create(
        {"name": "Batley Boxing Club", "legal_form": "trust", "postcode": "WF17 5AA"}
    )
    import_and_wait(qtbot, import_page, [laptop.export()])
    (row,) = services.organisations.list_all()
    services.organisations.update(row.id, {"name": "Batley Boxing Club (council)"})
    laptop.services.organisations.update(row.id, {"name": "Batley Amateur Boxing Club"})
    import_and_wait(qtbot, import_page, [laptop.export()])
    return row.id


def test_conflicts_page_use_the_other_value_writes_it_as_a_new_revision(
    qtbot, services, laptop, import_page, council_window
):
    organisation_id = _conflicted_organisation(qtbot, services, laptop, import_page)
    assert services.organisations.get(organisation_id).name == "Batley Amateur Boxing Club"
    council_window.show_page("conflicts")
    page = council_window.page("conflicts")
    assert len(page.model.rows) == 1
    assert page.kept_box.value.toPlainText() == "Batley Amateur Boxing Club"
    assert page.other_box.value.toPlainText() == "Batley Boxing Club (council)"
    assert "Laptop 3" in page.kept_box.origin.text()
    rev_before = services.organisations.get(organisation_id).rev
    asked: list[str] = []
    page.confirm_use_other = lambda _parent, conflict: asked.append(conflict.id) or False
    page.use_other_button.click()  # "Go back": nothing changes
    assert services.organisations.get(organisation_id).name == "Batley Amateur Boxing Club"
    assert len(page.model.rows) == 1 and len(asked) == 1
    page.confirm_use_other = lambda _parent, _conflict: True

    page.use_other_button.click()

    detail = services.organisations.get(organisation_id)
    assert detail.name == "Batley Boxing Club (council)"
    assert detail.rev == rev_before + 1
    trail = services.organisations.audit_trail(organisation_id)
    assert trail[-1].action == "conflict" and trail[-1].field == "name"
    assert page.model.rows == []
    assert "No conflicts" in page.detail_title.text()


def test_conflicts_page_keep_settles_without_changing_the_record(
    qtbot, services, laptop, import_page, council_window
):
    organisation_id = _conflicted_organisation(qtbot, services, laptop, import_page)
    council_window.show_page("conflicts")
    page = council_window.page("conflicts")
    rev_before = services.organisations.get(organisation_id).rev

    page.keep_button.click()

    detail = services.organisations.get(organisation_id)
    assert detail.name == "Batley Amateur Boxing Club"
    assert detail.rev == rev_before
    assert page.model.rows == []
    page.status_filter.setCurrentIndex(page.status_filter.findData("kept"))
    assert [c.status for c in page.model.rows] == ["kept"]


def test_conflicts_page_filters_by_device(qtbot, services, laptop, import_page, council_window):
    _conflicted_organisation(qtbot, services, laptop, import_page)
    council_window.show_page("conflicts")
    page = council_window.page("conflicts")
    laptop_index = page.device_filter.findData(laptop.store.device_id)
    assert laptop_index > 0
    page.device_filter.setCurrentIndex(laptop_index)
    assert len(page.model.rows) == 1
    page.since_check.setChecked(True)
    page.since_date.setDate(page.since_date.date().currentDate().addDays(1))
    assert page.model.rows == []


def test_council_mode_switch_in_settings_shows_and_hides_the_council_pages(
    qtbot, services, main_window
):
    assert "import" not in main_window.page_keys()
    main_window.show_page("settings")
    settings = main_window.page("settings")

    settings.council_check.click()

    assert {"import", "overview", "conflicts"} <= set(main_window.page_keys())
    assert services.settings.get(SettingKey.COUNCIL_MODE) is True
    assert main_window.current_page_key() == "settings"
    assert main_window.side_bar.count() == len(main_window.page_keys())
    assert "Import" in settings.council_message.text()

    main_window.show_page("import")
    main_window.show_page("settings")
    settings.council_check.click()

    assert "import" not in main_window.page_keys()
    assert services.settings.get(SettingKey.COUNCIL_MODE) is False
    assert main_window.current_page_key() == "settings"


def test_saved_council_mode_applies_when_the_window_opens(qtbot, services):
    from desktop.ui.main_window import MainWindow

    services.settings.set(SettingKey.COUNCIL_MODE, True)
    window = MainWindow(services)
    qtbot.addWidget(window)
    assert "overview" in window.page_keys()
    assert window.windowTitle().endswith("council")


def test_overview_page_shows_counts_needs_and_readiness(qtbot, services, council_window):
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations

    ward_list = services.organisations.ward_list
    services.organisations.create_many(demo_organisations(40, seed=3, ward_list=ward_list))
    add_demo_assessments(services, 60, seed=3)
    completed = [a.id for a in services.assessments.list_summaries(status="completed")]
    services.settings.set("council_mode", True)
    services.reviews.set_state(completed, "approved")  # only approved work counts by default

    council_window.show_page("overview")
    page = council_window.page("overview")
    qtbot.waitUntil(lambda: page.overview is not None and not page.busy, timeout=30_000)

    assert "40 organisations registered in all wards" in page.summary.text()
    assert sum(count for _label, count in page.ward_chart.items) == 40
    assert sum(count for _label, count in page.legal_form_chart.items) == 40
    assert page.needs_model.rowCount() >= 2  # at least one ward and the "All wards" row
    assert page.needs_model.columnCount() >= 1
    assert page.readiness_chart.categories
    assert "Q" in page.readiness_chart.accessibleDescription()

    ward = page.ward_filter.itemData(1)
    page.ward_filter.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not page.busy and page.overview.ward == ward, timeout=30_000)
    assert page.ward_chart.items[0][0] == ward


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def previewed(qtbot: Any, dialog: Any, path: Path) -> None:
    """The spreadsheet import dialog loads `path` and shows its dry run."""
    dialog.load(path)
    qtbot.waitUntil(
        lambda: dialog.import_result is not None and dialog._task is None, timeout=10_000
    )


def test_spreadsheet_dialog_previews_bad_rows_and_imports_the_good_ones_when_told(
    qtbot, services, tmp_path, import_page
):
    from desktop.ui.dialogs.import_csv import ImportCsvDialog

    path = write_rows(
        tmp_path / "register.csv",
        [
            ["Organisation name", "Legal structure", "Post code", "Shoe size"],
            ["Holme Valley Food Bank", "Trust", "HD9 3AA", "9"],
            ["Bad Postcode Group", "Trust", "XX1", "10"],
        ],
    )
    dialog = ImportCsvDialog(services, import_page)
    qtbot.addWidget(dialog)
    previewed(qtbot, dialog, path)

    assert [o.status for o in dialog.outcomes.rows] == ["added", "bad"]
    assert dialog.outcomes.data(dialog.outcomes.index(1, 0)) == "3"
    assert "Postcode" in dialog.outcomes.data(dialog.outcomes.index(1, 3))
    assert "Shoe size" in dialog.mapping_notes.text()
    assert not dialog.import_button.isEnabled()  # all or nothing, and one row is bad

    dialog.skip_bad.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    assert [row.name for row in services.organisations.list_all()] == ["Holme Valley Food Bank"]


def choose_field(dialog: Any, header: str, field: str) -> None:
    """Map one column to a field by choosing it in that column's box, as a person does."""
    row = list(dialog.sheet.headers).index(header)
    box: QComboBox = dialog.mapping_table.cellWidget(row, 1)
    box.setCurrentIndex(box.findData(field))  # -1 (nothing chosen) if it is not offered


def test_spreadsheet_dialog_mapping_can_be_changed(qtbot, services, tmp_path, import_page):
    from desktop.ui.dialogs.import_csv import ImportCsvDialog

    path = write_rows(
        tmp_path / "register.csv",
        [["Group", "Form", "PC"], ["Holme Valley Food Bank", "Trust", "HD9 3AA"]],
    )
    dialog = ImportCsvDialog(services, import_page)
    qtbot.addWidget(dialog)
    previewed(qtbot, dialog, path)
    assert dialog.outcomes.rows[0].status == "bad"  # "Form" and "PC" mean nothing yet

    choose_field(dialog, "Form", "legal_form")
    qtbot.waitUntil(lambda: dialog._task is None, timeout=10_000)
    choose_field(dialog, "PC", "postcode")
    qtbot.waitUntil(
        lambda: dialog._task is None and dialog.outcomes.rows[0].status == "added",
        timeout=10_000,
    )
    assert dialog.import_button.isEnabled()


CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView, QDateEdit, QPlainTextEdit)


def _unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or widget.accessibleName():
            continue
        # Qt's own parts of compound widgets (table headers, a date edit's inner line edit,
        # a tab bar's scroll arrows, a combo box's pop-up list) are named through the widget that owns them.
        if isinstance(widget, QHeaderView) or widget.objectName().startswith("qt_"):
            continue
        if widget.parent() is not None and widget.parent().inherits("QAbstractSpinBox"):
            continue
        if widget.parent() is not None and widget.parent().inherits("QTabBar"):
            continue
        if widget.parent() is not None and widget.parent().inherits("QLineEdit"):
            continue  # a line edit's own clear button
        if widget.parent() is not None and widget.parent().inherits("QComboBoxPrivateContainer"):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_on_the_council_pages_has_an_accessible_name(qtbot, services, council_window):
    from desktop.ui.dialogs.import_csv import ImportCsvDialog

    for key in ("import", "conflicts", "overview", "settings"):
        council_window.show_page(key)
        page = council_window.page(key)
        assert _unnamed_controls(page) == [], key
    dialog = ImportCsvDialog(services, council_window)
    qtbot.addWidget(dialog)
    assert _unnamed_controls(dialog) == []
    overview = council_window.page("overview")
    qtbot.waitUntil(lambda: not overview.busy, timeout=30_000)


# -- issue 13, items 14 and 19: trusting is never the default, no stale rows, no CLI words

UI = Path(__file__).resolve().parents[2] / "desktop" / "ui"


def answer_box(qtbot: Any, seen: dict[str, Any], click: str | None = None) -> None:
    """When the next modal box opens, note its default button and press Enter on it
    (or click the button labelled `click`)."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen["default"] = box.defaultButton().text()
        seen["text"] = box.text() + box.informativeText()
        if click is None:
            box.defaultButton().click()
        else:
            next(b for b in box.buttons() if b.text() == click).click()

    QTimer.singleShot(20, look)


def test_trusting_a_device_is_not_the_default_answer(qtbot, services, laptop, import_page):
    from desktop.services.devices import DeviceService
    from desktop.services.sync.trust import TrustedDeviceService

    laptop.register(2)
    import_and_wait(qtbot, import_page, [laptop.export()])
    assert len(import_page.waiting.rows) == 1
    import_page.waiting_table.selectRow(0)
    seen: dict[str, Any] = {}
    answer_box(qtbot, seen)
    import_page.approve_selected()  # Enter on the box: the default
    assert seen["default"] == "Not now"
    assert DeviceService(laptop.store).info().fingerprint in seen["text"]
    assert "gapkit" not in seen["text"]
    assert TrustedDeviceService(services.store).get(laptop.store.device_id).status == "pending"
    assert services.organisations.count() == 0


def test_an_approved_bundle_leaves_no_waiting_row(
    qtbot, services, laptop, import_page, monkeypatch
):
    laptop.register(3)
    import_and_wait(qtbot, import_page, [laptop.export()])
    assert [r.status for r in import_page.results.rows] == ["waiting"]
    monkeypatch.setattr("desktop.ui.widgets.confirm.ask_to_trust", lambda *a: True)
    import_page.waiting_table.selectRow(0)
    with qtbot.waitSignal(import_page.data_changed, timeout=30_000):
        import_page.approve_selected()
    assert [r.status for r in import_page.results.rows] == ["merged"]
    assert import_page.waiting.rows == []


def test_no_screen_tells_staff_to_run_a_command():
    """Buttons do these jobs; the GUI's own words never send people to the command line."""
    offenders = []
    for path in UI.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and re.search(r"(?<!\.)gapkit [a-z-]", node.value)
            ):
                offenders.append(f"{path.name}:{node.lineno}: {node.value}")
    assert offenders == []
