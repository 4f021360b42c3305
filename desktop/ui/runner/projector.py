"""The projector view: the current statement and the spread, large and high contrast.

It shows no personal data: no participant labels or roles, no organisation details beyond
what the group already sees, only counts of ratings as dots, and those only once the ratings
are revealed. No help text either: the keys are the facilitator's business, not the room's.

With a second screen it opens full screen there. On one (or a mirrored) screen it is a
deliberate mode: the laptop's screen becomes the projector view, the keys still drive the
session, and Esc or F5 brings the controls back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui.format import rich_text
from desktop.ui.i18n import tr
from desktop.ui.runner.group import SpreadView
from forms.consensus import RatingSpread
from forms.localised import is_right_to_left

# Type sizes as parts of the screen's height, so the back of a hall can read them.
STATEMENT_SHARE = 0.042  # at least 4 %
DESCRIPTOR_SHARE = 0.027  # at least 2.5 %
NAME_SHARE = 0.032
WHERE_SHARE = 0.026


@dataclass(frozen=True)
class SecondLanguage:
    """The same statement in a second language, shown beside the first on the projector."""

    language: str
    section_title: str
    text: str
    choices: list[tuple[str, str]] = field(default_factory=list)  # name, descriptor


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
    spread: RatingSpread | None = None  # None while the ratings are hidden
    level_names: list[str] = field(default_factory=list)
    group: bool = False
    revealed: bool = False  # group mode: the ratings are shown
    rated: int = 0  # group mode: how many have rated (shown as a count before the reveal)
    raters: int = 0
    language: str = "en"  # the session's language (Urdu lays out right to left)
    second: SecondLanguage | None = None  # shown beside the first, for a mixed group
    # phone voting: the page's address (with the PIN, for the QR code), shown while rating
    voting_url: str = ""
    voting_pin: str = ""


class ProjectorView(QWidget):
    """A separate window for the projector. Keys pressed in it drive the session (the runner
    hands it its key bindings); Esc or F5 closes it; F11 toggles full screen."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        # The application's display name is added by Qt: "Projector — GAP Field Kit".
        self.setWindowTitle(tr("Projector", "Projector"))
        self.setObjectName("projector")
        self.setAccessibleName("Projector view")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.single_screen = False

        self.where = QLabel()
        self.where.setObjectName("projectorWhere")
        self.where.setAccessibleName("Section")
        self.statement = QLabel()
        self.statement.setObjectName("projectorStatement")
        self.statement.setWordWrap(True)
        self.statement.setAccessibleName("Statement")
        self.second_statement = QLabel()
        self.second_statement.setObjectName("projectorSecond")
        self.second_statement.setWordWrap(True)
        self.second_statement.setAccessibleName("Statement in the second language")
        self.divider = QFrame()
        self.divider.setObjectName("projectorDivider")
        self.divider.setFixedWidth(3)
        statements = QHBoxLayout()
        statements.setSpacing(24)
        statements.addWidget(self.statement, 1)
        statements.addWidget(self.divider)
        statements.addWidget(self.second_statement, 1)
        self.choices_frame = QFrame()
        self.choices_grid = QGridLayout(self.choices_frame)
        self.choices_grid.setSpacing(12)
        self.choices_grid.setContentsMargins(0, 0, 0, 0)
        self.choice_boxes: list[QLabel] = []
        self.spread_title = QLabel(tr("Projector", "How the group rated it"))
        self.spread_title.setObjectName("projectorWhere")
        self.waiting = QLabel()
        self.waiting.setObjectName("projectorWaiting")
        self.waiting.setWordWrap(True)
        self.waiting.setAccessibleName("Ratings so far")
        self.spread_view = SpreadView([], show_labels=False, scale=1.3, dark=True)
        self.talk = QLabel(
            tr("Projector", "TALK ABOUT THIS")
            + "\n"
            + tr("Projector", "The ratings differ by two levels or more")
        )
        self.talk.setObjectName("projectorTalk")
        self.talk.setAccessibleName("Talk about this")

        self.spread_panel = QWidget()
        spread_layout = QVBoxLayout(self.spread_panel)
        spread_layout.setContentsMargins(24, 0, 0, 0)
        spread_layout.setSpacing(12)
        spread_layout.addWidget(self.spread_title)
        spread_layout.addWidget(self.waiting)
        spread_layout.addWidget(self.spread_view)
        spread_layout.addWidget(self.talk)
        self.voting = QLabel()
        self.voting.setObjectName("projectorWaiting")
        self.voting.setAccessibleName("How to vote by phone")
        self.voting.setWordWrap(True)
        self.voting_qr = QLabel()
        self.voting_qr.setAccessibleName("QR code for the voting page")
        spread_layout.addWidget(self.voting_qr)
        spread_layout.addWidget(self.voting)
        spread_layout.addStretch(1)
        self._voting_url = ""
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.choices_frame, 3)
        body.addWidget(self.spread_panel, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(18)
        layout.addWidget(self.where)
        layout.addLayout(statements)
        layout.addLayout(body, 1)

        full = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        full.activated.connect(self.toggle_full_screen)
        for key in (Qt.Key.Key_Escape, Qt.Key.Key_F5):
            QShortcut(QKeySequence(key), self).activated.connect(self.close)
        self.state: ProjectorState | None = None
        self.resize(1280, 800)
        self._scale_type()

    def bind_keys(self, bindings: Sequence[tuple[QKeySequence, Callable[[], None]]]) -> None:
        """Let keys pressed while the projector has the keyboard drive the session."""
        for sequence, slot in bindings:
            shortcut = QShortcut(sequence, self)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(slot)

    # -- type that scales with the screen ------------------------------------------------------

    def type_sizes(self) -> dict[str, int]:
        """Pixel sizes of the statement, level names, descriptors and headings now."""
        height = max(1, self.height())
        return {
            "statement": max(20, round(height * STATEMENT_SHARE)),
            "name": max(16, round(height * NAME_SHARE)),
            "descriptor": max(14, round(height * DESCRIPTOR_SHARE)),
            "where": max(14, round(height * WHERE_SHARE)),
        }

    def _scale_type(self) -> None:
        sizes = self.type_sizes()
        self.setStyleSheet(PROJECTOR_STYLE.format(**sizes))
        self.spread_view.set_scale(max(1.0, self.height() / 700))
        if self.state is not None:
            self._fill_choices(self.state)
            self._voting_url = ""  # the QR code follows the window's size too
            state = self.state
            self._show_voting(state, state.group and not state.revealed and bool(state.voting_url))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._scale_type()

    # -- showing ------------------------------------------------------------------------------

    def show_state(self, state: ProjectorState) -> None:
        self.state = state
        second = state.second
        self.where.setText(
            state.section_title
            + (f"  ·  {second.section_title}" if second else "")
            + "  ·  "
            + tr("Projector", "section {number} of {count}").format(
                number=state.section_number, count=state.section_count
            )
            + "  ·  "
            + tr("Projector", "statement {position} of {shown}").format(
                position=state.number_in_section, shown=state.shown_in_section
            )
        )
        self.statement.setText(state.text)
        self.statement.setLayoutDirection(_direction(state.language))
        self.second_statement.setText(second.text if second else "")
        self.second_statement.setLayoutDirection(_direction(second.language if second else "en"))
        self.second_statement.setVisible(second is not None)
        self.divider.setVisible(second is not None)
        self._fill_choices(state)
        show_panel = state.group
        self.spread_panel.setVisible(show_panel)
        self.spread_view.level_names = state.level_names
        revealed = state.group and state.revealed
        self.spread_view.setVisible(revealed)
        self.waiting.setVisible(state.group and not revealed)
        self.waiting.setText(
            tr("Projector", "{rated} of {raters} have rated.").format(
                rated=state.rated, raters=state.raters
            )
            + "\n"
            + tr("Projector", "The ratings are shown when everyone has rated.")
        )
        agreed: Any = int(state.chosen) if state.chosen and state.chosen.isdigit() else None
        self.spread_view.set_spread(state.spread if revealed else None, agreed)
        self.talk.setVisible(bool(revealed and state.spread and state.spread.discuss))
        self._show_voting(state, show=state.group and not revealed and bool(state.voting_url))

    def _show_voting(self, state: ProjectorState, show: bool) -> None:
        self.voting.setVisible(show)
        self.voting_qr.setVisible(show)
        if not show:
            return
        if state.voting_url != self._voting_url:
            from desktop.ui.runner.phone_voting import qr_pixmap

            # Big enough to scan from a few rows back, small enough to leave the levels room.
            side = max(120, round(self.height() * 0.2))
            pixmap = qr_pixmap(state.voting_url, scale=8)
            self.voting_qr.setPixmap(
                pixmap.scaled(
                    side,
                    side,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.FastTransformation,
                )
            )
            self._voting_url = state.voting_url
        address = state.voting_url.split("?")[0].removeprefix("http://").rstrip("/")
        self.voting.setText(
            tr("Projector", "Vote on your phone: {address}  ·  PIN {pin}").format(
                address=address, pin=state.voting_pin
            )
        )

    def _fill_choices(self, state: ProjectorState) -> None:
        sizes = self.type_sizes()
        # Beside the spread the levels stack in one column; alone they take two.
        columns = 1 if state.group else (2 if len(state.choices) > 2 else 1)
        while len(self.choice_boxes) < len(state.choices):
            box = QLabel()
            box.setTextFormat(Qt.TextFormat.RichText)
            box.setWordWrap(True)
            box.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
            self.choice_boxes.append(box)
        for box in self.choice_boxes:
            self.choices_grid.removeWidget(box)
            box.setVisible(False)
        for index, (key, name, descriptor) in enumerate(state.choices):
            box = self.choice_boxes[index]
            html = f"<div style='font-size:{sizes['name']}px;font-weight:bold'>" + (
                f"{index + 1}&nbsp;&nbsp;{rich_text(name)}</div>"
                + (
                    f"<div style='font-size:{sizes['descriptor']}px'>{rich_text(descriptor)}</div>"
                    if descriptor
                    else ""
                )
            )
            second = state.second
            if (
                second is not None
                and index < len(second.choices)
                and (second.choices[index] != (name, descriptor))
            ):
                # The second language under the first, a little smaller, in its own direction.
                name_2, descriptor_2 = second.choices[index]
                direction = "rtl" if is_right_to_left(second.language) else "ltr"
                small = max(12, round(sizes["descriptor"] * 0.85))
                html += (
                    f"<div dir='{direction}' style='font-size:{small}px;font-weight:bold;"
                    f"margin-top:6px'>{rich_text(name_2)}</div>"
                    + (
                        f"<div dir='{direction}' style='font-size:{small}px'>"
                        f"{rich_text(descriptor_2)}</div>"
                        if descriptor_2
                        else ""
                    )
                )
            box.setText(html)
            box.setLayoutDirection(_direction(state.language))
            box.setObjectName("projectorChoiceChosen" if key == state.chosen else "projectorChoice")
            box.style().unpolish(box)
            box.style().polish(box)
            box.setAccessibleName(f"{index + 1} {name}")
            self.choices_grid.addWidget(box, index // columns, index % columns)
            box.setVisible(True)

    # -- opening and closing ------------------------------------------------------------------

    def open_on_best_screen(self) -> None:
        """Full screen on a second screen (the projector) when there is one; on a single or
        mirrored screen, full screen over the controls until Esc or F5."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        here = parent.screen() if parent is not None else None
        others = [s for s in screens if s is not here]
        target = others[0] if others else (here or QGuiApplication.primaryScreen())
        self.single_screen = not others
        if target is not None:
            self.setScreen(target)
            self.setGeometry(target.geometry())
        self.showFullScreen()
        self.raise_()
        if self.single_screen:
            self.activateWindow()
            self.setFocus()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.closed.emit()
        super().closeEvent(event)


def _direction(language: str) -> Qt.LayoutDirection:
    return (
        Qt.LayoutDirection.RightToLeft
        if is_right_to_left(language)
        else Qt.LayoutDirection.LeftToRight
    )


PROJECTOR_STYLE = """
QWidget#projector {{ background: #000000; }}
QLabel {{ color: #ffffff; }}
QLabel#projectorWhere {{ font-size: {where}px; color: #ffd84d; }}
QLabel#projectorWaiting {{ font-size: {descriptor}px; color: #ffffff; }}
QLabel#projectorStatement {{ font-size: {statement}px; font-weight: bold; color: #ffffff; }}
QLabel#projectorSecond {{ font-size: {statement}px; color: #e0e0e0; }}
QFrame#projectorDivider {{ background: #ffd84d; }}
QLabel#projectorChoice {{
    border: 3px solid #ffffff; border-radius: 10px; padding: 8px 14px; color: #ffffff;
}}
QLabel#projectorChoiceChosen {{
    border: 6px solid #ffd84d; border-radius: 10px; padding: 5px 11px;
    background: #ffd84d; color: #000000;
}}
QLabel#projectorTalk {{
    font-size: {name}px; font-weight: bold; color: #000000; background: #ffd84d;
    padding: 6px 12px;
}}
"""
