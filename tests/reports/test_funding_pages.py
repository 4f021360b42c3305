"""The funding pages of the PDFs, parsed back: "Funding you could apply for" in the group's
report and "Funding readiness" in the council summary, each with the guide-never-a-decision
line and the funds file's date; the council table's totals equal a direct SQL count."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from desktop.registration.funds import GUIDE_NOTE, long_date
from desktop.reports.assessment_report import write_assessment_report
from desktop.reports.council_summary import write_council_summary
from desktop.store.models import Organisation
from tests.funds.helpers import CIC, CIO, INFORMAL_GROUP, PARISH_COUNCIL
from tests.reports.conftest import page_texts, run_assessment

WHEN = datetime(2026, 12, 1, 9, 0).astimezone()


def _funding_page(path: Path, title: str) -> str:
    pages = [page for page in page_texts(path) if title in page]
    assert len(pages) == 1, f"{title!r} should be on one page"
    return pages[0]


def test_the_group_report_has_a_funding_page(report_services, tmp_path: Path) -> None:
    services = report_services
    cic = services.organisations.create(CIC)
    assessment_id = run_assessment(services, cic.id, level=4)
    out = write_assessment_report(services, assessment_id, tmp_path / "cic.pdf", now=WHEN)
    page = _funding_page(out, "Funding you could apply for")
    assert GUIDE_NOTE in page
    assert long_date(services.funds.funds_file().updated) in page
    guide = services.funds.guide(cic.id, WHEN.date())
    for check in guide.eligible:
        assert check.fund.name in page
    for check in guide.not_yet:
        assert check.fund.name in page
        for unmet in check.unmet:
            assert " ".join(unmet.reason.split()[:6]) in page
    assert "Closed for now" not in page  # nothing is past its deadline on 1 December 2026


def test_a_fund_past_its_deadline_is_closed_in_the_report(report_services, tmp_path) -> None:
    services = report_services
    cio = services.organisations.create(CIO)
    assessment_id = run_assessment(services, cio.id, level=4)
    later = datetime(2027, 7, 1, 9, 0).astimezone()
    out = write_assessment_report(services, assessment_id, tmp_path / "cio.pdf", now=later)
    page = _funding_page(out, "Funding you could apply for")
    assert "Closed for now" in page
    assert re.search(r"One Community grants \(One Community .*?\): Closed on 26 March 2027", page)


def test_the_council_summary_counts_each_fund_per_ward_as_sql_does(
    report_services, tmp_path: Path
) -> None:
    services = report_services
    for index, data in enumerate([INFORMAL_GROUP, CIO, PARISH_COUNCIL, CIC] * 2):
        made = services.organisations.create(dict(data, name=f"{data['name']} {index}"))
        if index % 4 == 1:
            run_assessment(services, made.id, level=4)
    out = write_council_summary(services, tmp_path / "council.pdf", now=WHEN)
    text = " ".join(page_texts(out))
    assert "Funding readiness" in text and GUIDE_NOTE in text
    with services.store.session() as session:
        live = Organisation.deleted_at.is_(None)
        total = session.execute(select(func.count()).where(live)).scalar_one()
        budgets = session.execute(
            select(func.count()).where(
                live,
                Organisation.legal_form.is_not(None),
                Organisation.legal_form != "informal_group",
                Organisation.ward.is_not(None),
                Organisation.has_bank_account.is_(True),
            )
        ).scalar_one()
        in_dalton = session.execute(
            select(func.count()).where(live, Organisation.ward == "Dalton")
        ).scalar_one()
    table = services.funds.readiness(today=WHEN.date())
    order = [fund.fund_id for fund in table.funds]
    totals = re.search(r"All wards (\d+)((?: \d+){" + str(len(order)) + "})", text)
    assert totals is not None, text
    assert int(totals.group(1)) == total
    eligible = [int(n) for n in totals.group(2).split()]
    assert eligible[order.index("ward_project_budgets")] == budgets
    assert eligible == [fund.eligible for fund in table.funds]
    dalton = re.search(r"Dalton (\d+) ", text)
    assert dalton is not None and int(dalton.group(1)) == in_dalton
    # the most common blocker of each fund is named
    for fund in table.funds:
        if fund.blocker:
            assert " ".join(fund.blocker.split()[:5]) in text
    # Narrow fund columns break their headers between words, never inside one (the header
    # type gets smaller instead): every word of each fund's name comes back whole.
    start = text.index("Funding readiness")
    readiness = text[start : text.index("All wards", start)]
    words = set(readiness.split())
    for fund in table.funds:
        for word in fund.fund_name.split():
            assert word in words, (word, fund.fund_name)


def test_the_funding_page_speaks_the_session_language(report_services, tmp_path) -> None:
    """The page's own words follow the session's language (the shipped drafts); what the
    council wrote in the funds file stays as written; the council summary stays English."""
    import unicodedata

    from desktop.reports.words import report_language, tr

    services = report_services
    cic = services.organisations.create(CIC)
    words = [
        "Funding you could apply for",
        "Funds you can apply to now",
        "Funds you could apply to after…",
        "Eligibility here is a guide, never a decision: the funder decides.",
    ]
    guide = services.funds.guide(cic.id, WHEN.date())
    for language in ("pl", "ur"):
        assessment_id = run_assessment(services, cic.id, level=4, complete=False)
        services.assessments.set_session_language(assessment_id, language)
        services.assessments.complete(assessment_id, allow_unanswered_required=True)
        out = write_assessment_report(
            services, assessment_id, tmp_path / f"{language}.pdf", now=WHEN
        )
        with report_language(language):
            translated = [tr("Report", word) for word in words]
        assert all(said != word for said, word in zip(translated, words, strict=True))
        text = " ".join(unicodedata.normalize("NFKC", page) for page in page_texts(out))
        assert "Funding you could apply for" not in text, language
        for said in translated:
            said = unicodedata.normalize("NFKC", said)
            # Urdu comes back from pypdf in display runs: look for each word of it
            bare = [word.strip(".…:،۔,") for word in said.split()]
            assert all(word in text for word in bare if word), (language, said)
        for check in guide.not_yet:
            assert check.fund.name in text  # the council's words as written
    summary = write_council_summary(services, tmp_path / "council.pdf", now=WHEN)
    assert GUIDE_NOTE in " ".join(page_texts(summary))
