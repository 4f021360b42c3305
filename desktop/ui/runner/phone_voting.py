"""Phone voting in a group session: the server's Qt side, and the panel with the QR code.

The server (`desktop.voting.server`) answers phones on its own thread; each accepted vote comes
back here as a queued signal, so the runner saves it on the UI thread through the same
AssessmentService path as a keyed rating. The panel shows the QR code (made with segno), the
short address and the PIN, and says how to put phones on the laptop's network; it never
changes network settings itself.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.assessments import ParticipantInfo
from desktop.ui.runner.group import ROLE_NAMES
from desktop.voting.ballot import DONT_KNOW_VOTE, Chip, LevelChoice, PhoneVoting, Statement
from desktop.voting.server import VotingServer
from forms.answers import DONT_KNOW
from forms.models import FormDefinition, Question

log = logging.getLogger(__name__)

HOTSPOT_HELP = (
    "<p>Phones need to be on the same network as this laptop. No internet is needed.</p>"
    "<p><b>If the hall has Wi-Fi</b>, join the laptop and the phones to it.</p>"
    "<p><b>If not, turn on the laptop's own hotspot</b> and ask people to join it:</p>"
    "<ul>"
    "<li><b>Windows 10 and 11:</b> Settings → Network &amp; internet → Mobile hotspot → "
    "turn it on. The network name and password are shown there.</li>"
    "<li><b>macOS:</b> a Mac cannot share Wi-Fi over Wi-Fi; use the hall's Wi-Fi, or a phone's "
    "hotspot that both the laptop and the other phones join.</li>"
    "<li><b>Linux (GNOME):</b> Settings → Wi-Fi → ⋮ menu → Turn On Wi-Fi Hotspot….</li>"
    "</ul>"
    "<p>Then people scan the QR code, or type the address, and enter the PIN.</p>"
    "<p>GAP Field Kit never changes your network settings.</p>"
)


def vote_value(value: Any) -> Any:
    """A phone's vote as the runner stores ratings (1-4, or DONT_KNOW)."""
    return DONT_KNOW if value == DONT_KNOW_VOTE else value


def phone_vote(value: Any) -> Any:
    """A stored rating as a phone sees its own vote."""
    if value is DONT_KNOW:
        return DONT_KNOW_VOTE
    return value if isinstance(value, int) else None


def statement_for(
    form: FormDefinition, question: Question, number: int, total: int
) -> Statement | None:
    """What phones show for a rated statement; None for questions phones don't vote on."""
    if question.type != "rating":
        return None
    section = next((s.title for s, q in form.questions() if q.id == question.id), "")
    descriptors = list(question.levels or [])
    levels = []
    for position, scale in enumerate(form.rating_scale):
        meaning = descriptors[position] if position < len(descriptors) else scale.meaning
        levels.append(LevelChoice(scale.level, scale.name, meaning))
    return Statement(
        question_id=question.id,
        number=number,
        total=total,
        section=section,
        text=question.text,
        levels=tuple(levels),
        dont_know_label=form.dont_know_label,
    )


class PhoneVotingController(QObject):
    """Starts and stops the server and turns phone votes into UI-thread signals."""

    # participant id, question id, value (1-4 or DONT_KNOW); always delivered on the UI thread
    vote_arrived = Signal(str, str, object)
    _vote_from_server = Signal(str, str, object)

    def __init__(self, participants: Sequence[ParticipantInfo], parent: QObject | None = None):
        super().__init__(parent)
        chips = [Chip(p.id, p.label, ROLE_NAMES.get(p.role, p.role.title())) for p in participants]
        self.voting = PhoneVoting(chips, on_vote=self._on_vote)
        self.server: VotingServer | None = None
        # A queued hop from the server's thread to the thread this object lives on.
        self._vote_from_server.connect(self.vote_arrived, Qt.ConnectionType.QueuedConnection)

    @property
    def pin(self) -> str:
        return self.voting.pin

    @property
    def running(self) -> bool:
        return self.server is not None

    def start(self, host: str = "0.0.0.0", port: int = 0) -> None:
        if self.server is None:
            self.server = VotingServer(self.voting, host=host, port=port).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def urls(self) -> list[str]:
        return self.server.urls() if self.server is not None else []

    def show(self, statement: Statement | None, ratings: dict[str, Any]) -> None:
        self.voting.show(statement, {pid: phone_vote(v) for pid, v in ratings.items()})

    def reveal(self) -> None:
        self.voting.reveal()

    def keyed(self, participant_id: str, value: Any) -> None:
        self.voting.record_keyed(participant_id, phone_vote(value))

    def _on_vote(self, participant_id: str, question_id: str, value: Any) -> None:
        self._vote_from_server.emit(participant_id, question_id, vote_value(value))


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """The QR code for `text` (segno), as a pixmap with a quiet zone."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=3)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class PhoneVotingPanel(QFrame):
    """QR code, address and PIN while voting is on, with help and a Stop button."""

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneVotingPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        self.qr = QLabel()
        self.qr.setObjectName("phoneVotingQr")
        self.qr.setAccessibleName("QR code to open the voting page")
        layout.addWidget(self.qr)
        text = QVBoxLayout()
        self.title = QLabel("<b>Phone voting is on</b>")
        self.address = QLabel()
        self.address.setObjectName("phoneVotingAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        self.pin = QLabel()
        self.pin.setObjectName("phoneVotingPin")
        self.count = QLabel()
        self.count.setObjectName("phoneVotingCount")
        for label in (self.title, self.address, self.pin, self.count):
            text.addWidget(label)
        buttons = QHBoxLayout()
        self.help_button = QPushButton("How to connect phones…")
        self.help_button.setAutoDefault(False)
        self.help_button.clicked.connect(self.show_help)
        self.stop_button = QPushButton("Stop phone voting")
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_requested)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        text.addLayout(buttons)
        layout.addLayout(text, 1)

    def show_voting(self, urls: Sequence[str], pin: str) -> None:
        if urls:
            self.qr.setPixmap(qr_pixmap(urls[0], scale=4))
            short = urls[0].split("?")[0].removeprefix("http://")
            self.address.setText(f"Scan the code, or open <b>{short}</b> on a phone")
        else:
            self.qr.clear()
            self.address.setText(
                "This laptop is not on a network yet. Join the hall's Wi-Fi or turn on the "
                "laptop's hotspot (see How to connect phones)."
            )
        self.pin.setText(f"PIN <b style='font-size:18pt'>{pin}</b>")

    def show_count(self, voted: int, people: int) -> None:
        self.count.setText(f"{voted} of {people} have voted")

    def show_help(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle("Connecting phones")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(HOTSPOT_HELP)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()
