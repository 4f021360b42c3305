"""A long table of text, laid out once and drawn straight onto the page.

A reportlab Table of Paragraphs parses, wraps and draws every cell through the paragraph
machinery, and measures the table again at every page it splits over: for the council
summary's 5,000 organisations that was most of the PDF's time. Here a cell is a few pieces of
text, each in a paragraph style, stacked. Plain text that the main font covers is broken into
lines once (at spaces, by the font's widths, as a Paragraph breaks it) and drawn as lines of
text; anything else (another script, Urdu set right to left, a word wider than its column)
stays a Paragraph. The table looks like `layout.data_table` (coloured header row repeated on
every page, zebra rows, a rule under each row) and splits between rows at the end of a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Flowable, Paragraph

from desktop.reports.fonts import needs_fallback
from desktop.reports.layout import ACCENT, RULE, ZEBRA, para

# A cell: pieces of text, each in its style, stacked top to bottom.
Cell = Sequence[tuple[str, ParagraphStyle]]

# Cell padding, as `layout.table_style` pads a data table's cells.
_PAD_LEFT = _PAD_RIGHT = 5.0
_PAD_TOP = _PAD_BOTTOM = 4.0
_RULE_WIDTH = 0.4


@lru_cache(maxsize=16384)
def plain_lines(text: str, font: str, size: float, width: float) -> tuple[str, ...] | None:
    """`text` broken at spaces into lines no wider than `width` in this font, or None when a
    word alone is wider (a Paragraph then splits it) or the main font lacks a character."""
    if needs_fallback(text):
        return None
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    for paragraph_line in text.split("\n"):
        words: list[str] = []
        used = 0.0
        for word in paragraph_line.split():
            word_width = stringWidth(word, font, size)
            if word_width > width:
                return None
            if words and used + space + word_width > width:
                lines.append(" ".join(words))
                words, used = [], 0.0
            used += word_width + (space if words else 0.0)
            words.append(word)
        lines.append(" ".join(words))
    return tuple(lines)


@dataclass(frozen=True)
class _Piece:
    """One piece of a cell, laid out: its lines of plain text, or a wrapped Paragraph."""

    style: ParagraphStyle
    lines: tuple[str, ...]
    paragraph: Paragraph | None
    height: float


def _lay_out_piece(text: str, style: ParagraphStyle, width: float) -> _Piece:
    lines = plain_lines(text, style.fontName, style.fontSize, width)
    if lines is not None:
        return _Piece(style, lines, None, len(lines) * style.leading)
    paragraph = para(text, style)
    height = paragraph.wrap(width, 1e6)[1]
    return _Piece(style, (), paragraph, height)


@lru_cache(maxsize=16384)
def _shared_piece(text: str, style: ParagraphStyle, width: float) -> _Piece:
    # Wards, legal forms, dates and verdicts repeat down a long table: lay each out once. A
    # piece holding a Paragraph is never shared (a Paragraph keeps its own wrap state).
    return _lay_out_piece(text, style, width)


@dataclass(frozen=True)
class _Row:
    cells: tuple[tuple[_Piece, ...], ...]
    height: float


def _lay_out_row(cells: Sequence[Cell], widths: Sequence[float]) -> _Row:
    laid: list[tuple[_Piece, ...]] = []
    tallest = 0.0
    for cell, width in zip(cells, widths, strict=True):
        inner = width - _PAD_LEFT - _PAD_RIGHT
        pieces = []
        for text, style in cell:
            piece = _shared_piece(text, style, inner)
            if piece.paragraph is not None:
                piece = _lay_out_piece(text, style, inner)
            pieces.append(piece)
        laid.append(tuple(pieces))
        tallest = max(tallest, sum(piece.height for piece in pieces))
    return _Row(tuple(laid), tallest + _PAD_TOP + _PAD_BOTTOM)


class TextTable(Flowable):
    """A table of text cells with a header row, split between rows over as many pages as it
    needs; each part repeats the header and starts its zebra stripes afresh."""

    def __init__(
        self,
        headers: Sequence[Cell],
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        zebra: bool = True,
    ) -> None:
        super().__init__()
        self.widths = tuple(widths)
        self.zebra = zebra
        self.hAlign = "LEFT"
        self._header = _lay_out_row(headers, self.widths)
        self._rows = [_lay_out_row(row, self.widths) for row in rows]
        self._height = self._header.height + sum(row.height for row in self._rows)

    @classmethod
    def _part(cls, whole: TextTable, rows: list[_Row]) -> TextTable:
        part = cls.__new__(cls)
        Flowable.__init__(part)
        part.widths, part.zebra, part.hAlign = whole.widths, whole.zebra, whole.hAlign
        part._header, part._rows = whole._header, rows
        part._height = whole._header.height + sum(row.height for row in rows)
        return part

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width, self.height = sum(self.widths), self._height
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        room = availHeight - self._header.height
        fitting = 0
        for row in self._rows:
            if row.height > room:
                break
            room -= row.height
            fitting += 1
        if fitting == 0 or fitting == len(self._rows):
            return []
        return [
            TextTable._part(self, self._rows[:fitting]),
            TextTable._part(self, self._rows[fitting:]),
        ]

    def draw(self) -> None:
        canvas = self.canv
        width = sum(self.widths)
        top = self._height
        canvas.saveState()
        header_bottom = top - self._header.height
        canvas.setFillColor(ACCENT)
        canvas.rect(0, header_bottom, width, self._header.height, stroke=0, fill=1)
        bottoms = []
        y = header_bottom
        for index, row in enumerate(self._rows):
            if self.zebra and index % 2 == 0:
                canvas.setFillColor(ZEBRA)
                canvas.rect(0, y - row.height, width, row.height, stroke=0, fill=1)
            y -= row.height
            bottoms.append(y)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(_RULE_WIDTH)
        canvas.lines([(0, bottom, width, bottom) for bottom in bottoms])
        text = _Text(canvas.beginText())
        paragraphs: list[tuple[Paragraph, float, float]] = []
        row_top = top
        for row in (self._header, *self._rows):
            left = 0.0
            for pieces, column_width in zip(row.cells, self.widths, strict=True):
                y = row_top - _PAD_TOP
                x = left + _PAD_LEFT
                for piece in pieces:
                    if piece.paragraph is not None:
                        paragraphs.append((piece.paragraph, x, y - piece.height))
                    else:
                        text.add(piece, x, column_width - _PAD_LEFT - _PAD_RIGHT, y)
                    y -= piece.height
                left += column_width
            row_top -= row.height
        canvas.drawText(text.lines)
        for paragraph, x, y in paragraphs:
            paragraph.drawOn(canvas, x, y)
        canvas.restoreState()


class _Text:
    """The page's lines of text in one text object, setting the font and colour only when
    they change."""

    def __init__(self, lines: PDFTextObject) -> None:
        self.lines = lines
        self._font: tuple[str, float] | None = None
        self._colour: object = None

    def add(self, piece: _Piece, x: float, width: float, top: float) -> None:
        """A piece's lines, the first baseline one font size below `top` (where a Paragraph
        puts it), right-aligned in `width` if its style says so."""
        style = piece.style
        font = (style.fontName, style.fontSize)
        if font != self._font:
            self.lines.setFont(*font)
            self._font = font
        if style.textColor is not self._colour:
            self.lines.setFillColor(style.textColor)
            self._colour = style.textColor
        baseline = top - style.fontSize
        for line in piece.lines:
            left = x
            if style.alignment == TA_RIGHT:
                left = x + width - stringWidth(line, *font)
            self.lines.setTextOrigin(left, baseline)
            self.lines.textOut(line)
            baseline -= style.leading
