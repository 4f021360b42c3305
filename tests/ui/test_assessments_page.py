"""The Assessments page: the list with filters, open and resume, delete with confirmation and
undo, the offer to resume after a restart, and the start dialog's consent rule."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.ui.models.assessments import ORGANISATION, STATUS


@pytest.fixture
def organisations(services):
    return [
        services.organisations.create(
            {"name": name, "legal_form": "cio_association", "postcode": "HD1 1AA"}
        )
        for name in ("Holme Valley Food Bank", "Birstall Bowls Club")
    ]


@pytest.fixture
def page(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.show_page("assessments")
    return main_window.page("assessments")


def shown_rows(page) -> list[tuple[str, str]]:
    proxy = page.proxy
    return [
        (
            proxy.index(row, ORGANISATION).data(),
            proxy.index(row, STATUS).data(),
        )
        for row in range(proxy.rowCount())
    ]


def test_the_list_shows_every_assessment_and_filters_by_text_kind_and_status(
    qtbot, page, services, organisations
):
    food, bowls = organisations
    done = services.assessments.start(food.id, "health_check", consent_given=True)
    services.assessments.complete(done.id, allow_unanswered_required=True)
    services.assessments.start(bowls.id, "cat_readiness", consent_given=True)
    page.reload()
    assert sorted(shown_rows(page)) == [
        ("Birstall Bowls Club", "In progress"),
        ("Holme Valley Food Bank", "Completed"),
    ]
    qtbot.keyClicks(page.search, "bowls")
    assert shown_rows(page) == [("Birstall Bowls Club", "In progress")]
    page.search.clear()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("health_check"))
    assert shown_rows(page) == [("Holme Valley Food Bank", "Completed")]
    page.kind_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    assert shown_rows(page) == [("Birstall Bowls Club", "In progress")]
    assert page.count_label.text() == "1 of 2 shown"


def test_open_shows_results_for_a_completed_one_and_the_runner_for_a_draft(
    qtbot, page, services, organisations
):
    food, bowls = organisations
    done = services.assessments.start(food.id, "health_check", consent_given=True)
    services.assessments.complete(done.id, allow_unanswered_required=True)
    draft = services.assessments.start(bowls.id, "health_check", consent_given=True)
    page.reload(done.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.stack.currentWidget() is page.results
    page.show_list()
    page.reload(draft.id)
    assert page.resume_button.isEnabled()
    page.resume_button.click()
    assert page.stack.currentWidget() is page.runner
    assert page.runner.assessment_id == draft.id


def test_delete_asks_first_leaves_a_tombstone_and_can_be_undone(
    qtbot, page, services, organisations
):
    detail = services.assessments.start(organisations[0].id, "health_check", consent_given=True)
    page.reload(detail.id)
    asked = []
    page.confirm_delete = lambda _parent, summary: asked.append(summary.id) or False
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == [detail.id]
    assert [a.id for a in services.assessments.list_summaries()] == [
        detail.id
    ]  # kept: the answer was no
    page.confirm_delete = lambda _parent, _summary: True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert services.assessments.list_summaries() == []
    assert [a.deleted for a in services.assessments.list_summaries(include_deleted=True)] == [True]
    assert page.empty_state is page.list_area.currentWidget()
    page.notice.action_button.click()  # Undo
    assert [a.id for a in services.assessments.list_summaries()] == [detail.id]


def test_after_a_restart_the_page_offers_to_resume_the_unfinished_session(
    qtbot, services, organisations
):
    from desktop.ui.main_window import MainWindow

    detail = services.assessments.start(organisations[0].id, "health_check", consent_given=True)
    services.assessments.record_answer(detail.id, "purpose_1", 3)
    services.assessments.set_position(detail.id, "purpose_2")
    window = MainWindow(services)  # a fresh window, as after the app was closed or killed
    qtbot.addWidget(window)
    window.show()
    window.show_page("assessments")
    page = window.page("assessments")
    assert page.notice.isVisibleTo(page)
    assert "Holme Valley Food Bank" in page.notice.label.text()
    page.notice.action_button.click()
    assert page.stack.currentWidget() is page.runner
    assert page.runner.question_id == "purpose_2"


@pytest.mark.parametrize("language", ["ur", "pl"])
def test_the_offer_to_resume_names_the_kind_and_follows_a_change_of_language(
    qtbot, services, organisations, language
):
    from desktop.ui import i18n
    from desktop.ui.main_window import MainWindow

    detail = services.assessments.start(organisations[0].id, "cat_readiness", consent_given=True)
    form = services.assessments.form_for(detail.id)
    _section, first = next(iter(form.questions()))
    services.assessments.set_position(detail.id, first.id)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("assessments")
    page = window.page("assessments")
    english = page.notice.label.text()
    assert english.startswith("The CAT readiness assessment with Holme Valley Food Bank")
    try:
        # filled in again by the change of language itself, the kind with it
        assert i18n.set_app_language(language)
        translated = page.notice.label.text()
        assert translated == i18n.tr_format(
            "Assessments",
            "The {kind} with {organisation} was not finished. Carry on where it stopped?",
            kind=i18n.kind_in_sentence("cat_readiness"),
            organisation="Holme Valley Food Bank",
        )
        assert "readiness" not in translated and "Holme Valley Food Bank" in translated
    finally:
        i18n.set_app_language("en")


def test_the_start_dialog_will_not_start_without_consent_and_keeps_what_was_typed(
    qtbot, page, services, organisations
):
    page.start_for_organisation(organisations[0].id)
    dialog = page.start_dialog
    assert dialog is not None and not dialog.organisation.isEnabled()
    qtbot.keyClicks(dialog.venue, "Holmfirth Civic Hall")
    assert not dialog.start_button.isEnabled()
    dialog.start()  # Ctrl+Enter without consent
    assert services.assessments.list_summaries() == []
    dialog.consent.setChecked(True)
    dialog.group_mode.setChecked(True)
    for row in list(dialog.rows):
        row.remove_button.click()
    dialog.start()
    assert dialog.error.isVisibleTo(dialog) and "participant" in dialog.error.text()
    assert dialog.venue.text() == "Holmfirth Civic Hall"
    assert services.assessments.list_summaries() == []
    dialog.add_participant("staff")
    dialog.start()
    started = services.assessments.list_summaries()
    assert [(a.venue, a.mode) for a in started] == [("Holmfirth Civic Hall", "group")]
    assert page.stack.currentWidget() is page.runner


def test_start_assessment_on_an_organisation_opens_the_start_dialog_for_it(
    qtbot, main_window, services, organisations
):
    main_window.show_page("organisations")
    organisations_page = main_window.page("organisations")
    organisations_page.open_organisation(organisations[1].id)
    assert organisations_page.start_assessment_button.isEnabled()
    organisations_page.start_assessment_button.click()
    assert main_window.current_page_key() == "assessments"
    dialog = main_window.page("assessments").start_dialog
    assert dialog is not None
    assert dialog.organisation.currentData() == organisations[1].id
    assert not dialog.organisation.isEnabled()


# -- issue 13, item 12: no organisations yet, "Register it now" --------------------------------


def register_in_the_real_dialog(qtbot, seen: list):  # type: ignore[no-untyped-def]
    """Stands in for exec(): fills the real registration dialog as a person would and saves."""
    from desktop.ui.dialogs.register_organisation import RegisterOrganisationDialog

    def open_registration(parent, services, name):  # type: ignore[no-untyped-def]
        dialog = RegisterOrganisationDialog(services, name, parent)
        qtbot.addWidget(dialog)
        seen.append(dialog.form.fields["name"].get())
        dialog.save()  # nothing but the name yet: refused, nothing registered
        seen.append(services.organisations.count())
        form = dialog.form
        form.legal_form.setCurrentIndex(form.legal_form.findData("cio_association"))
        form.postcode_edit.setText("HD7 6AA")
        dialog.save()
        return dialog.created

    return open_registration


def test_with_no_organisations_register_it_now_returns_to_the_dialog_with_it_chosen(
    qtbot, page, services
):
    assert services.organisations.count() == 0
    page.start_for_organisation(None)
    dialog = page.start_dialog
    assert dialog.register_button.isVisibleTo(dialog)
    assert "No organisations are registered yet" in dialog.error.text()
    qtbot.keyClicks(dialog.organisation.lineEdit(), "Marsden Mechanics Hall")
    qtbot.keyClicks(dialog.venue, "Marsden Library")
    dialog.group_mode.setChecked(True)
    dialog.consent.setChecked(True)
    dialog.start()
    assert "“Marsden Mechanics Hall” is not registered yet" in dialog.error.text()
    assert services.assessments.list_summaries() == []

    seen: list = []
    dialog.open_registration = register_in_the_real_dialog(qtbot, seen)
    dialog.register_button.click()
    assert seen == [
        "Marsden Mechanics Hall",
        0,
    ]  # the typed name came along; half a form saved nothing
    (registered,) = services.organisations.list_all()
    assert registered.name == "Marsden Mechanics Hall"
    # Back in the start dialog: the organisation chosen, everything else as it was.
    assert dialog.organisation.currentData() == registered.id
    assert not dialog.error.isVisibleTo(dialog)
    assert dialog.venue.text() == "Marsden Library" and dialog.group_mode.isChecked()
    dialog.start()
    (started,) = services.assessments.list_summaries()
    assert started.organisation_id == registered.id and started.venue == "Marsden Library"


def test_a_typed_name_of_a_registered_organisation_is_taken_whatever_its_case(
    qtbot, page, services, organisations
):
    page.start_for_organisation(None)
    dialog = page.start_dialog
    assert not dialog.register_button.isVisibleTo(dialog)
    dialog.organisation.setCurrentIndex(-1)
    dialog.organisation.setEditText("birstall bowls club")
    dialog.consent.setChecked(True)
    dialog.start()
    (started,) = services.assessments.list_summaries()
    assert started.organisation_id == organisations[1].id


def test_the_problem_banner_squeezes_no_row_of_the_start_dialog(qtbot, page, services):
    page.start_for_organisation(None)
    dialog = page.start_dialog
    dialog.organisation.setEditText("Nowhere Club")
    dialog.consent.setChecked(True)
    dialog.start()
    QApplication.processEvents()
    assert dialog.error.isVisibleTo(dialog)
    for radio in (dialog.facilitated, dialog.group_mode, *dialog.kind_buttons.values()):
        assert radio.height() >= radio.sizeHint().height(), radio.text()
    assert dialog.height() <= 600


def test_history_shows_the_assessment_its_answers_and_actions(qtbot, page, services, organisations):
    detail = services.assessments.start(organisations[0].id, "health_check", consent_given=True)
    form = services.assessments.form_for(detail.id)
    section, question = next((s, q) for s, q in form.questions() if q.type == "rating")
    services.assessments.record_answer(detail.id, question.id, 2)
    services.assessments.complete(detail.id, allow_unanswered_required=True)
    # answers during the session are not audited; a change after reopening is
    services.assessments.reopen(detail.id)
    services.assessments.record_answer(detail.id, question.id, 3)
    services.assessments.add_action(detail.id, "Write a reserves policy")
    page.reload(detail.id)
    assert page.history_button.isEnabled()

    dialog = page.show_history()
    qtbot.addWidget(dialog)

    model = dialog.model
    what = [model.data(model.index(row, 2)) for row in range(model.rowCount())]
    after = [model.data(model.index(row, 4)) for row in range(model.rowCount())]
    assert what[0] == "Created"
    about_answer = [i for i, text in enumerate(what) if str(question.text) in text]
    assert about_answer and [after[i] for i in about_answer] == ["3"]
    assert "Completed" in what and "Reopened" in what
    assert any("Action: Write a reserves policy" in text for text in what)
    dialog.reject()
