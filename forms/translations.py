"""Forms in several languages: what a question says in a language, which texts lack one, and
the spreadsheet round trip a translator works in.

`question_texts(form, question, "ur")` is the one place that picks a question's texts in a
language (the runner, the projector, the PDF and phones all use it). Every text of a form has
a stable *key* built from ids (`sections.purpose.questions.purpose_1.levels.2`), so a
translation sheet still fits after statements are added or moved.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from forms.localised import ENGLISH, LANGUAGE_CODE, LocalisedText, iter_localised
from forms.models import FormDefinition, Path, Question, format_path

# Cells a spreadsheet would run as a formula; written with a leading ' and read back without.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_SHEET_BYTES = 5_000_000


@dataclass(frozen=True)
class QuestionTexts:
    """Everything a person reads for one question, in one language (English where missing)."""

    language: str
    section_title: str
    text: str
    help: str | None
    note_prompt: str | None
    unit: str | None
    levels: list[str]  # rubric descriptors, level 1 first (rating questions)
    level_names: list[str]  # the rating scale's names, level 1 first
    options: dict[str, str]  # option id -> label, in form order
    dont_know: str
    untranslated: list[str] = field(default_factory=list)  # which of these fell back to English


def question_texts(form: FormDefinition, question: Question | str, language: str) -> QuestionTexts:
    """The texts of one question of `form` in `language`, falling back to English per text."""
    if isinstance(question, str):
        question = form.question(question)
    section = next(s for s, q in form.questions() if q.id == question.id)
    missing: list[str] = []

    def pick(name: str, value: LocalisedText | None) -> str | None:
        if value is None:
            return None
        if value.strip() and not value.has(language):
            missing.append(name)
        return value.get(language)

    return QuestionTexts(
        language=language,
        section_title=pick("section_title", section.title) or "",
        text=pick("text", question.text) or "",
        help=pick("help", question.help),
        note_prompt=pick("note_prompt", question.note_prompt),
        unit=pick("unit", question.unit),
        levels=[pick(f"levels.{i + 1}", d) or "" for i, d in enumerate(question.levels or [])],
        level_names=[level.name.get(language) for level in form.rating_scale],
        options={o.id: pick(f"options.{o.id}", o.label) or "" for o in question.options or []},
        dont_know=form.dont_know_label.get(language),
        untranslated=missing,
    )


# ---------------------------------------------------------------------------------------------
# Which texts there are, and which lack a language


@dataclass(frozen=True)
class TextEntry:
    """One translatable text of a form or catalogue."""

    path: Path  # inside the model, as the loader reports it (sections[0].questions[2].text)
    key: str  # stable across reordering: sections.purpose.questions.purpose_3.text
    text: LocalisedText


def text_entries(model: BaseModel) -> list[TextEntry]:
    """Every non-empty translatable text of a form (or support catalogue), in file order."""
    entries: list[TextEntry] = []
    for path, text in iter_localised(model):
        if text.strip():
            entries.append(TextEntry(path=path, key=text_key(model, path), text=text))
    return entries


def text_key(model: BaseModel, path: Path) -> str:
    """The stable key of a path: list positions become the item's id (or level, or 1-based)."""
    parts: list[str] = []
    current: Any = model
    for part in path:
        if isinstance(part, int):
            item = current[part]
            if isinstance(item, BaseModel) and isinstance(getattr(item, "id", None), str):
                parts.append(item.id)  # type: ignore[attr-defined]
            elif isinstance(item, BaseModel) and isinstance(getattr(item, "level", None), int):
                parts.append(str(item.level))  # type: ignore[attr-defined]
            else:
                parts.append(str(part + 1))
            current = item
        else:
            parts.append(part)
            current = getattr(current, part)
    return ".".join(parts)


def missing_translations(model: BaseModel, languages: Iterable[str]) -> list[tuple[Path, str]]:
    """(path, language) for every text that lacks one of `languages`, in file order."""
    wanted = [code for code in languages if code != ENGLISH]
    return [
        (entry.path, code)
        for entry in text_entries(model)
        for code in wanted
        if not entry.text.has(code)
    ]


# ---------------------------------------------------------------------------------------------
# The translator's spreadsheet (CSV, UTF-8 with a BOM so Excel reads Urdu and Gurmukhi)


