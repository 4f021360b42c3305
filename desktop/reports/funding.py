"""Funding pages of the PDFs (issue 21): "Funding you could apply for" in a group's report and
"Funding readiness" in the council summary. Both say eligibility is a guide, never a decision,
with the date of the funds file.

The group's page speaks the report's language (`tr("Report", ...)`, see desktop.reports.words);
what the council wrote in the funds file (names, funders, amounts, reasons) stays as written.
The council summary is English (no report language is set for it)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from desktop.registration.funds import FundCheck, FundsGuide
from desktop.reports.layout import (
    CONTENT_WIDTH,
    data_table,
    fitting_header_style,
    heading,
    long_date,
    para,
    styles,
)
from desktop.reports.plain_text import Piece, plain_cell, plain_text_cell
from desktop.reports.words import current_language, tr
from forms.localised import is_right_to_left

if TYPE_CHECKING:
    from desktop.services.funds import FundingReadiness
    from forms.support import SupportCatalogue

HONESTY_BACKGROUND = colors.HexColor("#fff8e1")
HONESTY_BORDER = colors.HexColor("#e0c46c")
MAX_WARDS_SHOWN = 60


def honesty_box(updated: Any) -> Table:
    """The guide-never-a-decision line with the funds file's date, in a pale box."""
    s = styles()
    text = (
        tr("Report", "Eligibility here is a guide, never a decision: the funder decides.")
        + " "
        + tr("Report", "Funds file last updated {date}.").format(date=long_date(updated))
    )
    box = Table([[para(text, s.small)]], colWidths=[CONTENT_WIDTH], hAlign="LEFT")
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HONESTY_BACKGROUND),
                ("BOX", (0, 0), (-1, -1), 0.6, HONESTY_BORDER),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return box


def _deadline(check: FundCheck) -> str:
    fund = check.fund
    if fund.deadlines == "rolling":
        return tr("Report", "Apply any time")
    if check.next_deadline is not None:
        return tr("Report", "Next deadline {date}").format(date=long_date(check.next_deadline))
    if fund.deadlines:
        return tr("Report", "Closed on {date}").format(date=long_date(max(fund.deadlines)))
    return tr("Report", "Closed")


def _fund_cell(check: FundCheck) -> list[Any]:
    s = styles()
    fund = check.fund
    cell = [
        # falls back to the markup it always had (escaped only, no script runs)
        plain_cell(
            [Piece(fund.name, bold=True)],
            s.cell,
            partial(para, f"<b>{_esc(fund.name)}</b>", s.cell, raw=True),
        ),
        plain_text_cell(fund.funder, s.cell_muted),
    ]
    if fund.link:
        cell.append(plain_text_cell(fund.link, s.cell_muted))
    return cell


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def funding_page(guide: FundsGuide | None, offers: SupportCatalogue | None) -> list[Flowable]:
    """The group's "Funding you could apply for" page (nothing without a funds file)."""
    if guide is None:
        return []
    s = styles()
    flowables: list[Flowable] = [
        heading(tr("Report", "Funding you could apply for"), s.h1),
        honesty_box(guide.updated),
        Spacer(1, 6),
        heading(tr("Report", "Funds you can apply to now"), s.h3, level=1),
    ]
    widths = [70 * mm, 45 * mm, CONTENT_WIDTH - 115 * mm]
    if guide.eligible:
        flowables.append(
            data_table(
                [tr("Report", "Fund"), tr("Report", "Amounts"), tr("Report", "When")],
                [
                    [
                        _fund_cell(c),
                        plain_text_cell(c.fund.amounts, s.cell),
                        plain_text_cell(_deadline(c), s.cell),
                    ]
                    for c in guide.eligible
                ],
                widths,
                long=True,
            )
        )
    else:
        flowables.append(
            para(tr("Report", "None yet: the funds below say what would open them."), s.body)
        )
    flowables.append(heading(tr("Report", "Funds you could apply to after…"), s.h3, level=1))
    if not guide.not_yet:
        flowables.append(para(tr("Report", "Nothing stands in the way of the open funds."), s.body))
    language = current_language()
    # In a right-to-left language the report's own words go on lines of their own: a line
    # mixing them with the council's English would be set right to left and read jumbled.
    apart = is_right_to_left(language)
    for check in guide.not_yet:
        fund = f"<b>{_esc(check.fund.name)}</b> ({_esc(check.fund.funder)}) · {_esc(check.fund.amounts)}"
        block: list[Flowable] = []
        if apart:
            block += [para(fund, s.body, raw=True), para(_deadline(check), s.muted)]
        else:
            block.append(para(f"{fund} · {_esc(_deadline(check))}", s.body, raw=True))
        for unmet in check.unmet:
            help_texts = []
            if unmet.condition.support and offers is not None:
                help_texts = [
                    o.text_in(language) for o in offers.offers_for(unmet.condition.support)[:2]
                ]
            text = f"✗ {_esc(unmet.reason)}"
            words = tr("Report", "Help: {offers}").format(offers="; ".join(help_texts))
            if help_texts and apart:
                block += [para(text, s.bullet, raw=True), para(words, s.muted)]
                continue
            if help_texts:
                text += f'<br/><font color="#5f6b73">{_esc(words)}</font>'
            block.append(para(text, s.bullet, raw=True))
        block.append(Spacer(1, 4))
        flowables.append(KeepTogether(block))
    if guide.closed:
        flowables.append(heading(tr("Report", "Closed for now"), s.h3, level=1))
        for check in guide.closed:
            name = f"{check.fund.name} ({check.fund.funder})"
            if apart:
                flowables += [para(name, s.bullet), para(_deadline(check), s.muted)]
            else:
                flowables.append(para(f"{name}: {_deadline(check)}", s.bullet))
    return flowables


