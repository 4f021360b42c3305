"""Font fallback: text is split into runs each font can print, and nothing is lost or added."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from desktop.reports.fonts import (
    GURMUKHI,
    REGULAR,
    markup,
    register_fonts,
    script_runs,
)

MIXED = st.text(
    alphabet=st.sampled_from(
        list("abc ÜéŁódź'&<>\"\n") + list("ਪੰਜਾਬੀ ਸਭਾਕਿ") + list("Ελληνικά") + ["\u0627", "😀"]
    ),
    max_size=60,
)


@settings(max_examples=200, deadline=None)
@given(MIXED)
def test_runs_join_back_to_the_text_and_each_letter_is_in_a_font_that_has_it(text):
    fonts = register_fonts()
    runs = script_runs(text)
    assert "".join(run for _font, run in runs) == text
    for font, run in runs:
        for char in run:
            has_it = any(ord(char) in fonts.covered[name] for name in fonts.covered)
            if has_it and char.isalpha():
                assert ord(char) in fonts.covered[font], (char, font)


@settings(max_examples=100, deadline=None)
@given(MIXED)
def test_markup_is_always_valid_paragraph_markup(text):
    paragraph = Paragraph(markup(text), _style())  # raises on bad markup
    # and no character the user wrote is lost or added (layout folds white space)
    assert "".join(paragraph.getPlainText().split()) == "".join(text.split())


def test_gurmukhi_goes_to_noto_and_latin_stays_in_dejavu():
    runs = script_runs("Ümit's Café and ਪੰਜਾਬੀ ਸਭਾ club")
    assert runs == [
        (REGULAR, "Ümit's Café and "),
        (GURMUKHI, "ਪੰਜਾਬੀ ਸਭਾ "),
        (REGULAR, "club"),
    ]


def _style():
    from desktop.reports.layout import styles

    return styles().body
