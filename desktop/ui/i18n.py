"""The app's own words in the session's language: Qt's translation system, and right to left.

Screens wrap their words in `tr("Runner", "Next →")` (QCoreApplication.translate). The
translations are Qt Linguist sources, `resources/translations/ui/gapkit_<lang>.ts`, which a
council can replace or add to without touching code; `pyside6-lrelease` compiles each to a
`.qm` in the user's cache folder the first time it is used (and again whenever the source
changes), so no binary is kept in the repository.

`set_language(code)` installs the translation, sets the layout direction (Urdu lays out right
to left) and retranslates every open window in place: each text shown is looked up in the
texts `tr` gave out, so a screen needs no code of its own to switch language.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import CodeType, FrameType

from PySide6.QtCore import QCoreApplication, QObject, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from desktop.errors import (
    MESSAGES_CONTEXT,
    Cancelled,
    Message,
    UserError,
    ValidationFailed,
    Word,
    Words,
)

# Re-exported: pure, so services can mark words too (services.setup.USE_LABELS).
from desktop.format import tr_noop as tr_noop
from sync.errors import SyncError

# On the start-up path (the main window's side bar): nothing heavier than Qt is imported here
# until a language other than English is asked for.

log = logging.getLogger(__name__)
ENGLISH = "en"
# As forms.localised.RIGHT_TO_LEFT_LANGUAGES (a test keeps the two the same).
_RIGHT_TO_LEFT = frozenset({"ur", "ar", "fa", "ps", "sd", "he", "yi", "ckb"})

# Every text `tr` gave out (in any language) -> each (context, English source) it was given out
# for, with the kinds of object (page, dialog, view) whose code asked, so a widget's text can be
# translated again when the language changes. One text can stand for several sources: "Open"
# is the Assessments page's verb and a conflict's state, with different Polish words; Polish
# "Zamknij" is both the runner's "Close" and a notice's "Dismiss". A widget takes the source its
# nearest asking ancestor (or one of its bases) asked for (`_source_for`), not whichever was
# given out first.
Asker = str  # a class whose code asked for a text: "module.QualifiedName"
_sources: dict[str, dict[tuple[str, str], set[Asker]]] = {}
# How far up the calls `tr` looks for the object asking (a page's method, or a helper it called).
_ASKER_DEPTH = 5
_askers_of: dict[CodeType, Asker | None] = {}  # the class a function is defined in, if any
_kinds_of: dict[type, frozenset[Asker]] = {}
# Texts `tr_format` filled in -> (context, English source, the values put in), likewise.
_formatted: dict[str, tuple[str, str, tuple[tuple[str, object], ...]]] = {}
_installed: list[QTranslator] = []
_current = ENGLISH
_app_language = ENGLISH  # the language chosen for the app as a whole (GAPKIT_LANGUAGE)


def is_right_to_left(language: str) -> bool:
    """Urdu (and other Arabic- or Hebrew-script languages) lay out right to left."""
    base = language.split("-")[0]
    return base in _RIGHT_TO_LEFT or language.endswith("-Arab")


def tr(context: str, text: str) -> str:
    """`text` (English) in the current language; remembered so it can be retranslated."""
    translated = QCoreApplication.translate(context, text)
    asker = _asker(sys._getframe(1))
    _remember(text, (context, text), asker)
    if translated != text:
        _remember(translated, (context, text), asker)
    return translated


def _asker(frame: FrameType | None) -> Asker | None:
    """The class whose method is asking for a text: the nearest calling frame that runs code
    defined in a class (a page's, a dialog's, a view's), past helper functions. Read from the
    code's qualified name, not its locals: reading a frame's locals would keep them alive
    until it returns."""
    for _depth in range(_ASKER_DEPTH):
        if frame is None:
            return None
        code = frame.f_code
        asker = _askers_of.get(code, "")
        if asker == "":
            owner = code.co_qualname.partition(".<locals>.")[0].rpartition(".")[0]
            module = frame.f_globals.get("__name__", "")
            asker = _askers_of[code] = f"{module}.{owner}" if owner else None
        if asker is not None:
            return asker
        frame = frame.f_back
    return None


def _kinds(kind: type) -> frozenset[Asker]:
    """A widget's class and its bases, named as `_asker` names them."""
    kinds = _kinds_of.get(kind)
    if kinds is None:
        kinds = _kinds_of[kind] = frozenset(
            f"{c.__module__}.{c.__qualname__}" for c in kind.__mro__
        )
    return kinds


def _remember(shown: str, source: tuple[str, str], asker: Asker | None) -> None:
    askers = _sources.setdefault(shown, {}).setdefault(source, set())
    if asker is not None:
        askers.add(asker)


def _source_for(widget: QObject, shown: str) -> tuple[tuple[str, str], set[Asker]] | None:
    """The (context, English source) `shown` was given out for on `widget`: the only one, or,
    where several sources share the text, the one asked for by the widget's nearest ancestor
    (itself first) that asked for any; else the first given out."""
    sources = _sources.get(shown)
    if not sources:
        return None
    if len(sources) > 1:
        ancestor: QObject | None = widget
        while ancestor is not None:
            kinds = _kinds(type(ancestor))
            for source, askers in sources.items():
                if not kinds.isdisjoint(askers):
                    return source, askers
            ancestor = ancestor.parent()
    source, askers = next(iter(sources.items()))
    return source, askers


def tr_format(context: str, text: str, **values: object) -> str:
    """`tr(context, text).format(**values)`, remembered so that a change of language fills
    the text in again: values that were themselves given out by `tr` are translated again
    too ("{field} *" with the field's label)."""
    filled = tr(context, text).format(**values)
    _formatted[filled] = (context, text, tuple(values.items()))
    return filled


def message_text(message: str, data: Callable[[str], str] | None = None) -> str:
    """A service's message (desktop.errors.Message) in the current language: its English
    template looked up in the context "Messages" and filled in with its values, themselves
    translated where they are words from a fixed list (`Word`) or messages. Plain text (a
    message made elsewhere, or one from outside) is shown as it is.

    `data` (`sync.text.shown`) is applied to what came from outside (the values, plain text,
    an untranslated template), not to the translations: their own direction marks stay."""
    if isinstance(message, Word):
        return tr(message.context, message)
    if isinstance(message, Words):
        return message.separator.join(message_text(word, data) for word in message.words)
    if not isinstance(message, Message):
        return data(message) if data is not None else message
    if not message.values:
        translated = tr(MESSAGES_CONTEXT, message.template)
        untranslated = translated == message.template
        return data(translated) if data is not None and untranslated else translated
    values = {name: _value_text(value, data) for name, value in message.values.items()}
    try:
        return tr_format(MESSAGES_CONTEXT, message.template, **values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a {place}: English
        log.warning("The translation of %r does not fit its values", message.template)
        return data(str(message)) if data is not None else str(message)


def _value_text(value: object, data: Callable[[str], str] | None = None) -> object:
    if isinstance(value, Message | Word | Words):
        return message_text(value, data)
    # Numbers keep their type (a template may give them a format); text and paths are data.
    return data(str(value)) if data is not None and isinstance(value, str | Path) else value


def error_text(error: BaseException) -> str:
    """What went wrong, for a person, in the current language: a UserError's message
    translated (each problem of a failed validation), a cancel's fixed sentence ("Pack
    cancelled; nothing was written.") too, anything else as its English text."""
    if isinstance(error, Cancelled):
        return tr(MESSAGES_CONTEXT, str(error))
    if isinstance(error, ValidationFailed):
        return "; ".join(message_text(message) for _field, message in error.problems)
    if isinstance(error, UserError | SyncError):  # a bundle's refusal is a Message too
        return message_text(error.message)
    return str(error)


def theme_name(theme: str) -> str:
    """A support-need theme as people read it, in the current language ("Trustee skills"):
    the shipped support file's themes are translated with the app's words (context "Themes",
    collected by tools/ui_translations.py); a council's own stay as written."""
    name = tr("Themes", theme)
    return name[:1].upper() + name[1:]  # kept in lower case: "trustee skills"


def kind_label(kind: str) -> str:
    """The name of an assessment kind in the current language."""
    names = {
        "health_check": tr("Assessment", "Organisational health check"),
        "cat_readiness": tr("Assessment", "CAT readiness"),
    }
    return names.get(kind, kind)


def kind_in_sentence(kind: str) -> str:
    """The name of an assessment kind inside a sentence ("the CAT readiness assessment with
    …"), in the current language. Its own text rather than `kind_label` lower-cased: that made
    "cat readiness", and a lower-cased text is not one `tr_format` can translate again when
    the language changes."""
    names = {
        "health_check": tr("Assessment", "organisational health check"),
        "cat_readiness": tr("Assessment", "CAT readiness assessment"),
    }
    return names.get(kind, kind)


def current_language() -> str:
    """The language the app's own words are shown in now."""
    return _current


def app_language() -> str:
    """The language of the app as a whole, which sessions in another language return to."""
    return _app_language


def set_app_language(language: str) -> bool:
    """Choose the app's language (not just one session's) and show it."""
    global _app_language
    _app_language = language
    return set_language(language)


def restore_app_language() -> None:
    """Back to the app's own language after a session in another one."""
    if _current != _app_language:
        set_language(_app_language)


def ts_folder() -> Path:
    # As forms.loader.resources_dir, without importing the forms package (pydantic) at start-up.
    override = os.environ.get("GAPKIT_RESOURCES_DIR")
    resources = Path(override) if override else Path(__file__).resolve().parents[2] / "resources"
    return resources / "translations" / "ui"


def available_languages() -> list[str]:
    """English and every language with a `.ts` file, in code order after English."""
    folder = ts_folder()
    codes = sorted(p.stem.removeprefix("gapkit_") for p in folder.glob("gapkit_*.ts"))
    return [ENGLISH, *codes]


def cache_folder() -> Path:
    override = os.environ.get("GAPKIT_CACHE_DIR")
    if override:
        return Path(override) / "translations"
    import platformdirs

    return Path(platformdirs.user_cache_dir("gapkit", appauthor=False)) / "translations"


def lrelease_command() -> list[str] | None:
    """How to run PySide6's lrelease here, or None if it is not installed."""
    script = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).with_name("pyside6-lrelease")
    )
    if Path(script).exists():
        return [script]
    try:
        import PySide6

        bundled = Path(PySide6.__file__).parent / (
            "lrelease.exe" if os.name == "nt" else "lrelease"
        )
    except ImportError:  # pragma: no cover - the app needs PySide6 anyway
        return None
    return [str(bundled)] if bundled.exists() else None


