"""Sync bundles: export of 1,000 completed assessments (~80k answers), then the council import.

Target (issue 16): a full export of 1,000 assessments takes ≤ 0.8 s, streaming table by table
(memory does not grow with the bundle), at a cost per record that stays flat from 1k to 20k
assessments. The data folder is filled with `gapkit demo --orgs 300 --assessments 1000`; each
export runs in a fresh process (store open and device key loaded first, as in the app), which
reports its wall and CPU seconds and its peak resident memory. A big table is read and encoded
by a second process too (desktop/services/sync/export_worker.py): its CPU seconds are reported
apart ("helper CPU"), and the CPU per record counts both processes. The user waits the wall
time; on a shared machine the CPU seconds are steadier, but this process's alone understate
the work. The import figures (against `sqlite3 .import`, re-import) come from
`benchmarks/sync_import.py`'s `measure_import`, in `import_section()` below.

Run: python3 benchmarks/sync.py [--orgs 300] [--assessments 1000] [--runs 5] [--export-only]
     python3 benchmarks/sync.py --sizes 1000 5000 20000 [--cache DIR] [--runs 3]
     (the scale curve only: demo folders of 0.3 organisations per assessment, kept in DIR
     between runs because the 20k one takes minutes to make)
     python3 benchmarks/sync.py --sizes 20000 --cache DIR --runs 1 --import-largest
     (and that full export imported into an empty council in a `gapkit import` process)
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

EXPORT_TARGET_S = 0.8
# cost per record may vary this much from the smallest size to the largest
FLAT_TOLERANCE = 0.25


def gapkit(data_dir: Path, *args: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return completed.stdout


def child_export(data_dir: str, out: str, full: bool) -> None:
    """Runs in its own process: one export, timed, with this process's peak memory."""
    from desktop.services import open_services

    services = open_services(data_dir)
    services.exports.devices.key()
    import sync.writer  # noqa: F401 - imported before timing, as the app has it loaded already

    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    cpu_started = time.process_time()
    result = services.exports.export_bundle(out, full=full)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    rss_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for helper in multiprocessing.active_children():  # the export's second process, stopped
        helper.join()
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "helper_cpu_seconds": children.ru_utime + children.ru_stime,
                "bytes": result.size,
                "records": result.total,
                "counts": result.counts,
                "rss_before_kb": rss_before,
                "rss_peak_kb": rss_peak,
            }
        )
    )
    services.close()


@dataclass(frozen=True)
class ExportRun:
    seconds: float
    cpu_seconds: float
    helper_cpu_seconds: float
    bytes: int
    records: int
    counts: dict[str, int]
    rss_before_kb: int
    rss_peak_kb: int


def run_child(data_dir: Path, out: Path, full: bool) -> ExportRun:
    args = [sys.executable, __file__, "--child-export", str(data_dir), str(out)]
    if full:
        args.append("--full")
    completed = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT)
    return ExportRun(**json.loads(completed.stdout.strip().splitlines()[-1]))


