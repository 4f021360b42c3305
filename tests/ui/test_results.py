"""The results page: strengths first, RAG with shapes, CAT verdict naming the stage and unmet conditions, change
against the previous assessment on the radar and per section, Save PDF in a worker, and the
action plan (add, edit, reorder, done, delete and undo) from the keyboard."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.reports.series import RadarSeries
from desktop.ui.results.radar import RadarChart


@pytest.fixture
def organisation(services):
    return services.organisations.create(
        {"name": "Marsden Mechanics Hall", "legal_form": "cio_association", "postcode": "HD7 6AA"}
    )


def answer_all(services, assessment_id: str, level: int, overrides=None) -> None:
    form = services.assessments.form_for(assessment_id)
    for _section, question in form.questions():
        value = (overrides or {}).get(question.id)
        if value is None:
            if question.type == "rating":
                value = level
            elif question.type in ("yes_no_partly", "choice"):
                value = question.options[0].id
            elif question.type == "number":
                value = 5
            elif question.type == "text":
                value = "A community hall"
            else:
                continue
        services.assessments.record_answer(assessment_id, question.id, value)


@pytest.fixture
def results(qtbot, main_window, services):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.show_page("assessments")
    return main_window.page("assessments")


def test_results_lead_with_strengths_and_show_the_change_since_last_time(
    qtbot, results, services, organisation
):
    earlier = services.assessments.start(
        organisation.id,
        "health_check",
        consent_given=True,
        started_at=datetime(2025, 3, 1, 10, 0, tzinfo=UTC),
    )
    answer_all(services, earlier.id, 2)
    services.assessments.complete(earlier.id, allow_unanswered_required=True)
    later = services.assessments.start(organisation.id, "health_check", consent_given=True)
    answer_all(services, later.id, 4, {"money_2": 1, "money_3": 1, "money_4": 1})
    services.assessments.complete(later.id, allow_unanswered_required=True)

    results.open_assessment(later.id)
    view = results.results
    assert results.stack.currentWidget() is view
    layout = view.strengths.parentWidget().layout()
    assert layout.indexOf(view.strengths) < layout.indexOf(view.develop)
    assert "What is strong" in view.strengths.text()
    # the previous assessment is overlaid and each section shows its change
    assert view.radar.previous is not None
    assert "was" in view.radar.accessibleDescription()
    changes = [
        view.sections_table.item(row, 3).text() for row in range(view.sections_table.rowCount())
    ]
    assert all(text.startswith(("▲", "▼", "no change")) for text in changes)
    assert changes[0].startswith("▲")
    # the band is a word and a shape, not colour alone
    bands = {
        view.sections_table.item(row, 2).text() for row in range(view.sections_table.rowCount())
    }
    assert "● Strong" in bands  # the PDF's words (issue 13, item 10), not Green/Amber/Red
    assert not view.verdict.isVisibleTo(view)  # a health check has no verdict


def test_a_cat_verdict_names_the_stage_and_the_unmet_condition(
    qtbot, results, services, organisation
):
    detail = services.assessments.start(
        organisation.id, "cat_readiness", consent_given=True, stage="full_business_case"
    )
    form = services.assessments.form_for(detail.id)
    stage = form.stage("full_business_case")
    condition = next(c for c in stage.must_meet if c.id == "business_plan")
    answer_all(services, detail.id, 4, {"money_2": 1})
    results.show_results(detail.id)
    verdict = results.results.verdict
    assert verdict.isVisibleTo(results.results)
    assert "Not yet ready" in verdict.text()
    assert stage.title in verdict.text()
    assert condition.text in verdict.text()
    # the after-transfer section asks nothing before the transfer: not in the table or radar
    view = results.results
    rows = [view.sections_table.item(r, 0).text() for r in range(view.sections_table.rowCount())]
    assert "After the transfer" not in rows and "Business plan and money" in rows
    assert len(rows) == len(form.sections) - 1


def test_save_pdf_writes_the_report_in_a_worker_thread(
    qtbot, results, services, organisation, tmp_path: Path
):
    detail = services.assessments.start(organisation.id, "health_check", consent_given=True)
    answer_all(services, detail.id, 3)
    results.show_results(detail.id)
    view = results.results
    assert view.pdf_button.isEnabled()
    out = tmp_path / "report.pdf"
    view.choose_pdf_path = lambda _parent, _suggested: str(out)
    with qtbot.waitSignal(view.report_saved, timeout=30000) as saved:
        view.pdf_button.click()
        assert not view.pdf_button.isEnabled()  # busy while the worker writes
    assert saved.args == [str(out)]
    assert out.read_bytes().startswith(b"%PDF")
    assert view.pdf_button.isEnabled()


def test_the_action_plan_is_kept_from_the_keyboard(qtbot, results, services, organisation):
    detail = services.assessments.start(organisation.id, "health_check", consent_given=True)
    answer_all(services, detail.id, 1)
    results.show_results(detail.id, tab=1)
    plan = results.results.plan
    assert plan.ideas and plan.ideas[0].title.startswith("Support need")
    for what in ("Write a reserves policy", "Recruit two trustees"):
        qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
        plan.table.setFocus()
        qtbot.keyClick(plan.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: plan.dialog is not None)
        plan.dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is plan.dialog.what)
        qtbot.keyClicks(plan.dialog.what, what)
        qtbot.keyClick(plan.dialog.what, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: plan.dialog is None)
    assert [a.what for a in services.assessments.actions(detail.id)] == [
        "Write a reserves policy",
        "Recruit two trustees",
    ]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is plan.table)
    # the new action is selected: move it up, mark it done
    qtbot.keyClick(plan.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(plan.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    plan_now = services.assessments.actions(detail.id)
    assert [(a.what, a.status) for a in plan_now] == [
        ("Recruit two trustees", "done"),
        ("Write a reserves policy", "todo"),
    ]
    # an empty "what" is refused in the dialog and what was typed stays
    qtbot.keyClick(plan.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: plan.dialog is not None)
    plan.dialog.what.clear()
    plan.dialog.who.setText("Chair")
    plan.dialog.save_requested.emit()
    assert plan.dialog is not None and plan.dialog.error.isVisibleTo(plan.dialog)
    assert plan.dialog.who.text() == "Chair"
    plan.dialog.reject()
    qtbot.waitUntil(lambda: plan.dialog is None)
    # delete, then undo
    plan.table.setFocus()
    qtbot.keyClick(plan.table, Qt.Key.Key_Delete)
    assert [a.what for a in services.assessments.actions(detail.id)] == ["Write a reserves policy"]
    qtbot.keyClick(plan.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(services.assessments.actions(detail.id)) == 2


def test_the_radar_tells_the_two_assessments_apart_without_colour(qtbot):
    chart = RadarChart()
    qtbot.addWidget(chart)
    chart.resize(560, 480)
    labels = ["Purpose", "Governance", "Money", "People", "Safety"]
    chart.set_data(
        labels,
        RadarSeries("Now", [80.0, 60.0, None, 40.0, 100.0]),
        RadarSeries("Before", [40.0, 40.0, 20.0, 20.0, 60.0]),
    )
    grey = chart.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    dark = sum(
        1
        for y in range(0, grey.height(), 2)
        for x in range(0, grey.width(), 2)
        if grey.pixelColor(x, y).value() < 128
    )
    assert dark > 500  # lines, markers and labels are drawn, and dark enough in greyscale
    assert chart.describe().startswith(
        "Purpose: 80 (was 40); Governance: 60 (was 40); Money: no score"
    )


def test_the_action_dialog_shows_no_literal_ampersand(qtbot):
    """Issue 13, item 10: "By &when" showed its ampersand."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from desktop.ui.results.action_plan import ActionDialog

    dialog = ActionDialog({}, [], "Add an action")
    qtbot.addWidget(dialog)
    form = dialog.findChild(QFormLayout)
    labels = [
        form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        for row in range(form.rowCount())
        if form.itemAt(row, QFormLayout.ItemRole.LabelRole) is not None
    ]
    for label in labels:
        assert isinstance(label, QLabel)
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_the_app_and_the_pdf_name_the_bands_with_the_same_words():
    from desktop.reports.layout import RAG_WORDS as PDF_WORDS
    from desktop.ui.results.results_view import RAG_WORDS as APP_WORDS

    assert APP_WORDS == PDF_WORDS
    assert not {"Green", "Amber", "Red"} & set(APP_WORDS.values())


