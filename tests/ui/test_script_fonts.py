"""Words in Punjabi, Urdu and Bengali are drawn in a font that has their letters (the Noto
fonts the reports embed), not as boxes, on a laptop that has no such font of its own; and the
side bar's rows are as tall as each other under Urdu."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from desktop.ui import i18n
from desktop.ui.theme import add_script_fonts

from .test_languages import english_again  # noqa: F401 (autouse: English again after)

# A side-bar word in each script, and a group's Bengali name from the demo data.
WORDS = {
    "Punjabi": "ਸੰਸਥਾਵਾਂ",
    "Urdu": "ہم آہنگی",
    "Bengali": "বাংলাদেশি কল্যাণ সমিতি",
}


def characters_without_a_font(text: str) -> list[str]:
    """The characters of `text` that no font Qt can fall back to has: those are drawn as
    empty boxes."""
    fonts = [QFontMetrics(QFont(family)) for family in QFontDatabase.families()]
    return [
        char
        for char in text
        if not char.isspace() and not any(font.inFontUcs4(ord(char)) for font in fonts)
    ]


@pytest.mark.parametrize("script", sorted(WORDS))
def test_a_word_in_each_script_of_ours_is_drawn_with_no_empty_boxes(qapp: Any, script: str) -> None:
    add_script_fonts()
    assert characters_without_a_font(WORDS[script]) == []


def test_side_bar_rows_are_as_tall_as_each_other_in_urdu(main_window: Any) -> None:
    """Urdu's words took DejaVu Sans for most letters and Noto Naskh for ہ and ے: each row was
    as tall as the mix its word happened to take ("Sync" 8 pixels taller than "Forms")."""
    add_script_fonts()  # as the app's theme does at start
    assert i18n.set_app_language("ur")
    side_bar = main_window.side_bar
    heights = {
        side_bar.visualItemRect(side_bar.item(row)).height() for row in range(side_bar.count())
    }
    assert len(heights) == 1, heights
    # Urdu's words in one font, Noto Naskh Arabic, ahead of the main one.
    assert qapp_font_families()[0] == "Noto Naskh Arabic"
    assert i18n.set_app_language("en")
    assert "Noto Naskh Arabic" not in qapp_font_families()


def qapp_font_families() -> list[str]:
    from PySide6.QtWidgets import QApplication

    return QApplication.font().families()
