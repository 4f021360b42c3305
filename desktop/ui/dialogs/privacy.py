"""UK GDPR dialogs: the erase confirmation that lists what will go, and the retention review."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.reports.subject_access import field_label, shown_value
from desktop.ui.format import rich_text
from desktop.ui.i18n import tr, tr_noop

if TYPE_CHECKING:
    from desktop.services.privacy import Findings, Place, ReviewItem

# What the personal fields and their tables are called (sync.erasure.PERSONAL_FIELDS), in the
# app's language; a field not named here is shown as the PDF names it.
FIELD_NAMES = {
    "contact_name": tr_noop("Privacy", "Contact name"),
    "contact_email": tr_noop("Privacy", "Contact email"),
    "contact_phone": tr_noop("Privacy", "Contact phone"),
    "contact_role": tr_noop("Privacy", "Contact role"),
    "contact_language": tr_noop("Privacy", "Preferred language"),
    "consent_date": tr_noop("Privacy", "Consent given on"),
    "consent_how": tr_noop("Privacy", "How consent was given"),
    "consent_covers": tr_noop("Privacy", "What consent covers"),
    "facilitator": tr_noop("Privacy", "Facilitator"),
    "label": tr_noop("Privacy", "Participant label"),
    "who": tr_noop("Privacy", "Who will do it"),
    "author": tr_noop("Privacy", "Written by"),
    "comment": tr_noop("Privacy", "Comment"),
    "notes": tr_noop("Privacy", "Notes"),
    "note": tr_noop("Privacy", "Note"),
    "venue": tr_noop("Privacy", "Venue"),
    "value": tr_noop("Privacy", "Answer"),
    "what": tr_noop("Privacy", "What to do"),
    "support_offer": tr_noop("Privacy", "Support offered"),
}
TABLE_NAMES = {
    "organisations": tr_noop("Privacy", "Organisation"),
    "assessments": tr_noop("Privacy", "Assessment"),
    "participants": tr_noop("Privacy", "Participant"),
    "responses": tr_noop("Privacy", "Answer"),
    "action_items": tr_noop("Privacy", "Action"),
    "action_reviews": tr_noop("Privacy", "Action review"),
    "review_notes": tr_noop("Privacy", "Review note"),
}


def left_to_right(text: str) -> str:
    """A value with no right-to-left letters kept in its own order inside an Urdu screen (a
    phone number "07700 900123" would otherwise show its groups swapped)."""
    import unicodedata

    from PySide6.QtWidgets import QApplication

    if QApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft or any(
        unicodedata.bidirectional(char) in ("R", "AL") for char in text
    ):
        return text
    return f"\u2066{text}\u2069"  # left-to-right isolate ... pop isolate


def field_name(field: str) -> str:
    known = FIELD_NAMES.get(field)
    return tr("Privacy", known) if known else field_label(field)


def where_text(place: Place) -> str:
    """ "Organisation: Birkby Allotment Society", "Answer: Birkby Allotment Society"."""
    table = TABLE_NAMES.get(place.table)
    what = tr("Privacy", table) if table else place.table
    if not place.organisation_name:
        return what
    return tr("Privacy", "{what}: {organisation}").format(
        what=what, organisation=place.organisation_name
    )


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    # Columns share the width (no sideways scrolling on a 1024x600 screen); long texts wrap.
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return table


class _RoomyDialog(QDialog):
    """Opens wide enough to read a table of values, and still fits a 1024x600 screen."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(860, 480)


