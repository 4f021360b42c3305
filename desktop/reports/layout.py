"""The look every report shares: A4 pages, calm colours, type styles, footer, page numbers and
the document outline (bookmarks)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from desktop.paths import remove_left_behind
from desktop.reports.fonts import (
    BOLD,
    REGULAR,
    bold_fallbacks,
    draw_text,
    has_complex_script,
    is_arabic_script,
    markup,
    register_fonts,
    text_width,
)
from desktop.reports.words import tr, tr_noop

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN

# Calm colours, the app's accent; every colour is paired with words so greyscale prints work.
ACCENT = colors.HexColor("#1f6f8b")
ACCENT_DARK = colors.HexColor("#17536a")
ACCENT_LIGHT = colors.HexColor("#e6f1f5")
TEXT = colors.HexColor("#1d2327")
MUTED = colors.HexColor("#5f6b73")
RULE = colors.HexColor("#cfd6db")
ZEBRA = colors.HexColor("#f5f7f8")
PREVIOUS = colors.HexColor("#6b6f73")

RAG_COLOURS = {
    "green": (colors.HexColor("#2f7d57"), colors.HexColor("#e2f0e8")),
    "amber": (colors.HexColor("#9a6a12"), colors.HexColor("#fbf0d6")),
    "red": (colors.HexColor("#a8453c"), colors.HexColor("#f8e4e1")),
}
RAG_WORDS = {
    "green": tr_noop("Report", "Strong"),
    "amber": tr_noop("Report", "Developing"),
    "red": tr_noop("Report", "Priority for support"),
}
VERDICT_WORDS = (
    tr_noop("Report", "Ready"),
    tr_noop("Report", "Ready with support"),
    tr_noop("Report", "Not yet ready"),
    tr_noop("Report", "Not assessed"),
)
# CAT readiness verdicts take the colour of the RAG rating they correspond to.
VERDICT_RAG = {"Ready": "green", "Ready with support": "amber", "Not yet ready": "red"}

MONTHS = (
    tr_noop("Report", "January"),
    tr_noop("Report", "February"),
    tr_noop("Report", "March"),
    tr_noop("Report", "April"),
    tr_noop("Report", "May"),
    tr_noop("Report", "June"),
    tr_noop("Report", "July"),
    tr_noop("Report", "August"),
    tr_noop("Report", "September"),
    tr_noop("Report", "October"),
    tr_noop("Report", "November"),
    tr_noop("Report", "December"),
)
MONTHS_SHORT = (
    tr_noop("Report", "Jan"),
    tr_noop("Report", "Feb"),
    tr_noop("Report", "Mar"),
    tr_noop("Report", "Apr"),
    tr_noop("Report", "May"),
    tr_noop("Report", "Jun"),
    tr_noop("Report", "Jul"),
    tr_noop("Report", "Aug"),
    tr_noop("Report", "Sep"),
    tr_noop("Report", "Oct"),
    tr_noop("Report", "Nov"),
    tr_noop("Report", "Dec"),
)


def long_date(value: date | datetime | None) -> str:
    """12 March 2026 (no leading zero; the month in the report's language, never the
    computer's locale)."""
    if value is None:
        return "—"
    return f"{value.day} {tr('Report', MONTHS[value.month - 1])} {value.year}"


def short_date(value: date | datetime | None) -> str:
    if value is None:
        return "—"
    return f"{value.day} {tr('Report', MONTHS_SHORT[value.month - 1])} {value.year}"


def rag_words(rag: str) -> str:
    """A band's name (green: Strong...) in the report's language."""
    return tr("Report", RAG_WORDS[rag])


def verdict_words(verdict: str) -> str:
    """A CAT readiness verdict in the report's language (the verdict itself stays English)."""
    return tr("Report", verdict)


class Styles(NamedTuple):  # not a frozen dataclass: ~2 ms less to define in a fresh process
    title: ParagraphStyle
    cover_kind: ParagraphStyle
    cover_title: ParagraphStyle
    cover_subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    cell_right: ParagraphStyle
    header_cell: ParagraphStyle
    note: ParagraphStyle
    bullet: ParagraphStyle
    big_number: ParagraphStyle
    verdict: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13.5, textColor=TEXT)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=20, leading=25),
        cover_kind=ParagraphStyle(
            "cover_kind", parent=body, fontSize=12, leading=16, textColor=colors.white
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=BOLD,
            fontSize=26,
            leading=32,
            textColor=colors.white,
        ),
        cover_subtitle=ParagraphStyle(
            "cover_subtitle",
            parent=body,
            fontSize=11.5,
            leading=16,
            textColor=colors.HexColor("#dcebf1"),
        ),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT_DARK,
            spaceBefore=16,
            spaceAfter=8,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=12,
            leading=16,
            textColor=TEXT,
            spaceBefore=10,
            spaceAfter=4,
        ),
        h3=ParagraphStyle(
            "h3",
            parent=body,
            fontName=BOLD,
            fontSize=10,
            leading=13.5,
            textColor=ACCENT_DARK,
            spaceBefore=8,
            spaceAfter=3,
        ),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8.5, leading=11.5),
        muted=ParagraphStyle("muted", parent=body, fontSize=8.5, leading=11.5, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED, fontSize=8),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=2),
        header_cell=ParagraphStyle(
            "header_cell", parent=cell, fontName=BOLD, textColor=colors.white, fontSize=8.5
        ),
        note=ParagraphStyle(
            "note",
            parent=body,
            fontSize=8.5,
            leading=11.5,
            textColor=colors.HexColor("#33403f"),
            leftIndent=10,
            spaceAfter=4,
        ),
        bullet=ParagraphStyle(
            "bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=2, bulletFontSize=9
        ),
        big_number=ParagraphStyle(
            "big_number", parent=body, fontName=BOLD, fontSize=26, leading=30, textColor=ACCENT
        ),
        verdict=ParagraphStyle("verdict", parent=body, fontName=BOLD, fontSize=13, leading=17),
    )


