"""The review screen's answers overview (issue 13, item 9): every section and statement with
its answer (a group's ratings and whether it agreed); Enter goes to any of them; no group-only
panel in a facilitated session; Enter works straight after "Go back"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_runner import open_runner


def overview_rows(review) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Question id -> the cells of its row, over every section."""
    rows = {}
    tree = review.overview
    for top in range(tree.topLevelItemCount()):
        section = tree.topLevelItem(top)
        for child in range(section.childCount()):
            item = section.child(child)
            cells = [item.text(c) for c in range(tree.columnCount())]
            rows[item.data(0, Qt.ItemDataRole.UserRole)] = cells
    return rows


def test_the_overview_lists_every_section_and_answer_and_enter_goes_there(
    qtbot, page, services, organisation
):
    detail = open_runner(qtbot, page, services, organisation)
    services.assessments.record_answer(detail.id, "purpose_1", 3)
    services.assessments.record_answer(detail.id, "purpose_2", 1)
    page.show_review(detail.id)
    review = page.review
    # a facilitated session has no group-only panel at all
    assert not review.discuss_panel.isVisibleTo(review)
    assert not review.discuss.isVisibleTo(review)

    review.tabs.setCurrentWidget(review.overview)
    form = services.assessments.form_for(detail.id)
    tree = review.overview
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    scored_sections = [s for s in form.sections if s.questions]
    assert len(titles) == len(scored_sections)
    assert titles[0].startswith(form.sections[0].title) and "2 of" in titles[0]
    rows = overview_rows(review)
    level_3 = next(level.name for level in form.rating_scale if level.level == 3)
    assert rows["purpose_1"][1] == f"3 · {level_3}"
    assert rows["purpose_2"][1].startswith("1 · ")
    assert rows["governance_2"][1] == "—"  # not answered yet
    assert set(services.assessments.review(detail.id).unanswered) <= set(rows)

    # keyboard: go down to a statement of another section and press Enter
    target = tree.topLevelItem(1).child(0)
    tree.setCurrentItem(target)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.runner)
    assert page.runner.question_id == target.data(0, Qt.ItemDataRole.UserRole)


def test_a_group_overview_shows_the_ratings_and_whether_it_was_agreed(
    qtbot, page, services, organisation
):
    detail = open_runner(
        qtbot, page, services, organisation, "group", [("P1", "trustee"), ("P2", "volunteer")]
    )
    first, second = detail.participants
    for participant, level in ((first, 1), (second, 4)):
        services.assessments.record_answer(
            detail.id, "purpose_1", level, participant_id=participant.id
        )
    for participant, level in ((first, 3), (second, 3)):
        services.assessments.record_answer(
            detail.id, "purpose_2", level, participant_id=participant.id
        )
    services.assessments.record_answer(detail.id, "purpose_2", 3)
    page.show_review(detail.id)
    review = page.review
    assert review.discuss_panel.isVisibleTo(review)
    rows = overview_rows(review)
    headers = [review.overview.headerItem().text(c) for c in range(review.overview.columnCount())]
    assert headers == ["Statement", "Agreed answer", "Group ratings", "Agreed?"]
    assert rows["purpose_1"][2] == "1 4 · spread 3 · talk about this"
    assert rows["purpose_1"][3] == "No agreed score"
    assert rows["purpose_2"][2] == "3 3 · spread 0"
    assert rows["purpose_2"][3] == "Agreed" and rows["purpose_2"][1].startswith("3 · ")


def test_after_go_back_enter_opens_the_first_statement_to_answer(
    qtbot, page, services, organisation
):
    detail = open_runner(qtbot, page, services, organisation)
    page.show_review(detail.id)
    review = page.review
    review.confirm_incomplete = lambda _parent, _missing: False  # "Go back"
    review.complete_button.setFocus()
    review.complete()
    assert services.assessments.get(detail.id).summary.status == "draft"
    focused = QApplication.focusWidget()
    assert focused is review.unanswered and review.unanswered.currentItem() is not None
    wanted = review.unanswered.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(review.unanswered, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.runner)
    assert page.runner.question_id == wanted
