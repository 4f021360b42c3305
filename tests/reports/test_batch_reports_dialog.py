"""The batch reports dialog, driven like a user: choose a folder, write, watch, cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.dialogs.batch_reports import BatchReportsDialog
from tests.reports.conftest import register, run_assessment


def test_dialog_writes_every_report_into_the_chosen_folder(qtbot, report_services, tmp_path):
    services = report_services
    ids = [
        run_assessment(services, register(services, name))
        for name in ("Ümit's Café", "Dalton Baby Bank")
    ]
    dialog = BatchReportsDialog(services, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(tmp_path / "reports"))
    with qtbot.waitSignal(dialog.reports_written, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert len(blocker.args[0]) == 2
    assert sorted(p.name for p in (tmp_path / "reports").glob("*.pdf")) == [
        "dalton-baby-bank-health-check-2026-03-12.pdf",
        "umits-cafe-health-check-2026-03-12.pdf",
    ]
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.progress_bar.value() == 2
    assert "Wrote 2 reports" in dialog.status.text()
    assert dialog.cancel_button.text() == "Close"


def test_cancel_stops_the_batch_and_says_how_many_were_written(qtbot, report_services, tmp_path):
    services = report_services
    ids = [run_assessment(services, register(services, f"Group {n}")) for n in range(6)]
    dialog = BatchReportsDialog(services, ids)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "reports"))
    with qtbot.waitSignal(dialog.reports_written, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    written = blocker.args[0]
    assert len(written) < 6
    assert "Cancelled" in dialog.status.text()
    assert len(list((tmp_path / "reports").glob("*.pdf"))) == len(written)
    qtbot.waitUntil(lambda: not dialog.running)


def test_the_assessments_page_opens_it_for_the_completed_assessments_shown(qtbot, report_services):
    from desktop.ui.pages.assessments import AssessmentsPage

    services = report_services
    done = {run_assessment(services, register(services, f"Group {n}")) for n in range(3)}
    draft_org = register(services, "Draft Group")
    services.assessments.start(draft_org, "health_check", consent_given=True)
    page = AssessmentsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.reload()

    qtbot.mouseClick(page.reports_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(BatchReportsDialog)
    assert dialog is not None and set(dialog.assessment_ids) == done  # the draft has none
    assert "each of the 3 assessments" in dialog.intro.text()
    dialog.reject()

    page.search.setText("Group 1")
    dialog = page.reports_for_shown()
    assert dialog is not None and len(dialog.assessment_ids) == 1
    dialog.reject()


def test_a_dialog_freed_while_its_batch_runs_leaves_the_batch_to_finish(
    qtbot, report_services, tmp_path
):
    # The dialog owned the batch's QThread: freed while the batch ran (its owner gone, a test
    # over), it destroyed a running thread, and Qt aborted the whole process.
    from desktop.ui.dialogs import batch_reports

    services = report_services
    ids = [run_assessment(services, register(services, "Dalton Baby Bank"))]
    dialog = BatchReportsDialog(services, ids)
    dialog.folder_edit.setText(str(tmp_path / "reports"))
    dialog.start()
    assert dialog.running
    del dialog  # its last reference: the dialog is freed while its thread runs
    qtbot.waitUntil(lambda: not batch_reports._running_batches.batches, timeout=30_000)
    assert [p.name for p in (tmp_path / "reports").glob("*.pdf")] == [
        "dalton-baby-bank-health-check-2026-03-12.pdf"
    ]
