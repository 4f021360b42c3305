"""The assessment report a group takes home: cover, strengths-first summary with the radar
chart, section scores, CAT readiness, support on offer, action plan and every answer."""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

# isort: off
import desktop.reports.reportlab_lazily  # noqa: F401  (first: reportlab imported lazily)

# isort: on
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from desktop.format import score_change, score_text
from desktop.reports.charts import radar_chart
from desktop.reports.fonts import markup
from desktop.reports.funding import funding_page
from desktop.reports.layout import (
    ACCENT,
    ACCENT_DARK,
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RAG_COLOURS,
    RULE,
    VERDICT_RAG,
    ReportDocument,
    TableRun,
    data_table,
    heading,
    long_date,
    para,
    rag_words,
    short_date,
    styles,
    verdict_words,
    write_atomically,
)
from desktop.reports.plain_text import Piece, plain_cell, plain_text_cell
from desktop.reports.series import RadarSeries
from desktop.reports.words import report_language, theme_name, tr, tr_noop
from forms.answers import DONT_KNOW
from forms.models import NOT_APPLICABLE, FormDefinition, Question
from forms.scoring import AssessmentResult
from forms.support import statements_text
from sync._gc import gc_paused

if TYPE_CHECKING:
    from desktop.registration.funds import FundsGuide
    from desktop.services import Services
    from desktop.services.action_reviews import SinceLastTime
    from desktop.services.assessments import ActionInfo, AssessmentDetail, ResultsSnapshot
    from desktop.services.scores import StoredScores
    from forms.consensus import RatingSpread
    from forms.support import SupportCatalogue

# A note or answer longer than this leaves the table and flows as paragraphs of its own, so it
# can run over a page break (a table row cannot be split across pages).
LONG_TEXT = 900

# The report's words are translated where they are used (`tr`); these mark them for the tools.
ROLE_COUNTS = {
    "trustee": (tr_noop("Report", "1 trustee"), tr_noop("Report", "{count} trustees")),
    "volunteer": (tr_noop("Report", "1 volunteer"), tr_noop("Report", "{count} volunteers")),
    "staff": (tr_noop("Report", "1 staff"), tr_noop("Report", "{count} staff")),
    "member": (tr_noop("Report", "1 member"), tr_noop("Report", "{count} members")),
}
STATUS_WORDS = {
    "todo": tr_noop("Report", "To do"),
    "doing": tr_noop("Report", "In progress"),
    "done": tr_noop("Report", "Done"),
}
KIND_WORDS = {
    "health_check": tr_noop("Report", "Organisational health check"),
    "cat_readiness": tr_noop("Report", "CAT readiness"),
}
# Inside a sentence: its own words, not the label lower-cased ("the previous cat readiness").
KIND_IN_SENTENCE = {
    "health_check": tr_noop("Report", "organisational health check"),
    "cat_readiness": tr_noop("Report", "CAT readiness assessment"),
}
GATEWAY_REASONS = {
    "not met": tr_noop("Report", "Not met yet"),
    "not answered": tr_noop("Report", "Not answered"),
    "don't know": tr_noop("Report", "The group did not know"),
}
COVER_BAND = 78 * mm


class ReportData(NamedTuple):  # not a frozen dataclass: cheaper to define in a fresh process
    """Everything the report shows: the assessment's results as one snapshot (read in one
    transaction, as the results screen reads them), and the council's funds and support
    offers."""

    results: ResultsSnapshot
    funds: FundsGuide | None = None
    offers: SupportCatalogue | None = None

    @property
    def result(self) -> AssessmentResult:
        return self.results.result

    @property
    def detail(self) -> AssessmentDetail:
        return self.results.detail

    @property
    def form(self) -> FormDefinition:
        return self.results.form

    @property
    def answers(self) -> dict[str, Any]:
        return self.results.answers

    @property
    def notes(self) -> dict[str, str]:
        return self.results.notes

    @property
    def actions(self) -> list[ActionInfo]:
        return self.results.actions

    @property
    def organisation(self) -> dict[str, Any]:
        return self.results.registration

    @property
    def shown(self) -> list[Question]:
        return self.results.shown

    @property
    def since_last_time(self) -> SinceLastTime:
        return self.results.since_last_time

    @property
    def language(self) -> str:
        """The session's: the report's own words follow it."""
        return self.results.language


def radar_sections(result: Any) -> list[Any]:
    """The sections the radar shows: those with a score (the app leaves the others out too)."""
    return [section for section in result.sections if section.score is not None]


def gather(services: Services, assessment_id: str, today: date | None = None) -> ReportData:
    # One snapshot of the results, in the session's language (statements, sections, levels).
    results = services.assessments.results(assessment_id)
    return ReportData(
        results=results,
        funds=_funds_guide(services, results, today),
        offers=_support_catalogue(services),
    )


def _funds_guide(
    services: Services, results: ResultsSnapshot, today: date | None
) -> FundsGuide | None:
    """The funds guide for the report (None, and no funding page, if no funds file loads); the
    guide reuses the results just read where they are the evidence it would read."""
    from desktop.errors import UserError
    from forms.loader import FormError

    try:
        return services.funds.guide(results.assessment.organisation_id, today, known=results)
    except (UserError, FormError):
        return None


