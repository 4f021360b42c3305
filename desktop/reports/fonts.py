"""The fonts reports embed (DejaVu Sans, Noto Sans Gurmukhi, Noto Naskh Arabic, Noto Sans
Bengali) and per-script font fallback.

reportlab's built-in PDF fonts only cover Latin-1, so "Łódź" or "ਪੰਜਾਬੀ ਸਭਾ" would print as
black boxes. We embed DejaVu Sans (Latin, Greek, Cyrillic, Arabic letters and more) and fall
back to Noto fonts for the scripts DejaVu lacks (Gurmukhi for Punjabi, Bengali for the names
of Bangladeshi groups): text is split into runs by the font that has each character, and each
run is wrapped in `<font name=...>`. No CJK font is embedded (Noto Sans CJK is ~16 MB a
weight): Chinese names still print as boxes.

Registering a TrueType font parses the whole file (~12 ms for DejaVu Sans), so it is done once
per process, and what the parse found is kept in the model cache (`forms.model_cache`) for the
next process: a fresh `gapkit report` reads DejaVu Sans and its bold back instead.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from html import escape as _html_escape
from pathlib import Path
from typing import Any, NamedTuple

REGULAR = "GapSans"
BOLD = "GapSans-Bold"
GURMUKHI = "GapGurmukhi"
GURMUKHI_BOLD = "GapGurmukhi-Bold"
ARABIC = "GapArabic"  # Noto Naskh Arabic: Urdu, shaped with HarfBuzz
ARABIC_BOLD = "GapArabic-Bold"
BENGALI = "GapBengali"
BENGALI_BOLD = "GapBengali-Bold"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    GURMUKHI: "NotoSansGurmukhi-Regular.ttf",
    GURMUKHI_BOLD: "NotoSansGurmukhi-Bold.ttf",
    ARABIC: "NotoNaskhArabic-Regular.ttf",
    ARABIC_BOLD: "NotoNaskhArabic-Bold.ttf",
    BENGALI: "NotoSansBengali-Regular.ttf",
    BENGALI_BOLD: "NotoSansBengali-Bold.ttf",
}
# DejaVu Sans is marked shapable too: reportlab shapes a paragraph only when its own font is
# shapable, and a Punjabi paragraph's font is DejaVu with Gurmukhi runs inside. Only
# paragraphs that have such runs are set with shaping on (layout.para), so Latin-only text is
# laid out exactly as before.
_SHAPED = (REGULAR, BOLD, GURMUKHI, GURMUKHI_BOLD, ARABIC, ARABIC_BOLD, BENGALI, BENGALI_BOLD)
# Scripts reportlab shapes word by word inside a paragraph (Arabic script goes through bidi.py).
_WORD_SHAPED = (GURMUKHI, GURMUKHI_BOLD, BENGALI, BENGALI_BOLD)
# Fallback order after the main font: (regular, bold) pairs.
_FALLBACKS = ((GURMUKHI, GURMUKHI_BOLD), (ARABIC, ARABIC_BOLD), (BENGALI, BENGALI_BOLD))
_FAMILIES = ((REGULAR, BOLD), *_FALLBACKS)
# DejaVu Sans has Arabic letters but cannot join them: Arabic script always takes Noto Naskh.
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

# Text made only of these characters is covered by DejaVu Sans: no run splitting needed.
_COMMON_TEXT = re.compile(r"[\x00-\u052f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20bf\u2100-\u215f]*")

_lock = threading.RLock()


def escape(text: str) -> str:
    """`&`, `<` and `>` as entities (xml.sax.saxutils.escape's result, without importing
    xml.sax, which brings urllib.request and http.client: ~20 ms of a first report)."""
    return _html_escape(text, quote=False)


def fonts_dir() -> Path:
    """`resources/fonts`: beside the forms in the resources folder, else in this checkout."""
    from forms.loader import resources_dir

    folder = resources_dir() / "fonts"
    if (folder / _FILES[REGULAR]).exists():
        return folder
    return Path(__file__).resolve().parents[2] / "resources" / "fonts"


def shaping_available() -> bool:
    """Whether complex scripts (Gurmukhi vowel signs) can be shaped: needs uharfbuzz."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


