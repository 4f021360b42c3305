"""Reading back who rated what in a group session, from the responses the service stores."""

from __future__ import annotations

from typing import Any

from desktop.services.assessments import AssessmentService


def ratings_by_participant(
    assessments: AssessmentService, assessment_id: str
) -> dict[str, dict[str, Any]]:
    """Each participant's rating per statement: question id -> label -> level/DONT_KNOW."""
    labels = {
        p.id: p.label for p in assessments.get(assessment_id, include_deleted=True).participants
    }
    ratings: dict[str, dict[str, Any]] = {}
    for answer in assessments.responses(assessment_id):
        if answer.participant_id not in labels:
            continue  # the agreed answer, or a participant removed since
        if answer.value is None and not answer.dont_know:
            continue
        ratings.setdefault(answer.question_id, {})[labels[answer.participant_id]] = answer.value
    return ratings
