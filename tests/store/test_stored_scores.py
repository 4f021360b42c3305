"""Stored results: written on complete/import, removed on reopen, rebuilt by `gapkit db rescore`,
and always equal to scoring the answers afresh. Council figures come from them."""

from __future__ import annotations

import gc
import signal
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, func, select, update

from desktop.services import Services
from desktop.services.council.overview import VERDICTS, OverviewQueries, quarter_of
from desktop.services.council.summary import CouncilQueries
from desktop.services.scores import ScoreService, unmet_conditions
from desktop.store.db import open_store
from desktop.store.models import (
    SCORE_MODELS,
    Assessment,
    AssessmentScore,
    Organisation,
    SectionScore,
    SupportNeedRaised,
)
from tests.reports.conftest import register, run_assessment

REPO_ROOT = Path(__file__).resolve().parents[2]


def stored(services: Services, assessment_id: str) -> dict[str, Any] | None:
    """The stored rows of one assessment, in the shape `live` gives."""
    with services.store.session() as session:
        score = session.get(AssessmentScore, assessment_id)
        if score is None:
            return None
        sections = session.execute(
            select(SectionScore.section_id, SectionScore.score, SectionScore.rag)
            .where(SectionScore.assessment_id == assessment_id)
            .order_by(SectionScore.position)
        ).all()
        themes = session.scalars(
            select(SupportNeedRaised.theme).where(SupportNeedRaised.assessment_id == assessment_id)
        ).all()
        return {
            "overall": score.overall_score,
            "rag": score.overall_rag,
            "verdict": score.verdict,
            "unmet": list(score.unmet_conditions),
            "sections": [tuple(row) for row in sections],
            "themes": sorted(themes),
        }


def live(services: Services, assessment_id: str) -> dict[str, Any]:
    """The result scored afresh from the answers, as the results page shows it."""
    result = services.assessments.results(assessment_id).result
    return {
        "overall": result.overall_score,
        "rag": result.overall_rag,
        "verdict": result.readiness,
        "unmet": unmet_conditions(result),
        "sections": [(s.id, s.score, s.rag) for s in result.sections],
        "themes": sorted(need.theme for need in result.support_needs),
    }


def score_rows(services: Services) -> int:
    with services.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(AssessmentScore)) or 0)


def test_completing_stores_the_result_and_reopening_removes_it(services: Services):
    org = register(services, "Batley Boxing Club", ward="Batley East")
    draft = run_assessment(services, org, "cat_readiness", level=2, complete=False)
    assert stored(services, draft) is None  # a draft is not scored until completed

    services.assessments.complete(draft, allow_unanswered_required=True)
    assert stored(services, draft) == live(services, draft)
    assert stored(services, draft)["verdict"] in VERDICTS
    assert stored(services, draft)["unmet"]  # level 2 leaves gateways unmet

    services.assessments.reopen(draft)
    assert stored(services, draft) is None
    services.assessments.complete(draft, allow_unanswered_required=True)
    services.assessments.delete(draft)
    assert stored(services, draft) is None
    services.assessments.restore(draft)
    assert stored(services, draft) == live(services, draft)


def test_a_registration_change_that_hides_a_question_rescores(services: Services):
    org = register(services, "Mirfield Community Café", staff_fte=2.0)
    assessment = run_assessment(services, org, level=4)
    # people_5 (staff contracts) is shown only where staff are employed; rate it lowest.
    services.assessments.reopen(assessment)
    services.assessments.record_answer(assessment, "people_5", 1)
    services.assessments.complete(assessment, allow_unanswered_required=True)
    before = stored(services, assessment)
    assert "employment advice" in before["themes"]

    services.organisations.update(org, {"staff_fte": 0})

    after = stored(services, assessment)
    assert after == live(services, assessment)
    assert "employment advice" not in after["themes"]
    assert (
        dict((s, v) for s, v, _r in after["sections"])["people"]
        > dict((s, v) for s, v, _r in before["sections"])["people"]
    )


