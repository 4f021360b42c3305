"""Settings page: council mode, the council's private key, the ward file, personal data (UK
GDPR), this device, data.

A group's own laptop (the self-assessment edition) is no council's and imports no field
packs: council mode, the council's private key and "Council key (field packs)" are hidden there.

Settings are kept with the data (`services.settings`), so each data folder has its own.
Council mode takes effect at once: the page saves it and announces `data_changed`
(Changed.COUNCIL_MODE); the main window then shows or hides the council pages (Import,
Overview, Conflicts).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.settings import SettingKey
from desktop.ui.changes import Changed, DataChange
from desktop.ui.i18n import error_text, tr
from desktop.ui.pages.base import Page
from desktop.ui.widgets.council_trust import CouncilTrustBox
from desktop.ui.widgets.privacy_box import PrivacyBox
from desktop.ui.widgets.scroll import scroll_area

if TYPE_CHECKING:
    from desktop.services import Services


def council_mode_setting(services: Services) -> bool:
    """Whether this data folder is set to council mode."""
    return bool(services.settings.get(SettingKey.COUNCIL_MODE, False))


def _read_only(text: str, name: str) -> QLineEdit:
    field = QLineEdit(text)
    field.setReadOnly(True)
    field.setAccessibleName(name)
    field.setCursorPosition(0)
    return field


class SettingsPage(Page):
    """Choices kept with this data folder."""

    title = "Settings"

    def __init__(self, services: Services, council: bool = False, parent: QWidget | None = None):
        super().__init__(services, council, parent)
        self._build()

    def _build(self) -> None:
        # The settings scroll on a small screen (1024x600) rather than overflow it.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        content = QWidget()
        outer.addWidget(scroll_area(content, "Settings"))
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(tr("Settings", "Settings"))
        title.setObjectName("pageTitle")
        title.setAccessibleName("Settings")
        layout.addWidget(title)

        # -- who uses this computer
        use_box = QGroupBox(tr("Settings", "Who uses this computer"))
        use_box.setAccessibleName("Who uses this computer")
        use_row = QHBoxLayout(use_box)
        self.use_label = QLabel()
        self.use_label.setWordWrap(True)
        self.use_label.setAccessibleName("Who uses this computer")
        use_row.addWidget(self.use_label, 1)
        change_use = QPushButton(tr("Settings", "Change…"))
        change_use.setAccessibleName("Change who uses this computer")
        change_use.clicked.connect(self.change_use)
        use_row.addWidget(change_use)
        layout.addWidget(use_box)
        self._describe_use()

        # -- council mode
        self.council_box = QGroupBox(tr("Settings", "Council mode"))
        self.council_box.setAccessibleName("Council mode")
        council_layout = QVBoxLayout(self.council_box)
        self.council_check = QCheckBox(
            tr(
                "Settings",
                "Use this computer for council work (import bundles, review conflicts, overview)",
            )
        )
        self.council_check.setAccessibleName("Council mode")
        self.council_check.setChecked(self.council or council_mode_setting(self.services))
        self.council_check.toggled.connect(self.set_council_mode)
        council_layout.addWidget(self.council_check)
        self.council_message = QLabel()
        self.council_message.setWordWrap(True)
        self.council_message.setAccessibleName("Council mode message")
        council_layout.addWidget(self.council_message)
        self._describe_council_mode()

        key_row = QHBoxLayout()
        configured = self.services.settings.get(SettingKey.COUNCIL_PRIVATE_KEY) or ""
        self.key_path = _read_only(str(configured), "Council private key file")
        self.key_path.setPlaceholderText(tr("Settings", "keys/council.key in the data folder"))
        choose_key = QPushButton(tr("Settings", "Choose…"))
        choose_key.setAccessibleName("Choose the council private key file")
        choose_key.clicked.connect(self.choose_council_key)
        key_row.addWidget(QLabel(tr("Settings", "Private key for encrypted bundles")))
        key_row.addWidget(self.key_path, 1)
        key_row.addWidget(choose_key)
        council_layout.addLayout(key_row)
        self.key_message = QLabel()
        self.key_message.setWordWrap(True)
        self.key_message.setAccessibleName("Council key message")
        council_layout.addWidget(self.key_message)
        layout.addWidget(self.council_box)

        # -- the council whose field packs this laptop accepts
        self.council_trust = CouncilTrustBox(self.services)
        self.council_trust_message = QLabel()
        self.council_trust_message.setTextFormat(Qt.TextFormat.PlainText)  # a file's names
        self.council_trust_message.setWordWrap(True)
        self.council_trust_message.setAccessibleName("Council key message")
        self.council_trust.add_message(self.council_trust_message)
        self.council_trust.message.connect(self.council_trust_message.setText)
        layout.addWidget(self.council_trust)
        self._show_what_this_use_needs()

        # -- ward list
        wards = QGroupBox(tr("Settings", "Ward list"))
        wards.setAccessibleName("Ward list")
        ward_layout = QVBoxLayout(wards)
        ward_list = self.services.organisations.ward_list
        self.ward_in_use = QLabel()
        self.ward_in_use.setWordWrap(True)
        self.ward_in_use.setAccessibleName("Ward list in use")
        self._describe_wards()
        ward_layout.addWidget(self.ward_in_use)
        ward_row = QHBoxLayout()
        chosen = self.services.settings.get(SettingKey.WARD_FILE) or str(ward_list.path or "")
        self.ward_path = _read_only(chosen, "Ward file")
        choose_wards = QPushButton(tr("Settings", "Choose ward file…"))
        choose_wards.setAccessibleName("Choose the council's ward file")
        choose_wards.clicked.connect(self.choose_ward_file)
        ward_row.addWidget(self.ward_path, 1)
        ward_row.addWidget(choose_wards)
        ward_layout.addLayout(ward_row)
        self.ward_message = QLabel()
        self.ward_message.setWordWrap(True)
        self.ward_message.setAccessibleName("Ward file message")
        ward_layout.addWidget(self.ward_message)
        layout.addWidget(wards)

        # -- personal data: subject access, erasure, retention review (docs/privacy.md)
        self.privacy = PrivacyBox(self.services)
        layout.addWidget(self.privacy)

        # -- this device and data
        device = QGroupBox(tr("Settings", "This computer"))
        device.setAccessibleName("This computer")
        form = QFormLayout(device)
        store = self.services.store
        form.addRow(tr("Settings", "Device name"), _read_only(store.device_name, "Device name"))
        form.addRow(tr("Settings", "Device id"), _read_only(store.device_id, "Device id"))
        form.addRow(
            tr("Settings", "Key fingerprint"), _read_only(self._fingerprint(), "Key fingerprint")
        )
        data_row = QHBoxLayout()
        data_row.addWidget(_read_only(str(store.data_dir), "Data folder"), 1)
        open_data = QPushButton(tr("Settings", "Open folder"))
        open_data.setAccessibleName("Open the data folder")
        open_data.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(store.data_dir)))
        )
        data_row.addWidget(open_data)
        form.addRow(tr("Settings", "Data folder"), data_row)
        layout.addWidget(device)
        layout.addStretch(1)

    def _fingerprint(self) -> str:
        from desktop.errors import UserError

        try:
            return str(self.services.devices.info().fingerprint)
        except (UserError, AttributeError):
            return tr("Settings", "not made yet")

    # -- who uses this computer ----------------------------------------------------------------

    def _describe_use(self) -> None:
        from desktop.services.setup import USE_LABELS

        use = self.services.setup.use()
        parts = [
            tr("Setup", USE_LABELS[use]) if use is not None else tr("Settings", "Not chosen yet")
        ]
        worker = self.services.setup.worker_name()
        if worker:
            parts.append(tr("Settings", "worker: {name}").format(name=worker))
        device = self.services.store.device_name
        parts.append(tr("Settings", "this computer: {name}").format(name=device))
        council = self.services.setup.council_name()
        if council:
            parts.append(tr("Settings", "council: {name}").format(name=council))
        self.use_label.setText(tr("Settings", "{parts}.").format(parts="; ".join(parts)))

    def _describe_wards(self) -> None:
        ward_list = self.services.organisations.ward_list
        self.ward_in_use.setText(
            tr("Settings", "In use: {title} ({council}, from {date}), {count} wards.").format(
                title=ward_list.title,
                council=ward_list.council,
                date=ward_list.effective_from,
                count=len(ward_list.wards),
            )
        )

    def _show_what_this_use_needs(self) -> None:
        """Council staff's and field workers' sections, hidden on a group's own laptop."""
        from desktop.services.setup import Use

        council_work = self.services.setup.use() is not Use.GROUP
        self.council_box.setVisible(council_work)
        self.council_trust.setVisible(council_work)

    def on_data_changed(self, change: DataChange) -> None:
        if change.what & Changed.USE:
            self._show_what_this_use_needs()
        super().on_data_changed(change)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """Texts made of parts are made again in the new language (set_language retranslates
        the plain ones)."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "council_message"):
            self._describe_use()
            self._describe_council_mode()
            self._describe_wards()
        super().changeEvent(event)

    def change_use(self) -> object:
        """The first-run dialog again, to change who uses this computer."""
        from desktop.paths import install_dir
        from desktop.services.setup import find_council_setup
        from desktop.ui.dialogs.first_run import FirstRunDialog

        dialog = FirstRunDialog(
            self.services,
            find_council_setup(self.services.store.data_dir, install_dir()),
            self,
            changing=True,
        )
        self.use_dialog = dialog
        dialog.accepted.connect(lambda: self._use_chosen(dialog))
        dialog.open()
        return dialog

    def _use_chosen(self, dialog: Any) -> None:
        from desktop.services.setup import Use

        if dialog.chosen is None:
            return
        self._describe_use()
        self._show_what_this_use_needs()
        council_on = dialog.chosen is Use.COUNCIL
        if self.council_check.isChecked() != council_on:
            self.council_check.blockSignals(True)
            self.council_check.setChecked(council_on)
            self.council_check.blockSignals(False)
            self._describe_council_mode()
        self.council = council_on
        self.changed(Changed.USE | Changed.COUNCIL_MODE | Changed.SETTINGS)
        self.status_message.emit(tr("Settings", "Saved: {what}").format(what=self.use_label.text()))

    # -- council mode --------------------------------------------------------------------------

    def set_council_mode(self, on: bool) -> None:
        self.services.setup.set_council_mode(bool(on))
        if self.council_check.isChecked() != on:
            self.council_check.blockSignals(True)
            self.council_check.setChecked(on)
            self.council_check.blockSignals(False)
        self.council = on
        self._describe_council_mode()
        self._describe_use()
        self.changed(Changed.COUNCIL_MODE | Changed.SETTINGS)
        self.status_message.emit(
            tr("Settings", "Council mode is on.") if on else tr("Settings", "Council mode is off.")
        )

    def _describe_council_mode(self) -> None:
        if self.council_check.isChecked():
            text = tr(
                "Settings",
                "On: the Import, Overview and Conflicts pages are in the side bar. Bundles are "
                "imported only from devices you trust (Import → Devices).",
            )
        else:
            text = tr(
                "Settings",
                "Off: this is a field laptop. Turn council mode on for the computer that imports "
                "bundles from the laptops; the council pages appear in the side bar at once.",
            )
        self.council_message.setText(text)

    # -- files ---------------------------------------------------------------------------------

    def choose_council_key(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Settings", "Council private key"),
            "",
            tr("Settings", "Key files (*.key *.pem);;All files (*)"),
        )
        if path:
            self.set_council_key(Path(path))

    def set_council_key(self, path: Path) -> bool:
        from sync.errors import KeyFileError
        from sync.keys import load_council_private_key

        try:
            load_council_private_key(path)
        except (KeyFileError, OSError, ValueError) as error:
            self.key_message.setText(
                tr(
                    "Settings",
                    "{file} cannot be used: {error}. Choose the council.key file made when "
                    "the council's keys were created.",
                ).format(file=path.name, error=error)
            )
            return False
        self.services.settings.set(SettingKey.COUNCIL_PRIVATE_KEY, str(path))
        self.key_path.setText(str(path))
        self.key_message.setText(
            tr("Settings", "Saved. Encrypted bundles are opened with this key from now on.")
        )
        return True

    def choose_ward_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            tr("Settings", "Ward file"),
            "",
            tr("Settings", "Ward files (*.yaml *.yml);;All files (*)"),
        )
        if path:
            self.set_ward_file(Path(path))

    def set_ward_file(self, path: Path) -> bool:
        from desktop.errors import UserError
        from desktop.registration.wards import read_ward_file

        try:
            ward_list: Any = read_ward_file(path)
        except UserError as error:
            self.ward_message.setText(error_text(error))
            return False
        self.services.settings.set(SettingKey.WARD_FILE, str(path))
        self.ward_path.setText(str(path))
        self.ward_message.setText(
            tr(
                "Settings",
                "Saved: {title}, {count} wards. It is used from the next time GAP Field Kit "
                "starts.",
            ).format(title=ward_list.title, count=len(ward_list.wards))
        )
        return True
