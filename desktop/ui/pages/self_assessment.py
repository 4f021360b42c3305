"""The self-assessment edition's home: our group, our health check, send to the council.

A community group using GAP Field Kit on its own sees three steps: register the group (a short
form), do the health check together (the Assessments page in group mode, with a plain-English
guide before each section), and send the result to the council as a locked file. There is no
register of other organisations, no sync history and no council pages in this edition.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.registration.choices import LEGAL_FORMS
from desktop.ui.format import long_date
from desktop.ui.i18n import error_text, tr, tr_noop
from desktop.ui.pages.base import Page
from desktop.ui.widgets.scroll import scroll_area
from desktop.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.sync.export import ExportResult

CONSENT_TEXT = tr_noop(
    "OurGroup", "We agree that the council may keep these contact details and contact us"
)
HOW_TO_SEND = tr_noop(
    "OurGroup",
    "The file is locked: only {council} can open it. To send it, either attach it to an email "
    "to your council contact, or copy it to a USB stick and hand it in. You can send again "
    "whenever you like; the council simply sees your latest answers.",
)


def choose_send_folder(parent: QWidget) -> str:
    return QFileDialog.getExistingDirectory(
        parent,
        tr(
            "OurGroup",
            "Where should the file for the council go? (a USB stick, or a folder to email from)",
        ),
    )


def _step_card(number: int, title: str) -> tuple[QFrame, QVBoxLayout]:
    card = QFrame()
    card.setObjectName("stepCard")
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setAccessibleName(
        tr("OurGroup", "Step {number}: {title}").format(number=number, title=title)
    )
    layout = QVBoxLayout(card)
    heading = QLabel(tr("OurGroup", "{number}. {title}").format(number=number, title=title))
    heading.setObjectName("sectionHeading")
    heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
    layout.addWidget(heading)
    return card, layout


class SelfAssessmentHome(Page):
    """Our group: registration, the health check, and sending it to the council."""

    title = "Our group"

    def __init__(self, services: Services, council: bool = False, parent: QWidget | None = None):
        super().__init__(services, council, parent)
        self.edition = services.self_assessment
        self.choose_folder: Callable[[QWidget], str] = choose_send_folder
        self.pool = QThreadPool.globalInstance()
        self._send_task: BackgroundTask | None = None
        self.last_sent: ExportResult | None = None
        self._build()
        self.refresh()

    def _council(self) -> str:
        """The council's name; the service's stand-in for none ("the council") in the language
        shown."""
        name = self.edition.council_name()
        return tr("OurGroup", "the council") if name == "the council" else name

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        self.heading = QLabel(tr("MainWindow", "Our group"))
        self.heading.setObjectName("pageTitle")
        outer.addWidget(self.heading)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setAccessibleName(tr("OurGroup", "About this app"))
        outer.addWidget(self.subtitle)
        self.stack = QStackedWidget()
        self.home = self._build_home()
        self.registration = self._build_registration()
        self.stack.addWidget(scroll_area(self.home, tr("MainWindow", "Our group")))
        self.stack.addWidget(scroll_area(self.registration, tr("OurGroup", "Register your group")))
        outer.addWidget(self.stack, 1)

    def _build_home(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)

        card, box = _step_card(1, tr("OurGroup", "Your group"))
        row = QHBoxLayout()
        # Three short lines; not word-wrapped, so the card is always tall enough for them.
        self.group_summary = QLabel()
        self.group_summary.setAccessibleName(tr("OurGroup", "Your group"))
        row.addWidget(self.group_summary, 1)
        self.edit_button = QPushButton(tr("OurGroup", "Change details"))
        self.edit_button.setAccessibleName(tr("OurGroup", "Change your group's details"))
        self.edit_button.clicked.connect(self.edit_registration)
        row.addWidget(self.edit_button)
        box.addLayout(row)
        layout.addWidget(card)

        card, box = _step_card(2, tr("OurGroup", "Your health check"))
        box.addWidget(
            QLabel(
                tr(
                    "OurGroup",
                    "Sit together, one screen everyone can see. Before each section you read a "
                    "short guide; then each person rates each statement privately, you reveal the "
                    "ratings together and agree one answer. Everything is saved as you go.",
                )
            )
        )
        box.itemAt(box.count() - 1).widget().setWordWrap(True)  # type: ignore[union-attr]
        row = QHBoxLayout()
        self.assessment_status = QLabel()
        self.assessment_status.setWordWrap(True)
        self.assessment_status.setAccessibleName(tr("OurGroup", "Health check progress"))
        row.addWidget(self.assessment_status, 1)
        self.assess_button = QPushButton(tr("OurGroup", "Start the health check"))
        self.assess_button.setAccessibleName(tr("OurGroup", "Start the health check"))
        self.assess_button.clicked.connect(self.assess)
        row.addWidget(self.assess_button)
        box.addLayout(row)
        layout.addWidget(card)

        card, box = _step_card(3, tr("OurGroup", "Send it to the council"))
        # Filled here, not in refresh(): a wrapped label given its text later keeps the height
        # of the empty label inside the scroll area.
        self.send_explanation = QLabel(tr("OurGroup", HOW_TO_SEND).format(council=self._council()))
        self.send_explanation.setWordWrap(True)
        self.send_explanation.setAccessibleName(tr("OurGroup", "How sending works"))
        box.addWidget(self.send_explanation)
        row = QHBoxLayout()
        self.send_result = QLabel()
        self.send_result.setWordWrap(True)
        self.send_result.setAccessibleName(tr("OurGroup", "Sent"))
        row.addWidget(self.send_result, 1)
        self.send_button = QPushButton(tr("OurGroup", "Send to the council…"))
        self.send_button.setAccessibleName(tr("OurGroup", "Send to the council"))
        self.send_button.clicked.connect(self.send_to_council)
        row.addWidget(self.send_button)
        box.addLayout(row)
        layout.addWidget(card)
        layout.addStretch(1)
        return page

    def _build_registration(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.registration_intro = QLabel(
            tr(
                "OurGroup",
                "Tell the council who you are. Only the group's name, its legal form and "
                "postcode are needed; a contact person helps the council get back to you.",
            )
        )
        self.registration_intro.setWordWrap(True)
        layout.addWidget(self.registration_intro)
        form = QFormLayout()
        self.name_field = QLineEdit()
        self.name_field.setAccessibleName(tr("OurGroup", "Group name"))
        self.name_field.setPlaceholderText(tr("OurGroup", "e.g. Dalton Community Garden"))
        form.addRow(tr("OurGroup", "Group name"), self.name_field)
        self.legal_form = QComboBox()
        self.legal_form.setAccessibleName(tr("Registration", "Legal form"))
        self.legal_form.addItem(tr("Registration", "Choose…"), None)
        for key, label in LEGAL_FORMS:
            if key != "other":
                self.legal_form.addItem(tr("Registration", label), key)
        form.addRow(tr("OurGroup", "What kind of group"), self.legal_form)
        self.postcode = QLineEdit()
        self.postcode.setAccessibleName(tr("Registration", "Postcode"))
        self.postcode.setPlaceholderText(tr("OurGroup", "where you meet, e.g. HD1 2AB"))
        self.postcode.setMaximumWidth(160)
        form.addRow(tr("Registration", "Postcode"), self.postcode)
        self.ward = QComboBox()
        self.ward.setAccessibleName(tr("Registration", "Ward"))
        self.ward.addItem(tr("OurGroup", "Not sure"), None)
        for ward in self.services.organisations.ward_list.wards:
            self.ward.addItem(ward.name, ward.name)
        form.addRow(tr("Registration", "Ward"), self.ward)
        self.contact_name = QLineEdit()
        self.contact_name.setAccessibleName(tr("Registration", "Contact name"))
        form.addRow(tr("Registration", "Contact name"), self.contact_name)
        self.contact_email = QLineEdit()
        self.contact_email.setAccessibleName(tr("Registration", "Contact email"))
        form.addRow(tr("Registration", "Contact email"), self.contact_email)
        self.contact_phone = QLineEdit()
        self.contact_phone.setAccessibleName(tr("Registration", "Contact phone"))
        form.addRow(tr("Registration", "Contact phone"), self.contact_phone)
        layout.addLayout(form)
        self.consent = QCheckBox(tr("OurGroup", CONSENT_TEXT))
        self.consent.setAccessibleName(tr("OurGroup", CONSENT_TEXT))
        layout.addWidget(self.consent)
        self.registration_error = QLabel()
        self.registration_error.setObjectName("errorSummary")
        self.registration_error.setWordWrap(True)
        self.registration_error.setAccessibleName(tr("OurGroup", "Registration problem"))
        self.registration_error.hide()
        layout.addWidget(self.registration_error)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_edit = QPushButton(tr("OurGroup", "Cancel"))
        self.cancel_edit.setAccessibleName(tr("OurGroup", "Cancel changing the details"))
        self.cancel_edit.clicked.connect(self.show_home)
        row.addWidget(self.cancel_edit)
        self.save_button = QPushButton(tr("OurGroup", "Register our group"))
        self.save_button.setDefault(True)
        self.save_button.setAccessibleName(tr("OurGroup", "Register our group"))
        self.save_button.clicked.connect(self.save_registration)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # -- state -----------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def can_leave(self) -> bool:
        return True

    def refresh(self) -> None:
        council = self._council()
        organisation = self.edition.organisation()
        if organisation is None:
            self.subtitle.setText(
                tr(
                    "OurGroup",
                    "Welcome. This is your group's own health check, to share with {council} "
                    "when you are ready. Start by registering your group.",
                ).format(council=council)
            )
            self._show_registration(None)
            return
        values = organisation.values
        self.heading.setText(organisation.name)
        self.subtitle.setText(
            tr("OurGroup", "Your group's self-assessment, to share with {council}.").format(
                council=council
            )
        )
        legal = dict(LEGAL_FORMS).get(values.get("legal_form") or "", "")
        legal = tr("Registration", legal) if legal else legal
        where = ", ".join(part for part in (values.get("postcode"), values.get("ward")) if part)
        contact = values.get("contact_name") or tr("OurGroup", "no contact person given")
        self.group_summary.setText(
            f"{organisation.name}\n{legal} · {where}\n"
            + tr("OurGroup", "Contact: {contact}").format(contact=contact)
        )
        self._describe_assessment()
        self.send_explanation.setText(tr("OurGroup", HOW_TO_SEND).format(council=council))
        self.send_button.setEnabled(self._send_task is None)
        if self.stack.currentIndex() != 1 or not self.cancel_edit.isVisible():
            self.show_home()

    def _latest(self) -> Any:
        assessments = self.edition.assessments()
        return assessments[0] if assessments else None

    def _describe_assessment(self) -> None:
        latest = self._latest()
        if latest is None:
            self.assessment_status.setText(
                tr("OurGroup", "Not started yet. It takes 60 to 90 minutes.")
            )
            self.assess_button.setText(tr("OurGroup", "Start the health check"))
        elif latest.status == "completed":
            self.assessment_status.setText(
                tr(
                    "OurGroup",
                    "Finished on {date}. See your strengths, the areas to work on, your action "
                    "plan, and save the report.",
                ).format(date=long_date(latest.completed_at))
                if getattr(latest, "completed_at", None)
                else tr(
                    "OurGroup", "Finished. See your results, your action plan, and save the report."
                )
            )
            self.assess_button.setText(tr("OurGroup", "See results and report"))
        else:
            self.assessment_status.setText(tr("OurGroup", "Started: carry on where you left off."))
            self.assess_button.setText(tr("OurGroup", "Carry on"))
        self.assess_button.setAccessibleName(self.assess_button.text())

    # -- registration ---------------------------------------------------------------------------

    def _show_registration(self, values: dict[str, Any] | None) -> None:
        values = values or {}
        self.name_field.setText(values.get("name") or "")
        self.legal_form.setCurrentIndex(max(0, self.legal_form.findData(values.get("legal_form"))))
        self.postcode.setText(values.get("postcode") or "")
        self.ward.setCurrentIndex(max(0, self.ward.findData(values.get("ward"))))
        self.contact_name.setText(values.get("contact_name") or "")
        self.contact_email.setText(values.get("contact_email") or "")
        self.contact_phone.setText(values.get("contact_phone") or "")
        self.consent.setChecked(bool(values.get("consent_date")))
        editing = bool(values)
        self.cancel_edit.setVisible(editing)
        self.save_button.setText(
            tr("OurGroup", "Save") if editing else tr("OurGroup", "Register our group")
        )
        self.registration_error.hide()
        self.stack.setCurrentIndex(1)

    def edit_registration(self) -> None:
        organisation = self.edition.organisation()
        self._show_registration(dict(organisation.values) if organisation else None)
        self.name_field.setFocus()

    def show_home(self) -> None:
        self.stack.setCurrentIndex(0)

    def registration_values(self) -> dict[str, Any]:
        return {
            "name": self.name_field.text(),
            "legal_form": self.legal_form.currentData(),
            "postcode": self.postcode.text(),
            "ward": self.ward.currentData(),
            "contact_name": self.contact_name.text().strip() or None,
            "contact_email": self.contact_email.text().strip() or None,
            "contact_phone": self.contact_phone.text().strip() or None,
        }

    def save_registration(self) -> bool:
        values = self.registration_values()
        editing = self.edition.organisation() is not None
        try:
            if editing:
                detail = self.edition.update(values, consent=self.consent.isChecked())
            else:
                detail = self.edition.register(values, consent=self.consent.isChecked())
        except UserError as error:
            self.registration_error.setText(error_text(error))
            self.registration_error.show()
            return False
        self.status_message.emit(tr("Organisations", "Saved {name}.").format(name=detail.name))
        self.cancel_edit.setVisible(False)
        self.show_home()
        self.refresh()
        return True

    # -- assessing -------------------------------------------------------------------------------

    def assess(self) -> None:
        organisation = self.edition.organisation()
        if organisation is None:
            return
        latest = self._latest()
        if latest is None:
            self.start_assessment_requested.emit(organisation.id)
        else:
            self.open_assessment_requested.emit(latest.id)

    # -- sending ---------------------------------------------------------------------------------

    def send_to_council(self) -> None:
        if self._send_task is not None:
            return
        folder = self.choose_folder(self)
        if not folder:
            return
        destination = Path(folder)
        self_assessment = self.services.self_assessment

        def work(task: BackgroundTask) -> ExportResult:
            return self_assessment.send_to_council(
                destination, progress=task.report, should_cancel=lambda: task.cancelled
            )

        task = BackgroundTask(work)
        task.signals.finished.connect(self._sent)
        task.signals.failed.connect(self._send_failed)
        task.signals.cancelled.connect(self._send_failed)
        task.signals.crashed.connect(
            lambda message: self._send_failed(
                tr(
                    "OurGroup",
                    "Something went wrong while writing the file; nothing was sent and your "
                    "answers are safe. The details are in the log file. ({message})",
                ).format(message=message)
            )
        )
        self._send_task = task
        self.send_button.setEnabled(False)
        self.send_result.setText(tr("OurGroup", "Writing the file…"))
        task.start(self.pool)

    def _sent(self, result: ExportResult) -> None:
        self._send_task = None
        self.last_sent = result
        self.send_button.setEnabled(True)
        council = self._council()
        self.send_result.setText(
            tr(
                "OurGroup",
                "Saved {file} in {folder}. Now email it to {council}, or take the stick to them.",
            ).format(file=result.path.name, folder=result.path.parent, council=council)
        )
        self.status_message.emit(
            tr("OurGroup", "The file for {council} is ready: {path}").format(
                council=council, path=result.path
            )
        )

    def _send_failed(self, message: str) -> None:
        self._send_task = None
        self.send_button.setEnabled(True)
        self.send_result.setText(message)

    def wait_for_send(self, timeout_s: float = 30) -> bool:
        task = self._send_task
        return task is None or task.done.wait(timeout_s)
