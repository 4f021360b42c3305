"""The runner driven with the keyboard only: a whole facilitated health check, answers saved
as given, resume where it stopped, skip rules, locked answers and accessible names."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.assessments import response_id
from desktop.store.models import Response
from forms.answers import DONT_KNOW
from forms.scoring import score_assessment


def press(qtbot: Any, key: Any, modifier: Any = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a person would make it."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)


def type_text(qtbot: Any, text: str) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClicks(target, text)


def start_with_keyboard(qtbot: Any, page: Any, *, group: bool = False, cat: bool = False) -> str:
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.start_dialog is not None and page.start_dialog.isVisible())
    dialog = page.start_dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    if cat:
        press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.kind_buttons["cat_readiness"].isChecked)
    if group:
        press(qtbot, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: len(dialog.rows) == 3)
    press(qtbot, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "St Paul's church hall")
    press(qtbot, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    type_text(qtbot, "Sam Ahmed")
    if group:
        # the third participant is a trustee: focus P3's role and choose it by its first letter
        dialog.rows[2].role.setFocus()
        press(qtbot, Qt.Key.Key_T)
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.consent.isChecked)  # a mnemonic clicks after a short animation
    started: list[str] = []
    dialog.started.connect(started.append)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(started))
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.runner)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return started[0]


def answer_current_with_keyboard(qtbot: Any, runner: Any, index: int) -> Any:
    """Answer the statement on screen with keys only; returns the answer the store must hold."""
    question = runner.current_question()
    if question.type == "rating":
        level = index % 4 + 1
        press(qtbot, str(level))
        return level
    if question.type in ("yes_no_partly", "choice"):
        press(qtbot, "1")
        return question.options[0].id
    if question.type == "multi_choice":
        press(qtbot, "1")
        press(qtbot, "3")
        return [question.options[0].id, question.options[2].id]
    if question.type == "number":
        type_text(qtbot, "5")
        return 5
    if question.type == "text":
        type_text(qtbot, "We run a lunch club on Tuesdays")
        return "We run a lunch club on Tuesdays"
    raise AssertionError(question.type)


def test_a_whole_facilitated_health_check_with_the_keyboard_only(qtbot, page, services):
    assessment_id = start_with_keyboard(qtbot, page)
    runner = page.runner
    expected: dict[str, Any] = {}
    noted: dict[str, str] = {}
    index = 0
    while page.stack.currentWidget() is runner:
        question = runner.current_question()
        if index == 3:
            press(qtbot, Qt.Key.Key_D)  # don't know
            expected[question.id] = DONT_KNOW
        else:
            expected[question.id] = answer_current_with_keyboard(qtbot, runner, index)
        if index == 1:
            # a note is typed into the note box, reached with Tab from the answer
            runner.note_edit.setFocus()
            type_text(qtbot, "Written in the 2024 plan")
            noted[question.id] = "Written in the 2024 plan"
        # Enter moves on from buttons; from a text box Ctrl+Enter does
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        index += 1
        assert index < 200
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.review)
    assert services.assessments.answers(assessment_id) == expected
    assert services.assessments.results(assessment_id).notes == noted
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # complete
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results)
    assert services.assessments.get(assessment_id).summary.status == "completed"

    form = services.assessments.form_for(assessment_id)
    registration = services.organisations.get(
        services.assessments.get(assessment_id).summary.organisation_id
    ).values
    want = score_assessment(form, expected, registration)
    shown = page.results.results.result
    assert [s.score for s in shown.sections] == [s.score for s in want.sections]
    table = page.results.sections_table
    assert table.item(0, 0).text() == form.sections[0].title
    assert table.item(0, 1).text() == f"{want.sections[0].score:.0f}"

    # action plan: Alt+A, then Enter on the first idea opens the dialog, prefilled
    press(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    plan = page.results.plan
    plan.idea_list.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plan.dialog is not None and plan.dialog.isVisible())
    dialog = plan.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    idea = plan.ideas[0]
    assert dialog.what.text() == idea.what
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # "W&ho"
    type_text(qtbot, "Treasurer")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plan.dialog is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    actions = services.assessments.actions(assessment_id)
    assert [(a.what, a.who, a.theme) for a in actions] == [(idea.what, "Treasurer", idea.theme)]
    plan.table.setFocus()
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert services.assessments.actions(assessment_id)[0].status == "done"


def open_runner(qtbot, page, services, organisation, mode="facilitated", participants=()):
    detail = services.assessments.start(
        organisation.id,
        "health_check",
        mode,
        consent_given=True,
        participants=participants,
    )
    page.resume(detail.id)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.runner)
    # each section opens with an optional "what are you proud of"; start at the first rating
    page.runner.go_to("purpose_1")
    return detail


def test_each_answer_is_in_the_database_the_moment_it_is_given(qtbot, page, services, organisation):
    detail = open_runner(qtbot, page, services, organisation)
    press(qtbot, "3")
    with services.store.session() as session:
        row = session.get(Response, response_id(detail.id, "purpose_1", None))
        assert row is not None and row.value == 3
    assert page.runner.saved_mark.text().startswith("✓ Saved")


def test_reopening_resumes_exactly_where_it_stopped(qtbot, page, services, organisation):
    detail = open_runner(qtbot, page, services, organisation)
    for key in ("2", Qt.Key.Key_Return, "3", Qt.Key.Key_Return, "4", Qt.Key.Key_Return):
        press(qtbot, key)
    assert page.runner.question_id == "purpose_4"
    page.show_list()
    page.open_assessment(detail.id)
    assert page.runner.question_id == "purpose_4"
    # Backspace goes back one statement and shows the answer given there
    press(qtbot, Qt.Key.Key_Backspace)
    assert page.runner.question_id == "purpose_3"
    assert page.runner.answer_input.value() == 4


def test_skip_is_refused_for_a_required_statement_and_offered_for_an_optional_one(
    qtbot, page, services, organisation
):
    open_runner(qtbot, page, services, organisation)
    runner = page.runner
    assert runner.current_question().required
    assert not runner.skip_button.isVisibleTo(runner)
    press(qtbot, Qt.Key.Key_S)
    assert runner.question_id == "purpose_1"
    assert "needs an answer" in runner.notice.label.text()
    runner.go_to("ahead_4")
    assert not runner.current_question().required
    assert runner.skip_button.isVisibleTo(runner)
    # in a text box S is a letter; Alt+S is the skip button's key
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: runner.question_id == "ahead_5")


def test_help_text_shows_on_demand(qtbot, page, services, organisation):
    open_runner(qtbot, page, services, organisation)
    page.runner.go_to("purpose_4")
    assert not page.runner.help_text.isVisible()
    press(qtbot, Qt.Key.Key_F1)
    assert page.runner.help_text.isVisible()
    assert "away day" in page.runner.help_text.text()


def test_a_statement_whose_condition_is_false_is_skipped(qtbot, page, services):
    organisation = services.organisations.create(
        {
            "name": "Dewsbury Moor Allotments",
            "legal_form": "unincorporated_association",
            "postcode": "WF13 4AA",
            "staff_fte": 0,
        }
    )
    from forms.scoring import visible_questions

    open_runner(qtbot, page, services, organisation)
    runner = page.runner
    form = runner.form
    order = [q.id for _s, q in form.questions()]
    registration = services.assessments.condition_context(runner.assessment_id)
    shown = [q.id for q in visible_questions(form, {}, registration)]
    # a statement hidden from this group (it has no staff) right after a rated one
    target = next(
        qid
        for qid in order
        if qid not in shown
        and order[order.index(qid) - 1] in shown
        and form.question(order[order.index(qid) - 1]).type == "rating"
    )
    before = order[order.index(target) - 1]
    runner.go_to(before)
    press(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    assert runner.question_id == shown[shown.index(before) + 1]
    assert runner.question_id != target


def test_a_completed_assessment_is_locked_until_reopened_and_the_edit_is_audited(
    qtbot, page, services, organisation
):
    detail = open_runner(qtbot, page, services, organisation)
    press(qtbot, "2")
    services.assessments.complete(detail.id, allow_unanswered_required=True)
    page.resume(detail.id, "purpose_1")
    runner = page.runner
    assert runner.locked
    press(qtbot, "4")
    assert services.assessments.answers(detail.id)["purpose_1"] == 2
    runner.locked_bar.action_button.click()
    assert services.assessments.get(detail.id).summary.status == "draft"
    runner.answer_input.focus_first()
    press(qtbot, "4")
    assert services.assessments.answers(detail.id)["purpose_1"] == 4


def test_a_number_typed_is_saved_after_a_short_pause_or_on_moving_on(
    qtbot, page, services, organisation
):
    detail = open_runner(qtbot, page, services, organisation)
    page.runner.go_to("governance_2")
    type_text(qtbot, "7")
    qtbot.waitUntil(lambda: services.assessments.answers(detail.id).get("governance_2") == 7)
    type_text(qtbot, "\b")
    press(qtbot, Qt.Key.Key_Backspace)
    type_text(qtbot, "9")
    press(qtbot, Qt.Key.Key_Return)  # moving on saves at once
    assert services.assessments.answers(detail.id)["governance_2"] == 9


def test_every_interactive_control_of_the_runner_has_an_accessible_name(
    qtbot, page, services, organisation
):
    open_runner(
        qtbot,
        page,
        services,
        organisation,
        "group",
        [("P1", "trustee"), ("P2", "volunteer")],
    )
    for question_id in ("purpose_1", "purpose_5", "governance_2", "ahead_4", "ahead_5"):
        page.runner.go_to(question_id)
        assert_named(page.runner)
    page.show_review(page.runner.assessment_id)
    assert_named(page.review)
    page.show_results(page.runner.assessment_id)
    assert_named(page.results)
    page.results.tabs.setCurrentIndex(1)
    assert_named(page.results)
    page.results.plan.add_action()
    assert page.results.plan.dialog is not None
    assert_named(page.results.plan.dialog)
    page.results.plan.dialog.reject()
    page.show_list()
    assert_named(page.list_view)


def assert_named(root: QWidget) -> None:
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTabBar,
        QTextEdit,
    )

    interactive = (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QPlainTextEdit,
        QTextEdit,
    )
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, interactive) or isinstance(widget, QTabBar):
            continue
        if not widget.isVisibleTo(root) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        # a line edit inside a spin box or combo box is named by its owner
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), QAbstractSpinBox | QComboBox
        ):
            continue
        if not widget.accessibleName().strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} {widget.text() if hasattr(widget, 'text') else ''}"
            )
    assert not missing, missing


def test_a_note_typed_just_before_the_window_closes_is_kept(
    qtbot, main_window, page, services, organisation
):
    detail = open_runner(qtbot, page, services, organisation)
    page.runner.note_edit.setFocus()
    type_text(qtbot, "Treasurer to bring the bank statements")
    main_window.close()  # straight away, inside the typing pause
    assert services.assessments.results(detail.id).notes == {
        "purpose_1": "Treasurer to bring the bank statements"
    }


def test_the_start_dialog_names_every_control(qtbot, page, organisation):
    page.start_for_organisation(None)
    dialog = page.start_dialog
    dialog.group_mode.setChecked(True)
    assert_named(dialog)


def test_a_long_health_check_starts_on_its_key_statements_and_can_be_the_full_check(
    qtbot, page, organisation, services
):
    minutes = services.assessments.session_minutes(organisation.id, "health_check")
    assert minutes["full"] > 90 >= minutes["key"], minutes  # a food bank CIO: a long full check
    page.start_for_organisation(organisation.id)
    dialog = page.start_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.stage.isVisible() and dialog.stage_label.text() == "Cove&rage"
    assert dialog.chosen_stage() == "key"
    assert f"about {minutes['key']} minutes" in dialog.stage.currentText()
    # choosing the full check says it is longer than one sitting
    qtbot.keyClick(dialog.stage, Qt.Key.Key_Down)
    assert dialog.chosen_stage() == "full"
    assert "two visits" in dialog.stage_note.text()
    # CAT shows its own stages; back on the health check it starts on the key statements again
    dialog.kind_buttons["cat_readiness"].setChecked(True)
    assert (
        dialog.stage_label.text() == "CAT &stage" and dialog.chosen_stage() == "full_business_case"
    )
    dialog.kind_buttons["health_check"].setChecked(True)
    assert dialog.chosen_stage() == "key"
    dialog.consent.setChecked(True)
    started: list[str] = []
    dialog.started.connect(started.append)
    dialog.start()
    assert started
    detail = services.assessments.get(started[0])
    assert detail.summary.cat_stage == "key"
    # the runner asks only the key statements
    runner = page.runner
    qtbot.waitUntil(lambda: page.stack.currentWidget() is runner)
    form = services.assessments.form_for(detail.id)
    from forms import visible_questions

    context = services.assessments.condition_context(detail.id)
    key_ids = {q.id for q in visible_questions(form, {}, context, "key")}
    asked = {q.id for q in runner.flow.shown(runner.answers)}
    assert asked == key_ids and "purpose_2" not in asked
