"""Review and complete: what is unanswered or worth talking about, then lock the answers."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.draft_moves import DraftMove
from desktop.ui.dialogs.draft_move import ask_to_move_draft
from desktop.ui.i18n import error_text, is_right_to_left, kind_label, set_language, tr
from desktop.ui.widgets.confirm import confirm_destructive
from desktop.ui.widgets.notice_bar import NoticeBar
from forms import DONT_KNOW
from forms.models import NOT_APPLICABLE
from forms.translations import form_in_language

if TYPE_CHECKING:
    from desktop.services import Services
    from forms.consensus import RatingSpread
    from forms.models import FormDefinition, Question

QUESTION_ROLE = Qt.ItemDataRole.UserRole
LONG_ANSWER = 60  # characters of a typed answer shown in the overview


def short_answer(question: Question, value: Any, form: FormDefinition) -> str:
    """An answer in a few words for the overview ("3 · In place", "Partly", "12 people")."""
    if value is None:
        return "—"
    if value is DONT_KNOW:
        return str(form.dont_know_label)
    if value == NOT_APPLICABLE:
        return tr("Review", "Not applicable")
    if question.type == "rating" and isinstance(value, int):
        names = {level.level: str(level.name) for level in form.rating_scale}
        return f"{value} · {names.get(value, '')}".strip(" ·")
    if question.type in ("yes_no_partly", "choice") and isinstance(value, str):
        option = question.option(value)
        return str(option.label) if option else value
    if question.type == "multi_choice" and isinstance(value, list):
        labels = [question.option(str(v)) for v in value]
        return ", ".join(str(o.label) if o else str(v) for o, v in zip(labels, value, strict=True))
    text = " ".join(str(value).split())
    if question.type == "number" and question.unit:
        text = f"{text} {question.unit}"
    return text if len(text) <= LONG_ANSWER else text[: LONG_ANSWER - 1] + "…"


def spread_words(spread: RatingSpread) -> str:
    """Each person's rating, lowest first, and the gap between highest and lowest."""
    levels = [str(level) for level in sorted(spread.by_level) for _ in spread.by_level[level]]
    parts = [" ".join(levels)] if levels else []
    if spread.dont_know:
        parts.append(tr("Review", "{count} don't know").format(count=len(spread.dont_know)))
    if spread.not_rated:
        parts.append(tr("Review", "{count} not rated").format(count=len(spread.not_rated)))
    if spread.spread is not None:
        parts.append(tr("Review", "spread {spread}").format(spread=spread.spread))
    return " · ".join(parts) or "—"


def ask_to_complete_anyway(parent: QWidget, missing: int) -> bool:
    return confirm_destructive(
        parent,
        tr("Review", "Complete the assessment"),
        tr("Review", "{count} required statement(s) have no answer. Complete anyway?").format(
            count=missing
        ),
        tr(
            "Review",
            "Unanswered statements are not scored. You can reopen the assessment later to add "
            "them; the change is recorded.",
        ),
        tr("Review", "Complete anyway"),
        tr("Review", "Go back"),
        confirm_role=QMessageBox.ButtonRole.AcceptRole,
    )


