"""A group session as a facilitator runs it in a hall (issue 13, items 1-4): ratings hidden
until everyone has rated, the keys' target always shown and never moved behind the
facilitator's back, no silent moving on without an agreed score, and a projector that scales,
takes the keys and shows no help text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from forms.answers import DONT_KNOW
from tests.ratings import ratings_by_participant
from tests.ui.test_runner import answer_current_with_keyboard, open_runner, press

SIX = [
    ("P1", "trustee"),
    ("P2", "volunteer"),
    ("P3", "staff"),
    ("P4", "member"),
    ("P5", "volunteer"),
    ("P6", "member"),
]


def assert_nothing_shown(runner: Any) -> None:
    """Neither the laptop nor the projector gives away a rating before the reveal."""
    assert runner.current_spread() is None
    assert not runner.spread_view.isVisibleTo(runner)
    assert not runner.talk_mark.isVisibleTo(runner)
    assert not runner.suggestion.isVisibleTo(runner)
    for chip in runner.chips.chips:
        assert chip.text().split("\n")[1] in ("–", "✓ rated"), chip.text()
        assert "rating " not in chip.accessibleName()
    projector = runner.projector
    if projector is not None and projector.isVisible():
        assert projector.spread_view.spread is None
        assert not projector.spread_view.isVisibleTo(projector)
        assert not projector.talk.isVisibleTo(projector)


def test_ratings_stay_hidden_until_the_last_person_then_show_at_once(
    qtbot, page, services, organisation
):
    open_runner(qtbot, page, services, organisation, "group", SIX)
    runner = page.runner
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: runner.projector is not None and runner.projector.isVisible())
    for level in (1, 4, 2, 4, 1):  # five of six, spanning 1..4: would say "talk about this"
        press(qtbot, str(level))
        assert_nothing_shown(runner)
    assert "5 of 6" in runner.hidden_note.text()
    assert "5 of 6" in runner.projector.waiting.text()
    press(qtbot, Qt.Key.Key_D)  # the sixth says "don't know": everyone has rated
    spread = runner.current_spread()
    assert spread is not None and spread.discuss and spread.dont_know == ["P6"]
    assert runner.spread_view.isVisibleTo(runner) and runner.talk_mark.isVisibleTo(runner)
    assert runner.projector.spread_view.spread == spread
    assert runner.projector.talk.isVisibleTo(runner.projector)
    assert [c.text().split("\n")[1] for c in runner.chips.chips] == ["1", "4", "2", "4", "1", "?"]
    runner.projector.close()


def test_reveal_now_shows_the_ratings_before_everyone_has_rated(
    qtbot, page, services, organisation
):
    detail = open_runner(qtbot, page, services, organisation, "group", SIX[:4])
    runner = page.runner
    press(qtbot, "3")
    press(qtbot, "3")
    assert_nothing_shown(runner)
    press(qtbot, Qt.Key.Key_R)
    assert runner.current_spread().by_level[3] == ["P1", "P2"]
    assert runner.rating_for is None and "agreed score" in runner.key_mode.text()
    press(qtbot, "3")
    assert services.assessments.answers(detail.id)["purpose_1"] == 3


def test_correcting_a_rating_after_agreeing_never_moves_the_keys_to_another_person(
    qtbot, page, services, organisation
):
    detail = open_runner(qtbot, page, services, organisation, "group", SIX[:4])
    runner = page.runner
    for level in (1, 2, 3, 4):
        press(qtbot, str(level))
    press(qtbot, "2")  # the agreed score
    assert services.assessments.answers(detail.id)["purpose_1"] == 2
    # click P3 and choose 2 from its menu with a digit
    qtbot.mouseClick(runner.chips.chips[2], Qt.MouseButton.LeftButton)
    menu = runner.chips.menu
    assert isinstance(menu, QMenu)
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, "2")
    qtbot.waitUntil(lambda: runner.chips.menu is None or not runner.chips.menu.isVisible())
    assert runner.rating_for is None
    assert "agreed score" in runner.key_mode.text()
    # the next digit is the agreed score, as the line above the chips says: P4 keeps 4
    runner.setFocus()
    press(qtbot, "3")
    ratings = ratings_by_participant(services.assessments, detail.id)["purpose_1"]
    assert ratings == {"P1": 1, "P2": 2, "P3": 2, "P4": 4}
    assert services.assessments.answers(detail.id)["purpose_1"] == 3


def test_the_keys_rate_the_person_named_above_the_chips_whatever_has_the_focus(
    qtbot, page, services, organisation
):
    detail = open_runner(qtbot, page, services, organisation, "group", SIX[:3])
    runner = page.runner
    assert "P1" in runner.key_mode.text()
    assert runner.chips.chips[0].property("target") is True
    press(qtbot, "2")
    assert "P2" in runner.key_mode.text()
    press(qtbot, Qt.Key.Key_Left)  # back to P1 to fix a slip
    assert "P1" in runner.key_mode.text()
    press(qtbot, "1")
    assert "P2" in runner.key_mode.text()  # on to the next person still to rate
    runner.chips.chips[2].setFocus()  # the focus on P3's chip does not redirect the keys
    press(qtbot, "4")
    press(qtbot, "4")
    assert ratings_by_participant(services.assessments, detail.id)["purpose_1"] == {
        "P1": 1,
        "P2": 4,
        "P3": 4,
    }


def test_moving_on_with_no_agreed_score_asks_first(qtbot, page, services, organisation):
    detail = open_runner(qtbot, page, services, organisation, "group", SIX[:2])
    runner = page.runner
    press(qtbot, "2")
    press(qtbot, "3")
    press(qtbot, Qt.Key.Key_Return)
    assert runner.question_id == "purpose_1"
    assert runner.notice.isVisibleTo(runner)
    assert "no agreed score" in runner.notice.label.text()
    press(qtbot, Qt.Key.Key_Return)  # asked once: a second Enter leaves it unagreed
    assert runner.question_id == "purpose_2"
    assert "purpose_1" not in services.assessments.answers(detail.id)
    # with an agreed score, Enter goes straight on
    press(qtbot, "2")
    press(qtbot, "2")
    press(qtbot, "2")
    press(qtbot, Qt.Key.Key_Return)
    assert runner.question_id == "purpose_3"


def test_the_projector_scales_its_type_and_shows_no_help(qtbot, page, services, organisation):
    open_runner(qtbot, page, services, organisation, "group", SIX[:2])
    runner = page.runner
    runner.show_projector()
    projector = runner.projector
    qtbot.waitUntil(projector.isVisible)
    projector.showNormal()
    projector.resize(1920, 1080)
    qtbot.waitUntil(lambda: projector.height() == 1080)
    sizes = projector.type_sizes()
    assert sizes["statement"] >= 0.04 * 1080 and sizes["descriptor"] >= 0.025 * 1080
    projector.statement.ensurePolished()
    assert QFontInfo(projector.statement.font()).pixelSize() >= 0.04 * 1080
    assert f"font-size:{sizes['descriptor']}px" in projector.choice_boxes[0].text()
    shown = " ".join(label.text() for label in projector.findChildren(QLabel))
    for help_text in ("F11", "Esc", "full screen", "press"):
        assert help_text not in shown
    assert projector.windowTitle() == "Projector"


def test_on_one_screen_the_projector_is_a_mode_the_keys_drive_and_esc_ends(
    qtbot, page, services, organisation
):
    assert len(QGuiApplication.screens()) == 1
    detail = open_runner(qtbot, page, services, organisation, "group", SIX[:2])
    runner = page.runner
    press(qtbot, Qt.Key.Key_F5)
    projector = runner.projector
    qtbot.waitUntil(projector.isVisible)
    assert projector.single_screen and projector.isFullScreen()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is projector)
    # keys pressed in the projector drive the session
    for key in ("3", "1", "2"):
        qtbot.keyClick(projector, key)
    assert ratings_by_participant(services.assessments, detail.id)["purpose_1"] == {
        "P1": 3,
        "P2": 1,
    }
    assert services.assessments.answers(detail.id)["purpose_1"] == 2
    assert projector.choice_boxes[1].objectName() == "projectorChoiceChosen"
    qtbot.keyClick(projector, Qt.Key.Key_Return)
    assert projector.statement.text() == runner.current_question().text
    assert runner.question_id == "purpose_2"
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not projector.isVisible())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is runner.window())


def test_a_keyboard_only_group_of_six_over_ten_statements(qtbot, page, services, organisation):
    """Nothing is shown before each reveal, and every stored rating is the one intended."""
    detail = open_runner(qtbot, page, services, organisation, "group", SIX)
    runner = page.runner
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: runner.projector is not None and runner.projector.isVisible())
    keys = {1: "1", 2: "2", 3: "3", 4: "4", DONT_KNOW: "D"}
    intended: dict[str, dict[str, Any]] = {}
    agreed: dict[str, Any] = {}
    statements = index = 0
    while statements < 10:
        question = runner.current_question()
        if question.type != "rating":
            agreed[question.id] = answer_current_with_keyboard(qtbot, runner, index)
        else:
            values: list[Any] = [(statements + person * 3) % 4 + 1 for person in range(6)]
            if statements % 3 == 0:
                values[statements % 6] = DONT_KNOW
            for number, value in enumerate(values):
                assert_nothing_shown(runner)
                assert runner.rating_for == detail.participants[number].id
                press(qtbot, keys[value])
            spread = runner.current_spread()
            assert spread is not None and spread.rated == sum(v != DONT_KNOW for v in values)
            assert runner.projector.spread_view.spread == spread
            intended[question.id] = dict(zip([p for p, _ in SIX], values, strict=True))
            press(qtbot, str(spread.suggestion))
            agreed[question.id] = spread.suggestion
            statements += 1
        # in a text answer (a section's optional opening) Enter is a new line: Ctrl+Enter moves on
        modifier = Qt.KeyboardModifier.ControlModifier if question.type == "text" else None
        press(qtbot, Qt.Key.Key_Return, modifier or Qt.KeyboardModifier.NoModifier)
        index += 1
    runner.projector.close()
    assert ratings_by_participant(services.assessments, detail.id) == intended
    assert services.assessments.answers(detail.id) == agreed