def export_section(orgs: int, assessments: int, runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "laptop"
        started = time.perf_counter()
        demo = ["demo", "--orgs", str(orgs), "--assessments", str(assessments), "--seed", "7"]
        gapkit(data_dir, *demo)
        print(f"data: gapkit {' '.join(demo)} ({time.perf_counter() - started:.1f} s)")
        figures = []
        for run in range(runs):
            out = Path(tmp) / f"full-{run}.gapkit"
            figures.append(run_child(data_dir, out, full=True))
            out.unlink()
        seconds = statistics.median(f.seconds for f in figures)
        first = figures[0]
        print(
            f"records: {first.records:,} ({first.counts['assessments']:,} completed "
            f"assessments, {first.counts['responses']:,} responses, "
            f"{first.counts['audit_events']:,} audit events)"
        )
        print(f"bundle size: {first.bytes / 1e6:.1f} MB")
        each = ", ".join(f"{f.seconds:.3f}" for f in figures)
        verdict = "OK" if seconds <= EXPORT_TARGET_S else "OVER TARGET"
        print(
            f"full export: median {seconds:.3f} s of {runs} ({each}); target <= "
            f"{EXPORT_TARGET_S:.1f} s: {verdict} (ratio {seconds / EXPORT_TARGET_S:.2f})"
        )
        cpu = statistics.median(f.cpu_seconds for f in figures)
        helper = statistics.median(f.helper_cpu_seconds for f in figures)
        print(
            f"full export CPU time: median {cpu:.3f} s (less affected by other work on the "
            f"machine), and {helper:.3f} s in its second process"
        )
        peak = max(f.rss_peak_kb for f in figures)
        before = max(f.rss_before_kb for f in figures)
        print(
            f"memory: export process peak RSS {peak / 1024:.0f} MB "
            f"({(peak - before) / 1024:.0f} MB above the open store before exporting)"
        )

        # An incremental export after one edit: what a field worker does every day.
        gapkit(data_dir, "export", "--full", "--out", str(Path(tmp) / "baseline.gapkit"))
        from desktop.services import open_services

        services = open_services(data_dir)
        organisation = services.organisations.list_all()[0]
        services.organisations.update(organisation.id, {"town": "Heckmondwike"})
        services.close()
        incremental = run_child(data_dir, Path(tmp) / "incremental.gapkit", full=False)
        print(
            f"incremental export after one edit: {incremental.seconds:.3f} s, "
            f"{incremental.records} records"
        )


def import_full_export(data_dir: Path, bundle: Path, council: Path) -> None:
    """Import a full export into an empty council database in a fresh `gapkit import`
    process: a council at 20,000 assessments must be able to move its full export (its
    responses.json is larger than a file a bundle reader holds whole)."""
    with zipfile.ZipFile(bundle) as archive:
        largest = max(archive.infolist(), key=lambda info: info.file_size)
        unpacked = sum(info.file_size for info in archive.infolist())
    from desktop.services.devices import DeviceService
    from desktop.services.sync.trust import TrustedDeviceService
    from desktop.store.db import open_store

    laptop = open_store(data_dir=data_dir)
    info = DeviceService(laptop).info()
    laptop.close()
    store = open_store(data_dir=council, device_name="Council")
    TrustedDeviceService(store).enrol(info)
    store.close()
    code = (
        "import sys, time\n"
        "from desktop.cli import main\n"
        "cpu = time.process_time()\n"
        "status = main(sys.argv[1:])\n"
        "peak = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
        "print(f'PEAK_KB={peak.split()[1]} CPU={time.process_time() - cpu}', file=sys.stderr)\n"
        "sys.exit(status)\n"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(council), "import", str(bundle)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    seconds = time.perf_counter() - started
    figures = dict(
        part.split("=")
        for line in done.stderr.splitlines()
        if line.startswith("PEAK_KB=")
        for part in line.split()
    )
    first = (done.stdout.strip().splitlines() or [""])[0]
    print(
        f"  import of that full export ({unpacked / 1e9:.2f} GB unpacked; largest file "
        f"{largest.filename} {largest.file_size / 1e6:,.0f} MB): exit {done.returncode}, "
        f"{seconds:.1f} s wall, {float(figures.get('CPU', 'nan')):.1f} s CPU, peak RSS "
        f"{int(figures.get('PEAK_KB', 0)) / 1024:.0f} MB | {first[:100]}"
    )
    if done.returncode != 0:
        print(done.stdout[-2000:], done.stderr[-2000:])


def scale_section(
    sizes: list[int], runs: int, cache: Path | None, import_largest: bool = False
) -> None:
    """Full exports at several sizes: wall, CPU, peak RSS and CPU per record at each (and,
    with `import_largest`, the largest size's export imported into an empty council)."""
    with tempfile.TemporaryDirectory() as tmp:
        folders = cache or Path(tmp)
        folders.mkdir(parents=True, exist_ok=True)
        print(
            f"{'assessments':>11} {'records':>9} {'MB':>6} {'wall s':>7} {'CPU s':>7} "
            f"{'helper CPU s':>12} {'peak RSS MB':>11} {'CPU us/record':>13}"
        )
        per_record = []
        kept: tuple[Path, Path] | None = None
        for size in sizes:
            orgs = max(1, round(size * 0.3))
            data_dir = folders / f"demo-{orgs}-{size}"
            if not (data_dir / "gapkit.sqlite3").exists():
                gapkit(
                    data_dir, "demo", "--orgs", str(orgs), "--assessments", str(size), "--seed", "7"
                )
            figures = []
            for run in range(runs):
                out = Path(tmp) / f"scale-{size}-{run}.gapkit"
                figures.append(run_child(data_dir, out, full=True))
                if import_largest and size == max(sizes) and run == runs - 1:
                    kept = (data_dir, out)
                else:
                    out.unlink()
            wall = statistics.median(f.seconds for f in figures)
            cpu = statistics.median(f.cpu_seconds for f in figures)
            helper = statistics.median(f.helper_cpu_seconds for f in figures)
            peak = max(f.rss_peak_kb for f in figures) / 1024
            records = figures[0].records
            # both processes' work: the second one's is not free
            per_record.append((cpu + helper) / records * 1e6)
            print(
                f"{size:>11,} {records:>9,} {figures[0].bytes / 1e6:>6.1f} {wall:>7.3f} "
                f"{cpu:>7.3f} {helper:>12.3f} {peak:>11.0f} {per_record[-1]:>13.2f}"
            )
        spread = max(per_record) / min(per_record) - 1
        verdict = "OK" if spread <= FLAT_TOLERANCE else "NOT FLAT"
        print(
            f"CPU per record varies by {spread:.0%} across sizes (target <= "
            f"{FLAT_TOLERANCE:.0%}): {verdict}; load average {os.getloadavg()[0]:.2f}"
        )
        if kept is not None:
            import_full_export(*kept, Path(tmp) / "council")


def import_section(orgs: int, assessments: int, runs: int) -> None:
    """The council side: import into an empty council DB vs sqlite3 `.import`, re-import."""
    try:
        from benchmarks.sync_import import measure_import
    except ModuleNotFoundError:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from sync_import import measure_import  # type: ignore[no-redef]

    print(measure_import(orgs=orgs, assessments=assessments, runs=runs).report())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument("--assessments", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--export-only", action="store_true", help="skip the import figures")
    parser.add_argument(
        "--sizes", type=int, nargs="+", help="only the export scale curve, at these sizes"
    )
    parser.add_argument("--cache", type=Path, help="keep the --sizes demo folders here")
    parser.add_argument(
        "--import-largest",
        action="store_true",
        help="with --sizes: import the largest size's full export into an empty council",
    )
    parser.add_argument(
        "--child-export", nargs=2, metavar=("DATA_DIR", "OUT"), help=argparse.SUPPRESS
    )
    parser.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_export:
        child_export(*args.child_export, full=args.full)
        return 0
    if args.sizes:
        print(f"== export scale curve (python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
        scale_section(args.sizes, args.runs, args.cache, args.import_largest)
        return 0
    print(f"== export (python {sys.version.split()[0]}, {os.cpu_count()} CPUs)")
    export_section(args.orgs, args.assessments, args.runs)
    if not args.export_only:
        print("\n== import")
        import_section(args.orgs, args.assessments, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
