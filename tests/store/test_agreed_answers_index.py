"""Scoring reads the agreed answers from the covering index alone on SQLite (migration 0008)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from desktop.services.scores import agreed_answers
from tests.store.sync_helpers import Laptop


def test_the_agreed_answers_are_read_from_the_covering_index(tmp_path: Path) -> None:
    laptop = Laptop.make(tmp_path, "Laptop")
    try:
        laptop.register(2, seed=3)
        laptop.assess(2, seed=3)
        statements: list[tuple[str, object]] = []

        def keep(connection, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
            if "FROM responses" in statement:
                statements.append((statement, parameters))

        engine = laptop.store.engine
        event.listen(engine, "before_cursor_execute", keep)
        with laptop.store.session() as session:
            ids = [row[0] for row in session.execute(_assessment_ids())]
            answers = agreed_answers(session, ids)
        event.remove(engine, "before_cursor_execute", keep)
        assert answers and len(answers) == len(ids)
        [(statement, parameters)] = statements
        raw = engine.raw_connection()
        try:
            plan = " ".join(
                str(row[-1]) for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            )
        finally:
            raw.close()
        assert "COVERING INDEX ix_responses_agreed" in plan, plan
    finally:
        laptop.close()


def test_the_index_is_made_by_the_migration_on_sqlite_only(store) -> None:  # type: ignore[no-untyped-def]
    with store.engine.connect() as connection:
        if store.is_sqlite:
            sql = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'ix_responses_agreed'"
            ).scalar()
            assert sql is not None
            assert "WHERE participant_id IS NULL AND deleted_at IS NULL" in sql
        else:
            found = connection.exec_driver_sql(
                "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_responses_agreed'"
            ).scalar()
            assert found == 0
            names = connection.exec_driver_sql(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'responses'"
            ).scalars()
            assert "ix_responses_assessment_question_seq" in set(names)


def _assessment_ids():  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from desktop.store.models import Assessment

    return select(Assessment.id)
