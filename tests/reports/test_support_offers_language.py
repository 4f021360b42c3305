"""The support on offer in a translated report: each offer's provider and what it is come from
the council's support file in the session's language (as on the results screen), not English."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.reports.assessment_report import write_assessment_report
from desktop.services import Services
from forms.models import Question
from forms.support import load_support_offers

from .conftest import register

NOW = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)


# Shaped Gurmukhi is drawn (and read back) with its vowel sign ਿ before the consonant it
# follows in the text: compared without it.
_DRAWN_BEFORE = dict.fromkeys(map(ord, "\u0a3f"))


def flat_text(path: Path) -> str:
    """The PDF's text with all white space removed (lines wrap anywhere)."""
    text = " ".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return flat(text)


def flat(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split()).translate(_DRAWN_BEFORE)


def need_raising_question(services: Services) -> Question:
    """The shipped health check's first rating question that raises a support need when
    rated low (always asked)."""
    form = services.assessments.available_forms()["health_check"]
    return next(
        q
        for section in form.sections
        for q in section.questions
        if q.type == "rating" and q.support_need is not None and not q.relevant
    )


def assessment_raising(services: Services, question: Question, language: str) -> str:
    """A health check in `language` whose low answer to `question` raises its need."""
    organisation_id = register(services, "Batley Community Kitchen")
    detail = services.assessments.start(
        organisation_id, "health_check", "facilitated", consent_given=True
    )
    services.assessments.set_session_language(detail.id, language)
    services.assessments.record_answer(detail.id, question.id, 1)
    return detail.id


@pytest.mark.parametrize("language", ["pl", "pa"])
def test_support_offers_are_in_the_session_language(
    report_services: Services, tmp_path: Path, language: str
) -> None:
    services = report_services
    question = need_raising_question(services)
    theme = question.support_need.theme
    offers = [
        offer
        for offer in load_support_offers().offers_for(theme)
        if offer.what and offer.what.get(language) != offer.what.get(None)
    ]
    assert offers, f"the shipped support file translates no offer for {theme} into {language}"
    assessment_id = assessment_raising(services, question, language)
    out = write_assessment_report(services, assessment_id, tmp_path / f"{language}.pdf", now=NOW)
    words = flat_text(out)
    for offer in offers:
        assert flat(offer.what.get(language)) in words, offer.id
        assert flat(offer.what.get(None)) not in words, offer.id


@pytest.mark.parametrize("language", ["pl", "pa"])
def test_support_need_themes_are_named_in_the_session_language(
    report_services: Services, tmp_path: Path, language: str
) -> None:
    from desktop.reports.words import report_language, theme_name

    services = report_services
    question = need_raising_question(services)
    theme = question.support_need.theme
    with report_language(language):
        name = theme_name(theme)
    english = theme[:1].upper() + theme[1:]
    assert name and name != english
    assessment_id = assessment_raising(services, question, language)
    words = flat_text(
        write_assessment_report(services, assessment_id, tmp_path / f"{language}.pdf", now=NOW)
    )
    assert flat(name) in words
    assert flat(english) not in words
    # The English report keeps the English name.
    services.assessments.set_session_language(assessment_id, "en")
    words = flat_text(
        write_assessment_report(services, assessment_id, tmp_path / "en.pdf", now=NOW)
    )
    assert flat(english) in words
