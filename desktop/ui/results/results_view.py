"""The results of an assessment: strengths first, then areas to develop, support and the plan."""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QColor, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.reports.series import RadarSeries
from desktop.services.action_reviews import SinceLastTime
from desktop.services.assessments import ResultsSnapshot
from desktop.ui import theme
from desktop.ui.format import change_text, long_date, score_text, short_date
from desktop.ui.i18n import (
    current_language,
    error_text,
    is_right_to_left,
    kind_label,
    set_language,
    theme_name,
    tr,
    tr_noop,
)
from desktop.ui.results.action_plan import ActionIdea, ActionPlanView
from desktop.ui.results.radar import RadarChart
from desktop.ui.widgets.funds_panel import FundsPanel
from desktop.ui.widgets.notice_bar import NoticeBar
from desktop.ui.widgets.scroll import scroll_area
from desktop.ui.workers import BackgroundTask
from forms.loader import FormError
from forms.scoring import AssessmentResult
from forms.support import statements_text

if TYPE_CHECKING:
    from desktop.services import Services

log = logging.getLogger(__name__)

REPORT_MODULE = "desktop.reports.assessment_report"
# The same words as the PDF (desktop/reports/layout.py RAG_WORDS): one vocabulary for the bands.
RAG_WORDS = {
    "green": tr_noop("Results", "Strong"),
    "amber": tr_noop("Results", "Developing"),
    "red": tr_noop("Results", "Priority for support"),
}
READINESS_WORDS = {
    "Ready": tr_noop("Results", "Ready"),
    "Ready with support": tr_noop("Results", "Ready with support"),
    "Not yet ready": tr_noop("Results", "Not yet ready"),
}
# A shape per band as well as a colour, so the bands read in greyscale and for colour blindness.
RAG_SHAPES = {"green": "●", "amber": "▲", "red": "■"}
RAG_COLOURS = theme.RAG
VERDICT_STYLE = theme.VERDICT_CHIP


def report_writer_available() -> bool:
    try:
        return importlib.util.find_spec(REPORT_MODULE) is not None
    except ModuleNotFoundError:
        return False


def ask_pdf_path(parent: QWidget, suggested: str) -> str | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        tr("Results", "Save the report as PDF"),
        suggested,
        tr("Results", "PDF files (*.pdf)"),
    )
    return path or None


def _statements(count: int) -> str:
    if count == 1:
        return tr("Results", "1 statement")
    return tr("Results", "{count} statements").format(count=count)


SIDE_BY_SIDE_WIDTH = 1000  # the chart's 560 px and a table whose names are not cut short


