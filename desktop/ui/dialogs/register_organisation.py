"""Registering an organisation from the start dialog ("Register it now"), then going back to it.

The same registration form as the Organisations page, in a dialog of its own, with the name
the facilitator already typed. Saving registers the organisation; the start dialog then has it
chosen and keeps everything else that was filled in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.errors import UserError, ValidationFailed
from desktop.ui.i18n import error_text, tr
from desktop.ui.widgets.registration_form import RegistrationForm

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.organisations import OrganisationDetail


class RegisterOrganisationDialog(QDialog):
    """The registration form with Save and Cancel; `created` is the saved organisation."""

    def __init__(self, services: Services, name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        self.created: OrganisationDetail | None = None
        self.setWindowTitle(tr("RegisterOrganisation", "Register an organisation"))
        self.setAccessibleName(tr("RegisterOrganisation", "Register an organisation"))
        self.form = RegistrationForm(services.organisations.ward_list)
        self.form.set_values({"gap_status": "registered", "name": name.strip() or None})
        self.form.title.setText(tr("Registration", "New organisation"))
        self.problem = QLabel()
        self.problem.setObjectName("errorSummary")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            tr("RegisterOrganisation", "Save and go back"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAccessibleName(
            tr("RegisterOrganisation", "Save the registration and go back")
        )
        self.save_button.setToolTip(
            tr("RegisterOrganisation", "Register the organisation and return to the start (Ctrl+S)")
        )
        cancel = buttons.addButton(
            tr("RegisterOrganisation", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setAccessibleName(tr("RegisterOrganisation", "Cancel: register nothing"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        layout.addWidget(self.form, 1)
        layout.addWidget(buttons)
        self._fit_screen()
        # The name is filled in from the start dialog; the next thing to give is the legal form.
        target = self.form.fields["legal_form" if name.strip() else "name"].widget
        target.setFocus()

    def _fit_screen(self) -> None:
        width, height = max(600, self.form.width_needed() + 48), 640
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, available.width() - 40)
            height = min(height, available.height() - 60)
        self.resize(width, height)

    def save(self) -> None:
        try:
            self.created = self.services.organisations.create(self.form.values())
        except ValidationFailed as error:
            self.form.show_problems(error.problems)
            return
        except UserError as error:
            self.problem.setText(error_text(error))
            self.problem.setVisible(True)
            return
        self.accept()


def register_organisation(
    parent: QWidget, services: Services, name: str
) -> OrganisationDetail | None:
    """Open the dialog; the organisation registered, or None when the person cancelled."""
    dialog = RegisterOrganisationDialog(services, name, parent)
    dialog.exec()
    return dialog.created
