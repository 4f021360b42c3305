"""Last time's actions: before the statements, the group says what became of each action
agreed at its previous assessment (done, in progress, dropped) with a note. Each choice is
saved as it is made, like an answer."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.action_reviews import OUTCOMES, EarlierAction, SinceLastTime
from desktop.services.assessments import ACTION_STATUSES
from desktop.ui.format import rich_text
from desktop.ui.i18n import error_text, kind_in_sentence, tr
from desktop.ui.widgets.notice_bar import NoticeBar
from desktop.ui.widgets.scroll import scroll_area

if TYPE_CHECKING:
    from desktop.services import Services

# Outcome -> the radio button's text (with its Alt mnemonic).
OUTCOME_BUTTONS = {"done": "&Done", "doing": "In &progress", "dropped": "Dr&opped"}


def _date(moment: date | datetime) -> str:
    return f"{moment.day} {moment:%B %Y}"


class ActionRow(QFrame):
    """One earlier action: what, who and by when, the outcome and a note."""

    changed = Signal(str, str, str)  # action item id, outcome, note

    def __init__(self, number: int, action: EarlierAction, parent: QWidget | None = None):
        super().__init__(parent)
        self.action = action
        self.setObjectName("actionRow")
        self.setAccessibleName(f"Action {number}: {action.what}")
        what = QLabel(f"<b>{number}.</b> {rich_text(action.what)}")
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.RichText)
        facts = [
            tr("ActionReview", "Who: {who}").format(who=action.who) if action.who else "",
            tr("ActionReview", "by {date}").format(date=_date(action.due_date))
            if action.due_date
            else "",
            tr("ActionReview", "in the plan: {status}").format(
                status=ACTION_STATUSES.get(action.status_then, action.status_then)
            ),
        ]
        details = QLabel(" · ".join(part for part in facts if part))
        details.setObjectName("actionFacts")
        details.setWordWrap(True)

        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        choices = QHBoxLayout()
        for outcome, text in OUTCOME_BUTTONS.items():
            button = QRadioButton(tr("ActionReview", text))
            button.setAccessibleName(f"{OUTCOMES[outcome]}: {action.what}")
            self.group.addButton(button)
            self.buttons[outcome] = button
            choices.addWidget(button)
            if action.outcome == outcome:
                button.setChecked(True)
        self.note = QLineEdit(action.note or "")
        self.note.setPlaceholderText(tr("ActionReview", "Note: what happened, what is next"))
        self.note.setAccessibleName(f"Note on: {action.what}")
        self.note.setMaxLength(2000)
        choices.addWidget(self.note, 1)
        self.group.buttonToggled.connect(self._toggled)
        self.note.editingFinished.connect(self._note_done)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        layout.addWidget(what)
        layout.addWidget(details)
        layout.addLayout(choices)

    def outcome(self) -> str | None:
        return next((key for key, button in self.buttons.items() if button.isChecked()), None)

    def choose(self, outcome: str, note: str | None = None) -> None:
        """As if clicked (tests and keyboard users reach the same path)."""
        if note is not None:
            self.note.setText(note)
        self.buttons[outcome].setChecked(True)
        if note is not None:
            self._note_done()

    def _toggled(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            self.changed.emit(self.action.action_item_id, self.outcome() or "", self.note.text())

    def _note_done(self) -> None:
        outcome = self.outcome()
        if outcome and self.note.text().strip() != (self.action.note or ""):
            self.changed.emit(self.action.action_item_id, outcome, self.note.text())


class ActionReviewView(QWidget):
    """The review of the previous action plan at the start of an assessment."""

    carry_on_requested = Signal(str)  # assessment id
    back_requested = Signal()
    status_message = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reviews = services.action_reviews
        self.assessments = services.assessments
        self.assessment_id: str | None = None
        self.since: SinceLastTime | None = None
        self.rows: list[ActionRow] = []
        self.setAccessibleName("Last time's actions")

        self.heading = QLabel(tr("ActionReview", "Last time's actions"))
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("About last time's plan")
        self.notice = NoticeBar()

        self.rows_box = QWidget()
        self.rows_box.setObjectName("actionRows")
        self.rows_layout = QVBoxLayout(self.rows_box)
        self.rows_layout.setContentsMargins(0, 0, 8, 0)
        self.rows_layout.setSpacing(8)
        self.rows_scroll = scroll_area(self.rows_box, "Last time's actions")

        self.progress = QLabel()
        self.progress.setAccessibleName("How many actions are reviewed")
        self.back_button = QPushButton(tr("ActionReview", "Back to assessments"))
        self.back_button.setAccessibleName("Back to assessments")
        self.back_button.clicked.connect(self.back_requested.emit)
        self.carry_on_button = QPushButton(tr("ActionReview", "Carry on to the statements →"))
        self.carry_on_button.setObjectName("primaryButton")
        self.carry_on_button.setAccessibleName("Carry on to the statements")
        self.carry_on_button.setToolTip(
            tr("ActionReview", "Actions left unreviewed can be reviewed later (Ctrl+Enter)")
        )
        self.carry_on_button.clicked.connect(self.carry_on)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.progress, 1, Qt.AlignmentFlag.AlignCenter)
        buttons.addWidget(self.carry_on_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.rows_scroll, 1)
        layout.addLayout(buttons)
        self.setStyleSheet(ACTION_REVIEW_STYLE)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.carry_on)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self.back_requested.emit)

    def open(self, assessment_id: str) -> None:
        self.assessment_id = assessment_id
        self.notice.dismiss()
        since = self.reviews.since_last_time(assessment_id)
        self.since = since
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        for number, action in enumerate(since.actions, start=1):
            row = ActionRow(number, action)
            row.changed.connect(self._save)
            self.rows_layout.addWidget(row)
            self.rows.append(row)
        self.rows_layout.addStretch(1)
        organisation = self.assessments.get(assessment_id).summary.organisation_name
        self.heading.setText(
            tr("ActionReview", "Last time's actions: {organisation}").format(
                organisation=organisation
            )
        )
        if since.earlier_started_at is not None:
            who = (
                tr("ActionReview", " with {facilitator}").format(
                    facilitator=since.earlier_facilitator
                )
                if since.earlier_facilitator
                else ""
            )
            self.summary.setText(
                tr(
                    "ActionReview",
                    "Agreed at the {kind} on {date}{who}. For each action, say whether it "
                    "is done, in progress or dropped, with a note. Each choice is saved at once.",
                ).format(
                    kind=kind_in_sentence(since.earlier_kind or ""),
                    date=_date(since.earlier_started_at),
                    who=who,
                )
            )
        else:
            self.summary.setText(tr("ActionReview", "There was no earlier action plan."))
        self._show_progress()
        QTimer.singleShot(0, self.focus_start)

    def focus_start(self) -> None:
        """Focus the first action still to review, so the keyboard starts where work is."""
        if not self.rows:
            self.carry_on_button.setFocus()
            return
        row = next((row for row in self.rows if row.outcome() is None), self.rows[0])
        checked = row.outcome()
        (row.buttons[checked] if checked else row.buttons["done"]).setFocus()
        self.rows_scroll.ensureWidgetVisible(row)

    def _save(self, action_item_id: str, outcome: str, note: str) -> None:
        if self.assessment_id is None or not outcome:
            return
        try:
            self.reviews.review(self.assessment_id, action_item_id, outcome, note)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.since = self.reviews.since_last_time(self.assessment_id)
        for row in self.rows:
            current = next(
                (a for a in self.since.actions if a.action_item_id == row.action.action_item_id),
                None,
            )
            if current is not None:
                row.action = current
        self._show_progress()

    def _show_progress(self) -> None:
        since = self.since
        if since is None:
            return
        self.progress.setText(
            tr("ActionReview", "{reviewed} of {total} reviewed").format(
                reviewed=since.reviewed, total=len(since.actions)
            )
        )

    def carry_on(self) -> None:
        if self.assessment_id is None:
            return
        for row in self.rows:  # a note typed but not yet left is saved too
            row._note_done()
        since = self.since
        if since is not None and since.outstanding:
            self.status_message.emit(
                tr("ActionReview", "{count} of last time's actions not reviewed yet").format(
                    count=since.outstanding
                )
            )
        self.carry_on_requested.emit(self.assessment_id)


ACTION_REVIEW_STYLE = """
QFrame#actionRow {
    background: #ffffff; border: 1px solid #dde3e7; border-radius: 6px;
}
QLabel#actionFacts { color: #5f6b73; }
QWidget#actionRows { background: transparent; }
"""
