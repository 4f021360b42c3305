"""`gapkit assessments list --json`: every assessment with the result its answers score to.

The listing copies each stored result's JSON text (`assessment_scores.result_json`); it reads
the SQLite file (sqlite3) or PostgreSQL (psycopg) directly (`quick_listing`) when every result
is stored, else through the store. Both ways must print what scoring the answers afresh gives, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import update

from desktop.services import Services
from desktop.services.assessment_listing import HEAD_KEYS, NO_RESULT, quick_listing
from desktop.services.scores import ScoreService, forget_results, unmet_conditions
from desktop.store.models import AssessmentScore, Response
from desktop.store.records import iso
from tests.reports.conftest import register, run_assessment

REPO_ROOT = Path(__file__).resolve().parents[2]
RESULT_KEYS = (
    "overall_score",
    "overall_rag",
    "readiness",
    "unmet_conditions",
    "sections",
    "support_needs",
)


def listed(services: Services, data_dir: Path, *options: str) -> list[dict[str, Any]]:
    """What `gapkit assessments list --json` prints, run as a user runs it."""
    env = {**os.environ, "GAPKIT_DATA_DIR": str(data_dir)}
    if services.store.database_url.startswith("postgresql"):
        env["GAPKIT_DATABASE_URL"] = services.store.database_url
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "assessments", "list"]
        + ["--json", *options],
        capture_output=True,
        text=True,
        check=True,
        cwd=REPO_ROOT,
        env=env,
    ).stdout
    return json.loads(out)


def expected_result(services: Services, assessment_id: str) -> dict[str, Any]:
    """The result part scored afresh from the answers, as the results page scores it."""
    result = services.assessments.results(assessment_id).result
    return {
        "overall_score": result.overall_score,
        "overall_rag": result.overall_rag,
        "readiness": result.readiness,
        "unmet_conditions": unmet_conditions(result),
        "sections": {section.id: section.score for section in result.sections},
        "support_needs": sorted(need.theme for need in result.support_needs),
    }


def expected_head(services: Services, assessment_id: str) -> dict[str, Any]:
    summary = services.assessments.get(assessment_id).summary
    return {
        "id": summary.id,
        "organisation_id": summary.organisation_id,
        "organisation_name": summary.organisation_name,
        "kind": summary.kind,
        "mode": summary.mode,
        "status": summary.status,
        "form_id": summary.form_id,
        "form_version": summary.form_version,
        "venue": summary.venue,
        "facilitator": summary.facilitator,
        "started_at": iso(summary.started_at),
        "completed_at": iso(summary.completed_at) if summary.completed_at else None,
        "modified_at": iso(summary.modified_at),
        "deleted": False,
    }


def make_assessments(services: Services) -> dict[str, str]:
    mirfield = register(services, "Mirfield Community Café", staff_fte=2.0, ward="Mirfield")
    batley = register(services, 'Batley Boxing Club — Łódź "North"\tclub', ward="Batley East")
    made = {
        "health_low": run_assessment(services, mirfield, level=1),
        "health_high": run_assessment(
            services, mirfield, level=4, started_at=datetime(2025, 6, 1, 9, 30, tzinfo=UTC)
        ),
        "cat": run_assessment(services, batley, "cat_readiness", level=2),
        "draft": run_assessment(services, batley, level=3, complete=False),
        "deleted": run_assessment(services, batley, level=3),
    }
    services.assessments.delete(made["deleted"])
    return made


def test_list_json_prints_the_result_scored_from_the_answers(services: Services, data_dir: Path):
    made = make_assessments(services)
    found = listed(services, data_dir)

    assert [tuple(item) for item in found] == [HEAD_KEYS + RESULT_KEYS] * len(found)
    by_id = {item["id"]: item for item in found}
    assert made["deleted"] not in by_id
    assert set(by_id) == {made[name] for name in ("health_low", "health_high", "cat", "draft")}
    for name in ("health_low", "health_high", "cat"):
        item = by_id[made[name]]
        assert {key: item[key] for key in HEAD_KEYS} == expected_head(services, made[name])
        assert {key: item[key] for key in RESULT_KEYS} == expected_result(services, made[name])
    assert by_id[made["health_low"]]["support_needs"]  # level 1 raises themes
    assert by_id[made["cat"]]["unmet_conditions"] and by_id[made["cat"]]["readiness"]
    draft = by_id[made["draft"]]
    assert {key: draft[key] for key in RESULT_KEYS} == json.loads(NO_RESULT)
    assert draft["status"] == "draft" and draft["completed_at"] is None
    # newest first
    assert [item["started_at"] for item in found] == sorted(
        (item["started_at"] for item in found), reverse=True
    )

    only_cat = listed(services, data_dir, "--kind", "cat_readiness", "--status", "completed")
    assert [item["id"] for item in only_cat] == [made["cat"]]
    mirfield = by_id[made["health_low"]]["organisation_id"]
    assert {item["id"] for item in listed(services, data_dir, "--organisation", mirfield)} == {
        made["health_low"],
        made["health_high"],
    }


def test_an_unscorable_assessment_is_listed_without_a_result(services: Services, data_dir: Path):
    org = register(services, "Holme Valley Hall")
    bad = run_assessment(services, org, level=3)
    with services.store.session() as session:  # an answer its form cannot accept
        session.execute(
            update(Response)
            .where(Response.assessment_id == bad, Response.question_id == "purpose_1")
            .values(value=9)
        )
    ScoreService(services.store).rescore_all()
    (item,) = listed(services, data_dir)
    assert item["status"] == "completed"
    assert {key: item[key] for key in RESULT_KEYS} == json.loads(NO_RESULT)


def _direct_url(services: Services) -> str:
    """The URL quick_listing reads on PostgreSQL; "" (none: the SQLite file) on SQLite."""
    url = services.store.database_url
    return url if url.startswith("postgresql") else ""


def test_the_direct_read_and_the_store_give_the_same_rows(services: Services, data_dir: Path):
    """The SQLite file read with sqlite3, or PostgreSQL with psycopg alone, without the store."""
    make_assessments(services)
    url = _direct_url(services)
    direct = quick_listing(data_dir, database_url=url)
    assert direct is not None and len(direct) == 4
    assert direct == services.assessments.listing()
    for kind in ("health_check", "cat_readiness"):
        assert quick_listing(data_dir, kind=kind, database_url=url) == (
            services.assessments.listing(kind=kind)
        )
    assert quick_listing(data_dir, status="draft", database_url=url) == (
        services.assessments.listing(status="draft")
    )


def test_results_stored_before_their_json_are_filled_in(services: Services, data_dir: Path):
    """A database migrated to keep each result's JSON: the old rows get it from their rows."""
    made = make_assessments(services)
    before = listed(services, data_dir)
    with services.store.session() as session:
        session.execute(update(AssessmentScore).values(result_json=None))
    url = _direct_url(services)
    assert quick_listing(data_dir, database_url=url) is None  # the store must fill them in first

    assert listed(services, data_dir) == before
    assert ScoreService(services.store).fill_result_json() == 0  # the listing filled them
    assert quick_listing(data_dir, database_url=url) is not None
    assert {item["id"] for item in before} >= {made["health_low"], made["cat"]}


def test_a_completed_assessment_without_its_result_is_scored_before_listing(
    services: Services, data_dir: Path
):
    made = make_assessments(services)
    with services.store.session() as session:  # as an import leaves it until scored
        forget_results(session, [made["cat"]])
    by_id = {item["id"]: item for item in listed(services, data_dir)}
    assert {key: by_id[made["cat"]][key] for key in RESULT_KEYS} == expected_result(
        services, made["cat"]
    )
