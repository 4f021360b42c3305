"""Keep the Qt Linguist sources (resources/translations/ui/gapkit_<lang>.ts) in step with the code.

    python tools/ui_translations.py            # add new texts, mark vanished ones obsolete
    python tools/ui_translations.py --check    # exit 1 if a text has no translation (CI)
    python tools/ui_translations.py --add xx   # start a new language

It collects every `tr("Context", "text")`, `tr_format(...)` and `tr_noop(...)` call in desktop/
(the same contexts and texts `QCoreApplication.translate` looks up), and the services' messages
(context "Messages": the template, the first string argument, of every `UserError(...)`, of its
subclasses and of `Message(...)` in the folders of MESSAGE_SOURCES), and keeps the translations
already written. `--check` also fails when a translation (of a message or a screen's text) lost or added a
`{place}`. Translators may use Qt Linguist on the .ts files instead; the app compiles them with
pyside6-lrelease when it first needs them.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FOLDER = ROOT / "resources" / "translations" / "ui"
QT_LOCALES = {"ur": "ur_PK", "pa": "pa_IN", "pl": "pl_PL"}


# Where the services' messages come from (desktop.errors: shown translated by
# desktop.ui.i18n.error_text).
MESSAGES_CONTEXT = "Messages"
MESSAGE_SOURCES = (
    ROOT / "desktop" / "errors.py",
    ROOT / "desktop" / "store" / "db.py",
    ROOT / "desktop" / "services",
    ROOT / "desktop" / "registration",
    ROOT / "desktop" / "reports",
    ROOT / "sync",
)
# The classes whose first argument is a message template; subclasses are found in the code.
# Cancelled (sync.errors) takes a fixed sentence, shown by the screens through error_text;
# SyncError's subclasses (a bundle's refusals) take a Message or a fixed sentence.
MESSAGE_CLASSES = frozenset({"UserError", "Message", "Cancelled", "SyncError"})


SUPPORT_FILE = ROOT / "resources" / "support-offers.yaml"
THEMES_CONTEXT = "Themes"


def support_themes(path: Path = SUPPORT_FILE) -> list[str]:
    """The support-need themes of the shipped support file: their names are translated with
    the app's words (context "Themes"), not in the file, which travels in field packs and
    whose fields every laptop already in use must still read (forms/support.py)."""
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [str(theme) for theme in data["themes"]]


def collect(folder: Path = ROOT / "desktop") -> dict[str, list[str]]:
    """Context -> its texts, in first-seen order, from every tr(...) call under `folder`
    (and, for the app's own folder, the shipped support file's themes)."""
    found: dict[str, list[str]] = {}
    trees = _parse_all(folder)
    if folder == ROOT / "desktop":
        found[THEMES_CONTEXT] = support_themes()
        found[MESSAGES_CONTEXT] = collect_messages(trees=trees)
    for tree in trees.values():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else None
            if isinstance(node.func, ast.Attribute) and node.func.attr == "translate":
                name = "translate"
            if name not in ("tr", "tr_noop", "tr_format", "translate"):
                continue
            context, text = node.args[0], node.args[1]
            if not (isinstance(context, ast.Constant) and isinstance(text, ast.Constant)):
                continue
            if isinstance(context.value, str) and isinstance(text.value, str):
                texts = found.setdefault(context.value, [])
                if text.value not in texts:
                    texts.append(text.value)
    return found


def _parse_all(folder: Path) -> dict[Path, ast.Module]:
    """Every module under `folder`, parsed (in path order): read once for all the collectors."""
    return {
        path: ast.parse(path.read_text(encoding="utf-8"), str(path))
        for path in sorted(folder.rglob("*.py"))
    }


def _message_files() -> list[Path]:
    files: list[Path] = []
    for source in MESSAGE_SOURCES:
        files.extend(sorted(source.rglob("*.py")) if source.is_dir() else [source])
    return files


def _sync_modules() -> list[Path]:
    return sorted((ROOT / "sync").glob("*.py"))


def _called_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else None


def _literals(node: ast.expr) -> list[str]:
    """The message templates an argument can be: a string, or either side of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def collect_messages(
    files: list[Path] | None = None, trees: dict[Path, ast.Module] | None = None
) -> list[str]:
    """The message templates of the services (first-seen order): the first argument of every
    call of UserError, Message or a subclass of either (found in the whole of desktop/).
    `trees`: desktop/'s modules already parsed (`collect` has them), not parsed again."""
    if trees is None:  # alone: only the modules that define classes (message files on demand)
        trees = {}
        for path in sorted((ROOT / "desktop").rglob("*.py")):
            text = path.read_text(encoding="utf-8")
            if "class " in text:
                trees[path] = ast.parse(text, str(path))
    bases_of: dict[str, set[str]] = {}  # every class of desktop/ and sync/ -> its bases' names
    sync_trees = [ast.parse(path.read_text(encoding="utf-8")) for path in _sync_modules()]
    for module in [*trees.values(), *sync_trees]:
        for node in ast.walk(module):
            if isinstance(node, ast.ClassDef):
                bases_of.setdefault(node.name, set()).update(
                    b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases
                )
    classes = set(MESSAGE_CLASSES)
    grew = True
    while grew:  # subclasses of subclasses, wherever they are defined
        grown = {name for name, bases in bases_of.items() if bases & classes} - classes
        classes |= grown
        grew = bool(grown)
    found: list[str] = []
    for path in files if files is not None else _message_files():
        tree = trees.get(path) or ast.parse(path.read_text(encoding="utf-8"), str(path))
        calls = [
            node
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and node.args and _called_name(node) in classes
        ]
        # A message class's own message: super().__init__("...", ...) in its body.
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and node.name in classes:
                calls += [
                    call
                    for call in ast.walk(node)
                    if isinstance(call, ast.Call)
                    and call.args
                    and _called_name(call) == "__init__"
                    and isinstance(call.func, ast.Attribute)
                    and isinstance(call.func.value, ast.Call)
                    and _called_name(call.func.value) == "super"
                ]
        for node in calls:
            for template in _literals(node.args[0]):
                if template and template not in found:
                    found.append(template)
    return found


