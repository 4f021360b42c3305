"""Scoring reads the agreed answers from the covering index alone on SQLite (migration 0008)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.demo.assessments import add_demo_assessments
from desktop.demo.organisations import demo_organisations
from desktop.services import Services
from desktop.services.scores import agreed_answers
from desktop.store.models import Response
from forms.answers import DONT_KNOW
from tests.store.sync_helpers import Laptop


def test_the_agreed_answers_are_read_from_the_covering_index(tmp_path: Path) -> None:
    laptop = Laptop.make(tmp_path, "Laptop")
    try:
        laptop.register(2, seed=3)
        laptop.assess(2, seed=3)
        statements: list[str] = []

        def keep(statement: str) -> None:
            if "FROM responses" in statement:
                statements.append(statement)

        with laptop.store.session() as session:
            ids = [row[0] for row in session.execute(_assessment_ids())]
            # the driver's own trace: the read may bypass SQLAlchemy's statement events
            raw = session.connection().connection.driver_connection
            raw.set_trace_callback(keep)
            try:
                answers = agreed_answers(session, ids)
            finally:
                raw.set_trace_callback(None)
        assert answers and len(answers) == len(ids)
        assert statements
        raw = laptop.store.engine.raw_connection()
        try:
            for statement in set(statements):
                plan = " ".join(
                    str(row[-1]) for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}")
                )
                assert "COVERING INDEX ix_responses_agreed" in plan, plan
        finally:
            raw.close()
    finally:
        laptop.close()


def test_agreed_answers_are_the_answers_the_results_page_reads(store) -> None:  # type: ignore[no-untyped-def]
    """Every kind of stored value comes back as the ORM reads it: numbers, words, lists, text
    that looks like a number, JSON null, "don't know"; participants' and deleted answers are
    left out, and `question_ids` narrows the answers."""
    services = Services(store)
    services.organisations.create_many(
        demo_organisations(3, seed=5, ward_list=services.organisations.ward_list)
    )
    add_demo_assessments(services, 4, seed=5, completed_share=1.0)
    with store.session() as session:
        ids = sorted(session.scalars(_assessment_ids()))
        agreed = session.scalars(
            select(Response)
            .where(Response.participant_id.is_(None), Response.dont_know.is_(False))
            .order_by(Response.assessment_id, Response.question_id)
        ).all()
        planted = [2.5, None, "3", ["a", "b"], {"x": 1}, "  yes", 7, "don't"]
        for response, value in zip(agreed[::5], planted, strict=False):
            response.value = value
        agreed[1].deleted_at = datetime.now(UTC)
        agreed[2].dont_know, agreed[2].value = True, None
    with store.session() as session:
        answers = agreed_answers(session, ids)
        some = sorted({response.question_id for response in agreed[:40]})
        narrowed = agreed_answers(session, ids, some)
        assert agreed_answers(session, ids, []) == {}
    assert_same_answers(answers, {one: services.assessments.answers(one) for one in ids})
    assert_same_answers(
        narrowed,
        {
            one: {q: v for q, v in services.assessments.answers(one).items() if q in some}
            for one in ids
        },
    )
    values = [value for given in answers.values() for value in given.values()]
    for value in (2.5, "3", ["a", "b"], {"x": 1}, "  yes", 7, "don't", DONT_KNOW):
        assert value in values, value


def assert_same_answers(
    found: dict[str, dict[str, Any]], expected: dict[str, dict[str, Any]]
) -> None:
    """Equal answers, with the same types (1 and 1.0, or True and 1, would compare equal)."""
    expected = {one: given for one, given in expected.items() if given}
    assert found == expected
    for one, given in expected.items():
        for question_id, value in given.items():
            assert type(found[one][question_id]) is type(value), (question_id, value)


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
    from desktop.store.models import Assessment

    return select(Assessment.id)
