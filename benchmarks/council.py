"""Council screens at scale: Overview, council summary PDF, `assessments list --json`, the
Assessments page, the results view, the Sync page's counts and the GUI's peak memory, at 1k,
5k and 20k assessments (a quarter as many organisations), each against an anchor measured in
the same run, interleaved with it.

Targets (issue 16, at 20k on SQLite): Overview ≤ 0.3 s; list --json ≤ 1 s; Assessments page
≤ 0.3 s; results view ≤ 0.2 s; Sync page counts ≤ 0.2 s; council summary PDF ≤ 3 s; GUI peak
RSS ≤ 250 MB.

Anchors:
- Overview: plain sqlite3 fetching the rows the Overview adds up (organisations' ward and legal
  form; every stored result with its assessment's organisation, kind and start; the themes);
- summary PDF: a reportlab table of the same rows (one line per organisation);
- list --json: `sqlite3 -json` printing the assessments table;
- Assessments page: a QTableView over one sqlite3 query of the same rows, shown and painted.

Wall-clock medians are the targets' measure; CPU seconds (process or child user + system time)
are printed under them, since on a busy 2-core machine the wall clock mostly measures waiting.

Demo data folders are built once per size and schema (`HEAD_REVISION`) and kept under /tmp:
1,000 assessments with `python3 -m desktop demo` (seed 7, about a minute), 5k and 20k as 5 and
20 renamed copies of it (`multiply`, a minute or two; the demo itself took over half an hour at
20k); each GUI run works on a copy.
`--postgres URL` also copies each size into a PostgreSQL database (kept, named by size and
schema, made with COPY) and measures every figure there too, in the same run (the data folder
is then only the laptop's keys and settings; the anchors read PostgreSQL with psql / psycopg).

Run: python3 benchmarks/council.py [--sizes 1000 5000 20000] [--runs 5] [--postgres URL]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED = 7
CACHE_DONE = ".demo-complete"
TARGETS = {
    "overview": 0.3,
    "list_json": 1.0,
    "assessments_page": 0.3,
    "results_view": 0.2,
    "sync_counts": 0.2,
    "summary_pdf": 3.0,
    "gui_peak_mb": 250.0,
}


def schema() -> str:
    """The schema this tree's code writes: caches are kept per schema, so a branch with a new
    migration never upgrades (and so locks out) the cache older code is measuring."""
    from desktop.store.revision import HEAD_REVISION

    return HEAD_REVISION


def cache_dir(size: int) -> Path:
    return Path(tempfile.gettempdir()) / f"gapkit-council-demo-{size}-seed{SEED}-{schema()}"


def child_env(data_dir: Path | None = None) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    # Bytecode cached, as an installed app has it (with PYTHONDONTWRITEBYTECODE every child
    # compiles the app from source again: about a second of CPU in `list --json`).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "gapkit-council-bytecode")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    env.pop("GAPKIT_DATABASE_URL", None)
    if data_dir is not None:
        env["GAPKIT_DATA_DIR"] = str(data_dir)
    return env


BASE_SIZE = 1000

# Tables copied to make a bigger database from the base demo, with the columns holding ids of
# copied records (renamed in each copy). Form snapshots, council resources, devices and
# settings are shared by every copy.
COPIED_TABLES: dict[str, tuple[str, ...]] = {
    "organisations": ("id",),
    "assessments": ("id", "organisation_id"),
    "participants": ("id", "assessment_id"),
    "responses": ("id", "assessment_id", "participant_id"),
    "action_items": ("id", "assessment_id", "organisation_id"),
    "action_reviews": ("id", "assessment_id", "action_item_id", "organisation_id"),
    "review_notes": ("id", "assessment_id"),
    "audit_events": ("id", "entity_id"),
    "assessment_scores": ("assessment_id", "organisation_id"),
    "assessment_section_scores": ("assessment_id",),
    "assessment_support_needs": ("assessment_id",),
}


def _build_with_demo(folder: Path, size: int) -> None:
    command = [
        sys.executable, "-m", "desktop", "--data-dir", str(folder), "demo",
        "--orgs", str(max(size // 4, 50)), "--assessments", str(size), "--seed", str(SEED),
    ]  # fmt: skip
    result = subprocess.run(command, cwd=REPO_ROOT, env=child_env(), capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")


def multiply(database: Path, factor: int) -> None:
    """Make `database` hold `factor` copies of its organisations and their assessments (with
    answers, plans and stored results), each copy's ids renamed: a 20k database in a minute
    instead of the half hour `demo` takes. The copies are alike, which the council screens'
    figures do not mind: they read every row whatever it holds."""
    import sqlite3

    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA foreign_keys=OFF")
        connection.execute("PRAGMA cache_size=-262144")
        with connection:
            for table, id_columns in COPIED_TABLES.items():
                columns = [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]
                chosen = ", ".join(
                    f"printf('%08x', :copy) || substr({name}, 9)" if name in id_columns else name
                    for name in columns
                )
                # Copies are made of the original rows only (those there before the first).
                (last,) = connection.execute(f"SELECT max(rowid) FROM {table}").fetchone()
                insert = (
                    f"INSERT INTO {table} ({', '.join(columns)}) SELECT {chosen} FROM {table} "
                    "WHERE rowid <= :last"
                )
                for copy in range(1, factor):
                    connection.execute(insert, {"copy": copy, "last": last or 0})
        connection.execute("PRAGMA foreign_keys=ON")
        problems = connection.execute("PRAGMA foreign_key_check").fetchmany(5)
        if problems:
            raise SystemExit(f"the multiplied database breaks foreign keys: {problems}")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()


def demo_folder(size: int) -> Path:
    """The cached demo folder for `size` assessments, built when missing: the 1,000 base by
    `python -m desktop demo`, a multiple of it by copying (`multiply`)."""
    folder = cache_dir(size)
    if not (folder / CACHE_DONE).exists():
        shutil.rmtree(folder, ignore_errors=True)
        print(f"building {folder} (once; cached for later runs)...", flush=True)
        if size > BASE_SIZE and size % BASE_SIZE == 0:
            base = demo_folder(BASE_SIZE)
            shutil.copytree(base, folder)
            (folder / CACHE_DONE).unlink()
            multiply(folder / "gapkit.sqlite3", size // BASE_SIZE)
        else:
            _build_with_demo(folder, size)
        (folder / CACHE_DONE).write_text("ok\n", encoding="utf-8")
    return folder


def postgres_copy(size: int, base_url: str) -> str:
    """A PostgreSQL database holding the same data as the SQLite demo folder (made once, kept
    and named by size and schema; a later run finds it by the `benchmark_copy_done` setting).

    The app's migrations make the schema; the rows go in with COPY (psycopg), read from the
    SQLite file as stored: timestamps are UTC text (read in a UTC session), booleans 0/1 and
    JSON columns JSON text, which PostgreSQL's text input takes as they are. VACUUM ANALYZE last,
    as autovacuum soon does on a council's server: the planner knows the tables' sizes and
    index-only scans need not visit the rows (the steady state, not the minute after a load)."""
    import sqlite3

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"gapkit_bench_council_{size}_seed{SEED}_{schema()}"
    url = make_url(base_url).set(database=name).render_as_string(hide_password=False)
    admin = create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.execute(
            text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}
        ).first()
    if exists:
        engine = create_engine(url)
        with engine.connect() as connection:
            done = connection.execute(
                text("SELECT value FROM settings WHERE key = 'benchmark_copy_done'")
            ).first()
        engine.dispose()
        if done:
            admin.dispose()
            return url
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}"'))
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    print(f"copying the {size:,} demo into PostgreSQL {name} (once)...", flush=True)
    started = time.perf_counter()
    from desktop.store.db import open_store
    from desktop.store.models import Base

    scratch = tempfile.mkdtemp()
    target = open_store(data_dir=scratch, database_url=url)  # migrates: makes the schema
    source = sqlite3.connect(f"file:{demo_folder(size) / 'gapkit.sqlite3'}?mode=ro", uri=True)
    raw = target.engine.raw_connection()
    try:
        writing = raw.driver_connection
        with writing.cursor() as cursor:
            cursor.execute("SET TIME ZONE 'UTC'")
            tables = Base.metadata.sorted_tables
            cursor.execute(
                "TRUNCATE " + ", ".join(f'"{table.name}"' for table in tables) + " CASCADE"
            )
            for table in tables:
                stored = {row[1] for row in source.execute(f'PRAGMA table_info("{table.name}")')}
                columns = ", ".join(f'"{c.name}"' for c in table.columns if c.name in stored)
                with cursor.copy(f'COPY "{table.name}" ({columns}) FROM STDIN') as copy:
                    for row in source.execute(f'SELECT {columns} FROM "{table.name}"'):
                        copy.write_row(row)
            cursor.execute(
                "INSERT INTO settings (key, value) VALUES ('benchmark_copy_done', 'true')"
            )
        writing.commit()
        writing.autocommit = True
        writing.execute("VACUUM ANALYZE")
    finally:
        raw.close()
        source.close()
        target.close()
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"  copied in {time.perf_counter() - started:.0f} s", flush=True)
    return url


# -- service-level figures (a child process per size and database) ---------------------------

_SERVICES = r"""
import json, sqlite3, statistics, sys, tempfile, time
from pathlib import Path
folder, url, runs = sys.argv[1], sys.argv[2] or None, int(sys.argv[3])
from desktop.services import open_services
from desktop.services.council.overview import OverviewQueries
from desktop.services.sync.export import ExportService
from desktop.ui.pages.sync import count_pending
from desktop.reports.council_summary import write_council_summary
services = open_services(folder, database_url=url)
# Demo data has no review notes: count every completed assessment (as the anchors do), the
# most work the figures can be; approved_only adds one filter on the reviewed ids.
OverviewQueries(services.store, approved_only=False).overview()  # scores anything missing, once

