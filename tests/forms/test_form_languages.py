"""Texts in several languages: loading, falling back, checking, and the translator's sheet."""

from __future__ import annotations

import copy
import pickle
from pathlib import Path

import pytest
from form_helpers import form_text, line_of, rating, section

from forms import resources_dir
from forms.cli_support import export_translations, import_translations, validate_files
from forms.loader import FormError, load_form, load_form_text, read_form_file
from forms.localised import LocalisedText, is_right_to_left, parse_languages
from forms.support import load_support_offers
from forms.translations import (
    SheetError,
    apply_translations_to_yaml,
    missing_translations,
    question_texts,
    read_translation_sheet,
    text_entries,
    translation_sheet,
    with_translations,
)
from forms.versions import form_sha256

TRANSLATED_QUESTION = """\
- id: q_1
  type: rating
  text: {en: We have a bank account., ur: ہمارا بینک اکاؤنٹ ہے۔, pl: Mamy konto bankowe.}
  help:
    en: "Any account in the group's name: current or savings."
    pl: "Dowolne konto na nazwę grupy: bieżące lub oszczędnościowe."
  levels:
    - {en: No account, ur: کوئی اکاؤنٹ نہیں}
    - Being opened
    - One account
    - Two signatories
"""


def test_plain_strings_mean_english_and_mappings_carry_languages() -> None:
    form = load_form_text(form_text(section("one", TRANSLATED_QUESTION)), "t.yaml")
    question = form.question("q_1")
    assert question.text == "We have a bank account."
    assert isinstance(question.text, str)
    assert question.text.get("ur") == "ہمارا بینک اکاؤنٹ ہے۔"
    assert question.text.get("pa") == "We have a bank account."  # no Punjabi: English
    assert question.text.get(None) == "We have a bank account."
    assert question.text.languages == ("en", "pl", "ur")
    assert question.levels is not None
    assert [level.get("ur") for level in question.levels][:2] == [
        "کوئی اکاؤنٹ نہیں",
        "Being opened",
    ]
    assert form.title.translations == {}


def test_a_form_without_translations_dumps_and_fingerprints_as_before() -> None:
    text = form_text(section("one", rating("q_1")))
    form = load_form_text(text, "t.yaml")
    dumped = form.model_dump(mode="json")
    assert dumped["title"] == "Test form"
    assert dumped["sections"][0]["questions"][0]["levels"][0] == "Not at all"
    # JSON (a stored snapshot) reads back to the same form and fingerprint.
    again = type(form).model_validate(dumped)
    assert again.model_dump(mode="json") == dumped
    assert form_sha256(again) == form_sha256(form)


def test_translations_survive_json_pickle_and_copies() -> None:
    form = load_form_text(form_text(section("one", TRANSLATED_QUESTION)), "t.yaml")
    dumped = form.model_dump(mode="json")
    assert dumped["sections"][0]["questions"][0]["text"] == {
        "en": "We have a bank account.",
        "pl": "Mamy konto bankowe.",
        "ur": "ہمارا بینک اکاؤنٹ ہے۔",
    }
    for copied in (
        type(form).model_validate(dumped),
        pickle.loads(pickle.dumps(form)),
        copy.deepcopy(form),
        form.model_copy(deep=True),
    ):
        assert copied.question("q_1").text.get("pl") == "Mamy konto bankowe."
        assert copied.model_dump(mode="json") == dumped
    untranslated = load_form_text(form_text(section("one", rating("q_1"))), "t.yaml")
    assert form_sha256(untranslated) != form_sha256(form)


def test_two_texts_differing_only_in_a_translation_are_not_equal() -> None:
    first = LocalisedText("Yes", {"ur": "ہاں"})
    assert first == "Yes" and first == LocalisedText("Yes", {"ur": "ہاں"})
    assert first != LocalisedText("Yes", {"ur": "جی"})
    assert first != LocalisedText("Yes")
    assert first.with_translation("ur", None) == LocalisedText("Yes")
    with pytest.raises(ValueError):
        first.with_translation("en", "Aye")


