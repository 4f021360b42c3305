"""A report's data table drawn by RuledTable (reports/ruled_table.py) is the table reportlab's
Table draws for the same cells and style: pixel for pixel over page breaks (the header
repeated, zebra stripes, notes spanning a row under a white rule, band colours, text that
wraps, Urdu set right to left, Punjabi shaped), split at the same rows; a style it doesn't
draw leaves the table to reportlab."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops
from reportlab.lib import colors
from reportlab.platypus import Flowable, LongTable, PageBreak, Spacer, Table, TableStyle

from desktop.reports.layout import (
    CONTENT_WIDTH,
    RAG_COLOURS,
    ReportDocument,
    data_table,
    para,
    styles,
    table_style,
)
from desktop.reports.plain_text import Piece, plain_cell, plain_text_cell
from desktop.reports.ruled_table import RuledTable, ruled_table

WIDTHS = [CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.3, CONTENT_WIDTH * 0.2]
SENTENCE = (
    "we keep a register of our trustees and volunteers and the group agreed the funding plan "
    "with safeguarding checked every year by the board"
)
WORDS = SENTENCE.split()
URDU = "ہم واضح طور پر ایک یا دو جملوں میں بتا سکتے ہیں کہ ہماری تنظیم کس لیے ہے۔"
PUNJABI = "ਅਸੀਂ ਆਪਣੇ ਟਰੱਸਟੀਆਂ ਦਾ ਰਜਿਸਟਰ ਰੱਖਦੇ ਹਾਂ"


def cells_and_style() -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """A table as the report's appendix and section scores make one: the header, rows of
    plain cells and paragraphs, every third row followed by a note spanning the row under a
    white rule (as TableRun adds it), and a band cell with its own colours."""
    s = styles()
    data: list[list[Any]] = [
        [
            plain_text_cell(text, s.header_cell, bold=True)
            for text in ("Statement", "Answer", "Band")
        ]
    ]
    extra: list[tuple[Any, ...]] = []
    for n in range(26):
        words = " ".join(WORDS[: 4 + (n * 7) % len(WORDS)])
        if n % 9 == 4:
            statement: Flowable = para(URDU, s.cell)
        elif n % 9 == 7:
            statement = para(PUNJABI, s.cell)
        else:
            pieces = [Piece(f"{n}. {words}")]
            if n % 4 == 0:
                pieces.append(Piece("Gateway criterion", muted=True))
            statement = plain_cell(pieces, s.cell)
        answer = plain_cell(
            [Piece(f"{n % 5} · Strong", bold=True), Piece(words, muted=True)], s.cell
        )
        band = plain_text_cell("Developing", s.cell_bold)
        data.append([statement, answer, band])
        row = len(data) - 1
        if n % 5 == 2:
            text, fill = RAG_COLOURS["amber"]
            extra.append(("BACKGROUND", (2, row), (2, row), fill))
            extra.append(("TEXTCOLOR", (2, row), (2, row), text))
        if n % 3 == 1:
            hidden = [plain_text_cell("", s.cell), plain_text_cell("", s.cell)]
            data.append([para(f"<b>Note:</b> {words} {words}", s.note, raw=True), *hidden])
            extra.append(("SPAN", (0, row + 1), (-1, row + 1)))
            extra.append(("LINEBELOW", (0, row), (-1, row), 0.4, colors.white))
    return data, extra


def reportlab_table() -> Table:
    data, extra = cells_and_style()
    table = LongTable(data, colWidths=WIDTHS, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*table_style(zebra=True, rows=len(data)), *extra]))
    return table


def our_table() -> Flowable:
    data, extra = cells_and_style()
    table = ruled_table(data, WIDTHS, zebra=True, extra=extra)
    assert table is not None
    return table


def render(path: Path, make_table: Any) -> list[Image.Image]:
    """The table after space of four heights (so pages break after different rows, once
    between a row and its note), one copy a page on, as 72 dpi pictures of every page."""
    s = styles()
    story: list[Flowable] = []
    for offset in (0, 90, 160, 300):
        story += [para("Ruled table", s.h2), Spacer(1, offset), make_table(), PageBreak()]
    document = ReportDocument(
        str(path), title="t", author="a", subject="s", footer_left="f", header_text="h"
    )
    document.build_story(story)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "72", str(path), str(path.with_suffix(""))], check=True
    )
    return [Image.open(page).convert("RGB") for page in sorted(path.parent.glob(f"{path.stem}-*"))]


def assert_same_pictures(ours: list[Image.Image], theirs: list[Image.Image]) -> None:
    assert len(ours) == len(theirs)
    for number, (mine, reference) in enumerate(zip(ours, theirs, strict=True), start=1):
        assert ImageChops.difference(mine, reference).getbbox() is None, f"page {number}"


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")
def test_a_ruled_table_draws_what_reportlabs_table_draws_over_page_breaks(tmp_path: Path) -> None:
    theirs = render(tmp_path / "table.pdf", reportlab_table)
    ours = render(tmp_path / "ruled.pdf", our_table)
    # The table is longer than a page, so every copy is split at least once.
    assert len(ours) >= 8
    assert_same_pictures(ours, theirs)


def test_it_splits_after_the_rows_that_fit_and_repeats_the_header() -> None:
    table = our_table()
    reference = reportlab_table()
    width, height = table.wrap(CONTENT_WIDTH, 10_000)
    assert (width, height) == reference.wrap(CONTENT_WIDTH, 10_000)
    for room in (30.0, 100.0, 250.0, 400.0, height - 1):
        ours = table.split(CONTENT_WIDTH, room)
        theirs = reference.split(CONTENT_WIDTH, room)
        assert [part.wrap(CONTENT_WIDTH, room)[1] for part in ours] == [
            part.wrap(CONTENT_WIDTH, room)[1] for part in theirs
        ]
    # Nothing but the header fits: no split; everything fits: the table itself.
    assert table.split(CONTENT_WIDTH, 20.0) == []
    assert table.split(CONTENT_WIDTH, height) == [table]


def test_a_style_it_does_not_draw_leaves_the_table_to_reportlab() -> None:
    s = styles()
    rows = [[plain_text_cell("a", s.cell), plain_text_cell("b", s.cell)]]
    widths = [100.0, 100.0]
    assert isinstance(data_table(["A", "B"], rows, widths), RuledTable)
    middle = data_table(["A", "B"], rows, widths, extra=[("VALIGN", (1, 1), (1, -1), "MIDDLE")])
    assert isinstance(middle, Table)
    above = data_table(
        ["A", "B"], rows, widths, extra=[("LINEABOVE", (0, 1), (-1, 1), 0.8, "black")]
    )
    assert isinstance(above, Table)
    # A cell that is not a flowable (reportlab draws a string itself).
    assert (
        ruled_table([["A", "B"], ["a", plain_text_cell("b", s.cell)]], widths, zebra=True) is None
    )
