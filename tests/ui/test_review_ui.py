"""Council review on screen (issue 15): the Assessments page's review column, filters, panel
and bulk approval in council mode; on a laptop the council's issues on the list and in the
runner, and reopening to fix; the Overview's switch to count work not yet approved."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.services import Services
from desktop.ui.models.assessments import ORGANISATION, REVIEW

NAMES = ("Holme Valley Food Bank", "Birstall Bowls Club", "Dewsbury Allotments", "Batley Choir")


def _work(services: Services) -> dict[str, str]:
    """Four organisations: three completed health checks and one draft. name -> assessment."""
    made = {}
    for number, name in enumerate(NAMES):
        organisation = services.organisations.create(
            {"name": name, "legal_form": "cio_association", "postcode": "HD1 1AA"}
        )
        detail = services.assessments.start(organisation.id, "health_check", consent_given=True)
        if number < 3:
            services.assessments.complete(detail.id, allow_unanswered_required=True)
        made[name] = detail.id
    return made


def shown(page: Any) -> dict[str, str]:
    proxy = page.proxy
    return {
        proxy.index(row, ORGANISATION).data(): proxy.index(row, REVIEW).data()
        for row in range(proxy.rowCount())
    }


def select_rows(page: Any, names: set[str]) -> None:
    page.table.clearSelection()
    selection = page.table.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, ORGANISATION).data() in names:
            index = page.proxy.index(row, 0)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


@pytest.fixture
def council_page(qtbot: Any, services: Services):  # type: ignore[no-untyped-def]
    from desktop.ui.main_window import MainWindow

    services.settings.set("council_mode", True)
    window = MainWindow(services, council=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("assessments")
    return window.page("assessments")


def test_council_review_column_filters_and_bulk_approval(
    qtbot: Any, services: Services, council_page: Any
) -> None:
    made = _work(services)
    page = council_page
    page.reload()
    assert shown(page) == {
        "Holme Valley Food Bank": "Received",
        "Birstall Bowls Club": "Received",
        "Dewsbury Allotments": "Received",
        "Batley Choir": "",  # a draft has nothing to review
    }

    # one has issues: the comment asked for goes on the thread
    asked: list[str] = []

    def comment(_parent: Any, title: str, prompt: str) -> str:
        asked.append(title)
        return "The finance section is empty: please go through it with the treasurer."

    page.ask_comment = comment
    select_rows(page, {"Birstall Bowls Club"})
    assert page.review_panel.isVisible()
    qtbot.mouseClick(page.review_panel.buttons["has_issues"], Qt.MouseButton.LeftButton)
    assert asked == ["Has issues"]
    qtbot.waitUntil(lambda: not page.reviewing, timeout=10_000)  # saved off the UI thread
    assert services.reviews.state_of(made["Birstall Bowls Club"]) == "has_issues"
    assert shown(page)["Birstall Bowls Club"] == "Has issues"
    assert "treasurer" in page.review_panel.thread_view.toPlainText()
    assert "Has issues" in page.review_panel.state_text.text()

    # the review filter
    page.review_filter.setCurrentIndex(page.review_filter.findData("has_issues"))
    assert list(shown(page)) == ["Birstall Bowls Club"]
    page.review_filter.setCurrentIndex(page.review_filter.findData("received"))
    assert set(shown(page)) == {"Holme Valley Food Bank", "Dewsbury Allotments"}

    # bulk approval of both received ones, after a confirmation naming how many
    confirmed: list[int] = []
    page.confirm_approve = lambda _parent, count: confirmed.append(count) or True
    select_rows(page, {"Holme Valley Food Bank", "Dewsbury Allotments"})
    assert len(page.selected_summaries()) == 2
    assert "2 assessments chosen" in page.review_panel.state_text.text()
    qtbot.mouseClick(page.review_panel.buttons["approved"], Qt.MouseButton.LeftButton)
    assert confirmed == [2]
    qtbot.waitUntil(lambda: not page.reviewing, timeout=10_000)
    assert "Approved 2 of the 2" in page.notice.label.text()
    assert shown(page) == {}  # none is "received" any more
    page.review_filter.setCurrentIndex(page.review_filter.findData("approved"))
    assert set(shown(page)) == {"Holme Valley Food Bank", "Dewsbury Allotments"}
    page.review_filter.setCurrentIndex(0)
    assert services.reviews.counts()["approved"] == 2

    # cancelling the comment changes nothing
    page.ask_comment = lambda *_args: None
    select_rows(page, {"Dewsbury Allotments"})
    qtbot.mouseClick(page.review_panel.buttons["rejected"], Qt.MouseButton.LeftButton)
    assert not page.reviewing
    assert services.reviews.state_of(made["Dewsbury Allotments"]) == "approved"


def test_a_laptop_shows_the_councils_issues_and_reopens_to_fix(
    qtbot: Any, services: Services, main_window: Any
) -> None:
    made = _work(services)
    # the council's verdict, as a field pack would have brought it (tests/store/test_reviews.py
    # carries it through real bundles)
    services.settings.set("council_mode", True)
    services.reviews.set_state(
        [made["Birstall Bowls Club"]],
        "has-issues",
        comment="Venue missing <b>and</b> the date is wrong",
        author="Priya",
    )
    services.settings.set("council_mode", False)

    main_window.show_page("assessments")
    page = main_window.page("assessments")
    page.reload()
    assert shown(page)["Birstall Bowls Club"] == "Has issues"
    assert shown(page)["Holme Valley Food Bank"] == ""  # not reviewed yet: nothing to say
    select_rows(page, {"Holme Valley Food Bank"})
    assert not page.review_panel.isVisible()
    select_rows(page, {"Birstall Bowls Club"})
    assert page.review_panel.isVisible() and page.review_panel.reopen_button.isVisible()
    assert "Venue missing <b>and</b>" in page.review_panel.thread_view.toPlainText()

    qtbot.mouseClick(page.review_panel.reopen_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentWidget() is page.runner
    bar = page.runner.review_bar
    assert bar.isVisible()
    assert "has issues" in bar.label.text() and "Venue missing <b>and</b>" in bar.label.text()
    assert bar.label.textFormat() == Qt.TextFormat.PlainText
    assert services.assessments.get(made["Birstall Bowls Club"]).summary.status == "draft"

    services.assessments.complete(made["Birstall Bowls Club"], allow_unanswered_required=True)
    page.show_list()
    assert shown(page)["Birstall Bowls Club"] == "Resubmitted"
    page.runner.open(made["Birstall Bowls Club"])
    assert not page.runner.review_bar.isVisible()


def test_overview_counts_approved_work_unless_switched(
    qtbot: Any, services: Services, council_page: Any
) -> None:
    made = _work(services)
    window = council_page.window()
    window.show_page("overview")
    overview = window.page("overview")
    qtbot.waitUntil(lambda: overview.overview is not None and not overview.busy, timeout=30_000)
    assert overview.overview.assessed_count == 0 and overview.overview.not_counted == 3
    assert "3 assessments not yet approved left out" in overview.summary.text()

    overview.include_unapproved.setChecked(True)
    qtbot.waitUntil(
        lambda: not overview.busy and not overview.overview.approved_only, timeout=30_000
    )
    assert overview.overview.assessed_count == 3
    assert "every completed assessment counts" in overview.summary.text()

    services.reviews.set_state([made["Holme Valley Food Bank"]], "approved")
    overview.include_unapproved.setChecked(False)
    qtbot.waitUntil(lambda: not overview.busy and overview.overview.approved_only, timeout=30_000)
    assert overview.overview.assessed_count == 1 and overview.overview.not_counted == 2


def test_bulk_approval_shows_progress_and_cancel_marks_nothing(
    qtbot: Any, services: Services, council_page: Any
) -> None:
    _work(services)
    page = council_page
    page.reload()
    page.confirm_approve = lambda _parent, _count: True
    received = {"Holme Valley Food Bank", "Birstall Bowls Club", "Dewsbury Allotments"}
    panel = page.review_panel

    # cancelled while it works: all or nothing, so nothing is approved. Another connection
    # holds the database's write lock meanwhile, so the review can't finish before Cancel.
    import sqlite3

    from desktop.store.db import database_path

    other = sqlite3.connect(database_path(services.store.data_dir), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        select_rows(page, received)
        qtbot.mouseClick(panel.buttons["approved"], Qt.MouseButton.LeftButton)
        assert page.reviewing
        assert panel.progress.isVisible() and panel.cancel_button.isEnabled()
        assert not panel.buttons["approved"].isEnabled()  # no second review meanwhile
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: not page.reviewing, timeout=10_000)
    assert "nothing was marked" in page.notice.label.text()
    assert services.reviews.counts().get("approved", 0) == 0
    assert not panel.progress.isVisible() and not panel.cancel_button.isVisible()

    # again, to the end: the bar reaches the end, then goes
    seen: list[tuple[int, int]] = []
    select_rows(page, received)
    assert panel.buttons["approved"].isEnabled()
    qtbot.mouseClick(panel.buttons["approved"], Qt.MouseButton.LeftButton)
    page._review_task.signals.progress.connect(lambda done, total, _t: seen.append((done, total)))
    qtbot.waitUntil(lambda: not page.reviewing, timeout=10_000)
    assert services.reviews.counts()["approved"] == 3
    assert "Approved 3 of the 3" in page.notice.label.text()
    assert not panel.progress.isVisible()
