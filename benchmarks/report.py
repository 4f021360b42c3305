"""Assessment PDF reports: one report, and a batch of 200.

Target (DESIGN.md): one assessment PDF in ≤ 0.3 s. Measured four ways:
- "Save PDF" in the app: the first report in a fresh process whose results page has already
  shown the assessment (so its form is parsed), paying the reportlab import and font
  registration; timed in a child process so nothing else is warm;
- `gapkit report ID`: the same but nothing read before (also pays parsing the form snapshot);
- a report once the process has made one (what the app pays for "Save PDF" after the first);
- a batch of 200 reports into a folder (write_reports), with its per-report mean.
Run: python3 benchmarks/report.py [--reports 200] [--runs 10]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = 0.3

_FIRST_REPORT = """
import sys, time
sys.path.insert(0, {root!r})
from desktop.services import open_services
services = open_services({folder!r})
if {app!r}:
    services.assessments.results({assessment!r})  # what the results page has done already
started = time.perf_counter()
from desktop.reports.assessment_report import write_assessment_report
write_assessment_report(services, {assessment!r}, {out!r})
print(time.perf_counter() - started)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations
    from desktop.reports.assessment_report import write_assessment_report
    from desktop.reports.batch import write_reports
    from desktop.services import open_services

    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        services = open_services(data)
        rows = demo_organisations(120, seed=11, ward_list=services.organisations.ward_list)
        services.organisations.create_many(rows)
        add_demo_assessments(services, args.reports, seed=11)
        ids = [a.id for a in services.assessments.list_summaries()][: args.reports]
        # The typical report: a completed group health check (the longest appendix).
        candidates = [
            a
            for a in services.assessments.list_summaries(kind="health_check", status="completed")
            if a.mode == "group"
        ] or services.assessments.list_summaries()
        one = candidates[0].id
        out = Path(folder) / "one.pdf"

        def first_report(app: bool) -> float:
            times = []
            for _run in range(3):
                code = _FIRST_REPORT.format(
                    root=str(ROOT), folder=str(data), assessment=one, out=str(out), app=app
                )
                result = subprocess.run(
                    [sys.executable, "-c", code], capture_output=True, text=True, check=True
                )
                times.append(float(result.stdout.strip().splitlines()[-1]))
            return statistics.median(times)

        first_app = first_report(True)
        first_cli = first_report(False)

        write_assessment_report(services, one, out)  # warm up this process
        warm: list[float] = []
        for _run in range(args.runs):
            started = time.perf_counter()
            write_assessment_report(services, one, out)
            warm.append(time.perf_counter() - started)
        pages = _pages(out)

        started = time.perf_counter()
        written = write_reports(services, ids, Path(folder) / "batch")
        batch = time.perf_counter() - started

    warm_median = statistics.median(warm)
    print(
        f"one report ({pages} pages), first Save PDF in the app: {first_app:.3f} s "
        f"(ratio to the {TARGET_S} s target: {first_app / TARGET_S:.2f})"
    )
    print(
        f"one report, first in a fresh gapkit report process: {first_cli:.3f} s "
        f"(ratio to target: {first_cli / TARGET_S:.2f})"
    )
    print(
        f"one report, warm (median of {args.runs}): {warm_median:.3f} s "
        f"(ratio to target: {warm_median / TARGET_S:.2f})"
    )
    print(
        f"batch of {len(written)} reports: {batch:.2f} s "
        f"({batch / max(1, len(written)):.3f} s per report)"
    )
    return 0


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


if __name__ == "__main__":
    raise SystemExit(main())
