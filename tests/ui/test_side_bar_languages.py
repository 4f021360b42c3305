"""The side bar and its Help menu in the app's language, in every edition: no page's name
(Field packs, Our group...) stays English under Urdu, Punjabi or Polish."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.ui import i18n
from desktop.ui.main_window import PAGES, pages_for

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from ui_translations import read_ts  # noqa: E402

from .test_languages import (  # noqa: E402
    LANGUAGES,
    english_again,  # noqa: F401 (autouse: own translation cache, English again after)
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