def _support_catalogue(services: Services) -> SupportCatalogue | None:
    from forms.loader import FormError

    try:
        return services.resources.support_catalogue_in_force()
    except FormError:
        return None


def write_assessment_report(
    services: Services, assessment_id: str, out_path: Path | str, *, now: datetime | None = None
) -> Path:
    """Write the PDF report of one assessment to `out_path` (replacing it in one step)."""
    created = now or datetime.now().astimezone()
    with gc_paused():
        data = gather(services, assessment_id, created.date())
        return write_atomically(out_path, lambda path: _build(data, path, created))


# ---------------------------------------------------------------------------------------------


def kind_words(kind: str) -> str:
    """The assessment's kind in the report's language."""
    return tr("Report", KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def kind_in_sentence(kind: str) -> str:
    """The assessment's kind inside a sentence, in the report's language (KIND_IN_SENTENCE)."""
    return tr("Report", KIND_IN_SENTENCE[kind]) if kind in KIND_IN_SENTENCE else kind


def _build(data: ReportData, path: str, created: datetime) -> None:
    with report_language(data.language):
        _build_in_language(data, path, created)


def _build_in_language(data: ReportData, path: str, created: datetime) -> None:
    summary = data.detail.summary
    kind = kind_words(summary.kind)
    name = summary.organisation_name
    when = summary.started_at
    footer = tr("Report", "{kind} · form {form} version {version} · report created {when}").format(
        kind=kind,
        form=summary.form_id,
        version=summary.form_version,
        when=f"{short_date(created)} {created:%H:%M}",
    )
    document = ReportDocument(
        path,
        title=f"{name}: {summary.kind_label} report, {long_date(when)}",
        author=summary.facilitator or "GAP Field Kit",
        subject=f"{summary.kind_label} of {name} on {long_date(when)}",
        keywords=[summary.kind_label, name, "GAP Field Kit"],
        footer_left=footer,
        header_text=f"{name} · {kind} · {short_date(when)}",
        cover=_draw_cover_band,
    )
    story: list[Flowable] = []
    story += _cover(data)
    story.append(NextPageTemplate("body"))
    story.append(PageBreak())
    story += _summary_page(data)
    story.append(PageBreak())
    story += _section_scores(data)
    if data.result.kind == "cat_readiness" or data.result.readiness is not None:
        story += _readiness(data)
    story += _support_needs(data)
    story += _since_last_time(data)
    story += _action_plan(data)
    funding = funding_page(data.funds, data.offers)
    if funding:
        story.append(PageBreak())
        story += funding
    story.append(PageBreak())
    story += _appendix(data)
    document.build_story(story)


def _draw_cover_band(canvas: Canvas, _doc: object) -> None:
    canvas.saveState()
    band_bottom = PAGE_HEIGHT - MARGIN - 6 * mm - COVER_BAND - 8 * mm
    canvas.setFillColor(ACCENT)
    canvas.rect(0, band_bottom, PAGE_WIDTH, PAGE_HEIGHT - band_bottom, stroke=0, fill=1)
    canvas.setFillColor(ACCENT_DARK)
    canvas.rect(0, band_bottom, PAGE_WIDTH, 3, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor("#cfe3ea"))
    canvas.setFont("GapSans", 8)
    canvas.drawString(MARGIN, PAGE_HEIGHT - MARGIN + 2, "GAP FIELD KIT")
    canvas.restoreState()


def _cover(data: ReportData) -> list[Flowable]:
    s = styles()
    summary = data.detail.summary
    when = summary.started_at
    band = [
        para(kind_words(summary.kind).upper(), s.cover_kind),
        Spacer(1, 6),
        para(summary.organisation_name, s.cover_title, bold=True),
        Spacer(1, 6),
        para(
            tr("Report", "Report of the session on {date}").format(date=long_date(when)),
            s.cover_subtitle,
        ),
    ]
    fitted = KeepInFrame(CONTENT_WIDTH, COVER_BAND, band, mode="shrink", vAlign="BOTTOM")
    flowables: list[Flowable] = [
        Table(
            [[fitted]],
            colWidths=[CONTENT_WIDTH],
            rowHeights=[COVER_BAND],
            style=TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            ),
        ),
        Spacer(1, 20 * mm),
    ]
    organisation = data.organisation
    from desktop.services.organisation_rows import LEGAL_FORM_LABELS

    participants = data.detail.participants
    facts: list[tuple[str, str]] = [
        (tr("Report", "Organisation"), summary.organisation_name),
        (
            tr("Report", "Legal form"),
            LEGAL_FORM_LABELS.get(organisation.get("legal_form") or "", "—"),
        ),
        (tr("Report", "Ward"), organisation.get("ward") or "—"),
        # the stage says what it covered: a CAT step, or a health check's key statements
        (
            tr("Report", "Assessment"),
            f"{kind_words(summary.kind)}: {data.results.result.stage_title}"
            if data.results.result.stage_title
            else kind_words(summary.kind),
        ),
        (tr("Report", "Date"), long_date(when)),
        (tr("Report", "Venue"), summary.venue or "—"),
        (tr("Report", "Facilitator"), summary.facilitator or "—"),
        (tr("Report", "Participants"), _participants_text(participants, summary.mode)),
        (
            tr("Report", "How it was run"),
            tr("Report", "Group session: each person rated, then the group agreed")
            if summary.mode == "group"
            else tr("Report", "Facilitated: one agreed answer per statement"),
        ),
        (tr("Report", "Status"), _status_text(summary.status, summary.completed_at)),
    ]
    rows = [
        [plain_text_cell(label, s.muted), plain_text_cell(value, s.body)] for label, value in facts
    ]
    table = Table(rows, colWidths=[38 * mm, CONTENT_WIDTH - 38 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    flowables.append(table)
    flowables.append(Spacer(1, 10 * mm))
    flowables.append(
        para(
            tr(
                "Report",
                "This report starts with what is strong, then what to develop and the support "
                "on offer, and ends with the action plan and every answer the group agreed. It "
                "is a development tool, not a pass or fail test.",
            ),
            s.body,
        )
    )
    flowables.append(Spacer(1, 4 * mm))
    flowables.append(_scale_legend(data.form))
    return flowables


def _participants_text(participants: Sequence[Any], mode: str) -> str:
    if not participants:
        return (
            tr("Report", "Not recorded") if mode == "facilitated" else tr("Report", "None recorded")
        )
    roles = Counter(p.role for p in participants)
    parts = []
    for role, count in roles.most_common():
        one, many = ROLE_COUNTS.get(role, ("1 " + role, "{count} " + role))
        parts.append(tr("Report", one) if count == 1 else tr("Report", many).format(count=count))
    total = len(participants)
    people = tr("Report", "1 person") if total == 1 else tr("Report", "{count} people")
    return f"{people.format(count=total)} ({', '.join(parts)})"


def _status_text(status: str, completed_at: datetime | None) -> str:
    if status == "completed":
        if completed_at:
            return tr("Report", "Completed {date}").format(date=long_date(completed_at))
        return tr("Report", "Completed")
    return tr("Report", "Draft: the answers may still change")


def _scale_legend(form: FormDefinition) -> Flowable:
    s = styles()
    thresholds = form.thresholds
    cells: list[list[Any]] = []
    scale = [f"<b>{level.level}</b> {level.name}" for level in form.rating_scale]
    cells.append(
        [
            plain_text_cell(tr("Report", "Rating scale"), s.cell_muted),
            para("   ·   ".join(scale), s.cell, raw=True),
        ]
    )
    bands = [
        ("green", tr("Report", "{low} and above").format(low=f"{thresholds.green:.0f}")),
        (
            "amber",
            tr("Report", "{low} to {high}").format(
                low=f"{thresholds.amber:.0f}", high=f"{thresholds.green - 1:.0f}"
            ),
        ),
        ("red", tr("Report", "below {high}").format(high=f"{thresholds.amber:.0f}")),
    ]
    cells.append(
        [
            plain_text_cell(tr("Report", "Scores"), s.cell_muted),
            para(
                _esc(tr("Report", "Each section scores 0 to 100."))
                + "   "
                + "   ·   ".join(f"<b>{_esc(rag_words(rag))}</b> {text}" for rag, text in bands),
                s.cell,
                raw=True,
            ),
        ]
    )
    table = Table(cells, colWidths=[26 * mm, CONTENT_WIDTH - 26 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


# -- summary -----------------------------------------------------------------------------------


def _rag_chip(rag: str | None) -> str:
    if rag is None:
        return tr("Report", "Not scored")
    return rag_words(rag)


def _tied_groups(sections: list[Any]) -> list[list[Any]]:
    """Runs of sections with the same score, in order."""
    groups: list[list[Any]] = []
    for section in sections:
        if groups and abs((groups[-1][0].score or 0.0) - (section.score or 0.0)) < 1e-9:
            groups[-1].append(section)
        else:
            groups.append([section])
    return groups


def _and_list(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " " + _esc(tr("Report", "and")) + " " + items[-1]


def _summary_page(data: ReportData) -> list[Flowable]:
    s = styles()
    result = data.result
    flowables: list[Flowable] = [heading(tr("Report", "Summary"), s.h1)]
    cards: list[Any] = [_score_card(result)]
    if result.readiness is not None:
        cards.append(_verdict_card(result))
    previous_result = data.results.previous_result
    if previous_result is not None and data.results.previous is not None:
        cards.append(_change_card(result, previous_result, data.results.previous.started_at))
    while len(cards) < 2:
        cards.append("")
    widths = [CONTENT_WIDTH / len(cards)] * len(cards)
    row = Table([cards], colWidths=widths, hAlign="LEFT")
    row.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    flowables.append(row)

    flowables.append(heading(tr("Report", "What's strong"), s.h2, level=1))
    strengths = result.strengths
    if strengths.sections:
        # Sections tied on score share one line, so a tie reads as a tie and stays short.
        for group in _tied_groups(strengths.sections):
            names = _and_list([f"<b>{_esc(section.title)}</b>" for section in group])
            flowables.append(
                para(
                    _esc_format(
                        tr("Report", "{sections} scored {score} out of 100.")
                        if len(group) == 1
                        else tr("Report", "{sections} each scored {score} out of 100."),
                        sections=names,
                        score=score_text(group[0].score),
                    ),
                    s.bullet,
                    raw=True,
                )
            )
            flowables[-1].bulletText = "•"
    statements = strengths.statements[:4]
    if statements:
        flowables.append(Spacer(1, 3))
        flowables.append(para(tr("Report", "Statements the group rated highly:"), s.muted))
        for statement in statements:
            question = data.form.question(statement.question_id)
            answer, _detail = answer_text(question, statement.answer, data.form)
            bullet = para(f"{statement.text} ({answer})", s.bullet)
            bullet.bulletText = "•"
            flowables.append(bullet)
    if not strengths.sections and not statements:
        flowables.append(
            para(
                tr(
                    "Report",
                    "No section scored highly yet. Every group starts somewhere: the action plan "
                    "shows the first steps and the support on offer.",
                ),
                s.body,
            )
        )

    previous = data.results.previous
    previous_result = data.results.previous_result
    # A section with nothing scored (all "don't know", or not asked) is left off the chart,
    # as the app does: drawn as 0 it would pull the shape into the centre.
    scored = radar_sections(result)
    axes = [section.title for section in scored]
    current = RadarSeries(
        tr("Report", "This assessment ({date})").format(
            date=short_date(data.detail.summary.started_at)
        ),
        [section.score for section in scored],
    )
    before = None
    if previous is not None and previous_result is not None:
        by_id = {section.id: section.score for section in previous_result.sections}
        before = RadarSeries(
            tr("Report", "Previous ({date})").format(date=short_date(previous.started_at)),
            [by_id.get(section.id) for section in scored],
        )
    chart = radar_chart(axes, current, before, width=CONTENT_WIDTH, height=96 * mm)
    flowables.append(Spacer(1, 4))
    flowables.append(
        KeepTogether([heading(tr("Report", "Scores by section"), s.h2, level=1), chart])
    )

    develop = result.areas_to_develop.sections[:3]
    if develop:
        flowables.append(heading(tr("Report", "What to develop next"), s.h2, level=1))
        for section in develop:
            bullet = para(
                _esc_format(
                    tr("Report", "{section}: {score} out of 100"),
                    section=f"<b>{_esc(section.title)}</b>",
                    score=score_text(section.score),
                ),
                s.bullet,
                raw=True,
            )
            bullet.bulletText = "•"
            flowables.append(bullet)
        if result.support_needs:
            themes = ", ".join(tr("Themes", need.theme) for need in result.support_needs[:6])
            flowables.append(Spacer(1, 3))
            flowables.append(
                para(
                    tr(
                        "Report", "Support on offer for: {themes}. See the pages that follow."
                    ).format(themes=themes),
                    s.muted,
                )
            )
    return flowables


def _esc(text: str) -> str:
    return markup(text)


def _esc_format(template: str, **values: str) -> str:
    """A translated template as markup, its {fields} filled with markup: the words are escaped
    (and given their script's font) piece by piece, so a field is never cut by a font tag."""
    out = []
    for literal, field, _spec, _conversion in string.Formatter().parse(template):
        if literal:
            out.append(_esc(literal))
        if field is not None:
            out.append(values[field])
    return "".join(out)


def _card(title: str, big: str, words: str, rag: str | None) -> Table:
    s = styles()
    border, fill = RAG_COLOURS.get(rag or "", (ACCENT, ACCENT_LIGHT))
    content = [
        [para(title, s.muted)],
        [para(big, _coloured(s.big_number, border), raw=True)],
        [para(words, s.body, bold=True)],
    ]
    card = Table(content, colWidths=[None])
    card.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 4, border),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
            ]
        )
    )
    return card


def _score_card(result: AssessmentResult) -> Table:
    score = result.overall_score
    big = "—" if score is None else f'{score:.0f}<font size="11" color="#5f6b73"> / 100</font>'
    return _card(
        tr("Report", "Overall score"), big, _rag_chip(result.overall_rag), result.overall_rag
    )


def _change_card(
    result: AssessmentResult, previous: AssessmentResult | StoredScores, when: datetime
) -> Table:
    now, before = result.overall_score, previous.overall_score
    change = _change(now, before)
    improved = sum(
        1
        for section in result.sections
        for old in previous.sections
        if old.id == section.id and (score_change(section.score, old.score) or 0) > 0
    )
    words = (
        tr("Report", "1 section improved")
        if improved == 1
        else tr("Report", "{count} sections improved").format(count=improved)
    )
    title = tr("Report", "Since {date} (was {score})").format(
        date=long_date(when), score=score_text(before)
    )
    return _card(title, change, words, None)


def _verdict_card(result: AssessmentResult) -> Table:
    verdict = result.readiness or "—"
    rag = VERDICT_RAG.get(verdict)
    unmet = len(result.unmet_gateways)
    if not unmet:
        words = tr("Report", "Every condition is met")
    elif unmet == 1:
        words = tr("Report", "1 condition not met yet")
    else:
        words = tr("Report", "{count} conditions not met yet").format(count=unmet)
    if result.stage_title:
        words = f"{result.stage_title}: {words}"
    shown = _esc(verdict_words(verdict))
    return _card(tr("Report", "CAT readiness"), f'<font size="17">{shown}</font>', words, rag)


# -- section scores ----------------------------------------------------------------------------


def _section_scores(data: ReportData) -> list[Flowable]:
    s = styles()
    result = data.result
    previous = data.results.previous_result
    before = {section.id: section.score for section in previous.sections} if previous else {}
    headers = [
        tr("Report", "Section"),
        tr("Report", "Score"),
        tr("Report", "Band"),
        tr("Report", "Answered"),
    ]
    if previous is not None:
        headers[2:2] = [tr("Report", "Before"), tr("Report", "Change")]
    rows: list[list[Any]] = []
    extra: list[tuple[Any, ...]] = []
    for index, section in enumerate(result.sections, start=1):
        band_cell = plain_text_cell(_rag_chip(section.rag), s.cell_bold)
        row: list[Any] = [
            plain_text_cell(section.title, s.cell),
            plain_text_cell(score_text(section.score), s.cell_right, bold=True),
        ]
        if previous is not None:
            old = before.get(section.id)
            row.append(plain_text_cell(score_text(old), s.cell_right))
            row.append(plain_text_cell(_change(section.score, old), s.cell_right))
        row.append(band_cell)
        answered = tr("Report", "{answered} of {total}").format(
            answered=section.answered, total=section.total
        )
        if section.dont_know:
            answered += " " + tr("Report", "({count} don't know)").format(count=section.dont_know)
        row.append(plain_text_cell(answered, s.cell_muted))
        rows.append(row)
        if section.rag:
            text, fill = RAG_COLOURS[section.rag]
            band_column = len(row) - 2
            extra.append(("BACKGROUND", (band_column, index), (band_column, index), fill))
            extra.append(("TEXTCOLOR", (band_column, index), (band_column, index), text))
            band_cell.style = _coloured(s.cell_bold, text)
    if previous is not None:
        widths = [70 * mm, 16 * mm, 16 * mm, 16 * mm, 28 * mm]
    else:
        widths = [90 * mm, 18 * mm, 32 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    table = data_table(headers, rows, widths, extra=extra)
    intro = tr(
        "Report",
        "Each section's score is the average of its agreed answers, from 0 to 100. "
        "“Don't know” answers are not scored.",
    )
    if previous is not None:
        intro += " " + tr("Report", "“Before” is the previous {kind} on {date}.").format(
            kind=kind_in_sentence(data.detail.summary.kind),
            date=long_date(data.results.previous.started_at),  # type: ignore[union-attr]
        )
    return [
        heading(tr("Report", "Section by section"), s.h1),
        para(intro, s.body),
        Spacer(1, 6),
        table,
    ]


_coloured_cache: dict[tuple[str, str], Any] = {}


def _coloured(style: Any, colour: Any) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    key = (style.name, colour.hexval())
    found = _coloured_cache.get(key)
    if found is None:
        found = _coloured_cache[key] = ParagraphStyle(
            f"{style.name}-{colour.hexval()}", parent=style, textColor=colour
        )
    return found


def _change(now: float | None, before: float | None) -> str:
    """The PDF's words for `score_change` (the screen's are in desktop/ui/format.py)."""
    delta = score_change(now, before)
    if delta is None:
        return "—"
    if delta == 0:
        return tr("Report", "same")
    return f"+{delta}" if delta > 0 else f"−{abs(delta)}"


# -- CAT readiness -----------------------------------------------------------------------------


def _readiness(data: ReportData) -> list[Flowable]:
    s = styles()
    result = data.result
    verdict = result.readiness or "Not assessed"
    rag = VERDICT_RAG.get(verdict)
    shown_verdict = verdict_words(verdict)
    text_colour, fill = RAG_COLOURS.get(rag or "", (ACCENT, ACCENT_LIGHT))
    if verdict == "Ready":
        explanation = tr(
            "Report",
            "Every condition of this stage is met and every section reached the readiness level.",
        )
    elif verdict == "Ready with support":
        titles = [data.result.section(sid).title for sid in result.sections_below_ready]
        explanation = tr(
            "Report",
            "Every condition of this stage is met. With support, these sections can reach the "
            "readiness level: {sections}.",
        ).format(sections=", ".join(titles))
    else:
        explanation = tr(
            "Report",
            "Some conditions must be met at this stage of the transfer, and these are not met "
            "yet. They are the first things to work on, with the council's support.",
        )
    if result.stage_title:
        stage = tr("Report", "Stage: {stage}.").format(stage=result.stage_title)
        explanation = f"{stage} {explanation}"
    box = Table(
        [
            [plain_text_cell(shown_verdict, _coloured(s.verdict, text_colour))],
            [plain_text_cell(explanation, s.body)],
        ],
        colWidths=[CONTENT_WIDTH],
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), fill),
                ("LINEBEFORE", (0, 0), (0, -1), 4, text_colour),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
            ]
        )
    )
    flowables: list[Flowable] = [
        CondPageBreak(60 * mm),
        heading(tr("Report", "Community Asset Transfer readiness"), s.h1),
        box,
    ]
    if result.unmet_gateways:
        flowables.append(heading(tr("Report", "Conditions not met yet"), s.h2, level=1))
        rows = [
            [
                plain_text_cell(gateway.text, s.cell),
                plain_text_cell(
                    tr("Report", GATEWAY_REASONS.get(gateway.reason, gateway.reason)), s.cell
                ),
            ]
            for gateway in result.unmet_gateways
        ]
        flowables.append(
            data_table(
                [tr("Report", "Condition"), tr("Report", "Where it stands")],
                rows,
                [CONTENT_WIDTH - 45 * mm, 45 * mm],
            )
        )
    met = [gateway for gateway in result.gateways if gateway.met]
    if met:
        flowables.append(Spacer(1, 6))
        flowables.append(
            para(
                tr("Report", "{met} of {total} conditions are met.").format(
                    met=len(met), total=len(result.gateways)
                ),
                s.muted,
            )
        )
    return flowables