class _Coverage(Mapping[str, frozenset[int]]):
    """Which characters each font has, registering a fallback font (with its bold, which
    `<b>` inside its runs needs) the first time its coverage is asked for: a report whose text
    needs no Gurmukhi or Arabic script never parses those files."""

    def __init__(self, shaping: bool) -> None:
        self._shaping = shaping
        self._covered: dict[str, frozenset[int]] = {}

    def __getitem__(self, name: str) -> frozenset[int]:
        covered = self._covered.get(name)
        if covered is None:
            if name not in _FILES:
                raise KeyError(name)
            with _lock:
                for family in _FAMILIES:
                    if name in family:
                        for member in family:
                            if member not in self._covered:
                                self._covered[member] = _register(member, self._shaping)
                        _map_bold(family)
                covered = self._covered[name]
        return covered

    def __iter__(self) -> Iterator[str]:
        return iter(_FILES)

    def __len__(self) -> int:
        return len(_FILES)


class ReportFonts(NamedTuple):
    """The registered fonts and which characters each one has."""

    covered: Mapping[str, frozenset[int]]
    shaping: bool


def _register(name: str, shaping: bool) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics

    folder = fonts_dir()
    path = folder / _FILES[name]
    if not path.exists():
        raise FileNotFoundError(
            f"The report font {_FILES[name]} is missing from {folder}. Reinstall GAP Field Kit."
        )
    font = read_font(name, path, shapable=shaping and name in _SHAPED)
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


@dataclass(frozen=True)
class ParsedFace:
    """What reportlab's parse of a TrueType file set on its face (names, metrics, the
    character-to-glyph map, widths, glyph positions): everything but the file's bytes, which
    the face keeps to cut the subset a PDF embeds, and the scale function made of unitsPerEm."""

    attributes: dict[str, Any]


# Not kept: read from the file, or made again from the other attributes.
_FACE_FROM_FILE = ("_ttf_data", "filename", "_pdfScale")


