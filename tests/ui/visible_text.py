"""What a person can read on a widget, and the app's English texts, for the language walks
(tests/ui/test_languages.py, test_field_pages_languages.py, test_sync_pages_languages.py,
test_settings_languages.py): one collector instead of a copy in each, and the tr() texts of
the app's code read once per test run instead of once per check (reading them parses every
module under desktop/, seconds each time)."""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable
from html import unescape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
from ui_translations import collect  # noqa: E402


@functools.cache
def _app_texts_once() -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((context, tuple(texts)) for context, texts in collect().items())


def app_texts() -> dict[str, list[str]]:
    """Context -> its English texts, from every tr(...) call under desktop/ (as
    tools/ui_translations.py's `collect()`; the code does not change during a test run).
    A fresh dict each time: a caller may change what it is given."""
    return {context: list(texts) for context, texts in _app_texts_once()}


def take_translation(ts: Path, source: str) -> None:
    """A copy of a .ts file (`ts`) without its translation of `source` (each context's)."""
    text = ts.read_text(encoding="utf-8")
    taken = re.sub(
        rf"(<source>{re.escape(source)}</source>\s*)<translation>[^<]*</translation>",
        r'\1<translation type="unfinished"/>',
        text,
    )
    assert taken != text, f"{ts.name} translates {source!r}"
    ts.write_text(taken, encoding="utf-8")


def plain(text: str) -> str:
    """A widget's text as read: rich-text tags and entities gone, no '&' shortcut marks."""
    return unescape(re.sub(r"<[^>]+>", " ", text)).replace("&", "").strip()


def shown_texts(
    root: QWidget,
    *,
    on_screen: bool = True,
    skip: Callable[[QWidget], bool] | None = None,
) -> list[str]:
    """Every text `root` and its children show: labels, buttons, group titles, placeholders,
    combo-box items, tabs, list and tree rows, item views' column headers, tooltips and
    window titles (root's, and those of children that are windows).

    `on_screen`: only widgets visible on screen now (`isVisible()`); otherwise those that
    would be visible when `root` is shown (`isVisibleTo(root)`: a page not yet at the front).
    `skip`: widgets whose words are other code's, left to its tests.
    """
    texts: list[str] = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        visible = widget.isVisible() if on_screen else widget.isVisibleTo(root)
        if not visible or (skip is not None and skip(widget)):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(c) for c in range(widget.columnCount())]
            for top in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(top)
                for row in [item, *(item.child(i) for i in range(item.childCount()))]:
                    texts += [row.text(c) for c in range(widget.columnCount())]
        elif (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)  # its view's headers are read with the view
            and widget.model() is not None
        ):
            model = widget.model()
            texts += [
                str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                for c in range(model.columnCount())
            ]
        texts.append(widget.toolTip())
        if widget is not root and widget.isWindow():
            texts.append(widget.windowTitle())
    return [text for text in map(plain, texts) if text]
