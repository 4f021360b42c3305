"""The Qt binding the app runs on keeps Python's reference counts right.

PySide6 6.12.0 under Python 3.11 takes one reference from None on every call of a Qt method that
returns nothing; None is freed after some tens of thousands of calls and the interpreter aborts
("none_dealloc: deallocating None"), in the middle of a session. pyproject.toml excludes that
release; this test fails if such a binding is installed anyway.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget


def test_qt_calls_returning_nothing_keep_nones_references(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = QLabel("x", parent)
    calls = 300  # few enough that a broken binding fails this assert before None is freed
    before = sys.getrefcount(None)
    for n in range(calls):
        label.setText("y" if n % 2 else "x")
        label.setVisible(bool(n % 2))
        label.update()
    lost = before - sys.getrefcount(None)
    # A few references come and go with Python's own work; a broken binding loses one per call.
    assert lost < calls // 10, f"{lost} references to None lost in {3 * calls} Qt calls"
