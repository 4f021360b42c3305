"""The reports' data tables (`layout.data_table`), laid out and drawn without reportlab's
general Table.

A report's tables all look one way: a coloured header row repeated on every page, optional
zebra stripes, a thin rule under every row, cells padded alike and set from the top. Some rows
span the whole width (a note under the row it belongs to, with a white rule between them) and
some cells have a background of their own (a section's band). A reportlab Table gives every
cell a style object that each style command copies into, measures its rows through its general
code for spans and splits in rows, and draws each cell through that code: thousands of calls
in a report of ~90 statements, for a look that never changes. `RuledTable` keeps the rows'
cells (the PlainCells and Paragraphs a Table would hold), measures each row once and
draws exactly what the Table draws for the style `layout.table_style` gives it: the same
backgrounds, cells, rules and page splits, in the same order, so the page looks the same.
Anything else (another style command, a cell that isn't flowables) keeps reportlab's Table
(`ruled_table` returns None).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

from desktop.reports.layout import ACCENT, RULE, ZEBRA

# `layout.table_style`'s padding and rule, and reportlab's defaults for a cell's text and a
# table's lines (a cell's fill colour and font are set before its flowables draw; lines have
# round caps and joins).
_PAD_LEFT = _PAD_RIGHT = 5.0
_PAD_TOP = _PAD_BOTTOM = 4.0
_RULE_WIDTH = 0.4
_CELL_FONT = ("Helvetica", 10, 12)
_ROUND = 1
# reportlab measures a cell's flowables in this much height less the padding.
_MEASURE_HEIGHT = 72000.0 - _PAD_TOP - _PAD_BOTTOM


class _Row(NamedTuple):
    """A row: its cells (flowables each), whether one cell spans the row, the stripe behind it,
    cell backgrounds and text colours by column, and rules drawn under it after the table's."""

    cells: tuple[tuple[Flowable, ...], ...]
    spans: bool
    striped: bool
    backgrounds: tuple[tuple[int, Color], ...]
    text_colours: tuple[tuple[int, Color], ...]
    rules_below: tuple[tuple[float, Color], ...]


def ruled_table(
    data: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    zebra: bool,
    extra: Sequence[tuple[Any, ...]] = (),
) -> RuledTable | None:
    """The table `layout.data_table` describes (header row first), or None when a cell or an
    `extra` style command is one RuledTable doesn't draw as reportlab's Table would."""
    rows = len(data)
    ncols = len(widths)
    cells: list[tuple[tuple[Flowable, ...], ...]] = []
    for row in data:
        if len(row) != ncols:
            return None
        laid: list[tuple[Flowable, ...]] = []
        for cell in row:
            if isinstance(cell, Flowable):
                laid.append((cell,))
            elif isinstance(cell, (list, tuple)) and all(
                # an indent in a cell (a frame action) is left to reportlab's Table
                isinstance(f, Flowable) and not hasattr(f, "frameAction")
                for f in cell
            ):
                laid.append(tuple(cell))
            else:
                return None
        cells.append(tuple(laid))
    spans = [False] * rows
    backgrounds: list[list[tuple[int, Color]]] = [[] for _ in range(rows)]
    text_colours: list[list[tuple[int, Color]]] = [[] for _ in range(rows)]
    rules: list[list[tuple[float, Color]]] = [[] for _ in range(rows)]
    for command in extra:
        name, (first_col, first_row), (last_col, last_row) = command[:3]
        if first_row != last_row or not 0 <= first_row < rows:
            return None
        whole_row = first_col == 0 and last_col in (-1, ncols - 1)
        one_cell = first_col == last_col and 0 <= first_col < ncols
        if name == "SPAN" and whole_row and len(command) == 3:
            spans[first_row] = True
        elif name == "LINEBELOW" and whole_row and len(command) == 5 and command[3]:
            rules[first_row].append((command[3], command[4]))
        elif name == "BACKGROUND" and one_cell and isinstance(command[3], Color):
            backgrounds[first_row].append((first_col, command[3]))
        elif name == "TEXTCOLOR" and one_cell and isinstance(command[3], Color):
            text_colours[first_row].append((first_col, command[3]))
        else:
            return None
    laid_rows = [
        _Row(
            cells[index],
            spans[index],
            zebra and index % 2 == 1,
            tuple(backgrounds[index]),
            tuple(text_colours[index]),
            tuple(rules[index]),
        )
        for index in range(rows)
    ]
    return RuledTable(laid_rows[0], laid_rows[1:], tuple(widths))


