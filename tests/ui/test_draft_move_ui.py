"""Moving a draft to the new form version a field pack brought, on the Assessments page
(pytest-qt driving the real runner, review and dialog)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.services import Services
from desktop.services.draft_moves import DraftMove
from desktop.ui.dialogs.draft_move import DraftMoveDialog
from tests.store.sync_helpers import Council, Laptop, trust_council
from tests.store.test_draft_moves import (
    NEW_QUESTION,
    NEW_VERSION,
    NewVersion,
    bring_new_version,
    draft_with_answers,
    make_new_version,
)


@pytest.fixture
def moved_setup(tmp_path: Path, services: Services, data_dir: Path, monkeypatch: Any):  # type: ignore[no-untyped-def]
    """A draft on the shipped form, then a pack bringing a new version of it."""
    council = Council(tmp_path)
    this_laptop = Laptop("This laptop", data_dir, services.store, tmp_path / "out")
    try:
        shipped = services.assessments.available_forms()["health_check"]
        change = make_new_version(tmp_path, shipped)
        draft, before = draft_with_answers(this_laptop, change)
        trust_council(this_laptop, council)
        bring_new_version(this_laptop, council, change, monkeypatch)
        yield draft, before, change, shipped.version
    finally:
        council.close()


def list_texts(widget: Any) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def test_the_review_offers_the_move_shows_what_carries_and_flags_new_statements(
    qtbot: Any, page: Any, services: Services, moved_setup: Any
) -> None:
    draft, before, change, old_version = moved_setup
    change: NewVersion
    page.reload(draft)
    page.resume_selected()
    assert page.stack.currentWidget() is page.runner
    notice = page.runner.notice
    assert notice.isVisible() and f"Version {NEW_VERSION}" in notice.label.text()
    notice.action_button.click()
    review = page.review
    assert page.stack.currentWidget() is review
    assert review.version_row.isVisibleTo(review)
    assert f"version {old_version}" in review.version_label.text()
    assert not review.earlier.isVisibleTo(review)

    seen: list[DraftMove] = []

    def look_and_cancel(parent: Any, offer: DraftMove) -> bool:
        dialog = DraftMoveDialog(offer, parent)
        assert dialog.cancel_button.isDefault() and not dialog.move_button.isDefault()
        words = dialog.details.text()
        assert "1 answer stays" in words
        assert "Moved to the statement that replaces it" in words
        assert "no longer asked" in words and "no longer fits" in words
        assert "We have a written plan for the next three years." in words
        dialog.deleteLater()
        seen.append(offer)
        return False

    review.confirm_move = look_and_cancel
    review.move_button.click()
    assert seen and services.assessments.get(draft).summary.form_version == old_version

    review.confirm_move = lambda _parent, _offer: True
    qtbot.keyClick(review.move_button, Qt.Key.Key_Space)
    assert services.assessments.get(draft).summary.form_version == NEW_VERSION
    assert not review.version_row.isVisibleTo(review)
    assert f"Moved to version {NEW_VERSION}" in review.notice.label.text()
    flagged = [t for t in list_texts(review.unanswered) if t.startswith("New in version")]
    assert flagged and all(f"New in version {NEW_VERSION} · Required" in t for t in flagged)
    assert any("three years" in t for t in flagged)
    earlier = list_texts(review.earlier)
    assert review.earlier.isVisibleTo(review) and len(earlier) == 2
    assert any(t.endswith(" — Level 2") for t in earlier)
    # read only: the earlier answers open nothing
    assert not review.earlier.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    answers = services.assessments.answers(draft)
    assert answers[change.renamed_to] == before[change.renamed_from]
    assert answers[change.kept] == before[change.kept]
    assert NEW_QUESTION not in answers

    # the runner now asks the new statement
    page.resume(draft, NEW_QUESTION)
    assert page.runner.question_id == NEW_QUESTION


def test_the_move_dialog_and_the_review_after_a_move_fit_1024_by_600(
    qtbot: Any, main_window: Any, page: Any, services: Services, moved_setup: Any
) -> None:
    from tests.ui.test_small_screen import assert_dialog_fits, assert_window_fits

    draft, _before, _change, _old = moved_setup
    page.show_review(draft)
    assert_window_fits(main_window)
    offer = services.draft_moves.offer(draft)
    assert offer is not None
    dialog = DraftMoveDialog(offer, main_window)
    assert_dialog_fits(dialog)
    dialog.close()
    services.draft_moves.move(draft, offer.to_sha256)
    page.review.open(draft)
    assert_window_fits(main_window)
    assert page.review.earlier.isVisible() and page.review.complete_button.isVisible()
