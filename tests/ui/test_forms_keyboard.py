"""Forms and keyboard (issue 13, items 6-8): the wheel never changes a box it merely passes
over, validation keeps up with the typing, and the runner's hints match the statement."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox


def wheel(widget, steps: int = -1) -> None:  # type: ignore[no-untyped-def]
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(widget.rect().center())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_over_the_ward_does_not_change_it_unless_it_has_the_focus(
    qtbot, main_window, organisations_page
):
    organisations_page.new_organisation()
    ward = organisations_page.form.ward
    assert ward.currentIndex() == 0
    organisations_page.form.fields["name"].widget.setFocus()
    wheel(ward)
    assert ward.currentIndex() == 0 and organisations_page.form.district_area.currentIndex() <= 0
    # focused, the wheel is the person's choice
    ward.setFocus()
    qtbot.waitUntil(ward.hasFocus)
    wheel(ward)
    assert ward.currentIndex() == 1
    organisations_page.discard_changes()


def test_no_box_in_the_app_takes_the_focus_by_wheel(main_window):
    main_window.set_council_mode(True)
    for key in main_window.page_keys():
        main_window.show_page(key)
    boxes = main_window.findChildren(QComboBox) + main_window.findChildren(QAbstractSpinBox)
    assert boxes
    for box in boxes:
        box.ensurePolished()
        assert box.focusPolicy() != Qt.FocusPolicy.WheelFocus, box.accessibleName()


def test_a_field_is_checked_when_it_is_left_and_a_fixed_problem_goes_at_once(
    qtbot, main_window, organisations_page
):
    from PySide6.QtWidgets import QApplication

    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    form = organisations_page.form
    organisations_page.new_organisation()
    form.fields["contact_email"].widget.setFocus()
    qtbot.keyClicks(form.fields["contact_email"].widget, "asha@")
    form.postcode_edit.setFocus()
    qtbot.keyClicks(form.postcode_edit, "HD7 XYZ")
    assert form.problem_text("postcode") == ""  # nothing while typing
    form.name_edit.setFocus()  # left: checked now, not at the next Save
    qtbot.waitUntil(lambda: "not a UK postcode" in form.problem_text("postcode"))
    assert form.problem_text("contact_email")  # left with a half-typed address
    assert form.problem_text("consent_date") == ""  # never visited: left alone
    form.postcode_edit.setFocus()
    form.postcode_edit.clear()
    qtbot.keyClicks(form.postcode_edit, "HD7 4AB")
    form.name_edit.setFocus()
    qtbot.waitUntil(lambda: form.problem_text("postcode") == "")
    organisations_page.discard_changes()


def test_the_first_save_lists_every_problem_including_how_consent_was_given(
    qtbot, services, main_window, organisations_page
):
    form = organisations_page.form
    organisations_page.new_organisation()
    qtbot.keyClicks(form.name_edit, "Golcar Lily Allotments")
    qtbot.keyClicks(form.fields["contact_name"].widget, "Asha Patel")
    qtbot.keyClicks(form.postcode_edit, "HD7 XYZ")
    assert not organisations_page.save()
    summary = form.summary.text()
    for problem in ("postcode", "Consent date", "How consent was given"):
        assert problem in summary, summary
    assert form.problem_text("consent_how")
    assert services.organisations.count() == 0
    # putting one right takes it off the summary without another Save
    form.fields["consent_how"].widget.setFocus()
    qtbot.keyClicks(form.fields["consent_how"].widget, "agreed by phone")
    form.name_edit.setFocus()
    form.check_as_typed()
    assert "How consent was given" not in form.summary.text()
    assert "postcode" in form.summary.text()
    organisations_page.discard_changes()


def test_a_digit_with_no_answer_then_enter_does_not_silently_skip(
    qtbot, page, services, organisation
):
    from tests.ui.test_runner import open_runner, press

    detail = open_runner(qtbot, page, services, organisation)
    runner = page.runner
    press(qtbot, "7")  # there are four levels
    assert "no answer 7" in runner.notice.label.text()
    press(qtbot, Qt.Key.Key_Return)
    assert runner.question_id == "purpose_1"  # asked, not skipped
    assert "Nothing is chosen" in runner.notice.label.text()
    press(qtbot, Qt.Key.Key_Return)  # a second Enter leaves it unanswered, as told
    assert runner.question_id == "purpose_2"
    assert "purpose_1" not in services.assessments.answers(detail.id)


def test_the_key_hint_matches_the_statement_on_screen(qtbot, page, services, organisation):
    from tests.ui.test_runner import open_runner

    open_runner(qtbot, page, services, organisation)
    runner = page.runner
    for _ in range(60):
        question = runner.current_question()
        hint = runner.keys_hint.text()
        if question.type == "rating":
            levels = 5 if question.allow_not_applicable else 4
            assert f"1–{levels} choose" in hint
        elif question.type in ("yes_no_partly", "choice"):
            assert f"1–{len(question.options)} choose" in hint
        elif question.type in ("text", "number", "date"):
            assert "1–" not in hint and "Ctrl+Enter next" in hint
        if question.type not in ("text", "number", "date"):
            # Enter writes a new line in the note: the hint says how to go on from there.
            assert "Enter next" in hint and "Ctrl+Enter next from the note" in hint
        assert ("F1 help" in hint) == bool(question.help)
        following = runner.flow.next_after(runner.question_id, runner.answers)
        if following is None:
            break
        runner.go_to(following)


def test_tab_goes_from_the_answer_to_the_note_in_reading_order(qtbot, page, services, organisation):
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_runner import open_runner, press

    open_runner(qtbot, page, services, organisation)
    runner = page.runner
    runner.answer_input.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is runner.answer_input.buttons[0])
    visited = []
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
        if visited[-1] is runner.note_edit:
            break
    assert runner.note_edit in visited and len(visited) <= 4, [w.accessibleName() for w in visited]
    header = {runner.projector_button, runner.review_button, runner.close_button}
    assert not header & set(visited)
