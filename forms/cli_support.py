"""What `gapkit forms validate`, `forms score` and `forms schema` print, without Qt or a database."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from forms.answers import DONT_KNOW, AnswerError
from forms.loader import FormError, form_json_schema, line_for, load_form, parse_yaml_with_lines
from forms.localised import language_name
from forms.models import CONDITION_FIELDS, CONTEXT_FIELDS, FormDefinition, format_path
from forms.readability import (
    MIN_WORDS_ALONE,
    READING_AGE_LIMIT,
    passage_of,
    reading_age,
    word_count,
)
from forms.scoring import AssessmentResult, UnknownStage, score_assessment
from forms.support import SupportCatalogue, load_support_offers

# An answers file is a small JSON object; anything much bigger is not one.
MAX_ANSWERS_BYTES = 2_000_000
DONT_KNOW_TEXT = "dont_know"


class ScoreInputError(ValueError):
    """An answers file or a --context value that cannot be used; the message says why."""


def theme_problems(form: FormDefinition, catalogue: SupportCatalogue) -> list[str]:
    """Support-need themes of a form that the catalogue offers nothing for."""
    known = set(catalogue.themes)
    problems: list[str] = []
    for s_index, section in enumerate(form.sections):
        for q_index, question in enumerate(section.questions):
            need = question.support_need
            if need is not None and need.theme not in known:
                problems.append(
                    f"sections[{s_index}].questions[{q_index}].support_need.theme: "
                    f"'{need.theme}' is not a theme of the support catalogue "
                    f"({', '.join(sorted(known))})"
                )
    return problems


def language_problems(form: FormDefinition, file_path: Path, languages: list[str]) -> list[str]:
    """Every text of the form that lacks one of `languages`, naming its path and line."""
    from forms.translations import missing_translations

    missing = missing_translations(form, languages)
    if not missing:
        return []
    _, lines = parse_yaml_with_lines(file_path.read_text(encoding="utf-8-sig"), file_path.name)
    problems: list[str] = []
    for path, language in missing:
        line = line_for(lines, path)
        where = f"{format_path(path)}: line {line}" if line is not None else format_path(path)
        problems.append(
            f"{file_path.name}: {where}: no {language_name(language)} ('{language}') text"
        )
    return problems


def reading_age_warnings(form: FormDefinition, limit: float = READING_AGE_LIMIT) -> list[str]:
    """Statements and descriptors whose reading age is over `limit` (12), one line each.

    A statement is measured with its descriptors as one passage; a statement, descriptor or
    help text on its own when it has at least MIN_WORDS_ALONE words (forms/readability.py).
    """
    warnings: list[str] = []
    for s_index, section in enumerate(form.sections):
        for q_index, question in enumerate(section.questions):
            path = f"sections[{s_index}].questions[{q_index}]"
            passage = passage_of(question.text, question.levels)
            age = reading_age(passage)
            if age is not None and age > limit:
                warnings.append(
                    f"{path} ({question.id}): reading age {age:.1f} for the statement and its "
                    f"descriptors (aim for 12 or under): shorter sentences and words help"
                )
                continue
            texts = [("text", question.text), ("help", question.help or "")]
            texts += [(f"levels[{i}]", level) for i, level in enumerate(question.levels or [])]
            for where, text in texts:
                if word_count(text) < MIN_WORDS_ALONE:
                    continue
                age = reading_age(text)
                if age is not None and age > limit:
                    warnings.append(
                        f"{path}.{where} ({question.id}): reading age {age:.1f} "
                        "(aim for 12 or under): split the sentence or use shorter words"
                    )
    return warnings


def validate_files(
    paths: Iterable[str | os.PathLike[str]],
    catalogue_path: str | os.PathLike[str] | None = None,
    languages: list[str] | None = None,
) -> tuple[int, list[str]]:
    """Check form files; return the exit status (0 all good, 1 any problem) and lines to print.

    Support-need themes are checked against the support catalogue (the shipped one unless
    `catalogue_path` is given). With `languages`, every text must be given in each of them.
    """
    lines: list[str] = []
    status = 0
    catalogue: SupportCatalogue | None = None
    try:
        catalogue = load_support_offers(catalogue_path)
    except FormError as exc:
        lines.append(f"support catalogue: {exc}; themes not checked")
    files = [Path(p) for p in paths]
    if not files:
        return 1, ["no form files given"]
    for file_path in files:
        try:
            form = load_form(file_path)
        except FormError as exc:
            status = 1
            lines.extend(str(problem) for problem in exc.problems)
            continue
        problems = theme_problems(form, catalogue) if catalogue is not None else []
        if languages:
            problems += language_problems(form, file_path, languages)
        if problems:
            status = 1
            lines.extend(
                problem
                if problem.startswith(f"{file_path.name}: ")
                else f"{file_path.name}: {problem}"
                for problem in problems
            )
            continue
        questions = sum(len(section.questions) for section in form.sections)
        in_languages = f", in {', '.join(languages)}" if languages else ""
        lines.extend(
            f"{file_path.name}: warning: {warning}" for warning in reading_age_warnings(form)
        )
        lines.append(
            f"OK {file_path.name}: {form.title} (id {form.id}, version {form.version}, "
            f"{len(form.sections)} sections, {questions} questions{in_languages})"
        )
    return status, lines


def schema_text() -> str:
    """The JSON Schema of the form format, as indented JSON text."""
    return json.dumps(form_json_schema(), indent=2, ensure_ascii=False) + "\n"


def _load_translatable(file_path: Path) -> tuple[str, Any]:
    """A form or the support catalogue, read from its file: (YAML text, model)."""
    from forms.loader import load_form_text, read_form_file
    from forms.support import load_support_offers_text

    text = read_form_file(file_path)
    if "\noffers:" in "\n" + text and "\nsections:" not in "\n" + text:
        return text, load_support_offers_text(text, file_path.name)
    return text, load_form_text(text, file_path.name)


def export_translations(file_path: Path, language: str, out: Path | None) -> tuple[int, str]:
    """Write the translation sheet of a form (or the support catalogue) for `language`."""
    from forms.translations import SheetError, text_entries, translation_sheet

    try:
        _, model = _load_translatable(file_path)
        sheet = translation_sheet(model, language)
    except (FormError, SheetError) as exc:
        return 1, str(exc)
    entries = text_entries(model)
    done = sum(1 for entry in entries if entry.text.has(language))
    summary = (
        f"{len(entries)} texts, {done} already in {language_name(language)} "
        f"({len(entries) - done} to translate)"
    )
    if out is None:
        return 0, sheet.lstrip("\ufeff")
    _write_atomically(out, sheet.encode("utf-8"))
    return 0, f"wrote {out}: {summary}"


def import_translations(
    file_path: Path, language: str, sheet_path: Path, out: Path | None, skip_changed: bool = False
) -> tuple[int, list[str]]:
    """Write the translations of a sheet into the form file (or `out`); all or nothing.

    With `skip_changed`, rows whose English no longer matches the file (or whose text is gone)
    are left out and listed, and the rest are written: for carrying a translation over to a
    new version of a form.
    """
    from forms.translations import SheetError, apply_translations_to_yaml, read_translation_sheet

    try:
        text, model = _load_translatable(file_path)
        try:
            data = sheet_path.read_bytes()
        except OSError as exc:
            return 1, [f"cannot read {sheet_path}: {exc}"]
        skipped: list[str] | None = [] if skip_changed else None
        found = read_translation_sheet(model, data, language, sheet_path.name, skipped)
        changed = {
            path: value
            for path, value in found.items()
            if _text_at(model, path).translations.get(language) != value
        }
        new_text, updated = apply_translations_to_yaml(text, model, changed, language)
        # Check what will be written reads back as exactly the form we meant, before writing.
        _, reread = _load_translatable_text(new_text, file_path.name, type(model))
        if reread.model_dump(mode="json") != updated.model_dump(mode="json"):
            return 1, ["the translations could not be written faithfully; nothing was changed"]
    except (FormError, SheetError) as exc:
        problems = getattr(exc, "problems", [exc])
        return 1, [str(p) for p in problems] + ["nothing was changed"]
    target = out or file_path
    if changed or out is not None:
        _write_atomically(target, new_text.encode("utf-8"))
    left_out = [f"left out: {line}" for line in skipped or []]
    return 0, left_out + [
        f"{len(changed)} {language_name(language)} texts changed, "
        f"{len(found) - len(changed)} already so; "
        + (f"wrote {target}" if changed or out is not None else "nothing to write")
    ]


def _text_at(model: Any, path: tuple[str | int, ...]) -> Any:
    current = model
    for part in path:
        current = current[part] if isinstance(part, int) else getattr(current, part)
    return current


def _load_translatable_text(text: str, name: str, kind: type) -> tuple[str, Any]:
    from forms.loader import load_form_text
    from forms.support import load_support_offers_text

    if kind is FormDefinition:
        return text, load_form_text(text, name)
    return text, load_support_offers_text(text, name)


def _write_atomically(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + ".partial")
    temporary.write_bytes(data)
    os.replace(temporary, path)


# ---------------------------------------------------------------------------------------------
# gapkit forms score


def parse_context(items: Sequence[str]) -> dict[str, object]:
    """`legal_form=informal_group`, `staff_fte=0`, `themes=["food"]` -> registration fields.

    A value that reads as JSON (a number, a list, true/false, null) is taken as that; anything
    else is text.
    """
    context: dict[str, object] = {}
    for item in items:
        name, sep, raw = item.partition("=")
        name = name.strip()
        if not sep or not name:
            raise ScoreInputError(
                f"--context needs NAME=VALUE, for example legal_form=trust; got '{item}'"
            )
        if name not in CONDITION_FIELDS:
            raise ScoreInputError(
                f"'{name}' is not a registration field; use one of: "
                f"{', '.join(sorted(CONDITION_FIELDS))} (or --stage for the CAT stage)"
            )
        value: object
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        if isinstance(value, dict):
            raise ScoreInputError(f"--context {name}: a value cannot be an object")
        context[name] = value
    return context


def read_answers(path: str | os.PathLike[str]) -> dict[str, object]:
    """An answers file: a JSON object of question id -> answer, "dont_know" for don't know."""
    file_path = Path(path)
    try:
        size = file_path.stat().st_size
        if size > MAX_ANSWERS_BYTES:
            raise ScoreInputError(
                f"{file_path.name}: the file is too large ({size} bytes; at most "
                f"{MAX_ANSWERS_BYTES}) for an answers file"
            )
        data = json.loads(file_path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise ScoreInputError(f"no such file: {file_path}") from None
    except UnicodeDecodeError:
        raise ScoreInputError(f"{file_path.name}: the file is not UTF-8 text") from None
    except (ValueError, RecursionError) as exc:
        raise ScoreInputError(f"{file_path.name}: not valid JSON ({exc})") from None
    except OSError as exc:
        raise ScoreInputError(f"{file_path.name}: cannot read the file ({exc})") from None
    if not isinstance(data, dict):
        raise ScoreInputError(
            f"{file_path.name}: the answers must be a JSON object such as "
            '{"money_2": 3, "governance_1": "yes", "money_3": "dont_know"}'
        )
    return {key: DONT_KNOW if value == DONT_KNOW_TEXT else value for key, value in data.items()}


def result_summary(form: FormDefinition, result: AssessmentResult) -> dict[str, Any]:
    """The plain data `forms score --json` prints: sections, bands, verdict, unmet conditions."""
    return {
        "form_id": result.form_id,
        "form_version": result.form_version,
        "kind": result.kind,
        "stage": result.stage,
        "stage_title": result.stage_title,
        "sections": [
            {
                "id": section.id,
                "title": section.title,
                "score": None if section.score is None else round(section.score, 1),
                "band": section.rag,
                "priority": section.priority,
                "shown": section.total,
                "answered": section.answered,
            }
            for section in result.sections
        ],
        "overall_score": None if result.overall_score is None else round(result.overall_score, 1),
        "overall_band": result.overall_rag,
        "readiness": result.readiness,
        "verdict": result.verdict,
        "conditions": [
            {
                "id": gateway.condition_id or gateway.question_id,
                "text": gateway.text,
                "met": gateway.met,
                "reason": gateway.reason,
                "questions": gateway.question_ids or [gateway.question_id],
            }
            for gateway in result.gateways
        ],
        "unmet_conditions": [
            {
                "id": gateway.condition_id or gateway.question_id,
                "text": gateway.text,
                "reason": gateway.reason,
            }
            for gateway in result.unmet_gateways
        ],
        "sections_below_ready": result.sections_below_ready,
        "support_needs": [need.theme for need in result.support_needs],
        "unanswered_required": result.unanswered_required,
    }


def score_file(
    form_path: str | os.PathLike[str],
    answers_path: str | os.PathLike[str],
    stage: str | None = None,
    context: Mapping[str, object] | None = None,
) -> dict[str, Any]:
    """Score a set of answers on a form file; ScoreInputError or FormError when they don't fit."""
    form = load_form(form_path)
    answers = read_answers(answers_path)
    if stage is not None and not form.stages:
        raise ScoreInputError(f"the form '{form.id}' has no stages; leave out --stage")
    registration = {k: v for k, v in (context or {}).items() if k not in CONTEXT_FIELDS}
    try:
        result = score_assessment(form, answers, registration, stage=stage)
    except UnknownStage as exc:
        raise ScoreInputError(str(exc)) from None
    except AnswerError as exc:
        raise ScoreInputError(f"{exc.question_id}: {exc.message}") from None
    return result_summary(form, result)


def summary_lines(summary: Mapping[str, Any]) -> list[str]:
    """The summary as lines for a person."""
    lines: list[str] = []
    if summary["stage_title"]:
        lines.append(f"Stage: {summary['stage_title']} ({summary['stage']})")
    for section in summary["sections"]:
        score = "—" if section["score"] is None else f"{section['score']:.0f}"
        band = section["band"] or "not scored"
        lines.append(f"  {section['title']}: {score} ({band})")
    overall = summary["overall_score"]
    lines.append(f"Overall: {'—' if overall is None else f'{overall:.0f}'}")
    if summary["verdict"]:
        lines.append(f"Verdict: {summary['verdict']}")
    for condition in summary["unmet_conditions"]:
        lines.append(f"  not met: {condition['text']} ({condition['reason']})")
    if summary["support_needs"]:
        lines.append(f"Support needs: {', '.join(summary['support_needs'])}")
    return lines
