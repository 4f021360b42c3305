"""Phone voting's state: the session PIN, the chips phones claim, and the hidden votes.

Pure Python, no Qt and no database: the HTTP server (`desktop.voting.server`) calls it from its
threads and the runner from the UI thread, so every method takes the one lock. A vote is held
here only until the runner has saved it through the same service path as a keyed rating; what
the phones may see is decided here too, so no other person's vote ever leaves before the reveal.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

DONT_KNOW_VOTE = "dont_know"
PIN_DIGITS = 4
# A phone that keeps guessing the PIN is locked out for a while: 10,000 PINs at 5 a minute
# would take over a day, longer than any session.
WRONG_PINS_ALLOWED = 5
WRONG_PIN_WINDOW_SECONDS = 60.0


class VotingRefused(Exception):
    """A request the voting session will not take; `status` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Chip:
    """A participant as a phone sees them: a label and a role, never a name."""

    participant_id: str
    label: str
    role: str


@dataclass(frozen=True)
class LevelChoice:
    value: int
    name: str
    descriptor: str


@dataclass(frozen=True)
class Statement:
    """The statement the group is on, in the words the phones show."""

    question_id: str
    number: int
    total: int
    section: str
    text: str
    levels: tuple[LevelChoice, ...]
    dont_know_label: str = "Don't know"
    # Text direction of the session's language, so an Urdu page lays out right to left.
    direction: str = "ltr"

    def accepts(self, value: Any) -> bool:
        if value == DONT_KNOW_VOTE:
            return True
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and any(level.value == value for level in self.levels)
        )


@dataclass
class _Attempts:
    times: list[float] = field(default_factory=list)


class RateLimiter:
    """At most `per_second` requests a second from one address, with a burst of `burst`.

    A token bucket per address; `clock` is injectable so the rule can be tested exactly.
    """

    def __init__(
        self,
        per_second: float = 10.0,
        burst: int = 20,
        clock: Callable[[], float] = time.monotonic,
        max_addresses: int = 1024,
    ) -> None:
        self.per_second = per_second
        self.burst = burst
        self.clock = clock
        self.max_addresses = max_addresses
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def allow(self, address: str) -> bool:
        now = self.clock()
        with self._lock:
            tokens, last = self._buckets.get(address, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.per_second)
            allowed = tokens >= 1.0
            if allowed:
                tokens -= 1.0
            if address not in self._buckets and len(self._buckets) >= self.max_addresses:
                # A flood of invented addresses must not grow memory without bound.
                self._buckets.clear()
            self._buckets[address] = (tokens, now)
            return allowed


