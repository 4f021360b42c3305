"""PostgreSQL's family change log (migration 0009) against the tables it counts.

The Sync page's counts on PostgreSQL are sums over the log its triggers keep, so after every
kind of write the log's sum for each (table, change number, assessment) must equal a real
GROUP BY over the records: an import (COPY), a merge of edits (UPDATE of change numbers), edits
made at the council, deletions, a record moved to another assessment, TRUNCATE, and two
compactions at once. SQLite keeps no log (the migration does nothing there)."""

from __future__ import annotations

import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from desktop.services import Services
from desktop.services.sync.export import ASSESSMENT_FAMILY
from desktop.services.sync.imports import ImportService
from desktop.store.db import Store, open_store
from desktop.store.models import Assessment
from desktop.store.revision import HEAD_REVISION
from tests.store.killing import run_killed
from tests.store.sync_helpers import Laptop

FAMILY = tuple(table.name for table in ASSESSMENT_FAMILY)
Key = tuple[str, int, str]


def held(store: Store) -> Counter[Key]:
    """(table, change number, assessment) -> records, from the records themselves."""
    counts: Counter[Key] = Counter()
    with store.engine.connect() as connection:
        for name in FAMILY:
            rows = connection.execute(
                text(
                    f"SELECT change_seq, assessment_id, count(*) FROM {name} "
                    "GROUP BY change_seq, assessment_id"
                )
            )
            counts.update({(name, int(seq), str(owner)): int(n) for seq, owner, n in rows})
    return counts


def logged(store: Store) -> Counter[Key]:
    """The same, summed from the log; keys summing to nothing left out."""
    with store.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT table_name, change_seq, assessment_id, sum(records) "
                "FROM family_change_log GROUP BY 1, 2, 3 HAVING sum(records) <> 0"
            )
        )
        return Counter({(name, int(seq), str(owner)): int(n) for name, seq, owner, n in rows})


def assert_log_matches(store: Store) -> None:
    expected, found = held(store), logged(store)
    assert found == expected, {
        key: (expected.get(key), found.get(key))
        for key in set(expected) | set(found)
        if expected.get(key) != found.get(key)
    }


def assert_compacted(store: Store) -> None:
    """One row per key, no zero rows, nothing left uncompacted."""
    with store.engine.connect() as connection:
        fresh, zero, repeated = connection.execute(
            text(
                "SELECT count(*) FILTER (WHERE NOT compacted), "
                "count(*) FILTER (WHERE records = 0), "
                "count(*) - count(DISTINCT (table_name, change_seq, assessment_id)) "
                "FROM family_change_log"
            )
        ).one()
    assert (fresh, zero, repeated) == (0, 0, 0)


def fresh_rows(store: Store) -> int:
    with store.engine.connect() as connection:
        return int(
            connection.scalar(text("SELECT count(*) FROM family_change_log WHERE NOT compacted"))
            or 0
        )


def test_sqlite_keeps_no_log(store: Store) -> None:
    with store.engine.connect() as connection:
        if store.is_sqlite:
            names = connection.scalars(
                text("SELECT name FROM sqlite_master WHERE name LIKE '%change_log%'")
            ).all()
            assert names == []
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == (
                HEAD_REVISION
            )
        else:
            assert connection.scalar(text("SELECT count(*) FROM family_change_log")) == 0
            assert connection.scalar(
                text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%change_log%'")
            ) == 4 * len(FAMILY)


@pytest.fixture
def council(postgres_database_url: str, tmp_path: Path) -> Any:
    store = open_store(
        data_dir=tmp_path / "council", database_url=postgres_database_url, device_name="Council"
    )
    yield store
    store.close()


@pytest.fixture
def laptop(tmp_path: Path) -> Any:
    made = Laptop.make(tmp_path, "Field laptop")
    yield made
    made.close()


def receive(council: Store, bundle: Path) -> None:
    summary = ImportService(council).import_bundle(bundle)
    assert summary.status == "merged", summary.message


def change_answers(services: Services, assessment_id: str, value: int) -> None:
    services.assessments.reopen(assessment_id)
    form = services.assessments.form_for(assessment_id)
    for _section, question in form.questions():
        if question.type == "rating":
            services.assessments.record_answer(assessment_id, question.id, value)
    services.assessments.complete(assessment_id, allow_unanswered_required=True)


def completed_ids(store: Store) -> list[str]:
    with store.session() as session:
        return list(
            session.scalars(
                select(Assessment.id)
                .where(Assessment.status == "completed")
                .order_by(Assessment.id)
            )
        )


