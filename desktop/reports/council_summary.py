"""The council summary PDF: organisations by legal form and ward, CAT readiness verdicts, the
most common support needs, and every organisation with its latest scores."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

# isort: off
import desktop.reports.reportlab_lazily  # noqa: F401  (first: reportlab imported lazily)

# isort: on
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from desktop.format import score_text
from desktop.reports.funding import funding_readiness
from desktop.reports.layout import (
    ACCENT,
    ACCENT_LIGHT,
    CONTENT_WIDTH,
    RAG_COLOURS,
    RAG_WORDS,
    VERDICT_RAG,
    ReportDocument,
    data_table,
    heading,
    long_date,
    para,
    short_date,
    styles,
    write_atomically,
)
from desktop.reports.text_table import Cell, TextTable
from desktop.services.council.summary import (
    CouncilQueries,
    CouncilSummary,
    LatestAssessment,
    OrganisationScores,
)
from sync._gc import gc_paused

if TYPE_CHECKING:
    from desktop.services import Services
    from desktop.services.funds import FundingReadiness

VERDICT_ORDER = ("Ready", "Ready with support", "Not yet ready")


def write_council_summary(
    services: Services,
    out_path: Path | str,
    *,
    ward: str | None = None,
    since: date | None = None,
    until: date | None = None,
    now: datetime | None = None,
    approved_only: bool = True,
) -> Path:
    """Write the council summary of all organisations, one ward, or a date range; only work
    council staff approved counts unless `approved_only` is False.

    The cycle collector waits meanwhile: at council scale the rows, their layout and the
    pages are hundreds of thousands of small objects without cycles, and each collection
    walked them all again (about a quarter of the time at 20,000 assessments)."""
    with gc_paused():
        summary = CouncilQueries(services.store, approved_only=approved_only).summary(
            ward=ward, since=since, until=until
        )
        created = now or datetime.now().astimezone()
        readiness = _funding_readiness(services, ward, created.date(), approved_only)
        return write_atomically(out_path, lambda path: _build(summary, path, created, readiness))


def _funding_readiness(
    services: Services, ward: str | None, today: date, approved_only: bool = True
) -> FundingReadiness | None:
    """The funding readiness table (None, and no such page, if no funds file loads)."""
    from desktop.errors import UserError
    from forms.loader import FormError

    try:
        return services.funds.readiness(
            wards=[ward] if ward else None, today=today, approved_only=approved_only
        )
    except (UserError, FormError):
        return None


def scope_text(summary: CouncilSummary) -> str:
    parts = [f"Ward: {summary.ward}" if summary.ward else "All wards"]
    if summary.since and summary.until:
        parts.append(f"assessments from {long_date(summary.since)} to {long_date(summary.until)}")
    elif summary.since:
        parts.append(f"assessments from {long_date(summary.since)}")
    elif summary.until:
        parts.append(f"assessments up to {long_date(summary.until)}")
    return " · ".join(parts)


def counting_text(summary: CouncilSummary) -> str:
    """Which work the figures count, said on the page so a reader never has to guess."""
    if not summary.approved_only:
        return "Counts every completed assessment, approved by council staff or not."
    if summary.not_counted:
        return (
            f"Counts only work approved by council staff; {summary.not_counted} completed "
            f"assessment{'s' if summary.not_counted != 1 else ''} not yet approved (received, "
            "resubmitted, with issues or rejected) left out."
        )
    return "Counts only work approved by council staff."


def _build(
    summary: CouncilSummary,
    path: str,
    created: datetime,
    readiness: FundingReadiness | None = None,
) -> None:
    s = styles()
    scope = scope_text(summary)
    document = ReportDocument(
        path,
        title=f"Council summary: {scope}",
        author="GAP Field Kit",
        subject=f"Community organisations and their assessments ({scope})",
        keywords=["council summary", "GAP Field Kit"],
        footer_left=f"Council summary · {scope} · created {created:%d %b %Y %H:%M}",
        header_text=f"Council summary · {scope}",
    )
    story: list[Flowable] = [
        heading("Council summary", s.title),
        para(
            f"{scope}. Latest completed assessment of each organisation; "
            f"created {long_date(created)}.",
            s.muted,
        ),
        para(counting_text(summary), s.muted),
        Spacer(1, 8),
        _figures(summary),
        Spacer(1, 4),
    ]
    story += _counts_by_legal_form(summary)
    story += _verdicts(summary)
    story += _support_needs(summary)
    story += _counts_by_ward(summary)
    story += funding_readiness(readiness)
    story += _organisations_table(summary)
    document.build_story(story)


def _figures(summary: CouncilSummary) -> Table:
    s = styles()
    figures = [
        ("Organisations", len(summary.organisations)),
        ("With a health check", summary.health_checks),
        ("With a CAT assessment", summary.cat_assessments),
        ("Completed assessments", summary.assessments_in_range),
    ]
    row = [
        Table([[para(str(value), s.big_number)], [para(label, s.muted)]])
        for label, value in figures
    ]
    table = Table([row], colWidths=[CONTENT_WIDTH / 4] * 4, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                ("LINEAFTER", (0, 0), (-2, -1), 2, colors.white),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return table


def _bar(share: float, width: float = 40 * mm, colour: Any = ACCENT) -> Drawing:
    drawing = Drawing(width, 8)
    drawing.add(Rect(0, 1, width, 6, fillColor=ACCENT_LIGHT, strokeColor=None))
    drawing.add(Rect(0, 1, max(0.5, width * share), 6, fillColor=colour, strokeColor=None))
    return drawing


def _count_table(
    title_column: str, counts: list[tuple[str, int]], total: int, colour: Any = ACCENT
) -> Table:
    s = styles()
    rows = []
    for label, count in counts:
        share = count / total if total else 0.0
        rows.append(
            [
                para(label, s.cell),
                para(str(count), s.cell_right, bold=True),
                para(f"{share:.0%}", s.cell_right),
                _bar(share, colour=colour),
            ]
        )
    widths = [CONTENT_WIDTH - 30 * mm - 44 * mm, 15 * mm, 15 * mm, 44 * mm]
    return data_table(
        [title_column, "Count", "Share", ""],
        rows,
        widths,
        long=True,
        extra=[("VALIGN", (3, 1), (3, -1), "MIDDLE")],
    )


def _counts_by_legal_form(summary: CouncilSummary) -> list[Flowable]:
    s = styles()
    total = len(summary.organisations)
    if not total:
        return [para("No organisations match this selection.", s.body)]
    return [
        heading("Organisations by legal form", s.h1),
        _count_table("Legal form", list(summary.by_legal_form.items()), total),
    ]


def _counts_by_ward(summary: CouncilSummary) -> list[Flowable]:
    s = styles()
    total = len(summary.organisations)
    if not total:
        return []
    return [
        CondPageBreak(60 * mm),
        heading("Organisations by ward", s.h1),
        _count_table("Ward", list(summary.by_ward.items()), total),
    ]


def _verdicts(summary: CouncilSummary) -> list[Flowable]:
    s = styles()
    flowables: list[Flowable] = [CondPageBreak(50 * mm), heading("CAT readiness verdicts", s.h1)]
    total = sum(summary.verdicts.values())
    if not total:
        flowables.append(para("No CAT readiness assessment in this selection.", s.body))
        return flowables
    rows = []
    extra = []
    for index, verdict in enumerate(VERDICT_ORDER, start=1):
        count = summary.verdicts.get(verdict, 0)
        text, fill = RAG_COLOURS[VERDICT_RAG[verdict]]
        rows.append(
            [
                para(verdict, s.cell_bold),
                para(str(count), s.cell_right, bold=True),
                para(f"{count / total:.0%}", s.cell_right),
                _bar(count / total, colour=text),
            ]
        )
        extra.append(("BACKGROUND", (0, index), (0, index), fill))
    widths = [CONTENT_WIDTH - 30 * mm - 44 * mm, 15 * mm, 15 * mm, 44 * mm]
    flowables.append(
        data_table(
            ["Verdict", "Count", "Share", ""],
            rows,
            widths,
            extra=[*extra, ("VALIGN", (3, 1), (3, -1), "MIDDLE")],
        )
    )
    return flowables


def _support_needs(summary: CouncilSummary) -> list[Flowable]:
    s = styles()
    flowables: list[Flowable] = [
        CondPageBreak(60 * mm),
        heading("Most common support needs", s.h1),
    ]
    if not summary.support_needs:
        flowables.append(para("No support needs were raised in this selection.", s.body))
        return flowables
    from forms.support import load_support_offers

    catalogue = load_support_offers()
    assessed = sum(1 for row in summary.organisations if row.health_check or row.cat_readiness)
    flowables.append(
        para(
            f"How many of the {assessed} assessed organisations raised each theme in their "
            "latest assessments, with the support on offer for it.",
            s.body,
        )
    )
    flowables.append(Spacer(1, 4))
    rows = []
    for theme, count in summary.support_needs[:15]:
        offers = "; ".join(offer.provider for offer in catalogue.offers_for(theme)) or "—"
        rows.append(
            [
                para(theme[:1].upper() + theme[1:], s.cell_bold),
                para(str(count), s.cell_right, bold=True),
                para(f"{count / assessed:.0%}" if assessed else "—", s.cell_right),
                para(offers, s.cell_muted),
            ]
        )
    widths = [46 * mm, 26 * mm, 16 * mm, CONTENT_WIDTH - 88 * mm]
    flowables.append(
        data_table(["Theme", "Organisations", "Share", "Support on offer"], rows, widths)
    )
    return flowables


def _health_text(latest: LatestAssessment | None) -> str:
    if latest is None:
        return "—"
    band = RAG_WORDS.get(latest.overall_rag or "", "not scored")
    return f"{score_text(latest.overall_score)} · {band.lower()}"


def _organisations_table(summary: CouncilSummary) -> list[Flowable]:
    s = styles()
    if not summary.organisations:
        return []
    headers = ["Organisation", "Ward", "Legal form", "Health check", "CAT readiness"]
    widths = [52 * mm, 28 * mm, 34 * mm, 30 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    return [
        CondPageBreak(80 * mm),
        heading("Organisations and their latest scores", s.h1),
        TextTable(
            [[(header, s.header_cell)] for header in headers],
            [_organisation_row(row) for row in summary.organisations],
            widths,
        ),
    ]


def _organisation_row(row: OrganisationScores) -> list[Cell]:
    s = styles()
    health = row.health_check
    cat = row.cat_readiness
    health_cell = [(_health_text(health), s.cell)]
    if health is not None:
        health_cell.append((short_date(health.started_at), s.cell_muted))
    cat_cell = [(cat.readiness or "—" if cat else "—", s.cell)]
    if cat is not None:
        cat_cell.append((short_date(cat.started_at), s.cell_muted))
    return [
        [(row.name, s.cell_bold)],
        [(row.ward or "—", s.cell)],
        [(row.legal_form_label, s.cell_muted)],
        health_cell,
        cat_cell,
    ]
