"""Council Conflicts page: fields two laptops changed from the same value, side by side.

The merge already took the later edit; here staff confirm it ("Keep this value") or choose the
other one ("Use the other value"), which is written as an ordinary new revision with an audit
event, so it travels back to the laptops and wins everywhere.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.format import tr_noop
from desktop.ui.changes import Changed
from desktop.ui.field_words import field_word
from desktop.ui.format import local_time
from desktop.ui.i18n import error_text, tr
from desktop.ui.models.records import Column, RecordsModel
from desktop.ui.pages.base import Page
from desktop.ui.pages.overview import date_locale
from desktop.ui.widgets.confirm import confirm_destructive
from desktop.ui.widgets.tables import fit_columns, make_table

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.sync.conflicts import ConflictInfo

ENTITY_LABELS = {
    "organisations": tr_noop("Conflicts", "Registration"),
    "assessments": tr_noop("Conflicts", "Assessment"),
    "participants": tr_noop("Conflicts", "Participant"),
    "responses": tr_noop("Conflicts", "Answer"),
    "action_items": tr_noop("Conflicts", "Action plan"),
    "form_snapshots": tr_noop("Conflicts", "Form"),
}
STATUS_CHOICES = (
    ("open", tr_noop("Conflicts", "Open")),
    ("kept", tr_noop("Conflicts", "Kept")),
    ("reversed", tr_noop("Conflicts", "Changed to the other")),
    (None, tr_noop("Conflicts", "All")),
)


def _entity(entity_type: str) -> str:
    if entity_type in ENTITY_LABELS:
        return tr("Conflicts", ENTITY_LABELS[entity_type])
    return entity_type


def field_label(conflict: ConflictInfo) -> str:
    """A registration field by its name on the form ("Contact phone"); another record's field
    as "Assessment: status"."""
    if conflict.entity_type == "organisations":
        return field_word(conflict.field)
    if conflict.field == "deleted_at":
        return tr("Conflicts", "{record}: deleted").format(record=_entity(conflict.entity_type))
    name = conflict.field.replace("_", " ")
    return f"{_entity(conflict.entity_type)}: {name}"


def status_label(status: str) -> str:
    shown = dict(STATUS_CHOICES).get(status)
    return tr("Conflicts", shown) if shown else status


def value_text(value: Any, field: str = "") -> str:
    """A stored value as a person reads it."""
    if value is None:
        return tr("Conflicts", "(deleted)") if field == "deleted_at" else tr("Conflicts", "(empty)")
    if isinstance(value, bool):
        return tr("Conflicts", "Yes") if value else tr("Conflicts", "No")
    if isinstance(value, list):
        return "; ".join(str(item) for item in value) if value else tr("Conflicts", "(empty)")
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def when(moment: datetime) -> str:
    return local_time(moment)


CONFLICT_COLUMNS = (
    Column(
        tr_noop("Conflicts", "Organisation"),
        lambda c: c.organisation_name or tr("Conflicts", "(not an organisation)"),
    ),
    Column(tr_noop("Conflicts", "Field"), field_label),
    Column(tr_noop("Conflicts", "Value kept"), lambda c: value_text(c.winner_value, c.field)),
    Column(tr_noop("Conflicts", "From"), lambda c: c.winner_device_name or c.winner_device[:8]),
    Column(tr_noop("Conflicts", "Other value"), lambda c: value_text(c.loser_value, c.field)),
    # The trailing space keeps the second "From" a text of its own for translators.
    Column(tr_noop("Conflicts", "From "), lambda c: c.loser_device_name or c.loser_device[:8]),
    Column(tr_noop("Conflicts", "Found"), lambda c: c.detected_at),
    Column(tr_noop("Conflicts", "Status"), lambda c: status_label(c.status)),
)


class ValueBox(QFrame):
    """One side of the comparison: the value, who set it and when."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("valueBox")
        self.setStyleSheet(
            "QFrame#valueBox { border: 1px solid #cfd6db; border-radius: 6px; background: #fff; }"
        )
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setAccessibleName(title)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        self.origin.setAccessibleName(f"{title}: who and when")
        self.origin.setStyleSheet("color: #5f6b73;")
        self.value = QPlainTextEdit()
        self.value.setReadOnly(True)
        self.value.setAccessibleName(f"{title}: value")
        self.value.setFixedHeight(72)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.origin)

    def show_value(self, value: Any, field: str, device: str, at: datetime) -> None:
        self.value.setPlainText(value_text(value, field))
        self.origin.setText(
            tr("Conflicts", "Set on {device} at {when}").format(device=device, when=when(at))
        )

    def clear(self) -> None:
        self.value.setPlainText("")
        self.origin.setText("")


