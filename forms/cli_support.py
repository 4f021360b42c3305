"""What `gapkit forms validate` and `gapkit forms schema` print, without any Qt or database."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from forms.loader import FormError, form_json_schema, line_for, load_form, parse_yaml_with_lines
from forms.localised import language_name
from forms.models import FormDefinition, format_path
from forms.support import SupportCatalogue, load_support_offers


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
