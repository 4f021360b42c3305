"""XLSForm (ODK, KoboToolbox) to our form language and back.

An XLSForm is a workbook with the sheets `survey`, `choices` and `settings` (xlsform.org). The
import takes what our language can hold and refuses or drops, with a warning naming the sheet,
the row and the column, everything else: nothing is lost silently. The export writes a form
that pyxform (ODK's converter) accepts, with rubric levels as choices, descriptors in a
`descriptor` column and in the choice label, conditions as XPath and translations as
`label::Language (code)` columns.

Pure Python: the workbook is read and written with openpyxl, and conditions are translated by
`forms.xpath`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from forms.localised import LANGUAGE_NAMES as SHIPPED_NAMES
from forms.localised import LocalisedText
from forms.models import OPTION_SHORTHANDS, FormDefinition, Question, ScaleLevel
from forms.xpath import XPathError, condition_to_xpath, xpath_to_condition

MAX_WORKBOOK_BYTES = 10_000_000
MAX_ROWS = 5_000
# Our own settings that XLSForm has no column for (gateway, weight, support need, ...) travel
# as JSON in this column, so our forms come back exactly; other tools ignore it.
EXTRAS_COLUMN = "gapkit"
_QUESTION_EXTRAS = (
    "gateway",
    "weight",
    "support_need",
    "max_length",
    "note_prompt",
    "allow_not_applicable",
    "min",
    "max",
    "unit",
    "min_choices",
    "max_choices",
)
_SECTION_EXTRAS = ("weight", "thresholds")
_FORM_EXTRAS = ("description", "rating_scale", "dont_know_label", "thresholds")
# The group our export puts first, asking what the council needs to match the organisation
# (and the registration fields the form's conditions read). It is ours: an import drops it.
CONTEXT_GROUP = "gapkit_context"
# Column names say "label::Urdu (ur)"; a column without a code is matched by its name.
# ("Punjabi (Gurmukhi)" would hide the code from ODK tools, so only the plain name is kept.)
LANGUAGE_NAMES = {code: names[0].split(" (")[0] for code, names in SHIPPED_NAMES.items()}
_LANGUAGE_CODES = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}
_LANGUAGE_CODES.update({"punjabi": "pa", "welsh": "cy"})
_TRANSLATED = ("label", "hint", "required_message", "constraint_message", "descriptor")
_HEADER = re.compile(r"^(?P<column>[a-z_]+)(?:::(?P<language>.+))?$")
_DESCRIPTOR = re.compile(r"^descriptor(?:_([a-z]{2,3}))?$")
_LANGUAGE = re.compile(r"^(?P<name>.*?)\s*(?:\((?P<code>[A-Za-z-]{2,12})\))?$")
_NOT_ID = re.compile(r"[^a-z0-9_]+")

# Columns we read; others are reported (and, for the ones below, what they would have done).
_KNOWN_SURVEY_COLUMNS = {
    "type",
    "name",
    "label",
    "hint",
    "required",
    "required_message",
    "relevant",
    "constraint",
    "constraint_message",
    "appearance",
    EXTRAS_COLUMN,
}
_METADATA_TYPES = {
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "audit",
    "start-geopoint",
}
_UNSUPPORTED_TYPES = {
    "calculate": "calculations",
    "geopoint": "locations",
    "geotrace": "locations",
    "geoshape": "locations",
    "image": "media",
    "audio": "media",
    "video": "media",
    "file": "media",
    "background-audio": "media",
    "barcode": "barcodes",
    "acknowledge": "acknowledgements",
    "range": "ranges",
    "rank": "ranking",
    "time": "times",
    "datetime": "times",
    "hidden": "hidden fields",
    "xml-external": "external data",
    "csv-external": "external data",
}


@dataclass(frozen=True)
class SheetProblem:
    """Something in the workbook we refuse (error) or leave out (warning), and where."""

    sheet: str
    row: int | None
    column: str | None
    message: str
    severity: str = "warning"

    def __str__(self) -> str:
        where = self.sheet
        if self.row is not None:
            where += f" row {self.row}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


class XLSFormError(ValueError):
    """The workbook can't become a form; `problems` lists every error (and warning)."""

    def __init__(self, source: str, problems: list[SheetProblem]) -> None:
        self.source = source
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        lines = "\n".join(f"  {p}" for p in errors)
        super().__init__(f"{source}: {len(errors)} problem(s) stop the import:\n{lines}")


