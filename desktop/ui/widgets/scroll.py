"""A frameless scroll area that lets a long page (statement card, results, figures) scroll."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(content: QWidget, name: str) -> QScrollArea:
    """`content` in a scroll area that resizes it to fit, named `name` for screen readers."""
    scroll = QScrollArea()
    scroll.setWidget(content)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setAccessibleName(name)
    return scroll
