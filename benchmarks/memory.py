"""Memory of the running app (RSS) through a field worker's session, against the 250 MB target.

A demo data folder (5,000 organisations, 1,000 assessments, seed 7) is built once with
`python3 -m desktop demo` and kept under /tmp; each run copies it, so the app's own writes
(window.ini, backups, logs) never leak into the next run. The real app then runs in a new
process (this file with `--driver`): main window shown, store opened, Organisations page
(5,000 rows), Assessments page, the results of one completed assessment, Sync page. After each
step the driver waits until the event loop is idle and reads its own VmRSS; VmHWM is the peak.

`--imports` adds what each heavy library costs on its own (a bare interpreter importing only
it); `--trace` adds the driver's top Python allocations (tracemalloc; slows the run and sees
nothing Qt allocates in C++).

Run: python3 benchmarks/memory.py [--imports] [--trace] [--rebuild]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TARGET_MB = 250.0
ORGS, ASSESSMENTS, SEED = 5000, 1000, 7
CACHE_DIR = Path(tempfile.gettempdir()) / f"gapkit-memory-demo-{ORGS}-{ASSESSMENTS}-seed{SEED}"
# Written last, so a build that was interrupted is never taken for a finished one.
CACHE_DONE = ".demo-complete"

# Libraries that could dominate the footprint, with the statement that loads each.
LIBRARIES: dict[str, str] = {
    "PySide6 (QtWidgets + QApplication)": (
        "from PySide6.QtWidgets import QApplication; app = QApplication(['x', '-style', 'Fusion'])"
    ),
    "SQLAlchemy (orm)": "import sqlalchemy.orm",
    "pydantic": "import pydantic",
    "reportlab (platypus)": "import reportlab.platypus",
    "cryptography (ed25519)": (
        "from cryptography.hazmat.primitives.asymmetric import ed25519; "
        "ed25519.Ed25519PrivateKey.generate()"
    ),
    "desktop.services (all store code)": "import desktop.services",
}
WATCHED_MODULES = ("sqlalchemy", "pydantic", "reportlab", "cryptography", "alembic", "openpyxl")


def status_kb(field: str) -> int:
    """One of this process's memory figures from /proc/self/status, in kB."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"/proc/self/status has no {field}")


# -- the driver (runs inside the measured process) ------------------------------------------


