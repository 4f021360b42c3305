"""XLSForm import and export, on workbooks written here with openpyxl and checked by pyxform."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from openpyxl import Workbook

from forms.loader import load_form, shipped_forms
from forms.models import FormDefinition
from forms.xlsform import XLSFormError, import_xlsform, write_xlsform

SURVEY_HEADER = [
    "type",
    "name",
    "label",
    "label::Polish (pl)",
    "hint",
    "required",
    "required_message",
    "relevant",
    "constraint",
    "constraint_message",
    "appearance",
]


def workbook(
    path: Path,
    survey: list[list[Any]],
    choices: list[list[Any]],
    polish: bool = False,
    **settings: str,
) -> Path:
    """Rows give English then Polish labels; without `polish` the Polish column is left out."""

    def keep(row: list[Any]) -> list[Any]:
        return row if polish else row[:3] + row[4:]

    book = Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(keep(SURVEY_HEADER))
    for row in survey:
        sheet.append(keep(row + [""] * (len(SURVEY_HEADER) - len(row))))
    choice_sheet = book.create_sheet("choices")
    choice_sheet.append(keep(["list_name", "name", "label", "label::Polish (pl)", "descriptor"]))
    for row in choices:
        choice_sheet.append(keep(row + [""] * (5 - len(row))))
    settings_sheet = book.create_sheet("settings")
    settings_sheet.append(list(settings))
    settings_sheet.append(list(settings.values()))
    book.save(path)
    return path


CHOICES = [
    ["yn", "yes", "Yes", "Tak"],
    ["yn", "no", "No", "Nie"],
    ["themes", "food", "Food", "Jedzenie"],
    ["themes", "sport", "Sport", "Sport"],
    ["themes", "arts", "Arts", "Sztuka"],
    ["level", "1", "Not yet", "Jeszcze nie", "Nothing written down."],
    ["level", "2", "Getting there", "W drodze", "A draft exists."],
    ["level", "3", "In place", "Jest", "Written and used."],
    ["level", "4", "Strong", "Mocne", "Reviewed every year."],
]


_SURVEY_ROWS = [
    ["begin_group", "about", "About you", "O was"],
    ["note", "about_note", "A few questions about the group.", "Kilka pytań."],
    [
        "text",
        "Group-Name",
        "Name of the group",
        "Nazwa",
        "As registered",
        "yes",
        "Please give a name",
    ],
    [
        "integer",
        "members",
        "How many members?",
        "Ilu członków?",
        "",
        "yes",
        "",
        "",
        ". >= 0 and . <= 5000",
        "Between 0 and 5000",
    ],
    ["decimal", "income", "Yearly income (£)", "Dochód", "", "no"],
    ["date", "founded", "When did you start?", "Kiedy?"],
    ["end_group", ""],
    ["begin_group", "money", "Money", "Pieniądze"],
    ["select_one yn", "bank", "Do you have a bank account?", "Konto?", "", "yes"],
    [
        "select_multiple themes",
        "themes_done",
        "What do you do?",
        "Co robicie?",
        "",
        "yes",
        "",
        "${bank} = 'yes'",
    ],
    [
        "select_one level",
        "records",
        "We keep records",
        "Dokumenty",
        "",
        "yes",
        "",
        "count-selected(${themes_done}) >= 1 and not(selected(${themes_done}, 'arts'))",
        "",
        "",
        "rubric",
    ],
    ["end_group", ""],
]


def every_supported_type(tmp_path: Path) -> Path:
    survey = _SURVEY_ROWS
    return workbook(
        tmp_path / "survey.xlsx",
        survey,
        CHOICES,
        form_title="Group check",
        form_id="group_check",
        version="2026.3",
    )


def test_every_supported_type_and_column_converts(tmp_path: Path) -> None:
    imported = import_xlsform(every_supported_type(tmp_path))
    form = FormDefinition.model_validate(imported.form)
    assert form.id == "group_check" and form.version == "2026.3"
    about, money = form.sections
    assert about.title == "About you"
    assert about.intro == "A few questions about the group."
    name, members, income, founded = about.questions
    assert name.id == "group_name" and name.type == "text" and name.required
    assert name.required_message == "Please give a name"
    assert (
        members.type == "number"
        and members.integer
        and members.constraint == ("members >= 0 and members <= 5000")
    )
    assert income.type == "number" and not income.integer and not income.required
    assert founded.type == "date"
    bank, themes_done, records = money.questions
    assert bank.type == "yes_no_partly" and [o.id for o in bank.options or []] == ["yes", "no"]
    assert themes_done.type == "multi_choice" and themes_done.relevant == 'bank == "yes"'
    assert records.type == "rating"
    assert records.levels == [
        "Nothing written down.",
        "A draft exists.",
        "Written and used.",
        "Reviewed every year.",
    ]
    assert records.relevant == 'count(themes_done) >= 1 and not ("arts" in themes_done)'
    renamed = [str(w) for w in imported.warnings]
    assert renamed == ["survey row 4, column 'name': 'Group-Name' is renamed 'group_name'"]


def test_a_constraint_is_enforced_on_answers(tmp_path: Path) -> None:
    from forms.answers import AnswerError, validate_answer

    form = FormDefinition.model_validate(import_xlsform(every_supported_type(tmp_path)).form)
    members = form.question("members")
    assert validate_answer(members, 12) == 12
    with pytest.raises(AnswerError, match="Between 0 and 5000"):
        validate_answer(members, 9000)


def test_unsupported_features_are_dropped_with_sheet_row_and_column(tmp_path: Path) -> None:
    survey = [
        ["start", "start"],
        ["text", "q1", "Name"],
        ["calculate", "double", "", "", "", "", "", "", "", "", ""],
        ["geopoint", "where", "Where are you?"],
        ["image", "photo", "A photo"],
        ["text", "q2", "Other", "", "", "", "", "", "", "", "multiline"],
    ]
    path = workbook(tmp_path / "extra.xlsx", survey, CHOICES)
    imported = import_xlsform(path)
    messages = [str(w) for w in imported.warnings]
    assert "survey row 2, column 'type': 'start' (metadata) is not collected; dropped" in messages
    assert (
        "survey row 4, column 'type': 'calculate' (calculations) is not supported; dropped"
        in messages
    )
    assert (
        "survey row 5, column 'type': 'geopoint' (locations) is not supported; dropped" in messages
    )
    assert "survey row 6, column 'type': 'image' (media) is not supported; dropped" in messages
    assert any(m.startswith("survey row 7, column 'appearance'") for m in messages) is False
    with pytest.raises(XLSFormError) as strict:
        import_xlsform(path, strict=True)
    assert "survey row 5, column 'type'" in str(strict.value)


def test_unknown_columns_and_refused_rows_name_their_place(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "survey"
    sheet.append(["type", "name", "label", "calculation", "media::image"])
    sheet.append(["text", "q1", "Name", "1+1", "a.png"])
    sheet.append(["begin_repeat", "kids", "Children"])
    sheet.append(["text", "kid", "Name", ""])
    sheet.append(["end_repeat", ""])
    sheet.append(["select_one missing", "q2", "Pick"])
    sheet.append(["integer", "q3", "Count", "", ""])
    book.save(tmp_path / "bad.xlsx")
    with pytest.raises(XLSFormError) as error:
        import_xlsform(tmp_path / "bad.xlsx")
    problems = [str(p) for p in error.value.problems]
    assert (
        "survey row 2, column 'calculation': the column 'calculation' is not supported; dropped"
        in problems
    )
    assert (
        "survey row 2, column 'media::image': the column 'media::image' is not supported; dropped"
        in problems
    )
    assert "survey row 3, column 'type': repeats are not supported; flatten them" in problems
    assert (
        "survey row 6, column 'type': the choice list 'missing' is not on the choices sheet"
        in problems
    )


def test_a_relevant_outside_the_subset_is_refused_with_its_place(tmp_path: Path) -> None:
    survey = [
        ["text", "q1", "Name"],
        ["text", "q2", "More", "", "", "", "", "pulldata('a','b','c','d') = 1"],
    ]
    with pytest.raises(XLSFormError) as error:
        import_xlsform(workbook(tmp_path / "pull.xlsx", survey, CHOICES))
    assert "survey row 3, column 'relevant'" in str(error.value)
    assert "pulldata() at 1 is not supported" in str(error.value)


def test_not_a_workbook_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(XLSFormError, match="(?s)fake.xlsx: .*is not an .xlsx workbook"):
        import_xlsform(path)


@pytest.mark.parametrize("form_id", ["health-check", "cat-readiness"])
def test_our_forms_export_to_an_xlsform_odk_accepts_and_come_back_equal(
    form_id: str, tmp_path: Path
) -> None:
    from pyxform.xls2xform import xls2xform_convert

    from desktop.registration.online_context import context_questions

    original = shipped_forms()[form_id]
    xlsx = tmp_path / f"{form_id}.xlsx"
    write_xlsform(original, xlsx, context_questions(original))
    warnings = xls2xform_convert(xlsform_path=str(xlsx), xform_path=str(tmp_path / "form.xml"))
    assert warnings == []
    xform = (tmp_path / "form.xml").read_text(encoding="utf-8")
    assert "<h:title>" in xform and "gap_org_postcode" in xform
    back = FormDefinition.model_validate(import_xlsform(xlsx, kind=original.kind).form)
    # XLSForm has no place for stages (CAT steps with must-meet conditions, or a health
    # check's key/full coverage): the exported form asks the stage as a question instead
    no_stages = {"stages", "default_stage"}
    assert back.model_dump(mode="json", exclude=no_stages) == original.model_dump(
        mode="json", exclude=no_stages
    )


def test_the_cli_round_trips_a_form_through_xlsform(tmp_path: Path) -> None:
    shipped = Path(__file__).resolve().parents[2] / "resources" / "forms" / "health-check.yaml"
    xlsx, yaml_out = tmp_path / "hc.xlsx", tmp_path / "hc.yaml"
    gapkit = [sys.executable, "-m", "desktop"]
    made = subprocess.run(
        [*gapkit, "forms", "export-xlsform", str(shipped), "--out", str(xlsx)],
        capture_output=True,
        text=True,
    )
    assert made.returncode == 0, made.stderr
    back = subprocess.run(
        [*gapkit, "forms", "import-xlsform", str(xlsx), "--out", str(yaml_out)],
        capture_output=True,
        text=True,
    )
    assert back.returncode == 0, back.stderr
    assert "0 warning(s)" in back.stdout
    # the XLSForm asks the stage as a question; the form file's stages stay with the council
    no_stages = {"stages", "default_stage"}
    assert load_form(yaml_out).model_dump(exclude=no_stages) == load_form(shipped).model_dump(
        exclude=no_stages
    )
    assert yaml.safe_load(yaml_out.read_text(encoding="utf-8"))["id"] == "health-check"


def test_label_language_columns_become_translations_and_go_back_out(tmp_path: Path) -> None:
    source = every_supported_type(tmp_path)
    polish = workbook(
        tmp_path / "polish.xlsx",
        _SURVEY_ROWS,
        CHOICES,
        polish=True,
        form_title="Group check",
        form_id="group_check",
    )
    assert source.exists()
    form = FormDefinition.model_validate(import_xlsform(polish).form)
    about = form.sections[0]
    assert about.title.get("pl") == "O was" and about.title == "About you"
    records = form.question("records")
    assert records.text.get("pl") == "Dokumenty"
    assert form.question("bank").options[0].label.get("pl") == "Tak"  # type: ignore[index]
    again = tmp_path / "again.xlsx"
    write_xlsform(form, again)
    back = FormDefinition.model_validate(import_xlsform(again).form)
    assert back.model_dump(mode="json") == form.model_dump(mode="json")
