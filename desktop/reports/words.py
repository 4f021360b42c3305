"""The report's own words (headings, labels, sentences) in the session's language.

The words are kept with the app's: `resources/translations/ui/gapkit_<lang>.ts`, context
"Report", so one file per language holds everything a translator or a council replaces, and
`tools/ui_translations.py` collects the `tr("Report", ...)` calls here as it does the screens'.
Reports import no Qt, so the .ts file is read directly (it is plain XML) instead of through
QTranslator.

The language is set for one report at a time with `report_language(code)`; outside it (the
council summary) every word stays English.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

ENGLISH = "en"
_language: ContextVar[str] = ContextVar("report_language", default=ENGLISH)


@contextmanager
def report_language(language: str | None) -> Iterator[None]:
    """Within this block, `tr` gives the report's words in `language`."""
    token = _language.set(language or ENGLISH)
    try:
        yield
    finally:
        _language.reset(token)


def current_language() -> str:
    return _language.get()


def tr(context: str, text: str) -> str:
    """`text` in the report's language; the English when it has no translation."""
    language = _language.get()
    if language == ENGLISH:
        return text
    return _translations(_ts_path(language)).get((context, text)) or text


def theme_name(theme: str) -> str:
    """A support-need theme as the report names it, in the report's language: the app's words
    translate the shipped support file's themes (context "Themes"); others stay as written."""
    name = tr("Themes", theme)
    return name[:1].upper() + name[1:]  # kept in lower case: "trustee skills"


def tr_noop(context: str, text: str) -> str:
    """Marks a constant for the translation tools; `tr(context, it)` translates it later."""
    return text


def _ts_path(language: str) -> Path:
    from desktop.paths import resources_dir

    return resources_dir() / "translations" / "ui" / f"gapkit_{language}.ts"


def _translations(path: Path) -> dict[tuple[str, str], str]:
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    return _read_ts(path, stamp)


@lru_cache(maxsize=8)
def _read_ts(path: Path, _stamp: int) -> dict[tuple[str, str], str]:
    """(context, English) -> translation of one .ts file (read again when it changes). A file
    that cannot be read gives no translations: the report is then English, never broken."""
    import xml.etree.ElementTree as ET  # only a report in another language needs it

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or not translation.text:
                continue
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            found[(name, message.findtext("source") or "")] = translation.text
    return found
