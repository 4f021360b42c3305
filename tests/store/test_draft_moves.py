"""Moving a draft to the new version of its form that a field pack brought.

The new version is made from the shipped health check (whatever its version and questions):
one statement reworded under a new id with `replaces`, one removed, one option taken away,
and a new required statement. Real data folders, a real council, real bundles and packs.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from desktop.errors import UserError
from forms.models import FormDefinition
from tests.ratings import ratings_by_participant
from tests.store.sync_helpers import Council, Laptop, trust_council

NEW_VERSION = "99.0"  # a version the shipped form will not reach
NEW_QUESTION = "new_in_this_version"
HIDDEN_NEW_QUESTION = "new_and_hidden_in_this_version"
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class NewVersion:
    """The council's resources folder holding the new version, and what changed in it."""

    resources: Path
    kept: str  # a rating statement both versions ask
    renamed_from: str
    renamed_to: str
    removed: str
    narrowed: str  # a question one of whose options is gone
    gone_option: str


def _unreferenced(form: FormDefinition, question_id: str) -> bool:
    """Whether no other part of the form (conditions, stages) names the question."""
    text = json.dumps(form.model_dump(mode="json"))
    return text.count(f'"{question_id}"') == 1 and f"{question_id} " not in text


def make_new_version(tmp_path: Path, form: FormDefinition) -> NewVersion:
    """A copy of the resources whose health check is a new version of `form`."""
    ratings = [
        q
        for _s, q in form.questions()
        if q.type == "rating" and q.relevant is None and _unreferenced(form, q.id)
    ]
    with_options = [
        q
        for _s, q in form.questions()
        if q.type in ("yes_no_partly", "choice")
        and q.relevant is None
        and q.options
        and len(q.options) > 2
        and _unreferenced(form, q.id)
    ]
    assert len(ratings) >= 3 and with_options, "the shipped form changed shape"
    kept, renamed, removed = ratings[0], ratings[1], ratings[2]
    narrowed = with_options[0]
    assert narrowed.options is not None
    gone = narrowed.options[0].id

    data = form.model_dump(mode="json")
    data["version"] = NEW_VERSION
    for section in data["sections"]:
        questions = []
        for question in section["questions"]:
            if question["id"] == removed.id:
                continue
            if question["id"] == renamed.id:
                question = {
                    **question,
                    "id": f"{renamed.id}_reworded",
                    "replaces": renamed.id,
                    "text": f"{str(renamed.text).rstrip('.')}, and we have written it down.",
                }
            if question["id"] == narrowed.id:
                question = {
                    **question,
                    "options": [o for o in question["options"] if o["id"] != gone],
                }
            questions.append(question)
        section["questions"] = questions
    first = data["sections"][0]
    first["questions"].append(
        {
            "id": NEW_QUESTION,
            "type": "rating",
            "text": "We have a written plan for the next three years.",
            "levels": [str(level) for level in kept.levels or ["1", "2", "3", "4"]],
            "required": True,
        }
    )
    # and one this group is not asked (shown only after the lowest rating of a statement
    # it rates 4): never flagged for it
    data["sections"][-1]["questions"].append(
        {
            "id": HIDDEN_NEW_QUESTION,
            "type": "rating",
            "text": "We have asked for help with this.",
            "levels": [str(level) for level in kept.levels or ["1", "2", "3", "4"]],
            "required": True,
            "relevant": f"{kept.id} == 1",
        }
    )
    resources = tmp_path / "council-resources"
    shutil.copytree(REPO / "resources", resources)
    files = list((resources / "forms").glob("*.yaml"))
    (target,) = [f for f in files if yaml.safe_load(f.read_text("utf-8"))["id"] == form.id]
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return NewVersion(
        resources, kept.id, renamed.id, f"{renamed.id}_reworded", removed.id, narrowed.id, gone
    )


@pytest.fixture
def council(tmp_path: Path):
    made = Council(tmp_path)
    yield made
    made.close()


@pytest.fixture
def laptop(tmp_path: Path):
    made = Laptop.make(tmp_path, "Field laptop 1")
    yield made
    made.close()


def draft_with_answers(laptop: Laptop, change: NewVersion) -> tuple[str, dict[str, Any]]:
    (org,) = laptop.register(1, seed=61)
    assessments = laptop.services.assessments
    draft = assessments.start(org, "health_check", consent_given=True)
    assessments.record_answer(draft.id, change.kept, 4, note="Agreed after a long talk")
    assessments.record_answer(draft.id, change.renamed_from, 3, note="Minutes show it")
    assessments.record_answer(draft.id, change.removed, 2)
    assessments.record_answer(draft.id, change.narrowed, change.gone_option)
    return draft.id, assessments.answers(draft.id)


