"""The question box asked before deleting or completing something: safe choice by default."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.ui.i18n import tr


def confirm_destructive(
    parent: QWidget,
    title: str,
    text: str,
    informative: str,
    confirm_label: str,
    keep_label: str,
    *,
    confirm_role: QMessageBox.ButtonRole = QMessageBox.ButtonRole.DestructiveRole,
) -> bool:
    """Ask `text` in a modal box; True only when the person clicks `confirm_label`.

    The `keep_label` button is the default, so Enter or Escape never deletes by accident.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    confirm = box.addButton(confirm_label, confirm_role)
    keep = box.addButton(keep_label, QMessageBox.ButtonRole.RejectRole)
    confirm.setAccessibleName(confirm_label)
    keep.setAccessibleName(keep_label)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is confirm


def ask_to_trust(parent: QWidget, device_name: str, fingerprint: str, what: str) -> bool:
    """Ask before trusting a laptop's key; "Not now" is the default, so Enter never trusts.

    `what` says what approval does next (for example "import its 2 waiting bundles")."""
    return confirm_destructive(
        parent,
        tr("Confirm", "Trust this device?"),
        tr("Confirm", "Trust “{device}” from now on and {what}?").format(
            device=device_name, what=what
        ),
        tr(
            "Confirm",
            "Its key fingerprint is:\n{fingerprint}\n\nCompare it with the fingerprint the laptop "
            "shows on its Sync page. Trust it only if they match.",
        ).format(fingerprint=fingerprint),
        tr("Confirm", "Trust this device"),
        tr("Confirm", "Not now"),
        confirm_role=QMessageBox.ButtonRole.AcceptRole,
    )
