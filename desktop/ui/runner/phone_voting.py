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
import queue
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
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
from desktop.ui.i18n import is_right_to_left, tr, tr_noop
from desktop.ui.runner.group import ROLE_NAMES
from desktop.voting.ballot import DONT_KNOW_VOTE, Chip, LevelChoice, PhoneVoting, Statement
from desktop.voting.server import VotingServer
from forms.answers import DONT_KNOW
from forms.models import FormDefinition, Question

log = logging.getLogger(__name__)

# How often the UI thread takes in phone votes: a vote waits at most this long before it is
# saved and shown (the target is 50 ms from arrival to the chip's mark); an idle tick costs
# a few microseconds.
DRAIN_INTERVAL_MS = 3

HOTSPOT_HELP = tr_noop(
    "PhoneVoting",
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
    "<p>GAP Field Kit never changes your network settings.</p>",
)


# Every English text the phone page shows (resources/phone/vote.html: its data-t marks and
# t(...) calls) and the server's refusals: the page gets them in the session's language.
# tests/voting/test_server.py checks this list against the page and the server.
PHONE_PAGE_TEXTS = (
    tr_noop("PhonePage", "Vote"),
    tr_noop("PhonePage", "Silent vote"),
    tr_noop("PhonePage", "your rating stays private until everyone has voted"),
    tr_noop("PhonePage", "Enter the PIN"),
    tr_noop("PhonePage", "The 4-digit PIN is on the laptop or the big screen."),
    tr_noop("PhonePage", "PIN"),
    tr_noop("PhonePage", "Continue"),
    tr_noop("PhonePage", "Which one is you?"),
    tr_noop("PhonePage", "Choose the label the facilitator gave you. Only you can vote for it."),
    tr_noop("PhonePage", "Waiting for the next statement"),
    tr_noop("PhonePage", "Keep this page open. It moves on by itself."),
    tr_noop("PhonePage", "(taken)"),
    tr_noop("PhonePage", "You are {chip}"),
    tr_noop("PhonePage", "Statement {number} of {total}"),
    tr_noop("PhonePage", "The votes are on the screen now. Talk about them together."),
    tr_noop(
        "PhonePage",
        "Your vote is in ({voted} of {people} have voted). You can change it until the votes are shown.",
    ),
    tr_noop(
        "PhonePage", "Tap the one that fits best. Nobody sees your vote until everyone has voted."
    ),
    tr_noop("PhonePage", "The PIN has 4 digits."),
    tr_noop("PhonePage", "Can't reach the laptop. Check the Wi-Fi."),
    tr_noop("PhonePage", "That didn't work. Try again."),
    tr_noop("PhonePage", "Your vote didn't arrive. Try again."),
    tr_noop("PhonePage", "The PIN has changed."),
    tr_noop("PhonePage", "Can't reach the laptop just now. Trying again…"),
    # the server's refusals (desktop/voting)
    tr_noop("PhonePage", "Another phone has already chosen this person."),
    tr_noop("PhonePage", "Busy. Try again in a moment."),
    tr_noop("PhonePage", "Nothing here."),
    tr_noop("PhonePage", "Phone voting answers the local network only."),
    tr_noop("PhonePage", "Send a Content-Length."),
    tr_noop("PhonePage", "Something went wrong. Try again."),
    tr_noop("PhonePage", "That PIN is not right. Check the number on the screen."),
    tr_noop("PhonePage", "That is not one of the choices."),
    tr_noop("PhonePage", "That request is not JSON."),
    tr_noop("PhonePage", "That request is not a JSON object."),
    tr_noop("PhonePage", "That request is too big."),
    tr_noop("PhonePage", "The group has moved on. Your screen will catch up."),
    tr_noop("PhonePage", "The votes have been shown, so they can't change now."),
    tr_noop("PhonePage", "There is no statement to vote on just now."),
    tr_noop("PhonePage", "There is no such person in this session."),
    tr_noop("PhonePage", "This phone has not chosen who it is yet."),
    tr_noop("PhonePage", "Too many requests. Slow down a little."),
    tr_noop("PhonePage", "Too many wrong PINs. Wait a minute and try again."),
)


def phone_words() -> dict[str, str]:
    """The page's texts (and the chips' role names) in the language now installed, keyed by
    their English; texts not translated are left out, so the page shows the English."""
    words = {text: tr("PhonePage", text) for text in PHONE_PAGE_TEXTS}
    words.update({role: tr("StartDialog", role) for role in ROLE_NAMES.values()})
    return {english: said for english, said in words.items() if said != english}


def phone_vote(value: Any) -> Any:
    """A stored rating as a phone sees its own vote."""
    if value is DONT_KNOW:
        return DONT_KNOW_VOTE
    return value if isinstance(value, int) else None


def statement_for(
    form: FormDefinition, question: Question, number: int, total: int, language: str = "en"
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
        direction="rtl" if is_right_to_left(language) else "ltr",
    )


