"""Load form files from YAML, reporting every mistake with the file, the path and the line."""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import typing
from collections.abc import Callable, Iterable
from pathlib import Path as FilePath
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from forms.models import QUESTION_TYPES, FormDefinition, Path, form_problems, format_path

if TYPE_CHECKING:
    import yaml

# PyYAML is imported where YAML is parsed: a process reading its shipped files from the model
# cache (a fresh `gapkit report`) never needs it.

MAX_FILE_BYTES = 2_000_000
MAX_EXPANDED_NODES = 200_000

ModelT = TypeVar("ModelT", bound=BaseModel)


class FormError(ValueError):
    """A form (or support catalogue) file that cannot be used, with where and what is wrong.

    `file` is the file name, `path` the place inside it (`sections[2].questions[4].levels`,
    "" for the whole file), `line` the YAML line (1-based) or None, `message` what is wrong.
    `problems` holds every problem found in the file (this one first).
    """

    def __init__(self, file: str, path: str, line: int | None, message: str) -> None:
        self.file = file
        self.path = path
        self.line = line
        self.message = message
        self.problems: list[FormError] = [self]
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [self.file]
        if self.path:
            parts.append(self.path)
        if self.line is not None:
            parts.append(f"line {self.line}")
        parts.append(self.message)
        return ": ".join(parts)


def resources_dir() -> FilePath:
    """The resources folder: GAPKIT_RESOURCES_DIR, or `resources/` beside the packages."""
    override = os.environ.get("GAPKIT_RESOURCES_DIR")
    if override:
        return FilePath(override)
    return FilePath(__file__).resolve().parents[1] / "resources"


def load_form(path: str | os.PathLike[str]) -> FormDefinition:
    """Load and check one form file; raise FormError saying what is wrong and where."""
    file_path = FilePath(path)
    text = read_form_file(file_path)
    return load_form_text(text, file_path.name)


def load_form_text(text: str, source_name: str) -> FormDefinition:
    """Load and check a form from YAML text; `source_name` is used in error messages."""
    return load_yaml_model(text, source_name, FormDefinition, form_problems, "form")


# Parsed shipped forms by (file, modification time, size): the forms are large (every
# language's texts) and several readers ask for them in one process (a report's funds guide
# asks twice). The models are shared: callers copy before changing one (form_in_language).
_PARSED: dict[tuple[str, int, int], FormDefinition] = {}


def _load_shipped(file_path: FilePath) -> FormDefinition:
    stat = file_path.stat()
    key = (str(file_path.resolve()), stat.st_mtime_ns, stat.st_size)
    form = _PARSED.get(key)
    if form is None:
        form = _PARSED[key] = _load_shipped_file(file_path)
    return form


def _load_shipped_file(file_path: FilePath) -> FormDefinition:
    return load_shipped_yaml_model(
        read_form_file(file_path), file_path.name, FormDefinition, form_problems, "form"
    )


def load_shipped_yaml_model(
    text: str,
    source_name: str,
    model: type[ModelT],
    problems: Callable[[ModelT], Iterable[tuple[Path, str]]],
    what: str,
) -> ModelT:
    """As `load_yaml_model`, for a file shipped with the app (`problems` must depend on the
    text alone): the model validated and checked from this exact text is read from the disk
    cache when an earlier process made it (`forms.model_cache`). Otherwise its YAML's data is
    read from the data cache when that holds this exact text (turning YAML into data is most of
    a form's loading time), then validated and checked as from the file; any problem takes the
    full parse, which reports it with its line."""
    from forms.model_cache import cached_model

    def build() -> ModelT:
        cached = _cached_yaml_data(text, source_name)
        if cached is not None:
            try:
                return _model_from_data(cached, {}, source_name, model, problems, what)
            except FormError:
                pass
        data, lines = parse_yaml_with_lines(text, source_name)
        result = _model_from_data(data, lines, source_name, model, problems, what)
        _cache_yaml_data(text, source_name, data)
        return result

    # The validated and checked model itself, when an earlier process made it from this text.
    checks = f"{what}:{problems.__module__}.{problems.__qualname__}"
    return cached_model(source_name, text, model, build, code=(model.__module__,), salt=checks)


