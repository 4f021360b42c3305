"""The long text table the council summary draws its organisations with: every row once, over
as many pages as it needs, the header on each; text the main font lacks, Urdu and words wider
than their column still come back as Paragraphs set them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.layout import CONTENT_WIDTH, ReportDocument, styles
from desktop.reports.text_table import TextTable, plain_lines

HEADERS = ["Organisation", "Ward", "Health check"]
WIDTHS = [70 * mm, 40 * mm, CONTENT_WIDTH - 110 * mm]
GURMUKHI = "ਪੰਜਾਬੀ ਸਭਾ"
URDU = "بیٹلی خواتین سلائی حلقہ"
LONG_WORD = "Huddersfieldcommunityassociationforeverybodyandtheirneighbours"


def write_table(path: Path, rows: list[list[str]]) -> list[str]:
    s = styles()
    table = TextTable(
        [[(header, s.header_cell)] for header in HEADERS],
        [
            [
                [(name, s.cell_bold)],
                [(ward, s.cell)],
                [(score, s.cell), ("12 Mar 2026", s.cell_muted)],
            ]
            for name, ward, score in rows
        ],
        WIDTHS,
    )
    document = ReportDocument(
        str(path), title="t", author="a", subject="s", footer_left="f", header_text="h"
    )
    document.build_story([table])
    return [
        " ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
        for page in PdfReader(str(path)).pages
    ]


def test_every_row_comes_back_once_over_pages_each_with_the_header(tmp_path):
    rows = [
        [f"Group {n:04d} of the long and winding name", f"Ward {n % 7}", f"{n % 100} · strong"]
        for n in range(600)
    ]
    pages = write_table(tmp_path / "t.pdf", rows)
    assert len(pages) > 5
    for page in pages:
        assert page.count("Organisation Ward Health check") == 1, page[:200]
    text = " ".join(pages)
    for n in range(600):
        assert text.count(f"Group {n:04d} of the long and winding name") == 1, n


def test_other_scripts_urdu_and_overlong_words_still_print(tmp_path):
    rows = [
        [GURMUKHI, "Batley East", "61 · strong"],
        [URDU, "Dewsbury West", "45 · developing"],
        ["Łódź Polish Club", "Ελληνικά", "—"],
        [LONG_WORD, "Almondbury", "50 · developing"],
    ]
    text = " ".join(write_table(tmp_path / "t.pdf", rows))
    for name in ("Łódź Polish Club", "Ελληνικά", "Batley East", "Dewsbury West"):
        assert name in text
    assert unicodedata.normalize("NFKC", URDU) in text
    assert all(letter in text for letter in GURMUKHI if not letter.isspace())
    # Split over lines (it is wider than its column), but every letter in order.
    assert LONG_WORD in text.replace(" ", "")
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(str(tmp_path / "t.pdf")).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("NotoSansGurmukhi" in font for font in fonts), fonts
    assert any("NotoNaskhArabic" in font for font in fonts), fonts


def test_text_the_main_font_lacks_or_a_word_too_wide_is_left_to_a_paragraph():
    s = styles()
    assert plain_lines(GURMUKHI, s.cell.fontName, s.cell.fontSize, 100) is None
    assert plain_lines(URDU, s.cell.fontName, s.cell.fontSize, 100) is None
    assert plain_lines(LONG_WORD, s.cell.fontName, s.cell.fontSize, 100) is None
    assert plain_lines("Batley Boxing Club", s.cell.fontName, s.cell.fontSize, 100) == (
        "Batley Boxing Club",
    )


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("abc ÜéŁódź'&<>\"\nWIMil.")), max_size=80),
    st.floats(min_value=20, max_value=200),
)
def test_lines_keep_every_word_in_order_and_fit_the_width(text, width):
    s = styles()
    lines = plain_lines(text, s.cell.fontName, s.cell.fontSize, width)
    if lines is None:
        assert any(stringWidth(w, s.cell.fontName, s.cell.fontSize) > width for w in text.split())
        return
    assert " ".join(lines).split() == text.split()
    for line in lines:
        assert stringWidth(line, s.cell.fontName, s.cell.fontSize) <= width + 1e-6