@lru_cache(maxsize=64)
def _shaped(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-shaped", parent=style, shaping=1)


class WrapOnceParagraph(Paragraph):
    """A Paragraph that keeps its lines between wraps to the same width.

    Its lines depend on the width alone (never on the height offered), yet a table wraps each
    cell when it measures the table, again for every page it splits over and again when it
    draws it, and KeepTogether wraps its content before the frame does: a report's paragraphs
    were broken into lines ~2.4 times each. A split that finds no room drops the lines
    (`blPara`), and then the next wrap breaks them again.
    """

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        wrapped = self._wrapped
        if wrapped is not None and wrapped[0] == availWidth and "blPara" in self.__dict__:
            return wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


def para(
    text: object,
    style: ParagraphStyle,
    *,
    bold: bool = False,
    raw: bool = False,
    kind: type[Paragraph] = WrapOnceParagraph,
) -> Paragraph:
    """A Paragraph of plain `text` (escaped, with font fallback); `raw` takes markup as is.

    Text in Arabic script (Urdu) is set right to left instead (`bidi.RightToLeftParagraph`);
    markup inside it is reduced to plain text with its line breaks.
    """
    plain = "" if text is None else str(text)
    if is_arabic_script(plain):
        from desktop.reports.bidi import RightToLeftParagraph, plain_from_markup

        return RightToLeftParagraph(plain_from_markup(plain) if raw else plain, style, bold=bold)
    content = bold_fallbacks(plain) if raw else markup(text, bold=bold)
    # Gurmukhi and Bengali need shaping (a vowel sign drawn before its consonant), markup too.
    if register_fonts().shaping and has_complex_script(plain):
        style = _shaped(style)
    return kind(content, style)


def heading(text: str, style: ParagraphStyle, level: int = 0, key: str | None = None) -> Paragraph:
    """A heading that becomes an entry of the PDF's outline (bookmarks) at `level`."""
    paragraph = para(text, style, bold=True)
    paragraph._outline = (text, level, key)
    return paragraph


# Left plus right padding of a data table's cells (see table_style).
_CELL_PADDING_X = 10


def table_style(header: bool = True, zebra: bool = True, rows: int = 0) -> list[tuple[Any, ...]]:
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
            ("LINEBELOW", (0, 0), (-1, 0), 0, ACCENT),
        ]
    if zebra:
        for row in range(1 if header else 0, rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    return commands


def data_table(
    headers: Sequence[str],
    rows: Sequence[Sequence[Flowable | str]],
    widths: Sequence[float],
    *,
    extra: Sequence[tuple[Any, ...]] = (),
    long: bool = False,
    zebra: bool = True,
    header_style: ParagraphStyle | None = None,
) -> Flowable:
    """A table with a coloured header row repeated on every page it spans: a RuledTable
    (`ruled_table.py`) unless an `extra` style command needs reportlab's Table."""
    from desktop.reports.plain_text import plain_text_cell

    s = styles()
    header = header_style or fitting_header_row_style(headers, widths)
    data: list[list[Any]] = [[plain_text_cell(h, header, bold=True) for h in headers]]
    for row in rows:
        data.append(
            [plain_text_cell(cell, s.cell) if isinstance(cell, str) else cell for cell in row]
        )
    # The same table drawn without reportlab's general Table machinery, where it can be.
    from desktop.reports.ruled_table import ruled_table

    ruled = ruled_table(data, widths, zebra=zebra, extra=extra)
    if ruled is not None:
        return ruled
    kind = LongTable if long else Table
    table = kind(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([*table_style(zebra=zebra, rows=len(data)), *extra]))
    return table


def fitting_header_style(headers: Sequence[str], width: float) -> ParagraphStyle:
    """The header cell style, smaller (down to 6.5 pt) if a word of these headers is wider
    than `width` less padding: narrow columns then break between words, never inside one
    ("Transfer de velopment")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    s = styles()
    style = s.header_cell
    room = width - _CELL_PADDING_X
    widest = max(
        (stringWidth(word, BOLD, style.fontSize) for text in headers for word in text.split()),
        default=0.0,
    )
    if widest <= room:
        return style
    size = max(6.5, int(10 * style.fontSize * room / widest) / 10)
    return _header_style_of_size(size)


def fitting_header_row_style(headers: Sequence[str], widths: Sequence[float]) -> ParagraphStyle:
    """One header style for a row of columns: the smallest any column needs to keep its
    words whole (a 16 mm "Change" column broke as "Chang e"). Headers in another script are
    left as they are: the main font's widths say nothing of their letters."""
    from desktop.reports.fonts import needs_fallback

    return min(
        (
            fitting_header_style([text], width)
            for text, width in zip(headers, widths, strict=True)
            if not needs_fallback(text)
        ),
        key=lambda style: style.fontSize,
        default=styles().header_cell,
    )


@lru_cache(maxsize=8)
def _header_style_of_size(size: float) -> ParagraphStyle:
    s = styles()
    ratio = s.header_cell.leading / s.header_cell.fontSize
    return ParagraphStyle(
        f"header_cell_{size}", parent=s.header_cell, fontSize=size, leading=round(size * ratio, 1)
    )


class TableRun:
    """Rows collected into tables; `flush` ends the current table so that free-flowing
    paragraphs (a note longer than a page) can go between two parts of it."""

    def __init__(
        self,
        out: list[Flowable],
        headers: Sequence[str],
        widths: Sequence[float],
        *,
        zebra: bool = True,
    ) -> None:
        self.out = out
        self.headers = headers
        self.widths = widths
        self.zebra = zebra
        self.rows: list[Sequence[Any]] = []
        self.extra: list[tuple[Any, ...]] = []

    def add(self, row: Sequence[Any], *, note: Flowable | None = None) -> None:
        """Add a row, and optionally a full-width note row kept visually with it."""
        self.rows.append(row)
        if note is not None:
            index = len(self.rows) + 1  # the table's own row index, after the header
            self.rows.append([note] + [""] * (len(self.headers) - 1))
            self.extra.append(("SPAN", (0, index), (-1, index)))
            self.extra.append(("LINEBELOW", (0, index - 1), (-1, index - 1), 0.4, colors.white))

    def flush(self) -> None:
        if self.rows:
            self.out.append(
                data_table(
                    self.headers,
                    self.rows,
                    self.widths,
                    extra=self.extra,
                    long=True,
                    zebra=self.zebra,
                )
            )
        self.rows = []
        self.extra = []


# ---------------------------------------------------------------------------------------------
# The document: page templates, footer, page numbers, outline


class _CountingCanvas(Canvas):
    """Writes the total page count once, at the end, into a form every footer refers to.

    This keeps "page 3 of 12" to one layout pass: the footer draws a reference to a form
    that is only filled in when the document is saved.
    """

    def save(self) -> None:
        total = max(1, self.getPageNumber() - 1)
        self.beginForm("pageCount")
        self.setFont(REGULAR, 7.5)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(total))
        self.endForm()
        super().save()