class ErasureConfirmDialog(_RoomyDialog):
    """Lists every value an erasure will remove; "Keep everything" is the default button."""

    def __init__(self, findings: Findings, backups: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Privacy", "Erase personal data?"))
        self.setAccessibleName("Erase personal data")
        layout = QVBoxLayout(self)
        who = ", ".join(left_to_right(text) for text in sorted(findings.person.texts))
        intro = QLabel(
            tr(
                "Privacy",
                "<b>Erase everything held about {person}?</b> These values will be removed from "
                "this computer's records and from their history, leaving “erased on (date) at "
                "the person's request”. The erasure travels in the next bundle or field pack "
                "and reaches every copy. It cannot be undone.",
            ).format(person=rich_text(who))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        self.table = _table(
            [tr("Privacy", "Where"), tr("Privacy", "What"), tr("Privacy", "Value")],
            "Values that will be erased",
        )
        self.table.setRowCount(len(findings.places))
        for row, place in enumerate(findings.places):
            for column, text in enumerate(
                (
                    where_text(place),
                    # free text keeps what does not name them
                    field_name(place.field)
                    if place.whole
                    else tr("Privacy", "{field} (only they are taken out)").format(
                        field=field_name(place.field)
                    ),
                    left_to_right(shown_value(place.value)),
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        extra = [
            tr("Privacy", "Entries of their history scrubbed: {count}.").format(
                count=len(findings.history)
            )
        ]
        if findings.conflicts:
            extra.append(
                tr("Privacy", "Conflicts scrubbed: {count}.").format(count=len(findings.conflicts))
            )
        if backups:
            extra.append(
                tr(
                    "Privacy",
                    "The app's backups of the database deleted (all are older than the "
                    "erasure): {count}.",
                ).format(count=backups)
            )
        self.summary = QLabel(" ".join(extra))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("What else the erasure does")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.erase_button = QPushButton(
            tr("Privacy", "Erase these values ({count})").format(count=len(findings.places))
        )
        self.erase_button.setAccessibleName("Erase")
        self.erase_button.setAutoDefault(False)
        self.cancel_button = QPushButton(tr("Privacy", "Keep everything"))
        self.cancel_button.setAccessibleName("Keep everything")
        self.cancel_button.setDefault(True)
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.erase_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.cancel_button.setFocus()


class RetentionReviewDialog(_RoomyDialog):
    """Contacts due for review: staff keep (audited) or erase each."""

    keep_requested = Signal(str)
    erase_requested = Signal(str)

    def __init__(self, items: list[ReviewItem], years: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Privacy", "Contacts due for review"))
        self.setAccessibleName("Contacts due for review")
        self.items = list(items)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = _table(
            [
                tr("Privacy", "Organisation"),
                tr("Privacy", "Contact"),
                tr("Privacy", "Last activity"),
                tr("Privacy", "Earlier decision"),
            ],
            "Contacts due for review",
        )
        for column in (2, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.keep_button = QPushButton(tr("Privacy", "&Keep contact"))
        self.keep_button.setAccessibleName("Keep the contact")
        self.keep_button.clicked.connect(self._keep)
        self.erase_button = QPushButton(tr("Privacy", "&Erase contact…"))
        self.erase_button.setAccessibleName("Erase the contact")
        self.erase_button.clicked.connect(self._erase)
        close = QPushButton(tr("Privacy", "Close"))
        close.clicked.connect(self.accept)
        row.addWidget(self.keep_button)
        row.addWidget(self.erase_button)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.years = years
        self.set_items(items)

    def set_items(self, items: list[ReviewItem]) -> None:
        self.items = list(items)
        self.intro.setText(
            tr(
                "Privacy",
                "Organisations holding a contact person's details, with no activity for {years} "
                "years or more: {count}. Keep a contact (the decision is recorded in the "
                "organisation's history and the period starts again) or erase it.",
            ).format(years=self.years, count=len(self.items))
        )
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            values = (
                item.organisation_name,
                item.contact_name or tr("Privacy", "(no name)"),
                item.last_activity.date().isoformat(),
                _decision_text(item.last_decision),
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.items:
            self.table.selectRow(0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.items[rows[0].row()].organisation_id

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.keep_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)

    def _keep(self) -> None:
        chosen = self.selected_id()
        if chosen:
            self.keep_requested.emit(chosen)

    def _erase(self) -> None:
        chosen = self.selected_id()
        if chosen:
            self.erase_requested.emit(chosen)


def _decision_text(decision: str | None) -> str:
    """The service's "kept on 2026-12-01" in the app's language."""
    if not decision:
        return ""
    if decision.startswith("kept on "):
        return tr("Privacy", "Kept on {date}").format(date=decision.removeprefix("kept on "))
    return decision
