"""A real phone-voting server on loopback, and a small HTTP client like a phone's."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from desktop.voting.ballot import Chip, LevelChoice, PhoneVoting, Statement
from desktop.voting.server import VotingServer

CHIPS = [Chip(f"p{n}", f"P{n}", "volunteer" if n % 2 else "trustee") for n in range(1, 7)]


def statement(question_id: str = "governance_1", number: int = 1) -> Statement:
    return Statement(
        question_id=question_id,
        number=number,
        total=10,
        section="Governance",
        text="Our trustees meet regularly and keep minutes.",
        levels=tuple(
            LevelChoice(value, name, f"Descriptor {value}")
            for value, name in enumerate(["Not yet", "Starting", "Mostly", "Fully"], start=1)
        ),
    )


class Phone:
    """One participant's phone: remembers its token like the page's localStorage does."""

    def __init__(self, base: str, pin: str) -> None:
        self.base = base
        self.pin = pin
        self.token = ""

    def call(self, method: str, path: str, body: Any = None, raw: bytes | None = None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        request = urllib.request.Request(self.base + path, data=data, method=method)
        if data is not None:
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                return response.status, json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")

    def join(self, chip: str) -> tuple[int, dict[str, Any]]:
        status, data = self.call("POST", "/api/join", {"pin": self.pin, "chip": chip})
        if status == 200:
            self.token = data["token"]
        return status, data

    def vote(self, question: str, value: Any) -> tuple[int, dict[str, Any]]:
        body = {"pin": self.pin, "token": self.token, "question": question, "value": value}
        return self.call("POST", "/api/vote", body)

    def state(self) -> tuple[int, dict[str, Any]]:
        return self.call("GET", f"/api/state?pin={self.pin}&token={self.token}")


@pytest.fixture
def votes_seen() -> list[tuple[str, str, Any]]:
    return []


@pytest.fixture
def voting(votes_seen: list[tuple[str, str, Any]]) -> PhoneVoting:
    ballot = PhoneVoting(CHIPS, on_vote=lambda *vote: votes_seen.append(vote))
    ballot.show(statement())
    return ballot


@pytest.fixture
def server(voting: PhoneVoting) -> Iterator[VotingServer]:
    running = VotingServer(voting, host="127.0.0.1").start()
    yield running
    running.stop()


@pytest.fixture
def base_url(server: VotingServer) -> str:
    return f"http://127.0.0.1:{server.port}"
