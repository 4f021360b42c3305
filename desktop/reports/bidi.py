"""Right-to-left paragraphs (Urdu) in reports.

reportlab lays words out left to right. For a paragraph in Arabic script this flowable breaks
the text into lines in logical (typed) order, asks python-bidi for the visual order of each
line's words (Urdu words right to left, a name or a number inside keeping its own direction),
and draws each word right-aligned with HarfBuzz shaping (the joined letter forms), through the
fonts in `fonts.py`. Text is kept in logical order inside each word, so a PDF reader (and pypdf)
gives it back as typed.
"""

from __future__ import annotations

import re
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from desktop.reports.fonts import (
    ARABIC,
    ARABIC_BOLD,
    REGULAR,
    is_arabic_script,
    register_fonts,
    script_runs,
)

_TAGS = re.compile(r"<[^>]+>")
_BREAKS = re.compile(r"<br\s*/?>", re.IGNORECASE)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u052f]")
_DIGITS = re.compile(r"^[\d.,:/%+\-–]+$")


def plain_from_markup(markup: str) -> str:
    """Paragraph markup as plain text: `<br/>` becomes a line break, other tags go."""
    from html import unescape

    return unescape(_TAGS.sub("", _BREAKS.sub("\n", markup)))


def visual_order(words: list[str], base: str = "R") -> list[int]:
    """The order (indices into `words`) in which a right-to-left line shows its words.

    Each word stands for one placeholder letter of its direction (Arabic for Urdu words, a
    Latin letter for English words and numbers, an arrow for punctuation) and python-bidi
    orders the placeholders, so its rules decide where names, numbers and punctuation go.
    """
    from bidi import get_display

    placeholders: list[str] = []
    for index, word in enumerate(words):
        if is_arabic_script(word):
            placeholders.append(chr(0x0621 + index % 26) if index < 26 else chr(0x0671 + index))
        elif _LATIN.search(word) or _DIGITS.match(word):
            placeholders.append(chr(0x0100 + index))
        else:
            placeholders.append(chr(0x2190 + index))
    if len(set(placeholders)) != len(placeholders):
        return list(reversed(range(len(words))))
    shown = get_display(" ".join(placeholders), base_dir=base)
    where = {char: index for index, char in enumerate(placeholders)}
    return [where[char] for char in shown if char in where]


def _shaped(run: str, font: str, size: float) -> Any:
    """A run of Arabic script shaped by HarfBuzz: its glyphs in visual order (so PDF readers,
    which expect right-to-left text drawn right to left, give it back in typed order)."""
    from reportlab.pdfbase.ttfonts import shapeStr

    if font not in (ARABIC, ARABIC_BOLD):
        return run
    install_to_unicode_fix()
    shaped = shapeStr(run, font, size)
    _remember_private(run, font, shaped)
    return shaped


def run_width(run: str, font: str, size: float) -> float:
    """The width a run takes on the page, after shaping."""
    shaped = _shaped(run, font, size)
    data = getattr(shaped, "__shapeData__", None)
    if data:
        return float(sum(d.x_advance for d in data)) * size / 1000
    return float(stringWidth(run, font, size))


def _pieces(words: list[str], bold: bool) -> list[tuple[str, str]]:
    """(font, text) pieces of a line whose words are in visual order. Neighbouring words wholly
    in Arabic script become one piece in typed order, shaped together (HarfBuzz lays it out
    right to left), so the line is one run for a PDF reader."""
    arabic = ARABIC_BOLD if bold else ARABIC
    pieces: list[tuple[str, str]] = []
    group: list[str] = []

    def close() -> None:
        if group:
            pieces.append((arabic, " ".join(reversed(group))))
            group.clear()

    for word in words:
        runs = script_runs(word, bold=bold)
        if len(runs) == 1 and runs[0][0] == arabic:
            group.append(word)
            continue
        close()
        if pieces:
            pieces.append((REGULAR, " "))
        pieces += runs
    close()
    # Spaces between an Arabic piece and its neighbours.
    spaced: list[tuple[str, str]] = []
    for font, text in pieces:
        if spaced and spaced[-1][1] != " " and text != " ":
            spaced.append((REGULAR, " "))
        spaced.append((font, text))
    return spaced