def test_the_log_follows_imports_merges_edits_and_deletions(council: Store, laptop: Laptop) -> None:
    laptop.enrol_at(council)
    laptop.register(3, seed=5)
    laptop.assess(4, seed=5)
    receive(council, laptop.export(full=True))  # new records: COPY
    assert_log_matches(council)
    assert_compacted(council)
    assert len(logged(council)) > 4  # several tables, one key per assessment at least

    # Edits on the laptop merged at the council: the changed records take the import's
    # change number (UPDATE), the rest keep theirs.
    edited = completed_ids(laptop.store)[:2]
    for assessment_id in edited:
        change_answers(laptop.services, assessment_id, 2)
    receive(council, laptop.export())
    assert_log_matches(council)
    assert_compacted(council)
    moved = {seq for (_t, seq, owner) in logged(council) if owner in edited}
    assert len(moved) == 2  # the first import's number and the merge's

    # Edits made at the council itself (the record writer, no compaction until an import).
    change_answers(Services(council), completed_ids(council)[-1], 3)
    assert fresh_rows(council) > 0
    assert_log_matches(council)

    # Deletions, a record moved to another assessment, and whole tables emptied.
    with council.engine.begin() as connection:
        owners = connection.scalars(text("SELECT id FROM assessments ORDER BY id")).all()
        connection.execute(
            text("DELETE FROM responses WHERE assessment_id = :a AND question_id LIKE '%1%'"),
            {"a": owners[0]},
        )
        connection.execute(
            text(
                "UPDATE participants SET assessment_id = :b WHERE id IN "
                "(SELECT id FROM participants WHERE assessment_id = :a LIMIT 1)"
            ),
            {"a": owners[0], "b": owners[1]},
        )
        connection.execute(
            text("UPDATE responses SET change_seq = change_seq + 100 WHERE assessment_id = :a"),
            {"a": owners[1]},
        )
    assert_log_matches(council)
    with council.engine.begin() as connection:
        connection.execute(text("SELECT family_change_log_compact()"))
    assert_log_matches(council)
    assert_compacted(council)
    with council.engine.begin() as connection:
        connection.execute(text("TRUNCATE action_reviews, review_notes, action_items"))
    assert_log_matches(council)
    assert {table for (table, _seq, _owner) in logged(council)} == {"participants", "responses"}
    with council.engine.begin() as connection:
        connection.execute(text("TRUNCATE assessments CASCADE"))
    assert logged(council) == Counter()


def test_a_rolled_back_import_leaves_the_log_as_it_was(council: Store, laptop: Laptop) -> None:
    from desktop.errors import Cancelled

    laptop.enrol_at(council)
    laptop.register(2, seed=3)
    laptop.assess(2, seed=3)
    receive(council, laptop.export(full=True))
    before = logged(council)
    change_answers(laptop.services, completed_ids(laptop.store)[0], 2)
    bundle = laptop.export()
    written: list[int] = []
    with pytest.raises(Cancelled):
        ImportService(council).import_bundle(
            bundle,
            progress=lambda done, _total: written.append(done),
            should_cancel=lambda: any(written),  # once some records are written
        )
    assert any(written)
    assert logged(council) == before
    assert_log_matches(council)


def test_two_writers_compacting_at_once_count_every_record_once(
    council: Store, laptop: Laptop
) -> None:
    """Two council staff importing at once: each appends in its own transaction and compacts
    before its commit. A compaction never sees the other's uncommitted rows, and a second one
    waits for the first's commit (an advisory lock), so nothing is deleted twice or lost."""
    laptop.enrol_at(council)
    laptop.register(2, seed=4)
    laptop.assess(2, seed=4)
    receive(council, laptop.export(full=True))
    one, other = completed_ids(council)[:2]
    engine = create_engine(council.engine.url)
    try:
        first, second = engine.connect(), engine.connect()
        first.begin()
        second.begin()
        renumber(first, one, 50)
        renumber(second, other, 60)
        # The second compacts and commits while the first's rows are uncommitted.
        second.execute(text("SELECT family_change_log_compact()"))
        second.commit()
        first.execute(
            text(
                "DELETE FROM responses WHERE id = (SELECT min(id) FROM responses WHERE "
                "assessment_id = :a)"
            ),
            {"a": one},
        )
        first.execute(text("SELECT family_change_log_compact()"))
        # The first now holds the compaction lock: another compaction waits for its commit.
        second.begin()
        renumber(second, other, 70, only_one=True)
        failures: list[BaseException] = []

        def compact_second() -> None:
            try:
                second.execute(text("SELECT family_change_log_compact()"))
            except BaseException as error:  # reported by the test's thread
                failures.append(error)

        waiting = threading.Thread(target=compact_second)
        waiting.start()
        assert_waits_for_lock(engine)
        first.commit()
        waiting.join(timeout=120)
        assert not waiting.is_alive()
        assert failures == []
        second.commit()
        first.close()
        second.close()
    finally:
        engine.dispose()
    seqs = {(table, seq) for (table, seq, owner) in logged(council) if owner in (one, other)}
    assert {("responses", 50), ("responses", 60), ("responses", 70)} <= seqs
    assert_log_matches(council)
    assert_compacted(council)


