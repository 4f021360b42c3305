"""The 1024x600 sweep (issue 13, item 5): every page and dialog on a small laptop's screen.

Offscreen, each page and dialog is laid out at 1024x600; no widget may need more than the
screen (the window would grow past it, or content would scroll sideways), and the primary
buttons must be on screen without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget

from tests.ui.small_screen import SCREEN_H, SCREEN_W, hidden_primary_buttons, settle, too_big
from tests.ui.test_runner import open_runner

# A dialog has a title bar the window manager adds: leave it room.
TITLE_BAR = 32

SIX = [(f"P{n}", "member") for n in range(1, 7)]


def assert_window_fits(window: QWidget) -> None:
    window.resize(SCREEN_W, SCREEN_H)
    settle()
    assert window.minimumSizeHint().width() <= SCREEN_W, too_big(window)
    assert window.minimumSizeHint().height() <= SCREEN_H, too_big(window)
    assert (window.width(), window.height()) == (SCREEN_W, SCREEN_H), too_big(window)
    assert not too_big(window)


def assert_dialog_fits(dialog: QDialog) -> None:
    dialog.show()
    settle()
    dialog.adjustSize()
    settle()
    need = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert need.width() <= SCREEN_W and need.height() <= SCREEN_H - TITLE_BAR, need
    assert dialog.height() <= SCREEN_H - TITLE_BAR, dialog.size()
    assert not too_big(dialog, SCREEN_W, SCREEN_H - TITLE_BAR)
    assert not hidden_primary_buttons(dialog)


def test_every_page_fits_1024_by_600(main_window):
    main_window.set_council_mode(True)
    for key in main_window.page_keys():
        main_window.show_page(key)
        assert_window_fits(main_window)
        assert not hidden_primary_buttons(main_window), key


def test_the_registration_form_fits_1024_by_600(main_window, organisation, organisations_page):
    organisations_page.reload()
    assert_window_fits(main_window)
    organisations_page.new_organisation()
    assert_window_fits(main_window)
    # the register beside the form: no sideways scroll at 1366 either
    main_window.resize(1366, 728)
    settle()
    assert organisations_page.table.horizontalScrollBar().maximum() == 0
    main_window.resize(SCREEN_W, SCREEN_H)
    settle()
    assert organisations_page.save_button.isVisible()
    assert not hidden_primary_buttons(main_window)


@pytest.mark.parametrize("mode", ["facilitated", "group"])
def test_the_runner_fits_1024_by_600_with_next_close_and_help_on_screen(
    qtbot, page, services, organisation, main_window, mode
):
    open_runner(qtbot, page, services, organisation, mode, SIX if mode == "group" else ())
    assert_window_fits(main_window)
    runner = page.runner
    for button in (runner.next_button, runner.close_button, runner.review_button):
        assert button.isVisible()
    assert not hidden_primary_buttons(main_window)
    if mode == "group":
        for level in (1, 2, 3, 4, 2, 3):
            runner.choose(level)
        settle()
        # after the reveal the agreed-score cards are in view without scrolling by hand
        from tests.ui.small_screen import _visible_in_scroll

        assert runner.current_spread() is not None
        assert all(_visible_in_scroll(b) for b in runner.answer_input.buttons)
    # the help button of a statement with help is on screen too
    assert not runner.help_button.isVisible() or _on_screen(runner.help_button, main_window)


def _on_screen(widget: QWidget, window: QWidget) -> bool:
    from tests.ui.small_screen import _visible_in_scroll

    return _visible_in_scroll(widget)


def test_review_and_results_fit_1024_by_600(qtbot, page, services, organisation, main_window):
    detail = open_runner(qtbot, page, services, organisation)
    page.show_review(detail.id)
    assert_window_fits(main_window)
    services.assessments.complete(detail.id, allow_unanswered_required=True)
    page.show_results(detail.id)
    assert_window_fits(main_window)


def test_the_start_dialog_with_six_participants_fits(qtbot, page, organisation):
    page.start_for_organisation(organisation.id)
    dialog = page.start_dialog
    dialog.group_mode.setChecked(True)
    while len(dialog.rows) < 6:
        dialog.add_participant()
    assert_dialog_fits(dialog)
    dialog.reject()


def test_the_other_dialogs_fit(qtbot, services, organisation):
    from desktop.ui.dialogs.batch_reports import BatchReportsDialog
    from desktop.ui.dialogs.import_csv import ImportCsvDialog
    from desktop.ui.results.action_plan import ActionDialog

    for dialog in (
        BatchReportsDialog(services, []),
        ImportCsvDialog(services),
        ActionDialog({}, ["Funding advice", "Governance training"], "Add an action"),
    ):
        qtbot.addWidget(dialog)
        assert_dialog_fits(dialog)
        dialog.reject()


def test_the_first_window_fits_the_screen_it_opens_on():
    from desktop.ui.main_window import default_window_size

    assert default_window_size(QSize(1920, 1080)) == QSize(1280, 800)
    small = default_window_size(QSize(1366, 728))  # 1366x768 less a task bar
    assert small.width() <= 1366 and small.height() <= 728 - TITLE_BAR
    tiny = default_window_size(QSize(1024, 560))
    assert tiny.width() <= 1024 and tiny.height() <= 560 - TITLE_BAR