class ConflictsPage(Page):
    """Council: review conflicts and keep or reverse each."""

    title = "Conflicts"
    shows = Changed.CONFLICTS | Changed.DEVICES

    def __init__(self, services: Services, council: bool = False, parent: QWidget | None = None):
        super().__init__(services, council, parent)
        # Replaceable, as the review's confirm_incomplete, so tests can answer it.
        self.confirm_use_other: Callable[[QWidget, ConflictInfo], bool] = ask_to_use_other
        self._build()
        self.refresh()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        title = QLabel(tr("Conflicts", "Conflicts"))
        title.setObjectName("pageTitle")
        title.setAccessibleName("Conflicts")
        layout.addWidget(title)
        intro = QLabel(
            tr(
                "Conflicts",
                "Two laptops changed the same field from the same starting value. The later "
                "change was kept; confirm it, or use the other value instead (saved as a new "
                "change that goes back to the laptops with the next field pack).",
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName("About conflicts")
        layout.addWidget(intro)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Conflicts", "Show")))
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Which conflicts to show")
        for value, label in STATUS_CHOICES:
            self.status_filter.addItem(tr("Conflicts", label), value)
        filters.addWidget(self.status_filter)
        filters.addWidget(QLabel(tr("Conflicts", "Device")))
        self.device_filter = QComboBox()
        self.device_filter.setAccessibleName("Only conflicts involving this device")
        self.device_filter.setMinimumWidth(160)
        filters.addWidget(self.device_filter)
        self.since_check = QCheckBox(tr("Conflicts", "Found from"))
        self.since_check.setAccessibleName("Only conflicts found from a date")
        self.since_date = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since_date.setCalendarPopup(True)
        self.since_date.setDisplayFormat("dd MMM yyyy")
        self.since_date.setLocale(date_locale())
        self.since_date.setAccessibleName("Found from date")
        self.until_check = QCheckBox(tr("Conflicts", "to"))
        self.until_check.setAccessibleName("Only conflicts found up to a date")
        self.until_date = QDateEdit(QDate.currentDate())
        self.until_date.setCalendarPopup(True)
        self.until_date.setDisplayFormat("dd MMM yyyy")
        self.until_date.setLocale(date_locale())
        self.until_date.setAccessibleName("Found up to date")
        filters.addStretch(1)
        # The dates and the count take a second row so the page fits a 1024-pixel screen.
        dates = QHBoxLayout()
        for widget in (self.since_check, self.since_date, self.until_check, self.until_date):
            dates.addWidget(widget)
        dates.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName("Number of conflicts shown")
        dates.addWidget(self.count_label)
        layout.addLayout(filters)
        layout.addLayout(dates)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        self.model = RecordsModel(
            CONFLICT_COLUMNS, tooltip=_tooltip, parent=self, title_context="Conflicts"
        )
        self.table = make_table(
            self.model,
            "Conflicts",
            tr(
                "Conflicts",
                "Organisation, field, the value kept and the other value, with their devices",
            ),
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.table)

        detail = QWidget()
        detail.setAccessibleName("Conflict details")
        grid = QGridLayout(detail)
        grid.setContentsMargins(0, 8, 0, 0)
        self.detail_title = QLabel(
            tr("Conflicts", "Choose a conflict above to compare its two values.")
        )
        self.detail_title.setAccessibleName("Chosen conflict")
        self.detail_title.setWordWrap(True)
        self.detail_title.setStyleSheet("font-weight: 600; font-size: 11pt;")
        grid.addWidget(self.detail_title, 0, 0, 1, 2)
        self.kept_box = ValueBox(tr("Conflicts", "Value kept (the later change)"))
        self.other_box = ValueBox(tr("Conflicts", "Other value"))
        grid.addWidget(self.kept_box, 1, 0)
        grid.addWidget(self.other_box, 1, 1)
        self.keep_button = QPushButton(tr("Conflicts", "Keep this value"))
        self.keep_button.setObjectName("primaryButton")
        self.keep_button.setAccessibleName("Keep the value that was kept")
        self.keep_button.clicked.connect(self.keep_selected)
        self.use_other_button = QPushButton(tr("Conflicts", "Use the other value"))
        self.use_other_button.setAccessibleName("Use the other value instead")
        self.use_other_button.clicked.connect(self.use_other_selected)
        grid.addWidget(self.keep_button, 2, 0)
        grid.addWidget(self.use_other_button, 2, 1)
        splitter.addWidget(detail)
        grid.setRowStretch(3, 1)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.device_filter.currentIndexChanged.connect(self.refresh)
        for check in (self.since_check, self.until_check):
            check.toggled.connect(self.refresh)
        for edit in (self.since_date, self.until_date):
            edit.dateChanged.connect(self._date_changed)
        self._show_detail(None)

    # -- data ----------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def _fill_devices(self) -> None:
        current = self.device_filter.currentData()
        self.device_filter.blockSignals(True)
        self.device_filter.clear()
        self.device_filter.addItem(tr("Conflicts", "All devices"), None)
        for device in self.services.trusted_devices.list(include_local=True):
            self.device_filter.addItem(device.name, device.id)
        index = self.device_filter.findData(current)
        self.device_filter.setCurrentIndex(max(index, 0))
        self.device_filter.blockSignals(False)

    def _date_changed(self) -> None:
        if self.since_check.isChecked() or self.until_check.isChecked():
            self.refresh()

    def filters(self) -> dict[str, Any]:
        since = until = None
        if self.since_check.isChecked():
            since = datetime.combine(
                cast(date, self.since_date.date().toPython()), time.min, tzinfo=UTC
            )
        if self.until_check.isChecked():
            day = cast(date, self.until_date.date().toPython())
            until = datetime.combine(day, time.min, tzinfo=UTC) + timedelta(days=1)
        return {
            "status": self.status_filter.currentData(),
            "device_id": self.device_filter.currentData(),
            "since": since,
            "until": until,
        }

    def refresh(self) -> None:
        self._fill_devices()
        selected = self.selected()
        rows = self.services.conflicts.search(**self.filters())
        rows.sort(key=lambda c: ((c.organisation_name or "~").casefold(), field_label(c)))
        self.model.set_rows(rows)
        fit_columns(self.table, widest=220)
        self.count_label.setText(
            tr("Conflicts", "1 conflict")
            if len(rows) == 1
            else tr("Conflicts", "{count} conflicts").format(count=len(rows))
        )
        if selected is not None:
            for number, row in enumerate(rows):
                if row.id == selected.id:
                    self.table.selectRow(number)
                    break
        if self.selected() is None and rows:
            self.table.selectRow(0)
        self._show_detail(self.selected())

    def selected(self) -> ConflictInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: Any) -> None:
        self._show_detail(self.selected())

    def _show_detail(self, conflict: ConflictInfo | None) -> None:
        if conflict is None:
            self.detail_title.setText(
                tr("Conflicts", "No conflicts to review.")
                if not self.model.rows
                else tr("Conflicts", "Choose a conflict above.")
            )
            self.kept_box.clear()
            self.other_box.clear()
            self.keep_button.setEnabled(False)
            self.use_other_button.setEnabled(False)
            return
        organisation = conflict.organisation_name or tr("Conflicts", "a record")
        self.detail_title.setText(f"{organisation} — {field_label(conflict)}")
        self.kept_box.show_value(
            conflict.winner_value,
            conflict.field,
            conflict.winner_device_name or conflict.winner_device,
            conflict.winner_at,
        )
        self.other_box.show_value(
            conflict.loser_value,
            conflict.field,
            conflict.loser_device_name or conflict.loser_device,
            conflict.loser_at,
        )
        is_open = conflict.status == "open"
        self.keep_button.setEnabled(is_open)
        self.use_other_button.setEnabled(is_open)

    # -- actions -------------------------------------------------------------------------------

    def keep_selected(self) -> None:
        conflict = self.selected()
        if conflict is not None:
            self._settle(conflict, keep=True)

    def use_other_selected(self) -> None:
        conflict = self.selected()
        if conflict is not None and self.confirm_use_other(self, conflict):
            self._settle(conflict, keep=False)

    def _settle(self, conflict: ConflictInfo, *, keep: bool) -> None:
        from desktop.errors import UserError

        service = self.services.conflicts
        try:
            if keep:
                service.keep(conflict.id)
            else:
                service.use_other(conflict.id)
        except UserError as error:
            QMessageBox.warning(self, tr("Conflicts", "Conflicts"), error_text(error))
            self.refresh()
            return
        what = field_label(conflict)
        name = conflict.organisation_name or tr("Conflicts", "the record")
        if keep:
            message = tr("Conflicts", "Kept {field} of {name} as {value}.").format(
                field=what, name=name, value=value_text(conflict.winner_value, conflict.field)
            )
        else:
            message = tr(
                "Conflicts", "{field} of {name} is now {value} (saved as a new change)."
            ).format(field=what, name=name, value=value_text(conflict.loser_value, conflict.field))
        self.status_message.emit(message)
        self.refresh()
        # Using the other value rewrites the record (an organisation's or an assessment's).
        records = Changed(0) if keep else Changed.ORGANISATIONS | Changed.ASSESSMENTS
        self.changed(Changed.CONFLICTS | records)


def ask_to_use_other(parent: QWidget, conflict: ConflictInfo) -> bool:
    """Ask before replacing the value that won; "Go back" is the default."""
    what = field_label(conflict)
    name = conflict.organisation_name or tr("Conflicts", "the record")
    now = value_text(conflict.winner_value, conflict.field)
    other = value_text(conflict.loser_value, conflict.field)
    return confirm_destructive(
        parent,
        tr("Conflicts", "Use the other value?"),
        tr("Conflicts", "Change {field} of {name} from {old} to {new}?").format(
            field=what, name=name, old=now, new=other
        ),
        tr(
            "Conflicts",
            "The change is saved as a new revision and recorded in the organisation's history, "
            "and laptops receive it in their next field pack. To reverse it later, edit the "
            "field back on the Organisations page.",
        ),
        tr("Conflicts", "Use the other value"),
        tr("Conflicts", "Go back"),
        confirm_role=QMessageBox.ButtonRole.AcceptRole,
    )


def _tooltip(conflict: ConflictInfo) -> str:
    return tr(
        "Conflicts",
        "{field}\nKept: {kept} ({kept_device}, {kept_when})\n"
        "Other: {other} ({other_device}, {other_when})",
    ).format(
        field=field_label(conflict),
        kept=value_text(conflict.winner_value, conflict.field),
        kept_device=conflict.winner_device_name,
        kept_when=when(conflict.winner_at),
        other=value_text(conflict.loser_value, conflict.field),
        other_device=conflict.loser_device_name,
        other_when=when(conflict.loser_at),
    )