class PhoneVoting:
    """One group session's phone voting: PIN, chip claims, tokens, the current statement.

    `on_vote(participant_id, question_id, value)` is called (outside the lock) for each
    accepted vote; the runner saves it and marks the chip "voted".
    """

    def __init__(
        self,
        chips: Sequence[Chip],
        on_vote: Callable[[str, str, Any], None] | None = None,
        pin: str | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.pin = pin or "".join(secrets.choice("0123456789") for _ in range(PIN_DIGITS))
        self._chips = {chip.participant_id: chip for chip in chips}
        self._on_vote = on_vote
        self._clock = clock
        self._lock = threading.Lock()
        self._token_of_chip: dict[str, str] = {}
        self._chip_of_token: dict[str, str] = {}
        self._votes: dict[str, Any] = {}
        self._statement: Statement | None = None
        self._revealed = False
        self._wrong_pins: dict[str, _Attempts] = {}
        self._page: dict[str, Any] = {"lang": "en", "dir": "ltr", "words": {}}

    # -- the facilitator's side (UI thread) ----------------------------------------------------

    def show(self, statement: Statement | None, votes: dict[str, Any] | None = None) -> None:
        """Move every phone to this statement; `votes` are ratings already given for it."""
        with self._lock:
            self._statement = statement
            self._votes = dict(votes or {})
            self._revealed = False

    def set_language(self, language: str, direction: str, words: dict[str, str]) -> None:
        """The session's language for the page's own words: `words` maps each English text of
        the page (and of the refusals above) to its translation; the page falls back to the
        English for any text missing."""
        with self._lock:
            self._page = {"lang": language, "dir": direction, "words": dict(words)}

    def page_language(self) -> dict[str, Any]:
        """{"lang", "dir", "words"}: what the page needs to speak the session's language."""
        with self._lock:
            return dict(self._page)

    def reveal(self) -> None:
        """After the reveal phones can no longer change their vote for this statement."""
        with self._lock:
            self._revealed = True

    def record_keyed(self, participant_id: str, value: Any) -> None:
        """The facilitator keyed a rating in for someone: a phone then sees it as theirs."""
        with self._lock:
            if value is None:
                self._votes.pop(participant_id, None)
            else:
                self._votes[participant_id] = value

    def claimed_chips(self) -> set[str]:
        with self._lock:
            return set(self._token_of_chip)

    def release(self, participant_id: str) -> None:
        """Free a chip (a phone was lost or the wrong chip was chosen); its token stops working."""
        with self._lock:
            token = self._token_of_chip.pop(participant_id, None)
            if token is not None:
                self._chip_of_token.pop(token, None)

    # -- the phones' side (server threads) -----------------------------------------------------

    def check_pin(self, pin: Any, address: str) -> None:
        now = self._clock()
        with self._lock:
            attempts = self._wrong_pins.setdefault(address, _Attempts())
            attempts.times = [t for t in attempts.times if now - t < WRONG_PIN_WINDOW_SECONDS]
            if len(attempts.times) >= WRONG_PINS_ALLOWED:
                raise VotingRefused(429, "Too many wrong PINs. Wait a minute and try again.")
            if not isinstance(pin, str) or not hmac.compare_digest(pin.encode(), self.pin.encode()):
                attempts.times.append(now)
                raise VotingRefused(403, "That PIN is not right. Check the number on the screen.")

    def chips(self) -> list[dict[str, Any]]:
        with self._lock:
            return [
                {
                    "id": chip.participant_id,
                    "label": chip.label,
                    "role": chip.role,
                    "taken": chip.participant_id in self._token_of_chip,
                }
                for chip in self._chips.values()
            ]

    def claim(self, participant_id: Any) -> str:
        """Give this phone the chip and a token of its own; one phone per chip."""
        with self._lock:
            if not isinstance(participant_id, str) or participant_id not in self._chips:
                raise VotingRefused(404, "There is no such person in this session.")
            if participant_id in self._token_of_chip:
                raise VotingRefused(409, "Another phone has already chosen this person.")
            token = secrets.token_urlsafe(18)
            self._token_of_chip[participant_id] = token
            self._chip_of_token[token] = participant_id
            return token

    def participant_of(self, token: Any) -> str:
        with self._lock:
            return self._participant_of(token)

    def _participant_of(self, token: Any) -> str:
        if not isinstance(token, str):
            raise VotingRefused(401, "This phone has not chosen who it is yet.")
        for known, participant_id in self._chip_of_token.items():
            if hmac.compare_digest(known.encode(), token.encode()):
                return participant_id
        raise VotingRefused(401, "This phone has not chosen who it is yet.")

    def vote(self, token: Any, question_id: Any, value: Any) -> str:
        """Take a phone's vote for the current statement; returns whose vote it is."""
        with self._lock:
            participant_id = self._participant_of(token)
            statement = self._statement
            if statement is None:
                raise VotingRefused(409, "There is no statement to vote on just now.")
            if question_id != statement.question_id:
                raise VotingRefused(409, "The group has moved on. Your screen will catch up.")
            if self._revealed:
                raise VotingRefused(409, "The votes have been shown, so they can't change now.")
            if not statement.accepts(value):
                raise VotingRefused(400, "That is not one of the choices.")
            self._votes[participant_id] = value
        if self._on_vote is not None:
            self._on_vote(participant_id, statement.question_id, value)
        return participant_id

    def phone_state(self, token: Any) -> dict[str, Any]:
        """What one phone may see: the statement, its own vote, whether votes are shown."""
        with self._lock:
            participant_id = self._participant_of(token)
            chip = self._chips[participant_id]
            statement = self._statement
            state: dict[str, Any] = {
                "chip": {"label": chip.label, "role": chip.role},
                "revealed": self._revealed,
                "my_vote": self._votes.get(participant_id),
                "voted": sum(1 for pid in self._chips if pid in self._votes),
                "people": len(self._chips),
                "statement": None,
                # The page's words follow the session when the facilitator switches language.
                "page": self._page,
            }
            if statement is not None:
                state["statement"] = {
                    "id": statement.question_id,
                    "number": statement.number,
                    "total": statement.total,
                    "section": statement.section,
                    "text": statement.text,
                    "dir": statement.direction,
                    "dont_know": statement.dont_know_label,
                    "levels": [
                        {"value": level.value, "name": level.name, "descriptor": level.descriptor}
                        for level in statement.levels
                    ],
                }
            return state
