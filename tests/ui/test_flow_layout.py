"""A FlowLayout made `at_end` (the Organisations page's buttons) puts each line at the end of
the row, as buttons after a stretch sit: at the right, at the left in Urdu, and a wrapped
line too."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from desktop.ui.widgets.flow_layout import FlowLayout

WORDS = ("Eksportuj…", "Historia…", "Usuń", "Nowa organizacja")
Shown = TypeVar("Shown", bound=QWidget)


def shown_at_top(
    qtbot: Any,
    widget: Shown,
    size: tuple[int, int],
    direction: Qt.LayoutDirection,
    *,
    margins: bool = True,
) -> Shown:
    """`widget` at the top of a window of `size` laid out in `direction`, shown; the window
    lives as long as the widget."""
    window = QWidget()
    window.setLayoutDirection(direction)
    layout = QVBoxLayout(window)
    if not margins:
        layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)
    layout.addStretch(1)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    widget.window_kept = window  # type: ignore[attr-defined]  # alive as long as the widget
    return widget


def buttons_at_end(qtbot: Any, width: int, direction: Qt.LayoutDirection) -> QWidget:
    row = QWidget()
    flow = FlowLayout(row, at_end=True)
    for word in WORDS:
        flow.addWidget(QPushButton(word))
    return shown_at_top(qtbot, row, (width, 300), direction, margins=False)


def buttons_of(row: QWidget) -> list[QPushButton]:
    return [row.layout().itemAt(i).widget() for i in range(row.layout().count())]


def one_line_width(row: QWidget) -> int:
    return row.layout().sizeHint().width()


def test_one_line_of_buttons_sits_at_the_rows_right_end(qtbot: Any) -> None:
    row = buttons_at_end(qtbot, 900, Qt.LayoutDirection.LeftToRight)
    assert one_line_width(row) < row.width() - 100  # room to spare on the line
    first, *_, last = buttons_of(row)
    assert first.geometry().top() == last.geometry().top()
    assert last.geometry().right() == row.width() - 1
    assert first.geometry().left() > 0


def test_in_urdu_the_line_sits_at_the_left_end_in_reading_order(qtbot: Any) -> None:
    row = buttons_at_end(qtbot, 900, Qt.LayoutDirection.RightToLeft)
    first, *_, last = buttons_of(row)
    assert last.geometry().left() == 0
    assert first.geometry().left() > last.geometry().left()  # read from the right
    assert first.geometry().right() < row.width() - 1


def test_a_wrapped_line_sits_at_the_end_too(qtbot: Any) -> None:
    buttons = buttons_at_end(qtbot, 900, Qt.LayoutDirection.LeftToRight)
    narrow = one_line_width(buttons) * 2 // 3
    row = buttons_at_end(qtbot, narrow, Qt.LayoutDirection.LeftToRight)
    lines: dict[int, list[QPushButton]] = {}
    for button in buttons_of(row):
        lines.setdefault(button.geometry().top(), []).append(button)
    assert len(lines) == 2
    for line in lines.values():
        assert line[-1].geometry().right() == row.width() - 1, [b.text() for b in line]
