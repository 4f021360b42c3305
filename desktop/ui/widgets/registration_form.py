"""The GAP registration form: every registration field, in sections, with inline problems.

The form knows nothing about the database. It gives plain values (`values()`), takes them
(`set_values()`), and shows the service's validation problems under their fields
(`show_problems()`); the page decides when to save.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.registration.choices import (
    BENEFICIARIES,
    CONSENT_COVERS,
    FIELD_LABELS,
    GAP_STATUSES,
    INCOME_BANDS,
    INSURANCE,
    INTERESTS,
    LEGAL_FORMS,
    POLICIES,
    THEMES,
    WHOLE_DISTRICT,
    WHOLE_DISTRICT_LABEL,
)
from desktop.registration.problems import RegistrationError
from desktop.registration.validation import validate_registration
from desktop.registration.wards import WardList
from desktop.ui.i18n import message_text, tr, tr_format, tr_noop

Choices = Sequence[tuple[str, str]]

DATE_HINT = tr_noop("Registration", "dd/mm/yyyy")


def _date_text(value: Any) -> str:
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return ""


def _number_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _text_or_none(text: str) -> str | None:
    text = text.strip()
    return text or None


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class Section(QWidget):
    """A titled group of fields that can be folded away (click or Space on its header)."""

    def __init__(self, title: str, expanded: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = QToolButton()
        self.header.setObjectName("sectionHeader")
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setChecked(expanded)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.header.setAccessibleName(tr_format("Registration", "{title} section", title=title))
        self.header.setAccessibleDescription(tr("Registration", "Show or hide this section"))
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setContentsMargins(18, 2, 4, 10)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #dde3e7;")
        layout.addWidget(line)
        layout.addWidget(self.header)
        layout.addWidget(self.body)
        self.header.toggled.connect(self._toggled)
        self._toggled(expanded)

    def _toggled(self, expanded: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def expand(self) -> None:
        self.header.setChecked(True)

    @property
    def expanded(self) -> bool:
        return self.header.isChecked()


class CheckList(QWidget):
    """Several choices as check boxes in columns; the value is the list of ticked ids."""

    changed = Signal()

    def __init__(
        self, label: str, choices: Choices, columns: int = 2, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(label)
        self._boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        rows = (len(choices) + columns - 1) // columns
        for number, (choice_id, choice_label) in enumerate(choices):
            shown = tr("Registration", choice_label)
            box = QCheckBox(shown)
            box.setAccessibleName(f"{label}: {shown}")
            box.toggled.connect(self.changed)
            self._boxes[choice_id] = box
            grid.addWidget(box, number % rows, number // rows)

    def value(self) -> list[str]:
        return [choice_id for choice_id, box in self._boxes.items() if box.isChecked()]

    def set_value(self, ticked: Iterable[str]) -> None:
        wanted = set(ticked)
        for choice_id, box in self._boxes.items():
            box.setChecked(choice_id in wanted)

    def box(self, choice_id: str) -> QCheckBox:
        return self._boxes[choice_id]

    def set_error_mark(self, on: bool) -> None:
        for box in self._boxes.values():
            box.setProperty("error", on)


class PolicyList(QWidget):
    """Policies held, each with the date it was last reviewed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Registration", "Policies held"))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self._rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for row, (policy_id, label) in enumerate(POLICIES):
            label = tr("Registration", label)
            box = QCheckBox(label)
            box.setAccessibleName(tr_format("Registration", "Policy held: {policy}", policy=label))
            reviewed = QLineEdit()
            reviewed.setPlaceholderText(
                tr_format(
                    "Registration",
                    "last reviewed, {date_format}",
                    date_format=tr("Registration", DATE_HINT),
                )
            )
            reviewed.setAccessibleName(
                tr_format("Registration", "{policy} policy: last review date", policy=label)
            )
            reviewed.setEnabled(False)
            reviewed.setMaximumWidth(190)
            box.toggled.connect(reviewed.setEnabled)
            box.toggled.connect(self.changed)
            reviewed.textChanged.connect(self.changed)
            grid.addWidget(box, row, 0)
            grid.addWidget(reviewed, row, 1)
            self._rows[policy_id] = (box, reviewed)
        grid.setColumnStretch(0, 1)

    def value(self) -> dict[str, str | None]:
        return {
            policy_id: _text_or_none(reviewed.text())
            for policy_id, (box, reviewed) in self._rows.items()
            if box.isChecked()
        }

    def set_value(self, policies: dict[str, Any] | None) -> None:
        policies = policies or {}
        for policy_id, (box, reviewed) in self._rows.items():
            box.setChecked(policy_id in policies)
            reviewed.setText(_date_text(policies.get(policy_id)))

    def set_error_mark(self, on: bool) -> None:
        for _box, reviewed in self._rows.values():
            reviewed.setProperty("error", on)


