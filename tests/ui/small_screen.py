"""Checks for the 1024x600 sweep: what does not fit a small laptop's screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QPushButton, QWidget

SCREEN_W, SCREEN_H = 1024, 600

# Tables that show an outside file's own columns may scroll sideways, as a spreadsheet does.
SIDEWAYS_ALLOWED = {"Rows of the file"}


def too_big(window: QWidget, width: int = SCREEN_W, height: int = SCREEN_H) -> list[str]:
    """Widgets (outside scroll areas) whose minimum size does not fit the screen, with their
    minimum; empty when everything fits."""
    problems: list[str] = []

    def walk(widget: QWidget, path: str) -> None:
        if not widget.isVisibleTo(window) and widget is not window:
            return
        hint = widget.minimumSizeHint()
        low = widget.minimumSize()
        need_w = max(hint.width(), low.width()) if widget.layout() or low.width() else hint.width()
        need_h = max(hint.height(), low.height())
        if need_w > width or need_h > height:
            problems.append(f"{path} needs {need_w}x{need_h}")
        if isinstance(widget, QAbstractScrollArea):
            # What is inside scrolls, but only up and down.
            bar = widget.horizontalScrollBar()
            allowed = widget.accessibleName() in SIDEWAYS_ALLOWED
            if widget.isVisible() and bar.maximum() > 0 and not allowed:
                problems.append(f"{path} scrolls sideways by {bar.maximum()} px")
            return
        for child in widget.findChildren(QWidget, options=_direct()):
            if child.isWindow():
                continue
            walk(
                child,
                f"{path}/{type(child).__name__}:{child.objectName() or child.accessibleName()}",
            )

    walk(window, type(window).__name__)
    return problems


def _direct():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def hidden_primary_buttons(window: QWidget) -> list[str]:
    """Primary buttons of the window that are shown but not fully on its visible area."""
    hidden = []
    frame = QRect(QPoint(0, 0), window.size())
    for button in window.findChildren(QPushButton):
        if button.objectName() != "primaryButton" or not button.isVisibleTo(window):
            continue
        if not button.isVisible():
            continue
        top_left = button.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, button.size())
        if not frame.contains(rect) or not _visible_in_scroll(button):
            hidden.append(button.text() or button.accessibleName())
    return hidden


def _visible_in_scroll(widget: QWidget) -> bool:
    """False when a scroll area around the widget has it scrolled out of sight."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            viewport = parent.viewport()
            top_left = widget.mapTo(viewport, QPoint(0, 0))
            return QRect(QPoint(0, 0), viewport.size()).intersects(QRect(top_left, widget.size()))
        parent = parent.parentWidget()
    return True


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
