"""A quiet bar that says what just happened, with an optional action such as Undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.ui.i18n import tr


class NoticeBar(QFrame):
    """One message at a time; the action button shows only when there is something to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setAccessibleName(tr("Notice", "Notice"))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(tr("Notice", "Notice text"))
        self.action_button = QPushButton()
        self.action_button.setAccessibleName(tr("Notice", "Notice action"))
        self.close_button = QPushButton(tr("Notice", "Dismiss"))
        self.close_button.setAccessibleName(tr("Notice", "Dismiss notice"))
        self.close_button.setFlat(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._action: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.close_button.clicked.connect(self.dismiss)
        self.setVisible(False)

    def show_notice(
        self,
        text: str,
        action_text: str | None = None,
        action: Callable[[], None] | None = None,
    ) -> None:
        self.label.setText(text)
        self._action = action
        self.action_button.setVisible(action is not None)
        if action_text:
            self.action_button.setText(action_text)
            self.action_button.setAccessibleName(action_text)
        self.setVisible(True)

    def dismiss(self) -> None:
        self._action = None
        self.setVisible(False)

    def _run_action(self) -> None:
        action = self._action
        self.dismiss()
        if action is not None:
            action()