def test_a_long_support_offer_no_longer_squeezes_what_in_the_plan(
    qtbot, results, services, organisation, main_window
):
    from desktop.ui.models.actions import OFFER, WHAT

    main_window.resize(1024, 600)
    detail = services.assessments.start(organisation.id, "health_check", consent_given=True)
    answer_all(services, detail.id, 1)
    services.assessments.add_action(
        detail.id,
        "Write a reserves policy and agree it at the AGM",
        who="Treasurer",
        support_offer="Third Sector Leaders Kirklees: funding and finance advice, templates, "
        "one-to-one sessions and training for treasurers of small community groups",
    )
    results.show_results(detail.id, tab=1)
    plan = results.results.plan
    QApplication.processEvents()
    header = plan.table.horizontalHeader()
    assert header.sectionSize(WHAT) >= header.sectionSize(OFFER) - 1
    assert header.sectionSize(WHAT) >= 150
    assert plan.table.horizontalScrollBar().maximum() == 0


@pytest.mark.parametrize("language", ["ur", "pa", "pl"])
def test_the_ideas_for_actions_are_in_the_sessions_language(
    results, services, organisation, language
):
    from desktop.ui import i18n
    from desktop.ui.i18n import theme_name

    detail = services.assessments.start(organisation.id, "health_check", consent_given=True)
    services.assessments.set_session_language(detail.id, language)
    answer_all(services, detail.id, 1)
    try:
        results.show_results(detail.id, tab=1)
        ideas = results.results.plan.ideas
        needs = [idea for idea in ideas if idea.theme]
        assert needs and ideas[-1].title
        for idea in needs:
            assert not idea.title.startswith("Support need")
            assert theme_name(idea.theme).lower() in idea.title.lower()
        assert not any(idea.title.startswith(("Area to develop", "Statement:")) for idea in ideas)
    finally:
        i18n.set_app_language("en")


