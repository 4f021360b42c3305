"""Demo assessments: realistic health checks and CAT readiness assessments over three years.

Each demo organisation gets a capability that grows over time, so repeated assessments of the
same organisation show change. Group sessions get participants whose ratings scatter around
what the group then agrees; some statements are marked for discussion, some carry notes, and
completed assessments get an action plan drawn from their support needs.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select

from desktop.registration.choices import REGISTRATION_FIELDS
from desktop.services import Services
from desktop.services.assessments import ROLES, ensure_form_snapshot, response_id
from desktop.services.scores import ScoreService
from desktop.store.db import in_chunks
from desktop.store.models import (
    ActionItem,
    Assessment,
    Organisation,
    Participant,
    Response,
)
from desktop.store.records import RecordWriter
from forms.answers import DONT_KNOW, validate_answer
from forms.models import FormDefinition, Question
from forms.scoring import score_assessment, visible_questions, with_stage

VENUES = (
    "St Paul's church hall, Mirfield",
    "Batley Community Centre",
    "Ravensthorpe Mosque community room",
    "Dewsbury Town Hall, committee room 2",
    "Holmfirth Civic Hall",
    "Greenhead Park café",
    "Chickenley Community Centre",
    "Cleckheaton Library meeting room",
    "Deighton Centre",
    "Marsden Mechanics Hall",
)
FACILITATORS = ("Sam Hirst", "Priya Kaur", "Tomasz Nowak", "Aisha Rahman", "Jo Barraclough")
NOTES = (
    "Treasurer keeps a spreadsheet; needs a second person to check it.",
    "Agreed after a good discussion: newer volunteers did not know this existed.",
    "Policy exists but was last looked at in 2019.",
    "Strong here — they help two other groups with this.",
    "Committee want help with this from Third Sector Leaders.",
    "Evidence: minutes from the last three meetings shown.",
    "Not sure who holds the documents since the secretary left.",
    "Ward councillor visited last month.",
)
ACTION_WHO = ("Chair", "Treasurer", "Secretary", "Volunteer coordinator", "Whole committee")
TEXT_ANSWERS = (
    "More volunteers for the Saturday sessions.",
    "A reliable place to meet all year round.",
    "Help with a funding bid for the kitchen.",
    "The old library building on the high street.",
    "Lunch club, youth club and a community café.",
)


def _rating_for(rng: random.Random, capability: float) -> int:
    return max(1, min(4, round(rng.gauss(capability, 0.7))))


def _answer_for(question: Question, rng: random.Random, capability: float) -> Any:
    """A plausible answer for one question from an organisation of this capability."""
    if rng.random() < 0.03 and not question.gateway:
        return DONT_KNOW
    kind = question.type
    if kind == "rating":
        return _rating_for(rng, capability)
    if kind in ("yes_no_partly", "choice"):
        options = question.options or []
        scored = [o for o in options if o.score is not None]
        if scored and rng.random() < 0.9:
            target = (capability - 1) / 3 * 100 + rng.gauss(0, 25)
            return min(scored, key=lambda o: abs((o.score or 0) - target)).id
        return rng.choice(options).id
    if kind == "multi_choice":
        options = question.options or []
        low = question.min_choices or 0
        high = question.max_choices or min(3, len(options))
        count = rng.randint(max(low, 1 if low else 0), max(low, min(high, len(options))))
        return [o.id for o in rng.sample(options, count)]
    if kind == "number":
        least: float = question.min if question.min is not None else 0
        most: float = question.max if question.max is not None else 20
        value = rng.uniform(max(least, 1), min(most, max(least, 1) + 12))
        return int(value) if question.integer else round(value, 1)
    if kind == "text":
        return rng.choice(TEXT_ANSWERS)
    if kind == "date":
        return (date(2025, 1, 1) + timedelta(days=rng.randint(0, 700))).isoformat()
    raise ValueError(f"no demo answer for question type {kind}")


def _answers(
    form: FormDefinition, rng: random.Random, capability: float, registration: dict[str, Any]
) -> dict[str, Any]:
    section_bias = {section.id: rng.gauss(0, 0.5) for section in form.sections}
    answers: dict[str, Any] = {}
    for section, question in form.questions():
        value = _answer_for(question, rng, capability + section_bias[section.id])
        answers[question.id] = validate_answer(question, value)
    shown = {q.id for q in visible_questions(form, answers, registration)}
    return {qid: value for qid, value in answers.items() if qid in shown}


def _stage_for(form: FormDefinition, rng: random.Random, days_ago: int) -> str | None:
    """A CAT stage that moves on with time: older assessments are earlier in the transfer.
    A health check covers the key statements about as often as the full check."""
    if not form.stages:
        return None
    if form.kind != "cat_readiness":
        return rng.choice(form.stages).id
    progress = 1 - days_ago / (3 * 365) + rng.uniform(-0.25, 0.25)
    index = max(0, min(len(form.stages) - 1, int(progress * len(form.stages))))
    return form.stages[index].id


def add_demo_assessments(
    services: Services,
    count: int,
    seed: int = 0,
    progress: Callable[[int, int], None] | None = None,
    completed_share: float = 0.85,
) -> int:
    """Add `count` assessments across the register, in bulk (one transaction)."""
    rng = random.Random(seed)
    forms = services.assessments.available_forms()
    store = services.store
    with store.session() as session:
        organisations = (
            session.execute(select(Organisation).where(Organisation.deleted_at.is_(None)))
            .scalars()
            .all()
        )
        if not organisations:
            raise ValueError("Register some organisations first (gapkit demo --orgs N).")
        registrations = {
            org.id: {name: getattr(org, name) for name in REGISTRATION_FIELDS}
            for org in organisations
        }
        organisation_ids = [org.id for org in organisations]
    now = datetime.now(UTC)
    writer_device = store.device_id
    made = 0
    with store.session() as session:
        writer = RecordWriter(session, writer_device)
        snapshots = {
            kind: ensure_form_snapshot(session, writer, form) for kind, form in forms.items()
        }

        # Each organisation gets a series of assessments over the last three years.
        capability = {org_id: rng.uniform(1.4, 3.2) for org_id in organisation_ids}
        rows: dict[type, list[dict[str, Any]]] = {
            Assessment: [],
            Participant: [],
            Response: [],
            ActionItem: [],
        }
        for index in range(count):
            org_id = rng.choice(organisation_ids)
            kind = "cat_readiness" if rng.random() < 0.35 else "health_check"
            form = forms[kind]
            mode = "group" if rng.random() < 0.12 else "facilitated"
            days_ago = rng.randint(3, 3 * 365)
            started = (now - timedelta(days=days_ago, minutes=rng.randint(0, 600))).replace(
                microsecond=0
            )
            # Groups grow stronger over time: up to +0.8 of a level across three years.
            level = capability[org_id] + 0.8 * (1 - days_ago / (3 * 365))
            completed = rng.random() < completed_share
            stage = _stage_for(form, rng, days_ago)
            context = with_stage(form, registrations[org_id], stage)
            answers = _answers(form, rng, level, context)
            if not completed:
                keep = rng.randint(3, max(3, len(answers) - 1))
                answers = dict(list(answers.items())[:keep])
            assessment_row = writer.new_row(
                {
                    "organisation_id": org_id,
                    "form_snapshot_id": snapshots[kind],
                    "form_id": form.id,
                    "form_version": form.version,
                    "kind": kind,
                    "mode": mode,
                    "venue": rng.choice(VENUES),
                    "facilitator": rng.choice(FACILITATORS),
                    "status": "completed" if completed else "draft",
                    "consent_given": True,
                    "consent_at": started,
                    "started_at": started,
                    "completed_at": started + timedelta(minutes=75) if completed else None,
                    "current_question_id": next(reversed(answers), None),
                    "notes": None,
                    "cat_stage": stage,
                },
                at=started,
            )
            assessment_id = assessment_row["id"]
            rows[Assessment].append(assessment_row)
            people: list[str] = []
            if mode == "group":
                for position in range(rng.randint(3, 6)):
                    row = writer.new_row(
                        {
                            "assessment_id": assessment_id,
                            "label": f"P{position + 1}",
                            "role": rng.choice(ROLES),
                            "position": position,
                        },
                        at=started,
                    )
                    rows[Participant].append(row)
                    people.append(row["id"])
            moment = started
            for question_id, value in answers.items():
                moment += timedelta(seconds=rng.randint(20, 120))
                question = form.question(question_id)
                note = rng.choice(NOTES) if rng.random() < 0.08 else None
                if people and question.type == "rating" and isinstance(value, int):
                    for participant_id in people:
                        rating = max(1, min(4, value + rng.choice((-1, 0, 0, 0, 1, 1, -2))))
                        rows[Response].append(
                            writer.new_row(
                                {
                                    "assessment_id": assessment_id,
                                    "question_id": question_id,
                                    "participant_id": participant_id,
                                    "value": rating,
                                    "dont_know": False,
                                    "note": None,
                                },
                                record_id=response_id(assessment_id, question_id, participant_id),
                                at=moment,
                            )
                        )
                dont_know = value is DONT_KNOW
                rows[Response].append(
                    writer.new_row(
                        {
                            "assessment_id": assessment_id,
                            "question_id": question_id,
                            "participant_id": None,
                            "value": None if dont_know else value,
                            "dont_know": dont_know,
                            "note": note,
                        },
                        record_id=response_id(assessment_id, question_id, None),
                        at=moment,
                    )
                )
            if completed:
                result = score_assessment(form, answers, registrations[org_id], stage=stage)
                for position, need in enumerate(result.support_needs[: rng.randint(1, 4)]):
                    offer = need.offers[0].text if need.offers else None
                    due = (started + timedelta(days=rng.randint(30, 180))).date()
                    rows[ActionItem].append(
                        writer.new_row(
                            {
                                "assessment_id": assessment_id,
                                "organisation_id": org_id,
                                "what": f"Get support with {need.theme}",
                                "who": rng.choice(ACTION_WHO),
                                "due_date": due,
                                "support_offer": offer,
                                "theme": need.theme,
                                "source_id": need.question_ids[0] if need.question_ids else None,
                                "status": "done"
                                if due < now.date() and rng.random() < 0.6
                                else "todo",
                                "position": position,
                            },
                            at=started + timedelta(minutes=80),
                        )
                    )
            made += 1
            if progress and index % 50 == 0:
                progress(index, count)
        for model in (Assessment, Participant, Response, ActionItem):
            batch = rows[model]
            for chunk in in_chunks(batch):
                session.execute(insert(model), chunk)
    # Written in bulk, so their stored results are made here rather than on completion.
    ScoreService(store).score_missing()
    if progress:
        progress(count, count)
    return made


# What a council reviewer writes when work needs another look (the worker sees it).
ISSUE_COMMENTS = (
    "The finance section has no answers: please go through it with the treasurer.",
    "Several statements are marked “don't know”: check them with the chair and send it again.",
    "The safeguarding action has no one named to do it.",
    "The date of the session looks wrong (before the group was set up).",
    "The participants' roles are all “member”: were any trustees there?",
)
DEMO_REVIEWER = "Sam Reviewer (GAP team)"


def add_demo_reviews(
    services: Services, *, seed: int, approved_share: float = 0.85, issues: int = 3
) -> tuple[int, int]:
    """A council's review of the demo work: most completed assessments approved, a few marked
    "has issues" with a comment, the rest left received. Council mode only (a laptop reviews
    nothing). Returns (approved, has issues)."""
    completed = sorted(a.id for a in services.assessments.list_summaries(status="completed"))
    if not completed:
        return 0, 0
    rng = random.Random(seed)
    rng.shuffle(completed)
    flagged = completed[: min(issues, max(0, len(completed) - 1))]
    rest = completed[len(flagged) :]
    approved = rest[: round(len(rest) * approved_share)]
    reviews = services.reviews
    if approved:
        reviews.set_state(approved, "approved", author=DEMO_REVIEWER)
    for number, assessment_id in enumerate(flagged):
        reviews.set_state(
            [assessment_id],
            "has-issues",
            comment=ISSUE_COMMENTS[number % len(ISSUE_COMMENTS)],
            author=DEMO_REVIEWER,
        )
    return len(approved), len(flagged)
