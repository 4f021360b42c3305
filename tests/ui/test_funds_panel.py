"""The funds panel on the organisation page and the results: funds open now, what stands in
the way of the others (linked to the field that meets it), "Add as action", closed funds, and
the honesty line with the funds file's date."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from desktop.registration.funds import GUIDE_NOTE, long_date
from tests.funds.helpers import CIC, INFORMAL_GROUP, strong_answers


def _complete_health_check(services, organisation_id: str, overrides=None) -> str:
    detail = services.assessments.start(organisation_id, "health_check", consent_given=True)
    form = services.assessments.form_for(detail.id)
    for question_id, value in strong_answers(form, overrides).items():
        services.assessments.record_answer(detail.id, question_id, value)
    services.assessments.complete(detail.id, allow_unanswered_required=True)
    return detail.id


def _visible_text(panel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel))


def _funding_tab(qtbot: Any, organisations_page, organisation_id: str):
    organisations_page.reload()
    organisations_page.open_organisation(organisation_id)
    organisations_page.detail_tabs.setCurrentIndex(organisations_page.FUNDING_TAB)
    panel = organisations_page.funds_panel
    qtbot.waitUntil(lambda: panel.guide is not None)
    return panel


def test_the_organisation_page_shows_funds_now_and_after_with_the_honesty_line(
    qtbot, organisations_page, services
) -> None:
    cic = services.organisations.create(CIC)
    panel = _funding_tab(qtbot, organisations_page, cic.id)
    text = _visible_text(panel)
    assert "Funds you can apply to now" in text and "Funds you could apply to after" in text
    assert GUIDE_NOTE in text
    assert long_date(services.funds.funds_file().updated) in text
    guide = panel.guide
    assert {c.fund.id for c in guide.eligible} >= {"ward_project_budgets"}
    awards = next(c for c in guide.not_yet if c.fund.id == "awards_for_all")
    for unmet in awards.unmet:
        assert unmet.reason.split(":")[0][:30] in text.replace("\n", " ").replace("<br>", " ")
    # no assessment yet: nothing to add the action to, and the button says why
    button = panel.add_buttons["fund:awards_for_all:two_signatories"]
    assert not button.isEnabled() and "health check" in button.toolTip()


def test_a_registration_link_opens_the_field_that_meets_the_condition(
    qtbot, organisations_page, services
) -> None:
    group = services.organisations.create(INFORMAL_GROUP)
    panel = _funding_tab(qtbot, organisations_page, group.id)
    assert "field:legal_form" in _visible_text(panel)
    field = organisations_page.form.fields["bank_signatories"]
    field.section.header.setChecked(False)  # folded away
    reason = next(
        label for label in panel.findChildren(QLabel) if "field:bank_signatories" in label.text()
    )
    reason.linkActivated.emit("field:bank_signatories")
    assert organisations_page.detail_tabs.currentIndex() == 0
    assert field.section.expanded
    qtbot.waitUntil(field.widget.hasFocus)


def test_add_as_action_puts_the_condition_on_the_plan_by_the_deadline(
    qtbot, organisations_page, services
) -> None:
    cic = services.organisations.create(CIC)
    assessment_id = _complete_health_check(services, cic.id, {"money_1": "no"})
    panel = _funding_tab(qtbot, organisations_page, cic.id)
    button = panel.add_buttons["fund:awards_for_all:two_signatories"]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    actions = services.assessments.actions(assessment_id)
    added = [a for a in actions if a.source_id == "fund:awards_for_all:two_signatories"]
    assert len(added) == 1
    assert added[0].what.startswith("Open a second signatory on the bank account")
    assert added[0].theme == "financial management" and added[0].support_offer
    assert not button.isEnabled() and button.text() == "In the plan"
    # a fund with a deadline: the action is due by it
    grants = panel.add_buttons["fund:kirklees_community_grants:priorities"]
    qtbot.mouseClick(grants, Qt.MouseButton.LeftButton)
    due = next(
        a for a in services.assessments.actions(assessment_id) if "priorit" in a.source_id
    ).due_date
    guide = services.funds.guide(cic.id)
    deadline = next(c for c in guide.checks if c.fund.id == "kirklees_community_grants")
    assert due == deadline.next_deadline
    # shown again, the panel remembers what is on the plan
    organisations_page.show_funds()
    assert not panel.add_buttons["fund:awards_for_all:two_signatories"].isEnabled()


@pytest.fixture
def results_page(qtbot, main_window):
    main_window.show_page("assessments")
    return main_window.page("assessments")


def test_the_results_funding_tab_adds_an_action_to_the_plan_shown(
    qtbot, results_page, services
) -> None:
    cic = services.organisations.create(CIC)
    assessment_id = _complete_health_check(services, cic.id, {"money_1": "no"})
    results_page.open_assessment(assessment_id)
    view = results_page.results
    view.tabs.setCurrentIndex(view.FUNDING_TAB)
    panel = view.funds_panel
    assert panel.guide is not None and GUIDE_NOTE in _visible_text(panel)
    before = view.plan.model.rowCount()
    qtbot.mouseClick(
        panel.add_buttons["fund:awards_for_all:safeguarding_policy"], Qt.MouseButton.LeftButton
    )
    whats = [a.what for a in services.assessments.actions(assessment_id)]
    assert any(w.startswith("Write and adopt a safeguarding policy") for w in whats)
    assert view.plan.model.rowCount() == before + 1


def test_the_results_funding_tab_is_filled_when_chosen_for_the_assessment_shown(
    qtbot, results_page, services
) -> None:
    cic = services.organisations.create(CIC)
    group = services.organisations.create(INFORMAL_GROUP)
    first = _complete_health_check(services, cic.id, {"money_1": "no"})
    second = _complete_health_check(services, group.id)
    view = results_page.results
    panel = view.funds_panel

    def funds_open(guide) -> list[str]:
        return sorted(check.fund.id for check in guide.eligible)

    results_page.open_assessment(first)
    assert view.tabs.currentIndex() == 0 and panel.guide is None  # not worked out unseen
    view.tabs.setCurrentIndex(view.FUNDING_TAB)
    assert panel.guide is not None
    assert funds_open(panel.guide) == funds_open(services.funds.guide(cic.id))

    results_page.show_list()
    results_page.open_assessment(second)  # opens on the results tab
    view.tabs.setCurrentIndex(view.FUNDING_TAB)
    assert funds_open(services.funds.guide(group.id)) != funds_open(services.funds.guide(cic.id))
    assert funds_open(panel.guide) == funds_open(services.funds.guide(group.id))
    view.open(first, view.FUNDING_TAB)  # opened straight on the Funding tab
    assert funds_open(panel.guide) == funds_open(services.funds.guide(cic.id))


def test_a_closed_fund_is_shown_as_closed(qtbot, services) -> None:
    from datetime import date

    from desktop.ui.widgets.funds_panel import FundsPanel

    cic = services.organisations.create(CIC)
    panel = FundsPanel()
    qtbot.addWidget(panel)
    panel.show_guide(services.funds.guide(cic.id, date(2027, 7, 1)))
    text = _visible_text(panel)
    assert "Closed for now" in text and "One Community grants" in text
    assert "closed on 26 March 2027" in text


def _statement_link(panel, question_id: str) -> tuple[QLabel, str]:
    """The reason label holding a link to this statement, and the link."""
    for label in panel.findChildren(QLabel):
        for href in re.findall(r"href='([^']+)'", label.text()):
            if href.startswith("assessment:") and href.endswith(f":{question_id}"):
                return label, href
    raise AssertionError(f"no link to the statement {question_id}")


def _click_link(qtbot: Any, label: QLabel, href: str) -> None:
    """Click the link itself: find the point of the label whose anchor is `href`."""
    label.window().activateWindow()
    qtbot.waitUntil(label.isVisible)
    size = None
    while size != label.size():  # laid out at its final width
        size = label.size()
        qtbot.wait(20)
    for y in range(2, label.height(), 3):
        for x in range(2, label.width(), 6):
            point = QPoint(x, y)
            if _anchor_at(label, point) == href:
                qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=point)
                return
    raise AssertionError(f"{href} is not on screen in the label")


def _anchor_at(label: QLabel, point: QPoint) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.setDocumentMargin(0)
    layout = document.documentLayout()
    return layout.anchorAt(point.toPointF() - label.contentsRect().topLeft().toPointF())


def test_a_statement_link_opens_that_statement_read_only_in_the_completed_check(
    qtbot, main_window, organisations_page, services
) -> None:
    cic = services.organisations.create(CIC)
    assessment_id = _complete_health_check(services, cic.id, {"money_1": "no"})
    panel = _funding_tab(qtbot, organisations_page, cic.id)
    label, href = _statement_link(panel, "money_1")
    _click_link(qtbot, label, href)
    assessments = main_window.page("assessments")
    runner = assessments.runner
    qtbot.waitUntil(lambda: assessments.stack.currentWidget() is runner)
    assert runner.assessment_id == assessment_id
    assert runner.question_id == "money_1"
    question = runner.source_form.question("money_1")
    assert runner.statement.text() == str(question.text)
    # completed: shown as answered, locked, with the way to reopen it
    assert runner.locked and runner.locked_bar.isVisible()
    assert runner.answer_input is not None and runner.answer_input.value() == "no"
    assert services.assessments.get(assessment_id).summary.status == "completed"


def test_a_statement_link_on_the_results_opens_the_draft_under_way_at_that_statement(
    qtbot, results_page, services
) -> None:
    cic = services.organisations.create(CIC)
    completed_id = _complete_health_check(services, cic.id, {"money_1": "no"})
    results_page.open_assessment(completed_id)
    view = results_page.results
    view.tabs.setCurrentIndex(view.FUNDING_TAB)
    # a new health check under way: answering the statement there is what opens the fund
    draft = services.assessments.start(cic.id, "health_check", consent_given=True)
    label, href = _statement_link(view.funds_panel, "money_1")
    _click_link(qtbot, label, href)
    runner = results_page.runner
    qtbot.waitUntil(lambda: results_page.stack.currentWidget() is runner)
    assert (runner.assessment_id, runner.question_id) == (draft.id, "money_1")
    assert not runner.locked and runner.answer_input is not None
    assert runner.answer_input.isEnabled()