# -- support needs -----------------------------------------------------------------------------


def _support_needs(data: ReportData) -> list[Flowable]:
    s = styles()
    needs = data.result.support_needs
    flowables: list[Flowable] = [
        CondPageBreak(50 * mm),
        heading(tr("Report", "Support on offer"), s.h1),
    ]
    if not needs:
        flowables.append(para(tr("Report", "No answer asked for support this time."), s.body))
        return flowables
    flowables.append(
        para(
            tr(
                "Report",
                "These themes came up in the answers. Next to each is the support the council "
                "and its partners offer; most of it is free to community groups.",
            ),
            s.body,
        )
    )
    for need in sorted(needs, key=lambda n: n.theme):
        block: list[Flowable] = [heading(theme_name(need.theme), s.h3, level=1)]
        offers = [offer for offer in need.offers]
        lines: list[list[Any]] = []
        for offer in offers:
            details = [part for part in (offer.contact, offer.url) if part]
            # In the session's language where the council's file has it, as on the screen.
            text = f"<b>{_esc(offer.provider.get(data.language))}</b>"
            if offer.what:
                text += f": {_esc(offer.what.get(data.language))}"
            if details:
                text += f' <font color="#5f6b73">({_esc(", ".join(details))})</font>'
            lines.append([para(text, s.cell, raw=True)])
        for extra in need.extra_offers:
            lines.append([plain_text_cell(extra, s.cell)])
        raised = statements_text([question.text for question in need.questions])
        table_rows = [
            [
                plain_text_cell(tr("Report", "Support"), s.cell_muted),
                [para_row[0] for para_row in lines]
                or plain_text_cell(tr("Report", "Ask your development worker."), s.cell),
            ],
            [
                plain_text_cell(tr("Report", "Raised by"), s.cell_muted),
                plain_text_cell(raised, s.cell_muted),
            ],
        ]
        table = Table(table_rows, colWidths=[22 * mm, CONTENT_WIDTH - 22 * mm], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ]
            )
        )
        block.append(table)
        flowables.append(KeepTogether(block))
    return flowables


