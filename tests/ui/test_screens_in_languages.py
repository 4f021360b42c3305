"""What the 1024x600 walk through the app in Urdu, Punjabi and Polish found (s17): words left
in English beside translated ones, and texts too wide for their place."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.services import Services
from desktop.ui import i18n

from .test_languages import (  # noqa: F401 (autouse: English again after)
    LANGUAGES,
    english_again,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from ui_translations import read_ts  # noqa: E402


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_start_dialogs_coverage_names_its_stages_in_the_language_shown(
    qtbot: Any, services: Services, organisation: Any, language: str
) -> None:
    """ "Key statements: około 80 minut": the stage's name came from the form file's English."""
    from desktop.ui.dialogs.start_assessment import StartAssessmentDialog

    assert i18n.set_app_language(language)
    dialog = StartAssessmentDialog(services, organisation.id)
    qtbot.addWidget(dialog)
    dialog.show()
    form = services.assessments.available_forms()["health_check"]
    shown = [dialog.stage.itemText(i) for i in range(dialog.stage.count())]
    tips = [dialog.stage.itemData(i, 3) for i in range(dialog.stage.count())]  # ToolTipRole
    assert len(shown) == len(form.stages) > 1
    for stage, text, tip in zip(form.stages, shown, tips, strict=True):
        assert text.startswith(stage.title.get(language)), text
        assert stage.title.get(language) != str(stage.title)
        assert tip == stage.description.get(language) != str(stage.description)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_registration_form_beside_the_register_does_not_scroll_sideways_at_1024_by_600(
    main_window: Any, services: Services, organisation: Any, language: str
) -> None:
    """In Polish the register's buttons ("Eksportuj…", "Historia…", "Usuń", "Nowa
    organizacja") held the list wider than the room the form left it, and the form scrolled
    sideways: they wrap onto a second line instead."""
    from desktop.ui.theme import STYLESHEET
    from tests.ui.small_screen import settle
    from tests.ui.test_small_screen import assert_window_fits

    main_window.setStyleSheet(STYLESHEET)  # the app's (its buttons' padding), this window only
    assert i18n.set_app_language(language)
    main_window.show_page("organisations")
    page = main_window.page("organisations")
    page.open_organisation(organisation.id)
    assert_window_fits(main_window)
    settle()
    scroll = page.form.fields_scroll
    assert scroll.horizontalScrollBar().maximum() == 0, page.form.width_needed() - scroll.width()
    assert page.new_button.isVisible()


@pytest.mark.parametrize("language", ["ur", "pa"])
def test_urdu_and_punjabi_texts_carry_no_mnemonic_that_would_break_a_words_shape(
    qapp: Any, monkeypatch: Any, language: str
) -> None:
    """An underlined letter splits a joined (Urdu) or stacked (Gurmukhi) word: "&ਛੱਡੋ (S)"
    was drawn with its addak loose and wider than its button ("ਛੱਡੋ (S"). The translation
    files mark none (tools/ui_translations.py --check refuses one), so the screen is given
    none."""
    import copy
    import re

    from tests.ui.visible_text import app_texts

    # tr remembers each text it gives out, for a change of language; asking it for every text
    # of every context would leave other tests' screens retranslated from the wrong context.
    monkeypatch.setattr(i18n, "_sources", copy.deepcopy(i18n._sources))
    assert i18n.set_app_language(language)
    marked = [
        (context, shown)
        for context, texts in app_texts().items()
        for text in texts
        if re.search(r"&[^\x00-\x7f]", shown := i18n.tr(context, text))
    ]
    assert marked == []
    if language == "pa":
        assert i18n.tr("Runner", "&Skip (S)") == "ਛੱਡੋ (S)"
    # Polish keeps its mnemonics: its letters neither join nor stack.
    assert i18n.set_app_language("pl")
    assert "&" in i18n.tr("Runner", "&Skip (S)")


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_every_page_name_fits_the_side_bar_in_bold(
    main_window: Any, qtbot: Any, language: str
) -> None:
    """Polish's "Pakiety terenowe" (Field packs) showed as "Pakiety tereno…"."""
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.ui.theme import STYLESHEET

    main_window.setStyleSheet(STYLESHEET)  # the app's padding and 11 pt, this window only
    assert i18n.set_app_language(language)
    main_window.set_council_mode(True)
    side_bar = main_window.side_bar

    def cut() -> list[str]:
        bold = QFont(side_bar.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        room = side_bar.viewport().width() - (2 * 14 + 3)  # the theme's padding, the mark
        texts = [side_bar.item(row).text() for row in range(side_bar.count())]
        return [text for text in texts if metrics.horizontalAdvance(text) > room]

    qtbot.waitUntil(lambda: not cut())
    assert i18n.tr("MainWindow", "Field packs") in [
        side_bar.item(row).text() for row in range(side_bar.count())
    ]


@pytest.mark.parametrize("language", ["en", "pl", "ur"])
def test_the_assessments_list_fits_1024_pixels_and_gives_names_the_room_at_1920(
    main_window: Any, services: Services, organisation: Any, language: str
) -> None:
    """At 1024x600 the list scrolled sideways (start times cut, facilitators out of sight); at
    1920x1080 names were cut at 240 pixels beside a facilitator column 1,000 pixels wide."""
    from desktop.ui.models.assessments import FACILITATOR, ORGANISATION, STARTED
    from desktop.ui.theme import STYLESHEET
    from tests.ui.small_screen import settle
    from tests.ui.test_small_screen import assert_window_fits

    for _ in range(3):
        services.assessments.start(organisation.id, "health_check", consent_given=True)
    main_window.setStyleSheet(STYLESHEET)
    if language != "en":
        assert i18n.set_app_language(language)
    main_window.show_page("assessments")
    table = main_window.page("assessments").table
    header = table.horizontalHeader()
    assert_window_fits(main_window)
    settle()
    assert table.horizontalScrollBar().maximum() == 0
    assert not table.isColumnHidden(STARTED)
    shown = [c for c in range(header.count()) if not table.isColumnHidden(c)]
    assert all(header.sectionSize(c) >= header.sectionSizeFromContents(c).width() for c in shown)
    assert header.sectionSize(ORGANISATION) >= 200
    main_window.resize(1920, 1080)
    settle()
    assert not table.isColumnHidden(FACILITATOR)
    assert header.sectionSize(ORGANISATION) > 2 * header.sectionSize(FACILITATOR)
    assert table.horizontalScrollBar().maximum() == 0


def test_a_funds_registration_link_names_the_field_in_the_language_shown(
    qtbot: Any, organisations_page: Any, services: Services
) -> None:
    """ "rejestracja: Legal form": the field's name stayed English beside Polish words."""
    from PySide6.QtWidgets import QLabel

    from tests.funds.helpers import INFORMAL_GROUP

    known = read_ts(i18n.ts_folder() / "gapkit_pl.ts")
    group = services.organisations.create(INFORMAL_GROUP)
    assert i18n.set_app_language("pl")
    organisations_page.reload()
    organisations_page.open_organisation(group.id)
    organisations_page.detail_tabs.setCurrentIndex(organisations_page.FUNDING_TAB)
    panel = organisations_page.funds_panel
    qtbot.waitUntil(lambda: panel.guide is not None)
    links = "\n".join(label.text() for label in panel.findChildren(QLabel))
    legal_form = known[("Registration", "Legal form")]
    assert f"<a href='field:legal_form'>{legal_form}</a>" in links
    assert ">Legal form<" not in links


def test_the_action_plans_headings_keep_their_width_where_an_equal_share_would_cut_one(
    main_window: Any, services: Services, organisation: Any
) -> None:
    """What and the offer shared the width left equally: at 1024x600 under Xvfb's fonts the
    Polish "Oferta wsparcia" was cut to "ferta wsparci". Here the table is made as narrow as
    that: just wider than its headings, less than twice the offer's heading for the two."""
    from datetime import date

    from desktop.ui.models.actions import OFFER, WHAT
    from desktop.ui.theme import STYLESHEET
    from tests.funds.helpers import strong_answers
    from tests.ui.small_screen import settle

    detail = services.assessments.start(organisation.id, "health_check", consent_given=True)
    form = services.assessments.form_for(detail.id)
    for question_id, value in strong_answers(form).items():
        services.assessments.record_answer(detail.id, question_id, value)
    services.assessments.complete(detail.id, allow_unanswered_required=True)
    services.assessments.add_action(
        detail.id,
        "Get support with planning",
        who="Whole committee",
        due_date=date(2027, 5, 14),
        support_offer="Third Sector Leaders Kirklees: help with planning and showing your impact",
    )
    main_window.setStyleSheet(STYLESHEET)
    assert i18n.set_app_language("pl")
    main_window.show_page("assessments")
    page = main_window.page("assessments")
    page.show_results(detail.id)
    page.results.tabs.setCurrentWidget(page.results.plan)
    settle()
    table = page.results.plan.table
    header = table.horizontalHeader()

    def need(column: int) -> int:
        return header.sectionSizeFromContents(column).width()

    others = sum(header.sectionSize(c) for c in range(header.count()) if c not in (WHAT, OFFER))
    frame = table.width() - table.viewport().width()
    table.setFixedWidth(frame + others + need(WHAT) + need(OFFER) + 4)
    assert need(OFFER) > need(WHAT) + 4  # so an equal share is narrower than "Oferta wsparcia"
    settle()
    cut = [
        str(header.model().headerData(c, header.orientation()))
        for c in range(header.count())
        if header.sectionSize(c) < need(c)
    ]
    assert cut == []


def test_the_cat_charts_legend_wraps_inside_a_half_width_chart_in_polish(qapp: Any) -> None:
    """At 1024x600 the Overview's CAT chart is half the page: Polish "Jeszcze niegotowa"
    (Not yet ready) ran past its right edge."""
    from PySide6.QtGui import QColor

    from desktop.ui.pages.overview import StackedColumns

    assert i18n.set_app_language("pl")
    series = {
        "Ready": QColor("#2e7d32"),
        "Ready with support": QColor("#f2a900"),
        "Not yet ready": QColor("#9fb3bf"),
    }
    chart = StackedColumns("chart", series)
    chart.resize(300, 240)
    image = chart.grab().toImage()
    edge = [
        (x, y)
        for x in range(chart.width() - 4, chart.width())
        for y in range(2, 22)
        if QColor(image.pixel(x, y)).lightness() < 160
    ]
    assert edge == []  # no word runs into the right edge
    places = chart.legend_places()
    assert len(places) == 3
    assert all(place.right() <= chart.width() for place in places)
    assert places[-1].top() > places[0].top()  # onto a second line
    chart.resize(1200, 240)
    assert {place.top() for place in chart.legend_places()} == {0.0}  # one line where it fits


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_a_search_fields_hint_cut_short_at_1024_by_600_is_whole_in_its_tooltip(
    main_window: Any, language: str
) -> None:
    """ "Szukaj organizacji, miejsca lub pro…": the hint was cut and said no more anywhere."""
    from desktop.ui.theme import STYLESHEET
    from tests.ui.small_screen import settle

    main_window.setStyleSheet(STYLESHEET)
    assert i18n.set_app_language(language)
    main_window.resize(1024, 600)
    for key in ("organisations", "assessments"):
        main_window.show_page(key)
        settle()
        search = main_window.page(key).search
        hint = search.placeholderText()
        assert "Search" not in hint  # the language's words
        assert search.toolTip() == hint != ""
    assert i18n.set_app_language("en")
    assert main_window.page("assessments").search.toolTip().startswith("Search organisation")


@pytest.mark.parametrize("language", ["ur", "pl"])
def test_the_quarters_names_under_a_half_width_chart_neither_touch_nor_pass_its_edge(
    qapp: Any, language: str
) -> None:
    """Under a half-width chart the last quarter's name was cut at the right edge ("2026 Q"),
    and once kept inside it ran into the one before ("2026 Q22026 Q4")."""
    from PySide6.QtGui import QColor

    from desktop.ui.pages.overview import StackedColumns

    assert i18n.set_app_language(language)
    chart = StackedColumns("chart", {"Health checks": QColor("#1f6f8b")})
    quarters = [f"{2023 + (q + 3) // 4} Q{(q + 3) % 4 + 1}" for q in range(13)]
    chart.set_data(quarters, [{"Health checks": 1} for _ in quarters])
    chart.resize(375, 240)
    places = sorted(chart.quarter_label_places(22.0, (375 - 26) / 13, 200.0).items())
    assert places[0][0] == 0 and len(places) >= 4
    assert all(place.left() >= 0 and place.right() <= chart.width() for _i, place in places)
    for (_i, before), (_j, after) in zip(places, places[1:], strict=False):
        assert after.left() >= before.right() + 6


def test_the_assessments_count_words_its_plural(
    main_window: Any, services: Services, organisation: Any
) -> None:
    """ "41 assessment(s)": the count read as though English had no plural."""
    page_key = "assessments"
    services.assessments.start(organisation.id, "health_check", consent_given=True)
    main_window.show_page(page_key)
    page = main_window.page(page_key)
    assert page.count_label.text() == "1 assessment"
    services.assessments.start(organisation.id, "health_check", consent_given=True)
    page.reload()
    assert page.count_label.text() == "2 assessments"
    assert i18n.set_app_language("ur")
    page.reload()
    assert page.count_label.text() == "2 جائزے"


def test_the_new_pack_box_keeps_its_height_on_a_big_screen_with_no_packs_yet(
    main_window: Any,
) -> None:
    """At 1920x1080 with no packs built the "New pack" box took the spare height: its rows
    stood a hundred pixels apart."""
    from PySide6.QtWidgets import QGroupBox

    from tests.ui.small_screen import settle

    main_window.set_council_mode(True)
    main_window.resize(1920, 1080)
    main_window.show_page("packs")
    settle()
    page = main_window.page("packs")
    (box,) = page.findChildren(QGroupBox)
    assert page.history_empty.isVisible()
    assert box.height() <= box.sizeHint().height() + 8


def _ink_rows(image: Any, left: int, right: int, top: int, bottom: int) -> list[int]:
    from PySide6.QtGui import QColor

    return [
        y
        for y in range(top, bottom)
        if any(QColor(image.pixel(x, y)).lightness() < 170 for x in range(left, right))
    ]


@pytest.mark.parametrize(("language", "width"), [("en", 380), ("pl", 380), ("ur", 380)])
def test_the_average_score_over_a_full_height_column_keeps_clear_of_the_legend(
    qapp: Any, language: str, width: int
) -> None:
    """Health checks per quarter (half the Overview at 1024x600): the average score written
    over a full-height column touched the legend's line. The fullest quarter is the first,
    under the legend's name."""
    from PySide6.QtCore import QRectF

    from desktop.services.council.overview import QuarterFigures
    from desktop.ui.pages.overview import HealthScoreColumns

    assert i18n.set_app_language(language)
    counts = [3, 1, 2, 1, 2, 2, 1, 2, 1]
    quarters = [
        QuarterFigures(f"{2024 + q // 4} Q{q % 4 + 1}", {}, count, 40.0 + q)
        for q, count in enumerate(counts)
    ]
    chart = HealthScoreColumns("chart")
    chart.set_quarters(quarters)
    chart.resize(width, 240)
    with_scores = chart.grab().toImage()
    chart.scores = [None] * len(quarters)
    without_scores = chart.grab().toImage()
    score_rows = [
        y
        for y in range(chart.height())
        if any(with_scores.pixel(x, y) != without_scores.pixel(x, y) for x in range(60))
    ]
    legend_name = chart.legend_places()[0]
    legend_rows = _ink_rows(without_scores, 4, int(legend_name.right()), 0, 24)
    assert score_rows and legend_rows
    assert min(score_rows) >= max(legend_rows) + 6  # apart, not touching (they were 1-3 px)
    # The note ("number: average score") is placed with the legend, clear of its names,
    # inside the chart; on a line of its own where the chart is narrow.
    for narrow in (width, 250, 200):
        chart.resize(narrow, 240)
        note = chart.note_place()
        inside = QRectF(0, 0, chart.width(), chart.height())
        assert inside.contains(note) or note.width() > narrow - 8
        assert not any(note.intersects(place) for place in chart.legend_places())
        assert chart.plot_area().top() >= note.bottom()


def test_the_needs_tables_theme_names_are_whole_in_polish_at_1024_by_600(
    qtbot: Any, services: Services
) -> None:
    """The heat map's columns were as wide as the English theme names' longest word in the
    regular weight: Polish, in the headers' bold, showed "miejętnośc" and "ezpieczeństw"."""
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations
    from desktop.ui.main_window import MainWindow
    from desktop.ui.theme import STYLESHEET
    from tests.ui.small_screen import settle

    ward_list = services.organisations.ward_list
    # Enough work for the themes with long Polish words (fewer raised none of them); ~5 s.
    services.organisations.create_many(demo_organisations(30, seed=7, ward_list=ward_list))
    add_demo_assessments(services, 40, seed=7)
    services.settings.set("council_mode", True)
    window = MainWindow(services, council=True)
    qtbot.addWidget(window)
    window.setStyleSheet(STYLESHEET)  # the headers' bold, this window only
    window.resize(1024, 600)
    window.show()
    assert i18n.set_app_language("pl")
    window.show_page("overview")
    page = window.page("overview")
    page.include_unapproved.setChecked(True)
    qtbot.waitUntil(lambda: page.overview is not None and not page.busy, timeout=30_000)
    settle()
    page.fit_themes()
    header = page.needs_table.horizontalHeader()
    shown = page.needs_model.columnCount()
    assert shown >= 3
    cut = [
        str(page.needs_model.headerData(c, header.orientation()))
        for c in range(shown)
        if header.sectionSize(c) < header.sectionSizeFromContents(c).width()
    ]
    assert cut == []


@pytest.mark.parametrize("language", ["ur", "pa"])
def test_the_start_dialogs_consent_marks_no_shortcut_letter_in_a_joined_script(
    qtbot: Any, services: Services, organisation: Any, language: str
) -> None:
    """The dialog put "&" before the consent's translated text, underlining the first letter
    of "گروپ" (Urdu, 1024x600 walk), against the rule the translation check enforces."""
    from desktop.ui.dialogs.start_assessment import StartAssessmentDialog

    assert i18n.set_app_language(language)
    dialog = StartAssessmentDialog(services, organisation.id)
    qtbot.addWidget(dialog)
    assert "&" not in dialog.consent.text()
    assert i18n.set_app_language("en")
    english = StartAssessmentDialog(services, organisation.id)
    qtbot.addWidget(english)
    assert english.consent.text().startswith("&The group agreed")