def bring_new_version(
    laptop: Laptop, council: Council, change: NewVersion, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:
        patch.setenv("GAPKIT_RESOURCES_DIR", str(change.resources))
        pack = council.pack(device_id=laptop.device_id)
    summary = laptop.services.imports.import_pack(pack)
    assert summary.status == "merged", summary.message


def test_a_moved_draft_keeps_every_answer_whose_question_survived_and_the_council_follows(
    tmp_path: Path, laptop: Laptop, council: Council, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = laptop.services.assessments.available_forms()["health_check"]
    change = make_new_version(tmp_path, shipped)
    draft, before = draft_with_answers(laptop, change)
    trust_council(laptop, council)
    council.receive(laptop.export())  # the council holds the draft on the old version
    bring_new_version(laptop, council, change, monkeypatch)

    moves = laptop.services.draft_moves
    offer = moves.offer(draft)
    assert offer is not None
    assert (offer.from_version, offer.to_version) == (shipped.version, NEW_VERSION)
    assert offer.kept == 1
    assert [(a.id, b.id) for a, b in offer.renamed] == [(change.renamed_from, change.renamed_to)]
    assert {(a.question_id, a.reason) for a in offer.left_behind} == {
        (change.removed, "removed"),
        (change.narrowed, "changed"),
    }
    assert [q.id for q in offer.new_required] == [NEW_QUESTION]

    moves.move(draft, offer.to_sha256)
    assessments = laptop.services.assessments
    assert assessments.get(draft).summary.form_version == NEW_VERSION
    assert assessments.form_for(draft).version == NEW_VERSION
    after = assessments.answers(draft)
    new_form = assessments.form_for(draft)
    survived = {q.id for _s, q in new_form.questions()}
    # every answer whose question survived (and still fits) is kept, the renamed one moved
    for question_id, value in before.items():
        if question_id in survived and question_id != change.narrowed:
            assert after[question_id] == value
    assert after[change.renamed_to] == before[change.renamed_from]
    assert assessments.results(draft).notes[change.renamed_to] == "Minutes show it"
    assert assessments.results(draft).notes[change.kept] == "Agreed after a long talk"
    assert set(after) == {change.kept, change.renamed_to}

    earlier = {a.question_id: a for a in moves.earlier_answers(draft)}
    assert set(earlier) == {change.removed, change.narrowed}
    assert earlier[change.removed].answer == "Level 2"
    assert earlier[change.removed].text == str(shipped.question(change.removed).text)
    assert earlier[change.narrowed].reason == "changed"
    assert NEW_QUESTION in assessments.review(draft).unanswered_required
    assert NEW_QUESTION in moves.new_questions(draft)
    assert change.kept not in moves.new_questions(draft)
    assert moves.offer(draft) is None  # already on the current version

    # the move travels: the council held the draft on the old version and follows it
    council.receive(laptop.export())
    at_council = council.services.assessments
    assert at_council.get(draft).summary.form_version == NEW_VERSION
    assert at_council.answers(draft) == after
    assert {a.question_id for a in council.services.draft_moves.earlier_answers(draft)} == set(
        earlier
    )
    # the moved draft completes and scores on the new version (no answer to an unknown id)
    assessments.record_answer(draft, NEW_QUESTION, 3)
    assessments.complete(draft, allow_unanswered_required=True)
    assert assessments.results(draft).result.form_version == NEW_VERSION


def test_only_drafts_move_and_a_stale_offer_is_refused(
    tmp_path: Path, laptop: Laptop, council: Council, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = laptop.services.assessments.available_forms()["health_check"]
    change = make_new_version(tmp_path, shipped)
    draft, _before = draft_with_answers(laptop, change)
    assert laptop.services.draft_moves.offer(draft) is None  # no newer version yet
    trust_council(laptop, council)
    bring_new_version(laptop, council, change, monkeypatch)
    offer = laptop.services.draft_moves.offer(draft)
    assert offer is not None
    with pytest.raises(UserError, match="changed since the move was offered"):
        laptop.services.draft_moves.move(draft, "0" * 64)
    assert laptop.services.assessments.get(draft).summary.form_version == shipped.version

    laptop.services.assessments.complete(draft, allow_unanswered_required=True)
    assert laptop.services.draft_moves.offer(draft) is None
    with pytest.raises(UserError):
        laptop.services.draft_moves.move(draft, offer.to_sha256)
    assert laptop.services.assessments.get(draft).summary.form_version == shipped.version


def test_a_group_drafts_own_ratings_follow_the_renamed_statement(
    tmp_path: Path, laptop: Laptop, council: Council, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = laptop.services.assessments.available_forms()["health_check"]
    change = make_new_version(tmp_path, shipped)
    (org,) = laptop.register(1, seed=62)
    assessments = laptop.services.assessments
    draft = assessments.start(
        org,
        "health_check",
        "group",
        consent_given=True,
        participants=[("P1", "trustee"), ("P2", "volunteer")],
    )
    p1, p2 = (p.id for p in assessments.get(draft.id).participants)
    assessments.record_answer(draft.id, change.renamed_from, 2, participant_id=p1)
    assessments.record_answer(draft.id, change.renamed_from, 4, participant_id=p2)
    assessments.record_answer(draft.id, change.removed, 1, participant_id=p1)
    assessments.record_answer(draft.id, change.renamed_from, 3)
    trust_council(laptop, council)
    bring_new_version(laptop, council, change, monkeypatch)

    offer = laptop.services.draft_moves.offer(draft.id)
    assert offer is not None
    laptop.services.draft_moves.move(draft.id, offer.to_sha256)
    assert ratings_by_participant(assessments, draft.id) == {change.renamed_to: {"P1": 2, "P2": 4}}
    assert assessments.answers(draft.id) == {change.renamed_to: 3}
