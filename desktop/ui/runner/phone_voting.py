"""Phone voting in a group session: the server's Qt side, and the panel with the QR code.

The server (`desktop.voting.server`) answers phones on its own threads; each accepted vote is
queued for the vote writer's thread, which saves it through the same AssessmentService path as
a keyed rating and then wakes the UI thread to mark the chip. The panel shows the QR code (made with segno), the
short address and the PIN, and says how to put phones on the laptop's network; it never
changes network settings itself.
"""

from __future__ import annotations

import contextlib
import io
import logging
import queue
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Qt, Signal
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


# What a save of phone votes returns: the ratings saved, and those refused with the reason.
SavedVotes = tuple[list[tuple[str, Any]], list[tuple[str, Any, str]]]

_STOP = None  # put in the writer's inbox: save what is before it, then end
GATHER_SECONDS = 0.003  # how long the writer waits for more votes after the first of a batch


class VoteWriter:
    """Saves phone votes on a thread of its own, so the UI thread only shows them.

    Votes that arrive together are saved in one transaction, and only for the statement open
    for votes (`open_for`); what was saved (or refused) waits in `saved` for the UI thread,
    which `wake()` rouses. A chip is marked only once its vote is committed: a crash before the
    commit leaves the chip waiting and nothing stored, never a mark without a kept vote.

    `gate` is held while a batch is checked and saved; the UI thread holds it while it changes
    the open statement or saves a keyed rating, so the two never interleave.
    """

    def __init__(
        self,
        save: Callable[[str, list[tuple[str, Any]]], SavedVotes],
        wake: Callable[[], None],
    ) -> None:
        self._save = save
        self._wake = wake
        self.inbox: queue.SimpleQueue[tuple[str, str, Any] | None] = queue.SimpleQueue()
        self.saved: queue.SimpleQueue[tuple[str, SavedVotes]] = queue.SimpleQueue()
        self.gate = threading.RLock()
        self._open: str | None = None
        self._thread = threading.Thread(target=self._run, name="phone-votes", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Save the votes already in, then end the thread."""
        if self._thread.is_alive():
            self.inbox.put(_STOP)
            self._thread.join(timeout=10)

    def open_for(self, question_id: str | None) -> None:
        """Votes for this statement are saved from now on; None: none are."""
        with self.gate:
            self._open = question_id

    def _run(self) -> None:
        stopping = False
        while not stopping:
            batch = [self.inbox.get()]
            # Votes come in bursts (everyone taps when the statement appears): those arriving
            # within a few milliseconds go in the same transaction and the same redraw, which
            # costs less in all than saving and drawing each as it comes.
            until = time.monotonic() + GATHER_SECONDS
            while _STOP not in batch:
                try:
                    batch.append(self.inbox.get(timeout=max(0.0, until - time.monotonic())))
                except queue.Empty:
                    break
            if _STOP in batch:
                stopping = True
                batch = batch[: batch.index(_STOP)]
            self._save_batch([vote for vote in batch if vote is not None])

    def _save_batch(self, batch: list[tuple[str, str, Any]]) -> None:
        with self.gate:
            question_id = self._open
            # The last vote of each person counts; votes for a statement the group has left
            # or revealed are dropped (the phones were already told it moved on).
            latest = {pid: value for pid, qid, value in batch if qid == question_id}
            if question_id is None or not latest:
                return
            try:
                result = self._save(question_id, list(latest.items()))
            except Exception as error:  # noqa: BLE001 - the thread must live on; the UI says
                log.exception("Phone votes could not be saved")
                result = ([], [(pid, value, str(error)) for pid, value in latest.items()])
            self.saved.put((question_id, result))
        self._wake()


class PhoneVotingController(QObject):
    """Starts and stops the server and the vote writer; saved votes come back as signals."""

    # question id, [(participant id, value 1-4 or DONT_KNOW)] saved in arrival order, and
    # [(participant id, value, why)] refused; on the UI thread
    votes_saved = Signal(str, list, list)

    def __init__(
        self,
        participants: Sequence[ParticipantInfo],
        save: Callable[[str, list[tuple[str, Any]]], SavedVotes],
        parent: QObject | None = None,
    ):
        super().__init__(parent)
        chips = [Chip(p.id, p.label, ROLE_NAMES.get(p.role, p.role.title())) for p in participants]
        # Votes go from the server's threads to the writer's through a plain queue; once saved,
        # a byte written to a socket pair wakes the UI thread to show them (no polling). The
        # other threads touch no Qt object at all: PySide6 crashed under load when the server
        # threads did ("deallocating None", seen in benchmarks/voting.py).
        self._wake_reader, wake_writer = socket.socketpair()
        for end in (self._wake_reader, wake_writer):
            end.setblocking(False)

        def wake() -> None:
            # A full buffer means a wake is pending anyway; a closed one, that voting stopped.
            with contextlib.suppress(OSError):
                wake_writer.send(b"v")

        self._wake_writer = wake_writer
        self.writer = VoteWriter(
            lambda question_id, ratings: save(question_id, _stored_votes(ratings)), wake
        )
        inbox = self.writer.inbox
        self.voting = PhoneVoting(
            chips,
            on_vote=lambda participant, question, value: inbox.put((participant, question, value)),
        )
        self.server: VotingServer | None = None
        self._wake = QSocketNotifier(self._wake_reader.fileno(), QSocketNotifier.Type.Read, self)
        self._wake.setEnabled(False)
        self._wake.activated.connect(self._woken)

    @property
    def pin(self) -> str:
        return self.voting.pin

    @property
    def running(self) -> bool:
        return self.server is not None

    def start(self, host: str = "0.0.0.0", port: int = 0) -> None:
        if self.server is None:
            self.server = VotingServer(self.voting, host=host, port=port).start()
            self.writer.start()
            self._wake.setEnabled(True)

    def stop(self) -> None:
        """Shut the server down for good (a controller is started once); votes that arrived
        before the stop are still saved and shown."""
        if self.server is not None:
            self.server.stop()
            self.server = None
        self.writer.stop()
        self._wake.setEnabled(False)
        self.take_saved()
        self._wake_writer.close()
        self._wake_reader.close()

    def urls(self) -> list[str]:
        return self.server.urls() if self.server is not None else []

    def set_language(self, language: str) -> None:
        """The page speaks the session's language (the translation installed now)."""
        direction = "rtl" if is_right_to_left(language) else "ltr"
        self.voting.set_language(language, direction, phone_words())

    def show(
        self, statement: Statement | None, ratings: dict[str, Any], revealed: bool = False
    ) -> None:
        """Move the phones to `statement` (None: nothing to vote on); its votes are saved
        from now on unless it is `revealed` already."""
        with self.writer.gate:
            self.voting.show(statement, {pid: phone_vote(v) for pid, v in ratings.items()})
            if revealed:
                self.voting.reveal()
            open_for = statement.question_id if statement is not None and not revealed else None
            self.writer.open_for(open_for)

    def reveal(self) -> None:
        with self.writer.gate:
            self.voting.reveal()
            self.writer.open_for(None)

    def keyed(self, participant_id: str, value: Any) -> None:
        self.voting.record_keyed(participant_id, phone_vote(value))

    @contextlib.contextmanager
    def writer_paused(self) -> Iterator[None]:
        """For a keyed rating: no phone vote is saved meanwhile, and those saved before it are
        shown first, so the screen shows what was saved last."""
        with self.writer.gate:
            self.take_saved()
            yield

    def _woken(self) -> None:
        with contextlib.suppress(OSError):  # nothing more to read (BlockingIOError)
            while self._wake_reader.recv(4096):
                pass
        self.take_saved()

    def take_saved(self) -> None:
        """Hand the runner every vote the writer has saved, in the order it saved them. The
        batches saved while the UI thread was busy are shown together: one redraw for all."""
        batches: list[tuple[str, dict[str, Any], list[tuple[str, Any, str]]]] = []
        while True:
            try:
                question_id, (saved, refused) = self.writer.saved.get_nowait()
            except queue.Empty:
                break
            if not batches or batches[-1][0] != question_id:
                batches.append((question_id, {}, []))
            batches[-1][1].update(saved)  # a person's later vote replaces their earlier one
            batches[-1][2].extend(refused)
        for question_id, votes, refused in batches:
            self.votes_saved.emit(question_id, list(votes.items()), refused)


def _stored_votes(ratings: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Phone votes as the store takes ratings ("dont_know" becomes DONT_KNOW)."""
    return [(pid, DONT_KNOW if value == DONT_KNOW_VOTE else value) for pid, value in ratings]


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
