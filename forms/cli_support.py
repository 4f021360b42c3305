"""What `gapkit forms validate` and `gapkit forms schema` print, without any Qt or database."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from forms.loader import FormError, form_json_schema, load_form
from forms.models import FormDefinition
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


def validate_files(
    paths: Iterable[str | os.PathLike[str]], catalogue_path: str | os.PathLike[str] | None = None
) -> tuple[int, list[str]]:
    """Check form files; return the exit status (0 all good, 1 any problem) and lines to print.

    Support-need themes are checked against the support catalogue (the shipped one unless
    `catalogue_path` is given).
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
        if problems:
            status = 1
            lines.extend(f"{file_path.name}: {problem}" for problem in problems)
            continue
        questions = sum(len(section.questions) for section in form.sections)
        lines.append(
            f"OK {file_path.name}: {form.title} (id {form.id}, version {form.version}, "
            f"{len(form.sections)} sections, {questions} questions)"
        )
    return status, lines


def schema_text() -> str:
    """The JSON Schema of the form format, as indented JSON text."""
    return json.dumps(form_json_schema(), indent=2, ensure_ascii=False) + "\n"