def draw_words(canvas: Any, x: float, y: float, words: list[str], size: float, bold: bool) -> float:
    """Draw words (already in visual order) as one line of one text object; returns its width.

    Arabic script is drawn as HarfBuzz lays it out (glyphs right to left), which is how PDF
    readers expect right-to-left text, so they give the words back in the order typed.
    """
    text = canvas.beginText(x, y)
    width = 0.0
    for font, piece in _pieces(words, bold):
        text.setFont(font, size)
        text.textOut(_shaped(piece, font, size))
        width += run_width(piece, font, size)
    canvas.drawText(text)
    return width


def line_width(words: list[str], size: float, bold: bool) -> float:
    return sum(run_width(piece, font, size) for font, piece in _pieces(words, bold))


class RightToLeftParagraph(Flowable):
    """A paragraph set right to left, wrapped to the width it is given."""

    def __init__(self, text: str, style: Any, *, bold: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bold = bold or "Bold" in str(style.fontName)
        self.lines: list[list[str]] = []
        self.width = 0.0
        self._outline: Any = None

    def _word_width(self, word: str) -> float:
        size = self.style.fontSize
        return sum(run_width(run, font, size) for font, run in script_runs(word, bold=self.bold))

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        register_fonts()
        self.width = available_width
        space = stringWidth(" ", REGULAR, self.style.fontSize)
        self.lines = []
        for logical_line in self.text.split("\n"):
            line: list[str] = []
            used = 0.0
            for word in logical_line.split():
                width = self._word_width(word)
                if line and used + space + width > available_width:
                    self.lines.append(line)
                    line, used = [], 0.0
                line.append(word)
                used += (space if len(line) > 1 else 0) + width
            self.lines.append(line)
        return available_width, len(self.lines) * self.style.leading + self.style.spaceAfter

    def draw(self) -> None:
        canvas = self.canv
        size, leading = self.style.fontSize, self.style.leading
        stringWidth(" ", REGULAR, size)
        canvas.saveState()
        canvas.setFillColor(self.style.textColor)
        y = len(self.lines) * leading + self.style.spaceAfter - size
        for line in self.lines:
            ordered = [line[i] for i in visual_order(line)] if line else []
            total = line_width(ordered, size, self.bold)
            x = (
                (self.width - total) / 2
                if self.style.alignment == TA_CENTER
                else self.width - total
            )
            draw_words(canvas, x, y, ordered, size, self.bold)
            y -= leading
        canvas.restoreState()

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        fits = int(available_height // self.style.leading)
        if fits <= 0 or fits >= len(self.lines):
            return []
        first = RightToLeftParagraph("", self.style, bold=self.bold)
        rest = RightToLeftParagraph("", self.style, bold=self.bold)
        first.text = "\n".join(" ".join(line) for line in self.lines[:fits])
        rest.text = "\n".join(" ".join(line) for line in self.lines[fits:])
        return [first, rest]


# ---------------------------------------------------------------------------------------------
# Copy and paste for glyphs with no character of their own

_original_cmap: Any = None


# font name -> private-use code -> the letters its glyph shows
_PRIVATE_TEXTS: dict[str, dict[int, str]] = {ARABIC: {}, ARABIC_BOLD: {}}


def _remember_private(run: str, font: str, shaped: Any) -> None:
    """reportlab gives shaped glyphs with no character of their own (the lam-alef ligature)
    private-use codes; remember which letters each stands for, from HarfBuzz's clusters."""
    data = getattr(shaped, "__shapeData__", None) or []
    clusters = sorted({d.cluster for d in data})
    for char, item in zip(str(shaped), data, strict=False):
        if 0xE000 <= ord(char) <= 0xF8FF:
            later = [c for c in clusters if c > item.cluster]
            letters = run[item.cluster : later[0] if later else len(run)]
            if letters:
                _PRIVATE_TEXTS[font].setdefault(ord(char), letters)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap, with the letters of private-use glyphs where they are known."""
    text = str(_original_cmap(fontname, subset))
    private = _PRIVATE_TEXTS[ARABIC_BOLD if "Bold" in fontname else ARABIC]
    for index, code in enumerate(subset):
        letters = private.get(code)
        if letters:
            hex_text = letters.encode("utf-16-be").hex().upper()
            text = text.replace(f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{hex_text}>")
    return text


def install_to_unicode_fix() -> None:
    """Let PDF readers copy Urdu ligatures as their letters (once per process)."""
    global _original_cmap
    from reportlab.pdfbase import ttfonts

    if _original_cmap is None:
        _original_cmap = ttfonts.makeToUnicodeCMap
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
