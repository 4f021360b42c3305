"""Council import of a 1,000-assessment bundle: against `sqlite3 .import`, re-import, PostgreSQL.

Targets (DESIGN.md): importing the bundle into an empty council database, validated, takes
≤ 3 × the sqlite3 command-line tool's `.import` of the same CSV rows (measured in the same
run); importing the same bundle again takes ≤ 0.3 s. The same import on PostgreSQL is
reported too (when GAPKIT_TEST_POSTGRES_URL names a server).

Run: python3 benchmarks/sync_import.py [--orgs 300] [--assessments 1000 [5000 20000]] [--runs 3]

The verdict uses CPU seconds. Storing the results of the bundle's completed assessments runs
after the import's commit and is reported on its own line.
(`benchmarks/sync.py` calls `measure_import` for its combined report.)
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
import zipfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

IMPORT_RATIO_TARGET = 3.0
REIMPORT_TARGET_S = 0.3


@dataclass
class ImportFigures:
    """Medians; each time as wall-clock and CPU seconds (the CPU ones are the verdict's: on a
    shared machine wall time measures the neighbours)."""

    records: int
    bundle_bytes: int
    sqlite3_import_s: float
    sqlite3_import_cpu_s: float
    import_s: float
    import_cpu_s: float
    import_thread_cpu_s: float  # the importing thread's own: reading threads run beside it
    worker_cpu_s: float  # the second process validating the records (0 if none ran)
    scoring_s: float
    scoring_cpu_s: float
    reimport_s: float
    reimport_cpu_s: float
    merge_again_s: float
    merge_again_cpu_s: float
    postgres_import_s: float | None

    @property
    def ratio(self) -> float:
        """Validated, merged and committed import (scoring after it left out), CPU."""
        return self.import_cpu_s / self.sqlite3_import_cpu_s

    def report(self) -> str:
        def both(wall: float, cpu: float) -> str:
            return f"{wall:.3f} / {cpu:.3f} s"

        with_scoring = (self.import_cpu_s + self.scoring_cpu_s) / self.sqlite3_import_cpu_s
        lines = [
            f"bundle: {self.records:,} records, {self.bundle_bytes / 1e6:.1f} MB; "
            f"wall / CPU seconds, load average {os.getloadavg()[0]:.2f}",
            f"sqlite3 .import of the same CSV rows: "
            f"{both(self.sqlite3_import_s, self.sqlite3_import_cpu_s)}",
            f"import into an empty council database (SQLite), validated, merged, committed: "
            f"{both(self.import_s, self.import_cpu_s)} = {self.ratio:.2f} x sqlite3 .import (CPU; "
            f"target <= {IMPORT_RATIO_TARGET:.0f} x) "
            f"{'OK' if self.ratio <= IMPORT_RATIO_TARGET else 'OVER TARGET'}; "
            f"{self.import_cpu_s / max(self.records, 1) * 1e6:.1f} us CPU per record",
            f"  of which the importing thread: {self.import_thread_cpu_s:.3f} s CPU (the rest: "
            "other threads of this process, if any)",
            f"  second process (reading the tables ahead) meanwhile: {self.worker_cpu_s:.3f} s CPU "
            f"(wall ratio {self.import_s / self.sqlite3_import_s:.2f} x; both processes' CPU "
            f"{(self.import_cpu_s + self.worker_cpu_s) / self.sqlite3_import_cpu_s:.2f} x)",
            f"  then storing the results of its completed assessments: "
            f"{both(self.scoring_s, self.scoring_cpu_s)} (both together: {with_scoring:.2f} x)",
            f"re-import of the same bundle: {both(self.reimport_s, self.reimport_cpu_s)} "
            f"(target <= {REIMPORT_TARGET_S} s) "
            f"{'OK' if self.reimport_s <= REIMPORT_TARGET_S else 'OVER TARGET'}",
            f"same records in a new bundle file (full merge, all unchanged): "
            f"{both(self.merge_again_s, self.merge_again_cpu_s)}",
        ]
        if self.postgres_import_s is not None:
            lines.append(
                f"import into an empty council database (PostgreSQL): "
                f"{self.postgres_import_s:.3f} s"
            )
        else:
            lines.append("PostgreSQL: not measured (set GAPKIT_TEST_POSTGRES_URL)")
        return "\n".join(lines)


def make_bundles(folder: Path, orgs: int, assessments: int) -> tuple[object, Path, Path]:
    """A laptop with demo data, its full bundle, and a second full bundle of the same records."""
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations
    from desktop.services import Services
    from desktop.services.sync.export import ExportService
    from desktop.store.db import open_store

    store = open_store(data_dir=folder / "laptop", device_name="Benchmark laptop")
    services = Services(store)
    rows = demo_organisations(orgs, seed=7, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, assessments, seed=7, completed_share=1.0)
    out = folder / "bundles"
    out.mkdir()
    first = ExportService(store).export_bundle(out, full=True).path
    second = ExportService(store).export_bundle(out, full=True).path
    return store, first, second


def sqlite3_import_seconds(bundle: Path, folder: Path) -> float:
    """The sqlite3 CLI importing every CSV of the bundle into a new database file."""
    return sqlite3_import_times(bundle, folder)[0]


def sqlite3_import_times(bundle: Path, folder: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system of the sqlite3 process) of the anchor import."""
    sqlite3 = shutil.which("sqlite3")
    if sqlite3 is None:
        raise SystemExit("the sqlite3 command-line tool is needed for the anchor")
    csv_folder = folder / "csv"
    csv_folder.mkdir(parents=True, exist_ok=True)
    commands = [".mode csv"]
    with zipfile.ZipFile(bundle) as archive:
        for name in archive.namelist():
            if name.endswith(".csv"):
                target = csv_folder / Path(name).name
                target.write_bytes(archive.read(name))
                commands.append(f".import '{target}' {target.stem}")
    database = folder / f"anchor-{uuid.uuid4().hex}.sqlite3"
    script = "\n".join(commands) + "\n"
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sqlite3, str(database)], input=script, text=True, check=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    return wall, cpu