def shipped_form_with_text(text: str) -> FormDefinition | None:
    """The shipped form whose file holds exactly `text`, read through the shipped forms'
    caches (in this process, then on disk), or None (no such file, or it does not load).

    A council's field pack carries its forms as text, and these are usually the very files
    this app ships: such a text gives the model its parse would give (same text, same checks),
    without parsing its YAML again (~0.05-0.1 s a form)."""
    folder = resources_dir() / "forms"
    size = len(text.encode("utf-8"))
    for file_path in sorted(folder.glob("*.yaml")):
        try:
            if file_path.stat().st_size != size or read_form_file(file_path) != text:
                continue
            return _load_shipped(file_path)
        except (OSError, FormError):
            return None
    return None


def shipped_forms() -> dict[str, FormDefinition]:
    """Every form in `resources/forms/*.yaml`, by form id (each file parsed once per process
    while it is unchanged)."""
    forms: dict[str, FormDefinition] = {}
    folder = resources_dir() / "forms"
    for file_path in sorted(folder.glob("*.yaml")):
        form = _load_shipped(file_path)
        if form.id in forms:
            raise FormError(
                file_path.name,
                "id",
                None,
                f"another shipped form already has the id '{form.id}'",
            )
        forms[form.id] = form
    return forms


def form_json_schema() -> dict[str, Any]:
    """The JSON Schema of the form file format, for editors that check YAML files."""
    schema = FormDefinition.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://gapkit.example/schemas/form.schema.json"
    schema["title"] = "GAP Field Kit form"
    schema["description"] = (
        "A health check or CAT readiness form: sections of statements and questions, with "
        "rubrics, conditions, support needs and gateways."
    )
    # The models turn bare words (yes, partly, no, not_sure...) into full options, and YAML
    # reads bare yes/no as booleans; the schema must accept what the loader accepts.
    question = schema["$defs"]["Question"]["properties"]
    option_ref = {"$ref": "#/$defs/Option"}
    shorthand = {"type": ["string", "boolean"]}
    question["options"] = {
        "anyOf": [{"type": "array", "items": {"anyOf": [option_ref, shorthand]}}, {"type": "null"}],
        "default": None,
        "title": "Options",
    }
    schema["$defs"]["Option"]["properties"]["id"] = {"type": ["string", "boolean"], "title": "Id"}
    schema["$defs"]["SupportNeed"]["properties"]["answers"] = {
        "anyOf": [{"type": "array", "items": shorthand}, {"type": "null"}],
        "default": None,
        "title": "Answers",
    }
    return schema


# ---------------------------------------------------------------------------------------------
# YAML with line numbers


def read_form_file(file_path: FilePath) -> str:
    try:
        size = file_path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FormError(
                file_path.name,
                "",
                None,
                f"the file is too large ({size} bytes; at most {MAX_FILE_BYTES})",
            )
        return file_path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise FormError(file_path.name, "", None, f"no such file: {file_path}") from None
    except UnicodeDecodeError:
        raise FormError(
            file_path.name, "", None, "the file is not UTF-8 text; save it as UTF-8"
        ) from None
    except OSError as exc:
        raise FormError(file_path.name, "", None, f"cannot read the file: {exc}") from None


