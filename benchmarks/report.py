"""Assessment PDF reports: one report, and a batch of 200.

Target (DESIGN.md, issue 16): one assessment PDF in <= 0.3 s. Measured four ways:
- "Save PDF" in the app: the first report in a fresh process whose results page has already
  shown the assessment (so its form is parsed), paying the reportlab import and font
  registration; timed in a child process so nothing else is warm;
- `gapkit report ID --out FILE`: the real command (`desktop.cli.main`) in a fresh process. The
  figure the target is about is the command's own "Wrote ... in X s": from the services being
  open to the PDF written (the report module's import, finding the id, reading, scoring, the
  funds guide, fonts, the PDF). The whole process (interpreter start to exit, which adds Python,
  SQLAlchemy and opening the database) is printed on the next line;
- a report once the process has made one (what the app pays for "Save PDF" after the first);
- a batch of 200 reports into a folder (write_reports), with its per-report mean.
Every figure is printed as wall and CPU seconds (process CPU, all threads): on a shared machine
CPU is the steadier one. Children run with bytecode cached and the app's disk cache kept (in the
temporary folder), as an installed app that has run once has them; one untimed run warms both.
Run: python3 benchmarks/report.py [--reports 200] [--runs 10] [--first-runs 5]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = 0.3

_FIRST_SAVE_PDF = """
import json, sys, time
sys.path.insert(0, {root!r})
from desktop.services import open_services
services = open_services({folder!r})
services.assessments.results({assessment!r})  # what the results page has done already
started, started_cpu = time.perf_counter(), time.process_time()
from desktop.reports.assessment_report import write_assessment_report
write_assessment_report(services, {assessment!r}, {out!r})
print(json.dumps([time.perf_counter() - started, time.process_time() - started_cpu]))
"""

# The real command; the moment its services are open is marked (as its own timer starts).
_FIRST_GAPKIT_REPORT = """
import json, sys, time
sys.path.insert(0, {root!r})
from desktop import cli
import desktop.commands.report as command
opened = []
def services_for(args, _open=command.services_for):
    services = _open(args)
    opened.append((time.perf_counter(), time.process_time()))
    return services
command.services_for = services_for
status = cli.main(["--data-dir", {folder!r}, "report", {assessment!r}, "--out", {out!r}])
assert status == 0, status
wall, cpu = opened[0]
print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu, time.process_time()]))
"""


def _child_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--first-runs", type=int, default=5, help="fresh processes per figure")
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

        env = dict(os.environ)
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "bytecode")
        env["GAPKIT_CACHE_DIR"] = str(Path(folder) / "cache")

        def first_report(template: str) -> list[list[float]]:
            """Per run: what the child printed (wall, CPU of the timed part...), then the whole
            child's wall and CPU."""
            code = template.format(root=str(ROOT), folder=str(data), assessment=one, out=str(out))
            runs: list[list[float]] = []
            for run in range(args.first_runs + 1):
                before_cpu, before = _child_cpu(), time.perf_counter()
                result = subprocess.run(
                    [sys.executable, "-c", code], capture_output=True, text=True, env=env
                )
                whole = [time.perf_counter() - before, _child_cpu() - before_cpu]
                if result.returncode != 0:
                    raise SystemExit(f"the child failed:\n{result.stderr}")
                if run:  # the first run compiles bytecode and fills the cache, as a first start
                    part = json.loads(result.stdout.strip().splitlines()[-1])
                    runs.append([*part, *whole])
            return runs

        first_app = first_report(_FIRST_SAVE_PDF)
        first_cli = first_report(_FIRST_GAPKIT_REPORT)

        write_assessment_report(services, one, out)  # warm up this process
        warm: list[float] = []
        warm_cpu: list[float] = []
        for _run in range(args.runs):
            started, started_cpu = time.perf_counter(), time.process_time()
            write_assessment_report(services, one, out)
            warm.append(time.perf_counter() - started)
            warm_cpu.append(time.process_time() - started_cpu)
        pages = _pages(out)

        started, started_cpu = time.perf_counter(), time.process_time()
        written = write_reports(services, ids, Path(folder) / "batch")
        batch, batch_cpu = time.perf_counter() - started, time.process_time() - started_cpu

    def medians(runs: list[list[float]], column: int) -> float:
        return statistics.median(run[column] for run in runs)

    print(f"medians of {args.first_runs} fresh processes each; wall s / CPU s")
    app_wall, app_cpu = medians(first_app, 0), medians(first_app, 1)
    print(
        f"one report ({pages} pages), first Save PDF in the app: {app_wall:.3f} s wall, "
        f"{app_cpu:.3f} s CPU (ratio to the {TARGET_S} s target: {app_wall / TARGET_S:.2f} wall, "
        f"{app_cpu / TARGET_S:.2f} CPU)"
    )
    cli_wall, cli_cpu = medians(first_cli, 0), medians(first_cli, 1)
    print(
        f"one report, first in a fresh gapkit report process (services open -> PDF written): "
        f"{cli_wall:.3f} s wall, {cli_cpu:.3f} s CPU (ratio to target: "
        f"{cli_wall / TARGET_S:.2f} wall, {cli_cpu / TARGET_S:.2f} CPU)"
    )
    print(
        f"  the whole gapkit report process (start -> exit): {medians(first_cli, 3):.3f} s wall, "
        f"{medians(first_cli, 4):.3f} s CPU (of which before the services were open: "
        f"{medians(first_cli, 2) - cli_cpu:.3f} s CPU)"
    )
    warm_median = statistics.median(warm)
    print(
        f"one report, warm (median of {args.runs}): {warm_median:.3f} s wall, "
        f"{statistics.median(warm_cpu):.3f} s CPU (ratio to target: {warm_median / TARGET_S:.2f})"
    )
    print(
        f"batch of {len(written)} reports: {batch:.2f} s wall, {batch_cpu:.2f} s CPU "
        f"({batch / max(1, len(written)):.3f} s per report)"
    )
    return 0


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


if __name__ == "__main__":
    raise SystemExit(main())
