"""Words and numbers as the screen shows them: the shared rules of `desktop/format.py` (the
PDFs use the same), plus the screen's own way of writing a change."""

from __future__ import annotations

from html import escape

from desktop.format import (
    NO_VALUE,
    local_time,
    long_date,
    plural,
    score_change,
    score_text,
    short_date,
)
from desktop.ui.i18n import tr

__all__ = [
    "NO_VALUE",
    "change_text",
    "rich_text",
    "local_time",
    "long_date",
    "plural",
    "score_change",
    "score_text",
    "short_date",
]


def change_text(now: float | None, before: float | None) -> str:
    """ "▲ +3", "▼ -2" or "no change" between two scores as shown; "" without a previous one."""
    change = score_change(now, before)
    if change is None:
        return ""
    if change == 0:
        return tr("Results", "no change")
    return f"▲ +{change}" if change > 0 else f"▼ {change}"


def rich_text(text: str) -> str:
    """`text` safe inside a label's rich text: &, < and > escaped (quotes need not be)."""
    return escape(text, quote=False)