def funding_readiness(table: FundingReadiness | None) -> list[Flowable]:
    """The council's "Funding readiness": organisations eligible for each fund, per ward, and
    each fund's most common blocker."""
    if table is None or not table.organisations:
        return []
    s = styles()
    flowables: list[Flowable] = [
        CondPageBreak(90 * mm),
        heading("Funding readiness", s.h1),
        honesty_box(table.updated),
        Spacer(1, 4),
        para(
            "How many organisations in each ward could apply to each fund now, from their "
            "registration and latest completed assessments "
            + (
                "approved by council staff (work not approved yet is read as not done)"
                if table.approved_only
                else "(approved by council staff or not)"
            )
            + f", whatever the date range above. Closed funds are marked; counts are as on "
            f"{long_date(table.today)}.",
            s.muted,
        ),
        Spacer(1, 4),
    ]
    funds = table.funds
    ward_width = 42 * mm
    count_width = 16 * mm
    fund_width = (CONTENT_WIDTH - ward_width - count_width) / max(len(funds), 1)
    headers = ["Ward", "Count"] + [f"{f.fund_name}{' (closed)' if f.closed else ''}" for f in funds]
    rows: list[list[Any]] = []
    wards = table.wards[:MAX_WARDS_SHOWN]
    for ward in wards:
        rows.append(
            [
                plain_text_cell(ward, s.cell),
                plain_text_cell(str(table.organisations_by_ward.get(ward, 0)), s.cell_right),
                *(
                    plain_text_cell(str(f.eligible_by_ward.get(ward, 0)), s.cell_right)
                    for f in funds
                ),
            ]
        )
    rows.append(
        [
            plain_text_cell("All wards", s.cell_bold),
            plain_text_cell(str(table.organisations), s.cell_right, bold=True),
            *(plain_text_cell(str(f.eligible), s.cell_right, bold=True) for f in funds),
        ]
    )
    flowables.append(
        data_table(
            headers,
            rows,
            [ward_width, count_width] + [fund_width] * len(funds),
            header_style=fitting_header_style(headers[2:], fund_width),
            long=True,
            extra=[("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, colors.black)],
        )
    )
    if len(table.wards) > MAX_WARDS_SHOWN:
        flowables.append(
            para(f"…and {len(table.wards) - MAX_WARDS_SHOWN} more wards (in the total).", s.muted)
        )
    flowables += [Spacer(1, 8), heading("What stands in the way most often", s.h3, level=1)]
    flowables.append(
        data_table(
            ["Fund", "Eligible", "Most common blocker", "Blocks"],
            [
                [
                    plain_text_cell(f.fund_name, s.cell),
                    plain_text_cell(str(f.eligible), s.cell_right),
                    plain_text_cell(f.blocker or "—", s.cell),
                    plain_text_cell(str(f.blocked_by_it) if f.blocker else "—", s.cell_right),
                ]
                for f in funds
            ],
            [46 * mm, 19 * mm, CONTENT_WIDTH - 46 * mm - 19 * mm - 17 * mm, 17 * mm],
            long=True,
        )
    )
    return flowables