def parse_yaml_with_lines(text: str, source_name: str) -> tuple[Any, dict[Path, int]]:
    """Parse YAML safely; return the data and the 1-based line of every path inside it."""
    import yaml

    if len(text.encode("utf-8", "replace")) > MAX_FILE_BYTES:
        raise FormError(source_name, "", None, "the file is too large")
    # libyaml's loader builds the same nodes, marks and errors as the pure-Python one, about
    # ten times faster (the shipped forms took 0.5 s each to parse in Python).
    safe_loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    loader = safe_loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise FormError(source_name, "", None, "the file is empty")
        if _expanded_size(node, {}) > MAX_EXPANDED_NODES:
            raise FormError(
                source_name,
                "",
                None,
                "the file expands to too many values (aliases repeat too much); write it out",
            )
        lines: dict[Path, int] = {}
        _map_lines(node, (), lines, source_name, set())
        data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = " ".join(p for p in (exc.context, exc.problem) if p)
        if "nesting depth" in problem:  # libyaml's own limit on [[[[...
            raise FormError(source_name, "", line, "the YAML is nested too deeply") from None
        hint = ""
        if "\t" in problem or "\\t" in problem or "tab" in problem.lower():
            hint = "; indent with spaces, not tabs"
        elif "block" in problem or "indentation" in problem:
            hint = "; check the indentation of this line and the lines just above it"
        raise FormError(
            source_name, "", line, f"the YAML is not valid: {problem or 'not understood'}{hint}"
        ) from None
    except yaml.YAMLError as exc:
        raise FormError(source_name, "", None, f"the YAML is not valid: {exc}") from None
    except RecursionError:
        raise FormError(source_name, "", None, "the YAML is nested too deeply") from None
    finally:
        loader.dispose()
    return data, lines


# ---------------------------------------------------------------------------------------------
# The parsed-data cache of shipped forms


def cache_dir() -> FilePath:
    """The user cache folder (GAPKIT_CACHE_DIR overrides), as the app's translations use."""
    override = os.environ.get("GAPKIT_CACHE_DIR")
    if override:
        return FilePath(override)
    import platformdirs

    return FilePath(platformdirs.user_cache_dir("gapkit", appauthor=False))


# At most this many parsed files are kept in the cache folder (one per shipped file name is
# the rule; the bound also clears whatever else gathers there).
MAX_CACHED_YAML = 16