class ReportDocument(BaseDocTemplate):
    """A4 report: a cover page without header, then pages with a header line and a footer."""

    def __init__(
        self,
        path: str,
        *,
        title: str,
        author: str,
        subject: str,
        footer_left: str,
        header_text: str,
        cover: Callable[[Canvas, BaseDocTemplate], None] | None = None,
        keywords: Sequence[str] = (),
    ) -> None:
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 6 * mm,
            bottomMargin=MARGIN + 4 * mm,
            title=title,
            author=author,
            subject=subject,
            creator="GAP Field Kit",
            keywords=list(keywords),
            invariant=False,
        )
        self.footer_left = footer_left
        self.header_text = header_text
        self._outline_keys = 0
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        templates = []
        if cover is not None:
            draw_cover = cover

            def cover_page(canvas: Canvas, doc: BaseDocTemplate) -> None:
                draw_cover(canvas, doc)
                self._footer(canvas, doc)

            templates.append(PageTemplate(id="cover", frames=[frame], onPage=cover_page))
        templates.append(PageTemplate(id="body", frames=[frame], onPage=self._decorate))
        self.addPageTemplates(templates)

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 2 * mm, PAGE_WIDTH - MARGIN, top - 2 * mm)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        draw_text(canvas, MARGIN, top, self.header_text, 7.5)
        canvas.restoreState()
        self._footer(canvas, doc)

    def _footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        y = MARGIN - 2 * mm
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, y + 9, PAGE_WIDTH - MARGIN, y + 9)
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(MUTED)
        # In the report's language, so through draw_text (shaping, other scripts' fonts).
        draw_text(canvas, MARGIN, y, self.footer_left, 7.5)
        # The total is drawn later (see _CountingCanvas); leave room for up to three digits.
        digits_width = canvas.stringWidth("000", REGULAR, 7.5)
        right = PAGE_WIDTH - MARGIN - digits_width
        page = tr("Report", "Page {page} of").format(page=canvas.getPageNumber())
        label_width = text_width(page, 7.5)
        canvas.setFont(REGULAR, 7.5)
        if is_arabic_script(page):
            # Read right to left: the label at the right margin, the total to its left.
            draw_text(canvas, PAGE_WIDTH - MARGIN - label_width, y, page, 7.5)
            right = PAGE_WIDTH - MARGIN - label_width - digits_width - 3
        else:
            draw_text(canvas, right - 2 - label_width, y, page, 7.5)
        canvas.setFont(REGULAR, 7.5)
        canvas.translate(right + 1, y)
        canvas.doForm("pageCount")
        canvas.restoreState()

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "_outline", None)
        if outline is None:
            return
        title, level, key = outline
        self._outline_keys += 1
        key = key or f"outline-{self._outline_keys}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level > 0)

    def build_story(self, story: list[Flowable]) -> None:
        self.build(story, canvasmaker=_CountingCanvas)