def overview_anchor():
    if url:
        import psycopg
        from sqlalchemy.engine import make_url
        connection = psycopg.connect(
            make_url(url).set(drivername="postgresql").render_as_string(hide_password=False))
    else:
        connection = sqlite3.connect(f"file:{folder}/gapkit.sqlite3?mode=ro", uri=True)
    connection.execute("SELECT legal_form, ward FROM organisations WHERE deleted_at IS NULL").fetchall()
    connection.execute(
        "SELECT a.organisation_id, a.kind, a.started_at, s.overall_score, s.verdict "
        "FROM assessment_scores s JOIN assessments a ON a.id = s.assessment_id "
        "WHERE a.deleted_at IS NULL AND a.status != 'draft'").fetchall()
    connection.execute("SELECT assessment_id, theme FROM assessment_support_needs").fetchall()
    connection.close()

def pdf_anchor(out):
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table
    summary_rows = rows_for_anchor
    SimpleDocTemplate(out, pagesize=A4).build([Table(summary_rows, repeatRows=1)])

from desktop.services.council.summary import CouncilQueries
summary = CouncilQueries(services.store, approved_only=False).summary()
rows_for_anchor = [["Organisation", "Ward", "Legal form", "Health check", "CAT readiness"]] + [
    [r.name, r.ward or "", r.legal_form_label,
     f"{r.health_check.overall_score:.0f}" if r.health_check and r.health_check.overall_score is not None else "-",
     (r.cat_readiness.readiness or "-") if r.cat_readiness else "-"]
    for r in summary.organisations]