# -- since last time ---------------------------------------------------------------------------

OUTCOME_WORDS = {
    "done": tr_noop("Report", "done"),
    "doing": tr_noop("Report", "in progress"),
    "dropped": tr_noop("Report", "dropped"),
}
OUTCOME_CELLS = {
    "done": tr_noop("Report", "Done"),
    "doing": tr_noop("Report", "In progress"),
    "dropped": tr_noop("Report", "Dropped"),
}


def _since_last_time(data: ReportData) -> list[Flowable]:
    """The previous plan's actions and what became of each (nothing without a previous plan)."""
    since = data.since_last_time
    if since is None or not since.actions:
        return []
    s = styles()
    flowables: list[Flowable] = [
        CondPageBreak(50 * mm),
        heading(tr("Report", "Since last time"), s.h1),
    ]
    if since.earlier_started_at is not None:
        counts = since.counts()
        parts = [
            tr("Report", "{count} {outcome}").format(count=counts[key], outcome=tr("Report", word))
            for key, word in OUTCOME_WORDS.items()
        ]
        if since.outstanding:
            parts.append(tr("Report", "{count} not reviewed").format(count=since.outstanding))
        flowables.append(
            para(
                tr(
                    "Report", "The actions agreed on {date}, and what became of them: {counts}."
                ).format(date=long_date(since.earlier_started_at), counts=", ".join(parts)),
                s.body,
            )
        )
    headers = [
        "",
        tr("Report", "What was agreed"),
        tr("Report", "Who"),
        tr("Report", "Since then"),
        tr("Report", "Note"),
    ]
    widths = [8 * mm, 62 * mm, 26 * mm, 22 * mm, 0]
    widths[4] = CONTENT_WIDTH - sum(widths)
    run = TableRun(flowables, headers, widths)
    for number, action in enumerate(since.actions, start=1):
        run.add(
            [
                plain_text_cell(str(number), s.cell_muted),
                plain_text_cell(_clipped(action.what), s.cell),
                plain_text_cell(action.who or "—", s.cell),
                plain_text_cell(
                    tr("Report", OUTCOME_CELLS.get(action.outcome or "", "Not reviewed")), s.cell
                ),
                plain_text_cell(_clipped(action.note or "—"), s.cell_muted),
            ]
        )
    run.flush()
    return flowables


