"""The radar chart's own words in a translated report: with too few scored sections to draw,
its note is in the session's language (shaped and in the script's font), not English."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports.assessment_report import write_assessment_report
from desktop.reports.words import report_language, tr
from desktop.services import Services

from .conftest import register

NOW = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)
NOTE = "Not enough sections to draw a chart."


def page_words(path: Path) -> str:
    return " ".join(
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in PdfReader(str(path)).pages
    )


@pytest.mark.parametrize("language", ["pa", "ur", "pl"])
def test_the_charts_note_follows_the_session_language(
    report_services: Services, tmp_path: Path, language: str
) -> None:
    services = report_services
    organisation_id = register(services, "Batley Community Kitchen")
    detail = services.assessments.start(
        organisation_id, "health_check", "facilitated", consent_given=True
    )
    services.assessments.set_session_language(detail.id, language)
    services.assessments.record_answer(detail.id, "purpose_1", 3)  # one section: no chart
    out = write_assessment_report(services, detail.id, tmp_path / f"{language}.pdf", now=NOW)
    with report_language(language):
        translated = tr("Report", NOTE)
    assert translated != NOTE
    words = page_words(out)
    assert "Not enough sections" not in words
    # Each word of the note is on the page (an Urdu line is drawn right to left, so a PDF
    # reader may give its words back in either order).
    for word in unicodedata.normalize("NFKC", translated).split():
        assert word in words, (language, word)


def test_an_english_report_keeps_the_english_note(
    report_services: Services, tmp_path: Path
) -> None:
    services = report_services
    organisation_id = register(services, "Batley Community Kitchen")
    detail = services.assessments.start(
        organisation_id, "health_check", "facilitated", consent_given=True
    )
    services.assessments.record_answer(detail.id, "purpose_1", 3)
    out = write_assessment_report(services, detail.id, tmp_path / "en.pdf", now=NOW)
    assert NOTE in page_words(out)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["health_check", "cat_readiness"])
@pytest.mark.parametrize("language", ["pa", "ur", "pl"])
def test_each_kind_of_report_writes_in_each_shipped_language(
    report_services: Services, tmp_path: Path, kind: str, language: str
) -> None:
    """The Punjabi CAT readiness report stopped with an error in reportlab (a section title
    "... (CAT) ..." shaped with the Gurmukhi font); every kind in every language must write."""
    services = report_services
    organisation_id = register(services, "Batley Community Kitchen")
    detail = services.assessments.start(organisation_id, kind, "facilitated", consent_given=True)
    services.assessments.set_session_language(detail.id, language)
    out = write_assessment_report(services, detail.id, tmp_path / f"{kind}.pdf", now=NOW)
    words = page_words(out)
    with report_language(language):
        assert unicodedata.normalize("NFKC", tr("Report", "Summary")).split()[0] in words
    assert "Section by section" not in words