@pytest.mark.parametrize(
    ("text_yaml", "expected"),
    [
        ("{ur: بینک}", "needs its English too"),
        ("{en: Bank, Urdu: بینک}", "'Urdu' is not a language code"),
        ("{en: Bank, ur: 12}", "the 'ur' text should be text, not a number"),
        ("{en: Bank, ur: [a, b]}", "the 'ur' text should be text, not a list"),
    ],
)
def test_a_wrong_translated_text_names_its_path_and_line(text_yaml: str, expected: str) -> None:
    text = form_text(section("one", rating("q_1", text=text_yaml)))
    with pytest.raises(FormError) as caught:
        load_form_text(text, "t.yaml")
    error = caught.value
    assert error.path == "sections[0].questions[0].text"
    assert error.line == line_of(text, "text: {")
    assert expected in error.message


def test_shorthand_options_and_default_labels_come_in_the_shipped_languages() -> None:
    question = "- id: q_1\n  type: yes_no_partly\n  text: Insured?\n  options: [yes, partly, no, not_sure]\n"
    form = load_form_text(form_text(section("one", question)), "t.yaml")
    labels = {o.id: o.label for o in form.question("q_1").options or []}
    assert labels["yes"].get("pl") == "Tak"
    assert labels["no"].get("ur") == "نہیں"
    assert labels["not_sure"].get("pa") == "ਪੱਕਾ ਨਹੀਂ"
    assert form.dont_know_label.get("pl") == "Nie wiem"
    assert form.rating_scale[3].name.get("pa") == "ਮਜ਼ਬੂਤ"


def test_question_texts_picks_one_language_and_says_what_fell_back() -> None:
    form = load_form_text(form_text(section("one", TRANSLATED_QUESTION)), "t.yaml")
    texts = question_texts(form, "q_1", "ur")
    assert texts.text == "ہمارا بینک اکاؤنٹ ہے۔"
    assert texts.help == "Any account in the group's name: current or savings."
    assert texts.levels[0] == "کوئی اکاؤنٹ نہیں"
    assert texts.levels[3] == "Two signatories"
    assert texts.level_names[0] == "ابھی نہیں"
    assert texts.untranslated == ["section_title", "help", "levels.2", "levels.3", "levels.4"]
    polish = question_texts(form, form.question("q_1"), "pl")
    assert polish.help == "Dowolne konto na nazwę grupy: bieżące lub oszczędnościowe."


def test_languages_and_direction() -> None:
    assert parse_languages("en, ur,pa,pl,ur") == ["en", "ur", "pa", "pl"]
    with pytest.raises(ValueError, match="'Urdu' is not a language code"):
        parse_languages("en,Urdu")
    assert is_right_to_left("ur") and is_right_to_left("pa-Arab")
    assert not is_right_to_left("pa") and not is_right_to_left("pl") and not is_right_to_left(None)


# ---------------------------------------------------------------------------------------------
# forms validate --languages


def test_validate_languages_names_every_text_that_lacks_one(tmp_path: Path) -> None:
    path = tmp_path / "partly.yaml"
    text = form_text(section("one", TRANSLATED_QUESTION))
    path.write_text(text, encoding="utf-8")
    status, lines = validate_files([path], languages=["en", "ur"])
    assert status == 1
    line = line_of(text, "title: Test form")
    assert f"partly.yaml: title: line {line}: no Urdu ('ur') text" in lines
    assert any(
        entry.startswith("partly.yaml: sections[0].questions[0].help: line ")
        and entry.endswith("no Urdu ('ur') text")
        for entry in lines
    )
    assert not any("questions[0].text:" in entry for entry in lines)  # it has its Urdu
    assert any("questions[0].levels[1]:" in entry for entry in lines)
    assert not any("questions[0].levels[0]:" in entry for entry in lines)
    # Without --languages the same file is fine.
    assert validate_files([path])[0] == 0


def test_validate_languages_passes_a_fully_translated_form(tmp_path: Path) -> None:
    # Welsh: a language no shipped form carries, so the source surely lacks it.
    form = load_form(resources_dir() / "forms" / "health-check.yaml")
    filled = _translate_everything(form, "cy")
    assert missing_translations(filled, ["en", "cy"]) == []
    assert missing_translations(form, ["en", "cy"])  # the source has untranslated texts