def _clipped(text: str) -> str:
    """A table cell can't break over a page: a very long text is cut with an ellipsis (the
    whole text is in the earlier report's action plan)."""
    return text if len(text) <= LONG_TEXT else text[:LONG_TEXT].rstrip() + "…"


# -- action plan -------------------------------------------------------------------------------


def _action_plan(data: ReportData) -> list[Flowable]:
    s = styles()
    if not data.actions:
        # A heading and one line: kept on the page before when there is room for them, so an
        # empty plan never takes a page of its own.
        return [
            CondPageBreak(22 * mm),
            heading(tr("Report", "Action plan"), s.h1),
            para(tr("Report", "No actions were agreed in this session yet."), s.body),
        ]
    flowables: list[Flowable] = [CondPageBreak(50 * mm), heading(tr("Report", "Action plan"), s.h1)]
    headers = [
        "",
        tr("Report", "What"),
        tr("Report", "Who"),
        tr("Report", "By when"),
        tr("Report", "Support"),
        tr("Report", "Status"),
    ]
    # "What" is the widest column: it holds the action itself.
    widths = [8 * mm, 74 * mm, 22 * mm, 20 * mm, 0, 18 * mm]
    widths[4] = CONTENT_WIDTH - sum(widths)
    run = TableRun(flowables, headers, widths)

    for number, action in enumerate(data.actions, start=1):
        if len(action.what) > LONG_TEXT:
            run.flush()
            flowables.append(Spacer(1, 4))
            flowables.append(
                para(tr("Report", "Action {number}").format(number=number), s.h3, bold=True)
            )
            flowables += _long_text(action.what, s.body)
            facts = " · ".join(
                part
                for part in (
                    tr("Report", "Who: {who}").format(who=action.who) if action.who else "",
                    tr("Report", "By {date}").format(date=long_date(action.due_date))
                    if action.due_date
                    else "",
                    tr("Report", "Support: {offer}").format(offer=action.support_offer)
                    if action.support_offer
                    else "",
                    tr("Report", STATUS_WORDS.get(action.status, action.status)),
                )
                if part
            )
            flowables.append(para(facts, s.muted))
            continue
        run.add(
            [
                plain_text_cell(str(number), s.cell_muted),
                plain_text_cell(action.what, s.cell),
                plain_text_cell(action.who or "—", s.cell),
                plain_text_cell(short_date(action.due_date) if action.due_date else "—", s.cell),
                plain_text_cell(
                    action.support_offer or (tr("Themes", action.theme) if action.theme else "—"),
                    s.cell_muted,
                ),
                plain_text_cell(
                    tr("Report", STATUS_WORDS.get(action.status, action.status)), s.cell
                ),
            ]
        )
    run.flush()
    return flowables


