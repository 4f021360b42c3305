"""Twelve participants' chips wrap onto more lines in a narrow window (1024x600) instead of
being squashed or running off the side, and keep the order of reading in Urdu (right to
left)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.services.assessments import ParticipantInfo
from desktop.ui.runner.group import ParticipantChips

from .test_flow_layout import shown_at_top

ROLES = ("trustee", "member", "staff", "volunteer")


def chips_in_window(qtbot: Any, width: int, direction: Qt.LayoutDirection) -> ParticipantChips:
    people = [ParticipantInfo(f"p{n}", f"Person {n}", ROLES[n % 4], n) for n in range(1, 13)]
    return shown_at_top(qtbot, ParticipantChips(people), (width, 400), direction)


def test_twelve_chips_wrap_inside_a_narrow_window_at_full_size(qtbot: Any) -> None:
    chips = chips_in_window(qtbot, 800, Qt.LayoutDirection.LeftToRight)
    one_line = sum(chip.sizeHint().width() for chip in chips.chips)
    assert one_line > 800  # they could not all fit on one line
    for chip in chips.chips:
        geometry = chip.geometry()
        assert geometry.left() >= 0 and geometry.right() < chips.width(), chip.text()
        assert geometry.width() >= chip.sizeHint().width(), chip.text()  # never squashed
    lines = sorted({chip.geometry().top() for chip in chips.chips})
    assert len(lines) >= 2
    # The widget is as tall as its lines, so nothing is cut off below.
    bottom = max(chip.geometry().bottom() for chip in chips.chips)
    assert bottom < chips.height()
    # In reading order: left to right, then the next line.
    places = [(chip.geometry().top(), chip.geometry().left()) for chip in chips.chips]
    assert places == sorted(places)


def test_right_to_left_chips_start_at_the_right(qtbot: Any) -> None:
    chips = chips_in_window(qtbot, 800, Qt.LayoutDirection.RightToLeft)
    first, second = chips.chips[0].geometry(), chips.chips[1].geometry()
    assert first.top() == second.top() and first.left() > second.left()
    assert first.right() == chips.width() - 1
    assert all(chip.geometry().left() >= 0 for chip in chips.chips)


def test_a_wide_window_keeps_them_on_one_line(qtbot: Any) -> None:
    chips = chips_in_window(qtbot, 2400, Qt.LayoutDirection.LeftToRight)
    assert len({chip.geometry().top() for chip in chips.chips}) == 1