def _translate_everything(model, language):  # type: ignore[no-untyped-def]
    found = {entry.path: f"[{language}] {entry.text.en}" for entry in text_entries(model)}
    return with_translations(model, found, language)


# ---------------------------------------------------------------------------------------------
# The translator's sheet


@pytest.mark.parametrize("name", ["health-check.yaml", "cat-readiness.yaml"])
def test_sheet_round_trip_gives_back_an_identical_form(tmp_path: Path, name: str) -> None:
    source = resources_dir() / "forms" / name
    original = load_form(source)
    translated = _translate_everything(original, "ur")
    # The translator's sheet of a translated form, imported into the untranslated file...
    sheet = tmp_path / "ur.csv"
    sheet.write_text(translation_sheet(translated, "ur"), encoding="utf-8")
    copy_path = tmp_path / name
    copy_path.write_bytes(source.read_bytes())
    status, lines = import_translations(copy_path, "ur", sheet, None)
    assert status == 0, lines
    imported = load_form(copy_path)
    assert imported.model_dump(mode="json") == translated.model_dump(mode="json")
    assert form_sha256(imported) == form_sha256(translated)
    # ...and exported again and imported again changes nothing, byte for byte.
    before = copy_path.read_bytes()
    assert export_translations(copy_path, "ur", sheet)[0] == 0
    status, lines = import_translations(copy_path, "ur", sheet, None)
    assert status == 0 and "0 Urdu texts changed" in lines[0]
    assert copy_path.read_bytes() == before
    # The file keeps its comments.
    assert read_form_file(copy_path).splitlines()[0] == read_form_file(source).splitlines()[0]


def test_sheet_cells_that_look_like_formulas_are_defused_and_restored(tmp_path: Path) -> None:
    form = load_form_text(form_text(section("one", rating("q_1", text='"=1+1 is two"'))), "t")
    sheet = translation_sheet(form, "pl")
    assert "'=1+1 is two" in sheet
    back = read_translation_sheet(form, sheet.replace(",\r\n", ",'=2\r\n").encode(), "pl")
    assert "=2" in back.values()


def test_a_bad_sheet_is_refused_whole_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(form_text(section("one", rating("q_1"), rating("q_2"))), encoding="utf-8")
    before = path.read_bytes()
    sheet = tmp_path / "pl.csv"
    sheet.write_text(
        "key,en,pl\r\n"
        "title,Test form,Formularz testowy\r\n"
        "sections.one.questions.q_1.text,A statement,Zdanie\r\n"
        "sections.one.questions.q_1.text,A statement,Zdanie 2\r\n"
        "sections.one.questions.q_9.text,A statement,Zdanie\r\n"
        "sections.one.questions.q_2.text,An older statement,Zdanie\r\n",
        encoding="utf-8",
    )
    status, lines = import_translations(path, "pl", sheet, None)
    assert status == 1
    assert "pl.csv: line 4: the key 'sections.one.questions.q_1.text' is also on line 3" in lines[0]
    assert "pl.csv: line 5: 'sections.one.questions.q_9.text' is not a text of this file" in lines
    assert any(
        "line 6: the English of 'sections.one.questions.q_2.text' has changed" in x for x in lines
    )
    assert lines[-1] == "nothing was changed"
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("key,en,pl\r\ntitle,Test form,Żółw\r\n".encode("cp1250"), "save it as 'CSV UTF-8'"),
        (b"key,en\r\ntitle,Test form\r\n", "missing pl"),
        (b"", "the file is empty"),
    ],
)
def test_sheets_that_cannot_be_read_say_why(data: bytes, expected: str) -> None:
    form = load_form_text(form_text(section("one", rating("q_1"))), "t")
    with pytest.raises(SheetError) as caught:
        read_translation_sheet(form, data, "pl", "x.csv")
    assert expected in str(caught.value)


