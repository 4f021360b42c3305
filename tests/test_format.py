"""Dates, scores and changes read the same on screen and in the PDF (desktop/format.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop.format import local_time, long_date, score_change, score_text, short_date
from desktop.reports.assessment_report import _change as pdf_change
from desktop.ui.format import change_text as screen_change


@pytest.mark.parametrize(
    ("before", "now", "screen", "pdf"),
    [
        # both scores show as 50: neither says it moved (the screen used to say ▼ -1)
        (50.4, 49.6, "no change", "same"),
        (49.6, 50.4, "no change", "same"),
        # 49 then 51 as shown: a change of 2 on both, not the raw 1.2
        (49.4, 50.6, "▲ +2", "+2"),
        (50.6, 49.4, "▼ -2", "−2"),
        (70.0, 62.0, "▼ -8", "−8"),
        (None, 62.0, "", "—"),
    ],
)
def test_screen_and_pdf_agree_on_a_change_between_scores_as_shown(before, now, screen, pdf):
    assert screen_change(now, before) == screen
    assert pdf_change(now, before) == pdf
    if before is not None:
        shown = int(score_text(now)) - int(score_text(before))
        assert score_change(now, before) == shown


def test_dates_are_spelt_in_english_without_a_leading_zero():
    assert long_date(date(2026, 3, 5)) == "5 March 2026"
    assert short_date(datetime(2026, 11, 24, 9, 0, tzinfo=UTC)) == "24 Nov 2026"
    assert long_date(None) == short_date(None) == score_text(None) == "—"


def test_local_time_treats_a_naive_time_as_utc():
    aware = datetime(2026, 6, 1, 12, 30, tzinfo=UTC)
    assert local_time(aware.replace(tzinfo=None)) == local_time(aware)
    assert local_time(aware).startswith(f"{aware.astimezone().day:02d} Jun 2026")
