"""An import killed at any point (SIGKILL: no rollback, no clean-up) leaves the database as it
was before the import or as the whole import leaves it, never between, and the next start
opens it and can import the same bundle again. Killed at chosen statements of a council's
import (SQLite: row by row and in bulk, with its indexes dropped and built again and the
foreign keys checked at the end; PostgreSQL), of a fresh laptop's field pack, and of the
results scored after the commit."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.services.scores import ScoreService
from desktop.services.sync.imports import ImportService
from desktop.store.db import open_store, quick_check
from desktop.store.models import AssessmentScore
from tests.store.killing import run_killed
from tests.store.sync_helpers import Council, Laptop, canonical_dump, index_sql, trust_council

IMPORT = """
from pathlib import Path
import desktop.services.sync.imports as imports
from desktop.store.db import open_store
folder, bundle, url, bulk, pack = ARGS
if bulk == "bulk":
    imports.INDEXES_AFTER_ROWS = 1  # a small bundle takes the bulk path
store = open_store(Path(folder), database_url=url or None)
service = imports.ImportService(store)
summary = service.import_pack(bundle) if pack == "pack" else service.import_bundle(bundle)
print("not killed:", summary.status, flush=True)
"""


def _state(folder: Path, url: str | None = None) -> dict[str, Any]:
    """What the next start finds: it opens, the database is sound, its synced records, its
    import history and (SQLite) its indexes."""
    store = open_store(folder, database_url=url)
    try:
        if store.is_sqlite:
            assert quick_check(store) == []
        from sqlalchemy import func, select

        from desktop.store.models import ImportRecord

        with store.session() as session:
            imports = session.scalar(select(func.count()).select_from(ImportRecord))
        return {
            "records": canonical_dump(store),
            "imports": imports,
            "indexes": index_sql(folder) if store.is_sqlite else None,
        }
    finally:
        store.close()


def _held(state: dict[str, Any]) -> tuple[Any, Any]:
    """The records and indexes (a repeated import adds a "duplicate" line to the history)."""
    return state["records"], state["indexes"]


def _results(store: Any) -> dict[str, Any]:
    from sqlalchemy import select

    ScoreService(store).score_missing()
    with store.session() as session:
        rows = session.execute(
            select(AssessmentScore.assessment_id, AssessmentScore.result_json)
        ).all()
    return dict(rows)


@pytest.fixture(scope="module")
def laptop_bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    root = tmp_path_factory.mktemp("laptop")
    laptop = Laptop.make(root, "Field laptop")
    laptop.register(5, seed=11)
    laptop.assess(3, seed=11)
    bundle = laptop.export(full=True)
    info = laptop.info()
    laptop.close()
    return bundle, info


def _council_folder(root: Path, info: Any) -> Path:
    council = Council(root)
    council.services.trusted_devices.enrol(info)
    council.close()
    return council.folder


@pytest.fixture(scope="module")
def council_import(
    tmp_path_factory: pytest.TempPathFactory, laptop_bundle: tuple[Path, Any]
) -> tuple[Path, dict[str, Any], dict[str, Any], dict[str, Any]]:
    """A council's folder that trusts the laptop, what the next start finds in it before the
    import and after the whole import (with the results scored after it): the same for every
    kill point, so worked out once; each test kills the import in a copy of the folder."""
    bundle, info = laptop_bundle
    root = tmp_path_factory.mktemp("council")
    folder = _council_folder(root / "before", info)
    before = _state(folder)
    finished = root / "finished"
    shutil.copytree(folder, finished)
    store = open_store(finished)
    ImportService(store).import_bundle(bundle)
    after_results = _results(store)
    store.close()
    after = _state(finished)
    assert after["records"] != before["records"]
    return folder, before, after, after_results


@pytest.mark.slow
@pytest.mark.parametrize(
    ("bulk", "pattern", "nth"),
    [
        ("rows", "INSERT INTO ORGANISATIONS", 1),
        ("rows", "INSERT INTO RESPONSES", 7),
        ("rows", "INSERT INTO IMPORTS", 1),
        ("rows", "COMMIT", 1),
        ("rows", "INSERT INTO ASSESSMENT_SCORES", 1),  # scoring, after the import's commit
        ("bulk", "DROP INDEX", 1),
        ("bulk", "INSERT INTO RESPONSES", 3),
        ("bulk", "CREATE INDEX", 2),
        ("bulk", "FOREIGN_KEY_CHECK", 2),
        ("bulk", "COMMIT", 1),
    ],
)
def test_a_council_import_killed_anywhere_keeps_all_or_nothing_on_sqlite(
    tmp_path: Path,
    laptop_bundle: tuple[Path, Any],
    council_import: tuple[Path, dict[str, Any], dict[str, Any], dict[str, Any]],
    bulk: str,
    pattern: str,
    nth: int,
) -> None:
    bundle, _info = laptop_bundle
    council, before, after, after_results = council_import
    folder = tmp_path / "killed"
    shutil.copytree(council, folder)

    run_killed(IMPORT, pattern, nth, folder, bundle, "", bulk, "bundle")

    found = _state(folder)
    assert found in (before, after), f"killed at {pattern} #{nth}: neither before nor after"
    store = open_store(folder)
    try:
        summary = ImportService(store).import_bundle(bundle)
        assert summary.status == "merged"  # again, or everything unchanged
        assert _results(store) == after_results
    finally:
        store.close()
    assert _held(_state(folder)) == _held(after)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pattern", "nth"),
    [
        ("COPY ORGANISATIONS", 1),  # a fresh council's rows go in by COPY
        ("COPY RESPONSES", 1),
        ("INSERT INTO IMPORTS", 1),
        ("INSERT INTO ASSESSMENT_SCORES", 1),  # scoring, after the import's commit
    ],
)
def test_a_council_import_killed_anywhere_keeps_all_or_nothing_on_postgresql(
    tmp_path: Path,
    laptop_bundle: tuple[Path, Any],
    postgres_database_url: str,
    pattern: str,
    nth: int,
) -> None:
    bundle, info = laptop_bundle
    folder = tmp_path / "council"
    council = open_store(folder, database_url=postgres_database_url, device_name="Council")
    try:
        from desktop.services.sync.trust import TrustedDeviceService

        TrustedDeviceService(council).enrol(info)
    finally:
        council.close()
    before = _state(folder, postgres_database_url)

    run_killed(IMPORT, pattern, nth, folder, bundle, postgres_database_url, "rows", "bundle")

    found = _state(folder, postgres_database_url)
    assert found == before or found["imports"] == 1
    store = open_store(folder, database_url=postgres_database_url)
    try:
        summary = ImportService(store).import_bundle(bundle)
        assert summary.status in ("merged", "duplicate")
        results = _results(store)
    finally:
        store.close()
    after = _state(folder, postgres_database_url)
    if found != before:
        assert found["records"] == after["records"]  # it had committed before the kill
    assert after["records"] != before["records"]
    assert len(results) == 3


@pytest.fixture(scope="module")
def fresh_laptop_and_pack(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("pack")
    council = Council(root)
    colleague = Laptop.make(root, "Colleague")
    laptop = Laptop.make(root, "Fresh laptop")
    try:
        trust_council(colleague, council)
        trust_council(laptop, council)
        colleague.register(4, seed=5)
        colleague.assess(2, seed=5)
        council.receive(colleague.export(full=True))
        pack = council.services.packs.build_pack(council.out, device_id=laptop.device_id).path
    finally:
        council.close()
        colleague.close()
        laptop.close()
    return laptop.folder, pack


@pytest.fixture(scope="module")
def pack_import(
    tmp_path_factory: pytest.TempPathFactory, fresh_laptop_and_pack: tuple[Path, Path]
) -> tuple[Path, dict[str, Any], dict[str, Any]]:
    """The fresh laptop's folder and what the next start finds in it before the pack's import
    and after the whole import: worked out once; each test kills the import in a copy."""
    laptop, pack = fresh_laptop_and_pack
    root = tmp_path_factory.mktemp("pack-import")
    folder = root / "before"
    shutil.copytree(laptop, folder)
    before = _state(folder)
    finished = root / "finished"
    shutil.copytree(folder, finished)
    store = open_store(finished)
    ImportService(store).import_pack(pack)
    store.close()
    after = _state(finished)
    assert after["records"] != before["records"]
    return folder, before, after


@pytest.mark.slow
@pytest.mark.parametrize(
    ("bulk", "pattern", "nth"),
    [
        ("bulk", "DROP INDEX", 1),  # the organisations' indexes, before any write
        ("bulk", "INSERT INTO ORGANISATIONS", 2),
        ("bulk", "CREATE INDEX", 1),
        ("bulk", "COMMIT", 1),
        ("rows", "INSERT INTO ASSESSMENTS", 1),
        ("rows", "INSERT INTO ASSESSMENT_SCORES", 1),
    ],
)
def test_a_pack_import_killed_anywhere_on_a_fresh_laptop_keeps_all_or_nothing(
    tmp_path: Path,
    fresh_laptop_and_pack: tuple[Path, Path],
    pack_import: tuple[Path, dict[str, Any], dict[str, Any]],
    bulk: str,
    pattern: str,
    nth: int,
) -> None:
    _laptop, pack = fresh_laptop_and_pack
    laptop, before, after = pack_import
    folder = tmp_path / "killed"
    shutil.copytree(laptop, folder)

    run_killed(IMPORT, pattern, nth, folder, pack, "", bulk, "pack")

    found = _state(folder)
    assert found["indexes"] == before["indexes"], f"killed at {pattern} #{nth}: indexes lost"
    assert found in (before, after), f"killed at {pattern} #{nth}: neither before nor after"
    store = open_store(folder)
    try:
        summary = ImportService(store).import_pack(pack)
        assert summary.status == "merged"  # again, or everything unchanged
    finally:
        store.close()
    assert _held(_state(folder)) == _held(after)


def test_the_kill_hook_sees_the_imports_own_sqlite_writes(
    tmp_path: Path, laptop_bundle: tuple[Path, Any]
) -> None:
    """The raw sqlite3 writes of the import are counted (not only SQLAlchemy's): a kill at a
    statement the import never runs would leave the process finished, not killed."""
    bundle, info = laptop_bundle
    folder = _council_folder(tmp_path, info)
    with pytest.raises(AssertionError, match="not killed: merged"):
        run_killed(IMPORT, "NO SUCH STATEMENT", 1, folder, bundle, "", "rows", "bundle")
