"""Settings → Personal data (UK GDPR): subject access, erasure and the retention review.

The work runs off the UI thread; the erase confirmation lists every value that will go and
has "Keep everything" as its default button (docs/privacy.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QThreadPool
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs.privacy import ErasureConfirmDialog, RetentionReviewDialog
from desktop.ui.i18n import tr
from desktop.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.privacy import ErasureResult, Findings


class PrivacyBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None):
        super().__init__(tr("Privacy", "Personal data (UK GDPR)"), parent)
        self.setAccessibleName("Personal data")
        self.services = services
        self.pool = QThreadPool.globalInstance()
        self._task: BackgroundTask | None = None
        self.erase_dialog: ErasureConfirmDialog | None = None
        self.review_dialog: RetentionReviewDialog | None = None
        layout = QVBoxLayout(self)
        explain = QLabel(
            tr(
                "Privacy",
                "Find everything held about a person (by name, email or phone) to give them a "
                "copy, or erase it at their request. See docs/privacy.md.",
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        person_row = QHBoxLayout()
        self.person = QLineEdit()
        self.person.setPlaceholderText(tr("Privacy", "Name, email or phone"))
        self.person.setAccessibleName("Person to look for")
        self.person.setClearButtonEnabled(True)
        person_label = QLabel(tr("Privacy", "&Person"))
        person_label.setBuddy(self.person)
        person_row.addWidget(person_label)
        person_row.addWidget(self.person, 1)
        self.export_button = QPushButton(tr("Privacy", "Subject access &export…"))
        self.export_button.setAccessibleName("Subject access export")
        self.export_button.clicked.connect(self.choose_export_folder)
        self.erase_button = QPushButton(tr("Privacy", "E&rase…"))
        self.erase_button.setAccessibleName("Erase this person's data")
        self.erase_button.clicked.connect(self.ask_erase)
        person_row.addWidget(self.export_button)
        person_row.addWidget(self.erase_button)
        layout.addLayout(person_row)

        retention_row = QHBoxLayout()
        retention_row.addWidget(QLabel(tr("Privacy", "Review contacts after")))
        self.years = QSpinBox()
        self.years.setRange(1, 50)
        self.years.setSuffix(tr("Privacy", " years"))
        self.years.setAccessibleName("Retention period in years without activity")
        self.years.setValue(services.privacy.retention_years())
        self.years.valueChanged.connect(self._set_years)
        retention_row.addWidget(self.years)
        retention_row.addWidget(QLabel(tr("Privacy", "without activity")))
        retention_row.addStretch(1)
        self.review_button = QPushButton(tr("Privacy", "Review due contacts…"))
        self.review_button.setAccessibleName("Review contacts due for review")
        self.review_button.clicked.connect(self.open_review)
        retention_row.addWidget(self.review_button)
        layout.addLayout(retention_row)
        # A laptop forgets completed work once a field pack confirmed the council has it.
        sent_row = QHBoxLayout()
        self.sent_label = QLabel()
        self.sent_label.setWordWrap(True)
        self.sent_label.setAccessibleName("Completed work the council confirmed receiving")
        sent_row.addWidget(self.sent_label, 1)
        self.forget_button = QPushButton(tr("Privacy", "&Forget it on this computer…"))
        self.forget_button.setAccessibleName("Forget completed work the council confirmed")
        self.forget_button.clicked.connect(self.ask_forget_sent)
        sent_row.addWidget(self.forget_button)
        layout.addLayout(sent_row)
        self.forget_box: QMessageBox | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName("Personal data message")
        layout.addWidget(self.message)
        self.person.textChanged.connect(self._update_buttons)
        self._update_buttons()
        self.refresh_sent()

    # -- helpers ---------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        ready = len(self.person.text().strip()) >= 3 and self._task is None
        self.export_button.setEnabled(ready)
        self.erase_button.setEnabled(ready)

    def _run(self, work: Any, done: Any, busy_text: str) -> None:
        task = BackgroundTask(work)
        task.signals.finished.connect(done)
        task.signals.failed.connect(self._failed)
        task.signals.crashed.connect(self._failed)
        self._task = task
        self._update_buttons()
        self.message.setText(busy_text)
        task.start(self.pool)

    def _failed(self, message: str) -> None:
        self._task = None
        self._update_buttons()
        self.message.setText(message)

    def _set_years(self, years: int) -> None:
        self.services.privacy.set_retention_years(years)

    # -- subject access ------------------------------------------------------------------------

    def choose_export_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, tr("Privacy", "Folder for the subject access files"), str(Path.home())
        )
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        query = self.person.text().strip()
        privacy = self.services.privacy

        def work(_task: BackgroundTask) -> list[Path]:
            return privacy.export(query, folder)

        self._run(
            work, self._exported, tr("Privacy", "Looking for “{person}”…").format(person=query)
        )

    def _exported(self, paths: list[Path]) -> None:
        self._task = None
        self._update_buttons()
        json_path, pdf_path = paths
        self.message.setText(
            tr("Privacy", "Wrote {json} and {pdf}.").format(json=json_path, pdf=pdf_path)
        )

    # -- erasure ---------------------------------------------------------------------------

    def ask_erase(self) -> None:
        query = self.person.text().strip()
        privacy = self.services.privacy

        def work(_task: BackgroundTask) -> tuple[Findings, int]:
            return privacy.find(query), privacy.backups_held()

        self._run(
            work, self._confirm_erase, tr("Privacy", "Looking for “{person}”…").format(person=query)
        )

    def _confirm_erase(
        self, found: tuple[Findings, int], organisation_id: str | None = None
    ) -> None:
        self._task = None
        self._update_buttons()
        findings, backups = found
        if findings.empty:
            self.message.setText(
                tr(
                    "Privacy",
                    "Nothing is held about “{person}”. Check the spelling, or look for their "
                    "email or phone number.",
                ).format(person=findings.person.query)
            )
            return
        self.message.setText("")
        dialog = ErasureConfirmDialog(findings, backups, self.window())
        self.erase_dialog = dialog
        dialog.accepted.connect(lambda: self._erase(findings.person.query, organisation_id))
        dialog.open()

    def _erase(self, query: str, organisation_id: str | None) -> None:
        privacy = self.services.privacy

        def work(_task: BackgroundTask) -> ErasureResult:
            if organisation_id is not None:
                return privacy.erase_contact(organisation_id)
            return privacy.erase(query)

        self._run(work, self._erased, tr("Privacy", "Erasing…"))

    def _erased(self, result: ErasureResult) -> None:
        self._task = None
        self.person.clear()
        self._update_buttons()
        backups = len(result.backups_deleted)
        self.message.setText(
            tr(
                "Privacy",
                "Erased. Values: {values}; records: {records}; history entries scrubbed: "
                "{history}; backups deleted: {backups}. The erasure travels in the next bundle "
                "or field pack.",
            ).format(
                values=result.fields_erased,
                records=result.records,
                history=result.history_scrubbed,
                backups=backups,
            )
        )
        if self.review_dialog is not None and self.review_dialog.isVisible():
            self.review_dialog.set_items(self.services.privacy.due_for_review())

    # -- completed work the council has -----------------------------------------------------

    def refresh_sent(self) -> None:
        work = self.services.confirmed_work.confirmed_work()
        self._sent_count = len(work)
        self._describe_sent()
        self.forget_button.setEnabled(bool(work))

    def _describe_sent(self) -> None:
        self.sent_label.setText(
            tr(
                "Privacy",
                "Completed assessments the council has confirmed receiving: {count}. "
                "Forgetting them leaves less on this computer if it is lost; the council keeps "
                "them.",
            ).format(count=self._sent_count)
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        """The count sentence is made again in the new language (without asking the store)."""
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_sent_count"):
            self._describe_sent()
        super().changeEvent(event)

    def ask_forget_sent(self) -> None:
        count = len(self.services.confirmed_work.confirmed_work())
        if not count:
            self.refresh_sent()
            return
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Privacy", "Forget completed work?"))
        box.setText(
            tr(
                "Privacy", "Completed assessments to forget on this computer: {count}. Forget them?"
            ).format(count=count)
        )
        box.setInformativeText(
            tr(
                "Privacy",
                "The council has confirmed receiving them. Their answers, participants, actions "
                "and history are deleted here only; the council keeps them, and a field pack can "
                "bring them back.",
            )
        )
        forget = box.addButton(tr("Privacy", "Forget them"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(tr("Privacy", "Keep them"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.forget_box = box

        def chosen(button: Any) -> None:
            if button is forget:
                self._forget_sent()

        box.buttonClicked.connect(chosen)
        box.open()

    def _forget_sent(self) -> None:
        confirmed = self.services.confirmed_work

        def work(_task: BackgroundTask) -> int:
            return confirmed.forget()

        self._run(work, self._forgot, tr("Privacy", "Forgetting…"))

    def _forgot(self, count: int) -> None:
        self._task = None
        self._update_buttons()
        self.refresh_sent()
        self.message.setText(
            tr("Privacy", "Completed assessments forgotten on this computer: {count}.").format(
                count=count
            )
        )

    # -- retention review ----------------------------------------------------------------------

    def open_review(self) -> None:
        privacy = self.services.privacy
        dialog = RetentionReviewDialog(
            privacy.due_for_review(), privacy.retention_years(), self.window()
        )
        self.review_dialog = dialog
        dialog.keep_requested.connect(self._keep)
        dialog.erase_requested.connect(self._ask_erase_contact)
        dialog.open()

    def _keep(self, organisation_id: str) -> None:
        self.services.privacy.keep(organisation_id)
        if self.review_dialog is not None:
            self.review_dialog.set_items(self.services.privacy.due_for_review())
        self.message.setText(tr("Privacy", "Kept; the decision is in the organisation's history."))

    def _ask_erase_contact(self, organisation_id: str) -> None:
        privacy = self.services.privacy
        found = (privacy.find_contact(organisation_id), privacy.backups_held())
        self._confirm_erase(found, organisation_id)
