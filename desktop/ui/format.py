"""Words and numbers as the screen shows them: the shared rules of `desktop/format.py` (the
PDFs use the same), plus the screen's own way of writing a change, and dates whose month is
in the language shown (the report's month names, context "Report" of the same .ts files)."""

from __future__ import annotations

from datetime import date, datetime
from html import escape

from desktop.format import (
    NO_VALUE,
    plural,
    score_change,
    score_text,
)
from desktop.format import local_time as plain_local_time
from desktop.format import long_date as plain_long_date
from desktop.format import short_date as plain_short_date
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


def _month_shown(month: str) -> str:
    # Month names live in the report's context: one list for translators, screen and PDF.
    return tr("Report", month)


def long_date(value: date | datetime | None) -> str:
    """12 March 2026, the month in the language shown (English by default)."""
    return plain_long_date(value, _month_shown)


def short_date(value: date | datetime | None) -> str:
    """12 Mar 2026, the month in the language shown."""
    return plain_short_date(value, _month_shown)


def local_time(moment: datetime) -> str:
    """12 Mar 2026 14:05 in this computer's time zone, the month in the language shown (in
    English it read "Nov 2026 22:49 27" in a right-to-left list)."""
    return plain_local_time(moment, _month_shown)


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
