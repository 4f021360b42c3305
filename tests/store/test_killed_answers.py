"""A field worker's copy killed while it saves an answer (the runner saves each one as it is
given) or completes an assessment: each is one transaction, so the next start finds the
answer with its change number and the session's place at it, or neither, and completing either happened
whole (status, stored result) or not at all; the assessment goes on from there."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from desktop.services import Services
from desktop.store.db import open_store, quick_check
from desktop.store.models import AssessmentScore, Counter, Response
from tests.store.killing import run_killed

ANSWER = """
from pathlib import Path
from desktop.services import Services
from desktop.store.db import open_store
folder, assessment_id, question_id, what = ARGS
services = Services(open_store(Path(folder)))
if what == "complete":
    services.assessments.complete(assessment_id, allow_unanswered_required=True)
else:
    services.assessments.record_answer(assessment_id, question_id, 3, note="Killed while saved")
print("not killed", flush=True)
"""


@pytest.fixture(scope="module")
def draft(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str, str]:
    """A data folder with a draft health check, one answer given, and the next question."""
    folder = tmp_path_factory.mktemp("laptop") / "data"
    store = open_store(folder, device_name="Field laptop")
    try:
        services = Services(store)
        organisation = services.organisations.create(
            {"name": "Batley Bowls Club", "legal_form": "cio_association", "postcode": "WF17 5AA"}
        )
        kinds = sorted(services.assessments.available_forms())
        started = services.assessments.start(organisation.id, kinds[0], consent_given=True)
        form = services.assessments.form_for(started.id)
        rated = [
            question.id for _section, question in form.questions() if question.type == "rating"
        ]
        services.assessments.record_answer(started.id, rated[0], 2)
    finally:
        store.close()
    return folder, started.id, rated[0], rated[1]


def _held(folder: Path, assessment_id: str, question_id: str) -> dict[str, Any]:
    store = open_store(folder)
    try:
        assert quick_check(store) == []
        services = Services(store)
        with store.session() as session:
            top = max(
                session.scalar(select(func.max(model.change_seq))) or 0 for model in (Response,)
            )
            counter = session.scalar(select(Counter.value).where(Counter.name == "change_seq"))
            scored = session.scalar(
                select(func.count())
                .select_from(AssessmentScore)
                .where(AssessmentScore.assessment_id == assessment_id)
            )
        assert counter >= top  # no change number can be handed out twice
        return {
            "answer": services.assessments.answers(assessment_id).get(question_id),
            "position": services.assessments.get(assessment_id).current_question_id,
            "status": services.assessments.get(assessment_id).summary.status,
            "scored": scored,
        }
    finally:
        store.close()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pattern", "nth"),
    [
        ("UPDATE COUNTERS", 1),
        ("UPDATE ASSESSMENTS", 1),  # where the session is
        ("INSERT INTO RESPONSES", 1),
        ("COMMIT", 1),
    ],
)
def test_an_answer_killed_while_saved_is_there_whole_or_not_at_all(
    tmp_path: Path, draft: tuple[Path, str, str, str], pattern: str, nth: int
) -> None:
    source, assessment_id, _answered, question_id = draft
    folder = tmp_path / "data"
    shutil.copytree(source, folder)
    before = _held(folder, assessment_id, question_id)
    assert before["answer"] is None and before["position"] != question_id

    run_killed(ANSWER, pattern, nth, folder, assessment_id, question_id, "answer")

    found = _held(folder, assessment_id, question_id)
    assert found == before or (found["answer"] == 3 and found["position"] == question_id)
    store = open_store(folder)  # the worker gives the answer again and goes on
    try:
        Services(store).assessments.record_answer(assessment_id, question_id, 4)
    finally:
        store.close()
    assert _held(folder, assessment_id, question_id)["answer"] == 4


@pytest.mark.slow
@pytest.mark.parametrize(
    ("pattern", "nth"),
    [("UPDATE ASSESSMENTS", 1), ("INSERT INTO ASSESSMENT_SCORES", 1), ("COMMIT", 1)],
)
def test_completing_killed_midway_happened_whole_or_not_at_all(
    tmp_path: Path, draft: tuple[Path, str, str, str], pattern: str, nth: int
) -> None:
    source, assessment_id, answered, _next = draft
    folder = tmp_path / "data"
    shutil.copytree(source, folder)

    run_killed(ANSWER, pattern, nth, folder, assessment_id, answered, "complete")

    found = _held(folder, assessment_id, answered)
    assert found["answer"] == 2
    assert (found["status"], found["scored"]) in (("draft", 0), ("completed", 1))
