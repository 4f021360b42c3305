"""`gapkit db rescore` at council scale: how long a council waits to have every stored result
made again (issue 16), at 1k, 5k and 20k assessments, against reading the same answers.

Each run rescores a copy of benchmarks/council.py's cached demo folder for that size (built
when missing; 20k is 20 renamed copies of the 1k demo, 17,080 completed assessments) in a fresh
process, timing `ScoreService.rescore_all` (what `gapkit db rescore` runs, after the store is
open: the command adds about half a second of start-up). The copy is made once and rescored
again on later runs (rescore throws every stored row away first, so each run does the whole
work).

Anchor: the sqlite3 command-line tool reading every agreed answer the scoring reads (the
covering index's rows, printed to /dev/null): the floor under reading them in Python, scoring
and writing the rows. Both as wall-clock and CPU seconds (the child's user + system time; on a
busy machine the CPU figures are the steadier ones).

Run: python3 benchmarks/rescore.py [--sizes 1000 5000 20000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

RESCORE = """
import json, sys, time
from desktop.services.scores import ScoreService
from desktop.store.db import open_store
store = open_store(data_dir=sys.argv[1])
wall, cpu = time.perf_counter(), time.process_time()
scored = ScoreService(store).rescore_all()
print(json.dumps({"scored": scored, "wall": time.perf_counter() - wall,
                  "cpu": time.process_time() - cpu}))
store.close()
"""
ANCHOR_SQL = (
    "SELECT assessment_id, question_id, value, dont_know FROM responses "
    "WHERE participant_id IS NULL AND deleted_at IS NULL ORDER BY assessment_id;"
)


def timed_child(command: list[str], *, quiet: bool = False) -> tuple[float, float, str]:
    """Wall and CPU seconds of one child process (run in the repository with the benchmark's
    environment), and what it printed (nothing kept when `quiet`: the anchor's rows)."""
    from benchmarks.council import _children_cpu, child_env

    output = subprocess.DEVNULL if quiet else subprocess.PIPE
    cpu, started = _children_cpu(), time.perf_counter()
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=child_env(), stdout=output, stderr=subprocess.PIPE, text=True
    )
    wall = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout or ''}{result.stderr}")
    return wall, _children_cpu() - cpu, result.stdout or ""


def measure(size: int, runs: int) -> None:
    from benchmarks.council import demo_folder

    cached = demo_folder(size)
    with tempfile.TemporaryDirectory(prefix="gapkit-rescore-bench-") as tmp:
        folder = Path(tmp) / "data"
        shutil.copytree(cached, folder)
        database = folder / "gapkit.sqlite3"
        rescore = [sys.executable, "-c", RESCORE, str(folder)]
        anchor = ["sqlite3", str(database), ANCHOR_SQL]
        rescores: list[dict[str, float]] = []
        anchors: list[tuple[float, float]] = []
        for _run in range(runs):
            printed = timed_child(rescore)[2]
            rescores.append(json.loads(printed.strip().splitlines()[-1]))
            wall, cpu, _printed = timed_child(anchor, quiet=True)
            anchors.append((wall, cpu))
    median = statistics.median
    wall, cpu = median(r["wall"] for r in rescores), median(r["cpu"] for r in rescores)
    count = int(rescores[0]["scored"])
    anchor_wall, anchor_cpu = median(a[0] for a in anchors), median(a[1] for a in anchors)
    print(f"\n== {size:,} assessments ({count:,} completed), medians of {runs} ==")
    print(f"rescore (ScoreService.rescore_all): {wall:.2f} s wall / {cpu:.2f} s CPU")
    print(f"  {cpu / max(count, 1) * 1e6:.0f} us CPU per completed assessment")
    print(
        f"sqlite3 reading the agreed answers: {anchor_wall:.2f} s wall / {anchor_cpu:.2f} s CPU"
        f" = rescore at {cpu / max(anchor_cpu, 1e-9):.1f} x the anchor (CPU)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("sqlite3") is None:
        raise SystemExit("the sqlite3 command-line tool is needed for the anchor")
    for size in args.sizes:
        measure(size, args.runs)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    raise SystemExit(main())
