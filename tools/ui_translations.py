"""Keep the Qt Linguist sources (resources/translations/ui/gapkit_<lang>.ts) in step with the code.

    python tools/ui_translations.py            # add new texts, mark vanished ones obsolete
    python tools/ui_translations.py --check    # exit 1 if a text has no translation (CI)
    python tools/ui_translations.py --add xx   # start a new language

It collects every `tr("Context", "text")`, `tr_format(...)` and `tr_noop(...)` call in desktop/
(the same contexts and texts `QCoreApplication.translate` looks up) and keeps the translations already
written. Translators may use Qt Linguist on the .ts files instead; the app compiles them with
pyside6-lrelease when it first needs them.
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FOLDER = ROOT / "resources" / "translations" / "ui"
QT_LOCALES = {"ur": "ur_PK", "pa": "pa_IN", "pl": "pl_PL"}


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
    if folder == ROOT / "desktop":
        found[THEMES_CONTEXT] = support_themes()
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
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
            status |= bool(missing)
            continue
        write_ts(path, language, texts, known)
        print(f"{path.name}: {sum(map(len, texts.values()))} texts, {len(missing)} untranslated")
    return status


if __name__ == "__main__":
    sys.exit(main())
