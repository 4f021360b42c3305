"""Table cells of plain text, drawn as lines of text without the paragraph machinery.

A Paragraph parses its markup with an HTML parser, breaks it into lines through reportlab's
general word-fragment code and draws it fragment by fragment: in the appendix, where every
statement, answer and rating spread is a cell, that was most of a report's layout time. A
`PlainCell` is a few pieces of text stacked one under the other (each one line break apart,
as `<br/>` stacks them in a Paragraph), each in one font, size and colour. It breaks its lines
as a Paragraph does (greedy, at spaces, with reportlab's allowance for slightly full lines)
and puts every line where the Paragraph would put it, so the page looks the same.

Only text the main font prints as it is goes this way, left or right aligned: another
script (Gurmukhi, Urdu set right to left), characters the font lacks, other kinds of space,
control characters, or a word wider than the column make the cell the Paragraph it always was
(`layout.para`). A PlainCell never splits, so it is for table cells (a table row never splits
either), not for text flowing down a page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, NamedTuple

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop.reports.fonts import BOLD, REGULAR, is_arabic_script, markup, register_fonts
from desktop.reports.layout import MUTED, para

# `<font>` of a muted line under a cell's main text (a rubric line, "Gateway criterion").
MUTED_OPEN = '<font color="#5f6b73" size="8">'
MUTED_SIZE = 8.0


# The records here are NamedTuples, not dataclasses: a frozen dataclass costs ~1 ms to define (its
# methods are compiled from source) in every fresh `gapkit report`, and more to make each time.
class Piece(NamedTuple):
    """Text in a cell: bold, and/or muted (smaller and grey, see MUTED_OPEN)."""

    text: str
    bold: bool = False
    muted: bool = False

    def markup(self) -> str:
        text = markup(self.text)
        if self.bold:
            text = f"<b>{text}</b>"
        if self.muted:
            text = f"{MUTED_OPEN}{text}</font>"
        return text


def cell_markup(pieces: Sequence[Piece]) -> str:
    """The Paragraph markup of these pieces, one under the other."""
    return "<br/>".join(piece.markup() for piece in pieces)


Fallback = Callable[[], Flowable]


def plain_cell(
    pieces: Sequence[Piece], style: ParagraphStyle, fallback: Fallback | None = None
) -> Flowable:
    """A cell of `pieces` in `style`: a PlainCell when its text is plain, else `fallback()`,
    the Paragraph it looks the same as (by default `para(cell_markup(pieces), style,
    raw=True)`; a cell that was `para(text, style)` passes that, which also shapes)."""
    make_paragraph = fallback or partial(para, cell_markup(pieces), style, raw=True)
    runs = _runs(pieces, style)
    if runs is None:
        return make_paragraph()
    return PlainCell(runs, style, make_paragraph)


def plain_text_cell(text: str, style: ParagraphStyle, *, bold: bool = False) -> Flowable:
    """`para(text, style, bold=bold)`, as a PlainCell when the text is plain."""
    return plain_cell([Piece(text, bold=bold)], style, partial(para, text, style, bold=bold))


class _Run(NamedTuple):
    """One line's worth of a piece (the text between two line breaks) in its font."""

    words: tuple[str, ...]
    font: str
    size: float
    colour: Color


def _plain_text(text: str, covered: frozenset[int]) -> bool:
    return not is_arabic_script(text) and all(
        (char == " " or (char.isprintable() and not char.isspace())) and ord(char) in covered
        for char in set(text)
    )


def _runs(pieces: Sequence[Piece], style: ParagraphStyle) -> tuple[_Run, ...] | None:
    """The pieces as runs of words, or None when a Paragraph must set them."""
    if (
        not pieces
        or style.alignment not in (TA_LEFT, TA_RIGHT)
        or style.firstLineIndent
        or getattr(style, "shaping", 0)
        or style.fontName not in (REGULAR, BOLD)
        or style.backColor
        or style.borderWidth
        or getattr(style, "endDots", None)
        or getattr(style, "textTransform", None)
        or getattr(style, "autoLeading", "") not in ("", "off", None)
        or getattr(style, "wordWrap", None)
        or getattr(style, "hyphenationLang", "")
        or getattr(style, "uriWasteReduce", 0)
        or getattr(style, "embeddedHyphenation", 0)
    ):
        return None
    if len(pieces) == 1 and pieces[0].text == "":
        return ()  # an empty cell: a Paragraph of no lines, no height
    covered = register_fonts().covered
    runs = []
    for piece in pieces:
        font = BOLD if piece.bold or style.fontName == BOLD else REGULAR
        if not _plain_text(piece.text.replace("\n", " "), covered[font]):
            return None
        size = MUTED_SIZE if piece.muted else float(style.fontSize)
        colour = MUTED if piece.muted else style.textColor
        for line in piece.text.split("\n"):
            words = tuple(word for word in line.split(" ") if word)
            if not words:
                return None  # an empty line: leave it to the Paragraph's own rules
            runs.append(_Run(words, font, size, colour))
    return tuple(runs)


