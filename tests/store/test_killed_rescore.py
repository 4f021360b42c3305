"""`gapkit db rescore` killed at any point: stored results are derived from the answers, so
the next start opens and every reader (which scores what is missing first) finds the same
results an uninterrupted rescore leaves, and no answer is touched."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.services.scores import ScoreService
from desktop.store.db import open_store, quick_check
from desktop.store.models import AssessmentScore, SectionScore, SupportNeedRaised
from tests.store.killing import run_killed
from tests.store.sync_helpers import Laptop, canonical_dump

RESCORE = """
import sys
from pathlib import Path
import desktop.services.scores as scores
from desktop.cli import main
scores.BATCH = 2  # several batches, each its own transaction, in a small database
sys.exit(main(["--data-dir", ARGS[0], "db", "rescore"]))
"""


def _stored(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    ScoreService(store).score_missing()  # what every reader does first
    found = {}
    with store.session() as session:
        for model in (AssessmentScore, SectionScore, SupportNeedRaised):
            table = model.__table__
            columns = [c for c in table.columns if c.name not in ("id", "scored_at")]
            rows = session.execute(select(*columns)).all()
            found[table.name] = sorted(tuple(map(repr, row)) for row in rows)
    return found


@pytest.fixture(scope="module")
def scored_laptop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("laptop")
    laptop = Laptop.make(root, "Field laptop")
    laptop.register(4, seed=31)
    laptop.assess(5, seed=31)
    laptop.close()
    return laptop.folder


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pattern", "nth"),
    [
        ("DELETE FROM ASSESSMENT_SECTION_SCORES", 1),
        ("INSERT INTO ASSESSMENT_SCORES", 1),
        ("INSERT INTO ASSESSMENT_SCORES", 2),
        ("INSERT INTO ASSESSMENT_SUPPORT_NEEDS", 2),
        ("COMMIT", 2),
    ],
)
def test_a_rescore_killed_anywhere_leaves_the_same_results(
    tmp_path: Path, scored_laptop: Path, pattern: str, nth: int
) -> None:
    folder = tmp_path / "data"
    shutil.copytree(scored_laptop, folder)
    store = open_store(folder)
    try:
        results = _stored(store)
        answers = canonical_dump(store)
    finally:
        store.close()
    assert len(results["assessment_scores"]) == 5

    run_killed(RESCORE, pattern, nth, folder)

    store = open_store(folder)
    try:
        assert quick_check(store) == []
        assert canonical_dump(store) == answers
        assert _stored(store) == results
    finally:
        store.close()