def _long_text(text: str, style: Any) -> list[Flowable]:
    """Long text as one paragraph per line block, so it can flow over any number of pages."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n")]
    return [para(block, style) for block in blocks if block] or [para("", style)]


# -- appendix ----------------------------------------------------------------------------------


def answer_text(question: Question, value: Any, form: FormDefinition) -> tuple[str, str]:
    """An answer as words: (the answer, a detail such as the rubric line for that level)."""
    if value is None:
        return tr("Report", "Not answered"), ""
    if value is DONT_KNOW:
        return form.dont_know_label, ""
    if value == NOT_APPLICABLE:
        return tr("Report", "Not applicable"), ""
    if question.type == "rating" and isinstance(value, int):
        names = {level.level: level.name for level in form.rating_scale}
        rubric = ""
        if question.levels and 1 <= value <= len(question.levels):
            rubric = question.levels[value - 1]
        return f"{value} · {names.get(value, '')}".strip(" ·"), rubric
    if question.type in ("yes_no_partly", "choice") and isinstance(value, str):
        option = question.option(value)
        return (option.label if option else value), ""
    if question.type == "multi_choice" and isinstance(value, list):
        labels = []
        for item in value:
            option = question.option(str(item))
            labels.append(option.label if option else str(item))
        return ", ".join(labels) or tr("Report", "None chosen"), ""
    if question.type == "number":
        number = f"{value:g}" if isinstance(value, float) else str(value)
        return f"{number} {question.unit}".strip() if question.unit else number, ""
    if question.type == "date":
        try:
            return long_date(date.fromisoformat(str(value))), ""
        except ValueError:
            return str(value), ""
    return str(value), ""


def spread_text(spread: RatingSpread, form: FormDefinition) -> str:
    """A small text histogram of a group's ratings: one dot per person at each level."""
    lines = []
    for level in sorted(spread.counts):
        count = spread.counts[level]
        dots = "●" * count if count else "–"
        lines.append(f"{level}  {dots}")
    others = []
    if spread.dont_know:
        others.append(f"{form.dont_know_label}: {len(spread.dont_know)}")
    if spread.not_applicable:
        others.append(f"n/a: {len(spread.not_applicable)}")
    text = "\n".join(lines)
    if others:
        text += "\n" + ", ".join(others)
    return text