class PhoneVotingController(QObject):
    """Starts and stops the server and turns phone votes into UI-thread signals."""

    # [(participant id, question id, value 1-4 or DONT_KNOW)], on the UI thread, in arrival order
    votes_arrived = Signal(list)

    def __init__(self, participants: Sequence[ParticipantInfo], parent: QObject | None = None):
        super().__init__(parent)
        chips = [Chip(p.id, p.label, ROLE_NAMES.get(p.role, p.role.title())) for p in participants]
        # Votes cross from the server's threads through a plain queue that the UI thread drains
        # every few milliseconds. The server threads touch no Qt object at all, not even this
        # one's attributes: PySide6 crashed under load when they did ("deallocating None",
        # seen in benchmarks/voting.py), whether through a signal or a method of this object.
        inbox: queue.SimpleQueue[tuple[str, str, Any]] = queue.SimpleQueue()
        self._inbox = inbox
        self.voting = PhoneVoting(
            chips,
            on_vote=lambda participant, question, value: inbox.put((participant, question, value)),
        )
        self.server: VotingServer | None = None
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(DRAIN_INTERVAL_MS)
        self._drain_timer.timeout.connect(self._drain)

    @property
    def pin(self) -> str:
        return self.voting.pin

    @property
    def running(self) -> bool:
        return self.server is not None

    def start(self, host: str = "0.0.0.0", port: int = 0) -> None:
        if self.server is None:
            self.server = VotingServer(self.voting, host=host, port=port).start()
            self._drain_timer.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None
        self._drain_timer.stop()
        self._drain()  # votes that arrived before the stop are still saved

    def urls(self) -> list[str]:
        return self.server.urls() if self.server is not None else []

    def set_language(self, language: str) -> None:
        """The page speaks the session's language (the translation installed now)."""
        direction = "rtl" if is_right_to_left(language) else "ltr"
        self.voting.set_language(language, direction, phone_words())

    def show(self, statement: Statement | None, ratings: dict[str, Any]) -> None:
        self.voting.show(statement, {pid: phone_vote(v) for pid, v in ratings.items()})

    def reveal(self) -> None:
        self.voting.reveal()

    def keyed(self, participant_id: str, value: Any) -> None:
        self.voting.record_keyed(participant_id, phone_vote(value))

    def _drain(self) -> None:
        """Hand every vote waiting in the inbox to the runner at once (one redraw for all)."""
        votes: list[tuple[str, str, Any]] = []
        while True:
            try:
                participant_id, question_id, value = self._inbox.get_nowait()
            except queue.Empty:
                break
            votes.append(
                (participant_id, question_id, DONT_KNOW if value == DONT_KNOW_VOTE else value)
            )
        if votes:
            self.votes_arrived.emit(votes)


def qr_pixmap(text: str, scale: int = 6) -> QPixmap:
    """The QR code for `text` (segno), as a pixmap with a quiet zone."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=3)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class PhoneVotingPanel(QFrame):
    """QR code, address and PIN while voting is on, with help and a Stop button.

    Kept to about 100 pixels high, so the chips stay in view on a 600-pixel laptop screen.
    """

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneVotingPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 8, 4)
        self.qr = QLabel()
        self.qr.setObjectName("phoneVotingQr")
        self.qr.setAccessibleName(tr("PhoneVoting", "QR code to open the voting page"))
        layout.addWidget(self.qr)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = QLabel()
        self.address = QLabel()
        self.address.setObjectName("phoneVotingAddress")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        for label in (self.title, self.address):
            text.addWidget(label)
        buttons = QHBoxLayout()
        self.help_button = QPushButton(tr("PhoneVoting", "How to connect phones…"))
        self.help_button.setAutoDefault(False)
        self.help_button.setAccessibleName(tr("PhoneVoting", "How to connect phones"))
        self.help_button.clicked.connect(self.show_help)
        self.stop_button = QPushButton(tr("PhoneVoting", "Stop phone voting"))
        self.stop_button.setAutoDefault(False)
        self.stop_button.setAccessibleName(tr("PhoneVoting", "Stop phone voting"))
        self.stop_button.clicked.connect(self.stop_requested)
        buttons.addWidget(self.help_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        text.addLayout(buttons)
        layout.addLayout(text, 1)
        self.pin = ""
        self.show_count(0, 0)

    def show_voting(self, urls: Sequence[str], pin: str) -> None:
        self.pin = pin
        if urls:
            self.qr.setPixmap(qr_pixmap(urls[0], scale=3))
            short = urls[0].split("?")[0].removeprefix("http://").rstrip("/")
            self.address.setText(
                tr(
                    "PhoneVoting", "Scan the code, or open <b>{address}</b> and enter PIN {pin}"
                ).format(address=short, pin=f"<b style='font-size:15pt'>{pin}</b>")
            )
        else:
            self.qr.clear()
            self.address.setText(
                tr(
                    "PhoneVoting",
                    "PIN {pin}. This laptop is not on a network yet: join the hall's Wi-Fi "
                    "or turn on its hotspot (How to connect phones).",
                ).format(pin=f"<b>{pin}</b>")
            )

    def show_count(self, voted: int, people: int) -> None:
        title = "<b>" + tr("PhoneVoting", "Phone voting is on") + "</b>"
        if people:
            title += " · " + tr("PhoneVoting", "{voted} of {people} have voted").format(
                voted=voted, people=people
            )
        self.title.setText(title)

    def show_help(self) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(tr("PhoneVoting", "Connecting phones"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(tr("PhoneVoting", HOTSPOT_HELP))
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.open()