class _Line(NamedTuple):
    text: str
    run: _Run
    spaces: int
    extra: float  # room left on the line (negative when reportlab let it run slightly over)


class PlainCell(Flowable):
    """Stacked pieces of plain text, broken into lines and placed as a Paragraph of the same
    markup would (first baseline one font size below the top, then one leading per line)."""

    def __init__(self, runs: tuple[_Run, ...], style: ParagraphStyle, fallback: Fallback):
        super().__init__()
        self.style = style
        self._runs = runs
        self._fallback = fallback
        self._lines: tuple[_Line, ...] = ()
        self._laid_width: float | None = None
        self._paragraph: Flowable | None = None

    # A Paragraph's space around it (a table cell of several flowables adds it).
    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._paragraph is not None:
            return self._paragraph.wrap(availWidth, availHeight)
        if self._laid_width != availWidth:
            lines = _break_lines(self._runs, self.style, availWidth)
            if lines is None:
                # A word wider than the column: reportlab splits it; leave that to it.
                self._paragraph = self._fallback()
                return self._paragraph.wrap(availWidth, availHeight)
            self._lines = lines
            self._laid_width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        if self._paragraph is not None:
            self._paragraph.drawOn(canvas, x, y, _sW)
        else:
            super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        if not self._lines:
            return
        style = self.style
        canvas = self.canv
        canvas.saveState()
        text = canvas.beginText(style.leftIndent, self.height - self._lines[0].run.size)
        font: tuple[str, float] | None = None
        colour: Color | None = None
        right = style.alignment == TA_RIGHT
        for line in self._lines:
            run = line.run
            if (run.font, run.size) != font:
                font = (run.font, run.size)
                text.setFont(run.font, run.size, style.leading)
            if run.colour != colour:
                colour = run.colour
                text.setFillColor(colour)
            squeezed = line.extra < -1e-8 and line.spaces > 0
            # Right-aligned lines start after the room left (as reportlab's
            # _rightDrawParaLine moves them), unless squeezed to the full width.
            shift = line.extra if right and not squeezed else 0.0
            if abs(shift) > 1e-6:
                text.setXPos(shift)
            if squeezed:
                # reportlab squeezes the spaces of a line it let run a little over
                text.setWordSpace(line.extra / line.spaces)
                text.textLine(line.text)
                text.setWordSpace(0)
            else:
                text.textLine(line.text)
            if abs(shift) > 1e-6:
                text.setXPos(-shift)
        canvas.drawText(text)
        canvas.restoreState()


def _break_lines(
    runs: Sequence[_Run], style: ParagraphStyle, width: float
) -> tuple[_Line, ...] | None:
    """Lines as reportlab's Paragraph.breakLines makes them for one font per run: a word goes
    on the line when it fits, allowing `spaceShrinkage` of a space per word already there;
    None when a word is wider than the whole line."""
    room = width - style.leftIndent - style.rightIndent
    shrinkage = style.spaceShrinkage
    lines: list[_Line] = []
    for run in runs:
        space = stringWidth(" ", run.font, run.size)
        line: list[str] = []
        used = -space
        for word in run.words:
            word_width = stringWidth(word, run.font, run.size)
            if word_width > room:
                return None
            wider = used + space + word_width
            if wider <= room + shrinkage * space * len(line) or not line:
                line.append(word)
                used = wider
            else:
                lines.append(_Line(" ".join(line), run, len(line) - 1, room - used))
                line = [word]
                used = word_width
        lines.append(_Line(" ".join(line), run, len(line) - 1, room - used))
    return tuple(lines)
