"""The Assessments page: the list of assessments, and the runner, review and results behind it.

The page is a stack: the list; the runner (one statement at a time); review and complete;
results and action plan. Starting, completing, deleting or restoring an assessment is announced
with `data_changed` (Changed.ASSESSMENTS); the main window calls `start_for_organisation`
when another page asks for a new assessment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.services.assessments import KINDS, AssessmentSummary
from desktop.services.reviews import APPROVED, HAS_ISSUES, REJECTED, STATE_LABELS
from desktop.ui.changes import Changed, DataChange
from desktop.ui.dialogs.history import HistoryDialog
from desktop.ui.dialogs.start_assessment import StartAssessmentDialog
from desktop.ui.i18n import (
    error_text,
    kind_in_sentence,
    kind_label,
    restore_app_language,
    tr,
    tr_format,
    tr_noop,
)
from desktop.ui.models.assessments import (
    COLUMN_WIDTHS,
    NARROW_HIDES_FIRST,
    ORGANISATION,
    ORGANISATION_AT_LEAST,
    STARTED,
    STATUS_LABELS,
    AssessmentFilter,
    AssessmentTableModel,
)
from desktop.ui.pages.base import Page
from desktop.ui.results.results_view import ResultsView
from desktop.ui.runner.action_review import ActionReviewView
from desktop.ui.runner.review import ReviewView
from desktop.ui.runner.runner import RunnerView
from desktop.ui.widgets.confirm import confirm_destructive
from desktop.ui.widgets.notice_bar import NoticeBar
from desktop.ui.widgets.review_panel import CommentAsker, ReviewPanel, ask_review_comment
from desktop.ui.widgets.tables import fit_columns_beside, keep_columns_fitted, make_table
from desktop.ui.workers import BackgroundTask

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.ui.dialogs.batch_reports import BatchReportsDialog
    from desktop.ui.runner.section_guide import SectionGuides

EMPTY_LIST = tr_noop(
    "Assessments",
    "No assessments yet.\n\nStart one with New assessment (Ctrl+N), or from an organisation "
    "on the Organisations page.",
)


def ask_to_approve(parent: QWidget, count: int) -> bool:
    return confirm_destructive(
        parent,
        tr("Assessments", "Approve assessments"),
        tr("Assessments", "Approve {count} assessments?").format(count=count),
        tr(
            "Assessments",
            "They will count in the Overview and the council summary, and each laptop hears of "
            "it in its next field pack.",
        ),
        tr("Assessments", "Approve"),
        tr("Assessments", "Cancel"),
    )


def ask_to_delete_assessment(parent: QWidget, summary: AssessmentSummary) -> bool:
    return confirm_destructive(
        parent,
        tr("Assessments", "Delete assessment"),
        tr("Assessments", "Delete the {kind} with {organisation}?").format(
            kind=kind_in_sentence(summary.kind), organisation=summary.organisation_name
        ),
        tr(
            "Assessments",
            "Its answers and action plan leave this laptop's list and the deletion goes in the "
            "next sync bundle. You can undo this straight after (Ctrl+Z).",
        ),
        tr("Assessments", "Delete"),
        tr("Assessments", "Keep"),
    )


def fit_assessment_columns(table: QTableView) -> None:
    """The list's columns fitted to the current language and the room there is: at 1024x600
    it had scrolled sideways, its start times cut and its facilitators out of sight."""
    fit_columns_beside(
        table, ORGANISATION, COLUMN_WIDTHS, NARROW_HIDES_FIRST, ORGANISATION_AT_LEAST
    )


class AssessmentsPage(Page):
    """All assessments; open, resume, run, review, see results, delete."""

    title = "Assessments"
    shows = Changed.ASSESSMENTS | Changed.ORGANISATIONS

    def __init__(
        self, services: Services, council: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, council, parent)
        # Set by the main window: the self-assessment edition's guide before each section.
        self.section_guides: SectionGuides | None = None
        self.assessments = services.assessments
        # Dialogs are attributes so tests can answer them (as on the Organisations page).
        self.confirm_delete: Callable[[QWidget, AssessmentSummary], bool] = ask_to_delete_assessment
        self.ask_comment: CommentAsker = ask_review_comment
        self.confirm_approve: Callable[[QWidget, int], bool] = ask_to_approve
        self._review_task: BackgroundTask | None = None
        self.start_dialog: StartAssessmentDialog | None = None
        self._deleted: list[str] = []
        self._offered_resume = False

        self.model = AssessmentTableModel(self)
        self.proxy = AssessmentFilter(self)
        self.proxy.setSourceModel(self.model)

        self.list_view = self._build_list()
        self.runner = RunnerView(services)
        self.review = ReviewView(services)
        self.results = ResultsView(services)
        self.action_review = ActionReviewView(services)
        self.results.registration_requested.connect(self.registration_requested)
        self.results.statement_requested.connect(self.open_statement)
        self.stack = QStackedWidget()
        for widget in (
            self.list_view,
            self.action_review,
            self.runner,
            self.review,
            self.results,
        ):
            self.stack.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.runner.review_requested.connect(self.show_review)
        self.runner.close_requested.connect(lambda _id: self.show_list())
        self.runner.status_message.connect(self.status_message)
        self.review.go_to_statement.connect(self.resume)
        self.review.back_requested.connect(lambda aid: self.resume(aid))
        self.review.completed.connect(self._completed)
        self.review.actions_review_requested.connect(self.show_action_review)
        self.action_review.carry_on_requested.connect(lambda aid: self.resume(aid))
        self.action_review.back_requested.connect(self.show_list)
        self.action_review.status_message.connect(self.status_message)
        self.review.status_message.connect(self.status_message)
        self.results.back_requested.connect(self.show_list)
        self.results.change_answers_requested.connect(self._change_answers)
        self.results.status_message.connect(self.status_message)

    # -- the list -----------------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        heading = QLabel(tr("MainWindow", "Assessments"))
        heading.setObjectName("pageTitle")
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("Assessments", "Search organisation, venue or facilitator (Ctrl+F)")
        )
        self.search.setAccessibleName(tr("Assessments", "Search assessments"))
        # The whole hint where a narrow field (1024x600, longer words) cuts it short.
        self.search.setToolTip(self.search.placeholderText())
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self._filter(text=text))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(tr("Assessments", "Show assessments of kind"))
        self.kind_filter.addItem(tr("Assessments", "All kinds"), "")
        for key in KINDS:
            self.kind_filter.addItem(kind_label(key), key)
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self._filter(kind=self.kind_filter.currentData())
        )
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(tr("Assessments", "Show assessments with status"))
        self.status_filter.addItem(tr("Assessments", "Any status"), "")
        for key in ("draft", "completed"):
            self.status_filter.addItem(tr("Assessments", STATUS_LABELS[key]), key)
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self._filter(status=self.status_filter.currentData())
        )
        self.review_filter = QComboBox()
        self.review_filter.setAccessibleName(tr("Assessments", "Show assessments in review state"))
        self.review_filter.addItem(tr("Assessments", "Any review"), "")
        for key, label in STATE_LABELS.items():
            self.review_filter.addItem(tr("Assessments", label), key)
        self.review_filter.currentIndexChanged.connect(
            lambda _i: self._filter(review=self.review_filter.currentData())
        )
        self.reports_button = self._button(
            tr("Assessments", "PDF reports…"),
            tr(
                "Assessments",
                "Write a PDF report for each completed assessment shown (filter the list first "
                "to choose which)",
            ),
        )
        self.reports_button.clicked.connect(self.reports_for_shown)
        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.kind_filter)
        tools.addWidget(self.status_filter)
        tools.addWidget(self.review_filter)
        tools.addWidget(self.reports_button)

        self.notice = NoticeBar()
        self.table = make_table(self.proxy, tr("MainWindow", "Assessments"))
        # The organisation's name takes the room the other columns leave, rather than the
        # facilitator's (at 1920 pixels names were cut beside an empty stretch of facilitator).
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        fit_assessment_columns(self.table)
        keep_columns_fitted(self.table, lambda: fit_assessment_columns(self.table))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(STARTED, Qt.SortOrder.DescendingOrder)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        if self.council:
            # council staff approve many at once (Ctrl/Shift+click, Ctrl+A)
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.review_panel = ReviewPanel(self.council)
        self.review_panel.set_state_requested.connect(self.review_selected)
        self.review_panel.cancel_requested.connect(self.cancel_review)
        self.review_panel.comment_requested.connect(self.comment_on_selected)
        self.review_panel.reopen_requested.connect(self.reopen_to_fix)
        self.empty_state = QLabel(tr("Assessments", EMPTY_LIST))
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)
        self.empty_state.setAccessibleName(tr("Assessments", "No assessments yet"))
        self.list_area = QStackedWidget()
        self.list_area.addWidget(self.table)
        self.list_area.addWidget(self.empty_state)

        self.count_label = QLabel()
        self.count_label.setAccessibleName(tr("Assessments", "How many assessments are shown"))
        self.new_button = self._button(
            tr("Assessments", "New assessment…"), tr("Assessments", "Start an assessment (Ctrl+N)")
        )
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(lambda: self.start_for_organisation(None))
        self.open_button = self._button(
            tr("Assessments", "Open"),
            tr("Assessments", "Open results, or carry on a draft (Enter)"),
        )
        self.open_button.clicked.connect(self.open_selected)
        self.resume_button = self._button(
            tr("Assessments", "Resume"), tr("Assessments", "Carry on where it stopped")
        )
        self.resume_button.clicked.connect(self.resume_selected)
        self.results_button = self._button(
            tr("Assessments", "Results"), tr("Assessments", "See the results and action plan")
        )
        self.results_button.clicked.connect(self.results_selected)
        self.delete_button = self._button(
            tr("Assessments", "Delete"), tr("Assessments", "Delete the assessment (Delete)")
        )
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button = self._button(
            tr("Assessments", "History…"),
            tr("Assessments", "Every change to the assessment, its answers and actions"),
        )
        self.history_button.clicked.connect(self.show_history)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.history_button)
        footer.addWidget(self.delete_button)
        footer.addWidget(self.results_button)
        footer.addWidget(self.resume_button)
        footer.addWidget(self.open_button)
        footer.addWidget(self.new_button)

        widget = QWidget()
        widget.setAccessibleName(tr("Assessments", "Assessment list"))
        layout = QVBoxLayout(widget)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        layout.addLayout(tools)
        layout.addWidget(self.notice)
        layout.addWidget(self.list_area, 1)
        layout.addWidget(self.review_panel)
        layout.addLayout(footer)

        page_wide = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ("Ctrl+N", lambda: self.start_for_organisation(None)),
            ("Ctrl+F", self.search.setFocus),
            ("Ctrl+Z", self.undo_delete),
        ):
            shortcut = QShortcut(QKeySequence(keys), widget)
            shortcut.setContext(page_wide)
            shortcut.activated.connect(slot)
        for table_key, slot in (
            (Qt.Key.Key_Delete, self.delete_selected),
            (Qt.Key.Key_Return, self.open_selected),
            (Qt.Key.Key_Enter, self.open_selected),
        ):
            shortcut = QShortcut(QKeySequence(table_key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        return widget

    @staticmethod
    def _button(text: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        return button

    def _filter(self, **changes: str) -> None:
        self.proxy.set_filter(**changes)
        self._update_count()

    def reload(self, select_id: str | None = None) -> None:
        current = select_id or self.selected_id()
        self.model.set_rows(
            self.assessments.list_summaries(),
            self.services.reviews.states(),
            council=self.council,
        )
        self.list_area.setCurrentWidget(self.table if self.model.total else self.empty_state)
        self._update_count()
        if current:
            self._select(current)
        elif self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_buttons()

    def _select(self, assessment_id: str) -> None:
        row = self.model.row_of(assessment_id)
        if row is None:
            return
        self.model.fetch_up_to(row)
        proxy_index = self.proxy.mapFromSource(self.model.index(row, 0))
        if proxy_index.isValid():
            self.table.selectRow(proxy_index.row())
            self.table.scrollTo(proxy_index)

    def _update_count(self) -> None:
        total = self.model.total
        shown = self.proxy.rowCount() if self.proxy.is_filtering else total
        # Counted phrases are whole texts, so a language words its own plural ("1 assessment(s)"
        # read as the English had no plural).
        if shown != total:
            text = tr("Assessments", "{shown} of {total} shown").format(shown=shown, total=total)
        elif total == 1:
            text = tr("Assessments", "{total} assessment").format(total=total)
        else:
            text = tr("Assessments", "{total} assessments").format(total=total)
        self.count_label.setText(text)

    def selected(self) -> AssessmentSummary | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source: QModelIndex = self.proxy.mapToSource(index)
        return self.model.summary_at(source.row())

    def selected_id(self) -> str | None:
        summary = self.selected()
        return summary.id if summary else None

    def selected_summaries(self) -> list[AssessmentSummary]:
        """Every selected row (council staff can choose many to approve at once)."""
        chosen = []
        for index in self.table.selectionModel().selectedRows():
            summary = self.model.summary_at(self.proxy.mapToSource(index).row())
            if summary is not None:
                chosen.append(summary)
        return chosen

    def _update_buttons(self) -> None:
        summary = self.selected()
        self.open_button.setEnabled(summary is not None)
        self.results_button.setEnabled(summary is not None)
        self.delete_button.setEnabled(summary is not None)
        self.history_button.setEnabled(summary is not None)
        self.resume_button.setEnabled(summary is not None and summary.status == "draft")
        self._show_review()

    def _show_review(self) -> None:
        chosen = self.selected_summaries() if self.council else []
        summary = self.selected()
        if len(chosen) > 1:
            completed = all(s.status == "completed" for s in chosen)
            self.review_panel.show_review(
                selected=len(chosen), state=None, notes=[], completed=completed
            )
            self.review_panel.setVisible(True)
            return
        state = self.model.review_state(summary) if summary is not None else ""
        # a laptop shows the panel only for work the council has reviewed
        self.review_panel.setVisible(summary is not None and (self.council or bool(state)))
        if summary is None:
            return
        notes = self.services.reviews.thread(summary.id) if state else []
        self.review_panel.show_review(
            selected=1,
            state=state or None,
            notes=notes,
            completed=summary.status == "completed",
        )

    # -- reviewing (issue 15) -----------------------------------------------------------------

    def review_selected(self, state: str) -> None:
        """Council: mark the chosen assessments approved (many at once), or one as having
        issues or rejected, with a comment the worker sees on their laptop."""
        chosen = [s for s in self.selected_summaries() if s.status == "completed"]
        if not chosen:
            return
        comment: str | None = None
        if state in (HAS_ISSUES, REJECTED):
            name = chosen[0].organisation_name
            title = (
                tr("Assessments", "Has issues")
                if state == HAS_ISSUES
                else tr("Assessments", "Reject")
            )
            prompt = (
                tr(
                    "Assessments",
                    "What needs fixing in the assessment with {organisation}? "
                    "The worker sees this on their laptop.",
                ).format(organisation=name)
                if state == HAS_ISSUES
                else tr(
                    "Assessments", "Why is the assessment with {organisation} rejected?"
                ).format(organisation=name)
            )
            comment = self.ask_comment(self, title, prompt)
            if comment is None:
                return
        elif len(chosen) > 1 and not self.confirm_approve(self, len(chosen)):
            return
        if self._review_task is not None:
            return
        reviews = self.services.reviews
        ids = [s.id for s in chosen]

        def work(task: BackgroundTask) -> int:
            return reviews.set_state(
                ids,
                state,
                comment=comment,
                progress=task.report,
                should_cancel=lambda: task.cancelled,
            )

        def done(changed: int) -> None:
            self._review_done()
            self.reload(self.selected_id())
            if state == APPROVED and len(chosen) > 1:
                message = tr(
                    "Assessments", "Approved {changed} of the {count} assessments chosen."
                ).format(changed=changed, count=len(chosen))
            else:
                message = tr(
                    "Assessments", "Marked the assessment with {organisation} {state}."
                ).format(
                    organisation=chosen[0].organisation_name,
                    state=tr("Assessments", STATE_LABELS[state]).lower(),
                )
            self.notice.show_notice(message)
            self.status_message.emit(message)

        def failed(message: str) -> None:
            self._review_done()
            self.notice.show_notice(message)
            self.status_message.emit(message)

        # off the UI thread: approving thousands at once takes a second or more; with
        # progress and Cancel (nothing is marked then: it is all or nothing)
        task = BackgroundTask(work)
        task.signals.finished.connect(done)
        task.signals.failed.connect(failed)
        task.signals.crashed.connect(failed)
        task.signals.cancelled.connect(failed)
        task.signals.progress.connect(self.review_panel.show_progress)
        self._review_task = task
        self.review_panel.set_busy(True, with_progress=len(ids) > 1)
        self.status_message.emit(
            tr("Assessments", "Reviewing {count} assessment(s)…").format(count=len(ids))
        )
        task.start(QThreadPool.globalInstance())

    def cancel_review(self) -> None:
        if self._review_task is not None:
            self._review_task.cancel()
            self.review_panel.cancel_button.setEnabled(False)

    @property
    def reviewing(self) -> bool:
        return self._review_task is not None

    def _review_done(self) -> None:
        self._review_task = None
        self.review_panel.set_busy(False)
        self._show_review()

    def comment_on_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        comment = self.ask_comment(
            self,
            tr("Assessments", "Comment"),
            tr("Assessments", "Comment on the assessment with {organisation}:").format(
                organisation=summary.organisation_name
            ),
        )
        if comment is None:
            return
        try:
            self.services.reviews.add_comment(summary.id, comment)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.reload(summary.id)

    def reopen_to_fix(self) -> None:
        """Laptop: unlock work the council sent back and open it where the fixing starts."""
        summary = self.selected()
        if summary is None:
            return
        try:
            self.assessments.reopen(summary.id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.status_message.emit(
            tr("Assessments", "Reopened: fix it, then Review and complete to send it again.")
        )
        self.resume(summary.id)

    def show_history(self) -> HistoryDialog | None:
        """The History panel of the selected assessment."""
        summary = self.selected()
        if summary is None:
            return None
        dialog = HistoryDialog(
            tr("Assessments", "History of the {kind} with {organisation}").format(
                kind=kind_in_sentence(summary.kind), organisation=summary.organisation_name
            ),
            self.assessments.audit_trail(summary.id),
            parent=self,
        )
        dialog.open()
        return dialog

    def shown_summaries(self) -> list[AssessmentSummary]:
        """Every assessment the list shows with its filters (fetched into the view or not)."""
        if not self.proxy.is_filtering:
            return list(self.model.rows)
        summaries = []
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            summary = self.model.summary_at(source.row())
            if summary is not None:
                summaries.append(summary)
        return summaries

    def reports_for_shown(self) -> BatchReportsDialog | None:
        """A PDF report for each completed assessment shown, into a folder (with progress and
        cancel)."""
        from desktop.ui.dialogs.batch_reports import BatchReportsDialog

        ids = [s.id for s in self.shown_summaries() if s.status == "completed"]
        if not ids:
            self.notice.show_notice(
                tr(
                    "Assessments",
                    "No completed assessment is shown: there is no report to write yet.",
                )
            )
            return None
        dialog = BatchReportsDialog(self.services, ids, self)
        dialog.reports_written.connect(
            lambda paths: self.status_message.emit(
                tr("Assessments", "Wrote {count} PDF reports").format(count=len(paths))
            )
        )
        dialog.open()
        return dialog

    # -- Page hooks ---------------------------------------------------------------------------

    def on_shown(self) -> None:
        if self.stack.currentWidget() is self.list_view:
            self.reload()
            self._offer_resume()
            self.table.setFocus()

    def on_hidden(self) -> None:
        self.runner.flush()
        restore_app_language()

    def on_data_changed(self, change: DataChange) -> None:
        # Only the list follows changes made elsewhere; a session in progress is left alone.
        on_screen = self.isVisible() and self.stack.currentWidget() is self.list_view
        if change.what & self.shows and on_screen:
            self.reload()

    def can_leave(self) -> bool:
        # Answers are saved as they are given; only typing within its short pause can wait.
        self.runner.flush()
        return True

    def _offer_resume(self) -> None:
        """After a restart (or a crash), offer to carry on the session that was interrupted."""
        if self._offered_resume:
            return
        self._offered_resume = True
        drafts = [s for s in self.model.rows if s.status == "draft"]
        if not drafts:
            return
        latest = max(drafts, key=lambda s: s.modified_at)
        detail = self.assessments.get(latest.id)
        if detail.current_question_id is None:
            return
        self.notice.show_notice(
            tr_format(
                "Assessments",
                "The {kind} with {organisation} was not finished. Carry on where it stopped?",
                kind=kind_in_sentence(latest.kind),
                organisation=latest.organisation_name,
            ),
            tr("Assessments", "Resume"),
            lambda: self.resume(latest.id),
        )

    # -- opening ------------------------------------------------------------------------------

    def start_for_organisation(self, organisation_id: str | None) -> None:
        """Open the start dialog (for one organisation, or choosing one)."""
        self.runner.flush()
        dialog = StartAssessmentDialog(self.services, organisation_id, self)
        self.start_dialog = dialog
        dialog.started.connect(self._started)
        dialog.finished.connect(self._start_dialog_closed)
        dialog.open()
        dialog.activateWindow()

    def _start_dialog_closed(self, _result: int) -> None:
        if self.start_dialog is not None:
            self.start_dialog.deleteLater()
        self.start_dialog = None
        if self.stack.currentWidget() is self.runner:
            self.window().activateWindow()
            self.runner.focus_start()
        elif self.stack.currentWidget() is self.action_review:
            self.window().activateWindow()
            self.action_review.focus_start()

    def _started(self, assessment_id: str) -> None:
        self.changed(Changed.ASSESSMENTS)
        self.status_message.emit(
            tr("Assessments", "Assessment started: every answer is saved as it is given.")
        )
        self.begin(assessment_id)

    def open_assessment(self, assessment_id: str) -> None:
        """Results for a completed assessment; the runner where it stopped for a draft."""
        summary = self.assessments.get(assessment_id).summary
        if summary.status == "completed":
            self.show_results(assessment_id)
        else:
            self.begin(assessment_id)

    def open_statement(self, assessment_id: str, target: str) -> None:
        """The runner at one statement (a fund's link: "what stands in the way"). A draft
        opens there to be answered; a completed assessment opens there read only, with the
        runner's "Reopen to change answers", so the group sees what it said and what each
        level means. A section id opens the section's first statement; no target (or one
        this form does not have) opens the assessment as usual."""
        try:
            form = self.assessments.form_for(assessment_id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        question_id = None
        for section, question in form.questions():
            if target in (question.id, section.id):
                question_id = question.id
                break
        if question_id is None:
            self.open_assessment(assessment_id)
            return
        self.resume(assessment_id, question_id)

    def begin(self, assessment_id: str) -> None:
        """A draft not begun yet whose organisation has an earlier action plan starts with the
        review of last time's actions; any other draft opens where it stopped."""
        detail = self.assessments.get(assessment_id)
        if (
            detail.summary.status == "draft"
            and detail.current_question_id is None
            and not self.assessments.answers(assessment_id)
            and self.services.action_reviews.since_last_time(assessment_id).outstanding
        ):
            self.show_action_review(assessment_id)
            return
        self.resume(assessment_id)
        offer = self.services.draft_moves.offer(assessment_id)
        if offer is not None and self.stack.currentWidget() is self.runner:
            self.runner.notice.show_notice(
                tr(
                    "Assessments",
                    "Version {to_version} of this form is now on this laptop (this draft uses "
                    "{from_version}). You can move the draft to it from the review.",
                ).format(to_version=offer.to_version, from_version=offer.from_version),
                tr("Assessments", "Review the move…"),
                lambda: self.show_review(assessment_id),
            )

    def show_action_review(self, assessment_id: str) -> None:
        self.notice.dismiss()
        self.runner.flush()
        self.runner.close_projector()
        self.action_review.open(assessment_id)
        self.stack.setCurrentWidget(self.action_review)

    def resume(self, assessment_id: str, question_id: str | None = None) -> None:
        self.notice.dismiss()
        try:
            self.runner.open(assessment_id, question_id or None)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            self.show_list()
            return
        self.stack.setCurrentWidget(self.runner)
        self.runner.focus_start()

    def show_review(self, assessment_id: str) -> None:
        self.runner.close_projector()
        self.review.open(assessment_id)
        self.stack.setCurrentWidget(self.review)

    def show_results(self, assessment_id: str, tab: int = 0) -> None:
        self.runner.close_projector()
        self.results.open(assessment_id, tab)
        self.stack.setCurrentWidget(self.results)

    def show_list(self) -> None:
        restore_app_language()
        self.runner.flush()
        self.runner.close_projector()
        self.stack.setCurrentWidget(self.list_view)
        self.reload(self.runner.assessment_id)
        self.table.setFocus()

    def _completed(self, assessment_id: str) -> None:
        self.changed(Changed.ASSESSMENTS)
        self.show_results(assessment_id)

    def _change_answers(self, assessment_id: str) -> None:
        self.resume(assessment_id)

    def open_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.open_assessment(summary.id)

    def resume_selected(self) -> None:
        summary = self.selected()
        if summary is not None and summary.status == "draft":
            self.begin(summary.id)

    def results_selected(self) -> None:
        summary = self.selected()
        if summary is not None:
            self.show_results(summary.id)

    # -- deleting -----------------------------------------------------------------------------

    def delete_selected(self) -> None:
        summary = self.selected()
        if summary is None or not self.confirm_delete(self, summary):
            return
        try:
            self.assessments.delete(summary.id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self._deleted.append(summary.id)
        self.reload()
        self.notice.show_notice(
            tr("Assessments", "Deleted the assessment with {organisation}.").format(
                organisation=summary.organisation_name
            ),
            tr("Assessments", "Undo"),
            self.undo_delete,
        )
        self.changed(Changed.ASSESSMENTS)
        self.status_message.emit(
            tr("Assessments", "Deleted the assessment with {organisation}").format(
                organisation=summary.organisation_name
            )
        )

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        assessment_id = self._deleted.pop()
        try:
            self.assessments.restore(assessment_id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        self.notice.dismiss()
        self.reload(assessment_id)
