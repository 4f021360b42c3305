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
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.widgets.scroll import scroll_area

REASONS = {
    "removed": tr_noop("DraftMove", "no longer asked"),
    "changed": tr_noop("DraftMove", "the answer no longer fits the statement"),
}


def _reason(reason: str) -> str:
    return tr("DraftMove", REASONS[reason]) if reason in REASONS else reason


def move_summary_html(move: DraftMove) -> str:
    """The offer in words, for the dialog (and for a person reading the tests)."""
    kept = (
        tr("DraftMove", "1 answer stays with the same statement.")
        if move.kept == 1
        else tr("DraftMove", "{count} answers stay with the same statement.").format(
            count=move.kept
        )
    )
    html = f"<p>{kept}</p>"
    if move.renamed:
        html += f"<p><b>{tr('DraftMove', 'Moved to the statement that replaces it')}</b></p><ul>"
        html += "".join(
            f"<li>{escape(old.text)} → {escape(new.text)}</li>" for old, new in move.renamed
        )
        html += "</ul>"
    if move.left_behind:
        html += "<p><b>{}</b> {}</p><ul>".format(
            tr("DraftMove", "Kept read-only, under “from the earlier version”"),
            tr("DraftMove", "(not scored; nothing is deleted)"),
        )
        html += "".join(
            f"<li>{escape(answer.text)} — <i>{escape(answer.answer)}</i> "
            f"({_reason(answer.reason)})</li>"
            for answer in move.left_behind
        )
        html += "</ul>"
    if move.new_required:
        html += "<p><b>{}</b> {}</p><ul>".format(
            tr("DraftMove", "New statements that need an answer"),
            tr("DraftMove", "(flagged in the review)"),
        )
        html += "".join(f"<li>{escape(question.text)}</li>" for question in move.new_required)
        html += "</ul>"
    return html


class DraftMoveDialog(QDialog):
    """The move, described; Cancel is the default so Enter never moves by accident."""

    def __init__(self, move: DraftMove, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = move
        self.setWindowTitle(tr("DraftMove", "Move this draft to the new version"))
        self.setAccessibleName(tr("DraftMove", "Move this draft to the new version"))
        heading = QLabel(
            tr(
                "DraftMove",
                "Move this draft from version {from_version} to version {to_version} of the form?",
            ).format(from_version=escape(move.from_version), to_version=escape(move.to_version))
        )
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        self.details = QLabel(move_summary_html(move))
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setWordWrap(True)
        self.details.setAccessibleName(tr("DraftMove", "What the move does"))
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox()
        self.move_button = QPushButton(tr("DraftMove", "Move the draft"))
        self.move_button.setAccessibleName(tr("DraftMove", "Move the draft"))
        self.move_button.setAutoDefault(False)
        self.cancel_button = QPushButton(tr("DraftMove", "Cancel"))
        self.cancel_button.setAccessibleName(tr("DraftMove", "Cancel"))
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(scroll_area(self.details, tr("DraftMove", "What the move does")), 1)
        layout.addWidget(buttons)
        self.resize(640, 420)


def ask_to_move_draft(parent: QWidget, move: DraftMove) -> bool:
    dialog = DraftMoveDialog(move, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
