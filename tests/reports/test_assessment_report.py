"""The assessment report, read back with pypdf: what a group and its trustees will see."""

from __future__ import annotations

import unicodedata
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.errors import UserError
from desktop.reports.assessment_report import write_assessment_report
from tests.reports.conftest import (
    answer_for,
    body_text,
    page_texts,
    pdf_text,
    register,
    run_assessment,
)

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)


def _outline_titles(reader: PdfReader) -> list[str]:
    titles: list[str] = []

    def walk(items) -> None:  # type: ignore[no-untyped-def]
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(str(item.title))

    walk(reader.outline)
    return titles


def test_report_shows_the_organisation_sections_a_score_an_action_and_a_note(
    report_services, tmp_path: Path
):
    services = report_services
    organisation = register(services, "Ravensthorpe Women's Circle")
    assessment = run_assessment(
        services,
        organisation,
        level=3,
        notes={"money_1": "The treasurer brings the bank statements to every meeting."},
    )
    services.assessments.add_action(
        assessment, "Write a reserves policy", who="Treasurer", support_offer="TSLK funding advice"
    )
    out = write_assessment_report(services, assessment, tmp_path / "report.pdf", now=NOW)

    text = pdf_text(out)
    assert "Ravensthorpe Women's Circle" in text
    form = services.assessments.form_for(assessment)
    for section in form.sections:
        assert section.title in text, section.title
    money = services.assessments.results(assessment).result.section("money").score
    assert money is not None
    assert f"{money:.0f}" in text
    assert "Write a reserves policy" in text
    assert "The treasurer brings the bank statements to every meeting." in text
    assert "St Paul's church hall, Mirfield" in text and "Sam Okafor" in text
    assert f"health-check version {form.version}" in text  # footer: form version
    assert "24 Nov 2026 09:30" in text  # footer: when the report was made


def test_the_summary_leads_with_strengths_before_what_to_develop(report_services, tmp_path):
    services = report_services
    assessment = run_assessment(services, register(services, "Batley Boxing Club"), level=4)
    services.assessments.reopen(assessment)
    # one weak section so there is something to develop too
    money = next(s for s in services.assessments.form_for(assessment).sections if s.id == "money")
    for question in money.questions:
        services.assessments.record_answer(assessment, question.id, answer_for(question, 1))
    out = write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW)
    summary = page_texts(out)[1]
    assert summary.index("What's strong") < summary.index("Scores by section")
    assert summary.index("Scores by section") < summary.index("What to develop next")
    # every other section scored 100: a tie, named together on one line, none picked out
    assert "each scored 100 out of 100" in " ".join(summary.split())


def test_cover_names_venue_facilitator_and_number_of_participants_but_no_names(
    report_services, tmp_path
):
    services = report_services
    assessment = run_assessment(
        services,
        register(services, "Dewsbury Allotment Society"),
        mode="group",
        participants=(("P1", "trustee"), ("P2", "trustee"), ("P3", "volunteer")),
    )
    out = write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW)
    cover = page_texts(out)[0]
    assert "3 people (2 trustees, 1 volunteer)" in cover
    assert "St Paul's church hall, Mirfield" in cover
    assert "Sam Okafor" in cover
    assert "12 March 2026" in cover


def test_the_cover_says_what_a_health_check_covered(report_services, tmp_path):
    services = report_services
    organisation = register(services, "Batley Lunch Club")
    key = run_assessment(services, organisation, stage="key")
    full = run_assessment(services, organisation, started_at=datetime(2026, 4, 2, tzinfo=UTC))
    key_cover = page_texts(write_assessment_report(services, key, tmp_path / "k.pdf", now=NOW))[0]
    full_cover = page_texts(write_assessment_report(services, full, tmp_path / "f.pdf", now=NOW))[0]
    assert "Organisational health check: Key statements" in key_cover
    assert "Organisational health check: Full health check" in full_cover


@pytest.mark.parametrize("name", ["Ümit's Café", "Łódź Polish Club", "Ελληνική Κοινότητα"])
def test_names_in_latin_greek_and_other_scripts_come_back_exactly_as_written(
    report_services, tmp_path, name
):
    services = report_services
    assessment = run_assessment(services, register(services, name))
    out = write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW)
    text = pdf_text(out)
    assert unicodedata.normalize("NFC", name) in unicodedata.normalize("NFC", text)
    reader = PdfReader(str(out))
    assert name in str(reader.metadata.title)