class ReviewView(QWidget):
    """Before completing: unanswered statements and those to talk about; Enter opens one."""

    go_to_statement = Signal(str, str)  # assessment id, question id
    back_requested = Signal(str)
    completed = Signal(str)
    status_message = Signal(str)
    actions_review_requested = Signal(str)  # assessment id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.assessments = services.assessments
        self.action_reviews = services.action_reviews
        self.draft_moves = services.draft_moves
        self.confirm_move: Callable[[QWidget, DraftMove], bool] = ask_to_move_draft
        self.offer: DraftMove | None = None
        self.assessment_id: str | None = None
        self.setAccessibleName("Review and complete")
        self.confirm_incomplete: Callable[[QWidget, int], bool] = ask_to_complete_anyway

        self.heading = QLabel(tr("Review", "Review and complete"))
        self.heading.setObjectName("pageTitle")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary")
        self.notice = NoticeBar()
        # Last time's actions, reviewed at the start: how far that got, and a way back to it.
        self.last_time = QLabel()
        self.last_time.setWordWrap(True)
        self.last_time.setAccessibleName("Last time's actions")
        self.last_time_button = QPushButton(tr("Review", "Review last time's actions…"))
        self.last_time_button.setAccessibleName("Review last time's actions")
        self.last_time_button.clicked.connect(self._review_actions)
        last_time = QHBoxLayout()
        last_time.addWidget(self.last_time, 1)
        last_time.addWidget(self.last_time_button)
        self.last_time_row = QWidget()
        self.last_time_row.setLayout(last_time)
        last_time.setContentsMargins(0, 0, 0, 0)

        # A newer version of the form on this laptop: offer to move the draft onto it.
        self.version_label = QLabel()
        self.version_label.setWordWrap(True)
        self.version_label.setAccessibleName("Form version")
        self.move_button = QPushButton(tr("Review", "Move to the new version…"))
        self.move_button.setAccessibleName("Move this draft to the new version")
        self.move_button.clicked.connect(self.move_to_new_version)
        version_row = QHBoxLayout()
        version_row.setContentsMargins(0, 0, 0, 0)
        version_row.addWidget(self.version_label, 1)
        version_row.addWidget(self.move_button)
        self.version_row = QFrame()
        self.version_row.setObjectName("noticeBar")
        self.version_row.setLayout(version_row)
        # Answers given on an earlier version that the current one has no place for.
        self.earlier_title = QLabel()
        self.earlier_title.setObjectName("answerTitle")
        self.earlier = QListWidget()
        self.earlier.setAccessibleName("Answers from the earlier version (read only)")
        self.earlier.setWordWrap(True)
        self.earlier.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.earlier.setMaximumHeight(110)

        self.unanswered_title = QLabel()
        self.unanswered_title.setObjectName("answerTitle")
        self.unanswered = QListWidget()
        self.unanswered.setAccessibleName("Statements without an answer")
        self.discuss_title = QLabel()
        self.discuss_title.setObjectName("answerTitle")
        self.discuss = QListWidget()
        self.discuss.setAccessibleName("Statements to talk about")
        for widget in (self.unanswered, self.discuss):
            widget.itemActivated.connect(self._open_item)
            widget.setAlternatingRowColors(True)
            # Long statements wrap rather than scroll sideways on a small screen.
            widget.setWordWrap(True)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.back_button = QPushButton(tr("Review", "← Back to the statements"))
        self.back_button.setAccessibleName("Back to the statements")
        self.back_button.clicked.connect(self._back)
        self.complete_button = QPushButton(tr("Review", "Complete assessment"))
        self.complete_button.setObjectName("primaryButton")
        self.complete_button.setAccessibleName("Complete assessment")
        self.complete_button.setToolTip(
            tr("Review", "Lock the answers and see the results (Ctrl+Enter)")
        )
        self.complete_button.clicked.connect(self.complete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.complete_button)

        lists_page = QWidget()
        lists = QHBoxLayout(lists_page)
        lists.setContentsMargins(0, 6, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.unanswered_title)
        left.addWidget(self.unanswered, 1)
        self.discuss_panel = QWidget()
        right = QVBoxLayout(self.discuss_panel)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.discuss_title)
        right.addWidget(self.discuss, 1)
        lists.addLayout(left, 1)
        lists.addWidget(self.discuss_panel, 1)

        # Every section and statement with its answer (and in a group, the ratings and whether
        # the group agreed); Enter or a double click goes to the statement.
        self.overview = QTreeWidget()
        self.overview.setAccessibleName("All answers")
        self.overview.setAlternatingRowColors(True)
        self.overview.setWordWrap(True)
        self.overview.setUniformRowHeights(False)
        self.overview.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.overview.itemActivated.connect(self._open_overview_item)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Review")
        self.tabs.addTab(lists_page, tr("Review", "&To look at"))
        self.tabs.addTab(self.overview, tr("Review", "&All answers"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.last_time_row)
        layout.addWidget(self.version_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.earlier_title)
        layout.addWidget(self.earlier)
        layout.addLayout(buttons)

        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.complete)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._back)

    def open(self, assessment_id: str) -> None:
        self.assessment_id = assessment_id
        self.notice.dismiss()
        detail = self.assessments.get(assessment_id)
        # The session's language, as the runner and results: the page's words and the form's.
        language = self.assessments.session_language(assessment_id)
        set_language(language)
        form = form_in_language(self.assessments.form_for(assessment_id), language)
        review = self.assessments.review(assessment_id)
        texts = {q.id: (s.title, q.text) for s, q in form.questions()}
        order = {question_id: index for index, question_id in enumerate(texts)}
        required = set(review.unanswered_required)
        new_in = self.draft_moves.new_questions(assessment_id)
        self.unanswered.clear()
        for question_id in review.unanswered:
            section, text = texts[question_id]
            mark = tr("Review", "Required") + " · " if question_id in required else ""
            if question_id in new_in:
                mark = (
                    tr("Review", "New in version {version}").format(version=new_in[question_id])
                    + f" · {mark}"
                )
            self._add(self.unanswered, question_id, f"{mark}{section}: {text}")
        self.discuss.clear()
        no_consensus = set(review.without_consensus)
        talk = sorted(set(review.to_discuss) | no_consensus, key=order.__getitem__)
        for question_id in talk:
            section, text = texts[question_id]
            marks = []
            if question_id in review.to_discuss:
                marks.append(tr("Review", "Talk about this"))
            if question_id in no_consensus:
                marks.append(tr("Review", "No agreed score yet"))
            self._add(self.discuss, question_id, f"{' · '.join(marks)} — {section}: {text}")
        summary = detail.summary
        answered = len(self.assessments.answers(assessment_id))
        counts = tr(
            "Review", "{answered} answered, {unanswered} without an answer ({required} required)."
        ).format(answered=answered, unanswered=len(review.unanswered), required=len(required))
        apart = (
            " "
            + tr("Review", "{count} statement(s) had ratings two or more levels apart.").format(
                count=len(review.to_discuss)
            )
            if summary.mode == "group"
            else ""
        )
        # A right-to-left mark first: the line reads right to left in Urdu even though it
        # starts with the organisation's (often English) name.
        direction = "\u200f" if is_right_to_left(language) else ""
        self.summary.setText(
            f"{direction}{summary.organisation_name} · {kind_label(summary.kind)}. "
            f"{counts}{apart} " + tr("Review", "Press Enter on a statement to go back to it.")
        )
        self.unanswered_title.setText(
            tr("Review", "Without an answer ({count})").format(count=len(review.unanswered))
        )
        self.discuss_title.setText(
            tr("Review", "Talk about this ({talk}); no agreed score ({disagreed})").format(
                talk=len(review.to_discuss), disagreed=len(review.without_consensus)
            )
            if summary.mode == "group"
            else tr("Review", "Talk about this (group mode only)")
        )
        # Talking points come from a group's ratings: a facilitated session has none to show.
        self.discuss_panel.setVisible(summary.mode == "group")
        self._fill_overview(assessment_id, form, summary.mode == "group", review)
        self.complete_button.setEnabled(summary.status != "completed")
        self._show_version(assessment_id)
        since = self.action_reviews.since_last_time(assessment_id)
        self.last_time_row.setVisible(bool(since.actions))
        self.last_time.setText(
            tr("Review", "Last time's actions: {reviewed} of {count} reviewed.").format(
                reviewed=since.reviewed, count=len(since.actions)
            )
            + (
                " " + tr("Review", "The others show as not reviewed in the results.")
                if since.outstanding
                else ""
            )
        )
        self.tabs.setCurrentIndex(0)
        self._focus_first()

    def _focus_first(self) -> None:
        """Keys go to the first statement to look at (Enter opens it), else to Complete."""
        for widget in (self.unanswered, self.discuss):
            if widget.isVisibleTo(self) and widget.count():
                if widget.currentRow() < 0:
                    widget.setCurrentRow(0)
                widget.setFocus()
                return
        self.complete_button.setFocus()

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.overview:
            self.overview.setFocus()
            first = self.overview.topLevelItem(0)
            if self.overview.currentItem() is None and first is not None:
                self.overview.setCurrentItem(first.child(0) or first)
        else:
            self._focus_first()

    def _fill_overview(
        self, assessment_id: str, form: FormDefinition, group: bool, review: Any
    ) -> None:
        answers = self.assessments.answers(assessment_id)
        spreads = self.assessments.spreads(assessment_id) if group else {}
        unanswered = set(review.unanswered)
        talk = set(review.to_discuss)
        headers = (
            [
                tr("Review", "Statement"),
                tr("Review", "Agreed answer"),
                tr("Review", "Group ratings"),
                tr("Review", "Agreed?"),
            ]
            if group
            else [tr("Review", "Statement"), tr("Review", "Answer")]
        )
        self.overview.clear()
        self.overview.setColumnCount(len(headers))
        self.overview.setHeaderLabels(headers)
        header = self.overview.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont()
        bold.setBold(True)
        statements = 0
        for section in form.sections:
            # The statements this session asks (answered, or still to answer).
            shown = [q for q in section.questions if q.id in answers or q.id in unanswered]
            if not shown:
                continue
            done = sum(1 for q in shown if q.id in answers)
            progress = tr("Review", "{done} of {count} answered").format(
                done=done, count=len(shown)
            )
            section_item = QTreeWidgetItem([f"{section.title} ({progress})"])
            section_item.setFont(0, bold)
            section_item.setFirstColumnSpanned(True)
            self.overview.addTopLevelItem(section_item)
            for question in shown:
                value = answers.get(question.id)
                cells = [str(question.text), short_answer(question, value, form)]
                if group:
                    spread = spreads.get(question.id)
                    ratings = spread_words(spread) if spread is not None else "—"
                    if question.id in talk:
                        ratings += " · " + tr("Review", "talk about this")
                    agreed = (
                        tr("Review", "Agreed")
                        if value is not None
                        else (tr("Review", "No agreed score") if spread is not None else "—")
                    )
                    cells += [ratings, agreed]
                item = QTreeWidgetItem(cells)
                item.setData(0, QUESTION_ROLE, question.id)
                item.setToolTip(0, str(question.text))
                section_item.addChild(item)
                statements += 1
            section_item.setExpanded(True)
        self.tabs.setTabText(1, tr("Review", "&All answers ({count})").format(count=statements))

    def _open_overview_item(self, item: QTreeWidgetItem) -> None:
        question_id = item.data(0, QUESTION_ROLE)
        if question_id and self.assessment_id:
            self.go_to_statement.emit(self.assessment_id, str(question_id))
        elif item.childCount():
            item.setExpanded(not item.isExpanded())

    @staticmethod
    def _add(widget: QListWidget, question_id: str, text: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, question_id)
        item.setToolTip(text)
        widget.addItem(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        if self.assessment_id:
            self.go_to_statement.emit(self.assessment_id, item.data(Qt.ItemDataRole.UserRole))

    def _show_version(self, assessment_id: str) -> None:
        self.offer = self.draft_moves.offer(assessment_id)
        offer = self.offer
        self.version_row.setVisible(offer is not None)
        if offer is not None:
            self.version_label.setText(
                tr(
                    "Review",
                    "This draft uses version {old} of the form; version {new} is now on this "
                    "laptop. Answers follow their statements.",
                ).format(old=offer.from_version, new=offer.to_version)
            )
            self.move_button.setText(
                tr("Review", "Move to version {version}…").format(version=offer.to_version)
            )
        earlier = self.draft_moves.earlier_answers(assessment_id)
        self.earlier.clear()
        for answer in earlier:
            note = f" — {answer.note}" if answer.note else ""
            item = QListWidgetItem(f"{answer.text} — {answer.answer}{note}")
            item.setToolTip(item.text())
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # read only: nothing to open
            self.earlier.addItem(item)
        self.earlier_title.setText(
            tr(
                "Review",
                "From the earlier version, read only ({count}): not scored, kept with the "
                "assessment",
            ).format(count=len(earlier))
        )
        self.earlier_title.setVisible(bool(earlier))
        self.earlier.setVisible(bool(earlier))

    def move_to_new_version(self) -> None:
        offer, assessment_id = self.offer, self.assessment_id
        if offer is None or assessment_id is None or not self.confirm_move(self, offer):
            return
        try:
            self.draft_moves.move(assessment_id, offer.to_sha256)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.open(assessment_id)
        self.notice.show_notice(
            tr(
                "Review",
                "Moved to version {version}. New statements are marked in the list; answers "
                "with no place are kept read-only below.",
            ).format(version=offer.to_version)
        )
        self.status_message.emit(
            tr("Review", "Draft moved to version {version} of the form").format(
                version=offer.to_version
            )
        )

    def _review_actions(self) -> None:
        if self.assessment_id:
            self.actions_review_requested.emit(self.assessment_id)

    def _back(self) -> None:
        if self.assessment_id:
            self.back_requested.emit(self.assessment_id)

    def complete(self) -> None:
        if self.assessment_id is None:
            return
        review = self.assessments.review(self.assessment_id)
        allow = False
        if review.unanswered_required:
            if not self.confirm_incomplete(self, len(review.unanswered_required)):
                # "Go back": straight to the statements still to answer, so Enter opens one.
                self.tabs.setCurrentIndex(0)
                self._focus_first()
                return
            allow = True
        try:
            self.assessments.complete(self.assessment_id, allow_unanswered_required=allow)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.status_message.emit(tr("Review", "Assessment completed: the answers are locked."))
        self.completed.emit(self.assessment_id)
