"""Start an assessment: which form, which mode, where, who facilitates, who takes part, consent.

The dialog starts the assessment through the service when the person presses Start, and
emits `started(assessment_id)`; if the service refuses, the message shows in the dialog and
everything typed stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.assessments import ROLES
from desktop.services.settings import SettingKey
from desktop.ui.dialogs.register_organisation import register_organisation
from desktop.ui.i18n import current_language, error_text, kind_label, tr, tr_noop
from desktop.ui.widgets.scroll import scroll_area
from forms.localised import SHIPPED_LANGUAGES, language_from_text, language_name
from forms.timing import ONE_SITTING_MINUTES
from forms.translations import draft_files

if TYPE_CHECKING:
    from desktop.services import Services
    from forms.models import FormDefinition

CONSENT_TEXT = tr_noop(
    "StartDialog", "The group agreed: answers are kept on this laptop and sent to the council"
)
ROLE_LABELS = {
    "trustee": tr_noop("StartDialog", "Trustee"),
    "volunteer": tr_noop("StartDialog", "Volunteer"),
    "staff": tr_noop("StartDialog", "Staff"),
    "member": tr_noop("StartDialog", "Member"),
}
DRAFT_MARK = tr_noop(
    "StartDialog", "Draft translation: to be checked by a native speaker before use"
)


class ParticipantRow(QWidget):
    """One participant: a label such as P3 and a role. No names needed."""

    def __init__(self, label: str, role: str = "member", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label_edit = QLineEdit(label)
        self.label_edit.setAccessibleName(f"Participant label {label}")
        self.label_edit.setMaximumWidth(90)
        self.role = QComboBox()
        self.role.setAccessibleName(f"Role of {label}")
        for key in ROLES:
            self.role.addItem(tr("StartDialog", ROLE_LABELS[key]), key)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.remove_button = QPushButton(tr("StartDialog", "Remove"))
        self.remove_button.setAccessibleName(f"Remove {label}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label_edit)
        layout.addWidget(self.role, 1)
        layout.addWidget(self.remove_button)

    def value(self) -> tuple[str, str]:
        return self.label_edit.text().strip(), str(self.role.currentData())


class StartAssessmentDialog(QDialog):
    """Choose the kind, mode, venue, facilitator and participants; record consent; start."""

    started = Signal(str)

    def __init__(
        self,
        services: Services,
        organisation_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.setWindowTitle(tr("StartDialog", "Start an assessment"))
        self.setAccessibleName("Start an assessment")
        self.setMinimumWidth(560)
        self.rows: list[ParticipantRow] = []
        # the kind the stage list was filled for, and its minutes per stage
        self._stage_kind: str | None = None
        self._stage_minutes: dict[str | None, int] = {}

        self.organisation = QComboBox()
        self.organisation.setAccessibleName("Organisation")
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for summary in services.organisations.list_all():
            self.organisation.addItem(summary.name, summary.id)
        if organisation_id is not None:
            index = self.organisation.findData(organisation_id)
            self.organisation.setCurrentIndex(index)
            self.organisation.setEnabled(False)

        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        kind_row = QHBoxLayout()
        for number, key in enumerate(("health_check", "cat_readiness"), start=1):
            title = kind_label(key)
            button = QRadioButton(f"&{number} {title}")
            button.setAccessibleName(title)
            self.kind_group.addButton(button)
            self.kind_buttons[key] = button
            kind_row.addWidget(button)
        kind_row.addStretch(1)
        self.kind_buttons["health_check"].setChecked(True)

        # The stage: for CAT the step the verdict is for, with its must-meet conditions; for a
        # health check how much the session covers. Filled for the chosen kind.
        self.stage = QComboBox()
        self.stage.setAccessibleName("CAT stage")
        self.stage_note = QLabel()
        self.stage_note.setWordWrap(True)
        self.stage_note.setObjectName("emptyState")
        self.stage_box = stage_box = QVBoxLayout()
        stage_box.addWidget(self.stage)
        stage_box.addWidget(self.stage_note)
        self.stage.currentIndexChanged.connect(self._stage_changed)

        self.mode_group = QButtonGroup(self)
        self.facilitated = QRadioButton(
            tr("StartDialog", "&Facilitated (one agreed answer per statement)")
        )
        self.facilitated.setAccessibleName("Facilitated mode")
        self.group_mode = QRadioButton(tr("StartDialog", "&Group (each person rates, then agree)"))
        self.group_mode.setAccessibleName("Group mode")
        self.mode_group.addButton(self.facilitated)
        self.mode_group.addButton(self.group_mode)
        self.facilitated.setChecked(True)
        mode_row = QVBoxLayout()
        mode_row.addWidget(self.facilitated)
        mode_row.addWidget(self.group_mode)

        self.venue = QLineEdit()
        self.venue.setAccessibleName("Venue")
        self.venue.setPlaceholderText(tr("StartDialog", "For example: St Paul's church hall"))
        self.facilitator = QLineEdit()
        self.facilitator.setAccessibleName("Facilitator")
        self.facilitator.setPlaceholderText(tr("StartDialog", "Who is running the session"))
        last = services.settings.get(SettingKey.LAST_FACILITATOR)
        if isinstance(last, str):
            self.facilitator.setText(last)

        self.people_box = QGroupBox(
            tr("StartDialog", "Participants (labels and roles; no names needed)")
        )
        self.people_box.setAccessibleName("Participants")
        self.people_layout = QVBoxLayout(self.people_box)
        self.add_person_button = QPushButton(tr("StartDialog", "&Add participant"))
        self.add_person_button.setAccessibleName("Add participant")
        self.add_person_button.clicked.connect(lambda: self.add_participant())
        self.people_layout.addWidget(self.add_person_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.group_mode.toggled.connect(self._mode_changed)

        # Alt+ its first letter, except in Urdu and Punjabi, whose words an underlined letter
        # breaks (their translations mark none: tools/ui_translations.py --check).
        joined_script = current_language().split("-")[0] in ("ur", "pa")
        shortcut = "" if joined_script else "&"
        self.consent = QCheckBox(shortcut + tr("StartDialog", CONSENT_TEXT))
        self.consent.setAccessibleName("The group agreed to the data being kept and sent")
        self.consent.setStyleSheet("QCheckBox { font-weight: bold; }")
        consent_box = QVBoxLayout()
        consent_box.addWidget(self.consent)
        note = QLabel(
            tr(
                "StartDialog",
                "The council uses them to plan support; no names are recorded. If the group "
                "does not agree, stop here: press Cancel and nothing is saved.",
            )
        )
        note.setWordWrap(True)
        note.setObjectName("emptyState")
        consent_box.addWidget(note)

        self.error = QLabel()
        self.error.setObjectName("errorSummary")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setAccessibleName("Problem")
        # An organisation that isn't registered yet can be, without leaving the dialog.
        self.register_button = QPushButton(tr("StartDialog", "&Register it now…"))
        self.register_button.setAccessibleName("Register the organisation now")
        self.register_button.setToolTip(
            "Open the registration form, then come back here with the organisation chosen"
        )
        self.register_button.clicked.connect(self.register_now)
        self.register_button.setVisible(False)
        self.open_registration = register_organisation  # replaceable (tests)

        # The session's language: the form, the runner, the projector and the report.
        self.language = QComboBox()
        self.language.setAccessibleName("Language of the session")
        for code in SHIPPED_LANGUAGES:
            native, english = language_name(code, native=True), language_name(code)
            self.language.addItem(native if native == english else f"{native} — {english}", code)
        self.draft_mark = QLabel()
        self.draft_mark.setObjectName("draftMark")
        self.draft_mark.setStyleSheet("QLabel#draftMark { color: #5f6b73; font-size: 9pt; }")
        self.draft_mark.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.organisation.currentIndexChanged.connect(self._default_language)
        language_box = QVBoxLayout()
        language_box.setSpacing(2)
        language_box.addWidget(self.language)
        language_box.addWidget(self.draft_mark)

        form = QFormLayout()
        organisation_row = QHBoxLayout()
        organisation_row.addWidget(self.organisation, 1)
        organisation_row.addWidget(self.register_button)
        form.addRow(tr("StartDialog", "Organisation"), organisation_row)
        organisation_label = form.labelForField(organisation_row)
        if isinstance(organisation_label, QLabel):
            organisation_label.setBuddy(self.organisation)
        form.addRow(tr("StartDialog", "Assessment"), kind_row)
        self.stage_label = stage_label = QLabel()
        stage_label.setBuddy(self.stage)  # Alt+S reaches the stage
        form.addRow(stage_label, stage_box)
        self.form_layout = form
        form.addRow(tr("StartDialog", "Mode"), mode_row)
        form.addRow(tr("StartDialog", "&Language"), language_box)
        form.addRow(tr("StartDialog", "&Venue"), self.venue)
        form.addRow(tr("StartDialog", "Fa&cilitator"), self.facilitator)
        label = form.labelForField(language_box)
        if isinstance(label, QLabel):
            label.setBuddy(self.language)

        self.buttons = QDialogButtonBox()
        self.start_button = self.buttons.addButton(
            tr("StartDialog", "Start"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setAccessibleName("Start the assessment")
        self.start_button.setObjectName("primaryButton")
        cancel = self.buttons.addButton(
            tr("StartDialog", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        cancel.setAccessibleName("Cancel: do not start")
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        self.consent.toggled.connect(self._update_start)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(form)
        # Six or more participants scroll inside the dialog rather than push it off a small
        # screen.
        self.people_scroll = scroll_area(self.people_box, "Participants")
        self.people_scroll.setVisible(False)
        layout.addWidget(self.people_scroll)
        layout.addLayout(consent_box)
        layout.addWidget(self.buttons)
        self._update_start()
        self._default_language()
        for button in self.kind_buttons.values():
            button.toggled.connect(self._kind_changed)
        self.organisation.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.start)
        (self.venue if organisation_id else self.organisation).setFocus()
        if self.organisation.count() == 0:
            self._show_error(
                tr(
                    "StartDialog",
                    "No organisations are registered yet. Register one now, then start.",
                )
            )

    # -- stage --------------------------------------------------------------------------------

    def _kind_changed(self) -> None:
        """Fill the stage list for the chosen kind's form, with how long each would take."""
        kind = self.chosen_kind()
        form = self.services.assessments.available_forms().get(kind)
        cat = kind == "cat_readiness"
        minutes = (
            {}
            if cat or form is None or not form.stages
            else self.services.assessments.session_minutes(self.organisation.currentData(), kind)
        )
        self._stage_minutes = minutes
        previous = self.stage.currentData()
        self.stage.blockSignals(True)
        self.stage.clear()
        # The stages' names come from the form file, in the language the dialog is shown in.
        shown_in = current_language()
        for stage in form.stages if form is not None else ():
            title = stage.title.get(shown_in)
            if stage.id in minutes:
                title = tr("StartDialog", "{title}: about {minutes} minutes").format(
                    title=title, minutes=minutes[stage.id]
                )
            self.stage.addItem(title, stage.id)
            self.stage.setItemData(
                self.stage.count() - 1,
                stage.description.get(shown_in) if stage.description else "",
                Qt.ItemDataRole.ToolTipRole,
            )
        if self.stage.findData(previous) >= 0 and self._stage_kind == kind:
            self.stage.setCurrentIndex(self.stage.findData(previous))
        else:
            self.stage.setCurrentIndex(max(0, self.stage.findData(self._default_stage(form))))
        self.stage.blockSignals(False)
        self._stage_kind = kind
        self.stage_label.setText(
            tr("StartDialog", "CAT &stage") if cat else tr("StartDialog", "Cove&rage")
        )
        self.stage.setAccessibleName("CAT stage" if cat else "How much the session covers")
        # showing the row shows all of it, the note too: the note decides after
        self.form_layout.setRowVisible(self.stage_box, self.stage.count() > 0)
        self._stage_changed()

    def _default_stage(self, form: FormDefinition | None) -> str | None:
        """The form's default stage, except that a health check whose full version would not
        fit one sitting starts on its key statements."""
        if form is None or not form.stages:
            return None
        minutes = self._stage_minutes
        if minutes.get(form.default_stage, 0) > ONE_SITTING_MINUTES:
            return min(minutes, key=lambda stage_id: minutes[stage_id])
        return form.default_stage

    def _stage_changed(self) -> None:
        tip = self.stage.currentData(Qt.ItemDataRole.ToolTipRole) or ""
        if self.chosen_kind() == "cat_readiness":
            after = tr(
                "StartDialog", "The verdict will say which conditions of this stage are met."
            )
        else:
            minutes = self._stage_minutes.get(self.stage.currentData())
            after = (
                tr(
                    "StartDialog",
                    "Longer than one sitting of {limit} minutes: plan two visits, or start "
                    "with the key statements.",
                ).format(limit=ONE_SITTING_MINUTES)
                if minutes is not None and minutes > ONE_SITTING_MINUTES
                else ""
            )
        # The stage's description is its tooltip; the note says only what needs saying (how
        # far a CAT verdict reaches, or a session longer than one sitting): a short dialog.
        self.stage.setToolTip(tip)
        self.stage_note.setText(after)
        self.stage_note.setVisible(bool(after))
        self._fit_to_screen()

    def chosen_stage(self) -> str | None:
        """The stage chosen (CAT step or health check coverage), or None for a form without."""
        return self.stage.currentData() or None

    # -- participants -------------------------------------------------------------------------

    def _mode_changed(self, group: bool) -> None:
        self.people_scroll.setVisible(group)
        if group and not self.rows:
            for _ in range(3):
                self.add_participant(focus=False)
        self._fit_to_screen()

    def add_participant(self, role: str = "member", focus: bool = True) -> ParticipantRow:
        used = {row.value()[0] for row in self.rows}
        number = 1
        while f"P{number}" in used:
            number += 1
        row = ParticipantRow(f"P{number}", role)
        row.remove_button.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self.people_layout.insertWidget(len(self.rows) - 1, row)
        if self.people_scroll.isVisible():
            row.show()  # now, not on the next event loop turn, so its height counts below
            self._fit_to_screen()
            self.people_scroll.ensureWidgetVisible(row)
        if focus:
            row.role.setFocus()
        return row

    def _remove(self, row: ParticipantRow) -> None:
        self.rows.remove(row)
        self.people_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        self.add_person_button.setFocus()

    def _update_start(self) -> None:
        self.start_button.setEnabled(self.consent.isChecked())
        self.start_button.setToolTip(
            ""
            if self.consent.isChecked()
            else tr("StartDialog", "Record the group's agreement first")
        )

    # -- language -----------------------------------------------------------------------------

    def chosen_language(self) -> str:
        return str(self.language.currentData() or "en")

    def _default_language(self) -> None:
        """The language recorded for the organisation's contact, if it is one we offer."""
        organisation_id = self.organisation.currentData()
        code = None
        if organisation_id:
            try:
                values = self.services.organisations.get(organisation_id).values
            except UserError:
                values = {}
            code = language_from_text(values.get("contact_language"))
        index = self.language.findData(code or "en")
        self.language.setCurrentIndex(max(0, index))
        self._language_changed()

    def _language_changed(self) -> None:
        drafts = draft_files(self.chosen_language())
        self.draft_mark.setText(tr("StartDialog", DRAFT_MARK) if drafts else "")
        self.draft_mark.setToolTip("\n".join(drafts))
        self.draft_mark.setVisible(bool(drafts))

    # -- starting -----------------------------------------------------------------------------

    def chosen_kind(self) -> str:
        for key, button in self.kind_buttons.items():
            if button.isChecked():
                return key
        return "health_check"

    def typed_name(self) -> str:
        return self.organisation.currentText().strip()

    def _choose_typed(self) -> str | None:
        """The organisation chosen, or the one whose name was typed in full (any case)."""
        typed = self.typed_name()
        if typed and self.organisation.itemText(self.organisation.currentIndex()) != typed:
            index = self.organisation.findText(typed, Qt.MatchFlag.MatchFixedString)
            if index >= 0:
                self.organisation.setCurrentIndex(index)
        if self.organisation.currentIndex() < 0 or not typed:
            return None
        if (
            self.organisation.itemText(self.organisation.currentIndex()).casefold()
            != typed.casefold()
        ):
            return None
        data = self.organisation.currentData()
        return str(data) if data else None

    def register_now(self) -> None:
        """Register the typed organisation, then come back here with it chosen."""
        detail = self.open_registration(self, self.services, self.typed_name())
        if detail is None:
            return
        self.organisation.addItem(detail.name, detail.id)
        self.organisation.setCurrentIndex(self.organisation.count() - 1)
        self.error.setVisible(False)
        self.register_button.setVisible(False)
        self._fit_height()
        self.venue.setFocus()

    def start(self) -> None:
        organisation_id = (
            self.organisation.currentData()
            if not self.organisation.isEnabled()
            else self._choose_typed()
        )
        if not organisation_id:
            typed = self.typed_name()
            if typed:
                message = tr(
                    "StartDialog", "“{name}” is not registered yet. Register it now, then start."
                ).format(name=typed)
            elif self.organisation.count() == 0:
                message = tr(
                    "StartDialog",
                    "No organisations are registered yet. Register one now, then start.",
                )
            else:
                message = tr("StartDialog", "Choose the organisation first.")
            self._show_error(message)
            self.register_button.setVisible(True)
            self.register_button.setFocus()
            return
        mode = "group" if self.group_mode.isChecked() else "facilitated"
        participants = [row.value() for row in self.rows] if mode == "group" else []
        try:
            detail = self.services.assessments.start(
                organisation_id,
                self.chosen_kind(),
                mode,
                consent_given=self.consent.isChecked(),
                venue=self.venue.text(),
                facilitator=self.facilitator.text(),
                participants=participants,
                stage=self.chosen_stage(),
            )
        except UserError as error:
            self._show_error(error_text(error))
            return
        self.services.assessments.set_session_language(detail.id, self.chosen_language())
        if self.facilitator.text().strip():
            self.services.settings.set(SettingKey.LAST_FACILITATOR, self.facilitator.text().strip())
        self.started.emit(detail.id)
        self.accept()

    def _show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        if self.organisation.count() == 0 and self.organisation.isEnabled():
            self.register_button.setVisible(True)
        # Grow to take the banner, rather than squeezing the rows under it.
        self._fit_height()

    def _fit_to_screen(self) -> None:
        """As tall as the rows want (participants included), but never taller than the screen:
        past that the participants scroll."""
        self.people_layout.activate()  # a row just added counts
        layout = self.layout()
        if layout is not None:
            layout.activate()
        wanted = self.sizeHint().expandedTo(self.minimumSizeHint())
        height = wanted.height()
        if self.people_scroll.isVisible() and layout is not None:
            # Everything else, plus every participant row without scrolling.
            others = layout.sizeHint().height() - self.people_scroll.sizeHint().height()
            height = max(height, others + self.people_box.sizeHint().height() + 4)
        screen = self.screen()
        if screen is not None:
            height = min(height, screen.availableGeometry().height() - 48)
        self.resize(max(self.width(), wanted.width()), max(height, self.minimumSizeHint().height()))

    def _fit_height(self) -> None:
        """Grow (or shrink) to the height the rows need at the current width."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = (
            layout.heightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.sizeHint().height()
        )
        self.resize(self.width(), max(wanted, layout.minimumSize().height()))