def test_a_gurmukhi_name_prints_with_its_own_font_and_its_letters_come_back(
    report_services, tmp_path
):
    """pypdf gives back the text in the order the glyphs are drawn. For Gurmukhi that can
    differ from the typed order (a vowel sign drawn before its consonant), so beside the exact
    string (which this name does round-trip) we check every code point is there."""
    services = report_services
    name = "ਪੰਜਾਬੀ ਸਭਾ"
    assessment = run_assessment(services, register(services, name))
    out = write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW)
    cover = page_texts(out)[0]
    letters = Counter(char for char in name if not char.isspace())
    found = Counter(char for char in cover if char in letters)
    assert all(found[char] >= count for char, count in letters.items()), found
    assert name in cover
    fonts = set()
    for page in PdfReader(str(out)).pages[:1]:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoSansGurmukhi" in font for font in fonts), fonts


def test_a_note_longer_than_a_page_flows_over_pages_without_being_cut(report_services, tmp_path):
    services = report_services
    sentences = [f"Sentence {number} of the treasurer's long account." for number in range(600)]
    long_note = " ".join(sentences) + " THE-END-OF-THE-NOTE"
    assessment = run_assessment(
        services, register(services, "Heckmondwike Lunch Club"), notes={"people_1": long_note}
    )
    out = write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW)
    assert long_note in body_text(out)
    pages = page_texts(out)
    first = next(i for i, page in enumerate(pages) if "Sentence 0 of" in page)
    last = next(i for i, page in enumerate(pages) if "THE-END-OF-THE-NOTE" in page)
    assert last > first


def test_a_long_action_flows_over_pages_too(report_services, tmp_path):
    services = report_services
    assessment = run_assessment(services, register(services, "Marsden Mill Trust"))
    what = " ".join(f"Step {n}: ask the ward councillor about the roof." for n in range(500))
    services.assessments.add_action(assessment, what + " LAST-STEP")
    out = write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW)
    assert what + " LAST-STEP" in body_text(out)


def test_group_report_shows_the_spread_and_statements_talked_about(report_services, tmp_path):
    services = report_services
    organisation = register(services, "Thornhill Repair Café")
    detail = services.assessments.start(
        organisation,
        "health_check",
        "group",
        consent_given=True,
        participants=[("P1", "trustee"), ("P2", "volunteer"), ("P3", "member")],
    )
    people = {p.label: p.id for p in detail.participants}
    for label, level in {"P1": 1, "P2": 3, "P3": 4}.items():
        services.assessments.record_answer(
            detail.id, "purpose_1", level, participant_id=people[label]
        )
    services.assessments.record_answer(detail.id, "purpose_1", 3, note="Agreed after a chat")
    out = write_assessment_report(services, detail.id, tmp_path / "r.pdf", now=NOW)
    text = pdf_text(out)
    assert "How people rated" in text
    assert "Talked about" in text
    assert "1 ● 2 – 3 ● 4 ●" in text
    assert "Agreed after a chat" in text
    assert "Draft: the answers may still change" in text


def test_cat_report_gives_the_verdict_and_names_each_unmet_gateway(report_services, tmp_path):
    services = report_services
    assessment = run_assessment(
        services, register(services, "Colne Valley Community Hub"), "cat_readiness", level=2
    )
    result = services.assessments.results(assessment).result
    assert result.readiness == "Not yet ready" and result.unmet_gateways
    out = write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW)
    text = pdf_text(out)
    assert "Community Asset Transfer readiness" in text
    assert "Not yet ready" in text
    for gateway in result.unmet_gateways:
        assert gateway.text in text


def test_support_needs_are_grouped_by_theme_with_the_offer(report_services, tmp_path):
    services = report_services
    assessment = run_assessment(services, register(services, "Birstall Youth Club"), level=1)
    result = services.assessments.results(assessment).result
    assert result.support_needs
    out = write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW)
    text = pdf_text(out)
    for need in result.support_needs:
        assert need.theme[:1].upper() + need.theme[1:] in text
        for offer in need.offers:
            assert offer.provider in text


