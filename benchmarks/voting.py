"""Phone voting: from a vote arriving at the laptop to the chip's "voted" mark, 12 phones.

A real group session (runner, database, server on loopback) with 12 participants; 12 phone
threads vote on each of 20 statements at once. Measured per vote: from the server accepting it
(its thread) to the runner having saved it and redrawn the chips (UI thread). Target (issue 18):
p99 ≤ 50 ms.

    .venv/bin/python benchmarks/voting.py [--statements 20]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PHONES = 12


# The phones run in a process of their own, as real phones are other machines: their threads
# must not compete with the laptop's for Python's lock. Each has its own loopback address
# (127.0.1.N), as each phone has its own on Wi-Fi, so the per-address rate limit sees twelve.
PHONES_SCRIPT = r"""
import http.client, json, sys, threading
port, pin, chips = int(sys.argv[1]), sys.argv[2], sys.argv[3].split(",")
tokens = {}
def post(n, path, body):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10, source_address=(f"127.0.1.{n + 1}", 0))
    c.request("POST", path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    r = c.getresponse(); data = json.loads(r.read() or b"{}"); c.close()
    if r.status != 200:
        raise SystemExit(f"{path}: {r.status} {data}")
    return data
for n, chip in enumerate(chips):
    tokens[n] = post(n, "/api/join", {"pin": pin, "chip": chip})["token"]
print("joined", flush=True)
for line in sys.stdin:
    question = line.strip()
    threads = [threading.Thread(target=post, args=(n, "/api/vote", {"pin": pin, "token": tokens[n], "question": question, "value": 1 + n % 4})) for n in range(len(chips))]
    for t in threads: t.start()
    for t in threads: t.join()
    print("voted", flush=True)
"""


def wait_until(condition, timeout_ms: int = 10_000) -> None:
    """Run the event loop until `condition()` holds. (A busy loop of processEvents() calls
    also works, but PySide6 6.12 leaks a reference to None on each call, and a few million
    calls crash the interpreter.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    check = QTimer()
    check.setInterval(1)
    check.timeout.connect(lambda: condition() and loop.quit())
    QTimer.singleShot(timeout_ms, loop.quit)
    check.start()
    if not condition():
        loop.exec()
    check.stop()


def commit_floor(commits: int = 60) -> tuple[float, float]:
    """p50 and p99 of one small SQLite commit on this disk with the store's settings (WAL,
    synchronous=FULL: each commit waits for the disk): the least a saved vote can cost here."""
    import sqlite3

    folder = Path(tempfile.mkdtemp())
    connection = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, value TEXT)")
    times = []
    for n in range(commits):
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO t (value) VALUES (?)", (f"vote {n}",))
        connection.execute("COMMIT")
        times.append((time.perf_counter() - start) * 1000)
    connection.close()
    times.sort()
    return statistics.median(times), times[max(0, round(len(times) * 0.99) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--statements", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from desktop.services import open_services
    from desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    services = open_services(Path(tempfile.mkdtemp()))
    org = services.organisations.create(
        {"name": "Batley Lunch Club", "legal_form": "trust", "postcode": "WF17 5AA"}
    )
    people = [(f"P{n}", "volunteer") for n in range(1, PHONES + 1)]
    detail = services.assessments.start(
        org.id, "health_check", "group", consent_given=True, participants=people
    )
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    window.show_page("assessments")
    page = window.page("assessments")
    page.resume(detail.id)
    runner = page.runner
    runner.start_phone_voting(host="127.0.0.1")
    controller = runner.phone_voting
    assert controller is not None and controller.server is not None

    arrived: dict[tuple[str, str], float] = {}
    delays: list[float] = []
    forward = controller.voting._on_vote  # the server thread's hand-over, timed on arrival

    def timed(participant_id: str, question_id: str, value: object) -> None:
        arrived[(participant_id, question_id)] = time.perf_counter()
        forward(participant_id, question_id, value)

    controller.voting._on_vote = timed

    def saved(question_id: str, participant_id: str) -> None:
        start = arrived.pop((participant_id, question_id), None)
        if start is not None:
            delays.append((time.perf_counter() - start) * 1000)

    runner.answer_saved.connect(saved)
    chips = ",".join(person.id for person in detail.participants)
    phones = subprocess.Popen(
        [sys.executable, "-c", PHONES_SCRIPT, str(controller.server.port), controller.pin, chips],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert phones.stdin is not None and phones.stdout is not None
    assert phones.stdout.readline().strip() == "joined"

    done_statements = 0
    while done_statements < args.statements:
        question = runner.current_question()
        if question.type != "rating":
            runner.next()
            app.processEvents()
            continue
        question_id = question.id
        phones.stdin.write(question_id + "\n")
        phones.stdin.flush()
        wait_until(lambda: runner.current_round().revealed)
        assert phones.stdout.readline().strip() == "voted"
        runner.choose(2)  # the agreed score
        runner.next()
        app.processEvents()
        done_statements += 1
    phones.stdin.close()
    phones.wait(timeout=10)
    runner.stop_phone_voting()
    delays.sort()
    p50 = statistics.median(delays)
    p99 = delays[max(0, round(len(delays) * 0.99) - 1)]
    print(f"votes measured: {len(delays)} ({PHONES} phones x {args.statements} statements)")
    print(
        f"vote arrival -> chip marked 'voted': p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
        f"max {delays[-1]:.1f} ms (target p99 <= 50 ms: {'met' if p99 <= 50 else 'MISSED'})"
    )
    floor_p50, floor_p99 = commit_floor()
    print(
        f"one SQLite commit on this disk (the floor of a saved vote): p50 {floor_p50:.1f} ms, "
        f"p99 {floor_p99:.1f} ms; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