def compiled_translation(language: str) -> Path | None:
    """The `.qm` for a language, compiling its `.ts` first if needed; None if there is none."""
    source = ts_folder() / f"gapkit_{language}.ts"
    try:
        data = source.read_bytes()
    except OSError:
        return None
    digest = hashlib.sha256(data).hexdigest()[:16]
    target = cache_folder() / f"gapkit_{language}-{digest}.qm"
    if target.exists():
        return target
    command = lrelease_command()
    if command is None:
        log.warning("pyside6-lrelease is not installed; the app's words stay in English")
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial.qm")
    try:
        subprocess.run(
            [*command, "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        os.replace(partial, target)
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Could not compile %s: %s", source, exc)
        return None
    for old in target.parent.glob(f"gapkit_{language}-*.qm"):
        if old != target:
            old.unlink(missing_ok=True)
    return target


def set_language(language: str, app: QCoreApplication | None = None) -> bool:
    """Show the app's words in `language` (English if it has no translation); True if done."""
    global _current
    from PySide6.QtCore import QLibraryInfo, Qt

    app = app or QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = language == ENGLISH
    if language != ENGLISH:
        path = compiled_translation(language)
        translator = QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded = True
        # Qt's own words (standard buttons, dialogs), where Qt ships them.
        qt_words = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_words.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt_words)
            _installed.append(qt_words)
    _current = language if loaded else ENGLISH
    if isinstance(app, QApplication):
        direction = (
            Qt.LayoutDirection.RightToLeft
            if is_right_to_left(_current)
            else Qt.LayoutDirection.LeftToRight
        )
        app.setLayoutDirection(direction)
        from desktop.ui.theme import use_language_font

        use_language_font(app, _current)
        for window in app.topLevelWidgets():
            retranslate_tree(window)
    return loaded


def retranslate_tree(root: QWidget) -> None:
    """Translate again every text of `root` and its children that came from `tr`."""
    for widget in [root, *root.findChildren(QWidget)]:
        _retranslate(widget, widget.windowTitle, widget.setWindowTitle)
        _retranslate(widget, widget.toolTip, widget.setToolTip)
        _retranslate(widget, widget.accessibleName, widget.setAccessibleName)
        for action in widget.actions():  # menus' items (the Help menu), a widget's actions
            _retranslate(widget, action.text, action.setText)
            _retranslate(widget, action.toolTip, action.setToolTip)
        if isinstance(widget, QLabel | QAbstractButton):
            _retranslate(widget, widget.text, widget.setText)
        elif isinstance(widget, QGroupBox):
            _retranslate(widget, widget.title, widget.setTitle)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            _retranslate(widget, widget.placeholderText, widget.setPlaceholderText)
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                again = _text_again(widget, widget.itemText(index))
                if again is not None:
                    widget.setItemText(index, again)
        elif isinstance(widget, QListWidget):
            for index in range(widget.count()):
                item = widget.item(index)
                again = _text_again(widget, item.text())
                if again is not None:
                    item.setText(again)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                again = _text_again(widget, widget.tabText(index))
                if again is not None:
                    widget.setTabText(index, again)


def _again(source: tuple[str, str], askers: set[Asker]) -> str:
    """The source text translated into the current language, remembered like `tr` does."""
    translated = QCoreApplication.translate(*source)
    _sources.setdefault(translated, {}).setdefault(source, set()).update(askers)
    return translated


def _text_again(widget: QObject, current: str) -> str | None:
    """A text given out by `tr` or `tr_format`, in the current language; None if neither."""
    found = _source_for(widget, current)
    if found is not None:
        return _again(*found)
    filled = _formatted.get(current)
    if filled is None:
        return None
    context, text, values = filled
    again = {name: _value_again(widget, value) for name, value in values}
    translated = _again((context, text), set()).format(**again)
    _formatted[translated] = (context, text, tuple(again.items()))
    return translated


def _value_again(widget: QObject, value: object) -> object:
    if not isinstance(value, str):
        return value
    found = _source_for(widget, value)
    return _again(*found) if found is not None else value


def _retranslate(widget: QWidget, getter: object, setter: object) -> None:
    current = getter()  # type: ignore[operator]
    if not current:
        return
    translated = _text_again(widget, current)
    if translated is not None and translated != current:
        setter(translated)  # type: ignore[operator]