def drive(data_dir: Path, trace: bool) -> None:
    """Open the app on `data_dir`, walk through the pages and print one JSON line a step."""
    if trace:
        import tracemalloc

        tracemalloc.start(1)

    def record(step: str) -> None:
        loaded = [name for name in WATCHED_MODULES if name in sys.modules]
        figures = {field: status_kb(field) for field in ("VmRSS", "VmHWM", "RssAnon", "RssFile")}
        print(json.dumps({"step": step, **figures, "loaded": loaded}), flush=True)

    record("interpreter started")
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    # As run_app starts it: the style on the command line, then the theme.
    app = QApplication([sys.argv[0], "-style", "Fusion"])
    from desktop.ui.theme import apply_theme

    apply_theme(app)
    record("QApplication + theme")

    from desktop.ui.main_window import MainWindow

    def settle() -> None:
        """Until nothing is left to do: worker jobs finished, their results delivered, painted."""
        for _round in range(3):
            QThreadPool.globalInstance().waitForDone()
            loop = QEventLoop()
            # A zero timer fires once the queue is empty: everything posted so far has run.
            QTimer.singleShot(0, loop.quit)
            loop.exec()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window.repaint()

    window = MainWindow(data_dir=data_dir)
    window.show()
    settle()
    record("window shown, store not open")

    from desktop.services import open_services

    services = open_services(data_dir)
    services.organisations.ward_list  # noqa: B018 - read at opening, as StoreOpener does
    record("store open, page not built")
    window.attach_services(services)
    settle()
    organisations = window.page("organisations")
    shown = organisations.table_model.rowCount()  # type: ignore[attr-defined]
    if window.current_page_key() != "organisations" or shown != ORGS:
        raise SystemExit(
            f"expected the Organisations page with {ORGS:,} rows, "
            f"got {window.current_page_key()} with {shown:,}"
        )
    record(f"Organisations page ({shown:,} rows)")

    window.show_page("assessments")
    settle()
    record("Assessments page")

    completed = services.assessments.list_summaries(status="completed")
    if not completed:
        raise SystemExit("the demo data has no completed assessment")
    window.page("assessments").show_results(completed[0].id)  # type: ignore[attr-defined]
    settle()
    record("results of one completed assessment")

    window.show_page("sync")
    settle()
    record("Sync page")

    if trace:
        snapshot = tracemalloc.take_snapshot()
        total = sum(stat.size for stat in snapshot.statistics("filename"))
        by_package: dict[str, int] = {}
        for stat in snapshot.statistics("filename"):
            package = _package_of(stat.traceback[0].filename)
            by_package[package] = by_package.get(package, 0) + stat.size
        top = sorted(by_package.items(), key=lambda item: -item[1])[:12]
        lines = [{"where": where, "kB": size // 1024} for where, size in top]
        top_lines = [
            {"where": str(stat.traceback[0]), "kB": stat.size // 1024}
            for stat in snapshot.statistics("lineno")[:12]
        ]
        print(
            json.dumps({"traced_kB": total // 1024, "by_package": lines, "by_line": top_lines}),
            flush=True,
        )

    # Not something the app does: shiboken's import hook reads the source of every module
    # imported after PySide6 (inspect.getsource, PYSIDE-2029), and linecache keeps it all.
    import gc
    import linecache

    cached_lines = [entry[2] for entry in linecache.cache.values() if len(entry) > 2]
    print(
        json.dumps(
            {
                "linecache_files": len(cached_lines),
                "linecache_kB": sum(len(line) for lines in cached_lines for line in lines) // 1024,
            }
        ),
        flush=True,
    )
    linecache.clearcache()
    gc.collect()
    record("(diagnosis) linecache cleared")
    window.close()
    services.close()


def _package_of(filename: str) -> str:
    """'sqlalchemy', 'desktop/ui', '<frozen importlib>'... from an allocation's file name."""
    path = Path(filename)
    parts = path.parts
    if "site-packages" in parts or "dist-packages" in parts:
        marker = "site-packages" if "site-packages" in parts else "dist-packages"
        after = parts[parts.index(marker) + 1 :]
        return after[0] if after else filename
    try:
        inside = path.relative_to(REPO_ROOT).parts
    except ValueError:
        return "python stdlib" if filename.startswith(sys.base_prefix) else filename
    return "/".join(inside[:2]) if len(inside) > 2 else inside[0]


# -- the benchmark (parent process) ---------------------------------------------------------


def demo_folder(rebuild: bool) -> Path:
    """The cached demo data folder, built with `python3 -m desktop demo` when missing."""
    if rebuild or not (CACHE_DIR / CACHE_DONE).exists():
        shutil.rmtree(CACHE_DIR, ignore_errors=True)
        print(f"building {CACHE_DIR} (once; cached for later runs)...", flush=True)
        command = [
            sys.executable, "-m", "desktop", "--data-dir", str(CACHE_DIR), "demo",
            "--orgs", str(ORGS), "--assessments", str(ASSESSMENTS), "--seed", str(SEED),
        ]  # fmt: skip
        result = subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")
        (CACHE_DIR / CACHE_DONE).write_text("ok\n", encoding="utf-8")
    return CACHE_DIR


def child_env(data_dir: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    if data_dir is not None:
        env["GAPKIT_DATA_DIR"] = str(data_dir)
    return env


def run_driver(data_dir: Path, trace: bool) -> list[dict]:
    # -P: benchmarks/ must not come first on sys.path, its sync.py would hide the sync package.
    command = [sys.executable, "-P", str(Path(__file__).resolve()), "--driver", str(data_dir)]
    if trace:
        command.append("--trace")
    result = subprocess.run(
        command, cwd=REPO_ROOT, env=child_env(data_dir), capture_output=True, text=True, timeout=600
    )
    if result.returncode != 0:
        raise SystemExit(f"the driver failed ({result.returncode}):\n{result.stderr}")
    return [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]


def library_costs() -> list[tuple[str, int]]:
    """(library, kB of RSS it adds to a bare interpreter), each measured in its own process."""
    probe = (
        "import sys\n"
        "def rss():\n"
        "    for line in open('/proc/self/status'):\n"
        "        if line.startswith('VmRSS:'): return int(line.split()[1])\n"
        "before = rss()\n"
        "exec(sys.argv[1])\n"
        "print(rss() - before)\n"
    )
    costs = []
    for name, statement in LIBRARIES.items():
        result = subprocess.run(
            [sys.executable, "-c", probe, statement],
            cwd=REPO_ROOT,
            env=child_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if result.returncode != 0:
            raise SystemExit(f"measuring {name} failed:\n{result.stderr}")
        costs.append((name, int(result.stdout.split()[-1])))
    return costs


def mb(kb: int) -> float:
    return kb / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--imports", action="store_true", help="RSS each heavy library adds")
    parser.add_argument("--trace", action="store_true", help="top Python allocations")
    parser.add_argument("--rebuild", action="store_true", help="build the demo data again")
    parser.add_argument("--driver", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.driver is not None:
        drive(args.driver, args.trace)
        return 0

    cached = demo_folder(args.rebuild)
    with tempfile.TemporaryDirectory() as folder:
        # A fresh copy for each run: the app remembers its last page in the data folder.
        shutil.copytree(cached, Path(folder) / "plain")
        lines = run_driver(Path(folder) / "plain", trace=False)
        steps = [line for line in lines if "step" in line]
        source_cache = next(line for line in lines if "linecache_files" in line)
        traced = None
        if args.trace:
            shutil.copytree(cached, Path(folder) / "traced")
            traced_lines = run_driver(Path(folder) / "traced", trace=True)
            traced = next(line for line in traced_lines if "traced_kB" in line)

    platform = child_env()["QT_QPA_PLATFORM"]
    print(
        f"{ORGS:,} organisations, {ASSESSMENTS:,} assessments (seed {SEED}); "
        f"QT_QPA_PLATFORM={platform}; Python {sys.version.split()[0]}"
    )
    print(f"{'step':<40} {'RSS MB':>8} {'anon':>7} {'files':>7} {'/250MB':>7}  libraries loaded")
    for step in steps:
        print(
            f"{step['step']:<40} {mb(step['VmRSS']):8.1f} {mb(step['RssAnon']):7.1f} "
            f"{mb(step['RssFile']):7.1f} {mb(step['VmRSS']) / TARGET_MB:7.2f}  "
            f"{', '.join(step['loaded']) or '-'}"
        )
    peak = mb(max(step["VmHWM"] for step in steps))
    verdict = "meets" if peak <= TARGET_MB else "MISSES"
    print(
        f"peak RSS (VmHWM): {peak:.1f} MB = {peak / TARGET_MB:.2f} × target "
        f"({verdict} the ≤ {TARGET_MB:.0f} MB target)"
    )
    print("('files' is mapped shared libraries and files, shared with other processes)")
    print(
        f"source text linecache holds after the Sync page: {source_cache['linecache_files']} "
        f"modules, {mb(source_cache['linecache_kB']):.1f} MB of text (shiboken's import hook)"
    )

    if args.imports:
        print("\nRSS each library adds to a bare interpreter (own process each):")
        for name, kb in library_costs():
            print(f"  {name:<42} {mb(kb):7.1f} MB")
    if traced is not None:
        print(f"\nPython allocations live after the Sync page: {mb(traced['traced_kB']):.1f} MB")
        print("  by package:")
        for entry in traced["by_package"]:
            print(f"    {entry['where']:<50} {mb(entry['kB']):7.1f} MB")
        print("  by line:")
        for entry in traced["by_line"]:
            print(f"    {entry['where']:<70} {mb(entry['kB']):7.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