def test_rescore_rebuilds_tampered_and_missing_rows(services: Services):
    orgs = [register(services, f"Group {n}", ward="Dewsbury West") for n in range(3)]
    ids = [
        run_assessment(services, org, kind, level=level)
        for org, kind, level in zip(
            orgs, ["health_check", "cat_readiness", "health_check"], [1, 3, 4], strict=True
        )
    ]
    expected = {assessment_id: live(services, assessment_id) for assessment_id in ids}
    with services.store.session() as session:
        session.execute(update(AssessmentScore).values(overall_score=0.0, verdict="Ready"))
        session.execute(delete(SupportNeedRaised))

    assert ScoreService(services.store).rescore_all() == 3
    assert {assessment_id: stored(services, assessment_id) for assessment_id in ids} == expected

    with services.store.session() as session:
        for model in SCORE_MODELS:
            session.execute(delete(model.__table__))
    # A reader finds them missing and scores them before it adds anything up.
    summary = CouncilQueries(services.store, approved_only=False).summary()
    assert summary.health_checks == 2 and summary.cat_assessments == 1
    assert {assessment_id: stored(services, assessment_id) for assessment_id in ids} == expected


def test_unscorable_assessment_is_stored_with_its_problem_and_left_out(services: Services):
    org = register(services, "Holme Valley Hall", ward="Holme Valley South")
    good = run_assessment(services, org, level=3, started_at=datetime(2025, 1, 5, tzinfo=UTC))
    bad = run_assessment(services, org, level=3, started_at=datetime(2026, 1, 5, tzinfo=UTC))
    from desktop.store.models import Response

    with services.store.session() as session:  # an answer its form cannot accept
        session.execute(
            update(Response)
            .where(Response.assessment_id == bad, Response.question_id == "purpose_1")
            .values(value=9)
        )
    ScoreService(services.store).rescore_all()
    with services.store.session() as session:
        problem = session.scalar(
            select(AssessmentScore.problem).where(AssessmentScore.assessment_id == bad)
        )
    assert problem and "does not fit" in problem
    summary = CouncilQueries(services.store, approved_only=False).summary()
    (row,) = summary.organisations
    assert row.health_check is not None and row.health_check.assessment_id == good
    assert summary.assessments_in_range == 2


def _expected_overview(services: Services, ward: str | None) -> dict[str, Any]:
    """The Overview's figures worked out the slow way: every assessment scored afresh."""
    organisations = {
        o.id: o for o in services.organisations.list_all() if not ward or o.ward == ward
    }
    results = {
        a.id: (a, services.assessments.results(a.id).result)
        for a in services.assessments.list_summaries(status="completed")
        if a.organisation_id in organisations
    }
    latest: dict[tuple[str, str], Any] = {}
    for summary, result in results.values():
        key = (summary.organisation_id, summary.kind)
        if key not in latest or summary.started_at > latest[key][0].started_at:
            latest[key] = (summary, result)
    raised: dict[str, set[str]] = {}
    for (organisation_id, _kind), (_s, result) in latest.items():
        raised.setdefault(organisation_id, set()).update(n.theme for n in result.support_needs)
    needs: Counter[tuple[str, str]] = Counter()
    for organisation_id, themes in raised.items():
        for theme in themes:
            needs[(organisations[organisation_id].ward or "No ward recorded", theme)] += 1
    verdicts: Counter[tuple[str, str]] = Counter()
    health: dict[str, list[float]] = {}
    for summary, result in results.values():
        quarter = quarter_of(summary.started_at)
        if summary.kind == "cat_readiness":
            verdicts[(quarter, result.readiness)] += 1
        else:
            health.setdefault(quarter, []).append(result.overall_score)
    return {
        "organisations": len(organisations),
        "assessed": len({s.organisation_id for s, _r in results.values()}),
        "needs": dict(needs),
        "verdicts": {key: count for key, count in verdicts.items()},
        "health": {q: pytest.approx(sum(v) / len(v)) for q, v in health.items()},
    }


@pytest.mark.slow
@pytest.mark.parametrize("one_ward", [False, True])
def test_overview_from_stored_results_matches_scoring_everything_afresh(
    services: Services, one_ward: bool
):
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations

    rows = demo_organisations(30, seed=3, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, 90, seed=3)
    ward = None
    if one_ward:
        ward = Counter(row["ward"] for row in rows if row.get("ward")).most_common(1)[0][0]

    overview = OverviewQueries(services.store, approved_only=False).overview(ward=ward)
    expected = _expected_overview(services, ward)
    assert overview.organisation_count == expected["organisations"]
    assert overview.assessed_count == expected["assessed"] > 0
    assert overview.needs == expected["needs"]
    assert {
        (q.quarter, verdict): count
        for q in overview.quarters
        for verdict, count in q.verdicts.items()
        if count
    } == expected["verdicts"]
    assert {
        q.quarter: q.mean_health_score for q in overview.quarters if q.health_checks
    } == expected["health"]