@dataclass
class ImportedForm:
    """The converted form (ready to dump as YAML) and what was left out, with where."""

    form: dict[str, Any]
    warnings: list[SheetProblem] = field(default_factory=list)


@dataclass
class _Row:
    number: int
    values: dict[str, str]
    # label/hint/... per language code: {"label": {"en": "...", "ur": "..."}}
    texts: dict[str, dict[str, str]]


# ---------------------------------------------------------------------------------------------
# Reading the workbook


def read_workbook(path: str | Path) -> dict[str, list[_Row]]:
    """The survey, choices and settings sheets as rows of text, with their row numbers."""
    file_path = Path(path)
    source = file_path.name
    try:
        size = file_path.stat().st_size
    except OSError as error:
        raise XLSFormError(
            source, [_error("file", None, None, f"can't be read ({error})")]
        ) from None
    if size > MAX_WORKBOOK_BYTES:
        message = f"is {size:,} bytes; an XLSForm is at most {MAX_WORKBOOK_BYTES:,}"
        raise XLSFormError(source, [_error("file", None, None, message)])
    try:
        from openpyxl import load_workbook

        book = load_workbook(file_path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - any failure means "not a workbook we can read"
        message = f"is not an .xlsx workbook ({type(error).__name__})"
        raise XLSFormError(source, [_error("file", None, None, message)]) from None
    try:
        sheets: dict[str, list[_Row]] = {}
        for sheet in book.worksheets:
            name = sheet.title.strip().lower()
            if name in ("survey", "choices", "settings"):
                sheets[name] = _sheet_rows(source, name, sheet.iter_rows(values_only=True))
        return sheets
    finally:
        book.close()


def _sheet_rows(source: str, sheet: str, rows: Iterable[tuple[Any, ...]]) -> list[_Row]:
    iterator = iter(rows)
    try:
        header = [_cell(value) for value in next(iterator)]
    except StopIteration:
        return []
    found: list[_Row] = []
    for number, raw in enumerate(iterator, start=2):
        if number > MAX_ROWS:
            message = f"has more than {MAX_ROWS:,} rows"
            raise XLSFormError(source, [_error(sheet, None, None, message)])
        values: dict[str, str] = {}
        texts: dict[str, dict[str, str]] = {}
        for column, cell in zip(header, raw, strict=False):
            text = _cell(cell)
            if not column or not text:
                continue
            values[column] = text
            descriptor = _DESCRIPTOR.match(column.strip())
            if descriptor:
                texts.setdefault("descriptor", {})[descriptor.group(1) or "en"] = text
                continue
            match = _HEADER.match(column.strip())
            if match and match.group("column") in _TRANSLATED:
                language = _language_code(match.group("language"))
                texts.setdefault(match.group("column"), {})[language] = text
        if values:
            found.append(_Row(number, values, texts))
    return found


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _language_code(spec: str | None) -> str:
    """`English (en)` -> en; `Urdu` -> ur; a plain column (no ::) is English."""
    if not spec:
        return "en"
    match = _LANGUAGE.match(spec.strip())
    if match and match.group("code"):
        return match.group("code").lower()
    name = (match.group("name") if match else spec).strip().lower()
    return _LANGUAGE_CODES.get(name, name.replace(" ", "_"))


def _extras(
    row: _Row, allowed: tuple[str, ...], sheet: str, problems: list[SheetProblem]
) -> dict[str, Any]:
    """Our own settings from the `gapkit` column: a JSON object, only the keys we know."""
    text = row.values.get(EXTRAS_COLUMN)
    if not text:
        return {}
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        problems.append(_error(sheet, row.number, EXTRAS_COLUMN, "is not valid JSON"))
        return {}
    if not isinstance(value, dict):
        problems.append(_error(sheet, row.number, EXTRAS_COLUMN, "must be a JSON object"))
        return {}
    unknown = sorted(set(value) - set(allowed))
    if unknown:
        message = f"unknown settings {', '.join(unknown)}; dropped"
        problems.append(SheetProblem(sheet, row.number, EXTRAS_COLUMN, message))
    return {key: value[key] for key in allowed if key in value}


def _error(sheet: str, row: int | None, column: str | None, message: str) -> SheetProblem:
    return SheetProblem(sheet, row, column, message, "error")


# ---------------------------------------------------------------------------------------------
# XLSForm -> our form


def import_xlsform(
    path: str | Path, *, kind: str = "health_check", strict: bool = False
) -> ImportedForm:
    """Read an XLSForm workbook and convert it; XLSFormError lists every problem."""
    sheets = read_workbook(path)
    return xlsform_to_form(sheets, source=Path(path).name, kind=kind, strict=strict)


def xlsform_to_form(
    sheets: Mapping[str, list[_Row]], *, source: str, kind: str, strict: bool = False
) -> ImportedForm:
    converter = _Converter(sheets, source, kind)
    form = converter.convert()
    problems = converter.problems
    if strict:
        problems = [
            SheetProblem(p.sheet, p.row, p.column, p.message, "error") for p in converter.problems
        ]
    if any(p.severity == "error" for p in problems):
        raise XLSFormError(source, problems)
    # Our own checks of meaning run too, so a form that converts is a form that loads.
    try:
        FormDefinition.model_validate(form)
    except ValueError as error:
        message = f"the converted form is not valid: {error}"
        raise XLSFormError(source, [*problems, _error("survey", None, None, message)]) from None
    return ImportedForm(form, problems)


class _Converter:
    def __init__(self, sheets: Mapping[str, list[_Row]], source: str, kind: str) -> None:
        self.sheets = sheets
        self.source = source
        self.kind = kind
        self.problems: list[SheetProblem] = []
        self.ids: dict[str, str] = {}
        self.lists = self._choice_lists()
        self.scale: list[dict[str, Any]] | None = None

    def warn(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        self.problems.append(SheetProblem(sheet, row, column, message))

    def fail(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        self.problems.append(_error(sheet, row, column, message))

    # -- choices and settings ---------------------------------------------------------------

    def _choice_lists(self) -> dict[str, list[_Row]]:
        lists: dict[str, list[_Row]] = {}
        for row in self.sheets.get("choices", []):
            name = row.values.get("list_name") or row.values.get("list name")
            if not name:
                self.fail("choices", row.number, "list_name", "every choice needs a list_name")
                continue
            if not row.values.get("name"):
                self.fail("choices", row.number, "name", "every choice needs a name")
                continue
            lists.setdefault(name, []).append(row)
        return lists

    def _settings(self) -> dict[str, str]:
        rows = self.sheets.get("settings", [])
        return rows[0].values if rows else {}

    # -- the survey --------------------------------------------------------------------------

    def convert(self) -> dict[str, Any]:
        survey = self.sheets.get("survey")
        if not survey:
            self.fail("survey", None, None, "the workbook has no survey sheet, or it is empty")
            return {}
        settings = self._settings()
        title = settings.get("form_title") or Path(self.source).stem
        form_id = self._form_id(settings.get("form_id") or title)
        self._name_questions(survey)
        sections: list[dict[str, Any]] = []
        stack: list[dict[str, Any]] = []
        loose: dict[str, Any] | None = None
        pending_notes: list[str] = []
        skipping = False
        for row in survey:
            kind, _, argument = row.values.get("type", "").partition(" ")
            kind = kind.strip().lower()
            argument = argument.strip()
            self._report_unknown_columns(row)
            if skipping:
                if kind in ("end_group", "end"):
                    skipping = False
                continue
            if kind in ("begin_group", "begin") and row.values.get("name") == CONTEXT_GROUP:
                skipping = True
                continue
            if kind in ("begin_group", "begin") and (kind == "begin_group" or argument == "group"):
                section = self._section(row)
                sections.append(section)
                stack.append(section)
                continue
            if kind in ("end_group", "end") and (kind == "end_group" or argument == "group"):
                if stack:
                    stack.pop()
                if stack:  # questions after an inner group continue the outer one
                    outer = stack[-1]
                    again = dict(outer, id=f"{outer['id']}_more", questions=[])
                    again["title"] = outer["title"]
                    sections.append(again)
                    stack[-1] = again
                continue
            if kind in ("begin_repeat", "begin") or kind == "end_repeat" or argument == "repeat":
                self.fail("survey", row.number, "type", "repeats are not supported; flatten them")
                continue
            if not kind:
                self.fail("survey", row.number, "type", "the row has no type")
                continue
            target = stack[-1] if stack else None
            if target is None:
                if loose is None:
                    loose = {"id": "main", "title": title, "questions": []}
                    sections.append(loose)
                target = loose
            if kind == "note":
                self._note(row, target, pending_notes)
                continue
            question = self._question(row, kind, argument)
            if question is None:
                continue
            if pending_notes:
                question["help"] = "\n\n".join([*pending_notes, question.get("help") or ""]).strip()
                pending_notes.clear()
            target["questions"].append(question)
        for section in list(sections):
            if not section["questions"]:
                sections.remove(section)
                if not section["id"].endswith("_more"):
                    self.warn("survey", section.pop("_row", None), "type", "an empty group")
            section.pop("_row", None)
        if not sections:
            self.fail("survey", None, None, "the form has no questions we can use")
        form: dict[str, Any] = {
            "id": form_id,
            "version": str(settings.get("version") or "1"),
            "title": title,
            "kind": self.kind,
            "sections": sections,
        }
        if self.scale is not None:
            form["rating_scale"] = self.scale
        settings_rows = self.sheets.get("settings", [])
        if settings_rows:
            form.update(
                _extras(settings_rows[0], (*_FORM_EXTRAS, "title"), "settings", self.problems)
            )
        return form

    def _form_id(self, text: str) -> str:
        value = re.sub(r"[^a-z0-9_-]+", "_", text.strip().lower()).strip("_-") or "imported_form"
        if not value[0].isalpha():
            value = "form_" + value
        return value[:80]

    def _name_questions(self, survey: list[_Row]) -> None:
        """Our ids are lower-case; XLSForm names may not be. Renames are told, once each."""
        for row in survey:
            name = row.values.get("name")
            if not name:
                continue
            new = _NOT_ID.sub("_", name.lower()).strip("_") or "q"
            if not new[0].isalpha():
                new = "q_" + new
            new = new[:80]
            while new in self.ids.values() and self.ids.get(name) != new:
                new += "_"
            self.ids[name] = new
            if new != name:
                self.warn("survey", row.number, "name", f"'{name}' is renamed '{new}'")

    def _report_unknown_columns(self, row: _Row) -> None:
        for column in row.values:
            base = column.split("::")[0].strip()
            if base in _KNOWN_SURVEY_COLUMNS:
                continue
            self.warn(
                "survey", row.number, column, f"the column '{column}' is not supported; dropped"
            )

    def _section(self, row: _Row) -> dict[str, Any]:
        name = row.values.get("name", "")
        section_id = self.ids.get(name) or f"section_{row.number}"
        section: dict[str, Any] = {
            "id": section_id,
            "title": self._text(row, "label") or name or f"Section {row.number}",
            "questions": [],
            "_row": row.number,
        }
        if row.values.get("relevant"):
            self.warn("survey", row.number, "relevant", "a group's condition is dropped")
        section.update(_extras(row, _SECTION_EXTRAS, "survey", self.problems))
        return section

    def _note(self, row: _Row, section: dict[str, Any], pending: list[str]) -> None:
        text = self._plain(row, "label")
        if not text:
            return
        if not section["questions"] and "intro" not in section:
            section["intro"] = self._text(row, "label")
        else:
            pending.append(text)

    def _question(self, row: _Row, kind: str, argument: str) -> dict[str, Any] | None:
        number = row.number
        if kind in _METADATA_TYPES:
            self.warn("survey", number, "type", f"'{kind}' (metadata) is not collected; dropped")
            return None
        if kind in _UNSUPPORTED_TYPES:
            what = _UNSUPPORTED_TYPES[kind]
            self.warn("survey", number, "type", f"'{kind}' ({what}) is not supported; dropped")
            return None
        name = row.values.get("name")
        if not name:
            self.fail("survey", number, "name", "a question needs a name")
            return None
        question: dict[str, Any] = {"id": self.ids[name]}
        if kind == "text":
            question["type"] = "text"
        elif kind in ("integer", "decimal"):
            question["type"] = "number"
            question["integer"] = kind == "integer"
        elif kind == "date":
            question["type"] = "date"
        elif kind in ("select_one", "select_multiple"):
            if not self._select(row, kind, argument, question):
                return None
        elif kind in ("select_one_from_file", "select_multiple_from_file"):
            self.fail("survey", number, "type", "choices from a file are not supported")
            return None
        else:
            self.fail("survey", number, "type", f"'{kind}' is not a question type we know")
            return None
        question["text"] = self._text(row, "label") or name
        if "hint" in row.texts:
            question["help"] = self._text(row, "hint")
        question["required"] = row.values.get("required", "").lower() in (
            "yes",
            "true",
            "true()",
            "1",
        )
        if "required_message" in row.texts:
            question["required_message"] = self._text(row, "required_message")
        if row.values.get("relevant"):
            condition = self._condition(row, "relevant", None)
            if condition:
                question["relevant"] = condition
        if row.values.get("constraint"):
            self._constraint(row, question)
        extras = _extras(row, _QUESTION_EXTRAS, "survey", self.problems)
        if question["type"] == "number" and ("min" in extras or "max" in extras):
            # The bounds were written as a constraint too; keep them as bounds only.
            question.pop("constraint", None)
        question.update(extras)
        return question

    def _select(self, row: _Row, kind: str, argument: str, question: dict[str, Any]) -> bool:
        list_name = argument.split()[0] if argument else ""
        choices = self.lists.get(list_name)
        if not choices:
            message = f"the choice list '{list_name}' is not on the choices sheet"
            self.fail("survey", row.number, "type", message)
            return False
        appearance = row.values.get("appearance", "").lower()
        is_rubric = kind == "select_one" and (
            "rubric" in appearance or any(c.texts.get("descriptor") for c in choices)
        )
        if is_rubric:
            return self._rubric(row, choices, question)
        question["type"] = "choice" if kind == "select_one" else "multi_choice"
        options = []
        for choice in choices:
            option_id = _NOT_ID.sub("_", choice.values["name"].lower()).strip("_") or "option"
            options.append({"id": option_id, "label": self._text(choice, "label") or option_id})
        ids = [option["id"] for option in options]
        if kind == "select_one" and {"yes", "no"} <= set(ids) <= set(OPTION_SHORTHANDS):
            # yes / partly / no answers are scored like ratings (yes 100, partly 50, no 0).
            question["type"] = "yes_no_partly"
            options = [dict(option, score=OPTION_SHORTHANDS[option["id"]][1]) for option in options]
        question["options"] = options
        if appearance:
            self.warn("survey", row.number, "appearance", f"appearance '{appearance}' is dropped")
        return True

    def _rubric(self, row: _Row, choices: list[_Row], question: dict[str, Any]) -> bool:
        levels = [c for c in choices if c.values["name"].lower() not in ("dont_know", "not_sure")]
        if len(levels) != 4:
            message = f"a rubric needs 4 levels; the list has {len(levels)}"
            self.fail("choices", choices[0].number, "name", message)
            return False
        scale = []
        for position, choice in enumerate(levels, start=1):
            label = self._plain(choice, "label") or str(position)
            # Our export labels levels "2 · Getting there — descriptor": keep the name alone.
            name = re.sub(r"^\d+\s*·\s*", "", label).split(" — ")[0].strip() or label
            scale.append({"level": position, "name": name})
        if self.scale is None:
            self.scale = scale
        elif [s["name"] for s in self.scale] != [s["name"] for s in scale]:
            self.warn("choices", choices[0].number, "label", "level names differ; the first kept")
        question["type"] = "rating"
        question["levels"] = [self._text(c, "descriptor") for c in levels]
        if any(not descriptor for descriptor in question["levels"]):
            self.fail("choices", levels[0].number, "descriptor", "every level needs a descriptor")
            return False
        return True

    def _condition(self, row: _Row, column: str, self_name: str | None) -> str | None:
        text = row.values[column]
        # Names are renamed before translation, so ${Old-Name} follows its question.
        for old, new in sorted(self.ids.items(), key=lambda item: -len(item[0])):
            text = text.replace("${" + old + "}", "${" + new + "}")
        try:
            return xpath_to_condition(text, self_name=self_name)
        except XPathError as error:
            self.fail("survey", row.number, column, f"'{row.values[column]}': {error}")
            return None

    def _constraint(self, row: _Row, question: dict[str, Any]) -> None:
        condition = self._condition(row, "constraint", question["id"])
        if condition is None:
            return
        if question["type"] not in ("number", "text", "date", "choice", "multi_choice"):
            self.warn("survey", row.number, "constraint", "a rubric's constraint is dropped")
            return
        question["constraint"] = condition
        if "constraint_message" in row.texts:
            question["constraint_message"] = self._text(row, "constraint_message")

    # -- texts ---------------------------------------------------------------------------

    def _plain(self, row: _Row, column: str) -> str:
        texts = row.texts.get(column, {})
        return texts.get("en") or next(iter(texts.values()), "")

    def _text(self, row: _Row, column: str) -> Any:
        """English as a plain string; with translations, {en: ..., ur: ...}."""
        texts = row.texts.get(column, {})
        if not texts:
            return ""
        if set(texts) == {"en"}:
            return texts["en"]
        if "en" not in texts:
            first = next(iter(texts))
            message = f"no English {column}; the {first} text is used as the English one"
            self.warn(
                "survey" if "list_name" not in row.values else "choices",
                row.number,
                column,
                message,
            )
            texts = {"en": texts[first], **texts}
        return dict(texts)


# ---------------------------------------------------------------------------------------------
# Our form -> XLSForm


def form_to_xlsform(
    form: FormDefinition, context: Sequence[Question] = ()
) -> dict[str, list[list[Any]]]:
    """The three sheets of an XLSForm for this form, as rows (first row the header).

    `context` questions (the organisation's name and postcode, registration fields the
    conditions read) come first, in a group of their own that our import leaves out.
    """
    languages = _languages_of(form)
    names = [f"{LANGUAGE_NAMES.get(lang, lang)} ({lang})" for lang in languages]

    def per_language(column: str) -> list[str]:
        return [f"{column}::{name}" for name in names]

    survey_header = [
        "type",
        "name",
        *per_language("label"),
        *per_language("hint"),
        "required",
        *per_language("required_message"),
        "relevant",
        "constraint",
        *per_language("constraint_message"),
        "appearance",
        EXTRAS_COLUMN,
    ]
    # pyxform reads `x::lang` choice columns as media; descriptors go in plain extra columns.
    descriptor_columns = ["descriptor", *[f"descriptor_{lang}" for lang in languages[1:]]]
    choices_header = ["list_name", "name", *per_language("label"), *descriptor_columns]
    survey: list[list[Any]] = [survey_header]
    choices: list[list[Any]] = [choices_header]

    def row(**values: Any) -> None:
        def texts(key: str) -> list[str]:
            given = values.get(key) or {}
            return [given.get(lang, "") for lang in languages]

        line = [values.get("type", ""), values.get("name", "")]
        line += [*texts("labels"), *texts("hints"), values.get("required", "")]
        line += [*texts("required_messages"), values.get("relevant", "")]
        line += [values.get("constraint", ""), *texts("messages")]
        line += [values.get("appearance", ""), values.get(EXTRAS_COLUMN, "")]
        survey.append(line)

    def choice(
        list_name: str,
        name: str,
        labels: Mapping[str, str],
        descriptors: Mapping[str, str] | None = None,
    ) -> None:
        line = [list_name, name, *[labels.get(lang, "") for lang in languages]]
        line += [(descriptors or {}).get(lang, "") for lang in languages]
        choices.append(line)

    scale = list(form.rating_scale)
    if context:
        row(type="begin_group", name=CONTEXT_GROUP, labels={"en": "About your organisation"})
        for question in context:
            _export_question(form, question, languages, scale, row, choice)
        row(type="end_group", name="")
    for section in form.sections:
        row(
            type="begin_group",
            name=section.id,
            labels=_texts(section.title, languages),
            gapkit=_extras_json(section, _SECTION_EXTRAS),
        )
        if section.intro:
            row(type="note", name=f"{section.id}_intro", labels=_texts(section.intro, languages))
        for question in section.questions:
            _export_question(form, question, languages, scale, row, choice)
        row(type="end_group", name="")
    version = re.sub(r"[^0-9A-Za-z._-]", "", form.version) or "1"
    settings = [
        ["form_title", "form_id", "version", "default_language", EXTRAS_COLUMN],
        [
            _texts(form.title, languages).get("en", form.id),
            form.id,
            version,
            "English (en)",
            # The scale's meanings are ours alone; the rubric choices carry only the names.
            _with_translated_title(
                form, _extras_json(form, _FORM_EXTRAS, always=("rating_scale", "dont_know_label"))
            ),
        ],
    ]
    return {"survey": survey, "choices": choices, "settings": settings}


def _export_question(
    form: FormDefinition,
    question: Question,
    languages: list[str],
    scale: list[ScaleLevel],
    row: Any,
    choice: Any,
) -> None:
    labels = _texts(question.text, languages)
    hints = _texts(question.help, languages) if question.help else {}
    common: dict[str, Any] = {
        "name": question.id,
        "labels": labels,
        "hints": hints,
        "required": "yes" if question.required else "",
        "required_messages": _texts(question.required_message, languages),
        EXTRAS_COLUMN: _extras_json(question, _QUESTION_EXTRAS),
    }
    if question.relevant:
        common["relevant"] = condition_to_xpath(question.relevant)
    if question.constraint:
        common["constraint"] = condition_to_xpath(question.constraint, self_name=question.id)
        if question.constraint_message:
            common["messages"] = _texts(question.constraint_message, languages)
    if question.type == "rating":
        list_name = f"{question.id}_levels"
        for position, descriptor in enumerate(question.levels or [], start=1):
            level = scale[position - 1] if position <= len(scale) else None
            texts = _texts(descriptor, languages)
            labels = {
                lang: f"{position} · {level.name.get(lang) if level else position} — {text}"
                for lang, text in texts.items()
            }
            choice(list_name, str(position), labels, texts)
        choice(list_name, "dont_know", _texts(form.dont_know_label, languages))
        row(type=f"select_one {list_name}", appearance="rubric", **common)
    elif question.type in ("yes_no_partly", "choice", "multi_choice"):
        list_name = f"{question.id}_options"
        for option in question.options or []:
            choice(list_name, option.id, _texts(option.label, languages))
        kind = "select_multiple" if question.type == "multi_choice" else "select_one"
        row(type=f"{kind} {list_name}", **common)
    elif question.type == "number":
        bounds = []
        if question.min is not None:
            bounds.append(f". >= {_number(question.min)}")
        if question.max is not None:
            bounds.append(f". <= {_number(question.max)}")
        if bounds and not common.get("constraint"):
            common["constraint"] = " and ".join(bounds)
        row(type="integer" if question.integer else "decimal", **common)
    else:  # text, date
        row(type=question.type, **common)


def _with_translated_title(form: FormDefinition, extras: str) -> str:
    """XLSForm's form_title has one language: a translated title also rides in our column."""
    if not form.title.translations:
        return extras
    data = json.loads(extras) if extras else {}
    data["title"] = form.title.to_data()
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _extras_json(model: Any, keys: tuple[str, ...], always: tuple[str, ...] = ()) -> str:
    """Our settings that differ from their defaults (and `always`), as JSON ("" when none)."""
    dumped = model.model_dump(mode="json")
    fields = type(model).model_fields
    extras = {}
    for key in keys:
        default = fields[key].get_default(call_default_factory=True)
        if hasattr(default, "model_dump"):
            default = default.model_dump(mode="json")
        elif isinstance(default, list):
            default = [
                d.model_dump(mode="json") if hasattr(d, "model_dump") else d for d in default
            ]
        if dumped[key] != default or key in always:
            extras[key] = dumped[key]
    return json.dumps(extras, ensure_ascii=False, separators=(",", ":")) if extras else ""


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _languages_of(form: FormDefinition) -> list[str]:
    found = ["en"]
    for value in _all_texts(form):
        if isinstance(value, LocalisedText):
            found += [lang for lang in value.languages if lang not in found]
    return found


def _all_texts(form: FormDefinition) -> Iterable[Any]:
    yield form.title
    for section in form.sections:
        yield section.title
        yield section.intro
        for question in section.questions:
            yield question.text
            yield question.help
            yield from question.levels or []
            yield from (option.label for option in question.options or [])


def _texts(value: Any, languages: list[str]) -> dict[str, str]:
    """A text as {language: text}; works for plain strings and translated texts."""
    if value is None:
        return {}
    if isinstance(value, LocalisedText):
        return {lang: value.get(lang) for lang in languages if value.has(lang)}
    return {"en": str(value)}


def write_xlsform(form: FormDefinition, path: str | Path, context: Sequence[Question] = ()) -> None:
    """Write the form as an .xlsx XLSForm."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for name, rows in form_to_xlsform(form, context).items():
        sheet = book.create_sheet(name)
        for line in rows:
            sheet.append(line)
    book.save(Path(path))
