"""Saving one answer: p50/p99 time of `AssessmentService.record_answer` (one transaction each).

Target (DESIGN.md): p99 ≤ 5 ms. Measured on a real SQLite file in WAL mode with
synchronous=FULL (every answer reaches the disk), as the runner saves it: ratings, a
participant's rating in group mode, and a note, on an assessment that already holds answers.
Run: python3 benchmarks/autosave.py [--answers 2000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_P99_S = 0.005


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--answers", type=int, default=2000)
    parser.add_argument("--folder", help="where to make the data folder (default: the temp dir)")
    args = parser.parse_args()

    from desktop.services import open_services

    with tempfile.TemporaryDirectory(dir=args.folder) as folder:
        services = open_services(folder)
        organisation = services.organisations.create(
            {
                "name": "Holme Valley Food Bank",
                "legal_form": "cio_association",
                "postcode": "HD9 3AB",
            }
        )
        detail = services.assessments.start(
            organisation.id,
            "health_check",
            "group",
            consent_given=True,
            participants=[("P1", "trustee"), ("P2", "volunteer"), ("P3", "member")],
        )
        form = services.assessments.form_for(detail.id)
        rated = [q.id for _s, q in form.questions() if q.type == "rating"]
        people = [p.id for p in detail.participants]
        # warm up: the form snapshot is cached and the connection pool is filled
        for question_id in rated[:5]:
            services.assessments.record_answer(detail.id, question_id, 2)

        times: list[float] = []
        kinds: dict[str, list[float]] = {"agreed": [], "participant": [], "note": []}
        for number in range(args.answers):
            question_id = rated[number % len(rated)]
            kind = ("agreed", "participant", "note")[number % 3]
            started = time.perf_counter()
            if kind == "agreed":
                services.assessments.record_answer(detail.id, question_id, number % 4 + 1)
            elif kind == "participant":
                services.assessments.record_answer(
                    detail.id,
                    question_id,
                    number % 4 + 1,
                    participant_id=people[number % len(people)],
                )
            else:
                services.assessments.record_note(detail.id, question_id, f"Note {number}")
            elapsed = time.perf_counter() - started
            times.append(elapsed)
            kinds[kind].append(elapsed)
        services.close()

    p50, p99 = percentile(times, 0.50), percentile(times, 0.99)
    print(f"saving one answer, {len(times)} saves (SQLite file, WAL, synchronous=FULL)")
    for kind, values in kinds.items():
        print(
            f"  {kind:<12} p50 {percentile(values, 0.5) * 1000:6.2f} ms   "
            f"p99 {percentile(values, 0.99) * 1000:6.2f} ms"
        )
    print(f"  all          p50 {p50 * 1000:6.2f} ms   p99 {p99 * 1000:6.2f} ms")
    print(f"  mean {statistics.fmean(times) * 1000:.2f} ms, max {max(times) * 1000:.2f} ms")
    print(
        f"p99 / target (5 ms) = {p99 / TARGET_P99_S:.2f}  ({'met' if p99 <= TARGET_P99_S else 'NOT met'})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
