"""Words and numbers as the screen shows them: the shared rules of `desktop/format.py` (the
PDFs use the same), plus the screen's own way of writing a change, and dates whose month is
in the language shown (the report's month names, context "Report" of the same .ts files)."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from desktop.format import (
    MONTHS,
    NO_VALUE,
    local_time,
    plural,
    score_change,
    score_text,
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


def long_date(value: date | datetime | None) -> str:
    """12 March 2026, the month in the language shown (English by default)."""
    if value is None:
        return NO_VALUE
    return f"{value.day} {tr('Report', MONTHS[value.month - 1])} {value.year}"


def short_date(value: date | datetime | None) -> str:
    """12 Mar 2026, the month in the language shown."""
    if value is None:
        return NO_VALUE
    return f"{value.day} {tr('Report', MONTHS[value.month - 1][:3])} {value.year}"


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
