"""The cycle collector pause around a report, and the fallback fonts registered on demand."""

from __future__ import annotations

import gc
import threading

from reportlab.lib.fonts import tt2ps

from desktop.reports import fonts
from sync._gc import gc_paused


def test_the_collector_waits_for_the_last_of_nested_and_concurrent_reports() -> None:
    assert gc.isenabled()
    inner_done = threading.Event()
    outer_may_end = threading.Event()

    def other_report() -> None:
        with gc_paused():
            inner_done.set()
            outer_may_end.wait(5)

    with gc_paused():
        assert not gc.isenabled()
        worker = threading.Thread(target=other_report)
        worker.start()
        inner_done.wait(5)
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the other report is still being written
    assert not gc.isenabled()
    outer_may_end.set()
    worker.join(5)
    assert gc.isenabled()


def test_a_collector_switched_off_before_stays_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_runs_again_when_a_report_fails() -> None:
    try:
        with gc_paused():
            raise ValueError("the report failed")
    except ValueError:
        pass
    assert gc.isenabled()


def test_fallback_fonts_are_registered_with_their_bold_when_first_needed() -> None:
    coverage = fonts._Coverage(fonts.shaping_available())
    assert ord("a") in coverage[fonts.REGULAR]
    assert set(coverage._covered) == {fonts.REGULAR, fonts.BOLD}
    assert ord("ਪ") in coverage[fonts.GURMUKHI]
    assert set(coverage._covered) == {
        fonts.REGULAR,
        fonts.BOLD,
        fonts.GURMUKHI,
        fonts.GURMUKHI_BOLD,
    }
    assert ord("ا") in coverage[fonts.ARABIC_BOLD]
    assert ord("ব") in coverage[fonts.BENGALI]
    assert set(coverage._covered) == set(fonts._FILES) == set(coverage)
    # registering a font maps its bold to itself: `<b>` around a run of a fallback font
    # registered on demand must still take that font's bold
    for regular, bold in fonts._FAMILIES:
        assert tt2ps(regular, 1, 0) == bold
        assert tt2ps(regular, 0, 0) == regular


def test_line_breaks_stay_in_the_main_font_and_load_no_fallback() -> None:
    assert fonts.script_runs("First line\nsecond line\r\n") == [
        (fonts.REGULAR, "First line\nsecond line\r\n")
    ]
    assert fonts.script_runs("ਪੰਜਾਬੀ\nSabha") == [
        (fonts.GURMUKHI, "ਪੰਜਾਬੀ"),
        (fonts.REGULAR, "\nSabha"),
    ]