def read_font(name: str, path: Path, *, shapable: bool) -> Any:
    """reportlab's `TTFont(name, path, shapable=...)`, its face's parse read from the model
    cache when an earlier process parsed the same file with the same reportlab."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    from forms.model_cache import cached_model

    data = path.read_bytes()

    def parse() -> ParsedFace:
        face = TTFontFace(str(path))  # as TTFont(name, path) parses it
        return ParsedFace(
            {key: value for key, value in vars(face).items() if key not in _FACE_FROM_FILE}
        )

    parsed = cached_model(
        f"font-{path.name}",
        data,
        ParsedFace,
        parse,
        code=(__name__, "reportlab.pdfbase.ttfonts"),
    )
    return _font_with_face(name, _face_from(parsed, str(path), data), shapable)


def _face_from(parsed: ParsedFace, filename: str, data: bytes) -> Any:
    """The TTFontFace a parse of `data` makes (TTFontFile.extractInfo), from its attributes."""
    from reportlab.pdfbase.ttfonts import TTFontFace

    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(parsed.attributes)
    face._ttf_data = data
    face.filename = filename
    units_per_em = parsed.attributes["unitsPerEm"]
    # extractInfo's own scale: the same arithmetic, so the same widths to the last bit
    if units_per_em == 1000:
        face._pdfScale = lambda x: x
    else:
        multiplier = 1000 / units_per_em
        face._pdfScale = lambda x: x * multiplier
    return face


def _font_with_face(name: str, face: Any, shapable: bool) -> Any:
    """`TTFont(name, ...)` over a face already made: what TTFont.__init__ sets, in its order
    (tests/reports/test_font_cache.py compares every attribute with a font parsed anew)."""
    from fnmatch import fnmatch
    from weakref import WeakKeyDictionary

    from reportlab import rl_config
    from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

    font = TTFont.__new__(TTFont)
    font.fontName = name
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = shapable and not any(
        fnmatch(name, pattern) for pattern in rl_config.unShapedFontGlob
    )
    return font


@lru_cache(maxsize=1)
def _registered() -> ReportFonts:
    from reportlab import rl_config

    # Streams are compressed anyway; ASCII85 on top only makes files bigger and slower.
    rl_config.useA85 = 0
    coverage = _Coverage(shaping_available())
    coverage[REGULAR]  # DejaVu Sans and its bold: every report's text
    return ReportFonts(covered=coverage, shaping=coverage._shaping)


def _map_bold(family: tuple[str, str]) -> None:
    """`<b>` in a run of the family's regular font takes its bold. Done after registering
    them: registering a font maps its bold to itself (a fallback font registered on demand
    had lost its bold that way, and `<b>` around Gurmukhi printed regular)."""
    from reportlab.lib.fonts import addMapping

    regular, bold = family
    addMapping(regular, 0, 0, regular)
    addMapping(regular, 1, 0, bold)
    addMapping(regular, 0, 1, regular)
    addMapping(regular, 1, 1, bold)


def register_fonts() -> ReportFonts:
    """Register the report fonts with reportlab (once per process; later calls are free)."""
    with _lock:
        return _registered()


def is_arabic_script(text: str) -> bool:
    """Whether `text` has Arabic-script letters (Urdu), which are set right to left."""
    return _ARABIC_SCRIPT.search(text) is not None


def _font_for(char: str, fonts: ReportFonts, bold: bool) -> str:
    code = ord(char)
    if _ARABIC_SCRIPT.match(char) and code in fonts.covered[ARABIC]:
        return ARABIC_BOLD if bold else ARABIC
    main = BOLD if bold else REGULAR
    if code in fonts.covered[main]:
        return main
    if unicodedata.category(char) == "Cc":
        # A line break (DejaVu Sans has no glyph for one) or another control character: it
        # prints nothing, so it never calls for a fallback font (nor loads one).
        return main
    for regular, bold_name in _FALLBACKS:
        name = bold_name if bold else regular
        if code in fonts.covered[name]:
            return name
    return main


def script_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """`text` split into (font name, run) pairs, each run printable in its font.

    Spaces, punctuation and combining marks stay in the run they follow when its font has
    them, so a Gurmukhi phrase is one run and shapes as a whole.
    """
    fonts = register_fonts()
    main = BOLD if bold else REGULAR
    runs: list[tuple[str, str]] = []
    current = main
    buffer: list[str] = []
    for char in text:
        category = unicodedata.category(char)
        if (
            buffer
            and category[0] != "L"
            and ord(char) in fonts.covered[current]
            and not _ARABIC_SCRIPT.match(char)
        ):
            buffer.append(char)
            continue
        font = _font_for(char, fonts, bold)
        if font != current and buffer:
            runs.append((current, "".join(buffer)))
            buffer = []
        current = font
        buffer.append(char)
    if buffer:
        runs.append((current, "".join(buffer)))
    return _join_word_starts(runs, fonts)


def _join_word_starts(runs: list[tuple[str, str]], fonts: ReportFonts) -> list[tuple[str, str]]:
    """Punctuation that opens a word, as in "(ਪੰਜਾਬੀ" or "ਤਬਾਦਲੇ (CAT)", joins the word's run
    when that font has it: reportlab shapes a whole word with the font of its first
    character, and DejaVu has no Bengali or Gurmukhi letters (they would print as boxes),
    nor Noto Gurmukhi Latin ones (shaping "(CAT)" with it stopped the report with an error)."""
    joined: list[tuple[str, str]] = []
    for font, run in runs:
        if joined and (font in _WORD_SHAPED or joined[-1][0] in _WORD_SHAPED):
            before_font, before = joined[-1]
            start = len(before)
            while start and not before[start - 1].isspace():
                start -= 1
            opening = before[start:]
            if opening and all(
                unicodedata.category(char)[0] != "L" and ord(char) in fonts.covered[font]
                for char in opening
            ):
                run = opening + run
                if start:
                    joined[-1] = (before_font, before[:start])
                else:
                    joined.pop()
        joined.append((font, run))
    return joined


def needs_fallback(text: str) -> bool:
    """Whether `text` has characters outside what DejaVu Sans covers for certain."""
    return _COMMON_TEXT.fullmatch(text) is None


def markup(text: object, *, bold: bool = False) -> str:
    """`text` as Paragraph markup: XML-escaped, with `<font>` runs where another font is needed.

    Line breaks become `<br/>`, so a note keeps its paragraphs.
    """
    plain = "" if text is None else str(text)
    if not needs_fallback(plain):
        body = escape(plain)
        return f"<b>{body}</b>".replace("\n", "<br/>") if bold else body.replace("\n", "<br/>")
    parts: list[str] = []
    main = BOLD if bold else REGULAR
    for font, run in script_runs(plain, bold=bold):
        escaped = escape(run).replace("\n", "<br/>")
        if font == main:
            parts.append(f"<b>{escaped}</b>" if bold else escaped)
        else:
            parts.append(f'<font name="{font}">{escaped}</font>')
    return "".join(parts)


_BOLD_SPAN = re.compile(r"<b>(.*?)</b>", re.DOTALL)
_FALLBACK_FONT_TAGS = {
    f'<font name="{regular}">': f'<font name="{bold}">' for regular, bold in _FALLBACKS
}
_FALLBACK_FONT_TAG = re.compile("|".join(re.escape(tag) for tag in _FALLBACK_FONT_TAGS))


def bold_fallbacks(text: str) -> str:
    """Markup with each fallback font run inside `<b>...</b>` set in that font's bold.

    reportlab takes a `<font name>` inside `<b>` as it is named: `<b>{markup(name)}</b>` printed
    a Gurmukhi fund name in the regular weight between bold English words."""
    if "<b>" not in text or '<font name="' not in text:
        return text
    return _BOLD_SPAN.sub(
        lambda span: (
            "<b>"
            + _FALLBACK_FONT_TAG.sub(lambda tag: _FALLBACK_FONT_TAGS[tag.group(0)], span.group(1))
            + "</b>"
        ),
        text,
    )


def has_complex_script(text: str) -> bool:
    """Whether `text` has characters only a fallback font covers (such as Gurmukhi)."""
    if not needs_fallback(text):
        return False
    fonts = register_fonts()
    regular = fonts.covered[REGULAR]
    return any(ord(char) not in regular and not char.isspace() for char in text)


def draw_text(
    canvas: Any, x: float, y: float, text: str, size: float, *, bold: bool = False
) -> float:
    """Draw one line on a canvas (headers, footers) with font fallback; returns its width."""

    if is_arabic_script(text):
        # Words in the order a reader sees them (Urdu right to left), each shaped as typed.
        from desktop.reports.bidi import visual_order

        words = text.split()
        first = next((w for w in words if is_arabic_script(w) or re.search("[A-Za-z]", w)), "")
        order = visual_order(words, "R" if is_arabic_script(first) else "L")
        from desktop.reports.bidi import draw_words

        return draw_words(canvas, x, y, [words[i] for i in order], size, bold)
    return _draw_runs(canvas, x, y, text, size, bold)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """How wide `draw_text` draws `text` (to place it against a right margin)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if is_arabic_script(text):
        from desktop.reports.bidi import line_width

        return line_width(text.split(), size, bold)
    runs = (
        script_runs(text, bold=bold)
        if needs_fallback(text)
        else [(BOLD if bold else REGULAR, text)]
    )
    return sum(stringWidth(run, font, size) for font, run in runs)


def _draw_runs(canvas: Any, x: float, y: float, text: str, size: float, bold: bool) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    start = x
    for font, run in (
        script_runs(text, bold=bold)
        if needs_fallback(text)
        else [(BOLD if bold else REGULAR, text)]
    ):
        canvas.setFont(font, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, font, size)
    return x - start
