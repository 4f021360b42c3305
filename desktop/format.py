"""Dates, scores and score changes as people read them, the same on screen and in the PDFs.

Pure Python (no Qt, no reportlab): `desktop/ui/format.py` and `desktop/reports/` build on it.
Month names are spelt out here rather than with strftime's %B, which follows the locale: the
app and its reports are in English.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NO_VALUE = "—"


def tr_noop(context: str, text: str) -> str:
    """Marks a constant for translation without translating it: `tools/ui_translations.py`
    collects it, and the screens show it through `desktop.ui.i18n.tr(context, text)`. Pure, so
    services can name words (USE_LABELS) that the screens show translated."""
    return text


def _same(month: str) -> str:
    return month


def long_date(value: date | datetime | None, month_word: Callable[[str], str] = _same) -> str:
    """12 March 2026 (no leading zero); `month_word` gives the month in another language."""
    if value is None:
        return NO_VALUE
    return f"{value.day} {month_word(MONTHS[value.month - 1])} {value.year}"


def short_date(value: date | datetime | None, month_word: Callable[[str], str] = _same) -> str:
    """12 Mar 2026; `month_word` gives the abbreviation in another language."""
    if value is None:
        return NO_VALUE
    return f"{value.day} {month_word(MONTHS[value.month - 1][:3])} {value.year}"


def local_time(moment: datetime, month_word: Callable[[str], str] = _same) -> str:
    """12 Mar 2026 14:05 in this computer's time zone (a naive time is taken as UTC)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    local = aware.astimezone()
    month = month_word(MONTHS[local.month - 1][:3])
    return f"{local.day:02d} {month} {local.year} {local:%H:%M}"


def shown_score(score: float | None) -> int | None:
    """A 0-100 score as it is shown: a whole number (Python rounds halves to even)."""
    return None if score is None else round(score)


def score_text(score: float | None) -> str:
    shown = shown_score(score)
    return NO_VALUE if shown is None else str(shown)


def score_change(now: float | None, before: float | None) -> int | None:
    """The change between two scores as shown, so a reader never sees "50 then 50" called a
    change: 50.4 then 49.6 both show 50, and the change is 0."""
    shown_now, shown_before = shown_score(now), shown_score(before)
    if shown_now is None or shown_before is None:
        return None
    return shown_now - shown_before


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count} {word if count == 1 else (words or word + 's')}"