def _needs_grouped_in_sql(services: Services) -> dict[tuple[str, str], int]:
    """Support needs by ward and theme as one SQL query groups them (how the Overview counted
    them before it read each latest result's themes as one text): the reference."""
    queries = OverviewQueries(services.store, approved_only=False)
    latest = queries.latest_per_kind(ward=None, since=None, until=None).subquery()
    with services.store.session() as session:
        rows = session.execute(
            select(
                latest.c.ward,
                SupportNeedRaised.theme,
                func.count(latest.c.organisation_id.distinct()),
            )
            .join(SupportNeedRaised, SupportNeedRaised.assessment_id == latest.c.assessment_id)
            .where(latest.c.rank == 1)
            .group_by(latest.c.ward, SupportNeedRaised.theme)
        ).all()
    return {(ward or "No ward recorded", theme): count for ward, theme, count in rows}


def test_needs_counted_from_each_results_themes_text_match_grouping_in_sql(services: Services):
    """The Overview and the council summary read each latest result's themes as one text
    (count, then the themes, separated by a newline). A theme that itself holds the separator,
    or looks like a count, must still be counted exactly as SQL groups the rows."""
    from desktop.demo.assessments import add_demo_assessments
    from desktop.demo.organisations import demo_organisations

    rows = demo_organisations(12, seed=5, ward_list=services.organisations.ward_list)
    services.organisations.create_many(rows)
    add_demo_assessments(services, 30, seed=5)
    org = register(services, "Dewsbury Tenants' Association", ward=None)
    health_check = run_assessment(services, org, "health_check", level=1)
    cat = run_assessment(services, org, "cat_readiness", level=1)
    odd_themes = ["two\nlines", "3\nthree", "", "\n"]
    with services.store.session() as session:
        for theme in odd_themes:
            session.add(SupportNeedRaised(assessment_id=health_check, theme=theme))
        # Raised by both of its latest results: the organisation still counts once.
        session.add(SupportNeedRaised(assessment_id=cat, theme="two\nlines"))

    expected = _needs_grouped_in_sql(services)
    assert {theme for _ward, theme in expected} >= set(odd_themes)
    overview = OverviewQueries(services.store, approved_only=False).overview()
    assert overview.needs == expected
    assert overview.assessed_count == len({o for o, _k in _latest_keys(services)})

    summary = CouncilQueries(services.store, approved_only=False).summary()
    by_theme: Counter[str] = Counter()
    for (_ward, theme), count in expected.items():
        by_theme[theme] += count
    assert dict(summary.support_needs) == dict(by_theme)
    (row,) = [r for r in summary.organisations if r.id == org]
    assert row.health_check is not None and row.cat_readiness is not None
    assert set(odd_themes) <= set(row.health_check.support_themes)
    assert "two\nlines" in row.cat_readiness.support_themes


def _latest_keys(services: Services) -> set[tuple[str, str]]:
    with services.store.session() as session:
        return {
            (organisation_id, kind)
            for organisation_id, kind in session.execute(
                select(AssessmentScore.organisation_id, AssessmentScore.kind).where(
                    AssessmentScore.problem.is_(None)
                )
            )
        }


def test_db_rescore_command_rebuilds_every_result(data_dir: Path):
    store = open_store(data_dir=data_dir, device_name="Council")
    services = Services(store)
    org = register(services, "Batley Boxing Club")
    assessment = run_assessment(services, org, level=3)
    expected = live(services, assessment)
    with store.session() as session:
        session.execute(update(AssessmentScore).values(overall_score=1.0))
    store.close()
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "db", "rescore"],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
    )
    assert "Scored 1 completed assessment" in done.stdout
    store = open_store(data_dir=data_dir)
    try:
        assert stored(Services(store), assessment) == expected
    finally:
        store.close()


