"""Loading forms from YAML: every question type, and every mistake named with its path and line."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from form_helpers import form_text, line_of, rating, section

import forms
from forms import FormDefinition, FormError, load_form, load_form_text

ALL_TYPES = form_text(
    section(
        "one",
        rating("q_rating", "help: What a rubric is\nallow_not_applicable: true\n"),
        "- id: q_ynp\n  type: yes_no_partly\n  text: Do we?\n",
        "- id: q_choice\n  type: choice\n  text: Which?\n"
        "  options:\n    - {id: a, label: A, score: 100}\n    - {id: b, label: B, score: 0}\n"
        "    - not_sure\n",
        "- id: q_multi\n  type: multi_choice\n  text: Which ones?\n  max_choices: 2\n"
        "  options:\n    - {id: a, label: A}\n    - {id: b, label: B}\n    - {id: c, label: C}\n",
        "- id: q_number\n  type: number\n  text: How many?\n  min: 0\n  max: 10\n"
        "  unit: people\n  integer: true\n",
        "- id: q_text\n  type: text\n  text: Tell us\n  required: false\n  max_length: 50\n",
        "- id: q_date\n  type: date\n  text: When?\n",
    )
)


def load_error(text: str) -> FormError:
    with pytest.raises(FormError) as caught:
        load_form_text(text, "test.yaml")
    return caught.value


def test_every_question_type_loads_with_its_settings() -> None:
    form = load_form_text(ALL_TYPES, "test.yaml")
    types = [q.type for q in form.sections[0].questions]
    assert types == ["rating", "yes_no_partly", "choice", "multi_choice", "number", "text", "date"]
    rating_q, ynp, choice, multi, number, text, date = form.sections[0].questions
    assert rating_q.levels == ["Not at all", "A little", "Mostly", "Fully"]
    assert rating_q.allow_not_applicable and rating_q.help == "What a rubric is"
    assert [(o.id, o.score) for o in ynp.options or []] == [
        ("yes", 100.0),
        ("partly", 50.0),
        ("no", 0.0),
    ]
    assert [(o.id, o.label, o.score) for o in choice.options or []][-1] == (
        "not_sure",
        "Not sure",
        None,
    )
    assert multi.max_choices == 2 and not multi.is_scored
    assert (number.min, number.max, number.unit, number.integer) == (0, 10, "people", True)
    assert text.required is False and text.max_length == 50
    assert date.type == "date" and not date.is_scored


def test_bare_yes_and_no_options_are_read_as_words_not_booleans() -> None:
    text = form_text(
        section("one", "- id: q_1\n  type: yes_no_partly\n  text: Do we?\n  options: [yes, no]\n")
    )
    form = load_form_text(text, "test.yaml")
    assert [o.id for o in form.sections[0].questions[0].options or []] == ["yes", "no"]


def test_form_defaults_give_the_four_level_scale_and_dont_know() -> None:
    form = load_form_text(form_text(section("one", rating("q_1"))), "test.yaml")
    assert [level.name for level in form.rating_scale] == [
        "Not yet",
        "Getting there",
        "In place",
        "Strong",
    ]
    assert form.dont_know_label == "Don't know"


def test_rating_with_three_levels_names_levels_and_line() -> None:
    text = form_text(
        section(
            "one",
            rating("q_1"),
            "- id: q_2\n  type: rating\n  text: Short rubric\n  levels: [a, b, c]\n",
        )
    )
    error = load_error(text)
    assert error.file == "test.yaml"
    assert error.path == "sections[0].questions[1].levels"
    assert error.line == line_of(text, "levels: [a, b, c]")
    assert "exactly 4 levels" in error.message and "found 3" in error.message
    assert str(error) == (
        f"test.yaml: sections[0].questions[1].levels: line {error.line}: "
        "a rating question needs exactly 4 levels (1-4); found 3"
    )


def test_rating_without_levels_is_refused() -> None:
    text = form_text(section("one", "- id: q_1\n  type: rating\n  text: No rubric\n"))
    error = load_error(text)
    assert error.path == "sections[0].questions[0]"
    assert error.line == line_of(text, "- id: q_1")
    assert "needs 'levels'" in error.message


def test_empty_level_descriptor_names_the_level() -> None:
    text = form_text(
        section(
            "one",
            "- id: q_1\n  type: rating\n  text: T\n  levels:\n    - a\n    - b\n"
            "    - ''\n    - d\n",
        )
    )
    error = load_error(text)
    assert error.path == "sections[0].questions[0].levels[2]"
    assert error.line == line_of(text, "- ''")
    assert "level 3 has no descriptor" in error.message


def test_unknown_question_type_suggests_the_nearest() -> None:
    text = form_text(section("one", rating("q_1"), "- id: q_2\n  type: ratng\n  text: T\n"))
    error = load_error(text)
    assert error.path == "sections[0].questions[1].type"
    assert error.line == line_of(text, "type: ratng")
    assert "unknown question type 'ratng'" in error.message
    assert "did you mean 'rating'" in error.message


def test_duplicate_question_ids_name_both_places() -> None:
    text = form_text(section("one", rating("q_1")), section("two", rating("q_1")))
    error = load_error(text)
    assert error.path == "sections[1].questions[0].id"
    assert error.line == line_of(text, "- id: q_1", occurrence=2)
    assert "used twice" in error.message and "sections[0].questions[0]" in error.message


def test_duplicate_section_ids_are_refused() -> None:
    text = form_text(section("one", rating("q_1")), section("one", rating("q_2")))
    error = load_error(text)
    assert error.path == "sections[1].id"
    assert error.line == line_of(text, "- id: one", occurrence=2)


def test_duplicate_yaml_keys_are_refused_with_their_line() -> None:
    text = form_text(section("one", rating("q_1", "text: Again\n")))
    error = load_error(text)
    assert error.path == "sections[0].questions[0].text"
    assert error.line == line_of(text, "text: Again")
    assert "given twice" in error.message


def test_condition_naming_an_unknown_question_is_refused() -> None:
    text = form_text(section("one", rating("q_1"), rating("q_2", "relevant: q_9 > 2\n")))
    error = load_error(text)
    assert error.path == "sections[0].questions[1].relevant"
    assert error.line == line_of(text, "relevant: q_9 > 2")
    assert "'q_9'" in error.message and "not a question of this form" in error.message


def test_condition_naming_a_later_question_is_refused() -> None:
    text = form_text(
        section("one", rating("q_1", "relevant: q_2 >= 3\n")), section("two", rating("q_2"))
    )
    error = load_error(text)
    assert error.path == "sections[0].questions[0].relevant"
    assert error.line == line_of(text, "relevant: q_2 >= 3")
    assert "comes later" in error.message


def test_condition_naming_its_own_question_in_relevant_is_refused() -> None:
    text = form_text(section("one", rating("q_1", "relevant: q_1 > 1\n")))
    error = load_error(text)
    assert "this question itself" in error.message


def test_condition_may_name_registration_fields() -> None:
    text = form_text(section("one", rating("q_1", 'relevant: legal_form != "unincorporated"\n')))
    form = load_form_text(text, "test.yaml")
    assert form.sections[0].questions[0].relevant == 'legal_form != "unincorporated"'


def test_refused_condition_syntax_is_reported_at_its_line() -> None:
    text = form_text(section("one", rating("q_1"), rating("q_2", "relevant: q_1.real > 1\n")))
    error = load_error(text)
    assert error.path == "sections[0].questions[1].relevant"
    assert error.line == line_of(text, "relevant: q_1.real")
    assert "attribute" in error.message


def test_support_need_on_a_text_question_without_when_is_refused() -> None:
    text = form_text(
        section("one", "- id: q_1\n  type: text\n  text: T\n  support_need: {theme: planning}\n")
    )
    error = load_error(text)
    assert error.path == "sections[0].questions[0].support_need"
    assert error.line == line_of(text, "support_need:")
    assert "non-rated (text) question" in error.message


def test_support_need_on_a_number_question_with_a_when_condition_loads() -> None:
    text = form_text(
        section(
            "one",
            "- id: q_1\n  type: number\n  text: How many trustees?\n"
            "  support_need: {theme: governance, when: q_1 < 3}\n",
        )
    )
    form = load_form_text(text, "test.yaml")
    assert form.sections[0].questions[0].support_need.when == "q_1 < 3"


def test_support_need_answer_that_is_not_an_option_is_refused() -> None:
    text = form_text(
        section(
            "one",
            "- id: q_1\n  type: yes_no_partly\n  text: T\n"
            "  support_need: {theme: funding, answers: [maybe]}\n",
        )
    )
    error = load_error(text)
    assert error.path == "sections[0].questions[0].support_need.answers[0]"
    assert "'maybe' is not an option" in error.message


def test_gateway_on_an_unscored_question_is_refused() -> None:
    text = form_text(section("one", "- id: q_1\n  type: text\n  text: T\n  gateway: true\n"))
    error = load_error(text)
    assert error.path == "sections[0].questions[0].gateway"
    assert error.line == line_of(text, "gateway: true")


def test_field_for_another_type_is_refused() -> None:
    text = form_text(section("one", "- id: q_1\n  type: text\n  text: T\n  levels: [a, b, c, d]\n"))
    error = load_error(text)
    assert error.path == "sections[0].questions[0].levels"
    assert "only for rating questions" in error.message


def test_misspelt_field_gets_a_suggestion() -> None:
    text = form_text(section("one", rating("q_1", "relevent: q_1 > 1\n")))
    error = load_error(text)
    assert error.path == "sections[0].questions[0].relevent"
    assert error.line == line_of(text, "relevent:")
    assert "did you mean 'relevant'" in error.message


def test_missing_required_field_names_its_parent() -> None:
    text = form_text(section("one", "- id: q_1\n  type: rating\n  levels: [a, b, c, d]\n"))
    error = load_error(text)
    assert error.path == "sections[0].questions[0]"
    assert error.line == line_of(text, "- id: q_1")
    assert "'text' is missing" in error.message


def test_unquoted_number_version_is_explained() -> None:
    text = form_text(section("one", rating("q_1"))).replace('version: "1"', "version: 1.0")
    error = load_error(text)
    assert error.path == "version"
    assert error.line == line_of(text, "version: 1.0")
    assert "put it in quotes" in error.message


def test_text_broken_by_a_colon_is_explained() -> None:
    text = form_text(
        section("one", "- id: q_1\n  type: rating\n  text: T\n  levels: [a, b, c, 'x']\n")
    ).replace("'x'", "note: this")
    error = load_error(text)
    assert error.path == "sections[0].questions[0].levels[3]"
    assert "quotes" in error.message


def test_bad_yaml_syntax_gives_the_line() -> None:
    text = form_text(section("one", rating("q_1"))) + "  - id: [unclosed\n"
    error = load_error(text)
    assert error.path == ""
    assert error.line is not None and error.line >= line_of(text, "[unclosed")
    assert "not valid" in error.message
    assert str(error).startswith("test.yaml: line ")


def test_tab_indentation_is_explained() -> None:
    error = load_error("id: x\n\tversion: '1'\n")
    assert error.line == 2
    assert "tab" in error.message


def test_a_file_that_is_not_a_mapping_is_refused() -> None:
    error = load_error("- just\n- a list\n")
    assert "mapping" in error.message


def test_empty_file_is_refused() -> None:
    assert "empty" in load_error("# nothing here\n").message


def test_every_problem_is_collected_in_file_order() -> None:
    text = form_text(
        section(
            "one",
            "- id: q_1\n  type: rating\n  text: T\n  levels: [a]\n",
            "- id: q_2\n  type: rating\n  text: T\n  levels: [a, b]\n",
        )
    )
    error = load_error(text)
    assert [p.path for p in error.problems] == [
        "sections[0].questions[0].levels",
        "sections[0].questions[1].levels",
    ]


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(8):
        name, previous = chr(98 + i), chr(97 + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    bomb = "\n".join(lines) + "\nsections: *i\n"
    started = time.perf_counter()
    error = load_error(bomb)
    assert time.perf_counter() - started < 2
    assert "too many values" in error.message


def test_deeply_nested_yaml_is_refused() -> None:
    error = load_error("sections: " + "[" * 3000 + "]" * 3000 + "\n")
    assert "nested too deeply" in error.message


def test_load_form_reads_a_real_file_and_names_it(tmp_path: Path) -> None:
    path = tmp_path / "my-form.yaml"
    path.write_text(form_text(section("one", rating("q_1"))).replace("[Not at all, ", "["))
    with pytest.raises(FormError) as caught:
        load_form(path)
    assert caught.value.file == "my-form.yaml"
    assert str(caught.value).startswith("my-form.yaml: sections[0].questions[0].levels: line ")


def test_missing_file_is_a_form_error(tmp_path: Path) -> None:
    with pytest.raises(FormError, match="no such file"):
        load_form(tmp_path / "absent.yaml")


def test_definition_round_trips_through_its_json_dump() -> None:
    form = load_form_text(ALL_TYPES, "test.yaml")
    dumped = form.model_dump(mode="json")
    again = FormDefinition.model_validate(json.loads(json.dumps(dumped)))
    assert again == form
    assert again.model_dump(mode="json") == dumped


def test_model_validate_of_a_broken_json_definition_is_refused() -> None:
    dumped = load_form_text(ALL_TYPES, "test.yaml").model_dump(mode="json")
    dumped["sections"][0]["questions"][0]["levels"] = ["only one"]
    with pytest.raises(ValueError, match=r"sections\[0\]\.questions\[0\]\.levels"):
        FormDefinition.model_validate(dumped)


def test_json_schema_accepts_the_shipped_style_and_lists_question_types() -> None:
    schema = forms.form_json_schema()
    assert schema["$schema"].startswith("https://json-schema.org/")
    question = schema["$defs"]["Question"]["properties"]
    assert set(question["type"]["enum"]) == {
        "rating",
        "yes_no_partly",
        "choice",
        "multi_choice",
        "number",
        "text",
        "date",
    }
    json.dumps(schema)


def test_shipped_forms_honour_the_resources_override(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "forms").mkdir()
    (tmp_path / "forms" / "mine.yaml").write_text(form_text(section("one", rating("q_1"))))
    monkeypatch.setenv("GAPKIT_RESOURCES_DIR", str(tmp_path))
    assert list(forms.shipped_forms()) == ["test-form"]


def test_json_schema_accepts_the_shipped_files_and_rejects_a_bad_type() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    validator = jsonschema.Draft202012Validator(forms.form_json_schema())
    for path in sorted((forms.resources_dir() / "forms").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert [e.message for e in validator.iter_errors(data)] == [], path.name
        data["sections"][0]["questions"][0]["type"] = "ratng"
        assert any("ratng" in e.message for e in validator.iter_errors(data))


def test_condition_comparing_with_a_misspelt_option_is_refused() -> None:
    text = form_text(
        section(
            "one",
            "- id: q_1\n  type: yes_no_partly\n  text: T\n",
            rating("q_2", "relevant: q_1 in ['yes', 'partyl']\n"),
        )
    )
    error = load_error(text)
    assert error.path == "sections[0].questions[1].relevant"
    assert error.line == line_of(text, "relevant: q_1 in")
    assert '"partyl", which is not one of its answers (yes, partly, no)' in error.message


def _shipped_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, text: str) -> Path:
    """A resources folder holding one form, the cache in its own folder, nothing parsed yet."""
    from forms import loader

    (tmp_path / "resources" / "forms").mkdir(parents=True)
    form_file = tmp_path / "resources" / "forms" / "mine.yaml"
    form_file.write_text(text, encoding="utf-8")
    monkeypatch.setenv("GAPKIT_RESOURCES_DIR", str(tmp_path / "resources"))
    monkeypatch.setenv("GAPKIT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(loader, "_PARSED", {})
    return form_file


def test_a_shipped_form_is_read_back_from_the_cache_as_the_file_gives_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forms import loader

    _shipped_folder(tmp_path, monkeypatch, ALL_TYPES)
    parsed = forms.shipped_forms()["test-form"]
    expected_json = load_form_text(ALL_TYPES, "x").model_dump(mode="json")
    cached_files = list((tmp_path / "cache" / "forms").glob("*.json"))
    assert len(cached_files) == 1

    monkeypatch.setattr(loader, "_PARSED", {})
    monkeypatch.setattr(loader, "parse_yaml_with_lines", None)  # the YAML must not be parsed
    from_cache = forms.shipped_forms()["test-form"]
    assert from_cache == parsed
    assert from_cache.model_dump(mode="json") == expected_json


def test_an_edited_shipped_form_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forms import loader

    form_file = _shipped_folder(tmp_path, monkeypatch, ALL_TYPES)
    forms.shipped_forms()
    form_file.write_text(ALL_TYPES.replace("Do we?", "Do we now?"), encoding="utf-8")
    monkeypatch.setattr(loader, "_PARSED", {})
    questions = {q.id: q for _, q in forms.shipped_forms()["test-form"].questions()}
    assert questions["q_ynp"].text == "Do we now?"
    # The new version's data replaced the old version's: the cache does not grow with edits.
    (cached,) = (tmp_path / "cache" / "forms").glob("*.json")
    assert "Do we now?" in cached.read_text(encoding="utf-8")


def test_a_damaged_or_wrong_cache_entry_falls_back_to_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from forms import loader

    _shipped_folder(tmp_path, monkeypatch, ALL_TYPES)
    expected = forms.shipped_forms()["test-form"]
    (cached,) = (tmp_path / "cache" / "forms").glob("*.json")
    for damage in ("{not json", json.dumps({"id": "test-form", "sections": "none"})):
        cached.write_text(damage, encoding="utf-8")
        monkeypatch.setattr(loader, "_PARSED", {})
        assert forms.shipped_forms()["test-form"] == expected
    # The full parse wrote the good data back.
    assert json.loads(cached.read_text(encoding="utf-8"))["id"] == "test-form"


def test_a_broken_shipped_form_names_its_line_and_is_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = ALL_TYPES.replace("type: yes_no_partly", "type: yes_no_partyl")
    _shipped_folder(tmp_path, monkeypatch, broken)
    with pytest.raises(FormError) as caught:
        forms.shipped_forms()
    assert caught.value.line == line_of(broken, "type: yes_no_partyl")
    assert not list((tmp_path / "cache" / "forms").glob("*.json"))  # only good data is kept
