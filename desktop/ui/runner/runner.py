"""The runner: one statement at a time, every answer saved the moment it is given.

Keys (when not typing in a box): 1-4 choose a level or option (in group mode, rate the
participant whose chip has focus, then move to the next); D or 0 "don't know"; S skip a
statement that is not required; Delete clears; Enter or Right goes on; Backspace or Left goes
back; F1 or H shows help; F5 opens the projector view. Ctrl+Enter goes on from any box.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QMouseEvent, QPainter, QPen, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.assessments import KINDS, AssessmentDetail
from desktop.ui.runner.flow import AssessmentFlow, SectionProgress
from desktop.ui.runner.group import ParticipantChips, SpreadView, TalkAboutThis, describe_spread
from desktop.ui.runner.inputs import AnswerInput, ButtonsInput, make_input
from desktop.ui.runner.projector import ProjectorState, ProjectorView
from desktop.ui.widgets.notice_bar import NoticeBar
from desktop.ui.widgets.scroll import scroll_area
from forms.answers import DONT_KNOW
from forms.consensus import RatingSpread, summarise_ratings
from forms.models import FormDefinition, Question

if TYPE_CHECKING:
    from desktop.services import Services

log = logging.getLogger(__name__)

TYPING_PAUSE_MS = 300  # typing is saved this long after the last key


class SectionProgressBar(QWidget):
    """Sections along the top: how much of each is answered, and where the runner is."""

    section_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections: list[SectionProgress] = []
        self.current = 0
        self.setMinimumHeight(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Section progress")
        self.setToolTip("Click a section to go to its first statement")

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(600, 30)

    def set_progress(self, sections: list[SectionProgress], current: int) -> None:
        self.sections = sections
        self.current = current
        done = sum(1 for s in sections if s.done)
        here = sections[current] if sections else None
        text = f"{done} of {len(sections)} sections done"
        if here is not None:
            text += f"; now in {here.title}, {here.answered} of {here.shown} answered"
        self.setAccessibleDescription(text)
        self.setToolTip(
            "\n".join(f"{s.title}: {s.answered} of {s.shown} answered" for s in sections)
        )
        self.update()

    def _segment(self, index: int) -> QRectF:
        count = max(1, len(self.sections))
        gap = 4.0
        width = (self.width() - gap * (count - 1)) / count
        return QRectF(index * (width + gap), 6, width, self.height() - 12)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, section in enumerate(self.sections):
            rect = self._segment(index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e3e8eb"))
            painter.drawRoundedRect(rect, 4, 4)
            if section.shown:
                filled = QRectF(rect)
                filled.setWidth(rect.width() * section.answered / section.shown)
                painter.setBrush(QColor("#1f6f8b" if index == self.current else "#7fb2c4"))
                painter.drawRoundedRect(filled, 4, 4)
            if index == self.current:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor("#1d2327"), 2))
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 5, 5)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        for index in range(len(self.sections)):
            if self._segment(index).contains(event.position()):
                self.section_chosen.emit(index)
                return


class RunnerView(QWidget):
    """Runs one assessment; open it with `open(assessment_id)`."""

    review_requested = Signal(str)
    close_requested = Signal(str)
    results_requested = Signal(str)
    status_message = Signal(str)
    answer_saved = Signal(str, str)  # question id, participant id ("" for the agreed answer)
    state_changed = Signal(object)  # ProjectorState

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.assessments = services.assessments
        self.setObjectName("runner")
        self.setAccessibleName("Assessment runner")
        self.setStyleSheet(RUNNER_STYLE)
        self.assessment_id: str | None = None
        self.detail: AssessmentDetail | None = None
        self.form: FormDefinition | None = None
        self.flow: AssessmentFlow | None = None
        self.question_id: str | None = None
        self.answers: dict[str, Any] = {}
        self.notes: dict[str, str] = {}
        self.ratings: dict[str, dict[str, Any]] = {}  # question id -> participant id -> value
        self.locked = False
        self.answer_input: AnswerInput | None = None
        self.chips: ParticipantChips | None = None
        self.projector: ProjectorView | None = None
        self._pending_answer: tuple[str, Any] | None = None
        self._pending_note: tuple[str, str] | None = None
        self._loading = False
        self._answer_timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._answer_timer.timeout.connect(self._save_pending_answer)
        self._note_timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._note_timer.timeout.connect(self._save_pending_note)
        self._build()
        self._shortcuts()

    # -- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("runnerHeading")
        self.heading.setAccessibleName("Assessment")
        self.saved_mark = QLabel("")
        self.saved_mark.setObjectName("savedMark")
        self.saved_mark.setAccessibleName("Saved")
        self.projector_button = self._button(
            "Projector view", "Show the statement on a projector (F5)"
        )
        self.projector_button.clicked.connect(self.show_projector)
        self.review_button = self._button("Review and complete", "See what is left, then complete")
        self.review_button.clicked.connect(self.request_review)
        self.close_button = self._button("Close", "Back to the list; everything is saved")
        self.close_button.clicked.connect(self.request_close)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.saved_mark)
        top.addSpacing(12)
        top.addWidget(self.projector_button)
        top.addWidget(self.review_button)
        top.addWidget(self.close_button)

        self.progress_bar = SectionProgressBar()
        self.progress_bar.section_chosen.connect(self._go_to_section)
        self.where = QLabel()
        self.where.setObjectName("runnerWhere")
        self.where.setAccessibleName("Where you are")

        self.notice = NoticeBar()
        self.locked_bar = NoticeBar()

        self.section_title = QLabel()
        self.section_title.setObjectName("sectionTitle")
        self.section_title.setAccessibleName("Section")
        self.statement = QLabel()
        self.statement.setObjectName("statement")
        self.statement.setWordWrap(True)
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.statement.setAccessibleName("Statement")
        self.help_button = self._button("Help (F1)", "Show or hide the help for this statement")
        self.help_button.setObjectName("linkButton")
        self.help_button.clicked.connect(self.toggle_help)
        self.help_text = QLabel()
        self.help_text.setObjectName("helpText")
        self.help_text.setWordWrap(True)
        self.help_text.setAccessibleName("Help")
        self.help_text.setVisible(False)
        statement_row = QHBoxLayout()
        statement_row.addWidget(self.statement, 1)
        statement_row.addWidget(self.help_button, 0, Qt.AlignmentFlag.AlignTop)

        # group mode
        self.group_box = QFrame()
        self.group_box.setObjectName("groupBox")
        self.group_title = QLabel("Each person's rating: press 1–4 for each person in turn")
        self.group_title.setObjectName("groupTitle")
        self.chips_area = QHBoxLayout()
        self.spread_view = SpreadView([])
        self.talk_mark = TalkAboutThis()
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setAccessibleName("Suggestion")
        group_layout = QVBoxLayout(self.group_box)
        group_layout.setContentsMargins(14, 10, 14, 10)
        group_layout.addWidget(self.group_title)
        group_layout.addLayout(self.chips_area)
        group_layout.addWidget(self.spread_view)
        group_layout.addWidget(self.talk_mark)
        group_layout.addWidget(self.suggestion)

        self.answer_title = QLabel()
        self.answer_title.setObjectName("answerTitle")
        self.input_area = QVBoxLayout()
        self.dont_know_button = self._button("&Don't know (D)", 'Answer "don\'t know": not scored')
        self.dont_know_button.setCheckable(True)
        self.dont_know_button.clicked.connect(self.answer_dont_know)
        self.skip_button = self._button("Not sure / &skip (S)", "Leave this statement unanswered")
        self.skip_button.clicked.connect(self.skip)
        self.clear_button = self._button("Clear answer (Delete)", "Remove the answer given")
        self.clear_button.clicked.connect(self.clear_answer)
        extra = QHBoxLayout()
        extra.addWidget(self.dont_know_button)
        extra.addWidget(self.skip_button)
        extra.addWidget(self.clear_button)
        extra.addStretch(1)

        self.note_edit = QPlainTextEdit()
        self.note_edit.setObjectName("noteBox")
        self.note_edit.setAccessibleName("Note or evidence")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(86)
        self.note_edit.textChanged.connect(self._note_changed)
        self.note_label = QLabel("Note or evidence")
        self.note_label.setObjectName("answerTitle")
        self.note_label.setBuddy(self.note_edit)

        card = QFrame()
        card.setObjectName("statementCard")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(24, 18, 24, 18)
        card_layout.setSpacing(10)
        card_layout.addWidget(self.section_title)
        card_layout.addLayout(statement_row)
        card_layout.addWidget(self.help_text)
        card_layout.addWidget(self.group_box)
        card_layout.addWidget(self.answer_title)
        card_layout.addLayout(self.input_area)
        card_layout.addLayout(extra)
        card_layout.addWidget(self.note_label)
        card_layout.addWidget(self.note_edit)
        card_layout.addStretch(1)
        scroll = scroll_area(card, "Statement")

        self.back_button = self._button("← Back", "The statement before (Backspace)")
        self.back_button.clicked.connect(self.previous)
        self.next_button = self._button("Next →", "The next statement (Enter)")
        self.next_button.setObjectName("primaryButton")
        self.next_button.clicked.connect(self.next)
        self.keys_hint = QLabel(
            "Keys: 1–4 choose · D don't know · Enter next · Backspace back · F1 help"
        )
        self.keys_hint.setObjectName("keysHint")
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addStretch(1)
        bottom.addWidget(self.keys_hint)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.where)
        layout.addWidget(self.notice)
        layout.addWidget(self.locked_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    @staticmethod
    def _button(text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def _shortcuts(self) -> None:
        bindings: list[tuple[str | QKeySequence | Qt.Key, Callable[[], None]]] = [
            ("D", self.answer_dont_know),
            ("0", self.answer_dont_know),
            ("S", self.skip),
            ("H", self.toggle_help),
            ("?", self.toggle_help),
            (Qt.Key.Key_F1, self.toggle_help),
            (Qt.Key.Key_F5, self.show_projector),
            (Qt.Key.Key_Return, self._enter),
            (Qt.Key.Key_Enter, self._enter),
            (Qt.Key.Key_Right, lambda: self._arrow(+1)),
            (Qt.Key.Key_Left, lambda: self._arrow(-1)),
            (Qt.Key.Key_Backspace, self.previous),
            (Qt.Key.Key_Delete, self.clear_answer),
            ("Ctrl+Return", self.next),
            ("Ctrl+Enter", self.next),
            ("Ctrl+PgDown", lambda: self._jump_section(+1)),
            ("Ctrl+PgUp", lambda: self._jump_section(-1)),
        ]
        for number in range(1, 10):
            bindings.append((str(number), partial(self.choose, number)))
        for keys, slot in bindings:
            sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
            shortcut = QShortcut(sequence, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)

    # -- opening ------------------------------------------------------------------------------

    def open(self, assessment_id: str, question_id: str | None = None) -> None:
        """Show an assessment at a statement (by default where it stopped)."""
        self.flush()
        detail = self.assessments.get(assessment_id)
        form = self.assessments.form_for(assessment_id)
        registration = self.services.organisations.get(
            detail.summary.organisation_id, include_deleted=True
        ).values
        self.assessment_id = assessment_id
        self.detail = detail
        self.form = form
        self.flow = AssessmentFlow(form, registration)
        self.answers = {}
        self.notes = {}
        self.ratings = {}
        for saved in self.assessments.responses(assessment_id):
            if saved.participant_id is None:
                if saved.value is not None or saved.dont_know:
                    self.answers[saved.question_id] = saved.value
                if saved.note:
                    self.notes[saved.question_id] = saved.note
            elif saved.value is not None or saved.dont_know:
                self.ratings.setdefault(saved.question_id, {})[saved.participant_id] = saved.value
        self.locked = detail.summary.status == "completed"
        summary = detail.summary
        mode = f"group of {len(detail.participants)}" if summary.mode == "group" else "facilitated"
        self.heading.setText(
            f"<b>{_escape(summary.organisation_name)}</b> · {KINDS.get(summary.kind, summary.kind)}"
            f" · {mode}"
        )
        self.spread_view.level_names = [level.name for level in form.rating_scale]
        self._build_chips()
        self._show_locked()
        self.notice.dismiss()
        self.saved_mark.setText("")
        start = question_id or self.flow.resume_at(self.answers, detail.current_question_id)
        self._show(start)

    def _build_chips(self) -> None:
        if self.chips is not None:
            self.chips_area.removeWidget(self.chips)
            self.chips.hide()
            self.chips.deleteLater()
            self.chips = None
        assert self.detail is not None
        if self.detail.summary.mode == "group" and self.detail.participants:
            self.chips = ParticipantChips(self.detail.participants)
            self.chips.rated.connect(self._participant_rated)
            self.chips.finished.connect(self._focus_answer)
            self.chips_area.addWidget(self.chips)

    def _show_locked(self) -> None:
        if self.locked:
            self.locked_bar.show_notice(
                "This assessment is completed, so its answers are locked.",
                "Reopen to change answers",
                self.reopen,
            )
        else:
            self.locked_bar.dismiss()
        self.locked_bar.close_button.setVisible(False)

    def reopen(self) -> None:
        """Unlock a completed assessment (recorded in the audit trail)."""
        assert self.assessment_id is not None
        try:
            self.assessments.reopen(self.assessment_id)
        except UserError as error:
            self.notice.show_notice(str(error))
            return
        self.locked = False
        self._show_locked()
        if self.question_id:
            self._show(self.question_id)
        self.status_message.emit("Reopened: changes from now on are recorded.")

    # -- showing one statement ----------------------------------------------------------------

    @property
    def is_group(self) -> bool:
        return bool(self.detail and self.detail.summary.mode == "group" and self.chips)

    def current_question(self) -> Question:
        assert self.form is not None and self.question_id is not None
        return self.form.question(self.question_id)

    def _show(self, question_id: str) -> None:
        assert self.form is not None and self.flow is not None
        self._loading = True
        self.question_id = question_id
        question = self.form.question(question_id)
        place = self.flow.place(question_id, self.answers)
        section = place.section
        self.section_title.setText(section.title.upper())
        self.statement.setText(question.text)
        self.statement.setAccessibleDescription(question.text)
        self.help_text.setText(question.help or "")
        self.help_button.setVisible(bool(question.help))
        self.help_text.setVisible(False)
        self.where.setText(
            f"<b>{_escape(section.title)}</b> — section {place.section_number} of "
            f"{place.section_count}, statement {place.number_in_section} of "
            f"{place.shown_in_section}"
        )

        if self.answer_input is not None:
            # Hidden and deleted in place: unparenting would make it a window for a moment.
            self.input_area.removeWidget(self.answer_input)
            self.answer_input.hide()
            self.answer_input.deleteLater()
        self.answer_input = make_input(self.form, question)
        self.answer_input.answered.connect(self._answered)
        self.answer_input.edited.connect(self._edited)
        self.input_area.addWidget(self.answer_input)
        value = self.answers.get(question_id)
        self.answer_input.set_value(None if value is DONT_KNOW else value)
        self.answer_input.set_locked(self.locked)

        group_rating = self.is_group and question.type == "rating"
        self.group_box.setVisible(group_rating)
        self.answer_title.setText("Agreed score" if group_rating else "")
        self.answer_title.setVisible(group_rating)
        if group_rating and self.chips is not None:
            self.chips.set_ratings(self.ratings.get(question_id, {}))
            self.chips.setEnabled(not self.locked)
        self._update_spread()

        self.dont_know_button.setChecked(value is DONT_KNOW)
        self.dont_know_button.setEnabled(not self.locked)
        self.skip_button.setVisible(not question.required)
        self.skip_button.setEnabled(not self.locked)
        self.clear_button.setEnabled(not self.locked)
        prompt = question.note_prompt or (
            "Note of the discussion (what was said, what was agreed)"
            if group_rating
            else "Note or evidence (optional)"
        )
        self.note_edit.setPlaceholderText(prompt)
        self.note_edit.setPlainText(self.notes.get(question_id, ""))
        self.note_edit.setReadOnly(self.locked)
        is_last = self.flow.next_after(question_id, self.answers) is None
        self.next_button.setText("Review →" if is_last else "Next →")
        self.next_button.setAccessibleName("Review" if is_last else "Next statement")
        self.back_button.setEnabled(
            self.flow.previous_before(question_id, self.answers) is not None
        )
        self._refresh_progress()
        self._loading = False
        if not self.locked and self.assessment_id:
            self._remember_position(question_id)
        self.focus_start()
        self._emit_state()

    def focus_start(self) -> None:
        group = self.is_group and self.chips is not None and self.group_box.isVisible()
        if group and not self.locked and self.chips.focus_first_unrated():  # type: ignore[union-attr]
            return
        self._focus_answer()

    def _focus_answer(self) -> None:
        if self.answer_input is not None and self.answer_input.isEnabled():
            self.answer_input.focus_first()
        else:
            self.next_button.setFocus()

    def _remember_position(self, question_id: str) -> None:
        assert self.assessment_id is not None
        try:
            self.assessments.set_position(self.assessment_id, question_id)
        except UserError as error:
            log.warning("Could not remember the runner's place: %s", error)

    def _refresh_progress(self) -> None:
        assert self.flow is not None and self.question_id is not None
        sections = self.flow.progress(self.answers)
        current = self.flow.form.sections.index(self.flow.section_of(self.question_id))
        self.progress_bar.set_progress(sections, current)

    def _update_spread(self) -> None:
        question = self.current_question() if self.question_id else None
        if not (self.is_group and question is not None and question.type == "rating"):
            return
        spread = self.current_spread()
        agreed = self.answers.get(question.id)
        self.spread_view.set_spread(spread, agreed if isinstance(agreed, int) else None)
        self.talk_mark.setVisible(bool(spread and spread.discuss))
        if isinstance(self.answer_input, ButtonsInput):
            self.answer_input.set_suggestion(spread.suggestion if spread else None)
        if spread is None or spread.suggestion is None:
            self.suggestion.setText("Suggested agreed score: none yet (nobody has rated this).")
        else:
            assert self.form is not None
            name = self.form.rating_scale[spread.suggestion - 1].name
            self.suggestion.setText(
                f"Suggested agreed score: <b>{spread.suggestion} {_escape(name)}</b> "
                "(the middle of the ratings). The group decides: press 1–4 for the agreed score."
            )
        self.suggestion.setAccessibleDescription(
            describe_spread(spread, self.spread_view.level_names, labels=True)
        )

    def current_spread(self) -> RatingSpread | None:
        if not self.is_group or self.question_id is None or self.detail is None:
            return None
        mine = self.ratings.get(self.question_id, {})
        return summarise_ratings({p.label: mine.get(p.id) for p in self.detail.participants})

    # -- moving -------------------------------------------------------------------------------

    def next(self) -> None:
        if self.flow is None or self.question_id is None:
            return
        self.flush()
        following = self.flow.next_after(self.question_id, self.answers)
        if following is None:
            self.request_review()
        else:
            self._show(following)

    def previous(self) -> None:
        if self.flow is None or self.question_id is None:
            return
        self.flush()
        before = self.flow.previous_before(self.question_id, self.answers)
        if before is not None:
            self._show(before)

    def go_to(self, question_id: str) -> None:
        self.flush()
        self._show(question_id)

    def _go_to_section(self, index: int) -> None:
        assert self.flow is not None
        section = self.flow.form.sections[index]
        shown = [q.id for q in self.flow.shown(self.answers)]
        for question in section.questions:
            if question.id in shown:
                self.go_to(question.id)
                return

    def _jump_section(self, step: int) -> None:
        if self.flow is None or self.question_id is None:
            return
        here = self.flow.form.sections.index(self.flow.section_of(self.question_id))
        target = here + step
        if 0 <= target < len(self.flow.form.sections):
            self._go_to_section(target)

    def _enter(self) -> None:
        chip = self.chips.focused_chip() if self.chips is not None else None
        if chip is not None:
            self._focus_answer()
        else:
            self.next()

    def _arrow(self, step: int) -> None:
        chips = self.chips
        chip = chips.focused_chip() if chips is not None else None
        if chips is not None and chip is not None:
            index = chips.chips.index(chip) + step
            if 0 <= index < len(chips.chips):
                chips.chips[index].setFocus()
            return
        if step > 0:
            self.next()
        else:
            self.previous()

    def request_review(self) -> None:
        self.flush()
        if self.assessment_id:
            self.review_requested.emit(self.assessment_id)

    def request_close(self) -> None:
        self.flush()
        if self.assessment_id:
            self.close_requested.emit(self.assessment_id)

    def toggle_help(self) -> None:
        if self.help_text.text():
            self.help_text.setVisible(not self.help_text.isVisible())

    # -- answering ----------------------------------------------------------------------------

    def choose(self, number: int) -> None:
        """Digit pressed: rate the focused participant, or choose level/option `number`."""
        if self.locked or self.answer_input is None:
            return
        chip = self.chips.focused_chip() if self.chips is not None else None
        if chip is not None and self.group_box.isVisible():
            if 1 <= number <= 4:
                self.chips.rate(chip, number)  # type: ignore[union-attr]
            return
        self.answer_input.choose(number)

    def answer_dont_know(self) -> None:
        if self.locked or self.question_id is None:
            return
        chip = self.chips.focused_chip() if self.chips is not None else None
        if chip is not None and self.group_box.isVisible():
            self.chips.rate(chip, DONT_KNOW)  # type: ignore[union-attr]
            return
        if self.answer_input is not None:
            self.answer_input.set_value(None)
        self._answered(DONT_KNOW)

    def skip(self) -> None:
        if self.locked or self.question_id is None:
            return
        if self.current_question().required:
            self.notice.show_notice(
                'This statement needs an answer. If nobody knows, choose "Don\'t know" (D).'
            )
            return
        self.clear_answer()
        self.next()

    def clear_answer(self) -> None:
        if self.locked or self.question_id is None:
            return
        chip = self.chips.focused_chip() if self.chips is not None else None
        if chip is not None and self.group_box.isVisible():
            self.chips.rate(chip, None)  # type: ignore[union-attr]
            return
        if self.answer_input is not None:
            self.answer_input.set_value(None)
        self._pending_answer = None
        self._answered(None)

    def _answered(self, value: Any) -> None:
        if self._loading or self.question_id is None:
            return
        self._answer_timer.stop()
        self._pending_answer = None
        self._save_answer(self.question_id, value)

    def _edited(self, value: Any) -> None:
        if self._loading or self.question_id is None:
            return
        self._pending_answer = (self.question_id, value)
        self._answer_timer.start()

    def _save_pending_answer(self) -> bool:
        pending = self._pending_answer
        if pending is None:
            return True
        if self._save_answer(*pending):
            if self._pending_answer == pending:
                self._pending_answer = None
            return True
        return False

    def _save_answer(self, question_id: str, value: Any) -> bool:
        assert self.assessment_id is not None
        try:
            self.assessments.record_answer(self.assessment_id, question_id, value)
        except UserError as error:
            self._not_saved(str(error), lambda: self._save_answer(question_id, value))
            return False
        except Exception:  # noqa: BLE001 - logged, told, and the answer stays on screen
            log.exception("Saving an answer failed")
            self._not_saved(
                "Something went wrong saving this answer. It is still on screen; try again.",
                lambda: self._save_answer(question_id, value),
            )
            return False
        if value is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = value
        if question_id == self.question_id:
            self.dont_know_button.setChecked(value is DONT_KNOW)
            self._refresh_after_answer()
        self._mark_saved()
        self.answer_saved.emit(question_id, "")
        return True

    def _refresh_after_answer(self) -> None:
        assert self.flow is not None and self.question_id is not None
        self._refresh_progress()
        self._update_spread()
        is_last = self.flow.next_after(self.question_id, self.answers) is None
        self.next_button.setText("Review →" if is_last else "Next →")
        self._emit_state()

    def _participant_rated(self, participant_id: str, value: Any) -> None:
        assert self.assessment_id is not None and self.question_id is not None
        question_id = self.question_id
        try:
            self.assessments.record_answer(
                self.assessment_id, question_id, value, participant_id=participant_id
            )
        except UserError as error:
            self._not_saved(str(error), lambda: self._participant_rated(participant_id, value))
            return
        mine = self.ratings.setdefault(question_id, {})
        if value is None:
            mine.pop(participant_id, None)
        else:
            mine[participant_id] = value
        self._update_spread()
        self._mark_saved()
        self._emit_state()
        self.answer_saved.emit(question_id, participant_id)

    def _note_changed(self) -> None:
        if self._loading or self.question_id is None or self.locked:
            return
        self._pending_note = (self.question_id, self.note_edit.toPlainText())
        self._note_timer.start()

    def _save_pending_note(self) -> bool:
        pending = self._pending_note
        if pending is None or self.assessment_id is None:
            return True
        question_id, text = pending
        if text.strip() == (self.notes.get(question_id) or "").strip():
            self._pending_note = None
            return True
        try:
            self.assessments.record_note(self.assessment_id, question_id, text)
        except UserError as error:
            self._not_saved(str(error), self._save_pending_note)
            return False
        if self._pending_note == pending:
            self._pending_note = None
        if text.strip():
            self.notes[question_id] = text.strip()
        else:
            self.notes.pop(question_id, None)
        self._mark_saved()
        return True

    def flush(self) -> bool:
        """Save any typing still waiting for its pause; False if something could not be saved."""
        if self.assessment_id is None:
            return True
        self._answer_timer.stop()
        self._note_timer.stop()
        answer_ok = self._save_pending_answer()
        note_ok = self._save_pending_note()
        return answer_ok and note_ok

    def _mark_saved(self) -> None:
        self.saved_mark.setText(f"✓ Saved {datetime.now():%H:%M:%S}")
        if self.notice.isVisible() and self.notice.label.text().startswith("Not saved"):
            self.notice.dismiss()

    def _not_saved(self, message: str, retry: Callable[[], Any]) -> None:
        self.saved_mark.setText("Not saved")
        self.notice.show_notice(f"Not saved: {message}", "Try again", retry)

    # -- projector ----------------------------------------------------------------------------

    def projector_state(self) -> ProjectorState | None:
        if self.form is None or self.flow is None or self.question_id is None:
            return None
        question = self.current_question()
        place = self.flow.place(self.question_id, self.answers)
        choices: list[tuple[str, str, str]] = []
        if question.type == "rating":
            descriptors = question.levels or [lv.meaning for lv in self.form.rating_scale]
            choices = [
                (str(lv.level), lv.name, descriptors[i] if i < len(descriptors) else "")
                for i, lv in enumerate(self.form.rating_scale)
            ]
        elif question.options and question.type != "multi_choice":
            choices = [(o.id, o.label, "") for o in question.options]
        value = self.answers.get(self.question_id)
        chosen = str(value) if isinstance(value, int | str) else None
        return ProjectorState(
            form_title=self.form.title,
            section_title=place.section.title,
            section_number=place.section_number,
            section_count=place.section_count,
            number_in_section=place.number_in_section,
            shown_in_section=place.shown_in_section,
            text=question.text,
            choices=choices,
            chosen=chosen,
            spread=self.current_spread() if question.type == "rating" else None,
            level_names=[lv.name for lv in self.form.rating_scale],
            group=self.is_group and question.type == "rating",
        )

    def _emit_state(self) -> None:
        state = self.projector_state()
        if state is None:
            return
        self.state_changed.emit(state)
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_state(state)

    def show_projector(self) -> None:
        if self.projector is None:
            self.projector = ProjectorView(self)
            self.projector.closed.connect(lambda: self.projector_button.setFocus())
        state = self.projector_state()
        if state is not None:
            self.projector.show_state(state)
        self.projector.open_on_best_screen()
        self.activateWindow()

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


RUNNER_STYLE = """
QLabel#runnerHeading { font-size: 12pt; color: #1d2327; }
QLabel#savedMark { color: #2e7d32; font-size: 10pt; }
QLabel#runnerWhere { color: #5f6b73; font-size: 10.5pt; }
QFrame#statementCard { background: #ffffff; border: 1px solid #dde3e7; border-radius: 8px; }
QLabel#sectionTitle { color: #1f6f8b; font-size: 10pt; font-weight: bold; letter-spacing: 1px; }
QLabel#statement { font-size: 18pt; color: #1d2327; }
QLabel#helpText {
    background: #f3f8fa; border-left: 4px solid #1f6f8b; padding: 8px 12px; font-size: 11pt;
}
QPushButton#linkButton { border: none; color: #1f6f8b; text-decoration: underline; }
QFrame#groupBox { background: #f7f9fa; border: 1px solid #e3e8eb; border-radius: 6px; }
QLabel#groupTitle, QLabel#answerTitle { font-weight: bold; color: #1d2327; font-size: 11pt; }
QLabel#suggestion { font-size: 11pt; }
QLabel#talkAboutThis {
    background: #fff4d6; border: 2px dashed #8a6d00; border-radius: 4px; padding: 6px 10px;
    font-weight: bold; color: #5c4700;
}
QPushButton#levelButton {
    background: #ffffff; border: 2px solid #cfd6db; border-radius: 8px; text-align: left;
}
QPushButton#levelButton:hover { border-color: #1f6f8b; }
QPushButton#levelButton:focus { border: 3px solid #1d2327; }
QPushButton#levelButton:checked { background: #1f6f8b; border: 3px solid #123f50; }
QPushButton#levelButton[suggested="true"] { border-style: dashed; border-color: #8a6d00; }
QLabel#levelKey {
    font-size: 15pt; font-weight: bold; color: #1f6f8b; min-width: 22px;
}
QLabel#levelName { font-size: 13pt; font-weight: bold; color: #1d2327; }
QLabel#levelDescriptor { font-size: 10.5pt; color: #3c474e; }
QLabel#levelKey[onDark="true"], QLabel#levelName[onDark="true"],
QLabel#levelDescriptor[onDark="true"] { color: #ffffff; }
QLabel#levelTag {
    font-size: 8.5pt; color: #5c4700; background: #fff4d6; border: 1px solid #8a6d00;
    border-radius: 3px; padding: 1px 4px;
}
QPushButton#participantChip {
    background: #ffffff; border: 2px solid #cfd6db; border-radius: 16px; padding: 6px 12px;
    font-size: 11pt;
}
QPushButton#participantChip[rated="true"] { background: #e3f0f5; border-color: #1f6f8b; }
QPushButton#participantChip:focus { border: 3px solid #1d2327; }
QCheckBox#multiChoice { font-size: 12pt; padding: 4px; }
QPlainTextEdit#noteBox, QPlainTextEdit#textAnswer { font-size: 11pt; }
QSpinBox#numberAnswer, QDoubleSpinBox#numberAnswer, QDateEdit#dateAnswer {
    font-size: 14pt; padding: 4px;
}
QLabel#keysHint { color: #5f6b73; font-size: 9.5pt; }
"""
