"""Group mode driven with the keyboard only: a whole CAT readiness assessment with three
participants, the spread and "talk about this", the agreed score, and the projector view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from forms.answers import DONT_KNOW
from forms.scoring import score_assessment
from tests.ratings import ratings_by_participant
from tests.ui.test_runner import (
    answer_current_with_keyboard,
    open_runner,
    press,
    start_with_keyboard,
)

# Ratings for P1, P2, P3 per rated statement, in turn; the first spans 1..4 (talk about this).
PATTERNS = [(1, 3, 4), (3, 3, 4), (2, 2, 2), (4, 3, 3), (2, 4, 3)]


def test_a_whole_group_cat_assessment_with_the_keyboard_only(qtbot, page, services):
    assessment_id = start_with_keyboard(qtbot, page, group=True, cat=True)
    detail = services.assessments.get(assessment_id)
    assert detail.summary.kind == "cat_readiness" and detail.summary.mode == "group"
    assert [(p.label, p.role) for p in detail.participants] == [
        ("P1", "member"),
        ("P2", "member"),
        ("P3", "trustee"),
    ]
    runner = page.runner
    labels = {p.id: p.label for p in detail.participants}
    expected: dict[str, Any] = {}
    expected_ratings: dict[str, dict[str, Any]] = {}
    discussed: list[str] = []
    index = rated = 0
    while page.stack.currentWidget() is runner:
        question = runner.current_question()
        if question.type == "rating":
            pattern = PATTERNS[rated % len(PATTERNS)]
            assert runner.rating_for == detail.participants[0].id
            for level in pattern:
                assert runner.current_spread() is None  # hidden until the last one
                press(qtbot, str(level))
            assert runner.rating_for is None  # the keys now set the agreed score
            spread = runner.current_spread()
            assert spread.discuss == (max(pattern) - min(pattern) >= 2)
            assert runner.talk_mark.isVisibleTo(runner) == spread.discuss
            if spread.discuss:
                discussed.append(question.id)
            # after the last person the focus is on the agreed score: take the suggestion
            agreed = spread.suggestion
            press(qtbot, str(agreed))
            if rated == 2:
                runner.note_edit.setFocus()
                qtbot.keyClicks(runner.note_edit, "Agreed after a long talk about the lease")
            expected[question.id] = agreed
            expected_ratings[question.id] = dict(zip(("P1", "P2", "P3"), pattern, strict=True))
            rated += 1
        else:
            expected[question.id] = answer_current_with_keyboard(qtbot, runner, index)
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        index += 1
        assert index < 200
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.review)

    assert services.assessments.answers(assessment_id) == expected
    ratings = ratings_by_participant(services.assessments, assessment_id)
    assert ratings == expected_ratings
    assert set(labels.values()) == {"P1", "P2", "P3"}
    review = services.assessments.review(assessment_id)
    assert set(review.to_discuss) == set(discussed)
    assert page.review.discuss.count() == len(discussed)
    notes = services.assessments.results(assessment_id).notes
    assert list(notes.values()) == ["Agreed after a long talk about the lease"]

    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results)
    form = services.assessments.form_for(assessment_id)
    organisation_id = services.assessments.get(assessment_id).summary.organisation_id
    want = score_assessment(form, expected, services.organisations.get(organisation_id).values)
    shown = page.results.results.result
    assert shown.readiness == want.readiness
    assert [s.score for s in shown.sections] == [s.score for s in want.sections]
    assert page.results.verdict.isVisibleTo(page.results)
    assert want.readiness in page.results.verdict.text()
    for gateway in want.unmet_gateways:
        assert gateway.text in page.results.verdict.text()


def test_a_participant_can_say_dont_know_and_it_is_not_counted_as_a_level(
    qtbot, page, services, organisation
):
    detail = open_runner(
        qtbot, page, services, organisation, "group", [("P1", "staff"), ("P2", "volunteer")]
    )
    press(qtbot, Qt.Key.Key_D)
    press(qtbot, "3")
    spread = page.runner.current_spread()
    assert spread.dont_know == ["P1"] and spread.by_level[3] == ["P2"]
    ratings = ratings_by_participant(services.assessments, detail.id)["purpose_1"]
    assert ratings == {"P1": DONT_KNOW, "P2": 3}
    assert "purpose_1" not in services.assessments.answers(detail.id)  # no agreed score yet


def test_the_projector_mirrors_the_statement_and_spread_without_personal_data(
    qtbot, page, services, organisation
):
    open_runner(
        qtbot,
        page,
        services,
        organisation,
        "group",
        [("Alice", "trustee"), ("Bilal", "volunteer"), ("P3", "staff")],
    )
    runner = page.runner
    press(qtbot, Qt.Key.Key_F5)
    projector = runner.projector
    qtbot.waitUntil(lambda: projector is not None and projector.isVisible())
    for level in (1, 2, 4):
        press(qtbot, str(level))
    assert projector.statement.text() == runner.current_question().text
    assert projector.spread_view.spread == runner.current_spread()
    assert projector.talk.isVisibleTo(projector)
    assert not projector.spread_view.show_labels
    shown_text = " ".join(label.text() for label in projector.findChildren(QLabel))
    shown_text += projector.spread_view.accessibleDescription()
    for private in ("Alice", "Bilal", "P3", "Trustee", "Volunteer", "Holme Valley"):
        assert private not in shown_text
    # moving on moves the projector too
    runner.next_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # asks first: no agreed score
    press(qtbot, Qt.Key.Key_Return)
    assert projector.statement.text() == runner.current_question().text
    projector.close()
    assert QApplication.activeWindow() is not projector
