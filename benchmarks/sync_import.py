"""Council import of a 1,000-assessment bundle: against `sqlite3 .import`, re-import, PostgreSQL.

Targets (DESIGN.md): importing the bundle into an empty council database, validated, takes
≤ 3 × the sqlite3 command-line tool's `.import` of the same CSV rows (measured in the same
run); importing the same bundle again takes ≤ 0.3 s. The same import on PostgreSQL is
reported too (when GAPKIT_TEST_POSTGRES_URL names a server).

Run: python3 benchmarks/sync_import.py [--orgs 300] [--assessments 1000] [--runs 3]
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
    records: int
    bundle_bytes: int
    sqlite3_import_s: float
    import_s: float
    reimport_s: float
    merge_again_s: float
    postgres_import_s: float | None

    @property
    def ratio(self) -> float:
        return self.import_s / self.sqlite3_import_s

    def report(self) -> str:
        lines = [
            f"bundle: {self.records:,} records, {self.bundle_bytes / 1e6:.1f} MB",
            f"sqlite3 .import of the same CSV rows: {self.sqlite3_import_s:.3f} s",
            f"import into an empty council database (SQLite): {self.import_s:.3f} s "
            f"= {self.ratio:.2f} x sqlite3 .import (target <= {IMPORT_RATIO_TARGET:.0f} x) "
            f"{'OK' if self.ratio <= IMPORT_RATIO_TARGET else 'OVER TARGET'}",
            f"re-import of the same bundle: {self.reimport_s:.3f} s "
            f"(target <= {REIMPORT_TARGET_S} s) "
            f"{'OK' if self.reimport_s <= REIMPORT_TARGET_S else 'OVER TARGET'}",
            f"same records in a new bundle file (full merge, all unchanged): "
            f"{self.merge_again_s:.3f} s",
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


def _timed_import(council, bundle: Path) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    from desktop.services.sync.imports import ImportService

    service = ImportService(council)
    started = time.perf_counter()
    summary = service.import_bundle(bundle)
    seconds = time.perf_counter() - started
    if summary.status != "merged":
        raise SystemExit(f"import failed: {summary.message}")
    return seconds, summary


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
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        laptop, bundle, same_records = make_bundles(root, orgs, assessments)
        anchor, imports, reimports, merges, pg = [], [], [], [], []
        records = 0
        for run in range(runs):
            anchor.append(sqlite3_import_seconds(bundle, root / f"anchor-{run}"))
            council = _council(root / f"council-{run}", laptop)
            try:
                seconds, summary = _timed_import(council, bundle)
                imports.append(seconds)
                records = summary.added  # type: ignore[attr-defined]
                reimports.append(_timed_import(council, bundle)[0])
                merges.append(_timed_import(council, same_records)[0])
            finally:
                council.close()
            postgres = _postgres_database()
            if postgres is not None:
                url, name, admin = postgres
                council = _council(root / f"pg-council-{run}", laptop, url)
                try:
                    pg.append(_timed_import(council, bundle)[0])
                finally:
                    council.close()
                    _drop_postgres(name, admin)
        laptop.close()  # type: ignore[attr-defined]
        return ImportFigures(
            records=records,
            bundle_bytes=bundle.stat().st_size,
            sqlite3_import_s=statistics.median(anchor),
            import_s=statistics.median(imports),
            reimport_s=statistics.median(reimports),
            merge_again_s=statistics.median(merges),
            postgres_import_s=statistics.median(pg) if pg else None,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orgs", type=int, default=300)
    parser.add_argument("--assessments", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    figures = measure_import(args.orgs, args.assessments, args.runs)
    print(figures.report())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
