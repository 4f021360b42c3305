"""The council summary and its queries: counts that match the database, filters, the PDF.

Every completed assessment counts here (`approved_only=False`); counting only approved work is
tested in tests/store/test_reviews.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from desktop.errors import UserError
from desktop.reports.council_summary import write_council_summary
from desktop.services.council.summary import CouncilQueries
from desktop.services.organisation_rows import LEGAL_FORM_LABELS
from desktop.store.models import Organisation
from tests.reports.conftest import pdf_text, register, run_assessment


@pytest.fixture
def borough(report_services):
    """Five organisations in three wards; health checks and CAT assessments over two years."""
    services = report_services
    ids = {
        "batley": register(services, "Batley Boxing Club", ward="Batley East"),
        "lodz": register(services, "Łódź Polish Club", ward="Batley East", legal_form="trust"),
        "dewsbury": register(services, "Dewsbury Allotments", ward="Dewsbury West"),
        "holme": register(
            services, "Holme Valley Hall", ward="Holme Valley South", legal_form="trust"
        ),
        "quiet": register(services, "Quiet Knitting Circle"),
    }
    early = datetime(2025, 2, 1, 10, tzinfo=UTC)
    late = datetime(2026, 2, 1, 10, tzinfo=UTC)
    run_assessment(services, ids["batley"], level=1, started_at=early)
    run_assessment(services, ids["batley"], level=3, started_at=late)
    run_assessment(services, ids["lodz"], "cat_readiness", level=2, started_at=late)
    run_assessment(services, ids["dewsbury"], "cat_readiness", level=4, started_at=early)
    run_assessment(services, ids["holme"], level=2, started_at=late, complete=False)  # draft
    return services, ids


def test_counts_by_legal_form_and_ward_match_the_database(borough):
    services, _ids = borough
    summary = CouncilQueries(services.store, approved_only=False).summary()
    with services.store.session() as session:
        total = session.scalar(
            select(func.count()).select_from(Organisation).where(Organisation.deleted_at.is_(None))
        )
        by_form = dict(
            session.execute(
                select(Organisation.legal_form, func.count()).group_by(Organisation.legal_form)
            ).all()
        )
        by_ward = dict(
            session.execute(
                select(Organisation.ward, func.count()).group_by(Organisation.ward)
            ).all()
        )
    assert len(summary.organisations) == total == 5
    assert summary.by_legal_form == {LEGAL_FORM_LABELS[k]: v for k, v in by_form.items()}
    assert summary.by_ward == {(k or "No ward recorded"): v for k, v in by_ward.items()}
    assert sum(summary.by_ward.values()) == total


def test_latest_completed_assessment_of_each_kind_is_the_one_scored(borough):
    services, ids = borough
    summary = CouncilQueries(services.store, approved_only=False).summary()
    rows = {row.id: row for row in summary.organisations}
    batley = rows[ids["batley"]].health_check
    assert batley is not None and batley.started_at.year == 2026
    assert batley.overall_score == pytest.approx(
        services.assessments.results(batley.assessment_id).result.overall_score
    )
    assert rows[ids["holme"]].health_check is None  # only a draft
    assert summary.assessments_in_range == 4
    verdicts = {
        r.cat_readiness.readiness for r in summary.organisations if r.cat_readiness is not None
    }
    assert sum(summary.verdicts.values()) == 2
    assert set(summary.verdicts) == verdicts


def test_a_ward_or_a_date_range_narrows_the_summary(borough):
    services, ids = borough
    queries = CouncilQueries(services.store, approved_only=False)
    batley = queries.summary(ward="Batley East")
    assert {row.id for row in batley.organisations} == {ids["batley"], ids["lodz"]}
    recent = queries.summary(since=date(2026, 1, 1))
    assert {row.id for row in recent.organisations} == {ids["batley"], ids["lodz"]}
    old = queries.summary(until=date(2025, 12, 31))
    assert {row.id for row in old.organisations} == {ids["batley"], ids["dewsbury"]}
    assert old.organisations[0].health_check.started_at.year == 2025
    with pytest.raises(UserError, match="after the end date"):
        queries.summary(since=date(2026, 1, 2), until=date(2026, 1, 1))


def test_support_needs_count_each_organisation_once_per_theme(borough):
    services, _ids = borough
    summary = CouncilQueries(services.store, approved_only=False).summary()
    assessed = [r for r in summary.organisations if r.health_check or r.cat_readiness]
    for theme, count in summary.support_needs:
        expected = sum(
            1
            for row in assessed
            if any(
                latest is not None and theme in latest.support_themes
                for latest in (row.health_check, row.cat_readiness)
            )
        )
        assert count == expected
    counts = [count for _theme, count in summary.support_needs]
    assert counts == sorted(counts, reverse=True)


def test_council_summary_pdf_lists_counts_verdicts_and_every_organisation(borough, tmp_path):
    services, _ids = borough
    out = write_council_summary(services, tmp_path / "council.pdf", approved_only=False)
    text = pdf_text(out)
    summary = CouncilQueries(services.store, approved_only=False).summary()
    for row in summary.organisations:
        assert row.name in text
    for label, count in summary.by_legal_form.items():
        assert f"{label} {count} " in text
    assert "CAT readiness verdicts" in text
    theme, _count = summary.support_needs[0]
    assert theme[:1].upper() + theme[1:] in text
    ward_only = write_council_summary(
        services, tmp_path / "ward.pdf", ward="Dewsbury West", approved_only=False
    )
    ward_text = pdf_text(ward_only)
    assert "Dewsbury Allotments" in ward_text and "Batley Boxing Club" not in ward_text
