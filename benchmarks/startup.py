"""Cold start: `gapkit --smoke` against a bare PySide6 QMainWindow.

Both are started the same way (a new Python process) several times in this run; each prints
the moment its window is shown (`window-shown-at`), and the app also the moment its first page
has painted with its data (`page-filled-at`, with GAPKIT_REPORT_STARTUP=1). Targets: window
shown ≤ 1.5 × the bare window (DESIGN.md); first page filled ≤ 4 × the bare window (issue 16),
on a data folder of `--orgs` demo organisations (built once per run).

With `--language ur` it also starts the app with that translation loaded (GAPKIT_LANGUAGE),
interleaved with the English starts, and prints the difference (target: at most 5 % slower).

Run: python3 benchmarks/startup.py [--runs 7] [--language ur]   (QT_QPA_PLATFORM defaults to offscreen)

`--built dist/gapkit/gapkit` also starts the frozen app (packaging/build_linux.sh), interleaved
with the others, and prints its figures beside the source run's.

Every start runs with bytecode cached (PYTHONDONTWRITEBYTECODE is dropped and the cache kept in
the run's temporary folder), as an installed app has it: otherwise each start compiles the
app's modules from source again. CPU seconds at each moment (the process's, all threads) are
printed under the wall clock: on a busy machine they are the steadier figure.
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

REPO_ROOT = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.5
TRANSLATION_TARGET_PERCENT = 5.0

BARE_WINDOW = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
print(f"window-shown-at {time.time():.6f}", flush=True)
print(f"window-shown-cpu {time.process_time():.6f}", flush=True)
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


FILLED_TARGET_RATIO = 4.0


CPU_SEEN: dict[str, list[float]] = {}


def launch(
    command: list[str], env: dict[str, str], cpu_key: str = ""
) -> tuple[float, float, float]:
    """Seconds from launch to window shown, to first page filled (the bare window: shown
    again), and to exit. With `cpu_key`, the CPU seconds reported at the last moment seen are
    kept in CPU_SEEN[cpu_key]."""
    started = time.time()
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    finished = time.time()
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({result.returncode}):\n{result.stderr}")
    moments = {}
    cpu = {}
    for line in result.stdout.splitlines():
        name, _space, value = line.partition(" ")
        if name in ("window-shown-at", "page-filled-at"):
            moments[name] = float(value) - started
        elif name in ("window-shown-cpu", "page-filled-cpu"):
            cpu[name] = float(value)
    if cpu_key and cpu:
        CPU_SEEN.setdefault(cpu_key, []).append(
            cpu.get("page-filled-cpu", cpu.get("window-shown-cpu", 0.0))
        )
    if "window-shown-at" not in moments:
        raise SystemExit(f"{' '.join(command)} never reported its window as shown")
    shown = moments["window-shown-at"]
    return shown, moments.get("page-filled-at", shown), finished - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--language", help="also time starts with this translation loaded")
    parser.add_argument(
        "--built",
        metavar="EXECUTABLE",
        help="also measure this built app (e.g. dist/gapkit/gapkit)",
    )
    parser.add_argument("--orgs", type=int, default=200, help="demo organisations (default 200)")
    args = parser.parse_args()

    env = {**os.environ, "GAPKIT_REPORT_STARTUP": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryDirectory() as folder:
        env["GAPKIT_DATA_DIR"] = folder
        env["PYTHONPYCACHEPREFIX"] = str(Path(folder) / "bytecode")
        bare_script = Path(folder) / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        bare = [sys.executable, str(bare_script)]
        app = [sys.executable, "-m", "desktop", "--smoke"]

        env["GAPKIT_CACHE_DIR"] = str(Path(folder) / "cache")
        first_shown, _filled, first_exit = launch(app, env)  # creates the database
        translated_env = {**env, "GAPKIT_LANGUAGE": args.language or ""}
        if args.language:
            launch(app, translated_env)  # compiles the translation once (cached after)
        if args.orgs:
            subprocess.run(
                [sys.executable, "-m", "desktop", "demo", "--orgs", str(args.orgs), "--seed", "7"],
                cwd=REPO_ROOT, env=env, capture_output=True, check=True,
            )  # fmt: skip
        bare_times: list[tuple[float, float, float]] = []
        app_times: list[tuple[float, float, float]] = []
        translated_times: list[tuple[float, float, float]] = []
        built = [str(Path(args.built).resolve()), "--smoke"] if args.built else None
        if built is not None:
            launch(built, env)  # the first start of a frozen app also warms the disk cache
        built_times: list[tuple[float, float, float]] = []
        for _run in range(args.runs):
            # Interleaved so all see the same machine load.
            bare_times.append(launch(bare, env, "bare"))
            app_times.append(launch(app, env, "app"))
            if args.language:
                translated_times.append(launch(app, translated_env))
            if built is not None:
                built_times.append(launch(built, env))

    bare_shown = statistics.median(t[0] for t in bare_times)
    app_shown = statistics.median(t[0] for t in app_times)
    app_filled = statistics.median(t[1] for t in app_times)
    app_ready = statistics.median(t[2] for t in app_times)
    bare_exit = statistics.median(t[2] for t in bare_times)
    ratio = app_shown / bare_shown
    print(f"runs: {args.runs} each (medians); platform {env['QT_QPA_PLATFORM']}")
    print(
        f"bare QMainWindow shown:        {bare_shown * 1000:6.0f} ms (exit {bare_exit * 1000:.0f} ms)"
    )
    print(f"gapkit --smoke window shown:   {app_shown * 1000:6.0f} ms")
    print(f"gapkit --smoke data open, first page filled, exit: {app_ready * 1000:.0f} ms")
    print(
        f"first ever start (new database): shown {first_shown * 1000:.0f} ms, exit {first_exit * 1000:.0f} ms"
    )
    if built_times:
        built_shown = statistics.median(t[0] for t in built_times)
        built_ready = statistics.median(t[2] for t in built_times)
        print(
            f"built app --smoke window shown: {built_shown * 1000:5.0f} ms; data open, first page "
            f"filled, exit: {built_ready * 1000:.0f} ms ({args.built})"
        )
    verdict = "meets" if ratio <= TARGET_RATIO else "MISSES"
    print(f"ratio shown/bare: {ratio:.2f} ({verdict} the ≤ {TARGET_RATIO} target)")
    if translated_times:
        shown = statistics.median(t[0] for t in translated_times)
        change = (shown - app_shown) / app_shown * 100
        verdict = "meets" if change <= TRANSLATION_TARGET_PERCENT else "MISSES"
        print(
            f"gapkit --smoke in {args.language} window shown: {shown * 1000:6.0f} ms "
            f"({change:+.1f} % against English; {verdict} the ≤ "
            f"{TRANSLATION_TARGET_PERCENT:.0f} % target)"
        )
    if CPU_SEEN.get("bare") and CPU_SEEN.get("app"):
        bare_cpu = statistics.median(CPU_SEEN["bare"])
        app_cpu = statistics.median(CPU_SEEN["app"])
        print(
            f"CPU seconds (process, medians): bare window shown {bare_cpu:.3f}; gapkit first "
            f"page filled {app_cpu:.3f} (ratio {app_cpu / bare_cpu:.2f})"
        )
    filled_ratio = app_filled / bare_shown
    verdict = "meets" if filled_ratio <= FILLED_TARGET_RATIO else "MISSES"
    print(
        f"first page filled ({args.orgs:,} organisations): {app_filled * 1000:.0f} ms; "
        f"ratio filled/bare: {filled_ratio:.2f} ({verdict} the ≤ {FILLED_TARGET_RATIO} target)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
