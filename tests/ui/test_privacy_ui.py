"""Settings → Personal data: the erase confirmation lists what will go and Cancel keeps it;
subject access export; the retention review keeps (audited) or erases. Real widgets, real
database."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from desktop.services.settings import SettingKey
from tests.store.sync_helpers import trust_council_file
from tests.store.test_privacy import BOB, JANE, all_table_text, seed
from tests.ui.test_small_screen import assert_dialog_fits

SHOTS = os.environ.get("GAPKIT_SCREENSHOTS")


@pytest.fixture
def privacy_box(main_window, services):  # type: ignore[no-untyped-def]
    main_window.show_page("settings")
    return main_window.page("settings").privacy


def _shot(widget, name: str, size: tuple[int, int] | None = None) -> None:  # type: ignore[no-untyped-def]
    if SHOTS:
        if size:
            widget.resize(*size)
            QApplication.processEvents()
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / name))


def _dialog_values(dialog) -> set[str]:  # type: ignore[no-untyped-def]
    table = dialog.table
    # as held (a right-to-left screen keeps a left-to-right value in an isolate)
    return {table.item(r, 2).text().strip("\u2066\u2069") for r in range(table.rowCount())}


def test_erase_confirmation_lists_the_values_and_keep_changes_nothing(
    qtbot, privacy_box, services, main_window
):
    seed(services)
    main_window.resize(1024, 600)
    qtbot.keyClicks(privacy_box.person, JANE["email"])
    qtbot.mouseClick(privacy_box.erase_button, qtbot_button())
    qtbot.waitUntil(lambda: privacy_box.erase_dialog is not None, timeout=10000)
    dialog = privacy_box.erase_dialog
    qtbot.waitUntil(dialog.isVisible)
    values = _dialog_values(dialog)
    assert {JANE["name"], JANE["email"], JANE["phone"]} <= values
    assert not any(BOB["email"] in v or BOB["phone"] in v for v in values)
    assert "history" in dialog.summary.text()
    assert dialog.cancel_button.isDefault()
    assert_dialog_fits(dialog)
    _shot(dialog, "privacy-erase-confirm.png", (860, 480))
    qtbot.mouseClick(dialog.cancel_button, qtbot_button())
    assert JANE["email"] in all_table_text(services.store)

    privacy_box.erase_dialog = None
    qtbot.mouseClick(privacy_box.erase_button, qtbot_button())
    qtbot.waitUntil(lambda: privacy_box.erase_dialog is not None, timeout=10000)
    qtbot.mouseClick(privacy_box.erase_dialog.erase_button, qtbot_button())
    qtbot.waitUntil(lambda: "Erased" in privacy_box.message.text(), timeout=20000)
    everything = all_table_text(services.store)
    assert JANE["email"] not in everything and JANE["name"] not in everything
    assert BOB["email"] in everything
    _shot(main_window, "privacy-settings.png")


def test_nothing_found_is_said_and_no_dialog_opens(qtbot, privacy_box, services):
    seed(services)
    qtbot.keyClicks(privacy_box.person, "nobody@example.org")
    privacy_box.ask_erase()
    qtbot.waitUntil(lambda: "Nothing is held" in privacy_box.message.text(), timeout=10000)
    assert privacy_box.erase_dialog is None


def test_subject_access_export_from_the_settings_page(qtbot, privacy_box, services, tmp_path):
    seed(services)
    qtbot.keyClicks(privacy_box.person, JANE["name"])
    out = tmp_path / "subject-access"
    privacy_box.export_to(out)
    qtbot.waitUntil(lambda: "Wrote" in privacy_box.message.text(), timeout=20000)
    assert sorted(p.suffix for p in out.iterdir()) == [".json", ".pdf"]


def test_retention_review_keeps_with_an_audit_entry_and_erases(qtbot, privacy_box, services):
    from desktop.store.models import ActionItem, Assessment, Organisation

    ids = seed(services)
    long_ago = datetime.now(UTC) - timedelta(days=365 * 7)
    with services.store.session() as session:
        for model in (Organisation, Assessment, ActionItem):
            session.execute(update(model).values(modified_at=long_ago))
    privacy_box.open_review()
    dialog = privacy_box.review_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.table.rowCount() == 2
    assert_dialog_fits(dialog)
    _shot(dialog, "privacy-retention-review.png", (860, 420))
    bob_row = next(
        i for i, item in enumerate(dialog.items) if item.organisation_id == ids["bob_org"]
    )
    dialog.table.selectRow(bob_row)
    qtbot.mouseClick(dialog.keep_button, qtbot_button())
    assert [item.organisation_id for item in dialog.items] == [ids["jane_org"]]
    trail = services.organisations.audit_trail(ids["bob_org"])
    assert any(e.action == "retention-keep" for e in trail)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.erase_button, qtbot_button())
    confirm = privacy_box.erase_dialog
    assert confirm is not None and JANE["email"] in _dialog_values(confirm)
    qtbot.mouseClick(confirm.erase_button, qtbot_button())
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=20000)
    assert JANE["email"] not in all_table_text(services.store)


def qtbot_button():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_laptop_forgets_confirmed_work_after_keep_is_offered_first(
    qtbot, privacy_box, services, tmp_path
):
    from sqlalchemy import select

    from desktop.demo.assessments import add_demo_assessments
    from desktop.services import Services
    from desktop.services.sync.export import ExportService
    from desktop.services.sync.imports import ImportService
    from desktop.store.db import open_store
    from desktop.store.models import Assessment

    seed(services)
    add_demo_assessments(services, 2, seed=3, completed_share=1.0)
    council_store = open_store(data_dir=tmp_path / "council", device_name="Kirklees Council")
    council = Services(council_store)
    try:
        council.settings.set(SettingKey.COUNCIL_MODE, True)
        council.trusted_devices.enrol(services.devices.info())
        info = tmp_path / "council.json"
        info.write_text(council.devices.info().to_json())
        trust_council_file(services.store, info)
        bundles = tmp_path / "bundles"
        bundles.mkdir()
        sent = ExportService(services.store).export_bundle(bundles, include_drafts=True).path
        assert ImportService(council_store).import_bundle(sent).status == "merged"
        (tmp_path / "packs").mkdir()
        pack = council.packs.build_pack(
            tmp_path / "packs", device_id=services.store.device_id, scope="all"
        ).path
        assert ImportService(services.store).import_pack(pack).status == "merged"
    finally:
        council_store.close()
    privacy_box.refresh_sent()
    assert privacy_box.forget_button.isEnabled()
    assert ": 2." in privacy_box.sent_label.text()
    privacy_box.ask_forget_sent()
    box = privacy_box.forget_box
    qtbot.waitUntil(box.isVisible)
    assert box.defaultButton().text() == "Keep them"
    box.defaultButton().click()
    with services.store.session() as session:
        assert (
            len(
                session.scalars(select(Assessment.id).where(Assessment.status == "completed")).all()
            )
            == 2
        )
    privacy_box.ask_forget_sent()
    forget = next(b for b in privacy_box.forget_box.buttons() if b.text() == "Forget them")
    forget.click()
    qtbot.waitUntil(
        lambda: "forgotten on this computer: 2" in privacy_box.message.text(), timeout=20000
    )
    with services.store.session() as session:
        assert (
            session.scalars(select(Assessment.id).where(Assessment.status == "completed")).all()
            == []
        )
    assert not privacy_box.forget_button.isEnabled()


@pytest.mark.parametrize("language", ["ur", "pa", "pl"])
def test_personal_data_and_its_dialogs_speak_the_apps_language(
    qtbot, services, tmp_path, monkeypatch, language
):  # type: ignore[no-untyped-def]
    """Every text of the Personal data box and its dialogs comes through tr(): none of the
    English sources shows once the app is in Urdu, Punjabi or Polish; values stay as held."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget

    from desktop.services.privacy import ReviewItem
    from desktop.ui import i18n
    from desktop.ui.dialogs.privacy import ErasureConfirmDialog, RetentionReviewDialog
    from desktop.ui.widgets.privacy_box import PrivacyBox
    from tests.ui.visible_text import app_texts

    english = {text.replace("&", "") for text in app_texts()["Privacy"] if "{" not in text}
    seed(services)
    assert i18n.set_app_language(language)
    try:
        box = PrivacyBox(services)
        findings = services.privacy.find(JANE["email"])
        erase = ErasureConfirmDialog(findings, 2, box)
        review = RetentionReviewDialog(
            [
                ReviewItem(
                    "x",
                    "Birkby Allotment Society",
                    None,
                    datetime(2019, 3, 1, tzinfo=UTC),
                    "kept on 2020-01-05",
                )
            ],
            6,
            box,
        )
        for widget in (box, erase, review):
            qtbot.addWidget(widget)
            shown = [widget.windowTitle()]
            for child in widget.findChildren(QWidget):
                if isinstance(child, QLabel | QAbstractButton):
                    shown.append(child.text())
                elif isinstance(child, QGroupBox):
                    shown.append(child.title())
            for table in (getattr(widget, "table", None),):
                if table is not None:
                    shown += [
                        table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
                    ]
                    shown += [
                        table.item(r, c).text()
                        for r in range(table.rowCount())
                        for c in range(table.columnCount() - 1)  # values stay as held
                        if table.item(r, c) is not None
                    ]
            left = [t for t in shown if t and t.replace("&", "") in english]
            assert not left, (language, left)
        assert erase.table.rowCount() == len(findings.places)
        assert JANE["email"] in _dialog_values(erase)  # the values themselves are untouched
        assert "2020-01-05" in review.table.item(0, 3).text()
        assert erase.layoutDirection() == (
            Qt.LayoutDirection.RightToLeft if language == "ur" else Qt.LayoutDirection.LeftToRight
        )
    finally:
        i18n.set_app_language("en")
