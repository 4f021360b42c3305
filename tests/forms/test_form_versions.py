"""Form versions: what changed, the snapshot fingerprint, and exact JSON round trips."""

from __future__ import annotations

import json

import pytest
from form_helpers import form_text, rating, section

from forms import FormDefinition, compare_forms, form_sha256, load_form_text, shipped_forms
from forms.loader import FormError
from forms.versions import answer_sources

OLD = form_text(section("one", rating("q_1"), rating("q_2")), section("two", rating("q_3")))


def test_identical_forms_have_an_empty_diff_and_the_same_fingerprint() -> None:
    old = load_form_text(OLD, "old.yaml")
    new = load_form_text(OLD, "new.yaml")
    diff = compare_forms(old, new)
    assert diff.is_empty and diff.summary_lines() == []
    assert form_sha256(old) == form_sha256(new)


def test_added_removed_and_changed_questions_are_reported_with_what_changed() -> None:
    old = load_form_text(OLD, "old.yaml")
    changed_text = form_text(
        section("one", rating("q_1", text="A clearer statement"), rating("q_4")),
        section("two", rating("q_3", "weight: 2\ngateway: true\n")),
    ).replace('version: "1"', 'version: "2"')
    new = load_form_text(changed_text, "new.yaml")
    diff = compare_forms(old, new)
    assert (diff.old_version, diff.new_version) == ("1", "2")
    assert [q.id for q in diff.added] == ["q_4"]
    assert [q.id for q in diff.removed] == ["q_2"]
    changes = {c.id: {f.field: (f.old, f.new) for f in c.changes} for c in diff.changed}
    assert changes["q_1"] == {"text": ("A statement", "A clearer statement")}
    assert changes["q_3"] == {"weight": (1.0, 2.0), "gateway": (False, True)}
    assert "one" in diff.sections_changed
    assert any(line.startswith("new question q_4") for line in diff.summary_lines())
    assert form_sha256(old) != form_sha256(new)


def test_a_question_moved_to_another_section_is_a_change() -> None:
    old = load_form_text(OLD, "old.yaml")
    moved = load_form_text(
        form_text(section("one", rating("q_1")), section("two", rating("q_2"), rating("q_3"))),
        "moved.yaml",
    )
    diff = compare_forms(old, moved)
    changes = {c.id: [f.field for f in c.changes] for c in diff.changed}
    assert changes == {"q_2": ["section"]}


def test_shipped_forms_round_trip_their_json_dump_exactly() -> None:
    for form in shipped_forms().values():
        dumped = form.model_dump(mode="json")
        reloaded = FormDefinition.model_validate(json.loads(json.dumps(dumped)))
        assert reloaded.model_dump(mode="json") == dumped
        assert form_sha256(reloaded) == form_sha256(form) == form_sha256(dumped)


def test_answers_follow_the_same_id_or_the_question_that_replaces_it() -> None:
    old = load_form_text(OLD, "old.yaml")
    new = load_form_text(
        form_text(
            section("one", rating("q_1"), rating("q_2_reworded", "replaces: q_2\n")),
            section("two", rating("q_new")),
        ).replace('version: "1"', 'version: "2"'),
        "new.yaml",
    )
    assert answer_sources(old, new) == {"q_1": "q_1", "q_2_reworded": "q_2"}
    diff = compare_forms(old, new)
    assert "new question q_2_reworded (answers of q_2 move here): A statement" in (
        diff.summary_lines()
    )
    # a form that replaces nothing dumps without the field: fingerprints do not change
    assert "replaces" not in json.dumps(old.model_dump(mode="json"))
    assert new.question("q_2_reworded").replaces == "q_2"


def test_replaces_must_name_an_id_the_form_no_longer_uses_and_only_once() -> None:
    still_used = form_text(section("one", rating("q_1"), rating("q_2", "replaces: q_1\n")))
    with pytest.raises(FormError, match="'q_1' is still a question of this form"):
        load_form_text(still_used, "still.yaml")
    twice = form_text(
        section("one", rating("q_a", "replaces: q_old\n"), rating("q_b", "replaces: q_old\n"))
    )
    with pytest.raises(FormError, match="already replaced by 'q_a'"):
        load_form_text(twice, "twice.yaml")
