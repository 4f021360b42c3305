"""The council's review of an assessment on screen (issue 15): the panel under the Assessments
list (state, comment thread, and the council's Approve / Has issues / Reject / Comment, or
the laptop's Reopen to fix), and the text the runner shows while work is being fixed.

Comments come from other computers: they are shown as plain text, with control and bidi
formatting characters escaped (`sync.text.shown`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.reviews import (
    APPROVED,
    HAS_ISSUES,
    REJECTED,
    TO_FIX,
    ReviewNoteInfo,
    state_label,
)
from desktop.ui.format import local_time
from desktop.ui.i18n import tr
from sync.text import shown


def review_state_text(state: str) -> str:
    """A review state as the screens name it, in the language shown ("Has issues"): the
    service's STATE_LABELS are marked there, in the Assessments list's context."""
    return tr("Assessments", state_label(state))


def _when(note: ReviewNoteInfo) -> str:
    return local_time(note.at)  # the month in the language shown


def _who(note: ReviewNoteInfo) -> str:
    person = shown(note.author) if note.author else ""
    place = shown(note.device_name or note.device_id[:8])
    return f"{person}, {place}" if person else place


def thread_text(notes: Sequence[ReviewNoteInfo]) -> str:
    """The comment thread as plain text, oldest first."""
    lines: list[str] = []
    for note in notes:
        what = review_state_text(note.state) if note.state else tr("Review", "Comment")
        lines.append(f"{_when(note)} · {what} · {_who(note)}")
        if note.comment:
            lines.extend(f"    {shown(line)}" for line in note.comment.splitlines())
    return "\n".join(lines)


def review_issues_text(state: str, notes: Sequence[ReviewNoteInfo]) -> str:
    """What the runner says about work the council sent back."""
    head = tr("Review", "The council marked this “{state}”.").format(
        state=review_state_text(state).lower()
    )
    said = [
        f"{shown(note.author) if note.author else tr('Review', 'The council')} ({_when(note)}): "
        + " ".join(shown(note.comment).split())
        for note in notes
        if note.comment
    ]
    tail = tr("Review", "Fix it, then Review and complete to send it again.")
    return " ".join([head, *said, tail])


def ask_review_comment(parent: QWidget, title: str, prompt: str) -> str | None:
    """Ask for a comment; None when the person cancels."""
    text, accepted = QInputDialog.getMultiLineText(parent, title, prompt)
    return text if accepted else None


class ReviewPanel(QFrame):
    """The selected assessment's review: its state and thread, and what can be done."""

    set_state_requested = Signal(str)  # approved | has_issues | rejected
    comment_requested = Signal()
    reopen_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, council: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.council = council
        self.setObjectName("reviewPanel")
        self.setAccessibleName(tr("Review", "Council review"))
        self.state_text = QLabel()
        self.state_text.setObjectName("reviewState")
        self.state_text.setAccessibleName(tr("Review", "Review state"))
        self.state_text.setTextFormat(Qt.TextFormat.PlainText)
        self.thread_view = QPlainTextEdit()
        self.thread_view.setReadOnly(True)
        self.thread_view.setAccessibleName(tr("Review", "Review comments"))
        self.thread_view.setMaximumHeight(62)
        self.thread_view.setTabChangesFocus(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.state_text, 1)
        if council:
            for key, text, tip in (
                (
                    APPROVED,
                    tr("Review", "&Approve"),
                    tr("Review", "Count it in the council's figures (Alt+A)"),
                ),
                (
                    HAS_ISSUES,
                    tr("Review", "Has &issues…"),
                    tr("Review", "Send it back to the worker with what to fix"),
                ),
                (
                    REJECTED,
                    tr("Review", "Re&ject…"),
                    tr("Review", "Leave it out for good, saying why"),
                ),
            ):
                button = self._button(text, tip)
                button.clicked.connect(lambda _c=False, k=key: self.set_state_requested.emit(k))
                self.buttons[key] = button
                row.addWidget(button)
        else:
            self.reopen_button = self._button(
                tr("Review", "Reopen to &fix"),
                tr("Review", "Unlock the answers, fix what the council asked, complete again"),
            )
            self.reopen_button.clicked.connect(self.reopen_requested)
            row.addWidget(self.reopen_button)
        self.comment_button = self._button(
            tr("Review", "Co&mment…"), tr("Review", "Add a comment to the thread")
        )
        self.comment_button.clicked.connect(self.comment_requested)
        row.addWidget(self.comment_button)
        # A bulk review of many assessments shows how far it is and can be cancelled.
        self.progress = QProgressBar()
        self.progress.setAccessibleName(tr("Review", "Review progress"))
        self.progress.setVisible(False)
        self.cancel_button = self._button(
            tr("Review", "Cancel"), tr("Review", "Stop: nothing is marked (all or nothing)")
        )
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.progress, 1)
        busy_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addLayout(busy_row)
        layout.addWidget(self.thread_view)

    @staticmethod
    def _button(text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.setToolTip(tip)
        return button

    def set_busy(self, busy: bool, *, with_progress: bool = False) -> None:
        """While a review is being saved: its buttons wait; a bulk one shows progress and
        Cancel."""
        for button in (*self.buttons.values(), self.comment_button):
            button.setEnabled(not busy)
        self.progress.setValue(0)
        self.progress.setVisible(busy and with_progress)
        self.cancel_button.setVisible(busy and with_progress)
        self.cancel_button.setEnabled(busy and with_progress)

    def show_progress(self, done: int, total: int, _text: str = "") -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def show_review(
        self,
        *,
        selected: int,
        state: str | None,
        notes: Sequence[ReviewNoteInfo],
        completed: bool,
    ) -> None:
        """Show the review of the selection (`selected` rows; the thread of the current one)."""
        if selected > 1:
            self.state_text.setText(
                tr("Review", "{count} assessments chosen: Approve marks them all approved.").format(
                    count=selected
                )
            )
        elif state is None:
            self.state_text.setText(
                tr("Review", "Council review: once it is completed.") if completed is False else ""
            )
        else:
            self.state_text.setText(
                tr("Review", "Council review: {state}").format(state=review_state_text(state))
            )
        self.thread_view.setPlainText(thread_text(notes) if selected == 1 else "")
        self.thread_view.setVisible(selected == 1 and bool(notes))
        if self.council:
            for key, button in self.buttons.items():
                button.setEnabled(completed and (selected > 1 or key != state))
            self.buttons[HAS_ISSUES].setEnabled(completed and selected == 1)
            self.buttons[REJECTED].setEnabled(completed and selected == 1)
            self.comment_button.setEnabled(completed and selected == 1)
        else:
            self.reopen_button.setVisible(state in TO_FIX)
            self.reopen_button.setEnabled(completed and selected == 1)
            self.comment_button.setEnabled(selected == 1 and state is not None)


CommentAsker = Callable[[QWidget, str, str], "str | None"]
