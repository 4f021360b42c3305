"""Font fallback: text is split into runs each font can print, and nothing is lost or added."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.platypus import Paragraph

from desktop.reports.fonts import (
    BENGALI,
    GURMUKHI,
    REGULAR,
    markup,
    register_fonts,
    script_runs,
)

MIXED = st.text(
    alphabet=st.sampled_from(
        list("abc ÜéŁódź'&<>\"\n")
        + list("ਪੰਜਾਬੀ ਸਭਾਕਿ")
        + list("বাংলাদেশি")
        + list("Ελληνικά")
        + ["\u0627", "😀"]
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


def test_bengali_goes_to_noto_sans_bengali():
    fonts = register_fonts()
    runs = script_runs("Batley Bangladeshi Welfare Association (বাংলাদেশি কল্যাণ সমিতি)")
    assert runs == [
        (REGULAR, "Batley Bangladeshi Welfare Association "),
        (BENGALI, "(বাংলাদেশি কল্যাণ সমিতি)"),  # brackets go with the word they hold
    ]
    assert all(ord(char) in fonts.covered[BENGALI] for char in "বাংলাদেশি কল্যাণ সমিতি")


def _style():
    from desktop.reports.layout import styles

    return styles().body


def _laid_out_runs(text: str) -> list[str]:
    from desktop.reports.layout import para

    paragraph = para(text, _style())
    paragraph.wrap(400, 100)
    return [str(frag.text) for line in paragraph.blPara.lines for frag in line.words]


def test_gurmukhi_and_bengali_in_a_paragraph_are_shaped():
    """Shaping puts a vowel sign written after its consonant (ਕਿ, কি, দে) before it on the
    page; unshaped, Punjabi and Bengali print with their vowel signs in the wrong place."""
    runs = _laid_out_runs("Batley ਕਿ ਸਿਹਤ and কি বাংলাদেশি")
    assert runs[0] == "Batley "
    shaped = "".join(runs[1:])
    assert "\u0a3f\u0a15" in shaped and "\u0a3f\u0a38" in shaped  # ਿ before ਕ and ਸ
    assert "\u09bf\u0995" in shaped and "\u09c7\u09a6" in shaped  # ি before ক, ে before দ


def test_a_bracket_opening_a_bengali_word_is_shaped_with_the_bengali_font():
    """reportlab shapes a word with its first character's font: "(বাংলাদেশি" set with
    DejaVu's "(" first printed every Bengali letter of the word as a box."""
    from desktop.reports.layout import para

    assert script_runs("Welfare Association (বাংলাদেশি সমিতি)") == [
        (REGULAR, "Welfare Association "),
        (BENGALI, "(বাংলাদেশি সমিতি)"),
    ]
    paragraph = para("Welfare Association (বাংলাদেশি সমিতি)", _style())
    paragraph.wrap(400, 100)
    frags = [frag for line in paragraph.blPara.lines for frag in line.words]
    assert [frag.fontName for frag in frags] == [REGULAR, BENGALI]


def test_latin_only_paragraphs_are_laid_out_without_shaping():
    from reportlab.pdfbase.ttfonts import ShapedStr

    from desktop.reports.layout import para

    paragraph = para("Batley AV Wave", _style())
    paragraph.wrap(400, 100)
    assert not paragraph.style.shaping
    assert paragraph.blPara.kind == 0  # plain words, no HarfBuzz run
    assert not any(
        isinstance(word, ShapedStr) for _w, words in paragraph.blPara.lines for word in words
    )


def test_a_bracket_after_gurmukhi_opening_a_latin_word_goes_with_the_latin_word():
    """In "ਤਬਾਦਲੇ (CAT)" the "(" had stayed in the Gurmukhi run, so reportlab shaped the word
    "(CAT)" with the Gurmukhi font, which has no Latin letters, and the Punjabi CAT readiness
    report stopped with an error."""
    from desktop.reports.fonts import BOLD, GURMUKHI_BOLD
    from desktop.reports.layout import para, styles

    text = "ਕਮਿਊਨਿਟੀ ਸੰਪਤੀ ਤਬਾਦਲੇ (CAT) ਲਈ"
    assert script_runs(text, bold=True) == [
        (GURMUKHI_BOLD, "ਕਮਿਊਨਿਟੀ ਸੰਪਤੀ ਤਬਾਦਲੇ "),
        (BOLD, "(CAT) "),
        (GURMUKHI_BOLD, "ਲਈ"),
    ]
    paragraph = para(text, styles().h1, bold=True)
    paragraph.wrap(400, 100)  # raised AttributeError ('hbAddPrivate') inside reportlab
    words = [str(frag.text) for line in paragraph.blPara.lines for frag in line.words]
    assert "".join("".join(words).split()).count("(CAT)") == 1


def test_bold_markup_around_gurmukhi_and_bengali_is_bold_and_shaped():
    """`<b>{markup(name)}</b>` (a fund's name, an answer in bold) printed the Gurmukhi in the
    regular weight: reportlab sets a `<font name>` inside `<b>` as named. And a paragraph of
    ready markup was never shaped, so its vowel signs stood after their consonants."""
    from desktop.reports.fonts import BENGALI_BOLD, GURMUKHI_BOLD
    from desktop.reports.layout import para

    paragraph = para(
        f"<b>{markup('ਕਮਿਊਨਿਟੀ ਫੰਡ')} and {markup('কি সমিতি')}</b> {markup('ਕਿ')}",
        _style(),
        raw=True,
    )
    paragraph.wrap(400, 100)
    frags = [frag for line in paragraph.blPara.lines for frag in line.words]
    fonts = [frag.fontName for frag in frags]
    assert GURMUKHI_BOLD in fonts and BENGALI_BOLD in fonts
    assert fonts[-1] == GURMUKHI  # outside <b>: regular
    shaped = "".join(str(frag.text) for frag in frags)
    assert "\u0a3f\u0a2e" in shaped and "\u09bf\u0995" in shaped  # ਿ before ਮ, ি before ক