def _dark_pixels(image: QImage) -> int:
    """How much text an image holds: its pixels darker than mid grey (item backgrounds,
    borders and the selection are all lighter)."""
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    line = grey.bytesPerLine()
    data = bytes(grey.constBits())
    dark = bytes(1 if value < 140 else 0 for value in range(256))
    rows = (data[y * line : y * line + grey.width()] for y in range(grey.height()))
    return sum(row.translate(dark).count(1) for row in rows)


def assert_every_visible_idea_shows_its_whole_text(ideas) -> None:
    """Each row of the ideas list, as the list paints it, holds as much text as the same item
    painted with room to spare: an idea cut short ("Support need: planning (1 …") has less."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    shown = ideas.viewport().grab().toImage()
    viewport = ideas.viewport().rect()
    for row in range(ideas.count()):
        index = ideas.model().index(row, 0)
        rect = ideas.visualRect(index)
        # Rows wholly on screen from top to bottom. A row laid out wider than the viewport is
        # checked too (what the viewport shows of it): that is how a stale layout cuts an idea.
        if rect.top() < viewport.top() or rect.bottom() > viewport.bottom():
            continue
        option = QStyleOptionViewItem()
        ideas.initViewItemOption(option)
        ideas.itemDelegate().initStyleOption(option, index)
        option.rect = QRect(0, 0, rect.width(), rect.height() + 200)  # room for every line
        roomy = QImage(option.rect.size(), QImage.Format.Format_RGB32)
        roomy.fill(QColor("white"))
        painter = QPainter(roomy)
        ideas.itemDelegate().paint(painter, option, index)
        painter.end()
        whole = _dark_pixels(roomy)
        painted = _dark_pixels(shown.copy(rect.intersected(viewport)))
        assert painted >= whole * 0.97, (ideas.width(), ideas.item(row).text(), painted, whole)


def test_no_idea_for_an_action_is_cut_short_whatever_the_lists_width(
    results, services, organisation
):
    """With the list's spacing (2 px), Qt wraps an item's text to the viewport's whole width
    but paints the item 4 px narrower: an idea that just fitted one line was given one line,
    then wrapped and cut where it was painted ("Support need: planning (1 …", 1024x600).
    Whether a given text hits that depends on the fonts, so the list takes a range of widths."""
    from tests.ui.small_screen import settle

    detail = services.assessments.start(organisation.id, "health_check", consent_given=True)
    answer_all(services, detail.id, 1)
    results.show_results(detail.id, tab=1)
    ideas = results.results.plan.idea_list
    ideas.clearSelection()
    for width in range(170, 290, 3):  # a text's fit changes line by line across these widths
        ideas.setFixedWidth(width)
        settle()
        assert_every_visible_idea_shows_its_whole_text(ideas)