def _stacked_height(cell: Sequence[Flowable], heights: Sequence[float]) -> float:
    """A cell's flowables one under the other, with the space between them (not around),
    added up in reportlab's order (a row's height is then the Table's to the last bit)."""
    total = 0.0
    for flowable, height in zip(cell, heights, strict=True):
        total += height + flowable.getSpaceAfter() + flowable.getSpaceBefore()
    return total - cell[0].getSpaceBefore() - cell[-1].getSpaceAfter()


class RuledTable(Flowable):
    """A header row and rows of flowable cells, split between rows over pages with the
    header repeated; see the module's docstring for what it draws."""

    def __init__(
        self,
        header: _Row,
        rows: Sequence[_Row],
        widths: tuple[float, ...],
        heights: list[float] | None = None,
        continued_from: _Row | None = None,
    ) -> None:
        super().__init__()
        self.hAlign = "LEFT"
        self._header = header
        self._rows = list(rows)
        self._widths = widths
        self._lefts = [0.0]
        for width in widths:
            self._lefts.append(self._lefts[-1] + width)
        # Row heights (the header's first), measured on the first wrap; a part of a split
        # table takes its rows' heights along.
        self._heights = heights
        # The part after a page break draws the rules under the row before the break again,
        # above its first row, as reportlab's split adds them.
        self._continued_from = continued_from

    def _measure(self) -> list[float]:
        heights = []
        full = self._lefts[-1]
        canvas = getattr(self, "canv", None)
        for row in (self._header, *self._rows):
            tallest = 0.0
            for cell, width in zip(row.cells, self._widths, strict=False):
                if row.spans:
                    width = full
                inner = width - _PAD_LEFT - _PAD_RIGHT
                sizes = [flowable.wrapOn(canvas, inner, _MEASURE_HEIGHT) for flowable in cell]
                height = _stacked_height(cell, [size[1] for size in sizes]) if cell else 0.0
                tallest = max(tallest, height + (_PAD_BOTTOM + _PAD_TOP))
                if row.spans:
                    break  # the spanning cell hides the rest of the row
            heights.append(tallest)
        return heights

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._heights is None:
            self._heights = self._measure()
        self._tops = _row_tops(self._heights)
        self.width = self._lefts[-1]
        self.height = self._tops[0]
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        if self._heights is None:
            self.wrap(availWidth, availHeight)
        assert self._heights is not None
        # The most rows that fit (the header counts as one), as reportlab's Table splits.
        used, fitting = 0.0, 0
        for height in self._heights:
            if used + height > availHeight:
                break
            used += height
            fitting += 1
        if fitting <= 1:
            return []
        if fitting == len(self._heights):
            return [self]
        header_height = self._heights[0]
        return [
            RuledTable(
                self._header,
                self._rows[: fitting - 1],
                self._widths,
                self._heights[:fitting],
                self._continued_from,
            ),
            RuledTable(
                self._header,
                self._rows[fitting - 1 :],
                self._widths,
                [header_height, *self._heights[fitting:]],
                self._rows[fitting - 2],
            ),
        ]

    def draw(self) -> None:
        canvas = self.canv
        rows = (self._header, *self._rows)
        heights = self._heights
        assert heights is not None
        tops = self._tops
        lefts = self._lefts
        full = lefts[-1]
        canvas.saveState()
        # Backgrounds, in the order the table style lists them: the header, the stripes, the
        # cells' own.
        canvas.setFillColor(ACCENT)
        canvas.rect(0, tops[0], full, tops[1] - tops[0], stroke=0, fill=1)
        for index, row in enumerate(rows):
            if row.striped:
                canvas.setFillColor(ZEBRA)
                canvas.rect(0, tops[index], full, tops[index + 1] - tops[index], stroke=0, fill=1)
        # A Table with a spanning row places cells by its row and column positions, one
        # without by its widths and heights; the two differ in the last bits.
        spanning = any(row.spans for row in rows)
        for index, row in enumerate(rows):
            for column, fill in row.backgrounds:
                canvas.setFillColor(fill)
                width = lefts[column + 1] - lefts[column]
                if spanning:
                    bottom = tops[index + 1]
                    canvas.rect(
                        lefts[column], bottom, width, tops[index] - bottom, stroke=0, fill=1
                    )
                else:
                    canvas.rect(
                        lefts[column],
                        tops[index],
                        width,
                        tops[index + 1] - tops[index],
                        stroke=0,
                        fill=1,
                    )
        # Cells, row by row: the cell's text colour, then its flowables from the top.
        current: Color | None = None
        for index, row in enumerate(rows):
            bottom = tops[index + 1]
            height = tops[index] - bottom if spanning else heights[index]
            colours = dict(row.text_colours)
            for column, cell in enumerate(row.cells):
                cell_colour = colours.get(column, black)
                if current is None:
                    canvas.setFillColor(cell_colour)
                    canvas.setFont(*_CELL_FONT)
                elif cell_colour != current:
                    canvas.setFillColor(cell_colour)
                current = cell_colour
                if row.spans:
                    width = full
                elif spanning:
                    width = lefts[column + 1] - lefts[column]
                else:
                    width = self._widths[column]
                _draw_cell(canvas, cell, lefts[column], bottom, width, height)
                if row.spans:
                    break
        # Rules: under every row, the header's in the accent colour, then rows' own; a
        # continued part draws the rules under the row before the break above its first row.
        canvas.saveState()
        canvas.setLineCap(_ROUND)
        canvas.setLineJoin(_ROUND)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(_RULE_WIDTH)
        if self._continued_from is not None:
            canvas.line(0, tops[1], full, tops[1])
        for bottom in tops[1:]:
            canvas.line(0, bottom, full, bottom)
        canvas.setStrokeColor(ACCENT)
        canvas.line(0, tops[1], full, tops[1])
        stroke, weight = ACCENT, _RULE_WIDTH
        rules = [(tops[index + 1], row.rules_below) for index, row in enumerate(rows)]
        if self._continued_from is not None:
            rules.insert(0, (tops[1], self._continued_from.rules_below))
        for y, rules_below in rules:
            for rule_weight, rule_colour in rules_below:
                if rule_colour != stroke:
                    canvas.setStrokeColor(rule_colour)
                    stroke = rule_colour
                if rule_weight != weight:
                    canvas.setLineWidth(rule_weight)
                    weight = rule_weight
                canvas.line(0, y, full, y)
        canvas.restoreState()
        canvas.restoreState()


def _draw_cell(
    canvas: Any,
    cell: Sequence[Flowable],
    left: float,
    bottom: float,
    width: float,
    height: float,
) -> None:
    """A cell's flowables from its top, as reportlab's Table draws a cell of flowables."""
    if not cell:
        return
    inner = width - _PAD_LEFT - _PAD_RIGHT
    room = height - _PAD_TOP - _PAD_BOTTOM
    y = bottom + height - _PAD_TOP + cell[0].getSpaceBefore()
    for flowable in cell:
        flowable_height = flowable.wrapOn(canvas, inner, room)[1]
        y -= flowable.getSpaceBefore()
        y -= flowable_height
        flowable.drawOn(canvas, left + _PAD_LEFT, y)
        y -= flowable.getSpaceAfter()


def _row_tops(heights: Sequence[float]) -> list[float]:
    """Each row's top, measured from the table's bottom, and 0 last: summed from the bottom
    row up with compensated (Kahan) summation, as reportlab sums them, so rows sit where a
    Table puts them to the last bit."""
    tops = [0.0]
    total = compensation = 0.0
    for height in reversed(heights):
        step = height - compensation
        new_total = total + step
        compensation = (new_total - total) - step
        total = new_total
        tops.append(total)
    tops.reverse()
    return tops
