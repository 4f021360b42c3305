"""Asked before moving a draft to the new version of its form: what carries over, what stays
behind read-only, and which new required statements will need an answer."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.draft_moves import DraftMove
from desktop.ui.widgets.scroll import scroll_area

REASONS = {
    "removed": "no longer asked",
    "changed": "the answer no longer fits the statement",
}


def move_summary_html(move: DraftMove) -> str:
    """The offer in words, for the dialog (and for a person reading the tests)."""
    kept = "1 answer stays" if move.kept == 1 else f"{move.kept} answers stay"
    html = f"<p>{kept} with the same statement.</p>"
    if move.renamed:
        html += "<p><b>Moved to the statement that replaces it</b></p><ul>"
        html += "".join(
            f"<li>{escape(old.text)} → {escape(new.text)}</li>" for old, new in move.renamed
        )
        html += "</ul>"
    if move.left_behind:
        html += (
            "<p><b>Kept read-only, under “from the earlier version”</b> (not scored; "
            "nothing is deleted)</p><ul>"
        )
        html += "".join(
            f"<li>{escape(answer.text)} — <i>{escape(answer.answer)}</i> "
            f"({REASONS.get(answer.reason, answer.reason)})</li>"
            for answer in move.left_behind
        )
        html += "</ul>"
    if move.new_required:
        html += "<p><b>New statements that need an answer</b> (flagged in the review)</p><ul>"
        html += "".join(f"<li>{escape(question.text)}</li>" for question in move.new_required)
        html += "</ul>"
    return html


class DraftMoveDialog(QDialog):
    """The move, described; Cancel is the default so Enter never moves by accident."""

    def __init__(self, move: DraftMove, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = move
        self.setWindowTitle("Move this draft to the new version")
        self.setAccessibleName("Move this draft to the new version")
        heading = QLabel(
            f"Move this draft from version {escape(move.from_version)} to version "
            f"{escape(move.to_version)} of the form?"
        )
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        self.details = QLabel(move_summary_html(move))
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAccessibleName("What the move does")
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox()
        self.move_button = QPushButton("Move the draft")
        self.move_button.setAccessibleName("Move the draft")
        self.move_button.setAutoDefault(False)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel")
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll_area(self.details, "What the move does"), 1)
        layout.addWidget(buttons)
        self.resize(640, 420)


def ask_to_move_draft(parent: QWidget, move: DraftMove) -> bool:
    dialog = DraftMoveDialog(move, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
