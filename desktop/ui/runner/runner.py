"""The runner: one statement at a time, every answer saved the moment it is given.

Keys (when not typing in a box): 1-4 choose a level or option; D or 0 "don't know"; S skip a
statement that is not required; Delete clears; Enter or Right goes on; Backspace or Left goes
back; F1 or H shows help; F5 opens the projector view; L changes the session's language and
Shift+L the second language the projector shows beside it. Ctrl+Enter goes on from any box.

Group mode keeps an explicit key target (`rating_for`): while a statement's ratings are being
collected (and kept hidden, see `forms.consensus.RatingRound`) the digits rate that person and
the target moves to the next person still to rate; Left/Right choose another person and R
reveals early. Once the round is revealed the digits set the agreed score, and nothing but the
facilitator choosing a person again changes that. The line above the chips always says which.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSignalBlocker, QSize, Qt, QTimer, Signal
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
from desktop.services.assessments import AssessmentDetail, AssessmentService, RatingSource
from desktop.ui import theme
from desktop.ui.format import rich_text
from desktop.ui.i18n import error_text, kind_label, set_language, tr
from desktop.ui.runner.flow import AssessmentFlow, SectionProgress
from desktop.ui.runner.group import (
    ROLE_NAMES,
    ParticipantChips,
    SpreadView,
    TalkAboutThis,
    describe_spread,
)
from desktop.ui.runner.inputs import AnswerInput, ButtonsInput, make_input
from desktop.ui.runner.phone_voting import (
    PhoneVotingController,
    PhoneVotingPanel,
    SavedVotes,
    statement_for,
)
from desktop.ui.runner.projector import ProjectorState, ProjectorView, SecondLanguage
from desktop.ui.widgets.notice_bar import NoticeBar
from desktop.ui.widgets.review_panel import review_issues_text
from desktop.ui.widgets.scroll import scroll_area
from forms.answers import DONT_KNOW
from forms.consensus import RatingRound, RatingSpread
from forms.localised import ENGLISH, SHIPPED_LANGUAGES, is_right_to_left, language_name
from forms.models import FormDefinition, Question
from forms.translations import form_in_language, question_texts

if TYPE_CHECKING:
    from desktop.services import Services

log = logging.getLogger(__name__)

TYPING_PAUSE_MS = 300  # typing is saved this long after the last key


def _show_if(widget: QWidget, visible: bool) -> None:
    """Show or hide `widget`, doing nothing if it already is: setVisible relays out the page
    even when nothing changes, and the chips are redrawn on every batch of phone votes."""
    if widget.isHidden() == visible:
        widget.setVisible(visible)


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
        self.setToolTip(tr("Runner", "Click a section to go to its first statement"))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(600, 30)

    def set_progress(self, sections: list[SectionProgress], current: int) -> None:
        self.sections = sections
        self.current = current
        done = sum(1 for s in sections if s.done)
        here = sections[current] if sections else None
        text = tr("Runner", "{done} of {count} sections done").format(
            done=done, count=len(sections)
        )
        if here is not None:
            text += "; " + tr("Runner", "now in {section}, {answered} of {shown} answered").format(
                section=here.title, answered=here.answered, shown=here.shown
            )
        self.setAccessibleDescription(text)
        self.setToolTip(
            "\n".join(
                tr("Runner", "{section}: {answered} of {shown} answered").format(
                    section=s.title, answered=s.answered, shown=s.shown
                )
                for s in sections
            )
        )
        self.update()

    def _segment(self, index: int) -> QRectF:
        count = max(1, len(self.sections))
        gap = 4.0
        width = (self.width() - gap * (count - 1)) / count
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            index = count - 1 - index  # the first section on the right
        return QRectF(index * (width + gap), 6, width, self.height() - 12)

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for index, section in enumerate(self.sections):
            rect = self._segment(index)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(theme.PROGRESS_TODO))
            painter.drawRoundedRect(rect, 4, 4)
            if section.shown:
                filled = QRectF(rect)
                filled.setWidth(rect.width() * section.answered / section.shown)
                painter.setBrush(
                    QColor(theme.ACCENT if index == self.current else theme.PROGRESS_DONE)
                )
                painter.drawRoundedRect(filled, 4, 4)
            if index == self.current:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(theme.TEXT), 2))
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
        self.source_form: FormDefinition | None = None  # with every language
        self.form: FormDefinition | None = None  # its texts in the session's language
        self.language = ENGLISH
        # The projector's second language: None for one language, "auto" for English beside
        # any other session language.
        self.second_language: str | None = "auto"
        self.registration: dict[str, Any] = {}
        self.flow: AssessmentFlow | None = None
        self.question_id: str | None = None
        self.answers: dict[str, Any] = {}
        self.notes: dict[str, str] = {}
        self.rounds: dict[str, RatingRound] = {}  # group mode: question id -> its ratings
        # Group mode: the participant the digit keys rate now; None: they set the agreed score.
        self.rating_for: str | None = None
        self._unagreed_warned: str | None = None  # Enter was pressed once with no agreed score
        self._mistyped: str | None = None  # a digit with no answer was pressed here
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
        # Long organisation names wrap rather than push the window wider than a small screen.
        self.heading.setWordWrap(True)
        self.saved_mark = QLabel("")
        self.saved_mark.setObjectName("savedMark")
        self.saved_mark.setAccessibleName("Saved")
        self.projector_button = self._button(
            tr("Runner", "Projector view"), tr("Runner", "Show the statement on a projector (F5)")
        )
        self.projector_button.clicked.connect(self.show_projector)
        self.review_button = self._button(
            tr("Runner", "Review and complete"), tr("Runner", "See what is left, then complete")
        )
        self.review_button.clicked.connect(self.request_review)
        self.close_button = self._button(
            tr("Runner", "Close"), tr("Runner", "Back to the list; everything is saved")
        )
        self.close_button.clicked.connect(self.request_close)
        self.language_button = self._button(
            language_name(ENGLISH, native=True), tr("Runner", "Change the session's language (L)")
        )
        self.language_button.setAccessibleName("Language of the session")
        self.language_button.clicked.connect(lambda: self.switch_language())
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.saved_mark)
        top.addSpacing(12)
        top.addWidget(self.language_button)
        top.addWidget(self.projector_button)
        top.addWidget(self.review_button)
        top.addWidget(self.close_button)

        self.progress_bar = SectionProgressBar()
        self.progress_bar.section_chosen.connect(self._go_to_section)
        self.where = QLabel()
        self.where.setObjectName("runnerWhere")
        self.where.setAccessibleName("Where you are")
        self.where.setWordWrap(True)

        self.notice = NoticeBar()
        self.locked_bar = NoticeBar()
        # What the council found wrong with this work (issue 15), until it is sent again.
        self.review_bar = NoticeBar()
        self.review_bar.setObjectName("reviewIssues")
        self.review_bar.setAccessibleName("The council's review")
        self.review_bar.label.setTextFormat(Qt.TextFormat.PlainText)  # the council's words

        self.section_title = QLabel()
        self.section_title.setObjectName("sectionTitle")
        self.section_title.setAccessibleName("Section")
        self.statement = QLabel()
        self.statement.setObjectName("statement")
        self.statement.setWordWrap(True)
        self.statement.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.statement.setAccessibleName("Statement")
        self.help_button = self._button(
            tr("Runner", "Help (F1)"), tr("Runner", "Show or hide the help for this statement")
        )
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
        self.key_mode = QLabel()
        self.key_mode.setObjectName("keyMode")
        self.key_mode.setWordWrap(True)
        self.key_mode.setAccessibleName("What the keys do now")
        self.reveal_button = self._button(
            tr("Runner", "&Reveal now (R)"),
            tr("Runner", "Show every rating now, before everyone has rated"),
        )
        self.reveal_button.clicked.connect(self.reveal_now)
        self.phone_button = self._button(
            tr("Runner", "&Phone voting…"),
            tr("Runner", "Let people vote from their own phones, privately, with no internet"),
        )
        self.phone_button.setCheckable(True)
        self.phone_button.toggled.connect(self._phone_voting_toggled)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.key_mode, 1)
        mode_row.addWidget(self.phone_button, 0, Qt.AlignmentFlag.AlignTop)
        mode_row.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignTop)
        self.phone_panel = PhoneVotingPanel()
        self.phone_panel.stop_requested.connect(self.stop_phone_voting)
        self.phone_panel.setVisible(False)
        self.phone_voting: PhoneVotingController | None = None
        self._phone_question: str | None = None
        self.chips_area = QHBoxLayout()
        self.hidden_note = QLabel()
        self.hidden_note.setObjectName("hiddenNote")
        self.hidden_note.setAccessibleName("Ratings hidden")
        self.spread_view = SpreadView([], compact=True)
        self.talk_mark = TalkAboutThis()
        self.suggestion = QLabel()
        self.suggestion.setObjectName("suggestion")
        self.suggestion.setAccessibleName("Suggestion")
        self.suggestion.setWordWrap(True)
        group_layout = QVBoxLayout(self.group_box)
        group_layout.setContentsMargins(12, 8, 12, 8)
        group_layout.setSpacing(6)
        group_layout.addLayout(mode_row)
        group_layout.addWidget(self.phone_panel)
        group_layout.addLayout(self.chips_area)
        group_layout.addWidget(self.hidden_note)
        group_layout.addWidget(self.spread_view)
        group_layout.addWidget(self.talk_mark)
        group_layout.addWidget(self.suggestion)

        self.answer_title = QLabel()
        self.answer_title.setObjectName("answerTitle")
        self.input_area = QVBoxLayout()
        self.dont_know_button = self._button(
            tr("Runner", "&Don't know (D)"), tr("Runner", 'Answer "don\'t know": not scored')
        )
        self.dont_know_button.setCheckable(True)
        self.dont_know_button.setObjectName("dontKnowButton")
        self.dont_know_button.clicked.connect(self.answer_dont_know)
        # "Skip", not "Not sure": a Yes/No statement already offers "Don't know".
        self.skip_button = self._button(
            tr("Runner", "&Skip (S)"), tr("Runner", "Leave this statement unanswered")
        )
        self.skip_button.clicked.connect(self.skip)
        self.clear_button = self._button(
            tr("Runner", "Clear answer (Delete)"), tr("Runner", "Remove the answer given")
        )
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
        self.note_label = QLabel(tr("Runner", "Note or evidence"))
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
        self.card_scroll = scroll

        self.back_button = self._button(
            tr("Runner", "← Back"), tr("Runner", "The statement before (Backspace)")
        )
        self.back_button.clicked.connect(self.previous)
        self.next_button = self._button(
            tr("Runner", "Next →"), tr("Runner", "The next statement (Enter)")
        )
        self.next_button.setObjectName("primaryButton")
        self.next_button.clicked.connect(self.next)
        self.keys_hint = QLabel(
            tr(
                "Runner",
                "Keys: 1–4 choose · D don't know · Enter next · Backspace back · F1 help · "
                "L language",
            )
        )
        self.keys_hint.setObjectName("keysHint")
        self.keys_hint.setWordWrap(True)
        self.keys_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.keys_hint, 1)
        bottom.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.where)
        layout.addWidget(self.notice)
        layout.addWidget(self.locked_bar)
        layout.addWidget(self.review_bar)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

    @staticmethod
    def _button(text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", ""))
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button

    def key_bindings(self) -> list[tuple[QKeySequence, Callable[[], None]]]:
        """Every key of the runner and what it does; the projector window takes the same keys
        (but F5, which closes it), so the facilitator can drive the session from either."""
        bindings: list[tuple[str | QKeySequence | Qt.Key, Callable[[], None]]] = [
            ("D", self.answer_dont_know),
            ("R", self.reveal_now),
            ("0", self.answer_dont_know),
            ("S", self.skip),
            ("H", self.toggle_help),
            ("L", lambda: self.switch_language()),
            ("Shift+L", self.switch_second_language),
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
        return [
            (keys if isinstance(keys, QKeySequence) else QKeySequence(keys), slot)
            for keys, slot in bindings
        ]

    def _enable_keys(self, enabled: bool) -> None:
        for shortcut in self._key_shortcuts:
            shortcut.setEnabled(enabled)

    def _shortcuts(self) -> None:
        self._key_shortcuts: list[QShortcut] = []
        for sequence, slot in self.key_bindings():
            shortcut = QShortcut(sequence, self)
            self._key_shortcuts.append(shortcut)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)

    # -- opening ------------------------------------------------------------------------------

    def open(self, assessment_id: str, question_id: str | None = None) -> None:
        """Show an assessment at a statement (by default where it stopped)."""
        self.flush()
        self.close_projector()
        self.stop_phone_voting()
        detail = self.assessments.get(assessment_id)
        self.source_form = self.assessments.form_for(assessment_id)
        self.language = self.assessments.session_language(assessment_id)
        # the registration and, for a CAT assessment, its stage: what the conditions read
        self.registration = self.assessments.condition_context(assessment_id)
        self.assessment_id = assessment_id
        self.detail = detail
        self._apply_language()
        form = self.form
        assert form is not None
        self.answers = {}
        self.notes = {}
        ratings: dict[str, dict[str, Any]] = {}
        for saved in self.assessments.responses(assessment_id):
            if saved.participant_id is None:
                if saved.value is not None or saved.dont_know:
                    self.answers[saved.question_id] = saved.value
                if saved.note:
                    self.notes[saved.question_id] = saved.note
            elif saved.value is not None or saved.dont_know:
                ratings.setdefault(saved.question_id, {})[saved.participant_id] = saved.value
        people = {p.id: p.label for p in detail.participants}
        group = detail.summary.mode == "group" and bool(people)
        # A statement with an agreed score was talked about: its ratings are no secret.
        self.rounds = {
            question.id: RatingRound(
                people, ratings.get(question.id), revealed=question.id in self.answers
            )
            for _section, question in form.questions()
            if question.type == "rating" and group
        }
        self.locked = detail.summary.status == "completed"
        self._set_heading()
        self._build_chips()
        self._show_locked()
        self._show_review_issues()
        self.notice.dismiss()
        self.saved_mark.setText("")
        assert self.flow is not None
        start = question_id or self.flow.resume_at(self.answers, detail.current_question_id)
        self._show(start)

    def _set_heading(self) -> None:
        assert self.detail is not None
        summary = self.detail.summary
        mode = (
            tr("Runner", "group of {count}").format(count=len(self.detail.participants))
            if summary.mode == "group"
            else tr("Runner", "facilitated")
        )
        self.heading.setText(
            f"<b>{rich_text(summary.organisation_name)}</b> · {rich_text(kind_label(summary.kind))}"
            f" · {rich_text(mode)}"
        )

    # -- the session's language ---------------------------------------------------------------

    def _apply_language(self) -> None:
        """Show the form, the app's words and the layout direction in the session's language."""
        set_language(self.language)
        assert self.source_form is not None
        self.form = form_in_language(self.source_form, self.language)
        self.flow = AssessmentFlow(self.form, self.registration)
        self.spread_view.level_names = [level.name for level in self.form.rating_scale]
        self.language_button.setText(language_name(self.language, native=True))
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(self.language)
            else Qt.LayoutDirection.LeftToRight
        )
        self.setLayoutDirection(direction)
        self.statement.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        if self.phone_voting is not None:  # the phones follow: their words and the statement
            self.phone_voting.set_language(self.language)
            self._phone_question = None

    def languages(self) -> list[str]:
        """The languages this session can switch between: the shipped ones."""
        return list(SHIPPED_LANGUAGES)

    def switch_language(self, language: str | None = None) -> None:
        """Run the session in `language` (by default the next one) from this statement on.

        Nothing typed or answered is lost: pending typing is saved first, answers are kept by
        question id, and the statement shown stays the same.
        """
        if self.assessment_id is None or self.question_id is None:
            return
        self.flush()
        offered = self.languages()
        if language is None:
            here = offered.index(self.language) if self.language in offered else -1
            language = offered[(here + 1) % len(offered)]
        self.language = language
        self.assessments.set_session_language(self.assessment_id, language)
        self._apply_language()
        self._set_heading()
        self._show_locked()
        self._show(self.question_id)
        self.status_message.emit(
            tr("Runner", "Session language: {language}").format(
                language=language_name(language, native=True)
            )
        )

    def projector_second_language(self) -> str | None:
        """The language the projector shows beside the session's, or None."""
        if self.second_language == "auto":
            return ENGLISH if self.language != ENGLISH else None
        return self.second_language if self.second_language != self.language else None

    def switch_second_language(self) -> None:
        """Shift+L: the projector's second language goes to the next one (or none)."""
        choices: list[str | None] = [None, *(c for c in self.languages() if c != self.language)]
        current = self.projector_second_language()
        here = choices.index(current) if current in choices else 0
        self.second_language = choices[(here + 1) % len(choices)]
        self._emit_state()

    def _build_chips(self) -> None:
        if self.chips is not None:
            self.chips_area.removeWidget(self.chips)
            self.chips.hide()
            self.chips.deleteLater()
            self.chips = None
        assert self.detail is not None
        if self.detail.summary.mode == "group" and self.detail.participants:
            assert self.form is not None
            self.chips = ParticipantChips(
                self.detail.participants, [lv.name for lv in self.form.rating_scale]
            )
            self.chips.rated.connect(self.rate_participant)
            self.chips.menu_open.connect(lambda is_open: self._enable_keys(not is_open))
            self.chips_area.addWidget(self.chips)

    def _show_locked(self) -> None:
        if self.locked:
            self.locked_bar.show_notice(
                tr("Runner", "This assessment is completed, so its answers are locked."),
                tr("Runner", "Reopen to change answers"),
                self.reopen,
            )
        else:
            self.locked_bar.dismiss()
        self.locked_bar.close_button.setVisible(False)

    def _show_review_issues(self) -> None:
        """The council's comments on work it sent back, above the statement while fixing it."""
        assert self.assessment_id is not None
        found = self.services.reviews.issues(self.assessment_id)
        if found is None:
            self.review_bar.dismiss()
            return
        self.review_bar.show_notice(review_issues_text(*found))

    def reopen(self) -> None:
        """Unlock a completed assessment (recorded in the audit trail)."""
        assert self.assessment_id is not None
        try:
            self.assessments.reopen(self.assessment_id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.locked = False
        self._show_locked()
        if self.question_id:
            self._show(self.question_id)
        self.status_message.emit(tr("Runner", "Reopened: changes from now on are recorded."))

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
            f"<b>{rich_text(section.title)}</b> — "
            + tr("Runner", "section {number} of {count}, statement {position} of {shown}").format(
                number=place.section_number,
                count=place.section_count,
                position=place.number_in_section,
                shown=place.shown_in_section,
            )
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
        self.answer_title.setVisible(group_rating)
        self._unagreed_warned = None
        self._mistyped = None
        self.rating_for = None
        if group_rating and not self.locked:
            waiting = self.rounds[question_id].waiting()
            if not self.rounds[question_id].revealed and waiting:
                self.rating_for = waiting[0]
        if group_rating and self.chips is not None:
            self.chips.setEnabled(not self.locked)
        self._update_spread()
        if not group_rating:
            self._update_phones(None)  # phones wait: only rated statements are voted on
        self._update_keys_hint()

        self.dont_know_button.setChecked(value is DONT_KNOW)
        self.dont_know_button.setEnabled(not self.locked)
        self.skip_button.setVisible(not question.required)
        self.skip_button.setEnabled(not self.locked)
        self.clear_button.setEnabled(not self.locked)
        prompt = question.note_prompt or (
            tr("Runner", "Note of the discussion (what was said, what was agreed)")
            if group_rating
            else tr("Runner", "Note or evidence (optional)")
        )
        self.note_edit.setPlaceholderText(prompt)
        self.note_edit.setPlainText(self.notes.get(question_id, ""))
        self.note_edit.setReadOnly(self.locked)
        is_last = self.flow.next_after(question_id, self.answers) is None
        self.next_button.setText(tr("Runner", "Review →") if is_last else tr("Runner", "Next →"))
        self.next_button.setAccessibleName("Review" if is_last else "Next statement")
        self.back_button.setEnabled(
            self.flow.previous_before(question_id, self.answers) is not None
        )
        self._refresh_progress()
        self._tab_order()
        self._loading = False
        if not self.locked and self.assessment_id:
            self._remember_position(question_id)
        self.focus_start()
        self._emit_state()

    def _tab_order(self) -> None:
        """Tab follows reading order: the people (group mode), the answer as one stop, its
        extra buttons, the note, then Back/Next and only then the buttons at the top."""
        chain: list[QWidget] = []
        if self.group_box.isVisibleTo(self) and self.chips is not None:
            chain += [self.reveal_button, *self.chips.chips]
        answer = self.answer_input
        if isinstance(answer, ButtonsInput):
            # The cards are one stop (digits choose among them): the chosen one, else the first.
            stop = next((b for b in answer.buttons if b.isChecked()), answer.buttons[0])
            for button in answer.buttons:
                button.setFocusPolicy(
                    Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
                )
            chain.append(stop)
        elif answer is not None:
            chain += [
                w for w in answer.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ]
        chain += [
            self.dont_know_button,
            self.skip_button,
            self.clear_button,
            self.note_edit,
            self.back_button,
            self.next_button,
            self.projector_button,
            self.review_button,
            self.close_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def focus_start(self) -> None:
        if self.rating_for is not None:
            # Digits rate the person named above the chips whatever has the focus; the focus
            # waits on the card so no button takes Space or Enter by surprise.
            self.setFocus()
            return
        self._focus_answer()

    def _bring_agreed_score_into_view(self) -> None:
        """After the reveal the agreed-score cards come into view, whatever the screen (once
        the spread shown by the reveal has been laid out)."""

        def scroll() -> None:
            if self.answer_input is not None:
                self.card_scroll.ensureWidgetVisible(self.answer_input, 0, 0)

        QTimer.singleShot(0, scroll)

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

    def current_round(self) -> RatingRound | None:
        """The group's ratings of the statement on screen (None outside group rating)."""
        if not self.is_group or self.question_id is None:
            return None
        return self.rounds.get(self.question_id)

    def _update_spread(self) -> None:
        question = self.current_question() if self.question_id else None
        rating_round = self.current_round()
        if question is None or question.type != "rating" or rating_round is None:
            return
        assert self.form is not None and self.detail is not None
        revealed = rating_round.revealed
        spread = rating_round.spread()
        if self.chips is not None:
            self.chips.show_round(rating_round, self.rating_for)
        _show_if(self.spread_view, revealed)
        _show_if(self.hidden_note, not revealed)
        self._show_hidden_count(rating_round)
        agreed = self.answers.get(question.id)
        self.spread_view.set_spread(spread, agreed if isinstance(agreed, int) else None)
        _show_if(self.talk_mark, bool(spread and spread.discuss))
        _show_if(self.reveal_button, not revealed and not self.locked)
        # The agreed score opens once the ratings are shown.
        if self.answer_input is not None:
            self.answer_input.set_locked(self.locked or not revealed)
        if isinstance(self.answer_input, ButtonsInput):
            self.answer_input.set_suggestion(spread.suggestion if spread else None)
        self._show_key_mode()
        if not revealed:
            self.answer_title.setText(tr("Runner", "Agreed score: opens once everyone has rated"))
            _show_if(self.suggestion, False)
        else:
            self.answer_title.setText(tr("Runner", "Agreed score"))
            _show_if(self.suggestion, True)
            if spread is None or spread.suggestion is None:
                self.suggestion.setText(
                    tr("Runner", "Suggested agreed score: none (nobody gave a level).")
                )
            else:
                name = self.form.rating_scale[spread.suggestion - 1].name
                self.suggestion.setText(
                    tr(
                        "Runner",
                        "Suggested agreed score: <b>{level} {name}</b> (the middle of the "
                        "ratings). The group decides.",
                    ).format(level=spread.suggestion, name=rich_text(name))
                )
        self.suggestion.setAccessibleDescription(
            describe_spread(spread, self.spread_view.level_names, labels=True)
        )
        self._update_phones(rating_round)

    def _show_hidden_count(self, rating_round: RatingRound) -> None:
        self.hidden_note.setText(
            tr(
                "Runner", "Ratings are hidden until everyone has rated: {rated} of {raters} so far."
            ).format(rated=rating_round.rated_count, raters=len(rating_round.labels))
        )

    def _show_key_mode(self) -> None:
        """Say, above the chips, what the digit keys do now."""
        assert self.detail is not None
        if self.locked:
            self.key_mode.setText(tr("Runner", "The answers are locked."))
            mode = "locked"
        elif self.rating_for is not None:
            person = next(p for p in self.detail.participants if p.id == self.rating_for)
            role = ROLE_NAMES.get(person.role, person.role)
            self.key_mode.setText(
                tr(
                    "Runner",
                    "Keys 1–4 and D now rate <b>{person}</b>. ← → choose another person.",
                ).format(person=f"{rich_text(person.label)} ({rich_text(tr('StartDialog', role))})")
            )
            mode = "person"
        else:
            self.key_mode.setText(
                tr(
                    "Runner",
                    "Keys 1–4 and D now set the group's <b>agreed score</b>. "
                    "Click a person to change their rating.",
                )
            )
            mode = "agreed"
        if self.key_mode.property("mode") != mode:  # restyle only when the mode changes
            self.key_mode.setProperty("mode", mode)
            self.key_mode.style().unpolish(self.key_mode)
            self.key_mode.style().polish(self.key_mode)
        self._update_keys_hint()

    def _update_keys_hint(self) -> None:
        """The footer names the keys that work on the statement on screen."""
        if self.question_id is None or self.form is None:
            return
        question = self.current_question()
        parts: list[str] = []
        typing = question.type in ("text", "number", "date")
        if self.rating_for is not None:
            parts += [
                tr("Runner", "1–4 rate"),
                tr("Runner", "D don't know"),
                tr("Runner", "← → person"),
                tr("Runner", "R reveal"),
            ]
        elif isinstance(self.answer_input, ButtonsInput):
            count = len(self.answer_input.buttons)
            parts.append(
                tr("Runner", "1–{count} choose").format(count=count)
                if count > 1
                else tr("Runner", "1 choose")
            )
            parts.append(tr("Runner", "D don't know"))
        elif question.type == "multi_choice":
            count = min(9, len(question.options or []))
            parts.append(
                tr("Runner", "1–{count} tick").format(count=count)
                if count > 1
                else tr("Runner", "1 tick")
            )
        parts.append(tr("Runner", "Ctrl+Enter next") if typing else tr("Runner", "Enter next"))
        if not typing:
            # Enter writes a new line in the note, so say how to go on from there.
            parts.append(tr("Runner", "Ctrl+Enter next from the note"))
            parts.append(tr("Runner", "Backspace back"))
        if question.help:
            parts.append(tr("Runner", "F1 help"))
        parts.append(tr("Runner", "L language"))
        self.keys_hint.setText(tr("Runner", "Keys: {keys}").format(keys=" · ".join(parts)))

    def current_spread(self) -> RatingSpread | None:
        """The spread as the room may see it: None until the ratings are revealed."""
        rating_round = self.current_round()
        return rating_round.spread() if rating_round is not None else None

    # -- moving -------------------------------------------------------------------------------

    def next(self) -> None:
        if self.flow is None or self.question_id is None:
            return
        self.flush()
        if self._needs_unagreed_confirmation() or self._needs_mistype_confirmation():
            return
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

    def _needs_unagreed_confirmation(self) -> bool:
        """Group mode: moving on from a rated statement with no agreed score asks first; a
        second Enter (or "Leave it without one") goes on and it stays unagreed."""
        rating_round = self.current_round()
        if (
            rating_round is None
            or self.locked
            or self.question_id in self.answers
            or self._unagreed_warned == self.question_id
        ):
            return False
        self._unagreed_warned = self.question_id
        if rating_round.revealed:
            text = tr(
                "Runner",
                "This statement has no agreed score yet. Press 1–4 for the agreed score, "
                "or press Enter again to leave it without one.",
            )
        else:
            text = tr(
                "Runner",
                "Not everyone has rated this statement and it has no agreed score. Press "
                "Enter again to leave it without one.",
            )
        self.notice.show_notice(text, tr("Runner", "Leave it without one"), self.next)
        return True

    def _needs_mistype_confirmation(self) -> bool:
        """After a digit that chose nothing, Enter does not silently leave the statement
        unanswered: it says so once, and a second Enter goes on."""
        if self._mistyped is None or self._mistyped != self.question_id:
            return False
        self._mistyped = None
        if self.question_id in self.answers:
            return False
        self.notice.show_notice(
            "Nothing is chosen for this statement. Press a number to choose, or press Enter "
            "again to leave it unanswered.",
            "Leave it unanswered",
            self.next,
        )
        return True

    def _enter(self) -> None:
        self.next()

    def _arrow(self, step: int) -> None:
        rating_round = self.current_round()
        if rating_round is not None and self.rating_for is not None:
            people = list(rating_round.labels)
            index = people.index(self.rating_for) + step
            if 0 <= index < len(people):
                self.rating_for = people[index]
                self._update_spread()
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
        self.stop_phone_voting()
        if self.assessment_id:
            self.close_requested.emit(self.assessment_id)

    def toggle_help(self) -> None:
        if self.help_text.text():
            self.help_text.setVisible(not self.help_text.isVisible())

    # -- answering ----------------------------------------------------------------------------

    def choose(self, number: int) -> None:
        """Digit pressed: rate the person the keys rate now, or choose level/option `number`."""
        if self.locked or self.answer_input is None:
            return
        if self.rating_for is not None:
            if 1 <= number <= 4:
                self.rate_participant(self.rating_for, number)
            else:
                self.notice.show_notice("A rating is 1 to 4, or D for don't know.")
            return
        if not self.answer_input.choose(number) and self.answer_input.isEnabled():
            count = (
                len(self.answer_input.buttons) if isinstance(self.answer_input, ButtonsInput) else 0
            )
            if count:
                self._mistyped = self.question_id
                self.notice.show_notice(f"There is no answer {number} here: press 1 to {count}.")

    def reveal_now(self) -> None:
        """Show every rating of this statement now, before everyone has rated."""
        rating_round = self.current_round()
        if rating_round is None or self.locked or not rating_round.reveal():
            return
        self.rating_for = None
        self._update_spread()
        self._emit_state()
        self._focus_answer()
        self._bring_agreed_score_into_view()
        self.status_message.emit("The ratings are shown. Keys 1–4 now set the agreed score.")

    def answer_dont_know(self) -> None:
        if self.locked or self.question_id is None:
            return
        if self.rating_for is not None:
            self.rate_participant(self.rating_for, DONT_KNOW)
            return
        if self.answer_input is not None and not self.answer_input.isEnabled():
            return
        if self.answer_input is not None:
            self.answer_input.set_value(None)
        self._answered(DONT_KNOW)

    def skip(self) -> None:
        if self.locked or self.question_id is None:
            return
        if self.current_question().required:
            self.notice.show_notice(
                tr(
                    "Runner",
                    'This statement needs an answer. If nobody knows, choose "Don\'t know" (D).',
                )
            )
            return
        self.clear_answer()
        self.next()

    def clear_answer(self) -> None:
        if self.locked or self.question_id is None:
            return
        if self.rating_for is not None:
            rating_round = self.current_round()
            if rating_round is not None and self.rating_for in rating_round.ratings:
                self.rate_participant(self.rating_for, None)
            return
        if self.answer_input is not None and not self.answer_input.isEnabled():
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
            self._not_saved(error_text(error), lambda: self._save_answer(question_id, value))
            return False
        except Exception:  # noqa: BLE001 - logged, told, and the answer stays on screen
            log.exception("Saving an answer failed")
            self._not_saved(
                tr(
                    "Runner",
                    "Something went wrong saving this answer. It is still on screen; try again.",
                ),
                lambda: self._save_answer(question_id, value),
            )
            return False
        if value is None:
            self.answers.pop(question_id, None)
        else:
            self.answers[question_id] = value
        if question_id == self.question_id:
            self.dont_know_button.setChecked(value is DONT_KNOW)
            if value is not None and self._unagreed_warned == question_id:
                self.notice.dismiss()
            self._refresh_after_answer()
        self._mark_saved()
        self.answer_saved.emit(question_id, "")
        return True

    def _refresh_after_answer(self) -> None:
        assert self.flow is not None and self.question_id is not None
        self._refresh_progress()
        self._update_spread()
        is_last = self.flow.next_after(self.question_id, self.answers) is None
        self.next_button.setText(tr("Runner", "Review →") if is_last else tr("Runner", "Next →"))
        self._emit_state()

    def rate_participant(
        self,
        participant_id: str,
        value: Any,
        question_id: str | None = None,
        via: RatingSource = "key",
    ) -> bool:
        """One person's rating of a statement (by default the one on screen): saved, then
        counted in the statement's round, which reveals every rating once all have rated.

        The single way in for a rating, whether keyed by the facilitator, chosen from a
        person's menu or sent from a phone. False if it could not be saved."""
        return self.rate_participants([(participant_id, value)], question_id, via) == 1

    def rate_participants(
        self,
        ratings: list[tuple[str, Any]],
        question_id: str | None = None,
        via: RatingSource = "key",
    ) -> int:
        """Several ratings of one statement (phone votes that arrived together): saved in one
        short transaction (one by one if that fails), the screen redrawn once. Returns how
        many were saved."""
        assert self.assessment_id is not None
        question_id = question_id or self.question_id
        if question_id is None or question_id not in self.rounds or self.locked:
            return 0
        if self.phone_voting is not None:
            # No phone vote is saved meanwhile, and those saved before are shown first.
            with self.phone_voting.writer_paused():
                saved = self._save_ratings(ratings, question_id, via)
        else:
            saved = self._save_ratings(ratings, question_id, via)
        return self._show_ratings(saved, question_id, via)

    def _show_ratings(
        self, saved: list[tuple[str, Any]], question_id: str, via: RatingSource
    ) -> int:
        """Count saved ratings in their statement's round and show them; returns how many."""
        if not saved or question_id not in self.rounds:
            return 0
        rating_round = self.rounds[question_id]
        revealed_now = False
        target = self.rating_for
        for participant_id, value in saved:
            revealed_now = rating_round.rate(participant_id, value) or revealed_now
            if via == "key" and self.phone_voting is not None and question_id == self.question_id:
                self.phone_voting.keyed(participant_id, value)
            moves_keys_on = participant_id == self.rating_for and value is not None
            if question_id == self.question_id and not rating_round.revealed and moves_keys_on:
                self.rating_for = _next_waiting(rating_round, participant_id)
        if question_id == self.question_id:
            if rating_round.revealed:
                self.rating_for = None
            if via == "phone" and self.chips is not None:
                # The chips first, painted at once: the facilitator sees each vote arrive
                # before the rest of the screen (counts, and the spread at the reveal) follows.
                self.chips.show_round(rating_round, self.rating_for)
                self.chips.paint_now([participant_id for participant_id, _value in saved])
            if via == "phone" and not rating_round.revealed:
                # While the ratings are hidden a vote changes only the counts and perhaps
                # whom the keys rate: the rest of the statement's screen stays as it is.
                self._show_hidden_count(rating_round)
                if self.rating_for != target:
                    self._show_key_mode()
                self._update_phones(rating_round)
            else:
                self._update_spread()
            if revealed_now:
                self._focus_answer()
                self._bring_agreed_score_into_view()
                self.status_message.emit(
                    "Everyone has rated: the ratings are shown. Keys 1–4 now set the agreed score."
                )
                self._emit_state()
            else:
                self._refresh_projector()
        self._mark_saved()
        for participant_id, _value in saved:
            self.answer_saved.emit(question_id, participant_id)
        return len(saved)

    def _save_ratings(
        self, ratings: list[tuple[str, Any]], question_id: str, via: RatingSource
    ) -> list[tuple[str, Any]]:
        assert self.assessment_id is not None
        saved, refused = save_ratings(
            self.assessments, self.assessment_id, question_id, ratings, via
        )
        for participant_id, value, problem in refused:
            retry = partial(self.rate_participant, participant_id, value, question_id, via)
            self._not_saved(problem, retry)
        return saved

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
            self._not_saved(error_text(error), self._save_pending_note)
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
        self.saved_mark.setText(
            tr("Runner", "✓ Saved {time}").format(time=f"{datetime.now():%H:%M:%S}")
        )
        not_saved = tr("Runner", "Not saved: {problem}").split("{")[0]
        if self.notice.isVisible() and self.notice.label.text().startswith(not_saved):
            self.notice.dismiss()

    def _not_saved(self, message: str, retry: Callable[[], Any]) -> None:
        self.saved_mark.setText(tr("Runner", "Not saved"))
        self.notice.show_notice(
            tr("Runner", "Not saved: {problem}").format(problem=message),
            tr("Runner", "Try again"),
            retry,
        )

    # -- phone voting -------------------------------------------------------------------------

    def _phone_voting_toggled(self, on: bool) -> None:
        if on:
            self.start_phone_voting()
        else:
            self.stop_phone_voting()

    def start_phone_voting(self, host: str = "0.0.0.0") -> None:
        """Serve the voting page on the local network while this group session is open."""
        if self.phone_voting is not None or self.detail is None or not self.is_group:
            return
        assessments, assessment_id = self.assessments, self.detail.id

        def save(question_id: str, votes: list[tuple[str, Any]]) -> SavedVotes:
            # On the vote writer's thread: the service only, nothing of this widget's.
            return save_ratings(assessments, assessment_id, question_id, votes, "phone")

        controller = PhoneVotingController(self.detail.participants, save, self)
        try:
            controller.start(host=host)
        except OSError as error:
            self.phone_button.setChecked(False)
            self.notice.show_notice(
                tr(
                    "Runner",
                    "Phone voting could not start: {problem}. "
                    "Check no other program is using the network port, then try again.",
                ).format(problem=error.strerror or error)
            )
            return
        controller.votes_saved.connect(self._phone_votes_saved)
        controller.set_language(self.language)
        self.phone_voting = controller
        self._phone_question = None
        self.phone_panel.show_voting(controller.urls(), controller.pin)
        self.phone_panel.setVisible(True)
        with QSignalBlocker(self.phone_button):
            self.phone_button.setChecked(True)
        if self.question_id is not None:
            self._update_spread()
        self._emit_state()
        self.status_message.emit(
            tr("Runner", "Phone voting is on. PIN {pin}.").format(pin=controller.pin)
        )

    def stop_phone_voting(self) -> None:
        controller = self.phone_voting
        if controller is None:
            return
        self.phone_voting = None
        controller.stop()
        controller.deleteLater()
        self.phone_panel.setVisible(False)
        with QSignalBlocker(self.phone_button):
            self.phone_button.setChecked(False)
        self._emit_state()
        self.status_message.emit(tr("Runner", "Phone voting is off."))

    def _update_phones(self, rating_round: RatingRound | None) -> None:
        """Keep the phones on the statement on screen, and tell them once it is revealed."""
        controller = self.phone_voting
        if controller is None or self.form is None or self.flow is None:
            return
        question = self.current_question() if self.question_id else None
        if question is None or rating_round is None or self.locked:
            if self._phone_question is not None:
                controller.show(None, {})
                self._phone_question = None
            return
        if self._phone_question != question.id:
            place = self.flow.place(question.id, self.answers)
            statement = statement_for(
                self.form, question, place.number_in_section, place.shown_in_section, self.language
            )
            controller.show(statement, dict(rating_round.ratings), rating_round.revealed)
            self._phone_question = question.id
        elif rating_round.revealed:
            controller.reveal()
        self.phone_panel.show_count(rating_round.rated_count, len(rating_round.labels))

    def _phone_votes_saved(
        self, question_id: str, saved: list[tuple[str, Any]], refused: list[tuple[str, Any, str]]
    ) -> None:
        """Phone votes the writer has committed: counted and the chips marked "voted" (a vote
        for a statement the group has since left counts in that statement's round)."""
        for participant_id, value, problem in refused:
            retry = partial(self.rate_participant, participant_id, value, question_id, "phone")
            self._not_saved(problem, retry)
        self._show_ratings(saved, question_id, "phone")

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
        rating_round = self.current_round() if question.type == "rating" else None
        second = None
        second_language = self.projector_second_language()
        if second_language is not None and self.source_form is not None:
            second = self._second_language_texts(second_language)
        return ProjectorState(
            language=self.language,
            second=second,
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
            revealed=rating_round.revealed if rating_round is not None else False,
            rated=rating_round.rated_count if rating_round is not None else 0,
            raters=len(rating_round.labels) if rating_round is not None else 0,
            voting_url=self._voting_url(),
            voting_pin=self.phone_voting.pin if self.phone_voting is not None else "",
        )

    def _second_language_texts(self, language: str) -> SecondLanguage:
        assert self.source_form is not None and self.question_id is not None
        texts = question_texts(self.source_form, self.question_id, language)
        question = self.source_form.question(self.question_id)
        if question.type == "rating":
            meanings = [lv.meaning.get(language) for lv in self.source_form.rating_scale]
            descriptors = texts.levels or meanings
            choices = [
                (name, descriptors[i] if i < len(descriptors) else "")
                for i, name in enumerate(texts.level_names)
            ]
        elif question.options and question.type != "multi_choice":
            choices = [(label, "") for label in texts.options.values()]
        else:
            choices = []
        return SecondLanguage(language, texts.section_title, texts.text, choices)

    def _voting_url(self) -> str:
        if self.phone_voting is None:
            return ""
        urls = self.phone_voting.urls()
        return urls[0] if urls else ""

    def _emit_state(self) -> None:
        state = self.projector_state()
        if state is None:
            return
        self.state_changed.emit(state)
        if self.projector is not None and self.projector.isVisible():
            self.projector.show_state(state)

    def _refresh_projector(self) -> None:
        """After ratings came in: the open projector shows who has rated. Nothing else follows
        a rating (state_changed is for moving between statements), so with no projector open no
        state is built: phone votes arrive many times a second."""
        if self.projector is not None and self.projector.isVisible():
            state = self.projector_state()
            if state is not None:
                self.projector.show_state(state)

    def show_projector(self) -> None:
        if self.projector is None:
            self.projector = ProjectorView(self)
            self.projector.bind_keys(
                [(keys, slot) for keys, slot in self.key_bindings() if keys != QKeySequence("F5")]
            )
            self.projector.closed.connect(self._projector_closed)
        state = self.projector_state()
        if state is not None:
            self.projector.show_state(state)
        self.projector.open_on_best_screen()
        if self.projector.single_screen:
            self.status_message.emit(
                "The screen shows the projector view. Press Esc or F5 to see the controls."
            )
        else:
            self.activateWindow()

    def _projector_closed(self) -> None:
        self.window().activateWindow()
        self.focus_start()

    def close_projector(self) -> None:
        if self.projector is not None:
            self.projector.close()


def save_ratings(
    assessments: AssessmentService,
    assessment_id: str,
    question_id: str,
    ratings: list[tuple[str, Any]],
    via: RatingSource,
) -> SavedVotes:
    """Save people's ratings of one statement: in one transaction, or one by one if one of
    them is refused. Returns those saved and those refused with the reason. Runs on the vote
    writer's thread for phone votes, so it touches services only."""
    if len(ratings) > 1:
        try:
            assessments.record_ratings(assessment_id, question_id, ratings, via=via)
        except UserError:
            pass  # one of them is refused: save the others one by one, and say which
        else:
            return list(ratings), []
    saved: list[tuple[str, Any]] = []
    refused: list[tuple[str, Any, str]] = []
    for participant_id, value in ratings:
        try:
            assessments.record_answer(
                assessment_id, question_id, value, participant_id=participant_id, via=via
            )
        except UserError as error:
            refused.append((participant_id, value, error_text(error)))
        else:
            saved.append((participant_id, value))
    return saved, refused


def _next_waiting(rating_round: RatingRound, after: str) -> str | None:
    """The next person still to rate after `after`, going round to the start."""
    people = list(rating_round.labels)
    start = people.index(after) + 1
    for participant_id in people[start:] + people[:start]:
        if participant_id not in rating_round.ratings:
            return participant_id
    return None


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
QPushButton#levelButton:focus { border: 2px dotted #1d2327; }
QPushButton#levelButton:checked { background: #1f6f8b; border: 3px solid #123f50; }
QPushButton#dontKnowButton:checked {
    background: #1f6f8b; color: #ffffff; border: 2px solid #123f50; font-weight: bold;
}
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
QPushButton#participantChip:focus { border: 3px dotted #1d2327; }
QPushButton#participantChip[target="true"] {
    background: #fff4d6; border: 3px solid #8a6d00; font-weight: bold;
}
QLabel#keyMode { padding: 4px 8px; border-radius: 4px; font-size: 10.5pt; }
QLabel#keyMode[mode="person"] { background: #fff4d6; border: 1px solid #8a6d00; color: #3d2f00; }
QLabel#keyMode[mode="agreed"] { background: #e3f0f5; border: 1px solid #1f6f8b; color: #123f50; }
QLabel#hiddenNote { color: #3c474e; font-size: 10.5pt; }
QCheckBox#multiChoice { font-size: 12pt; padding: 4px; }
QPlainTextEdit#noteBox, QPlainTextEdit#textAnswer { font-size: 11pt; }
QSpinBox#numberAnswer, QDoubleSpinBox#numberAnswer, QDateEdit#dateAnswer {
    font-size: 14pt; padding: 4px;
}
QLabel#keysHint { color: #5f6b73; font-size: 9.5pt; }
"""
