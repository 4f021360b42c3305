"""Settings: "Council key", trusting the council whose field packs this laptop imports.

The person chooses the council's device file, compares the fingerprint shown with the one on
the council's screen and confirms; replacing a key already trusted asks a second time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.ui.i18n import error_text, tr
from desktop.ui.widgets.confirm import confirm_destructive

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.sync.council_trust import TrustedCouncil
    from sync.keys import DeviceInfo


class CouncilTrustBox(QGroupBox):
    """Shows the trusted council key and trusts a new one after confirmation."""

    trusted = Signal(str)  # the fingerprint now trusted
    message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(tr("CouncilTrust", "Council key (field packs)"), parent)
        self.setAccessibleName("Council key for field packs")
        self.services = services
        # Replaced by tests: the file dialog and the two confirmations.
        self.choose_file: Callable[[QWidget], str | None] = ask_for_council_file
        self.confirm_fingerprint: Callable[[QWidget, DeviceInfo], bool] = confirm_fingerprint
        self.confirm_replace: Callable[[QWidget, TrustedCouncil, DeviceInfo], bool] = (
            confirm_replacement
        )
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # names a council from a file
        self.status.setWordWrap(True)
        self.status.setAccessibleName("Trusted council key")
        self.trust_button = QPushButton(tr("CouncilTrust", "Trust the council's key…"))
        self.trust_button.setAccessibleName("Trust the council's key")
        self.trust_button.setToolTip(
            tr(
                "CouncilTrust",
                "Choose the device file saved on the council's computer (Sync, Save device file…)",
            )
        )
        self.trust_button.clicked.connect(self.trust_clicked)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.trust_button)
        self._layout = QVBoxLayout(self)
        self._layout.addLayout(row)
        self.refresh()

    def add_message(self, label: QLabel) -> None:
        """Where the box's messages appear (the Settings page gives a label)."""
        self._layout.addWidget(label)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """The status names the trusted council: made again in the new language."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "status"):
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        current = self.services.council_trust.current()
        if current is None:
            self.status.setText(
                tr(
                    "CouncilTrust",
                    "No council trusted yet. Field packs are imported only from the council "
                    "whose key this laptop trusts.",
                )
            )
        else:
            self.status.setText(
                tr(
                    "CouncilTrust", "Packs are accepted from {name}\nKey fingerprint {fingerprint}"
                ).format(name=one_line(current.name), fingerprint=current.fingerprint)
            )

    def trust_clicked(self) -> None:
        path = self.choose_file(self)
        if path:
            self.trust_path(path)

    def trust_path(self, path: str | Path) -> bool:
        """Read the file, confirm its fingerprint (and any replacement), then trust it."""
        trust = self.services.council_trust
        try:
            info = trust.read_file(path)
        except UserError as error:
            self.message.emit(error_text(error))
            return False
        current = trust.current()
        replacing = current is not None and current.public_key != info.public_key
        if not self.confirm_fingerprint(self, info):
            self.message.emit(
                tr("CouncilTrust", "The council key was not trusted; nothing changed.")
            )
            return False
        if replacing:
            assert current is not None
            if not self.confirm_replace(self, current, info):
                self.message.emit(
                    tr("CouncilTrust", "{name}'s key is still the one trusted.").format(
                        name=one_line(current.name)
                    )
                )
                return False
        try:
            trusted = trust.trust(info, replace=replacing)
        except UserError as error:
            self.message.emit(error_text(error))
            return False
        self.refresh()
        self.message.emit(
            tr(
                "CouncilTrust", "This laptop now accepts field packs from {name} ({fingerprint})."
            ).format(name=one_line(trusted.name), fingerprint=trusted.fingerprint)
        )
        self.trusted.emit(trusted.fingerprint)
        return True


def ask_for_council_file(parent: QWidget) -> str | None:
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        tr("CouncilTrust", "Choose the council's device file"),
        str(Path.home()),
        tr("CouncilTrust", "Device file (*.json);;All files (*)"),
    )
    return path or None


def one_line(name: str) -> str:
    """A name read from a device file, as one line: its line breaks could otherwise draw a
    second, made-up "Key fingerprint" above the real one."""
    return " ".join(name.split())


def fingerprint_box(parent: QWidget, info: DeviceInfo) -> tuple[QMessageBox, QPushButton]:
    """The question `confirm_fingerprint` asks, and its "they match" button. The name is shown
    as plain text (a QMessageBox takes text with a tag as rich text, which a hostile file
    could use to lay out its own fingerprint)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(tr("CouncilTrust", "Trust the council's key"))
    box.setText(
        tr("CouncilTrust", "Trust field packs from {name}?").format(name=one_line(info.name))
    )
    box.setInformativeText(
        tr(
            "CouncilTrust",
            "Key fingerprint:\n{fingerprint}\n\nCompare it, group by group, with the "
            "fingerprint on the council's computer (its Settings page). Trust it only if they "
            "are the same.",
        ).format(fingerprint=info.fingerprint)
    )
    yes = box.addButton(
        tr("CouncilTrust", "They match: trust it"), QMessageBox.ButtonRole.AcceptRole
    )
    no = box.addButton(tr("CouncilTrust", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    yes.setAccessibleName("Trust the council's key")
    no.setAccessibleName("Cancel")
    box.setDefaultButton(no)
    return box, yes


def confirm_fingerprint(parent: QWidget, info: DeviceInfo) -> bool:
    box, yes = fingerprint_box(parent, info)
    box.exec()
    return box.clickedButton() is yes


def confirm_replacement(parent: QWidget, current: TrustedCouncil, info: DeviceInfo) -> bool:
    return confirm_destructive(
        parent,
        tr("CouncilTrust", "Replace the council key"),
        tr("CouncilTrust", "Replace the trusted key of {name}?").format(
            name=one_line(current.name)
        ),
        tr(
            "CouncilTrust",
            "Now trusted: {old}\nNew key: {new}\n\nPacks signed with the old key will be "
            "refused. Do this only if the council told you its key changed. The change is "
            "recorded and sent to the council.",
        ).format(old=current.fingerprint, new=info.fingerprint),
        tr("CouncilTrust", "Replace the key"),
        tr("CouncilTrust", "Keep the old key"),
    )
