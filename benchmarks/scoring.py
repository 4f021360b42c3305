"""Scoring one assessment: CPU microseconds, both shipped forms.

Issue 16: storing the results of 1,000 assessments should cost <= 0.3 s CPU. That figure
(the "storing the results" line of benchmarks/sync_import.py and benchmarks/pack.py) also
reads the answers and writes the rows; this measures the scoring alone, on the same kind of
answers (the demo generator's, for demo organisations' registrations and CAT stages):
- `score_assessment`: the whole result with its models (results page, report, funds);
- `evaluate_assessment`: the plain evaluation stored results keep a few figures of (not in
  code from before it existed: run this file from another checkout to compare).

Run: python3 benchmarks/scoring.py [--assessments 1000] [--runs 5]
Prints, per form and function, the median CPU microseconds per assessment over the runs.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def sample_assessments(count: int, seed: int = 16) -> dict[str, list[tuple[Any, ...]]]:
    """Per shipped form: `count` (form, answers, registration, stage) as the demo makes them."""
    from desktop.demo.assessments import _answers, _stage_for
    from desktop.demo.organisations import demo_organisations
    from forms import shipped_forms

    rng = random.Random(seed)
    registrations = demo_organisations(max(count // 3, 1), seed=seed)
    samples: dict[str, list[tuple[Any, ...]]] = {}
    for form_id, form in sorted(shipped_forms().items()):
        samples[form_id] = []
        for index in range(count):
            registration = dict(registrations[index % len(registrations)])
            stage = _stage_for(form, rng, rng.randint(0, 3 * 365))
            if stage is not None:
                registration["cat_stage"] = stage
            answers = _answers(form, rng, rng.uniform(1.2, 3.8), registration)
            samples[form_id].append((form, answers, registration, stage))
    return samples


def cpu_microseconds(score: Callable[..., Any], cases: list[tuple[Any, ...]], runs: int) -> float:
    """Median over `runs` of the CPU time per case."""
    timings = []
    for case in cases[:20]:  # warm: the form compiled, caches filled
        score(*case)
    for _ in range(runs):
        started = time.process_time()
        for case in cases:
            score(*case)
        timings.append((time.process_time() - started) / len(cases) * 1e6)
    return statistics.median(timings)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--assessments", type=int, default=1000, help="per form")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import forms.scoring as scoring
    from forms.support import SupportCatalogue

    no_offers = SupportCatalogue(themes=[], offers=[])
    functions: dict[str, Callable[..., Any]] = {
        "score_assessment": lambda form, answers, registration, stage: scoring.score_assessment(
            form, answers, registration, no_offers, stage
        )
    }
    evaluate = getattr(scoring, "evaluate_assessment", None)
    if evaluate is not None:
        functions["evaluate_assessment"] = evaluate
    samples = sample_assessments(args.assessments)
    print(f"scoring code: {Path(scoring.__file__).resolve().parent.parent}")
    print(f"{args.assessments:,} demo assessments per form; CPU, median of {args.runs} runs")
    for form_id, cases in samples.items():
        for name, function in functions.items():
            micro = cpu_microseconds(function, cases, args.runs)
            print(
                f"  {form_id:14s} {name:20s} {micro:7.1f} us per assessment "
                f"({micro * 1000 / 1e6:.3f} s per 1,000)"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
