"""The self-assessment edition end to end: a group registers itself, assesses as a group with a
guide before each section, saves its PDF and sends an encrypted bundle; the council approves
the new group's bundle, which waits under the group's name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication

from desktop.services import Services, open_services
from desktop.services.setup import Use
from desktop.ui.main_window import MainWindow
from sync.keys import council_key_fingerprint, load_council_public_key

GROUP_NAME = "Dalton Community Garden"


@pytest.fixture
def council(tmp_path: Path) -> Services:
    services = open_services(tmp_path / "council-data", device_name="Council hub")
    services.setup.choose_council(council_name="Kirklees Council")
    yield services
    services.close()


@pytest.fixture
def group(services: Services, council: Services) -> Services:
    council_pub = council.store.data_dir / "keys" / "council.pub"
    services.setup.choose_group(
        council_public_key=str(council_pub), council_name="Kirklees Council"
    )
    return services


@pytest.fixture
def group_window(qtbot: Any, group: Services):  # type: ignore[no-untyped-def]
    window = MainWindow(group)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.close()
    window.deleteLater()


def _register(qtbot: Any, home: Any) -> None:
    qtbot.keyClicks(home.name_field, GROUP_NAME)
    home.legal_form.setCurrentIndex(home.legal_form.findData("unincorporated_association"))
    qtbot.keyClicks(home.postcode, "hd5 9ab")
    qtbot.keyClicks(home.contact_name, "Ruth Okafor")
    qtbot.keyClicks(home.contact_email, "ruth@example.org")


def test_the_group_edition_shows_no_register_sync_or_council_pages(group_window):
    assert group_window.edition == "group"
    assert group_window.page_keys() == ["our_group", "assessments", "settings"]
    assert group_window.current_page_key() == "our_group"
    assert "self-assessment" in group_window.windowTitle()


def test_registration_needs_consent_for_contact_details(qtbot, group_window, group):
    home = group_window.page("our_group")
    assert home.stack.currentIndex() == 1  # a new group starts at the short registration
    _register(qtbot, home)
    assert not home.save_registration()
    assert "Tick the box" in home.registration_error.text()
    assert group.organisations.count() == 0
    home.postcode.clear()
    home.consent.setChecked(True)
    assert not home.save_registration()
    assert "Postcode" in home.registration_error.text()
    assert group.organisations.count() == 0


def test_a_group_assesses_itself_saves_its_report_and_sends_it(
    qtbot, group_window, group, council, tmp_path
):
    home = group_window.page("our_group")
    _register(qtbot, home)
    home.consent.setChecked(True)
    assert home.save_registration()
    organisation = group.self_assessment.organisation()
    assert organisation.values["postcode"] == "HD5 9AB"
    assert organisation.values["consent_covers"] == ["council_contact"]
    assert group.store.device_name == f"{GROUP_NAME} (self-assessment)"
    assert home.stack.currentIndex() == 0 and home.heading.text() == GROUP_NAME
    # A second organisation is refused: the edition keeps the group's own.
    with pytest.raises(Exception, match="registered already"):
        group.self_assessment.register({"name": "Another"}, consent=False)

    # -- the health check, as a group
    assert home.assess_button.text() == "Start the health check"
    home.assess_button.click()
    page = group_window.page("assessments")
    qtbot.waitUntil(lambda: page.start_dialog is not None and page.start_dialog.isVisible())
    dialog = page.start_dialog
    assert dialog.group_mode.isChecked()
    qtbot.waitUntil(lambda: len(dialog.rows) >= 2)
    dialog.consent.setChecked(True)
    started: list[str] = []
    dialog.started.connect(started.append)
    dialog.start()
    qtbot.waitUntil(lambda: bool(started))
    assessment_id = started[0]
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.runner)
    guides = page.section_guides
    qtbot.waitUntil(lambda: guides.dialog is not None and guides.dialog.isVisible())
    first_guide = guides.dialog
    assert first_guide.guide.section_id == "purpose"
    assert "why your group exists" in first_guide.text.text()
    from forms.loader import shipped_forms

    sections = len(shipped_forms()["health-check"].sections)
    assert f"Section 1 of {sections}" in first_guide.windowTitle()
    first_guide.start_button.click()
    qtbot.waitUntil(lambda: not first_guide.isVisible())

    detail = group.assessments.get(assessment_id)
    assert detail.summary.mode == "group"
    participants = [p.id for p in detail.participants]
    form = group.assessments.form_for(assessment_id)
    ratings = {0: (2, 3), 1: (3, 3), 2: (4, 2)}
    for number, question in enumerate(q for s in form.sections for q in s.questions):
        if question.type != "rating":
            continue
        pattern = ratings[number % 3]
        for participant, level in zip(participants, pattern * 3, strict=False):
            group.assessments.record_answer(
                assessment_id, question.id, level, participant_id=participant
            )
        group.assessments.record_answer(assessment_id, question.id, max(pattern))
    # Moving into the next section brings its guide first.
    second_section = form.sections[1]
    page.runner.open(assessment_id, second_section.questions[0].id)
    qtbot.waitUntil(lambda: guides.dialog is not first_guide and guides.dialog.isVisible())
    assert guides.dialog.guide.section_id == second_section.id
    guides.dialog.accept()
    group.assessments.complete(assessment_id, allow_unanswered_required=True)

    # -- results, action plan and the PDF
    group_window.show_page("our_group")
    assert home.assess_button.text() == "See results and report"
    home.assess_button.click()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.results)
    pdf = tmp_path / "our-report.pdf"
    page.results.choose_pdf_path = lambda _parent, _suggested: str(pdf)
    with qtbot.waitSignal(page.results.report_saved, timeout=30_000):
        page.results.save_pdf()
    text = "".join(p.extract_text() or "" for p in PdfReader(pdf).pages)
    assert GROUP_NAME in text

    # -- send to the council
    group_window.show_page("our_group")
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    home.choose_folder = lambda _parent: str(stick)
    assert "Kirklees Council" in home.send_explanation.text()
    assert "email" in home.send_explanation.text() and "USB stick" in home.send_explanation.text()
    home.send_button.click()
    qtbot.waitUntil(lambda: home.last_sent is not None, timeout=30_000)
    bundle = home.last_sent.path
    assert bundle.parent == stick and bundle.exists()
    assert home.last_sent.encrypted
    council_pub = load_council_public_key(council.store.data_dir / "keys" / "council.pub")
    assert home.last_sent.council_key_fingerprint == council_key_fingerprint(council_pub)
    assert "email it to Kirklees Council" in home.send_result.text()

    # -- on the council: the bundle waits under the group's name until staff approve it
    council_window = MainWindow(council, council=True)
    council_window.resize(1024, 600)
    council_window.show()
    qtbot.waitExposed(council_window)
    try:
        council_window.show_page("import")
        import_page = council_window.page("import")
        import_page.import_paths([bundle])
        qtbot.waitUntil(lambda: not import_page.busy, timeout=30_000)
        import_page.refresh()
        waiting = council.imports.waiting()
        assert [entry.device_name for entry in waiting] == [f"{GROUP_NAME} (self-assessment)"]
        assert council.organisations.count() == 0
        shown = import_page.waiting.rows
        assert shown and shown[0].device_name == f"{GROUP_NAME} (self-assessment)"
        import_page.waiting_table.selectRow(0)
        import_page.confirm_approval = lambda _entry: True
        import_page.approve_selected()
        qtbot.waitUntil(lambda: not import_page.busy, timeout=30_000)
        QApplication.processEvents()
        names = [o.name for o in council.organisations.list_all()]
        assert names == [GROUP_NAME]
        assessments = council.assessments.list_summaries()
        assert [(a.organisation_name, a.mode, a.status) for a in assessments] == [
            (GROUP_NAME, "group", "completed")
        ]
        assert council.imports.waiting() == []
        devices = {d.name: d.status for d in council.trusted_devices.list()}
        assert devices[f"{GROUP_NAME} (self-assessment)"] == "enrolled"
    finally:
        council_window.close()
        council_window.deleteLater()


def test_sending_without_a_council_key_says_what_to_do(qtbot, services, tmp_path):
    services.setup._set_use(Use.GROUP)
    services.self_assessment.register(
        {"name": GROUP_NAME, "legal_form": "informal_group", "postcode": "HD5 9AB"},
        consent=False,
    )
    window = MainWindow(services)
    qtbot.addWidget(window)
    home = window.page("our_group")
    home.choose_folder = lambda _parent: str(tmp_path)
    home.send_to_council()
    qtbot.waitUntil(lambda: home._send_task is None, timeout=30_000)
    assert "no council key" in home.send_result.text()
    assert not list(tmp_path.glob("*.gapkit"))


def test_the_group_editions_settings_leave_out_council_mode_and_the_council_key(group_window):
    from desktop.ui.pages.settings import SettingsPage

    group_window.show_page("settings")
    settings = group_window.page("settings")
    assert isinstance(settings, SettingsPage)
    assert not settings.council_box.isVisible()
    assert not settings.council_trust.isVisible()
    assert settings.privacy.isVisible()
