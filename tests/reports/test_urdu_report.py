"""The group's report in the session's language: Urdu set right to left, shaped, and read back
by pypdf in the order it was typed; the council summary stays English."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from pathlib import Path

from pypdf import PdfReader

from desktop.reports.assessment_report import write_assessment_report
from desktop.reports.bidi import visual_order
from desktop.services import Services
from forms import resources_dir
from forms.loader import load_form
from forms.translations import text_entries, with_translations

from .conftest import register

NOW = datetime(2026, 3, 12, 12, 0, tzinfo=UTC)
# "Batley women's sewing circle": سلائی has the lam-alef ligature, which has no character of
# its own in the font and must still copy out as its two letters.
NAME = "بیٹلی خواتین سلائی حلقہ"
STATEMENT = "ہم واضح طور پر ایک یا دو جملوں میں بتا سکتے ہیں کہ ہماری تنظیم کس لیے ہے۔"
NOTE = "ہم نے 2026 میں Kirklees کونسل سے بات کی۔"


def urdu_form():  # type: ignore[no-untyped-def]
    form = load_form(resources_dir() / "forms" / "health-check.yaml")
    texts = {
        entry.path: STATEMENT if entry.key.endswith("purpose_1.text") else f"اردو {entry.text.en}"
        for entry in text_entries(form)
    }
    return with_translations(form, texts, "ur")


def logical_text(path: Path) -> list[str]:
    """Each page's text as pypdf reads it, in compatibility form (Arabic presentation forms,
    which shaped glyphs copy out as, become the plain letters)."""
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in PdfReader(str(path)).pages
    ]


def test_an_urdu_report_reads_back_in_logical_order(
    report_services: Services, tmp_path: Path
) -> None:
    services = report_services
    organisation_id = register(services, NAME)
    detail = services.assessments.start(
        organisation_id,
        "health_check",
        "facilitated",
        consent_given=True,
        venue="Batley community centre",
        form=urdu_form(),
    )
    services.assessments.set_session_language(detail.id, "ur")
    services.assessments.record_answer(detail.id, "purpose_1", 3, note=NOTE)
    services.assessments.record_answer(detail.id, "purpose_2", 2)
    out = write_assessment_report(services, detail.id, tmp_path / "ur.pdf", now=NOW)
    pages = logical_text(out)
    assert NAME in pages[0]  # the cover, word for word and letter for letter
    everything = " ".join(pages)
    assert STATEMENT in everything
    # A line mixing Urdu with an English name and a number is drawn right, but PDF readers
    # give back its runs by direction; each Urdu run still reads as typed.
    assert "کونسل سے بات کی۔" in everything and "Kirklees" in everything
    # Section titles in the session language (here "اردو" + the English title).
    assert everything.count("اردو") > 20 and "Purpose and direction" in everything
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(str(out)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("NotoNaskhArabic" in font for font in fonts), fonts


def test_an_english_session_of_the_same_form_stays_english(
    report_services: Services, tmp_path: Path
) -> None:
    services = report_services
    organisation_id = register(services, "Batley Sewing Circle")
    detail = services.assessments.start(
        organisation_id, "health_check", "facilitated", consent_given=True, form=urdu_form()
    )
    services.assessments.record_answer(detail.id, "purpose_1", 3)
    out = write_assessment_report(services, detail.id, tmp_path / "en.pdf", now=NOW)
    everything = " ".join(logical_text(out))
    assert STATEMENT not in everything
    assert "We can say clearly, in a sentence or two" in everything


def test_visual_order_puts_urdu_right_to_left_and_keeps_names_and_numbers_readable() -> None:
    words = ["ہم", "نے", "2026", "میں", "Kirklees", "Council", "سے", "بات", "کی۔"]
    shown = [words[i] for i in visual_order(words)]
    # Read left to right on the page: the last Urdu word first, the English name in its own
    # order, the first Urdu word last (at the right edge).
    assert shown[0] == "کی۔" and shown[-1] == "ہم"
    assert shown.index("Kirklees") + 1 == shown.index("Council")
    assert visual_order(["Kirklees", "Council"], "L") == [0, 1]


def test_the_reports_own_words_follow_the_session_language(
    report_services: Services, tmp_path: Path
) -> None:
    """Headings, labels, table headers and months come from the shipped translation of the
    session's language; an English session's report keeps its English words."""
    from desktop.reports.words import report_language, tr

    services = report_services
    organisation_id = register(services, "Batley Polish Saturday School")
    words = ["Summary", "Section by section", "Action plan", "Organisation", "Statement"]
    pages = {}
    for language in ("pl", "ur", "en"):
        detail = services.assessments.start(
            organisation_id, "health_check", "facilitated", consent_given=True
        )
        services.assessments.set_session_language(detail.id, language)
        services.assessments.record_answer(detail.id, "purpose_1", 3)
        out = write_assessment_report(services, detail.id, tmp_path / f"{language}.pdf", now=NOW)
        pages[language] = " ".join(logical_text(out))
    for language in ("pl", "ur"):
        with report_language(language):
            translated = [tr("Report", word) for word in words]
            month = tr("Report", "Mar")
        assert all(said != word for said, word in zip(translated, words, strict=True))
        for said in translated:
            assert unicodedata.normalize("NFKC", said) in pages[language], (language, said)
        assert "Section by section" not in pages[language]
        if language == "pl":  # the footer's "report created" date, with its month in Polish
            assert f"12 {month} 2026" in pages[language]
    for word in words:
        assert word in pages["en"]
    with report_language("en"):
        assert tr("Report", "Summary") == "Summary"
