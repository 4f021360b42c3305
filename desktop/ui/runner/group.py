"""Group mode: a chip per participant taking 1-4 from the keyboard, and the spread as dots."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QRegion
from PySide6.QtWidgets import QLabel, QMenu, QPushButton, QSizePolicy, QWidget

from desktop.services.assessments import ParticipantInfo
from desktop.ui import theme
from desktop.ui.i18n import tr, tr_noop
from desktop.ui.widgets.flow_layout import FlowLayout
from forms.answers import DONT_KNOW
from forms.consensus import LEVELS, ParticipantState, RatingRound, RatingSpread
from forms.models import NOT_APPLICABLE

# English; shown through tr("StartDialog", ...), where the start dialog's role names are.
ROLE_NAMES = {
    "trustee": tr_noop("StartDialog", "Trustee"),
    "volunteer": tr_noop("StartDialog", "Volunteer"),
    "staff": tr_noop("StartDialog", "Staff"),
    "member": tr_noop("StartDialog", "Member"),
}


def rating_text(value: Any) -> str:
    if value is None:
        return "–"
    if value is DONT_KNOW:
        return "?"
    if value == NOT_APPLICABLE:
        return "n/a"
    return str(value)


class ParticipantChip(QPushButton):
    """One participant: label, role and where their rating of the current statement is.

    Before the reveal a chip says only whether the person has rated, never the rating."""

    def __init__(self, participant: ParticipantInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participant = participant
        self.setObjectName("participantChip")
        self.setAutoDefault(False)
        # Reached with Tab (Space opens its menu); digits follow the runner's key target,
        # never the focus, so a click or a Tab cannot change what the next digit does.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setMinimumSize(QSize(88, 48))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.value: Any = None
        self.state = ParticipantState.WAITING
        self.is_target = False
        self._show()

    def set_rating(
        self, value: Any, state: ParticipantState | None = None, target: bool = False
    ) -> None:
        self.value = value
        if state is None:
            state = ParticipantState.WAITING if value is None else ParticipantState.REVEALED
        self.state = state
        self.is_target = target
        self._show()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        """The size of the chip's widest look, whatever it shows now: the chip whose turn it
        is has a bold label and a border 1 px thicker, and "✓ rated" is longer than "–". So
        the row of chips never moves as phone votes arrive and the turn passes on (moving
        twelve chips on every vote cost more than the rest of the redraw)."""
        hint = super().sizeHint()
        font = self.font()
        bold = QFont(font)
        bold.setBold(True)
        lines = self.text().split("\n")
        now = max(QFontMetrics(font).horizontalAdvance(line) for line in lines)
        looks = [lines[0], tr("Runner", "✓ rated"), rating_text(NOT_APPLICABLE), "–"]
        widest = max(QFontMetrics(bold).horizontalAdvance(line) for line in looks)
        border = 0 if self.is_target else 2
        return QSize(hint.width() + max(0, widest - now) + border, hint.height() + border)

    def shown_rating(self) -> str:
        """What the chip shows of the rating: nothing of its value before the reveal."""
        if self.state is ParticipantState.WAITING:
            return "–"
        if self.state is ParticipantState.RATED_HIDDEN:
            return tr("Runner", "✓ rated")
        return rating_text(self.value)

    def _show(self) -> None:
        p = self.participant
        role = tr("StartDialog", ROLE_NAMES.get(p.role, p.role))
        self.setText(f"{p.label} · {role}\n{self.shown_rating()}")
        if self.state is ParticipantState.WAITING:
            said = tr("Runner", "not rated yet")
        elif self.state is ParticipantState.RATED_HIDDEN:
            said = tr("Runner", "rated; hidden until everyone has rated")
        elif self.value is DONT_KNOW:
            said = tr("Runner", "don't know")
        else:
            said = tr("Runner", "rating {rating}").format(rating=rating_text(self.value))
        if self.is_target:
            said += "; " + tr("Runner", "the keys rate this person now")
        self.setAccessibleName(f"{p.label}, {role}: {said}")
        rated = self.state is not ParticipantState.WAITING
        # Restyling is the costly part of a redraw (phone votes redraw the chips many times a
        # second): only when the look really changes.
        if self.property("rated") != rated or self.property("target") != self.is_target:
            self.setProperty("rated", rated)
            self.setProperty("target", self.is_target)
            self.style().unpolish(self)
            self.style().polish(self)


class ParticipantChips(QWidget):
    """A row of chips. Clicking one (or Space on it) opens a menu to set that person's rating;
    which person the digit keys rate is the runner's business, shown on the chips."""

    rated = Signal(str, object)  # participant id, level / DONT_KNOW / None
    menu_open = Signal(bool)  # a person's menu opened (True) or closed (False)

    def __init__(
        self,
        participants: Sequence[ParticipantInfo],
        level_names: Sequence[str] = (),
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setAccessibleName("Each person's rating")
        self.level_names = list(level_names)
        self.chips: list[ParticipantChip] = []
        self.menu: QMenu | None = None
        # Chips wrap onto more lines rather than squash or run off a narrow window (twelve
        # phones' chips need ~1500 px on one line).
        layout = FlowLayout(self, spacing=6)
        for participant in participants:
            chip = ParticipantChip(participant)
            chip.setToolTip(
                tr("Runner", "{person}: click to set or change their rating").format(
                    person=participant.label
                )
            )
            chip.clicked.connect(lambda _c=False, c=chip: self.open_menu(c))
            self.chips.append(chip)
            layout.addWidget(chip)
        self.max_level = 4

    def chip_for(self, participant_id: str) -> ParticipantChip:
        for chip in self.chips:
            if chip.participant.id == participant_id:
                return chip
        raise KeyError(participant_id)

    def show_round(self, rating_round: RatingRound, target: str | None) -> None:
        for chip in self.chips:
            pid = chip.participant.id
            chip.set_rating(
                rating_round.ratings.get(pid), rating_round.state_of(pid), target == pid
            )

    def paint_now(self, participant_ids: Sequence[str]) -> None:
        """Paint these people's chips at once, not when the event loop comes round to it: a
        phone vote's mark must not wait behind the next batch of votes."""
        region = QRegion()
        for participant_id in participant_ids:
            region += self.chip_for(participant_id).geometry()
        if not region.isEmpty() and self.isVisible():
            self.repaint(region)

    def set_ratings(self, ratings: dict[str, Any]) -> None:
        """Show ratings as revealed (the council's read-only views)."""
        for chip in self.chips:
            chip.set_rating(ratings.get(chip.participant.id))

    def focused_chip(self) -> ParticipantChip | None:
        for chip in self.chips:
            if chip.hasFocus():
                return chip
        return None

    def rate(self, chip: ParticipantChip, value: Any) -> None:
        self.rated.emit(chip.participant.id, value)

    def open_menu(self, chip: ParticipantChip) -> QMenu:
        """A menu of this person's possible ratings; digits pick in it, and it closes on a
        choice."""
        if self.menu is not None:
            self.menu.close()
        # No parent: the runner's digit shortcuts reach into a child pop-up and would take the
        # digit meant for the menu (setting the agreed score and leaving the menu open).
        menu = QMenu()
        menu.setAccessibleName(
            tr("Runner", "Rating for {person}").format(person=chip.participant.label)
        )
        for level in range(1, self.max_level + 1):
            name = self.level_names[level - 1] if level <= len(self.level_names) else ""
            text = f"&{level}  {name}".rstrip()
            menu.addAction(text, partial(self.rate, chip, level))
        menu.addAction(tr("Runner", "&Don't know"), lambda: self.rate(chip, DONT_KNOW))
        menu.addAction(tr("Runner", "C&lear"), lambda: self.rate(chip, None))
        menu.aboutToHide.connect(lambda: self.menu_open.emit(False))
        menu.aboutToHide.connect(menu.deleteLater)
        menu.destroyed.connect(lambda *_: setattr(self, "menu", None))
        self.menu = menu
        # The runner's digit shortcuts follow the main window's focus, not the pop-up: the
        # runner turns them off while the menu is open so the digit picks in the menu.
        self.menu_open.emit(True)
        menu.popup(chip.mapToGlobal(chip.rect().bottomLeft()))
        return menu


class SpreadView(QWidget):
    """Dots per level: who chose what. On the projector it shows dots only (no labels)."""

    def __init__(
        self,
        level_names: Sequence[str],
        *,
        show_labels: bool = True,
        scale: float = 1.0,
        dark: bool = False,
        compact: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.level_names = list(level_names)
        self.show_labels = show_labels
        self.scale = scale
        self.dark = dark
        self.compact = compact
        self.spread: RatingSpread | None = None
        self.agreed: Any = None
        self.setAccessibleName("Spread of ratings")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(self._row_height() * 5 + 8)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        self.setMinimumHeight(self._row_height() * 5 + 8)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int((22 if self.compact else 30) * self.scale)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(int(520 * self.scale), self._row_height() * 5 + 8)

    def set_spread(self, spread: RatingSpread | None, agreed: Any = None) -> None:
        self.spread = spread
        self.agreed = agreed
        self.setAccessibleDescription(describe_spread(spread, self.level_names, self.show_labels))
        self.update()

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor(theme.CHIP_INK_DARK if self.dark else theme.TEXT)
        muted = QColor(theme.CHIP_MUTED_DARK if self.dark else theme.CHIP_MUTED_LIGHT)
        dot = QColor(theme.CHIP_DOT_DARK if self.dark else theme.SERIES_NOW)
        row_h = self._row_height()
        name_w = int(190 * self.scale)
        radius = 9 * self.scale
        font = QFont(self.font())
        font.setPointSizeF((10 if self.compact else 10.5) * self.scale)
        painter.setFont(font)
        spread = self.spread
        rows: list[tuple[str, list[str], bool]] = []
        for level, name in zip(LEVELS, self.level_names, strict=False):
            labels = spread.by_level.get(level, []) if spread else []
            marked = bool(spread and spread.suggestion == level)
            rows.append((f"{level}  {name}", labels, marked))
        rows.append((tr("Runner", "Don't know"), list(spread.dont_know) if spread else [], False))
        for index, (title, labels, suggested) in enumerate(rows):
            top = 4 + index * row_h
            bold = QFont(font)
            bold.setBold(suggested or (self.agreed == index + 1))
            painter.setFont(bold)
            painter.setPen(ink if labels or suggested else muted)
            painter.drawText(
                QRectF(0, top, name_w, row_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                title,
            )
            painter.setFont(font)
            painter.setPen(QPen(muted, 1, Qt.PenStyle.DotLine))
            painter.drawLine(name_w, int(top + row_h / 2), self.width() - 60, int(top + row_h / 2))
            x: float = name_w + 10
            room = self.width() - 60 - x
            # Many dots on a narrow screen overlap a little rather than run into the count.
            step = min(radius * 2 + 4, room / max(1, len(labels))) if not self.show_labels else 0
            for label in labels:
                painter.setPen(QPen(ink, 1.5))
                painter.setBrush(dot)
                painter.drawEllipse(QRectF(x, top + row_h / 2 - radius, radius * 2, radius * 2))
                x += step if not self.show_labels else radius * 2 + 4
                if self.show_labels:
                    painter.setPen(ink)
                    width = painter.fontMetrics().horizontalAdvance(label) + 10
                    painter.drawText(
                        QRectF(x, top, width, row_h), int(Qt.AlignmentFlag.AlignVCenter), label
                    )
                    x += width
            painter.setPen(ink)
            painter.drawText(
                QRectF(self.width() - 56, top, 50, row_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                str(len(labels)),
            )
            if suggested:
                painter.drawText(
                    QRectF(name_w - 24, top, 20, row_h), int(Qt.AlignmentFlag.AlignVCenter), "▶"
                )
        painter.end()


def describe_spread(spread: RatingSpread | None, level_names: Sequence[str], labels: bool) -> str:
    """The spread in words, for screen readers and tests."""
    if spread is None or (spread.rated == 0 and not spread.dont_know):
        return "Nobody has rated this statement yet."
    parts = []
    for level in LEVELS:
        chosen = spread.by_level.get(level, [])
        if chosen:
            who = f" ({', '.join(chosen)})" if labels else ""
            parts.append(f"{len(chosen)} at {level} {level_names[level - 1]}{who}")
    if spread.dont_know:
        parts.append(f"{len(spread.dont_know)} don't know")
    text = "; ".join(parts) + "."
    if spread.suggestion is not None:
        text += f" Suggested: {spread.suggestion}."
    if spread.discuss:
        text += " Talk about this: the ratings differ by two levels or more."
    return text


class TalkAboutThis(QLabel):
    """The "talk about this" mark: shown when ratings span two or more levels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("Runner", "Talk about this: the ratings differ by two levels or more"), parent
        )
        self.setObjectName("talkAboutThis")
        self.setAccessibleName("Talk about this")
        self.setVisible(False)
