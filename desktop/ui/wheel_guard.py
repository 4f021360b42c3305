"""Scrolling a form must never change a value behind the user's back.

Qt lets a combo box or spin box take the mouse wheel whenever the pointer is over it, so a
person scrolling the registration form could silently change the ward (and with it the
district). The guard, installed once on the application, hands such wheel turns to the
scroll area around the box unless the box has the keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QWidget


class WheelGuard(QObject):
    """Combo boxes and spin boxes take the wheel only while they have the focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        # Every event of the app passes here: read its type once.
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QComboBox | QAbstractSpinBox):
            # Qt gives these boxes the focus on a wheel turn (before any filter sees it);
            # click and Tab are enough.
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        box = _value_box(watched)
        if box is None or box.hasFocus():
            return False
        # Ignored and filtered: Qt passes the turn on to the parent, so the page scrolls.
        event.ignore()
        return True


def _value_box(widget: QWidget) -> QWidget | None:
    """The combo box or spin box `widget` is (or is the line edit inside of)."""
    for candidate in (widget, widget.parentWidget()):
        if isinstance(candidate, QComboBox | QAbstractSpinBox):
            return candidate
    return None


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard once (later calls return the one installed)."""
    existing = app.findChild(WheelGuard)
    if isinstance(existing, WheelGuard):
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
