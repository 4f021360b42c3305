"""Last time's actions on the Assessments page: a plan agreed on a colleague's laptop comes in
a field pack; starting the next assessment of that group first reviews it (pytest-qt driving
the real widgets); the results and the PDF (parsed back) then show "since last time"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from desktop.reports.assessment_report import write_assessment_report
from desktop.services import Services
from tests.store.sync_helpers import Council, Laptop, trust_council
from tests.store.test_action_reviews import completed_with_plan

PLAN = ["Write a reserves policy", "Recruit a second bank signatory", "Book safeguarding training"]


@pytest.fixture
def colleagues_plan(tmp_path: Path, services: Services, data_dir: Path):  # type: ignore[no-untyped-def]
    """A colleague's completed health check with a plan, brought to this laptop in a pack."""
    council = Council(tmp_path)
    colleague = Laptop.make(tmp_path, "Field laptop 2")
    this_laptop = Laptop("This laptop", data_dir, services.store, tmp_path / "out")
    try:
        (organisation_id,) = colleague.register(1, seed=31)
        earlier = completed_with_plan(colleague.services, organisation_id, PLAN)
        council.enrol(colleague)
        council.receive(colleague.export(full=True))
        trust_council(this_laptop, council)
        summary = services.imports.import_pack(council.pack(device_id=services.store.device_id))
        assert summary.status == "merged", summary.message
        yield organisation_id, earlier
    finally:
        colleague.close()
        council.close()


def start_through_the_dialog(qtbot: Any, page: Any, organisation_id: str) -> str:
    page.start_for_organisation(organisation_id)
    dialog = page.start_dialog
    assert dialog is not None
    dialog.consent.setChecked(True)
    dialog.start()
    qtbot.waitUntil(lambda: page.start_dialog is None or not page.start_dialog.isVisible())
    (draft,) = [a for a in page.assessments.list_summaries() if a.status == "draft"]
    return draft.id


def test_starting_an_assessment_reviews_a_colleagues_plan_then_results_and_pdf_show_it(
    qtbot: Any, page: Any, services: Services, colleagues_plan: Any, tmp_path: Path
) -> None:
    organisation_id, _earlier = colleagues_plan
    assessment_id = start_through_the_dialog(qtbot, page, organisation_id)

    review = page.action_review
    assert page.stack.currentWidget() is review
    assert [row.action.what for row in review.rows] == PLAN
    assert "Sam (colleague)" in review.summary.text()
    assert review.summary.text().startswith("Agreed at the organisational health check on ")
    assert review.progress.text() == "0 of 3 reviewed"
    first, second, third = review.rows
    qtbot.waitUntil(lambda: first.buttons["done"].hasFocus())

    # keyboard: Space chooses the focused outcome; the note is saved on leaving it
    qtbot.keyClick(first.buttons["done"], Qt.Key.Key_Space)
    qtbot.keyClicks(first.note, "Adopted at the AGM")
    qtbot.keyClick(first.note, Qt.Key.Key_Tab)
    qtbot.mouseClick(second.buttons["doing"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(second.note, "One found, one to go")
    assert review.progress.text() == "2 of 3 reviewed"
    since = services.action_reviews.since_last_time(assessment_id)
    assert [(a.outcome, a.note) for a in since.actions] == [
        ("done", "Adopted at the AGM"),
        ("doing", None),  # still being typed
        (None, None),
    ]

    # Ctrl+Enter carries on to the statements and saves the note still being typed
    qtbot.keyClick(second.note, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert page.stack.currentWidget() is page.runner
    since = services.action_reviews.since_last_time(assessment_id)
    assert since.actions[1].note == "One found, one to go"
    assert since.outstanding == 1

    # the completion review says how far the review got and leads back to it
    page.show_review(assessment_id)
    assert "2 of 3 reviewed" in page.review.last_time.text()
    page.review.last_time_button.click()
    assert page.stack.currentWidget() is review
    third = review.rows[2]
    assert review.rows[0].buttons["done"].isChecked()
    third.choose("dropped", "The trainer retired")
    assert review.progress.text() == "3 of 3 reviewed"

    services.assessments.complete(assessment_id, allow_unanswered_required=True)
    page.show_results(assessment_id)
    block = page.results.since_last_time
    assert block.isVisibleTo(page.results)
    text = block.text()
    assert "1 done, 1 in progress, 1 dropped" in text
    for what in PLAN:
        assert what in text
    assert "The trainer retired" in text

    pdf = write_assessment_report(services, assessment_id, tmp_path / "report.pdf")
    words = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Since last time" in words
    assert "1 done, 1 in progress, 1 dropped" in words
    assert "Adopted at the AGM" in words and "The trainer retired" in words


def test_a_draft_begun_elsewhere_or_without_an_earlier_plan_opens_the_statements(
    qtbot: Any, page: Any, services: Services, colleagues_plan: Any, organisation: Any
) -> None:
    organisation_id, _earlier = colleagues_plan
    # no earlier plan for this group: straight to the statements
    start_through_the_dialog(qtbot, page, organisation.id)
    assert page.stack.currentWidget() is page.runner
    page.show_list()

    # a draft of the colleague's group left on the review: resuming goes back to the review
    draft = services.assessments.start(organisation_id, "health_check", consent_given=True)
    page.reload(draft.id)
    page.resume_selected()
    assert page.stack.currentWidget() is page.action_review
    qtbot.keyClick(page.action_review, Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.list_view

    # once the statements are begun, resuming carries on there
    form = services.assessments.form_for(draft.id)
    first_question = next(q for _s, q in form.questions() if q.type == "rating")
    services.assessments.record_answer(draft.id, first_question.id, 3)
    page.reload(draft.id)
    page.resume_selected()
    assert page.stack.currentWidget() is page.runner


def test_the_action_review_of_a_long_plan_fits_1024_by_600(
    qtbot: Any, main_window: Any, page: Any, services: Services, organisation: Any
) -> None:
    from tests.ui.test_small_screen import assert_window_fits

    plan = [f"Action {n}: {'a long description of what was agreed ' * 3}" for n in range(1, 9)]
    completed_with_plan(services, organisation.id, plan)
    draft = services.assessments.start(organisation.id, "health_check", consent_given=True)
    page.begin(draft.id)
    assert page.stack.currentWidget() is page.action_review
    assert_window_fits(main_window)
    # eight actions scroll inside the page; the buttons stay on screen
    assert page.action_review.carry_on_button.isVisible()
    assert page.action_review.rows_scroll.verticalScrollBar().maximum() > 0