def test_a_repeat_assessment_is_compared_with_the_previous_one(report_services, tmp_path):
    services = report_services
    organisation = register(services, "Mirfield Memorial Hall")
    run_assessment(services, organisation, level=2, started_at=datetime(2025, 3, 1, tzinfo=UTC))
    later = run_assessment(
        services, organisation, level=3, started_at=datetime(2026, 3, 1, tzinfo=UTC)
    )
    out = write_assessment_report(services, later, tmp_path / "r.pdf", now=NOW)
    summary = page_texts(out)[1]
    assert "Since 1 March 2025" in summary
    assert "Previous (1 Mar 2025)" in summary
    # the narrow columns' headers come back as whole words (smaller type, never "Chang e")
    words = pdf_text(out).split()
    assert "Before" in words and "Change" in words


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("health_check", "previous organisational health check on 1 March 2025"),
        ("cat_readiness", "previous CAT readiness assessment on 1 March 2025"),
    ],
)
def test_the_comparison_names_the_previous_assessment_in_a_sentence(
    report_services, tmp_path, kind, words
):
    services = report_services
    organisation = register(services, "Mirfield Memorial Hall")
    earlier = datetime(2025, 3, 1, tzinfo=UTC)
    run_assessment(services, organisation, kind, level=2, started_at=earlier)
    later = run_assessment(
        services, organisation, kind, level=3, started_at=datetime(2026, 3, 1, tzinfo=UTC)
    )
    out = write_assessment_report(services, later, tmp_path / "r.pdf", now=NOW)
    assert words in " ".join(pdf_text(out).split())


def test_pdf_has_title_author_subject_page_numbers_and_an_outline_per_section(
    report_services, tmp_path
):
    services = report_services
    assessment = run_assessment(services, register(services, "Kirkburton Village Hall"))
    out = write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW)
    reader = PdfReader(str(out))
    meta = reader.metadata
    assert "Kirkburton Village Hall" in meta.title
    assert meta.author == "Sam Okafor"
    assert "Organisational health check" in meta.subject
    pages = len(reader.pages)
    assert f"Page 2 of {pages}" in page_texts(out)[1]
    titles = _outline_titles(reader)
    for expected in ("Summary", "Section by section", "Support on offer", "Action plan"):
        assert expected in titles
    for section in services.assessments.form_for(assessment).sections:
        assert section.title in titles


def test_writing_replaces_the_file_in_one_step_and_a_failure_leaves_the_old_one(
    report_services, tmp_path
):
    services = report_services
    assessment = run_assessment(services, register(services, "Holmfirth Food Bank"))
    out = tmp_path / "reports" / "holmfirth.pdf"
    write_assessment_report(services, assessment, out, now=NOW)
    before = out.read_bytes()
    with pytest.raises(UserError, match="does not exist"):
        write_assessment_report(services, "no-such-assessment", out, now=NOW)
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir()] == ["holmfirth.pdf"]


def test_a_draft_with_no_answers_still_makes_a_report_that_says_so(report_services, tmp_path):
    services = report_services
    organisation = register(services, "Newsome Litter Pickers")
    detail = services.assessments.start(organisation, "cat_readiness", consent_given=True)
    out = write_assessment_report(services, detail.id, tmp_path / "r.pdf", now=NOW)
    text = pdf_text(out)
    assert "No section scored highly yet" in text
    assert "Not answered" in text
    assert "No actions were agreed in this session yet." in text
    assert "Participants Not recorded" in text


def test_support_need_statements_read_as_sentences_with_no_stray_stops(report_services, tmp_path):
    from forms.support import statements_text

    assert statements_text(["We have a plan.", "Do we?", "Two people sign", " "]) == (
        "We have a plan. Do we? Two people sign."
    )
    services = report_services
    assessment = run_assessment(services, register(services, "Batley Boxing Club"), level=1)
    assert len(services.assessments.results(assessment).result.support_needs[0].questions) >= 1
    text = pdf_text(write_assessment_report(services, assessment, tmp_path / "r.pdf", now=NOW))
    assert ".;" not in text


def test_no_actions_is_one_line_that_never_takes_a_page_of_its_own(report_services, tmp_path):
    from reportlab.platypus import CondPageBreak

    from desktop.reports import assessment_report

    services = report_services
    assessment = run_assessment(
        services, register(services, "Colne Valley Hub"), "cat_readiness", level=2
    )
    data = assessment_report.gather(services, assessment)
    assert not data.actions
    flowables = assessment_report._action_plan(data)
    # Only as much room as the heading and its line need is asked for before a new page.
    breaks = [f for f in flowables if isinstance(f, CondPageBreak)]
    assert breaks and all(b.height <= 25 * 72 / 25.4 for b in breaks)
    assert len(flowables) == 3
    out = write_assessment_report(services, assessment, tmp_path / "cat.pdf", now=NOW)
    assert "No actions were agreed" in pdf_text(out)