def _cache_name(source_name: str) -> str:
    """The shipped file's name as a safe file-name prefix ("health-check.yaml")."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in source_name)[:64] or "file"


def _yaml_data_path(text: str, source_name: str) -> FilePath:
    # Named by the file's name, the text and the YAML library's version: an edited file or
    # another PyYAML never reads data parsed from something else.
    import yaml

    digest = hashlib.sha256(f"{yaml.__version__}\n{text}".encode()).hexdigest()[:32]
    return cache_dir() / "forms" / f"{_cache_name(source_name)}--{digest}.json"


def _cached_yaml_data(text: str, source_name: str) -> Any:
    """The data parsed earlier from exactly this text, or None."""
    try:
        return json.loads(_yaml_data_path(text, source_name).read_bytes())
    except (OSError, ValueError):
        return None


def _cache_yaml_data(text: str, source_name: str, data: Any) -> None:
    """Keep the data parsed from `text` when JSON gives it back unchanged (no dates, no keys
    that are not text), in place of the data of any earlier version of the same file; a cache
    that cannot be written is skipped."""
    try:
        encoded = json.dumps(data, ensure_ascii=False)
        if json.loads(encoded) != data:
            return
        path = _yaml_data_path(text, source_name)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.stem}.{os.getpid()}.part")
        try:
            partial.write_text(encoded, encoding="utf-8")
            os.replace(partial, path)
        finally:
            partial.unlink(missing_ok=True)
        _prune_yaml_cache(path)
    except (OSError, TypeError, ValueError):
        return


def _prune_yaml_cache(kept: FilePath) -> None:
    """Remove the data of the same file's other versions (an app update, an edited file),
    entries named the old way (the digest alone), and beyond MAX_CACHED_YAML the oldest."""
    prune_cache(
        kept,
        MAX_CACHED_YAML,
        stale=lambda entry: "--" not in entry.stem and len(entry.stem) == 32,
    )


def prune_cache(
    kept: FilePath, limit: int, *, stale: Callable[[FilePath], bool] | None = None
) -> None:
    """In the folder of `kept`, a cache entry named "<name>--<digest><suffix>" just written:
    remove the entries of the same name (other versions of the same thing) and those `stale`
    picks, then, beyond `limit` other entries, the oldest. Entries are those with its suffix."""
    prefix = kept.name.split("--")[0] + "--"
    entries = []
    for entry in kept.parent.glob(f"*{kept.suffix}"):
        if entry == kept:
            continue
        if entry.name.startswith(prefix) or (stale is not None and stale(entry)):
            entry.unlink(missing_ok=True)
        else:
            entries.append(entry)
    if len(entries) >= limit:
        by_age = sorted(entries, key=lambda entry: entry.stat().st_mtime_ns)
        for entry in by_age[: len(entries) - limit + 1]:
            entry.unlink(missing_ok=True)


def _expanded_size(node: yaml.Node, sizes: dict[int, int]) -> int:
    """How many values the document holds once aliases are expanded (memoised per node)."""
    import yaml

    known = sizes.get(id(node))
    if known is not None:
        return known
    sizes[id(node)] = 1  # a node that contains itself counts once
    total = 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            total += _expanded_size(key_node, sizes) + _expanded_size(value_node, sizes)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            total += _expanded_size(item, sizes)
    total = min(total, MAX_EXPANDED_NODES + 1)
    sizes[id(node)] = total
    return total


def _map_lines(
    node: yaml.Node, path: Path, lines: dict[Path, int], source_name: str, seen: set[int]
) -> None:
    import yaml

    lines.setdefault(path, node.start_mark.line + 1)
    # Aliases share nodes; walking each once keeps "billion laughs" files cheap.
    if id(node) in seen:
        return
    seen.add(id(node))
    if len(path) > 50:
        raise FormError(
            source_name, format_path(path), node.start_mark.line + 1, "nested too deeply"
        )
    if isinstance(node, yaml.MappingNode):
        keys_seen: set[Any] = set()
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key in keys_seen:
                raise FormError(
                    source_name,
                    format_path((*path, key)),
                    key_node.start_mark.line + 1,
                    f"'{key}' is given twice here; keep one",
                )
            keys_seen.add(key)
            if key is not None:
                _map_lines(value_node, (*path, key), lines, source_name, seen)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _map_lines(item, (*path, index), lines, source_name, seen)


def line_for(lines: dict[Path, int], path: Path) -> int | None:
    """The line of a path, or of its nearest parent found in the file."""
    current = tuple(path)
    while True:
        if current in lines:
            return lines[current]
        if not current:
            return None
        current = current[:-1]


# ---------------------------------------------------------------------------------------------
# Turning validation errors into messages for people


def load_yaml_model(
    text: str,
    source_name: str,
    model: type[ModelT],
    problems: Callable[[ModelT], Iterable[tuple[Path, str]]],
    what: str,
) -> ModelT:
    """Parse YAML text into `model`, checking shape then meaning; raise FormError on problems."""
    data, lines = parse_yaml_with_lines(text, source_name)
    return _model_from_data(data, lines, source_name, model, problems, what)


def _model_from_data(
    data: Any,
    lines: dict[Path, int],
    source_name: str,
    model: type[ModelT],
    problems: Callable[[ModelT], Iterable[tuple[Path, str]]],
    what: str,
) -> ModelT:
    if not isinstance(data, dict):
        raise FormError(
            source_name,
            "",
            line_for(lines, ()),
            f"a {what} file must be a mapping of fields at the top",
        )
    try:
        result = model.model_validate(data, context={"defer_checks": True})
    except ValidationError as exc:
        errors = [_pydantic_error(source_name, lines, model, e) for e in exc.errors()]
        raise _collect(errors) from None
    found = [
        FormError(source_name, format_path(path), line_for(lines, path), message)
        for path, message in problems(result)
    ]
    if found:
        raise _collect(found)
    return result


def _collect(errors: list[FormError]) -> FormError:
    errors.sort(key=lambda e: e.line if e.line is not None else 0)
    first = errors[0]
    first.problems = errors
    return first


def _pydantic_error(
    source_name: str, lines: dict[Path, int], model: type[BaseModel], error: Any
) -> FormError:
    loc: Path = tuple(error.get("loc", ()))
    kind = error.get("type", "")
    value = error.get("input")
    field = loc[-1] if loc else ""
    message: str
    if kind == "missing":
        message = f"'{field}' is missing"
        loc_for_path = loc[:-1]
        return FormError(
            source_name, format_path(loc_for_path), line_for(lines, loc_for_path), message
        )
    if kind == "extra_forbidden":
        parent = loc[:-1]
        message = f"'{field}' is not a field here"
        allowed = _allowed_fields(model, parent)
        close = difflib.get_close_matches(str(field), allowed, n=1)
        if " " in str(field):
            message += (
                "; if it is the end of a text that contains a comma or a colon, put the whole "
                'text in quotes ("...")'
            )
        elif close:
            message += f"; did you mean '{close[0]}'?"
        elif allowed:
            message += f" (allowed: {', '.join(allowed)})"
        return FormError(source_name, format_path(loc), line_for(lines, loc), message)
    if kind == "literal_error" and field == "type":
        close = difflib.get_close_matches(str(value), QUESTION_TYPES, n=1)
        message = f"unknown question type '{value}'; use one of: {', '.join(QUESTION_TYPES)}"
        if close:
            message += f" (did you mean '{close[0]}'?)"
    elif kind == "literal_error":
        message = f"'{value}' is not allowed here; {error.get('msg', '').lower()}"
    elif kind == "string_type":
        message = f"'{field}' should be text" if isinstance(field, str) else "this should be text"
        if isinstance(value, dict | list):
            message += (
                "; it reads as a mapping or list, often because of ': ' or ' #' inside the "
                'text; put the whole text in quotes ("...")'
            )
        if isinstance(value, int | float) and not isinstance(value, bool):
            message += f'; put it in quotes, e.g. "{value}"'
        elif value is None:
            message += ", but it is empty"
    elif kind in ("list_type",):
        message = f"'{field}' should be a list (lines starting with '- ')"
    elif kind in ("model_type", "model_attributes_type", "dict_type"):
        message = f"'{field}' should be a mapping of fields (name: value)"
        if isinstance(value, str):
            message += f", not the text '{value}'"
    elif kind in ("bool_type", "bool_parsing"):
        message = f"'{field}' should be true or false"
    elif kind in ("int_type", "int_parsing", "int_from_float"):
        message = f"'{field}' should be a whole number; found {value!r}"
    elif kind in ("float_type", "float_parsing"):
        message = f"'{field}' should be a number; found {value!r}"
    elif kind == "greater_than_equal":
        message = f"'{field}' {error.get('msg', '').lower()}; found {value!r}"
    elif kind == "value_error":
        message = str(error.get("ctx", {}).get("error", error.get("msg", "")))
    else:
        message = f"'{field}': {error.get('msg', 'not valid')}"
    return FormError(source_name, format_path(loc), line_for(lines, loc), message)


def _allowed_fields(model: type[BaseModel], parent: Path) -> list[str]:
    """The field names of the model found at `parent`, walking field annotations from `model`."""
    current: type[BaseModel] | None = model
    for part in parent:
        if isinstance(part, int) or current is None:
            continue
        field_info = current.model_fields.get(part)
        current = _model_in(field_info.annotation) if field_info is not None else None
    return list(current.model_fields) if current is not None else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in typing.get_args(annotation):
        found = _model_in(argument)
        if found is not None:
            return found
    return None