def make_report_folder(folder: Path) -> None:
    """Make the folder reports are written to (and its parents), or say why it cannot be."""
    from desktop.errors import UserError

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(
            "Cannot create the folder {folder}: {reason}.", folder=folder, reason=exc.strerror
        ) from exc


def write_atomically(out_path: Path | str, build: Callable[[str], None]) -> Path:
    """Build into a temporary file beside `out_path`, then move it into place in one step,
    so a cancelled or failed report never leaves half a PDF where the old one was."""
    target = Path(out_path).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    from desktop.errors import UserError

    make_report_folder(folder)
    # The hidden temporary PDFs a killed copy left hold the people's data the report was
    # for, in a folder that may be a USB stick handed on.
    remove_left_behind(
        left
        for left in folder.glob(".report-*.pdf.tmp")
        if left.is_file() and not left.is_symlink()
    )
    try:
        handle, temp_name = tempfile.mkstemp(prefix=".report-", suffix=".pdf.tmp", dir=folder)
    except OSError as exc:
        raise UserError(
            "Cannot write in {folder}: {reason}. Choose another folder.",
            folder=folder,
            reason=exc.strerror,
        ) from exc
    os.close(handle)
    try:
        build(temp_name)
        os.chmod(temp_name, 0o644)  # mkstemp makes 0600; a report is meant to be shared
        os.replace(temp_name, target)
    except OSError as exc:
        Path(temp_name).unlink(missing_ok=True)
        raise UserError(
            "Could not save the report as {path}: {reason}. "
            "Check the disk has space and the file is not open in another program.",
            path=target,
            reason=exc.strerror,
        ) from exc
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return target