class ResultsView(QWidget):
    """Results and action plan of one assessment."""

    back_requested = Signal()
    change_answers_requested = Signal(str)
    status_message = Signal(str)
    report_saved = Signal(str)
    registration_requested = Signal(str, str)  # organisation id, registration field
    statement_requested = Signal(str, str)  # assessment id, question or section id

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.assessments = services.assessments
        self.assessment_id: str | None = None
        self.language = "en"
        self.results: ResultsSnapshot | None = None
        self.choose_pdf_path: Callable[[QWidget, str], str | None] = ask_pdf_path
        self.pool = QThreadPool.globalInstance()
        self._job: BackgroundTask | None = None
        self.setAccessibleName("Results")

        self.heading = QLabel(tr("Results", "Results"))
        self.heading.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setAccessibleName("Assessment")
        # A long organisation name or kind wraps rather than pushing the window wider.
        self.subtitle.setWordWrap(True)
        self.pdf_button = QPushButton(tr("Results", "Save PDF…"))
        self.pdf_button.setAccessibleName("Save PDF")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.pdf_progress = QProgressBar()
        self.pdf_progress.setRange(0, 0)
        self.pdf_progress.setMaximumWidth(120)
        self.pdf_progress.setAccessibleName("Writing the PDF")
        self.pdf_progress.setVisible(False)
        self.change_button = QPushButton(tr("Results", "Change answers"))
        self.change_button.setAccessibleName("Change answers")
        self.change_button.setToolTip(
            tr("Results", "Go back to the statements (a completed one is reopened)")
        )
        self.change_button.clicked.connect(self._change_answers)
        self.back_button = QPushButton(tr("Results", "Back to assessments"))
        self.back_button.setAccessibleName("Back to assessments")
        self.back_button.clicked.connect(self.back_requested.emit)
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.pdf_progress)
        top.addWidget(self.pdf_button)
        top.addWidget(self.change_button)
        top.addWidget(self.back_button)
        self.notice = NoticeBar()

        # results tab
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName("CAT readiness verdict")
        self.overall = QLabel()
        self.overall.setObjectName("overall")
        self.overall.setAccessibleName("Overall score")
        self.radar = RadarChart()
        self.sections_table = QTableWidget(0, 4)
        self.sections_table.setAccessibleName("Section scores")
        self._set_table_headers()
        self.sections_table.verticalHeader().setVisible(False)
        self.sections_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sections_table.setTabKeyNavigation(False)
        self.sections_table.setAlternatingRowColors(True)
        self.sections_table.setWordWrap(False)
        self.sections_table.verticalHeader().setDefaultSectionSize(30)
        header = self.sections_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sections_table.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding
        )
        # Side by side when there is room; on a narrow screen the table goes under the chart,
        # so section names and band words are read whole rather than cut short.
        self.chart_row = chart_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        chart_row.addWidget(self.radar, 3)
        chart_row.addWidget(self.sections_table, 2, Qt.AlignmentFlag.AlignTop)

        self.strengths = self._block("strengths", tr("Results", "What is strong"))
        self.develop = self._block("develop", tr("Results", "Areas to develop"))
        self.support = self._block("support", tr("Results", "Support needs and what is on offer"))
        self.since_last_time = self._block("since", tr("Results", "Since last time"))

        body = QWidget()
        body.setObjectName("resultsBody")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(4, 4, 12, 12)
        body_layout.setSpacing(12)
        body_layout.addWidget(self.verdict)
        body_layout.addWidget(self.overall)
        body_layout.addLayout(chart_row)
        body_layout.addWidget(self.strengths)
        body_layout.addWidget(self.develop)
        body_layout.addWidget(self.support)
        body_layout.addWidget(self.since_last_time)
        body_layout.addStretch(1)
        scroll = scroll_area(body, "Results")

        self.plan = ActionPlanView(services)
        self.plan.status_message.connect(self.status_message)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Results and action plan")
        self.tabs.addTab(scroll, tr("Results", "&Results"))
        self.tabs.addTab(self.plan, tr("Results", "&Action plan"))
        # Funds the group could apply to (issue 21), in the session's language.
        self.funds_panel = FundsPanel()
        self.funds_panel.add_action_requested.connect(self._add_fund_action)
        self.funds_panel.registration_field_requested.connect(self._registration_requested)
        self.funds_panel.assessment_requested.connect(self._statement_requested)
        self.tabs.addTab(scroll_area(self.funds_panel, "Funding"), tr("Results", "&Funding"))
        # The guide is worked out when its tab is first shown for an assessment: it scores the
        # organisation's latest assessments and reads the funds file, most of what opening
        # the results took.
        self._funds_shown_for: str | None = None
        self.tabs.currentChanged.connect(self._show_funds_if_chosen)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.tabs, 1)
        self.setStyleSheet(RESULTS_STYLE)

        shortcut = QShortcut(QKeySequence("Ctrl+P"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_pdf)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.chart_row.direction() != direction:
            self.chart_row.setDirection(direction)
            alignment = Qt.AlignmentFlag.AlignTop if wide else Qt.AlignmentFlag(0)
            self.chart_row.setAlignment(self.sections_table, alignment)

    def _set_table_headers(self) -> None:
        self.sections_table.setHorizontalHeaderLabels(
            [
                tr("Results", "Section"),
                tr("Results", "Score"),
                tr("Results", "Band"),
                tr("Results", "Change"),
            ]
        )

    @staticmethod
    def _block(name: str, title: str) -> QLabel:
        label = QLabel()
        label.setObjectName("resultBlock")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setAccessibleName(title)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    # -- showing ------------------------------------------------------------------------------

    def open(self, assessment_id: str, tab: int = 0) -> None:
        self.assessment_id = assessment_id
        # One snapshot of everything shown, in the session's language (right to left for Urdu).
        results = self.assessments.results(assessment_id)
        self.results = results
        self.language = results.language
        if results.language != current_language():  # else nothing to translate again
            set_language(results.language)
        self._set_table_headers()
        summary = results.assessment
        result = results.result
        when = long_date(summary.completed_at or summary.started_at)
        state = (
            tr("Results", "completed")
            if summary.status == "completed"
            else tr("Results", "not completed yet (draft)")
        )
        kind = kind_label(summary.kind)
        if result.stage_title:  # what it covered: a CAT step, or a health check's key statements
            kind = f"{kind}: {result.stage_title}"
        # A right-to-left mark first, so an Urdu line starting with an English name reads
        # right to left.
        direction = "\u200f" if is_right_to_left(self.language) else ""
        self.subtitle.setText(f"{direction}{summary.organisation_name} · {kind} · {when} · {state}")
        self.notice.dismiss()
        self._show_verdict(result)
        self.overall.setText(
            tr("Results", "Overall score <b>{score}</b> out of 100").format(
                score=score_text(result.overall_score)
            )
            + (f" · {self._rag_html(result.overall_rag)}" if result.overall_rag else "")
            + (
                " · "
                + tr("Results", "previous assessment ({date}): {score}").format(
                    date=long_date(results.previous.started_at),
                    score=score_text(results.previous_result.overall_score),
                )
                if results.previous and results.previous_result
                else ""
            )
        )
        self._show_sections(results)
        self.strengths.setText(self._strengths_html(result))
        self.develop.setText(self._develop_html(result))
        self.support.setText(self._support_html(result))
        since = results.since_last_time
        self.since_last_time.setVisible(bool(since.actions))
        self.since_last_time.setText(since_last_time_html(since))
        self._set_pdf_button()
        self.plan.open(assessment_id, self._ideas(result), self._all_offers(result))
        self._funds_shown_for = None
        self.tabs.setCurrentIndex(tab)
        self._show_funds_if_chosen()
        self.tabs.setFocus()

    def _set_pdf_button(self) -> None:
        available = report_writer_available()
        self.pdf_button.setEnabled(available and self._job is None)
        self.pdf_button.setToolTip(
            tr("Results", "Save the results and action plan as a PDF for the group (Ctrl+P)")
            if available
            else tr("Results", "PDF reports are not available in this version yet.")
        )

    def _show_verdict(self, result: AssessmentResult) -> None:
        if result.kind != "cat_readiness" or result.readiness is None:
            self.verdict.setVisible(False)
            return
        background, ink = VERDICT_STYLE[result.readiness]
        word = tr("Results", READINESS_WORDS.get(result.readiness, result.readiness))
        lines = [f"<span style='font-size:16pt;font-weight:bold'>{escape(word)}</span>"]
        if result.stage_title:
            lines[0] += f" for the stage: <b>{escape(result.stage_title)}</b>"
        if result.unmet_gateways:
            named = "".join(
                f"<li>{escape(g.text, quote=False)} <i>({g.reason})</i></li>"
                for g in result.unmet_gateways
            )
            lines.append(tr("Results", "Essential conditions not met yet:") + f"<ul>{named}</ul>")
        elif result.sections_below_ready:
            titles = {s.id: s.title for s in result.sections}
            below = ", ".join(escape(titles[s]) for s in result.sections_below_ready)
            lines.append(
                tr(
                    "Results",
                    "Every essential condition is met. Sections to strengthen first: {sections}.",
                ).format(sections=below)
            )
        else:
            lines.append(
                tr("Results", "Every essential condition is met and every section is ready.")
            )
        self.verdict.setText("<br>".join(lines))
        self.verdict.setStyleSheet(
            f"QLabel#verdict {{ background: {background}; border: 2px solid {ink}; "
            f"border-radius: 6px; padding: 10px 14px; color: #1d2327; }}"
        )
        self.verdict.setVisible(True)

    def _show_sections(self, results: ResultsSnapshot) -> None:
        result = results.result
        # a section with nothing asked (at this CAT stage, or for this group) is left out
        sections = [section for section in result.sections if section.total > 0]
        before = {}
        if results.previous_result is not None:
            before = {s.id: s.score for s in results.previous_result.sections}
        header = self.sections_table.horizontalHeader()
        # Columns sized to their contents once, after the fill: sized on every cell set, the
        # header measured every row again (~25 ms a fill).
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.sections_table.setRowCount(len(sections))
        for row, section in enumerate(sections):
            cells = [
                section.title,
                score_text(section.score),
                f"{RAG_SHAPES[section.rag]} {tr('Results', RAG_WORDS[section.rag])}"
                if section.rag
                else "—",
                change_text(section.score, before.get(section.id)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2 and section.rag:
                    item.setForeground(QColor(RAG_COLOURS[section.rag]))
                if column in (1, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 0:
                    item.setToolTip(section.title)
                self.sections_table.setItem(row, column, item)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows_height = self.sections_table.horizontalHeader().sizeHint().height() + 4
        rows_height += sum(self.sections_table.rowHeight(r) for r in range(len(sections)))
        self.sections_table.setFixedHeight(rows_height)
        labels = [s.title for s in sections]
        summary = results.assessment
        current = RadarSeries(
            tr("Results", "This assessment ({date})").format(date=short_date(summary.started_at)),
            [s.score for s in sections],
        )
        previous = None
        if results.previous is not None and results.previous_result is not None:
            previous = RadarSeries(
                tr("Results", "Previous ({date})").format(
                    date=short_date(results.previous.started_at)
                ),
                [before.get(s.id) for s in sections],
            )
        self.radar.set_data(labels, current, previous)
        self.sections_table.setColumnHidden(3, previous is None)

    @staticmethod
    def _rag_html(rag: str | None) -> str:
        if not rag:
            return ""
        word = tr("Results", RAG_WORDS[rag])
        return f"<span style='color:{RAG_COLOURS[rag]}'>{RAG_SHAPES[rag]} {word}</span>"

    def _strengths_html(self, result: AssessmentResult) -> str:
        html = f"<h3>{tr('Results', 'What is strong')}</h3>"
        if not result.strengths.sections and not result.strengths.statements:
            return (
                html
                + f"<p>{tr('Results', 'Once statements are rated 3 or 4, they show here first.')}</p>"
            )
        if result.strengths.sections:
            names = ", ".join(
                f"<b>{escape(s.title)}</b> ({score_text(s.score)})"
                for s in result.strengths.sections
            )
            html += "<p>" + tr("Results", "Strongest sections: {sections}.").format(sections=names)
            html += "</p>"
        items = "".join(f"<li>{escape(s.text)}</li>" for s in result.strengths.statements[:8])
        if items:
            more = len(result.strengths.statements) - 8
            html += f"<ul>{items}</ul>" + (_and_more(more) if more > 0 else "")
        return html

    def _develop_html(self, result: AssessmentResult) -> str:
        html = f"<h3>{tr('Results', 'Areas to develop')}</h3>"
        develop = result.areas_to_develop
        if not develop.sections and not develop.statements:
            return (
                html
                + f"<p>{tr('Results', 'No section is below green. Keep doing what works.')}</p>"
            )
        if develop.sections:
            names = ", ".join(
                f"<b>{escape(s.title)}</b> ({score_text(s.score)})" for s in develop.sections
            )
            html += "<p>" + tr("Results", "Sections to work on first: {sections}.").format(
                sections=names
            )
            html += "</p>"
        items = "".join(f"<li>{escape(s.text)}</li>" for s in develop.statements[:10])
        if items:
            more = len(develop.statements) - 10
            html += f"<ul>{items}</ul>" + (_and_more(more) if more > 0 else "")
        return html

    def _support_html(self, result: AssessmentResult) -> str:
        html = f"<h3>{tr('Results', 'Support needs and what is on offer')}</h3>"
        if not result.support_needs:
            return html + f"<p>{tr('Results', 'No support needs were raised.')}</p>"
        for need in result.support_needs:
            raised = escape(statements_text([q.text for q in need.questions[:3]]))
            offers = "".join(
                f"<li><b>{escape(o.provider.get(self.language))}</b>"
                f"{': ' + escape(o.what.get(self.language)) if o.what else ''}"
                f"{' · ' + escape(o.contact) if o.contact else ''}</li>"
                for o in need.offers
            ) + "".join(f"<li>{escape(extra)}</li>" for extra in need.extra_offers)
            html += (
                f"<p><b>{escape(theme_name(need.theme))}</b> — "
                + tr("Results", "raised by: {statements}").format(statements=raised)
                + "</p>"
                + f"<ul>{offers or '<li>' + tr('Results', 'Ask your development worker.') + '</li>'}</ul>"
            )
        return html

    @staticmethod
    def _all_offers(result: AssessmentResult) -> list[str]:
        seen: dict[str, None] = {}
        for need in result.support_needs:
            for offer in need.offers:
                seen[offer.text] = None
        return list(seen)

    @staticmethod
    def _ideas(result: AssessmentResult) -> list[ActionIdea]:
        ideas = [
            ActionIdea(
                title=tr("Results", "Support need: {theme} ({statements})").format(
                    theme=tr("Themes", need.theme),
                    statements=_statements(len(need.question_ids)),
                ),
                what=f"Get support with {need.theme}",
                theme=need.theme,
                source_id=need.question_ids[0] if need.question_ids else None,
                offers=[o.text for o in need.offers] + list(need.extra_offers),
            )
            for need in result.support_needs
        ]
        ideas += [
            ActionIdea(
                title=tr("Results", "Area to develop: {section} ({score})").format(
                    section=s.title, score=score_text(s.score)
                ),
                what=f"Strengthen {s.title.lower()}",
                source_id=s.id,
            )
            for s in result.areas_to_develop.sections
        ]
        ideas += [
            ActionIdea(
                title=tr("Results", "Statement: {text}").format(text=s.text),
                what=s.text,
                source_id=s.question_id,
            )
            for s in result.areas_to_develop.statements
        ]
        return ideas

    # -- funds --------------------------------------------------------------------------------

    FUNDING_TAB = 2

    def _show_funds_if_chosen(self) -> None:
        if (
            self.tabs.currentIndex() == self.FUNDING_TAB
            and self.assessment_id is not None
            and self._funds_shown_for != self.assessment_id
        ):
            self._show_funds()

    def _show_funds(self) -> None:
        if self.results is None or self.assessment_id is None:
            return
        self._funds_shown_for = self.assessment_id
        summary = self.results.assessment
        try:
            guide = self.services.funds.guide(summary.organisation_id)
            catalogue = self.services.resources.support_catalogue_in_force()
        except (UserError, FormError) as error:
            self.funds_panel.show_message(error_text(error))
            return
        self.funds_panel.show_guide(
            guide,
            catalogue,
            plan_name=None if summary.deleted else tr("Funds", "this assessment"),
            added=self.services.funds.actions_added(self.assessment_id),
            no_plan_reason=tr(
                "Funds", "This assessment is deleted; restore it to add to its plan."
            ),
        )

    def _add_fund_action(self, fund_id: str, condition_id: str) -> None:
        if self.assessment_id is None:
            return
        try:
            action = self.services.funds.add_action(self.assessment_id, fund_id, condition_id)
        except UserError as error:
            self.notice.show_notice(error_text(error))
            return
        if action.source_id:
            self.funds_panel.mark_added(action.source_id)
        self.plan.reload(action.id)
        self.status_message.emit(
            tr("Funds", "Added to the action plan: {action}").format(action=action.what)
        )

    def _statement_requested(self, form_kind: str, target: str) -> None:
        """A fund's statement link: the statement in the assessment the guide reads (or the
        session under way), which is this one unless a newer one exists or the link names
        the other kind (see FundsService.statement_assessment)."""
        if self.results is None:
            return
        organisation_id = self.results.assessment.organisation_id
        summary = self.services.funds.statement_assessment(organisation_id, form_kind)
        if summary is None:
            self.notice.show_notice(
                tr("Results", "There is no such assessment yet: start one from the list.")
            )
            return
        self.statement_requested.emit(summary.id, target)

    def _registration_requested(self, field_name: str) -> None:
        if self.results is not None:
            self.registration_requested.emit(self.results.assessment.organisation_id, field_name)

    # -- buttons ------------------------------------------------------------------------------

    def _change_answers(self) -> None:
        if self.assessment_id:
            self.change_answers_requested.emit(self.assessment_id)

    def save_pdf(self) -> None:
        if self.assessment_id is None or self._job is not None or not report_writer_available():
            return
        assert self.results is not None
        summary = self.results.assessment
        safe = "".join(c if c.isalnum() else "-" for c in summary.organisation_name).strip("-")
        suggested = f"{safe}-{summary.kind.replace('_', '-')}-{summary.started_at:%Y-%m-%d}.pdf"
        path = self.choose_pdf_path(self, str(Path.home() / suggested))
        if not path:
            return
        services, assessment_id, out_path = self.services, self.assessment_id, Path(path)

        def work(_task: BackgroundTask) -> str:
            module = importlib.import_module(REPORT_MODULE)
            module.write_assessment_report(services, assessment_id, out_path)
            return str(out_path)

        job = BackgroundTask(work)
        job.signals.finished.connect(self._pdf_saved)
        job.signals.failed.connect(self._pdf_failed)
        job.signals.crashed.connect(
            lambda _detail: self._pdf_failed(
                "Something went wrong writing the PDF. Nothing was lost; the details are in "
                "the log file."
            )
        )
        self._job = job
        self.pdf_button.setEnabled(False)
        self.pdf_progress.setVisible(True)
        job.start(self.pool)

    def _pdf_done(self) -> None:
        self._job = None
        self.pdf_progress.setVisible(False)
        self._set_pdf_button()

    def _pdf_saved(self, path: str) -> None:
        self._pdf_done()
        self.notice.show_notice(f"Saved the report: {path}")
        self.status_message.emit(f"Saved the report: {path}")
        self.report_saved.emit(path)

    def _pdf_failed(self, message: str) -> None:
        self._pdf_done()
        self.notice.show_notice(f"The PDF was not saved. {message}")


OUTCOME_WORDS = {
    "done": tr_noop("Results", "Done"),
    "doing": tr_noop("Results", "In progress"),
    "dropped": tr_noop("Results", "Dropped"),
}
OUTCOME_COLOURS = theme.ACTION_OUTCOME


def since_last_time_html(since: SinceLastTime) -> str:
    """The previous plan's actions and what became of each, as the results block shows it."""
    html = f"<h3>{tr('Results', 'Since last time')}</h3>"
    if since.earlier_started_at is not None:
        counts = since.counts()
        parts = [
            tr("Results", "{count} {outcome}").format(
                count=counts[key], outcome=tr("Results", OUTCOME_WORDS[key]).lower()
            )
            for key in OUTCOME_WORDS
        ]
        if since.outstanding:
            parts.append(tr("Results", "{count} not reviewed").format(count=since.outstanding))
        html += (
            "<p>"
            + tr("Results", "Actions agreed on {date}: {counts}.").format(
                date=long_date(since.earlier_started_at), counts=", ".join(parts)
            )
            + "</p>"
        )
    items = ""
    for action in since.actions:
        if action.outcome:
            word = tr("Results", OUTCOME_WORDS[action.outcome])
            mark = f"<b style='color:{OUTCOME_COLOURS[action.outcome]}'>{word}</b>"
        else:
            mark = f"<i>{tr('Results', 'not reviewed')}</i>"
        note = f" — {escape(action.note)}" if action.note else ""
        items += f"<li>{mark}: {escape(action.what)}{note}</li>"
    return html + (f"<ul>{items}</ul>" if items else "")


def _and_more(count: int) -> str:
    return "<p>" + tr("Results", "…and {count} more.").format(count=count) + "</p>"


RESULTS_STYLE = """
QLabel#overall { font-size: 12pt; }
QLabel#resultBlock {
    background: #ffffff; border: 1px solid #dde3e7; border-radius: 6px; padding: 4px 14px;
    font-size: 10.5pt;
}
QWidget#resultsBody { background: transparent; }
"""