def renumber(connection: Any, assessment_id: str, seq: int, only_one: bool = False) -> None:
    """Give an assessment's answers (or its first answer) a new change number, as a merge does."""
    which = (
        "id = (SELECT min(id) FROM responses WHERE assessment_id = :a)"
        if only_one
        else "assessment_id = :a"
    )
    connection.execute(
        text(f"UPDATE responses SET change_seq = :seq WHERE {which}"),
        {"a": assessment_id, "seq": seq},
    )


def assert_waits_for_lock(engine: Any) -> None:
    """Until another session of this database waits on an advisory lock (polled, no sleep
    standing in for the order of events)."""
    import time

    deadline = time.monotonic() + 120
    with engine.connect() as watcher:
        while time.monotonic() < deadline:
            waiting = watcher.scalar(
                text(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                    "AND database = (SELECT oid FROM pg_database "
                    "WHERE datname = current_database())"
                )
            )
            if waiting:
                return
            watcher.rollback()
            time.sleep(0.05)
    raise AssertionError("the second compaction never waited for the first")


def test_the_migration_logs_the_records_a_database_already_holds(
    council: Store, laptop: Laptop
) -> None:
    from alembic import command
    from alembic.config import Config

    from desktop.store.db import MIGRATIONS_DIR

    laptop.enrol_at(council)
    laptop.register(2, seed=6)
    laptop.assess(3, seed=6)
    receive(council, laptop.export(full=True))
    change_answers(laptop.services, completed_ids(laptop.store)[0], 2)
    receive(council, laptop.export())
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with council.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008_responses_agreed_index")
        assert connection.scalar(text("SELECT to_regclass('family_change_log')")) is None
        command.upgrade(config, "head")
    assert_log_matches(council)
    assert_compacted(council)
    assert len(logged(council)) > 3


def test_rescore_makes_a_damaged_log_again(council: Store, laptop: Laptop) -> None:
    from desktop.services.scores import ScoreService

    laptop.enrol_at(council)
    laptop.register(2, seed=8)
    laptop.assess(3, seed=8)
    receive(council, laptop.export(full=True))
    right = logged(council)
    with council.engine.begin() as connection:
        connection.execute(text("DELETE FROM family_change_log WHERE table_name = 'responses'"))
        connection.execute(
            text(
                "INSERT INTO family_change_log (table_name, change_seq, assessment_id, records) "
                "VALUES ('participants', 99, 'nobody', 5)"
            )
        )
    assert logged(council) != right
    ScoreService(council).rescore_all()
    assert logged(council) == right
    assert_log_matches(council)
    assert_compacted(council)


MIGRATING = """
from desktop.store.db import open_store
open_store(ARGS[0], database_url=ARGS[1], device_name="Council")
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pattern", "nth"),
    [
        ("CREATE TRIGGER", 7),  # some tables' triggers made
        ("SELECT 'RESPONSES'", 1),  # the answers about to be logged
        ("UPDATE ALEMBIC_VERSION", 1),  # everything made, the stamp next
    ],
)
def test_a_migration_to_the_log_killed_midway_leaves_0008_and_the_next_start_logs_all(
    postgres_database_url: str, laptop: Laptop, tmp_path: Path, pattern: str, nth: int
) -> None:
    """An 0008 database holding records, upgraded by a process killed (SIGKILL) part-way
    through 0009: the database is still 0008 with no log, triggers or functions, and the next
    start makes the log of every record already held."""
    from alembic import command
    from alembic.config import Config

    from desktop.store.db import MIGRATIONS_DIR

    folder = tmp_path / "council"
    council = open_store(data_dir=folder, database_url=postgres_database_url, device_name="Council")
    laptop.enrol_at(council)
    laptop.register(2, seed=8)
    laptop.assess(3, seed=8)
    receive(council, laptop.export(full=True))
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with council.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008_responses_agreed_index")
    before = held(council)
    council.close()

    run_killed(MIGRATING, pattern, nth, folder, postgres_database_url)

    engine = create_engine(postgres_database_url)
    try:
        with engine.connect() as connection:  # waits for the killed session's locks to go
            assert connection.scalar(text("SELECT version_num FROM alembic_version")) == (
                "0008_responses_agreed_index"
            )
            assert connection.scalar(text("SELECT to_regclass('family_change_log')")) is None
            assert not connection.scalar(
                text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%change_log%'")
            )
            assert not connection.scalar(
                text("SELECT count(*) FROM pg_proc WHERE proname LIKE 'family_change_log%'")
            )
    finally:
        engine.dispose()
    council = open_store(data_dir=folder, database_url=postgres_database_url, device_name="Council")
    try:
        assert held(council) == before
        assert_log_matches(council)
        assert_compacted(council)
        assert len(logged(council)) > 3
    finally:
        council.close()
