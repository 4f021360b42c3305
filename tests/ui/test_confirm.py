"""The shared question box before deleting or completing: safe button by default, named buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.ui.widgets.confirm import confirm_destructive


def _ask(qtbot: Any, press: str | None) -> tuple[bool, dict[str, Any]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, Any] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["title"] = box.windowTitle()
        seen["default"] = box.defaultButton().text()
        seen["names"] = sorted(button.accessibleName() for button in box.buttons())
        if press is None:
            box.reject()
        else:
            next(button for button in box.buttons() if button.text() == press).click()

    QTimer.singleShot(100, answer)
    answered = confirm_destructive(
        parent, "Delete thing", "Delete it?", "It goes.", "Delete", "Keep"
    )
    return answered, seen


def test_confirm_destructive_is_true_only_when_the_confirm_button_is_clicked(qtbot: Any) -> None:
    assert _ask(qtbot, "Delete")[0] is True
    assert _ask(qtbot, "Keep")[0] is False
    assert _ask(qtbot, None)[0] is False


def test_confirm_destructive_defaults_to_keep_and_names_both_buttons(qtbot: Any) -> None:
    _answered, seen = _ask(qtbot, "Keep")
    assert seen == {"title": "Delete thing", "default": "Keep", "names": ["Delete", "Keep"]}