def _appendix(data: ReportData) -> list[Flowable]:
    s = styles()
    group = data.detail.summary.mode == "group"
    spreads = data.results.spreads
    flowables: list[Flowable] = [
        heading(tr("Report", "Appendix: every statement and answer"), s.h1),
        para(
            tr(
                "Report",
                "The agreed answer to every statement shown in this session, with how people "
                "rated it before agreeing (one dot per person at each level), and the notes the "
                "group made.",
            )
            if group
            else tr(
                "Report",
                "The agreed answer to every statement shown in this session, and the notes the "
                "group made.",
            ),
            s.body,
        ),
    ]
    shown_ids = {question.id for question in data.shown}
    if group:
        widths = [CONTENT_WIDTH * 0.50, CONTENT_WIDTH * 0.30, CONTENT_WIDTH * 0.20]
        headers = [
            tr("Report", "Statement"),
            tr("Report", "Agreed answer"),
            tr("Report", "How people rated"),
        ]
    else:
        widths = [CONTENT_WIDTH * 0.58, CONTENT_WIDTH * 0.42]
        headers = [tr("Report", "Statement"), tr("Report", "Agreed answer")]
    for section in data.form.sections:
        questions = [q for q in section.questions if q.id in shown_ids]
        if not questions:
            continue
        section_result = data.result.section(section.id)
        title = section.title
        if section_result.score is not None:
            title_line = (
                f"{title} — {score_text(section_result.score)} "
                f"({_rag_chip(section_result.rag).lower()})"
            )
        else:
            title_line = title
        section_heading = para(title_line, s.h2, bold=True)
        section_heading._outline = (title, 1, None)
        parts: list[Flowable] = []
        run = TableRun(parts, headers, widths, zebra=False)

        for question in questions:
            value = data.answers.get(question.id)
            answer, detail = answer_text(question, value, data.form)
            long_answer = question.type == "text" and len(answer) > LONG_TEXT
            # One cell of stacked text (a line break apart) lays out faster than a list of
            # paragraphs; plain text is drawn as lines, looking as the Paragraph did.
            if long_answer:
                answer_cell = plain_text_cell(tr("Report", "See below"), s.cell_muted)
            elif value is None:
                answer_cell = plain_text_cell(answer, s.cell_muted)
            else:
                answer_pieces = [Piece(answer, bold=True)]
                if detail:
                    answer_pieces.append(Piece(detail, muted=True))
                answer_cell = plain_cell(answer_pieces, s.cell)
            statement = [Piece(question.text)]
            if question.gateway:
                statement.append(Piece(tr("Report", "Gateway criterion"), muted=True))
            row: list[Any] = [plain_cell(statement, s.cell), answer_cell]
            if group:
                spread = spreads.get(question.id)
                if spread is not None and spread.rated + len(spread.dont_know) > 0:
                    spread_pieces = [Piece(spread_text(spread, data.form), muted=True)]
                    if spread.discuss:
                        spread_pieces.append(Piece(tr("Report", "Talked about"), bold=True))
                    row.append(plain_cell(spread_pieces, s.cell))
                else:
                    row.append(plain_text_cell("", s.cell))
            note = data.notes.get(question.id)
            long_note = note is not None and len(note) > LONG_TEXT
            if note and not long_note:
                label = _esc(tr("Report", "Note:"))
                run.add(row, note=para(f"<b>{label}</b> {_esc(note)}", s.note, raw=True))
            else:
                run.add(row)
            if long_answer or long_note:
                run.flush()
                if long_answer:
                    parts.append(para(tr("Report", "Answer"), s.h3, bold=True))
                    parts += _long_text(answer, s.note)
                if long_note:
                    parts.append(para(tr("Report", "Note"), s.h3, bold=True))
                    parts += _long_text(note or "", s.note)
                parts.append(Spacer(1, 4))
        run.flush()
        flowables.append(CondPageBreak(40 * mm))
        flowables.append(section_heading)
        flowables += parts
    notes = data.detail.notes
    if notes:
        flowables.append(heading(tr("Report", "Notes on the session"), s.h2, level=1))
        flowables += _long_text(notes, s.body)
    return flowables