def test_ctrl_c_while_db_rescore_closes_the_database_says_stopped_without_a_traceback(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
):
    from sqlalchemy import event
    from sqlalchemy.pool import Pool

    import desktop.commands.common as command_stores
    from desktop.cli import main

    store = open_store(data_dir=data_dir, device_name="Council")
    services = Services(store)
    assessment = run_assessment(services, register(services, "Batley Boxing Club"), level=3)
    expected = live(services, assessment)
    with store.session() as session:
        session.execute(update(AssessmentScore).values(overall_score=1.0))
    store.close()
    used_by_command: list[object] = []
    interrupted: list[bool] = []

    def note_use(connection: object, *_args: Any) -> None:
        if command_stores._opened:
            used_by_command.append(connection)

    def ctrl_c_while_closing(connection: object, *_args: Any) -> None:
        # The person's Ctrl-C, arriving as the finished command closes its store. Only the
        # command's own connections count: an earlier test's engine freed by the garbage
        # collector closes its connections in a finaliser, where a KeyboardInterrupt is ignored.
        if (
            any(connection is used for used in used_by_command)
            and not command_stores._opened
            and not interrupted
        ):
            interrupted.append(True)
            signal.raise_signal(signal.SIGINT)

    gc.collect()  # earlier tests' engines, freed now rather than in the middle of the command
    event.listen(Pool, "checkout", note_use)
    event.listen(Pool, "close", ctrl_c_while_closing)
    try:
        code = main(["--data-dir", str(data_dir), "db", "rescore"])
    finally:
        event.remove(Pool, "checkout", note_use)
        event.remove(Pool, "close", ctrl_c_while_closing)

    printed = capsys.readouterr()
    assert interrupted
    assert code == 130
    assert "Scored 1 completed assessment" in printed.out
    assert printed.err.strip() == (
        "gapkit: stopped while closing the database; the work reported above is saved."
    )
    store = open_store(data_dir=data_dir)
    try:
        assert stored(Services(store), assessment) == expected
    finally:
        store.close()


def test_imported_assessments_are_scored_and_rescored_when_answers_change(tmp_path: Path):
    from tests.store.sync_helpers import Laptop, council_import

    council = open_store(data_dir=tmp_path / "council", device_name="Council")
    laptop = Laptop.make(tmp_path, "Field laptop")
    try:
        laptop.enrol_at(council)
        org = register(laptop.services, "Ravensthorpe Youth Club")
        assessment = run_assessment(laptop.services, org, level=4)
        council_import(council).import_bundle(laptop.export())
        council_services = Services(council)
        assert stored(council_services, assessment) == live(laptop.services, assessment)

        laptop.services.assessments.reopen(assessment)
        laptop.services.assessments.record_answer(assessment, "people_4", 1)
        laptop.services.assessments.complete(assessment, allow_unanswered_required=True)
        council_import(council).import_bundle(laptop.export())
        after = stored(council_services, assessment)
        assert after == live(laptop.services, assessment)
        assert after == live(council_services, assessment)
        with council.session() as session:  # derived rows never become synced records
            assert session.scalar(select(func.count()).select_from(Assessment)) == 1
            assert session.scalar(select(func.count()).select_from(Organisation)) == 1
    finally:
        laptop.close()
        council.close()


def test_bundles_never_carry_stored_results(tmp_path: Path):
    import zipfile

    from tests.store.sync_helpers import Laptop

    laptop = Laptop.make(tmp_path, "Field laptop")
    try:
        org = register(laptop.services, "Ravensthorpe Youth Club")
        run_assessment(laptop.services, org, level=2)
        assert score_rows(laptop.services) == 1
        with zipfile.ZipFile(laptop.export()) as bundle:
            text = " ".join(
                name + bundle.read(name).decode("utf-8", "replace") for name in bundle.namelist()
            )
    finally:
        laptop.close()
    for table in SCORE_MODELS:
        assert table.__tablename__ not in text  # type: ignore[attr-defined]
    assert "overall_score" not in text and "unmet_conditions" not in text


def test_database_from_before_stored_results_is_upgraded_and_scored(data_dir: Path):
    from alembic import command
    from alembic.config import Config

    from desktop.store.db import MIGRATIONS_DIR

    store = open_store(data_dir=data_dir, device_name="Council")
    services = Services(store)
    org = register(services, "Batley Boxing Club", ward="Batley East")
    assessment = run_assessment(services, org, "cat_readiness", level=4)
    expected = live(services, assessment)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with store.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0002_field_packs")
    store.close()

    store = open_store(data_dir=data_dir)  # migrates, with a backup first
    try:
        services = Services(store)
        assert store.backup_path is not None
        assert score_rows(services) == 0
        overview = OverviewQueries(store, approved_only=False).overview()
        assert overview.assessed_count == 1
        assert stored(services, assessment) == expected
    finally:
        store.close()