class Field:
    """One registration field on the form: how to read and write it, and where its problem shows."""

    def __init__(
        self,
        name: str,
        widget: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
        section: Section,
    ) -> None:
        self.name = name
        self.widget = widget
        self.get = getter
        self.set = setter
        self.section = section
        # The row's widget in the section's form layout (editor + problem text).
        self.holder = QWidget()
        self.error = QLabel()
        self.error.setProperty("role", "fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setAccessibleName(
            tr_format(
                "Registration",
                "Problem with {field}",
                field=tr("Registration", FIELD_LABELS.get(name, name)),
            )
        )

    def show_problem(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.widget.setAccessibleDescription(message or "")
        mark = getattr(self.widget, "set_error_mark", None)
        if mark is not None:
            mark(bool(message))
        else:
            self.widget.setProperty("error", bool(message))
        for widget in [self.widget, *self.widget.findChildren(QWidget)]:
            # A dynamic property only restyles after the style is re-applied.
            widget.style().unpolish(widget)
            widget.style().polish(widget)


class RegistrationForm(QWidget):
    """Every field of a GAP registration, grouped in sections that fold away."""

    changed = Signal()

    def __init__(self, ward_list: WardList, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ward_list = ward_list
        self.setAccessibleName(tr("Registration", "Registration form"))
        self.fields: dict[str, Field] = {}
        self.sections: list[Section] = []
        self._loading = False
        self._baseline: dict[str, Any] = {}
        self._left: set[str] = set()  # fields the person has been in and left

        self.title = QLabel(tr("Registration", "New organisation"))
        self.title.setObjectName("pageTitle")
        self.title.setAccessibleName(tr("Registration", "Organisation being edited"))
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("errorSummary")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        self.summary.setAccessibleName(tr("Registration", "Problems to put right before saving"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        content = QWidget()
        self._content_layout = QVBoxLayout(content)
        self._content_layout.setContentsMargins(0, 0, 8, 0)
        self._content_layout.setSpacing(2)
        self._captions: list[QLabel] = []
        self._build_sections()
        # One label column across all sections, so the fields line up down the form; the few
        # long labels wrap rather than squeeze every field.
        for caption in self._captions:
            caption.setWordWrap(True)
            caption.setFixedWidth(150)
        self._content_layout.addStretch(1)

        self.fields_scroll = QScrollArea()
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_scroll.setWidget(content)
        self.fields_scroll.setAccessibleName(tr("Registration", "Registration fields"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        required = QLabel(tr("Registration", "Fields marked * are needed."))
        required.setObjectName("emptyState")
        layout.addWidget(required)
        layout.addWidget(self.summary)
        layout.addWidget(self.fields_scroll, 1)
        self.clear()

    # -- building -----------------------------------------------------------------------------

    def _section(self, title: str, expanded: bool) -> Section:
        section = Section(title, expanded)
        self.sections.append(section)
        self._content_layout.addWidget(section)
        return section

    def _add(
        self,
        section: Section,
        name: str,
        widget: QWidget,
        getter: Callable[[], Any],
        setter: Callable[[Any], None],
        required: bool = False,
        label: str | None = None,
    ) -> Field:
        text = tr("Registration", label or FIELD_LABELS[name])
        if not widget.accessibleName():
            widget.setAccessibleName(text)
        field = Field(name, widget, getter, setter, section)
        holder = field.holder
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(field.error)
        caption = QLabel(tr_format("Registration", "{label} *", label=text) if required else text)
        caption.setBuddy(widget)
        self._captions.append(caption)
        section.form.addRow(caption, holder)
        self.fields[name] = field
        for part in [widget, *widget.findChildren(QWidget)]:
            part.setProperty("registrationField", name)
            part.installEventFilter(self)
        return field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut and not self._loading:
            name = watched.property("registrationField")
            if isinstance(name, str) and name in self.fields:
                self._left.add(name)
                self.check_as_typed()
        return super().eventFilter(watched, event)

    def current_problems(self) -> list[tuple[str, str]]:
        """Every problem of the registration as typed now (the same rules as Save)."""
        try:
            validate_registration(
                self.values(),
                ward_list=self.ward_list,
                existing=self._baseline or None,
                allow_unknown_ward=False,
            )
        except RegistrationError as error:
            return [(problem.field, problem.message) for problem in error.problems]
        return []

    def width_needed(self) -> int:
        """The width at which the fields fit without scrolling sideways."""
        content = self.fields_scroll.widget()
        if content is None:
            return 0
        return (
            content.minimumSizeHint().width()
            + self.fields_scroll.verticalScrollBar().sizeHint().width()
        )

    def check_as_typed(self) -> None:
        """Check the fields already left (and any showing a problem): show what is wrong
        under each, and take a problem away as soon as it is put right."""
        problems = self.current_problems()
        showing = {name for name, field in self.fields.items() if not field.error.isHidden()}
        watched = self._left | showing
        mine = [(name, message) for name, message in problems if name in watched]
        after_save = not self.summary.isHidden()
        if after_save:
            # After a Save the summary lists everything still wrong, and shrinks as it is fixed.
            mine = problems
        self._show(mine, summary=after_save, move_focus=False)

    def _line(
        self, section: Section, name: str, required: bool = False, hint: str = ""
    ) -> QLineEdit:
        edit = QLineEdit()
        if hint:
            edit.setPlaceholderText(hint)
        edit.textChanged.connect(self._edited)
        self._add(
            section,
            name,
            edit,
            lambda: _text_or_none(edit.text()),
            lambda value: edit.setText("" if value is None else str(value)),
            required,
        )
        return edit

    def _number(self, section: Section, name: str, hint: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        edit.setMaximumWidth(160)
        edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        edit.textChanged.connect(self._edited)
        self._add(
            section,
            name,
            edit,
            lambda: _text_or_none(edit.text()),
            lambda value: edit.setText(_number_text(value)),
        )
        return edit

    def _date(self, section: Section, name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(tr("Registration", DATE_HINT))
        edit.setMaximumWidth(160)
        edit.textChanged.connect(self._edited)
        self._add(
            section,
            name,
            edit,
            lambda: _text_or_none(edit.text()),
            lambda value: edit.setText(_date_text(value)),
        )
        return edit

    def _lines_box(self, section: Section, name: str, hint: str, rows: int = 2) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setPlaceholderText(hint)
        box.setTabChangesFocus(True)
        box.setFixedHeight(box.fontMetrics().lineSpacing() * (rows + 1) + 8)
        box.textChanged.connect(self._edited)
        self._add(
            section,
            name,
            box,
            lambda: _lines(box.toPlainText()),
            lambda value: box.setPlainText("\n".join(value or [])),
        )
        return box

    def _combo(
        self,
        section: Section,
        name: str,
        choices: Choices,
        empty: str | None,
        required: bool = False,
    ) -> QComboBox:
        combo = QComboBox()
        # Long choices must not widen the form: the popup shows them in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        if empty is not None:
            combo.addItem(empty, None)
        for choice_id, label in choices:
            combo.addItem(tr("Registration", label), choice_id)
        combo.currentIndexChanged.connect(self._edited)

        def set_choice(value: Any) -> None:
            index = combo.findData(value)
            if index < 0 and value is not None:
                combo.addItem(str(value), value)
                index = combo.count() - 1
            combo.setCurrentIndex(max(index, 0))

        self._add(section, name, combo, combo.currentData, set_choice, required)
        return combo

    def _checks(self, section: Section, name: str, choices: Choices, columns: int = 2) -> CheckList:
        checks = CheckList(tr("Registration", FIELD_LABELS[name]), choices, columns)
        checks.changed.connect(self._edited)
        self._add(section, name, checks, checks.value, lambda value: checks.set_value(value or []))
        return checks

    def _build_sections(self) -> None:
        about = self._section(tr("Registration", "Organisation"), expanded=True)
        self.name_edit = self._line(
            about, "name", required=True, hint=tr("Registration", "e.g. Holme Valley Food Bank")
        )
        self._lines_box(
            about, "other_names", tr("Registration", "working or former names, one a line")
        )
        self.legal_form = self._combo(
            about, "legal_form", LEGAL_FORMS, tr("Registration", "Choose…"), required=True
        )
        self.legal_form_other = self._line(
            about, "legal_form_other", hint=tr("Registration", "say what")
        )
        self._line(about, "charity_id", hint=tr("Registration", "e.g. 1234567, SC012345"))
        self._line(about, "company_id", hint=tr("Registration", "e.g. 01234567, SC123456"))
        self._line(about, "mutuals_id", hint=tr("Registration", "e.g. 12345R"))
        self.legal_form.currentIndexChanged.connect(self._legal_form_changed)

        place = self._section(tr("Registration", "Address and ward"), expanded=True)
        self._lines_box(place, "address_lines", tr("Registration", "one line each"), rows=2)
        self._line(place, "town")
        self.postcode_edit = self._line(
            place, "postcode", required=True, hint=tr("Registration", "e.g. HD1 2AB")
        )
        self.ward = self._combo(
            place, "ward", [(n, n) for n in self.ward_list.names], tr("Registration", "Not set")
        )
        self.district_area = self._combo(
            place,
            "district_area",
            [(a, a) for a in self.ward_list.areas],
            tr("Registration", "Not set"),
        )
        self.district_area.setToolTip(tr("Registration", "Filled in from the ward"))
        self.ward.currentIndexChanged.connect(self._ward_changed)
        areas = [(WHOLE_DISTRICT, WHOLE_DISTRICT_LABEL)] + [(n, n) for n in self.ward_list.names]
        self._checks(place, "areas_of_benefit", areas, columns=2)

        work = self._section(tr("Registration", "What it does"), expanded=False)
        self._checks(work, "themes", THEMES)
        self.beneficiaries = self._checks(work, "beneficiaries", BENEFICIARIES)
        self.beneficiaries_other = self._line(
            work, "beneficiaries_other", hint=tr("Registration", "say who")
        )
        self.beneficiaries.box("other").toggled.connect(self._beneficiaries_changed)
        self._number(work, "year_founded", tr("Registration", "e.g. 1998"))

        size = self._section(tr("Registration", "Size and money"), expanded=False)
        self._combo(size, "income_band", INCOME_BANDS, tr("Registration", "Not known"))
        self._number(size, "trustees_count", tr("Registration", "0–100"))
        self._number(size, "staff_fte", tr("Registration", "e.g. 2.5"))
        self._number(size, "volunteers_count", tr("Registration", "e.g. 25"))
        self.bank = QComboBox()
        for label, value in (
            (tr("Registration", "Not known"), None),
            (tr("Registration", "Yes"), True),
            (tr("Registration", "No"), False),
        ):
            self.bank.addItem(label, value)
        self.bank.currentIndexChanged.connect(self._edited)
        self._add(
            size,
            "has_bank_account",
            self.bank,
            self.bank.currentData,
            lambda value: self.bank.setCurrentIndex(max(self.bank.findData(value), 0)),
        )
        self.signatories = self._number(
            size, "bank_signatories", tr("Registration", "how many can sign")
        )
        self.bank.currentIndexChanged.connect(self._bank_changed)

        policies = self._section(tr("Registration", "Policies and insurance"), expanded=False)
        self.policies = PolicyList()
        self.policies.changed.connect(self._edited)
        self._add(policies, "policies", self.policies, self.policies.value, self.policies.set_value)
        self._checks(policies, "insurance", INSURANCE)

        interests = self._section(tr("Registration", "Interested in"), expanded=False)
        self.interests = self._checks(interests, "interested_in", INTERESTS)
        self.cat_building = self._line(
            interests, "cat_building", hint=tr("Registration", "building name and address")
        )
        self.interests.box("community_asset_transfer").toggled.connect(self._interests_changed)

        contact = self._section(tr("Registration", "Contact person and consent"), expanded=False)
        self._line(contact, "contact_name")
        self._line(contact, "contact_role", hint=tr("Registration", "e.g. Secretary"))
        self._line(contact, "contact_email", hint=tr("Registration", "name@example.org"))
        self._line(contact, "contact_phone", hint=tr("Registration", "e.g. 01484 221000"))
        self._line(contact, "contact_language", hint=tr("Registration", "e.g. English, Urdu"))
        self._date(contact, "consent_date")
        self._line(
            contact, "consent_how", hint=tr("Registration", "e.g. signed the registration form")
        )
        self._checks(contact, "consent_covers", CONSENT_COVERS, columns=1)

        status = self._section(tr("Registration", "GAP status and notes"), expanded=False)
        self._combo(status, "gap_status", GAP_STATUSES, None)
        self._date(status, "gap_status_date")
        notes = QPlainTextEdit()
        notes.setTabChangesFocus(True)
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 4 + 10)
        notes.textChanged.connect(self._edited)
        self._add(
            status,
            "notes",
            notes,
            lambda: _text_or_none(notes.toPlainText()),
            lambda value: notes.setPlainText(value or ""),
        )

    # -- fields that follow others ------------------------------------------------------------

    def _show_row(self, name: str, visible: bool) -> None:
        # Follow-on questions appear only when the answer above asks for them.
        field = self.fields[name]
        field.section.form.setRowVisible(field.holder, visible)

    def _legal_form_changed(self) -> None:
        self._show_row("legal_form_other", self.legal_form.currentData() == "other")

    def _beneficiaries_changed(self) -> None:
        self._show_row("beneficiaries_other", self.beneficiaries.box("other").isChecked())

    def _interests_changed(self) -> None:
        on = self.interests.box("community_asset_transfer").isChecked()
        self._show_row("cat_building", on)

    def _bank_changed(self) -> None:
        self._show_row("bank_signatories", self.bank.currentData() is True)

    def _ward_changed(self) -> None:
        area = self.ward_list.area_for(self.ward.currentData())
        if area is not None:
            index = self.district_area.findData(area)
            if index < 0:
                self.district_area.addItem(area, area)
                index = self.district_area.count() - 1
            self.district_area.setCurrentIndex(index)
        # The area comes from the ward when the ward list knows it; otherwise people choose.
        self.district_area.setEnabled(area is None)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    # -- values in and out --------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The registration as typed: plain values for the service to check and clean."""
        values = {name: field.get() for name, field in self.fields.items()}
        # Disabled follow-on fields carry nothing, so stale text never reaches the record.
        if values.get("legal_form") != "other":
            values["legal_form_other"] = None
        if values.get("has_bank_account") is not True:
            values["bank_signatories"] = None
        if "other" not in values.get("beneficiaries", []):
            values["beneficiaries_other"] = None
        if "community_asset_transfer" not in values.get("interested_in", []):
            values["cat_building"] = None
        return values

    def set_values(self, values: dict[str, Any], title: str | None = None) -> None:
        self._loading = True
        try:
            for name, field in self.fields.items():
                field.set(values.get(name))
            self._legal_form_changed()
            self._beneficiaries_changed()
            self._interests_changed()
            self._bank_changed()
            ward = values.get("ward")
            self._ward_changed()
            if ward and not self.ward_list.is_current(ward):
                index = self.ward.findData(ward)
                self.ward.setItemText(
                    index, tr_format("Registration", "{ward} (not a current ward)", ward=ward)
                )
            if values.get("district_area"):
                self.fields["district_area"].set(values["district_area"])
        finally:
            self._loading = False
        self._left.clear()
        self.clear_problems()
        self.title.setText(title or values.get("name") or tr("Registration", "New organisation"))
        self._baseline = self.values()

    def clear(self) -> None:
        """An empty form for a new registration."""
        self.set_values({"gap_status": "registered"}, title=tr("Registration", "New organisation"))

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def mark_saved(self, values: dict[str, Any], title: str) -> None:
        self.set_values(values, title)

    # -- problems -----------------------------------------------------------------------------

    def show_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        """Each problem under its field (red, field outlined) and all of them at the top."""
        self._show(problems, summary=True, move_focus=True)

    def _show(
        self, problems: Sequence[tuple[str, str]], *, summary: bool, move_focus: bool
    ) -> None:
        self.clear_problems()
        first: Field | None = None
        by_field: dict[str, list[str]] = {}
        for name, message in problems:
            by_field.setdefault(name, []).append(message)
        for name, messages in by_field.items():
            field = self.fields.get(name)
            if field is None:
                continue
            # Under its field a problem goes without the field's name ("Postcode: ..."),
            # in English or in the language shown (whose messages start with the same label).
            label = FIELD_LABELS.get(name, name)
            prefixes = (f"{tr('Registration', label)}: ", f"{label}: ")
            field.show_problem(" ".join(_without(message_text(m), prefixes) for m in messages))
            field.section.expand()
            if first is None:
                first = field
        if not summary or not problems:
            return
        count = len(problems)
        heading = (
            tr("Registration", "One thing to put right before saving:")
            if count == 1
            else tr("Registration", "{count} things to put right before saving:").format(
                count=count
            )
        )
        items = "".join(f"<li>{escape(message_text(message))}</li>" for _name, message in problems)
        self.summary.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>")
        self.summary.setVisible(True)
        if first is not None and move_focus:
            self.fields_scroll.ensureWidgetVisible(first.widget, 10, 40)
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_field(self, name: str) -> None:
        """Unfold a field's section, scroll to it and put the cursor in it."""
        field = self.fields.get(name)
        if field is None:
            return
        field.section.expand()
        self.fields_scroll.ensureWidgetVisible(field.widget, 10, 40)
        field.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_problems(self) -> None:
        self.summary.setVisible(False)
        self.summary.clear()
        for field in self.fields.values():
            if field.error.isVisible() or field.error.text():
                field.show_problem(None)

    def problem_text(self, name: str) -> str:
        """What the form says is wrong with a field ("" when nothing is): read by tests
        (pytest-qt) to check what a person is shown, and when."""
        field = self.fields[name]
        return field.error.text() if not field.error.isHidden() else ""


def _without(text: str, prefixes: tuple[str, ...]) -> str:
    for prefix in prefixes:
        if text.startswith(prefix):
            return text.removeprefix(prefix)
    return text
