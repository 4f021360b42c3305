"""The phone-voting server over loopback: PIN, one phone per chip, hidden votes, limits."""

from __future__ import annotations

import socket
import urllib.request

from desktop.voting.ballot import PhoneVoting, RateLimiter
from desktop.voting.server import MAX_BODY_BYTES, VotingServer, is_local_network

from .conftest import CHIPS, Phone, statement


def test_six_phones_vote_change_their_votes_and_cannot_take_another_chip(
    voting: PhoneVoting, base_url: str, votes_seen: list
) -> None:
    phones = [Phone(base_url, voting.pin) for _ in CHIPS]
    for phone, chip in zip(phones, CHIPS, strict=True):
        assert phone.join(chip.participant_id)[0] == 200
    for number, phone in enumerate(phones):
        assert phone.vote("governance_1", 1 + number % 4) == (200, {"ok": True})
    # Everyone changes their mind once before the reveal.
    for phone in phones:
        assert phone.vote("governance_1", "dont_know")[0] == 200
    # A seventh phone tries to vote as P3, whose chip is taken.
    intruder = Phone(base_url, voting.pin)
    status, data = intruder.join("p3")
    assert status == 409 and "already chosen" in data["error"]
    status, _ = intruder.vote("governance_1", 4)
    assert status == 401
    assert [who for who, _q, _v in votes_seen] == [c.participant_id for c in CHIPS] * 2
    assert all(value == "dont_know" for _w, _q, value in votes_seen[6:])


def test_a_phone_sees_its_own_vote_and_nobody_elses(voting: PhoneVoting, base_url: str) -> None:
    first, second = Phone(base_url, voting.pin), Phone(base_url, voting.pin)
    first.join("p1")
    second.join("p2")
    first.vote("governance_1", 4)
    status, state = second.state()
    assert status == 200
    assert state["my_vote"] is None
    assert state["voted"] == 1 and state["people"] == 6
    assert "4" not in str({k: v for k, v in state.items() if k != "statement"}).replace(
        "'people': 6", ""
    )
    assert first.state()[1]["my_vote"] == 4
    assert state["chip"] == {"label": "P2", "role": "trustee"}


def test_wrong_pin_is_refused_and_guessing_locks_out(voting: PhoneVoting, base_url: str) -> None:
    wrong = "0000" if voting.pin != "0000" else "1111"
    guesser = Phone(base_url, wrong)
    for _ in range(5):
        status, data = guesser.join("p1")
        assert status == 403 and "PIN" in data["error"]
    assert guesser.join("p1")[0] == 429
    # Even the right PIN waits out the lock from that address.
    assert Phone(base_url, voting.pin).join("p1")[0] == 429


def test_an_oversized_or_malformed_body_is_refused(voting: PhoneVoting, base_url: str) -> None:
    phone = Phone(base_url, voting.pin)
    status, data = phone.call("POST", "/api/join", raw=b"{" + b" " * (MAX_BODY_BYTES + 10) + b"}")
    assert status == 413 and "too big" in data["error"]
    assert phone.call("POST", "/api/join", raw=b"[" * 1500)[0] == 400
    assert phone.call("POST", "/api/join", raw=b"\xff\xfe")[0] == 400
    assert phone.call("GET", "/etc/passwd")[0] == 404


def test_votes_after_the_reveal_or_for_another_statement_are_refused(
    voting: PhoneVoting, base_url: str
) -> None:
    phone = Phone(base_url, voting.pin)
    phone.join("p1")
    assert phone.vote("governance_2", 3)[0] == 409  # the group is not there yet
    assert phone.vote("governance_1", 7)[0] == 400  # not a level
    assert phone.vote("governance_1", True)[0] == 400
    assert phone.vote("governance_1", 2)[0] == 200
    voting.reveal()
    status, data = phone.vote("governance_1", 3)
    assert status == 409 and "shown" in data["error"]
    voting.show(statement("governance_2", 2))
    assert phone.vote("governance_2", 3)[0] == 200
    assert phone.state()[1]["statement"]["id"] == "governance_2"


def test_a_burst_of_requests_is_rate_limited(voting: PhoneVoting, base_url: str) -> None:
    phone = Phone(base_url, voting.pin)
    phone.join("p1")
    codes = [phone.state()[0] for _ in range(200)]
    assert codes.count(429) > 100
    assert 200 in codes


def test_the_page_is_served_with_no_external_assets(base_url: str) -> None:
    with urllib.request.urlopen(base_url + "/", timeout=5) as response:
        page = response.read().decode()
        assert response.headers["Content-Type"].startswith("text/html")
        assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert "http://" not in page and "https://" not in page
    assert len(page.encode()) < 20_000


def test_stopping_closes_the_port(voting: PhoneVoting) -> None:
    server = VotingServer(voting, host="127.0.0.1").start()
    port = server.port
    server.stop()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_only_local_network_addresses_count_as_local() -> None:
    for address in ("127.0.0.1", "192.168.1.20", "10.4.5.6", "172.20.1.1", "169.254.3.3", "::1"):
        assert is_local_network(address), address
    for address in ("8.8.8.8", "81.2.69.160", "2001:4860:4860::8888", "not an address"):
        assert not is_local_network(address), address


def test_rate_limiter_refills_with_time() -> None:
    now = [0.0]
    limiter = RateLimiter(per_second=2, burst=2, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]
    assert limiter.allow("b")
    now[0] += 0.5
    assert limiter.allow("a") and not limiter.allow("a")


def test_the_page_speaks_the_session_language(voting: PhoneVoting, base_url: str) -> None:
    words = {
        "Enter the PIN": "Wpisz PIN",
        # A hostile "translation" must stay a string inside the page's script.
        "Continue": "</script><script>alert(1)</script>",
    }
    voting.set_language("pl", "ltr", words)
    with urllib.request.urlopen(base_url + "/", timeout=5) as response:
        page = response.read().decode()
    assert '<html lang="pl" dir="ltr">' in page
    assert "Wpisz PIN" in page
    assert "<script>alert(1)" not in page
    assert page.count("<script>") == 1 and page.count("</script>") == 1
    voting.set_language("ur", "rtl", {})
    with urllib.request.urlopen(base_url + "/", timeout=5) as response:
        assert '<html lang="ur" dir="rtl">' in response.read().decode()
    phone = Phone(base_url, voting.pin)
    assert phone.join("p1")[0] == 200
    status, state = phone.state()
    assert status == 200 and state["page"] == {"lang": "ur", "dir": "rtl", "words": {}}