def places(text: str) -> list[str]:
    """The `{places}` of a template, sorted (a translation must keep exactly these)."""
    import string

    return sorted(
        f"{name}:{spec}"
        for _text, name, spec, _conv in string.Formatter().parse(text)
        if name is not None
    )


def misplaced(known: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Texts whose translation does not have the same `{places}` as the English: the
    services' messages and the screens' own words alike (the screens fill theirs in with
    `tr(...).format(...)` or `tr_format`, where a place a translation added raises KeyError)."""
    return [
        (context, source)
        for (context, source), text in known.items()
        if text and _places_of(text) != _places_of(source)
    ]


# Languages whose letters join or stack (Urdu, Punjabi): an underlined shortcut letter breaks
# the word's shape ("&ਛੱਡੋ" lost its addak and no longer fitted its button), so their
# translations mark none.
NO_SHORTCUT_LETTERS = frozenset({"ur", "pa"})
_SHORTCUT_BEFORE_OTHER_SCRIPT = re.compile(r"&(?=[^\x00-\x7f])")


def shortcut_letters(language: str, known: dict[tuple[str, str], str]) -> list[tuple[str, str]]:
    """Texts whose translation marks a shortcut letter (`&`) inside a word of a joined script."""
    if language.split("-")[0] not in NO_SHORTCUT_LETTERS:
        return []
    return [
        (context, source)
        for (context, source), text in known.items()
        if _SHORTCUT_BEFORE_OTHER_SCRIPT.search(text)
    ]


def _places_of(text: str) -> list[str] | None:
    try:
        return places(text)
    except ValueError:  # unbalanced braces: never equal to a well-formed template's
        return None


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """(context, source) -> translation ('' when not yet translated) of a .ts file."""
    if not path.exists():
        return {}
    known: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            known[(name, source)] = text
    return known


def write_ts(
    path: Path, language: str, texts: dict[str, list[str]], known: dict[tuple[str, str], str]
) -> None:
    root = ET.Element(
        "TS", version="2.1", language=QT_LOCALES.get(language, language), sourcelanguage="en_GB"
    )
    for context, sources in sorted(texts.items()):
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in sources:
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            translation = ET.SubElement(message, "translation")
            value = known.get((context, source), "")
            if value:
                translation.text = value
            else:
                translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def untranslated(
    texts: dict[str, list[str]], known: dict[tuple[str, str], str]
) -> list[tuple[str, str]]:
    return [
        (context, source)
        for context, sources in texts.items()
        for source in sources
        if not known.get((context, source))
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if any text is untranslated")
    parser.add_argument("--add", metavar="CODE", help="start a .ts file for a new language")
    args = parser.parse_args(argv)
    texts = collect()
    paths = sorted(TS_FOLDER.glob("gapkit_*.ts"))
    if args.add and TS_FOLDER / f"gapkit_{args.add}.ts" not in paths:
        paths.append(TS_FOLDER / f"gapkit_{args.add}.ts")
    status = 0
    for path in paths:
        language = path.stem.removeprefix("gapkit_")
        known = read_ts(path)
        missing = untranslated(texts, known)
        if args.check:
            for context, source in missing:
                print(f"{path.name}: {context}: no translation of {source!r}", file=sys.stderr)
            wrong = misplaced(known)
            for context, source in wrong:
                print(
                    f"{path.name}: {context}: the translation of {source!r} does not keep its "
                    "{places}",
                    file=sys.stderr,
                )
            marked = shortcut_letters(language, known)
            for context, source in marked:
                print(
                    f"{path.name}: {context}: the translation of {source!r} marks a shortcut "
                    "letter inside a word (leave the & out in this language)",
                    file=sys.stderr,
                )
            status |= bool(missing) or bool(wrong) or bool(marked)
            continue
        write_ts(path, language, texts, known)
        print(f"{path.name}: {sum(map(len, texts.values()))} texts, {len(missing)} untranslated")
    return status


if __name__ == "__main__":
    sys.exit(main())