def test_a_new_translation_of_an_option_word_writes_the_option_out(tmp_path: Path) -> None:
    question = "- id: q_1\n  type: yes_no_partly\n  text: Insured?\n  options: [yes, no]\n"
    text = form_text(section("one", question))
    form = load_form_text(text, "t")
    path = (*text_entries(form)[-2].path,)  # the "yes" label
    assert path[-3:] == ("options", 0, "label")
    new_text, updated = apply_translations_to_yaml(text, form, {path: "Tak!"}, "pl")
    reread = load_form_text(new_text, "t")
    assert reread.model_dump(mode="json") == updated.model_dump(mode="json")
    options = reread.question("q_1").options or []
    assert options[0].label.get("pl") == "Tak!" and options[0].label.get("ur") == "ہاں"
    assert options[0].score == 100 and options[1].label.get("pl") == "Nie"


def test_support_offers_have_translatable_texts() -> None:
    status, sheet = export_translations(resources_dir() / "support-offers.yaml", "ur", None)
    assert status == 0
    assert "offers.tslk_governance.provider,Third Sector Leaders Kirklees" in sheet


def test_shipped_support_offers_say_what_they_are_in_every_shipped_language() -> None:
    """What each offer is reads in ur, pa and pl; an organisation's own name stays as it is."""
    catalogue = load_support_offers(None)
    missing = [
        (path, language)
        for path, language in missing_translations(catalogue, ["en", "ur", "pa", "pl"])
        if path[-1] != "provider"
    ]
    assert missing == [], missing[:5]
    names = {offer.provider for offer in catalogue.offers}
    assert "Third Sector Leaders Kirklees" in names


@pytest.mark.parametrize("name", ["health-check.yaml", "cat-readiness.yaml"])
def test_shipped_forms_speak_every_shipped_language(name: str) -> None:
    """Every text of the shipped forms, rubric levels and help included, is in ur, pa and pl:
    `gapkit forms validate --languages en,ur,pa,pl FILE` passes and says so."""
    path = resources_dir() / "forms" / name
    missing = missing_translations(load_form(path), ["en", "ur", "pa", "pl"])
    assert missing == [], f"{len(missing)} texts lack a language, first: {missing[:5]}"
    status, lines = validate_files([path], languages=["en", "ur", "pa", "pl"])
    assert status == 0, lines
    assert any(line.startswith(f"OK {name}") and "in en, ur, pa, pl" in line for line in lines)


# The letters each shipped language is written in: Punjabi in Gurmukhi (not Shahmukhi or
# Devanagari), Urdu in Arabic script, Polish in Latin letters with its own diacritics.
_SCRIPT_LETTERS = {
    "pa": (0x0A00, 0x0A7F),
    "ur": (0x0600, 0x06FF),
}


@pytest.mark.parametrize("name", ["health-check.yaml", "cat-readiness.yaml"])
@pytest.mark.parametrize("language", sorted(_SCRIPT_LETTERS))
def test_shipped_translations_are_written_in_their_script(name: str, language: str) -> None:
    """Every ur/pa text is mostly letters of its script (names such as CIO or Kirklees aside)."""
    low, high = _SCRIPT_LETTERS[language]
    wrong = []
    for entry in text_entries(load_form(resources_dir() / "forms" / name)):
        letters = [ch for ch in entry.text.get(language) if ch.isalpha()]
        own = sum(1 for ch in letters if low <= ord(ch) <= high)
        foreign_script = [ch for ch in letters if not ch.isascii() and not low <= ord(ch) <= high]
        if own < len(letters) / 2 or foreign_script:
            wrong.append((entry.key, entry.text.get(language)))
    assert wrong == [], wrong[:5]


def test_a_sheet_carries_over_to_a_new_version_with_skip_changed(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_text(form_text(section("one", rating("q_1"), rating("q_2"))), encoding="utf-8")
    sheet = tmp_path / "pl.csv"
    sheet.write_text(
        "key,en,pl\r\n"
        "sections.one.questions.q_1.text,A statement,Zdanie\r\n"
        "sections.one.questions.q_2.text,An older statement,Stare zdanie\r\n"
        "sections.one.questions.q_9.text,A statement,Usunięte\r\n",
        encoding="utf-8",
    )
    status, lines = import_translations(path, "pl", sheet, None, skip_changed=True)
    assert status == 0, lines
    assert [line.split(": ")[2] for line in lines[:2]] == ["line 3", "line 4"]
    form = load_form(path)
    assert form.question("q_1").text.get("pl") == "Zdanie"
    assert not form.question("q_2").text.has("pl")
