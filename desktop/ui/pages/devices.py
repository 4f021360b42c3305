"""Council: the trusted devices section of the Import page (enrol, approve, revoke).

A laptop's bundles are trusted once its device is enrolled (from the device file the laptop
writes) or approved (after its first bundle arrived and staff compared the fingerprint).
Approving a waiting device imports its waiting bundles straight away, in the background.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.format import tr_noop
from desktop.ui.i18n import error_text, tr
from desktop.ui.models.records import Column, RecordsModel
from desktop.ui.pages.import_page import ERROR_COLOUR, WAITING_COLOUR, join_numbers
from desktop.ui.widgets import confirm
from desktop.ui.widgets.tables import fit_columns, make_table
from desktop.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.sync.trust import TrustedDevice

STATUS_LABELS = {
    "enrolled": tr_noop("Devices", "Trusted"),
    "pending": tr_noop("Devices", "Waiting for approval"),
    "revoked": tr_noop("Devices", "Revoked"),
    "local": tr_noop("Devices", "This computer"),
}


@dataclass(frozen=True)
class DeviceRow:
    """One line of the devices table."""

    device: TrustedDevice
    gaps: tuple[tuple[int, int], ...]
    waiting_bundles: int

    @property
    def status_label(self) -> str:
        if self.device.status == "enrolled" and self.device.awaiting_first_bundle:
            return tr("Devices", "Trusted (no bundle yet)")
        if self.device.status in STATUS_LABELS:
            return tr("Devices", STATUS_LABELS[self.device.status])
        return self.device.status

    @property
    def gaps_text(self) -> str:
        if not self.gaps:
            return ""
        return tr("Devices", "missing {numbers}").format(numbers=join_numbers(list(self.gaps)))

    @property
    def enrolled(self) -> datetime | None:
        return self.device.enrolled_at or self.device.created_at


def _colour(row: DeviceRow) -> QColor | None:
    if row.device.status == "revoked":
        return ERROR_COLOUR
    if row.device.status == "pending":
        return WAITING_COLOUR
    return None


DEVICE_COLUMNS = (
    Column(tr_noop("Devices", "Name"), lambda r: r.device.name),
    Column(tr_noop("Devices", "Fingerprint"), lambda r: r.device.fingerprint or ""),
    Column(tr_noop("Devices", "Status"), lambda r: r.status_label),
    Column(tr_noop("Devices", "Last bundle"), lambda r: r.device.last_bundle_seq or "", True),
    Column(tr_noop("Devices", "Waiting"), lambda r: r.waiting_bundles or "", True),
    Column(tr_noop("Devices", "Gaps"), lambda r: r.gaps_text),
    Column(tr_noop("Devices", "Since"), lambda r: r.enrolled),
)


class DevicesPanel(QWidget):
    """The devices whose bundles the council trusts."""

    bundles_imported = Signal(list)
    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.pool = QThreadPool.globalInstance()
        self._task: BackgroundTask | None = None
        self.setAccessibleName("Devices")
        layout = QVBoxLayout(self)

        intro = QLabel(
            tr(
                "Devices",
                "Bundles are imported only from trusted devices. Enrol a laptop from the device "
                "file it saves on its Sync page; a bundle from a device nobody enrolled waits "
                "until you approve the device here, after comparing its fingerprint with the "
                "laptop's.",
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName("About trusted devices")
        layout.addWidget(intro)

        buttons = QHBoxLayout()
        self.enrol_button = QPushButton(tr("Devices", "Enrol from device file…"))
        self.enrol_button.setObjectName("primaryButton")
        self.enrol_button.setAccessibleName("Enrol a device from its device file")
        self.enrol_button.clicked.connect(self.choose_device_file)
        self.approve_button = QPushButton(tr("Devices", "Approve and import its bundles…"))
        self.approve_button.setAccessibleName("Approve the chosen device and import its bundles")
        self.approve_button.clicked.connect(self.approve_selected)
        self.revoke_button = QPushButton(tr("Devices", "Revoke…"))
        self.revoke_button.setAccessibleName("Revoke the chosen device")
        self.revoke_button.clicked.connect(self.revoke_selected)
        buttons.addWidget(self.enrol_button)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.model = RecordsModel(
            DEVICE_COLUMNS, colour=_colour, parent=self, title_context="Devices"
        )
        self.table = make_table(
            self.model,
            "Trusted devices",
            tr(
                "Devices",
                "Name, fingerprint, status, last bundle number and missing bundles of each device",
            ),
        )
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Devices message")
        layout.addWidget(self.message)
        self._update_buttons()

    # -- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        imports = self.services.imports
        gaps = imports.sequence_gaps()
        waiting: dict[str, int] = {}
        for entry in imports.waiting():
            if entry.device_id:
                waiting[entry.device_id] = waiting.get(entry.device_id, 0) + 1
        selected = self.selected()
        rows = [
            DeviceRow(device, tuple(gaps.get(device.id, ())), waiting.get(device.id, 0))
            for device in self.services.trusted_devices.list()
        ]
        self.model.set_rows(rows)
        fit_columns(self.table, widest=420)
        if selected is not None:
            self.select(selected.device.id)
        self._update_buttons()

    def selected(self) -> DeviceRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select(self, device_id: str) -> None:
        for number, row in enumerate(self.model.rows):
            if row.device.id == device_id:
                self.table.selectRow(number)
                return

    def _update_buttons(self, *_args: Any) -> None:
        row = self.selected()
        busy = self._task is not None
        self.approve_button.setEnabled(
            not busy and row is not None and row.device.status == "pending"
        )
        self.revoke_button.setEnabled(
            not busy and row is not None and row.device.status in ("enrolled", "pending")
        )
        self.enrol_button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.status_message.emit(text)

    # -- enrol ---------------------------------------------------------------------------------

    def choose_device_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Devices", "Enrol a device"),
            "",
            tr("Devices", "Device files (*.json);;All files (*)"),
        )
        if path:
            self.enrol_file(Path(path))

    def enrol_file(self, path: Path) -> TrustedDevice | None:
        from desktop.errors import UserError

        try:
            device = self.services.trusted_devices.enrol_file(path)
        except UserError as error:
            self._say(error_text(error))
            QMessageBox.warning(self, tr("Devices", "Enrol a device"), error_text(error))
            return None
        self.refresh()
        self.select(device.id)
        self._say(
            tr(
                "Devices",
                "{name} is trusted now (fingerprint {fingerprint}). Its bundles will be imported.",
            ).format(name=device.name, fingerprint=device.fingerprint)
        )
        return device

    # -- approve -------------------------------------------------------------------------------

    def approve_selected(self) -> None:
        row = self.selected()
        if row is None or row.device.status != "pending":
            return
        what = (
            tr("Devices", "import 1 waiting bundle")
            if row.waiting_bundles == 1
            else tr("Devices", "import {count} waiting bundles").format(count=row.waiting_bundles)
        )
        fingerprint = row.device.fingerprint or tr("Devices", "unknown")
        if confirm.ask_to_trust(self, row.device.name, fingerprint, what):
            self.approve(row.device.id)

    def approve(self, device_id: str) -> None:
        """Approve the device and import its waiting bundles in the background."""
        from desktop.errors import UserError

        try:
            device = self.services.trusted_devices.approve(device_id)
        except UserError as error:
            self._say(error_text(error))
            return
        imports = self.services.imports

        def work(task: BackgroundTask) -> list[Any]:
            return imports.import_waiting_from(device_id)

        task = BackgroundTask(work)
        task.signals.finished.connect(self._approved_imported)
        task.signals.failed.connect(self._task_failed)
        task.signals.crashed.connect(self._task_failed)
        self._task = task
        self._update_buttons()
        self._say(
            tr("Devices", "{name} approved; importing its waiting bundles…").format(
                name=device.name
            )
        )
        task.start(self.pool)

    def _approved_imported(self, summaries: list[Any]) -> None:
        self._task = None
        self.refresh()
        self._say(
            tr("Devices", "Approved; 1 waiting bundle imported.")
            if len(summaries) == 1
            else tr("Devices", "Approved; {count} waiting bundles imported.").format(
                count=len(summaries)
            )
        )
        self.bundles_imported.emit(list(summaries))

    def _task_failed(self, message: str) -> None:
        self._task = None
        self.refresh()
        self._say(message)

    # -- revoke --------------------------------------------------------------------------------

    def revoke_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        # Revoking can't be taken back from here, so "Keep trusting" is the default answer.
        if confirm.confirm_destructive(
            self,
            tr("Devices", "Revoke this device?"),
            tr("Devices", "Stop trusting “{name}”?").format(name=row.device.name),
            tr(
                "Devices",
                "Bundles it sends from now on will be rejected. What it sent before stays in "
                "the register.\n\nDo this for a lost, stolen or retired laptop.",
            ),
            tr("Devices", "Revoke"),
            tr("Devices", "Keep trusting"),
        ):
            self.revoke(row.device.id)

    def revoke(self, device_id: str) -> None:
        from desktop.errors import UserError

        try:
            device = self.services.trusted_devices.revoke(device_id)
        except UserError as error:
            self._say(error_text(error))
            return
        self.refresh()
        self._say(
            tr("Devices", "{name} is revoked: its future bundles will be rejected.").format(
                name=device.name
            )
        )
