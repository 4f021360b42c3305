"""The side bar and its Help menu in the app's language, in every edition: no page's name
(Field packs, Our group...) stays English under Urdu, Punjabi or Polish."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.ui import i18n
from desktop.ui.main_window import EDITION_TITLES, PAGES, pages_for

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from ui_translations import read_ts  # noqa: E402

from .test_languages import (  # noqa: E402
    LANGUAGES,
    english_again,  # noqa: F401 (autouse: English again after)
)

EDITIONS = sorted({edition for spec in PAGES for edition in spec.editions})
MENU = ("User guide", "Council setup file", "About GAP Field Kit")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_side_bar_item_and_menu_item_is_translated(main_window: Any, language: str) -> None:
    known = read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
    assert i18n.set_app_language(language)
    for edition in EDITIONS:
        main_window.set_edition(edition)
        specs = pages_for(edition)
        side_bar = main_window.side_bar
        assert side_bar.count() == len(specs)
        for row, spec in enumerate(specs):
            translated = known.get(("MainWindow", spec.title))
            assert translated, (language, spec.title)
            item = side_bar.item(row)
            assert item.text() == translated, (edition, spec.title)
            assert item.toolTip().startswith(translated)
        title = EDITION_TITLES[edition]
        assert main_window.windowTitle() == known.get(("MainWindow", title), title)
        assert edition == "field" or main_window.windowTitle() != title
    menu = [action.text() for action in main_window.help_menu.actions() if action.text()]
    assert menu == [known[("MainWindow", text)] for text in MENU]
    assert main_window.help_button.text() == known[("MainWindow", "Help")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_support_themes_are_named_in_the_language_and_a_councils_own_stays_as_written(
    qapp: Any, language: str
) -> None:
    from ui_translations import support_themes

    known = read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
    assert i18n.set_app_language(language)
    for theme in support_themes():
        translated = known[("Themes", theme)]
        assert i18n.theme_name(theme) == translated[:1].upper() + translated[1:] != theme
    assert i18n.theme_name("allotment keeping") == "Allotment keeping"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_fits_1024_by_600_in_each_language(main_window: Any, language: str) -> None:
    """Longer words must not widen the window: under Xvfb's fonts the action plan's buttons in
    Urdu had made the Assessments page (its results view is built with it) need 1052 pixels.
    Offscreen fonts are narrower, so the plan is also held to half the screen: its buttons
    wrap onto another line rather than widen it."""
    from desktop.ui.results.action_plan import ActionPlanView
    from tests.ui.small_screen import SCREEN_W
    from tests.ui.test_small_screen import assert_window_fits

    assert i18n.set_app_language(language)
    main_window.show_page("assessments")  # made now, in the language
    (plan,) = main_window.page("assessments").findChildren(ActionPlanView)
    assert plan.add_button.text() != "Add action…"
    assert plan.minimumSizeHint().width() <= SCREEN_W // 2
    main_window.set_council_mode(True)
    for key in main_window.page_keys():
        main_window.show_page(key)
        assert_window_fits(main_window)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_action_plans_titles_are_in_the_language_in_use_not_the_one_it_was_made_in(
    qapp: Any, language: str
) -> None:
    """The results switch to the session's language after the plan's table is made: its
    column titles stayed in Urdu over an English session."""
    from PySide6.QtCore import Qt

    from desktop.ui.models.actions import COLUMNS, ActionTableModel

    known = read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
    model = ActionTableModel()
    assert i18n.set_app_language(language)
    shown = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(len(COLUMNS))]
    assert shown == [known[("ActionPlan", title)] for title in COLUMNS]
    assert i18n.set_app_language("en")
    assert model.headerData(0, Qt.Orientation.Horizontal) == COLUMNS[0]


def test_the_overview_charts_legend_reads_left_to_right_under_a_right_to_left_layout(
    qapp: Any,
) -> None:
    """The charts are drawn at absolute positions: under Urdu each legend word was set at the
    right end of its box and the words ran into each other."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor

    from desktop.ui.pages.overview import StackedColumns

    def ink(image: Any, left: int, right: int) -> int:
        return sum(
            1
            for x in range(left, right)
            for y in range(2, 22)
            if QColor(image.pixel(x, y)).lightness() < 100
        )

    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        chart = StackedColumns("chart", {"Ready": QColor("#2e7d32"), "Later": QColor("#f9a825")})
        chart.resize(700, 160)
        image = chart.grab().toImage()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    # "Ready" starts just after its swatch (x 4-16), not 400 pixels on.
    assert ink(image, 20, 40) > 10
    assert ink(image, 300, 440) == 0


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_actions_due_date_names_its_month_in_the_language_shown(
    qapp: Any, language: str
) -> None:
    from datetime import date

    from PySide6.QtCore import Qt

    from desktop.services.assessments import ActionInfo
    from desktop.ui.models.actions import DUE, ActionTableModel

    known = read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
    action = ActionInfo(
        id="a1",
        assessment_id="s1",
        what="Write a reserves policy",
        who=None,
        due_date=date(2026, 3, 10),
        support_offer=None,
        theme=None,
        source_id=None,
        status="todo",
        position=0,
    )
    model = ActionTableModel()
    model.set_actions([action])
    assert model.data(model.index(0, DUE)) == "10 Mar 2026"
    assert i18n.set_app_language(language)
    assert model.data(model.index(0, DUE), Qt.ItemDataRole.DisplayRole) == (
        f"10 {known[('Report', 'Mar')]} 2026"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_times_in_lists_name_their_month_in_the_language_shown(qapp: Any, language: str) -> None:
    from datetime import UTC, datetime

    from desktop.ui.format import local_time
    from desktop.ui.models.assessments import started_text

    known = read_ts(i18n.ts_folder() / f"gapkit_{language}.ts")
    moment = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert " Nov 2026 " in local_time(moment) and " Nov 2026 " in started_text(moment)
    assert i18n.set_app_language(language)
    month = known[("Report", "Nov")]
    assert f" {month} 2026 " in local_time(moment)
    assert f" {month} 2026 " in started_text(moment)
