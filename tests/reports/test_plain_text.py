"""Plain-text cells (reports/plain_text.py) look exactly like the Paragraphs they replace: the
same lines, widths and heights as reportlab's own line breaking gives for the same markup, and
the same pixels when a table of each is rendered; text they can't draw the same way stays a
Paragraph. Also: a report paragraph keeps its lines between wraps to the same width."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from desktop.reports.bidi import RightToLeftParagraph
from desktop.reports.fonts import REGULAR
from desktop.reports.layout import (
    CONTENT_WIDTH,
    ReportDocument,
    WrapOnceParagraph,
    para,
    styles,
    table_style,
)
from desktop.reports.plain_text import (
    Piece,
    PlainCell,
    cell_markup,
    plain_cell,
    plain_text_cell,
)

WORDS = [
    "a",
    "I",
    "we",
    "the",
    "group",
    "agreed",
    "funding",
    "plan",
    "trustees",
    "volunteers",
    "safeguarding",
    "●",
    "●●",
    "1",
    "2",
    "3",
    "Strong",
    "Developing,",
    "(policy)",
    "12.5%",
    "£300",
    "café",
    "naïve",
    "Łódź",
    "Ελλάδα",
    "—",
    "–",
    "‘quoted’",
    "“x”",
    "&",
    "<b>",
    "x>y",
    "Don't",
    "supercalifragilistic",
]


def paragraph_lines(paragraph: Paragraph) -> tuple[list[tuple[str, float]], float]:
    """A wrapped Paragraph's lines (text, room left) and its first line's font size."""
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:
        return [(" ".join(words), extra) for extra, words in lines], paragraph.blPara.fontSize
    return (
        [
            ("".join(getattr(word, "text", "") for word in line.words).strip(), line.extraSpace)
            for line in lines
        ],
        lines[0].fontSize,
    )


def assert_same_as_paragraph(cell: PlainCell, pieces: list[Piece], style, width: float):
    reference = para(cell_markup(pieces), style, raw=True)
    assert cell.wrap(width, 1e6) == reference.wrap(width, 1e6)
    lines, first_size = paragraph_lines(reference)
    assert [line.text for line in cell._lines] == [text for text, _extra in lines]
    assert [line.extra for line in cell._lines] == pytest.approx([e for _t, e in lines], abs=1e-9)
    assert cell._lines[0].run.size == first_size


texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
pieces_strategy = st.lists(
    st.builds(Piece, texts, bold=st.booleans(), muted=st.booleans()), min_size=1, max_size=3
)


@settings(max_examples=300, deadline=None)
@given(
    pieces=pieces_strategy,
    style_name=st.sampled_from(
        ["cell", "cell_muted", "cell_bold", "cell_right", "header_cell", "body"]
    ),
    width=st.floats(min_value=60, max_value=420),
    doubled=st.booleans(),
    broken=st.booleans(),
)
def test_lines_are_those_reportlab_breaks_the_same_markup_into(
    pieces, style_name, width, doubled, broken
):
    if doubled:  # two spaces (the rating spreads have them) count as one
        pieces[0] = Piece(pieces[0].text.replace(" ", "  ", 1), pieces[0].bold, pieces[0].muted)
    if broken:  # a line break inside a piece: a <br/> in the markup
        pieces[-1] = Piece(pieces[-1].text.replace(" ", "\n", 1), pieces[-1].bold, True)
    style = getattr(styles(), style_name)
    cell = plain_cell(pieces, style)
    assert isinstance(cell, PlainCell)
    if any(
        stringWidth(word, REGULAR, 12) > width for p in pieces for word in p.text.split()
    ):  # a word wider than the column may go to the Paragraph: covered below
        return
    assert_same_as_paragraph(cell, pieces, style, width)


def test_a_slightly_full_line_is_kept_and_squeezed_as_reportlab_does():
    s = styles()
    text = "the group agreed the funding plan"
    exact = stringWidth(text, s.cell.fontName, s.cell.fontSize)
    pieces = [Piece(text)]
    cell = plain_cell(pieces, s.cell)
    assert isinstance(cell, PlainCell)
    # 0.2 pt short: reportlab still keeps the line, squeezing its spaces
    assert_same_as_paragraph(cell, pieces, s.cell, exact - 0.2)
    assert len(cell._lines) == 1 and cell._lines[0].extra < 0
    # 2 pt short: the last word goes to a second line
    assert_same_as_paragraph(cell, pieces, s.cell, exact - 2)
    assert [line.text for line in cell._lines] == ["the group agreed the funding", "plan"]


@pytest.mark.parametrize(
    "text",
    [
        "ਪੰਜਾਬੀ ਸਭਾ ਦੀ ਮੀਟਿੰਗ",  # Gurmukhi: another font
        "بیٹلی خواتین سلائی حلقہ",  # Urdu: right to left
        "non\u00a0breaking space",
        "a\ttab",
        "soft\u00adhyphen",
        "zero\u200bwidth",
        "carriage\r\nreturn",
        "two\n\nparagraphs",
        "华人社区中心",  # no font has it: boxes, as before
    ],
)
def test_text_a_paragraph_must_set_stays_a_paragraph(text):
    s = styles()
    cell = plain_cell([Piece(text)], s.cell)
    assert not isinstance(cell, PlainCell)
    assert isinstance(cell, Paragraph | RightToLeftParagraph)
    assert plain_text_cell(text, s.cell).__class__ is para(text, s.cell).__class__


def test_styles_it_does_not_draw_stay_paragraphs():
    s = styles()
    centred = ParagraphStyle("centred", parent=s.cell, alignment=TA_CENTER)
    assert not isinstance(plain_cell([Piece("12 Mar 2026")], centred), PlainCell)
    shaped = ParagraphStyle("shaped", parent=s.cell, shaping=1)
    assert not isinstance(plain_cell([Piece("plain")], shaped), PlainCell)


def test_a_word_wider_than_the_column_is_left_to_the_paragraph_which_splits_it():
    s = styles()
    word = "Huddersfieldcommunityassociationforeverybody"
    cell = plain_text_cell(f"the {word} hall", s.cell)
    assert isinstance(cell, PlainCell)
    width, height = cell.wrap(60, 1e6)
    reference = para(f"the {word} hall", s.cell)
    assert (width, height) == reference.wrap(60, 1e6)
    assert isinstance(cell._paragraph, Paragraph)
    assert cell.wrap(200, 1e6) == reference.wrap(200, 1e6)


def _render(path: Path, cells: list[list[object]]) -> list[Image.Image]:
    s = styles()
    widths = [CONTENT_WIDTH * 0.45, CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.1]
    table = Table(cells, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle(table_style(zebra=False, rows=len(cells))))
    document = ReportDocument(
        str(path), title="t", author="a", subject="s", footer_left="f", header_text="h"
    )
    document.build_story([para("Plain cells", s.h2), table])
    subprocess.run(
        ["pdftoppm", "-png", "-r", "110", str(path), str(path.with_suffix(""))], check=True
    )
    return [Image.open(page).convert("RGB") for page in sorted(path.parent.glob(f"{path.stem}-*"))]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_a_table_of_plain_cells_renders_pixel_for_pixel_as_the_paragraphs(tmp_path):
    s = styles()
    squeezed = "the group agreed the funding plan and the trustees signed it off"
    rows = []
    for n in range(40):
        statement = [Piece(f"{n}. We keep a register of our {WORDS[n % len(WORDS)]} " * 3)]
        if n % 3 == 0:
            statement.append(Piece("Gateway criterion", muted=True))
        answer = [Piece(f"{n % 5} · Strong", bold=True)]
        if n % 2:
            answer.append(Piece("Policies are written down and reviewed every year", muted=True))
        spread = [Piece("1  ●●\n2  –\n3  ●●●", muted=True), Piece("Talked about", bold=True)]
        score = [Piece(f"{n * 7 % 101}", bold=n % 2 == 0)] if n % 5 else [Piece("")]
        rows.append([statement, answer, spread, score])
    rows.append(
        [[Piece(squeezed)], [Piece("Łódź café — “quoted”")], [Piece("x>y & <b>")], [Piece("—")]]
    )
    # a right-aligned line with more words than fit: wrapped, and the short one moved right
    rows.append([[Piece("a")], [Piece("b")], [Piece("c")], [Piece("not scored yet at all")]])
    headers = ["Statement", "Agreed answer", "How people rated", "Score"]

    def table(make):
        return [[make([Piece(h, bold=True)], s.header_cell) for h in headers]] + [
            [make(cell, s.cell_right if i == 3 else s.cell) for i, cell in enumerate(row)]
            for row in rows
        ]

    plain = table(plain_cell)
    assert all(isinstance(cell, PlainCell) for row in plain for cell in row)
    paragraphs = table(lambda pieces, style: para(cell_markup(pieces), style, raw=True))
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    pages = _render(tmp_path / "a" / "plain.pdf", plain)
    expected = _render(tmp_path / "b" / "para.pdf", paragraphs)
    assert len(pages) == len(expected) > 1
    for page, reference in zip(pages, expected, strict=True):
        assert ImageChops.difference(page, reference).getbbox() is None


def test_a_paragraph_keeps_its_lines_between_wraps_to_the_same_width():
    s = styles()
    paragraph = para("the group agreed the funding plan " * 6, s.body)
    assert isinstance(paragraph, WrapOnceParagraph)
    size = paragraph.wrap(200, 1000)
    lines = paragraph.blPara
    assert paragraph.wrap(200, 50) == size
    assert paragraph.blPara is lines  # not broken again
    wider = paragraph.wrap(400, 1000)
    assert wider[1] < size[1] and paragraph.blPara is not lines
    # a split that finds no room drops the lines: the next wrap breaks them again
    assert paragraph.split(400, 5) == []
    assert "blPara" not in paragraph.__dict__
    assert paragraph.wrap(400, 1000) == wider
    assert paragraph.blPara is not None