class SheetError(ValueError):
    """A translation sheet that cannot be imported; `problems` lists every row that is wrong."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("; ".join(problems))


def translation_sheet(model: BaseModel, language: str) -> str:
    """The CSV a translator fills in: key, English, the language (filled where known)."""
    _check_language(language)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["key", ENGLISH, language])
    for entry in text_entries(model):
        current = entry.text.translations.get(language, "")
        writer.writerow([entry.key, _cell(entry.text.en), _cell(current)])
    return "\ufeff" + out.getvalue()


def read_translation_sheet(
    model: BaseModel,
    data: bytes,
    language: str,
    source_name: str = "sheet",
    skipped: list[str] | None = None,
) -> dict[Path, str]:
    """The translations a sheet gives, by path; SheetError naming every bad row.

    An empty cell leaves the text as it is. A row whose English no longer matches the form
    is refused (the text changed since the sheet was made), as are unknown and repeated keys;
    with a `skipped` list, such rows are listed there instead and the others are read.
    """
    _check_language(language)
    if len(data) > MAX_SHEET_BYTES:
        raise SheetError(
            [f"{source_name}: the file is too large (at most {MAX_SHEET_BYTES} bytes)"]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise SheetError(
            [f"{source_name}: the file is not UTF-8; in Excel save it as 'CSV UTF-8'"]
        ) from None
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        raise SheetError([f"{source_name}: not a readable CSV file ({exc})"]) from None
    if not rows:
        raise SheetError([f"{source_name}: the file is empty"])
    header = [cell.strip() for cell in rows[0]]
    missing = [name for name in ("key", ENGLISH, language) if name not in header]
    if missing:
        raise SheetError(
            [
                f"{source_name}: line 1: the first row needs the columns key, {ENGLISH} and "
                f"{language}; missing {', '.join(missing)}"
            ]
        )
    key_col, en_col, lang_col = (header.index(n) for n in ("key", ENGLISH, language))
    by_key = {entry.key: entry for entry in text_entries(model)}
    found: dict[Path, str] = {}
    seen: dict[str, int] = {}
    problems: list[str] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        cells = row + [""] * (len(header) - len(row))
        key = cells[key_col].strip()
        where = f"{source_name}: line {line}"
        if key in seen:
            problems.append(f"{where}: the key '{key}' is also on line {seen[key]}; keep one")
            continue
        seen[key] = line
        entry = by_key.get(key)
        if entry is None:
            gone = f"{where}: '{key}' is not a text of this file"
            (skipped if skipped is not None else problems).append(gone)
            continue
        english = _uncell(cells[en_col])
        if english != entry.text.en:
            stale = (
                f"{where}: the English of '{key}' has changed since this sheet was made "
                f"(the file now says {entry.text.en!r}); translate the new text"
            )
            (skipped if skipped is not None else problems).append(stale)
            continue
        translated = _uncell(cells[lang_col])
        if translated.strip():
            found[entry.path] = translated
    if problems:
        raise SheetError(problems)
    return found


def _check_language(language: str) -> None:
    if language == ENGLISH or not LANGUAGE_CODE.match(language):
        raise SheetError(
            [f"'{language}' is not a language to translate into (use a code such as ur, pa, pl)"]
        )


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _uncell(text: str) -> str:
    if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def describe_path(path: Path) -> str:
    """A path as the loader reports it."""
    return format_path(path)


# ---------------------------------------------------------------------------------------------
# Writing translations back into a form file, keeping its comments and layout


def with_translations(model: BaseModel, translations: dict[Path, str], language: str) -> Any:
    """A copy of `model` with the texts at these paths given in `language`."""
    data = model.model_dump(mode="json")
    for path, text in translations.items():
        current: Any = model
        for part in path:
            current = current[part] if isinstance(part, int) else getattr(current, part)
        updated = LocalisedText.from_data(current).with_translation(language, text)
        _set_in(data, path, updated.to_data())
    return type(model).model_validate(data)


def _set_in(data: Any, path: Path, value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def apply_translations_to_yaml(
    yaml_text: str, model: BaseModel, translations: dict[Path, str], language: str
) -> tuple[str, BaseModel]:
    """The form file's text with these translations written in, and the model it now holds.

    Comments, order and quoting are kept (ruamel.yaml round trip). A plain text becomes
    `{en: ..., ur: ...}` (block or flow, like its surroundings); a bare option word such as
    `yes` is written out in full when its label is given a new translation.
    """
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    yaml = YAML()
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    document = yaml.load(yaml_text)
    updated = with_translations(model, translations, language)
    updated_data = updated.model_dump(mode="json")

    def as_yaml(value: Any, flow: bool) -> Any:
        if isinstance(value, dict):
            mapping = CommentedMap((k, as_yaml(v, flow)) for k, v in value.items())
            if flow:
                mapping.fa.set_flow_style()
            return mapping
        if isinstance(value, list):
            seq = CommentedSeq(as_yaml(v, flow) for v in value)
            if flow:
                seq.fa.set_flow_style()
            return seq
        return quoted_if_needed(value)

    def quoted_if_needed(value: Any) -> Any:
        # The loader reads YAML 1.1 (PyYAML): a bare Yes, No, On or 1.0 is not text there.
        if isinstance(value, str) and not _reads_back_as(value):
            return DoubleQuotedScalarString(value)
        return value

    def is_flow(node: Any) -> bool:
        return isinstance(node, CommentedMap | CommentedSeq) and node.fa.flow_style() is True

    for path in translations:
        node: Any = document
        wanted: Any = updated_data
        for depth, part in enumerate(path):
            wanted = wanted[part]
            last = depth == len(path) - 1
            has_child = (
                isinstance(node, CommentedSeq) and isinstance(part, int) and part < len(node)
            ) or (isinstance(node, CommentedMap) and part in node)
            if not has_child:
                # A default the file does not write (such as dont_know_label): write it out.
                node[part] = as_yaml(wanted, is_flow(node))
                break
            child = node[part]
            if last:
                if isinstance(child, CommentedMap):
                    child[language] = quoted_if_needed(translations[path])
                else:
                    new_text = quoted_if_needed(translations[path])
                    text_map = CommentedMap([(ENGLISH, child), (language, new_text)])
                    if is_flow(node):
                        text_map.fa.set_flow_style()
                    node[part] = text_map
                break
            if not isinstance(child, CommentedMap | CommentedSeq):
                # A bare option word (yes, partly...): write the whole option out.
                node[part] = as_yaml(wanted, True)
                break
            node = child
    out = io.StringIO()
    yaml.dump(document, out)
    return out.getvalue(), updated


def _reads_back_as(text: str) -> bool:
    """Whether a plain YAML scalar `text` loads back (PyYAML, YAML 1.1) as this very string."""
    import yaml

    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


# ---------------------------------------------------------------------------------------------
# A form to show in one language


_in_language_cache: dict[tuple[int, str], Any] = {}


def form_in_language(form: FormDefinition, language: str | None) -> FormDefinition:
    """A copy of `form` for showing: every text is its `language` version (English where it
    has none), so screens and reports that print `question.text` print that language. Ids,
    scores and conditions are unchanged; the copy's texts carry no other languages. The
    English (or no language) gives the form itself."""
    if not language or language == ENGLISH:
        return form
    key = (id(form), language)
    cached = _in_language_cache.get(key)
    if cached is not None and cached[0] is form:
        return cached[1]
    data = form.model_dump(mode="json")
    for path, text in iter_localised(form):
        _set_in(data, path, text.get(language))
    shown = FormDefinition.model_validate(data)
    if len(_in_language_cache) > 32:
        _in_language_cache.clear()
    _in_language_cache[key] = (form, shown)
    return shown


# ---------------------------------------------------------------------------------------------
# Which translations are drafts (resources/translations/STATUS.md)


def translation_status(path: Any = None) -> dict[str, dict[str, str]]:
    """language -> file -> status, from the table in STATUS.md (| language | file | status |).

    A council that replaces a file with a checked translation changes its row to "checked".
    """
    from pathlib import Path as FilePath

    from forms.loader import resources_dir

    status_path = (
        FilePath(path) if path is not None else resources_dir() / "translations" / "STATUS.md"
    )
    try:
        text = status_path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    table: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        cells = [cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
        if len(cells) < 3 or not LANGUAGE_CODE.match(cells[0]):
            continue
        table.setdefault(cells[0], {})[cells[1]] = cells[2]
    return table


def draft_files(language: str, path: Any = None) -> list[str]:
    """The files whose `language` translation is still a draft (empty when all are checked)."""
    return [
        name
        for name, status in translation_status(path).get(language, {}).items()
        if status.lower().startswith("draft")
    ]