def _council(folder: Path, laptop, database_url: str | None = None):  # type: ignore[no-untyped-def]
    from desktop.services.devices import DeviceService
    from desktop.services.sync.trust import TrustedDeviceService
    from desktop.store.db import open_store

    council = open_store(data_dir=folder, database_url=database_url, device_name="Council")
    TrustedDeviceService(council).enrol(DeviceService(laptop).info())
    return council


@dataclass
class _Timed:
    wall: float  # the import, through its commit
    cpu: float
    thread_cpu: float  # the importing thread's own
    worker_cpu: float  # child processes' CPU (the validating worker), user + system
    scoring_wall: float  # storing the results after the commit
    scoring_cpu: float
    records: int


def _timed_import(council, bundle: Path) -> _Timed:  # type: ignore[no-untyped-def]
    from desktop.services.sync.imports import ImportService

    service = ImportService(council)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, cpu, thread = time.perf_counter(), time.process_time(), time.thread_time()
    summary = service.import_bundle(bundle)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    thread = time.thread_time() - thread
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    worker_cpu = (after.ru_utime - children.ru_utime) + (after.ru_stime - children.ru_stime)
    if summary.status != "merged":
        raise SystemExit(f"import failed: {summary.message}")
    return _Timed(
        wall - summary.scoring_seconds,
        cpu - summary.scoring_cpu_seconds,
        thread - summary.scoring_cpu_seconds,
        worker_cpu,
        summary.scoring_seconds,
        summary.scoring_cpu_seconds,
        summary.added,
    )


def _postgres_database() -> tuple[str, str, object] | None:
    base = os.environ.get("GAPKIT_TEST_POSTGRES_URL")
    if not base:
        return None
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"gapkit_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(base).set(database=name).render_as_string(hide_password=False), name, admin


def _drop_postgres(name: str, admin) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def measure_import(orgs: int = 300, assessments: int = 1000, runs: int = 3) -> ImportFigures:
    """Median of `runs` for each figure (each run a fresh council database)."""
    median = statistics.median
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        laptop, bundle, same_records = make_bundles(root, orgs, assessments)
        anchor: list[tuple[float, float]] = []
        imports: list[_Timed] = []
        reimports: list[_Timed] = []
        merges: list[_Timed] = []
        pg: list[float] = []
        for run in range(runs):
            anchor.append(sqlite3_import_times(bundle, root / f"anchor-{run}"))
            council = _council(root / f"council-{run}", laptop)
            try:
                imports.append(_timed_import(council, bundle))
                reimports.append(_timed_import(council, bundle))
                merges.append(_timed_import(council, same_records))
            finally:
                council.close()
            postgres = _postgres_database()
            if postgres is not None:
                url, name, admin = postgres
                council = _council(root / f"pg-council-{run}", laptop, url)
                try:
                    pg.append(_timed_import(council, bundle).wall)
                finally:
                    council.close()
                    _drop_postgres(name, admin)
        laptop.close()  # type: ignore[attr-defined]
        return ImportFigures(
            records=imports[0].records,
            bundle_bytes=bundle.stat().st_size,
            sqlite3_import_s=median(a[0] for a in anchor),
            sqlite3_import_cpu_s=median(a[1] for a in anchor),
            import_s=median(t.wall for t in imports),
            import_cpu_s=median(t.cpu for t in imports),
            import_thread_cpu_s=median(t.thread_cpu for t in imports),
            worker_cpu_s=median(t.worker_cpu for t in imports),
            scoring_s=median(t.scoring_wall for t in imports),
            scoring_cpu_s=median(t.scoring_cpu for t in imports),
            reimport_s=median(t.wall + t.scoring_wall for t in reimports),
            reimport_cpu_s=median(t.cpu + t.scoring_cpu for t in reimports),
            merge_again_s=median(t.wall for t in merges),
            merge_again_cpu_s=median(t.cpu for t in merges),
            postgres_import_s=median(pg) if pg else None,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument(
        "--assessments",
        type=int,
        nargs="+",
        default=[1000],
        help="one or more sizes (e.g. 1000 5000 20000: the cost per record should stay flat)",
    )
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    per_record: dict[int, float] = {}
    for size in args.assessments:
        # organisations grow with the assessments (about 3 in 10 assessed each year)
        orgs = max(args.orgs, size * 3 // 10)
        print(f"\n== {size:,} assessments, {orgs:,} organisations ==")
        figures = measure_import(orgs, size, args.runs)
        print(figures.report())
        per_record[size] = figures.import_cpu_s / max(figures.records, 1)
    if len(per_record) > 1:
        first = next(iter(per_record.values()))
        curve = ", ".join(
            f"{size:,}: {cost * 1e6:.1f} us ({cost / first - 1:+.0%})"
            for size, cost in per_record.items()
        )
        print(f"\nCPU per record (target flat within +-25%): {curve}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