cpu = {}
def timed(action, name=None):
    started, cpu_started = time.perf_counter(), time.process_time()
    action()
    if name:
        cpu.setdefault(name, []).append(time.process_time() - cpu_started)
    return time.perf_counter() - started

out = Path(tempfile.mkdtemp())
figures = {name: [] for name in ("overview", "overview_anchor", "sync_counts", "summary_pdf", "summary_pdf_anchor")}
for run in range(runs):
    figures["overview"].append(timed(lambda: OverviewQueries(services.store, approved_only=False).overview(), "overview"))
    figures["overview_anchor"].append(timed(overview_anchor, "overview_anchor"))
    figures["sync_counts"].append(timed(lambda: count_pending(ExportService(services.store), False, False), "sync_counts"))
    if run < max(3, runs // 2):
        figures["summary_pdf"].append(timed(lambda: write_council_summary(services, out / "s.pdf", approved_only=False), "summary_pdf"))
        figures["summary_pdf_anchor"].append(timed(lambda: pdf_anchor(str(out / "a.pdf")), "summary_pdf_anchor"))
medians = {name: statistics.median(v) for name, v in figures.items() if v}
medians.update({f"cpu_{name}": statistics.median(v) for name, v in cpu.items()})
print(json.dumps(medians))
"""


def service_figures(folder: Path, url: str | None, runs: int) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-P", "-c", _SERVICES, str(folder), url or "", str(runs)],
        cwd=REPO_ROOT, env=child_env(), capture_output=True, text=True, timeout=3600,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"the service run failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def _children_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL as psql and psycopg take it (no `+psycopg`)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def list_json_figures(folder: Path, runs: int, url: str | None = None) -> dict[str, float]:
    """Wall and CPU seconds (the child's user + system time: steadier on a busy machine). On
    PostgreSQL (`url`) the anchor is psql printing the assessments table as JSON; its CPU is
    psql's own, the server's work is not in it (nor in ours)."""
    ours, anchor, ours_cpu, anchor_cpu = [], [], [], []
    database = folder / "gapkit.sqlite3"
    env = child_env()
    if url:
        env["GAPKIT_DATABASE_URL"] = url
        anchor_command = [
            "psql", "-XAtq", libpq_url(url), "-c", "SELECT json_agg(a) FROM assessments a"
        ]  # fmt: skip
    else:
        anchor_command = ["sqlite3", "-json", str(database), "SELECT * FROM assessments"]
    for _run in range(runs):
        started, cpu_started = time.perf_counter(), _children_cpu()
        subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(folder), "assessments", "list",
             "--json"],
            cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, check=True,
        )  # fmt: skip
        ours.append(time.perf_counter() - started)
        ours_cpu.append(_children_cpu() - cpu_started)
        started, cpu_started = time.perf_counter(), _children_cpu()
        subprocess.run(anchor_command, stdout=subprocess.DEVNULL, check=True)
        anchor.append(time.perf_counter() - started)
        anchor_cpu.append(_children_cpu() - cpu_started)
    return {
        "list_json": statistics.median(ours),
        "list_json_anchor": statistics.median(anchor),
        "cpu_list_json": statistics.median(ours_cpu),
        "cpu_list_json_anchor": statistics.median(anchor_cpu),
    }


# -- GUI figures (a child process driving the real window) -----------------------------------


def _status_kb(field: str) -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(field)


def drive(data_dir: Path, runs: int) -> None:
    """In the child: the council window on `data_dir`; time pages and read the peak RSS."""
    from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QThreadPool, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0], "-style", "Fusion"])
    from desktop.ui.theme import apply_theme

    apply_theme(app)
    from desktop.services import open_services
    from desktop.ui.main_window import MainWindow

    window = MainWindow(data_dir=data_dir, council=True)

    def settle() -> None:
        for _round in range(3):
            QThreadPool.globalInstance().waitForDone()
            loop = QEventLoop()
            QTimer.singleShot(0, loop.quit)
            loop.exec()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        window.repaint()

    window.resize(1280, 800)
    window.show()
    services = open_services(data_dir)
    window.attach_services(services)
    settle()
    figures: dict[str, list[float]] = {
        "assessments_page": [],
        "results_view": [],
        "overview_page": [],
    }
    # Only the ids, read apart: 20,000 summaries held here would count in the GUI's peak RSS.
    import sqlite3

    reading = sqlite3.connect(f"file:{data_dir / 'gapkit.sqlite3'}?mode=ro", uri=True)
    completed = [
        assessment_id
        for (assessment_id,) in reading.execute(
            "SELECT id FROM assessments WHERE status = 'completed' AND deleted_at IS NULL "
            "ORDER BY started_at DESC, id"
        )
    ]
    reading.close()
    page = window.page("assessments")
    cpu: dict[str, list[float]] = {name: [] for name in figures}
    for run in range(runs):
        window.show_page("organisations")
        settle()
        started, cpu_started = time.perf_counter(), time.process_time()
        window.show_page("assessments")  # reloads the list, as every opening does
        settle()
        figures["assessments_page"].append(time.perf_counter() - started)
        cpu["assessments_page"].append(time.process_time() - cpu_started)
        started, cpu_started = time.perf_counter(), time.process_time()
        page.show_results(completed[run * 97 % len(completed)])  # type: ignore[attr-defined]
        settle()
        figures["results_view"].append(time.perf_counter() - started)
        cpu["results_view"].append(time.process_time() - cpu_started)
        started, cpu_started = time.perf_counter(), time.process_time()
        window.show_page("overview")  # works the figures out again, in the background
        settle()
        figures["overview_page"].append(time.perf_counter() - started)
        cpu["overview_page"].append(time.process_time() - cpu_started)
        window.show_page("sync")
        settle()
    print(
        json.dumps(
            {
                **{k: statistics.median(v) for k, v in figures.items()},
                # process CPU (all threads): steadier than the wall clock on a busy machine
                **{f"cpu_{k}": statistics.median(v) for k, v in cpu.items()},
                "gui_peak_mb": _status_kb("VmHWM") / 1024,
            }
        ),
        flush=True,
    )
    window.close()
    services.close()


_TABLE_ANCHOR = r"""
import sys, time
started = time.perf_counter()
from PySide6.QtCore import QAbstractTableModel, QEventLoop, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView
app = QApplication([sys.argv[0], "-style", "Fusion"])
if sys.argv[1].startswith("postgresql:"):
    import psycopg
    connection = psycopg.connect(sys.argv[1])
else:
    import sqlite3
    connection = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro", uri=True)
ready = time.perf_counter()
rows = connection.execute(
    "SELECT o.name, a.kind, a.mode, a.status, a.started_at, a.facilitator FROM assessments a "
    "JOIN organisations o ON o.id = a.organisation_id WHERE a.deleted_at IS NULL "
    "ORDER BY a.started_at DESC").fetchall()
class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()): return 0 if parent.isValid() else len(rows)
    def columnCount(self, parent=QModelIndex()): return 6
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return rows[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None
view = QTableView(); model = Model(); view.setModel(model); view.resize(1280, 800); view.show()
loop = QEventLoop(); QTimer.singleShot(0, loop.quit); loop.exec(); view.repaint()
print(time.perf_counter() - ready)
"""


def gui_figures(folder: Path, runs: int, url: str | None = None) -> dict[str, float]:
    """The driver's figures on a copy of `folder` (its keys and settings; on PostgreSQL,
    `url`, the data is the server's) and the table anchor over the same database."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "data"
        shutil.copytree(folder, copy)
        env = child_env(copy)
        if url:
            env["GAPKIT_DATABASE_URL"] = url
        command = [sys.executable, "-P", str(Path(__file__).resolve()), "--driver", str(copy)]
        command += ["--runs", str(runs)]
        result = subprocess.run(
            command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=3600
        )
        if result.returncode != 0:
            raise SystemExit(f"the GUI driver failed:\n{result.stderr}")
        figures = json.loads(result.stdout.strip().splitlines()[-1])
        anchor = []
        anchor_database = libpq_url(url) if url else str(copy / "gapkit.sqlite3")
        for _run in range(runs):
            done = subprocess.run(
                [sys.executable, "-c", _TABLE_ANCHOR, anchor_database],
                env=child_env(), capture_output=True, text=True, check=True,
            )  # fmt: skip
            anchor.append(float(done.stdout.strip().splitlines()[-1]))
        figures["assessments_page_anchor"] = statistics.median(anchor)
    return figures


def report(size: int, database: str, figures: dict[str, float]) -> None:
    print(f"\n{size:,} assessments, {database}")
    print(f"  {'figure':<22}{'median':>10}{'anchor':>10}{'ratio':>8}{'target':>9}  ok")
    for name in (*TARGETS, "overview_page"):
        if name not in figures:
            continue
        value = figures[name]
        target = TARGETS.get(name)
        anchor = figures.get(f"{name}_anchor")
        unit = " MB" if name.endswith("_mb") else " s"
        ratio = f"{value / anchor:.1f}×" if anchor else ""
        anchor_text = f"{anchor:.3f}" if anchor else ""
        target_text = f"{target:g}{unit.strip()}" if target else ""
        ok = "" if target is None else ("yes" if value <= target else "NO")
        shown = f"{value:.1f}" if unit == " MB" else f"{value:.3f}"
        print(f"  {name:<22}{shown:>10}{anchor_text:>10}{ratio:>8}{target_text:>9}  {ok}")
        if f"cpu_{name}" in figures:
            cpu_value = figures[f"cpu_{name}"]
            cpu_anchor = figures.get(f"cpu_{name}_anchor")
            cpu_ratio = f"{cpu_value / cpu_anchor:.1f}×" if cpu_anchor else ""
            cpu_anchor_text = f"{cpu_anchor:.3f}" if cpu_anchor else ""
            line = f"{cpu_value:>10.3f}{cpu_anchor_text:>10}{cpu_ratio:>8}"
            print(f"  {'  (cpu)':<22}{line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--postgres", metavar="URL", help="also measure on this server")
    parser.add_argument("--no-gui", action="store_true", help="skip the GUI figures")
    parser.add_argument("--json", metavar="FILE", help="also write every figure here")
    parser.add_argument("--driver", metavar="DATA_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.driver:
        drive(Path(args.driver), args.runs)
        return 0
    everything: dict[str, dict[str, float]] = {}
    for size in args.sizes:
        folder = demo_folder(size)
        figures = service_figures(folder, None, args.runs)
        figures.update(list_json_figures(folder, args.runs))
        if not args.no_gui:
            figures.update(gui_figures(folder, args.runs))
        report(size, "SQLite", figures)
        everything[f"{size}-sqlite"] = figures
        if args.postgres:
            url = postgres_copy(size, args.postgres)
            pg = service_figures(folder, url, args.runs)
            pg.update(list_json_figures(folder, args.runs, url))
            if not args.no_gui:
                pg.update(gui_figures(folder, args.runs, url))
            report(size, "PostgreSQL", pg)
            everything[f"{size}-postgres"] = pg
    if args.json:
        Path(args.json).write_text(json.dumps(everything, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO_ROOT))
    raise SystemExit(main())
