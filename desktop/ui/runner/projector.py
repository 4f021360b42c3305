"""The projector view: the current statement and the spread, large and high contrast.

It shows no personal data: no participant labels or roles, no organisation details beyond
what the group already sees, only counts of ratings as dots.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.runner.group import SpreadView
from forms.consensus import RatingSpread


@dataclass(frozen=True)
class ProjectorState:
    """What the projector mirrors: plain values only."""

    form_title: str
    section_title: str
    section_number: int
    section_count: int
    number_in_section: int
    shown_in_section: int
    text: str
    choices: list[tuple[str, str, str]] = field(default_factory=list)  # key, name, descriptor
    chosen: str | None = None  # the key of the agreed (or facilitated) answer
    spread: RatingSpread | None = None
    level_names: list[str] = field(default_factory=list)
    group: bool = False


class ProjectorView(QWidget):
    """A separate window for the projector; F11 toggles full screen, Escape closes it."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("GAP Field Kit — projector")
        self.setObjectName("projector")
        self.setAccessibleName("Projector view")
        self.setStyleSheet(PROJECTOR_STYLE)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)

        self.where = QLabel()
        self.where.setObjectName("projectorWhere")
        self.where.setAccessibleName("Section")
        self.statement = QLabel()
        self.statement.setObjectName("projectorStatement")
        self.statement.setWordWrap(True)
        self.statement.setAccessibleName("Statement")
        self.choices_frame = QFrame()
        self.choices_grid = QGridLayout(self.choices_frame)
        self.choices_grid.setSpacing(12)
        self.choices_grid.setContentsMargins(0, 0, 0, 0)
        self.spread_title = QLabel("How the group rated it")
        self.spread_title.setObjectName("projectorWhere")
        self.spread_view = SpreadView([], show_labels=False, scale=1.3, dark=True)
        self.talk = QLabel("TALK ABOUT THIS\nThe ratings differ by two levels or more")
        self.talk.setObjectName("projectorTalk")
        self.talk.setAccessibleName("Talk about this")
        self.hint = QLabel("F11 full screen · Esc close")
        self.hint.setObjectName("projectorHint")

        self.spread_panel = QWidget()
        spread_layout = QVBoxLayout(self.spread_panel)
        spread_layout.setContentsMargins(24, 0, 0, 0)
        spread_layout.setSpacing(12)
        spread_layout.addWidget(self.spread_title)
        spread_layout.addWidget(self.spread_view)
        spread_layout.addWidget(self.talk)
        spread_layout.addStretch(1)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.choices_frame, 3)
        body.addWidget(self.spread_panel, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 20)
        layout.setSpacing(18)
        layout.addWidget(self.where)
        layout.addWidget(self.statement)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignRight)

        full = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full.activated.connect(self.toggle_full_screen)
        self.state: ProjectorState | None = None
        self.resize(1280, 800)

    def show_state(self, state: ProjectorState) -> None:
        self.state = state
        self.where.setText(
            f"{state.section_title}  ·  section {state.section_number} of {state.section_count}"
            f"  ·  statement {state.number_in_section} of {state.shown_in_section}"
        )
        self.statement.setText(state.text)
        while self.choices_grid.count():
            item = self.choices_grid.takeAt(0)
            old = item.widget() if item is not None else None
            if old is not None:
                old.deleteLater()
        show_spread = state.group and state.spread is not None
        # Beside the spread the levels stack in one column; alone they take two.
        columns = 1 if show_spread else (2 if len(state.choices) > 2 else 1)
        for index, (key, name, descriptor) in enumerate(state.choices):
            box = QLabel(
                f"<div style='font-size:20pt;font-weight:bold'>{index + 1}&nbsp;&nbsp;{name}</div>"
                + (f"<div style='font-size:15pt'>{descriptor}</div>" if descriptor else "")
            )
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setWordWrap(True)
            box.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            box.setObjectName("projectorChoiceChosen" if key == state.chosen else "projectorChoice")
            box.setAccessibleName(f"{index + 1} {name}")
            self.choices_grid.addWidget(box, index // columns, index % columns)
        self.spread_panel.setVisible(show_spread)
        self.spread_view.level_names = state.level_names
        agreed: Any = int(state.chosen) if state.chosen and state.chosen.isdigit() else None
        self.spread_view.set_spread(state.spread, agreed)
        self.talk.setVisible(bool(show_spread and state.spread and state.spread.discuss))

    def open_on_best_screen(self) -> None:
        """Full screen on a second screen (the projector) when there is one."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        here = parent.screen() if parent is not None else None
        others = [s for s in screens if s is not here]
        if others:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.closed.emit()
        super().closeEvent(event)


PROJECTOR_STYLE = """
QWidget#projector { background: #000000; }
QLabel { color: #ffffff; }
QLabel#projectorWhere { font-size: 20pt; color: #ffd84d; }
QLabel#projectorStatement { font-size: 28pt; font-weight: bold; color: #ffffff; }
QLabel#projectorChoice {
    border: 3px solid #ffffff; border-radius: 10px; padding: 8px 14px; color: #ffffff;
}
QLabel#projectorChoiceChosen {
    border: 6px solid #ffd84d; border-radius: 10px; padding: 5px 11px;
    background: #ffd84d; color: #000000;
}
QLabel#projectorTalk {
    font-size: 18pt; font-weight: bold; color: #000000; background: #ffd84d; padding: 6px 12px;
}
QLabel#projectorHint { font-size: 11pt; color: #bdbdbd; }
"""
