"""The Organisations page driven like a person would: keyboard, mouse, real store underneath."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.services import open_services
from desktop.ui.main_window import MainWindow
from desktop.ui.models.organisations import POSTCODE

FOOD_BANK = {
    "name": "Holme Valley Food Bank",
    "legal_form": "cio_association",
    "charity_id": "1181234",
    "postcode": "HD9 3AB",
    "ward": "Holme Valley South",
}
CHOIR = {
    "name": "Batley Community Choir",
    "legal_form": "unincorporated_association",
    "postcode": "WF17 5AA",
    "ward": "Batley East",
}
CLUB = {
    "name": "Almondbury Cricket Club",
    "legal_form": "trust",
    "postcode": "HD5 8XY",
    "company_id": "01234567",
    "ward": "Almondbury",
}


def add(services, *registrations):
    return [services.organisations.create(values) for values in registrations]


def names_shown(page) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def click_row(qtbot, page, name: str) -> None:
    row = names_shown(page).index(name)
    rect = page.table.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_registering_with_the_keyboard_keeps_the_organisation_after_reopening(
    qtbot, data_dir, services, main_window
):
    page = main_window.page("organisations")
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.name_edit.hasFocus()
    qtbot.keyClicks(page.form.name_edit, "Marsden Repair Cafe")
    page.form.legal_form.setFocus()
    qtbot.keyClicks(page.form.legal_form, "Trust")
    qtbot.keyClicks(page.form.postcode_edit, "hd7 6ab")
    assert page.save_button.isEnabled()
    qtbot.keyClick(page.form.postcode_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert "Registered Marsden Repair Cafe" in page.notice.label.text()
    assert names_shown(page) == ["Marsden Repair Cafe"]
    saved = services.organisations.search("Marsden")
    assert [(row.legal_form, row.postcode) for row in saved] == [("trust", "HD7 6AB")]

    main_window.close()
    services.close()
    reopened = open_services(data_dir)
    try:
        window = MainWindow(reopened)
        qtbot.addWidget(window)
        window.show()
        assert names_shown(window.page("organisations")) == ["Marsden Repair Cafe"]
    finally:
        reopened.close()


def test_a_bad_postcode_is_explained_under_the_postcode_and_nothing_is_saved(
    qtbot, services, organisations_page
):
    page = organisations_page
    qtbot.keyClicks(page.form.name_edit, "Golcar Lily Allotments")
    page.form.legal_form.setFocus()
    qtbot.keyClicks(page.form.legal_form, "Trust")
    qtbot.keyClicks(page.form.postcode_edit, "HD7 XYZ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    problem = page.form.problem_text("postcode")
    assert "not a UK postcode" in problem
    assert page.form.fields["postcode"].error.isVisible()
    assert page.form.postcode_edit.property("error") is True
    assert page.form.summary.isVisible()
    assert "postcode" in page.form.summary.text().lower()
    assert page.form.problem_text("name") == ""
    assert services.organisations.count() == 0
    # The typing stays so it can be corrected, and correcting it saves.
    page.form.postcode_edit.clear()
    qtbot.keyClicks(page.form.postcode_edit, "HD7 4AB")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert services.organisations.count() == 1
    assert not page.form.summary.isVisible()
    assert page.form.problem_text("postcode") == ""


def test_problems_in_a_folded_section_open_it(qtbot, services, organisations_page):
    page = organisations_page
    contact = page.form.fields["contact_email"]
    assert not contact.section.expanded
    page.form.set_values({**FOOD_BANK, "contact_name": "Asha", "contact_email": "not-an-email"})
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert contact.section.expanded
    assert "not an email address" in page.form.problem_text("contact_email")
    assert services.organisations.count() == 0


def test_delete_asks_first_and_undo_brings_the_organisation_back(
    qtbot, services, organisations_page
):
    page = organisations_page
    add(services, FOOD_BANK, CHOIR)
    page.reload()
    asked: list[str] = []

    def say_keep(_parent, name):
        asked.append(name)
        return False

    page.confirm_delete = say_keep
    click_row(qtbot, page, "Holme Valley Food Bank")
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert asked == ["Holme Valley Food Bank"]
    assert services.organisations.count() == 2

    page.confirm_delete = lambda _parent, _name: True
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert names_shown(page) == ["Batley Community Choir"]
    assert services.organisations.count() == 1
    assert page.notice.isVisible() and page.notice.action_button.text() == "Undo"

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert sorted(names_shown(page)) == ["Batley Community Choir", "Holme Valley Food Bank"]
    assert services.organisations.count() == 2
    assert page.form.title.text() == "Holme Valley Food Bank"


def test_delete_confirmation_box_can_be_answered_and_undone_from_the_notice(
    qtbot, services, organisations_page
):
    page = organisations_page
    add(services, CHOIR)
    page.reload()
    click_row(qtbot, page, "Batley Community Choir")
    seen: list[str] = []

    def answer_delete():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        delete = next(b for b in box.buttons() if b.text() == "Delete")
        delete.click()

    QTimer.singleShot(200, answer_delete)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen == ["Delete Batley Community Choir?"]
    assert services.organisations.count() == 0
    assert page.list_area.currentWidget() is page.empty_state

    qtbot.mouseClick(page.notice.action_button, Qt.MouseButton.LeftButton)
    assert services.organisations.count() == 1
    assert names_shown(page) == ["Batley Community Choir"]


def test_search_filters_the_table_as_you_type(qtbot, services, main_window):
    add(services, FOOD_BANK, CHOIR, CLUB)
    page = main_window.page("organisations")
    page.reload()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "bat")
    assert names_shown(page) == ["Batley Community Choir"]
    assert page.count_label.text() == "1 of 3 organisations"

    page.search.clear()
    qtbot.keyClicks(page.search, "hd5 8")  # postcode
    assert names_shown(page) == ["Almondbury Cricket Club"]
    page.search.clear()
    qtbot.keyClicks(page.search, "1181234")  # charity number
    assert names_shown(page) == ["Holme Valley Food Bank"]
    page.search.clear()
    qtbot.keyClicks(page.search, "nothing like this")
    assert names_shown(page) == []
    assert page.count_label.text() == "No match among 3 organisations"
    page.search.clear()
    assert len(names_shown(page)) == 3


def test_ward_filter_shows_only_that_ward(qtbot, services, organisations_page):
    page = organisations_page
    add(services, FOOD_BANK, CHOIR, CLUB)
    page.reload()
    page.ward_filter.setCurrentIndex(page.ward_filter.findData("Batley East"))
    assert names_shown(page) == ["Batley Community Choir"]
    page.ward_filter.setCurrentIndex(0)
    assert len(names_shown(page)) == 3


def test_clicking_a_column_heading_sorts_by_it(qtbot, services, organisations_page):
    page = organisations_page
    add(services, FOOD_BANK, CHOIR, CLUB)
    page.reload()
    assert names_shown(page) == [
        "Almondbury Cricket Club",
        "Batley Community Choir",
        "Holme Valley Food Bank",
    ]
    header = page.table.horizontalHeader()
    spot = QPoint(header.sectionViewportPosition(POSTCODE) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    postcodes = [page.proxy.index(r, POSTCODE).data() for r in range(page.proxy.rowCount())]
    assert postcodes in (sorted(postcodes), sorted(postcodes, reverse=True))
    assert header.sortIndicatorSection() == POSTCODE
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    again = [page.proxy.index(r, POSTCODE).data() for r in range(page.proxy.rowCount())]
    assert again == list(reversed(postcodes))


def test_choosing_an_organisation_fills_the_form_and_edits_save(
    qtbot, services, organisations_page
):
    page = organisations_page
    (food_bank,) = add(services, FOOD_BANK)
    page.reload()
    click_row(qtbot, page, "Holme Valley Food Bank")
    form = page.form
    assert form.name_edit.text() == "Holme Valley Food Bank"
    assert form.fields["charity_id"].widget.text() == "GB-CHC-1181234"
    assert form.district_area.currentText() != "Not set"
    assert not page.save_button.isEnabled()
    town = form.fields["town"].widget
    qtbot.keyClicks(town, "Holmfirth")
    assert page.save_button.isEnabled()
    qtbot.keyClick(town, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.organisations.get(food_bank.id).values["town"] == "Holmfirth"
    changed = {e.field for e in services.organisations.audit_trail(food_bank.id)}
    assert changed == {"*", "town"}  # only what was edited is written


def test_history_lists_every_change_before_after_who_and_when(qtbot, services, organisations_page):
    page = organisations_page
    food_bank, _choir = add(services, FOOD_BANK, CHOIR)
    services.organisations.update(food_bank.id, {"town": "Holmfirth"})
    services.organisations.update(food_bank.id, {"town": "Meltham"})
    services.organisations.update(food_bank.id, {"town": None})
    page.reload()
    click_row(qtbot, page, "Holme Valley Food Bank")
    assert page.history_button.isEnabled()

    dialog = page.show_history()
    qtbot.addWidget(dialog)

    model = dialog.model
    rows = [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert model.titles == ("When", "Who", "What", "Before", "After", "Through")
    assert [row[2] for row in rows] == ["Created"] + ["Changed Town"] * 3
    assert [row[3:5] for row in rows[1:]] == [
        ["—", "Holmfirth"],
        ["Holmfirth", "Meltham"],
        ["Meltham", "(removed)"],  # a value taken out says so
    ]
    assert all(row[1] == services.store.device_name for row in rows)  # no person named here
    assert all(row[5] == "made here" for row in rows)
    assert "4 changes" in dialog.summary.text()
    dialog.reject()


def test_leaving_unsaved_typing_asks_and_cancel_keeps_it(qtbot, services, organisations_page):
    page = organisations_page
    food_bank, _choir = add(services, FOOD_BANK, CHOIR)
    page.reload()
    click_row(qtbot, page, "Holme Valley Food Bank")
    qtbot.keyClicks(page.form.fields["town"].widget, "Holmfirth")
    answers = ["cancel"]
    page.ask_unsaved = lambda _parent, _name: answers.pop(0)

    click_row(qtbot, page, "Batley Community Choir")
    assert page.form.title.text() == "Holme Valley Food Bank"
    assert page.form.fields["town"].widget.text() == "Holmfirth"
    qtbot.waitUntil(lambda: page.selected_id() == food_bank.id)

    answers.append("discard")
    click_row(qtbot, page, "Batley Community Choir")
    assert page.form.title.text() == "Batley Community Choir"
    assert answers == []


def test_an_empty_register_says_what_to_do_first(qtbot, services, organisations_page):
    page = organisations_page
    assert page.list_area.currentWidget() is page.empty_state
    text = page.empty_text.text()
    assert "No organisations yet" in text
    assert "Ctrl+N" in text and "gapkit" not in text and "\n" not in text
    assert page.form.title.text() == "New organisation"
    # a button, not a command, loads examples (after asking)
    assert page.examples_button.isVisible()
    page.confirm_examples = lambda _parent: False
    page.examples_button.click()
    assert services.organisations.count() == 0
    page.confirm_examples = lambda _parent: True
    page.examples_button.click()
    assert services.organisations.count() == 12
    assert page.list_area.currentWidget() is page.table


def test_follow_on_questions_appear_only_when_asked_for(qtbot, organisations_page):
    form = organisations_page.form

    def shown(name: str) -> bool:
        field = form.fields[name]
        return field.section.form.isRowVisible(field.holder)

    assert not shown("legal_form_other")
    form.legal_form.setCurrentIndex(form.legal_form.findData("other"))
    assert shown("legal_form_other")
    assert not shown("bank_signatories")
    form.fields["has_bank_account"].widget.setCurrentIndex(1)  # Yes
    assert shown("bank_signatories")
    assert not shown("cat_building")
    form.interests.box("community_asset_transfer").setChecked(True)
    assert shown("cat_building")


def test_history_says_who_through_which_bundle_and_shows_deletions(qtbot, services):
    from datetime import UTC, datetime

    from desktop.services.audit import Arrival, AuditEntry
    from desktop.ui.dialogs.history import HistoryDialog

    (food_bank,) = add(services, FOOD_BANK)
    services.organisations.delete(food_bank.id)
    services.organisations.restore(food_bank.id)
    trail = services.organisations.audit_trail(food_bank.id)
    arrived = AuditEntry(
        at=datetime(2026, 11, 30, 10, 5, tzinfo=UTC),
        device_id="d" * 36,
        action="erase",
        field="contact_name",
        old_value=None,
        new_value="erased on 2026-11-30 at the person's request",
        device_name="Asha's laptop",
        entity_type="organisations",
        person="Asha Patel",
        arrival=Arrival("b" * 36, "field-export", 7, "Asha's laptop", None),
    )
    dialog = HistoryDialog("History", [*trail, arrived])
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert [row[2:5] for row in rows[1:3]] == [
        ["Deleted", "—", "(deleted)"],
        ["Restored", "(deleted)", "(restored)"],
    ]
    erased = rows[3]
    assert erased[1] == "Asha Patel (Asha's laptop)"
    assert erased[2].startswith("Erased at the person's request")
    assert erased[4] == "erased on 2026-11-30 at the person's request"
    assert erased[5] == "bundle 7 from Asha's laptop"
    assert "b" * 36 in model.data(model.index(3, 5), Qt.ItemDataRole.ToolTipRole)


def test_the_count_shows_whole_on_a_small_laptop_with_the_form_open(qtbot, services, main_window):
    add(services, FOOD_BANK, CHOIR, CLUB)
    main_window.resize(1024, 600)
    main_window.show()
    page = main_window.page("organisations")
    page.reload()
    click_row(qtbot, page, "Batley Community Choir")
    qtbot.waitUntil(lambda: page.detail_tabs.isVisible())
    qtbot.keyClicks(page.search, "nothing like this")
    # the longest count text, with the form open: nothing of it is cut off
    label = page.count_label
    assert label.text() == "No match among 3 organisations"
    qtbot.waitUntil(
        lambda: label.width() >= label.fontMetrics().horizontalAdvance(label.text()), timeout=3_000
    )


def test_every_shown_heading_fits_its_column_in_polish(qtbot, services, main_window):
    """Fixed widths cut "Kod pocztowy" (Postcode) to "Kod poczt…" on a full HD screen."""
    from desktop.ui import i18n

    add(services, FOOD_BANK, CHOIR, CLUB)
    main_window.resize(1920, 1080)
    main_window.show()
    main_window.show_page("organisations")
    page = main_window.page("organisations")
    page.reload()
    header = page.table.horizontalHeader()
    model = page.table.model()

    def cut_headings() -> list[str]:
        return [
            model.headerData(column, Qt.Orientation.Horizontal)
            for column in range(header.count())
            if not header.isSectionHidden(column)
            and header.sectionSize(column) < header.sectionSizeFromContents(column).width()
        ]

    assert not page.table.isColumnHidden(POSTCODE)
    try:
        assert i18n.set_app_language("pl")
        assert model.headerData(POSTCODE, Qt.Orientation.Horizontal) == "Kod pocztowy"
        qtbot.waitUntil(lambda: not cut_headings(), timeout=3_000)
        assert not page.table.isColumnHidden(POSTCODE)
    finally:
        i18n.set_app_language("en")
